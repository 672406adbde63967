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
import fr.demarches.teledossier.DemandeComplements;
import fr.demarches.teledossier.EtatTeledossier;
import fr.demarches.teledossier.IssueTeledossier;
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

    /** The agent's home: what waits for them in the commune's télédossiers. */
    @Bean
    static fr.demarches.portail.IndicateurAccueil.Source indicateursTeledossiers(
            fr.demarches.teledossier.StatistiquesTeledossiers statistiques) {
        return commune -> {
            var c = statistiques.compteurs(commune);
            return java.util.List.of(
                    new fr.demarches.portail.IndicateurAccueil(10, "Télédossiers à traiter", c.aTraiter(),
                            "/gs/teledossiers"),
                    new fr.demarches.portail.IndicateurAccueil(11, "En attente de l'usager", c.attenteUsager(),
                            "/gs/teledossiers?etat=ATTENTE_ELEMENTS"),
                    new fr.demarches.portail.IndicateurAccueil(12, "Réponses de l'usager à examiner", c.reponsesALire(),
                            "/gs/teledossiers?etat=RECU"),
                    new fr.demarches.portail.IndicateurAccueil(13, "Éléments supprimés dans 5 jours ou moins",
                            c.procheLimite(), "/gs/teledossiers?tri=depot&sens=asc"));
        };
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
        // Past the count's ceiling, the number of pages is "more than" too.
        model.addAttribute("pages", resultat.totalPlafonne() ? "plus de " + resultat.plafond() / TAILLE_PAGE
                : String.valueOf((resultat.total() + TAILLE_PAGE - 1) / TAILLE_PAGE));
        model.addAttribute("procedures", new Procedure[] {Procedure.ILE, Procedure.RCO});
        model.addAttribute("etats", EtatTeledossier.values());
        return "teledossier/gs/liste";
    }

    @GetMapping("/{numero}")
    String dossier(@AuthenticationPrincipal CompteConnecte agent, @PathVariable String numero, Model model) {
        if (!model.containsAttribute("formulaire")) {
            model.addAttribute("formulaire", new FormulaireEtat(null, null, null));
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
        // The page does not offer closing an open dossier here (its button asks for the outcome): neither does the post.
        if (formulaire.etat() == EtatTeledossier.CLOS
                && teledossiers.pourCommune(lire(numero), agent.communeInsee()).etat().ouvert()) {
            erreurs.rejectValue("etat", "cloture",
                    "Pour clôturer le dossier, utilisez « Clôturer le dossier… » : l'issue de la demande y est demandée.");
            return afficher(agent, numero, model);
        }
        try {
            teledossiers.changerEtat(lire(numero), agent.communeInsee(), formulaire.etatVu(), formulaire.etat(),
                    formulaire.commentaire(), new Teledossiers.Acteur(agent.id(), agent.getUsername(),
                            requete.getRemoteAddr()));
        } catch (fr.demarches.teledossier.EtatChangeEntreTemps change) {
            erreurs.rejectValue("etat", "change", change.getMessage());
            return afficher(agent, numero, model);
        } catch (TransitionInterditeException interdite) {
            erreurs.rejectValue("etat", "interdit", "Cet état ne peut pas suivre « " + interdite.depuis().libelle() + " ».");
            return afficher(agent, numero, model);
        } catch (fr.demarches.teledossier.ReponseImpossible demandeImpossible) {
            erreurs.rejectValue("commentaire", "demande", demandeImpossible.getMessage());
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
            @RequestParam(name = "type", defaultValue = "AUTRE") String type,
            @RequestParam(required = false) java.util.UUID cle, HttpServletRequest requete,
            RedirectAttributes suite) throws java.io.IOException {
        var lu = lire(numero);
        if (!teledossiers.pourCommune(lu, agent.communeInsee()).etat().ouvert()) {
            suite.addFlashAttribute("erreurDepot", "Ce dossier est clos : seul l'administrateur de la commune peut le "
                    + "rouvrir pour y déposer un document.");
            return "redirect:/gs/teledossiers/" + numero + "#depot";
        }
        if (fichier == null || fichier.isEmpty()) {
            suite.addFlashAttribute("erreurDepot", "Choisissez le fichier PDF à déposer pour l'usager.");
            return "redirect:/gs/teledossiers/" + numero + "#depot";
        }
        var typeDocument = enumOuNull(fr.demarches.document.TypeDocument.class, type);
        try (var flux = fichier.getInputStream()) {
            teledossiers.deposerPourUsager(lu, agent.communeInsee(),
                    typeDocument == null ? fr.demarches.document.TypeDocument.AUTRE : typeDocument,
                    fichier.getOriginalFilename(), flux, fichier.getSize(),
                    new Teledossiers.Acteur(agent.id(), agent.getUsername(), requete.getRemoteAddr()), cle);
        } catch (fr.demarches.document.DepotRefuse refus) {
            suite.addFlashAttribute("erreurDepot", refus.getMessage());
            return "redirect:/gs/teledossiers/" + numero + "#depot";
        }
        suite.addFlashAttribute("succes", "Le document est déposé dans l'espace de l'usager, qui en est informé par courriel.");
        return "redirect:/gs/teledossiers/" + numero;
    }

    /**
     * "Clôturer", for the dossiers ticked in the list or the one of a dossier page: a confirmation page that asks
     * for the outcome (ILE: accepted or refused with its reason; RCO: recensement effectué), then the closing.
     */
    @PostMapping("/cloture")
    String cloturer(@AuthenticationPrincipal CompteConnecte agent,
            @RequestParam(name = "numeros", required = false) java.util.List<String> numeros,
            @RequestParam(defaultValue = "false") boolean confirme,
            @RequestParam(required = false) String issue, @RequestParam(required = false) String motif,
            @RequestParam(defaultValue = "false") boolean depuisDossier, HttpServletRequest requete, Model model,
            RedirectAttributes suite) {
        var lus = numeros == null ? java.util.List.<NumeroTeledossier>of()
                : numeros.stream().map(TeledossiersGsController::lire).distinct().toList();
        if (lus.isEmpty()) {
            suite.addFlashAttribute("erreur", "Cochez au moins un télédossier à clôturer.");
            return "redirect:/gs/teledossiers";
        }
        var dossiers = lus.stream().map(n -> teledossiers.pourCommune(n, agent.communeInsee())).toList();
        var issueIle = enumOuNull(IssueTeledossier.class, issue);
        String motifLu = motif == null || motif.isBlank() ? null : motif.strip();
        boolean ile = dossiers.stream().anyMatch(d -> d.procedure() == Procedure.ILE);
        String erreur = null;
        // The field the error goes beside: the outcome's radio buttons or the reason.
        String champ = "motif";
        if (confirme && ile && (issueIle == null || issueIle.procedure() != Procedure.ILE)) {
            erreur = "Choisissez l'issue de la demande d'inscription.";
            champ = "issue";
        } else if (confirme && ile && issueIle.motifObligatoire() && motifLu == null) {
            erreur = "Indiquez le motif du refus : l'usager le lit avec les voies de recours.";
        } else if (motifLu != null && motifLu.length() > DemandeComplements.LONGUEUR_MAX) {
            erreur = "Le motif ne doit pas dépasser 2 000 caractères.";
        }
        if (!confirme || erreur != null) {
            model.addAttribute("dossiers", dossiers);
            model.addAttribute("ile", ile);
            model.addAttribute("rco", dossiers.stream().anyMatch(d -> d.procedure() == Procedure.RCO));
            model.addAttribute("issue", issueIle);
            model.addAttribute("motif", motif);
            model.addAttribute("erreurCloture", confirme ? erreur : null);
            model.addAttribute("champErreur", confirme && erreur != null ? champ : null);
            model.addAttribute("depuisDossier", depuisDossier && dossiers.size() == 1);
            return "teledossier/gs/cloture";
        }
        int clotures = teledossiers.cloturer(lus, agent.communeInsee(), issueIle, motifLu,
                new Teledossiers.Acteur(agent.id(), agent.getUsername(), requete.getRemoteAddr()));
        suite.addFlashAttribute("succes", clotures + (clotures > 1 ? " télédossiers clôturés" : " télédossier clôturé")
                + ". Chaque usager en est informé par courriel, avec l'issue de sa demande.");
        return depuisDossier && lus.size() == 1 ? "redirect:/gs/teledossiers/" + lus.get(0).valeur()
                : "redirect:/gs/teledossiers";
    }

    /** "Demander des compléments": a message, the pieces to add or replace, the data to correct. */
    @PostMapping("/{numero}/complements")
    String demanderComplements(@AuthenticationPrincipal CompteConnecte agent, @PathVariable String numero,
            @Valid @ModelAttribute("demande") FormulaireComplements demande, BindingResult erreurs,
            @RequestParam(required = false) java.util.UUID cle, Model model, HttpServletRequest requete,
            RedirectAttributes suite) {
        if (!erreurs.hasErrors()) {
            try {
                teledossiers.demanderComplements(lire(numero), agent.communeInsee(), demande.versDemande(),
                        new Teledossiers.Acteur(agent.id(), agent.getUsername(), requete.getRemoteAddr()), cle);
                suite.addFlashAttribute("succes", "Votre demande de compléments est envoyée : l'usager la reçoit par "
                        + "courriel et y répond depuis son tableau de bord.");
                return "redirect:/gs/teledossiers/" + numero;
            } catch (fr.demarches.teledossier.ReponseImpossible | TransitionInterditeException refus) {
                erreurs.rejectValue("message", "refuse", refus.getMessage());
            }
        }
        if (!model.containsAttribute("formulaire")) {
            model.addAttribute("formulaire", new FormulaireEtat(null, null, null));
        }
        return afficher(agent, numero, model);
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
        model.addAttribute("casParticulier", vue.casParticulier());
        model.addAttribute("motifRecensement", vue.motifRecensement());
        // One key per form of this page: each acts once however often it is posted (Teledossiers.premierEnvoi).
        model.addAttribute("cleDepot", java.util.UUID.randomUUID());
        model.addAttribute("cleComplements", java.util.UUID.randomUUID());
        if (!model.containsAttribute("demande")) {
            model.addAttribute("demande", new FormulaireComplements(null, null, null));
        }
        if (vue.procedure() == Procedure.RCO) {
            model.addAttribute("imagesAttestation", attestations.imagesManquantes(agent.communeInsee()).orElse(null));
            model.addAttribute("administrateur", agent.type() == fr.demarches.compte.TypeCompte.ADMIN_COMMUNE);
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
