package fr.demarches.document.web;

import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The citizen's menu entries for their own space. "Mon compte" is declared here rather than in {@code compte}
 * because {@code portail} depends on {@code compte}: the reverse would be a module cycle.
 */
@Configuration(proxyBeanMethods = false)
class MenuEspaceUsager {

    @Bean
    EntreeMenu mesDocuments() {
        return new EntreeMenu(Portail.USAGER, 20, "Mes documents", "/documents", "USAGER");
    }

    @Bean
    EntreeMenu monCompte() {
        return new EntreeMenu(Portail.USAGER, 30, "Mon compte", "/compte", "USAGER");
    }
}
