package fr.demarches.portail.web;

import fr.demarches.procuration.RefusProcuration;
import fr.demarches.shared.Refus;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Test-only screens (scanned with the test classes, absent from the application): one answers a module's business
 * refusal, the other fails with a plain exception whose message must never reach the page.
 */
@Controller
class EssaisRefus {

    static final String REFUS = "Impossible de décider la procuration ABCDEF : Expirée.";
    static final String PANNE = "Éléments purgés";
    static final String INTROUVABLE = "Dossier A-1-ABCDEFGH d'une autre commune";

    @GetMapping("/essais/refus")
    String refus() {
        throw new RefusProcuration(REFUS);
    }

    @GetMapping("/essais/introuvable")
    String introuvable() {
        throw new Introuvable();
    }

    @GetMapping("/essais/conflit")
    String conflit() {
        throw new org.springframework.orm.ObjectOptimisticLockingFailureException("Teledossier", "A-1-ABCDEFGH");
    }

    @GetMapping("/essais/panne")
    String panne() {
        throw new IllegalStateException(PANNE);
    }

    /** Like an unknown dossier: a refusal that must say no more than "not found". */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class Introuvable extends Refus {
        Introuvable() {
            super(INTROUVABLE);
        }
    }
}
