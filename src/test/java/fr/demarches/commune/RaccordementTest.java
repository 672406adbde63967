package fr.demarches.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.shared.Fuseau;
import fr.demarches.test.BoiteDeReception;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.TestIntegration;
import fr.demarches.test.Visiteur;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The whole raccordement path: public request, the platform administrator's decision, the first password. */
@TestIntegration
class RaccordementTest {

    static final String PUTEAUX = "92062";
    static final String SECRET = "mot-de-passe-sftp-tres-secret";
    static final String ADMIN_PUTEAUX = "admin.puteaux@mairie-puteaux.exemple.fr";
    static final String CONTACT = "elections@mairie-puteaux.exemple.fr";

    @Autowired
    MockMvc mvc;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    Raccordements raccordements;

    @Autowired
    GreenMail greenMail;

    Visiteur visiteur;
    BoiteDeReception courriels;

    @BeforeEach
    void acteurs() {
        donnees.acteurs();
        visiteur = new Visiteur(mvc, greenMail);
        courriels = new BoiteDeReception(greenMail, donnees.jdbc());
        // Tuesday 15 December 2026: next month starts on a holiday, then a weekend.
        donnees.horloge().fixer(LocalDateTime.of(2026, 12, 15, 10, 0).atZone(Fuseau.PARIS));
    }

    @Test
    void anEmptyRequestShowsEveryErrorNextToItsFieldAndInTheSummary() throws Exception {
        String page = visiteur.post("/raccordement", "action", "envoyer", "contactNom", "Claire Petit")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("fr-alert--error").contains("href=\"#codePostal\"")
                .contains("Indiquez le code postal de la commune.")
                .contains("Choisissez au moins une démarche.")
                .contains("Choisissez le mode de réception des télédossiers.")
                .contains("Indiquez l&#39;adresse électronique de l&#39;administrateur de la commune.")
                .contains("aria-describedby=\"codePostal-erreur\"")
                .contains("value=\"Claire Petit\"");
        assertThat(demandes()).isZero();
    }

    @Test
    void thePostalCodeSearchListsTheCommunesAndKeepsWhatWasTyped() throws Exception {
        String page = visiteur.post("/raccordement", "action", "rechercher", "codePostal", "92800",
                "contactNom", "Claire Petit").andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Puteaux (92)").contains("value=\"92062\"").contains("value=\"Claire Petit\"")
                .doesNotContain("fr-alert--error");

        page = visiteur.post("/raccordement", "action", "rechercher", "codePostal", "99999")
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Aucune commune n&#39;a ce code postal.");
    }

    @Test
    void sftpNeedsItsServerAndTheSecretIsNeverShownBack() throws Exception {
        var champs = new ArrayList<>(List.of(formulaire("SFTP")));
        champs.addAll(List.of("sftpSecret", SECRET, "sftpPort", "70000"));
        String page = visiteur.post("/raccordement", champs.toArray(String[]::new))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Indiquez l&#39;adresse du serveur sFTP.")
                .contains("Saisissez un port entre 1 et 65535")
                .contains("Indiquez le nom du contact technique")
                .doesNotContain(SECRET)
                .contains("value=\"" + CONTACT + "\"");
    }

    @Test
    void aConnectedCommuneOrOneAlreadyWaitingCannotAskAgain() throws Exception {
        var nanterre = new ArrayList<>(List.of(formulaire("COURRIEL")));
        nanterre.set(nanterre.indexOf("92800"), "92000");
        nanterre.set(nanterre.indexOf(PUTEAUX), DonneesDeTest.NANTERRE);
        assertThat(visiteur.post("/raccordement", nanterre.toArray(String[]::new)).andReturn().getResponse()
                .getContentAsString()).contains("Cette commune est déjà raccordée");

        deposer("COURRIEL");
        assertThat(visiteur.post("/raccordement", formulaire("COURRIEL")).andReturn().getResponse()
                .getContentAsString()).contains("déjà en cours d&#39;examen");
        assertThat(demandes()).isEqualTo(1);
        // Two posts at the same moment both pass the form's check: the database keeps one (V210).
        assertThatThrownBy(() -> donnees.jdbc().sql("""
                INSERT INTO demande_raccordement SELECT * FROM json_populate_record(NULL::demande_raccordement,
                    (SELECT to_jsonb(d) || jsonb_build_object('id', gen_random_uuid(), 'reference', 'R-DOUBLE00')
                     FROM demande_raccordement d)::json)""").update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void acceptanceConnectsTheCommuneOnTheFirstWorkingDayOfNextMonthAndItsAdministratorSetsAPassword()
            throws Exception {
        UUID id = deposer("SFTP");
        byte[] stocke = donnees.jdbc().sql("SELECT sftp_secret FROM demande_raccordement").query(byte[].class).single();
        assertThat(new String(stocke, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(journal("RACCORDEMENT_DEMANDE")).isEqualTo(1);

        connecterAdmin();
        assertThat(visiteur.page("/admin")).contains("Demandes de raccordement à traiter")
                .containsPattern("id=\"demandes-en-attente\">1<");
        assertThat(visiteur.page("/admin/raccordements")).contains("Puteaux (92)").contains("À traiter")
                .contains("Inscription sur les listes électorales").doesNotContain(">ILE<");
        String detail = visiteur.page("/admin/raccordements/" + id);
        assertThat(detail).contains("••• enregistré").contains("depot@sftp.mairie-puteaux.exemple.fr:2222")
                .doesNotContain(SECRET);

        visiteur.post("/admin/raccordements/" + id + "/accepter")
                .andExpect(redirectedUrl("/admin/raccordements/" + id));
        assertThat(visiteur.page("/admin/raccordements/" + id)).contains("le raccordement prend effet le 04/01/2027");
        assertThat(visiteur.page("/admin")).containsPattern("id=\"demandes-en-attente\">0<");
        assertThat(raccordements.de(PUTEAUX).orElseThrow().dateEffet()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(journal("RACCORDEMENT_ACCEPTE")).isEqualTo(1);
        assertThat(journal("COMPTE_CREE")).isEqualTo(1);
        assertThat(donnees.jdbc().sql("SELECT sftp_secret FROM raccordement WHERE code_insee = ?").param(PUTEAUX)
                .query(byte[].class).single()).isEqualTo(stocke);

        var mail = courriels.pour(ADMIN_PUTEAUX, 3);
        assertThat(mail.sujet()).isEqualTo("Raccordement de Puteaux (92) à Démarches en ligne");
        assertThat(mail.texte()).contains("lundi 4 janvier 2027").contains("valable 7 jours");
        assertThat(courriels.pour(CONTACT, 3).texte()).contains("est acceptée").doesNotContain("jeton");
        String lien = mail.lien();
        assertThat(lien).startsWith("/gs/mot-de-passe/definir?jeton=");

        var maire = new Visiteur(mvc, greenMail);
        maire.connecter("/gs/connexion", ADMIN_PUTEAUX, "Un-mot-de-passe-solide").andExpect(redirectedUrl("/gs/connexion"));
        assertThat(maire.page(lien)).contains(ADMIN_PUTEAUX).contains("Choisir votre mot de passe");
        String jeton = lien.substring(lien.indexOf('=') + 1);
        assertThat(maire.post("/gs/mot-de-passe/definir", "jeton", jeton, "motDePasse", "Un-mot-de-passe-solide",
                "confirmation", "Un-autre-mot-de-passe").andReturn().getResponse().getContentAsString())
                .contains("Les deux mots de passe ne sont pas identiques.").contains("href=\"#confirmation\"")
                .doesNotContain("Un-mot-de-passe-solide");
        assertThat(maire.post("/gs/mot-de-passe/definir", "jeton", jeton, "motDePasse", "court",
                "confirmation", "court").andReturn().getResponse().getContentAsString())
                .contains("au moins 12 caractères");
        maire.post("/gs/mot-de-passe/definir", "jeton", jeton, "motDePasse", "Un-mot-de-passe-solide",
                "confirmation", "Un-mot-de-passe-solide").andExpect(redirectedUrl("/gs/connexion?motDePasseDefini"));
        assertThat(maire.page("/gs/connexion?motDePasseDefini")).contains("Votre mot de passe est enregistré.");
        assertThat(journal("MOT_DE_PASSE_DEFINI")).isEqualTo(1);

        // The link is used within its 7 days; the service opens to citizens on the effective date:
        // not before, and from it on.
        assertThat(raccordements.ouvert(PUTEAUX, Procedure.ILE)).isFalse();
        donnees.horloge().fixer(LocalDateTime.of(2027, 1, 3, 23, 59).atZone(Fuseau.PARIS));
        assertThat(raccordements.ouvert(PUTEAUX, Procedure.ILE)).isFalse();
        donnees.horloge().fixer(LocalDateTime.of(2027, 1, 4, 0, 0).atZone(Fuseau.PARIS));
        assertThat(raccordements.ouvert(PUTEAUX, Procedure.ILE)).isTrue();
        assertThat(raccordements.ouvert(PUTEAUX, Procedure.PROCURATION)).isFalse();

        maire.connecter("/gs/connexion", ADMIN_PUTEAUX, "Un-mot-de-passe-solide").andExpect(redirectedUrl("/gs"));
        assertThat(maire.page("/gs")).contains("Mairie de Puteaux").contains("04/01/2027");

        // Single use.
        new Visiteur(mvc, greenMail).get(lien).andExpect(status().isGone());
    }

    /** The administrator's account is opened in the acceptance's transaction: a refusal there undoes it all. */
    @Test
    void anAdministratorAddressTakenByAnotherCommunesAccountRefusesTheWholeAcceptance() throws Exception {
        var champs = new ArrayList<>(List.of(formulaire("COURRIEL")));
        champs.set(champs.indexOf(ADMIN_PUTEAUX), DonneesDeTest.AGENT);
        visiteur.post("/raccordement", champs.toArray(String[]::new))
                .andExpect(redirectedUrlPattern("/raccordement/confirmation*"));
        UUID id = donnees.jdbc().sql("SELECT id FROM demande_raccordement").query(UUID.class).single();

        connecterAdmin();
        visiteur.post("/admin/raccordements/" + id + "/accepter").andExpect(redirectedUrl("/admin/raccordements/" + id));
        assertThat(visiteur.page("/admin/raccordements/" + id)).contains("L&#39;adresse " + DonneesDeTest.AGENT
                + " est déjà l&#39;identifiant d&#39;un autre compte du Gestionnaire de Suivi.").contains("À traiter");
        assertThat(raccordements.de(PUTEAUX)).isEmpty();
        assertThat(journal("RACCORDEMENT_ACCEPTE")).isZero();
        assertThat(journal("COMPTE_CREE")).isZero();
    }

    @Test
    void aLinkExpiresAfterSevenDaysAndOnlyWorksOnItsOwnPortal() throws Exception {
        UUID id = deposer("COURRIEL");
        connecterAdmin();
        visiteur.post("/admin/raccordements/" + id + "/accepter");
        String lien = courriels.pour(ADMIN_PUTEAUX, 3).lien();

        new Visiteur(mvc, greenMail).get(lien.replace("/gs/", "/admin/")).andExpect(status().isGone());
        new Visiteur(mvc, greenMail).get(lien.replace("/gs/", "/police/")).andExpect(status().isGone());
        new Visiteur(mvc, greenMail).get(lien).andExpect(status().isOk());
        donnees.horloge().avancer(java.time.Duration.ofDays(7).plusMinutes(1));
        String page = new Visiteur(mvc, greenMail).get(lien).andExpect(status().isGone()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Ce lien n'est plus valable");
    }

    @Test
    void refusalNeedsAReasonWhichIsMailedToTheRequester() throws Exception {
        UUID id = deposer("COURRIEL");
        connecterAdmin();
        assertThat(visiteur.post("/admin/raccordements/" + id + "/refuser", "motif", " ").andReturn().getResponse()
                .getContentAsString()).contains("Indiquez le motif du refus").contains("fr-alert--error");

        visiteur.post("/admin/raccordements/" + id + "/refuser", "motif", "La boîte fonctionnelle est personnelle.")
                .andExpect(redirectedUrl("/admin/raccordements/" + id));
        assertThat(visiteur.page("/admin/raccordements/" + id)).contains("Demande refusée");
        var mail = courriels.pour(CONTACT, 2);
        assertThat(mail.sujet()).isEqualTo("Demande de raccordement de Puteaux (92) refusée");
        assertThat(mail.texte()).contains("La boîte fonctionnelle est personnelle.");
        assertThat(raccordements.de(PUTEAUX)).isEmpty();
        assertThat(journal("RACCORDEMENT_REFUSE")).isEqualTo(1);

        // A decided request cannot be decided again.
        visiteur.post("/admin/raccordements/" + id + "/accepter");
        assertThat(visiteur.page("/admin/raccordements/" + id)).contains("Demande déjà traitée");
        assertThat(raccordements.de(PUTEAUX)).isEmpty();
    }

    @Test
    void onlyPlatformAdministratorsSeeTheRequests() throws Exception {
        UUID id = deposer("COURRIEL");
        var mairie = new Visiteur(mvc, greenMail);
        mairie.connecter("/gs/connexion", DonneesDeTest.ADMIN_COMMUNE, DonneesDeTest.MOT_DE_PASSE);
        mairie.get("/admin/raccordements/" + id).andExpect(redirectedUrl("/admin/connexion"));
        mairie.post("/admin/raccordements/" + id + "/accepter").andExpect(redirectedUrl("/admin/connexion"));
        assertThat(raccordements.de(PUTEAUX)).isEmpty();

        connecterAdmin();
        visiteur.get("/admin/raccordements/" + UUID.randomUUID()).andExpect(status().isNotFound());
    }

    private UUID deposer(String mode) throws Exception {
        var champs = new ArrayList<>(List.of(formulaire(mode)));
        if (mode.equals("SFTP")) {
            champs.addAll(List.of("sftpHote", "sftp.mairie-puteaux.exemple.fr", "sftpPort", "2222",
                    "sftpDossier", "/depot", "sftpIdentifiant", "depot", "sftpSecret", SECRET,
                    "techniqueNom", "Marc Roux", "techniqueCourriel", "dsi@mairie-puteaux.exemple.fr"));
        }
        visiteur.post("/raccordement", champs.toArray(String[]::new))
                .andExpect(redirectedUrlPattern("/raccordement/confirmation*"));
        UUID id = donnees.jdbc().sql("SELECT id FROM demande_raccordement ORDER BY deposee_le DESC LIMIT 1")
                .query(UUID.class).single();
        String reference = donnees.jdbc().sql("SELECT reference FROM demande_raccordement WHERE id = ?").param(id)
                .query(String.class).single();
        // A short reference to quote, not the request's identifier, on the page and in the acknowledgement.
        assertThat(reference).matches("R-[2-9A-HJKMNP-Z]{8}");
        assertThat(visiteur.page("/raccordement/confirmation")).contains("Demande de raccordement envoyée")
                .contains("Puteaux (92)").contains(CONTACT).contains(reference).doesNotContain(id.toString());
        var accuse = courriels.pour(CONTACT, 1);
        assertThat(accuse.sujet()).isEqualTo("Demande de raccordement de Puteaux (92) reçue (" + reference + ")");
        assertThat(accuse.texte()).contains("est bien enregistrée, sous la référence " + reference);
        // The confirmation is shown once; coming back leads to the form.
        visiteur.get("/raccordement/confirmation").andExpect(redirectedUrl("/raccordement"));
        return id;
    }

    private static String[] formulaire(String mode) {
        return new String[] {"action", "envoyer", "codePostal", "92800", "codeInsee", PUTEAUX,
            "procedures", "ILE", "procedures", "RCO", "mode", mode, "boiteFonctionnelle", CONTACT,
            "contactNom", "Claire Petit", "contactFonction", "Service des élections", "contactCourriel", CONTACT,
            "contactTelephone", "01 46 92 92 92", "administrateurPrenoms", "Paul", "administrateurNom", "Bernard",
            "administrateurCourriel", ADMIN_PUTEAUX};
    }

    private void connecterAdmin() throws Exception {
        visiteur.connecter("/admin/connexion", DonneesDeTest.ADMIN, DonneesDeTest.MOT_DE_PASSE)
                .andExpect(redirectedUrl("/admin"));
    }

    private long demandes() {
        return donnees.jdbc().sql("SELECT count(*) FROM demande_raccordement").query(Long.class).single();
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }
}
