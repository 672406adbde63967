-- Every instance keeps the communes' connections and the election calendar in memory (shared.MemoireSuivie): read on
-- every ILE submission, procuration and officer decision, they change a few times a year. Each change, whatever its
-- path (screens, jobs, an operator's SQL), tells every instance at its commit, and each forgets what it kept of the
-- table named; an instance that does not hear these notices keeps nothing (shared.AvisDeChangement).
CREATE FUNCTION avis_de_changement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('demarches_changement', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER raccordement_avis AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON raccordement
    FOR EACH STATEMENT EXECUTE FUNCTION avis_de_changement();
CREATE TRIGGER scrutin_avis AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scrutin
    FOR EACH STATEMENT EXECUTE FUNCTION avis_de_changement();
CREATE TRIGGER scrutin_commune_avis AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scrutin_commune
    FOR EACH STATEMENT EXECUTE FUNCTION avis_de_changement();
