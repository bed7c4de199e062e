#!/usr/bin/env bash
# Screenshots of the designer under Xvfb: factory-standard, design-with-problems, the
# scaling, charts, sizing, failover and overview docks, Find and the Help dialogs, written to
# out/screenshots/. The designer grabs its own window (--screenshot FILE) once it has
# settled, so no window manager or window lookup is needed.
# Usage: scripts/screenshots.sh            (builds build/release when needed)
#        TOPO_DESIGNER=path/to/topology-designer scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

designer=${TOPO_DESIGNER:-build/release/app/gui/topology-designer}
if [ -z "${TOPO_DESIGNER:-}" ]; then
    scripts/deps.sh
    scripts/build.sh Release --target topology-designer
fi
if [ ! -x "$designer" ]; then
    echo "screenshots: $designer was not built" >&2
    exit 1
fi
if ! command -v xvfb-run >/dev/null; then
    echo "screenshots: xvfb-run is missing (apt-get install xvfb xauth)" >&2
    exit 1
fi

out=out/screenshots
mkdir -p "$out"
# Fresh settings and data: no remembered window state, no recovery offer from other runs.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

# shot NAME DESIGN [SCRIPT]: the designer on tests/data/fixtures/DESIGN.topology.json (or on
# DESIGN itself when it is a path to a .json file), after
# the steps of SCRIPT (a JSON array of TestScript steps: select elements, show a dock, fail
# elements) have run, saved as out/screenshots/NAME.png.
shot() {
    local name=$1 design=$2 steps=${3:-}
    local file=tests/data/fixtures/$design.topology.json png=$out/$name.png
    [[ $design == *.json ]] && file=$design
    local args=("$file" --screenshot "$png")
    if [ -n "$steps" ]; then
        printf '%s\n' "$steps" >"$home/$name.json"
        args+=(--script "$home/$name.json")
    fi
    rm -f "$png"
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$designer" "${args[@]}" >/dev/null
    if [ ! -s "$png" ]; then
        echo "screenshots: no picture for $name" >&2
        exit 1
    fi
    echo "screenshots: $png"
}

shot factory-standard factory-standard
shot design-with-problems design-with-problems
# The analysis docks, on a production server of the standard factory.
shot scaling factory-standard \
    '[{"do":"select","ids":["prod-fe1"]},{"do":"show-dock","name":"scalingDock"}]'
shot charts factory-standard \
    '[{"do":"select","ids":["prod-fe1"]},{"do":"show-dock","name":"chartsDock"}]'
shot sizing factory-standard \
    '[{"do":"select","ids":["prod-fe1"]},{"do":"show-dock","name":"sizingDock"}]'
shot failover factory-standard \
    '[{"do":"fail","ids":["db-prod","prod-fe1"]},{"do":"show-dock","name":"failoverDock"}]'
# The inspector on four servers that differ in environment, site, hardware and roles.
shot inspector-mixed factory-standard \
    '[{"do":"select","ids":["prod-dc","prod-fe1","prod-fe2","qa-1"]}]'
# Two load balancers over the same front-ends of mixed specs: every figure counts each
# server once, and the charts' line goes through their points.
mixed=tests/data/screenshots/two-balancers-mixed-specs.topology.json
shot mixed-scaling "$mixed" '[{"do":"select","ids":["p-1"]},{"do":"show-dock","name":"scalingDock"}]'
shot mixed-charts "$mixed" '[{"do":"select","ids":["p-1"]},{"do":"show-dock","name":"chartsDock"}]'
shot mixed-failover "$mixed" \
    '[{"do":"fail","ids":["lb-prod","lb-b"]},{"do":"show-dock","name":"failoverDock"}]'
# Find: the bar with the hits of "PROD-FE", the second one selected and centred at actual size
# (find.png, written by the script before the final grab fits the design again).
shot find-fit factory-standard \
    '[{"do":"wait","ms":300},{"do":"zoom","scale":1.0},{"do":"find","text":"PROD-FE"},
      {"do":"find-next"},{"do":"wait","ms":300},{"do":"screenshot","path":"out/screenshots/find.png"}]'
# The Overview dock with the visible area of a zoomed-in canvas (overview.png, overview-dock.png).
shot overview-fit factory-standard \
    '[{"do":"show-dock","name":"overviewDock"},{"do":"wait","ms":300},{"do":"zoom","scale":0.9},
      {"do":"wait","ms":300},{"do":"screenshot","path":"out/screenshots/overview.png"},
      {"do":"screenshot","widget":"overviewDock","path":"out/screenshots/overview-dock.png"}]'
# Help: the rule catalogue (whole, and filtered) and the keyboard shortcuts.
shot help-dialogs factory-standard \
    '[{"do":"trigger","action":"ruleCatalogueAction"},{"do":"wait","ms":400},
      {"do":"screenshot","widget":"ruleCatalogueDialog","path":"out/screenshots/rule-catalogue.png"},
      {"do":"filter-rules","text":"cache invalidation"},{"do":"wait","ms":200},
      {"do":"screenshot","widget":"ruleCatalogueDialog","path":"out/screenshots/rule-catalogue-filtered.png"},
      {"do":"trigger","action":"shortcutsAction"},{"do":"wait","ms":400},
      {"do":"screenshot","widget":"shortcutsDialog","path":"out/screenshots/shortcuts.png"}]'
