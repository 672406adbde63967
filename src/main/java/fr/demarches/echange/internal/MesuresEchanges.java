package fr.demarches.echange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sFTP backlog per commune, read from the outbox: {@code demarches_sftp_envois{commune, statut}}, the dossiers
 * still to push ({@code A_ENVOYER}) and those given up ({@code ABANDONNE}, elements purged before delivery). A
 * commune's server down shows here as a growing backlog, never in readiness: the other communes and the portals are
 * not affected. Each instance reads it every {@code app.echanges.sftp.periode-mesure} (one grouped query); the
 * figures are the database's, the same on every instance.
 */
@Component
public class MesuresEchanges {

    private static final List<String> STATUTS = List.of("A_ENVOYER", "ABANDONNE");

    private final JdbcClient jdbc;
    private final MultiGauge envois;
    /** The communes seen with a backlog since start: an emptied backlog reads 0 rather than vanishing. */
    private final Set<String> communes = new ConcurrentSkipListSet<>();

    MesuresEchanges(JdbcClient jdbc, MeterRegistry registre) {
        this.jdbc = jdbc;
        this.envois = MultiGauge.builder("demarches.sftp.envois")
                .description("Télédossiers à déposer (A_ENVOYER) ou abandonnés (ABANDONNE) par commune en mode sFTP")
                .register(registre);
    }

    @Scheduled(fixedDelayString = "${app.echanges.sftp.periode-mesure}", initialDelay = 0)
    public void actualiser() {
        var nombres = new HashMap<String, Map<String, Long>>();
        jdbc.sql("SELECT commune_insee, statut, count(*) FROM envoi_sftp WHERE statut IN ('A_ENVOYER', 'ABANDONNE') "
                + "GROUP BY commune_insee, statut")
                .query(rs -> {
                    nombres.computeIfAbsent(rs.getString(1), c -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        communes.addAll(nombres.keySet());
        var lignes = new ArrayList<MultiGauge.Row<?>>();
        for (String commune : communes) {
            for (String statut : STATUTS) {
                long nombre = nombres.getOrDefault(commune, Map.of()).getOrDefault(statut, 0L);
                lignes.add(MultiGauge.Row.of(Tags.of("commune", commune, "statut", statut), nombre));
            }
        }
        envois.register(lignes, true);
    }
}
