package fr.demarches.compte;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsers an agent chose to trust for {@link #DUREE}: the second login step is skipped there. The cookie holds 256
 * random bits, the database their SHA-256, tied to one account. A new password or a disabled account deletes the
 * account's devices (a database trigger, see V65), whichever screen or service made the change.
 */
@Service
@Transactional
public class AppareilsDeConfiance {

    public static final Duration DUREE = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock horloge;

    AppareilsDeConfiance(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** Trusts a new browser for the account; returns the value of its cookie. */
    public String ajouter(UUID compteId) {
        Instant maintenant = horloge.instant();
        jdbc.sql("DELETE FROM appareil_confiance WHERE compte_id = :compte AND expire_le <= :maintenant")
                .param("compte", compteId).param("maintenant", Timestamp.from(maintenant)).update();
        String valeur = Jetons.aleatoire();
        jdbc.sql("""
                INSERT INTO appareil_confiance (empreinte, compte_id, cree_le, expire_le)
                VALUES (:empreinte, :compte, :maintenant, :expire)
                """)
                .param("empreinte", Jetons.empreinte(valeur)).param("compte", compteId)
                .param("maintenant", Timestamp.from(maintenant)).param("expire", Timestamp.from(maintenant.plus(DUREE)))
                .update();
        return valeur;
    }

    /** Whether the cookie is a trusted device of this account, not expired nor revoked; notes its use. */
    public boolean reconnaitre(UUID compteId, String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return false;
        }
        var maintenant = Timestamp.from(horloge.instant());
        return jdbc.sql("""
                UPDATE appareil_confiance SET dernier_usage_le = :maintenant
                WHERE empreinte = :empreinte AND compte_id = :compte AND expire_le > :maintenant
                """)
                .param("maintenant", maintenant).param("empreinte", Jetons.empreinte(valeur)).param("compte", compteId)
                .update() == 1;
    }
}
