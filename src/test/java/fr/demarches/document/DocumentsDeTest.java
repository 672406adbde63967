package fr.demarches.document;

import java.time.Clock;

import fr.demarches.document.internal.ControleContenu;
import fr.demarches.document.internal.ProprietesDocuments;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The document service over another store than the suite's, built and initialised by the suite's own context:
 * the same post-processors make it transactional, as the {@code Documents} bean is.
 */
public final class DocumentsDeTest {

    private DocumentsDeTest() {
    }

    public static Documents sur(StockageContenus stockage, ApplicationContext contexte) {
        var documents = new Documents(contexte.getBean(JdbcClient.class), stockage,
                contexte.getBean(ProprietesDocuments.class), contexte.getBean(ControleContenu.class),
                contexte.getBean(fr.demarches.audit.JournalAudit.class),
                contexte.getBean(Clock.class));
        return (Documents) contexte.getAutowireCapableBeanFactory().initializeBean(documents,
                "documentsSur" + stockage.getClass().getSimpleName());
    }
}
