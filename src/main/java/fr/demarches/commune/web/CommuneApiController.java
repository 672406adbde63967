package fr.demarches.commune.web;

import java.util.List;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Referentiel;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The postal-code look-up behind the commune fields of every form. Public: the referential is open data. */
@RestController
class CommuneApiController {

    private final Referentiel referentiel;

    CommuneApiController(Referentiel referentiel) {
        this.referentiel = referentiel;
    }

    @GetMapping("/api/communes")
    ResponseEntity<List<CommuneResume>> parCodePostal(@RequestParam String codePostal) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(referentiel.parCodePostal(codePostal));
    }
}
