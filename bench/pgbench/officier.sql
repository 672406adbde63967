-- Plafond de la base pour « officier : recherche et validation » (recherche, décision, page d'accueil) : les
-- requêtes SQL telles que l'application les envoie (relevées avec datasource-proxy, BudgetRequetesTest ; voir
-- docs/performance.md), dans le même ordre et en autant de transactions, sur une demande en attente de la commune
-- du banc. Avant : avant/officier.sql.
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
\set seq :seq + 1
-- 1. Recherche : session lue (pas réécrite ; le compte n'est plus relu, la base ferme les sessions d'un compte qui
-- change, V214) ; puis une transaction : les deux compteurs, le blocage, la référence et la demande en
-- une requête (RecherchesComptees), le journal.
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:o AS text) AS bpchar);
BEGIN;
WITH bloque AS (SELECT max(bloque_jusqua) AS jusqua FROM limitation_tentatives WHERE cle IN ('procuration-officier:' || CAST(:o AS text), 'procuration-unite:' || CAST(:o AS text)) AND bloque_jusqua > now()),
compte AS (INSERT INTO limitation_tentatives AS l (cle, echecs, fenetre_debut, bloque_jusqua) SELECT v.cle, 1, now(), NULL FROM (VALUES ('procuration-officier:' || CAST(:o AS text), 1000000), ('procuration-unite:' || CAST(:o AS text), 1000000)) AS v (cle, limite) WHERE (SELECT jusqua FROM bloque) IS NULL ON CONFLICT (cle) DO UPDATE SET echecs = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN 1 ELSE l.echecs + 1 END, fenetre_debut = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN now() ELSE l.fenetre_debut END, bloque_jusqua = CASE WHEN l.fenetre_debut >= now() - interval '10 minutes' AND l.echecs + 1 >= CASE l.cle WHEN 'procuration-officier:' || CAST(:o AS text) THEN 1000000 ELSE 1000000 END THEN now() ELSE l.bloque_jusqua END)
SELECT b.jusqua AS bloque_jusqua, x.* FROM (SELECT jusqua FROM bloque) b
LEFT JOIN (SELECT p.*, CAST(NULL AS boolean) AS validation_auto_commune, CAST(NULL AS text) AS boite_commune FROM reference_en_attente r JOIN procuration p ON p.id = r.procuration_id WHERE r.reference = (SELECT reference FROM banc_references WHERE i = :n) AND r.expire_le > now()) x ON b.jusqua IS NULL;
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) VALUES (now(), 'POLICE', gen_random_uuid(), 'officier.banc', 'PROCURATION_RECHERCHE', 'PROCURATION', 'R' || CAST(:evt AS text), 'trouvée, unité', '127.0.0.1');
COMMIT;
-- 2. Décision : de même ; puis une transaction : les compteurs, la demande avec les options de sa commune, la
-- référence libérée (ici une mise à jour sans effet, pour que la demande reste trouvable d'une itération à l'autre), en
-- une requête ; le journal de la décision (qui vaut celui de sa recherche) ; la validation automatique de la commune :
-- contrôles dans l'ordre où ils sont faits (liste de la commune du mandant, mandant, calendrier, mandataire, plafond),
-- décision, journal, un seul événement pour la validation et l'acceptation, la demande mise à jour. La liste importée
-- et le mandant y sont lus en une instruction (ListeElectorale.identifierDansLaListe) ; le calendrier vient de la
-- mémoire de l'instance, jusqu'à son prochain changement (AvisDeChangement, V219).
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:o AS text) AS bpchar);
BEGIN;
WITH bloque AS (SELECT max(bloque_jusqua) AS jusqua FROM limitation_tentatives WHERE cle IN ('procuration-officier:' || CAST(:o AS text), 'procuration-unite:' || CAST(:o AS text)) AND bloque_jusqua > now()),
compte AS (INSERT INTO limitation_tentatives AS l (cle, echecs, fenetre_debut, bloque_jusqua) SELECT v.cle, 1, now(), NULL FROM (VALUES ('procuration-officier:' || CAST(:o AS text), 1000000), ('procuration-unite:' || CAST(:o AS text), 1000000)) AS v (cle, limite) WHERE (SELECT jusqua FROM bloque) IS NULL ON CONFLICT (cle) DO UPDATE SET echecs = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN 1 ELSE l.echecs + 1 END, fenetre_debut = CASE WHEN l.fenetre_debut < now() - interval '10 minutes' THEN now() ELSE l.fenetre_debut END, bloque_jusqua = CASE WHEN l.fenetre_debut >= now() - interval '10 minutes' AND l.echecs + 1 >= CASE l.cle WHEN 'procuration-officier:' || CAST(:o AS text) THEN 1000000 ELSE 1000000 END THEN now() ELSE l.bloque_jusqua END), liberee AS (UPDATE reference_en_attente SET expire_le = expire_le WHERE reference = (SELECT reference FROM banc_references WHERE i = :n) AND expire_le > now() AND (SELECT jusqua FROM bloque) IS NULL RETURNING procuration_id)
SELECT b.jusqua AS bloque_jusqua, x.* FROM (SELECT jusqua FROM bloque) b
LEFT JOIN (SELECT p.*, c.validation_auto_procurations AS validation_auto_commune, c.boite_fonctionnelle AS boite_commune FROM liberee r JOIN procuration p ON p.id = r.procuration_id LEFT JOIN raccordement c ON c.code_insee = p.commune_insee) x ON b.jusqua IS NULL;
-- L'instant de l'établissement, pris après celui des mandataires nés le même jour, dont la ligne reste verrouillée
-- jusqu'à la validation (plafond L73, V217 ; la date, que l'application tient de la demande lue, est lue ici dans la
-- même instruction).
INSERT INTO etablissement_par_naissance AS e (naissance_mandataire, dernier) SELECT date_naissance, now() FROM electeur WHERE nne = (100000000 + (:n * 7) % 60000 + 1)::text LIMIT 1 ON CONFLICT (naissance_mandataire) DO UPDATE SET dernier = greatest(excluded.dernier, e.dernier + interval '1 microsecond') RETURNING dernier;
SELECT e.* FROM import_liste i LEFT JOIN electeur e ON e.commune_insee = i.commune_insee AND e.nne = (100000000 + :n % 60000 + 1)::text WHERE i.commune_insee = '92050' ORDER BY e.type_liste, e.nne;
SELECT * FROM electeur WHERE nne = (100000000 + (:n * 7) % 60000 + 1)::text;
SELECT reference, etablie_le FROM procuration WHERE cle_mandataire = 'NNE:' || (100000000 + (:n * 7) % 60000 + 1) AND id <> (SELECT id FROM banc_references WHERE i = :n) AND etat IN ('VALIDEE_AUTORITE', 'ACCEPTEE_COMMUNE') AND debut <= current_date + 100 AND fin >= current_date + 100 AND etablie_le < now() ORDER BY etablie_le LIMIT 1;
-- Le journal de la validation et celui de l'acceptation, en une instruction.
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip) VALUES (now(), 'POLICE', gen_random_uuid(), 'officier.banc', 'PROCURATION_VALIDEE_AUTORITE', 'PROCURATION', 'R' || CAST(:evt AS text), 'pièce vérifiée : CNI n° 123456789012, unité', '127.0.0.1'), (now(), NULL, NULL, 'système', 'PROCURATION_ACCEPTEE_COMMUNE', 'PROCURATION', 'R' || CAST(:evt AS text), 'validation automatique : tous les contrôles sont réussis', NULL);
INSERT INTO event_publication (completion_attempts, completion_date, event_type, last_resubmission_date, listener_id, publication_date, serialized_event, status, id) VALUES
    (1, NULL, 'fr.demarches.procuration.EtatProcurationChange', NULL, 'procuration-etat', now(), '{"reference":"R' || CAST(:evt AS text) || '","communeInsee":"92050","courrielMandant":"usager@banc.exemple.fr","etat":"ACCEPTEE_COMMUNE","motif": null,"enLigne": false,"boiteCommune":"elections@mairie-nanterre.exemple.fr","validationIncluse": true}', 'PUBLISHED', md5((CAST(:sel AS text) || '-' || CAST(:client_id AS text) || '-' || CAST(:seq AS text)))::uuid);
UPDATE procuration SET piece_type = 'CNI', piece_numero = '123456789012', officier = 'officier.banc', etablie_le = now(), decidee_le = now(), decidee_par = 'validation automatique', version = version WHERE id = (SELECT id FROM banc_references WHERE i = :n);
COMMIT;
-- 3. Accueil (le message de succès, scellé dans l'adresse de la redirection) : la session ; plus
-- d'attribut flash écrit à la décision ni retiré ici.
SELECT s.primary_id, sa.attribute_name FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:o AS text) AS bpchar);
-- L'écouteur de l'événement envoie les courriels de la validation puis de l'acceptation, et l'avis à la commune dont
-- l'adresse vient avec l'événement. Il ne supprime plus sa publication : chaque instance supprime en une instruction, toutes les 100 ms, celles
-- terminées entretemps (FinsDePublication). Ici, chaque client supprime les siennes par 25 : plus souvent que
-- l'application au même débit (une instruction par période, quel que soit le nombre), donc un plafond prudent. Les
-- identifiants sont tirés du compteur du client (:seq, :sel : donnés par comparer.sh et run.sh avec -D).
\if :seq % 25 = 0
DELETE FROM event_publication WHERE id = ANY(ARRAY(SELECT md5((CAST(:sel AS text) || '-' || CAST(:client_id AS text) || '-') || g)::uuid FROM generate_series(:seq - 24, :seq) g));
\endif
