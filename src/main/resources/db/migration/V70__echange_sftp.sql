-- sFTP connection mode: the commune's host key, the delivery mode of each dossier, the outbox of pushes, the
-- delivery state of each commune and the files of the flux retour.

-- The host key fingerprint (SHA256:…) the platform checks at every connection; empty until the platform
-- administrator records it (read from the server and confirmed, or given by the commune).
ALTER TABLE raccordement
    ADD COLUMN sftp_empreinte_hote            TEXT,
    ADD COLUMN sftp_empreinte_enregistree_le  TIMESTAMP WITH TIME ZONE;

-- Fixed at submission: a dossier of a commune in sFTP mode is pushed to its server, not downloaded in the GS.
ALTER TABLE teledossier
    ADD COLUMN remise_sftp BOOLEAN NOT NULL DEFAULT FALSE;

-- One row per dossier to push, keyed by its number: a second enqueue of the same number is a no-op.
CREATE TABLE envoi_sftp (
    numero               VARCHAR(12) PRIMARY KEY REFERENCES teledossier (numero) ON DELETE CASCADE,
    commune_insee        VARCHAR(5)  NOT NULL REFERENCES commune (code_insee),
    statut               VARCHAR(10) NOT NULL CHECK (statut IN ('A_ENVOYER', 'ENVOYE', 'ABANDONNE')),
    cree_le              TIMESTAMP WITH TIME ZONE NOT NULL,
    tentatives           INTEGER     NOT NULL DEFAULT 0,
    prochaine_tentative  TIMESTAMP WITH TIME ZONE NOT NULL,
    derniere_tentative   TIMESTAMP WITH TIME ZONE,
    derniere_erreur      TEXT,
    envoye_le            TIMESTAMP WITH TIME ZONE,
    nom_fichier          TEXT
);
CREATE INDEX envoi_sftp_a_envoyer ON envoi_sftp (prochaine_tentative) WHERE statut = 'A_ENVOYER';
CREATE INDEX envoi_sftp_par_commune ON envoi_sftp (commune_insee, statut);

-- What the platform administrator reads per commune: last delivery, last errors, last reading of the return folder.
CREATE TABLE echange_sftp_commune (
    commune_insee             VARCHAR(5) PRIMARY KEY REFERENCES commune (code_insee),
    derniere_remise_le        TIMESTAMP WITH TIME ZONE,
    derniere_erreur_envoi     TEXT,
    derniere_erreur_envoi_le  TIMESTAMP WITH TIME ZONE,
    derniere_releve_le        TIMESTAMP WITH TIME ZONE,
    derniere_erreur_releve    TEXT,
    derniere_erreur_releve_le TIMESTAMP WITH TIME ZONE
);

-- Every file of the flux retour, applied or rejected. An event identifier is applied once per commune: a file
-- read twice (two pollers, a retry after a crash) finds its identifier already there and changes nothing.
CREATE TABLE flux_retour_fichier (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commune_insee VARCHAR(5)  NOT NULL REFERENCES commune (code_insee),
    nom_fichier   TEXT        NOT NULL,
    identifiant   TEXT,
    empreinte     CHAR(64),
    numero        VARCHAR(12),
    statut        VARCHAR(10) NOT NULL CHECK (statut IN ('APPLIQUE', 'REJETE')),
    motif         TEXT,
    traite_le     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT flux_retour_rejet_motive CHECK ((statut = 'REJETE') = (motif IS NOT NULL))
);
CREATE UNIQUE INDEX flux_retour_applique_une_fois ON flux_retour_fichier (commune_insee, identifiant)
    WHERE statut = 'APPLIQUE';
CREATE INDEX flux_retour_par_commune ON flux_retour_fichier (commune_insee, traite_le DESC);
