-- The calendar of elections: rounds, the online-registration deadline (computed, overridable), communes concerned.

CREATE TABLE scrutin (
    id                         UUID        PRIMARY KEY,
    nom                        TEXT        NOT NULL,
    type                       VARCHAR(20) NOT NULL CHECK (type IN ('PRESIDENTIELLE', 'LEGISLATIVES', 'EUROPEENNES',
                                   'MUNICIPALES', 'REGIONALES', 'DEPARTEMENTALES', 'REFERENDUM')),
    premier_tour               DATE        NOT NULL,
    second_tour                DATE,
    date_limite_inscription    DATE,
    toutes_communes            BOOLEAN     NOT NULL,
    cree_le                    TIMESTAMP WITH TIME ZONE NOT NULL,
    version                    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT scrutin_tours_ordonnes CHECK (second_tour IS NULL OR second_tour > premier_tour),
    CONSTRAINT scrutin_limite_avant_scrutin CHECK (date_limite_inscription IS NULL OR date_limite_inscription < premier_tour)
);
CREATE INDEX scrutin_par_date ON scrutin (premier_tour);

CREATE TABLE scrutin_commune (
    scrutin_id UUID       NOT NULL REFERENCES scrutin (id) ON DELETE CASCADE,
    code_insee VARCHAR(5) NOT NULL REFERENCES commune (code_insee),
    PRIMARY KEY (scrutin_id, code_insee)
);
CREATE INDEX scrutin_commune_par_commune ON scrutin_commune (code_insee);
