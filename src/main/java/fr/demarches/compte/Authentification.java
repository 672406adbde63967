package fr.demarches.compte;

import java.time.Clock;
import java.time.LocalDate;

import fr.demarches.compte.internal.Compte;
import fr.demarches.compte.internal.CompteRepository;
import fr.demarches.compte.internal.UniteRepository;

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
        // An officer enters only while habilitated and while the unit is active.
        boolean uniteActive = compte.getType() != TypeCompte.OFFICIER
                || unites.findById(compte.getUniteId()).map(u -> u.isActive()).orElse(false);
        return compte.connecte(uniteActive
                && Compte.habilite(compte.getType(), compte.habilitationFin(), LocalDate.now(horloge)));
    }

    /**
     * Whether a sign-in whose session has just been written may stand: its account's rights did not change since it
     * read them (V214), waiting for a change still running. Otherwise the account's sessions end, the new one with
     * them (a change before the session was written found none to end, V214). One statement per sign-in.
     */
    public boolean confirmerConnexion(CompteConnecte compte) {
        boolean confirmee = !jdbc.sql("""
                SELECT c.id FROM compte c
                WHERE c.id = ? AND c.revision_droits = ? AND c.actif
                  AND (c.unite_id IS NULL OR (SELECT u.active FROM unite u WHERE u.id = c.unite_id FOR SHARE))
                FOR SHARE OF c""")
                .param(compte.id()).param(compte.revisionDroits()).query(java.util.UUID.class).list().isEmpty();
        if (!confirmee) {
            jdbc.sql("SELECT revoquer_sessions(?, ?, ?, 'compte modifié pendant la connexion')")
                    .param(compte.id()).param(compte.getUsername()).param(compte.type().espace().name())
                    .query((ligne, i) -> null).list();
        }
        return confirmee;
    }
}
