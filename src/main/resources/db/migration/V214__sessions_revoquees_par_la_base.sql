-- A signed-in session is no longer checked against its account on every request (one read of compte and unite per
-- request, docs/performance.md): it is ended where the account changes. Each session row names the accounts signed in
-- in it (principal_name: their ids, space-separated, one per portal; portail.session.ComptesDeLaSession), and these
-- triggers delete the sessions of an account when it can no longer act as it signed in: disabled, password changed or
-- reset, habilitation, unit, kind or commune changed, deleted; and of a unit's officers when the unit is disabled.
-- In the database, so that every path (screens, jobs, an operator's SQL) ends them, on every instance at once.
-- The session that changes its own password gets a new one (MonCompteController). The end of an officer's
-- habilitation by the calendar alone is checked at each request, from the session (VerificationCompteActif).

-- Sessions opened before carry no account ids: they could not be revoked. Everyone signs in again once.
DELETE FROM spring_session;

DROP INDEX spring_session_ix3;
ALTER TABLE spring_session ALTER COLUMN principal_name TYPE VARCHAR(400);
CREATE INDEX spring_session_comptes ON spring_session USING gin (string_to_array(principal_name, ' '));

CREATE FUNCTION revoquer_sessions(compte UUID, identifiant TEXT, espace TEXT, motif TEXT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    fermees INTEGER;
BEGIN
    DELETE FROM spring_session WHERE string_to_array(principal_name, ' ') @> ARRAY[compte::text];
    GET DIAGNOSTICS fermees = ROW_COUNT;
    IF fermees > 0 THEN
        INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details)
        VALUES (now(), espace, compte, identifiant, 'SESSION_REVOQUEE', 'COMPTE', compte::text,
                fermees || ' session(s) fermée(s) : ' || motif);
    END IF;
END;
$$;

CREATE FUNCTION compte_sessions_revoquees() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM revoquer_sessions(OLD.id, OLD.identifiant, OLD.espace, CASE
        WHEN TG_OP = 'DELETE' THEN 'compte supprimé'
        WHEN NOT NEW.actif THEN 'compte désactivé'
        WHEN OLD.mot_de_passe IS DISTINCT FROM NEW.mot_de_passe THEN 'mot de passe changé'
        ELSE 'habilitation, unité, type ou commune du compte modifiés' END);
    RETURN NULL;
END;
$$;

-- Hibernate writes every column of an updated account: only a change of one of these is a change of its rights.
CREATE FUNCTION compte_droits_changes(avant compte, apres compte) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT avant.actif AND NOT apres.actif
        OR (avant.mot_de_passe, avant.habilitation_fin, avant.unite_id, avant.type, avant.commune_insee)
           IS DISTINCT FROM (apres.mot_de_passe, apres.habilitation_fin, apres.unite_id, apres.type, apres.commune_insee)
$$;

CREATE TRIGGER compte_sessions_revoquees AFTER UPDATE ON compte FOR EACH ROW
    WHEN (compte_droits_changes(OLD, NEW))
    EXECUTE FUNCTION compte_sessions_revoquees();
CREATE TRIGGER compte_supprime_sessions_revoquees AFTER DELETE ON compte FOR EACH ROW
    EXECUTE FUNCTION compte_sessions_revoquees();

CREATE FUNCTION unite_sessions_revoquees() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM revoquer_sessions(c.id, c.identifiant, c.espace, 'unité désactivée')
    FROM compte c WHERE c.unite_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER unite_sessions_revoquees AFTER UPDATE ON unite FOR EACH ROW
    WHEN (OLD.active AND NOT NEW.active)
    EXECUTE FUNCTION unite_sessions_revoquees();

-- Two gaps, found in review.
--
-- 1. A sign-in reads the account, checks the password, then writes its session at the end of the request: a change
-- of the account in between (disabled, password changed by its owner because it leaked…) found no session to end.
-- Each change of the account's rights now moves revision_droits; the sign-in keeps the revision it read and, once its
-- session is written, checks it again, waiting for a change still running (portail.session.EcrituresSessionEspacees,
-- compte.Authentification.confirmerConnexion): a moved revision ends the new session.
ALTER TABLE compte ADD COLUMN revision_droits INTEGER NOT NULL DEFAULT 0;

-- The same changes as those that end the sessions, tested in the function: a BEFORE trigger's WHEN may not read
-- NEW's generated column (espace), which the whole row carries.
CREATE FUNCTION compte_revision_droits() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF compte_droits_changes(OLD, NEW) THEN
        NEW.revision_droits := OLD.revision_droits + 1;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER compte_revision_droits BEFORE UPDATE ON compte FOR EACH ROW
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
