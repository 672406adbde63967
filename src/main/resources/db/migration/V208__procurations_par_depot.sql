-- The commune's statistics (GET /gs/administration/statistiques, StatistiquesProcurations.parEtat): its
-- procurations requested over the period, by state. It read the whole table (parallel seq scan of 600 000 rows,
-- 24 000 pages, 120-160 ms) for each display. Now an index-only range scan of the commune's period, the state
-- included. Bench database, Nanterre (103 000 procurations over the last 30 days, the benchmark's commune),
-- EXPLAIN ANALYZE: 135-165 ms -> 40 ms warm (recent rows not yet all-visible: one heap fetch each, ~10 ms
-- without); a commune of a few hundred procurations: 150 ms -> 0.3 ms. The platform's figures (every commune)
-- still read the table. Built in about 1.3 s on 600 000 rows, writes blocked meanwhile.
CREATE INDEX procuration_par_depot ON procuration (commune_insee, deposee_le) INCLUDE (etat);
