-- Plafond de la base pour « ILE : envoi » : les requêtes SQL de l'envoi telles que l'application les envoie
-- (relevées par BudgetRequetesTest, voir docs/performance.md), dans le même ordre et en autant de transactions
-- (avant : avant/ile.sql), avec les lignes du banc (un usager parmi les 20 000 qui ont leurs deux pièces, la
-- commune du banc). Ce que la requête connaît déjà (l'usager connecté, la publication qu'elle vient d'écrire) est
-- gardé par \gset ; les pièces, que le brouillon désigne par leur identifiant, sont prises par leur type.
-- Exécuté en mode préparé (pgbench -M prepared), comme l'application : son pilote prépare les instructions qu'elle
-- répète et PostgreSQL les planifie une fois (docs/performance.md, treizième machine). Une variable y est un
-- paramètre : concaténée, elle est convertie en texte (CAST(:x AS text)).
\set u random(1, 20000)
-- L'événement et le journal nomment la référence de l'action, comme ceux de l'application : une même valeur
-- répétée par chaque transaction s'empilait dans un seul compartiment de l'index haché des publications et une seule
-- feuille de l'index du journal par objet (docs/performance.md, treizième machine).
\set evt random(1000000000, 1999999999)
SET client_min_messages = warning;
\set seq :seq + 1
-- La session (le compte n'est plus relu à chaque requête : V214).
SELECT s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval, sa.attribute_name, sa.attribute_bytes FROM spring_session s LEFT JOIN spring_session_attributes sa ON s.primary_id = sa.session_primary_id WHERE s.session_id = CAST('banc-' || CAST(:u AS text) AS bpchar);
-- Le brouillon (une fois ; l'identifiant de l'usager, que l'application tient de sa session, est pris ici par la
-- même requête, qui passe par l'index du compte), les deux pièces en une requête, la certification du profil ; les
-- scrutins, le raccordement et les communes viennent de la mémoire de l'instance (AvisDeChangement, V219).
SELECT c.id, b.donnees, b.cle_idempotence FROM compte c LEFT JOIN brouillon b ON b.usager_id = c.id AND b.procedure = 'ILE' WHERE c.identifiant = 'usager' || CAST(:u AS text) || '@banc.exemple.fr' AND c.espace = 'USAGER' \gset c_
SELECT id, type, nom_original, type_contenu, taille, origine, commune_insee, depose_le, supprimable_le FROM document WHERE proprietaire_id = :c_id AND type IN ('PIECE_IDENTITE', 'JUSTIFICATIF_DOMICILE');
SELECT certifie_par, certifie_le, naissance_certifiee FROM profil_usager WHERE compte_id = :c_id AND certifie_par IS NOT NULL;
-- La transaction du dépôt : les deux copies figées en une requête ; le télédossier, son historique, ses pièces et
-- la suppression du brouillon en une autre (ici une clé d'idempotence tirée au hasard : le brouillon du banc, relu à
-- chaque itération, reste) ; le journal d'audit ; une publication (les deux courriels, un seul écouteur).
BEGIN;
INSERT INTO document_fige (id, document_id, proprietaire_id, type, nom_original, type_contenu, taille, empreinte, fige_le) SELECT gen_random_uuid(), d.id, d.proprietaire_id, d.type, d.nom_original, d.type_contenu, d.taille, d.empreinte, now() FROM document d WHERE d.proprietaire_id = :c_id AND d.type IN ('PIECE_IDENTITE', 'JUSTIFICATIF_DOMICILE') FOR SHARE OF d RETURNING id, document_id, proprietaire_id, type, nom_original, type_contenu, taille, fige_le;
WITH t AS (
    INSERT INTO teledossier (id, numero, procedure, usager_id, courriel_usager, nom_usager, commune_insee, etat, depose_le, conservation_depuis, donnees, cle_idempotence, remise_sftp, cas_particulier, version)
    VALUES (gen_random_uuid(), 'B-' || substr(md5(random()::text), 1, 10), 'ILE', :c_id, 'usager' || CAST(:u AS text) || '@banc.exemple.fr', 'Camille Martin', '92050', 'TRANSMIS', now(), now(), CAST('{"listes":["GENERALE"],"sexe":"F","nomNaissance":"Martin","nomUsage": null,"prenoms":"Camille Marie","dateNaissance":"1990-07-14","lieuNaissance":{"codeInsee":"92050","codePostal":"92000","commune":"Nanterre","departement":"92","pays":"FRA","paysLibelle":"France"},"nationalite":"FRA","nationaliteLibelle":"Française","adresse":{"numeroVoie":"7","extension": null,"typeVoie":"rue","nomVoie":"des Tilleuls","complement": null,"lieuDit": null,"codePostal":"92000","localite":"Nanterre","codeInsee":"92050"},"attache":"DOMICILE","codeInseeInscription":"92050","communeInscription":"Nanterre","courriel":"usager@banc.exemple.fr","telephone": null}' AS JSONB), gen_random_uuid(), false, NULL, 0)
    ON CONFLICT DO NOTHING
    RETURNING id
), h AS (
    INSERT INTO teledossier_historique (teledossier_id, horodatage, type, etat, auteur) SELECT id, now(), 'ETAT', 'TRANSMIS', 'usager' FROM t
), b AS (
    DELETE FROM brouillon WHERE usager_id = :c_id AND procedure = 'ILE' AND cle_idempotence = gen_random_uuid() AND EXISTS (SELECT 1 FROM t)
), p AS (
    INSERT INTO teledossier_piece (teledossier_id, document_fige_id, type, ordre, version, nom_original)
    SELECT t.id, p.fige, p.type, p.ordre, p.version, p.nom FROM t, (VALUES (gen_random_uuid(), 'PIECE_IDENTITE', 1, 1, 'identite.pdf'), (gen_random_uuid(), 'JUSTIFICATIF_DOMICILE', 2, 1, 'justificatif.pdf')) AS p (fige, type, ordre, version, nom)
)
SELECT count(*) FROM t;
INSERT INTO journal_audit (horodatage, espace, acteur_id, acteur, action, objet_type, objet_id, details, ip, id_requete) VALUES (now(), 'USAGER', :c_id, 'usager' || CAST(:u AS text) || '@banc.exemple.fr', 'TELEDOSSIER_DEPOSE', 'TELEDOSSIER', 'B-' || CAST(:evt AS text), 'ILE pour 92050', '127.0.0.1', NULL);
INSERT INTO event_publication (completion_attempts, completion_date, event_type, last_resubmission_date, listener_id, publication_date, serialized_event, status, id) VALUES
    (1, NULL, 'fr.demarches.teledossier.TeledossierDepose', NULL, 'teledossier-depose', now(), '{"numero":"B-' || CAST(:evt AS text) || '","procedure":"ILE","communeInsee":"92050","courrielUsager":"usager@banc.exemple.fr","deposeLe":"2026-11-22T20:00:00Z","remiseSftp": false,"boiteCommune":"elections@mairie-nanterre.exemple.fr"}', 'PUBLISHED', md5((CAST(:sel AS text) || '-' || CAST(:client_id AS text) || '-' || CAST(:seq AS text)))::uuid);
COMMIT;
-- L'écouteur ne supprime plus sa publication : chaque instance supprime en une instruction, toutes les 100 ms, celles
-- terminées entretemps (FinsDePublication). Ici, chaque client supprime les siennes par 25 : plus souvent que
-- l'application au même débit (une instruction par période, quel que soit le nombre), donc un plafond prudent. Les
-- identifiants sont tirés du compteur du client (:seq, :sel : donnés par comparer.sh et run.sh avec -D).
\if :seq % 25 = 0
DELETE FROM event_publication WHERE id = ANY(ARRAY(SELECT md5((CAST(:sel AS text) || '-' || CAST(:client_id AS text) || '-') || g)::uuid FROM generate_series(:seq - 24, :seq) g));
\endif
