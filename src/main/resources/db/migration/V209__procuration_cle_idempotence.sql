-- The submission a procuration comes from: the review page gives each form a key, and a second post of it (double
-- click, back then send again) finds the procuration already recorded instead of inserting another one, with its
-- own reference and mails. Null for the procurations recorded before. Only the keyed rows are indexed.
ALTER TABLE procuration ADD COLUMN cle_idempotence UUID;
CREATE UNIQUE INDEX procuration_cle_idempotence ON procuration (cle_idempotence) WHERE cle_idempotence IS NOT NULL;
