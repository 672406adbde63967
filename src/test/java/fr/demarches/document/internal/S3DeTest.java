package fr.demarches.document.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;

import fr.demarches.document.StockageContenus;
import fr.demarches.test.HorlogeReglable;
import fr.demarches.test.ServeurS3;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The S3 store as the application builds it with {@code app.documents.stockage: s3}, on the tests' S3 server,
 * beside the suite's own disk store: the one Spring context stays as it is, and the S3 path is exercised with the
 * same classes, the same database and the same transactions.
 */
public final class S3DeTest {

    public static final String COMPARTIMENT = "documents-test";
    public static final String PREFIXE = "documents/";

    private static StockageS3 stockage;

    private S3DeTest() {
    }

    /** The shared S3 store, its bucket emptied. */
    public static synchronized StockageContenus stockageVide(ApplicationContext contexte) {
        var serveur = ServeurS3.demarre();
        serveur.compartimentVide(COMPARTIMENT);
        if (stockage == null) {
            stockage = ConfigurationDocuments.stockageS3(proprietes(contexte.getBean(ProprietesDocuments.class)),
                    contexte.getBean(VerrousContenus.class));
        }
        return stockage;
    }

    /** The settings of the suite with {@code stockage: s3}, as an operator writes them for a self-hosted service. */
    static ProprietesDocuments proprietes(ProprietesDocuments p) {
        var s3 = new ProprietesDocuments.S3(ServeurS3.demarre().adresse(), null, COMPARTIMENT, PREFIXE, true, null,
                null, Duration.ofSeconds(5));
        return new ProprietesDocuments(p.dossier(), p.tailleMax(), p.tailleMaxDepotMairie(), p.quotaDocuments(),
                p.quotaEspace(), p.conservationDepotCommune(), p.delaiBalayage(), ProprietesDocuments.Stockage.S3, p.delaiFichiersTemporaires(), p.televersements(), s3,
                p.controle());
    }

    /** The nightly sweep over the S3 store; returns the number of contents removed. */
    public static IntSupplier balayage(ApplicationContext contexte, StockageContenus stockage) {
        var balayage = new BalayageContenus(stockage, contexte.getBean(VerrousContenus.class),
                contexte.getBean(JdbcClient.class), contexte.getBean(TransactionTemplate.class),
                contexte.getBean(ProprietesDocuments.class), contexte.getBean(HorlogeReglable.class),
                contexte.getBean(io.micrometer.core.instrument.MeterRegistry.class));
        return balayage::balayer;
    }

    /** The contents in the bucket (object names without the prefix). */
    public static List<String> contenus() {
        return ServeurS3.demarre().cles(COMPARTIMENT).stream().map(c -> c.substring(PREFIXE.length())).toList();
    }
}
