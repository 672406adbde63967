package fr.demarches.liste.web;

import java.io.IOException;

import fr.demarches.compte.CompteConnecte;
import fr.demarches.liste.ImportListeElectorale;
import fr.demarches.liste.ListeElectorale;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The commune administrator imports the commune's electoral list (a re-import replaces it). */
@Controller
@RequestMapping("/gs/administration/liste-electorale")
class ListeElectoraleController {

    private final ImportListeElectorale importation;
    private final ListeElectorale liste;

    ListeElectoraleController(ImportListeElectorale importation, ListeElectorale liste) {
        this.importation = importation;
        this.liste = liste;
    }

    @Bean
    static EntreeMenu menuListeElectorale() {
        return new EntreeMenu(Portail.GS, 40, "Liste électorale", "/gs/administration/liste-electorale",
                "ADMIN_COMMUNE");
    }

    @GetMapping
    String page(@AuthenticationPrincipal CompteConnecte admin, Model model) {
        model.addAttribute("dernierImport", liste.dernierImport(admin.communeInsee()).orElse(null));
        return "liste/gs/import";
    }

    @PostMapping
    String importer(@AuthenticationPrincipal CompteConnecte admin,
            @RequestParam(name = "fichier", required = false) MultipartFile fichier, HttpServletRequest requete,
            Model model) throws IOException {
        if (fichier == null || fichier.isEmpty()) {
            model.addAttribute("erreurFichier", "Choisissez le fichier CSV de la liste électorale.");
        } else {
            model.addAttribute("rapport", importation.importer(admin.communeInsee(), fichier.getBytes(), admin.id(),
                    admin.getUsername(), requete.getRemoteAddr()));
        }
        return page(admin, model);
    }
}
