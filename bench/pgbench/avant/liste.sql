-- Plafond de la base pour la liste de travail : une page triée puis une recherche par nom, comme les deux requêtes
-- du scénario (session, compte, puis le compte et la page de ListeTeledossiers), pour un agent de la commune du banc.
\set a random(3, 52)
\set tri random(1, 4)
\set nom random(1, 10)
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || :a AS bpchar);
SELECT * FROM compte WHERE identifiant = 'agent' || :a || '.92050@banc.exemple.fr' AND espace = 'MAIRIE';
SELECT count(*) FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS';
SELECT numero, procedure, depose_le, etat FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS'
ORDER BY CASE :tri WHEN 1 THEN depose_le::text WHEN 2 THEN numero WHEN 3 THEN procedure ELSE etat END DESC, numero LIMIT 50 OFFSET 0;
UPDATE spring_session SET last_access_time = 0 WHERE primary_id = CAST('banc-' || :a AS bpchar);
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || :a AS bpchar);
SELECT * FROM compte WHERE identifiant = 'agent' || :a || '.92050@banc.exemple.fr' AND espace = 'MAIRIE';
SELECT count(*) FROM teledossier WHERE commune_insee = '92050' AND (numero = upper((ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom]) OR lower(courriel_usager) = (ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom] OR lower(nom_usager) LIKE '%' || (ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom] || '%');
SELECT numero, procedure, depose_le, etat FROM teledossier WHERE commune_insee = '92050' AND (numero = upper((ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom]) OR lower(courriel_usager) = (ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom] OR lower(nom_usager) LIKE '%' || (ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom] || '%') ORDER BY depose_le DESC, numero LIMIT 50 OFFSET 0;
UPDATE spring_session SET last_access_time = 0 WHERE primary_id = CAST('banc-' || :a AS bpchar);
