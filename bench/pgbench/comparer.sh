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
. "$ICI/mode.sh"
BASE=${1:-demarches_bench}
DUREE=${2:-20}
CLIENTS=${3:-20}
printf '| script | avant (tx/s) | après (tx/s) | rapport |\n|---|---|---|---|\n'
for script in officier procuration ile liste; do
    debit() {
        # seq, sel: each client's counter and the run's salt, from which scripts draw their publications' ids.
        pgbench -h 127.0.0.1 -U demarches -n -M "$(mode_pgbench "$1")" -c "$CLIENTS" -j 2 -T "$DUREE" -D seq=0 -D "sel=$RANDOM$RANDOM" \
            -f "$1" "$BASE" 2>/dev/null \
            | sed -n 's/^tps = \([0-9.]*\).*/\1/p'
    }
    etat() { psql -h 127.0.0.1 -U demarches -d "$BASE" -XqAt -v ON_ERROR_STOP=1 -f "$1" > /dev/null; }
    etat "$ICI/avant/chaine-v115.sql"
    avant=$(debit "$ICI/avant/$script.sql")
    etat "$ICI/nettoyage.sql"
    etat "$ICI/chaine-v205.sql"
    "$ICI/chainage.sh" "$BASE" &
    CHAINAGE=$!
    apres=$(debit "$ICI/$script.sql")
    etat "$ICI/nettoyage.sql"
    kill "$CHAINAGE"
    wait "$CHAINAGE" 2>/dev/null || true
    if [[ $script == ile ]]; then
        etat "$ICI/nettoyage-ile.sql"
    fi
    printf '| %s | %s | %s | %s |\n' "$script" "$avant" "$apres" "$(python3 -c "print(f'{$apres / $avant:.2f}')")"
done
