-- The procurations awaiting the commune's decision (VALIDEE_AUTORITE): the count on the agent's home page
-- ("Procurations à décider", StatistiquesProcurations.aDecider) and the list /gs/procurations (ListeProcurations.recues
-- à traiter, newest established first). The count read the whole table (parallel seq scan of 500 000 rows, 24 000
-- pages: 120-210 ms on every GET /gs); the list walked procuration_recues_par_commune and dropped the commune's other
-- states (~20 rows read per row kept, 12-120 ms). Bench database, EXPLAIN ANALYZE: count 147-165 ms -> 16 ms cold,
-- 0.5 ms warm (1 924 entries); list of 500 61 ms cold / 12-17 ms warm -> 1.1 ms. A few thousand entries: only the
-- rows in that state, so other transitions do not write it. The queries name the state as a literal, which a
-- generic plan needs to use a partial index. Built in about 0.3 s on 500 000 rows, writes blocked meanwhile.
CREATE INDEX procuration_a_decider ON procuration (commune_insee, etablie_le DESC) WHERE etat = 'VALIDEE_AUTORITE';
