package fr.demarches.audit.web;

import java.util.regex.Pattern;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.ChaineJournal;
import fr.demarches.audit.JournalAudit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Intégrité du journal" for the platform administrator: checks the hash chain on demand (the check is itself
 * journaled), and compares a daily digest line kept outside the database with the chain today.
 */
@Controller
@RequestMapping("/admin/journal/integrite")
class IntegriteJournalController {

    private static final Pattern LIGNE = Pattern.compile("rang=(\\d{1,18})\\s+empreinte=([0-9a-fA-F]{64})");

    private final ChaineJournal chaine;
    private final JournalAudit journal;

    IntegriteJournalController(ChaineJournal chaine, JournalAudit journal) {
        this.chaine = chaine;
        this.journal = journal;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("empreintes", chaine.empreintes().reversed());
        model.addAttribute("ligne", "");
        return "audit/admin/integrite";
    }

    @PostMapping
    String verifier(@RequestParam(defaultValue = "") String ligne, Acteur admin, Model model) {
        var verification = chaine.verifier();
        model.addAttribute("verification", verification);
        String details = verification.intacte() ? verification.entrees() + " entrée(s), chaîne intacte"
                : verification.anomalies().size() + " anomalie(s)";
        if (!ligne.isBlank()) {
            var m = LIGNE.matcher(ligne);
            if (!m.find()) {
                model.addAttribute("erreurLigne", "Collez une ligne d'empreinte du journal de l'application, par exemple "
                        + "« JOURNAL_AUDIT_EMPREINTE jour=2026-03-01 rang=1234 empreinte=3f2a… » (64 caractères).");
            } else {
                var ecart = chaine.comparer(Long.parseLong(m.group(1)), m.group(2));
                model.addAttribute("comparaison", ecart.orElse(
                        "L'empreinte conservée correspond : le journal n'a été ni réécrit ni raccourci jusqu'à ce rang."));
                model.addAttribute("comparaisonConforme", ecart.isEmpty());
                details += ecart.isEmpty() ? ", empreinte conservée conforme (rang " + m.group(1) + ")"
                        : ", empreinte conservée non conforme (rang " + m.group(1) + ")";
            }
        }
        journal.enregistrer(admin.entree("JOURNAL_VERIFIE", "JOURNAL", null, details));
        model.addAttribute("empreintes", chaine.empreintes().reversed());
        model.addAttribute("ligne", ligne);
        return "audit/admin/integrite";
    }
}
