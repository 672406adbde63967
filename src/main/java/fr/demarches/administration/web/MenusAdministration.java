package fr.demarches.administration.web;

import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MenusAdministration {

    @Bean
    EntreeMenu menuRaccordements() {
        return new EntreeMenu(Portail.ADMIN, 10, "Raccordements", "/admin/raccordements", "ADMIN");
    }

    @Bean
    EntreeMenu menuCommunes() {
        return new EntreeMenu(Portail.ADMIN, 20, "Communes", "/admin/communes", "ADMIN");
    }

    @Bean
    EntreeMenu menuScrutins() {
        return new EntreeMenu(Portail.ADMIN, 30, "Scrutins", "/admin/scrutins", "ADMIN");
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
    EntreeMenu menuJournal() {
        return new EntreeMenu(Portail.ADMIN, 60, "Journal d'audit", "/admin/journal", "ADMIN");
    }

    @Bean
    EntreeMenu menuAgentsCommune() {
        return new EntreeMenu(Portail.GS, 80, "Agents de la commune", "/gs/administration/agents", "ADMIN_COMMUNE");
    }

    @Bean
    EntreeMenu menuParametresCommune() {
        return new EntreeMenu(Portail.GS, 90, "Paramètres de la commune", "/gs/administration/parametres",
                "ADMIN_COMMUNE");
    }
}
