#!/usr/bin/env bash
# Banc de charge de Démarches en ligne : une commande construit l'application, prépare la base et le jeu de
# données, mesure les démarrages, lance chaque scénario et ses plafonds (pgbench, point d'entrée trivial), puis
# écrit bench/results/<date>/report.md et les rapports HTML de Gatling. Voir bench/README.md.
set -euo pipefail

BANC=$(cd "$(dirname "$0")" && pwd)
. "$BANC/pgbench/mode.sh"
RACINE=$(dirname "$BANC")
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

BASE=${BANC_BASE:-demarches_bench}
PORT=${BANC_PORT:-18080}
SMTP=${BANC_SMTP:-12525}
DUREE=${BANC_DUREE:-30}                 # measured window of each scenario, in seconds
ECHAUFFEMENT=${BANC_ECHAUFFEMENT:-60}   # sign-ins, then the action unmeasured, before the window (the JIT compiles the path)
CONCURRENCE=${BANC_CONCURRENCE:-40}     # virtual users of the submission and officer scenarios
AGENTS=${BANC_AGENTS:-50}               # agents of the working-list scenario
TELECHARGEURS=${BANC_TELECHARGEURS:-8}  # agents downloading ZIPs at once
CLIENTS_PG=${BANC_CLIENTS_PG:-20}       # pgbench clients: the application's connection pool
COMMUNE=92050                           # Nanterre, the benchmark commune
MOT_DE_PASSE='Banc-de-charge-2026!'
PG_ADMIN=${BANC_PG_ADMIN:-postgres}
PSQL=(psql -h 127.0.0.1 -v ON_ERROR_STOP=1 -X -q)
URL=http://127.0.0.1:$PORT
GESTION=http://127.0.0.1:$((PORT + 1))  # management port: probes and metrics

JOUR=$(date +%Y-%m-%d)
RESULTATS=$BANC/results/$JOUR
TRAVAIL=$BANC/work
# BANC_DONNEES_EXISTANTES=1 keeps the database and the pieces of the previous run (to iterate on a scenario):
# no empty start-up, no generation.
REUTILISER=${BANC_DONNEES_EXISTANTES:-}
# BANC_SCENARIOS="liste liste-lecture" runs only the scenarios (and database ceilings) so named; all when empty.
SCENARIOS=${BANC_SCENARIOS:-}
rm -rf "$RESULTATS"
[[ -z "$REUTILISER" ]] && rm -rf "$TRAVAIL"
mkdir -p "$RESULTATS"/{gatling,fenetres,pgbench,journaux} "$TRAVAIL/documents"
ETAPES=$RESULTATS/etapes.properties
: > "$ETAPES"

journal() { echo "[banc $(date +%H:%M:%S)] $*"; }
noter() { echo "$1=$2" >> "$ETAPES"; }
maintenant_ms() { date +%s%3N; }

APP_PID=
PUITS_PID=
ECHANTILLONNEUR_PID=
arreter() {
    for pid in $ECHANTILLONNEUR_PID $APP_PID $PUITS_PID; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    APP_PID= PUITS_PID= ECHANTILLONNEUR_PID=
}
trap arreter EXIT

# ---- 1. Construction
if [[ -z "${BANC_SANS_CONSTRUCTION:-}" ]]; then
    journal "construction de l'application et du banc"
    (cd "$RACINE" && ./mvnw -B -ntp -q -DskipTests package)
fi
(cd "$BANC" && "$RACINE/mvnw" -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$TRAVAIL/classpath.txt")
JAR=$(ls "$RACINE"/target/demarches-en-ligne-*.jar | grep -v original | head -1)
CLASSPATH_BANC="$BANC/target/test-classes:$(cat "$TRAVAIL/classpath.txt")"

# ---- 2. Pieces (content-addressed by SHA-256, as the application stores them)
piece() { # piece NOM TAILLE -> writes the file once, stores it, prints its SHA-256
    local fichier=$TRAVAIL/$1 taille=$2
    if [[ ! -f "$fichier" ]]; then
        { printf '%%PDF-1.7\n%% piece du banc\n'; head -c $((taille - 40)) /dev/urandom; printf '\n%%%%EOF\n'; } > "$fichier"
    fi
    local empreinte
    empreinte=$(sha256sum "$fichier" | cut -d' ' -f1)
    mkdir -p "$TRAVAIL/documents/${empreinte:0:2}/${empreinte:2:2}"
    cp "$fichier" "$TRAVAIL/documents/${empreinte:0:2}/${empreinte:2:2}/$empreinte"
    echo "$empreinte"
}
TAILLE_PIECE=$((300 * 1024))
EMPREINTE_IDENTITE=$(piece carte-identite.pdf $TAILLE_PIECE)
EMPREINTE_JUSTIFICATIF=$(piece justificatif.pdf $TAILLE_PIECE)
EMPREINTE_1MO=$(piece piece-1mo.pdf $((1024 * 1024)))
EMPREINTE_10MO=$(piece piece-10mo.pdf $((10 * 1024 * 1024)))

journal "puits SMTP sur le port $SMTP"
"$JAVA" -cp "$CLASSPATH_BANC" fr.demarches.bench.PuitsSmtp "$SMTP" > "$RESULTATS/journaux/puits-smtp.log" 2>&1 &
PUITS_PID=$!

CLE=$(head -c 32 /dev/urandom | base64)
application() { # application JOURNAL JAR [options JVM...] -> becomes the application (run it in a subshell)
    local journal=$1 jar=$2; shift 2
    SPRING_PROFILES_ACTIVE=${PROFIL_BANC-bench} \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$BASE" \
    SERVER_PORT=$PORT MANAGEMENT_SERVER_PORT=$((PORT + 1)) SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP \
    APP_URL_PUBLIQUE=$URL APP_CHIFFREMENT_CLE=$CLE APP_DOCUMENTS_DOSSIER="$TRAVAIL/documents" \
    SERVER_SERVLET_SESSION_COOKIE_SECURE=false \
    APP_PROCURATIONS_RECHERCHES_PAR_OFFICIER=1000000 APP_PROCURATIONS_RECHERCHES_PAR_UNITE=1000000 \
        exec "$JAVA" -Xms1g -Xmx1g "$@" -jar "$jar" --app.securite.second-facteur=false \
        > "$RESULTATS/journaux/application-$journal.log" 2>&1
}
demarrer() { # demarrer NOM JAR [options JVM...] -> starts the application, waits until ready, notes the time
    local nom=$1
    local debut fin
    debut=$(maintenant_ms)
    application "$@" &
    APP_PID=$!
    until curl -fs "$GESTION/actuator/health/readiness" > /dev/null 2>&1; do
        if ! kill -0 $APP_PID 2>/dev/null; then
            journal "l'application s'est arrêtée : voir $RESULTATS/journaux/application-$nom.log"
            exit 1
        fi
        sleep 0.1
    done
    fin=$(maintenant_ms)
    noter "demarrage_$nom" $((fin - debut))
    journal "application prête ($nom) en $((fin - debut)) ms"
}
arreter_application() {
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

base_neuve() {
    "${PSQL[@]}" -U "$PG_ADMIN" -d postgres -c "DROP DATABASE IF EXISTS $BASE WITH (FORCE)" \
        -c "CREATE DATABASE $BASE OWNER demarches"
}

# ---- 4. The AOT cache of the JDK (class loading and linking recorded by a training run, JDK 24 or newer): the
# application extracted from its JAR (the cache needs plain JARs), one start up to the context's refresh.
# Made again whenever the JAR is newer than the cache, data kept or not: the scenarios run on the extracted JAR.
EXTRAIT=$TRAVAIL/application
AOT=$TRAVAIL/application.aot
if [[ -z "$REUTILISER" || ! -f "$AOT" || "$JAR" -nt "$AOT" ]] && "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
    journal "cache AOT : extraction et démarrage d'entraînement"
    rm -rf "$EXTRAIT" "$AOT"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$EXTRAIT" > /dev/null
    [[ -z "$REUTILISER" ]] && base_neuve
    (application entrainement-aot "$EXTRAIT/$(basename "$JAR")" -XX:AOTCacheOutput="$AOT" \
        -Dspring.context.exit=onRefresh) || true
fi
AOT_JAR=
[[ -f "$AOT" ]] && AOT_JAR="$EXTRAIT/$(basename "$JAR")"

# ---- 5. Start-up on an empty database (migrations + import of the 35 000 communes), then the data set
if [[ -z "$REUTILISER" ]]; then
journal "base $BASE neuve"
base_neuve
demarrer vide "$JAR"
arreter_application
if [[ -n "$AOT_JAR" ]]; then
    base_neuve
    demarrer vide_aot "$AOT_JAR" -XX:AOTCache="$AOT"
    arreter_application
fi
"${PSQL[@]}" -U "$PG_ADMIN" -d "$BASE" -c "CREATE EXTENSION IF NOT EXISTS pgcrypto"

journal "génération du jeu de données (SQL)"
HASH=$("${PSQL[@]}" -U demarches -d "$BASE" -tAc "SELECT '{bcrypt}' || crypt('$MOT_DE_PASSE', gen_salt('bf', 10))")
debut=$(maintenant_ms)
"${PSQL[@]}" -U demarches -d "$BASE" -v commune=$COMMUNE -v hash="$HASH" \
    -v empreinte_identite="$EMPREINTE_IDENTITE" -v empreinte_justificatif="$EMPREINTE_JUSTIFICATIF" \
    -v taille_piece=$TAILLE_PIECE -f "$BANC/sql/donnees.sql" > "$RESULTATS/journaux/donnees.log"
noter generation_donnees $(($(maintenant_ms) - debut))
debut=$(maintenant_ms)
"${PSQL[@]}" -U demarches -d "$BASE" -c "VACUUM ANALYZE"
noter vacuum_analyze $(($(maintenant_ms) - debut))
# The 1.3 GB just written, flushed now rather than by the checkpointer during the start-ups measured next.
debut=$(maintenant_ms)
"${PSQL[@]}" -U "$PG_ADMIN" -d "$BASE" -c "CHECKPOINT"
noter checkpoint $(($(maintenant_ms) - debut))
"${PSQL[@]}" -U demarches -d "$BASE" -tA -F= -c "SELECT 'lignes_' || relname, n_live_tup FROM pg_stat_user_tables
    WHERE relname IN ('commune', 'raccordement', 'compte', 'teledossier', 'teledossier_historique', 'procuration',
                      'electeur', 'document')" >> "$ETAPES"
"${PSQL[@]}" -U demarches -d "$BASE" -tA -F= -c "SELECT 'taille_base_mo', pg_database_size('$BASE') / 1048576" >> "$ETAPES"

fi

# ---- 6. Start-up with the full data set (the JAR alone, then with the AOT cache: the scenarios run on the latter);
# the scenarios are profiled (JFR, started once ready so that the start-up time is not charged with it)
demarrer plein "$JAR"
if [[ -n "$AOT_JAR" ]]; then
    arreter_application
    # The layout production runs (docs/exploitation.md), ordinary mode, no AOT cache: classes read from plain JARs
    # instead of through the nested-JAR URL handler.
    demarrer plein_extrait "$AOT_JAR"
    arreter_application
    # Production's start without the JDK's cache: Spring's AOT mode, bean definitions generated by the build. No
    # profile: the bench profile's endpoints are not among them (the start refuses it), and the start-up needs none.
    PROFIL_BANC= demarrer plein_spring_aot "$AOT_JAR" -Dspring.aot.enabled=true
    arreter_application
    demarrer plein_aot "$AOT_JAR" -XX:AOTCache="$AOT"
fi
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
"$JCMD" "$APP_PID" JFR.start name=banc settings=profile > /dev/null

journal "préparation des scénarios"
"${PSQL[@]}" -U demarches -d "$BASE" -v commune=$COMMUNE -v empreinte_1mo="$EMPREINTE_1MO" \
    -v empreinte_10mo="$EMPREINTE_10MO" -v taille_1mo=$((1024 * 1024)) -v taille_10mo=$((10 * 1024 * 1024)) \
    -f "$BANC/sql/scenarios.sql" > "$RESULTATS/journaux/scenarios.log"
exporter() { "${PSQL[@]}" -U demarches -d "$BASE" -c "\\copy ($2) TO '$TRAVAIL/$1' WITH (FORMAT csv, HEADER)"; }
exporter references.csv "SELECT reference FROM banc_references ORDER BY i"
exporter dossiers-zip-1.csv "SELECT numero FROM banc_zip WHERE mo = 1 ORDER BY i"
exporter dossiers-zip-10.csv "SELECT numero FROM banc_zip WHERE mo = 10 ORDER BY i"
exporter usagers-ile.csv "SELECT c.identifiant, i.id AS \"pieceIdentite\", j.id AS \"pieceAttache\"
    FROM compte c JOIN document i ON i.proprietaire_id = c.id AND i.type = 'PIECE_IDENTITE'
    JOIN document j ON j.proprietaire_id = c.id AND j.type = 'JUSTIFICATIF_DOMICILE'
    WHERE c.identifiant ~ '^usager[0-9]+@' ORDER BY (substring(c.identifiant FROM '[0-9]+'))::int LIMIT 1000"

python3 "$BANC/echantillonneur.py" "$APP_PID" "$BASE" "$RESULTATS/cpu.csv" &
ECHANTILLONNEUR_PID=$!

voulu() { [[ -z "$SCENARIOS" || " $SCENARIOS " == *" $1 "* ]]; }
# What a step leaves the application to do once it ends, waited for so that the next window does not pay for it; the
# backlog and the time taken are noted, so that a part that falls behind shows in the report:
#   - the publications of its events not yet processed (its mails, mostly: sent by 8 threads, which get a small share
#     of the machine while requests keep it busy), five minutes at most; the wait's start is noted too, so that
#     rapport.py can charge the machine time they took afterwards to the window that left them (sustained throughput);
#   - the journal entries left unchained (docs/performance.md, sixteenth machine), two minutes at most.
# Failed publications are left out (a mail the sink refused would be waited for at every step); "?" if psql fails.
en_attente_de_publication() { "${PSQL[@]}" -U demarches -d "$BASE" -At -c "SELECT count(*) FROM event_publication
    WHERE completion_date IS NULL AND status IS DISTINCT FROM 'FAILED'" || echo "?"; }
en_attente_de_chainage() { "${PSQL[@]}" -U demarches -d "$BASE" -At -c "SELECT count(*) FROM journal_audit WHERE rang IS NULL" || echo "?"; }
attendre_zero() { # attendre_zero QUOI NOM MAX_MS COMMANDE
    local quoi=$1 nom=$2 max=$3 commande=$4
    local debut attente initiale
    debut=$(maintenant_ms)
    initiale=$($commande)
    attente=$initiale
    while [[ "$attente" != 0 && $(($(maintenant_ms) - debut)) -lt $max ]]; do
        sleep 0.2
        attente=$($commande)
    done
    noter "${quoi}_${nom}_debut" "$debut"
    noter "${quoi}_${nom}_en_attente" "$initiale"
    noter "${quoi}_${nom}_ms" $(($(maintenant_ms) - debut))
    noter "${quoi}_${nom}_restantes" "$attente"
}
rattraper() { # rattraper NOM
    attendre_zero publications "$1" 300000 en_attente_de_publication
    attendre_zero chainage "$1" 120000 en_attente_de_chainage
}
# The same count about every second for the whole run (every 2-4 s when psql itself waits for the busy machine), timed
# when the count returns: rapport.py interpolates it at each window's start and end.
(echo "t,en_attente"
 while kill -0 "$APP_PID" 2>/dev/null; do n=$(en_attente_de_publication); echo "$(maintenant_ms),$n"; sleep 1; done) \
    > "$RESULTATS/publications.csv" 2>/dev/null &
gatling() { # gatling NOM CLASSE UTILISATEURS [options -D...]
    local nom=$1 classe=$2 utilisateurs=$3; shift 3
    voulu "$nom" || return 0
    journal "scénario $nom ($utilisateurs utilisateurs, ${DUREE} s mesurées)"
    local avant
    avant=$(ls "$RESULTATS/gatling")
    "$JAVA" -Xms512m -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
        -cp "$CLASSPATH_BANC" -Dbanc.url=$URL -Dbanc.duree=$DUREE \
        -Dbanc.echauffement=$ECHAUFFEMENT -Dbanc.concurrence=$utilisateurs -Dbanc.commune=$COMMUNE \
        -Dbanc.mot-de-passe="$MOT_DE_PASSE" -Dbanc.donnees="$TRAVAIL" \
        -Dbanc.sortie="$RESULTATS/fenetres/$nom.properties" "$@" \
        io.gatling.app.Gatling -s "fr.demarches.bench.$classe" -rf "$RESULTATS/gatling" \
        > "$RESULTATS/journaux/gatling-$nom.log" 2>&1 || journal "Gatling signale des erreurs pour $nom (voir le rapport)"
    local nouveau
    nouveau=$(comm -13 <(echo "$avant") <(ls "$RESULTATS/gatling") | head -1)
    [[ -n "$nouveau" ]] && mv "$RESULTATS/gatling/$nouveau" "$RESULTATS/gatling/$nom"
    # The ZIP steps wait for it themselves, once their heap sampling has stopped.
    [[ -n "${SANS_RATTRAPAGE:-}" ]] || rattraper "$nom"
}

plafond_pg() { # plafond_pg NOM SCRIPT -> the same SQL as the scenario's transaction, under pgbench
    local nom=$1 script=$2
    voulu "$nom" || return 0
    journal "plafond de la base : pgbench $script ($CLIENTS_PG clients, ${DUREE} s)"
    # seq, sel: each client's counter and the run's salt, from which scripts draw their publications' ids.
    pgbench -h 127.0.0.1 -U demarches -n -M "$(mode_pgbench "$script")" -r -c "$CLIENTS_PG" -j 2 -T "$DUREE" -D seq=0 -D "sel=$nom-$RANDOM$RANDOM" \
        -f "$BANC/pgbench/$script" "$BASE" > "$RESULTATS/pgbench/$nom.txt" 2>&1 || true
    psql -h 127.0.0.1 -U demarches -d "$BASE" -XqAt -f "$BANC/pgbench/nettoyage.sql" > /dev/null
    rattraper "plafond-$nom"
}

# ---- 7. Scenarios, each with its ceilings in the same run
gatling plafond-ping PingSimulation "$CONCURRENCE"
gatling ile IleSimulation "$CONCURRENCE"
plafond_pg ile ile.sql
"${PSQL[@]}" -U demarches -d "$BASE" -f "$BANC/pgbench/nettoyage-ile.sql" > /dev/null
gatling procuration ProcurationSimulation "$CONCURRENCE"
plafond_pg procuration procuration.sql
gatling officier OfficierSimulation "$CONCURRENCE"
plafond_pg officier officier.sql
gatling plafond-ping-agents PingSimulation "$AGENTS"
gatling liste ListeSimulation "$AGENTS"
plafond_pg liste liste.sql
# The same 50 agents reading each page for 5 s, as agents at work do: the time an agent waits.
gatling liste-lecture ListeSimulation "$AGENTS" -Dbanc.pause=5
TAILLE_ZIP=$((3 * 1024 * 1024 + 60 * 1024))
gatling plafond-octets PingSimulation "$TELECHARGEURS" -Dbanc.octets=$TAILLE_ZIP
# The same download with 1 MB then 10 MB pieces, the heap sampled meanwhile: it must not grow with the pieces.
for mo in 1 10; do
    voulu "zip-${mo}mo" || continue
    jstat -gc "$APP_PID" 500 > "$RESULTATS/tas-zip-${mo}mo.txt" &
    JSTAT=$!
    SANS_RATTRAPAGE=1 gatling "zip-${mo}mo" ZipSimulation "$TELECHARGEURS" -Dbanc.mo=$mo
    kill $JSTAT 2>/dev/null || true
    rattraper "zip-${mo}mo"
done
plafond_pg zip zip.sql

"$JCMD" "$APP_PID" JFR.dump name=banc filename="$RESULTATS/profil.jfr" > /dev/null || true
arreter_application
kill "$ECHANTILLONNEUR_PID" 2>/dev/null || true
if [[ -f "$RESULTATS/profil.jfr" ]]; then
    "${JAVA_HOME:+$JAVA_HOME/bin/}jfr" view --width 160 hot-methods "$RESULTATS/profil.jfr" > "$RESULTATS/profil-methodes.txt" 2>&1 || true
fi
python3 "$BANC/rapport.py" "$RESULTATS"
journal "rapport : $RESULTATS/report.md"
