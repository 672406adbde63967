package fr.demarches.echange.web.gs;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.ModeRaccordement;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.ParametresVue;
import fr.demarches.commune.Raccordements;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The commune administrator's "Échanges sFTP" page in the Gestionnaire de Suivi: what the platform administrator
 * sees of this commune (backlog, last success, last errors both ways, files refused or left unread, the real
 * periods), a connection test, "retry now", and the host key: the one the server presents now against the one
 * recorded, and a new one to propose, which only the platform administrator records. The commune is always the
 * signed-in administrator's (the whole of /gs/administration is for commune administrators); every action goes to
 * the audit journal.
 */
@Controller
@RequestMapping("/gs/administration/echanges-sftp")
class EchangesSftpCommuneController {

    private static final String ADRESSE = "/gs/administration/echanges-sftp";

    private final ParametresCommune parametres;
    private final Raccordements raccordements;
    private final EtatEchanges etats;
    private final PageEchanges page;
    private final JournalAudit journal;
    private final Clock horloge;

    EchangesSftpCommuneController(ParametresCommune parametres, Raccordements raccordements, EtatEchanges etats,
            PageEchanges page, JournalAudit journal, Clock horloge) {
        this.parametres = parametres;
        this.raccordements = raccordements;
        this.etats = etats;
        this.page = page;
        this.journal = journal;
        this.horloge = horloge;
    }

    @Bean
    static EntreeMenu menuEchangesSftpCommune() {
        return new EntreeMenu(Portail.GS, 85, "Échanges sFTP", ADRESSE, "ADMIN_COMMUNE");
    }

    @GetMapping
    String page(@AuthenticationPrincipal CompteConnecte compte, Model model) {
        if (!model.containsAttribute("formulaire")) {
            model.addAttribute("formulaire", FormulaireCleHote.vide());
        }
        return page(compte.communeInsee(), Map.of(), model);
    }

    @PostMapping("/essai")
    String essayer(@AuthenticationPrincipal CompteConnecte compte, HttpServletRequest requete,
            RedirectAttributes redirection) {
        enSftp(compte);
        page.essayer(compte.communeInsee(), PageEchanges.acteur(compte, requete), redirection);
        return "redirect:" + ADRESSE;
    }

    @PostMapping("/relance")
    String relancer(@AuthenticationPrincipal CompteConnecte compte, HttpServletRequest requete,
            RedirectAttributes redirection) {
        enSftp(compte);
        page.relancer(compte.communeInsee(), PageEchanges.acteur(compte, requete), redirection);
        return "redirect:" + ADRESSE;
    }

    /**
     * Reads the key the server presents now, to compare it with the recorded one (and propose it if it changed).
     * Only a server the platform administrator has accepted is contacted: the commune chooses the address, and the
     * platform must not become a way to probe any other host or port (after a change of address, the commune
     * proposes the fingerprint it reads on its server, and the platform administrator reads the key).
     */
    @PostMapping("/releve-cle")
    String releverCle(@AuthenticationPrincipal CompteConnecte compte, HttpServletRequest requete,
            RedirectAttributes redirection) {
        var sftp = enSftp(compte).sftp();
        if (raccordements.empreinteHote(compte.communeInsee()).isEmpty()) {
            redirection.addFlashAttribute("echec", "La plateforme ne se connecte à ce serveur qu'une fois sa clé "
                    + "confirmée par l'administrateur de la plateforme. Proposez l'empreinte lue sur le serveur "
                    + "(ssh-keygen -l) : l'administrateur de la plateforme relèvera la clé et la confirmera.");
            return "redirect:" + ADRESSE + "#cle-hote";
        }
        page.releverCle(compte.communeInsee(), sftp.hote(), sftp.port(), PageEchanges.acteur(compte, requete), redirection);
        return "redirect:" + ADRESSE + "#cle-hote";
    }

    /** A new host key fingerprint, for the platform administrator to confirm: nothing changes until then. */
    @PostMapping("/proposition")
    String proposer(@Valid @ModelAttribute("formulaire") FormulaireCleHote formulaire, BindingResult resultat,
            @AuthenticationPrincipal CompteConnecte compte, HttpServletRequest requete, RedirectAttributes redirection,
            Model model) {
        enSftp(compte);
        String insee = compte.communeInsee();
        var erreurs = FormulaireCleHote.erreurs(formulaire, resultat);
        if (!erreurs.isEmpty()) {
            return page(insee, erreurs, model);
        }
        String empreinte = ParametresCommune.empreinteNormalisee(formulaire.empreinte()).orElseThrow();
        if (raccordements.empreinteHote(insee).map(c -> c.empreinte().equals(empreinte)).orElse(false)) {
            redirection.addFlashAttribute("succes", "Cette clé est déjà celle que la plateforme vérifie : rien à "
                    + "proposer.");
            return "redirect:" + ADRESSE + "#cle-hote";
        }
        String type = etats.cleVue(insee).filter(c -> c.empreinte().equals(empreinte))
                .map(EtatEchanges.CleDatee::type).orElse(null);
        etats.proposerCle(insee, type, empreinte, compte.getUsername(), horloge.instant());
        journal.enregistrer(PageEchanges.acteur(compte, requete).entree("CLE_HOTE_SFTP_PROPOSEE", "COMMUNE", insee,
                "Clé d'hôte proposée : " + Optional.ofNullable(type).map(t -> t + " ").orElse("") + empreinte));
        redirection.addFlashAttribute("succes", "Clé proposée. L'administrateur de la plateforme la confirmera après "
                + "l'avoir vérifiée avec vous ; d'ici là, seule la clé enregistrée est acceptée.");
        return "redirect:" + ADRESSE + "#cle-hote";
    }

    private String page(String insee, Map<String, String> erreurs, Model model) {
        var vue = parametres.de(insee).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        page.remplir(insee, model);
        model.addAttribute("enSftp", vue.mode() == ModeRaccordement.SFTP && vue.sftp() != null);
        model.addAttribute("erreurs", erreurs);
        return "echange/gs/echanges-sftp";
    }

    /** The actions need the commune in sFTP mode, with a server to reach. */
    private ParametresVue enSftp(CompteConnecte compte) {
        return parametres.de(compte.communeInsee()).filter(p -> p.mode() == ModeRaccordement.SFTP && p.sftp() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

}
