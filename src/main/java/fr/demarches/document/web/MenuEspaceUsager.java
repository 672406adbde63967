package fr.demarches.document.web;

import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The citizen's menu entry for their documents. */
@Configuration(proxyBeanMethods = false)
class MenuEspaceUsager {

    @Bean
    EntreeMenu mesDocuments() {
        return new EntreeMenu(Portail.USAGER, 20, "Mes documents", "/documents", "USAGER");
    }
}
