-- sFTP mode as a commune's IT team runs it: what a delivery wrote (to trust a file found already on the server
-- only when it is byte for byte the one the platform wrote), the host key last seen and the one the commune
-- proposes, and the entries of retour/ that could not be read (reported by name, not ignored in silence).

-- Size and SHA-256 of the archive written under its temporary name, recorded before it is renamed into place.
ALTER TABLE envoi_sftp
    ADD COLUMN taille    BIGINT,
    ADD COLUMN empreinte CHAR(64);

ALTER TABLE echange_sftp_commune
    -- The host key the server presented at the last connection (matching the recorded one or not).
    ADD COLUMN cle_vue_type           TEXT,
    ADD COLUMN cle_vue_empreinte      TEXT,
    ADD COLUMN cle_vue_le             TIMESTAMP WITH TIME ZONE,
    -- A new fingerprint the commune administrator proposes; only the platform administrator records it.
    ADD COLUMN cle_proposee_type      TEXT,
    ADD COLUMN cle_proposee_empreinte TEXT,
    ADD COLUMN cle_proposee_le        TIMESTAMP WITH TIME ZONE,
    ADD COLUMN cle_proposee_par       TEXT;

-- The entries of the commune's retour/ folder the last reading could neither apply nor file in erreurs/ (a folder,
-- a link, a file the server refuses to move…), with why; replaced at each reading.
CREATE TABLE flux_retour_anomalie (
    commune_insee VARCHAR(5) NOT NULL REFERENCES commune (code_insee),
    nom           TEXT       NOT NULL,
    motif         TEXT       NOT NULL,
    vue_depuis    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (commune_insee, nom)
);
