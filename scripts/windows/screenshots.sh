# Sourced by scripts/windows.sh (step "screenshots"): the installed-like designer (the staged
# folder of the zip) under Wine in Xvfb, with Qt's real windows platform, written to
# out/windows/screenshots/: a design in the light and the dark theme, the Export dialog, and a
# save under a folder and a name with spaces and accents followed by the File menu.
# Wine passes no QT_* variable to Windows programs: the theme is chosen in the designer's own
# settings file, as a user would in Preferences.

# win_shot NAME THEME DESIGN STEPS: $designer_exe on DESIGN after the script STEPS (JSON; $png
# stands for the picture's Windows path), in THEME (light or dark).
win_shot() {
    local name=$1 theme=$2 design=$3 steps=$4
    local shots=$repo/out/windows/screenshots png script
    mkdir -p "$shots"
    png=$(winepath -w "$shots/$name.png" 2>/dev/null)
    png=${png//\\//} # Z:/work/...: no backslash to escape in JSON
    script=$(mktemp --suffix=.json)
    printf '%s\n' "${steps//\$png/$png}" >"$script"
    local settings="$WINEPREFIX/drive_c/users/$wine_user/AppData/Roaming/TopologyDesigner"
    mkdir -p "$settings"
    printf '[appearance]\r\ntheme=%s\r\n' "$theme" >"$settings/Topology Designer.ini"
    rm -f "$shots/$name.png"
    # As for the tests (step_test): Wine's server and services first, then the designer.
    (cd "$build" && xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
        wineserver -k 2>/dev/null; wineserver -p
        wine wineboot >/dev/null 2>&1 </dev/null
        timeout 120 wine "$1" "$2" --script "$3" >/dev/null 2>&1 </dev/null
        wineserver -k' shot "$designer_exe" "$(winepath -w "$design")" "$(winepath -w "$script")") ||
        true
    rm -f "$script"
    if [ -s "$shots/$name.png" ]; then
        say "screenshot $shots/$name.png"
    else
        say "no screenshot for $name" && return 1
    fi
}

step_screenshots() {
    make_wine_prefix
    # Wine names the prefix's user folder after the Unix user.
    wine_user=$(id -un)
    local app=$build/TopologyDesigner-$version-win64
    [ -x "$app/topology-designer.exe" ] || step_package
    local fixture=$repo/tests/data/fixtures/factory-standard.topology.json
    local window='{"do":"resize","width":1500,"height":940},{"do":"wait","ms":800},{"do":"fit"},{"do":"wait","ms":1000}'
    local grab='{"do":"screenshot","screen":true,"path":"$png"}'
    designer_exe=$app/topology-designer.exe
    win_shot light light "$fixture" "[$window,$grab,{\"do\":\"quit\"}]"
    win_shot dark dark "$fixture" "[$window,$grab,{\"do\":\"quit\"}]"
    win_shot export-dialog light "$fixture" \
        "[$window,{\"do\":\"trigger\",\"action\":\"exportAction\",\"screenshot\":\"\$png\"},{\"do\":\"quit\"}]"
    # Save as into a folder and a name with spaces and accents, then the File menu with the
    # new name among the recent files.
    local folder="C:/users/$wine_user/Documents/Cliente Açores"
    mkdir -p "$WINEPREFIX/drive_c/users/$wine_user/Documents/Cliente Açores"
    win_shot save-as-accents light "$fixture" \
        "[$window,{\"do\":\"save-as\",\"path\":\"$folder/fábrica nova.topology.json\"},
          {\"do\":\"open-menu\",\"title\":\"File/Open recent\"},{\"do\":\"wait\",\"ms\":800},$grab,{\"do\":\"quit\"}]"
    ls -l "$WINEPREFIX/drive_c/users/$wine_user/Documents/Cliente Açores"
}
