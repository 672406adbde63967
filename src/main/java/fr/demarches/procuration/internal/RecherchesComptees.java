package fr.demarches.procuration.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.demarches.compte.LimiteurTentatives;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's look-up in one statement: the officer's and the unit's counters (and their block), then, unless
 * blocked, the procuration a pending reference designates. For a decision, the same statement frees the reference:
 * a decision that fails gives it back with its transaction, and a second decision on it waits for the first, then
 * finds nothing; its commune's options come with it (the automatic validation, the mailbox the event carries), read
 * in the raccordement as {@code commune.Raccordements} reads them. Runs in the caller's transaction, which holds the
 * counters' rows until it ends.
 */
@Component
public class RecherchesComptees {

    static final String RESULTAT = "procuration-comptee";

    private static final String LIBEREE = """
            , liberee AS (
                DELETE FROM reference_en_attente
                WHERE reference = :reference AND expire_le > :enAttenteLe AND (SELECT jusqua FROM bloque) IS NULL
                RETURNING procuration_id)""";

    @PersistenceContext
    private EntityManager entites;

    /**
     * The block if any (nothing was counted nor read), else the procuration found (managed), if any, and for a
     * decision its commune's options (empty if the commune has no raccordement).
     */
    public record Lue(Optional<Instant> bloqueJusqua, Optional<Procuration> procuration, Optional<Commune> commune) {
    }

    /** A commune's options as of this read: procurations validated automatically, its mailbox. */
    public record Commune(boolean validationAutomatique, String boite) {
    }

    /**
     * {@code reference}: the reference typed, normalised (null if it cannot be one: counted all the same);
     * {@code liberer}: for a decision.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Lue compterPuisLire(LimiteurTentatives.Comptage comptage, String reference, Instant maintenant,
            boolean liberer) {
        String sql = liberer
                ? comptage.puisLire(LIBEREE, """
                        SELECT p.*, c.validation_auto_procurations AS validation_auto_commune,
                               c.boite_fonctionnelle AS boite_commune
                        FROM liberee r JOIN procuration p ON p.id = r.procuration_id
                        LEFT JOIN raccordement c ON c.code_insee = p.commune_insee""")
                : comptage.puisLire("", """
                        SELECT p.*, CAST(NULL AS boolean) AS validation_auto_commune, CAST(NULL AS text) AS boite_commune
                        FROM reference_en_attente r JOIN procuration p ON p.id = r.procuration_id
                        WHERE r.reference = :reference AND r.expire_le > :enAttenteLe""");
        var requete = entites.createNativeQuery(sql, RESULTAT);
        comptage.parametres().forEach(requete::setParameter);
        requete.setParameter("reference", reference == null ? "" : reference);
        requete.setParameter("enAttenteLe", Timestamp.from(maintenant));
        @SuppressWarnings("unchecked")
        List<Object[]> lignes = requete.getResultList();
        Object[] ligne = lignes.getFirst();
        return new Lue(Optional.ofNullable((Instant) ligne[1]), Optional.ofNullable((Procuration) ligne[0]),
                Optional.ofNullable((Boolean) ligne[2]).map(auto -> new Commune(auto, (String) ligne[3])));
    }
}
