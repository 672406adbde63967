package fr.demarches.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

@TestIntegration
class JournalAuditTest {

    @Autowired
    JournalAudit journal;

    @Autowired
    DonneesDeTest donnees;

    @BeforeEach
    void vider() {
        donnees.vider();
    }

    @Test
    void anEntryRecordsWhoDidWhatOnWhatWhenAndFromWhere() {
        journal.enregistrer(new EntreeAudit("MAIRIE", null, "agent@exemple.fr", "DOSSIER_TELECHARGE", "TELEDOSSIER",
                "A-9-NKT2G5KB", "Téléchargement des éléments", "203.0.113.7"));
        var ligne = donnees.jdbc().sql("SELECT acteur, action, objet_id, ip, horodatage IS NOT NULL AS date FROM journal_audit")
                .query().singleRow();
        assertThat(ligne).containsEntry("acteur", "agent@exemple.fr").containsEntry("action", "DOSSIER_TELECHARGE")
                .containsEntry("objet_id", "A-9-NKT2G5KB").containsEntry("ip", "203.0.113.7").containsEntry("date", true);
    }

    /** Several entries of one action in one statement, in their order; none, nothing. */
    @Test
    void severalEntriesAreWrittenTogetherInTheirOrder() {
        journal.enregistrer(java.util.List.of());
        journal.enregistrer(java.util.List.of(
                new EntreeAudit("POLICE", null, "officier", "PROCURATION_VALIDEE_AUTORITE", "PROCURATION", "ABC234",
                        "pièce vérifiée", "203.0.113.7"),
                EntreeAudit.systeme("PROCURATION_ACCEPTEE_COMMUNE", "PROCURATION", "ABC234", "validation automatique")));
        assertThat(donnees.jdbc().sql("SELECT action || ' ' || acteur FROM journal_audit ORDER BY id").query(String.class)
                .list()).containsExactly("PROCURATION_VALIDEE_AUTORITE officier", "PROCURATION_ACCEPTEE_COMMUNE système");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        journal.enregistrer(EntreeAudit.systeme("PURGE", "TELEDOSSIER", "A-1-AAAAAAAA", null));
        assertThatThrownBy(() -> donnees.jdbc().sql("UPDATE journal_audit SET acteur = 'quelqu''un'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("n'accepte que des ajouts");
        assertThatThrownBy(() -> donnees.jdbc().sql("DELETE FROM journal_audit").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(donnees.jdbc().sql("SELECT acteur FROM journal_audit").query(String.class).single())
                .isEqualTo("système");
    }
}
