package fr.demarches.notification.internal;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.AbstractAdvisingBeanPostProcessor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.util.function.SingletonSupplier;

/**
 * Finished event publications, deleted together: every {@code periode}, one {@code DELETE} for all the publications
 * this instance finished meanwhile, instead of a {@code DELETE} and its {@code COMMIT} (a WAL flush) per
 * publication, that is per action on every hot path (docs/performance.md). Completion mode "delete" only: nothing
 * reads finished publications, so a finished one may stay in the table a moment longer. In any other mode (set when
 * the instance starts, even in Spring's AOT mode), the registry's own completion runs.
 * <p>
 * That moment is the price. An instance that dies between a listener's end and the next group (at most
 * {@code periode}) leaves its publications unfinished: they are sent again once stale, as those of an instance that
 * died while sending already were ({@code RelanceNotifications}; a mail keeps its {@code Message-ID}). A stopping
 * instance deletes what it holds first ({@link #stop()}); a group the database refuses is kept for the next one.
 */
final class FinsDePublication implements SmartLifecycle {

    private static final Logger JOURNAL = LoggerFactory.getLogger(FinsDePublication.class);

    /** At most this many identifiers in one statement (a few tens per period at the benchmark's peak). */
    private static final int LOT = 1_000;

    private final JdbcClient jdbc;
    private final Duration periode;
    /** Whether a finished publication is deleted (Modulith's completion mode, read when the instance starts). */
    private final boolean suppression;
    private final ConcurrentLinkedQueue<UUID> terminees = new ConcurrentLinkedQueue<>();
    private volatile ScheduledExecutorService minuterie;

    FinsDePublication(JdbcClient jdbc, Duration periode, boolean suppression) {
        this.jdbc = jdbc;
        this.periode = periode;
        this.suppression = suppression;
    }

    /** The publication is finished: deleted with the next group, or at once when the instance is not running. */
    void terminer(UUID publication) {
        terminees.add(publication);
        // Added first: a stop between the two lines has either deleted it already or left it for this call.
        if (minuterie == null) {
            supprimerLesTerminees();
        }
    }

    /** Deletes the publications finished so far; those the database refuses stay for the next call. */
    void supprimerLesTerminees() {
        List<UUID> lot = new ArrayList<>();
        for (UUID id = terminees.poll(); id != null; id = terminees.poll()) {
            lot.add(id);
            if (lot.size() == LOT || terminees.isEmpty()) {
                try {
                    supprimer(lot);
                } catch (RuntimeException refus) {
                    terminees.addAll(lot);
                    if (minuterie != null) {
                        JOURNAL.warn("{} publication(s) terminée(s) non supprimée(s), nouvel essai dans {}",
                                lot.size(), periode, refus);
                    } else {
                        // Stopping: nothing will try again; these will be run again once stale (mails sent twice).
                        JOURNAL.error("{} publication(s) terminée(s) non supprimée(s) à l'arrêt : {}", lot.size(),
                                lot, refus);
                    }
                    return;
                }
                lot = new ArrayList<>();
            }
        }
    }

    private void supprimer(List<UUID> ids) {
        // One statement text whatever the group's size (a prepared statement reused), the ids as one array.
        jdbc.sql("DELETE FROM event_publication WHERE id = ANY(CAST(? AS uuid[]))")
                .param(ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"))).update();
    }

    @Override
    public void start() {
        if (!suppression) {
            return; // the registry completes each publication itself: nothing ever comes here
        }
        var fil = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("fins-de-publication").daemon()
                .factory());
        long ms = periode.toMillis();
        fil.scheduleWithFixedDelay(() -> {
            try {
                supprimerLesTerminees();
            } catch (Throwable imprevu) {
                // A task that throws is never run again: every completion would then wait in memory.
                JOURNAL.error("Suppression des publications terminées", imprevu);
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
        minuterie = fil;
    }

    /** Late in the shutdown (after the web server and the listeners' executor): what is held is deleted now. */
    @Override
    public void stop() {
        var fil = minuterie;
        minuterie = null;
        if (fil != null) {
            fil.shutdown();
            try {
                fil.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        supprimerLesTerminees();
    }

    @Override
    public boolean isRunning() {
        return minuterie != null;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1_000;
    }

    /** Turns the registry's completions into {@link #terminer}: Modulith's repository, watched like in PublicationEnCours. */
    static final class Regroupement extends AbstractAdvisingBeanPostProcessor {

        Regroupement(ObjectProvider<FinsDePublication> fins) {
            var completions = new StaticMethodMatcherPointcut() {
                @Override
                public boolean matches(Method methode, Class<?> classe) {
                    return EventPublicationRepository.class.isAssignableFrom(classe)
                            && "markCompleted".equals(methode.getName())
                            && methode.getParameterCount() == 2;
                }
            };
            // Looked up at the first completion, then kept: a bean factory resolution per completion was a tenth of
            // the CPU of the threads sending mails (docs/performance.md, seventeenth machine). The bean is always
            // defined, so the provider makes it if need be; its answer, even null, is kept.
            var trouvees = SingletonSupplier.of(fins::getIfAvailable);
            MethodInterceptor regrouper = appel -> {
                Object publication = appel.getArguments()[0];
                UUID id = publication instanceof TargetEventPublication p ? p.getIdentifier()
                        : publication instanceof UUID u ? u : null;
                var groupees = trouvees.get();
                if (id == null || groupees == null || !groupees.suppression) {
                    return appel.proceed();
                }
                groupees.terminer(id);
                return null;
            };
            this.advisor = new DefaultPointcutAdvisor(completions, regrouper);
        }
    }
}
