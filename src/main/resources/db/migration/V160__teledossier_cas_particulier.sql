-- The Code électoral L30 ground of an ILE request sent after the usual deadline and by the L30 one (null
-- otherwise): a column, not only the JSON, so that the working list filters on it and it outlives the purge.
ALTER TABLE teledossier ADD COLUMN cas_particulier VARCHAR(30)
    CHECK (cas_particulier IN ('MUTATION_RETRAITE', 'RETOUR_VIE_CIVILE', 'DEMENAGEMENT_PROFESSIONNEL', 'MAJORITE',
                               'NATURALISATION', 'DROITS_RECOUVRES'));
