-- The chaining job (V205) computes each entry's hash with journal_audit_empreinte. Both functions were declared
-- IMMUTABLE while their bodies call STABLE functions (concat_ws, convert_to, text concatenation): PostgreSQL then
-- refuses to inline them and runs each call as a query of its own, about 90 µs for one hash. STABLE is their true
-- volatility and lets the planner inline them into the job's UPDATE: same text, same hash, the chaining of 20 000
-- entries went from 4.7 s to 0.95 s (docs/performance.md, thirteenth machine). No index or generated column uses them.
ALTER FUNCTION journal_audit_champ(TEXT) STABLE;
ALTER FUNCTION journal_audit_empreinte(journal_audit, BIGINT, TEXT) STABLE;
