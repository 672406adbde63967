-- Drafts of the citizen's request forms: one per citizen and procedure, the form so far as JSON, and the
-- idempotency key the review page hands out (so a double submit creates one télédossier).
CREATE TABLE brouillon (
    usager_id       UUID        NOT NULL REFERENCES compte (id) ON DELETE CASCADE,
    procedure       VARCHAR(12) NOT NULL CHECK (procedure IN ('ILE', 'RCO')),
    donnees         JSONB       NOT NULL,
    cle_idempotence UUID        NOT NULL,
    modifie_le      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (usager_id, procedure)
);

-- The frozen copies of the pieces attached to a télédossier (the citizen editing their documents later changes
-- nothing here). No foreign key to document_fige: the document module owns it and keeps its copies.
CREATE TABLE teledossier_piece (
    teledossier_id   UUID        NOT NULL REFERENCES teledossier (id) ON DELETE CASCADE,
    document_fige_id UUID        NOT NULL,
    type             VARCHAR(30) NOT NULL,
    ordre            INT         NOT NULL,
    PRIMARY KEY (teledossier_id, ordre)
);
