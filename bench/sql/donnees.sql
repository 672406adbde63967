-- Jeu de données du banc de charge, généré en SQL pur (voir bench/README.md).
-- Variables psql attendues : commune (code INSEE de la commune du banc), hash (mot de passe « {bcrypt}… » commun à
-- tous les comptes), empreinte_identite / empreinte_justificatif / taille_piece (les deux pièces de 300 Ko).
-- Le référentiel (35 000 communes) existe déjà : l'application l'importe à son premier démarrage.
\set ON_ERROR_STOP on
\timing on

\ir fonctions.sql

CREATE TEMP TABLE noms (i int PRIMARY KEY, nom text);
INSERT INTO noms SELECT row_number() OVER () - 1, n FROM unnest(ARRAY['Martin', 'Bernard', 'Thomas', 'Petit',
    'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefèvre', 'Leroy', 'Roux',
    'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau',
    'Vincent', 'Müller', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier',
    'François', 'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry',
    'Roussel', 'Mathieu', 'Gautier', 'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire',
    'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet',
    'Gaillard', 'Barbier', 'Arnaud', 'Martínez', 'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux',
    'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix',
    'Olivier', 'Philippe', 'Bourgeois', 'Pierre', 'Benoît', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Leclercq',
    'Guillaume', 'Lecomte', 'Nguyen']) AS n;
CREATE TEMP TABLE prenoms (i int PRIMARY KEY, prenom text);
INSERT INTO prenoms SELECT row_number() OVER () - 1, p FROM unnest(ARRAY['Camille', 'Léa', 'Manon', 'Chloé',
    'Inès', 'Jade', 'Louise', 'Emma', 'Zoé', 'Éloïse', 'Lucas', 'Hugo', 'Louis', 'Gabriel', 'Arthur', 'Jules',
    'Noah', 'Adam', 'Raphaël', 'Mathis', 'Nathan', 'Théo', 'Sacha', 'Maël', 'Anaïs', 'Sarah', 'Julie', 'Yanis',
    'Karim', 'Fatou', 'Mikołaj', 'Aurélie', 'Benoît', 'Céline', 'Denis', 'Élodie', 'François', 'Hélène', 'Jérôme',
    'Nadia']) AS p;

-- 1 000 connected communes: the most populous ones, the benchmark commune first. The benchmark commune decides
-- procurations automatically when every check passes (so the officer's validation runs the checks).
INSERT INTO raccordement (code_insee, mode, boite_fonctionnelle, ile, rco, procuration, date_effet, cree_le,
                          validation_auto_procurations)
SELECT code_insee, 'COURRIEL', 'elections@' || code_insee || '.mairie.exemple.fr', true, true, true,
       current_date - 760, now() - interval '760 days', code_insee = :'commune'
FROM commune ORDER BY code_insee = :'commune' DESC, population DESC NULLS LAST, code_insee LIMIT 1000;
CREATE TEMP TABLE communes_raccordees AS
SELECT row_number() OVER (ORDER BY code_insee = :'commune', code_insee) - 1 AS i, code_insee
FROM raccordement;
-- i = 999 is the benchmark commune (sorted last), so "i % 999" never lands on it.

-- Accounts: 300 000 citizens (the first ones have the documents of the ILE scenario), one administrator and two
-- agents per connected commune plus 60 agents for the benchmark commune, 1 000 units with two officers each.
INSERT INTO compte (id, type, identifiant, mot_de_passe, actif, courriel_confirme_le, cree_le)
SELECT gen_random_uuid(), 'USAGER', 'usager' || n || '@banc.exemple.fr', :'hash', true,
       now() - interval '800 days', now() - interval '800 days'
FROM generate_series(1, 300000) n;
CREATE TEMP TABLE usagers AS
SELECT (regexp_replace(identifiant, '\D', '', 'g'))::int AS n, id, identifiant FROM compte WHERE type = 'USAGER';
CREATE UNIQUE INDEX ON usagers (n);
ANALYZE usagers;

INSERT INTO compte (id, type, identifiant, mot_de_passe, actif, nom, prenoms, commune_insee, cree_le)
SELECT gen_random_uuid(), 'ADMIN_COMMUNE', 'admin.' || code_insee || '@banc.exemple.fr', :'hash', true,
       'Administrateur', 'Commune', code_insee, now() - interval '760 days'
FROM communes_raccordees;
INSERT INTO compte (id, type, identifiant, mot_de_passe, actif, nom, prenoms, commune_insee, cree_le)
SELECT gen_random_uuid(), 'AGENT_COMMUNE', 'agent' || k || '.' || code_insee || '@banc.exemple.fr', :'hash', true,
       'Agent', 'N° ' || k, code_insee, now() - interval '700 days'
FROM communes_raccordees, generate_series(1, 2) k;
INSERT INTO compte (id, type, identifiant, mot_de_passe, actif, nom, prenoms, commune_insee, cree_le)
SELECT gen_random_uuid(), 'AGENT_COMMUNE', 'agent' || k || '.' || :'commune' || '@banc.exemple.fr', :'hash', true,
       'Agent', 'N° ' || k, :'commune', now() - interval '700 days'
FROM generate_series(3, 62) k;

INSERT INTO unite (id, type, nom, adresse, departement, active, cree_le)
SELECT gen_random_uuid(), CASE WHEN u % 2 = 0 THEN 'COMMISSARIAT' ELSE 'BRIGADE_GENDARMERIE' END,
       'Unité ' || u, u || ' rue de la République', lpad(((u % 95) + 1)::text, 2, '0'), true, now() - interval '800 days'
FROM generate_series(1, 1000) u;
INSERT INTO compte (id, type, identifiant, mot_de_passe, actif, nom, prenoms, unite_id, qualite, habilitation_fin,
                    cree_le)
SELECT gen_random_uuid(), 'OFFICIER', 'officier' || (row_number() OVER (ORDER BY u.nom, k)) || '.banc', :'hash', true,
       'Officier', 'N° ' || k, u.id, CASE WHEN k = 1 THEN 'OPJ' ELSE 'APJ' END, current_date + 365,
       now() - interval '800 days'
FROM unite u, generate_series(1, 2) k;

-- The two 300 KB pieces of the first 20 000 citizens (identity card, proof of address), stored once: contents are
-- addressed by their SHA-256, so every row points to the same two files.
INSERT INTO document (id, proprietaire_id, type, nom_original, type_contenu, taille, empreinte, origine, depose_le)
SELECT gen_random_uuid(), u.id, t.type, t.nom, 'application/pdf', :taille_piece, t.empreinte, 'USAGER',
       now() - interval '10 days'
FROM usagers u,
     (VALUES ('PIECE_IDENTITE', 'carte-identite.pdf', :'empreinte_identite'),
             ('JUSTIFICATIF_DOMICILE', 'justificatif-domicile.pdf', :'empreinte_justificatif')) AS t (type, nom, empreinte)
WHERE u.n <= 20000;

-- 1 000 000 télédossiers over two years: 20 000 in the benchmark commune, the rest spread over the other communes.
-- States by age: recent dossiers are being handled, old ones mostly closed. Elements are purged after 30 days
-- (as the nightly job does): only recent dossiers keep their data.
CREATE TEMP TABLE gen_dossiers AS
SELECT n,
       CASE WHEN n <= 20000 THEN :'commune' ELSE NULL END AS commune_fixe,
       now() - (random() * 730) * interval '1 day' AS depose_le,
       random() AS alea_etat,
       CASE WHEN random() < 0.7 THEN 'ILE' ELSE 'RCO' END AS procedure,
       (random() * 299999)::int + 1 AS usager_n,
       (random() * 99)::int AS nom_i,
       (random() * 39)::int AS prenom_i
FROM generate_series(1, 1000000) n;

INSERT INTO teledossier (id, numero, procedure, usager_id, courriel_usager, nom_usager, commune_insee, etat, depose_le,
                         conservation_depuis, donnees, elements_purges_le, cle_idempotence)
SELECT gen_random_uuid(), pg_temp.numero(g.n), g.procedure, u.id, u.identifiant, p.prenom || ' ' || nm.nom,
       coalesce(g.commune_fixe, c.code_insee),
       CASE
           WHEN g.depose_le > now() - interval '7 days' THEN
               CASE WHEN g.alea_etat < 0.55 THEN 'TRANSMIS' WHEN g.alea_etat < 0.8 THEN 'RECU'
                    WHEN g.alea_etat < 0.95 THEN 'EN_COURS' ELSE 'ATTENTE_ELEMENTS' END
           WHEN g.depose_le > now() - interval '60 days' THEN
               CASE WHEN g.alea_etat < 0.1 THEN 'TRANSMIS' WHEN g.alea_etat < 0.3 THEN 'RECU'
                    WHEN g.alea_etat < 0.55 THEN 'EN_COURS' WHEN g.alea_etat < 0.65 THEN 'ATTENTE_ELEMENTS'
                    WHEN g.alea_etat < 0.7 THEN 'NON_RECEVABLE' ELSE 'CLOS' END
           ELSE CASE WHEN g.alea_etat < 0.01 THEN 'EN_COURS' WHEN g.alea_etat < 0.05 THEN 'NON_RECEVABLE'
                     ELSE 'CLOS' END
       END,
       g.depose_le, g.depose_le,
       CASE WHEN g.depose_le > now() - interval '30 days' AND g.procedure = 'ILE' THEN jsonb_build_object(
           'listes', jsonb_build_array('GENERALE'), 'sexe', CASE WHEN g.prenom_i < 20 THEN 'F' ELSE 'M' END,
           'nomNaissance', nm.nom, 'nomUsage', NULL, 'prenoms', p.prenom, 'dateNaissance', '1990-07-14',
           'lieuNaissance', jsonb_build_object('codeInsee', '92050', 'codePostal', '92000', 'commune', 'Nanterre',
               'departement', '92', 'pays', 'FRA', 'paysLibelle', 'France'),
           'nationalite', 'FRA', 'nationaliteLibelle', 'Française',
           'adresse', jsonb_build_object('numeroVoie', '7', 'extension', NULL, 'typeVoie', 'rue', 'nomVoie', 'des Tilleuls',
               'complement', NULL, 'lieuDit', NULL, 'codePostal', '92000', 'localite', 'Nanterre', 'codeInsee', '92050'),
           'attache', 'DOMICILE', 'codeInseeInscription', coalesce(g.commune_fixe, c.code_insee),
           'communeInscription', 'Commune du banc', 'courriel', u.identifiant, 'telephone', NULL) END,
       CASE WHEN g.depose_le <= now() - interval '30 days' THEN g.depose_le + interval '30 days 3 hours' END,
       gen_random_uuid()
FROM gen_dossiers g
JOIN usagers u ON u.n = g.usager_n
JOIN noms nm ON nm.i = g.nom_i
JOIN prenoms p ON p.i = g.prenom_i
JOIN communes_raccordees c ON c.i = g.n % 999;
DROP TABLE gen_dossiers;

-- The history: the submission, then the current state when it is another one.
INSERT INTO teledossier_historique (teledossier_id, horodatage, type, etat, auteur)
SELECT id, depose_le, 'ETAT', 'TRANSMIS', 'usager' FROM teledossier;
INSERT INTO teledossier_historique (teledossier_id, horodatage, type, etat, auteur)
SELECT id, depose_le + interval '2 days', 'ETAT', etat, 'agent@banc.exemple.fr' FROM teledossier WHERE etat <> 'TRANSMIS';

-- The electoral list of the benchmark commune (60 000 electors), as the CSV import would have written it.
INSERT INTO electeur (commune_insee, nne, type_liste, nom_naissance, prenoms, sexe, date_naissance, lieu_naissance,
                      bureau_vote, cle_etat_civil)
SELECT :'commune', (100000000 + e)::text, 'GENERALE', upper(nm.nom), upper(p.prenom),
       CASE WHEN e % 40 < 20 THEN 'F' ELSE 'M' END, date '1950-01-01' + (e % 18000), 'NANTERRE',
       'Bureau ' || (e % 60 + 1),
       upper(nm.nom) || '|' || upper(p.prenom) || '|' || (date '1950-01-01' + (e % 18000))
FROM generate_series(1, 60000) e
JOIN noms nm ON nm.i = e % 100
JOIN prenoms p ON p.i = e % 40;
INSERT INTO import_liste (commune_insee, importe_le, importe_par, electeurs)
VALUES (:'commune', now() - interval '20 days', 'admin.' || :'commune' || '@banc.exemple.fr', 60000);

-- 500 000 procurations over two years, mostly established; the recent ones partly wait for an officer (with their
-- pending reference), the old unvalidated ones have expired.
CREATE TEMP TABLE gen_procurations AS
SELECT n, now() - (random() * 730) * interval '1 day' AS deposee_le, random() AS alea,
       (random() * 299999)::int + 1 AS usager_n, (random() * 99)::int AS nom_i, (random() * 39)::int AS prenom_i,
       (random() * 60000)::int + 1 AS mandataire
FROM generate_series(1, 500000) n;
INSERT INTO procuration (id, reference, usager_id, courriel_mandant, commune_insee, nne_mandant,
                         nom_naissance_mandant, prenoms_mandant, date_naissance_mandant, lieu_naissance_mandant,
                         cle_mandant, nne_mandataire, date_naissance_mandataire, cle_mandataire, portee, debut, fin,
                         etat, deposee_le, expire_le, piece_type, piece_numero, officier, etablie_le, decidee_le,
                         decidee_par)
SELECT gen_random_uuid(), pg_temp.reference(g.n), u.id, u.identifiant,
       CASE WHEN g.n <= 20000 THEN :'commune' ELSE c.code_insee END, NULL, nm.nom, p.prenom, date '1980-05-03',
       'Nanterre', upper(nm.nom) || '|' || upper(p.prenom) || '|1980-05-03', (100000000 + g.mandataire)::text,
       date '1950-01-01' + (g.mandataire % 18000), 'NNE:' || (100000000 + g.mandataire), 'UN_TOUR',
       (g.deposee_le + interval '20 days')::date, (g.deposee_le + interval '20 days')::date,
       e.etat, g.deposee_le, g.deposee_le + interval '60 days',
       CASE WHEN e.etablie THEN 'CNI' END, CASE WHEN e.etablie THEN 'X' || g.n END,
       CASE WHEN e.etablie THEN 'officier1.banc' END,
       CASE WHEN e.etablie THEN g.deposee_le + interval '3 days' END,
       CASE WHEN e.etat IN ('ACCEPTEE_COMMUNE', 'REFUSEE_COMMUNE') THEN g.deposee_le + interval '4 days' END,
       CASE WHEN e.etat IN ('ACCEPTEE_COMMUNE', 'REFUSEE_COMMUNE') THEN 'agent1@banc.exemple.fr' END
FROM gen_procurations g
JOIN usagers u ON u.n = g.usager_n
JOIN noms nm ON nm.i = g.nom_i
JOIN prenoms p ON p.i = g.prenom_i
JOIN communes_raccordees c ON c.i = g.n % 999
CROSS JOIN LATERAL (SELECT CASE
        WHEN g.deposee_le > now() - interval '60 days' AND g.alea < 0.4 THEN 'EN_ATTENTE_AUTORITE'
        WHEN g.deposee_le <= now() - interval '60 days' AND g.alea < 0.05 THEN 'EXPIREE'
        WHEN g.alea < 0.08 THEN 'REFUSEE_AUTORITE'
        WHEN g.alea < 0.1 THEN 'REFUSEE_COMMUNE'
        WHEN g.deposee_le > now() - interval '60 days' AND g.alea < 0.6 THEN 'VALIDEE_AUTORITE'
        ELSE 'ACCEPTEE_COMMUNE' END AS etat) s
CROSS JOIN LATERAL (SELECT s.etat, s.etat IN ('VALIDEE_AUTORITE', 'ACCEPTEE_COMMUNE', 'REFUSEE_COMMUNE') AS etablie) e;
DROP TABLE gen_procurations;
INSERT INTO reference_en_attente (reference, procuration_id, objet, expire_le)
SELECT reference, id, 'DEMANDE', expire_le FROM procuration WHERE etat = 'EN_ATTENTE_AUTORITE';
