-- Second factor of the Gestionnaire de Suivi logins: the code sent by e-mail and the trusted devices.

-- The current code of an account (a new one replaces it). Only a bcrypt hash is kept: a copy of the table
-- cannot be brute-forced within the code's ten minutes. "essais" counts the attempts, one atomic update each.
CREATE TABLE code_verification (
    compte_id  UUID        PRIMARY KEY REFERENCES compte (id) ON DELETE CASCADE,
    empreinte  TEXT        NOT NULL,
    expire_le  TIMESTAMP WITH TIME ZONE NOT NULL,
    essais     INTEGER     NOT NULL DEFAULT 0,
    utilise_le TIMESTAMP WITH TIME ZONE,
    cree_le    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A browser the agent chose to trust for 30 days: the cookie holds 256 random bits, the table their SHA-256.
CREATE TABLE appareil_confiance (
    empreinte        CHAR(64)    PRIMARY KEY,
    compte_id        UUID        NOT NULL REFERENCES compte (id) ON DELETE CASCADE,
    cree_le          TIMESTAMP WITH TIME ZONE NOT NULL,
    expire_le        TIMESTAMP WITH TIME ZONE NOT NULL,
    dernier_usage_le TIMESTAMP WITH TIME ZONE
);
CREATE INDEX appareil_confiance_par_compte ON appareil_confiance (compte_id);

-- A new password (changed, reset, or removed) or a disabled account revokes the trusted devices and the pending
-- code, whatever code path or administrator screen made the change. The journal line says why; the surrounding
-- entry of the same transaction says who. Database time: the trigger has no application clock.
CREATE FUNCTION compte_revoque_second_facteur() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    revoques INTEGER;
BEGIN
    DELETE FROM code_verification WHERE compte_id = NEW.id;
    DELETE FROM appareil_confiance WHERE compte_id = NEW.id;
    GET DIAGNOSTICS revoques = ROW_COUNT;
    IF revoques > 0 THEN
        INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details)
        VALUES (now(), NEW.espace, NULL, 'système', 'APPAREIL_CONFIANCE_REVOQUE', 'COMPTE', NEW.id::text,
                revoques || ' appareil(s) de confiance révoqué(s) : '
                    || CASE WHEN OLD.actif AND NOT NEW.actif THEN 'compte désactivé' ELSE 'mot de passe changé' END);
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER compte_revocation_second_facteur
    AFTER UPDATE OF mot_de_passe, actif ON compte
    FOR EACH ROW
    WHEN (OLD.mot_de_passe IS DISTINCT FROM NEW.mot_de_passe OR (OLD.actif AND NOT NEW.actif))
    EXECUTE FUNCTION compte_revoque_second_facteur();
