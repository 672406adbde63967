-- The audit journal chained by hashes: each entry holds the SHA-256 of its own fields and of the previous entry's
-- hash, so that editing or deleting a committed entry breaks the chain (fr.demarches.audit.ChaineJournal checks
-- it). The chain follows the commit order ("rang"), not the identity column: an entry gets its place when its
-- transaction commits, in a deferred trigger, under an advisory lock held only for the rest of that commit. Taking
-- the lock at the insert instead would serialise whole transactions and could deadlock with their row locks.
-- The unique "rang" makes a fork impossible: two commits claiming the same place cannot both succeed.

ALTER TABLE journal_audit
    ADD COLUMN rang                 BIGINT,
    ADD COLUMN empreinte_precedente CHAR(64),
    ADD COLUMN empreinte            CHAR(64);
CREATE UNIQUE INDEX journal_audit_par_rang ON journal_audit (rang);

-- One field of the canonical form: its length in UTF-8 bytes, then the value; '-' for NULL. Unambiguous whatever
-- the field holds (separators included). The Java check builds the same text (ChaineJournal.formeCanonique).
CREATE FUNCTION journal_audit_champ(valeur TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN valeur IS NULL THEN '-' ELSE octet_length(convert_to(valeur, 'UTF8')) || ':' || valeur END
$$;

CREATE FUNCTION journal_audit_empreinte(e journal_audit, rang BIGINT, precedente TEXT) RETURNS CHAR(64)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws('|',
        rang,
        e.id,
        (extract(epoch FROM e.horodatage) * 1000000)::BIGINT,
        journal_audit_champ(e.espace),
        journal_audit_champ(e.acteur_id::TEXT),
        journal_audit_champ(e.acteur),
        journal_audit_champ(e.action),
        journal_audit_champ(e.objet_type),
        journal_audit_champ(e.objet_id),
        journal_audit_champ(e.details),
        journal_audit_champ(e.ip),
        precedente), 'UTF8')), 'hex')
$$;

-- The entries written before this migration are chained in their identity order, from the zero hash.
DO $$
DECLARE
    ligne journal_audit;
    precedente TEXT := repeat('0', 64);
    numero BIGINT := 0;
BEGIN
    ALTER TABLE journal_audit DISABLE TRIGGER journal_audit_immuable;
    FOR ligne IN SELECT * FROM journal_audit ORDER BY id LOOP
        numero := numero + 1;
        UPDATE journal_audit SET rang = numero, empreinte_precedente = precedente,
            empreinte = journal_audit_empreinte(ligne, numero, precedente)
        WHERE id = ligne.id
        RETURNING empreinte INTO precedente;
    END LOOP;
    ALTER TABLE journal_audit ENABLE TRIGGER journal_audit_immuable;
END;
$$;

-- Still append-only; the one update allowed is the chaining of a row not yet chained, by the trigger below, with
-- every recorded field unchanged.
CREATE OR REPLACE FUNCTION journal_audit_ajout_seul() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND OLD.rang IS NULL AND NEW.rang IS NOT NULL
        AND (OLD.id, OLD.horodatage, OLD.espace, OLD.acteur_id, OLD.acteur, OLD.action, OLD.objet_type, OLD.objet_id,
             OLD.details, OLD.ip)
            IS NOT DISTINCT FROM
            (NEW.id, NEW.horodatage, NEW.espace, NEW.acteur_id, NEW.acteur, NEW.action, NEW.objet_type, NEW.objet_id,
             NEW.details, NEW.ip) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Le journal d''audit n''accepte que des ajouts';
END;
$$;

-- At commit: the next place in the chain, after the last committed entry. The advisory lock (one key for the
-- journal) makes the commits that write the journal take their places one after the other; it is released with
-- the commit, and nothing else is waited for while it is held.
CREATE FUNCTION journal_audit_chainer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    dernier RECORD;
    ligne journal_audit;
    numero BIGINT;
    precedente TEXT;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('journal_audit_chaine'));
    SELECT j.rang, j.empreinte INTO dernier FROM journal_audit j WHERE j.rang IS NOT NULL ORDER BY j.rang DESC LIMIT 1;
    numero := coalesce(dernier.rang, 0) + 1;
    precedente := coalesce(dernier.empreinte, repeat('0', 64));
    SELECT * INTO ligne FROM journal_audit WHERE id = NEW.id;
    UPDATE journal_audit SET rang = numero, empreinte_precedente = precedente,
        empreinte = journal_audit_empreinte(ligne, numero, precedente)
    WHERE id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER journal_audit_chaine
    AFTER INSERT ON journal_audit
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION journal_audit_chainer();

-- The daily digests: the head of the chain each day, also written to the application log (and a file when set),
-- where an operator keeps them out of the database owner's reach.
CREATE TABLE journal_audit_empreinte (
    jour      DATE        PRIMARY KEY,
    rang      BIGINT      NOT NULL,
    empreinte CHAR(64)    NOT NULL,
    cree_le   TIMESTAMP WITH TIME ZONE NOT NULL
);
