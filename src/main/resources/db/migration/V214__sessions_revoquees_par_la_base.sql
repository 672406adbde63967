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

-- Hibernate writes every column of an updated account: only a change of one of these ends its sessions.
CREATE TRIGGER compte_sessions_revoquees AFTER UPDATE ON compte FOR EACH ROW
    WHEN (OLD.actif AND NOT NEW.actif
          OR (OLD.mot_de_passe, OLD.habilitation_fin, OLD.unite_id, OLD.type, OLD.commune_insee)
             IS DISTINCT FROM (NEW.mot_de_passe, NEW.habilitation_fin, NEW.unite_id, NEW.type, NEW.commune_insee))
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
