#!/usr/bin/env bash
# What the application's job chainage-journal-audit does (V205): a batch of 1 000 while the previous one was full,
# then a second's pause. comparer.sh runs it beside the "after" scripts, so that their ceiling pays the chaining.
#   bench/pgbench/chainage.sh [base]
BASE=${1:-demarches_bench}
while true; do
    n=1000
    while [[ "$n" == 1000 ]]; do
        n=$(psql -h 127.0.0.1 -U demarches -d "$BASE" -XAtqc "SELECT journal_audit_chainer_en_attente(1000)")
    done
    sleep 1
done
