package fr.demarches.compte;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks the single-use links sent by e-mail. A token is 256 random bits; the database keeps only its
 * SHA-256. A new token for the same account and purpose supersedes the older ones. Consuming is one atomic
 * update, so a link used twice at the same moment works once.
 */
@Service
@Transactional
public class Jetons {

    private static final SecureRandom ALEA = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock horloge;

    Jetons(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** A new token (to put in a link), valid for {@code validite}; {@code donnee} travels with it (e.g. a new address). */
    public String emettre(UUID compteId, ObjetJeton objet, Duration validite, String donnee) {
        var maintenant = horloge.instant();
        jdbc.sql("UPDATE jeton SET utilise_le = :maintenant WHERE compte_id = :compte AND objet = :objet AND utilise_le IS NULL")
                .param("maintenant", Timestamp.from(maintenant)).param("compte", compteId).param("objet", objet.name())
                .update();
        String jeton = aleatoire();
        jdbc.sql("""
                INSERT INTO jeton (empreinte, compte_id, objet, donnee, expire_le, cree_le)
                VALUES (:empreinte, :compte, :objet, :donnee, :expire, :maintenant)
                """)
                .param("empreinte", empreinte(jeton)).param("compte", compteId).param("objet", objet.name())
                .param("donnee", donnee).param("expire", Timestamp.from(maintenant.plus(validite)))
                .param("maintenant", Timestamp.from(maintenant))
                .update();
        return jeton;
    }

    /** The account a valid, unused token belongs to, without using it up (to show the form the link leads to). */
    @Transactional(readOnly = true)
    public Optional<JetonValide> verifier(String jeton, ObjetJeton objet) {
        if (jeton == null || jeton.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT compte_id, donnee FROM jeton
                WHERE empreinte = :empreinte AND objet = :objet AND utilise_le IS NULL AND expire_le > :maintenant
                """)
                .param("empreinte", empreinte(jeton)).param("objet", objet.name())
                .param("maintenant", Timestamp.from(horloge.instant()))
                .query((rs, n) -> new JetonValide(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    /** Uses the token up and returns its account, or empty if it is unknown, expired, used or for another purpose. */
    public Optional<JetonValide> consommer(String jeton, ObjetJeton objet) {
        if (jeton == null || jeton.isBlank()) {
            return Optional.empty();
        }
        var maintenant = Timestamp.from(horloge.instant());
        return jdbc.sql("""
                UPDATE jeton SET utilise_le = :maintenant
                WHERE empreinte = :empreinte AND objet = :objet AND utilise_le IS NULL AND expire_le > :maintenant
                RETURNING compte_id, donnee
                """)
                .param("empreinte", empreinte(jeton)).param("objet", objet.name()).param("maintenant", maintenant)
                .query((rs, n) -> new JetonValide(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    /** 256 random bits, URL-safe: a link token or a trusted-device cookie. */
    static String aleatoire() {
        byte[] octets = new byte[32];
        ALEA.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    /** SHA-256 in hexadecimal: enough for 256 random bits, which no one can guess from the hash. */
    static String empreinte(String jeton) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(jeton.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record JetonValide(UUID compteId, String donnee) {
    }
}
