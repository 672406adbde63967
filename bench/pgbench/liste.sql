-- Plafond de la base pour la liste de travail : une page triée puis une recherche par nom, comme les deux requêtes
-- du scénario (session lue, le compte n'étant plus relu depuis V214, puis le décompte et la page en une requête ; la
-- session n'est pas réécrite), pour un agent de la commune du banc. Avant : avant/liste.sql. La recherche est
-- planifiée avec ses valeurs, comme dans l'application (protocole simple de pgbench : pas de plan générique).
\set a random(3, 52)
\set tri random(1, 4)
\set sens random(0, 1)
\set nom random(1, 10)
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || :a AS bpchar);
-- La page triée : l'une des huit requêtes (colonne, sens) de l'application, choisie par \if.
\set cle :tri * 2 + :sens
\if :cle = 2
SELECT c.total, p.* FROM (SELECT count(*) AS total FROM (SELECT 1 FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' LIMIT 1001) a) c LEFT JOIN LATERAL (SELECT numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL AS purges, nom_usager, conservation_depuis FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' ORDER BY depose_le DESC, numero DESC LIMIT 51 OFFSET 0) p ON true ORDER BY p.depose_le DESC, p.numero DESC;
\elif :cle = 3
SELECT c.total, p.* FROM (SELECT count(*) AS total FROM (SELECT 1 FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' LIMIT 1001) a) c LEFT JOIN LATERAL (SELECT numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL AS purges, nom_usager, conservation_depuis FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' ORDER BY depose_le ASC, numero ASC LIMIT 51 OFFSET 0) p ON true ORDER BY p.depose_le ASC, p.numero ASC;
\elif :cle = 4
SELECT c.total, p.* FROM (SELECT count(*) AS total FROM (SELECT 1 FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' LIMIT 1001) a) c LEFT JOIN LATERAL (SELECT numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL AS purges, nom_usager, conservation_depuis FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' ORDER BY numero DESC, numero DESC LIMIT 51 OFFSET 0) p ON true ORDER BY p.numero DESC, p.numero DESC;
\elif :cle = 5
SELECT c.total, p.* FROM (SELECT count(*) AS total FROM (SELECT 1 FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' LIMIT 1001) a) c LEFT JOIN LATERAL (SELECT numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL AS purges, nom_usager, conservation_depuis FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' ORDER BY numero ASC, numero ASC LIMIT 51 OFFSET 0) p ON true ORDER BY p.numero ASC, p.numero ASC;
\elif :cle = 6
SELECT c.total, p.* FROM (SELECT count(*) AS total FROM (SELECT 1 FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' LIMIT 1001) a) c LEFT JOIN LATERAL (SELECT numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL AS purges, nom_usager, conservation_depuis FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' ORDER BY procedure DESC, numero DESC LIMIT 51 OFFSET 0) p ON true ORDER BY p.procedure DESC, p.numero DESC;
\elif :cle = 7
SELECT c.total, p.* FROM (SELECT count(*) AS total FROM (SELECT 1 FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' LIMIT 1001) a) c LEFT JOIN LATERAL (SELECT numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL AS purges, nom_usager, conservation_depuis FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' ORDER BY procedure ASC, numero ASC LIMIT 51 OFFSET 0) p ON true ORDER BY p.procedure ASC, p.numero ASC;
\elif :cle = 8
SELECT c.total, p.* FROM (SELECT count(*) AS total FROM (SELECT 1 FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' LIMIT 1001) a) c LEFT JOIN LATERAL (SELECT numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL AS purges, nom_usager, conservation_depuis FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' ORDER BY etat DESC, numero DESC LIMIT 51 OFFSET 0) p ON true ORDER BY p.etat DESC, p.numero DESC;
\elif :cle = 9
SELECT c.total, p.* FROM (SELECT count(*) AS total FROM (SELECT 1 FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' LIMIT 1001) a) c LEFT JOIN LATERAL (SELECT numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL AS purges, nom_usager, conservation_depuis FROM teledossier WHERE commune_insee = '92050' AND etat <> 'CLOS' ORDER BY etat ASC, numero ASC LIMIT 51 OFFSET 0) p ON true ORDER BY p.etat ASC, p.numero ASC;
\endif
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || :a AS bpchar);
SELECT count(*) OVER () AS total, numero, procedure, depose_le, etat, elements_purges_le IS NOT NULL AS purges, nom_usager, conservation_depuis FROM teledossier WHERE commune_insee = '92050' AND (nom_recherche LIKE '%' || texte_recherche((ARRAY['martin','bernard','lefèvre','garcia','nguyen','camille','durand','müller','roux','petit'])[:nom]) || '%') ORDER BY depose_le DESC, numero DESC LIMIT 51 OFFSET 0;
