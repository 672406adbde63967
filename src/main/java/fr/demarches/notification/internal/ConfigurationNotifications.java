package fr.demarches.notification.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConfigurationNotifications {

    @Bean
    static PublicationEnCours.Suivi suiviPublications() {
        return new PublicationEnCours.Suivi();
    }
}
