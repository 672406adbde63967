package fr.demarches.compte;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.demarches.audit.EntreeAudit;
import fr.demarches.audit.JournalAudit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The codes of the second login step of the Gestionnaire de Suivi and of the officers' portal: 6 digits from a secure random source, e-mailed,
 * valid {@link #VALIDITE}, usable once, {@link #ESSAIS} attempts. One current code per account (a new one replaces
 * it), stored as a bcrypt hash. Each attempt is counted by one atomic update before the comparison, so parallel
 * guesses cannot exceed the limit. Sending is limited too ({@link #ENVOIS} codes per {@link #FENETRE_ENVOIS}), in
 * PostgreSQL like the login counters: at most 25 guesses per quarter of an hour, whatever the number of logins.
 */
@Service
public class CodesVerification {

    public static final Duration VALIDITE = Duration.ofMinutes(10);
    public static final int ESSAIS = 5;
    public static final int ENVOIS = 5;
    public static final Duration FENETRE_ENVOIS = Duration.ofMinutes(15);

    private static final SecureRandom ALEA = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder chiffrement;
    private final LimiteurTentatives limiteur;
    private final ApplicationEventPublisher evenements;
    private final JournalAudit journal;
    private final Clock horloge;

    CodesVerification(JdbcClient jdbc, PasswordEncoder chiffrement, LimiteurTentatives limiteur,
            ApplicationEventPublisher evenements, JournalAudit journal, Clock horloge) {
        this.jdbc = jdbc;
        this.chiffrement = chiffrement;
        this.limiteur = limiteur;
        this.evenements = evenements;
        this.journal = journal;
        this.horloge = horloge;
    }

    /** Asks for a code by e-mail. Empty when asked; otherwise too many were sent lately, and until when. */
    @Transactional
    public Optional<Instant> demander(CompteConnecte compte, String ip) {
        String cle = "code-verification:" + compte.id();
        var blocage = limiteur.bloqueJusqua(List.of(cle));
        if (blocage.isPresent()) {
            journal.enregistrer(new EntreeAudit(compte.type().espace().name(), compte.id(), compte.getUsername(),
                    "SECOND_FACTEUR_ENVOI_REFUSE", "COMPTE", compte.id().toString(),
                    "Trop de codes envoyés : " + ENVOIS + " par " + FENETRE_ENVOIS.toMinutes() + " minutes", ip));
            return blocage;
        }
        limiteur.echec(cle, ENVOIS, FENETRE_ENVOIS, FENETRE_ENVOIS);
        evenements.publishEvent(new CodeVerificationDemande(compte.id(), compte.getUsername(), compte.nomAffiche(),
                horloge.instant(), ip, compte.type().espace()));
        return Optional.empty();
    }

    /**
     * Mints the code when the mail leaves, committed before it does. Empty when the account cannot sign in any more,
     * or when a retried mail comes after the code would have expired: its login is stale, nothing is sent.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> emettre(CodeVerificationDemande demande) {
        Instant maintenant = horloge.instant();
        if (!demande.demandeLe().plus(VALIDITE).isAfter(maintenant)) {
            return Optional.empty();
        }
        String code = "%06d".formatted(ALEA.nextInt(1_000_000));
        int emis = jdbc.sql("""
                INSERT INTO code_verification AS c (compte_id, empreinte, expire_le, essais, utilise_le, cree_le)
                SELECT id, :empreinte, :expire, 0, NULL, :maintenant FROM compte
                WHERE id = :compte AND actif AND mot_de_passe IS NOT NULL
                ON CONFLICT (compte_id) DO UPDATE SET empreinte = excluded.empreinte, expire_le = excluded.expire_le,
                    essais = 0, utilise_le = NULL, cree_le = excluded.cree_le
                """)
                .param("empreinte", chiffrement.encode(code)).param("expire", Timestamp.from(maintenant.plus(VALIDITE)))
                .param("maintenant", Timestamp.from(maintenant)).param("compte", demande.compteId())
                .update();
        if (emis == 0) {
            return Optional.empty();
        }
        journal.enregistrer(new EntreeAudit(demande.espace().name(), demande.compteId(), demande.courriel(),
                "SECOND_FACTEUR_CODE_ENVOYE", "COMPTE", demande.compteId().toString(),
                "Code de vérification envoyé par courriel, valable " + VALIDITE.toMinutes() + " minutes", demande.ip()));
        return Optional.of(code);
    }

    /** Checks a typed code against the account's current one; a valid code is used up. */
    @Transactional
    public Verification verifier(UUID compteId, String saisi) {
        Instant maintenant = horloge.instant();
        var courant = jdbc.sql("""
                UPDATE code_verification SET essais = essais + 1
                WHERE compte_id = :compte AND utilise_le IS NULL
                RETURNING empreinte, expire_le, essais
                """)
                .param("compte", compteId)
                .query((rs, n) -> new Courant(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
                .optional();
        if (courant.isEmpty()) {
            return new Verification(Issue.ABSENT, 0);
        }
        var code = courant.get();
        if (!code.expireLe().isAfter(maintenant)) {
            return new Verification(Issue.EXPIRE, 0);
        }
        if (code.essais() > ESSAIS) {
            return new Verification(Issue.EPUISE, 0);
        }
        if (saisi != null && saisi.matches("\\d{6}") && chiffrement.matches(saisi, code.empreinte())) {
            return utiliser(compteId, code.empreinte(), maintenant) ? new Verification(Issue.VALIDE, 0)
                    : new Verification(Issue.ABSENT, 0);
        }
        if (code.essais() >= ESSAIS) {
            utiliser(compteId, code.empreinte(), maintenant);
            return new Verification(Issue.EPUISE, 0);
        }
        return new Verification(Issue.INCORRECT, ESSAIS - code.essais());
    }

    /** Uses the code up (success, or the last wrong attempt): one update, so it works once. */
    private boolean utiliser(UUID compteId, String empreinte, Instant maintenant) {
        return jdbc.sql("""
                UPDATE code_verification SET utilise_le = :maintenant
                WHERE compte_id = :compte AND empreinte = :empreinte AND utilise_le IS NULL
                """)
                .param("maintenant", Timestamp.from(maintenant)).param("compte", compteId).param("empreinte", empreinte)
                .update() == 1;
    }

    private record Courant(String empreinte, Instant expireLe, int essais) {
    }

    /** What became of a typed code; {@code essaisRestants} only for {@link Issue#INCORRECT}. */
    public record Verification(Issue issue, int essaisRestants) {
    }

    public enum Issue {
        VALIDE,
        INCORRECT,
        EXPIRE,
        /** The last allowed attempt failed: the code is void, a new login is needed. */
        EPUISE,
        /** No current code: never sent, already used, or replaced. */
        ABSENT
    }
}
