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

    void etatCivil(CompteConnecte usager, FormulaireDemande<?> f, LocalDate aujourdhui, String ip) {
        var p = profils.ouVide(usager.id());
        boolean enFrance = FormulaireDemande.FRANCE.equals(f.getLieuNaissance());
        String nationalite = f.nationaliteDeclaree();
        profils.enregistrer(new Acteur(Espace.USAGER.name(), usager.id(), usager.getUsername(), ip),
                new ProfilUsager(f.getSexe(), f.nomDeNaissance().strip(),
                Saisie.net(f.getNomUsage()), f.getPrenoms().strip(), f.naissance(aujourdhui),
                enFrance ? f.getNaissanceCommuneInsee() : null,
                enFrance ? null : Pays.nom(f.getNaissancePays()).orElse(null),
                enFrance ? null : f.getNaissanceLocalite().strip(),
                nationalite == null ? p.nationalite() : nationalite, p.adresse(), p.complementAdresse(), p.codePostal(),
                p.communeInsee(), p.telephone()), "depuis une démarche");
    }
}
