-- FranceConnect: which parts of the citizen's profile come from the provider's identity (identité pivot) and
-- are therefore shown as certified and not editable; and, on a procuration established online (décret
-- n° 2025-1059), how the mandant's identity was attested instead of an officer and an identity document.

ALTER TABLE profil_usager
    ADD COLUMN certifie_par        VARCHAR(30),
    ADD COLUMN certifie_le         TIMESTAMP WITH TIME ZONE,
    -- Born abroad, FranceConnect gives a country code only: the town stays the citizen's to type.
    ADD COLUMN naissance_certifiee BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE procuration
    ADD COLUMN identite_fournisseur      VARCHAR(30),
    ADD COLUMN identite_niveau           VARCHAR(30),
    ADD COLUMN identite_sujet            TEXT,
    ADD COLUMN identite_authentifiee_le  TIMESTAMP WITH TIME ZONE,
    ADD COLUMN identite_certifiee        BOOLEAN NOT NULL DEFAULT FALSE;
