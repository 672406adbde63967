-- The audit journal: append-only, enforced by the database itself.

CREATE TABLE journal_audit (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    horodatage  TIMESTAMP WITH TIME ZONE NOT NULL,
    espace      VARCHAR(15),
    acteur_id   UUID,
    acteur      TEXT        NOT NULL,
    action      VARCHAR(60) NOT NULL,
    objet_type  VARCHAR(40),
    objet_id    TEXT,
    details     TEXT,
    ip          VARCHAR(45)
);
CREATE INDEX journal_audit_par_date ON journal_audit (horodatage DESC);
CREATE INDEX journal_audit_par_acteur ON journal_audit (acteur, horodatage DESC);
CREATE INDEX journal_audit_par_objet ON journal_audit (objet_type, objet_id);

CREATE FUNCTION journal_audit_ajout_seul() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Le journal d''audit n''accepte que des ajouts';
END;
$$;

CREATE TRIGGER journal_audit_immuable
    BEFORE UPDATE OR DELETE ON journal_audit
    FOR EACH ROW EXECUTE FUNCTION journal_audit_ajout_seul();
