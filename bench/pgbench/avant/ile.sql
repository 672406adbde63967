-- Plafond de la base pour « ILE : envoi » : les requêtes SQL de l'envoi telles que l'application les envoie
-- (relevées avec datasource-proxy, voir docs/performance.md), dans le même ordre et en autant de transactions,
-- avec les lignes du banc (un usager parmi les 20 000 qui ont leurs deux pièces, la commune du banc).
-- Exécuté en mode préparé (pgbench -M prepared), comme l'application : son pilote prépare les instructions qu'elle
-- répète et PostgreSQL les planifie une fois (docs/performance.md, treizième machine). Une variable y est un
-- paramètre : concaténée, elle est convertie en texte (CAST(:x AS text)).
\set u random(1, 20000)
-- L'événement et le journal nomment la référence de l'action, comme ceux de l'application : une même valeur
-- répétée par chaque transaction s'empilait dans un seul compartiment de l'index haché des publications et une seule
-- feuille de l'index du journal par objet (docs/performance.md, treizième machine).
\set evt random(1000000000, 1999999999)
SET client_min_messages = warning;
-- Session et compte toujours actif (à chaque requête).
SELECT s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval, sa.attribute_name, sa.attribute_bytes FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:u AS text) AS bpchar);
SELECT id, actif, commune_insee, courriel_confirme_le, cree_le, habilitation_fin, identifiant, mot_de_passe, nom, prenoms, qualite, type, unite_id, version FROM compte WHERE identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND espace = 'USAGER';
-- Le brouillon (lu deux fois), chaque étape vérifiée de nouveau : raccordement, les deux pièces (les communes
-- viennent de la mémoire du référentiel, sans requête).
SELECT donnees, cle_idempotence FROM brouillon b JOIN compte c ON c.id = b.usager_id WHERE c.identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND c.espace = 'USAGER' AND b.procedure = 'ILE';
SELECT donnees, cle_idempotence FROM brouillon b JOIN compte c ON c.id = b.usager_id WHERE c.identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND c.espace = 'USAGER' AND b.procedure = 'ILE';
SELECT * FROM raccordement WHERE code_insee = '92050';
SELECT d.id, d.type, d.nom_original, d.type_contenu, d.taille, d.origine, d.commune_insee, d.depose_le, d.supprimable_le FROM document d JOIN compte c ON c.id = d.proprietaire_id WHERE c.identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND c.espace = 'USAGER' AND d.type = 'PIECE_IDENTITE';
SELECT d.id, d.type, d.nom_original, d.type_contenu, d.taille, d.origine, d.commune_insee, d.depose_le, d.supprimable_le FROM document d JOIN compte c ON c.id = d.proprietaire_id WHERE c.identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND c.espace = 'USAGER' AND d.type = 'JUSTIFICATIF_DOMICILE';
-- La pièce jointe relue pour son type.
SELECT d.id, d.type FROM document d JOIN compte c ON c.id = d.proprietaire_id WHERE c.identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND c.espace = 'USAGER' AND d.type = 'JUSTIFICATIF_DOMICILE';
-- La transaction du dépôt : verrou d'idempotence, contrôles, télédossier, historique, deux copies figées et leurs
-- rattachements, journal d'audit, deux publications d'événement (accusé de réception, avis à la commune).
BEGIN;
SELECT pg_advisory_xact_lock(hashtext(gen_random_uuid()::text));
SELECT * FROM teledossier WHERE cle_idempotence = (SELECT gen_random_uuid());
SELECT * FROM raccordement WHERE code_insee = '92050';
SELECT id FROM teledossier WHERE numero = (SELECT 'B-' || substr(md5(random()::text), 1, 10)) FETCH FIRST 1 ROWS ONLY;
-- (Ce que la requête sait déjà : l'usager connecté et les identifiants des pièces choisies ; gardé par \gset, sans
-- table temporaire, dont la création, le remplissage et le vidage à chaque validation n'étaient pas des requêtes de
-- l'application.)
SELECT gen_random_uuid() AS id, c.id AS usager, i.id AS identite, j.id AS justificatif FROM compte c
    JOIN document i ON i.proprietaire_id = c.id AND i.type = 'PIECE_IDENTITE'
    JOIN document j ON j.proprietaire_id = c.id AND j.type = 'JUSTIFICATIF_DOMICILE'
    WHERE c.identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND c.espace = 'USAGER' \gset e_
INSERT INTO teledossier (cle_idempotence, commune_insee, courriel_usager, depose_le, conservation_depuis, donnees, elements_purges_le, etat, nom_usager, numero, procedure, usager_id, version, id)
SELECT gen_random_uuid(), '92050', 'usager' || CAST(:u AS text) || '@banc.exemple.fr', now(), now(), '{"listes":["GENERALE"],"sexe":"F","nomNaissance":"Martin","nomUsage": null,"prenoms":"Camille Marie","dateNaissance":"1990-07-14","lieuNaissance":{"codeInsee":"92050","codePostal":"92000","commune":"Nanterre","departement":"92","pays":"FRA","paysLibelle":"France"},"nationalite":"FRA","nationaliteLibelle":"Française","adresse":{"numeroVoie":"7","extension": null,"typeVoie":"rue","nomVoie":"des Tilleuls","complement": null,"lieuDit": null,"codePostal":"92000","localite":"Nanterre","codeInsee":"92050"},"attache":"DOMICILE","codeInseeInscription":"92050","communeInscription":"Nanterre","courriel":"usager@banc.exemple.fr","telephone": null}', NULL, 'TRANSMIS', 'Camille Martin', 'B-' || substr(md5(random()::text), 1, 10), 'ILE', :e_usager::uuid, 0, :e_id::uuid;
INSERT INTO teledossier_historique (teledossier_id, auteur, commentaire, etat, horodatage, type) SELECT :e_id::uuid, 'usager', NULL, 'TRANSMIS', now(), 'ETAT';
INSERT INTO document_fige (id, document_id, proprietaire_id, type, nom_original, type_contenu, taille, empreinte, fige_le) SELECT gen_random_uuid(), d.id, d.proprietaire_id, d.type, d.nom_original, d.type_contenu, d.taille, d.empreinte, now() FROM document d WHERE d.id = :e_identite AND d.proprietaire_id = :e_usager RETURNING id;
INSERT INTO teledossier_piece (teledossier_id, document_fige_id, type, ordre) SELECT :e_id::uuid, gen_random_uuid(), 'PIECE_IDENTITE', 1;
INSERT INTO document_fige (id, document_id, proprietaire_id, type, nom_original, type_contenu, taille, empreinte, fige_le) SELECT gen_random_uuid(), d.id, d.proprietaire_id, d.type, d.nom_original, d.type_contenu, d.taille, d.empreinte, now() FROM document d WHERE d.id = :e_justificatif AND d.proprietaire_id = :e_usager RETURNING id;
INSERT INTO teledossier_piece (teledossier_id, document_fige_id, type, ordre) SELECT :e_id::uuid, gen_random_uuid(), 'JUSTIFICATIF_DOMICILE', 2;
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) SELECT now(), 'USAGER', :e_usager::uuid, 'usager' || CAST(:u AS text) || '@banc.exemple.fr', 'TELEDOSSIER_DEPOSE', 'TELEDOSSIER', 'B-' || CAST(:evt AS text), 'ILE pour 92050', '127.0.0.1';
WITH e AS (INSERT INTO event_publication (completion_attempts, completion_date, event_type, last_resubmission_date, listener_id, publication_date, serialized_event, status, id) VALUES
    (1, NULL, 'fr.demarches.teledossier.TeledossierDepose', NULL, 'teledossier-accuse-reception', now(), '{"numero":"B-' || CAST(:evt AS text) || '","procedure":"ILE","communeInsee":"92050","courrielUsager":"usager@banc.exemple.fr","deposeLe":"2026-11-22T20:00:00Z"}', 'PUBLISHED', gen_random_uuid()),
    (1, NULL, 'fr.demarches.teledossier.TeledossierDepose', NULL, 'teledossier-avis-commune', now(), '{"numero":"B-' || CAST(:evt AS text) || '","procedure":"ILE","communeInsee":"92050","courrielUsager":"usager@banc.exemple.fr","deposeLe":"2026-11-22T20:00:00Z"}', 'PUBLISHED', gen_random_uuid())
    RETURNING id, listener_id, serialized_event)
SELECT (array_agg(id ORDER BY listener_id, serialized_event))[1] AS id1, (array_agg(id ORDER BY listener_id, serialized_event))[2] AS id2 FROM e \gset p_
COMMIT;
-- Le brouillon supprimé, la session enregistrée ; les deux écouteurs marquent puis terminent leur publication.
DELETE FROM brouillon WHERE usager_id = (SELECT gen_random_uuid()) AND procedure = 'ILE';
UPDATE spring_session SET last_access_time = 0, max_inactive_interval = 1800, expiry_time = 0 WHERE primary_id = CAST('banc-' || CAST(:u AS text) AS bpchar);
-- Les publications mises à jour sont celles que la transaction a insérées (gardées par \gset) : une mise à jour qui
-- ne trouvait aucune ligne coûtait moins que celle de l'application et laissait des publications « PUBLISHED » que
-- l'application relisait ensuite (contrôle d'ancienneté, relance).
UPDATE event_publication SET status = 'PROCESSING' WHERE id = :p_id1 AND status <> 'PROCESSING';
UPDATE event_publication SET status = 'PROCESSING' WHERE id = :p_id2 AND status <> 'PROCESSING';
UPDATE event_publication SET completion_date = now(), status = 'COMPLETED' WHERE id = :p_id1;
UPDATE event_publication SET completion_date = now(), status = 'COMPLETED' WHERE id = :p_id2;
