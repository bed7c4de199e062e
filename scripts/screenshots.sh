#!/usr/bin/env bash
# Screenshots of the designer under Xvfb: factory-standard, design-with-problems and the
# scaling, charts, sizing and failover docks, written to out/screenshots/. The designer grabs
# its own window (--screenshot FILE) once it has settled, so no window manager or window
# lookup is needed.
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
# The Scaling tab shown and left again: the canvas and the palette keep their heights.
shot scaling-and-back factory-standard \
    '[{"do":"show-dock","name":"scalingDock"},{"do":"wait","ms":300},{"do":"show-dock","name":"problemsDock"}]'
# The analysis docks, on a production server of the standard factory.
shot scaling factory-standard \
    '[{"do":"select","ids":["prod-fe1"]},{"do":"show-dock","name":"scalingDock"}]'
shot charts factory-standard \
    '[{"do":"select","ids":["prod-fe1"]},{"do":"show-dock","name":"chartsDock"}]'
shot sizing factory-standard \
    '[{"do":"select","ids":["prod-fe1"]},{"do":"show-dock","name":"sizingDock"}]'
shot failover factory-standard \
    '[{"do":"fail","ids":["db-prod","prod-fe1"]},{"do":"show-dock","name":"failoverDock"}]'
# The problems sorted worst first, then grouped by environment; the single points of failure
# with the chosen one failed through its button.
shot problems-sorted design-with-problems '[{"do":"show-dock","name":"problemsDock"}]'
shot problems-grouped design-with-problems \
    '[{"do":"show-dock","name":"problemsDock"},{"do":"click","widget":"groupByEnvironment"}]'
shot failover-points example-2-production-farm \
    '[{"do":"show-dock","name":"failoverDock"},{"do":"click","widget":"singleFailuresButton"},
      {"do":"choose-row","widget":"singleFailures","row":1},
      {"do":"click","widget":"failPointButton"}]'
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
# The context menu of a server and of the background (menus are windows of their own: the
# whole screen is grabbed), and the keyboard's focus rectangle on a server.
shot context-menu factory-standard \
    "[{\"do\":\"context-menu\",\"id\":\"prod-fe1\"},{\"do\":\"wait\",\"ms\":500},
      {\"do\":\"screenshot-screen\",\"path\":\"$out/context-menu-screen.png\"}]"
shot context-menu-background factory-standard \
    "[{\"do\":\"context-menu\",\"id\":\"\"},{\"do\":\"wait\",\"ms\":500},
      {\"do\":\"screenshot-screen\",\"path\":\"$out/context-menu-background-screen.png\"}]"
shot focus factory-standard '[{"do":"focus","id":"prod-fe2"},{"do":"wait","ms":300}]'
