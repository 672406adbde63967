-- The electoral list of each commune, as imported by its administrator (a re-import replaces it). The automated
-- checks on procurations look electors up by NNE, or by civil status (normalised: upper case, no accents).

CREATE TABLE electeur (
    commune_insee   VARCHAR(5)  NOT NULL REFERENCES commune (code_insee),
    nne             VARCHAR(20) NOT NULL,
    type_liste      VARCHAR(12) NOT NULL CHECK (type_liste IN ('GENERALE', 'MUNICIPALE', 'EUROPEENNE')),
    nom_naissance   TEXT        NOT NULL,
    nom_usage       TEXT,
    prenoms         TEXT        NOT NULL,
    sexe            CHAR(1)     NOT NULL CHECK (sexe IN ('F', 'M')),
    date_naissance  DATE        NOT NULL,
    lieu_naissance  TEXT        NOT NULL,
    bureau_vote     TEXT        NOT NULL,
    cle_etat_civil  TEXT        NOT NULL,
    PRIMARY KEY (commune_insee, nne, type_liste)
);
CREATE INDEX electeur_par_nne ON electeur (nne);
CREATE INDEX electeur_par_etat_civil ON electeur (commune_insee, cle_etat_civil);

-- One row per commune that imported its list: when, by whom, how many electors.
CREATE TABLE import_liste (
    commune_insee VARCHAR(5)  PRIMARY KEY REFERENCES commune (code_insee),
    importe_le    TIMESTAMP WITH TIME ZONE NOT NULL,
    importe_par   TEXT        NOT NULL,
    electeurs     INTEGER     NOT NULL
);
