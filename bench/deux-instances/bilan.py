#!/usr/bin/env python3
"""Tally of the two-instance scenario (bench/deux-instances/deux-instances.sh): what the users were told against
what the database, the bucket and the mail sink hold afterwards. Prints the report in Markdown (French).

Usage: bilan.py RESULTS_DIR USERS KILL_REMOVAL_MS "ROLLING|ROLLING" """
import csv
import json
import os
import sys
from collections import Counter
from datetime import datetime

RESULTATS, USAGERS, RETRAIT_K9, ROULEMENT = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
ETAPES_HORS_REQUETE = {"confirme", "non-confirme", "abandon"}


def chemin(nom):
    return os.path.join(RESULTATS, nom)


def lignes(nom):
    try:
        with open(chemin(nom), encoding="utf-8") as f:
            return [l.rstrip("\n") for l in f if l.strip()]
    except FileNotFoundError:
        return []


def charge(prefixe):
    with open(chemin(prefixe + ".csv"), encoding="utf-8") as f:
        return [l for l in csv.reader(f, delimiter=";") if len(l) >= 7]


DOSSIERS = [l.split(";", 1) for l in lignes("teledossiers.txt")]
COURRIELS = [l.split(";") for l in lignes("courriels.txt")]
COURRIELS = [c for c in COURRIELS if len(c) >= 3]


def phase(prefixe, titre):
    requetes = [l for l in charge(prefixe) if l[3] not in ETAPES_HORS_REQUETE]
    echecs = [l for l in requetes if int(l[4]) < 0 or int(l[4]) >= 400]
    confirmes = {}
    for l in charge(prefixe):
        if l[3] == "confirme":
            numero, marque = l[6].split(" ", 1)
            confirmes[marque] = numero
    non_confirmes = sum(1 for l in charge(prefixe) if l[3] in ("non-confirme", "abandon"))
    en_base = [(n, m) for n, m in DOSSIERS if m.startswith(prefixe + "-")]
    par_marque = Counter(m for _, m in en_base)
    numeros = {m: n for n, m in en_base}
    perdus = sum(1 for m, n in confirmes.items() if numeros.get(m) != n)
    doubles = sum(c - 1 for c in par_marque.values() if c > 1)
    fantomes = sum(1 for m in par_marque if m not in confirmes)
    accuses = [c for c in COURRIELS if c[1].startswith(prefixe + "-")]
    distincts = len({c[2] for c in accuses})
    debut = min(int(l[0]) for l in charge(prefixe))
    fin = max(int(l[0]) for l in charge(prefixe))
    pires = sorted(int(l[5]) for l in requetes if int(l[4]) >= 0)
    p99 = pires[int(len(pires) * 0.99) - 1] if pires else 0
    detail = Counter(f"{l[3]} {l[4]}" for l in echecs)
    return {
        "titre": titre, "requetes": len(requetes), "echecs": len(echecs), "detail": detail,
        "confirmes": len(confirmes), "non_confirmes": non_confirmes, "en_base": len(en_base), "perdus": perdus,
        "doubles": doubles, "fantomes": fantomes, "accuses_recus": len(accuses), "accuses_distincts": distincts,
        "duree": (fin - debut) / 1000, "p99": p99,
    }


def orphelins(objets, empreintes):
    o, e = set(lignes(objets)), set(lignes(empreintes))
    return len(o), len(o - e), len(e - o)


def json_b():
    total = json_ok = avec_id = 0
    ids = set()
    with open(chemin("application-b.log"), encoding="utf-8", errors="replace") as f:
        for ligne in f:
            if not ligne.startswith("{"):
                continue
            total += 1
            try:
                evenement = json.loads(ligne)
            except ValueError:
                continue
            json_ok += 1
            if evenement.get("requestId"):
                avec_id += 1
                ids.add(evenement["requestId"])
    return total, json_ok, avec_id, ids


def metrique(fichier, nom):
    for l in lignes(fichier):
        if l.startswith(nom + " "):
            return float(l.split(" ")[1])
    return None


k9 = phase("k9", "2. SIGKILL de A pendant des dépôts")
rr = phase("rr", "3. Redémarrage roulant (SIGTERM) pendant des dépôts")
avis = [c for c in COURRIELS if c[1].startswith("elections@")]
tous_dossiers = len(DOSSIERS)
croise = lignes("croise.txt")
n_obj_avant, orph_obj_avant, orph_lignes_avant = orphelins("objets-avant-balayage.txt", "empreintes-avant-balayage.txt")
n_obj, orph_obj, orph_lignes = orphelins("objets.txt", "empreintes.txt")
total_json, json_ok, avec_id, ids_json = json_b()
connexions = [l[6].split(" ")[0] for p in ("k9", "rr") for l in charge(p) if l[3] == "connexion" and l[4] == "302"]
journal_ids = set(lignes("id-requetes-journal.txt"))
connexions_journal = sum(1 for i in connexions if i in journal_ids)
ids_requetes = {l[6].split(" ")[0] for p in ("k9", "rr") for l in charge(p)
                if l[3] not in ETAPES_HORS_REQUETE and int(l[4]) > 0}
ids_vus_b = len(ids_requetes & ids_json)

print(f"# Deux instances derrière HAProxy — {datetime.now():%Y-%m-%d %H:%M}")
print()
print(f"Machine : {os.cpu_count()} cœurs, charge moyenne {open('/proc/loadavg').read().split()[0]} à la fin ; "
      f"{USAGERS} usagers par phase, chacun enchaînant des demandes ILE complètes (connexion, 4 étapes, pièces avec "
      f"2 téléversements de 40 Ko, récapitulatif, envoi) à travers HAProxy, sans affinité de session.")
print()
print("## 1. Dépôt par une instance, téléchargement par l'autre")
print()
for l in croise:
    print(f"- {l}")
print()
print("## Dépôts en charge")
print()
print("| phase | durée | requêtes envoyées | en échec | dépôts confirmés | en base | perdus | doublés | "
      "sans confirmation mais en base | accusés de réception reçus (Message-ID distincts) | p99 |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for p in (k9, rr):
    print(f"| {p['titre']} | {p['duree']:.0f} s | {p['requetes']} | {p['echecs']} | {p['confirmes']} | {p['en_base']} | "
          f"{p['perdus']} | {p['doubles']} | {p['fantomes']} | {p['accuses_recus']} ({p['accuses_distincts']}) | "
          f"{p['p99']} ms |")
print()
for p in (k9, rr):
    if p["echecs"]:
        print(f"Échecs vus par les usagers en phase « {p['titre']} » : "
              + ", ".join(f"{k} × {v}" for k, v in sorted(p["detail"].items())) + ".")
        print()
print(f"- SIGKILL de A : HAProxy l'a retirée en {RETRAIT_K9} ms (sonde de disponibilité sur le port de gestion, "
      "toutes les secondes, 2 échecs).")
for r in ROULEMENT.split("|"):
    if r:
        print(f"- Redémarrage roulant, {r} (SIGTERM : disponibilité à DOWN, requêtes en cours terminées).")
print(f"- Avis à la boîte de la mairie : {len(avis)} reçus, {len({c[2] for c in avis})} Message-ID distincts, pour "
      f"{tous_dossiers} dossiers en base.")
print(f"- Publications relancées (laissées en cours par A à sa mort, tenues pour abandonnées puis relancées) : "
      f"{''.join(lignes('publications-relancees.txt'))} ; courriels encore dus à la fin (publications "
      f"inachevées) : {''.join(lignes('publications-en-cours.txt'))}.")
print()
print("## Stockage et orphelins")
print()
print(f"- Juste après la charge : {n_obj_avant} objets dans le compartiment, {orph_obj_avant} sans ligne "
      f"(`document`, `document_fige`), {orph_lignes_avant} lignes sans objet.")
print(f"- Après un balayage (contenus sans ligne depuis plus de 45 s) : {n_obj} objets, {orph_obj} sans ligne, "
      f"{orph_lignes} lignes sans objet ; pièces de dossier sans copie figée : "
      f"{''.join(lignes('pieces-sans-copie.txt'))} ; fichiers temporaires restant sur les instances : "
      f"{''.join(lignes('temporaires.txt'))}.")
print()
print("## Observabilité")
print()
print(f"- `/actuator/prometheus` à travers HAProxy (port public) : HTTP {''.join(lignes('prometheus-public.txt'))}.")
DEPOSES_ILE = 'demarches_teledossiers_deposes_total{procedure="ILE"}'
for nom in ("a", "b"):
    deposes = metrique(f"metriques-{nom}.txt", DEPOSES_ILE)
    en_attente = metrique(f"metriques-{nom}.txt", "demarches_courriels_en_attente")
    print(f"- Instance {nom}, port de gestion : `{DEPOSES_ILE}` = {deposes} (depuis son dernier démarrage), "
          f"`demarches_courriels_en_attente` = {en_attente}.")
print(f"- Connexions réussies à travers HAProxy : {len(connexions)} ; {connexions_journal} entrées "
      "`CONNEXION_REUSSIE` du journal d'audit portent l'identifiant `X-Request-Id` posé par HAProxy et renvoyé à "
      "l'usager.")
print(f"- Journaux JSON de l'instance b (`LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs`) : {total_json} lignes JSON, "
      f"{json_ok} valides, {avec_id} avec `requestId` ; {ids_vus_b} identifiants de requêtes de la charge s'y "
      "retrouvent.")
