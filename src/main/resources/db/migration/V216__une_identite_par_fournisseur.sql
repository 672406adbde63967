-- An account carries at most one identity of each provider. IdentitesExternes.lierCompte checked it with a read
-- before the insert, which two links at once both passed; the index makes the insert itself refuse the second.
-- Pairs already doubled keep the identity linked first; each one removed is written in the audit journal.
WITH retirees AS (
    DELETE FROM identite_externe a
    USING identite_externe b
    WHERE a.compte_id = b.compte_id AND a.fournisseur = b.fournisseur AND (a.liee_le, a.sujet) > (b.liee_le, b.sujet)
    RETURNING a.*
)
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details)
SELECT now(), 'USAGER', NULL, 'système', 'LIAISON_FRANCECONNECT_RETIREE', 'COMPTE', compte_id::text,
       'identité ' || fournisseur || ' (sujet ' || sujet || ', liée le ' || liee_le
           || ') retirée : le compte en portait une autre de ce fournisseur, liée avant (V216)'
FROM retirees;
DROP INDEX identite_externe_par_compte;
CREATE UNIQUE INDEX identite_externe_par_compte ON identite_externe (compte_id, fournisseur);
