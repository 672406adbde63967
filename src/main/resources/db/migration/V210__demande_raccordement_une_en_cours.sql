-- One request under examination per commune, kept by the database: the form checks it first, but two posts at the
-- same moment (double click) both passed that check and recorded two requests, with two acknowledgements. The
-- second insert is now refused and the form says a request is already being examined.
CREATE UNIQUE INDEX demande_raccordement_une_deposee ON demande_raccordement (code_insee) WHERE statut = 'DEPOSEE';
