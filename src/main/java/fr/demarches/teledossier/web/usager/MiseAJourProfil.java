package fr.demarches.teledossier.web.usager;

import java.time.LocalDate;

import fr.demarches.audit.Acteur;
import fr.demarches.compte.CompteConnecte;
import fr.demarches.compte.Espace;
import fr.demarches.compte.ProfilUsager;
import fr.demarches.compte.Profils;

import org.springframework.stereotype.Component;

/**
 * When the citizen ticks "mettre à jour mes informations" on an identity step, the civil status typed there
 * (already checked by the step) replaces the one of their profile; the address and phone are left as they are.
 */
@Component
class MiseAJourProfil {

    private final Profils profils;

    MiseAJourProfil(Profils profils) {
        this.profils = profils;
    }

    void etatCivil(CompteConnecte usager, String sexe, String nomNaissance, String nomUsage, String prenoms,
            LocalDate naissance, boolean enFrance, String communeNaissance, String paysNaissance, String villeNaissance,
            String nationalite, String ip) {
        var p = profils.ouVide(usager.id());
        profils.enregistrer(new Acteur(Espace.USAGER.name(), usager.id(), usager.getUsername(), ip), new ProfilUsager(sexe, nomNaissance.strip(), Saisie.net(nomUsage),
                prenoms.strip(), naissance, enFrance ? communeNaissance : null,
                enFrance ? null : Pays.nom(paysNaissance).orElse(null), enFrance ? null : villeNaissance.strip(),
                nationalite == null ? p.nationalite() : nationalite, p.adresse(), p.complementAdresse(), p.codePostal(),
                p.communeInsee(), p.telephone()), "depuis une démarche");
    }
}
