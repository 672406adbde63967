-- Plafond de la base pour « ZIP : téléchargement » : les requêtes SQL du téléchargement telles que l'application
-- les envoie (session, compte, le dossier et son historique, l'entrée d'historique et le journal, les pièces, puis
-- la lecture de chaque copie figée pendant l'écriture du ZIP), sur un dossier à pièces de 1 Mo du banc.
-- Exécuté en mode préparé (pgbench -M prepared), comme l'application : son pilote prépare les instructions qu'elle
-- répète et PostgreSQL les planifie une fois (docs/performance.md, treizième machine). Une variable y est un
-- paramètre : concaténée, elle est convertie en texte (CAST(:x AS text)).
\set a random(3, 10)
\set d random(1, 200)
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:a AS text) AS bpchar);
SELECT * FROM compte WHERE identifiant = 'agent' || CAST(:a AS text) || '.92050@banc.exemple.fr' AND espace = 'MAIRIE';
BEGIN;
SELECT * FROM teledossier WHERE numero = (SELECT numero FROM banc_zip WHERE i = :d);
SELECT h.* FROM teledossier_historique h WHERE h.teledossier_id = (SELECT id FROM banc_zip WHERE i = :d) ORDER BY horodatage, id;
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) VALUES (now(), 'MAIRIE', gen_random_uuid(), 'agent@banc.exemple.fr', 'TELEDOSSIER_TELECHARGE', 'TELEDOSSIER', 'REF', NULL, '127.0.0.1');
SELECT * FROM raccordement WHERE code_insee = '92050';
SELECT document_fige_id, type FROM teledossier_piece WHERE teledossier_id = (SELECT id FROM banc_zip WHERE i = :d) ORDER BY ordre;
INSERT INTO teledossier_historique (teledossier_id, auteur, commentaire, etat, horodatage, type) SELECT id, 'agent@banc.exemple.fr', NULL, 'TRANSMIS', now(), 'TELECHARGEMENT' FROM banc_zip WHERE i = :d;
UPDATE teledossier SET version = version + 1 WHERE id = (SELECT id FROM banc_zip WHERE i = :d);
COMMIT;
SELECT f.nom_original, f.type_contenu, f.taille, f.empreinte FROM document_fige f JOIN teledossier_piece p ON p.document_fige_id = f.id WHERE p.teledossier_id = (SELECT id FROM banc_zip WHERE i = :d) AND p.ordre = 1;
SELECT f.nom_original, f.type_contenu, f.taille, f.empreinte FROM document_fige f JOIN teledossier_piece p ON p.document_fige_id = f.id WHERE p.teledossier_id = (SELECT id FROM banc_zip WHERE i = :d) AND p.ordre = 2;
SELECT f.nom_original, f.type_contenu, f.taille, f.empreinte FROM document_fige f JOIN teledossier_piece p ON p.document_fige_id = f.id WHERE p.teledossier_id = (SELECT id FROM banc_zip WHERE i = :d) AND p.ordre = 3;
UPDATE spring_session SET last_access_time = 0 WHERE primary_id = CAST('banc-' || CAST(:a AS text) AS bpchar);
