#!/usr/bin/env bash
# Scénarios de panne (issue 19), rejoués en boucle locale : panne SMTP, kill -9 pendant des téléversements, panne
# de la base, deux instances sur une base, SIGTERM pendant des téléversements. Chaque scénario compte ce qui a été
# envoyé, ce qui a été confirmé à l'usager (ok), refusé (échec), perdu (confirmé mais absent ensuite) et doublé.
# Borné : quelques utilisateurs, un nombre fixe de requêtes chacun, des délais partout ; 127.0.0.1 seulement.
# Résultat : bench/pannes/resultats/rapport.md. Voir docs/exploitation.md#pannes.
set -euo pipefail

PANNES=$(cd "$(dirname "$0")" && pwd)
RACINE=$(cd "$PANNES/../.." && pwd)
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
BASE=${PANNES_BASE:-demarches_pannes}
PORT=${PANNES_PORT:-18180}
PORT2=$((PORT + 1))
SMTP=${PANNES_SMTP:-12526}
UTILISATEURS=${PANNES_UTILISATEURS:-4}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -X -q)
RESULTATS=$PANNES/resultats
TRAVAIL=$RESULTATS/travail
RAPPORT=$RESULTATS/rapport.md
CLE=$(head -c 32 /dev/urandom | base64)
MOT_DE_PASSE='Pannes-du-banc-2026!'

rm -rf "$RESULTATS"
mkdir -p "$TRAVAIL/documents"
journal() { echo "[pannes $(date +%H:%M:%S)] $*"; }
maintenant() { date +%s.%N; }

declare -A APP=()
PUITS=
base_ouverte() { "${PSQL[@]}" -d postgres -c "ALTER DATABASE $BASE ALLOW_CONNECTIONS true" 2>/dev/null || true; }
nettoyer() {
    base_ouverte
    for pid in "${APP[@]}" $PUITS; do
        kill -9 "$pid" 2>/dev/null || true
    done
}
trap nettoyer EXIT

if [[ -z "${PANNES_SANS_CONSTRUCTION:-}" ]]; then
    journal "construction du JAR"
    (cd "$RACINE" && ./mvnw -q -B -ntp -DskipTests package)
fi
JAR=$(ls "$RACINE"/target/demarches-en-ligne-*.jar | grep -v original | head -1)

journal "base $BASE neuve"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $BASE WITH (FORCE)" -c "CREATE DATABASE $BASE OWNER demarches"
"${PSQL[@]}" -d "$BASE" -c "CREATE EXTENSION IF NOT EXISTS pgcrypto"

demarrer() { # demarrer NOM PORT [VAR=valeur...] -> the application on its port, ready (readiness UP)
    local nom=$1 port=$2; shift 2
    env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$BASE" SERVER_PORT="$port" \
        MANAGEMENT_SERVER_PORT=$((port + 100)) \
        SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP APP_URL_PUBLIQUE="http://127.0.0.1:$port" \
        APP_CHIFFREMENT_CLE="$CLE" APP_DOCUMENTS_DOSSIER="$TRAVAIL/documents" SERVER_SERVLET_SESSION_COOKIE_SECURE=false \
        APP_COURRIEL_RELANCE_APRES=5s "$@" \
        "$JAVA" -Xms256m -Xmx512m -XX:TieredStopAtLevel=1 -jar "$JAR" >> "$RESULTATS/application-$nom.log" 2>&1 &
    APP[$nom]=$!
    local limite=$((SECONDS + 240))
    until curl -fs "http://127.0.0.1:$((port + 100))/actuator/health/readiness" > /dev/null 2>&1; do
        if ! kill -0 "${APP[$nom]}" 2>/dev/null || ((SECONDS > limite)); then
            journal "l'application $nom ne démarre pas : voir $RESULTATS/application-$nom.log"
            exit 1
        fi
        sleep 0.5
    done
    journal "application $nom prête sur le port $port"
}
arreter() { # arreter NOM [SIGNAL]
    local pid=${APP[$1]}
    kill -"${2:-TERM}" "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    unset "APP[$1]"
}
puits() { # puits on|off
    if [[ $1 == on ]]; then
        "$JAVA" "$PANNES/PuitsCourriels.java" "$SMTP" "$RESULTATS/courriels.txt" >> "$RESULTATS/puits.log" 2>&1 &
        PUITS=$!
        until (exec 3<>"/dev/tcp/127.0.0.1/$SMTP") 2>/dev/null; do sleep 0.2; done
    else
        kill "$PUITS" && wait "$PUITS" 2>/dev/null || true
        PUITS=
    fi
}
charge() { # charge PORT MODE REQUETES PREFIXE [PAUSE_MS] -> in the background, CSV in $RESULTATS/PREFIXE.csv
    "$JAVA" "$PANNES/Charge.java" "http://127.0.0.1:$1" "$2" "$UTILISATEURS" "$3" "$RESULTATS/$4.csv" 180 "$4" "${5:-0}" &
    CHARGE=$!
}
comptes() { # comptes PREFIXE -> citizens PREFIXE1..N@pannes.exemple.fr, confirmed (cheap bcrypt: sign-in is not measured)
    "${PSQL[@]}" -d "$BASE" -c "INSERT INTO compte (id, type, identifiant, mot_de_passe, actif, courriel_confirme_le, cree_le)
        SELECT gen_random_uuid(), 'USAGER', '$1' || n || '@pannes.exemple.fr',
               '{bcrypt}' || crypt('$MOT_DE_PASSE', gen_salt('bf', 4)), true, now(), now()
        FROM generate_series(1, $UTILISATEURS) n"
}
attendre_lignes() { # attendre_lignes FICHIER MOTIF N -> until N lines match (the load is under way), 120 s at most
    local limite=$((SECONDS + 120))
    local n=0
    until ((n >= $3)) || ((SECONDS > limite)); do
        sleep 0.2
        n=$(grep -c "$2" "$1" 2>/dev/null) || true
        n=${n:-0}
    done
}
releve_documents() { # releve_documents PREFIXE -> names in base, rows without journal entry, temporary files left
    "${PSQL[@]}" -d "$BASE" -tAc "SELECT nom_original FROM document WHERE nom_original LIKE '$1-%'" > "$RESULTATS/$1-base.txt"
    SANS_JOURNAL=$("${PSQL[@]}" -d "$BASE" -tAc "SELECT count(*) FROM document d WHERE nom_original LIKE '$1-%'
        AND NOT EXISTS (SELECT 1 FROM journal_audit j WHERE j.action = 'DOCUMENT_AJOUTE' AND j.objet_id = d.id::text)")
    TEMPORAIRES=$(find "$TRAVAIL/documents" -name '.ecriture-*' | wc -l)
}

{
    echo "# Scénarios de panne — $(date '+%Y-%m-%d %H:%M')"
    echo
    echo "Machine : $(nproc) cœurs, charge moyenne au départ $(cut -d' ' -f1 /proc/loadavg) ; $UTILISATEURS utilisateurs par scénario."
    echo
    echo "| scénario | envoyées | ok | échecs | perdues | doublées | remarques |"
    echo "|---|---|---|---|---|---|---|"
} > "$RAPPORT"

# ---- 1. SMTP outage: sign-ups while the SMTP server is down for 15 s; the mails are due once it is back
journal "1. panne SMTP"
puits on
demarrer a $PORT
charge $PORT inscription 15 smtp 300
attendre_lignes "$RESULTATS/smtp.csv" ';inscription;' 8
puits off
journal "   serveur SMTP arrêté"
sleep 15
puits on
RETOUR=$(date +%s%3N)
journal "   serveur SMTP rétabli"
wait "$CHARGE" || true
limite=$((SECONDS + 90))
attendus=$(grep -c ';inscription;200;' "$RESULTATS/smtp.csv" || true)
until (( $(grep -c ';smtp-' "$RESULTATS/courriels.txt" || true) >= attendus )) || ((SECONDS > limite)); do sleep 1; done
sleep 5 # a late duplicate would show up now
python3 "$PANNES/bilan.py" courriels "Panne SMTP de 15 s pendant des inscriptions" "$RESULTATS/smtp.csv" \
    "$RESULTATS/courriels.txt" smtp "$RETOUR" >> "$RAPPORT"

# ---- 2. kill -9 under upload load, then restart
journal "2. kill -9 pendant des téléversements"
comptes k9
charge $PORT televersement 40 k9 100
attendre_lignes "$RESULTATS/k9.csv" ';televersement;' 30
arreter a KILL
journal "   kill -9"
demarrer a $PORT
wait "$CHARGE" || true
releve_documents k9
python3 "$PANNES/bilan.py" televersements "kill -9 pendant des téléversements, redémarrage" "$RESULTATS/k9.csv" \
    "$RESULTATS/k9-base.txt" "$SANS_JOURNAL" "$TEMPORAIRES" >> "$RAPPORT"

# ---- 3. Database outage of 20 s under load (pages and uploads), probes every second
journal "3. panne de la base"
comptes bd
charge $PORT televersement 50 bd 250
(
    fin=$((SECONDS + 75))
    while ((SECONDS < fin)); do
        pret=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$((PORT + 100))/actuator/health/readiness" || true)
        vivant=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$((PORT + 100))/actuator/health/liveness" || true)
        echo "$(date +%s%3N);$pret;$vivant"
        sleep 1
    done
) > "$RESULTATS/sondes.txt" &
SONDES=$!
attendre_lignes "$RESULTATS/bd.csv" ';televersement;' 20
"${PSQL[@]}" -d postgres -c "ALTER DATABASE $BASE ALLOW_CONNECTIONS false" \
    -c "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$BASE'" > /dev/null
journal "   base fermée"
sleep 20
base_ouverte
journal "   base rouverte"
wait "$CHARGE" || true
wait "$SONDES" || true
releve_documents bd
python3 "$PANNES/bilan.py" panne_base "Base injoignable 20 s pendant pages et téléversements" "$RESULTATS/bd.csv" \
    "$RESULTATS/bd-base.txt" "$SANS_JOURNAL" "$TEMPORAIRES" "$RESULTATS/sondes.txt" >> "$RAPPORT"
arreter a

# ---- 4. Two instances on one database, every job every 10 s
journal "4. deux instances sur une base, tâches toutes les 10 s"
RAPIDE=(APP_BROUILLONS_PURGE_CRON='*/10 * * * * *' APP_TELEDOSSIERS_PURGE_CRON='*/10 * * * * *'
    APP_COMPTES_PURGE_CRON='*/10 * * * * *' APP_PROCURATIONS_EXPIRATION_CRON='*/10 * * * * *'
    APP_DOCUMENTS_BALAYAGE='*/10 * * * * *' APP_COURRIEL_RELANCE_APRES=10s APP_ECHANGES_SFTP_PERIODE_ENVOI=10s
    APP_ECHANGES_SFTP_PERIODE_RELEVE=10s LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK=DEBUG)
: > "$RESULTATS/application-deux-a.log"
: > "$RESULTATS/application-deux-b.log"
demarrer deux-a $PORT "${RAPIDE[@]}"
demarrer deux-b $PORT2 "${RAPIDE[@]}"
debut=$(maintenant)
sleep 75
fin=$(maintenant)
arreter deux-a
arreter deux-b
python3 "$PANNES/bilan.py" taches "Deux instances, une base, tâches toutes les 10 s pendant 75 s" 10 "$debut" "$fin" \
    "$RESULTATS/application-deux-a.log" "$RESULTATS/application-deux-b.log" >> "$RAPPORT"
"${PSQL[@]}" -d "$BASE" -tAc "SELECT name || ' : ' || locked_by FROM shedlock ORDER BY name" > "$RESULTATS/verrous.txt"

# ---- 5. SIGTERM under upload load (graceful shutdown), then restart
journal "5. SIGTERM pendant des téléversements"
comptes term
demarrer a $PORT
charge $PORT televersement 40 term 100
attendre_lignes "$RESULTATS/term.csv" ';televersement;' 30
arreter a TERM
journal "   SIGTERM traité"
demarrer a $PORT
wait "$CHARGE" || true
releve_documents term
python3 "$PANNES/bilan.py" televersements "SIGTERM pendant des téléversements, redémarrage" "$RESULTATS/term.csv" \
    "$RESULTATS/term-base.txt" "$SANS_JOURNAL" "$TEMPORAIRES" >> "$RAPPORT"
arreter a
puits off

{
    echo
    echo "Verrous des tâches (\`locked_by\`) après le scénario 4 :"
    echo
    sed 's/^/    /' "$RESULTATS/verrous.txt"
} >> "$RAPPORT"
journal "rapport : $RAPPORT"
cat "$RAPPORT"
