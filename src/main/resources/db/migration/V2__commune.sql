-- The official geographic code (imported at start-up when empty) and the communes' connection to the service.

CREATE TABLE commune (
    code_insee  VARCHAR(5) PRIMARY KEY,
    nom         TEXT       NOT NULL,
    departement VARCHAR(3) NOT NULL,
    region      VARCHAR(3),
    population  INTEGER
);

CREATE TABLE commune_code_postal (
    code_insee  VARCHAR(5) NOT NULL REFERENCES commune (code_insee),
    code_postal VARCHAR(5) NOT NULL,
    PRIMARY KEY (code_postal, code_insee)
);
CREATE INDEX commune_code_postal_par_commune ON commune_code_postal (code_insee);

CREATE TABLE raccordement (
    code_insee          VARCHAR(5)  PRIMARY KEY REFERENCES commune (code_insee),
    mode                VARCHAR(10) NOT NULL CHECK (mode IN ('COURRIEL', 'SFTP')),
    boite_fonctionnelle TEXT        NOT NULL,
    ile                 BOOLEAN     NOT NULL,
    rco                 BOOLEAN     NOT NULL,
    procuration         BOOLEAN     NOT NULL,
    date_effet          DATE        NOT NULL,
    cree_le             TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0
);
