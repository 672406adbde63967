package fr.demarches.portail.web;

import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every portal's navigation starts with its home page. */
@Configuration(proxyBeanMethods = false)
class MenusAccueil {

    @Bean
    EntreeMenu accueilUsager() {
        return new EntreeMenu(Portail.USAGER, 0, "Accueil", "/", null);
    }

    @Bean
    EntreeMenu accueilGs() {
        return new EntreeMenu(Portail.GS, 0, "Accueil", "/gs", EntreeMenu.AUTHENTIFIE);
    }

    @Bean
    EntreeMenu accueilPolice() {
        return new EntreeMenu(Portail.POLICE, 0, "Accueil", "/police", EntreeMenu.AUTHENTIFIE);
    }

    @Bean
    EntreeMenu accueilAdmin() {
        return new EntreeMenu(Portail.ADMIN, 0, "Accueil", "/admin", EntreeMenu.AUTHENTIFIE);
    }
}
