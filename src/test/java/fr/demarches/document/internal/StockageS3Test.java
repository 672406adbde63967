package fr.demarches.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import fr.demarches.document.Fichiers;
import fr.demarches.document.StockageContenus;
import fr.demarches.document.StockageIndisponible;
import fr.demarches.test.ServeurS3;
import fr.demarches.test.TestIntegration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The contract of {@link ContratStockage} on an S3-compatible store (a real S3 API server, S3Proxy), plus what
 * only a remote store does: an outage, encryption at rest asked of the service, a missing bucket.
 */
@TestIntegration
class StockageS3Test extends ContratStockage {

    static final ServeurS3 SERVEUR = ServeurS3.demarre();

    @Autowired
    ApplicationContext contexte;

    @Override
    StockageContenus stockageVide() {
        return S3DeTest.stockageVide(contexte);
    }

    @Override
    List<String> contenus() {
        return S3DeTest.contenus();
    }

    @Test
    void theServerStoppingDuringAnUploadSavesNothingThenUploadsWorkAgain() throws IOException {
        byte[] octets = Fichiers.pdf(200_000);
        var panneEnCours = SERVEUR.fluxInterrompantLeServeur(octets);
        try {
            assertThatThrownBy(() -> transaction.executeWithoutResult(t -> ecrireIci(panneEnCours)))
                    .isInstanceOf(StockageIndisponible.class);
            assertThat(Fichiers.nombre(proprietes.dossier())).isZero();
        } finally {
            SERVEUR.demarrer();
        }
        assertThat(contenus()).isEmpty();

        var contenu = ecrire(octets);
        assertThat(contenus()).containsExactly(contenu.empreinte());
        assertThat(lire(contenu.empreinte())).isEqualTo(octets);
    }

    /**
     * S3Proxy's filesystem backend cannot encrypt, and answers 501 to a write asking for it rather than store the
     * bytes in clear: the setting reaches the service, and a service unable to honour it stores nothing. (A
     * service that encrypts answers with the algorithm used; S3Proxy cannot show that part.)
     */
    @Test
    void encryptionAtRestIsAskedOfTheServiceOnEachWriteWhenSet() {
        var s3 = S3DeTest.proprietes(proprietes).s3();
        var chiffre = new ProprietesDocuments.S3(s3.adresse(), s3.region(), s3.compartiment(), s3.prefixe(),
                s3.accesParChemin(), "AES256", null, s3.delai());
        byte[] octets = Fichiers.pdf(1_000);
        var enClair = stockage;
        try (var stockageChiffre = new StockageS3(ClientS3.creer(chiffre), chiffre, proprietes.dossier(), verrous)) {
            stockage = stockageChiffre;
            assertThatThrownBy(() -> ecrire(octets)).isInstanceOf(StockageIndisponible.class);
        }
        assertThat(contenus()).isEmpty();

        stockage = enClair;
        var contenu = ecrire(octets);
        assertThat(contenus()).containsExactly(contenu.empreinte());
    }

    @Test
    void anUnknownEncryptionSettingIsRefusedInFrench() {
        assertThatThrownBy(() -> ClientS3.chiffrement("ROT13"))
                .hasMessage("app.documents.s3.chiffrement : « ROT13 » inconnu ; valeurs admises : AES256, aws:kms, ou vide");
    }

    @Test
    void aMissingBucketStopsTheStartWithAFrenchMessage() {
        var p = S3DeTest.proprietes(proprietes);
        var s3 = p.s3();
        var absent = new ProprietesDocuments.S3(s3.adresse(), null, "compartiment-absent", s3.prefixe(), true, null,
                null, Duration.ofSeconds(5));
        try (var client = ClientS3.creer(absent)) {
            assertThatThrownBy(() -> ClientS3.verifierCompartiment(client, "compartiment-absent"))
                    .hasMessage("Le compartiment S3 « compartiment-absent » n'existe pas : créez-le (avec son "
                            + "chiffrement par défaut) ou corrigez app.documents.s3.compartiment");
        }
    }
}
