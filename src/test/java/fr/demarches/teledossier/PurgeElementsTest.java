package fr.demarches.teledossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.demarches.commune.Procedure;
import fr.demarches.shared.Fuseau;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.teledossier.internal.PurgeElements;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class PurgeElementsTest {

    @Autowired
    PurgeElements purge;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    fr.demarches.document.Documents documents;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry registre;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void acteurs() {
        acteurs = donnees.acteurs();
        donnees.horloge().fixer(ZonedDateTime.now(Fuseau.PARIS));
    }

    @Test
    void elementsArePurgedAfterThirtyDaysAndTheDossierStaysNotifiable() {
        var ancien = deposer();
        donnees.horloge().avancer(Duration.ofDays(20));
        var recent = deposer();
        donnees.horloge().avancer(Duration.ofDays(10).plusMinutes(1));
        var purges = registre.get("demarches.purges").tag("objet", "elements-teledossiers").counter();
        double avant = purges.count();

        long version = version(ancien);
        // An address the citizen corrected in answer to a request of the mairie (V140).
        donnees.jdbc().sql("UPDATE teledossier_historique SET corrections = '{\"ADRESSE\": \"3 rue du Port\"}' "
                + "WHERE teledossier_id = (SELECT id FROM teledossier WHERE numero = ?)").param(ancien.valeur()).update();
        assertThat(purge.purger()).isEqualTo(1);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier_historique h JOIN teledossier t "
                + "ON t.id = h.teledossier_id WHERE t.numero = ? AND h.corrections IS NOT NULL").param(ancien.valeur())
                .query(Long.class).single()).isZero();
        assertThat(purges.count()).isEqualTo(avant + 1);
        // A write that read the dossier before the purge now fails (optimistic lock) instead of restoring its data.
        assertThat(version(ancien)).isEqualTo(version + 1);

        var ligne = donnees.jdbc().sql("SELECT donnees, nom_usager, courriel_usager, etat, elements_purges_le FROM teledossier "
                + "WHERE numero = ?").param(ancien.valeur()).query().singleRow();
        assertThat(ligne.get("donnees")).isNull();
        assertThat(ligne.get("nom_usager")).isNull();
        assertThat(ligne).containsEntry("courriel_usager", DonneesDeTest.USAGER).containsEntry("etat", "TRANSMIS");
        assertThat(ligne.get("elements_purges_le")).isNotNull();
        assertThat(donnees.jdbc().sql("SELECT donnees IS NOT NULL FROM teledossier WHERE numero = ?")
                .param(recent.valeur()).query(Boolean.class).single()).isTrue();

        var agent = new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, null);
        assertThatThrownBy(() -> teledossiers.telecharger(ancien, DonneesDeTest.NANTERRE, agent))
                .isInstanceOf(ElementsPurgesException.class);
        teledossiers.changerEtat(ancien, DonneesDeTest.NANTERRE, EtatTeledossier.CLOS, "Dossier traité", agent);
        assertThat(teledossiers.pourCommune(ancien, DonneesDeTest.NANTERRE).historique())
                .extracting(VueTeledossier.Evenement::libelle)
                .containsExactly("Dossier transmis au service traitant", "Suppression des éléments", "Dossier clos");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'TELEDOSSIERS_PURGES'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theFrozenPiecesGoWithTheElements() {
        byte[] pdf = fr.demarches.document.Fichiers.pdf(1_000);
        var carte = documents.deposer(DonneesDeTest.acteurUsager(acteurs.usager()), fr.demarches.document.TypeDocument.PIECE_IDENTITE, "carte.pdf",
                new java.io.ByteArrayInputStream(pdf), pdf.length).id();
        teledossiers.deposer(new Depot(Procedure.ILE, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin",
                DonneesDeTest.NANTERRE, Exemples.ile(), UUID.randomUUID(),
                java.util.List.of(new PieceJointe(carte, fr.demarches.document.TypeDocument.PIECE_IDENTITE))), null);
        assertThat(compter("document_fige")).isEqualTo(1);
        donnees.horloge().avancer(Duration.ofDays(31));

        assertThat(purge.purger()).isEqualTo(1);
        assertThat(compter("teledossier_piece")).isZero();
        assertThat(compter("document_fige")).isZero();
        assertThat(compter("document")).isEqualTo(1);
    }

    private long compter(String table) {
        return donnees.jdbc().sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void aDossierPastTheDelayIsNotDownloadableEvenBeforeThePurgeRuns() {
        var numero = deposer();
        donnees.horloge().avancer(Duration.ofDays(30).plusSeconds(1));
        var agent = new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, null);
        assertThatThrownBy(() -> teledossiers.telecharger(numero, DonneesDeTest.NANTERRE, agent))
                .isInstanceOf(ElementsPurgesException.class);
        assertThat(teledossiers.pourCommune(numero, DonneesDeTest.NANTERRE).elementsPurges()).isTrue();
    }

    @Test
    void twoInstancesPurgingAtOnceTreatEachDossierOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            deposer();
        }
        donnees.horloge().avancer(Duration.ofDays(31));
        var depart = new CountDownLatch(1);
        try (var executeur = Executors.newFixedThreadPool(2)) {
            Future<Integer> a = executeur.submit(() -> {
                depart.await();
                return purge.purger();
            });
            Future<Integer> b = executeur.submit(() -> {
                depart.await();
                return purge.purger();
            });
            depart.countDown();
            assertThat(a.get() + b.get()).isEqualTo(30);
        }
        purge.planifiee();
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier_historique WHERE type = 'PURGE'")
                .query(Long.class).single()).isEqualTo(30);
        assertThat(purge.purger()).isZero();
    }

    private NumeroTeledossier deposer() {
        return teledossiers.deposer(new Depot(Procedure.RCO, acteurs.usager(), DonneesDeTest.USAGER, "Camille Martin",
                DonneesDeTest.NANTERRE, Exemples.rco(), UUID.randomUUID()), null);
    }

    private long version(NumeroTeledossier numero) {
        return donnees.jdbc().sql("SELECT version FROM teledossier WHERE numero = ?").param(numero.valeur())
                .query(Long.class).single();
    }
}
