-- Plafond de la base pour la liste de travail : une page triée puis une recherche par nom, comme les deux requêtes
-- du scénario (session lue, compte et unité vérifiés en une requête, puis le décompte et la page ; la session
-- n'est pas réécrite), pour un agent de la commune du banc. Avant : avant/liste.sql.
\set a random(3, 52)
\set tri random(1, 4)
\set nom random(1, 10)
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || :a AS bpchar);
SELECT c.*, u.active FROM compte c LEFT JOIN unite u ON u.id = c.unite_id WHERE c.identifiant = 'agent' || :a || '.92050@banc.exemple.fr' AND c.espace = 'MAIRIE';
SELECT count(*) FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS';
SELECT numero, procedure, depose_le, etat FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS'
ORDER BY CASE :tri WHEN 1 THEN depose_le::text WHEN 2 THEN numero WHEN 3 THEN procedure ELSE etat END DESC, numero LIMIT 50 OFFSET 0;
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || :a AS bpchar);
SELECT c.*, u.active FROM compte c LEFT JOIN unite u ON u.id = c.unite_id WHERE c.identifiant = 'agent' || :a || '.92050@banc.exemple.fr' AND c.espace = 'MAIRIE';
SELECT count(*) FROM teledossier WHERE commune_insee = '92050' AND (numero = upper((ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom]) OR lower(courriel_usager) = (ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom] OR texte_recherche(nom_usager) LIKE '%' || texte_recherche((ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom]) || '%');
SELECT numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL, nom_usager, conservation_depuis FROM teledossier WHERE commune_insee = '92050' AND (numero = upper((ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom]) OR lower(courriel_usager) = (ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom] OR texte_recherche(nom_usager) LIKE '%' || texte_recherche((ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom]) || '%') ORDER BY depose_le DESC, numero LIMIT 50 OFFSET 0;
