package fr.demarches.compte;

import java.time.Clock;
import java.time.LocalDate;

import fr.demarches.compte.internal.Compte;
import fr.demarches.compte.internal.CompteRepository;
import fr.demarches.compte.internal.UniteRepository;
import fr.demarches.shared.MemoireRequete;

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
        var types = TypeCompte.de(espace);
        return identifiant -> charger(identifiant, types);
    }

    @Transactional(readOnly = true)
    CompteConnecte charger(String identifiant, java.util.List<TypeCompte> types) {
        Compte compte = comptes.findByIdentifiantAndTypeIn(identifiant, types)
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu"));
        return compte.connecte(autorise(compte, compte.getType() != TypeCompte.OFFICIER
                || unites.findById(compte.getUniteId()).map(u -> u.isActive()).orElse(false)));
    }

    /**
     * Whether a signed-in account may still act: checked on every request, so that disabling an account, the end
     * of an officer's habilitation or of the unit's activity takes effect at once, not at the session's end.
     */
    public boolean toujoursAutorise(java.util.UUID compteId) {
        return MemoireRequete.vrai(verifie(compteId)) || toujoursAutorise(compteId, null);
    }

    /**
     * The same, and for a session: still signed in with the current password ({@code empreinte} as taken at
     * login, see {@link EmpreinteMotDePasse}; null when unknown, e.g. a session older than this check).
     */
    public boolean toujoursAutorise(java.util.UUID compteId, String empreinte) {
        boolean autorise = comptes.avecUnite(compteId)
                .map(l -> l.compte().connecte(autorise(l.compte(), Boolean.TRUE.equals(l.uniteActive()))).isEnabled()
                        && (empreinte == null || empreinte.equals(EmpreinteMotDePasse.de(l.compte().getMotDePasse()))))
                .orElse(false);
        // Within the same HTTP request, a second check (e.g. the officer's habilitation before a look-up) is answered
        // by this one: the request's checks read the account once.
        if (autorise) {
            MemoireRequete.noterVrai(verifie(compteId));
        }
        return autorise;
    }

    private static String verifie(java.util.UUID compteId) {
        return "compte-autorise." + compteId;
    }

    /** The fingerprint of the account's current password, for the session that has just changed it. */
    public String empreinteMotDePasse(java.util.UUID compteId) {
        return comptes.findById(compteId).map(c -> EmpreinteMotDePasse.de(c.getMotDePasse())).orElse(null);
    }

    /** An officer enters only while habilitated and while the unit is active. */
    private boolean autorise(Compte compte, boolean uniteActive) {
        if (compte.getType() != TypeCompte.OFFICIER) {
            return true;
        }
        return compte.habilitationValide(LocalDate.now(horloge)) && uniteActive;
    }
}
