package fr.demarches.document.internal;

import fr.demarches.document.StockageContenus;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local-disk store unless another {@link StockageContenus} (e.g. S3) is declared. */
@Configuration(proxyBeanMethods = false)
class ConfigurationDocuments {

    @Bean
    @ConditionalOnMissingBean(StockageContenus.class)
    StockageContenus stockageFichiers(ProprietesDocuments proprietes) {
        return new StockageFichiers(proprietes.dossier());
    }
}
