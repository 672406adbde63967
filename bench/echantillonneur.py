#!/usr/bin/env python3
"""Samples, every second, the CPU time used so far (in clock ticks) by the application, by PostgreSQL's backends
of the benchmark database, by Gatling, and by the whole machine. rapport.py turns two samples into a CPU split.

Usage: echantillonneur.py APP_PID BASE FICHIER_CSV   (stops when the application's process ends)
"""
import os
import sys
import time


def ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            champs = f.read().rsplit(")", 1)[1].split()
        return int(champs[11]) + int(champs[12])  # utime + stime
    except (OSError, IndexError, ValueError):
        return 0


def ligne_de_commande(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def machine():
    with open("/proc/stat") as f:
        valeurs = [int(v) for v in f.readline().split()[1:]]
    return sum(valeurs) - valeurs[3] - valeurs[4]  # all but idle and iowait


def main():
    app, base, chemin = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    marque_pg = f" {base} "
    # Processes that ended keep their last count, so that a sum never goes down.
    vus = {}
    with open(chemin, "w") as sortie:
        sortie.write("t,app,postgres,gatling,machine\n")
        while os.path.exists(f"/proc/{app}"):
            pg = gatling = 0
            for nom in os.listdir("/proc"):
                if not nom.isdigit():
                    continue
                commande = ligne_de_commande(nom)
                if commande.startswith("postgres: ") and marque_pg in commande:
                    vus[("pg", nom)] = ticks(nom)
                elif "io.gatling.app.Gatling" in commande:
                    vus[("gatling", nom)] = ticks(nom)
            for (genre, _), valeur in vus.items():
                if genre == "pg":
                    pg += valeur
                else:
                    gatling += valeur
            sortie.write(f"{int(time.time() * 1000)},{ticks(app)},{pg},{gatling},{machine()}\n")
            sortie.flush()
            time.sleep(1)


if __name__ == "__main__":
    main()
