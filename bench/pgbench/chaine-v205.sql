-- The journal chained off the commit path (the chaining job: chainage.sh), from the "before" state of comparer.sh
-- (avant/chaine-v115.sql): the migrations V205 and V220 (the hash function inlined) themselves, in one transaction.
BEGIN;
\ir ../../src/main/resources/db/migration/V205__journal_audit_chainage_differe.sql
\ir ../../src/main/resources/db/migration/V220__journal_audit_empreinte_en_ligne.sql
COMMIT;
