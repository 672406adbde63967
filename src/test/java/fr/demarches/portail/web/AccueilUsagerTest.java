package fr.demarches.portail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.regex.Pattern;

import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The citizens' home page: each of the three procedures' cards leads to its request. */
@TestIntegration
class AccueilUsagerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Test
    void everyProcedureCardLinksToItsRequestAndTheProcurationOneToo() throws Exception {
        donnees.acteurs();
        var visiteur = new Visiteur(mvc);
        String accueil = visiteur.page("/");
        for (String[] carte : new String[][] {{"/demarches/ile", "Inscription sur les listes électorales"},
            {"/demarches/rco", "Recensement citoyen obligatoire"}, {"/procuration/nouvelle", "Procuration de vote"}}) {
            assertThat(accueil).containsPattern(Pattern.compile("<div class=\"fr-card fr-enlarge-link\">\\s*"
                    + "<div class=\"fr-card__body\">\\s*<div class=\"fr-card__content\">\\s*<h3 class=\"fr-card__title\">"
                    + "<a href=\"" + carte[0] + "\">" + carte[1] + "</a>"));
        }
        visiteur.connecter("/connexion", DonneesDeTest.USAGER, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/"));
        assertThat(visiteur.page("/procuration/nouvelle")).contains("<form");
    }
}
