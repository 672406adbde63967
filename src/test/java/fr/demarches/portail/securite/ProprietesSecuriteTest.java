package fr.demarches.portail.securite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The defaults come from application.yml, and the older names of these settings still win over them. */
class ProprietesSecuriteTest {

    @Test
    void theDefaultsAreThoseOfApplicationYml() throws Exception {
        var proprietes = lier(Map.of());
        assertThat(proprietes.secondFacteur()).isTrue();
        assertThat(proprietes.connexion()).isEqualTo(new ReglesConnexion(5, 30, Duration.ofMinutes(15),
                Duration.ofMinutes(15)));
    }

    @Test
    void theOlderNamesKeepWorking() throws Exception {
        var proprietes = lier(Map.of("demarches.securite.second-facteur", "false",
                "app.connexion.echecs-par-compte", "9", "app.connexion.blocage", "1h"));
        assertThat(proprietes.secondFacteur()).isFalse();
        assertThat(proprietes.connexion().echecsParCompte()).isEqualTo(9);
        assertThat(proprietes.connexion().blocage()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theNewNamesWinOverTheOlderOnes() throws Exception {
        var proprietes = lier(Map.of("app.connexion.echecs-par-compte", "9", "app.securite.connexion.echecs-par-compte",
                "3"));
        assertThat(proprietes.connexion().echecsParCompte()).isEqualTo(3);
    }

    private static ProprietesSecurite lier(Map<String, Object> reglages) throws Exception {
        var environnement = new StandardEnvironment();
        environnement.getPropertySources().addFirst(new MapPropertySource("reglages", reglages));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environnement.getPropertySources()::addLast);
        return Binder.get(environnement).bind("app.securite", ProprietesSecurite.class).get();
    }
}
