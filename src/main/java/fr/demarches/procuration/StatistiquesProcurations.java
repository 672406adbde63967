package fr.demarches.procuration;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import fr.demarches.shared.Fuseau;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Procurations of a commune (or of all, for the platform) requested over a period, by current state. */
@Service
@Transactional(readOnly = true)
public class StatistiquesProcurations {

    private final JdbcClient jdbc;

    StatistiquesProcurations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The procurations established by an authority that wait for the commune's decision. The state is a literal: the
     * partial index procuration_a_decider (V206) serves only that state, which a bound value does not prove.
     */
    public long aDecider(String codeInsee) {
        return jdbc.sql("SELECT count(*) FROM procuration WHERE commune_insee = ? AND etat = 'VALIDEE_AUTORITE'")
                .params(codeInsee).query(Long.class).single();
    }

    /** {@code codeInsee} null: every commune. The period is [du, au], in Paris days. */
    public Map<EtatProcuration, Long> parEtat(String codeInsee, LocalDate du, LocalDate au) {
        Map<EtatProcuration, Long> parEtat = new EnumMap<>(EtatProcuration.class);
        for (EtatProcuration etat : EtatProcuration.values()) {
            parEtat.put(etat, 0L);
        }
        // The commune's condition only when there is one: with "(:commune IS NULL OR commune_insee = :commune)", a
        // prepared statement's generic plan could not use procuration_par_depot (V208) and read the whole table.
        String commune = codeInsee == null ? "" : "commune_insee = :commune AND ";
        jdbc.sql("SELECT etat, count(*) FROM procuration WHERE " + commune
                        + "deposee_le >= :debut AND deposee_le < :fin GROUP BY etat")
                .param("commune", codeInsee)
                .param("debut", Timestamp.from(du.atStartOfDay(Fuseau.PARIS).toInstant()))
                .param("fin", Timestamp.from(au.plusDays(1).atStartOfDay(Fuseau.PARIS).toInstant()))
                .query((rs, n) -> Map.entry(EtatProcuration.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().forEach(e -> parEtat.put(e.getKey(), e.getValue()));
        return parEtat;
    }
}
