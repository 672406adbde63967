#!/usr/bin/env bash
# Regenerates src/main/resources/referentiel/communes.csv from the official geographic code
# published by Etalab in the npm package @etalab/decoupage-administratif (data/communes.json).
# Usage: scripts/referentiel/generer-communes.sh [version]   (default: the version below)
set -euo pipefail
version="${1:-6.0.0}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/referentiel/communes.csv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@etalab/decoupage-administratif@$version" >/dev/null && tar xzf ./*.tgz)
node "$here/communes-csv.js" "$work/package/data/communes.json" "$version" > "$out"
echo "$(($(wc -l < "$out") - 2)) communes écrites dans $out (version $version)"
