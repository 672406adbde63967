-- An account carries at most one identity of each provider. IdentitesExternes.lierCompte checked it with a read
-- before the insert, which two links at once both passed; the index makes the insert itself refuse the second.
-- Pairs already doubled keep the identity linked first.
DELETE FROM identite_externe a
USING identite_externe b
WHERE a.compte_id = b.compte_id AND a.fournisseur = b.fournisseur AND (a.liee_le, a.sujet) > (b.liee_le, b.sujet);
DROP INDEX identite_externe_par_compte;
CREATE UNIQUE INDEX identite_externe_par_compte ON identite_externe (compte_id, fournisseur);
