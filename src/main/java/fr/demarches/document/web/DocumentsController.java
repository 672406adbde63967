package fr.demarches.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import fr.demarches.audit.Acteur;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.Espace;
import fr.demarches.document.DepotRefuse;
import fr.demarches.document.DocumentUsager;
import fr.demarches.document.Documents;
import fr.demarches.document.TypeDocument;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mes documents": list, upload, download, delete. Another citizen's document is answered 404. */
@Controller
class DocumentsController {

    private final Documents documents;
    private final Clock horloge;

    DocumentsController(Documents documents, Clock horloge) {
        this.documents = documents;
        this.horloge = horloge;
    }

    record FormulaireDepot(TypeDocument type, MultipartFile fichier) {
    }

    @ModelAttribute("types")
    TypeDocument[] types() {
        return TypeDocument.values();
    }

    @GetMapping("/documents")
    String liste(@AuthenticationPrincipal CompteConnecte usager, Model model) {
        model.addAttribute("formulaire", new FormulaireDepot(null, null));
        return page(usager, model);
    }

    @PostMapping("/documents")
    String deposer(@AuthenticationPrincipal CompteConnecte usager,
            @ModelAttribute("formulaire") FormulaireDepot formulaire, BindingResult erreurs, HttpServletRequest requete,
            Model model, RedirectAttributes suite) {
        if (formulaire.type() == null) {
            erreurs.rejectValue("type", "type.obligatoire", "Choisissez le type de document.");
        }
        if (formulaire.fichier() == null || formulaire.fichier().isEmpty()) {
            erreurs.rejectValue("fichier", "fichier.obligatoire", "Choisissez un fichier à ajouter.");
        }
        DocumentUsager depose = null;
        if (!erreurs.hasErrors()) {
            try (var flux = formulaire.fichier().getInputStream()) {
                depose = documents.deposer(acteur(usager, requete), formulaire.type(), formulaire.fichier().getOriginalFilename(),
                        flux, formulaire.fichier().getSize());
            } catch (DepotRefuse refus) {
                erreurs.rejectValue("fichier", "fichier.refuse", refus.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (erreurs.hasErrors()) {
            return page(usager, model);
        }
        suite.addFlashAttribute("succes", "Le document « " + depose.nomOriginal() + " » est ajouté à votre espace.");
        return "redirect:/documents";
    }

    @GetMapping("/documents/{id}/fichier")
    ResponseEntity<InputStreamResource> telecharger(@AuthenticationPrincipal CompteConnecte usager,
            @PathVariable UUID id) {
        var document = documents.ouvrir(usager.id(), id).orElseThrow(DocumentsController::introuvable);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.typeContenu()))
                .contentLength(document.taille())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.nomOriginal(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(document.contenu()));
    }

    @PostMapping("/documents/{id}/suppression")
    String supprimer(@AuthenticationPrincipal CompteConnecte usager, @PathVariable UUID id,
            HttpServletRequest requete, RedirectAttributes suite) {
        var document = documents.trouver(usager.id(), id).orElseThrow(DocumentsController::introuvable);
        switch (documents.supprimer(acteur(usager, requete), id)) {
            case SUPPRIME -> suite.addFlashAttribute("succes", "Le document « " + document.nomOriginal() + " » est supprimé.");
            case PROTEGE -> suite.addFlashAttribute("refus", "Le document « " + document.nomOriginal()
                    + " » a été déposé par votre mairie : vous ne pouvez pas le supprimer avant le "
                    + Affichage.date(document.supprimableLe()) + ".");
            case INTROUVABLE -> throw introuvable();
        }
        return "redirect:/documents";
    }

    private String page(CompteConnecte usager, Model model) {
        model.addAttribute("documents", documents.lister(usager.id()).stream()
                .map(d -> new Affichage(d, d.supprimable(horloge.instant()))).toList());
        model.addAttribute("tailleMax", Affichage.taille(documents.tailleMax().toBytes()));
        return "document/usager/documents";
    }

    private static Acteur acteur(CompteConnecte usager, HttpServletRequest requete) {
        return new Acteur(Espace.USAGER.name(), usager.id(), usager.getUsername(), requete.getRemoteAddr());
    }

    private static ResponseStatusException introuvable() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
