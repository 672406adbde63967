package fr.demarches.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class ConfigurationNotifications {

    @Bean
    static PublicationEnCours.Suivi suiviPublications() {
        return new PublicationEnCours.Suivi();
    }

    /** Finished publications deleted in groups: only when a finished publication is deleted, not kept. */
    @Bean
    @ConditionalOnProperty(name = "spring.modulith.events.completion-mode", havingValue = "delete")
    static FinsDePublication.Regroupement regroupementFinsDePublication(ObjectProvider<FinsDePublication> fins) {
        return new FinsDePublication.Regroupement(fins);
    }

    @Bean
    @ConditionalOnProperty(name = "spring.modulith.events.completion-mode", havingValue = "delete")
    FinsDePublication finsDePublication(JdbcClient jdbc, ProprietesNotifications proprietes) {
        return new FinsDePublication(jdbc, proprietes.finsDePublicationToutesLes());
    }
}
