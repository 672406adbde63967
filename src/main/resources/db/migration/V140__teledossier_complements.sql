-- The dossier conversation: the mairie asks for complements, the citizen answers, the dossier closes with an
-- outcome.

-- A request for complements (DEMANDE_COMPLEMENTS) names the piece types and the data to correct it asks for; an
-- answer (COMPLEMENT) carries the citizen's corrections (JSON object: data code -> corrected value).
ALTER TABLE teledossier_historique
    ADD COLUMN pieces_demandees  TEXT,
    ADD COLUMN donnees_demandees TEXT,
    ADD COLUMN corrections       JSONB;

-- Every piece keeps its version (1 for the first piece of a type, 2 for its replacement…) and the answer that
-- brought it (null: the original submission). The original pieces stay.
ALTER TABLE teledossier_piece
    ADD COLUMN version       INT    NOT NULL DEFAULT 1,
    ADD COLUMN historique_id BIGINT REFERENCES teledossier_historique (id) ON DELETE CASCADE,
    ADD COLUMN nom_original  TEXT;

-- Retention counts from this instant: the submission, then the last complement received (docs/regles-metier.md).
-- reponse_a_lire: the citizen answered and no agent acted since (the agent's home counts them).
-- issue: the outcome the agent chose on closing (null for a dossier closed before, or by the flux retour).
ALTER TABLE teledossier
    ADD COLUMN conservation_depuis TIMESTAMP WITH TIME ZONE,
    ADD COLUMN reponse_a_lire      BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN issue               VARCHAR(30)
        CHECK (issue IN ('INSCRIPTION_ACCEPTEE', 'INSCRIPTION_REFUSEE', 'RECENSEMENT_EFFECTUE'));
UPDATE teledossier SET conservation_depuis = depose_le;
ALTER TABLE teledossier ALTER COLUMN conservation_depuis SET NOT NULL;

DROP INDEX teledossier_elements_a_purger;
CREATE INDEX teledossier_elements_a_purger ON teledossier (conservation_depuis) WHERE elements_purges_le IS NULL;
CREATE INDEX teledossier_reponses_a_lire ON teledossier (commune_insee) WHERE reponse_a_lire;

-- A complement is pushed to the commune's sFTP server as its own file: one outbox row per (number, complement);
-- 0 is the original submission.
ALTER TABLE envoi_sftp ADD COLUMN complement INT NOT NULL DEFAULT 0;
ALTER TABLE envoi_sftp DROP CONSTRAINT envoi_sftp_pkey;
ALTER TABLE envoi_sftp ADD PRIMARY KEY (numero, complement);
