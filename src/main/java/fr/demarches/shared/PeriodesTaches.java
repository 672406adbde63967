package fr.demarches.shared;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EmbeddedValueResolverAware;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.format.annotation.DurationFormat;
import org.springframework.format.datetime.standard.DurationFormatterUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.StringValueResolver;

/**
 * How long each scheduled job keeps its lock, read from its own {@code @Scheduled} trigger. ShedLock alone only
 * keeps two instances from running a job at the same time: a job done in milliseconds frees its lock before the
 * other instance's tick asks for it, and both run it one after the other. So a job keeps its lock for half its
 * period ({@link #auMoins}), whatever the cron says (nightly in production, every few seconds in a test), with no
 * second setting to keep in step; its {@code lockAtMostFor} (how long a run may last before another instance
 * takes over, on the annotation) is raised to that if shorter.
 */
final class PeriodesTaches implements BeanPostProcessor, EmbeddedValueResolverAware {

    /** Ticks looked at to find a cron's shortest gap (a daily cron crosses no more than one DST change in them). */
    private static final int TICKS_EXAMINES = 20;

    private final Map<String, Duration> periodes = new ConcurrentHashMap<>();
    private StringValueResolver resolveur;

    /**
     * The lock outlives the run for half the shortest gap between two ticks: the widest margin on both sides. Another
     * instance whose tick comes up to half a period later (clock drift, load) still finds it taken; the holder finds
     * it free at its next tick; and two instances ticking at fixed delays with any offset settle on one run per period.
     */
    static Duration auMoins(Duration periode) {
        return periode.dividedBy(2);
    }

    /** The job's lock configuration with its timings from its period; an unknown job keeps its own. */
    LockConfiguration ajuster(LockConfiguration demandee) {
        Duration periode = periodes.get(demandee.getName());
        if (periode == null) {
            return demandee;
        }
        Duration auMoins = auMoins(periode);
        Duration auPlus = demandee.getLockAtMostFor().compareTo(auMoins) < 0 ? auMoins : demandee.getLockAtMostFor();
        return new LockConfiguration(demandee.getLockAtMostUntil().minus(demandee.getLockAtMostFor()),
                demandee.getName(), auPlus, auMoins);
    }

    /** The period of every locked job found so far, by lock name. */
    Map<String, Duration> periodes() {
        return Map.copyOf(periodes);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String nom) {
        Class<?> classe = AopUtils.getTargetClass(bean);
        if (AnnotationUtils.isCandidateClass(classe, SchedulerLock.class)) {
            ReflectionUtils.doWithMethods(classe, this::noter, m -> m.isAnnotationPresent(SchedulerLock.class));
        }
        return bean;
    }

    @Override
    public void setEmbeddedValueResolver(StringValueResolver resolveur) {
        this.resolveur = resolveur;
    }

    private void noter(Method methode) {
        var verrou = AnnotatedElementUtils.findMergedAnnotation(methode, SchedulerLock.class);
        for (Scheduled planification : AnnotatedElementUtils.getMergedRepeatableAnnotations(methode, Scheduled.class)) {
            Duration periode = periode(planification);
            if (periode != null) {
                periodes.merge(resoudre(verrou.name()), periode, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
    }

    /** The shortest time between two ticks, as Spring's scheduler reads the same attributes; null if disabled. */
    private Duration periode(Scheduled s) {
        String cron = resoudre(s.cron());
        if (StringUtils.hasText(cron)) {
            return Scheduled.CRON_DISABLED.equals(cron) ? null
                    : plusCourtIntervalle(CronExpression.parse(cron),
                            StringUtils.hasText(s.zone()) ? ZoneId.of(resoudre(s.zone())) : ZoneId.systemDefault());
        }
        var unite = DurationFormat.Unit.fromChronoUnit(s.timeUnit().toChronoUnit());
        for (String texte : new String[] {s.fixedDelayString(), s.fixedRateString()}) {
            if (StringUtils.hasText(texte)) {
                return DurationFormatterUtils.detectAndParse(resoudre(texte), unite);
            }
        }
        long valeur = s.fixedDelay() >= 0 ? s.fixedDelay() : s.fixedRate();
        return valeur >= 0 ? Duration.of(valeur, s.timeUnit().toChronoUnit()) : null;
    }

    static Duration plusCourtIntervalle(CronExpression cron, ZoneId zone) {
        Duration plusCourt = null;
        ZonedDateTime precedent = cron.next(ZonedDateTime.now(zone));
        for (int i = 0; i < TICKS_EXAMINES && precedent != null; i++) {
            ZonedDateTime suivant = cron.next(precedent);
            if (suivant == null) {
                break;
            }
            Duration ecart = Duration.between(precedent, suivant);
            plusCourt = plusCourt == null || ecart.compareTo(plusCourt) < 0 ? ecart : plusCourt;
            precedent = suivant;
        }
        return plusCourt;
    }

    private String resoudre(String valeur) {
        return resolveur == null ? valeur : resolveur.resolveStringValue(valeur);
    }
}
