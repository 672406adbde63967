package fr.demarches.portail.session;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.demarches.compte.Authentification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Boot's JDBC session store, kept (sessions shared by every instance, ended by the database when an account
 * changes: {@link ComptesDeLaSession}), wrapped so that a request writes its session back only when it changed
 * something (see {@link EcrituresSessionEspacees}).
 */
@Configuration(proxyBeanMethods = false)
class ConfigurationSessions {

    /**
     * Wrapping after initialisation rather than declaring another repository: Boot's JDBC session configuration
     * backs off as soon as any session repository is declared.
     */
    @Bean
    static BeanPostProcessor ecrituresSessionEspacees(ObjectProvider<PlatformTransactionManager> transactions,
            ObjectProvider<Authentification> authentification) {
        return new BeanPostProcessor() {
            /**
             * Spring Session's store without a transaction of its own: a session read, on every request, is then one
             * statement instead of a transaction and its {@code COMMIT}; a deletion is one statement too (the
             * attributes go by cascade). Set on its configuration before it builds the store (declaring a
             * {@code TransactionOperations} bean instead would make Boot's {@code TransactionTemplate} back off).
             */
            @Override
            public Object postProcessBeforeInitialization(Object bean, String nom) {
                if (bean instanceof JdbcHttpSessionConfiguration configuration) {
                    configuration.setTransactionOperations(TransactionOperations.withoutTransaction());
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String nom) {
                if (!(bean instanceof JdbcIndexedSessionRepository stockage)) {
                    return bean;
                }
                // An attribute written by a request whose session the database ended meanwhile (V214) is dropped
                // with it, where the plain insert failed on the foreign key after the request had done its work;
                // locked, a row being deleted is waited for, then skipped.
                stockage.setCreateSessionAttributeQuery("""
                        INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                        SELECT S.PRIMARY_ID, V.NOM, V.OCTETS
                        FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS VARCHAR(200)), CAST(? AS BYTEA))) V (ID, NOM, OCTETS)
                        JOIN %TABLE_NAME% S ON S.PRIMARY_ID = V.ID
                        FOR KEY SHARE OF S""");
                // What Spring Session gave each of its operations (its own transaction, apart from the request's),
                // now for the writes only: a write is several statements (the row, then its attributes).
                var ecriture = new TransactionTemplate(transactions.getObject());
                ecriture.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                return new EcrituresSessionEspacees<>(stockage, ecriture,
                        compte -> authentification.getObject().confirmerConnexion(compte));
            }
        };
    }

    /** Just outside Spring Session's filter: what the wrapper remembered of a request never leaks into the next. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oubliSessionEnregistree(ObjectProvider<SessionRepository<?>> sessions) {
        var filtre = new OncePerRequestFilter() {

            /** Looked up once (not per request: a bean factory resolution costs more than the rest of this filter). */
            private volatile Object ecrituresTrouvees;

            @Override
            protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                    throws ServletException, IOException {
                Object trouvees = ecrituresTrouvees;
                if (trouvees == null) {
                    trouvees = ecrituresTrouvees = Objects.requireNonNullElse(sessions.getIfAvailable(), "");
                }
                var ecritures = trouvees instanceof EcrituresSessionEspacees<?> e ? e : null;
                try {
                    if (ecritures != null) {
                        ecritures.oublier();
                    }
                    suite.doFilter(requete, reponse);
                } finally {
                    if (ecritures != null) {
                        ecritures.oublier();
                    }
                }
            }
        };
        var enregistrement = new FilterRegistrationBean<OncePerRequestFilter>(filtre);
        enregistrement.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return enregistrement;
    }
}
