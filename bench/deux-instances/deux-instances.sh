#!/usr/bin/env bash
# Deux instances derrière HAProxy (issue 16, §3), sur la boucle locale seulement : un S3Proxy (stockage objet), deux
# instances du JAR sur une base et un compartiment, HAProxy qui les sonde sur leur disponibilité (port de gestion),
# un puits SMTP qui note chaque courriel. Puis :
#   1. un usager dépose par A, l'agent télécharge par B ; la session ouverte sur A sert sur B ;
#   2. des dépôts ILE en charge à travers HAProxy, A tuée par SIGKILL au milieu : HAProxy la retire ; ni dossier
#      perdu ni doublé, ni objet ni ligne orphelins ; A redémarre et revient ;
#   3. des dépôts en charge pendant un redémarrage roulant (SIGTERM, une instance à la fois, la disponibilité
#      passant à DOWN d'abord) : aucune requête en échec.
# Borné : quelques usagers, un nombre fixe de dépôts chacun, des délais partout, une durée maximale ; il s'arrête
# seul et arrête tout ce qu'il a lancé. Résultat : bench/deux-instances/resultats/rapport.md.
# Voir docs/exploitation.md, « Deux instances derrière HAProxy ».
set -euo pipefail

ICI=$(cd "$(dirname "$0")" && pwd)
RACINE=$(cd "$ICI/../.." && pwd)
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
BASE=${DI_BASE:-demarches_deux_instances}
PREMIER=${DI_PORT:-18280}
export DI_PORT_A=$PREMIER DI_PORT_B=$((PREMIER + 1))
export DI_GESTION_A=$((PREMIER + 100)) DI_GESTION_B=$((PREMIER + 101))
export DI_PORT_LB=$((PREMIER + 10)) DI_PORT_STATS=$((PREMIER + 11))
PORT_S3=$((PREMIER + 12))
PORT_SMTP=$((PREMIER + 13))
# The demo profile starts a local identity provider in each instance (FournisseurIdentiteDemo): one port each, not
# the demo's 9191 for both (the second instance would not start).
PORT_FC_A=$((PREMIER + 14)) PORT_FC_B=$((PREMIER + 15))
USAGERS=${DI_USAGERS:-4}
DUREE_MAX=${DI_DUREE_MAX:-2400}
LB=http://127.0.0.1:$DI_PORT_LB
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -X -q)
RESULTATS=$ICI/resultats
export DI_TRAVAIL=$RESULTATS/travail
RAPPORT=$RESULTATS/rapport.md
MOT_DE_PASSE='Deux-instances-2026!'
S3_CLE=deux-instances
S3_SECRET=secret-deux-instances
COMPARTIMENT=demarches-documents

rm -rf "$RESULTATS"
mkdir -p "$DI_TRAVAIL/s3/$COMPARTIMENT"
journal() { echo "[deux-instances $(date +%H:%M:%S)] $*" | tee -a "$RESULTATS/deroulement.log"; }

declare -A APP=()
AUTRES=()
VEILLEUR=
nettoyer() {
    [[ -n $VEILLEUR ]] && kill -TERM "$VEILLEUR" 2>/dev/null
    for pid in "${APP[@]}" "${AUTRES[@]}"; do
        kill -9 "$pid" 2>/dev/null || true
    done
}
trap nettoyer EXIT
trap 'journal "interrompu"; exit 130' INT TERM
# The whole scenario stops by itself after DI_DUREE_MAX seconds, whatever happens.
(
    sleep "$DUREE_MAX" &
    sommeil=$!
    trap 'kill "$sommeil" 2>/dev/null; exit 0' TERM
    wait "$sommeil" && echo "[deux-instances] durée maximale ($DUREE_MAX s) atteinte : arrêt" >&2 && kill -TERM $$
) &
VEILLEUR=$!

if [[ -z "${DI_SANS_CONSTRUCTION:-}" ]]; then
    journal "construction du JAR (et copie du JAR de S3Proxy des tests)"
    (cd "$RACINE" && ./mvnw -q -B -ntp -DskipTests package)
fi
JAR=$(ls "$RACINE"/target/demarches-en-ligne-*.jar | grep -v original | head -1)
S3PROXY=$RACINE/target/s3proxy/s3proxy.jar

journal "base $BASE neuve, comptes des usagers du scénario"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $BASE WITH (FORCE)" -c "CREATE DATABASE $BASE OWNER demarches"
"${PSQL[@]}" -d "$BASE" -c "CREATE EXTENSION IF NOT EXISTS pgcrypto"

journal "S3Proxy (système de fichiers) sur le port $PORT_S3, puits SMTP sur le port $PORT_SMTP"
cat > "$DI_TRAVAIL/s3proxy.properties" <<FIN
s3proxy.endpoint=http://127.0.0.1:$PORT_S3
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_CLE
s3proxy.credential=$S3_SECRET
jclouds.provider=filesystem
jclouds.filesystem.basedir=$DI_TRAVAIL/s3
FIN
"$JAVA" -Xmx192m -XX:TieredStopAtLevel=1 -jar "$S3PROXY" --properties "$DI_TRAVAIL/s3proxy.properties" \
    > "$RESULTATS/s3proxy.log" 2>&1 &
AUTRES+=($!)
"$JAVA" "$RACINE/bench/pannes/PuitsCourriels.java" "$PORT_SMTP" "$RESULTATS/courriels.txt" > "$RESULTATS/puits.log" 2>&1 &
AUTRES+=($!)
limite=$((SECONDS + 120))
until (exec 3<>"/dev/tcp/127.0.0.1/$PORT_S3") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$PORT_SMTP") 2>/dev/null; do
    ((SECONDS < limite)) || { journal "S3Proxy ou le puits SMTP ne démarre pas"; exit 1; }
    sleep 0.5
done

# Each deposit adds two pieces to its citizen's space: a few users depositing hundreds of times go past the quota of
# a real citizen's space (100 documents), raised for the scenario (APP_DOCUMENTS_QUOTA_DOCUMENTS).
demarrer() { # demarrer a|b -> the instance on its ports, ready (readiness UP on its management port)
    local nom=$1 port gestion fournisseur json=()
    if [[ $nom == a ]]; then port=$DI_PORT_A gestion=$DI_GESTION_A fournisseur=$PORT_FC_A
    else port=$DI_PORT_B gestion=$DI_GESTION_B fournisseur=$PORT_FC_B; fi
    # Instance b writes JSON logs (ECS), with each request's line at DEBUG: the request id is checked in them.
    [[ $nom == b ]] && json=(LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
        SPRING_APPLICATION_JSON='{"logging":{"level":{"org.springframework.web.servlet.DispatcherServlet":"DEBUG"}}}')
    mkdir -p "$DI_TRAVAIL/$nom"
    env SPRING_PROFILES_ACTIVE=demo SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$BASE" \
        SERVER_PORT=$port MANAGEMENT_SERVER_PORT=$gestion SERVER_FORWARD_HEADERS_STRATEGY=native \
        SERVER_SERVLET_SESSION_COOKIE_SECURE=false APP_NOTIFICATIONS_URL_PUBLIQUE=$LB \
        SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$PORT_SMTP APP_NOTIFICATIONS_RELANCE_APRES=20s \
        SPRING_MODULITH_EVENTS_STALENESS_PROCESSING=1m SPRING_MODULITH_EVENTS_STALENESS_PUBLISHED=3m \
        APP_PORTAIL_SECURITE_SECOND_FACTEUR=false APP_PORTAIL_SECURITE_IDENTIFIANT_REQUETE_DE_CONFIANCE=true \
        APP_DOCUMENTS_STOCKAGE=s3 APP_DOCUMENTS_S3_ADRESSE=http://127.0.0.1:$PORT_S3 APP_DOCUMENTS_S3_ACCES_PAR_CHEMIN=true \
        APP_DOCUMENTS_S3_COMPARTIMENT=$COMPARTIMENT AWS_ACCESS_KEY_ID=$S3_CLE AWS_SECRET_ACCESS_KEY=$S3_SECRET \
        AWS_REGION=fr-par APP_DOCUMENTS_DOSSIER="$DI_TRAVAIL/$nom/ecritures" \
        APP_DOCUMENTS_TELEVERSEMENTS="$DI_TRAVAIL/$nom/televersements" \
        APP_DOCUMENTS_BALAYAGE='*/20 * * * * *' APP_DOCUMENTS_DELAI_BALAYAGE=45s \
        APP_DOCUMENTS_DELAI_FICHIERS_TEMPORAIRES=45s "${json[@]}" \
        APP_DOCUMENTS_QUOTA_DOCUMENTS=100000 \
        SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_FRANCECONNECT_ISSUER_URI=http://localhost:$fournisseur \
        "$JAVA" -Xms128m -Xmx384m -XX:TieredStopAtLevel=1 -jar "$JAR" >> "$RESULTATS/application-$nom.log" 2>&1 &
    APP[$nom]=$!
    disown "${APP[$nom]}" # no "Killed" notice from bash when the scenario kills it on purpose
    local limite=$((SECONDS + 300))
    until curl -fs "http://127.0.0.1:$gestion/actuator/health/readiness" > /dev/null 2>&1; do
        if ! kill -0 "${APP[$nom]}" 2>/dev/null || ((SECONDS > limite)); then
            journal "l'instance $nom ne démarre pas : voir $RESULTATS/application-$nom.log"
            exit 1
        fi
        sleep 0.5
    done
    journal "instance $nom prête (port $port, gestion $gestion)"
}
arreter() { # arreter a|b SIGNAL -> signal sent, process gone (60 s at most)
    local pid=${APP[$1]}
    kill -"$2" "$pid" 2>/dev/null || true
    local limite=$((SECONDS + 60))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < limite)); do sleep 0.2; done
    wait "$pid" 2>/dev/null || true
    unset "APP[$1]"
}
etat() { # etat a|b -> HAProxy's view of the server: UP, DOWN, …
    curl -s -m 5 "http://127.0.0.1:$DI_PORT_STATS/stats;csv" | awk -F, -v s="$1" '$1 == "instances" && $2 == s { print $18 }'
}
attendre_etat() { # attendre_etat a|b UP|DOWN DELAI_S -> seconds it took, or exit
    local debut=$(date +%s%N) limite=$((SECONDS + $3))
    until [[ $(etat "$1") == "$2"* ]]; do
        ((SECONDS < limite)) || { journal "HAProxy ne voit pas $1 $2 en $3 s"; exit 1; }
        sleep 0.1
    done
    echo $((($(date +%s%N) - debut) / 1000000))
}
comptes() { # comptes PREFIXE N -> confirmed citizens PREFIXE-1..N@deux.exemple.fr (cheap bcrypt: sign-in is not measured)
    "${PSQL[@]}" -d "$BASE" -c "INSERT INTO compte (id, type, identifiant, mot_de_passe, actif, courriel_confirme_le, cree_le)
        SELECT gen_random_uuid(), 'USAGER', '$1-' || n || '@deux.exemple.fr',
               '{bcrypt}' || crypt('$MOT_DE_PASSE', gen_salt('bf', 4)), true, now(), now()
        FROM generate_series(1, $2) n"
}
charge() { # charge PREFIXE DEMANDES -> in the background: USAGERS citizens through HAProxy, until $PREFIXE.stop
    "$JAVA" "$ICI/Usagers.java" depots "$LB" "$USAGERS" "$2" "$RESULTATS/$1.csv" 600 "$1" "$RESULTATS/$1.stop" \
        > "$RESULTATS/$1.log" 2>&1 &
    CHARGE=$!
    AUTRES+=($CHARGE)
}
confirmes() { # confirmes PREFIXE -> submissions confirmed so far
    local n
    n=$(grep -c ';confirme;' "$RESULTATS/$1.csv" 2>/dev/null) || true
    echo "${n:-0}"
}
attendre_confirmes() { # attendre_confirmes PREFIXE N DELAI_S
    local limite=$((SECONDS + $3))
    until (( $(confirmes "$1") >= $2 )) || ((SECONDS > limite)); do sleep 0.5; done
}

demarrer a
demarrer b
journal "HAProxy sur le port $DI_PORT_LB (statistiques : $DI_PORT_STATS)"
haproxy -db -f "$ICI/haproxy.cfg" > "$RESULTATS/haproxy.log" 2>&1 &
AUTRES+=($!)
attendre_etat a UP 30 > /dev/null
attendre_etat b UP 30 > /dev/null

comptes croise 1
# A finished publication is deleted (completion mode "delete"): the retried ones are counted from copies kept here.
"${PSQL[@]}" -d "$BASE" -c "CREATE TABLE publication_terminee (LIKE event_publication)" \
    -c "CREATE FUNCTION garder_publication() RETURNS trigger LANGUAGE plpgsql AS
        'BEGIN INSERT INTO publication_terminee SELECT OLD.*; RETURN OLD; END'" \
    -c "CREATE TRIGGER garder_publication AFTER DELETE ON event_publication FOR EACH ROW EXECUTE FUNCTION garder_publication()" \
    -c "ALTER TABLE publication_terminee OWNER TO demarches"
comptes k9 "$USAGERS"
comptes rr "$USAGERS"

# ---- 1. Upload through A, download through B; the session opened on A serves on B
journal "1. dépôt par A, téléchargement par B"
"$JAVA" "$ICI/Usagers.java" croise "http://127.0.0.1:$DI_PORT_A" "http://127.0.0.1:$DI_PORT_B" | tee "$RESULTATS/croise.txt"

# ---- 2. SIGKILL of A under a load of submissions
journal "2. dépôts en charge, SIGKILL de A"
charge k9 200
attendre_confirmes k9 $((USAGERS * 2)) 300
kill -9 "${APP[a]}"
journal "   A tuée (SIGKILL) après $(confirmes k9) dépôts confirmés"
RETRAIT_K9=$(attendre_etat a DOWN 30)
journal "   HAProxy a retiré A en $RETRAIT_K9 ms"
wait "${APP[a]}" 2>/dev/null || true
unset "APP[a]"
avant=$(confirmes k9)
attendre_confirmes k9 $((avant + USAGERS * 2)) 300
journal "   $(( $(confirmes k9) - avant )) dépôts confirmés par B seule ; redémarrage de A"
demarrer a
attendre_etat a UP 60 > /dev/null
touch "$RESULTATS/k9.stop"
wait "$CHARGE" || true

# ---- 3. Rolling restart under load: SIGTERM, readiness DOWN first, one instance at a time
journal "3. dépôts en charge pendant un redémarrage roulant"
charge rr 400
attendre_confirmes rr "$USAGERS" 300
ROULEMENT=()
for nom in a b; do
    debut=$(date +%s%3N)
    arreter "$nom" TERM &
    ARRET=$!
    RETRAIT=$(attendre_etat "$nom" DOWN 30)
    wait "$ARRET"
    fin=$(date +%s%3N)
    journal "   $nom : SIGTERM, retirée par HAProxy en $RETRAIT ms, arrêtée en $((fin - debut)) ms"
    demarrer "$nom"
    attendre_etat "$nom" UP 60 > /dev/null
    ROULEMENT+=("$nom : retirée en $RETRAIT ms, arrêtée en $((fin - debut)) ms")
    avant=$(confirmes rr)
    attendre_confirmes rr $((avant + USAGERS)) 300
done
touch "$RESULTATS/rr.stop"
wait "$CHARGE" || true

# ---- Tally: the mails sent (those A was sending when killed: once taken as abandoned, 1 min here, 15 in production,
# then re-run by relance-notifications), the sweep run, then what the database, the bucket and the sink hold
journal "bilan : attente des courriels et d'un balayage des contenus"
limite=$((SECONDS + 300))
until [[ $("${PSQL[@]}" -d "$BASE" -tAc "SELECT count(*) FROM event_publication WHERE completion_date IS NULL") == 0 ]] \
        || ((SECONDS > limite)); do
    sleep 2
done
ls "$DI_TRAVAIL/s3/$COMPARTIMENT/documents" 2>/dev/null | sort > "$RESULTATS/objets-avant-balayage.txt" || true
"${PSQL[@]}" -d "$BASE" -tAc "SELECT empreinte FROM document UNION SELECT empreinte FROM document_fige" | sort -u \
    > "$RESULTATS/empreintes-avant-balayage.txt"
sleep 75 # contents older than the sweep's delay (45 s), then a sweep (every 20 s)
ls "$DI_TRAVAIL/s3/$COMPARTIMENT/documents" 2>/dev/null | sort > "$RESULTATS/objets.txt" || true
"${PSQL[@]}" -d "$BASE" -tAc "SELECT empreinte FROM document UNION SELECT empreinte FROM document_fige" | sort -u \
    > "$RESULTATS/empreintes.txt"
"${PSQL[@]}" -d "$BASE" -tAF ';' -c "SELECT numero, donnees->>'nomNaissance' FROM teledossier" > "$RESULTATS/teledossiers.txt"
"${PSQL[@]}" -d "$BASE" -tAc "SELECT count(*) FROM teledossier_piece p LEFT JOIN document_fige f ON f.id = p.document_fige_id
    WHERE f.id IS NULL" > "$RESULTATS/pieces-sans-copie.txt"
"${PSQL[@]}" -d "$BASE" -tAc "SELECT count(*) FROM event_publication WHERE completion_date IS NULL" > "$RESULTATS/publications-en-cours.txt"
"${PSQL[@]}" -d "$BASE" -tAc "SELECT count(*) FROM (SELECT id, completion_attempts FROM event_publication UNION ALL
    SELECT id, completion_attempts FROM publication_terminee) p WHERE completion_attempts > 1" > "$RESULTATS/publications-relancees.txt"
"${PSQL[@]}" -d "$BASE" -tAc "SELECT id_requete FROM journal_audit WHERE action = 'CONNEXION_REUSSIE' AND id_requete IS NOT NULL" \
    > "$RESULTATS/id-requetes-journal.txt"
find "$DI_TRAVAIL/a" "$DI_TRAVAIL/b" -type f \( -name '.ecriture-*' -o -name 'upload_*' \) | wc -l > "$RESULTATS/temporaires.txt"
for nom in a b; do
    gestion=$DI_GESTION_A; [[ $nom == b ]] && gestion=$DI_GESTION_B
    curl -s -m 30 "http://127.0.0.1:$gestion/actuator/prometheus" | grep '^demarches_' > "$RESULTATS/metriques-$nom.txt" || true
done
curl -s -o /dev/null -m 10 -w '%{http_code}' "$LB/actuator/prometheus" > "$RESULTATS/prometheus-public.txt" || true
"${PSQL[@]}" -d "$BASE" -tAc "SELECT count(*) FROM teledossier WHERE donnees->>'nomNaissance' LIKE 'croise-%'" \
    > "$RESULTATS/croise-base.txt"

python3 "$ICI/bilan.py" "$RESULTATS" "$USAGERS" "$RETRAIT_K9" "$(IFS='|'; echo "${ROULEMENT[*]}")" > "$RAPPORT"
journal "rapport : $RAPPORT"
cat "$RAPPORT"
for nom in b a; do
    arreter "$nom" TERM
done
