-- The chaining job's statements (V205) each find their rows by an index: the head by "rang", an entry by its id,
-- the pending ones by journal_audit_hors_chaine, the previous hash (in the append-only trigger) by "rang". PL/pgSQL
-- keeps their plans for the life of the connection, and after five runs a generic one that nothing replans until
-- the journal's statistics change. A connection whose first runs came while the journal was analysed empty (the
-- benchmark's fresh database, a restore followed by ANALYZE) kept sequential scans: two reads of the whole journal
-- per chained entry, so 1 000 entries took 49 to 102 s with 128 000 in the journal, and a backlog of 47 000 would
-- have taken most of an hour (docs/performance.md, sixteenth machine). Without autovacuum nothing replanned them.
-- Sequential scans are switched off for these two functions only, so their plans use the indexes whatever the
-- statistics say; the trigger function too, as its plan may be made by another statement of the same connection.
ALTER FUNCTION journal_audit_chainer_en_attente(INT) SET enable_seqscan = off;
ALTER FUNCTION journal_audit_ajout_seul() SET enable_seqscan = off;
