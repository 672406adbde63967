package fr.demarches.notification.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The mails still to send, read from the event publication registry at each scrape: a mail is owed as long as the
 * publication of its listener is incomplete. {@code demarches_courriels_en_attente} (published or being sent) and
 * {@code demarches_courriels_en_echec} (failed, typically an SMTP outage; retried by {@link RelanceNotifications}).
 * An SMTP outage shows here, not in readiness: the instance keeps serving and the mails leave when SMTP is back.
 * Only this module's listeners count (their ids, read from their annotations), not the sFTP queue's. The figures are
 * the database's, the same on every instance.
 */
@Component
class MesuresCourriels implements MeterBinder {

    private final JdbcClient jdbc;
    private final List<String> ecouteurs;

    MesuresCourriels(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.ecouteurs = ecouteursDuModule();
    }

    @Override
    public void bindTo(MeterRegistry registre) {
        Gauge.builder("demarches.courriels.en.attente", () -> compter(false))
                .description("Courriels dus, pas encore envoyés (publications d'événements en cours)").register(registre);
        Gauge.builder("demarches.courriels.en.echec", () -> compter(true))
                .description("Courriels dont l'envoi a échoué, en attente de relance").register(registre);
    }

    private long compter(boolean echec) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND listener_id IN (:ecouteurs) AND (coalesce(status, '') = 'FAILED') = :echec")
                .param("ecouteurs", ecouteurs).param("echec", echec).query(Long.class).single();
    }

    /** The ids of the {@code @ApplicationModuleListener}s of this package, as the registry stores them. */
    static List<String> ecouteursDuModule() {
        var recherche = new ClassPathScanningCandidateComponentProvider(true);
        String paquet = ClassUtils.getPackageName(MesuresCourriels.class);
        return recherche.findCandidateComponents(paquet).stream()
                .map(d -> ClassUtils.resolveClassName(Objects.requireNonNull(d.getBeanClassName()),
                        MesuresCourriels.class.getClassLoader()))
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .map(m -> AnnotatedElementUtils.findMergedAnnotation(m, ApplicationModuleListener.class))
                .filter(Objects::nonNull).map(ApplicationModuleListener::id).filter(id -> !id.isEmpty())
                .distinct().sorted().toList();
    }
}
