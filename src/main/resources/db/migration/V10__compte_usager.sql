-- The citizen's profile ("mes informations") and, for a later sign-in through an OpenID provider
-- (FranceConnect), the external identities linked to an account. Both go with the account.

CREATE TABLE profil_usager (
    compte_id               UUID        PRIMARY KEY REFERENCES compte (id) ON DELETE CASCADE,
    sexe                    VARCHAR(1)  CHECK (sexe IN ('F', 'M')),
    nom_naissance           TEXT,
    nom_usage               TEXT,
    prenoms                 TEXT,
    date_naissance          DATE,
    -- Born in France: a commune of the referential; abroad: a country and a town as typed.
    naissance_commune_insee VARCHAR(5)  REFERENCES commune (code_insee),
    naissance_pays          TEXT,
    naissance_localite      TEXT,
    nationalite             TEXT,
    adresse                 TEXT,
    complement_adresse      TEXT,
    code_postal             VARCHAR(5),
    commune_insee           VARCHAR(5)  REFERENCES commune (code_insee),
    telephone               TEXT,
    modifie_le              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT profil_naissance_en_france_ou_a_l_etranger
        CHECK (naissance_commune_insee IS NULL OR naissance_pays IS NULL)
);

-- One identity of a provider opens at most one account; an account may have several providers.
CREATE TABLE identite_externe (
    fournisseur VARCHAR(30) NOT NULL,
    sujet       TEXT        NOT NULL,
    compte_id   UUID        NOT NULL REFERENCES compte (id) ON DELETE CASCADE,
    liee_le     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (fournisseur, sujet)
);
CREATE INDEX identite_externe_par_compte ON identite_externe (compte_id);
