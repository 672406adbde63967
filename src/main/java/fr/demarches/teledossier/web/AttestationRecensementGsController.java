package fr.demarches.teledossier.web;

import fr.demarches.compte.CompteConnecte;
import fr.demarches.document.DepotRefuse;
import fr.demarches.teledossier.AttestationImpossible;
import fr.demarches.teledossier.AttestationsRecensement;
import fr.demarches.teledossier.Teledossiers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Générer l'attestation de recensement" on an RCO dossier: the PDF to check, then "Déposer dans l'espace de
 * l'usager". Any number that is not an RCO dossier of the agent's commune answers 404.
 */
@Controller
@RequestMapping("/gs/teledossiers/{numero}/attestation")
class AttestationRecensementGsController {

    private final AttestationsRecensement attestations;

    AttestationRecensementGsController(AttestationsRecensement attestations) {
        this.attestations = attestations;
    }

    @GetMapping
    ResponseEntity<byte[]> generer(@AuthenticationPrincipal CompteConnecte agent, @PathVariable String numero,
            HttpServletRequest requete, HttpServletResponse reponse) {
        byte[] pdf;
        try {
            pdf = attestations.generer(TeledossiersGsController.lire(numero), agent.communeInsee(), acteur(agent, requete));
        } catch (AttestationImpossible refus) {
            return TeledossiersGsController.retourAuDossier(numero, "erreurAttestation", refus.getMessage(), requete,
                    reponse);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(AttestationsRecensement.nomFichier(numero)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }

    @PostMapping
    String deposer(@AuthenticationPrincipal CompteConnecte agent, @PathVariable String numero,
            HttpServletRequest requete, RedirectAttributes suite) {
        try {
            attestations.deposer(TeledossiersGsController.lire(numero), agent.communeInsee(), acteur(agent, requete));
        } catch (AttestationImpossible | DepotRefuse refus) {
            suite.addFlashAttribute("erreurAttestation", refus.getMessage());
            return "redirect:/gs/teledossiers/" + numero + "#attestation";
        }
        suite.addFlashAttribute("succes", "L'attestation de recensement est déposée dans l'espace de l'usager, "
                + "qui en est informé par courriel.");
        return "redirect:/gs/teledossiers/" + numero;
    }

    private static Teledossiers.Acteur acteur(CompteConnecte agent, HttpServletRequest requete) {
        return new Teledossiers.Acteur(agent.id(), agent.getUsername(), requete.getRemoteAddr());
    }
}
