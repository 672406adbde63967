package fr.demarches.portail.securite;

import java.time.Clock;

import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.IdentitesExternes;
import fr.demarches.portail.internal.ProprietesPortail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/** The OpenID Connect client of the citizens' portal (FranceConnect), configured by the standard properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class ConfigurationFranceConnect {

    @Bean
    FournisseursOidc clientRegistrationRepository(OAuth2ClientProperties proprietes) {
        return new FournisseursOidc(proprietes);
    }

    /** The tokens stay in the session (shared by the instances), never in one instance's memory. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    InformationsUtilisateur informationsUtilisateur(JsonMapper json) {
        var usine = new org.springframework.http.client.SimpleClientHttpRequestFactory();
        usine.setConnectTimeout(java.time.Duration.ofSeconds(5));
        usine.setReadTimeout(java.time.Duration.ofSeconds(10));
        return new InformationsUtilisateur(RestClient.builder().requestFactory(usine).build(), json);
    }

    @Bean
    FranceConnect franceConnect(FournisseursOidc fournisseurs, IdentitesExternes identites, JournalAudit journal,
            ProprietesPortail proprietes, Clock horloge) {
        return new FranceConnect(fournisseurs, identites, journal, proprietes, horloge);
    }
}
