#!/usr/bin/env python3
"""Counts of one fault scenario (bench/pannes/pannes.sh): what users were told against what the database and the
mail sink hold. Prints one Markdown table row: scenario | sent | ok | failed | lost | duplicated | notes."""
import csv
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime


def lignes(chemin, quoi):
    with open(chemin, encoding="utf-8") as f:
        return [l for l in csv.reader(f, delimiter=";") if len(l) >= 7 and l[3] == quoi]


def mots(chemin):
    with open(chemin, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip()]


def ligne(nom, envoyees, ok, echecs, perdues, doublons, notes):
    print(f"| {nom} | {envoyees} | {ok} | {echecs} | {perdues} | {doublons} | {notes} |")


def courriels(nom, charge, puits, prefixe, retour):
    """Sign-ups: each answer 200 owes one confirmation mail; retour: when the SMTP server came back (ms)."""
    inscriptions = lignes(charge, "inscription")
    ok = {l[6] for l in inscriptions if l[4] == "200"}
    recus = [m.split(";") for m in mots(puits)]
    recus = [r for r in recus if len(r) >= 3 and r[1].startswith(prefixe + "-")]
    par_destinataire = Counter(r[1] for r in recus)
    perdus = len(ok - set(par_destinataire))
    doublons = sum(n - 1 for n in par_destinataire.values() if n > 1)
    meme_id = sum(1 for d, n in par_destinataire.items() if n > 1
                  and len({r[2] for r in recus if r[1] == d}) < n)
    retour = int(retour)
    reponses = {l[6]: int(l[0]) for l in inscriptions if l[4] == "200"}
    relances = sum(1 for r in recus if int(r[0]) > retour and reponses.get(r[1], retour) < retour)
    ligne(nom, len(inscriptions), len(ok), len(inscriptions) - len(ok), perdus, doublons,
          f"{len(recus)} courriels reçus, dont {relances} partis après le retour du serveur (relance) ; "
          f"doublons portant le même Message-ID : {meme_id}")


def televersements(nom, charge, en_base, sans_journal, temporaires, extra=""):
    """Uploads: each answer 302 (back to the list) owes one row (by file name); a row of a failed one is no loss."""
    envois = lignes(charge, "televersement")
    ok = {l[6] for l in envois if l[4] == "302"}
    noms = Counter(mots(en_base))
    perdus = len(ok - set(noms))
    doublons = sum(n - 1 for n in noms.values() if n > 1)
    incertains = len({l[6] for l in envois if l[4] != "302"} & set(noms))
    pages = lignes(charge, "page") + lignes(charge, "connexion")
    notes = (f"{len(pages)} pages ({sum(1 for l in pages if l[4] == '200')} en 200) ; "
             f"échecs enregistrés quand même : {incertains} ; lignes sans entrée DOCUMENT_AJOUTE : {sans_journal} ; "
             f"fichiers temporaires restés : {temporaires}")
    ligne(nom, len(envois), len(ok), len(envois) - len(ok), perdus, doublons, notes + extra)


def panne_base(nom, charge, en_base, sans_journal, temporaires, sondes):
    """Uploads during a database outage, plus the pages' 503 and the probes (time;readiness;liveness)."""
    pages = lignes(charge, "page") + lignes(charge, "connexion") + lignes(charge, "televersement")
    francaises = [l for l in pages if l[6] == "page-503-francaise"]
    autres = Counter(l[4] for l in pages if l[4] not in ("200", "302") and l[6] != "page-503-francaise")
    lente = max((int(l[5]) for l in pages if l[4] not in ("200", "302")), default=0)
    releves = [s.split(";") for s in mots(sondes)]
    bas = [r for r in releves if r[1] != "200"]
    vivacite = sum(1 for r in releves if r[2] != "200")
    retour = "-"
    if bas:
        apres = [int(r[0]) for r in releves if r[1] == "200" and int(r[0]) > int(bas[-1][0])]
        retour = f"{(apres[0] - int(bas[-1][0])) / 1000:.0f} s après la dernière sonde DOWN" if apres else "jamais"
    extra = (f" ; pages 503 en français : {len(francaises)} (la plus lente des réponses en échec : {lente} ms) ; "
             f"autres échecs : {dict(autres) or 0} ; readiness DOWN : {len(bas)} sondes sur {len(releves)}, "
             f"UP de nouveau {retour} ; liveness hors 200 : {vivacite}")
    televersements(nom, charge, en_base, sans_journal, temporaires, extra)


def taches(nom, periode, debut, fin, *journaux):
    """Scheduled jobs on two instances: the executions ShedLock logs, per job and per cron tick."""
    motif = re.compile(r"^(\S+)\s.*Locked '([^']+)'")
    par_tick = defaultdict(Counter)
    par_instance = Counter()
    for i, journal in enumerate(journaux):
        with open(journal, encoding="utf-8", errors="replace") as f:
            for l in f:
                m = motif.match(l)
                if m:
                    t = datetime.fromisoformat(m.group(1).replace("Z", "+00:00")).timestamp()
                    par_tick[m.group(2)][int(t // periode)] += 1
                    par_instance[i] += 1
    cron = ["purge-brouillons", "purge-elements-teledossiers", "purge-comptes-non-confirmes",
            "expiration-procurations", "balayage-contenus"]
    ticks = range(int(debut // periode) + 1, int(fin // periode))
    attendues = len(cron) * len(ticks)
    une = sum(1 for t in cron for k in ticks if par_tick[t][k] == 1)
    manquees = sum(1 for t in cron for k in ticks if par_tick[t][k] == 0)
    doubles = sum(par_tick[t][k] - 1 for t in cron for k in ticks if par_tick[t][k] > 1)
    fixes = {t: sum(par_tick[t][k] for k in ticks) for t in ("relance-notifications", "envoi-sftp", "releve-flux-retour")}
    ligne(nom, attendues, une, 0, manquees, doubles,
          f"{len(ticks)} ticks de {periode:.0f} s × {len(cron)} tâches cron ; exécutions par instance : "
          f"{[par_instance[i] for i in range(len(journaux))]} ; tâches à délai fixe ({periode:.0f} s) sur la même "
          f"fenêtre : {fixes}")


if __name__ == "__main__":
    quoi, args = sys.argv[1], sys.argv[2:]
    if quoi == "taches":
        taches(args[0], float(args[1]), float(args[2]), float(args[3]), *args[4:])
    else:
        {"courriels": courriels, "televersements": televersements, "panne_base": panne_base}[quoi](*args)
