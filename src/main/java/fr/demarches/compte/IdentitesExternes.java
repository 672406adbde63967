package fr.demarches.compte;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links an identity of an OpenID Connect provider (e.g. FranceConnect: provider "franceconnect", subject the
 * "sub" claim) to a citizen's account. One identity opens at most one account; the sign-in itself comes later.
 */
@Service
@Transactional
public class IdentitesExternes {

    private final JdbcClient jdbc;
    private final Clock horloge;

    IdentitesExternes(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** False if this identity is already linked (to this account or another one). */
    public boolean lier(UUID compteId, String fournisseur, String sujet) {
        return jdbc.sql("""
                INSERT INTO identite_externe (fournisseur, sujet, compte_id, liee_le) VALUES (?, ?, ?, ?)
                ON CONFLICT (fournisseur, sujet) DO NOTHING
                """)
                .param(fournisseur).param(sujet).param(compteId).param(Timestamp.from(horloge.instant()))
                .update() == 1;
    }

    @Transactional(readOnly = true)
    public Optional<UUID> compteDe(String fournisseur, String sujet) {
        return jdbc.sql("SELECT compte_id FROM identite_externe WHERE fournisseur = ? AND sujet = ?")
                .param(fournisseur).param(sujet).query(UUID.class).optional();
    }
}
