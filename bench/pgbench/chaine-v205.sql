-- The journal chained off the commit path (the chaining job: chainage.sh), from the "before" state of comparer.sh
-- (avant/chaine-v115.sql): the migration V205 itself, in one transaction.
BEGIN;
\ir ../../src/main/resources/db/migration/V205__journal_audit_chainage_differe.sql
COMMIT;
