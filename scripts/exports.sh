#!/usr/bin/env bash
# Writes the documentation exports of the factory-standard design to out/exports/: PNG, SVG
# and PDF (A4 and A3) of the whole design in every view this build draws, plus the draw.io
# file, the HTML report, one environment and a selection (the production farm), so that a
# person can check them (readable at 100 %, nothing cut off).
#
# Usage: scripts/exports.sh [path/to/topology-cli]
#   Without an argument the newest topology-cli under build*/ is used (or $TOPOLOGY_CLI).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${1:-${TOPOLOGY_CLI:-}}"
if [[ -z "$cli" ]]; then
    cli="$(ls -t "$repo"/build*/app/cli/topology-cli 2>/dev/null | head -n 1 || true)"
fi
if [[ -z "$cli" || ! -x "$cli" ]]; then
    echo "exports.sh: no topology-cli found; build it first or pass its path" >&2
    exit 2
fi

design="$repo/tests/data/fixtures/factory-standard.topology.json"
out="$repo/out/exports"
mkdir -p "$out"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

run() {
    echo "  $*" | sed "s|$repo/||g"
    "$cli" export "$design" "$@"
}

for view in topology scaling charts; do
    if ! message="$("$cli" export "$design" --view "$view" -o "$out/probe.svg" 2>&1)"; then
        if [[ "$message" == *"not available in this build"* ]]; then
            echo "$view view: skipped ($message)"
            continue
        fi
        echo "$message" >&2
        exit 1
    fi
    rm -f "$out/probe.svg"
    echo "$view view:"
    run --view "$view" -o "$out/factory-standard-$view.png" --scale 2
    run --view "$view" -o "$out/factory-standard-$view-dark.png" --scale 1 --theme dark
    run --view "$view" -o "$out/factory-standard-$view.svg"
    # The PDFs show the whole design: a selection is never carried over to them.
    run --view "$view" -o "$out/factory-standard-$view-a4.pdf" --page-size A4
    run --view "$view" -o "$out/factory-standard-$view-a3.pdf" --page-size A3
done
echo "documents:"
run -o "$out/factory-standard.drawio"
run -o "$out/factory-standard.html"
run -o "$out/factory-standard-prod.png" --environment prod --dpi 192
echo "selection (the production farm):"
farm="lb-prod,prod-fe1,prod-fe2,prod-fe3"
run -o "$out/factory-standard-farm.png" --select "$farm" --scale 2
run -o "$out/factory-standard-farm.svg" --select "$farm"
run -o "$out/factory-standard-farm.drawio" --select "$farm"

echo "written to ${out#$repo/}:"
ls -l "$out" | tail -n +2
