-- The registre of a ballot date (GET /gs/procurations/registre.csv and .pdf, ListeProcurations.registre): the
-- commune's accepted procurations that cover the date. It read the whole table (seq scan of 600 000 rows, 24 000
-- pages) to keep 40 rows, and the planner, which cannot see that debut <= date <= fin holds for few rows, took them
-- for 21 500 and compiled the plan (JIT, 0.4-0.5 s; the statement now turns JIT off). Bench database, Nanterre,
-- 2026-02-11, EXPLAIN ANALYZE: 730-830 ms -> 5 ms (index scan on commune and fin, debut checked in the index).
-- Partial: only accepted procurations are in a registre, and the query names the state as a literal.
-- Built in about 1 s on 600 000 rows, writes blocked meanwhile.
CREATE INDEX procuration_registre ON procuration (commune_insee, fin, debut) WHERE etat = 'ACCEPTEE_COMMUNE';
