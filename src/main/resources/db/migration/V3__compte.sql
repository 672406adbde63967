-- Accounts of every actor kind. An identifier is unique within a portal (espace): the same e-mail
-- may be a citizen's account and, separately, a mairie agent's.

CREATE TABLE unite (
    id          UUID        PRIMARY KEY,
    type        VARCHAR(20) NOT NULL CHECK (type IN ('COMMISSARIAT', 'BRIGADE_GENDARMERIE')),
    nom         TEXT        NOT NULL,
    adresse     TEXT,
    departement VARCHAR(3)  NOT NULL,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    cree_le     TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE compte (
    id                   UUID        PRIMARY KEY,
    type                 VARCHAR(20) NOT NULL
        CHECK (type IN ('USAGER', 'AGENT_COMMUNE', 'ADMIN_COMMUNE', 'OFFICIER', 'ADMIN_PLATEFORME')),
    identifiant          TEXT        NOT NULL,
    mot_de_passe         TEXT,
    actif                BOOLEAN     NOT NULL DEFAULT TRUE,
    nom                  TEXT,
    prenoms              TEXT,
    commune_insee        VARCHAR(5) REFERENCES commune (code_insee),
    unite_id             UUID REFERENCES unite (id),
    qualite              VARCHAR(3) CHECK (qualite IN ('OPJ', 'APJ')),
    habilitation_fin     DATE,
    courriel_confirme_le TIMESTAMP WITH TIME ZONE,
    cree_le              TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    espace               VARCHAR(15) GENERATED ALWAYS AS (
        CASE type WHEN 'USAGER' THEN 'USAGER'
                  WHEN 'OFFICIER' THEN 'POLICE'
                  WHEN 'ADMIN_PLATEFORME' THEN 'ADMINISTRATION'
                  ELSE 'MAIRIE' END) STORED,
    CONSTRAINT compte_mairie_a_une_commune
        CHECK ((type IN ('AGENT_COMMUNE', 'ADMIN_COMMUNE')) = (commune_insee IS NOT NULL)),
    CONSTRAINT compte_officier_habilite
        CHECK ((type = 'OFFICIER') = (unite_id IS NOT NULL AND qualite IS NOT NULL AND habilitation_fin IS NOT NULL))
);
CREATE UNIQUE INDEX compte_identifiant_par_espace ON compte (espace, identifiant);
CREATE INDEX compte_par_commune ON compte (commune_insee) WHERE commune_insee IS NOT NULL;
CREATE INDEX compte_par_unite ON compte (unite_id) WHERE unite_id IS NOT NULL;

-- Failed-login counters shared by every instance (per account and per IP).
CREATE TABLE limitation_tentatives (
    cle           TEXT    PRIMARY KEY,
    echecs        INTEGER NOT NULL,
    fenetre_debut TIMESTAMP WITH TIME ZONE NOT NULL,
    bloque_jusqua TIMESTAMP WITH TIME ZONE
);
