package fr.demarches.compte;

import java.time.Clock;
import java.time.LocalDate;

import fr.demarches.compte.internal.Compte;
import fr.demarches.compte.internal.CompteRepository;
import fr.demarches.compte.internal.UniteRepository;
import fr.demarches.shared.MemoireRequete;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for one portal's login: an account of another portal is simply not found there. */
@Service
public class Authentification {

    private final CompteRepository comptes;
    private final UniteRepository unites;
    private final JdbcClient jdbc;
    private final Clock horloge;

    Authentification(CompteRepository comptes, UniteRepository unites, JdbcClient jdbc, Clock horloge) {
        this.comptes = comptes;
        this.unites = unites;
        this.jdbc = jdbc;
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
        // One row of plain columns, not the entity: this runs on every signed-in request, where loading the account
        // into a persistence context was a quarter of a page's CPU (docs/performance.md).
        boolean autorise = jdbc.sql("""
                SELECT c.type, c.actif, c.mot_de_passe, c.courriel_confirme_le IS NOT NULL AS confirme, c.habilitation_fin,
                       u.active AS unite_active
                FROM compte c LEFT JOIN unite u ON u.id = c.unite_id WHERE c.id = ?""")
                .param(compteId)
                .query((ligne, i) -> {
                    var type = TypeCompte.valueOf(ligne.getString("type"));
                    String motDePasse = ligne.getString("mot_de_passe");
                    var fin = ligne.getObject("habilitation_fin", LocalDate.class);
                    return Compte.peutAgir(type, ligne.getBoolean("actif"), motDePasse, ligne.getBoolean("confirme"))
                            && autorise(type, fin, ligne.getBoolean("unite_active"))
                            && (empreinte == null || empreinte.equals(EmpreinteMotDePasse.de(motDePasse)));
                })
                .optional().orElse(false);
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
    private boolean autorise(TypeCompte type, LocalDate habilitationFin, boolean uniteActive) {
        return type != TypeCompte.OFFICIER
                || Compte.habilitationValide(habilitationFin, LocalDate.now(horloge)) && uniteActive;
    }
}
