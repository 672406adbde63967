package fr.demarches.compte;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fr.demarches.compte.internal.Compte;
import fr.demarches.compte.internal.CompteRepository;
import fr.demarches.compte.internal.Unite;
import fr.demarches.compte.internal.UniteRepository;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and police units. The screens that call it check who may do so. */
@Service
@Transactional
public class Comptes {

    private final CompteRepository comptes;
    private final UniteRepository unites;
    private final PasswordEncoder chiffrement;
    private final Clock horloge;

    Comptes(CompteRepository comptes, UniteRepository unites, PasswordEncoder chiffrement, Clock horloge) {
        this.comptes = comptes;
        this.unites = unites;
        this.chiffrement = chiffrement;
        this.horloge = horloge;
    }

    public UUID creerUsager(String courriel, String motDePasse, boolean courrielConfirme) {
        var compte = Compte.usager(courriel, chiffrer(motDePasse), horloge.instant());
        if (courrielConfirme) {
            compte.confirmerCourriel(horloge.instant());
        }
        return comptes.save(compte).getId();
    }

    /** A mairie account; with a null password it cannot sign in until its owner sets one through a link. */
    public UUID creerCompteMairie(TypeCompte type, String courriel, String motDePasse, String nom, String prenoms,
            String communeInsee) {
        return comptes.save(Compte.mairie(type, courriel, motDePasse == null ? null : chiffrer(motDePasse), nom,
                prenoms, communeInsee, horloge.instant())).getId();
    }

    /** Sets a new password (after the owner proved control of the mailbox, or changed it while signed in). */
    public void definirMotDePasse(UUID compteId, String motDePasse) {
        comptes.findById(compteId).orElseThrow().changerMotDePasse(chiffrer(motDePasse));
    }

    public UUID creerUnite(TypeUnite type, String nom, String adresse, String departement) {
        return unites.save(new Unite(type, nom, adresse, departement, horloge.instant())).getId();
    }

    public UUID creerOfficier(String identifiant, String motDePasse, String nom, String prenoms, UUID uniteId,
            QualiteOfficier qualite, LocalDate habilitationFin) {
        return comptes.save(Compte.officier(identifiant, chiffrer(motDePasse), nom, prenoms, uniteId, qualite,
                habilitationFin, horloge.instant())).getId();
    }

    public UUID creerAdministrateur(String identifiant, String motDePasse, String nom, String prenoms) {
        return comptes.save(Compte.administrateur(identifiant, chiffrer(motDePasse), nom, prenoms,
                horloge.instant())).getId();
    }

    @Transactional(readOnly = true)
    public boolean existe(Espace espace, String identifiant) {
        return comptes.findByEspaceAndIdentifiant(espace, identifiant).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean existeAdministrateur() {
        return comptes.existsByType(TypeCompte.ADMIN_PLATEFORME);
    }

    private String chiffrer(String motDePasse) {
        MotsDePasse.refus(motDePasse).ifPresent(raison -> {
            throw new RefusCompte(raison);
        });
        return chiffrement.encode(motDePasse);
    }
}
