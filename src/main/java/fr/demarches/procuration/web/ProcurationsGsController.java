package fr.demarches.procuration.web;

import static fr.demarches.shared.Dates.JOUR;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import fr.demarches.compte.CompteConnecte;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import fr.demarches.procuration.Acteur;
import fr.demarches.procuration.EtatProcuration;
import fr.demarches.procuration.LigneRegistre;
import fr.demarches.procuration.Procurations;
import fr.demarches.shared.Csv;
import fr.demarches.shared.Dates;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Procurations" in the Gestionnaire de Suivi: received procurations, their checks, the decision, the registre. */
@Controller
@RequestMapping("/gs/procurations")
class ProcurationsGsController {

    private final Procurations procurations;

    ProcurationsGsController(Procurations procurations) {
        this.procurations = procurations;
    }

    @Bean
    static EntreeMenu menuProcurationsGs() {
        return new EntreeMenu(Portail.GS, 20, "Procurations", "/gs/procurations", EntreeMenu.AUTHENTIFIE);
    }

    /** The agent's home: the procurations established by an authority that wait for the commune's decision. */
    @Bean
    static fr.demarches.portail.IndicateurAccueil.Source indicateursProcurations(
            fr.demarches.procuration.StatistiquesProcurations statistiques) {
        return commune -> java.util.List.of(new fr.demarches.portail.IndicateurAccueil(20, "Procurations à décider",
                statistiques.aDecider(commune), "/gs/procurations"));
    }

    @GetMapping
    String liste(@AuthenticationPrincipal CompteConnecte agent, @RequestParam(defaultValue = "false") boolean toutes,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var resultat = procurations.recues(agent.communeInsee(), !toutes, page);
        model.addAttribute("toutes", toutes);
        model.addAttribute("resultat", resultat);
        model.addAttribute("procurations", resultat.lignes());
        return "procuration/gs/liste";
    }

    @GetMapping("/{id}")
    String procuration(@AuthenticationPrincipal CompteConnecte agent, @PathVariable String id, Model model) {
        model.addAttribute("procuration", procurations.pourCommune(ProcurationsUsagerController.lire(id),
                agent.communeInsee()));
        return "procuration/gs/procuration";
    }

    @PostMapping("/{id}/decision")
    String decider(@AuthenticationPrincipal CompteConnecte agent, @PathVariable String id,
            @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String motif,
            HttpServletRequest requete, Model model, RedirectAttributes suite) {
        var uuid = ProcurationsUsagerController.lire(id);
        var vue = procurations.pourCommune(uuid, agent.communeInsee());
        boolean accepter = "accepter".equals(decision);
        String erreur = null;
        if (vue.etat() != EtatProcuration.VALIDEE_AUTORITE || vue.resiliationEnAttente()) {
            erreur = "Cette procuration a déjà été traitée : " + vue.etat().libelle() + ".";
        } else if (!accepter && !"refuser".equals(decision)) {
            erreur = "Choisissez d'accepter ou de refuser la procuration.";
        } else if (!accepter && motif.isBlank()) {
            erreur = "Indiquez le motif du refus : le mandant le lira.";
        } else if (motif.length() > 1000) {
            erreur = "Le motif ne doit pas dépasser 1 000 caractères.";
        }
        if (erreur != null) {
            model.addAttribute("erreurMotif", erreur);
            model.addAttribute("motif", motif);
            model.addAttribute("procuration", vue);
            return "procuration/gs/procuration";
        }
        procurations.deciderCommune(uuid, agent.communeInsee(), accepter, accepter ? null : motif.strip(),
                new Acteur(agent.id(), agent.getUsername(), null, requete.getRemoteAddr()));
        suite.addFlashAttribute("succes", "La procuration " + vue.reference() + (accepter ? " est acceptée" : " est refusée")
                + ". Le mandant en est informé par courriel.");
        return "redirect:/gs/procurations/" + id;
    }

    @GetMapping("/registre")
    String registre(@RequestParam(required = false) String date, Model model) {
        model.addAttribute("date", date);
        if (date != null) {
            model.addAttribute("erreurDate", "Indiquez la date du scrutin sous la forme JJ/MM/AAAA.");
        }
        return "procuration/gs/registre";
    }

    /** The registre for one ballot date, as CSV (UTF-8 with BOM, ";" separator: opens as is in a spreadsheet). */
    @GetMapping(value = "/registre.csv")
    Object registreCsv(@AuthenticationPrincipal CompteConnecte agent, @RequestParam(defaultValue = "") String date,
            HttpServletRequest requete, Model model) throws java.io.IOException {
        LocalDate jour;
        try {
            jour = Dates.lire(date);
        } catch (DateTimeParseException e) {
            return registre(date, model);
        }
        var lignes = procurations.registre(agent.communeInsee(), jour,
                new Acteur(agent.id(), agent.getUsername(), null, requete.getRemoteAddr()));
        var octets = new java.io.ByteArrayOutputStream();
        try (var sortie = new java.io.OutputStreamWriter(octets, StandardCharsets.UTF_8)) {
            var csv = new Csv(sortie, List.of("bureau_vote", "nom_naissance", "nom_usage", "prenoms", "date_naissance",
                    "mandataire", "date_naissance_mandataire", "duree", "reference", "etablie_le", "etablie_par"));
            for (LigneRegistre l : lignes) {
                csv.ligne(java.util.Arrays.asList(l.bureauVote(), l.nomNaissance(), l.nomUsage(), l.prenoms(),
                        JOUR.format(l.dateNaissance()), l.mandataire(), JOUR.format(l.dateNaissanceMandataire()),
                        l.duree(), l.reference(), JOUR.format(l.etablieLe()),
                        l.etabliePar()));
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("registre-procurations-" + jour + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(octets.toByteArray());
    }

    /** The printable registre (PDF), one section per polling station. */
    @GetMapping(value = "/registre.pdf")
    Object registrePdf(@AuthenticationPrincipal CompteConnecte agent, @RequestParam(defaultValue = "") String date,
            HttpServletRequest requete, Model model) throws java.io.IOException {
        LocalDate jour;
        try {
            jour = Dates.lire(date);
        } catch (DateTimeParseException e) {
            return registre(date, model);
        }
        var lignes = procurations.registre(agent.communeInsee(), jour,
                new Acteur(agent.id(), agent.getUsername(), null, requete.getRemoteAddr()));
        byte[] pdf = RegistrePdf.ecrire(procurations.nomCommune(agent.communeInsee()), jour, lignes);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("registre-procurations-" + jour + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
