-- The citizen's document space. Contents live in a content-addressed store (SHA-256); these tables hold the
-- metadata. A content no row references any more is removed by a periodic sweep.

CREATE TABLE document (
    id              UUID        PRIMARY KEY,
    proprietaire_id UUID        NOT NULL REFERENCES compte (id) ON DELETE CASCADE,
    type            VARCHAR(30) NOT NULL,
    nom_original    TEXT        NOT NULL,
    type_contenu    VARCHAR(40) NOT NULL CHECK (type_contenu IN ('application/pdf', 'image/jpeg', 'image/png')),
    taille          BIGINT      NOT NULL CHECK (taille > 0),
    empreinte       CHAR(64)    NOT NULL,
    origine         VARCHAR(10) NOT NULL CHECK (origine IN ('USAGER', 'COMMUNE')),
    commune_insee   VARCHAR(5)  REFERENCES commune (code_insee),
    depose_le       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Deposited by a mairie: the citizen may delete it from this moment on.
    supprimable_le  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT document_commune_si_depot_mairie CHECK ((origine = 'COMMUNE') = (commune_insee IS NOT NULL))
);
CREATE INDEX document_par_proprietaire ON document (proprietaire_id, depose_le DESC);
CREATE INDEX document_par_empreinte ON document (empreinte);

-- An immutable copy attached to a request: it outlives the citizen's document and account on purpose
-- (the request stays with the mairie), hence no foreign key.
CREATE TABLE document_fige (
    id              UUID        PRIMARY KEY,
    document_id     UUID        NOT NULL,
    proprietaire_id UUID        NOT NULL,
    type            VARCHAR(30) NOT NULL,
    nom_original    TEXT        NOT NULL,
    type_contenu    VARCHAR(40) NOT NULL,
    taille          BIGINT      NOT NULL,
    empreinte       CHAR(64)    NOT NULL,
    fige_le         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX document_fige_par_empreinte ON document_fige (empreinte);
