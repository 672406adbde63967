-- Requests from communes to join the service, and the settings a connected commune manages itself.

CREATE TABLE demande_raccordement (
    id                      UUID        PRIMARY KEY,
    code_insee              VARCHAR(5)  NOT NULL REFERENCES commune (code_insee),
    ile                     BOOLEAN     NOT NULL,
    rco                     BOOLEAN     NOT NULL,
    procuration             BOOLEAN     NOT NULL,
    mode                    VARCHAR(10) NOT NULL CHECK (mode IN ('COURRIEL', 'SFTP')),
    boite_fonctionnelle     TEXT        NOT NULL,
    contact_nom             TEXT        NOT NULL,
    contact_fonction        TEXT,
    contact_courriel        TEXT        NOT NULL,
    contact_telephone       TEXT        NOT NULL,
    technique_nom           TEXT,
    technique_courriel      TEXT,
    technique_telephone     TEXT,
    sftp_hote               TEXT,
    sftp_port               INTEGER,
    sftp_dossier            TEXT,
    sftp_identifiant        TEXT,
    sftp_secret             BYTEA,
    administrateur_courriel TEXT        NOT NULL,
    administrateur_nom      TEXT        NOT NULL,
    administrateur_prenoms  TEXT        NOT NULL,
    statut                  VARCHAR(10) NOT NULL CHECK (statut IN ('DEPOSEE', 'ACCEPTEE', 'REFUSEE')),
    motif_refus             TEXT,
    date_effet              DATE,
    deposee_le              TIMESTAMP WITH TIME ZONE NOT NULL,
    traitee_le              TIMESTAMP WITH TIME ZONE,
    version                 BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT demande_sftp_complete CHECK (mode <> 'SFTP' OR (sftp_hote IS NOT NULL AND sftp_port IS NOT NULL
        AND sftp_identifiant IS NOT NULL AND sftp_secret IS NOT NULL)),
    CONSTRAINT demande_refus_motive CHECK ((statut = 'REFUSEE') = (motif_refus IS NOT NULL))
);
CREATE INDEX demande_raccordement_par_statut ON demande_raccordement (statut, deposee_le);

ALTER TABLE raccordement
    ADD COLUMN sftp_hote                      TEXT,
    ADD COLUMN sftp_port                      INTEGER,
    ADD COLUMN sftp_dossier                   TEXT,
    ADD COLUMN sftp_identifiant               TEXT,
    ADD COLUMN sftp_secret                    BYTEA,
    ADD COLUMN recu_au_premier_telechargement BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN validation_auto_procurations   BOOLEAN NOT NULL DEFAULT FALSE;

-- The stamp and the mayor's signature printed on attestations (small PNG or JPEG images).
CREATE TABLE commune_image (
    code_insee  VARCHAR(5)  NOT NULL REFERENCES raccordement (code_insee) ON DELETE CASCADE,
    nature      VARCHAR(10) NOT NULL CHECK (nature IN ('TAMPON', 'SIGNATURE')),
    type_mime   VARCHAR(20) NOT NULL CHECK (type_mime IN ('image/png', 'image/jpeg')),
    contenu     BYTEA       NOT NULL,
    modifiee_le TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (code_insee, nature)
);
