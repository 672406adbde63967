-- Indexes the benchmark asked for (bench/, docs/performance.md): the Gestionnaire de Suivi's working list over
-- 1 million télédossiers, 20 000 of them in the agent's commune.
-- pg_trgm and btree_gin are "trusted" extensions: the database owner creates them, no superuser needed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- The list of open dossiers reads these columns only: with them in the index, a page sorted by any column and its
-- count are index-only scans over the commune's open dossiers, without visiting the table.
DROP INDEX teledossier_ouverts_par_commune;
CREATE INDEX teledossier_ouverts_par_commune ON teledossier (commune_insee, depose_le DESC)
    INCLUDE (numero, procedure, etat) WHERE etat <> 'CLOS';

-- "Rechercher": part of a name (trigrams, so LIKE '%…%' uses the index) or the exact e-mail, within the commune.
CREATE INDEX teledossier_recherche_nom ON teledossier USING gin (commune_insee, lower(nom_usager) gin_trgm_ops);
CREATE INDEX teledossier_recherche_courriel ON teledossier (commune_insee, lower(courriel_usager));
