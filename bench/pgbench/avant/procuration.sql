-- Plafond de la base pour « procuration : dépôt » : les requêtes SQL du dépôt telles que l'application les envoie
-- (relevées avec datasource-proxy, voir docs/performance.md), dans le même ordre et en autant de transactions.
-- Exécuté en mode préparé (pgbench -M prepared), comme l'application : son pilote prépare les instructions qu'elle
-- répète et PostgreSQL les planifie une fois (docs/performance.md, treizième machine). Une variable y est un
-- paramètre : concaténée, elle est convertie en texte (CAST(:x AS text)).
\set u random(50001, 90000)
\set nne random(100000001, 100060000)
-- L'événement et le journal nomment la référence de l'action, comme ceux de l'application : une même valeur
-- répétée par chaque transaction s'empilait dans un seul compartiment de l'index haché des publications et une seule
-- feuille de l'index du journal par objet (docs/performance.md, treizième machine).
\set evt random(1000000000, 1999999999)
SET client_min_messages = warning;
-- Session, compte actif, vérification du formulaire (raccordement ; les communes viennent de la mémoire).
SELECT s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval, sa.attribute_name, sa.attribute_bytes FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:u AS text) AS bpchar);
SELECT id, actif, commune_insee, courriel_confirme_le, cree_le, habilitation_fin, identifiant, mot_de_passe, nom, prenoms, qualite, type, unite_id, version FROM compte WHERE identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND espace = 'USAGER';
SELECT * FROM raccordement WHERE code_insee = '92050';
-- La transaction du dépôt : la demande, sa référence réservée, le journal, la publication de l'événement, puis la
-- référence définitive écrite sur la demande.
BEGIN;
SELECT * FROM raccordement WHERE code_insee = '92050';
-- Ce que la requête sait déjà (l'usager connecté, l'identifiant tiré en Java) : gardé par \gset, sans table temporaire
-- (la créer, la remplir et la vider à chaque validation coûtait des requêtes que l'application n'envoie pas).
SELECT gen_random_uuid() AS id, id AS usager FROM compte WHERE identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND espace = 'USAGER' \gset d_
INSERT INTO procuration (cle_mandant, cle_mandataire, commune_insee, commune_mandataire, courriel_mandant, date_naissance_mandant, date_naissance_mandataire, debut, decidee_le, decidee_par, deposee_le, etablie_le, etat, expire_le, fin, lieu_naissance_mandant, motif, nne_mandant, nne_mandataire, nom_naissance_mandant, nom_naissance_mandataire, nom_usage_mandant, officier, officier_id, piece_numero, piece_type, portee, prenoms_mandant, prenoms_mandataire, reference, reference_resiliation, resiliation_demandee_le, resiliation_expire_le, resiliee_le, unite_id, usager_id, version, id)
SELECT 'DUPONT|JEANNE MARIE|1980-05-03', 'NNE:' || CAST(:nne AS text), '92050', NULL, 'usager' || CAST(:u AS text) || '@banc.exemple.fr', date '1980-05-03', date '1975-01-01', current_date + 45, NULL, NULL, now(), NULL, 'EN_ATTENTE_AUTORITE', now() + interval '60 days', current_date + 45, 'Nanterre', NULL, NULL, :nne, 'Dupont', NULL, NULL, NULL, NULL, NULL, NULL, 'UN_TOUR', 'Jeanne Marie', NULL, 'TMPREF', NULL, NULL, NULL, NULL, NULL, :d_usager::uuid, 0, :d_id::uuid;
INSERT INTO reference_en_attente AS r (reference, procuration_id, objet, expire_le)
SELECT substr(md5(random()::text), 1, 6), :d_id::uuid, 'DEMANDE', now() + interval '60 days'
ON CONFLICT (reference) DO UPDATE SET procuration_id = excluded.procuration_id, objet = excluded.objet, expire_le = excluded.expire_le WHERE r.expire_le <= now();
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) SELECT now(), 'USAGER', :d_usager::uuid, 'usager' || CAST(:u AS text) || '@banc.exemple.fr', 'PROCURATION_DEMANDEE', 'PROCURATION', 'T' || CAST(:evt AS text), 'pour 92050', '127.0.0.1';
INSERT INTO event_publication (completion_attempts, completion_date, event_type, last_resubmission_date, listener_id, publication_date, serialized_event, status, id) VALUES
    (1, NULL, 'fr.demarches.procuration.ProcurationDemandee', NULL, 'procuration-reference', now(), '{"reference":"T' || CAST(:evt AS text) || '","resiliation": false,"courrielMandant":"usager@banc.exemple.fr","expireLe":"2027-01-21T20:00:00Z"}', 'PUBLISHED', gen_random_uuid())
    RETURNING id \gset p_
UPDATE procuration SET reference = substr(md5(random()::text), 1, 6), version = 1 WHERE id = :d_id;
COMMIT;
-- Session enregistrée (avec l'attribut flash « deposee ») ; l'écouteur marque puis termine sa publication.
UPDATE spring_session SET last_access_time = 0, max_inactive_interval = 1800, expiry_time = 0 WHERE primary_id = CAST('banc-' || CAST(:u AS text) AS bpchar);
INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) SELECT primary_id, 'flash', '\x00' FROM spring_session WHERE primary_id = CAST('banc-' || CAST(:u AS text) AS bpchar) ON CONFLICT (session_primary_id, attribute_name) DO UPDATE SET attribute_bytes = excluded.attribute_bytes;
-- Les publications mises à jour sont celles que la transaction a insérées (gardées par \gset) : une mise à jour qui
-- ne trouvait aucune ligne coûtait moins que celle de l'application et laissait des publications « PUBLISHED » que
-- l'application relisait ensuite (contrôle d'ancienneté, relance).
UPDATE event_publication SET status = 'PROCESSING' WHERE id = :p_id AND status <> 'PROCESSING';
UPDATE event_publication SET completion_date = now(), status = 'COMPLETED' WHERE id = :p_id;
