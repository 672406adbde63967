package fr.demarches.compte;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;
import fr.demarches.compte.internal.Compte;
import fr.demarches.compte.internal.CompteRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links an identity of an OpenID provider (FranceConnect: provider "franceconnect", subject the "sub" claim) to a
 * citizen's account, and signs the citizen in from it. One identity opens at most one account (primary key), and
 * an account carries at most one identity of a provider. Every sign-in refreshes the certified part of the profile.
 */
@Service
@Transactional
public class IdentitesExternes {

    private static final String ESPACE = Espace.USAGER.name();

    private final JdbcClient jdbc;
    private final Clock horloge;
    private final CompteRepository comptes;
    private final Profils profils;
    private final JournalAudit journal;

    IdentitesExternes(JdbcClient jdbc, Clock horloge, CompteRepository comptes, Profils profils, JournalAudit journal) {
        this.jdbc = jdbc;
        this.horloge = horloge;
        this.comptes = comptes;
        this.profils = profils;
        this.journal = journal;
    }

    /**
     * False if this identity is already linked (to this account or another one), or the account already carries an
     * identity of this provider: both are unique in the database (V216), so two links at once cannot both pass.
     */
    public boolean lier(UUID compteId, String fournisseur, String sujet) {
        return jdbc.sql("""
                INSERT INTO identite_externe (fournisseur, sujet, compte_id, liee_le) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
                .param(fournisseur).param(sujet).param(compteId).param(Timestamp.from(horloge.instant()))
                .update() == 1;
    }

    @Transactional(readOnly = true)
    public Optional<UUID> compteDe(String fournisseur, String sujet) {
        return jdbc.sql("SELECT compte_id FROM identite_externe WHERE fournisseur = ? AND sujet = ?")
                .param(fournisseur).param(sujet).query(UUID.class).optional();
    }

    /**
     * The account this identity opens, signed in, its certified profile refreshed; empty when the identity is linked
     * to no account yet (the citizen then chooses: a new account, or linking an existing one). A disabled account is
     * refused.
     */
    public Optional<CompteConnecte> connecter(IdentitePivot identite, String ip) {
        var compteId = compteDe(identite.fournisseur(), identite.sujet());
        if (compteId.isEmpty()) {
            return Optional.empty();
        }
        Compte compte = comptes.findByIdAndType(compteId.get(), TypeCompte.USAGER)
                .orElseThrow(() -> new RefusCompte("Aucun compte usager n'est lié à cette identité."));
        var connecte = compte.connecte(true);
        if (!connecte.isEnabled()) {
            journal.enregistrerRefus(entree(compte, "CONNEXION_FRANCECONNECT_REFUSEE", "compte désactivé", ip));
            throw new RefusCompte("Ce compte est désactivé.");
        }
        profils.certifier(compte.getId(), identite);
        auditer(compte, "CONNEXION_FRANCECONNECT", null, ip);
        return Optional.of(connecte);
    }

    /**
     * Opens a citizen's account from the identity: its address is the one the provider gave. If that address already
     * has an account, nothing is created: its owner signs in with the password once to link the identity.
     */
    public CompteConnecte creerCompte(IdentitePivot identite, String ip) {
        if (compteDe(identite.fournisseur(), identite.sujet()).isPresent()) {
            throw new RefusCompte("Cette identité FranceConnect ouvre déjà un compte.");
        }
        if (identite.courriel() == null) {
            throw new RefusCompte("FranceConnect n'a pas transmis d'adresse électronique : impossible d'ouvrir le compte.");
        }
        String courriel = identite.courriel().toLowerCase(Locale.ROOT);
        if (comptes.findByEspaceAndIdentifiant(Espace.USAGER, courriel).isPresent()) {
            throw new RefusCompte.IdentifiantPris("Un compte existe déjà avec l'adresse " + courriel
                    + " : connectez-vous avec son mot de passe pour y lier votre identité FranceConnect.");
        }
        Compte compte = comptes.saveAndFlush(Compte.usagerCertifie(courriel, horloge.instant()));
        if (!lier(compte.getId(), identite.fournisseur(), identite.sujet())) {
            // Another request opened an account from the same identity meanwhile: this transaction rolls back.
            throw new RefusCompte("Cette identité FranceConnect ouvre déjà un compte.");
        }
        profils.certifier(compte.getId(), identite);
        auditer(compte, "INSCRIPTION_FRANCECONNECT", "compte ouvert depuis l'identité " + identite.fournisseur(), ip);
        return compte.connecte(true);
    }

    /**
     * Links the identity to the account the citizen has just signed in to with the password; refused if the identity
     * already opens an account or the account already carries another identity of this provider.
     */
    public CompteConnecte lierCompte(UUID compteId, IdentitePivot identite, String ip) {
        Compte compte = comptes.findByIdAndType(compteId, TypeCompte.USAGER)
                .orElseThrow(() -> new RefusCompte.Introuvable("Compte introuvable."));
        if (!lier(compteId, identite.fournisseur(), identite.sujet())) {
            journal.enregistrerRefus(entree(compte, "LIAISON_FRANCECONNECT_REFUSEE", "identité ou compte déjà lié", ip));
            throw new RefusCompte("Cette identité FranceConnect ou ce compte est déjà lié : rien n'a été changé.");
        }
        profils.certifier(compteId, identite);
        auditer(compte, "LIAISON_FRANCECONNECT", "identité " + identite.fournisseur() + " liée au compte", ip);
        return compte.connecte(true);
    }

    private void auditer(Compte compte, String action, String details, String ip) {
        journal.enregistrer(entree(compte, action, details, ip));
    }

    private static EntreeAudit entree(Compte compte, String action, String details, String ip) {
        return new EntreeAudit(ESPACE, compte.getId(), compte.getIdentifiant(), action, "COMPTE",
                compte.getId().toString(), details, ip);
    }
}
