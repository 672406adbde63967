package fr.demarches.teledossier.web.usager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import fr.demarches.teledossier.elements.DonneesRco;
import fr.demarches.teledossier.internal.Brouillons;
import fr.demarches.teledossier.regles.FenetreRecensement;
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
 * The RCO request, built like the ILE one (see {@link IleController}): the draft is loaded before binding, each
 * post saves it, the review checks every step again. The request goes to the mairie of the domicile.
 */
@Controller
@RequestMapping("/demarches/rco")
class RcoController {

    private static final Set<TypeDocument> IDENTITE = Set.of(TypeDocument.PIECE_IDENTITE);
    private static final Set<TypeDocument> LIVRET = Set.of(TypeDocument.LIVRET_FAMILLE);

    private final DemandesEnCours demandes;
    private final Brouillons brouillons;
    private final Referentiel referentiel;
    private final Raccordements raccordements;
    private final Teledossiers teledossiers;
    private final Clock horloge;
    private final MiseAJourProfil miseAJourProfil;

    RcoController(DemandesEnCours demandes, Brouillons brouillons, Referentiel referentiel, Raccordements raccordements,
            Teledossiers teledossiers, Clock horloge, MiseAJourProfil miseAJourProfil) {
        this.demandes = demandes;
        this.brouillons = brouillons;
        this.referentiel = referentiel;
        this.raccordements = raccordements;
        this.teledossiers = teledossiers;
        this.horloge = horloge;
        this.miseAJourProfil = miseAJourProfil;
    }

    @ModelAttribute("formulaire")
    FormulaireRco formulaire(@AuthenticationPrincipal CompteConnecte usager) {
        return demandes.brouillonOuProfil(usager, Procedure.RCO, FormulaireRco.class, FormulaireRco::depuis);
    }

    @GetMapping
    String debut() {
        return "redirect:" + EtapeRco.IDENTITE.url();
    }

    @GetMapping("/{chemin:identite|domicile|famille|filiation}")
    String etape(@PathVariable String chemin, @ModelAttribute("formulaire") FormulaireRco formulaire, Model model) {
        return page(EtapeRco.de(chemin).orElseThrow(), formulaire, model);
    }

    @PostMapping("/{chemin:identite|domicile|famille|filiation}")
    String enregistrer(@AuthenticationPrincipal CompteConnecte usager, @PathVariable String chemin,
            @ModelAttribute("formulaire") FormulaireRco formulaire, BindingResult erreurs,
            @RequestParam(required = false) String action, @RequestParam(required = false) Boolean majProfil,
            HttpServletRequest requete, Model model) {
        var etape = EtapeRco.de(chemin).orElseThrow();
        brouillons.enregistrer(usager.id(), Procedure.RCO, formulaire);
        if ("chercher".equals(action)) {
            return page(etape, formulaire, model);
        }
        verifier(etape, formulaire, erreurs);
        if (erreurs.hasErrors()) {
            return page(etape, formulaire, model);
        }
        if (etape == EtapeRco.IDENTITE && Boolean.TRUE.equals(majProfil)) {
            var f = formulaire;
            miseAJourProfil.etatCivil(usager, f.getSexe(), f.getNomFamille(), f.getNomUsage(), f.getPrenoms(),
                    f.naissance(LocalDate.now(horloge)), FormulaireRco.FRANCE.equals(f.getLieuNaissance()),
                    f.getNaissanceCommuneInsee(), f.getNaissancePays(), f.getNaissanceLocalite(), "Française",
                    requete.getRemoteAddr());
        }
        return "redirect:" + etape.suivante().url();
    }

    @GetMapping("/pieces")
    String pieces(@AuthenticationPrincipal CompteConnecte usager, Model model) {
        return pagePieces(usager, model);
    }

    @PostMapping("/pieces")
    String enregistrerPieces(@AuthenticationPrincipal CompteConnecte usager,
            @ModelAttribute("formulaire") FormulaireRco formulaire, BindingResult erreurs,
            @RequestParam(required = false) MultipartFile fichierIdentite,
            @RequestParam(required = false) MultipartFile fichierLivret, HttpServletRequest requete, Model model) {
        demandes.televerser(usager, fichierIdentite, TypeDocument.PIECE_IDENTITE, "pieceIdentite", erreurs, requete)
                .ifPresent(d -> formulaire.setPieceIdentite(d.id().toString()));
        demandes.televerser(usager, fichierLivret, TypeDocument.LIVRET_FAMILLE, "pieceLivret", erreurs, requete)
                .ifPresent(d -> formulaire.setPieceLivret(d.id().toString()));
        brouillons.enregistrer(usager.id(), Procedure.RCO, formulaire);
        if (!erreurs.hasErrors()) {
            verifierPieces(usager, formulaire, erreurs);
        }
        if (erreurs.hasErrors()) {
            return pagePieces(usager, model);
        }
        return "redirect:" + EtapeRco.RECAPITULATIF.url();
    }

    @GetMapping("/recapitulatif")
    String recapitulatif(@AuthenticationPrincipal CompteConnecte usager,
            @ModelAttribute("formulaire") FormulaireRco formulaire, Model model) {
        return pageRecapitulatif(usager, formulaire, model, false);
    }

    @PostMapping("/envoi")
    String envoyer(@AuthenticationPrincipal CompteConnecte usager, @RequestParam(required = false) UUID cleIdempotence,
            @RequestParam(required = false) Boolean engagement, HttpServletRequest requete, Model model) {
        var deja = demandes.dejaEnvoye(usager, cleIdempotence);
        if (deja.isPresent()) {
            return "redirect:/demarches/confirmation/" + deja.get();
        }
        var brouillon = brouillons.lire(usager.id(), Procedure.RCO, FormulaireRco.class);
        if (brouillon.isEmpty()) {
            return "redirect:" + EtapeRco.IDENTITE.url();
        }
        var formulaire = brouillon.get().donnees();
        if (!incompletes(usager, formulaire).isEmpty() || !Boolean.TRUE.equals(engagement)) {
            model.addAttribute("formulaire", formulaire);
            return pageRecapitulatif(usager, formulaire, model, !Boolean.TRUE.equals(engagement));
        }
        DonneesRco donnees = formulaire.donnees(referentiel, usager.getUsername(), LocalDate.now(horloge));
        var pieces = new ArrayList<PieceJointe>();
        pieces.add(new PieceJointe(UUID.fromString(formulaire.getPieceIdentite()), TypeDocument.PIECE_IDENTITE));
        if (Saisie.present(formulaire.getPieceLivret())) {
            pieces.add(new PieceJointe(UUID.fromString(formulaire.getPieceLivret()), TypeDocument.LIVRET_FAMILLE));
        }
        var numero = teledossiers.deposer(new Depot(Procedure.RCO, usager.id(), usager.getUsername(),
                donnees.prenomUsuel() + " " + donnees.nomFamille(), formulaire.getCommuneInsee(), donnees,
                brouillon.get().cleIdempotence(), pieces), requete.getRemoteAddr());
        brouillons.supprimer(usager.id(), Procedure.RCO);
        return "redirect:/demarches/confirmation/" + numero.valeur();
    }

    private void verifier(EtapeRco etape, FormulaireRco f, BindingResult erreurs) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        switch (etape) {
            case IDENTITE -> f.verifierIdentite(referentiel.parCodePostal(f.getCodePostalNaissance()), aujourdhui, erreurs);
            case DOMICILE -> {
                f.verifierDomicile(referentiel.parCodePostal(f.getCodePostal()), erreurs);
                if (!erreurs.hasFieldErrors("communeInsee") && !erreurs.hasFieldErrors("codePostal")
                        && !raccordements.ouvert(f.getCommuneInsee(), Procedure.RCO)) {
                    String nom = referentiel.parCodeInsee(f.getCommuneInsee()).map(CommuneResume::libelle).orElse("");
                    erreurs.rejectValue("communeInsee", "communeInsee.fermee", nom
                            + " ne reçoit pas le recensement en ligne : faites-vous recenser à la mairie de votre domicile.");
                }
            }
            case FAMILLE -> f.verifierFamille(erreurs);
            case FILIATION -> f.verifierFiliation(referentiel.parCodePostal(f.getPere().getCodePostal()),
                    referentiel.parCodePostal(f.getMere().getCodePostal()), aujourdhui, erreurs);
            case PIECES, RECAPITULATIF -> {
            }
        }
    }

    private void verifierPieces(CompteConnecte usager, FormulaireRco f, BindingResult erreurs) {
        if (piece(usager, f.getPieceIdentite(), IDENTITE).isEmpty()) {
            erreurs.rejectValue("pieceIdentite", "pieceIdentite",
                    "Choisissez votre pièce d'identité parmi vos documents, ou ajoutez-en une.");
        }
        if (Saisie.present(f.getPieceLivret())
                && piece(usager, f.getPieceLivret(), LIVRET).isEmpty()) {
            erreurs.rejectValue("pieceLivret", "pieceLivret", "Choisissez la page du livret de famille parmi vos documents.");
        }
    }

    private Optional<DocumentUsager> piece(CompteConnecte usager, String id, Set<TypeDocument> types) {
        return demandes.piece(usager, id, types);
    }

    private Map<EtapeRco, List<String>> incompletes(CompteConnecte usager, FormulaireRco f) {
        return demandes.incompletes(EtapeRco.class, f, (etape, erreurs) -> {
            if (etape == EtapeRco.PIECES) {
                verifierPieces(usager, f, erreurs);
            } else {
                verifier(etape, f, erreurs);
            }
        });
    }

    private String page(EtapeRco etape, FormulaireRco f, Model model) {
        model.addAttribute("etape", etape);
        switch (etape) {
            case IDENTITE -> {
                model.addAttribute("communesNaissance", referentiel.parCodePostal(f.getCodePostalNaissance()));
                model.addAttribute("pays", Pays.ETRANGERS);
            }
            case DOMICILE -> {
                model.addAttribute("communesDomicile", referentiel.parCodePostal(f.getCodePostal()));
                if (f.getCommuneInsee() != null && referentiel.parCodeInsee(f.getCommuneInsee()).isPresent()
                        && !raccordements.ouvert(f.getCommuneInsee(), Procedure.RCO)) {
                    model.addAttribute("communeFermee", referentiel.parCodeInsee(f.getCommuneInsee()).get());
                }
            }
            case FAMILLE -> {
                model.addAttribute("situations", libelles(DonneesRco.SituationMatrimoniale.values()));
                var pupilles = new LinkedHashMap<String, String>();
                pupilles.put("NON", "Non");
                pupilles.put("ETAT", DonneesRco.Pupille.ETAT.libelle());
                pupilles.put("NATION", DonneesRco.Pupille.NATION.libelle());
                model.addAttribute("pupilles", pupilles);
            }
            case FILIATION -> {
                model.addAttribute("communesPere", referentiel.parCodePostal(f.getPere().getCodePostal()));
                model.addAttribute("communesMere", referentiel.parCodePostal(f.getMere().getCodePostal()));
                model.addAttribute("pays", Pays.ETRANGERS);
            }
            default -> {
            }
        }
        return "teledossier/usager/rco/" + etape.chemin();
    }

    private static Map<String, String> libelles(DonneesRco.SituationMatrimoniale[] valeurs) {
        var m = new LinkedHashMap<String, String>();
        for (var v : valeurs) {
            m.put(v.name(), v.libelle());
        }
        return m;
    }

    private String pagePieces(CompteConnecte usager, Model model) {
        model.addAttribute("etape", EtapeRco.PIECES);
        model.addAttribute("identites", demandes.documents(usager, IDENTITE));
        model.addAttribute("livrets", demandes.documents(usager, LIVRET));
        model.addAttribute("tailleMax", demandes.tailleMax());
        return "teledossier/usager/rco/pieces";
    }

    private String pageRecapitulatif(CompteConnecte usager, FormulaireRco f, Model model, boolean engagementManquant) {
        model.addAttribute("etape", EtapeRco.RECAPITULATIF);
        model.addAttribute("incompletes", incompletes(usager, f));
        model.addAttribute("engagementManquant", engagementManquant);
        model.addAttribute("cleIdempotence", demandes.cleIdempotence(usager, Procedure.RCO, FormulaireRco.class));
        LocalDate aujourdhui = LocalDate.now(horloge);
        var naissance = f.naissance(aujourdhui);
        var avertissements = naissance == null ? List.<String>of()
                : FenetreRecensement.pour(naissance, aujourdhui).avertissement().stream().toList();
        model.addAttribute("avertissements", avertissements);
        model.addAttribute("communeDomicile", referentiel.parCodeInsee(f.getCommuneInsee()).orElse(null));
        model.addAttribute("pieceIdentite", piece(usager, f.getPieceIdentite(), IDENTITE).orElse(null));
        model.addAttribute("pieceLivret", piece(usager, f.getPieceLivret(), LIVRET).orElse(null));
        return "teledossier/usager/rco/recapitulatif";
    }
}
