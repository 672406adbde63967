#!/usr/bin/env bash
# Plafonds de la base, avant et après (docs/performance.md, « Ce que paie chaque requête ») : les mêmes scénarios en
# SQL, les anciens (avant/*.sql) et les nouveaux (*.sql), tour à tour sur la même base du banc, dans la même
# exécution. La base doit déjà porter le jeu de données et la préparation des scénarios (bench/run.sh, ou
# BANC_DONNEES_EXISTANTES=1 après une exécution). « Avant », le journal d'audit est chaîné à chaque validation
# (avant/chaine-v115.sql) ; « après », hors de la validation (chaine-v205.sql), la tâche de chaînage tournant à côté
# (chainage.sh). La base est laissée dans l'état « après », celui des migrations.
#   bench/pgbench/comparer.sh [base] [secondes] [clients]
set -euo pipefail
ICI=$(cd "$(dirname "$0")" && pwd)
BASE=${1:-demarches_bench}
DUREE=${2:-20}
CLIENTS=${3:-20}
printf '| script | avant (tx/s) | après (tx/s) | rapport |\n|---|---|---|---|\n'
for script in officier procuration ile liste; do
    debit() {
        # seq, sel: each client's counter and the run's salt, from which scripts draw their publications' ids.
        # Prepared mode: the application's driver prepares what it repeats, PostgreSQL plans it once; not the list,
        # whose search the application plans with its values each time (ListeTeledossiers: prepareThreshold 0).
        local mode=prepared
        [[ "$script" == liste ]] && mode=simple
        pgbench -h 127.0.0.1 -U demarches -n -M "$mode" -c "$CLIENTS" -j 2 -T "$DUREE" -D seq=0 -D "sel=$RANDOM$RANDOM" \
            -f "$1" "$BASE" 2>/dev/null \
            | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
    }
    etat() { psql -h 127.0.0.1 -U demarches -d "$BASE" -XqAt -v ON_ERROR_STOP=1 -f "$1" > /dev/null; }
    etat "$ICI/avant/chaine-v115.sql"
    avant=$(debit "$ICI/avant/$script.sql")
    etat "$ICI/chaine-v205.sql"
    "$ICI/chainage.sh" "$BASE" &
    CHAINAGE=$!
    apres=$(debit "$ICI/$script.sql")
    etat "$ICI/nettoyage.sql"
    kill "$CHAINAGE"
    wait "$CHAINAGE" 2>/dev/null || true
    printf '| %s | %s | %s | %s |\n' "$script" "$avant" "$apres" "$(python3 -c "print(f'{$apres / $avant:.2f}')")"
done
