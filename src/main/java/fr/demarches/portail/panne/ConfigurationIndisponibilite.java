package fr.demarches.portail.panne;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import fr.demarches.portail.internal.ProprietesPortail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@Configuration(proxyBeanMethods = false)
class ConfigurationIndisponibilite {

    /** Outside the session filter (and so outside security and MVC), on every kind of dispatch. */
    @Bean
    FilterRegistrationBean<ServiceIndisponible> serviceIndisponible(ObjectProvider<ThymeleafViewResolver> vues,
            ProprietesPortail proprietes) {
        var filtre = new FilterRegistrationBean<>(new ServiceIndisponible(vues, proprietes.indisponibilite()));
        filtre.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        filtre.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return filtre;
    }

    @Bean
    static BeanPostProcessor uneAttenteParRequete() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String nom) {
                return bean instanceof DataSource source && !(bean instanceof UneAttenteParRequete)
                        ? new UneAttenteParRequete(source) : bean;
            }
        };
    }
}
