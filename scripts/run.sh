#!/usr/bin/env bash
# Installs what is missing, builds Release and opens the sample design: in the designer when a
# display is available, otherwise through topology-cli (validate, then export to out/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/deps.sh
scripts/build.sh Release

design=resources/templates/factory-standard.topology.json
designer=build/release/app/gui/topology-designer
cli=build/release/app/cli/topology-cli

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$designer" ]; then
    exec "$designer" "$design"
fi

if [ ! -x "$cli" ]; then
    echo "run: $cli was not built" >&2
    exit 1
fi
if [ -x "$designer" ]; then
    echo "run: no display (\$DISPLAY and \$WAYLAND_DISPLAY are unset): using topology-cli instead"
fi
mkdir -p out
echo "== topology-cli validate $design"
# Exit 1 means the design has findings at error level: shown, not fatal here.
status=0
"$cli" validate "$design" || status=$?
if [ "$status" -ge 2 ]; then
    exit "$status"
fi
for ext in topology.json png svg html; do
    out=out/factory-standard.$ext
    echo "== topology-cli export $design -o $out"
    "$cli" export "$design" -o "$out"
done
echo "run: the re-saved design, its diagram (PNG, SVG) and its report (HTML) are in $(pwd)/out/"
