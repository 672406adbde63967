package fr.demarches.echange.web;

import java.time.Clock;
import java.time.Duration;

import fr.demarches.audit.Acteur;
import fr.demarches.audit.JournalAudit;
import fr.demarches.commune.ParametresCommune;
import fr.demarches.commune.Raccordements;
import fr.demarches.echange.internal.ClientSftp;
import fr.demarches.echange.internal.ErreurSftp;
import fr.demarches.echange.internal.EssaiConnexion;
import fr.demarches.echange.internal.EtatEchanges;
import fr.demarches.echange.internal.FluxRetour;
import fr.demarches.echange.internal.ProprietesEchanges;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What both "Échanges sFTP" pages of a commune share, the platform administrator's and the commune
 * administrator's: the same facts (so that both read the same cause when something is stuck) and the same
 * actions, each written to the audit journal under whoever clicked.
 */
@Component
public class PageEchanges {

    private final Raccordements raccordements;
    private final ParametresCommune parametres;
    private final EtatEchanges etats;
    private final ClientSftp client;
    private final EssaiConnexion essai;
    private final JournalAudit journal;
    private final ProprietesEchanges proprietes;
    private final Clock horloge;

    PageEchanges(Raccordements raccordements, ParametresCommune parametres, EtatEchanges etats, ClientSftp client,
            EssaiConnexion essai, JournalAudit journal, ProprietesEchanges proprietes, Clock horloge) {
        this.raccordements = raccordements;
        this.parametres = parametres;
        this.etats = etats;
        this.client = client;
        this.essai = essai;
        this.journal = journal;
        this.proprietes = proprietes;
        this.horloge = horloge;
    }

    /** Fills the model for the fragments of templates/echange/fragments.html. */
    public void remplir(String insee, Model model) {
        model.addAttribute("insee", insee);
        model.addAttribute("parametres", parametres.de(insee).orElse(null));
        model.addAttribute("etat", etats.commune(insee));
        model.addAttribute("cle", raccordements.empreinteHote(insee).orElse(null));
        model.addAttribute("cleVue", etats.cleVue(insee).orElse(null));
        model.addAttribute("cleProposee", etats.cleProposee(insee).orElse(null));
        model.addAttribute("enAttente", etats.enAttente(insee, 20));
        model.addAttribute("fichiers", etats.derniersFichiers(insee, 20));
        model.addAttribute("anomalies", etats.anomalies(insee));
        model.addAttribute("periodeEnvoi", duree(proprietes.periodeEnvoi()));
        model.addAttribute("periodeReleve", duree(proprietes.periodeReleve()));
        model.addAttribute("typesDeCle", ClientSftp.typesDeCleHote());
        model.addAttribute("nomMax", FluxRetour.NOM_MAX);
    }

    /** "Tester la connexion": the checks passed (or the failure) as flash attributes, and one journal line. */
    public void essayer(String insee, Acteur acteur, RedirectAttributes redirection) {
        var connexion = raccordements.connexionSftp(insee);
        String issue;
        if (connexion.isEmpty()) {
            redirection.addFlashAttribute("echec", "Connexion impossible à tester : paramètres sFTP incomplets "
                    + "(serveur, identifiant ou secret).");
            issue = "impossible : paramètres incomplets";
        } else {
            try {
                redirection.addFlashAttribute("constats", essai.essayer(connexion.get()));
                redirection.addFlashAttribute("succes", "Connexion réussie au serveur sFTP.");
                issue = "réussi";
            } catch (ErreurSftp e) {
                redirection.addFlashAttribute("echec", "Connexion en échec : " + e.getMessage());
                issue = "en échec : " + e.getMessage();
            }
        }
        journal.enregistrer(acteur.entree("ECHANGE_SFTP_ESSAI", "COMMUNE", insee, "Essai de connexion "
                + connexion.map(c -> "à " + c.hote() + ":" + c.port() + " ").orElse("") + issue));
    }

    /** "Relever la clé": the key the server presents now, recorded as seen and journaled; null when none came. */
    public ClientSftp.CleHote releverCle(String insee, String hote, int port, Acteur acteur,
            RedirectAttributes redirection) {
        try {
            var cle = client.releverCle(hote, port);
            etats.cleVue(insee, cle, horloge.instant());
            journal.enregistrer(acteur.entree("CLE_HOTE_SFTP_RELEVEE", "COMMUNE", insee,
                    "Clé présentée par " + hote + ":" + port + " : " + cle.type() + " " + cle.empreinte()));
            redirection.addFlashAttribute("cleRelevee", cle);
            redirection.addFlashAttribute("formulaire", new FormulaireCleHote(cle.empreinte()));
            return cle;
        } catch (ErreurSftp e) {
            journal.enregistrer(acteur.entree("CLE_HOTE_SFTP_RELEVEE", "COMMUNE", insee,
                    "Clé non relevée sur " + hote + ":" + port + " : " + e.getMessage()));
            redirection.addFlashAttribute("echec", "Clé d'hôte non relevée : " + e.getMessage());
            return null;
        }
    }

    /** "Réessayer maintenant": every waiting dossier is due now instead of at its backoff time. */
    public void relancer(String insee, Acteur acteur, RedirectAttributes redirection) {
        // The journal entry is written with the rescheduling, in its transaction.
        int n = etats.relancer(insee, horloge.instant(), acteur);
        redirection.addFlashAttribute("succes", n == 0 ? "Aucun dossier en attente."
                : n + " dossier(s) seront envoyés au prochain passage, d'ici " + duree(proprietes.periodeEnvoi())
                        + ".");
    }

    /** The signed-in account and its address, as the journal records them. */
    public static Acteur acteur(fr.demarches.compte.CompteConnecte compte, jakarta.servlet.http.HttpServletRequest requete) {
        return new Acteur(compte.type().espace().name(), compte.id(), compte.getUsername(), requete.getRemoteAddr());
    }

    /** "1 minute", "5 minutes", "6 heures", "365 jours": a period as people say it. */
    public static String duree(Duration duree) {
        long secondes = duree.toSeconds();
        if (secondes % 86_400 == 0) {
            return pluriel(secondes / 86_400, "jour");
        }
        if (secondes % 3_600 == 0) {
            return pluriel(secondes / 3_600, "heure");
        }
        if (secondes % 60 == 0) {
            return pluriel(secondes / 60, "minute");
        }
        return pluriel(secondes, "seconde");
    }

    private static String pluriel(long n, String unite) {
        return n + " " + unite + (n > 1 ? "s" : "");
    }
}
