-- Plafond de la base pour « officier : recherche et validation » (recherche, décision, page d'accueil) : les
-- requêtes SQL telles que l'application les envoie (relevées avec datasource-proxy, voir docs/performance.md), dans
-- le même ordre et en autant de transactions, sur une demande en attente de la commune du banc.
-- Exécuté en mode préparé (pgbench -M prepared), comme l'application : son pilote prépare les instructions qu'elle
-- répète et PostgreSQL les planifie une fois (docs/performance.md, treizième machine). Une variable y est un
-- paramètre : concaténée, elle est convertie en texte (CAST(:x AS text)).
\set o random(1, 1000)
\set n random(1, 40000)
-- L'événement et le journal nomment la référence de l'action, comme ceux de l'application : une même valeur
-- répétée par chaque transaction s'empilait dans un seul compartiment de l'index haché des publications et une seule
-- feuille de l'index du journal par objet (docs/performance.md, treizième machine).
\set evt random(1000000000, 1999999999)
SET client_min_messages = warning;
-- 1. Recherche : session, compte et unité (à chaque requête), habilitation, compteurs de recherches (deux
-- transactions à part), la demande, le journal.
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:o AS text) AS bpchar);
SELECT * FROM compte WHERE identifiant = 'officier' || (2 * :o - 1) || '.banc' AND espace = 'POLICE';
SELECT u.* FROM unite u JOIN compte c ON c.unite_id = u.id WHERE c.identifiant = 'officier' || (2 * :o - 1) || '.banc' AND c.espace = 'POLICE';
BEGIN;
SELECT * FROM compte WHERE identifiant = 'officier' || (2 * :o - 1) || '.banc' AND espace = 'POLICE';
SELECT u.* FROM unite u JOIN compte c ON c.unite_id = u.id WHERE c.identifiant = 'officier' || (2 * :o - 1) || '.banc' AND c.espace = 'POLICE';
SELECT max(bloque_jusqua) FROM limitation_tentatives WHERE cle IN ('procuration-officier:' || CAST(:o AS text), 'procuration-unite:' || CAST(:o AS text)) AND bloque_jusqua > now();
INSERT INTO limitation_tentatives AS l (cle, echecs, fenetre_debut, bloque_jusqua) VALUES ('procuration-officier:' || CAST(:o AS text), 1, now(), NULL)
ON CONFLICT (cle) DO UPDATE SET echecs = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN 1 ELSE l.echecs + 1 END, fenetre_debut = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN now() ELSE l.fenetre_debut END, bloque_jusqua = CASE WHEN l.fenetre_debut >= now() - interval '10 minutes' AND l.echecs + 1 >= 1000000 THEN now() ELSE l.bloque_jusqua END;
INSERT INTO limitation_tentatives AS l (cle, echecs, fenetre_debut, bloque_jusqua) VALUES ('procuration-unite:' || CAST(:o AS text), 1, now(), NULL)
ON CONFLICT (cle) DO UPDATE SET echecs = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN 1 ELSE l.echecs + 1 END, fenetre_debut = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN now() ELSE l.fenetre_debut END, bloque_jusqua = CASE WHEN l.fenetre_debut >= now() - interval '10 minutes' AND l.echecs + 1 >= 1000000 THEN now() ELSE l.bloque_jusqua END;
SELECT p.* FROM reference_en_attente r JOIN procuration p ON p.id = r.procuration_id WHERE r.reference = (SELECT reference FROM banc_references WHERE i = :n) AND r.expire_le > now();
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) VALUES (now(), 'POLICE', gen_random_uuid(), 'officier.banc', 'PROCURATION_RECHERCHE', 'PROCURATION', 'R' || CAST(:evt AS text), 'trouvée, unité', '127.0.0.1');
COMMIT;
UPDATE spring_session SET last_access_time = 0 WHERE primary_id = CAST('banc-' || CAST(:o AS text) AS bpchar);
-- 2. Décision : habilitation, la demande, validation, référence libérée, journal, événement ; la validation
-- automatique de la commune : options, contrôles (liste électorale, plafond du mandataire, calendrier),
-- décision, journal, événement.
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:o AS text) AS bpchar);
SELECT * FROM compte WHERE identifiant = 'officier' || (2 * :o - 1) || '.banc' AND espace = 'POLICE';
SELECT u.* FROM unite u JOIN compte c ON c.unite_id = u.id WHERE c.identifiant = 'officier' || (2 * :o - 1) || '.banc' AND c.espace = 'POLICE';
BEGIN;
SELECT * FROM compte WHERE identifiant = 'officier' || (2 * :o - 1) || '.banc' AND espace = 'POLICE';
SELECT u.* FROM unite u JOIN compte c ON c.unite_id = u.id WHERE c.identifiant = 'officier' || (2 * :o - 1) || '.banc' AND c.espace = 'POLICE';
SELECT p.* FROM reference_en_attente r JOIN procuration p ON p.id = r.procuration_id WHERE r.reference = (SELECT reference FROM banc_references WHERE i = :n) AND r.expire_le > now();
UPDATE reference_en_attente SET expire_le = expire_le WHERE procuration_id = (SELECT id FROM banc_references WHERE i = :n) AND objet = 'DEMANDE';
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) VALUES (now(), 'POLICE', gen_random_uuid(), 'officier.banc', 'PROCURATION_VALIDEE_AUTORITE', 'PROCURATION', 'R' || CAST(:evt AS text), 'pièce vérifiée : CNI n° 123456789012, unité', '127.0.0.1');
SELECT * FROM raccordement WHERE code_insee = '92050';
SELECT * FROM import_liste WHERE commune_insee = '92050';
SELECT * FROM electeur WHERE nne = (100000000 + :n % 60000 + 1)::text;
SELECT * FROM electeur WHERE nne = (100000000 + (:n * 7) % 60000 + 1)::text;
SELECT reference, etablie_le FROM procuration WHERE cle_mandataire = 'NNE:' || (100000000 + (:n * 7) % 60000 + 1) AND id <> (SELECT id FROM banc_references WHERE i = :n) AND etat IN ('VALIDEE_AUTORITE', 'ACCEPTEE_COMMUNE') AND debut <= current_date + 100 AND fin >= current_date + 100 AND etablie_le < now() ORDER BY etablie_le LIMIT 1;
SELECT s.id, c.code_insee FROM scrutin s LEFT JOIN scrutin_commune c ON s.id = c.scrutin_id WHERE coalesce(s.second_tour, s.premier_tour) >= current_date;
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) VALUES (now(), NULL, NULL, 'système', 'PROCURATION_ACCEPTEE_COMMUNE', 'PROCURATION', 'R' || CAST(:evt AS text), 'validation automatique : tous les contrôles sont réussis', NULL);
WITH e AS (INSERT INTO event_publication (completion_attempts, completion_date, event_type, last_resubmission_date, listener_id, publication_date, serialized_event, status, id) VALUES
    (1, NULL, 'fr.demarches.procuration.EtatProcurationChange', NULL, 'procuration-etat', now(), '{"reference":"R' || CAST(:evt AS text) || '","communeInsee":"92050","courrielMandant":"usager@banc.exemple.fr","etat":"VALIDEE_AUTORITE","motif": null}', 'PUBLISHED', gen_random_uuid()),
    (1, NULL, 'fr.demarches.procuration.EtatProcurationChange', NULL, 'procuration-avis-commune', now(), '{"reference":"R' || CAST(:evt AS text) || '","communeInsee":"92050","courrielMandant":"usager@banc.exemple.fr","etat":"VALIDEE_AUTORITE","motif": null}', 'PUBLISHED', gen_random_uuid()),
    (1, NULL, 'fr.demarches.procuration.EtatProcurationChange', NULL, 'procuration-etat', now(), '{"reference":"R' || CAST(:evt AS text) || '","communeInsee":"92050","courrielMandant":"usager@banc.exemple.fr","etat":"ACCEPTEE_COMMUNE","motif": null}', 'PUBLISHED', gen_random_uuid()),
    (1, NULL, 'fr.demarches.procuration.EtatProcurationChange', NULL, 'procuration-avis-commune', now(), '{"reference":"R' || CAST(:evt AS text) || '","communeInsee":"92050","courrielMandant":"usager@banc.exemple.fr","etat":"ACCEPTEE_COMMUNE","motif": null}', 'PUBLISHED', gen_random_uuid())
    RETURNING id, listener_id, serialized_event)
SELECT (array_agg(id ORDER BY listener_id, serialized_event))[1] AS id1, (array_agg(id ORDER BY listener_id, serialized_event))[2] AS id2, (array_agg(id ORDER BY listener_id, serialized_event))[3] AS id3, (array_agg(id ORDER BY listener_id, serialized_event))[4] AS id4 FROM e \gset p_
UPDATE procuration SET piece_type = 'CNI', piece_numero = '123456789012', officier = 'officier.banc', etablie_le = now(), decidee_le = now(), decidee_par = 'validation automatique', version = version WHERE id = (SELECT id FROM banc_references WHERE i = :n);
COMMIT;
UPDATE spring_session SET last_access_time = 0 WHERE primary_id = CAST('banc-' || CAST(:o AS text) AS bpchar);
INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) SELECT primary_id, 'flash', '\x00' FROM spring_session WHERE primary_id = CAST('banc-' || CAST(:o AS text) AS bpchar) ON CONFLICT (session_primary_id, attribute_name) DO UPDATE SET attribute_bytes = excluded.attribute_bytes;
-- 3. Accueil (le message de succès) : session, compte et unité, attribut flash retiré.
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:o AS text) AS bpchar);
SELECT * FROM compte WHERE identifiant = 'officier' || (2 * :o - 1) || '.banc' AND espace = 'POLICE';
SELECT u.* FROM unite u JOIN compte c ON c.unite_id = u.id WHERE c.identifiant = 'officier' || (2 * :o - 1) || '.banc' AND c.espace = 'POLICE';
UPDATE spring_session SET last_access_time = 0 WHERE primary_id = CAST('banc-' || CAST(:o AS text) AS bpchar);
DELETE FROM spring_session_attributes WHERE session_primary_id = CAST('banc-' || CAST(:o AS text) AS bpchar) AND attribute_name = 'flash';
-- Les quatre écouteurs (courriel au mandant, avis à la commune, deux fois) marquent puis terminent leur publication.
-- Les publications mises à jour sont celles que la transaction a insérées (gardées par \gset) : une mise à jour qui
-- ne trouvait aucune ligne coûtait moins que celle de l'application et laissait des publications « PUBLISHED » que
-- l'application relisait ensuite (contrôle d'ancienneté, relance).
UPDATE event_publication SET status = 'PROCESSING' WHERE id = :p_id1 AND status <> 'PROCESSING';
UPDATE event_publication SET status = 'PROCESSING' WHERE id = :p_id2 AND status <> 'PROCESSING';
UPDATE event_publication SET status = 'PROCESSING' WHERE id = :p_id3 AND status <> 'PROCESSING';
UPDATE event_publication SET status = 'PROCESSING' WHERE id = :p_id4 AND status <> 'PROCESSING';
UPDATE event_publication SET completion_date = now(), status = 'COMPLETED' WHERE id = :p_id1;
UPDATE event_publication SET completion_date = now(), status = 'COMPLETED' WHERE id = :p_id2;
UPDATE event_publication SET completion_date = now(), status = 'COMPLETED' WHERE id = :p_id3;
UPDATE event_publication SET completion_date = now(), status = 'COMPLETED' WHERE id = :p_id4;
