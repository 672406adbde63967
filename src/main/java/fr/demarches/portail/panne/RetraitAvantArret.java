package fr.demarches.portail.panne;

import java.time.Duration;

import fr.demarches.portail.internal.ProprietesPortail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM, readiness turns DOWN first (Spring Boot publishes REFUSING_TRAFFIC as the context starts closing, and
 * the management port closes), then this waits {@code app.portail.indisponibilite.retrait-avant-arret} before the
 * web server stops taking requests: long enough for the load balancer to notice and send nothing more. Without it the
 * server stopped within a second, while the balancer still sent it requests; the responses to those carried
 * {@code Connection: close}, and a client reusing that connection for a form lost its submission (the two-instance
 * scenario, bench/deux-instances). Runs before the graceful shutdown of the web server (a higher phase stops first).
 */
@Component
class RetraitAvantArret implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RetraitAvantArret.class);

    /** Above the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}). */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 512;

    private final Duration delai;
    private volatile boolean actif;

    RetraitAvantArret(ProprietesPortail proprietes) {
        this.delai = proprietes.indisponibilite().retraitAvantArret();
    }

    @Override
    public void start() {
        actif = true;
    }

    @Override
    public void stop() {
        actif = false;
        if (delai.isZero()) {
            return;
        }
        LOG.info("Arrêt demandé : l'instance n'est plus disponible, le serveur web s'arrête dans {} s", delai.toSeconds());
        try {
            Thread.sleep(delai);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return actif;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
