package fr.demarches.teledossier.web.usager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.demarches.commune.CommuneResume;
import fr.demarches.commune.Procedure;
import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.document.DocumentUsager;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.PieceJointe;
import fr.demarches.teledossier.Teledossiers;
import fr.demarches.teledossier.elements.DonneesIle;
import fr.demarches.teledossier.internal.Brouillons;
import jakarta.servlet.http.HttpServletRequest;

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
import org.springframework.web.multipart.MultipartFile;

/**
 * The ILE request, one page per step (PRG). The draft is loaded before binding, so a step's post only changes the
 * fields of that step; each post saves the draft, even with errors, so nothing typed is lost.
 */
@Controller
@RequestMapping("/demarches/ile")
class IleController {

    private static final Set<TypeDocument> IDENTITE = Set.of(TypeDocument.PIECE_IDENTITE);
    private static final Set<TypeDocument> TYPES_ATTACHE = Set.of(TypeDocument.JUSTIFICATIF_DOMICILE, TypeDocument.AUTRE);

    private final DemandesEnCours demandes;
    private final Brouillons brouillons;
    private final Referentiel referentiel;
    private final Raccordements raccordements;
    private final Teledossiers teledossiers;
    private final AvertissementsIle avertissements;
    private final Clock horloge;
    private final MiseAJourProfil miseAJourProfil;

    IleController(DemandesEnCours demandes, Brouillons brouillons, Referentiel referentiel, Raccordements raccordements,
            Teledossiers teledossiers, AvertissementsIle avertissements, Clock horloge,
            MiseAJourProfil miseAJourProfil) {
        this.demandes = demandes;
        this.brouillons = brouillons;
        this.referentiel = referentiel;
        this.raccordements = raccordements;
        this.teledossiers = teledossiers;
        this.avertissements = avertissements;
        this.horloge = horloge;
        this.miseAJourProfil = miseAJourProfil;
    }

    /** The draft, or a new request prefilled from the profile; request parameters are bound over it. */
    @ModelAttribute("formulaire")
    FormulaireIle formulaire(@AuthenticationPrincipal CompteConnecte usager) {
        return demandes.brouillonOuProfil(usager, Procedure.ILE, FormulaireIle.class, FormulaireIle::depuis);
    }

    @GetMapping
    String debut() {
        return "redirect:" + EtapeIle.SITUATION.url();
    }

    @GetMapping("/{chemin:situation|identite|adresse|commune}")
    String etape(@PathVariable String chemin, @ModelAttribute("formulaire") FormulaireIle formulaire, Model model) {
        return page(EtapeIle.de(chemin).orElseThrow(), formulaire, model);
    }

    @PostMapping("/{chemin:situation|identite|adresse|commune}")
    String enregistrer(@AuthenticationPrincipal CompteConnecte usager, @PathVariable String chemin,
            @ModelAttribute("formulaire") FormulaireIle formulaire, BindingResult erreurs,
            @RequestParam(required = false) String action, @RequestParam(required = false) Boolean majProfil,
            HttpServletRequest requete, Model model) {
        var etape = EtapeIle.de(chemin).orElseThrow();
        brouillons.enregistrer(usager.id(), Procedure.ILE, formulaire);
        if ("chercher".equals(action)) {
            return page(etape, formulaire, model);
        }
        verifier(etape, formulaire, erreurs);
        if (erreurs.hasErrors()) {
            return page(etape, formulaire, model);
        }
        if (etape == EtapeIle.IDENTITE && Boolean.TRUE.equals(majProfil)) {
            var f = formulaire;
            String nationalite = FormulaireIle.FRANCAISE.equals(f.getNationalite()) ? "Française"
                    : Pays.NATIONALITES_UE.get(f.getPaysUe());
            miseAJourProfil.etatCivil(usager, f.getSexe(), f.getNomNaissance(), f.getNomUsage(), f.getPrenoms(),
                    f.naissance(LocalDate.now(horloge)), FormulaireIle.FRANCE.equals(f.getLieuNaissance()),
                    f.getNaissanceCommuneInsee(), f.getNaissancePays(), f.getNaissanceLocalite(), nationalite,
                    requete.getRemoteAddr());
        }
        return "redirect:" + etape.suivante().url();
    }

    @GetMapping("/pieces")
    String pieces(@AuthenticationPrincipal CompteConnecte usager, @ModelAttribute("formulaire") FormulaireIle formulaire,
            Model model) {
        return pagePieces(usager, formulaire, model);
    }

    /** Each piece is chosen among the citizen's documents, or uploaded now into their space and then chosen. */
    @PostMapping("/pieces")
    String enregistrerPieces(@AuthenticationPrincipal CompteConnecte usager,
            @ModelAttribute("formulaire") FormulaireIle formulaire, BindingResult erreurs,
            @RequestParam(required = false) MultipartFile fichierIdentite,
            @RequestParam(required = false) MultipartFile fichierAttache, HttpServletRequest requete, Model model) {
        demandes.televerser(usager, fichierIdentite, TypeDocument.PIECE_IDENTITE, "pieceIdentite", erreurs, requete)
                .ifPresent(d -> formulaire.setPieceIdentite(d.id().toString()));
        TypeDocument typeAttache = formulaire.attacheChoisie() == DonneesIle.Attache.DOMICILE
                || formulaire.attacheChoisie() == DonneesIle.Attache.PARENTS_MOINS_26_ANS
                ? TypeDocument.JUSTIFICATIF_DOMICILE : TypeDocument.AUTRE;
        demandes.televerser(usager, fichierAttache, typeAttache, "pieceAttache", erreurs, requete)
                .ifPresent(d -> formulaire.setPieceAttache(d.id().toString()));
        brouillons.enregistrer(usager.id(), Procedure.ILE, formulaire);
        if (!erreurs.hasErrors()) {
            verifierPieces(usager, formulaire, erreurs);
        }
        if (erreurs.hasErrors()) {
            return pagePieces(usager, formulaire, model);
        }
        return "redirect:" + EtapeIle.RECAPITULATIF.url();
    }

    @GetMapping("/recapitulatif")
    String recapitulatif(@AuthenticationPrincipal CompteConnecte usager,
            @ModelAttribute("formulaire") FormulaireIle formulaire, Model model) {
        return pageRecapitulatif(usager, formulaire, model, false);
    }

    /**
     * Submission. The idempotency key comes from the review page: posted again (double click, back and resubmit),
     * it leads to the dossier it already created.
     */
    @PostMapping("/envoi")
    String envoyer(@AuthenticationPrincipal CompteConnecte usager, @RequestParam(required = false) UUID cleIdempotence,
            @RequestParam(required = false) Boolean engagement, HttpServletRequest requete, Model model) {
        var deja = demandes.dejaEnvoye(usager, cleIdempotence);
        if (deja.isPresent()) {
            return "redirect:/demarches/confirmation/" + deja.get();
        }
        var brouillon = brouillons.lire(usager.id(), Procedure.ILE, FormulaireIle.class);
        if (brouillon.isEmpty()) {
            return "redirect:" + EtapeIle.SITUATION.url();
        }
        var formulaire = brouillon.get().donnees();
        var incompletes = incompletes(usager, formulaire);
        if (!incompletes.isEmpty() || !Boolean.TRUE.equals(engagement)) {
            model.addAttribute("formulaire", formulaire);
            return pageRecapitulatif(usager, formulaire, model, !Boolean.TRUE.equals(engagement));
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        var naissance = FormulaireIle.FRANCE.equals(formulaire.getLieuNaissance())
                ? referentiel.parCodeInsee(formulaire.getNaissanceCommuneInsee()).orElseThrow() : null;
        var inscription = referentiel.parCodeInsee(formulaire.getCommuneInscription()).orElseThrow();
        var donnees = formulaire.donnees(naissance, referentiel.parCodeInsee(formulaire.getCommuneInsee()).orElseThrow(),
                inscription, usager.getUsername(), aujourdhui);
        var pieces = List.of(
                new PieceJointe(UUID.fromString(formulaire.getPieceIdentite()), TypeDocument.PIECE_IDENTITE),
                new PieceJointe(UUID.fromString(formulaire.getPieceAttache()),
                        piece(usager, formulaire.getPieceAttache(), TYPES_ATTACHE).orElseThrow().type()));
        var numero = teledossiers.deposer(new Depot(Procedure.ILE, usager.id(), usager.getUsername(),
                donnees.prenomUsuel() + " " + donnees.nomNaissance(), inscription.codeInsee(), donnees,
                brouillon.get().cleIdempotence(), pieces), requete.getRemoteAddr());
        brouillons.supprimer(usager.id(), Procedure.ILE);
        return "redirect:/demarches/confirmation/" + numero.valeur();
    }

    private void verifier(EtapeIle etape, FormulaireIle f, BindingResult erreurs) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        switch (etape) {
            case SITUATION -> f.verifierSituation(erreurs);
            case IDENTITE -> f.verifierIdentite(referentiel.parCodePostal(f.getCodePostalNaissance()), aujourdhui, erreurs);
            case ADRESSE -> f.verifierAdresse(referentiel.parCodePostal(f.getCodePostal()), erreurs);
            case COMMUNE -> {
                f.verifierCommune(referentiel.parCodePostal(f.getCodePostalInscription()), erreurs);
                if (!erreurs.hasErrors() && !raccordements.ouvert(f.getCommuneInscription(), Procedure.ILE)) {
                    String nom = referentiel.parCodeInsee(f.getCommuneInscription()).map(CommuneResume::libelle).orElse("");
                    erreurs.rejectValue("communeInscription", "communeInscription.fermee", nom
                            + " ne reçoit pas les demandes d'inscription en ligne : faites votre demande en mairie ou par courrier.");
                }
            }
            case PIECES, RECAPITULATIF -> {
            }
        }
    }

    private void verifierPieces(CompteConnecte usager, FormulaireIle f, BindingResult erreurs) {
        f.verifierPieces(piece(usager, f.getPieceIdentite(), IDENTITE).isPresent(),
                piece(usager, f.getPieceAttache(), TYPES_ATTACHE).isPresent(), erreurs);
    }

    private Optional<DocumentUsager> piece(CompteConnecte usager, String id, Set<TypeDocument> types) {
        return demandes.piece(usager, id, types);
    }

    private Map<EtapeIle, List<String>> incompletes(CompteConnecte usager, FormulaireIle f) {
        return demandes.incompletes(EtapeIle.class, f, (etape, erreurs) -> {
            if (etape == EtapeIle.PIECES) {
                verifierPieces(usager, f, erreurs);
            } else {
                verifier(etape, f, erreurs);
            }
        });
    }

    private String page(EtapeIle etape, FormulaireIle f, Model model) {
        model.addAttribute("etape", etape);
        switch (etape) {
            case SITUATION -> model.addAttribute("nationalitesUe", Pays.nationalitesUe());
            case IDENTITE -> {
                model.addAttribute("communesNaissance", referentiel.parCodePostal(f.getCodePostalNaissance()));
                model.addAttribute("pays", Pays.ETRANGERS);
            }
            case ADRESSE -> {
                model.addAttribute("communesAdresse", referentiel.parCodePostal(f.getCodePostal()));
                var attaches = new LinkedHashMap<String, String>();
                for (var a : DonneesIle.Attache.values()) {
                    attaches.put(a.name(), a.libelle());
                }
                model.addAttribute("attaches", attaches);
            }
            case COMMUNE -> {
                model.addAttribute("communesInscription", referentiel.parCodePostal(f.getCodePostalInscription()));
                if (f.getCommuneInscription() != null && referentiel.parCodeInsee(f.getCommuneInscription()).isPresent()
                        && !raccordements.ouvert(f.getCommuneInscription(), Procedure.ILE)) {
                    model.addAttribute("communeFermee", referentiel.parCodeInsee(f.getCommuneInscription()).get());
                }
            }
            default -> {
            }
        }
        return "teledossier/usager/ile/" + etape.chemin();
    }

    private String pagePieces(CompteConnecte usager, FormulaireIle f, Model model) {
        model.addAttribute("etape", EtapeIle.PIECES);
        model.addAttribute("identites", demandes.documents(usager, IDENTITE));
        model.addAttribute("justificatifs", demandes.documents(usager, TYPES_ATTACHE));
        model.addAttribute("tailleMax", demandes.tailleMax());
        return "teledossier/usager/ile/pieces";
    }

    private String pageRecapitulatif(CompteConnecte usager, FormulaireIle f, Model model, boolean engagementManquant) {
        model.addAttribute("etape", EtapeIle.RECAPITULATIF);
        model.addAttribute("incompletes", incompletes(usager, f));
        model.addAttribute("engagementManquant", engagementManquant);
        model.addAttribute("cleIdempotence", demandes.cleIdempotence(usager, Procedure.ILE, FormulaireIle.class));
        LocalDate aujourdhui = LocalDate.now(horloge);
        model.addAttribute("avertissements", avertissements.pour(f.getCommuneInscription(), f.naissance(aujourdhui)));
        model.addAttribute("communeNaissance", referentiel.parCodeInsee(f.getNaissanceCommuneInsee()).orElse(null));
        model.addAttribute("communeAdresse", referentiel.parCodeInsee(f.getCommuneInsee()).orElse(null));
        model.addAttribute("communeInscription", referentiel.parCodeInsee(f.getCommuneInscription()).orElse(null));
        model.addAttribute("paysNaissance", Pays.nom(f.getNaissancePays()).orElse(null));
        model.addAttribute("nationaliteUe", f.getPaysUe() == null ? null : Pays.NATIONALITES_UE.get(f.getPaysUe()));
        model.addAttribute("attacheLibelle", f.attacheChoisie() == null ? null : f.attacheChoisie().libelle());
        model.addAttribute("pieceIdentite", piece(usager, f.getPieceIdentite(), IDENTITE).orElse(null));
        model.addAttribute("pieceAttache", piece(usager, f.getPieceAttache(), TYPES_ATTACHE).orElse(null));
        return "teledossier/usager/ile/recapitulatif";
    }
}
