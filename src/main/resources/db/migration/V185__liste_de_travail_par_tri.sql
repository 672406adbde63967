-- The working list (issue 17): one page of the commune's open dossiers for each sort column, read from an index in
-- the page's order (50 index entries, 50 rows), instead of every open dossier of the commune sorted for each page.
-- The tie-breaker (numero) follows the column's direction, so that one index serves both directions.
DROP INDEX teledossier_ouverts_par_commune;
CREATE INDEX teledossier_ouverts_par_depot ON teledossier (commune_insee, depose_le, numero) WHERE etat <> 'CLOS';
CREATE INDEX teledossier_ouverts_par_numero ON teledossier (commune_insee, numero) WHERE etat <> 'CLOS';
CREATE INDEX teledossier_ouverts_par_procedure ON teledossier (commune_insee, procedure, numero) WHERE etat <> 'CLOS';
CREATE INDEX teledossier_ouverts_par_etat ON teledossier (commune_insee, etat, numero) WHERE etat <> 'CLOS';

-- "Rechercher" by name: the name as searched (texte_recherche, V150) is stored once per row, when it is written,
-- so that a search matching thousands of dossiers compares stored texts instead of normalising each name again
-- (about 2 µs per row). The purge empties it with the name.
ALTER TABLE teledossier ADD COLUMN nom_recherche TEXT GENERATED ALWAYS AS (texte_recherche(nom_usager)) STORED;
-- fastupdate off: new rows go straight into the index. With the pending list (4 MB by default) each search read
-- every name submitted since the last vacuum, and one submission now and then paid for merging them all.
DROP INDEX teledossier_recherche_nom;
CREATE INDEX teledossier_recherche_nom ON teledossier USING gin (commune_insee, nom_recherche gin_trgm_ops)
    WITH (fastupdate = off);
