package fr.demarches.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.compte.Comptes;
import fr.demarches.compte.TypeCompte;
import fr.demarches.test.BoiteDeReception;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TestIntegration
class AgentsCommuneTest {

    static final String AGENTS = "/gs/administration/agents";
    static final String NOUVEL_AGENT = "ines.roux@mairie-nanterre.exemple.fr";
    static final String ADMIN_PUTEAUX = "admin.puteaux@exemple.fr";
    static final String NOUVEAU_MOT_DE_PASSE = "Un-mot-de-passe-tout-neuf";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail greenMail;

    @Autowired
    Raccordements raccordements;

    @Autowired
    Comptes comptes;

    DonneesDeTest.Acteurs acteurs;
    Visiteur admin;
    BoiteDeReception courriels;

    @BeforeEach
    void acteurs() throws Exception {
        acteurs = donnees.acteurs();
        courriels = new BoiteDeReception(greenMail, donnees.jdbc());
        admin = new Visiteur(mvc, greenMail);
        admin.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs"));
    }

    @Test
    void theAdministratorCreatesAnAgentWhoChoosesAPasswordThroughASingleUseLink() throws Exception {
        String page = admin.post(AGENTS, "identifiant", "pas-une-adresse", "nom", "", "prenoms", "Inès")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le formulaire contient 2 erreurs")
                .contains("Saisissez une adresse électronique valide").contains("Indiquez le nom.")
                .contains("value=\"Inès\"").contains("value=\"pas-une-adresse\"");
        assertThat(admin.post(AGENTS, "identifiant", DonneesDeTest.AGENT, "nom", "Roux", "prenoms", "Inès")
                .andReturn().getResponse().getContentAsString())
                .contains("Cette adresse est déjà l&#39;identifiant d&#39;un compte du Gestionnaire de Suivi.");
        assertThat(agents()).isEqualTo(1);

        admin.post(AGENTS, "identifiant", NOUVEL_AGENT, "nom", "Roux", "prenoms", "Inès Marie")
                .andExpect(redirectedUrl(AGENTS));
        assertThat(admin.page(AGENTS)).contains("reçoit un lien pour choisir son mot de passe")
                .contains(NOUVEL_AGENT).contains("Inès Marie Roux").contains("En attente du mot de passe");
        UUID id = compte(NOUVEL_AGENT);
        assertThat(donnees.jdbc().sql("SELECT commune_insee || type FROM compte WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo(DonneesDeTest.NANTERRE + "AGENT_COMMUNE");

        var mail = courriels.pour(NOUVEL_AGENT, 1);
        assertThat(mail.sujet()).isEqualTo("Votre compte Gestionnaire de Suivi : choisissez votre mot de passe");
        assertThat(mail.lien()).startsWith("/gs/mot-de-passe/definir?jeton=");
        assertThat(mail.texte()).contains(NOUVEL_AGENT).contains("Un compte vous est ouvert")
                .doesNotContainIgnoringCase("mot de passe :");
        definirMotDePasse(mail.lien());
        // The link is single use.
        new Visiteur(mvc, greenMail).get(mail.lien()).andExpect(status().isGone());

        var ines = new Visiteur(mvc, greenMail);
        ines.connecter("/gs/connexion", NOUVEL_AGENT, NOUVEAU_MOT_DE_PASSE).andExpect(redirectedUrl("/gs"));
        ines.get("/gs/teledossiers").andExpect(status().isOk());
        String liste = admin.page(AGENTS);
        assertThat(liste.substring(liste.indexOf(NOUVEL_AGENT))).contains("Actif")
                .containsPattern("\\d\\d/\\d\\d/\\d{4} à \\d\\d:\\d\\d");
        assertThat(journal("COMPTE_CREE", id)).isEqualTo(1);
    }

    @Test
    void aDisabledAgentIsSignedOutAtTheNextRequestAndComesBackWhenReEnabled() throws Exception {
        var agent = new Visiteur(mvc, greenMail);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/gs"));
        agent.get("/gs/teledossiers").andExpect(status().isOk());

        admin.post(AGENTS + "/" + acteurs.agent() + "/desactiver").andExpect(redirectedUrl(AGENTS));
        assertThat(admin.page(AGENTS)).contains("Compte désactivé").contains("Désactivé").contains("Réactiver");

        // The open session ends with the account (the database ends it, V214), and no new one opens.
        agent.get("/gs/teledossiers").andExpect(redirectedUrl("/gs/connexion"));
        agent.get("/gs/teledossiers").andExpect(redirectedUrl("/gs/connexion"));
        assertThat(journal("SESSION_REVOQUEE", acteurs.agent())).isEqualTo(1);
        new Visiteur(mvc, greenMail).connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs/connexion"));

        admin.post(AGENTS + "/" + acteurs.agent() + "/reactiver").andExpect(redirectedUrl(AGENTS));
        var deRetour = new Visiteur(mvc, greenMail);
        deRetour.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/gs"));
        deRetour.get("/gs/teledossiers").andExpect(status().isOk());
        assertThat(journal("COMPTE_DESACTIVE", acteurs.agent())).isEqualTo(1);
        assertThat(journal("COMPTE_REACTIVE", acteurs.agent())).isEqualTo(1);
    }

    @Test
    void aResetRemovesThePasswordEndsTheSessionAndSendsANewLink() throws Exception {
        var agent = new Visiteur(mvc, greenMail);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/gs"));

        admin.post(AGENTS + "/" + acteurs.agent() + "/reinitialiser").andExpect(redirectedUrl(AGENTS));
        assertThat(admin.page(AGENTS)).contains("Mot de passe retiré").contains("En attente du mot de passe");
        agent.get("/gs/teledossiers").andExpect(redirectedUrl("/gs/connexion"));
        new Visiteur(mvc, greenMail).connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs/connexion"));
        assertThat(donnees.jdbc().sql("SELECT mot_de_passe IS NULL FROM compte WHERE id = ?").param(acteurs.agent())
                .query(Boolean.class).single()).isTrue();

        var lien = courriels.pour(DonneesDeTest.AGENT, 1);
        assertThat(lien.texte()).contains("a été réinitialisé par votre administrateur").doesNotContain("Un compte vous est ouvert");
        definirMotDePasse(lien.lien());
        new Visiteur(mvc, greenMail).connecter("/gs/connexion", DonneesDeTest.AGENT, NOUVEAU_MOT_DE_PASSE)
                .andExpect(redirectedUrl("/gs"));
        assertThat(journal("MOT_DE_PASSE_REINITIALISE", acteurs.agent())).isEqualTo(1);

        // A disabled account is re-enabled by its own action, never by a reset.
        admin.post(AGENTS + "/" + acteurs.agent() + "/desactiver");
        admin.page(AGENTS);
        admin.post(AGENTS + "/" + acteurs.agent() + "/reinitialiser").andExpect(redirectedUrl(AGENTS));
        assertThat(admin.page(AGENTS)).contains("réactivez-le avant de réinitialiser son mot de passe");
        assertThat(journal("MOT_DE_PASSE_REINITIALISE", acteurs.agent())).isEqualTo(1);
    }

    @Test
    void anAdministratorOfAnotherCommuneGetsNotFoundForEveryActionOnOurAgents() throws Exception {
        String puteaux = "92062";
        raccordements.raccorder(puteaux, ModeRaccordement.COURRIEL, "elections@puteaux.exemple.fr",
                EnumSet.allOf(Procedure.class), LocalDate.now(donnees.horloge()).minusMonths(1));
        comptes.creerCompteMairie(TypeCompte.ADMIN_COMMUNE, ADMIN_PUTEAUX, DonneesDeTest.MOT_DE_PASSE, "Blanc", "Paul",
                puteaux);
        var voisin = new Visiteur(mvc, greenMail);
        voisin.connecter("/gs/connexion", ADMIN_PUTEAUX, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/gs"));

        assertThat(voisin.page(AGENTS)).doesNotContain(DonneesDeTest.AGENT).contains("Aucun agent");
        for (UUID cible : new UUID[] {acteurs.agent(), acteurs.adminCommune(), acteurs.usager(), UUID.randomUUID()}) {
            for (String action : new String[] {"desactiver", "reactiver", "reinitialiser"}) {
                voisin.post(AGENTS + "/" + cible + "/" + action).andExpect(status().isNotFound());
            }
        }
        // Nor may our own administrator act on an account that is not one of the commune's agents.
        admin.post(AGENTS + "/" + acteurs.adminCommune() + "/desactiver").andExpect(status().isNotFound());

        assertThat(donnees.jdbc().sql("SELECT count(*) FROM compte WHERE actif AND mot_de_passe IS NOT NULL")
                .query(Long.class).single()).isEqualTo(6);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE objet_type = 'COMPTE' "
                + "AND action IN ('COMPTE_DESACTIVE', 'COMPTE_REACTIVE', 'MOT_DE_PASSE_REINITIALISE')")
                .query(Long.class).single()).isZero();
        courriels.attendre(0);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void anAgentWhoIsNotAdministratorIsForbiddenEveryPage() throws Exception {
        var agent = new Visiteur(mvc, greenMail);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE).andExpect(redirectedUrl("/gs"));
        agent.get(AGENTS).andExpect(status().isForbidden());
        agent.post(AGENTS, "identifiant", NOUVEL_AGENT, "nom", "Roux", "prenoms", "Inès").andExpect(status().isForbidden());
        for (String action : new String[] {"desactiver", "reactiver", "reinitialiser"}) {
            agent.post(AGENTS + "/" + acteurs.agent() + "/" + action).andExpect(status().isForbidden());
        }
        assertThat(agents()).isEqualTo(1);
        assertThat(agent.page("/gs")).doesNotContain("Agents de la commune");
        assertThat(admin.page("/gs")).contains("Agents de la commune");
    }

    private void definirMotDePasse(String lien) throws Exception {
        String jeton = lien.substring(lien.indexOf('=') + 1);
        String chemin = lien.substring(0, lien.indexOf('?'));
        new Visiteur(mvc, greenMail).post(chemin, "jeton", jeton, "motDePasse", NOUVEAU_MOT_DE_PASSE,
                "confirmation", NOUVEAU_MOT_DE_PASSE).andExpect(redirectedUrl("/gs/connexion?motDePasseDefini"));
    }

    private UUID compte(String identifiant) {
        return donnees.jdbc().sql("SELECT id FROM compte WHERE identifiant = ? AND espace = 'MAIRIE'").param(identifiant)
                .query(UUID.class).single();
    }

    private long agents() {
        return donnees.jdbc().sql("SELECT count(*) FROM compte WHERE type = 'AGENT_COMMUNE'").query(Long.class).single();
    }

    private long journal(String action, UUID compte) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ? AND objet_type = 'COMPTE' AND objet_id = ?")
                .param(action).param(compte.toString()).query(Long.class).single();
    }
}
