package fr.demarches.echange.web.admin;

import java.time.Clock;
import java.util.Map;

import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.ParametresVue;
import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.echange.internal.EtatEchanges;
import fr.demarches.echange.web.FormulaireCleHote;
import fr.demarches.echange.web.PageEchanges;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Échanges sFTP" for the platform administrator: the delivery state of each commune in sFTP mode (last push,
 * backlog, last error, next attempt, flux retour), and per commune the host key (read from the server then
 * confirmed, typed as the commune gives it, or proposed by the commune administrator), a connection test and
 * "retry now".
 */
@Controller
@RequestMapping("/admin/echanges-sftp")
class EchangesSftpAdminController {

    private final Raccordements raccordements;
    private final ParametresCommune parametres;
    private final Referentiel referentiel;
    private final EtatEchanges etats;
    private final PageEchanges page;
    private final Clock horloge;

    EchangesSftpAdminController(Raccordements raccordements, ParametresCommune parametres, Referentiel referentiel,
            EtatEchanges etats, PageEchanges page, Clock horloge) {
        this.raccordements = raccordements;
        this.parametres = parametres;
        this.referentiel = referentiel;
        this.etats = etats;
        this.page = page;
        this.horloge = horloge;
    }

    @Bean
    static EntreeMenu menuEchangesSftp() {
        return new EntreeMenu(Portail.ADMIN, 25, "Échanges sFTP", "/admin/echanges-sftp", "ADMIN");
    }

    @GetMapping
    String liste(Model model) {
        var lignes = etats.communes(raccordements.communesEnSftp()).stream()
                .map(e -> new Ligne(e, nom(e.codeInsee()), parametres.de(e.codeInsee()).orElse(null),
                        raccordements.empreinteHote(e.codeInsee()).isPresent()))
                .toList();
        model.addAttribute("lignes", lignes);
        return "echange/admin/communes";
    }

    @GetMapping("/{insee}")
    String commune(@PathVariable String insee, Model model) {
        if (!model.containsAttribute("formulaire")) {
            model.addAttribute("formulaire", FormulaireCleHote.vide());
        }
        return page(insee, Map.of(), model);
    }

    /** Reads the key the server presents; the page then offers to record it. */
    @PostMapping("/{insee}/releve-cle")
    String releverCle(@PathVariable String insee, @AuthenticationPrincipal CompteConnecte admin,
            HttpServletRequest requete, RedirectAttributes redirection) {
        var sftp = enSftp(insee).sftp();
        page.releverCle(insee, sftp.hote(), sftp.port(), PageEchanges.acteur(admin, requete), redirection);
        return "redirect:/admin/echanges-sftp/" + insee + "#cle-hote";
    }

    /** Records a fingerprint: read from the server, typed, or the one the commune proposed. */
    @PostMapping("/{insee}/cle")
    String enregistrerCle(@PathVariable String insee, @Valid @ModelAttribute("formulaire") FormulaireCleHote formulaire,
            BindingResult resultat, @AuthenticationPrincipal CompteConnecte admin, HttpServletRequest requete,
            RedirectAttributes redirection, Model model) {
        enSftp(insee);
        var erreurs = FormulaireCleHote.erreurs(formulaire, resultat);
        if (!erreurs.isEmpty()) {
            return page(insee, erreurs, model);
        }
        parametres.enregistrerEmpreinteHote(insee, formulaire.empreinte(), PageEchanges.acteur(admin, requete));
        etats.oublierProposition(insee);
        redirection.addFlashAttribute("succes", "Clé d'hôte enregistrée : la plateforme n'acceptera plus que ce "
                + "serveur pour " + nom(insee) + ". Les dépôts en attente partent au prochain passage.");
        etats.relancer(insee, horloge.instant(), PageEchanges.acteur(admin, requete));
        return "redirect:/admin/echanges-sftp/" + insee;
    }

    @PostMapping("/{insee}/essai")
    String essayer(@PathVariable String insee, @AuthenticationPrincipal CompteConnecte admin,
            HttpServletRequest requete, RedirectAttributes redirection) {
        enSftp(insee);
        page.essayer(insee, PageEchanges.acteur(admin, requete), redirection);
        return "redirect:/admin/echanges-sftp/" + insee;
    }

    /** After the commune fixed its server: every waiting dossier is due now instead of at its backoff time. */
    @PostMapping("/{insee}/relance")
    String relancer(@PathVariable String insee, @AuthenticationPrincipal CompteConnecte admin,
            HttpServletRequest requete, RedirectAttributes redirection) {
        enSftp(insee);
        page.relancer(insee, PageEchanges.acteur(admin, requete), redirection);
        return "redirect:/admin/echanges-sftp/" + insee;
    }

    private String page(String insee, Map<String, String> erreurs, Model model) {
        enSftp(insee);
        page.remplir(insee, model);
        model.addAttribute("commune", nom(insee));
        model.addAttribute("erreurs", erreurs);
        return "echange/admin/commune";
    }

    /** The commune's settings; only a commune in sFTP mode has a page here. */
    private ParametresVue enSftp(String insee) {
        return parametres.de(insee).filter(p -> p.mode() == ModeRaccordement.SFTP && p.sftp() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String nom(String insee) {
        return referentiel.parCodeInsee(insee).map(c -> c.libelle()).orElse(insee);
    }


    /** One commune of the list; {@code parametres} null for a commune that left sFTP mode with dossiers waiting. */
    record Ligne(EtatEchanges.EtatCommune etat, String commune, ParametresVue parametres, boolean cleEnregistree) {
    }
}
