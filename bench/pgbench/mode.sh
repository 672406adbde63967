# The pgbench protocol of a ceiling script, sourced by run.sh and comparer.sh. Prepared, as the application (its
# driver prepares what it repeats; PostgreSQL plans it once), but for the list, whose search the application plans
# with its values each time (ListeTeledossiers: prepareThreshold 0): a generic plan would be twice slower.
#   mode_pgbench liste.sql -> simple
mode_pgbench() {
    [[ "$(basename "$1" .sql)" == liste ]] && echo simple || echo prepared
}
