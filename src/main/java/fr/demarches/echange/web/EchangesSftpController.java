package fr.demarches.echange.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.ParametresVue;
import fr.demarches.commune.Raccordements;
import fr.demarches.commune.Referentiel;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.echange.internal.ClientSftp;
import fr.demarches.echange.internal.ErreurSftp;
import fr.demarches.echange.internal.EssaiConnexion;
import fr.demarches.echange.internal.EtatEchanges;
import fr.demarches.portail.EntreeMenu;
import fr.demarches.portail.Portail;
import fr.demarches.shared.ErreursFormulaire;
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
 * confirmed, or typed as the commune gives it), a connection test and "retry now".
 */
@Controller
@RequestMapping("/admin/echanges-sftp")
class EchangesSftpController {

    private final Raccordements raccordements;
    private final ParametresCommune parametres;
    private final Referentiel referentiel;
    private final EtatEchanges etats;
    private final ClientSftp client;
    private final EssaiConnexion essai;
    private final JournalAudit journal;
    private final Clock horloge;

    EchangesSftpController(Raccordements raccordements, ParametresCommune parametres, Referentiel referentiel,
            EtatEchanges etats, ClientSftp client, EssaiConnexion essai, JournalAudit journal, Clock horloge) {
        this.raccordements = raccordements;
        this.parametres = parametres;
        this.referentiel = referentiel;
        this.etats = etats;
        this.client = client;
        this.essai = essai;
        this.journal = journal;
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
        return "admin/echanges-sftp";
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
    String releverCle(@PathVariable String insee, RedirectAttributes redirection) {
        var sftp = enSftp(insee).sftp();
        try {
            var cle = client.releverCle(sftp.hote(), sftp.port());
            redirection.addFlashAttribute("cleRelevee", cle);
            redirection.addFlashAttribute("formulaire", new FormulaireCleHote(cle.empreinte()));
        } catch (ErreurSftp e) {
            redirection.addFlashAttribute("echec", "Clé d'hôte non relevée : " + e.getMessage());
        }
        return "redirect:/admin/echanges-sftp/" + insee + "#cle-hote";
    }

    @PostMapping("/{insee}/cle")
    String enregistrerCle(@PathVariable String insee, @Valid @ModelAttribute("formulaire") FormulaireCleHote formulaire,
            BindingResult resultat, @AuthenticationPrincipal CompteConnecte admin, HttpServletRequest requete,
            RedirectAttributes redirection, Model model) {
        enSftp(insee);
        var erreurs = new LinkedHashMap<>(ErreursFormulaire.de(resultat, FormulaireCleHote.class));
        if (!erreurs.containsKey("empreinte") && ParametresCommune.empreinteNormalisee(formulaire.empreinte()).isEmpty()) {
            erreurs.put("empreinte", "L'empreinte attendue est « SHA256: » suivi de 43 caractères (lettres, chiffres, "
                    + "+ et /), telle que ssh-keygen -l l'affiche.");
        }
        if (!erreurs.isEmpty()) {
            return page(insee, erreurs, model);
        }
        parametres.enregistrerEmpreinteHote(insee, formulaire.empreinte(), acteur(admin, requete));
        redirection.addFlashAttribute("succes", "Clé d'hôte enregistrée : la plateforme n'acceptera plus que ce "
                + "serveur pour " + nom(insee) + ".");
        return "redirect:/admin/echanges-sftp/" + insee;
    }

    @PostMapping("/{insee}/essai")
    String essayer(@PathVariable String insee, @AuthenticationPrincipal CompteConnecte admin,
            HttpServletRequest requete, RedirectAttributes redirection) {
        enSftp(insee);
        var connexion = raccordements.connexionSftp(insee)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String issue;
        try {
            var constats = essai.essayer(connexion);
            redirection.addFlashAttribute("constats", constats);
            redirection.addFlashAttribute("succes", "Connexion réussie au serveur sFTP de " + nom(insee) + ".");
            issue = "réussi";
        } catch (ErreurSftp e) {
            redirection.addFlashAttribute("echec", "Connexion en échec : " + e.getMessage());
            issue = "en échec : " + e.getMessage();
        }
        journal.enregistrer(acteur(admin, requete).entree("ECHANGE_SFTP_ESSAI", "COMMUNE", insee,
                "Essai de connexion à " + connexion.hote() + ":" + connexion.port() + " " + issue));
        return "redirect:/admin/echanges-sftp/" + insee;
    }

    /** After the commune fixed its server: every waiting dossier is due now instead of at its backoff time. */
    @PostMapping("/{insee}/relance")
    String relancer(@PathVariable String insee, @AuthenticationPrincipal CompteConnecte admin,
            HttpServletRequest requete, RedirectAttributes redirection) {
        enSftp(insee);
        int n = etats.relancer(insee, horloge.instant(), acteur(admin, requete));
        redirection.addFlashAttribute("succes", n == 0 ? "Aucun dossier en attente."
                : n + " dossier(s) seront envoyés au prochain passage, d'ici une minute.");
        return "redirect:/admin/echanges-sftp/" + insee;
    }

    private String page(String insee, Map<String, String> erreurs, Model model) {
        var vue = enSftp(insee);
        model.addAttribute("insee", insee);
        model.addAttribute("commune", nom(insee));
        model.addAttribute("parametres", vue);
        model.addAttribute("etat", etats.commune(insee));
        model.addAttribute("cle", raccordements.empreinteHote(insee).orElse(null));
        model.addAttribute("enAttente", etats.enAttente(insee, 20));
        model.addAttribute("fichiers", etats.derniersFichiers(insee, 20));
        model.addAttribute("erreurs", erreurs);
        return "admin/echange-sftp";
    }

    /** The commune's settings; only a commune in sFTP mode has a page here. */
    private ParametresVue enSftp(String insee) {
        return parametres.de(insee).filter(p -> p.mode() == ModeRaccordement.SFTP && p.sftp() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String nom(String insee) {
        return referentiel.parCodeInsee(insee).map(c -> c.libelle()).orElse(insee);
    }

    private static Acteur acteur(CompteConnecte compte, HttpServletRequest requete) {
        return new Acteur(compte.type().espace().name(), compte.id(), compte.getUsername(), requete.getRemoteAddr());
    }

    /** One commune of the list; {@code parametres} null for a commune that left sFTP mode with dossiers waiting. */
    record Ligne(EtatEchanges.EtatCommune etat, String commune, ParametresVue parametres, boolean cleEnregistree) {
    }
}
