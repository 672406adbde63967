-- The key of a Gestionnaire de Suivi form already acted on (a document deposited for the citizen, a request for
-- complements): the same form posted again (double click, back button, two tabs) does nothing the second time. Kept
-- a day (PurgeBrouillons), long past any repost.
CREATE TABLE formulaire_envoye (
    cle       UUID                     PRIMARY KEY,
    envoye_le TIMESTAMP WITH TIME ZONE NOT NULL
);
