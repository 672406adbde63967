-- The hash chain of the journal (V115) is no longer built at each commit: the deferred trigger took one advisory
-- lock for the whole journal at commit and held it through the WAL flush, so every commit writing the journal, in
-- the whole service, waited for the previous one (~100 ms each under load). Entries are now inserted unchained
-- (rang, empreinte_precedente, empreinte NULL) and a job (fr.demarches.audit.internal.ChainageJournal) chains the
-- committed ones about every second, with journal_audit_chainer_en_attente below: same lock, same hash, same order
-- of places (the order in which the job finds them committed), one transaction per batch instead of one per commit.
-- What the chain proves is unchanged: the fields of an entry never change, a chained entry's hash covers its fields
-- and the previous hash, the unique "rang" forbids a fork; an entry left unchained too long is reported by the check.

DROP TRIGGER journal_audit_chaine ON journal_audit;
DROP FUNCTION journal_audit_chainer();

-- Still append-only. An entry is inserted unchained. The one update allowed is its chaining, by the function below
-- (transaction-local flag), with every recorded field unchanged, and only as the next link: its place follows an
-- existing one (or is the first) and its previous hash is that entry's hash, so even a session setting the flag
-- itself leaves no gap. Its own hash is not recomputed here (that doubled the chaining's cost): a wrong one is
-- what ChaineJournal reports as an edited entry.
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

-- Inserting an entry already chained is refused (only the chaining gives a place); the condition is checked
-- before the function is called, so an ordinary insert costs no call.
CREATE TRIGGER journal_audit_insertion_hors_chaine
    BEFORE INSERT ON journal_audit
    FOR EACH ROW WHEN (NEW.rang IS NOT NULL OR NEW.empreinte_precedente IS NOT NULL OR NEW.empreinte IS NOT NULL)
    EXECUTE FUNCTION journal_audit_ajout_seul();

-- Chains up to "limite" committed unchained entries after the head, in their identity order; returns how many.
-- The advisory lock (the key of V115) keeps two callers from interleaving; the statements below run after it is
-- granted, each with a fresh snapshot, so they see the head the previous caller committed.
CREATE FUNCTION journal_audit_chainer_en_attente(limite INT) RETURNS INT LANGUAGE plpgsql AS $$
DECLARE
    dernier RECORD;
    ligne journal_audit;
    numero BIGINT;
    precedente TEXT;
    chainees INT := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('journal_audit_chaine'));
    PERFORM set_config('journal_audit.chainage', 'on', true);
    SELECT j.rang, j.empreinte INTO dernier FROM journal_audit j WHERE j.rang IS NOT NULL ORDER BY j.rang DESC LIMIT 1;
    numero := coalesce(dernier.rang, 0);
    precedente := coalesce(dernier.empreinte, repeat('0', 64));
    FOR ligne IN SELECT * FROM journal_audit WHERE rang IS NULL ORDER BY id LIMIT limite LOOP
        numero := numero + 1;
        UPDATE journal_audit SET rang = numero, empreinte_precedente = precedente,
            empreinte = journal_audit_empreinte(ligne, numero, precedente)
        WHERE id = ligne.id
        RETURNING empreinte INTO precedente;
        chainees := chainees + 1;
    END LOOP;
    PERFORM set_config('journal_audit.chainage', 'off', true);
    RETURN chainees;
END;
$$;

-- The job finds the unchained entries without reading the table: they are few and short-lived.
CREATE INDEX journal_audit_hors_chaine ON journal_audit (id) WHERE rang IS NULL;
