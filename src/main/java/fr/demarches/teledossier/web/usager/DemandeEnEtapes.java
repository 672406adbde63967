package fr.demarches.teledossier.web.usager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.CommuneResume;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.ConnexionCertifiee;
import fr.demarches.compte.Espace;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.document.DepotRefuse;
import fr.demarches.document.DocumentUsager;
import fr.demarches.document.TypeDocument;
import fr.demarches.teledossier.Depot;
import fr.demarches.teledossier.PieceJointe;
import fr.demarches.teledossier.elements.DonneesDemande;
import fr.demarches.teledossier.elements.IdentiteCertifiee;
import fr.demarches.teledossier.internal.Brouillons;
import fr.demarches.teledossier.web.usager.Demarche.EtapeCourante;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.WebUtils;

/**
 * The step machinery of a citizen's request, one page per step (PRG), shared by ILE and RCO: each procedure
 * declares its steps ({@link Demarche}), its form and typed data, its pieces, and what its pages show. The draft
 * is loaded before binding, so a step's post only changes the fields of that step; each post saves the draft, even
 * with errors, so nothing typed is lost. The pieces are chosen among, or uploaded into, the citizen's documents;
 * the review checks every step again; the submission is idempotent (its key comes from the review page).
 */
abstract class DemandeEnEtapes<D extends DonneesDemande, F extends FormulaireDemande<D>> {

    private final Demarche demarche;
    private final Class<F> type;
    private final BiFunction<ProfilUsager, String, F> depuisProfil;
    private final List<PieceDemandee<F>> pieces;
    protected final ServicesDemande services;

    protected DemandeEnEtapes(Demarche demarche, Class<F> type, BiFunction<ProfilUsager, String, F> depuisProfil,
            List<PieceDemandee<F>> pieces, ServicesDemande services) {
        this.demarche = demarche;
        this.type = type;
        this.depuisProfil = depuisProfil;
        this.pieces = List.copyOf(pieces);
        this.services = services;
    }

    /** What the procedure's page of this step needs besides the form (lists to choose from). */
    protected abstract void preparer(Etape etape, F formulaire, Model model);

    /** What the procedure's review page shows besides the form and the pieces. */
    protected abstract void recapitulatif(F formulaire, Model model);

    /** The warnings of the review page: never a reason to refuse the request. */
    protected abstract List<String> avertissements(F formulaire, LocalDate aujourdhui);

    /** The pieces this request asks for, some depending on its answers (ILE: the proof of an L30 ground). */
    protected List<PieceDemandee<F>> piecesDemandees(F formulaire) {
        return pieces;
    }

    /** The procedure's checks of a step that need more than the form (ILE: the calendar of elections now). */
    protected void verifierAussi(Etape etape, F formulaire, Errors erreurs) {
    }

    /** The data as submitted now, completed with what only the submission instant decides (ILE: an L30 ground). */
    protected D aLEnvoi(D donnees, F formulaire) {
        return donnees;
    }

    /** What a step's answer changes in the rest of the form before it is saved; nothing by default. */
    protected void avantEnregistrement(Etape etape, F formulaire, CompteConnecte usager) {
    }

    /** The postal code of the profile's birth commune, as the prefilled form shows it. */
    protected String codePostalNaissance(ProfilUsager profil) {
        return services.referentiel().parCodeInsee(profil.naissanceCommuneInsee())
                .map(c -> c.codesPostaux().getFirst()).orElse(null);
    }

    @ModelAttribute("demarche")
    Demarche demarche() {
        return demarche;
    }

    /** The draft, or a new request prefilled from the profile; request parameters are bound over it. */
    @ModelAttribute("formulaire")
    F formulaire(@AuthenticationPrincipal CompteConnecte usager) {
        return services.brouillons().lire(usager.id(), demarche.procedure(), type).map(Brouillons.Brouillon::donnees)
                .orElseGet(() -> {
                    var profil = services.profils().ouVide(usager.id());
                    return depuisProfil.apply(profil, codePostalNaissance(profil));
                });
    }

    @GetMapping
    String debut() {
        return "redirect:" + demarche.premiere().url();
    }

    @EtapeSaisie(method = RequestMethod.GET)
    String etape(@AuthenticationPrincipal CompteConnecte usager, HttpServletRequest requete,
            @ModelAttribute("formulaire") F formulaire, Model model) {
        return page(usager, saisie(requete), formulaire, model);
    }

    @EtapeSaisie(method = RequestMethod.POST)
    String enregistrer(@AuthenticationPrincipal CompteConnecte usager, @ModelAttribute("formulaire") F formulaire,
            BindingResult erreurs, @RequestParam(required = false) String action,
            @RequestParam(required = false) Boolean majProfil, HttpServletRequest requete, Model model) {
        var etape = saisie(requete);
        avantEnregistrement(etape, formulaire, usager);
        formulaire.completerCommunes(services.referentiel());
        services.brouillons().enregistrer(usager.id(), demarche.procedure(), formulaire);
        if ("chercher".equals(action)) {
            return page(usager, etape, formulaire, model);
        }
        verifier(usager, etape, formulaire, erreurs);
        if (erreurs.getFieldErrors().stream().anyMatch(e -> e.getCode() != null && e.getCode().endsWith(".certifie"))) {
            services.journal().enregistrer(new Acteur(Espace.USAGER.name(), usager.id(), usager.getUsername(),
                    requete.getRemoteAddr()).entree("DEMANDE_CERTIFIEE_MODIFICATION_REFUSEE", "COMPTE",
                    usager.id().toString(), demarche.procedure().name()));
        }
        if (erreurs.hasErrors()) {
            return page(usager, etape, formulaire, model);
        }
        if (etape == Etape.IDENTITE && Boolean.TRUE.equals(majProfil) && formulaire.identiteDuCompte()) {
            services.miseAJourProfil().etatCivil(usager, formulaire, aujourdhui(), requete.getRemoteAddr());
        }
        return "redirect:" + demarche.position(etape).suivante().url();
    }

    @GetMapping("/pieces")
    String pieces(@AuthenticationPrincipal CompteConnecte usager, @ModelAttribute("formulaire") F formulaire,
            Model model) {
        return pagePieces(usager, formulaire, model);
    }

    /** Each piece is chosen among the citizen's documents, or uploaded now into their space and then chosen. */
    @PostMapping("/pieces")
    String enregistrerPieces(@AuthenticationPrincipal CompteConnecte usager,
            @ModelAttribute("formulaire") F formulaire, BindingResult erreurs, HttpServletRequest requete, Model model) {
        var multipart = WebUtils.getNativeRequest(requete, MultipartHttpServletRequest.class);
        for (var piece : piecesDemandees(formulaire)) {
            MultipartFile fichier = multipart == null ? null : multipart.getFile(piece.champFichier());
            televerser(usager, fichier, piece.typeAjoute().apply(formulaire), piece.champ(), erreurs, requete)
                    .ifPresent(d -> piece.choisir().accept(formulaire, d.id().toString()));
        }
        services.brouillons().enregistrer(usager.id(), demarche.procedure(), formulaire);
        if (!erreurs.hasErrors()) {
            verifierPieces(choisis(usager, formulaire), formulaire, erreurs);
        }
        if (erreurs.hasErrors()) {
            return pagePieces(usager, formulaire, model);
        }
        return "redirect:" + demarche.position(Etape.RECAPITULATIF).url();
    }

    @GetMapping("/recapitulatif")
    String recapitulatif(@AuthenticationPrincipal CompteConnecte usager, @ModelAttribute("formulaire") F formulaire,
            Model model) {
        return pageRecapitulatif(usager, formulaire, model, false);
    }

    /**
     * Submission. The idempotency key comes from the review page: posted again (double click, back and resubmit),
     * it leads to the dossier it already created. Looked up only when it is not the draft's: the draft is deleted
     * with the dossier it creates, and two posts at once are told apart by the service.
     */
    @PostMapping("/envoi")
    String envoyer(@AuthenticationPrincipal CompteConnecte usager, @RequestParam(required = false) UUID cleIdempotence,
            @RequestParam(required = false) Boolean engagement, Authentication connexion, HttpServletRequest requete,
            Model model) {
        var brouillon = services.brouillons().lire(usager.id(), demarche.procedure(), type);
        if (cleIdempotence != null && !brouillon.map(b -> cleIdempotence.equals(b.cleIdempotence())).orElse(false)) {
            var deja = services.suivi().parCleIdempotence(usager.id(), cleIdempotence).map(d -> d.numero());
            if (deja.isPresent()) {
                return "redirect:/demarches/confirmation/" + deja.get();
            }
        }
        if (brouillon.isEmpty()) {
            return "redirect:" + demarche.premiere().url();
        }
        var formulaire = brouillon.get().donnees();
        var choisis = choisis(usager, formulaire);
        if (!incompletes(usager, formulaire, choisis).isEmpty() || !Boolean.TRUE.equals(engagement)) {
            model.addAttribute("formulaire", formulaire);
            return pageRecapitulatif(usager, formulaire, model, !Boolean.TRUE.equals(engagement));
        }
        D donnees = aLEnvoi(formulaire.donnees(services.referentiel(), usager.getUsername(), aujourdhui()), formulaire);
        DonneesDemande deposees = identiteCertifiee(connexion, formulaire, usager).map(donnees::avec).orElse(donnees);
        var jointes = new ArrayList<PieceJointe>();
        for (var piece : piecesDemandees(formulaire)) {
            document(choisis, piece, formulaire).ifPresent(d -> jointes.add(new PieceJointe(d.id(), d.type())));
        }
        // The service deletes the draft with the dossier it creates.
        var numero = services.teledossiers().deposer(new Depot(usager.id(), usager.getUsername(), deposees,
                brouillon.get().cleIdempotence(), jointes), requete.getRemoteAddr());
        return "redirect:/demarches/confirmation/" + numero.valeur();
    }

    /**
     * The step the path names (the last segment of one of {@link EtapeSaisie}'s paths), if it is a step with a form of
     * the procedure's own; anything else is not a page of this request.
     */
    private Etape saisie(HttpServletRequest requete) {
        String adresse = requete.getRequestURI();
        return demarche.etape(adresse.substring(adresse.lastIndexOf('/') + 1))
                .filter(e -> e != Etape.PIECES && e != Etape.RECAPITULATIF)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The step's checks, the certified identity kept unchanged, then whether the commune that would receive the
     * request receives it online.
     */
    private void verifier(CompteConnecte usager, Etape etape, F formulaire, Errors erreurs) {
        formulaire.verifier(etape, services.referentiel(), aujourdhui(), erreurs);
        if (etape == Etape.IDENTITE) {
            certifie(usager, formulaire).ifPresent(c -> formulaire.verifierCertifie(c, naissanceCertifiee(usager),
                    erreurs));
        }
        verifierAussi(etape, formulaire, erreurs);
        var destinataire = formulaire.destinataire();
        if (etape == destinataire.etape() && !erreurs.hasFieldErrors(destinataire.champCommune())
                && !erreurs.hasFieldErrors(destinataire.champCodePostal()) && !ouverte(formulaire)) {
            String nom = services.referentiel().parCodeInsee(formulaire.communeDestinataire())
                    .map(CommuneResume::libelle).orElse("");
            erreurs.rejectValue(destinataire.champCommune(), destinataire.champCommune() + ".fermee",
                    nom + destinataire.fermee());
        }
    }

    /**
     * The certified profile whose identity this form must keep, when FranceConnect certified it and the person the
     * form is about is the account holder (not so for a parent's RCO request for their child).
     */
    private Optional<ProfilUsager> certifie(CompteConnecte usager, F formulaire) {
        if (!formulaire.identiteDuCompte() || services.profils().certification(usager.id()).isEmpty()) {
            return Optional.empty();
        }
        return services.profils().de(usager.id());
    }

    private boolean naissanceCertifiee(CompteConnecte usager) {
        return services.profils().certification(usager.id()).map(c -> c.naissance()).orElse(false);
    }

    /**
     * How the identity was attested, from the current sign-in: the account holder's own identity (locked in the
     * form), or, for an RCO request filled in for a child, the declarant's, who signed in.
     */
    private Optional<IdentiteCertifiee> identiteCertifiee(Authentication connexion, F formulaire,
            CompteConnecte usager) {
        return ConnexionCertifiee.attestationDe(connexion)
                // A declarant's name is typed: certified only when it is the one the provider gave (the profile's).
                .filter(a -> formulaire.identiteDuCompte()
                        || services.profils().de(usager.id()).map(formulaire::declarantEst).orElse(false))
                .map(a -> new IdentiteCertifiee(a.fournisseur(), a.niveau(), a.authentifieeLe(),
                        formulaire.identiteDuCompte() ? IdentiteCertifiee.Titulaire.DEMANDEUR
                                : IdentiteCertifiee.Titulaire.DECLARANT));
    }

    private boolean ouverte(F formulaire) {
        return services.raccordements().ouvert(formulaire.communeDestinataire(), demarche.procedure());
    }

    /** A piece must be a document of the citizen's space, of an accepted type; an optional one may be left out. */
    private void verifierPieces(Map<UUID, DocumentUsager> choisis, F formulaire, Errors erreurs) {
        for (var piece : piecesDemandees(formulaire)) {
            boolean choisie = Saisie.present(piece.choisie().apply(formulaire));
            if ((choisie || !piece.facultative()) && document(choisis, piece, formulaire).isEmpty()) {
                erreurs.rejectValue(piece.champ(), piece.champ(), piece.manquante());
            }
        }
    }

    /** Every step checked again, by step: the review lists what is missing with a link to the step. */
    private Map<EtapeCourante, List<String>> incompletes(CompteConnecte usager, F formulaire,
            Map<UUID, DocumentUsager> choisis) {
        var resultat = new LinkedHashMap<EtapeCourante, List<String>>();
        for (Etape etape : demarche.etapes()) {
            var erreurs = new BeanPropertyBindingResult(formulaire, "formulaire");
            switch (etape) {
                case PIECES -> verifierPieces(choisis, formulaire, erreurs);
                case RECAPITULATIF -> {
                }
                default -> verifier(usager, etape, formulaire, erreurs);
            }
            if (erreurs.hasErrors()) {
                resultat.put(demarche.position(etape), erreurs.getAllErrors().stream()
                        .map(DefaultMessageSourceResolvable::getDefaultMessage).toList());
            }
        }
        return resultat;
    }

    private String page(CompteConnecte usager, Etape etape, F formulaire, Model model) {
        model.addAttribute("etape", demarche.position(etape));
        if (etape == Etape.IDENTITE) {
            certifie(usager, formulaire).ifPresent(c -> {
                // The page shows the certified values, whatever the draft holds, and sends them back unchanged.
                model.addAttribute("identiteCertifiee", c);
                if (naissanceCertifiee(usager)) {
                    model.addAttribute("naissanceEstCertifiee", true);
                    model.addAttribute("communeNaissanceCertifiee", services.referentiel()
                            .parCodeInsee(c.naissanceCommuneInsee()).orElse(null));
                    model.addAttribute("codePostalNaissanceCertifie", codePostalNaissance(c));
                }
            });
            model.addAttribute("communesNaissance",
                    services.referentiel().parCodePostal(formulaire.getCodePostalNaissance()));
            model.addAttribute("pays", Pays.ETRANGERS);
        }
        if (etape == formulaire.destinataire().etape()) {
            String commune = formulaire.communeDestinataire();
            if (commune != null && services.referentiel().parCodeInsee(commune).isPresent() && !ouverte(formulaire)) {
                model.addAttribute("communeFermee", services.referentiel().parCodeInsee(commune).get());
            }
        }
        preparer(etape, formulaire, model);
        return "teledossier/usager/" + demarche.chemin() + "/" + etape.chemin();
    }

    /** What the pieces page shows of one piece: its fields and texts, and the citizen's documents to choose from. */
    record PieceAffichee(String champ, String champFichier, String legende, String indice, List<DocumentUsager> choix,
            boolean facultative) {
    }

    private String pagePieces(CompteConnecte usager, F formulaire, Model model) {
        model.addAttribute("etape", demarche.position(Etape.PIECES));
        var documents = services.documents().lister(usager.id());
        model.addAttribute("pieces", piecesDemandees(formulaire).stream().map(p -> new PieceAffichee(p.champ(), p.champFichier(),
                p.legende(), p.indice(), documents.stream().filter(d -> p.types().contains(d.type())).toList(),
                p.facultative())).toList());
        model.addAttribute("tailleMax", services.documents().tailleMax().toMegabytes() + " Mo");
        return "teledossier/usager/pieces";
    }

    private String pageRecapitulatif(CompteConnecte usager, F formulaire, Model model, boolean engagementManquant) {
        model.addAttribute("etape", demarche.position(Etape.RECAPITULATIF));
        var choisis = choisis(usager, formulaire);
        model.addAttribute("incompletes", incompletes(usager, formulaire, choisis));
        model.addAttribute("engagementManquant", engagementManquant);
        model.addAttribute("cleIdempotence", services.brouillons().lire(usager.id(), demarche.procedure(), type)
                .map(Brouillons.Brouillon::cleIdempotence).orElse(null));
        model.addAttribute("avertissements", avertissements(formulaire, aujourdhui()));
        for (var piece : piecesDemandees(formulaire)) {
            model.addAttribute(piece.champ(), document(choisis, piece, formulaire).orElse(null));
        }
        recapitulatif(formulaire, model);
        return "teledossier/usager/recapitulatif";
    }

    /** The documents the form chose that are the citizen's, read in one query for all its pieces. */
    private Map<UUID, DocumentUsager> choisis(CompteConnecte usager, F formulaire) {
        var ids = piecesDemandees(formulaire).stream().map(p -> identifiant(p.choisie().apply(formulaire)))
                .flatMap(Optional::stream).collect(java.util.stream.Collectors.toSet());
        var choisis = new java.util.HashMap<UUID, DocumentUsager>();
        services.documents().trouver(usager.id(), ids).forEach(d -> choisis.put(d.id(), d));
        return choisis;
    }

    /** The chosen document, if it is the citizen's and of an accepted type; anything else (someone else's) is absent. */
    private Optional<DocumentUsager> document(Map<UUID, DocumentUsager> choisis, PieceDemandee<F> piece, F formulaire) {
        Set<TypeDocument> types = piece.types();
        return identifiant(piece.choisie().apply(formulaire)).map(choisis::get).filter(d -> types.contains(d.type()));
    }

    private static Optional<UUID> identifiant(String saisi) {
        try {
            return Saisie.present(saisi) ? Optional.of(UUID.fromString(saisi)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Uploads a file into the citizen's space; a refused file becomes an error on {@code champ}. */
    private Optional<DocumentUsager> televerser(CompteConnecte usager, MultipartFile fichier, TypeDocument typeDocument,
            String champ, Errors erreurs, HttpServletRequest requete) {
        if (fichier == null || fichier.isEmpty()) {
            return Optional.empty();
        }
        try (var flux = fichier.getInputStream()) {
            // The service writes DOCUMENT_AJOUTE in the upload's own transaction.
            return Optional.of(services.documents().deposer(new Acteur(Espace.USAGER.name(), usager.id(),
                    usager.getUsername(), requete.getRemoteAddr()), typeDocument, fichier.getOriginalFilename(), flux,
                    fichier.getSize()));
        } catch (DepotRefuse refus) {
            erreurs.rejectValue(champ, champ + ".refuse", refus.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDate aujourdhui() {
        return LocalDate.now(services.horloge());
    }
}
