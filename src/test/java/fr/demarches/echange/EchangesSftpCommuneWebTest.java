package fr.demarches.echange;

import static fr.demarches.echange.RaccordementSftp.DEPOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Raccordements;
import fr.demarches.echange.internal.EnvoisSftp;
import fr.demarches.echange.internal.FluxRetour;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.ServeurSftp;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The commune sees its own exchange: the commune administrator's "Échanges sFTP" page in the Gestionnaire de
 * Suivi, the key it proposes and the platform administrator confirms, the dossier page and the "dossier à traiter"
 * mail in sFTP mode, and the warning when the server changes. Against the real sFTP server.
 */
@TestIntegration
class EchangesSftpCommuneWebTest {

    static final ServeurSftp SERVEUR = ServeurSftp.demarre();
    static final String PAGE = "/gs/administration/echanges-sftp";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    ParametresCommune parametres;

    @Autowired
    Raccordements raccordements;

    @Autowired
    EnvoisSftp envois;

    @Autowired
    FluxRetour fluxRetour;

    @Autowired
    GreenMail courriels;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void raccorderEnSftp() throws Exception {
        acteurs = RaccordementSftp.preparer(donnees, parametres, SERVEUR, DEPOT + "/retour");
    }

    @AfterEach
    void serveurEnMarche() throws Exception {
        SERVEUR.demarrer();
    }

    @Test
    void theCommuneAdministratorSeesBothDirectionsOfItsExchangeWithTheirCauses() throws Exception {
        var numero = deposer();
        SERVEUR.arreter();
        envois.envoyer();
        SERVEUR.demarrer();
        Files.writeString(SERVEUR.fichier(DEPOT + "/retour/casse.xml"), "<FluxRetour>");
        Files.createDirectories(SERVEUR.fichier(DEPOT + "/retour/archives"));
        fluxRetour.relever(DonneesDeTest.NANTERRE);
        var admin = adminCommune();

        String page = HtmlUtils.htmlUnescape(admin.page(PAGE));

        assertThat(page).contains("Dossiers en attente de dépôt").contains(numero.valeur())
                .contains("Connexion impossible à 127.0.0.1:" + SERVEUR.port())
                // The real periods, as configured (the test profile never runs the jobs on their own).
                .contains("toutes les 365 jours")
                .contains("casse.xml").contains("Le fichier n'est pas un document XML bien formé")
                .contains("archives").contains("« archives » est un dossier")
                .contains("Clé enregistrée").contains(SERVEUR.empreinte()).contains("Conforme")
                .contains("Réessayer maintenant");

        admin.post(PAGE + "/essai").andExpect(redirectedUrl(PAGE));
        assertThat(HtmlUtils.htmlUnescape(admin.page(PAGE))).contains("Connexion réussie")
                .contains("Clé d'hôte conforme").contains("Écriture et renommage possibles");
        admin.post(PAGE + "/relance").andExpect(redirectedUrl(PAGE));
        assertThat(envois.envoyer()).isEqualTo(1);
        assertThat(HtmlUtils.htmlUnescape(admin.page(PAGE))).doesNotContain("Dossiers en attente de dépôt");

        assertThat(journalPar("ECHANGE_SFTP_ESSAI")).isEqualTo(1);
        assertThat(journalPar("ECHANGE_SFTP_RELANCE")).isEqualTo(1);

        // The platform administrator reads the same facts.
        var plateforme = new Visiteur(mvc, courriels);
        plateforme.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        assertThat(HtmlUtils.htmlUnescape(plateforme.page("/admin/echanges-sftp"))).contains("1 élément(s) non lu(s)")
                .contains("0 appliqué(s), 1 refusé(s)");
        assertThat(HtmlUtils.htmlUnescape(plateforme.page("/admin/echanges-sftp/" + DonneesDeTest.NANTERRE)))
                .contains("« archives » est un dossier").contains("casse.xml");
    }

    @Test
    void aNewKeyProposedByTheCommuneIsRecordedOnlyWhenThePlatformAdministratorConfirmsIt() throws Exception {
        // The commune changed its server's key: the platform still expects the old one.
        String ancienne = ServeurSftp.autreEmpreinte();
        parametres.enregistrerEmpreinteHote(DonneesDeTest.NANTERRE, ancienne, RaccordementSftp.ADMIN);
        var numero = deposer();
        envois.envoyer();
        var admin = adminCommune();

        admin.post(PAGE + "/releve-cle").andExpect(redirectedUrl(PAGE + "#cle-hote"));
        String page = HtmlUtils.htmlUnescape(admin.page(PAGE));
        assertThat(page).contains("Clé présentée par le serveur").contains("ecdsa-sha2-nistp256")
                .contains(SERVEUR.empreinte()).contains("elle diffère de la clé enregistrée")
                .contains("Différente de la clé enregistrée").contains(ancienne);

        String erreur = HtmlUtils.htmlUnescape(admin.post(PAGE + "/proposition", "empreinte", "SHA256:abc")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(erreur).contains("id=\"empreinte-erreur\"").contains("L'empreinte attendue est « SHA256: »");

        admin.post(PAGE + "/proposition", "empreinte", SERVEUR.empreinte()).andExpect(redirectedUrl(PAGE + "#cle-hote"));
        assertThat(HtmlUtils.htmlUnescape(admin.page(PAGE))).contains("id=\"cle-proposee\"")
                .contains("Clé proposée par <span>" + DonneesDeTest.ADMIN_COMMUNE + "</span>")
                .contains("en attente de confirmation");
        assertThat(raccordements.empreinteHote(DonneesDeTest.NANTERRE)).get()
                .extracting(Raccordements.EmpreinteHote::empreinte).isEqualTo(ancienne);
        assertThat(journalPar("CLE_HOTE_SFTP_RELEVEE")).isEqualTo(1);
        assertThat(journalPar("CLE_HOTE_SFTP_PROPOSEE")).isEqualTo(1);

        var plateforme = new Visiteur(mvc, courriels);
        plateforme.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        assertThat(HtmlUtils.htmlUnescape(plateforme.page("/admin/echanges-sftp")))
                .contains("Clé proposée par la commune");
        String adresse = "/admin/echanges-sftp/" + DonneesDeTest.NANTERRE;
        assertThat(HtmlUtils.htmlUnescape(plateforme.page(adresse))).contains("Confirmer la clé proposée par la commune")
                .contains("Clé présentée par le serveur");
        plateforme.post(adresse + "/cle", "empreinte", SERVEUR.empreinte()).andExpect(redirectedUrl(adresse));

        assertThat(raccordements.empreinteHote(DonneesDeTest.NANTERRE)).get()
                .extracting(Raccordements.EmpreinteHote::empreinte).isEqualTo(SERVEUR.empreinte());
        assertThat(HtmlUtils.htmlUnescape(plateforme.page(adresse))).doesNotContain("Confirmer la clé proposée");
        // The waiting dossier goes at the next run.
        assertThat(envois.envoyer()).isEqualTo(1);
        assertThat(SERVEUR.noms(DEPOT)).containsExactly(numero + ".zip");
    }

    @Test
    void onlyACommuneAdministratorOpensThePageAndACommuneInEmailModeIsToldItIsNotConcerned() throws Exception {
        var agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        agent.get(PAGE).andExpect(status().isForbidden());
        agent.post(PAGE + "/essai").andExpect(status().isForbidden());
        assertThat(journalPar("ECHANGE_SFTP_ESSAI")).isZero();

        parametres.enregistrer(DonneesDeTest.NANTERRE, new fr.demarches.commune.FormulaireParametres(
                java.util.EnumSet.allOf(fr.demarches.commune.Procedure.class),
                fr.demarches.commune.ModeRaccordement.COURRIEL, "elections@mairie-nanterre.exemple.fr", null, null,
                null, null, null, false, false), RaccordementSftp.ADMIN);
        var admin = adminCommune();
        assertThat(HtmlUtils.htmlUnescape(admin.page(PAGE))).contains("Votre commune reçoit ses télédossiers par "
                + "courriel").doesNotContain("Tester la connexion");
        admin.post(PAGE + "/essai").andExpect(status().isNotFound());
    }

    @Test
    void theDossierPageSaysWhetherTheElementsStillWaitToBeDeliveredAndTheMailSaysWhereTheyGo() throws Exception {
        var numero = deposer();
        var agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);

        assertThat(HtmlUtils.htmlUnescape(agent.page("/gs/teledossiers/" + numero)))
                .contains("id=\"attente-sftp\"").contains("En attente de dépôt")
                .doesNotContain("Télécharger les éléments du dossier");

        envois.envoyer();
        assertThat(HtmlUtils.htmlUnescape(agent.page("/gs/teledossiers/" + numero)))
                .contains("id=\"remis-sftp\"").contains("Déposé sur le serveur de la commune le")
                .contains(numero + ".zip").doesNotContain("En attente de dépôt");

        var avis = Courriels.tousPour(courriels, "elections@mairie-" + DonneesDeTest.NANTERRE + ".exemple.fr", 2)
                .getFirst();
        assertThat(avis.getSubject()).endsWith("dossier à traiter");
        assertThat(Courriels.texte(avis)).contains("sont déposés sur le serveur sFTP de la commune")
                .contains(numero + ".zip").doesNotContain("téléchargeables pendant 30 jours");
    }

    @Test
    void theCommuneAdministratorChangingThePortIsToldThatExchangesPauseUntilTheNewKeyIsConfirmed() throws Exception {
        var admin = adminCommune();
        assertThat(HtmlUtils.htmlUnescape(admin.page("/gs/administration/parametres")))
                .contains("Changer l’adresse ou le port du serveur efface la clé d’hôte");

        admin.post("/gs/administration/parametres", "procedures", "ILE", "procedures", "RCO", "procedures", "PROCURATION",
                "mode", "SFTP",
                "boiteFonctionnelle", "elections@mairie-" + DonneesDeTest.NANTERRE + ".exemple.fr",
                "sftpHote", "127.0.0.1", "sftpPort", String.valueOf(SERVEUR.port() + 1), "sftpDossier", DEPOT,
                "sftpIdentifiant", ServeurSftp.IDENTIFIANT, "sftpSecret", "")
                .andExpect(redirectedUrl("/gs/administration/parametres"));

        assertThat(HtmlUtils.htmlUnescape(admin.page("/gs/administration/parametres")))
                .contains("Le serveur sFTP a changé : les dépôts de dossiers et la lecture du flux retour sont "
                        + "suspendus jusqu'à ce que l'administrateur de la plateforme confirme la clé d'hôte");
        assertThat(raccordements.empreinteHote(DonneesDeTest.NANTERRE)).isEmpty();
        assertThat(HtmlUtils.htmlUnescape(admin.page(PAGE))).contains("Aucune clé n’est enregistrée : les dépôts et "
                + "la lecture du flux retour sont suspendus").doesNotContain("Relever la clé présentée");
        // A server the platform administrator has not accepted is never contacted from the commune's page.
        admin.post(PAGE + "/releve-cle").andExpect(redirectedUrl(PAGE + "#cle-hote"));
        assertThat(HtmlUtils.htmlUnescape(admin.page(PAGE))).contains("La plateforme ne se connecte à ce serveur "
                + "qu'une fois sa clé confirmée");
        assertThat(journalPar("CLE_HOTE_SFTP_RELEVEE")).isZero();
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM echange_sftp_commune WHERE cle_vue_empreinte IS NOT NULL")
                .query(Long.class).single()).isZero();
    }

    private NumeroTeledossier deposer() {
        return RaccordementSftp.deposer(teledossiers, donnees, acteurs.usager(), DonneesDeTest.NANTERRE);
    }

    private Visiteur adminCommune() throws Exception {
        var admin = new Visiteur(mvc, courriels);
        admin.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE);
        return admin;
    }

    /** Journal lines of this action written under the commune administrator's name. */
    private long journalPar(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ? AND acteur_id = ? "
                + "AND objet_id = ?").param(action).param(acteurs.adminCommune()).param(DonneesDeTest.NANTERRE)
                .query(Long.class).single();
    }
}
