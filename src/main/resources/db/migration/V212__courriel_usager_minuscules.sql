-- A citizen's address is kept in lower case (compte.AdresseCourriel): the accounts created before in another case are
-- brought to it, except the rare one whose lower-case spelling another account already has (its owner signs in by
-- typing it exactly, Authentification.charger).
UPDATE compte c SET identifiant = lower(c.identifiant)
WHERE c.espace = 'USAGER' AND c.identifiant <> lower(c.identifiant)
  AND NOT EXISTS (SELECT 1 FROM compte d
                  WHERE d.espace = 'USAGER' AND d.id <> c.id AND lower(d.identifiant) = lower(c.identifiant));
