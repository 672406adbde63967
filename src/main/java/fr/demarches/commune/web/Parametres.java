package fr.demarches.commune.web;

import java.io.IOException;
import java.util.Map;

import fr.demarches.audit.Acteur;
import fr.demarches.commune.FormulaireParametres;
import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.NatureImage;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.ParametresVue;
import fr.demarches.commune.Procedure;
import fr.demarches.shared.ErreursFormulaire;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings screen shared by the commune administrator (own commune, under /gs) and the platform
 * administrator (any connected commune, under /admin): the controllers decide which commune, this does the rest.
 */
public final class Parametres {

    private Parametres() {
    }

    public static ParametresVue de(ParametresCommune parametres, String codeInsee) {
        return parametres.de(codeInsee).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public static void modele(ParametresVue vue, FormulaireParametres formulaire, Map<String, String> erreurs,
            Map<String, String> erreursImage, String adresse, Model model) {
        model.addAttribute("parametres", vue);
        model.addAttribute("formulaire", formulaire);
        model.addAttribute("erreurs", erreurs);
        model.addAttribute("erreursImage", erreursImage);
        model.addAttribute("adresse", adresse);
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("modes", ModeRaccordement.values());
        model.addAttribute("natures", NatureImage.values());
        model.addAttribute("tailleMaxKo", ParametresCommune.TAILLE_MAX_IMAGE / 1024);
    }

    /** Null when saved (the caller redirects), else the errors to show. */
    public static Map<String, String> enregistrer(ParametresCommune parametres, String codeInsee,
            FormulaireParametres formulaire, BindingResult resultat, Acteur acteur, RedirectAttributes redirection) {
        var erreurs = ErreursFormulaire.avec(ErreursFormulaire.de(resultat, FormulaireParametres.class),
                parametres.verifier(codeInsee, formulaire), FormulaireParametres.class);
        if (!erreurs.isEmpty()) {
            return erreurs;
        }
        boolean cleOubliee = parametres.enregistrer(codeInsee, formulaire, acteur);
        redirection.addFlashAttribute("succes", cleOubliee ? "Paramètres enregistrés. Le serveur sFTP a changé : "
                + "les dépôts de dossiers et la lecture du flux retour sont suspendus jusqu'à ce que l'administrateur "
                + "de la plateforme confirme la clé d'hôte du nouveau serveur (page « Échanges sFTP »). Rien n'est "
                + "perdu : ils reprennent alors d'eux-mêmes." : "Paramètres enregistrés.");
        return null;
    }

    /** Null when stored, else the French reason. */
    public static String deposerImage(ParametresCommune parametres, String codeInsee, NatureImage nature,
            MultipartFile fichier, Acteur acteur, RedirectAttributes redirection) throws IOException {
        byte[] contenu = fichier == null || fichier.isEmpty() ? null : fichier.getBytes();
        var refus = ParametresCommune.refusImage(contenu);
        if (refus.isPresent()) {
            return refus.get();
        }
        parametres.deposerImage(codeInsee, nature, contenu, acteur);
        redirection.addFlashAttribute("succes", "Image enregistrée : " + nature.designation() + ".");
        return null;
    }

    /** The image errors carried over the redirect of a failed upload, if any. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> erreursImage(Model model) {
        return model.getAttribute("erreursImage") instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    public static ResponseEntity<byte[]> image(ParametresCommune parametres, String codeInsee, NatureImage nature) {
        return parametres.image(codeInsee, nature)
                .map(i -> ResponseEntity.ok().contentType(MediaType.parseMediaType(i.typeMime()))
                        .cacheControl(CacheControl.noStore()).body(i.contenu()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
