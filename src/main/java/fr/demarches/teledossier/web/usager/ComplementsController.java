package fr.demarches.teledossier.web.usager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import fr.demarches.audit.Acteur;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.Espace;
import fr.demarches.document.DepotRefuse;
import fr.demarches.document.DocumentUsager;
import fr.demarches.document.Documents;
import fr.demarches.document.TypeDocument;
import fr.demarches.shared.TexteSaisi;
import fr.demarches.teledossier.DemandeComplements;
import fr.demarches.teledossier.DonneeACorriger;
import fr.demarches.teledossier.DossierUsager;
import fr.demarches.teledossier.EchangeDossier;
import fr.demarches.teledossier.NumeroTeledossier;
import fr.demarches.teledossier.PieceJointe;
import fr.demarches.teledossier.ReponseImpossible;
import fr.demarches.teledossier.ReponseUsager;
import fr.demarches.teledossier.SuiviUsager;
import fr.demarches.teledossier.Teledossiers;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.WebUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Répondre à ma mairie": the citizen answers a request for complements from the dashboard, with documents of
 * their space or uploaded now (same checks and limits as everywhere), the corrections asked for and a message.
 * Another citizen's number is answered 404, like an unknown one.
 */
@Controller
@RequestMapping("/demarches/complements/{numero}")
class ComplementsController {

    static final int LONGUEUR_CORRECTION = 500;

    /** The form fields of each piece type a mairie may ask for. */
    private record Champ(TypeDocument type, String champ, String champFichier, Function<FormulaireReponse, String> lu,
            BiConsumer<FormulaireReponse, String> ecrit) {
    }

    private static final List<Champ> CHAMPS = List.of(
            new Champ(TypeDocument.PIECE_IDENTITE, "pieceIdentite", "fichierIdentite",
                    FormulaireReponse::getPieceIdentite, FormulaireReponse::setPieceIdentite),
            new Champ(TypeDocument.JUSTIFICATIF_DOMICILE, "pieceDomicile", "fichierDomicile",
                    FormulaireReponse::getPieceDomicile, FormulaireReponse::setPieceDomicile),
            new Champ(TypeDocument.LIVRET_FAMILLE, "pieceLivret", "fichierLivret",
                    FormulaireReponse::getPieceLivret, FormulaireReponse::setPieceLivret),
            new Champ(TypeDocument.AUTRE, "pieceAutre", "fichierAutre",
                    FormulaireReponse::getPieceAutre, FormulaireReponse::setPieceAutre));

    private final SuiviUsager suivi;
    private final Teledossiers teledossiers;
    private final Documents documents;

    ComplementsController(SuiviUsager suivi, Teledossiers teledossiers, Documents documents) {
        this.suivi = suivi;
        this.teledossiers = teledossiers;
        this.documents = documents;
    }

    @ModelAttribute("formulaire")
    FormulaireReponse formulaire() {
        return new FormulaireReponse();
    }

    @GetMapping
    String page(@AuthenticationPrincipal CompteConnecte usager, @PathVariable String numero,
            @ModelAttribute("formulaire") FormulaireReponse formulaire, Model model, RedirectAttributes suite) {
        var dossier = dossier(usager, numero);
        if (!dossier.attendReponse()) {
            return retourSansDemande(dossier, suite);
        }
        return afficher(usager, dossier, model);
    }

    @PostMapping
    String repondre(@AuthenticationPrincipal CompteConnecte usager, @PathVariable String numero,
            @ModelAttribute("formulaire") FormulaireReponse formulaire, BindingResult erreurs,
            HttpServletRequest requete, Model model, RedirectAttributes suite) {
        var dossier = dossier(usager, numero);
        if (!dossier.attendReponse()) {
            return retourSansDemande(dossier, suite);
        }
        var demande = dossier.derniereDemande();
        var multipart = WebUtils.getNativeRequest(requete, MultipartHttpServletRequest.class);
        var pieces = new ArrayList<PieceJointe>();
        for (var champ : champsOfferts(dossier, demande)) {
            MultipartFile fichier = multipart == null ? null : multipart.getFile(champ.champFichier());
            televerser(usager, fichier, champ, erreurs, requete).ifPresent(d -> champ.ecrit().accept(formulaire,
                    d.id().toString()));
            var choisi = document(usager, champ, formulaire);
            boolean demandee = demande != null && demande.piecesDemandees().contains(champ.type());
            if (choisi.isPresent()) {
                pieces.add(new PieceJointe(choisi.get().id(), champ.type()));
            } else if (!erreurs.hasFieldErrors(champ.champ()) && (demandee || present(champ.lu().apply(formulaire)))) {
                erreurs.rejectValue(champ.champ(), "manquante", "Choisissez le document « "
                        + champ.type().libelle() + " » parmi vos documents, ou ajoutez-le.");
            }
        }
        var corrections = new EnumMap<DonneeACorriger, String>(DonneeACorriger.class);
        for (var donnee : demande == null ? List.<DonneeACorriger>of() : demande.donneesDemandees()) {
            String valeur = formulaire.getCorrections().get(donnee.name());
            String champ = "corrections[" + donnee.name() + "]";
            if (!present(valeur)) {
                erreurs.rejectValue(champ, "vide", "Saisissez la correction demandée : " + donnee.libelle() + ".");
            } else if (valeur.strip().length() > LONGUEUR_CORRECTION) {
                erreurs.rejectValue(champ, "long", "La correction ne doit pas dépasser 500 caractères.");
            } else if (TexteSaisi.aDesControles(valeur)) {
                erreurs.rejectValue(champ, "controle", TexteSaisi.CONTROLE_REFUSE);
            } else {
                corrections.put(donnee, valeur.strip());
            }
        }
        if (formulaire.getMessage() != null && formulaire.getMessage().strip().length() > DemandeComplements.LONGUEUR_MAX) {
            erreurs.rejectValue("message", "long", "Le message ne doit pas dépasser 2 000 caractères.");
        }
        if (!erreurs.hasErrors()) {
            try {
                teledossiers.repondre(new ReponseUsager(usager.id(), lire(numero), formulaire.getMessage(), pieces,
                        corrections), requete.getRemoteAddr());
                suite.addFlashAttribute("succes", "Votre réponse est envoyée à votre mairie, avec une copie des "
                        + "pièces jointes. Elle reprend l'examen de votre demande.");
                return "redirect:/tableau-de-bord#dossier-" + dossier.numero();
            } catch (ReponseImpossible refus) {
                erreurs.reject("refus", refus.getMessage());
            }
        }
        return afficher(usager, dossier, model);
    }

    private String afficher(CompteConnecte usager, DossierUsager dossier, Model model) {
        var demande = dossier.derniereDemande();
        var mesDocuments = documents.lister(usager.id());
        var affichees = new ArrayList<PieceOfferte>();
        for (var champ : champsOfferts(dossier, demande)) {
            boolean demandee = demande != null && demande.piecesDemandees().contains(champ.type());
            affichees.add(new PieceOfferte(champ.champ(), champ.champFichier(), champ.type().libelle()
                    + (demandee ? "" : " (facultatif)"), demandee ? "Demandé par votre mairie." : "Si votre mairie l'attend.",
                    mesDocuments.stream().filter(d -> d.type() == champ.type()).toList(), !demandee));
        }
        model.addAttribute("dossier", dossier);
        model.addAttribute("demande", demande);
        model.addAttribute("pieces", affichees);
        model.addAttribute("tailleMax", documents.tailleMax().toMegabytes() + " Mo");
        return "teledossier/usager/complements";
    }

    /** What the piece fragment of the request forms shows. */
    record PieceOfferte(String champ, String champFichier, String legende, String indice, List<DocumentUsager> choix,
            boolean facultative) {
    }

    /** The pieces asked for; if none, every piece of the procedure, optional (the message says what is missing). */
    private static List<Champ> champsOfferts(DossierUsager dossier, EchangeDossier demande) {
        var demandees = demande == null ? List.<TypeDocument>of() : demande.piecesDemandees();
        var types = demandees.isEmpty() ? DemandeComplements.piecesDemandables(dossier.procedure()) : demandees;
        return CHAMPS.stream().filter(c -> types.contains(c.type())).toList();
    }

    private Optional<DocumentUsager> document(CompteConnecte usager, Champ champ, FormulaireReponse formulaire) {
        String id = champ.lu().apply(formulaire);
        try {
            return !present(id) ? Optional.empty()
                    : documents.trouver(usager.id(), UUID.fromString(id)).filter(d -> d.type() == champ.type());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Uploads a file into the citizen's space; a refused file becomes an error on its field. */
    private Optional<DocumentUsager> televerser(CompteConnecte usager, MultipartFile fichier, Champ champ,
            Errors erreurs, HttpServletRequest requete) {
        if (fichier == null || fichier.isEmpty()) {
            return Optional.empty();
        }
        try (var flux = fichier.getInputStream()) {
            return Optional.of(documents.deposer(new Acteur(Espace.USAGER.name(), usager.id(), usager.getUsername(),
                    requete.getRemoteAddr()), champ.type(), fichier.getOriginalFilename(), flux, fichier.getSize()));
        } catch (DepotRefuse refus) {
            erreurs.rejectValue(champ.champ(), "refuse", refus.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String retourSansDemande(DossierUsager dossier, RedirectAttributes suite) {
        suite.addFlashAttribute("info", "Votre mairie n'attend pas d'éléments complémentaires pour la demande "
                + dossier.numero() + ".");
        return "redirect:/tableau-de-bord#dossier-" + dossier.numero();
    }

    private DossierUsager dossier(CompteConnecte usager, String numero) {
        return suivi.dossier(usager.id(), numero).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static NumeroTeledossier lire(String numero) {
        return NumeroTeledossier.lire(numero).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean present(String valeur) {
        return valeur != null && !valeur.isBlank();
    }
}
