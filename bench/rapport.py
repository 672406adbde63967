#!/usr/bin/env python3
"""Writes report.md from one run of bench/run.sh: Gatling's statistics (read from its HTML report), the measured
windows, pgbench's output, the CPU samples and the heap samples. Usage: rapport.py RESULTS_FOLDER"""
import csv
import html
import os
import re
import sys

DOSSIER = sys.argv[1]


def proprietes(chemin):
    valeurs = {}
    if os.path.exists(chemin):
        with open(chemin, encoding="utf-8") as f:
            for ligne in f:
                if "=" in ligne:
                    cle, valeur = ligne.rstrip("\n").split("=", 1)
                    valeurs[cle] = valeur
    return valeurs


def statistiques(nom):
    """Per request (and group) name: count, ok, ko, p50, p75, p95, p99, max, mean — from Gatling's index.html."""
    chemin = os.path.join(DOSSIER, "gatling", nom, "index.html")
    if not os.path.exists(chemin):
        return {}
    with open(chemin, encoding="utf-8") as f:
        page = f.read()
    resultat = {}
    for ligne in re.findall(r"<tr id=\"[^\"]+\"[^>]*>(.*?)</tr>", page, re.S):
        libelle = re.search(r'class="ellipsed-name">(.*?)</span>', ligne, re.S)
        colonnes = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)</td>', ligne))
        if not libelle or not colonnes:
            continue

        def nombre(i):
            try:
                return float(colonnes.get(str(i), "nan").replace(",", ""))
            except ValueError:
                return float("nan")

        resultat[html.unescape(libelle.group(1)).strip()] = {
            "total": nombre(2), "ok": nombre(3), "ko": nombre(4), "p50": nombre(8), "p75": nombre(9),
            "p95": nombre(10), "p99": nombre(11), "max": nombre(12), "moyenne": nombre(13)}
    return resultat


def pgbench(nom):
    chemin = os.path.join(DOSSIER, "pgbench", nom + ".txt")
    if not os.path.exists(chemin):
        return None
    with open(chemin, encoding="utf-8") as f:
        texte = f.read()
    tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", texte)
    latence = re.search(r"latency average = ([\d.]+) ms", texte)
    echecs = re.search(r"number of failed transactions: (\d+)", texte)
    if not tps:
        return {"erreur": texte.strip().splitlines()[-1] if texte.strip() else "pas de sortie"}
    return {"tps": float(tps.group(1)), "latence": float(latence.group(1)) if latence else None,
            "echecs": int(echecs.group(1)) if echecs else 0}


def echantillons():
    chemin = os.path.join(DOSSIER, "cpu.csv")
    if not os.path.exists(chemin):
        return []
    with open(chemin) as f:
        return [{k: int(v) for k, v in ligne.items()} for ligne in csv.DictReader(f)]


ECHANTILLONS = echantillons()


def publications():
    """(epoch ms, publications not yet processed) about every second of the run (run.sh)."""
    chemin = os.path.join(DOSSIER, "publications.csv")
    if not os.path.exists(chemin):
        return []
    with open(chemin) as f:
        return [(int(l["t"]), int(l["en_attente"])) for l in csv.DictReader(f) if l.get("en_attente", "").isdigit()]


PUBLICATIONS = publications()


def en_attente_a(t):
    """Publications not yet processed at t, interpolated between the samples around it."""
    for (t0, n0), (t1, n1) in zip(PUBLICATIONS, PUBLICATIONS[1:]):
        if t0 <= t <= t1:
            return n0 + (n1 - n0) * (t - t0) / (t1 - t0) if t1 > t0 else n1
    return None


TICKS = os.sysconf("SC_CLK_TCK")
COEURS = os.cpu_count() or 2


def repartition_cpu(debut, fin):
    """CPU used during [debut, fin] (epoch ms), in % of the machine's cores: app / PostgreSQL / Gatling / others."""
    dans = [e for e in ECHANTILLONS if debut <= e["t"] <= fin]
    if len(dans) < 2:
        return None
    a, b = dans[0], dans[-1]
    secondes = (b["t"] - a["t"]) / 1000
    if secondes <= 0:
        return None

    def pct(cle):
        return 100 * (b[cle] - a[cle]) / TICKS / secondes / COEURS

    app, pg, gatling, machine = pct("app"), pct("postgres"), pct("gatling"), pct("machine")
    return app, pg, gatling, max(0.0, machine - app - pg - gatling)


def tas(mo):
    """Max heap used and max old generation used (MB) from jstat -gc samples."""
    chemin = os.path.join(DOSSIER, f"tas-zip-{mo}mo.txt")
    if not os.path.exists(chemin):
        return None
    lignes = [l.split() for l in open(chemin) if l.strip()]
    if len(lignes) < 2:
        return None
    entete = lignes[0]
    mesures = [dict(zip(entete, l)) for l in lignes[1:] if l[0] != entete[0]]
    try:
        utilise = [sum(float(m[c]) for c in ("S0U", "S1U", "EU", "OU")) / 1024 for m in mesures]
        ancienne = [float(m["OU"]) / 1024 for m in mesures]
    except (KeyError, ValueError):
        return None
    return max(utilise), max(ancienne), ancienne[0], ancienne[-1]


def fmt(valeur, decimales=0):
    if valeur is None or valeur != valeur:
        return "—"
    return f"{valeur:,.{decimales}f}".replace(",", " ")


def ratio(valeur, plafond):
    if not valeur or not plafond:
        return "—"
    return f"{valeur / plafond:.2f}"


ETAPES = proprietes(os.path.join(DOSSIER, "etapes.properties"))
lignes = []
notes = []


def scenario(titre, objectif, nom, requete, plafond_pg_nom, plafond_cadre_nom, debit_min=None, p95_max=None,
             par_iteration=1, optionnel=False):
    fenetre = proprietes(os.path.join(DOSSIER, "fenetres", nom + ".properties"))
    stats = statistiques(nom).get(requete)
    if optionnel and not fenetre:
        return None
    if not fenetre or not stats:
        lignes.append(f"| {titre} | {objectif} | non mesuré | | | | | | | | | | |")
        return None
    duree = float(fenetre["duree"])
    debit = stats["total"] / duree / par_iteration
    cadre = plafond_cadre(plafond_cadre_nom)
    base = pgbench(plafond_pg_nom) if plafond_pg_nom else None
    cpu = repartition_cpu(int(fenetre["debut"]), int(fenetre["fin"]))
    erreurs = int(stats["ko"])
    # The sustained throughput, when it is known, is the one held to the objective.
    tenu = soutenu(titre, nom, fenetre, debit, base, cadre, cpu)
    tenu = debit if tenu is None else tenu
    atteint = (debit_min is None or tenu >= debit_min) and (p95_max is None or stats["p95"] < p95_max) and erreurs == 0
    lignes.append("| " + " | ".join([
        titre, objectif, f"{fmt(debit, 1)}/s", fmt(stats["p50"]), fmt(stats["p95"]), fmt(stats["p99"]), str(erreurs),
        (f"{fmt(base['tps'])} tx/s" if base and "tps" in base else "—"),
        ratio(debit, base["tps"]) if base and "tps" in base else "—",
        (f"{fmt(cadre)} req/s" if cadre else "—"), ratio(debit, cadre),
        ("{:.0f} / {:.0f} / {:.0f} / {:.0f}".format(*cpu) if cpu else "—"),
        "atteint" if atteint else "**manqué**"]) + " |")
    return debit


soutenus = []
deja_soutenus = set()


def soutenu(titre, nom, fenetre, debit, base, cadre, cpu_fenetre):
    """The window's throughput once the time taken afterwards by the publications it left is added to it.

    Those publications (mails, mostly) are the growth of the backlog during the window, P(fin) - P(début). run.sh
    waited until the backlog found when Gatling stopped was processed; the CPU the application and PostgreSQL used
    meanwhile (cpu.csv) gives what one publication costs them. The window's growth, at that cost, is turned into
    seconds at the share of the machine they had during the window, and added to it. The SMTP sink and the other
    processes are left out: in production the relay is elsewhere. None when it cannot be told.
    """
    debut_attente = ETAPES.get(f"publications_{nom}_debut")
    if nom in deja_soutenus or debut_attente is None or not PUBLICATIONS or not cpu_fenetre:
        return None
    deja_soutenus.add(nom)
    duree = float(fenetre["duree"])
    p0, p1 = en_attente_a(int(fenetre["debut"])), en_attente_a(int(fenetre["fin"]))
    trouvees = int(ETAPES[f"publications_{nom}_en_attente"])
    ms = int(ETAPES[f"publications_{nom}_ms"])
    restantes = int(ETAPES.get(f"publications_{nom}_restantes", 0))
    if p0 is None or p1 is None:
        return None
    cpu_vidage = repartition_cpu(int(debut_attente), int(debut_attente) + ms) if ms else None
    part_fenetre = (cpu_fenetre[0] + cpu_fenetre[1]) / 100
    part_vidage = (cpu_vidage[0] + cpu_vidage[1]) / 100 if cpu_vidage else None
    valeur = apres = None
    if p1 <= p0:
        apres = 0.0
    elif trouvees and part_vidage and not restantes:
        apres = (p1 - p0) / trouvees * ms / 1000 * part_vidage / part_fenetre
    if apres is not None:
        valeur = debit * duree / (duree + apres)
    soutenus.append("| " + " | ".join([
        titre, f"{fmt(p0)} → {fmt(p1)}", fmt(trouvees),
        f"{ms / 1000:.1f} s" + (f" (**{fmt(restantes)}** restantes)" if restantes else ""),
        f"{100 * part_vidage:.0f} %" if part_vidage else "—", f"{100 * part_fenetre:.0f} %",
        f"{apres:.1f} s" if apres is not None else "—", f"{fmt(debit, 1)}/s",
        f"**{fmt(valeur, 1)}/s**" if valeur is not None else "—",
        ratio(valeur, base["tps"]) if base and "tps" in base else "—", ratio(valeur, cadre)]) + " |")
    return valeur


def plafond_cadre(nom):
    fenetre = proprietes(os.path.join(DOSSIER, "fenetres", nom + ".properties"))
    stats = statistiques(nom)
    requete = next((r for r in stats if r.startswith("plafond")), None)
    if not fenetre or not requete:
        return None
    return stats[requete]["total"] / float(fenetre["duree"])


def zip_ligne(nom, mo, titre):
    fenetre = proprietes(os.path.join(DOSSIER, "fenetres", nom + ".properties"))
    stats = statistiques(nom).get("ZIP : téléchargement")
    if not fenetre or not stats:
        lignes.append(f"| {titre} | ≥ 100 Mo/s | non mesuré | | | | | | | | | | |")
        return
    duree = float(fenetre["duree"])
    mo_s = int(fenetre.get("octets", 0)) / 1e6 / duree
    cadre_fenetre = proprietes(os.path.join(DOSSIER, "fenetres", "plafond-octets.properties"))
    cadre_stats = statistiques("plafond-octets").get("plafond : octets")
    cadre = None
    if cadre_fenetre and cadre_stats:
        cadre = cadre_stats["total"] * int(cadre_fenetre.get("octets_par_reponse", 0)) / 1e6 / float(cadre_fenetre["duree"])
    base = pgbench("zip")
    debit = stats["total"] / duree
    cpu = repartition_cpu(int(fenetre["debut"]), int(fenetre["fin"]))
    erreurs = int(stats["ko"])
    lignes.append("| " + " | ".join([
        titre, "≥ 100 Mo/s", f"{fmt(mo_s, 1)} Mo/s ({fmt(debit, 1)} ZIP/s)", fmt(stats["p50"]), fmt(stats["p95"]),
        fmt(stats["p99"]), str(erreurs),
        (f"{fmt(base['tps'])} tx/s" if base and "tps" in base else "—"),
        ratio(debit, base["tps"]) if base and "tps" in base else "—",
        (f"{fmt(cadre, 1)} Mo/s" if cadre else "—"), ratio(mo_s, cadre),
        ("{:.0f} / {:.0f} / {:.0f} / {:.0f}".format(*cpu) if cpu else "—"),
        "atteint" if mo_s >= 100 and erreurs == 0 else "**manqué**"]) + " |")


scenario("Usager : envoi d'une demande ILE (2 pièces de 300 Ko)", "≥ 300/s, p95 < 150 ms", "ile", "ILE : envoi",
         "ile", "plafond-ping", 300, 150)
scenario("Usager : dépôt d'une procuration", "≥ 500/s, p95 < 100 ms", "procuration", "procuration : dépôt",
         "procuration", "plafond-ping", 500, 100)
# A scenario rerun on its own brings its own framework ceiling, measured next to it.
scenario("Officier : recherche de la référence et validation", "≥ 800/s, p95 < 50 ms", "officier",
         "officier : recherche et validation", "officier",
         "plafond-ping-officier" if os.path.exists(os.path.join(DOSSIER, "fenetres", "plafond-ping-officier.properties"))
         else "plafond-ping", 800, 50)
scenario("Agent : liste de travail triée, page 1", "p95 < 100 ms à 50 agents", "liste", "liste : page 1 triée",
         "liste", "plafond-ping-agents", None, 100)
scenario("Agent : recherche par nom", "p95 < 100 ms à 50 agents", "liste", "liste : recherche par nom",
         "liste", "plafond-ping-agents", None, 100)
scenario("Agent : liste de travail triée, page 1 (5 s de lecture par page)", "p95 < 100 ms à 50 agents",
         "liste-lecture", "liste : page 1 triée", "liste", "plafond-ping-agents", None, 100, optionnel=True)
scenario("Agent : recherche par nom (5 s de lecture par page)", "p95 < 100 ms à 50 agents", "liste-lecture",
         "liste : recherche par nom", "liste", "plafond-ping-agents", None, 100, optionnel=True)
zip_ligne("zip-1mo", 1, "Agent : ZIP du dossier, 3 pièces de 1 Mo")
zip_ligne("zip-10mo", 10, "Agent : ZIP du dossier, 3 pièces de 10 Mo")

demarrages = []
for cle, titre in (("demarrage_vide", "À vide (base neuve : migrations et import des 35 000 communes), JAR seul"),
                   ("demarrage_vide_aot", "À vide, avec le cache AOT du JDK"),
                   ("demarrage_plein", "Avec le jeu de données complet, JAR seul"),
                   ("demarrage_plein_extrait", "Avec le jeu de données complet, JAR extrait, mode ordinaire, sans cache AOT"),
                   ("demarrage_plein_spring_aot", "Avec le jeu de données complet, JAR extrait, mode AOT de Spring, sans cache AOT du JDK"),
                   ("demarrage_plein_aot", "Avec le jeu de données complet, avec le cache AOT du JDK")):
    if cle in ETAPES:
        ms = int(ETAPES[cle])
        demarrages.append(f"| {titre} | < 10 s | {ms / 1000:.1f} s | {'atteint' if ms < 10000 else '**manqué**'} |")

# What each step left to the application (run.sh, rattraper), in the order of the run.
rattrapage_lignes = []
for cle in (k for k in ETAPES if k.startswith("chainage_") and k.endswith("_en_attente")):
    etape = cle[len("chainage_"):-len("_en_attente")]
    cellules = []
    for quoi in ("publications", "chainage"):
        if f"{quoi}_{etape}_en_attente" not in ETAPES:
            cellules += ["—", "—", "—"]
            continue
        restantes = int(ETAPES.get(f"{quoi}_{etape}_restantes", 0))
        cellules += [fmt(int(ETAPES[f"{quoi}_{etape}_en_attente"])),
                     f"{int(ETAPES.get(f'{quoi}_{etape}_ms', 0)) / 1000:.1f} s",
                     f"**{fmt(restantes)}**" if restantes else "0"]
    rattrapage_lignes.append(f"| {etape} | " + " | ".join(cellules) + " |")

tas_lignes = []
for mo in (1, 10):
    t = tas(mo)
    if t:
        tas_lignes.append(f"| pièces de {mo} Mo | {t[0]:.0f} Mo | {t[1]:.0f} Mo | {t[2]:.0f} → {t[3]:.0f} Mo |")

with open(os.path.join(DOSSIER, "report.md"), "w", encoding="utf-8") as f:
    f.write(f"# Banc de charge du {os.path.basename(DOSSIER)}\n\n")
    f.write("Application, PostgreSQL et Gatling sur la même machine (2 cœurs), partagée avec d'autres travaux : les "
            "valeurs absolues varient d'une exécution à l'autre, les **ratios aux plafonds mesurés dans la même "
            "exécution** sont les chiffres à comparer.\n\n")
    f.write("Débit = actions mesurées ÷ fenêtre de mesure. Temps en ms (p50 / p95 / p99). Plafond base : pgbench "
            "exécutant le même SQL que la transaction du scénario, avec autant de clients que le pool de "
            "l'application. Plafond cadre : point d'entrée trivial de la même application (`/bench/ping`, ou "
            "`/bench/octets` pour le ZIP), même outil, même nombre d'utilisateurs. CPU : % des 2 cœurs pendant la "
            "fenêtre, application / PostgreSQL (base du banc) / Gatling / autres processus de la machine.\n\n")
    f.write("| scénario | objectif | débit | p50 | p95 | p99 | erreurs | plafond base | ratio base | plafond cadre | "
            "ratio cadre | CPU app / PG / Gatling / autres | objectif |\n")
    f.write("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    f.write("\n".join(lignes) + "\n\n")
    f.write("## Démarrage (jusqu'à la sonde « readiness »)\n\n| démarrage | objectif | mesuré | objectif |\n|---|---|---|---|\n")
    f.write("\n".join(demarrages) + "\n\n")
    if tas_lignes:
        f.write("## Tas pendant les téléchargements ZIP (jstat, -Xmx1g)\n\n"
                "| pièces | tas utilisé max | ancienne génération max | ancienne génération début → fin |\n"
                "|---|---|---|---|\n" + "\n".join(tas_lignes) + "\n\n")
    if soutenus:
        f.write("## Débit soutenu : les publications laissées par la fenêtre\n\n"
                "Les événements d'une action (ses courriels surtout) sont traités après la requête, par 8 fils qui "
                "n'ont qu'une petite part de la machine tant que les requêtes l'occupent : pendant la fenêtre, leur "
                "file peut grandir, et le travail qu'elle laisse se fait après. Publications en attente au début et "
                "à la fin de la fenêtre (`publications.csv`, interpolé), trouvées à l'arrêt de Gatling, le temps de "
                "les traiter une fois la charge arrêtée, et la part de la machine prise par l'application et "
                "PostgreSQL pendant ce temps et pendant la fenêtre. La croissance de la file pendant la fenêtre, au "
                "coût d'une publication pendant le vidage, est convertie en secondes à la part de la fenêtre et "
                "ajoutée à celle-ci : débit soutenu = actions de la fenêtre ÷ (fenêtre + ce temps). Le puits SMTP et "
                "les autres processus n'y sont pas comptés. C'est ce débit que la colonne « objectif » du premier "
                "tableau juge.\n\n"
                "| scénario | en attente : début → fin de fenêtre | à l'arrêt | traitées en | app + PG pendant le "
                "vidage | app + PG pendant la fenêtre | temps ajouté | débit de la fenêtre | débit soutenu | "
                "ratio base | ratio cadre |\n"
                "|---|---|---|---|---|---|---|---|---|---|---|\n" + "\n".join(soutenus) + "\n\n")
    if rattrapage_lignes:
        f.write("## Ce que chaque étape laisse à l'application\n\n"
                "Publications d'événements non traitées (courriels) et entrées du journal d'audit non chaînées à la "
                "fin de l'étape, et le temps que l'application a mis à les traiter avant l'étape suivante (cinq "
                "minutes au plus pour les publications, deux pour le chaînage ; au-delà, les restantes pèsent sur "
                "la suite).\n\n"
                "| étape | publications en attente | traitées en | restantes | journal en attente | chaîné en | "
                "restantes |\n|---|---|---|---|---|---|---|\n"
                + "\n".join(rattrapage_lignes) + "\n\n")
    f.write("## Jeu de données\n\n")
    if "generation_donnees" in ETAPES:
        f.write(f"- génération SQL : {int(ETAPES['generation_donnees']) / 1000:.0f} s, puis VACUUM ANALYZE : "
                f"{int(ETAPES.get('vacuum_analyze', 0)) / 1000:.0f} s, CHECKPOINT : "
                f"{int(ETAPES.get('checkpoint', 0)) / 1000:.0f} s ; base : {ETAPES.get('taille_base_mo', '?')} Mo\n")
    for cle in sorted(k for k in ETAPES if k.startswith("lignes_")):
        f.write(f"- `{cle[7:]}` : {int(ETAPES[cle]):,} lignes\n".replace(",", " "))
    f.write("\n## Fichiers\n\n- rapports HTML de Gatling : `gatling/<scénario>/index.html`\n"
            "- sorties de pgbench : `pgbench/`, échantillons CPU : `cpu.csv`, publications en attente : "
            "`publications.csv`, tas : `tas-zip-*.txt`\n"
            "- profil JFR des scénarios : `profil.jfr` (méthodes les plus chaudes : `profil-methodes.txt`)\n"
            "- journaux de l'application, de Gatling et du puits SMTP : `journaux/`\n")
print(open(os.path.join(DOSSIER, "report.md"), encoding="utf-8").read())
