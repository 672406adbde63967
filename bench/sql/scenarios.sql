-- Préparation de chaque exécution du banc (rapide, relancée à chaque fois) : ce que les scénarios consomment,
-- puis les fichiers CSV que Gatling lit (feeders).
-- Variables psql : commune, empreinte_1mo / empreinte_10mo (pièces du ZIP), taille_1mo, taille_10mo.
-- Ce qu'il faut exporter reste dans les tables banc_references et banc_zip (hors schéma de l'application, refaites
-- à chaque exécution) ; run.sh les copie en CSV.
\set ON_ERROR_STOP on
\timing on
\ir fonctions.sql

-- Officer scenario: 40 000 requests waiting for an officer in the benchmark commune, mandant and mandataire on its
-- electoral list (so the automatic checks find them). References drawn from a range no earlier run used.
DROP TABLE IF EXISTS banc_references;
CREATE TABLE banc_references AS
SELECT gen_random_uuid() AS id, r.reference, r.i
FROM (SELECT pg_temp.reference(base.b + i) AS reference, i
      FROM generate_series(1, 45000) i, (SELECT 10000000 + (random() * 800000000)::bigint AS b) base) r
WHERE NOT EXISTS (SELECT 1 FROM reference_en_attente e WHERE e.reference = r.reference)
  AND NOT EXISTS (SELECT 1 FROM procuration p WHERE p.reference = r.reference)
LIMIT 40000;
-- The scripts find a reference by its rank: without this key, each of their look-ups read the 40 000 rows, which the
-- application, holding the reference, never does (it halved the officer's database ceiling).
ALTER TABLE banc_references ADD PRIMARY KEY (i);
INSERT INTO procuration (id, reference, usager_id, courriel_mandant, commune_insee, nne_mandant,
                         nom_naissance_mandant, prenoms_mandant, date_naissance_mandant, lieu_naissance_mandant,
                         cle_mandant, nne_mandataire, date_naissance_mandataire, cle_mandataire, portee, debut, fin,
                         etat, deposee_le, expire_le)
SELECT n.id, n.reference, u.id, u.identifiant, :'commune', e.nne, e.nom_naissance, e.prenoms, e.date_naissance,
       'Nanterre', e.cle_etat_civil, m.nne, m.date_naissance, 'NNE:' || m.nne, 'UN_TOUR',
       current_date + 40 + (n.i % 300), current_date + 40 + (n.i % 300), 'EN_ATTENTE_AUTORITE', now(),
       now() + interval '60 days'
FROM banc_references n
JOIN compte u ON u.identifiant = 'usager' || (100000 + n.i) || '@banc.exemple.fr' AND u.type = 'USAGER'
JOIN electeur e ON e.commune_insee = :'commune' AND e.nne = (100000000 + (n.i % 60000) + 1)::text
JOIN electeur m ON m.commune_insee = :'commune' AND m.nne = (100000000 + ((n.i * 7) % 60000) + 1)::text;
INSERT INTO reference_en_attente (reference, procuration_id, objet, expire_le)
SELECT reference, id, 'DEMANDE', now() + interval '60 days' FROM banc_references;

-- ZIP scenario: 200 ILE dossiers with three 1 MB pieces and 20 with three 10 MB pieces, submitted today.
DROP TABLE IF EXISTS banc_zip;
CREATE TABLE banc_zip AS
SELECT gen_random_uuid() AS id, pg_temp.numero(b.b + i) AS numero, i, CASE WHEN i <= 200 THEN 1 ELSE 10 END AS mo
FROM generate_series(1, 220) i, (SELECT 5000000 + (random() * 400000000000)::bigint AS b) b;
DELETE FROM banc_zip z WHERE EXISTS (SELECT 1 FROM teledossier t WHERE t.numero = z.numero);
INSERT INTO teledossier (id, numero, procedure, usager_id, courriel_usager, nom_usager, commune_insee, etat, depose_le,
                         conservation_depuis, donnees, cle_idempotence)
SELECT z.id, z.numero, 'ILE', u.id, u.identifiant, 'Camille Martin', :'commune', 'TRANSMIS', now(), now(),
       jsonb_build_object('listes', jsonb_build_array('GENERALE'), 'sexe', 'F', 'nomNaissance', 'Martin',
           'nomUsage', NULL, 'prenoms', 'Camille Marie', 'dateNaissance', '1990-07-14',
           'lieuNaissance', jsonb_build_object('codeInsee', '92050', 'codePostal', '92000', 'commune', 'Nanterre',
               'departement', '92', 'pays', 'FRA', 'paysLibelle', 'France'),
           'nationalite', 'FRA', 'nationaliteLibelle', 'Française',
           'adresse', jsonb_build_object('numeroVoie', '7', 'extension', NULL, 'typeVoie', 'rue', 'nomVoie', 'des Tilleuls',
               'complement', NULL, 'lieuDit', NULL, 'codePostal', '92000', 'localite', 'Nanterre', 'codeInsee', '92050'),
           'attache', 'DOMICILE', 'codeInseeInscription', :'commune', 'communeInscription', 'Nanterre',
           'courriel', u.identifiant, 'telephone', NULL),
       gen_random_uuid()
FROM banc_zip z JOIN compte u ON u.identifiant = 'usager' || (200000 + z.i) || '@banc.exemple.fr' AND u.type = 'USAGER';
INSERT INTO teledossier_historique (teledossier_id, horodatage, type, etat, auteur)
SELECT id, now(), 'ETAT', 'TRANSMIS', 'usager' FROM banc_zip;
CREATE TEMP TABLE zip_pieces AS
SELECT z.id AS teledossier_id, gen_random_uuid() AS fige_id, k,
       CASE WHEN k = 1 THEN 'PIECE_IDENTITE' ELSE 'JUSTIFICATIF_DOMICILE' END AS type, z.mo
FROM banc_zip z, generate_series(1, 3) k;
INSERT INTO document_fige (id, document_id, proprietaire_id, type, nom_original, type_contenu, taille, empreinte, fige_le)
SELECT p.fige_id, gen_random_uuid(), t.usager_id, p.type, 'piece-' || p.k || '.pdf', 'application/pdf',
       CASE WHEN p.mo = 1 THEN :taille_1mo ELSE :taille_10mo END,
       CASE WHEN p.mo = 1 THEN :'empreinte_1mo' ELSE :'empreinte_10mo' END, now()
FROM zip_pieces p JOIN teledossier t ON t.id = p.teledossier_id;
INSERT INTO teledossier_piece (teledossier_id, document_fige_id, type, ordre)
SELECT teledossier_id, fige_id, type, k FROM zip_pieces;

ANALYZE procuration;
ANALYZE reference_en_attente;
ANALYZE teledossier;

-- Sessions of the pgbench ceilings (bench/pgbench/*.sql name them banc-<n>): without them the session reads and
-- writes of the scripts found no row and cost nothing. One security context of 3 KB each, as a signed-in session.
DELETE FROM spring_session WHERE primary_id LIKE 'banc-%';
INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time)
SELECT 'banc-' || i, 'banc-' || i, 0, 0, 1800, 9000000000000 FROM generate_series(1, 100000) i;
INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
SELECT 'banc-' || i, 'SPRING_SECURITY_CONTEXT_USAGER', decode(repeat('ac', 3000), 'hex') FROM generate_series(1, 100000) i;
