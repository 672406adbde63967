-- The journal chained off the commit path (the chaining job: chainage.sh), from the "before" state of comparer.sh
-- (avant/chaine-v115.sql): the migrations V205, V220 (the hash function inlined), V222 (the name as searched in
-- PL/pgSQL), V223 (the publications' primary key only) and V224 (the chaining's plans by index) themselves, in one
-- transaction.
BEGIN;
\ir ../../src/main/resources/db/migration/V205__journal_audit_chainage_differe.sql
\ir ../../src/main/resources/db/migration/V220__journal_audit_empreinte_en_ligne.sql
\ir ../../src/main/resources/db/migration/V222__texte_recherche_plpgsql.sql
\ir ../../src/main/resources/db/migration/V223__event_publication_sans_index_secondaire.sql
\ir ../../src/main/resources/db/migration/V224__journal_audit_chainage_par_index.sql
COMMIT;
