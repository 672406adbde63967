package fr.demarches.demo;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Under the {@code demo} profile only: the local identity provider standing in for FranceConnect, on the port of
 * the issuer that application-demo.yml names, so that the FranceConnect sign-in works on a machine without
 * internet. Not started when the issuer is not local (someone pointed the demo at a real provider).
 */
@Component
@Profile("demo")
class FournisseurIdentiteDemo implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(FournisseurIdentiteDemo.class);
    static final String EMETTEUR = "spring.security.oauth2.client.provider.franceconnect.issuer-uri";

    private final Environment environnement;
    private FournisseurIdentiteLocal fournisseur;

    FournisseurIdentiteDemo(Environment environnement) {
        this.environnement = environnement;
    }

    @Override
    public synchronized void start() {
        String emetteur = environnement.getProperty(EMETTEUR);
        if (emetteur == null || !"localhost".equals(URI.create(emetteur).getHost())) {
            return;
        }
        fournisseur = FournisseurIdentiteLocal.demarrer(URI.create(emetteur).getPort(),
                FournisseurIdentiteLocal.IDENTITES_DEMO);
        fournisseur.autoriserApplication(environnement.getProperty("app.url-publique", "http://localhost:8080"));
        fournisseur.autoriserApplication("http://localhost:" + environnement.getProperty("server.port", "8080"));
        LOG.info("Profil demo : fournisseur d'identité local (à la place de FranceConnect) sur {}", fournisseur.emetteur());
    }

    @Override
    public synchronized void stop() {
        if (fournisseur != null) {
            fournisseur.close();
            fournisseur = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return fournisseur != null;
    }
}
