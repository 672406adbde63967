-- Télédossiers (ILE, RCO) and their history. The working list of a commune reads open dossiers by commune and
-- date (partial index); the citizen's dashboard reads by citizen.

CREATE TABLE teledossier (
    id                 UUID        PRIMARY KEY,
    numero             VARCHAR(12) NOT NULL UNIQUE,
    procedure          VARCHAR(12) NOT NULL CHECK (procedure IN ('ILE', 'RCO')),
    usager_id          UUID REFERENCES compte (id) ON DELETE SET NULL,
    courriel_usager    TEXT        NOT NULL,
    nom_usager         TEXT,
    commune_insee      VARCHAR(5)  NOT NULL REFERENCES commune (code_insee),
    etat               VARCHAR(20) NOT NULL
        CHECK (etat IN ('TRANSMIS', 'RECU', 'ATTENTE_ELEMENTS', 'EN_COURS', 'NON_RECEVABLE', 'CLOS')),
    depose_le          TIMESTAMP WITH TIME ZONE NOT NULL,
    donnees            JSONB,
    elements_purges_le TIMESTAMP WITH TIME ZONE,
    cle_idempotence    UUID        NOT NULL UNIQUE,
    version            BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX teledossier_ouverts_par_commune ON teledossier (commune_insee, depose_le DESC) WHERE etat <> 'CLOS';
CREATE INDEX teledossier_par_commune ON teledossier (commune_insee, depose_le DESC);
CREATE INDEX teledossier_par_usager ON teledossier (usager_id, depose_le DESC);

CREATE TABLE teledossier_historique (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    teledossier_id UUID        NOT NULL REFERENCES teledossier (id) ON DELETE CASCADE,
    horodatage     TIMESTAMP WITH TIME ZONE NOT NULL,
    type           VARCHAR(20) NOT NULL,
    etat           VARCHAR(20),
    commentaire    TEXT,
    auteur         TEXT        NOT NULL
);
CREATE INDEX teledossier_historique_par_dossier ON teledossier_historique (teledossier_id, horodatage);
