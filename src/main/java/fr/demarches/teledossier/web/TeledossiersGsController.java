package fr.demarches.teledossier.web;

import fr.demarches.commune.Procedure;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import fr.demarches.teledossier.ArchiveTeledossier;
import fr.demarches.teledossier.AttestationsRecensement;
import fr.demarches.teledossier.ElementsPurgesException;
import fr.demarches.teledossier.ElementsRemisParSftpException;
import fr.demarches.teledossier.ElementsTelecharges;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.TeledossierIntrouvableException;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.TransitionInterditeException;
import fr.demarches.teledossier.VueTeledossier;
import fr.demarches.teledossier.internal.ListeTeledossiers;
import fr.demarches.teledossier.internal.ListeTeledossiers.Criteres;
import fr.demarches.teledossier.internal.ProprietesTeledossiers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Télédossiers à traiter": the commune's working list, one dossier, and its state changes. */
@Controller
@RequestMapping("/gs/teledossiers")
class TeledossiersGsController {

    static final int TAILLE_PAGE = 50;

    private final ListeTeledossiers liste;
    private final Teledossiers teledossiers;
    private final long dureeJours;
    private final AttestationsRecensement attestations;
    private final ArchiveTeledossier archive;

    TeledossiersGsController(ListeTeledossiers liste, Teledossiers teledossiers, ProprietesTeledossiers proprietes,
            AttestationsRecensement attestations, ArchiveTeledossier archive) {
        this.attestations = attestations;
        this.archive = archive;
        this.liste = liste;
        this.teledossiers = teledossiers;
        this.dureeJours = proprietes.conservation().jours();
    }

    @Bean
    static EntreeMenu menuTeledossiers() {
        return new EntreeMenu(Portail.GS, 10, "Télédossiers", "/gs/teledossiers", EntreeMenu.AUTHENTIFIE);
    }

    @GetMapping
    String liste(@AuthenticationPrincipal CompteConnecte agent,
            @RequestParam(required = false) String procedure, @RequestParam(required = false) String etat,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "depot") String tri,
            @RequestParam(defaultValue = "desc") String sens, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean casParticulier, Model model) {
        String recherche = q == null || q.isBlank() ? null : q.strip();
        var criteres = new Criteres(enumOuNull(Procedure.class, procedure), enumOuNull(EtatTeledossier.class, etat),
                recherche, tri, "asc".equals(sens), Math.max(0, page), TAILLE_PAGE, casParticulier);
        var resultat = liste.chercher(agent.communeInsee(), criteres);
        model.addAttribute("criteres", criteres);
        model.addAttribute("resultat", resultat);
        model.addAttribute("pages", (resultat.total() + TAILLE_PAGE - 1) / TAILLE_PAGE);
        model.addAttribute("procedures", new Procedure[] {Procedure.ILE, Procedure.RCO});
        model.addAttribute("etats", EtatTeledossier.values());
        return "teledossier/gs/liste";
    }

    @GetMapping("/{numero}")
    String dossier(@AuthenticationPrincipal CompteConnecte agent, @PathVariable String numero, Model model) {
        if (!model.containsAttribute("formulaire")) {
            model.addAttribute("formulaire", new FormulaireEtat(null, null));
        }
        return afficher(agent, numero, model);
    }

    /** The dossier decides ({@link fr.demarches.teledossier.EtatTeledossier#permet}); a refusal goes beside the field. */
    @PostMapping("/{numero}/etat")
    String changerEtat(@AuthenticationPrincipal CompteConnecte agent, @PathVariable String numero,
            @Valid @ModelAttribute("formulaire") FormulaireEtat formulaire, BindingResult erreurs, Model model,
            HttpServletRequest requete, RedirectAttributes suite) {
        if (erreurs.hasErrors()) {
            return afficher(agent, numero, model);
        }
        try {
            teledossiers.changerEtat(lire(numero), agent.communeInsee(), formulaire.etat(), formulaire.commentaire(),
                    new Teledossiers.Acteur(agent.id(), agent.getUsername(), requete.getRemoteAddr()));
        } catch (TransitionInterditeException interdite) {
            erreurs.rejectValue("etat", "interdit", "Cet état ne peut pas suivre « " + interdite.depuis().libelle() + " ».");
            return afficher(agent, numero, model);
        }
        suite.addFlashAttribute("succes", "L'état du dossier est « " + formulaire.etat().libelle()
                + " ». L'usager en est informé par courriel.");
        return "redirect:/gs/teledossiers/" + numero;
    }

    /** "Pièces jointes déposables": a PDF for the citizen (e.g. the attestation de recensement). */
    @PostMapping("/{numero}/depot")
    String deposer(@AuthenticationPrincipal CompteConnecte agent, @PathVariable String numero,
            @RequestParam(name = "fichier", required = false) org.springframework.web.multipart.MultipartFile fichier,
            @RequestParam(name = "type", defaultValue = "AUTRE") String type, HttpServletRequest requete,
            RedirectAttributes suite) throws java.io.IOException {
        var lu = lire(numero);
        teledossiers.pourCommune(lu, agent.communeInsee());
        if (fichier == null || fichier.isEmpty()) {
            suite.addFlashAttribute("erreurDepot", "Choisissez le fichier PDF à déposer pour l'usager.");
            return "redirect:/gs/teledossiers/" + numero + "#depot";
        }
        var typeDocument = enumOuNull(fr.demarches.document.TypeDocument.class, type);
        try (var flux = fichier.getInputStream()) {
            teledossiers.deposerPourUsager(lu, agent.communeInsee(),
                    typeDocument == null ? fr.demarches.document.TypeDocument.AUTRE : typeDocument,
                    fichier.getOriginalFilename(), flux, fichier.getSize(),
                    new Teledossiers.Acteur(agent.id(), agent.getUsername(), requete.getRemoteAddr()));
        } catch (fr.demarches.document.DepotRefuse refus) {
            suite.addFlashAttribute("erreurDepot", refus.getMessage());
            return "redirect:/gs/teledossiers/" + numero + "#depot";
        }
        suite.addFlashAttribute("succes", "Le document est déposé dans l'espace de l'usager, qui en est informé par courriel.");
        return "redirect:/gs/teledossiers/" + numero;
    }

    /** "Clôturer" for the dossiers ticked in the list: a confirmation page first, then the closing. */
    @PostMapping("/cloture")
    String cloturer(@AuthenticationPrincipal CompteConnecte agent,
            @RequestParam(name = "numeros", required = false) java.util.List<String> numeros,
            @RequestParam(defaultValue = "false") boolean confirme, HttpServletRequest requete, Model model,
            RedirectAttributes suite) {
        var lus = numeros == null ? java.util.List.<NumeroTeledossier>of()
                : numeros.stream().map(TeledossiersGsController::lire).distinct().toList();
        if (lus.isEmpty()) {
            suite.addFlashAttribute("erreur", "Cochez au moins un télédossier à clôturer.");
            return "redirect:/gs/teledossiers";
        }
        if (!confirme) {
            lus.forEach(n -> teledossiers.pourCommune(n, agent.communeInsee()));
            model.addAttribute("numeros", lus.stream().map(NumeroTeledossier::valeur).toList());
            return "teledossier/gs/cloture";
        }
        int clotures = teledossiers.cloturer(lus, agent.communeInsee(),
                new Teledossiers.Acteur(agent.id(), agent.getUsername(), requete.getRemoteAddr()));
        suite.addFlashAttribute("succes", clotures + (clotures > 1 ? " télédossiers clôturés" : " télédossier clôturé")
                + ". Chaque usager en est informé par courriel.");
        return "redirect:/gs/teledossiers";
    }

    /** The dossier's elements as one ZIP, streamed; each download is in the history and the audit journal. */
    @GetMapping("/{numero}/elements")
    ResponseEntity<StreamingResponseBody> telecharger(@AuthenticationPrincipal CompteConnecte agent,
            @PathVariable String numero, HttpServletRequest requete, HttpServletResponse reponse) {
        ElementsTelecharges elements;
        try {
            elements = teledossiers.telecharger(lire(numero), agent.communeInsee(),
                    new Teledossiers.Acteur(agent.id(), agent.getUsername(), requete.getRemoteAddr()));
        } catch (ElementsRemisParSftpException | ElementsPurgesException refus) {
            return retourAuDossier(numero, "erreur", refus.getMessage(), requete, reponse);
        }
        StreamingResponseBody corps = sortie -> archive.ecrire(elements, sortie);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(elements.numero() + ".zip").build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(corps);
    }

    /** Back to the dossier page with a message, for the actions that answer a file when they succeed. */
    static <T> ResponseEntity<T> retourAuDossier(String numero, String cle, String message, HttpServletRequest requete,
            HttpServletResponse reponse) {
        String page = "/gs/teledossiers/" + numero;
        RequestContextUtils.getOutputFlashMap(requete).put(cle, message);
        RequestContextUtils.saveOutputFlashMap(page, requete, reponse);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(page)).build();
    }

    private String afficher(CompteConnecte agent, String numero, Model model) {
        VueTeledossier vue = teledossiers.pourCommune(lire(numero), agent.communeInsee());
        model.addAttribute("dossier", vue);
        model.addAttribute("dureeJours", dureeJours);
        if (vue.procedure() == Procedure.ILE) {
            model.addAttribute("casParticulier", teledossiers.casParticulier(lire(numero), agent.communeInsee()).orElse(null));
        }
        if (vue.procedure() == Procedure.RCO) {
            model.addAttribute("imagesAttestation", attestations.imagesManquantes(agent.communeInsee()).orElse(null));
            model.addAttribute("administrateur", agent.type() == fr.demarches.compte.TypeCompte.ADMIN_COMMUNE);
            model.addAttribute("motifRecensement",
                    teledossiers.motifRecensement(lire(numero), agent.communeInsee()).orElse(null));
        }
        return "teledossier/gs/dossier";
    }

    static NumeroTeledossier lire(String numero) {
        return NumeroTeledossier.lire(numero).orElseThrow(() -> new TeledossierIntrouvableException(numero));
    }

    private static <E extends Enum<E>> E enumOuNull(Class<E> type, String valeur) {
        try {
            return valeur == null || valeur.isBlank() ? null : Enum.valueOf(type, valeur);
        } catch (IllegalArgumentException inconnue) {
            return null;
        }
    }
}
