package fr.demarches.echange;

import static fr.demarches.echange.RaccordementSftp.DEPOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Raccordements;
import fr.demarches.echange.internal.ClientSftp;
import fr.demarches.echange.internal.EnvoisSftp;
import fr.demarches.echange.internal.ErreurSftp;
import fr.demarches.echange.internal.EssaiConnexion;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.test.DonneesDeTest;
import fr.demarches.test.ServeurSftp;
import fr.demarches.test.ServeurSftp.CleClient;
import fr.demarches.test.ServeurSftp.CleHote;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The key types of today's servers, against real sFTP servers that have only an Ed25519 host key, only an RSA one,
 * all three, or only SHA-1 RSA signatures; and the client keys a commune gives (Ed25519, RSA, ECDSA in OpenSSH
 * form), including those the platform cannot use.
 */
@TestIntegration
class AlgorithmesSftpTest {

    @Autowired
    ClientSftp client;

    @Autowired
    EnvoisSftp envois;

    @Autowired
    EssaiConnexion essai;

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
    void acteurs() {
        acteurs = donnees.acteurs();
    }

    @Test
    void aServerWithOnlyAnEd25519HostKeyIsReadAndReceivesTheDossier() throws Exception {
        var serveur = ServeurSftp.demarre(CleHote.ED25519);

        var cle = client.releverCle("127.0.0.1", serveur.port());

        assertThat(cle.type()).isEqualTo("ssh-ed25519");
        assertThat(cle.empreinte()).isEqualTo(serveur.empreinte(CleHote.ED25519));
        deposeSur(serveur, serveur.empreinte(CleHote.ED25519), ServeurSftp.MOT_DE_PASSE);
    }

    @Test
    void aServerWithOnlyAnRsaHostKeyIsReadAndReceivesTheDossier() throws Exception {
        var serveur = ServeurSftp.demarre(CleHote.RSA);

        var cle = client.releverCle("127.0.0.1", serveur.port());

        assertThat(cle.type()).isEqualTo("ssh-rsa");
        assertThat(cle.empreinte()).isEqualTo(serveur.empreinte(CleHote.RSA));
        deposeSur(serveur, serveur.empreinte(CleHote.RSA), ServeurSftp.MOT_DE_PASSE);
    }

    @Test
    void ed25519IsNegotiatedWhenTheServerOffersItSoTheCommunesEd25519FingerprintIsTheOneChecked() throws Exception {
        var serveur = ServeurSftp.demarre(CleHote.ECDSA, CleHote.RSA, CleHote.ED25519);

        assertThat(client.releverCle("127.0.0.1", serveur.port()).empreinte())
                .isEqualTo(serveur.empreinte(CleHote.ED25519));
        deposeSur(serveur, serveur.empreinte(CleHote.ED25519), ServeurSftp.MOT_DE_PASSE);

        // The ECDSA fingerprint of the same server is not the one negotiated: the error says which one is.
        RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, serveur.port(), ServeurSftp.MOT_DE_PASSE,
                serveur.empreinte(CleHote.ECDSA));
        assertThatThrownBy(() -> essai.essayer(raccordements.connexionSftp(DonneesDeTest.NANTERRE).orElseThrow()))
                .isInstanceOf(ErreurSftp.CleHoteRefusee.class)
                .hasMessageContaining("présente la clé ssh-ed25519 " + serveur.empreinte(CleHote.ED25519))
                .hasMessageContaining("négocie, dans cet ordre, ssh-ed25519, ecdsa-sha2-nistp256");
    }

    @Test
    void aServerWhoseOnlyHostKeyTypeIsRefusedNamesTheCauseInsteadOfWaiting() {
        var serveur = ServeurSftp.demarre(CleHote.RSA_SHA1);

        long debut = System.nanoTime();
        assertThatThrownBy(() -> client.releverCle("127.0.0.1", serveur.port()))
                .isInstanceOf(ErreurSftp.class)
                .hasMessageStartingWith("Aucun type de clé d'hôte commun : le serveur ne propose que « ssh-rsa »")
                .hasMessageContaining("la plateforme accepte " + ClientSftp.typesDeCleHote());
        assertThat(System.nanoTime() - debut).isLessThan(4_000_000_000L);

        RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, serveur.port(), ServeurSftp.MOT_DE_PASSE,
                serveur.empreinte(CleHote.RSA_SHA1));
        assertThatThrownBy(() -> essai.essayer(raccordements.connexionSftp(DonneesDeTest.NANTERRE).orElseThrow()))
                .hasMessageStartingWith("Aucun type de clé d'hôte commun");
    }

    @Test
    void ed25519RsaAndEcdsaClientKeysInOpenSshFormAuthenticate() throws Exception {
        var serveur = ServeurSftp.demarre(CleHote.ED25519);
        serveur.vider(DEPOT);
        for (CleClient type : CleClient.values()) {
            String cle = ServeurSftp.clePriveeClient(type, null);
            assertThat(cle).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
            RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, serveur.port(), cle,
                    serveur.empreinte(CleHote.ED25519));

            assertThat(essai.essayer(raccordements.connexionSftp(DonneesDeTest.NANTERRE).orElseThrow()))
                    .as(type.name()).first().asString().contains("authentification acceptée (clé privée)");
        }
    }

    @Test
    void aClientKeyTheServerCannotUseIsNamedForWhatItIs() {
        var serveur = ServeurSftp.demarre(CleHote.ED25519);

        assertThat(refus(serveur, ServeurSftp.clePriveeClient(CleClient.ED25519, "phrase secrète")))
                .startsWith("La clé privée enregistrée est protégée par une phrase de passe");
        assertThat(refus(serveur, """
                PuTTY-User-Key-File-3: ssh-ed25519
                Encryption: none
                Comment: plateforme
                Public-Lines: 2
                AAAAC3NzaC1lZDI1NTE5AAAAIBg4fZ5fTbVzrj1dDdNbbHcTNsi7Bz0aAYb6nOzg
                """)).contains("n'est pas dans un format accepté").contains("puttygen");
        assertThat(refus(serveur, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
                + "-----END OPENSSH PRIVATE KEY-----")).startsWith("La clé privée enregistrée est illisible");
    }

    /** Nanterre in sFTP mode on {@code serveur}: a new dossier lands there, through its temporary name. */
    private void deposeSur(ServeurSftp serveur, String empreinte, String secret) throws Exception {
        serveur.vider(DEPOT);
        RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, serveur.port(), secret, empreinte);
        var numero = RaccordementSftp.deposer(teledossiers, donnees, acteurs.usager(), DonneesDeTest.NANTERRE);

        assertThat(envois.envoyer()).isEqualTo(1);

        assertThat(serveur.noms(DEPOT)).containsExactly(numero + ".zip");
    }

    private String refus(ServeurSftp serveur, String cle) {
        RaccordementSftp.raccorder(parametres, DonneesDeTest.NANTERRE, serveur.port(), cle,
                serveur.empreinte(CleHote.ED25519));
        try {
            essai.essayer(raccordements.connexionSftp(DonneesDeTest.NANTERRE).orElseThrow());
        } catch (ErreurSftp e) {
            assertThat(e).isInstanceOf(ErreurSftp.CleIllisible.class);
            return e.getMessage();
        }
        throw new AssertionError("Clé acceptée : " + cle.lines().findFirst().orElse(""));
    }
}
