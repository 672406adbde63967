package fr.demarches.echange;

import static fr.demarches.echange.RaccordementSftp.DEPOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Raccordements;
import fr.demarches.echange.internal.EnvoisSftp;
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

/** The screens of the sFTP mode: the Gestionnaire de Suivi's dossier page, and the platform administrator's page. */
@TestIntegration
class EchangesSftpWebTest {

    static final ServeurSftp SERVEUR = ServeurSftp.demarre();

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
    GreenMail courriels;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void raccorderEnSftp() throws Exception {
        acteurs = RaccordementSftp.preparer(donnees, parametres, SERVEUR, DEPOT);
    }

    @AfterEach
    void serveurEnMarche() throws Exception {
        SERVEUR.demarrer();
    }

    @Test
    void inSftpModeTheAgentCannotDownloadTheElementsButStillChangesTheState() throws Exception {
        var numero = deposer();
        var agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);

        String page = agent.page("/gs/teledossiers/" + numero);
        assertThat(page).contains("id=\"elements-sftp\"").contains("serveur sFTP")
                .doesNotContain("Télécharger les éléments du dossier");

        agent.get("/gs/teledossiers/" + numero + "/elements").andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        assertThat(HtmlUtils.htmlUnescape(agent.page("/gs/teledossiers/" + numero)))
                .contains("les éléments de ce dossier y sont déposés et ne se téléchargent pas ici");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM teledossier_historique WHERE type = 'TELECHARGEMENT'")
                .query(Long.class).single()).isZero();

        agent.post("/gs/teledossiers/" + numero + "/etat", "etat", "EN_COURS", "commentaire", "Nous instruisons.")
                .andExpect(redirectedUrl("/gs/teledossiers/" + numero));
        var mail = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 3).getLast();
        assertThat(Courriels.sujet(mail)).endsWith("Dossier en cours de traitement");
    }

    @Test
    void theAdministratorSeesEachCommunesBacklogLastErrorAndNextAttempt() throws Exception {
        var numero = deposer();
        SERVEUR.arreter();
        envois.envoyer();
        var admin = admin();

        String liste = HtmlUtils.htmlUnescape(admin.page("/admin/echanges-sftp"));
        assertThat(liste).contains("Nanterre").contains("Enregistrée").contains("Jamais").contains("En échec")
                .contains("Connexion impossible à 127.0.0.1:" + SERVEUR.port());

        String page = HtmlUtils.htmlUnescape(admin.page("/admin/echanges-sftp/" + DonneesDeTest.NANTERRE));
        assertThat(page).contains("Dossiers en attente").contains(numero.valeur()).contains("Réessayer maintenant")
                .contains(SERVEUR.empreinte());

        SERVEUR.demarrer();
        admin.post("/admin/echanges-sftp/" + DonneesDeTest.NANTERRE + "/relance")
                .andExpect(redirectedUrl("/admin/echanges-sftp/" + DonneesDeTest.NANTERRE));
        assertThat(envois.envoyer()).isEqualTo(1);
        assertThat(HtmlUtils.htmlUnescape(admin.page("/admin/echanges-sftp"))).doesNotContain("En échec");
        assertThat(journal("ECHANGE_SFTP_RELANCE")).isEqualTo(1);
    }

    @Test
    void theAdministratorReadsTheHostKeyFromTheServerThenConfirmsIt() throws Exception {
        RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, SERVEUR.port() + 1, ServeurSftp.MOT_DE_PASSE, null);
        RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, SERVEUR.port(), ServeurSftp.MOT_DE_PASSE, null);
        var admin = admin();
        String adresse = "/admin/echanges-sftp/" + DonneesDeTest.NANTERRE;
        assertThat(HtmlUtils.htmlUnescape(admin.page(adresse))).contains("Aucune clé n’est enregistrée");

        admin.post(adresse + "/releve-cle").andExpect(redirectedUrl(adresse + "#cle-hote"));
        String page = HtmlUtils.htmlUnescape(admin.page(adresse));
        assertThat(page).contains("Clé présentée par le serveur").contains("ecdsa-sha2-nistp256")
                .contains("value=\"" + SERVEUR.empreinte() + "\"").contains("Confirmer cette clé");
        assertThat(raccordements.empreinteHote(DonneesDeTest.NANTERRE)).isEmpty();

        admin.post(adresse + "/cle", "empreinte", SERVEUR.empreinte()).andExpect(redirectedUrl(adresse));
        assertThat(raccordements.empreinteHote(DonneesDeTest.NANTERRE)).get()
                .extracting(Raccordements.EmpreinteHote::empreinte).isEqualTo(SERVEUR.empreinte());
        assertThat(donnees.jdbc().sql("SELECT details FROM journal_audit WHERE action = 'CLE_HOTE_SFTP_ENREGISTREE' "
                + "AND acteur_id = ?").param(acteurs.admin()).query(String.class).single()).contains(SERVEUR.empreinte());
    }

    @Test
    void aMistypedFingerprintIsExplainedNextToTheFieldAndKept() throws Exception {
        var admin = admin();
        String adresse = "/admin/echanges-sftp/" + DonneesDeTest.NANTERRE;

        String page = HtmlUtils.htmlUnescape(admin.post(adresse + "/cle", "empreinte", "SHA256:trop-court")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Le formulaire contient une erreur").contains("id=\"empreinte-erreur\"")
                .contains("L'empreinte attendue est « SHA256: » suivi de 43 caractères")
                .contains("value=\"SHA256:trop-court\"");

        page = HtmlUtils.htmlUnescape(admin.post(adresse + "/cle", "empreinte", " ")
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Indiquez l'empreinte de la clé d'hôte");
        assertThat(raccordements.empreinteHote(DonneesDeTest.NANTERRE)).get()
                .extracting(Raccordements.EmpreinteHote::empreinte).isEqualTo(SERVEUR.empreinte());
    }

    @Test
    void theConnectionTestChecksKeyLoginWritingAndCreatesTheReturnFolders() throws Exception {
        var admin = admin();
        String adresse = "/admin/echanges-sftp/" + DonneesDeTest.NANTERRE;

        admin.post(adresse + "/essai").andExpect(redirectedUrl(adresse));
        String page = HtmlUtils.htmlUnescape(admin.page(adresse));
        assertThat(page).contains("Connexion réussie").contains("Clé d'hôte conforme")
                .contains("Écriture et renommage possibles").contains("créés : depot/retour");
        assertThat(SERVEUR.fichier(DEPOT + "/retour/traites")).isDirectory();
        assertThat(SERVEUR.noms(DEPOT)).isEmpty();
        assertThat(journal("ECHANGE_SFTP_ESSAI")).isEqualTo(1);

        SERVEUR.arreter();
        admin.post(adresse + "/essai");
        assertThat(HtmlUtils.htmlUnescape(admin.page(adresse))).contains("Connexion en échec : Connexion impossible");
    }

    @Test
    void onlyThePlatformAdministratorSeesTheExchanges() throws Exception {
        var agent = new Visiteur(mvc, courriels);
        agent.connecter("/gs/connexion", DonneesDeTest.AGENT, DonneesDeTest.MOT_DE_PASSE);
        assertThat(agent.get("/admin/echanges-sftp").andReturn().getResponse().getStatus()).isIn(302, 403);
        // A commune in e-mail mode has no exchange page.
        admin().get("/admin/echanges-sftp/92062").andExpect(status().isNotFound());
    }

    private NumeroTeledossier deposer() {
        return RaccordementSftp.deposer(teledossiers, donnees, acteurs.usager(), DonneesDeTest.NANTERRE);
    }

    private Visiteur admin() throws Exception {
        var admin = new Visiteur(mvc, courriels);
        admin.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE);
        return admin;
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
