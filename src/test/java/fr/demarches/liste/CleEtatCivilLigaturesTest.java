package fr.demarches.liste;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;

import javax.sql.DataSource;

import db.migration.V218__cles_etat_civil_ligatures;
import fr.demarches.procuration.Demande;
import fr.demarches.procuration.Portee;
import fr.demarches.procuration.Procurations;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** V218 computes again the civil-status keys stored when Œ and Æ were separators ("Bœuf" was "B UF"). */
@TestIntegration
class CleEtatCivilLigaturesTest {

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Procurations procurations;

    @Autowired
    DataSource source;

    @Test
    void theKeysStoredBeforeAreComputedAgainAndTheOthersLeftAlone() throws Exception {
        var acteurs = donnees.acteurs();
        var naissance = LocalDate.of(1980, 5, 17);
        donnees.jdbc().sql("""
                INSERT INTO electeur (commune_insee, nne, type_liste, nom_naissance, prenoms, sexe, date_naissance,
                                      lieu_naissance, bureau_vote, cle_etat_civil)
                VALUES (?, '123456789', 'GENERALE', 'Bœuf', 'Lætitia', 'F', ?, 'Lyon', '1', 'B UF|L TITIA|1980-05-17'),
                       (?, '987654321', 'GENERALE', 'Martin', 'Paul', 'M', ?, 'Lyon', '1', 'MARTIN|PAUL|1980-05-17')
                """).params(DonneesDeTest.NANTERRE, naissance, DonneesDeTest.NANTERRE, naissance).update();
        var scrutin = LocalDate.now(donnees.horloge()).plusMonths(2);
        var vue = procurations.deposer(new Demande(acteurs.usager(), DonneesDeTest.USAGER, DonneesDeTest.NANTERRE, null,
                "Cœur", null, "Zoé", LocalDate.of(1990, 1, 2), "Lyon (69)", null, "Bœuf", "Lætitia", naissance,
                DonneesDeTest.NANTERRE, Portee.UN_TOUR, scrutin, scrutin), "127.0.0.1");
        donnees.jdbc().sql("UPDATE procuration SET cle_mandant = 'C UR|ZO|1990-01-02', "
                + "cle_mandataire = 'EC:B UF|L TITIA|1980-05-17' WHERE id = ?").param(vue.id()).update();

        try (Connection connexion = source.getConnection()) {
            new V218__cles_etat_civil_ligatures().migrate(contexte(connexion));
        }

        assertThat(donnees.jdbc().sql("SELECT cle_etat_civil FROM electeur ORDER BY nne").query(String.class).list())
                .containsExactly("BOEUF|LAETITIA|1980-05-17", "MARTIN|PAUL|1980-05-17");
        assertThat(donnees.jdbc().sql("SELECT cle_mandant || ' ' || cle_mandataire FROM procuration WHERE id = ?")
                .param(vue.id()).query(String.class).single())
                .isEqualTo("COEUR|ZOE|1990-01-02 EC:BOEUF|LAETITIA|1980-05-17");
        // Its version moved (twice: both keys), so that an instance holding it with the old keys fails to write it.
        assertThat(donnees.jdbc().sql("SELECT version FROM procuration WHERE id = ?").param(vue.id()).query(Long.class)
                .single()).isEqualTo(2);
    }

    private static Context contexte(Connection connexion) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connexion;
            }
        };
    }
}
