package fr.demarches.statistique.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.demarches.commune.Referentiel;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import fr.demarches.procuration.StatistiquesProcurations;
import fr.demarches.teledossier.StatistiquesTeledossiers.Statistiques;
import fr.demarches.teledossier.StatistiquesTeledossiers;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statistics dashboard (télédossiers and procurations): every commune for the platform, its own commune for a commune administrator. */
@Controller
class StatistiquesController {

    private static final int HAUTEUR = 160;
    private static final int LARGEUR_BARRE = 14;

    private final StatistiquesTeledossiers statistiques;
    private final StatistiquesProcurations procurations;
    private final Referentiel referentiel;
    private final Clock horloge;

    StatistiquesController(StatistiquesTeledossiers statistiques, StatistiquesProcurations procurations,
            Referentiel referentiel, Clock horloge) {
        this.statistiques = statistiques;
        this.procurations = procurations;
        this.referentiel = referentiel;
        this.horloge = horloge;
    }

    @Bean
    static EntreeMenu menuStatistiquesAdmin() {
        return new EntreeMenu(Portail.ADMIN, 70, "Statistiques", "/admin/statistiques", "ADMIN");
    }

    @Bean
    static EntreeMenu menuStatistiquesCommune() {
        return new EntreeMenu(Portail.GS, 95, "Statistiques", "/gs/administration/statistiques", "ADMIN_COMMUNE");
    }

    @GetMapping("/admin/statistiques")
    String plateforme(@RequestParam(required = false) String commune, @RequestParam(defaultValue = "30") int jours,
            Model model) {
        String insee = commune == null || commune.isBlank() ? null
                : referentiel.parCodeInsee(commune.strip()).map(c -> c.codeInsee()).orElse(null);
        model.addAttribute("communeChoisie", insee == null ? null : referentiel.parCodeInsee(insee).orElseThrow());
        model.addAttribute("saisieCommune", commune);
        return afficher(insee, jours, model);
    }

    @GetMapping("/gs/administration/statistiques")
    String commune(@AuthenticationPrincipal CompteConnecte administrateur, @RequestParam(defaultValue = "30") int jours,
            Model model) {
        model.addAttribute("communeChoisie", referentiel.parCodeInsee(administrateur.communeInsee()).orElseThrow());
        return afficher(administrateur.communeInsee(), jours, model);
    }

    private String afficher(String codeInsee, int jours, Model model) {
        int periode = Math.max(7, Math.min(jours, 366));
        LocalDate au = LocalDate.now(horloge);
        Statistiques s = statistiques.calculer(codeInsee, au.minusDays(periode - 1L), au);
        model.addAttribute("stats", s);
        model.addAttribute("procurations", procurations.parEtat(codeInsee, s.du(), s.au()));
        model.addAttribute("jours", periode);
        model.addAttribute("barres", barres(s));
        model.addAttribute("largeurGraphique", s.parJour().size() * LARGEUR_BARRE);
        model.addAttribute("hauteurGraphique", HAUTEUR);
        model.addAttribute("premiereAction", duree(s.premiereAction()));
        model.addAttribute("cloture", duree(s.cloture()));
        return "statistique/statistiques";
    }

    /** Stacked bars (ILE below, RCO above) scaled to the busiest day; drawn as SVG by the page, no script. */
    private static List<Barre> barres(Statistiques s) {
        long max = Math.max(1, s.maximumParJour());
        var barres = new ArrayList<Barre>();
        int x = 0;
        for (var jour : s.parJour()) {
            int ile = (int) Math.round((double) jour.ile() * HAUTEUR / max);
            int rco = (int) Math.round((double) jour.rco() * HAUTEUR / max);
            barres.add(new Barre(x, HAUTEUR - ile, ile, HAUTEUR - ile - rco, rco, jour));
            x += LARGEUR_BARRE;
        }
        return barres;
    }

    /** "3 j 4 h", "5 h 12 min", "8 min"; an em dash when no dossier reached that step. */
    static String duree(Duration d) {
        if (d == null) {
            return "—";
        }
        if (d.toDays() > 0) {
            return d.toDays() + " j " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return Math.max(1, d.toMinutes()) + " min";
    }

    record Barre(int x, int yIle, int hauteurIle, int yRco, int hauteurRco, StatistiquesTeledossiers.Jour jour) {
    }
}
