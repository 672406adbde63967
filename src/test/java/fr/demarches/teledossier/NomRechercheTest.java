package fr.demarches.teledossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The name as searched (texte_recherche, V150): folded in the database, and cheap to store at each submission. */
@TestIntegration
class NomRechercheTest {

    @Autowired
    DonneesDeTest donnees;

    @Test
    void accentsCaseStrokesAndLigaturesAreFolded() {
        assertThat(donnees.jdbc().sql("SELECT texte_recherche(:nom)")
                .param("nom", "Léa Đurđević-ŒSTERGAARD Straße Ĳssel").query(String.class).single())
                .isEqualTo("lea durdevic-oestergaard strasse ijssel");
    }

    /**
     * The generated column recomputes its expression's plan at every insert: an inlined SQL body was read back and
     * planned each time (V222). The function stays a call, whose compiled form the connection keeps.
     */
    @Test
    void theSearchNameIsComputedByACallNotAnInlinedBody() {
        var plan = donnees.plan("SELECT texte_recherche(nom_usager) FROM teledossier");
        assertThat(plan).contains("texte_recherche(").doesNotContain("normalize(");
    }
}
