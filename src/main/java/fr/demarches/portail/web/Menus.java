package fr.demarches.portail.web;

import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The navigation entries of the portals' homes and of the screens of the modules this one depends on (commune,
 * compte, audit): those cannot declare an {@link EntreeMenu} without a cycle. Every other module declares its own
 * entries next to its controllers.
 */
@Configuration(proxyBeanMethods = false)
class Menus {

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

    // compte

    @Bean
    EntreeMenu menuMonCompte() {
        return new EntreeMenu(Portail.USAGER, 30, "Mon compte", "/compte", "USAGER");
    }

    @Bean
    EntreeMenu menuComptes() {
        return new EntreeMenu(Portail.ADMIN, 40, "Administrateurs", "/admin/comptes", "ADMIN");
    }

    @Bean
    EntreeMenu menuUnites() {
        return new EntreeMenu(Portail.ADMIN, 50, "Police et gendarmerie", "/admin/unites", "ADMIN");
    }

    @Bean
    EntreeMenu menuAgentsCommune() {
        return new EntreeMenu(Portail.GS, 80, "Agents de la commune", "/gs/administration/agents", "ADMIN_COMMUNE");
    }

    // commune

    @Bean
    EntreeMenu menuRaccordements() {
        return new EntreeMenu(Portail.ADMIN, 10, "Raccordements", "/admin/raccordements", "ADMIN");
    }

    @Bean
    EntreeMenu menuCommunes() {
        return new EntreeMenu(Portail.ADMIN, 20, "Communes", "/admin/communes", "ADMIN");
    }

    @Bean
    EntreeMenu menuParametresCommune() {
        return new EntreeMenu(Portail.GS, 90, "Paramètres de la commune", "/gs/administration/parametres",
                "ADMIN_COMMUNE");
    }

    // audit

    @Bean
    EntreeMenu menuJournal() {
        return new EntreeMenu(Portail.ADMIN, 60, "Journal d'audit", "/admin/journal", "ADMIN");
    }
}
