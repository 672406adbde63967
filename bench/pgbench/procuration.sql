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
\set seq :seq + 1
-- La session (le compte n'est plus relu : V214) ; le raccordement de la commune et les communes viennent de la
-- mémoire de l'instance (le raccordement jusqu'à son prochain changement : AvisDeChangement, V219).
SELECT s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval, sa.attribute_name, sa.attribute_bytes FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:u AS text) AS bpchar);
-- La transaction du dépôt : la référence réservée d'abord (clé étrangère vérifiée à la validation, V180), la demande
-- insérée une fois avec elle, le journal, la publication de l'événement. Avant : avant/procuration.sql.
BEGIN;
-- Ce que la requête sait déjà (l'usager connecté, l'identifiant tiré en Java) : gardé par \gset, sans table temporaire
-- (la créer, la remplir et la vider à chaque validation coûtait des requêtes que l'application n'envoie pas).
SELECT gen_random_uuid() AS id, id AS usager FROM compte WHERE identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND espace = 'USAGER' \gset d_
INSERT INTO reference_en_attente AS r (reference, procuration_id, objet, expire_le)
SELECT substr(md5(random()::text), 1, 6), :d_id::uuid, 'DEMANDE', now() + interval '60 days'
ON CONFLICT (reference) DO UPDATE SET procuration_id = excluded.procuration_id, objet = excluded.objet, expire_le = excluded.expire_le WHERE r.expire_le <= now();
INSERT INTO procuration (cle_idempotence, cle_mandant, cle_mandataire, commune_insee, commune_mandataire, courriel_mandant, date_naissance_mandant, date_naissance_mandataire, debut, decidee_le, decidee_par, deposee_le, etablie_le, etat, expire_le, fin, lieu_naissance_mandant, motif, nne_mandant, nne_mandataire, nom_naissance_mandant, nom_naissance_mandataire, nom_usage_mandant, officier, officier_id, piece_numero, piece_type, portee, prenoms_mandant, prenoms_mandataire, reference, reference_resiliation, resiliation_demandee_le, resiliation_expire_le, resiliee_le, unite_id, usager_id, version, id)
SELECT gen_random_uuid(), 'DUPONT|JEANNE MARIE|1980-05-03', 'NNE:' || CAST(:nne AS text), '92050', NULL, 'usager' || CAST(:u AS text) || '@banc.exemple.fr', date '1980-05-03', date '1975-01-01', current_date + 45, NULL, NULL, now(), NULL, 'EN_ATTENTE_AUTORITE', now() + interval '60 days', current_date + 45, 'Nanterre', NULL, NULL, :nne, 'Dupont', NULL, NULL, NULL, NULL, NULL, NULL, 'UN_TOUR', 'Jeanne Marie', NULL, 'TMPREF', NULL, NULL, NULL, NULL, NULL, :d_usager::uuid, 0, :d_id::uuid;
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) SELECT now(), 'USAGER', :d_usager::uuid, 'usager' || CAST(:u AS text) || '@banc.exemple.fr', 'PROCURATION_DEMANDEE', 'PROCURATION', 'T' || CAST(:evt AS text), 'pour 92050', '127.0.0.1';
INSERT INTO event_publication (completion_attempts, completion_date, event_type, last_resubmission_date, listener_id, publication_date, serialized_event, status, id) VALUES
    (1, NULL, 'fr.demarches.procuration.ProcurationDemandee', NULL, 'procuration-reference', now(), '{"reference":"T' || CAST(:evt AS text) || '","resiliation": false,"courrielMandant":"usager@banc.exemple.fr","expireLe":"2027-01-21T20:00:00Z"}', 'PUBLISHED', md5((CAST(:sel AS text) || '-' || CAST(:client_id AS text) || '-' || CAST(:seq AS text)))::uuid);
COMMIT;
-- Plus d'attribut flash : « deposee » est un paramètre de la redirection.
-- L'écouteur ne supprime plus sa publication : chaque instance supprime en une instruction, toutes les 100 ms, celles
-- terminées entretemps (FinsDePublication). Ici, chaque client supprime les siennes par 25 : plus souvent que
-- l'application au même débit (une instruction par période, quel que soit le nombre), donc un plafond prudent. Les
-- identifiants sont tirés du compteur du client (:seq, :sel : donnés par comparer.sh et run.sh avec -D).
\if :seq % 25 = 0
DELETE FROM event_publication WHERE id = ANY(ARRAY(SELECT md5((CAST(:sel AS text) || '-' || CAST(:client_id AS text) || '-') || g)::uuid FROM generate_series(:seq - 24, :seq) g));
\endif
