package fr.demarches.compte;

import java.time.Clock;
import java.time.LocalDate;

import fr.demarches.compte.internal.Compte;
import fr.demarches.compte.internal.CompteRepository;
import fr.demarches.compte.internal.UniteRepository;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for one portal's login: an account of another portal is simply not found there. */
@Service
public class Authentification {

    private final CompteRepository comptes;
    private final UniteRepository unites;
    private final Clock horloge;

    Authentification(CompteRepository comptes, UniteRepository unites, Clock horloge) {
        this.comptes = comptes;
        this.unites = unites;
        this.horloge = horloge;
    }

    public UserDetailsService pour(Espace espace) {
        return identifiant -> charger(identifiant, espace);
    }

    @Transactional(readOnly = true)
    CompteConnecte charger(String identifiant, Espace espace) {
        // A citizen's address in any case. Exactly as typed first: the rare older account that only differs by case
        // from another (V212 left it as it was) is reached by typing it exactly.
        Compte compte = comptes.findByEspaceAndIdentifiant(espace, identifiant)
                .or(() -> espace == Espace.USAGER
                        ? comptes.findByEspaceAndIdentifiant(espace, AdresseCourriel.normalisee(identifiant))
                        : java.util.Optional.empty())
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu"));
        return compte.connecte(autorise(compte.getType(), compte.habilitationFin(), compte.getType() != TypeCompte.OFFICIER
                || unites.findById(compte.getUniteId()).map(u -> u.isActive()).orElse(false)));
    }

    /** An officer enters only while habilitated and while the unit is active. */
    private boolean autorise(TypeCompte type, LocalDate habilitationFin, boolean uniteActive) {
        return type != TypeCompte.OFFICIER
                || Compte.habilitationValide(habilitationFin, LocalDate.now(horloge)) && uniteActive;
    }
}
