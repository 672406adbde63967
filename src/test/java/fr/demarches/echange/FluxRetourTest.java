package fr.demarches.echange;

import static fr.demarches.echange.RaccordementSftp.DEPOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.document.Fichiers;
import fr.demarches.echange.internal.FluxRetour;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.test.Courriels;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.ServeurSftp;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The flux retour read from the commune's sFTP server (a real one), applied, filed or refused with a reason. */
@TestIntegration
class FluxRetourTest {

    static final ServeurSftp SERVEUR = ServeurSftp.demarre();
    static final String RETOUR = DEPOT + "/retour";

    @Autowired
    FluxRetour fluxRetour;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    ParametresCommune parametres;

    @Autowired
    Raccordements raccordements;

    @Autowired
    DonneesDeTest donnees;

    @Autowired
    GreenMail courriels;

    DonneesDeTest.Acteurs acteurs;

    @BeforeEach
    void raccorderEnSftp() throws Exception {
        acteurs = RaccordementSftp.preparer(donnees, parametres, SERVEUR, RETOUR);
    }

    @AfterEach
    void serveurEnMarche() throws Exception {
        SERVEUR.demarrer();
    }

    @Test
    void aStatusUpdateChangesTheStateTellsTheCitizenAndIsFiled() throws Exception {
        var numero = deposer();
        deposerFichier("statut-1.xml", flux("evt-1", numero, statut("IN_PROGRESS", "Votre dossier est à l'étude.")));

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(1, 0, 0));

        assertThat(etat(numero)).isEqualTo("EN_COURS");
        var mail = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 3).getLast();
        assertThat(Courriels.sujet(mail)).isEqualTo("RCO - " + numero + " : Dossier en cours de traitement");
        assertThat(Courriels.texte(mail)).contains("Votre dossier est à l'étude.");
        assertThat(SERVEUR.noms(RETOUR + "/traites")).containsExactly("statut-1.xml");
        assertThat(SERVEUR.noms(RETOUR)).isEmpty();
        assertThat(SERVEUR.noms(RETOUR + "/en-cours")).isEmpty();
        assertThat(donnees.jdbc().sql("SELECT auteur FROM teledossier_historique WHERE etat = 'EN_COURS'")
                .query(String.class).single()).isEqualTo("flux retour Nanterre");
        assertThat(donnees.jdbc().sql("SELECT acteur FROM journal_audit WHERE action = 'TELEDOSSIER_ETAT' AND objet_id = ?")
                .param(numero.valeur()).query(String.class).single()).isEqualTo("flux retour Nanterre");
    }

    @Test
    void aDocumentInBase64OrNextToTheFileReachesTheCitizensSpace() throws Exception {
        var numero = deposer();
        byte[] attestation = Fichiers.pdf(4_000);
        deposerFichier("a-depot-1.xml", flux("evt-1", numero, depot("attestation-recensement.pdf",
                "<ContenuBase64>" + Base64.getEncoder().encodeToString(Fichiers.pdf(3_000)) + "</ContenuBase64>")));
        Files.write(SERVEUR.fichier(RETOUR + "/A-attestation.pdf"), attestation);
        deposerFichier("b-cloture.xml", flux("evt-2", numero, statut("DONE", "Votre recensement est enregistré."),
                depot("Attestation signée.pdf", "<FichierJoint>A-attestation.pdf</FichierJoint>")));

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(2, 0, 0));

        assertThat(etat(numero)).isEqualTo("CLOS");
        assertThat(donnees.jdbc().sql("SELECT nom_original FROM document WHERE proprietaire_id = ? AND origine = 'COMMUNE' "
                + "ORDER BY depose_le, nom_original").param(acteurs.usager()).query(String.class).list())
                .containsExactlyInAnyOrder("attestation-recensement.pdf", "Attestation signée.pdf");
        assertThat(donnees.jdbc().sql("SELECT taille FROM document WHERE nom_original = 'Attestation signée.pdf'")
                .query(Long.class).single()).isEqualTo(attestation.length);
        var sujets = Courriels.tousPour(courriels, DonneesDeTest.USAGER, 5).stream().map(Courriels::sujet).toList();
        assertThat(sujets).filteredOn(s -> s.endsWith("un document de votre mairie est disponible")).hasSize(2);
        // A census closed by the commune's software gets its outcome, as an agent's closing would give it.
        assertThat(sujets).contains("RCO - " + numero + " : Dossier clos - Recensement effectué");
        assertThat(donnees.jdbc().sql("SELECT issue FROM teledossier WHERE numero = ?").param(numero.valeur())
                .query(String.class).single()).isEqualTo("RECENSEMENT_EFFECTUE");
        assertThat(SERVEUR.noms(RETOUR + "/traites")).containsExactly("A-attestation.pdf", "a-depot-1.xml", "b-cloture.xml");
        assertThat(SERVEUR.noms(RETOUR)).isEmpty();
    }

    @Test
    void theSamplesOfTheDocumentationApplyInTheirOrder() throws Exception {
        var numero = deposer();
        try (var exemples = Files.list(java.nio.file.Path.of("docs/exemples"))) {
            for (var exemple : exemples.toList()) {
                String nom = exemple.getFileName().toString().replace("A-7-NKT2G5KB", numero.valeur());
                if (nom.endsWith(".xml")) {
                    deposerFichier(nom, Files.readString(exemple).replace("A-7-NKT2G5KB", numero.valeur()));
                } else if (nom.endsWith(".pdf")) {
                    Files.copy(exemple, SERVEUR.fichier(RETOUR + "/" + nom));
                }
            }
        }

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(4, 0, 0));

        assertThat(historiqueEtats(numero)).containsExactly("TRANSMIS", "EN_COURS", "ATTENTE_ELEMENTS", "CLOS");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document WHERE origine = 'COMMUNE'").query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithItsLine() throws Exception {
        var numero = deposer();
        refuse(numero, "casse.xml", "<FluxRetour>\n<Identifiant>evt-1</Identifiant>\n<NumeroTeledossier>",
                "Le fichier n'est pas un document XML bien formé (ligne 3");
    }

    @Test
    void aFileOutsideTheSchemaIsRefusedWithTheParsersFrenchMessage() throws Exception {
        var numero = deposer();
        String explication = refuse(numero, "statut-inconnu.xml", flux("evt-1", numero, statut("SENT", null)),
                "Le fichier ne respecte pas le schéma flux-retour.xsd (ligne 1");
        assertThat(explication).contains("La valeur 'SENT'");
    }

    @Test
    void anUnknownNumberIsRefused() throws Exception {
        var numero = deposer();
        var inconnu = NumeroTeledossier.tirer();
        refuse(numero, "inconnu.xml", flux("evt-1", inconnu, statut("IN_PROGRESS", null)),
                "Le télédossier " + inconnu + " est introuvable parmi ceux de la commune de Nanterre");
    }

    @Test
    void anotherCommunesDossierIsRefusedLikeAnUnknownOne() throws Exception {
        var numero = deposer();
        String puteaux = "92062";
        raccordements.raccorder(puteaux, ModeRaccordement.COURRIEL, "elections@mairie-puteaux.exemple.fr",
                EnumSet.allOf(Procedure.class), LocalDate.now(donnees.horloge()).minusDays(1));
        var autre = RaccordementSftp.deposer(teledossiers, donnees, acteurs.usager(), puteaux);

        refuse(numero, "autre-commune.xml", flux("evt-1", autre, statut("REFUSED", "Non.")),
                "Le télédossier " + autre + " est introuvable parmi ceux de la commune de Nanterre", 4, "TRANSMIS");
        assertThat(etat(autre)).isEqualTo("TRANSMIS");
    }

    @Test
    void aForbiddenTransitionIsRefused() throws Exception {
        var numero = deposer();
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, EtatTeledossier.CLOS, null,
                new Teledossiers.Acteur(acteurs.agent(), DonneesDeTest.AGENT, null));
        donnees.attendreLesEcouteurs();

        refuse(numero, "rouvrir.xml", flux("evt-1", numero, statut("IN_PROGRESS", null)),
                "Changement d'état refusé : Passage interdit de « Dossier clos » à « Dossier en cours de traitement »", 3,
                "CLOS");
    }

    @Test
    void anOversizeAttachmentIsRefused() throws Exception {
        var numero = deposer();
        refuse(numero, "trop-gros.xml", flux("evt-1", numero, depot("attestation.pdf", "<ContenuBase64>"
                + Base64.getEncoder().encodeToString(Fichiers.pdf(1_100 * 1024)) + "</ContenuBase64>")),
                "Pièce jointe refusée : Le fichier dépasse la taille maximale autorisée (1 Mo).");
    }

    @Test
    void anAttachmentThatIsNotAPdfIsRefusedAndTheStateChangeBeforeItIsUndone() throws Exception {
        var numero = deposer();
        refuse(numero, "image.xml", flux("evt-1", numero, statut("DONE", "Voici votre attestation."),
                depot("attestation.pdf", "<ContenuBase64>" + Base64.getEncoder().encodeToString(Fichiers.png(2_000))
                        + "</ContenuBase64>")),
                "Pièce jointe refusée : Le document déposé pour l'usager doit être un fichier PDF.");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM document WHERE origine = 'COMMUNE'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aMissingAttachmentFileIsRefused() throws Exception {
        var numero = deposer();
        refuse(numero, "sans-joint.xml", flux("evt-1", numero, depot("attestation.pdf",
                "<FichierJoint>absent.pdf</FichierJoint>")),
                "Le fichier joint « absent.pdf » est absent du dossier retour/");
    }

    @Test
    void anAttachmentFileIsFiledWithTheRefusedFileThatNamesIt() throws Exception {
        var numero = deposer();
        Files.write(SERVEUR.fichier(RETOUR + "/photo.pdf"), Fichiers.jpeg(3_000));
        refuse(numero, "photo.xml", flux("evt-1", numero, depot("attestation.pdf", "<FichierJoint>photo.pdf</FichierJoint>")),
                "doit être un fichier PDF");
        assertThat(SERVEUR.noms(RETOUR + "/erreurs")).contains("photo.pdf");
    }

    @Test
    void aFileOverTheSizeLimitIsNotEvenRead() throws Exception {
        var numero = deposer();
        var gros = new StringBuilder(flux("evt-1", numero, statut("IN_PROGRESS", null)));
        gros.append("<!--").append("x".repeat(2 * 1024 * 1024)).append("-->");
        refuse(numero, "enorme.xml", gros.toString(), "au-delà de 2048 Ko, il n'est pas lu");
    }

    @Test
    void anIdentifierAlreadyAppliedWithAnotherContentIsRefused() throws Exception {
        var numero = deposer();
        deposerFichier("premier.xml", flux("evt-1", numero, statut("IN_PROGRESS", null)));
        fluxRetour.relever(DonneesDeTest.NANTERRE);

        refuse(numero, "second.xml", flux("evt-1", numero, statut("REFUSED", "Non recevable.")),
                "L'identifiant « evt-1 » a déjà été appliqué le", 3, "EN_COURS");
    }

    @Test
    void theSameFileDroppedTwiceIsAppliedOnce() throws Exception {
        var numero = deposer();
        String contenu = flux("evt-1", numero, statut("IN_PROGRESS", "Pris en charge."));
        deposerFichier("copie-1.xml", contenu);
        deposerFichier("copie-2.xml", contenu);

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(1, 1, 0));

        assertThat(SERVEUR.noms(RETOUR + "/traites")).containsExactly("copie-1.xml", "copie-2.xml");
        assertThat(historiqueEtats(numero)).containsExactly("TRANSMIS", "EN_COURS");
        donnees.attendreLesEcouteurs();
        assertThat(courriels.getReceivedMessages()).hasSize(3);
    }

    @Test
    void twoReadersRacingOnTheSameFolderApplyEachFileOnce() throws Exception {
        var numeros = new ArrayList<NumeroTeledossier>();
        for (int i = 0; i < 6; i++) {
            var numero = deposer();
            numeros.add(numero);
            deposerFichier("evt-" + i + ".xml", flux("evt-" + i, numero, statut("SI_RECEIVED", "Reçu.")));
        }
        // The same event dropped twice under two names: the processed-files key has to catch this one.
        Files.copy(SERVEUR.fichier(RETOUR + "/evt-0.xml"), SERVEUR.fichier(RETOUR + "/evt-0-copie.xml"));

        var depart = new CountDownLatch(1);
        var lecteurs = Executors.newFixedThreadPool(2);
        try {
            List<Future<FluxRetour.Bilan>> bilans = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                bilans.add(lecteurs.submit(() -> {
                    depart.await();
                    return fluxRetour.relever(DonneesDeTest.NANTERRE);
                }));
            }
            depart.countDown();
            int appliques = 0;
            int deja = 0;
            for (var bilan : bilans) {
                appliques += bilan.get().appliques();
                deja += bilan.get().dejaAppliques();
                assertThat(bilan.get().rejetes()).isZero();
            }
            assertThat(appliques).isEqualTo(6);
            assertThat(deja).isEqualTo(1);
        } finally {
            lecteurs.shutdownNow();
        }

        for (var numero : numeros) {
            assertThat(historiqueEtats(numero)).containsExactly("TRANSMIS", "RECU");
        }
        assertThat(SERVEUR.noms(RETOUR + "/traites")).hasSize(7);
        assertThat(SERVEUR.noms(RETOUR)).isEmpty();
        assertThat(SERVEUR.noms(RETOUR + "/en-cours")).isEmpty();
        assertThat(Courriels.tousPour(courriels, DonneesDeTest.USAGER, 18)).hasSize(12);
        donnees.attendreLesEcouteurs();
        assertThat(courriels.getReceivedMessages()).hasSize(18);
    }

    @Test
    void aFileClaimedByAReaderThatStoppedIsTakenUpAgainLater() throws Exception {
        var numero = deposer();
        long ilYAUneHeure = donnees.horloge().instant().minus(Duration.ofHours(1)).toEpochMilli();
        Files.createDirectories(SERVEUR.fichier(RETOUR + "/en-cours"));
        Files.writeString(SERVEUR.fichier(RETOUR + "/en-cours/" + ilYAUneHeure + "_statut.xml"),
                flux("evt-1", numero, statut("ADD_AWAITING", "Il manque le livret de famille.")));
        long tout = donnees.horloge().instant().toEpochMilli();
        Files.writeString(SERVEUR.fichier(RETOUR + "/en-cours/" + tout + "_recent.xml"),
                flux("evt-2", numero, statut("REFUSED", null)));

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(1, 0, 0));

        assertThat(etat(numero)).isEqualTo("ATTENTE_ELEMENTS");
        assertThat(SERVEUR.noms(RETOUR + "/traites")).containsExactly("statut.xml");
        // Claimed a moment ago: another reader may be at work on it, it is left alone.
        assertThat(SERVEUR.noms(RETOUR + "/en-cours")).containsExactly(tout + "_recent.xml");
    }

    @Test
    void aCommuneWhoseSecretCannotBeReadIsReportedAndDoesNotStopTheReading() throws Exception {
        String puteaux = "92062";
        raccordements.raccorder(puteaux, ModeRaccordement.COURRIEL, "elections@mairie-puteaux.exemple.fr",
                EnumSet.allOf(Procedure.class), LocalDate.now(donnees.horloge()).minusDays(1));
        RaccordementSftp.raccorder(parametres, puteaux, SERVEUR);
        // As after a change of app.chiffrement.cle: the stored secret no longer decrypts.
        donnees.jdbc().sql("UPDATE raccordement SET sftp_secret = decode(repeat('00', 40), 'hex') WHERE code_insee = ?")
                .param(puteaux).update();

        assertThat(fluxRetour.relever(puteaux)).isEqualTo(new FluxRetour.Bilan(0, 0, 0));

        assertThat(donnees.jdbc().sql("SELECT derniere_erreur_releve FROM echange_sftp_commune WHERE commune_insee = ?")
                .param(puteaux).query(String.class).single()).contains("Paramètres sFTP de la commune illisibles");
    }

    @Test
    void aServerThatIsDownIsReportedAndNothingIsLost() throws Exception {
        var numero = deposer();
        deposerFichier("statut.xml", flux("evt-1", numero, statut("IN_PROGRESS", null)));
        SERVEUR.arreter();

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(0, 0, 0));
        assertThat(donnees.jdbc().sql("SELECT derniere_erreur_releve FROM echange_sftp_commune").query(String.class)
                .single()).startsWith("Connexion impossible");

        SERVEUR.demarrer();
        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(1, 0, 0));
        assertThat(etat(numero)).isEqualTo("EN_COURS");
    }

    /**
     * Runs a reading that must refuse the file: it lands in erreurs/ next to its .erreur.txt, which gives the
     * reason; the dossier keeps its state and the citizen receives nothing more.
     */
    private String refuse(NumeroTeledossier numero, String nom, String contenu, String motif) throws Exception {
        return refuse(numero, nom, contenu, motif, 2, "TRANSMIS");
    }

    /** The same, {@code mails} being the number of mails sent before, and {@code etatAttendu} the dossier's state. */
    private String refuse(NumeroTeledossier numero, String nom, String contenu, String motif, int mails,
            String etatAttendu) throws Exception {
        deposerFichier(nom, contenu);

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(0, 0, 1));

        assertThat(SERVEUR.noms(RETOUR + "/erreurs")).contains(nom, nom + ".erreur.txt");
        assertThat(SERVEUR.noms(RETOUR + "/traites")).doesNotContain(nom);
        assertThat(SERVEUR.noms(RETOUR)).doesNotContain(nom);
        String explication = Files.readString(SERVEUR.fichier(RETOUR + "/erreurs/" + nom + ".erreur.txt"),
                StandardCharsets.UTF_8);
        assertThat(explication).contains("Fichier : " + nom).contains("Commune : Nanterre (92050)")
                .contains("rien n'a été appliqué").contains(motif);
        assertThat(etat(numero)).isEqualTo(etatAttendu);
        donnees.attendreLesEcouteurs();
        assertThat(courriels.getReceivedMessages()).hasSize(mails);
        assertThat(donnees.jdbc().sql("SELECT motif FROM flux_retour_fichier WHERE statut = 'REJETE' AND nom_fichier = ?")
                .param(nom).query(String.class).single()).contains(motif);
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'FLUX_RETOUR_REJETE'")
                .query(Long.class).single()).isEqualTo(1);
        return explication;
    }

    private NumeroTeledossier deposer() {
        return RaccordementSftp.deposer(teledossiers, donnees, acteurs.usager(), DonneesDeTest.NANTERRE);
    }

    private void deposerFichier(String nom, String contenu) throws Exception {
        Files.writeString(SERVEUR.fichier(RETOUR + "/" + nom), contenu, StandardCharsets.UTF_8);
    }

    static String flux(String identifiant, NumeroTeledossier numero, String... evenements) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><FluxRetour version=\"1.0\"><Identifiant>" + identifiant
                + "</Identifiant><NumeroTeledossier>" + numero.valeur() + "</NumeroTeledossier>"
                + String.join("", evenements) + "</FluxRetour>";
    }

    static String statut(String statut, String message) {
        return "<MiseAJourStatut typeAction=\"STATUS_UPDATE\"><Statut>" + statut + "</Statut>"
                + (message == null ? "" : "<Message>" + message + "</Message>") + "</MiseAJourStatut>";
    }

    static String depot(String nomDocument, String contenu) {
        return "<DepotPieceJointe typeAction=\"ATTACH_DEPOSIT\"><TypeDocument>ATTESTATION_RECENSEMENT</TypeDocument>"
                + "<NomDocument>" + nomDocument + "</NomDocument>" + contenu + "</DepotPieceJointe>";
    }

    private String etat(NumeroTeledossier numero) {
        return donnees.jdbc().sql("SELECT etat FROM teledossier WHERE numero = ?").param(numero.valeur())
                .query(String.class).single();
    }

    private List<String> historiqueEtats(NumeroTeledossier numero) {
        return donnees.jdbc().sql("SELECT h.etat FROM teledossier_historique h JOIN teledossier t ON t.id = h.teledossier_id "
                + "WHERE t.numero = ? AND h.type IN ('ETAT', 'DEMANDE_COMPLEMENTS') ORDER BY h.id").param(numero.valeur()).query(String.class).list();
    }
}
