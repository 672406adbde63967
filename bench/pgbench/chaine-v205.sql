-- The journal chained off the commit path, as V205 leaves it (the chaining job: chainage.sh): the "after" state
-- of comparer.sh, from the "before" one.
BEGIN;
DROP TRIGGER journal_audit_chaine ON journal_audit;
DROP FUNCTION journal_audit_chainer();
CREATE OR REPLACE FUNCTION journal_audit_ajout_seul() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        RAISE EXCEPTION 'Une entrée du journal d''audit est ajoutée hors de la chaîne : son rang est attribué ensuite';
    END IF;
    IF TG_OP = 'UPDATE' AND current_setting('journal_audit.chainage', true) = 'on'
        AND OLD.rang IS NULL AND NEW.rang IS NOT NULL
        AND (OLD.id, OLD.horodatage, OLD.espace, OLD.acteur_id, OLD.acteur, OLD.action, OLD.objet_type, OLD.objet_id,
             OLD.details, OLD.ip, OLD.id_requete)
            IS NOT DISTINCT FROM
            (NEW.id, NEW.horodatage, NEW.espace, NEW.acteur_id, NEW.acteur, NEW.action, NEW.objet_type, NEW.objet_id,
             NEW.details, NEW.ip, NEW.id_requete)
        AND NEW.empreinte_precedente = (CASE WHEN NEW.rang = 1 THEN repeat('0', 64)
            ELSE (SELECT j.empreinte FROM journal_audit j WHERE j.rang = NEW.rang - 1) END) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Le journal d''audit n''accepte que des ajouts';
END;
$$;

-- Still append-only. An entry is inserted unchained. The one update allowed is its chaining, by the function below
-- (transaction-local flag), with every recorded field unchanged, and only as the exact next link: its place follows
-- an existing one (or is the first), its previous hash is that entry's hash, its own hash is the one of its fields.
-- Even a session that sets the flag itself can only do what the job does.

-- Inserting an entry already chained is refused (only the chaining gives a place); the condition is checked
-- before the function is called, so an ordinary insert costs no call.
CREATE TRIGGER journal_audit_insertion_hors_chaine
    BEFORE INSERT ON journal_audit
    FOR EACH ROW WHEN (NEW.rang IS NOT NULL OR NEW.empreinte_precedente IS NOT NULL OR NEW.empreinte IS NOT NULL)
    EXECUTE FUNCTION journal_audit_ajout_seul();
CREATE INDEX journal_audit_hors_chaine ON journal_audit (id) WHERE rang IS NULL;
COMMIT;
