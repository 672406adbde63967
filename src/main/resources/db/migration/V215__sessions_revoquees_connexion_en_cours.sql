-- Two gaps of V214, found in review.
--
-- 1. A sign-in reads the account, checks the password, then writes its session at the end of the request: a change
-- of the account in between (disabled, password changed by its owner because it leaked…) found no session to end.
-- Each change of the account's rights now moves revision_droits; the sign-in keeps the revision it read and, once its
-- session is written, checks it again, waiting for a change still running (portail.session.EcrituresSessionEspacees,
-- compte.Authentification.confirmerConnexion): a moved revision ends the new session.
ALTER TABLE compte ADD COLUMN revision_droits INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION compte_revision_droits() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.revision_droits := OLD.revision_droits + 1;
    RETURN NEW;
END;
$$;

-- The same changes as those that end the sessions (V214).
CREATE TRIGGER compte_revision_droits BEFORE UPDATE ON compte FOR EACH ROW
    WHEN (OLD.actif AND NOT NEW.actif
          OR (OLD.mot_de_passe, OLD.habilitation_fin, OLD.unite_id, OLD.type, OLD.commune_insee)
             IS DISTINCT FROM (NEW.mot_de_passe, NEW.habilitation_fin, NEW.unite_id, NEW.type, NEW.commune_insee))
    EXECUTE FUNCTION compte_revision_droits();

-- 2. Spring Session rewrites a session's whole row from the copy a request read: a request that started before a
-- sign-in and ended after it wrote the row back without the account signed in, which then no trigger could find.
-- An account named in a session stays named until the session ends (ending it for nothing costs a new sign-in).
ALTER TABLE spring_session ALTER COLUMN principal_name TYPE TEXT;

CREATE FUNCTION spring_session_comptes_gardes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.principal_name := (SELECT string_agg(DISTINCT compte, ' ' ORDER BY compte)
        FROM unnest(string_to_array(OLD.principal_name, ' ')
                    || coalesce(string_to_array(NEW.principal_name, ' '), '{}')) AS compte);
    RETURN NEW;
END;
$$;

CREATE TRIGGER spring_session_comptes_gardes BEFORE UPDATE ON spring_session FOR EACH ROW
    WHEN (OLD.principal_name IS NOT NULL AND OLD.principal_name IS DISTINCT FROM NEW.principal_name)
    EXECUTE FUNCTION spring_session_comptes_gardes();
