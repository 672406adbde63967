package fr.demarches.portail.web;

import fr.demarches.procuration.RefusProcuration;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Test-only screens (scanned with the test classes, absent from the application): one answers a module's business
 * refusal, the other fails with a plain exception whose message must never reach the page.
 */
@Controller
class EssaisRefus {

    static final String REFUS = "Impossible de décider la procuration ABCDEF : Expirée.";
    static final String PANNE = "Éléments purgés";

    @GetMapping("/essais/refus")
    String refus() {
        throw new RefusProcuration.EtatIncompatible(REFUS);
    }

    @GetMapping("/essais/panne")
    String panne() {
        throw new IllegalStateException(PANNE);
    }
}
