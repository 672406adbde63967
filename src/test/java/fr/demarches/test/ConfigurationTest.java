package fr.demarches.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

@TestConfiguration(proxyBeanMethods = false)
public class ConfigurationTest {

    /**
     * A real SMTP server on a free port, started before the mail sender is configured. The port is chosen once,
     * not left to the server, so that a test can stop and restart it (an SMTP outage) on the same port.
     */
    @Bean(destroyMethod = "stop")
    GreenMail serveurCourriel() throws java.io.IOException {
        int port;
        try (var libre = new java.net.ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        var serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        serveur.start();
        return serveur;
    }

    @Bean
    DynamicPropertyRegistrar portSmtp(GreenMail serveurCourriel) {
        return registre -> registre.add("spring.mail.port", () -> serveurCourriel.getSmtp().getPort());
    }

    /**
     * A real OpenID provider shaped like FranceConnect (signed ID tokens and userinfo, JWKS, acr eidas1/eidas3) on a
     * free local port, started once with the context; the application's FranceConnect issuer points at it.
     */
    @Bean(destroyMethod = "close")
    fr.demarches.demo.FournisseurIdentiteLocal fournisseurIdentite() {
        return fr.demarches.demo.FournisseurIdentiteLocal.demarrer(0,
                fr.demarches.demo.FournisseurIdentiteLocal.IDENTITES_DEMO);
    }

    @Bean
    DynamicPropertyRegistrar emetteurFranceConnect(fr.demarches.demo.FournisseurIdentiteLocal fournisseurIdentite) {
        return registre -> registre.add("spring.security.oauth2.client.provider.franceconnect.issuer-uri",
                fournisseurIdentite::emetteur);
    }

    /** Each test run starts from an empty schema, whatever an earlier run or branch left in the database. */
    @Bean
    FlywayMigrationStrategy schemaNeuf() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    /** Every statement goes through a counter, so that a test can check a page's statements (N+1 guard). */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor compteurRequetes() {
        return CompteurRequetes.enveloppe();
    }

    @Bean
    @Primary
    HorlogeReglable horlogeDeTest() {
        return new HorlogeReglable();
    }

    @Bean
    DonneesDeTest donneesDeTest(org.springframework.jdbc.core.simple.JdbcClient jdbc,
            fr.demarches.compte.Comptes comptes, fr.demarches.commune.Raccordements raccordements,
            HorlogeReglable horloge, GreenMail serveurCourriel, fr.demarches.commune.Referentiel referentiel,
            org.springframework.transaction.PlatformTransactionManager transactions,
            fr.demarches.shared.AvisDeChangement avis) {
        return new DonneesDeTest(jdbc, comptes, raccordements, horloge, serveurCourriel, referentiel, transactions,
                avis);
    }
}
