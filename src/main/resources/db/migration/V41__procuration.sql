-- Procurations: the mandant's request, the officer's validation, the commune's decision, the cancellation.
-- Scope is stored as a date range [debut, fin] (one round: debut = fin) so overlaps are one comparison.

CREATE TABLE procuration (
    id                        UUID        PRIMARY KEY,
    reference                 VARCHAR(6)  NOT NULL,
    usager_id                 UUID REFERENCES compte (id) ON DELETE SET NULL,
    courriel_mandant          TEXT        NOT NULL,
    commune_insee             VARCHAR(5)  NOT NULL REFERENCES commune (code_insee),
    nne_mandant               VARCHAR(20),
    nom_naissance_mandant     TEXT        NOT NULL,
    nom_usage_mandant         TEXT,
    prenoms_mandant           TEXT        NOT NULL,
    date_naissance_mandant    DATE        NOT NULL,
    lieu_naissance_mandant    TEXT        NOT NULL,
    cle_mandant               TEXT        NOT NULL,
    nne_mandataire            VARCHAR(20),
    nom_naissance_mandataire  TEXT,
    prenoms_mandataire        TEXT,
    date_naissance_mandataire DATE        NOT NULL,
    commune_mandataire        VARCHAR(5) REFERENCES commune (code_insee),
    cle_mandataire            TEXT        NOT NULL,
    portee                    VARCHAR(12) NOT NULL CHECK (portee IN ('UN_TOUR', 'DEUX_TOURS', 'PERIODE')),
    debut                     DATE        NOT NULL,
    fin                       DATE        NOT NULL,
    etat                      VARCHAR(20) NOT NULL CHECK (etat IN ('EN_ATTENTE_AUTORITE', 'REFUSEE_AUTORITE',
        'VALIDEE_AUTORITE', 'ACCEPTEE_COMMUNE', 'REFUSEE_COMMUNE', 'EXPIREE', 'RESILIEE')),
    deposee_le                TIMESTAMP WITH TIME ZONE NOT NULL,
    expire_le                 TIMESTAMP WITH TIME ZONE NOT NULL,
    piece_type                TEXT,
    piece_numero              TEXT,
    officier_id               UUID,
    officier                  TEXT,
    unite_id                  UUID,
    etablie_le                TIMESTAMP WITH TIME ZONE,
    motif                     TEXT,
    decidee_le                TIMESTAMP WITH TIME ZONE,
    decidee_par               TEXT,
    reference_resiliation     VARCHAR(6),
    resiliation_demandee_le   TIMESTAMP WITH TIME ZONE,
    resiliation_expire_le     TIMESTAMP WITH TIME ZONE,
    resiliee_le               TIMESTAMP WITH TIME ZONE,
    version                   BIGINT      NOT NULL DEFAULT 0,
    CHECK (debut <= fin),
    CHECK (nne_mandataire IS NOT NULL OR (nom_naissance_mandataire IS NOT NULL AND prenoms_mandataire IS NOT NULL
        AND commune_mandataire IS NOT NULL))
);
CREATE INDEX procuration_par_usager ON procuration (usager_id, deposee_le DESC);
CREATE INDEX procuration_recues_par_commune ON procuration (commune_insee, etablie_le DESC)
    WHERE etablie_le IS NOT NULL;
CREATE INDEX procuration_par_mandataire ON procuration (cle_mandataire, debut, fin);
CREATE INDEX procuration_en_attente_expiree ON procuration (expire_le) WHERE etat = 'EN_ATTENTE_AUTORITE';

-- References awaiting an officer (a request or a cancellation). The primary key makes a reference unique among
-- pending ones, whatever the concurrency; the row goes when the officer decides or the request expires.
CREATE TABLE reference_en_attente (
    reference      VARCHAR(6)  PRIMARY KEY,
    procuration_id UUID        NOT NULL REFERENCES procuration (id) ON DELETE CASCADE,
    objet          VARCHAR(12) NOT NULL CHECK (objet IN ('DEMANDE', 'RESILIATION')),
    expire_le      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reference_en_attente_par_procuration ON reference_en_attente (procuration_id);
