package fr.demarches.audit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.ConsultationJournal.Filtre;
import fr.demarches.audit.ConsultationJournal;
import fr.demarches.audit.JournalAudit;
import fr.demarches.shared.Dates;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit journal for the platform administrator: filters, pages of 50, CSV export (itself journaled). */
@Controller
@RequestMapping("/admin/journal")
class JournalController {

    static final int TAILLE_PAGE = 50;

    private final ConsultationJournal consultation;
    private final JournalAudit journal;
    private final Clock horloge;

    JournalController(ConsultationJournal consultation, JournalAudit journal, Clock horloge) {
        this.consultation = consultation;
        this.journal = journal;
        this.horloge = horloge;
    }

    @GetMapping
    String journal(@ModelAttribute("filtre") FiltreSaisi filtre, @RequestParam(defaultValue = "1") int page,
            Model model) {
        var erreurs = new LinkedHashMap<String, String>();
        var f = filtre.lire(erreurs);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("resultat", erreurs.isEmpty() ? consultation.rechercher(f, page, TAILLE_PAGE) : null);
        model.addAttribute("requete", filtre.requete());
        model.addAttribute("alertes", consultation.alertes(horloge.instant().minus(Duration.ofDays(30))));
        return "audit/admin/journal";
    }

    @GetMapping("/export")
    String exporter(@ModelAttribute("filtre") FiltreSaisi filtre, Acteur acteur, HttpServletResponse reponse,
            Model model) throws IOException {
        var erreurs = new LinkedHashMap<String, String>();
        var f = filtre.lire(erreurs);
        if (!erreurs.isEmpty()) {
            model.addAttribute("erreurs", erreurs);
            model.addAttribute("resultat", null);
            model.addAttribute("requete", filtre.requete());
            model.addAttribute("alertes", java.util.List.of());
            return "audit/admin/journal";
        }
        journal.enregistrer(acteur.entree("JOURNAL_EXPORTE", "JOURNAL", null,
                "Filtre : " + filtre.requete()));
        reponse.setContentType("text/csv;charset=UTF-8");
        reponse.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("journal-audit.csv", StandardCharsets.UTF_8).build().toString());
        reponse.setCharacterEncoding("UTF-8");
        consultation.exporter(f, reponse.getWriter());
        return null;
    }

    /** The filter as typed; dates accept yyyy-MM-dd (date fields) and dd/MM/yyyy. */
    record FiltreSaisi(String acteur, String action, String objetType, String objetId, String du, String au) {

        Filtre lire(Map<String, String> erreurs) {
            LocalDate debut = date(du, "du", erreurs);
            LocalDate fin = date(au, "au", erreurs);
            if (debut != null && fin != null && fin.isBefore(debut)) {
                erreurs.put("au", "La date de fin doit suivre la date de début.");
            }
            return new Filtre(acteur, action, objetType, objetId, debut, fin);
        }

        /** The same filter as a query string, for the pagination and export links. */
        String requete() {
            var uri = UriComponentsBuilder.newInstance();
            ajouter(uri, "acteur", acteur);
            ajouter(uri, "action", action);
            ajouter(uri, "objetType", objetType);
            ajouter(uri, "objetId", objetId);
            ajouter(uri, "du", du);
            ajouter(uri, "au", au);
            String q = uri.build().getQuery();
            return q == null ? "" : q;
        }

        /**
         * Each value encoded as a form does ({@code +} as %2B: the template encoding left it, read back as a space),
         * and the links written as they are, not through a link expression that would encode them again.
         */
        private static void ajouter(UriComponentsBuilder uri, String nom, String valeur) {
            if (valeur != null && !valeur.isBlank()) {
                uri.queryParam(nom, java.net.URLEncoder.encode(valeur.strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        private static LocalDate date(String saisie, String champ, Map<String, String> erreurs) {
            if (saisie == null || saisie.isBlank()) {
                return null;
            }
            try {
                return Dates.lire(saisie);
            } catch (DateTimeParseException e) {
                erreurs.put(champ, "Saisissez une date valide, par exemple 22/11/2026.");
                return null;
            }
        }
    }
}
