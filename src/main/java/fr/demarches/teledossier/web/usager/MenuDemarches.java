package fr.demarches.teledossier.web.usager;

import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The citizen's dashboard in the main menu, before their documents and account. */
@Configuration(proxyBeanMethods = false)
class MenuDemarches {

    @Bean
    EntreeMenu mesDemarches() {
        return new EntreeMenu(Portail.USAGER, 10, "Mes démarches", "/tableau-de-bord", "USAGER");
    }
}
