package fr.demarches.echange;

import static fr.demarches.echange.FluxRetourTest.RETOUR;
import static fr.demarches.echange.FluxRetourTest.depot;
import static fr.demarches.echange.FluxRetourTest.flux;
import static fr.demarches.echange.FluxRetourTest.statut;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;

import fr.demarches.commune.ParametresCommune;
import fr.demarches.document.Fichiers;
import fr.demarches.echange.internal.FluxRetour;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.ServeurSftp;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No file in a commune's retour/ can stop its flux retour: each odd one ends in erreurs/ with a French explanation,
 * or, when the server will not even move it, is reported by name; the commune's other files are applied in the
 * same reading. Against the real sFTP server.
 */
@TestIntegration
class FluxRetourFichiersPiegesTest {

    static final ServeurSftp SERVEUR = ServeurSftp.demarre();

    @Autowired
    FluxRetour fluxRetour;

    @Autowired
    Teledossiers teledossiers;

    @Autowired
    ParametresCommune parametres;

    @Autowired
    DonneesDeTest donnees;

    DonneesDeTest.Acteurs acteurs;
    NumeroTeledossier numero;

    @BeforeEach
    void raccorderEnSftp() throws Exception {
        acteurs = RaccordementSftp.preparer(donnees, parametres, SERVEUR, RETOUR);
        numero = RaccordementSftp.deposer(teledossiers, donnees, acteurs.usager(), DonneesDeTest.NANTERRE);
    }

    @Test
    void namesTooLongToClaimAreFiledInErrorsWithTheirReasonAndTheOtherFilesAreApplied() throws Exception {
        String nom242 = "a".repeat(238) + ".xml";
        String nom255 = "b".repeat(251) + ".xml";
        deposer(nom242, flux("evt-long", numero, statut("REFUSED", null)));
        deposer(nom255, flux("evt-tres-long", numero, statut("REFUSED", null)));
        deposer("statut.xml", flux("evt-1", numero, statut("IN_PROGRESS", null)));

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(1, 0, 2));

        assertThat(etat()).isEqualTo("EN_COURS");
        assertThat(SERVEUR.noms(RETOUR + "/erreurs")).contains(nom242, nom255);
        for (String nom : List.of(nom242, nom255)) {
            String explication = explication(nom);
            assertThat(explication).contains("Fichier : " + nom)
                    .contains("Le nom du fichier fait " + nom.length() + " octets : la plateforme ne lit que les "
                            + "noms de 200 octets au plus");
        }
        assertThat(SERVEUR.noms(RETOUR)).isEmpty();
        assertReleveReussie();
        // And the next reading finds nothing left to stumble on.
        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(0, 0, 0));
    }

    @Test
    void anAttachmentNamingAFolderIsRefusedAndTheFolderStaysWhereItIs() throws Exception {
        deposer("a-dossier.xml", flux("evt-1", numero, depot("attestation.pdf", "<FichierJoint>en-cours</FichierJoint>")));
        deposer("b-statut.xml", flux("evt-2", numero, statut("IN_PROGRESS", null)));

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(1, 0, 1));

        assertThat(explication("a-dossier.xml")).contains("Le fichier joint « en-cours » est un dossier, pas un "
                + "fichier");
        assertThat(SERVEUR.fichier(RETOUR + "/en-cours")).isDirectory();
        assertThat(SERVEUR.noms(RETOUR + "/en-cours")).isEmpty();
        assertThat(SERVEUR.noms(RETOUR + "/traites")).containsExactly("b-statut.xml");
        assertReleveReussie();
        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(0, 0, 0));
        assertReleveReussie();
    }

    @Test
    void anAttachmentNamingAnotherXmlFileIsRefusedAndThatFileIsAppliedOnItsOwn() throws Exception {
        deposer("a-joint-xml.xml", flux("evt-1", numero, depot("attestation.pdf",
                "<FichierJoint>b-statut.xml</FichierJoint>")));
        deposer("b-statut.xml", flux("evt-2", numero, statut("IN_PROGRESS", "Pris en charge.")));

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(1, 0, 1));

        assertThat(explication("a-joint-xml.xml")).contains("Le fichier joint « b-statut.xml » est un fichier XML");
        assertThat(SERVEUR.noms(RETOUR + "/erreurs")).containsExactly("a-joint-xml.xml", "a-joint-xml.xml.erreur.txt");
        assertThat(SERVEUR.noms(RETOUR + "/traites")).containsExactly("b-statut.xml");
        assertThat(etat()).isEqualTo("EN_COURS");
    }

    @Test
    void anAttachmentTheServerWillNotOpenIsRefusedAndFiledWithItsXmlFile() throws Exception {
        Files.write(SERVEUR.fichier(RETOUR + "/piece-verrouillee.pdf"), Fichiers.pdf(2_000));
        SERVEUR.refuserLecture("piece-verrouillee.pdf");
        deposer("joint.xml", flux("evt-1", numero, depot("attestation.pdf",
                "<FichierJoint>piece-verrouillee.pdf</FichierJoint>")));

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(0, 0, 1));

        assertThat(explication("joint.xml")).contains("Le fichier joint « piece-verrouillee.pdf » n'a pas pu être lu "
                + "sur le serveur");
        assertThat(SERVEUR.noms(RETOUR + "/erreurs")).contains("piece-verrouillee.pdf");
        assertReleveReussie();
    }

    @Test
    void aFileTheServerWillNotOpenIsRefusedWithTheReason() throws Exception {
        SERVEUR.refuserLecture("verrouille.xml");
        deposer("verrouille.xml", flux("evt-1", numero, statut("IN_PROGRESS", null)));
        deposer("statut.xml", flux("evt-2", numero, statut("ADD_AWAITING", null)));

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(1, 0, 1));

        assertThat(explication("verrouille.xml")).contains("Le serveur a refusé la lecture du fichier");
        assertThat(etat()).isEqualTo("ATTENTE_ELEMENTS");
        assertReleveReussie();
    }

    @Test
    void aFileTheServerWillNotMoveIsReportedByNameOnceAndTheOthersAreApplied() throws Exception {
        SERVEUR.refuserDeplacement("inamovible.xml");
        deposer("inamovible.xml", flux("evt-1", numero, statut("REFUSED", null)));
        deposer("statut.xml", flux("evt-2", numero, statut("IN_PROGRESS", null)));

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(1, 0, 0));

        assertThat(etat()).isEqualTo("EN_COURS");
        assertThat(SERVEUR.noms(RETOUR)).containsExactly("inamovible.xml");
        assertThat(SERVEUR.noms(RETOUR + "/erreurs")).isEmpty();
        assertThat(anomalies()).containsOnlyKeys("inamovible.xml");
        assertThat(anomalies().get("inamovible.xml")).startsWith("Ni pris en charge ni rangé dans erreurs/");
        assertReleveReussie();

        // Reported again at each reading while it is there, journaled once.
        fluxRetour.relever(DonneesDeTest.NANTERRE);
        assertThat(anomalies()).containsOnlyKeys("inamovible.xml");
        assertThat(journal("FLUX_RETOUR_FICHIER_NON_LU")).isEqualTo(1);
        assertThat(journal("FLUX_RETOUR_REJETE")).isZero();

        Files.delete(SERVEUR.fichier(RETOUR + "/inamovible.xml"));
        fluxRetour.relever(DonneesDeTest.NANTERRE);
        assertThat(anomalies()).isEmpty();
    }

    @Test
    void foldersLinksAndForgottenFilesInRetourAreReportedNotIgnored() throws Exception {
        Files.createDirectories(SERVEUR.fichier(RETOUR + "/sous-dossier.xml"));
        Files.writeString(SERVEUR.fichier(RETOUR + "/../cible.xml"), flux("evt-9", numero, statut("REFUSED", null)));
        Files.createSymbolicLink(SERVEUR.fichier(RETOUR + "/lien.xml"), SERVEUR.fichier(RETOUR + "/../cible.xml"));
        Files.write(SERVEUR.fichier(RETOUR + "/oublie.pdf"), Fichiers.pdf(1_000));
        Files.setLastModifiedTime(SERVEUR.fichier(RETOUR + "/oublie.pdf"),
                FileTime.from(donnees.horloge().instant().minus(Duration.ofHours(1))));
        Files.write(SERVEUR.fichier(RETOUR + "/recent.pdf"), Fichiers.pdf(1_000));
        Files.setLastModifiedTime(SERVEUR.fichier(RETOUR + "/recent.pdf"),
                FileTime.from(donnees.horloge().instant()));
        deposer("statut.xml", flux("evt-1", numero, statut("IN_PROGRESS", null)));

        assertThat(fluxRetour.relever(DonneesDeTest.NANTERRE)).isEqualTo(new FluxRetour.Bilan(1, 0, 0));

        var anomalies = anomalies();
        assertThat(anomalies).containsOnlyKeys("sous-dossier.xml", "lien.xml", "oublie.pdf");
        assertThat(anomalies.get("sous-dossier.xml")).startsWith("« sous-dossier.xml » est un dossier");
        assertThat(anomalies.get("lien.xml")).startsWith("« lien.xml » est un lien symbolique")
                .contains("ne suit pas les liens");
        assertThat(anomalies.get("oublie.pdf")).startsWith("Fichier non XML présent depuis plus de 15 min");
        assertThat(journal("FLUX_RETOUR_FICHIER_NON_LU")).isEqualTo(3);
        // The link was not followed: the file it points to was not applied.
        assertThat(etat()).isEqualTo("EN_COURS");
        assertReleveReussie();
    }

    private void deposer(String nom, String contenu) throws Exception {
        Files.writeString(SERVEUR.fichier(RETOUR + "/" + nom), contenu, StandardCharsets.UTF_8);
    }

    /** The explanation next to a refused file, whatever its name was cut to. */
    private String explication(String nom) throws Exception {
        return Files.readString(SERVEUR.fichier(RETOUR + "/erreurs/" + nomExplication(nom)), StandardCharsets.UTF_8);
    }

    private static String nomExplication(String nom) {
        String explication = nom + ".erreur.txt";
        // ".<name>.part" while written must fit in 255 bytes: the name is cut before the suffix when needed.
        return explication.length() + 6 <= 255 ? explication : nom.substring(0, 255 - 6 - 11) + ".erreur.txt";
    }

    private java.util.Map<String, String> anomalies() {
        var anomalies = new java.util.LinkedHashMap<String, String>();
        donnees.jdbc().sql("SELECT nom, motif FROM flux_retour_anomalie ORDER BY nom")
                .query((rs, n) -> anomalies.put(rs.getString(1), rs.getString(2))).list();
        return anomalies;
    }

    private long journal(String action) {
        return donnees.jdbc().sql("SELECT count(*) FROM journal_audit WHERE action = ?").param(action)
                .query(Long.class).single();
    }

    private String etat() {
        return donnees.jdbc().sql("SELECT etat FROM teledossier WHERE numero = ?").param(numero.valeur())
                .query(String.class).single();
    }

    private void assertReleveReussie() {
        var etat = donnees.jdbc().sql("SELECT derniere_releve_le, derniere_erreur_releve FROM echange_sftp_commune")
                .query().singleRow();
        assertThat(etat.get("derniere_releve_le")).isNotNull();
        assertThat(etat.get("derniere_erreur_releve")).isNull();
    }
}
