package fr.demarches.echange;

import static fr.demarches.echange.RaccordementSftp.DEPOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.echange.internal.EnvoisSftp;
import fr.demarches.echange.internal.MesuresEchanges;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.Exemples;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.Metriques;
import fr.demarches.test.ServeurSftp;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** The push of new dossiers to the commune's sFTP server, against a real sFTP server. */
@TestIntegration
class EnvoisSftpTest {

    static final ServeurSftp SERVEUR = ServeurSftp.demarre();

    @Autowired
    EnvoisSftp envois;

    @Autowired
    MesuresEchanges mesures;

    @LocalManagementPort
    int portGestion;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    ParametresCommune parametres;

    @Autowired
    Raccordements raccordements;

    @Autowired
    DonneesDeTest donnees;

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
    void aNewDossierIsWrittenUnderItsNumberThroughATemporaryNameAndHoldsTheElements() throws Exception {
        var numero = deposer();
        assertThat(ligne(numero)).containsEntry("statut", "A_ENVOYER");

        assertThat(envois.envoyer()).isEqualTo(1);

        // Renamed into place: only the final name is left, no ".…part" beside it.
        assertThat(SERVEUR.noms(DEPOT)).containsExactly(numero + ".zip");
        var entrees = entrees(Files.readAllBytes(SERVEUR.fichier(DEPOT + "/" + numero + ".zip")));
        String prefixe = numero + "-RCO-";
        assertThat(entrees).containsOnlyKeys(prefixe + "cerfa.pdf", prefixe + "donnees.xml");
        assertThat(new String(entrees.get(prefixe + "cerfa.pdf"), 0, 5)).isEqualTo("%PDF-");
        assertThat(entrees.get(prefixe + "donnees.xml")).isEqualTo(fr.demarches.teledossier.elements.FichiersXml
                .recensement(numero.valeur(), deposeLe(numero), Exemples.rco()));
        assertThat(ligne(numero)).containsEntry("statut", "ENVOYE").containsEntry("nom_fichier", numero + ".zip");
        assertThat(historique(numero)).contains("REMISE_SFTP");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'TELEDOSSIER_REMIS_SFTP' "
                + "AND objet_id = ?").param(numero.valeur()).query(Long.class).single()).isEqualTo(1);
        // Nothing left to do: a second run writes nothing.
        assertThat(envois.envoyer()).isZero();
    }

    @Test
    void theCitizensComplementIsPushedAsItsOwnFileBesideTheFirstOne() throws Exception {
        var numero = deposer();
        assertThat(envois.envoyer()).isEqualTo(1);
        // The commune's software asks for complements by the flux retour (ADD_AWAITING); the citizen answers.
        teledossiers.changerEtat(numero, DonneesDeTest.NANTERRE, fr.demarches.teledossier.EtatTeledossier.ATTENTE_ELEMENTS,
                "Il manque le livret de famille.", new Teledossiers.Acteur(null, "logiciel de la commune", null));
        teledossiers.repondre(new fr.demarches.teledossier.ReponseUsager(acteurs.usager(), numero,
                "Je n'ai pas de livret de famille.", java.util.List.of(), java.util.Map.of()), "192.0.2.7");
        donnees.attendreLesEcouteurs();

        assertThat(envois.envoyer()).isEqualTo(1);
        String complement = numero + "-complement-1.zip";
        assertThat(SERVEUR.noms(DEPOT)).containsExactlyInAnyOrder(numero + ".zip", complement);
        var xml = new String(entrees(Files.readAllBytes(SERVEUR.fichier(DEPOT + "/" + complement)))
                .get(numero + "-RCO-donnees.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<Echange auteur=\"MAIRIE\"").contains("<Echange auteur=\"USAGER\"")
                .contains("Je n'ai pas de livret de famille.");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM envoi_sftp WHERE numero = ? AND statut = 'ENVOYE'")
                .param(numero.valeur()).query(Long.class).single()).isEqualTo(2);
        assertThat(envois.envoyer()).isZero();
    }

    @Test
    void anUnreachableServerIsRetriedWithAGrowingDelayAndTheDossierArrivesWhenItIsBack() throws Exception {
        donnees.horloge().fixer(java.time.ZonedDateTime.now(fr.demarches.shared.Fuseau.PARIS));
        var numero = deposer();
        SERVEUR.arreter();

        assertThat(envois.envoyer()).isZero();
        var apresPremier = ligne(numero);
        assertThat(apresPremier).containsEntry("statut", "A_ENVOYER").containsEntry("tentatives", 1);
        assertThat((String) apresPremier.get("derniere_erreur")).startsWith("Connexion impossible à 127.0.0.1:");
        assertThat(prochaine(numero)).isEqualTo(Duration.ofMinutes(1));

        // Not due yet: nothing is attempted.
        assertThat(envois.envoyer()).isZero();
        assertThat(ligne(numero)).containsEntry("tentatives", 1);

        donnees.horloge().avancer(Duration.ofMinutes(1));
        envois.envoyer();
        assertThat(ligne(numero)).containsEntry("tentatives", 2);
        assertThat(prochaine(numero)).isEqualTo(Duration.ofMinutes(2));
        donnees.horloge().avancer(Duration.ofMinutes(2));
        envois.envoyer();
        assertThat(prochaine(numero)).isEqualTo(Duration.ofMinutes(4));
        // The outage shows as the commune's backlog in the metrics, never in readiness.
        mesures.actualiser();
        assertThat(enAttente()).isEqualTo(1);
        assertThat(Metriques.sonde(portGestion, "/actuator/health/readiness")).isEqualTo(200);

        SERVEUR.demarrer();
        donnees.horloge().avancer(Duration.ofMinutes(4));
        assertThat(envois.envoyer()).isEqualTo(1);
        mesures.actualiser();
        assertThat(enAttente()).as("file vidée : 0, pas de série disparue").isZero();
        assertThat(ligne(numero)).containsEntry("statut", "ENVOYE").containsEntry("tentatives", 4);
        assertThat(SERVEUR.noms(DEPOT)).containsExactly(numero + ".zip");
        var etat = donnees.jdbc().sql("SELECT derniere_remise_le, derniere_erreur_envoi FROM echange_sftp_commune "
                + "WHERE commune_insee = ?").param(DonneesDeTest.NANTERRE).query().singleRow();
        assertThat(etat.get("derniere_remise_le")).isNotNull();
        assertThat((String) etat.get("derniere_erreur_envoi")).startsWith("Connexion impossible");
    }

    private double enAttente() throws Exception {
        return Metriques.lire(portGestion).valeur("demarches_sftp_envois{commune=\"" + DonneesDeTest.NANTERRE
                + "\",statut=\"A_ENVOYER\"}");
    }

    @Test
    void theDelayDoublesUpToSixHoursAndKeepsTryingForDays() {
        var proprietes = new fr.demarches.echange.internal.ProprietesEchanges(Duration.ofSeconds(20),
                Duration.ofMinutes(1), Duration.ofHours(6), 500, org.springframework.util.unit.DataSize.ofMegabytes(2),
                Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(5));
        assertThat(proprietes.relance(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(proprietes.relance(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(proprietes.relance(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(proprietes.relance(10)).isEqualTo(Duration.ofHours(6));
        assertThat(proprietes.relance(200)).isEqualTo(Duration.ofHours(6));
    }

    /** The dossier and its place in the outbox are written together, with no event publication for the outbox. */
    @Test
    void theSubmissionQueuesItsDossierInItsOwnTransaction() {
        var numero = teledossiers.deposer(new fr.demarches.teledossier.Depot(Procedure.RCO, acteurs.usager(),
                DonneesDeTest.USAGER, "Éloïse Gérard-Lefèvre", DonneesDeTest.NANTERRE, Exemples.rco(),
                java.util.UUID.randomUUID()), "192.0.2.1");
        assertThat(ligne(numero)).containsEntry("statut", "A_ENVOYER");
        donnees.attendreLesEcouteurs();
        assertThat(donnees.publications("listener_id LIKE 'echange-%'")).isZero();
    }

    @Test
    void aNumberAlreadyOnTheServerIsNeitherQueuedTwiceNorWrittenAgain() throws Exception {
        var numero = deposer();
        // The submission's event delivered again (a restart): still one row.
        assertThat(envois.inscrire(numero.valeur(), DonneesDeTest.NANTERRE)).isFalse();
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM envoi_sftp").query(Long.class).single()).isEqualTo(1);
        envois.envoyer();
        var fichier = SERVEUR.fichier(DEPOT + "/" + numero + ".zip");
        byte[] premier = Files.readAllBytes(fichier);
        var modifie = Files.getLastModifiedTime(fichier);

        // The delivery written but its record lost (a crash between the two): the next run finds the file there.
        donnees.jdbc().sql("UPDATE envoi_sftp SET statut = 'A_ENVOYER'").update();
        Thread.sleep(20);
        assertThat(envois.envoyer()).isEqualTo(1);

        assertThat(SERVEUR.noms(DEPOT)).containsExactly(numero + ".zip");
        assertThat(Files.readAllBytes(fichier)).isEqualTo(premier);
        assertThat(Files.getLastModifiedTime(fichier)).isEqualTo(modifie);
        assertThat(ligne(numero)).containsEntry("statut", "ENVOYE");
        // Trusted because it is, byte for byte, what was recorded before the renaming.
        var ecrit = donnees.jdbc().sql("SELECT taille, empreinte FROM envoi_sftp WHERE numero = ?")
                .param(numero.valeur()).query().singleRow();
        assertThat(ecrit.get("taille")).isEqualTo((long) premier.length);
        assertThat(ecrit.get("empreinte")).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(premier)));
    }

    @Test
    void aFileUnderTheDossiersNameThatThePlatformDidNotWriteIsNeitherTrustedNorReplaced() throws Exception {
        var numero = deposer();
        var autre = deposer();
        var fichier = SERVEUR.fichier(DEPOT + "/" + numero + ".zip");
        Files.writeString(fichier, "déposé par quelqu'un d'autre");

        assertThat(envois.envoyer()).isEqualTo(1);

        assertThat(Files.readString(fichier)).isEqualTo("déposé par quelqu'un d'autre");
        assertThat(ligne(numero)).containsEntry("statut", "A_ENVOYER").containsEntry("tentatives", 1);
        assertThat((String) ligne(numero).get("derniere_erreur")).startsWith("Un fichier " + numero + ".zip est déjà "
                + "sur le serveur, que la plateforme n'a pas écrit").contains("ne le remplace pas");
        // The commune's other dossier was not held back.
        assertThat(ligne(autre)).containsEntry("statut", "ENVOYE");

        // Once the commune removes it, the next attempt delivers.
        Files.delete(fichier);
        donnees.horloge().avancer(Duration.ofMinutes(1));
        assertThat(envois.envoyer()).isEqualTo(1);
        assertThat(ligne(numero)).containsEntry("statut", "ENVOYE");
        assertThat(entrees(Files.readAllBytes(fichier))).containsKey(numero + "-RCO-donnees.xml");
    }

    @Test
    void aDeliveredFileFoundChangedIsTrustedNeitherWithAnotherSizeNorWithAnotherChecksum() throws Exception {
        var numero = deposer();
        envois.envoyer();
        var fichier = SERVEUR.fichier(DEPOT + "/" + numero + ".zip");
        byte[] remis = Files.readAllBytes(fichier);

        // Same size, one byte changed: only the checksum tells.
        byte[] altere = remis.clone();
        altere[altere.length / 2] ^= 1;
        Files.write(fichier, altere);
        donnees.jdbc().sql("UPDATE envoi_sftp SET statut = 'A_ENVOYER'").update();
        assertThat(envois.envoyer()).isZero();
        assertThat((String) ligne(numero).get("derniere_erreur")).contains("de la même taille mais d'un autre contenu");

        // Cut short.
        Files.write(fichier, java.util.Arrays.copyOf(remis, remis.length - 10));
        donnees.horloge().avancer(Duration.ofMinutes(5));
        assertThat(envois.envoyer()).isZero();
        assertThat((String) ligne(numero).get("derniere_erreur")).contains("il fait " + (remis.length - 10)
                + " octets au lieu des " + remis.length);
        assertThat(Files.size(fichier)).isEqualTo(remis.length - 10);

        // The file restored as it was written: trusted again.
        Files.write(fichier, remis);
        donnees.horloge().avancer(Duration.ofHours(1));
        assertThat(envois.envoyer()).isEqualTo(1);
        assertThat(ligne(numero)).containsEntry("statut", "ENVOYE");
    }

    @Test
    void aServerPresentingAnotherHostKeyIsRefusedAndReceivesNothing() throws Exception {
        parametres.enregistrerEmpreinteHote(DonneesDeTest.NANTERRE, ServeurSftp.autreEmpreinte(), RaccordementSftp.ADMIN);
        var numero = deposer();

        assertThat(envois.envoyer()).isZero();

        assertThat(SERVEUR.noms(DEPOT)).isEmpty();
        var ligne = ligne(numero);
        assertThat(ligne).containsEntry("statut", "A_ENVOYER").containsEntry("tentatives", 1);
        assertThat((String) ligne.get("derniere_erreur")).startsWith("Clé d'hôte refusée : le serveur 127.0.0.1:")
                .contains("présente la clé ecdsa-sha2-nistp256 " + SERVEUR.empreinte());
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'ECHANGE_SFTP_CLE_REFUSEE'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutARecordedHostKeyNothingIsSent() throws Exception {
        // Another port: the platform forgets the key of the former server.
        RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, SERVEUR.port() + 1, ServeurSftp.MOT_DE_PASSE,
                null);
        RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, SERVEUR.port(), ServeurSftp.MOT_DE_PASSE, null);
        assertThat(raccordements.empreinteHote(DonneesDeTest.NANTERRE)).isEmpty();
        var numero = deposer();

        envois.envoyer();

        assertThat(SERVEUR.noms(DEPOT)).isEmpty();
        assertThat((String) ligne(numero).get("derniere_erreur")).startsWith("La clé d'hôte du serveur sFTP n'est pas "
                + "enregistrée");
    }

    @Test
    void aPrivateKeyAuthenticatesToo() throws Exception {
        RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, SERVEUR.port(), SERVEUR.clePriveeClient(),
                SERVEUR.empreinte());
        var numero = deposer();

        assertThat(envois.envoyer()).isEqualTo(1);
        assertThat(SERVEUR.noms(DEPOT)).containsExactly(numero + ".zip");
    }

    @Test
    void aCommuneWhoseServerIsDownDoesNotHoldBackTheOthers() throws Exception {
        String puteaux = "92062";
        raccordements.raccorder(puteaux, ModeRaccordement.COURRIEL, "elections@mairie-puteaux.exemple.fr",
                java.util.EnumSet.allOf(Procedure.class), java.time.LocalDate.now(donnees.horloge()).minusDays(1));
        int portFerme;
        try (var libre = new java.net.ServerSocket(0)) {
            portFerme = libre.getLocalPort();
        }
        RaccordementSftp.raccorder(parametres, puteaux, portFerme, ServeurSftp.MOT_DE_PASSE, SERVEUR.empreinte());
        var enPanne = RaccordementSftp.deposer(teledossiers, donnees, acteurs.usager(), puteaux);
        var numero = deposer();
        // Puteaux's dossier comes first in the queue.
        donnees.jdbc().sql("UPDATE envoi_sftp SET prochaine_tentative = prochaine_tentative - interval '1 minute' "
                + "WHERE numero = ?").param(enPanne.valeur()).update();

        assertThat(envois.envoyer()).isEqualTo(1);

        assertThat(ligne(numero)).containsEntry("statut", "ENVOYE");
        assertThat(ligne(enPanne)).containsEntry("statut", "A_ENVOYER").containsEntry("tentatives", 1);
        assertThat(SERVEUR.noms(DEPOT)).containsExactly(numero + ".zip");
    }

    @Test
    void aRunStartsNoDeliveryPastItsTimeAndLeavesTheRestDue() throws Exception {
        var numero = deposer();

        assertThat(envois.envoyerAvant(donnees.horloge().instant().minusSeconds(1))).isZero();

        assertThat(ligne(numero)).containsEntry("statut", "A_ENVOYER").containsEntry("tentatives", 0);
        assertThat(envois.envoyer()).isEqualTo(1);
        assertThat(ligne(numero)).containsEntry("statut", "ENVOYE");
    }

    @Test
    void aCommuneWhoseSecretCannotBeReadDoesNotHoldBackTheOthers() throws Exception {
        String puteaux = "92062";
        raccordements.raccorder(puteaux, ModeRaccordement.COURRIEL, "elections@mairie-puteaux.exemple.fr",
                java.util.EnumSet.allOf(Procedure.class), java.time.LocalDate.now(donnees.horloge()).minusDays(1));
        RaccordementSftp.raccorder(parametres, puteaux, SERVEUR);
        // As after a change of app.chiffrement.cle: the stored secret no longer decrypts.
        donnees.jdbc().sql("UPDATE raccordement SET sftp_secret = decode(repeat('00', 40), 'hex') "
                + "WHERE code_insee = ?").param(puteaux).update();
        var illisible = RaccordementSftp.deposer(teledossiers, donnees, acteurs.usager(), puteaux);
        var numero = deposer();
        donnees.jdbc().sql("UPDATE envoi_sftp SET prochaine_tentative = prochaine_tentative - interval '1 minute' "
                + "WHERE numero = ?").param(illisible.valeur()).update();

        assertThat(envois.envoyer()).isEqualTo(1);

        assertThat(ligne(numero)).containsEntry("statut", "ENVOYE");
        assertThat(ligne(illisible)).containsEntry("statut", "A_ENVOYER").containsEntry("tentatives", 1);
        assertThat((String) ligne(illisible).get("derniere_erreur")).contains("Paramètres sFTP de la commune illisibles");
    }

    @Test
    void elementsPurgedBeforeTheyCouldBeDeliveredAreGivenUpAndJournaled() throws Exception {
        var numero = deposer();
        SERVEUR.arreter();
        envois.envoyer();
        SERVEUR.demarrer();
        donnees.horloge().avancer(Duration.ofDays(31));

        assertThat(envois.envoyer()).isZero();

        assertThat(ligne(numero)).containsEntry("statut", "ABANDONNE");
        assertThat((String) ligne(numero).get("derniere_erreur")).contains("ne sont plus disponibles");
        assertThat(donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = 'ENVOI_SFTP_ABANDONNE'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(SERVEUR.noms(DEPOT)).isEmpty();
    }

    @Test
    void aDossierSubmittedWhileTheCommuneWasInEmailModeIsNotPushed() {
        RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, SERVEUR);
        parametres.enregistrer(DonneesDeTest.NANTERRE, new fr.demarches.commune.FormulaireParametres(
                java.util.EnumSet.allOf(Procedure.class), ModeRaccordement.COURRIEL, "elections@mairie-nanterre.exemple.fr",
                null, null, null, null, null, false, false), RaccordementSftp.ADMIN);
        var numero = deposer();

        assertThat(donnees.jdbc().sql("SELECT count(*) FROM envoi_sftp").query(Long.class).single()).isZero();
        assertThat(teledossiers.remiseParSftp(numero)).isFalse();
    }

    private NumeroTeledossier deposer() {
        return RaccordementSftp.deposer(teledossiers, donnees, acteurs.usager(), DonneesDeTest.NANTERRE);
    }

    private Map<String, Object> ligne(NumeroTeledossier numero) {
        return donnees.jdbc().sql("SELECT statut, tentatives, derniere_erreur, nom_fichier FROM envoi_sftp WHERE numero = ?")
                .param(numero.valeur()).query().singleRow();
    }

    /** How long after the last attempt the next one is due. */
    private Duration prochaine(NumeroTeledossier numero) {
        var ligne = donnees.jdbc().sql("SELECT derniere_tentative, prochaine_tentative FROM envoi_sftp WHERE numero = ?")
                .param(numero.valeur()).query().singleRow();
        return Duration.between(((java.sql.Timestamp) ligne.get("derniere_tentative")).toInstant(),
                ((java.sql.Timestamp) ligne.get("prochaine_tentative")).toInstant());
    }

    private java.time.Instant deposeLe(NumeroTeledossier numero) {
        return donnees.jdbc().sql("SELECT depose_le FROM teledossier WHERE numero = ?").param(numero.valeur())
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private java.util.List<String> historique(NumeroTeledossier numero) {
        return donnees.jdbc().sql("SELECT h.type FROM teledossier_historique h JOIN teledossier t ON t.id = h.teledossier_id "
                + "WHERE t.numero = ? ORDER BY h.id").param(numero.valeur()).query(String.class).list();
    }

    private static Map<String, byte[]> entrees(byte[] zip) throws Exception {
        var entrees = new LinkedHashMap<String, byte[]>();
        try (var flux = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = flux.getNextEntry(); e != null; e = flux.getNextEntry()) {
                entrees.put(e.getName(), flux.readAllBytes());
            }
        }
        return entrees;
    }
}
