-- Code électoral L73 under concurrency: the last establishment stamp per mandataire birth date. An establishment
-- upserts the row of its mandataire's birth date (every designation carries it): the row lock holds the
-- establishments of mandataires born that day one after the other until each commits, and the stamp it returns comes
-- after the previous one's even when the instances' clocks differ, so the order of the stamps is the order of the
-- commits and the ceiling's "first established" is the first committed.
CREATE TABLE etablissement_par_naissance (
    naissance_mandataire DATE PRIMARY KEY,
    dernier              TIMESTAMP WITH TIME ZONE NOT NULL
);
