package fr.demarches.portail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The defaults come from application.yml, and the older names of these settings still win over them. */
class ProprietesPortailTest {

    @Test
    void theDefaultsAreThoseOfApplicationYml() throws Exception {
        var proprietes = lier(Map.of(), Map.of());
        assertThat(proprietes.urlPublique()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(proprietes.indisponibilite().reessayerApres()).isEqualTo(Duration.ofSeconds(30));
        assertThat(proprietes.securite().secondFacteur()).isTrue();
        assertThat(proprietes.securite().connexion()).isEqualTo(new ProprietesPortail.ReglesConnexion(5, 30,
                Duration.ofMinutes(15), Duration.ofMinutes(15)));
    }

    @Test
    void theOlderNamesKeepWorking() throws Exception {
        var proprietes = lier(Map.of("demarches.securite.second-facteur", "false",
                "app.connexion.echecs-par-compte", "9", "app.connexion.blocage", "1h"), Map.of());
        assertThat(proprietes.securite().secondFacteur()).isFalse();
        assertThat(proprietes.securite().connexion().echecsParCompte()).isEqualTo(9);
        assertThat(proprietes.securite().connexion().blocage()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theDocumentedEnvironmentVariablesKeepWorking() throws Exception {
        var proprietes = lier(Map.of(), Map.of("APP_URL_PUBLIQUE", "https://demarches.example.fr",
                "APP_SECURITE_SECOND_FACTEUR", "false", "APP_SECURITE_CONNEXION_ECHECS_PAR_IP", "12",
                "APP_PORTAIL_INDISPONIBILITE_REESSAYER_APRES", "2m"));
        assertThat(proprietes.adressePublique("/connexion")).isEqualTo("https://demarches.example.fr/connexion");
        assertThat(proprietes.securite().secondFacteur()).isFalse();
        assertThat(proprietes.securite().connexion().echecsParIp()).isEqualTo(12);
        assertThat(proprietes.indisponibilite().reessayerApres()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void theNewNamesWinOverTheOlderOnes() throws Exception {
        var proprietes = lier(Map.of("app.connexion.echecs-par-compte", "9", "app.securite.connexion.echecs-par-compte",
                "6", "app.portail.securite.connexion.echecs-par-compte", "3"), Map.of());
        assertThat(proprietes.securite().connexion().echecsParCompte()).isEqualTo(3);
    }

    private static ProprietesPortail lier(Map<String, Object> reglages, Map<String, Object> variables)
            throws Exception {
        var environnement = new StandardEnvironment();
        environnement.getPropertySources().addFirst(new MapPropertySource("reglages", reglages));
        // In place of the real environment, so that the machine's variables do not leak in.
        environnement.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environnement.getPropertySources()::addLast);
        return Binder.get(environnement).bind("app.portail", ProprietesPortail.class).get();
    }
}
