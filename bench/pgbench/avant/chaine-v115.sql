-- The journal chained at commit, as before V205 (deferred trigger of V115 under an advisory lock), and the schema
-- before V222 and V223: the "before" state of comparer.sh. Chains what is pending first, then puts back V115's
-- trigger and append-only rule, and takes away what V205 added (chaine-v205.sql runs V205 itself to come back).
BEGIN;
SELECT journal_audit_chainer_en_attente(1000000);
-- The hash function as V115 declared it (V220 lets the planner inline it).
ALTER FUNCTION journal_audit_champ(TEXT) IMMUTABLE;
ALTER FUNCTION journal_audit_empreinte(journal_audit, BIGINT, TEXT) IMMUTABLE;
DROP TRIGGER IF EXISTS journal_audit_insertion_hors_chaine ON journal_audit;
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
    AFTER INSERT ON journal_audit DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_audit_chainer();
DROP INDEX IF EXISTS journal_audit_hors_chaine;
DROP FUNCTION journal_audit_chainer_en_attente(INT);

-- The name as searched by V150's SQL function, inlined into each insert's generated column (V222 makes it PL/pgSQL),
-- and the publications' two secondary indexes (V223 drops them). No stored name holds the capital Ĳ that V222 adds.
CREATE OR REPLACE FUNCTION texte_recherche(texte TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        translate(regexp_replace(normalize(texte, NFD), '[\u0300-\u036f]', '', 'g'), 'ĐđŁłØøĦħŦŧı', 'DdLlOoHhTti'),
        'ß', 'ss'), 'ẞ', 'SS'), 'Æ', 'AE'), 'æ', 'ae'), 'Œ', 'OE'), 'œ', 'oe'), 'Þ', 'TH'), 'þ', 'th'), 'ĳ', 'ij'));
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx
    ON event_publication USING hash (serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
COMMIT;
