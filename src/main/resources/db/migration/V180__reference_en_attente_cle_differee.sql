-- A request's reference is reserved before the request row is written (the row is then inserted once, with its
-- final reference, instead of inserted then updated): the foreign key is checked at commit.
ALTER TABLE reference_en_attente ALTER CONSTRAINT reference_en_attente_procuration_id_fkey DEFERRABLE INITIALLY DEFERRED;
