package fr.demarches.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.support.CompletionMode;

@Configuration(proxyBeanMethods = false)
class ConfigurationNotifications {

    @Bean
    static PublicationEnCours.Suivi suiviPublications() {
        return new PublicationEnCours.Suivi();
    }

    /** Finished publications deleted in groups, when a finished publication is deleted (not kept). */
    @Bean
    static FinsDePublication.Regroupement regroupementFinsDePublication(ObjectProvider<FinsDePublication> fins) {
        return new FinsDePublication.Regroupement(fins);
    }

    @Bean
    FinsDePublication finsDePublication(JdbcClient jdbc, ProprietesNotifications proprietes, Environment environnement) {
        // The mode as Modulith itself reads it.
        return new FinsDePublication(jdbc, proprietes.finsDePublicationToutesLes(),
                CompletionMode.from(environnement) == CompletionMode.DELETE);
    }
}
