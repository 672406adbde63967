-- Plafond de la base pour « officier : recherche et validation » (recherche, décision, page d'accueil) : les
-- requêtes SQL telles que l'application les envoie (relevées avec datasource-proxy, BudgetRequetesTest ; voir
-- docs/performance.md), dans le même ordre et en autant de transactions, sur une demande en attente de la commune
-- du banc. Avant : avant/officier.sql.
\set o random(1, 1000)
\set n random(1, 40000)
SET client_min_messages = warning;
-- 1. Recherche : session lue (pas réécrite), compte et unité en une requête (l'habilitation reprend ce contrôle
-- dans la même requête HTTP), les deux compteurs et le blocage en une requête, la référence et la demande en une
-- requête, le journal.
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || :o AS bpchar);
SELECT c.*, u.active FROM compte c LEFT JOIN unite u ON u.id = c.unite_id WHERE c.identifiant = 'officier' || (2 * :o - 1) || '.banc' AND c.espace = 'POLICE';
WITH bloque AS (SELECT max(bloque_jusqua) AS jusqua FROM limitation_tentatives WHERE cle IN ('procuration-officier:' || :o, 'procuration-unite:' || :o) AND bloque_jusqua > now()),
compte AS (INSERT INTO limitation_tentatives AS l (cle, echecs, fenetre_debut, bloque_jusqua) SELECT v.cle, 1, now(), NULL FROM (VALUES ('procuration-officier:' || :o, 1000000), ('procuration-unite:' || :o, 1000000)) AS v (cle, limite) WHERE (SELECT jusqua FROM bloque) IS NULL ON CONFLICT (cle) DO UPDATE SET echecs = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN 1 ELSE l.echecs + 1 END, fenetre_debut = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN now() ELSE l.fenetre_debut END, bloque_jusqua = CASE WHEN l.fenetre_debut >= now() - interval '10 minutes' AND l.echecs + 1 >= CASE l.cle WHEN 'procuration-officier:' || :o THEN 1000000 ELSE 1000000 END THEN now() ELSE l.bloque_jusqua END)
SELECT jusqua FROM bloque;
SELECT p.* FROM reference_en_attente r JOIN procuration p ON p.id = r.procuration_id WHERE r.reference = (SELECT reference FROM banc_references WHERE i = :n) AND r.expire_le > now();
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) VALUES (now(), 'POLICE', gen_random_uuid(), 'officier.banc', 'PROCURATION_RECHERCHE', 'PROCURATION', 'REF', 'trouvée, unité', '127.0.0.1');
-- 2. Décision : de même, puis dans une transaction la demande relue avec sa référence, le journal de la recherche,
-- la validation, la référence libérée, le journal, l'événement ; la validation automatique de la commune : options,
-- contrôles (liste électorale, plafond du mandataire, calendrier), décision, journal, événement (un écouteur par
-- changement au lieu de deux).
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || :o AS bpchar);
SELECT c.*, u.active FROM compte c LEFT JOIN unite u ON u.id = c.unite_id WHERE c.identifiant = 'officier' || (2 * :o - 1) || '.banc' AND c.espace = 'POLICE';
WITH bloque AS (SELECT max(bloque_jusqua) AS jusqua FROM limitation_tentatives WHERE cle IN ('procuration-officier:' || :o, 'procuration-unite:' || :o) AND bloque_jusqua > now()),
compte AS (INSERT INTO limitation_tentatives AS l (cle, echecs, fenetre_debut, bloque_jusqua) SELECT v.cle, 1, now(), NULL FROM (VALUES ('procuration-officier:' || :o, 1000000), ('procuration-unite:' || :o, 1000000)) AS v (cle, limite) WHERE (SELECT jusqua FROM bloque) IS NULL ON CONFLICT (cle) DO UPDATE SET echecs = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN 1 ELSE l.echecs + 1 END, fenetre_debut = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN now() ELSE l.fenetre_debut END, bloque_jusqua = CASE WHEN l.fenetre_debut >= now() - interval '10 minutes' AND l.echecs + 1 >= CASE l.cle WHEN 'procuration-officier:' || :o THEN 1000000 ELSE 1000000 END THEN now() ELSE l.bloque_jusqua END)
SELECT jusqua FROM bloque;
BEGIN;
SELECT p.* FROM reference_en_attente r JOIN procuration p ON p.id = r.procuration_id WHERE r.reference = (SELECT reference FROM banc_references WHERE i = :n) AND r.expire_le > now();
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) VALUES (now(), 'POLICE', gen_random_uuid(), 'officier.banc', 'PROCURATION_RECHERCHE', 'PROCURATION', 'REF', 'trouvée, unité', '127.0.0.1');
UPDATE reference_en_attente SET expire_le = expire_le WHERE procuration_id = (SELECT id FROM banc_references WHERE i = :n) AND objet = 'DEMANDE';
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) VALUES (now(), 'POLICE', gen_random_uuid(), 'officier.banc', 'PROCURATION_VALIDEE_AUTORITE', 'PROCURATION', 'REF', 'pièce vérifiée : CNI n° 123456789012, unité', '127.0.0.1');
SELECT * FROM raccordement WHERE code_insee = '92050';
SELECT * FROM import_liste WHERE commune_insee = '92050';
SELECT * FROM electeur WHERE nne = (100000000 + :n % 60000 + 1)::text;
SELECT * FROM electeur WHERE nne = (100000000 + (:n * 7) % 60000 + 1)::text;
SELECT reference, etablie_le FROM procuration WHERE cle_mandataire = 'NNE:' || (100000000 + (:n * 7) % 60000 + 1) AND id <> (SELECT id FROM banc_references WHERE i = :n) AND etat IN ('VALIDEE_AUTORITE', 'ACCEPTEE_COMMUNE') AND debut <= current_date + 100 AND fin >= current_date + 100 AND etablie_le < now() ORDER BY etablie_le LIMIT 1;
SELECT s.id, c.code_insee FROM scrutin s LEFT JOIN scrutin_commune c ON s.id = c.scrutin_id WHERE coalesce(s.second_tour, s.premier_tour) >= current_date;
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) VALUES (now(), NULL, NULL, 'système', 'PROCURATION_ACCEPTEE_COMMUNE', 'PROCURATION', 'REF', 'validation automatique : tous les contrôles sont réussis', NULL);
INSERT INTO event_publication (completion_attempts, completion_date, event_type, last_resubmission_date, listener_id, publication_date, serialized_event, status, id) VALUES
    (1, NULL, 'fr.demarches.procuration.EtatProcurationChange', NULL, 'procuration-etat', now(), '{"reference":"REF","communeInsee":"92050","courrielMandant":"usager@banc.exemple.fr","etat":"VALIDEE_AUTORITE","motif":null}', 'PUBLISHED', gen_random_uuid()),
    (1, NULL, 'fr.demarches.procuration.EtatProcurationChange', NULL, 'procuration-etat', now(), '{"reference":"REF","communeInsee":"92050","courrielMandant":"usager@banc.exemple.fr","etat":"ACCEPTEE_COMMUNE","motif":null}', 'PUBLISHED', gen_random_uuid());
UPDATE procuration SET piece_type = 'CNI', piece_numero = '123456789012', officier = 'officier.banc', etablie_le = now(), decidee_le = now(), decidee_par = 'validation automatique', version = version WHERE id = (SELECT id FROM banc_references WHERE i = :n);
COMMIT;
INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) SELECT primary_id, 'flash', '\x00' FROM spring_session WHERE primary_id = CAST('banc-' || :o AS bpchar) ON CONFLICT (session_primary_id, attribute_name) DO UPDATE SET attribute_bytes = excluded.attribute_bytes;
-- 3. Accueil (le message de succès) : session, compte et unité, attribut flash retiré (seul).
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || :o AS bpchar);
SELECT c.*, u.active FROM compte c LEFT JOIN unite u ON u.id = c.unite_id WHERE c.identifiant = 'officier' || (2 * :o - 1) || '.banc' AND c.espace = 'POLICE';
DELETE FROM spring_session_attributes WHERE session_primary_id = CAST('banc-' || :o AS bpchar) AND attribute_name = 'flash';
-- L'écouteur de chaque changement (courriel au mandant et avis à la commune) marque puis termine sa publication.
UPDATE event_publication SET status = 'PROCESSING' WHERE id = (SELECT gen_random_uuid()) AND status <> 'PROCESSING';
UPDATE event_publication SET status = 'PROCESSING' WHERE id = (SELECT gen_random_uuid()) AND status <> 'PROCESSING';
UPDATE event_publication SET completion_date = now(), status = 'COMPLETED' WHERE id = (SELECT gen_random_uuid());
UPDATE event_publication SET completion_date = now(), status = 'COMPLETED' WHERE id = (SELECT gen_random_uuid());
