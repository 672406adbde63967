-- A short reference the requester can read out and quote (the confirmation page and the acknowledgement mail),
-- instead of the request's UUID. Requests already recorded get one from their identifier.
ALTER TABLE demande_raccordement ADD COLUMN reference VARCHAR(10);
UPDATE demande_raccordement SET reference = 'R-' || upper(substr(replace(id::text, '-', ''), 1, 8));
ALTER TABLE demande_raccordement ALTER COLUMN reference SET NOT NULL;
ALTER TABLE demande_raccordement ADD CONSTRAINT demande_raccordement_reference_unique UNIQUE (reference);
