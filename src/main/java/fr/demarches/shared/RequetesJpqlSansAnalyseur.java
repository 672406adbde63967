package fr.demarches.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

/**
 * The repositories' declared queries ({@code @Query}) go to Hibernate as written, without Spring Data's own JPQL
 * grammar. Spring Data parses each one with ANTLR to derive count queries and apply a {@code Sort} or
 * {@code Pageable}, which no repository here takes; warming that parser up was a second of the main thread at
 * start-up (profile in docs/performance.md). The simple enhancer still finds aliases and projections, and Hibernate
 * still checks every query at start-up.
 */
@Configuration(proxyBeanMethods = false)
class RequetesJpqlSansAnalyseur {

    private static final QueryEnhancerSelector SIMPLE = requete -> QueryEnhancerFactories.fallback();

    @Bean
    static BeanPostProcessor enrichisseurSimpleDesRequetes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String nom) {
                if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repertoire) {
                    repertoire.setQueryEnhancerSelectorSource(SIMPLE);
                }
                return bean;
            }
        };
    }
}
