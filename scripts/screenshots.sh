#!/usr/bin/env bash
# Screenshots of the designer under Xvfb, written to out/screenshots/. The designer grabs
# its own window (--screenshot FILE) once it has settled, so no window manager or window
# lookup is needed. Sets of pictures:
#   docks   factory-standard, design-with-problems, the scaling, charts, sizing, failover
#           and overview docks, Find, the Help dialogs, the problems list sorted and grouped,
#           the context menus and the focus rectangle (1600x1000, the platform's theme);
#   themes  the standard factory opened from the start view, its Edit menu, the context menu of
#           a server, Find, the rule catalogue, the legend and the Overview dock, in the light
#           and the dark theme, at 1600x1000 and at 2x scaling;
#   large   a 2,000-server design at fit.
# Usage: scripts/screenshots.sh [SET...]   (all sets by default; builds build/release)
#        TOPO_DESIGNER=path/to/topology-designer scripts/screenshots.sh [SET...]
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

# The look of the next shots: theme ("" = the platform's, light, dark) and scale (1 or 2:
# the screen is 1600x1000 logical pixels either way).
theme=""
scale=1

# shot NAME DESIGN [SCRIPT]: the designer on tests/data/fixtures/DESIGN.topology.json (or on
# DESIGN itself when it is a path to a .json file; "" = no design: the start view), after
# the steps of SCRIPT (a JSON array of TestScript steps: select elements, show a dock, fail
# elements) have run, saved as out/screenshots/NAME.png. A SCRIPT that writes $png itself
# (a "screenshot" step to the path given as $png) replaces the --screenshot grab.
shot() {
    local name=$1 design=$2 steps=${3:-}
    local file=tests/data/fixtures/$design.topology.json png=$out/$name.png
    [[ $design == *.json ]] && file=$design
    local args=()
    [ -z "$design" ] || args+=("$file")
    [[ $steps == *'$png'* ]] || args+=(--screenshot "$png")
    if [ -n "$steps" ]; then
        printf '%s\n' "${steps//\$png/$png}" >"$home/$name.json"
        args+=(--script "$home/$name.json")
    fi
    mkdir -p "$home/config/TopologyDesigner"
    printf '[appearance]\ntheme=%s\n' "${theme:-system}" \
        >"$home/config/TopologyDesigner/Topology Designer.conf"
    rm -f "$png"
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=$scale \
        xvfb-run -a -s "-screen 0 $((1600 * scale))x$((1000 * scale))x24" \
        "$designer" "${args[@]}" >/dev/null
    if [ ! -s "$png" ]; then
        echo "screenshots: no picture for $name" >&2
        exit 1
    fi
    echo "screenshots: $png"
}

docks() {
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
    # The Network view: Production's flows grouped as a firewall request, the controller row
    # (front-ends to PROD-DC on 12000) chosen and drawn on the canvas, the monitoring row
    # opened to its per-host flows.
    shot network factory-standard \
        '[{"do":"show-dock","name":"networkDock"},
          {"do":"choose-combo","widget":"networkEnvironment","text":"Production"},
          {"do":"expand-row","widget":"flowsView","row":11},
          {"do":"choose-row","widget":"flowsView","row":4},{"do":"wait","ms":300}]'
    # The Scaling tab shown and left again: the canvas and the palette keep their heights.
    shot scaling-and-back factory-standard \
        '[{"do":"show-dock","name":"scalingDock"},{"do":"wait","ms":300},{"do":"show-dock","name":"problemsDock"}]'
    # The problems sorted worst first, then grouped by environment; the single points of
    # failure with the chosen one failed through its button.
    shot problems-sorted design-with-problems '[{"do":"show-dock","name":"problemsDock"}]'
    shot problems-grouped design-with-problems \
        '[{"do":"show-dock","name":"problemsDock"},{"do":"click","widget":"groupByEnvironment"}]'
    shot failover-points example-2-production-farm \
        '[{"do":"show-dock","name":"failoverDock"},{"do":"click","widget":"singleFailuresButton"},
          {"do":"choose-row","widget":"singleFailures","row":1},
          {"do":"click","widget":"failPointButton"}]'
    # The context menu of a server and of the background (menus are windows of their own:
    # the whole screen is grabbed), and the keyboard's focus rectangle on a server.
    shot context-menu factory-standard \
        "[{\"do\":\"context-menu\",\"id\":\"prod-fe1\"},{\"do\":\"wait\",\"ms\":500},
          {\"do\":\"screenshot\",\"screen\":true,\"path\":\"$out/context-menu-screen.png\"}]"
    shot context-menu-background factory-standard \
        "[{\"do\":\"context-menu\",\"id\":\"\"},{\"do\":\"wait\",\"ms\":500},
          {\"do\":\"screenshot\",\"screen\":true,\"path\":\"$out/context-menu-background-screen.png\"}]"
    shot focus factory-standard '[{"do":"focus","id":"prod-fe2"},{"do":"wait","ms":300}]'
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
}

# The standard factory opened from the start view (Enter on its template), then, in the same
# window: its Edit menu (nothing selected: Cut, Delete and Undo disabled), the context menu
# of a server, Find with the hits of "PROD-FE", Help > Rule catalogue, Help > Legend and the
# Overview dock on a zoomed-in canvas; in the light and the dark theme, at 1600x1000 and at
# 2x scaling (QT_SCALE_FACTOR=2 on a 3200x2000 screen). Menus and dialogs are windows of
# their own: those pictures show the whole screen. Names: VIEW-THEME-SCALEx.png.
themes() {
    local suffix view
    for theme in light dark; do
        for scale in 1 2; do
            suffix="$theme-${scale}x"
            shot "overview-$suffix" "" "[
                {\"do\":\"resize\",\"width\":1600,\"height\":1000},{\"do\":\"wait\",\"ms\":300},
                {\"do\":\"activate-row\",\"widget\":\"startTemplates\",\"row\":0},
                {\"do\":\"wait\",\"ms\":1000},
                {\"do\":\"screenshot\",\"path\":\"$out/template-$suffix.png\"},
                {\"do\":\"open-menu\",\"title\":\"Edit\"},{\"do\":\"wait\",\"ms\":300},
                {\"do\":\"screenshot\",\"screen\":true,\"path\":\"$out/edit-menu-$suffix.png\"},
                {\"do\":\"close\"},
                {\"do\":\"context-menu\",\"id\":\"prod-fe1\"},{\"do\":\"wait\",\"ms\":300},
                {\"do\":\"screenshot\",\"screen\":true,\"path\":\"$out/context-menu-$suffix.png\"},
                {\"do\":\"close\"},{\"do\":\"select\",\"ids\":[]},
                {\"do\":\"find\",\"text\":\"PROD-FE\"},{\"do\":\"find-next\"},
                {\"do\":\"wait\",\"ms\":300},
                {\"do\":\"screenshot\",\"path\":\"$out/find-$suffix.png\"},
                {\"do\":\"click\",\"widget\":\"findClose\"},{\"do\":\"select\",\"ids\":[]},{\"do\":\"fit\"},
                {\"do\":\"trigger\",\"action\":\"ruleCatalogueAction\"},{\"do\":\"wait\",\"ms\":300},
                {\"do\":\"screenshot\",\"screen\":true,\"path\":\"$out/rule-catalogue-$suffix.png\"},
                {\"do\":\"close\",\"widget\":\"ruleCatalogueDialog\"},
                {\"do\":\"trigger\",\"action\":\"legendAction\"},{\"do\":\"wait\",\"ms\":300},
                {\"do\":\"screenshot\",\"screen\":true,\"path\":\"$out/legend-$suffix.png\"},
                {\"do\":\"close\",\"widget\":\"legendDialog\"},
                {\"do\":\"fit\"},{\"do\":\"show-dock\",\"name\":\"overviewDock\"},
                {\"do\":\"wait\",\"ms\":300},{\"do\":\"zoom\",\"scale\":1.0},
                {\"do\":\"wait\",\"ms\":500},{\"do\":\"screenshot\",\"path\":\"\$png\"},
                {\"do\":\"quit\"}]"
            for view in template edit-menu context-menu find rule-catalogue legend; do
                if [ ! -s "$out/$view-$suffix.png" ]; then
                    echo "screenshots: no picture for $view-$suffix" >&2
                    exit 1
                fi
                echo "screenshots: $out/$view-$suffix.png"
            done
        done
    done
    theme=""
    scale=1
}

# A design of 2,000 servers with no positions, as a generator or an import writes it:
# LifeTime (4), Development (20), Quality (30) and Production (1,946 front-ends behind one
# load balancer), placed by the designer when it opens the file.
large() {
    local file=$home/large-2000.topology.json
    {
        printf '{"format":"outsystems-topology","formatVersion":1,"name":"2,000 servers",'
        printf '"environments":['
        printf '{"id":"lt","name":"LifeTime","purpose":"lifetime"},'
        printf '{"id":"dev","name":"Development","purpose":"development"},'
        printf '{"id":"qa","name":"Quality","purpose":"non-production"},'
        printf '{"id":"prod","name":"Production","purpose":"production"}],"servers":['
        local env count i n=0 targets=""
        for env in lt:4 dev:20 qa:30 prod:1946; do
            count=${env#*:}
            env=${env%:*}
            for ((i = 1; i <= count; i++)); do
                ((n++ > 0)) && printf ','
                printf '{"id":"%s-%d","name":"%s-%d","environment":"%s",' \
                    "$env" "$i" "${env^^}" "$i" "$env"
                printf '"roles":["frontend"],"hardware":{"cpuCores":4,"ramGb":16,"diskGb":200}}'
                if [ "$env" = prod ]; then targets+="${targets:+,}\"prod-$i\""; fi
            done
        done
        printf '],"loadBalancers":[{"id":"lb-prod","name":"LB-PROD","environment":"prod",'
        printf '"targets":[%s]}]}\n' "$targets"
    } >"$file"
    shot large-2000-servers "$file"
}

sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(docks themes large)
for set in "${sets[@]}"; do
    case $set in
        docks | themes | large) "$set" ;;
        *) echo "screenshots: unknown set $set (docks, themes, large)" >&2; exit 2 ;;
    esac
done
