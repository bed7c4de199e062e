#!/usr/bin/env bash
# Builds the Debian package of a built tree with CPack, unpacks it into a temporary root and
# checks what a user would get: the file list, the control fields, the desktop entry, AppStream
# metainfo and MIME type (with the desktop's own validators), the man pages, and that the
# unpacked programs run.
# Usage: check-package.sh BUILD_DIR APP_ID VERSION DESIGN_FILE
set -euo pipefail

build=$1
app_id=$2
version=$3
design=$4
mime_type=application/x-topology-design+json
icon_sizes=(16 22 24 32 48 64 128 256)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# Runs a validator; its complaints are failures.
validator() {
    local what=$1
    shift
    if ! output=$("$@" 2>&1); then
        fail "$what: $output"
    fi
}

for tool in cpack dpkg-deb desktop-file-validate appstreamcli update-mime-database identify; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/deps.sh)" >&2; exit 1; }
done

# --- The package ---
# gzip instead of the release's xz: the same files, made in half the time.
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip \
    -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "FAIL: no single .deb" >&2
    exit 1
fi
deb=${debs[0]}
case $(basename "$deb") in
    "topology-designer_${version}_"*.deb) ;;
    *) fail "package file name $(basename "$deb")" ;;
esac

[ "$(dpkg-deb -f "$deb" Package)" = topology-designer ] || fail "Package field"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version field"
depends=$(dpkg-deb -f "$deb" Depends)
# dpkg-shlibdeps filled these in from the programs' libraries.
for library in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6; do
    [[ ", $depends," == *", $library "* || ", $depends," == *", $library,"* ]] \
        || fail "Depends lacks $library: $depends"
done

# --- Its files ---
root=$work/root
dpkg-deb -x "$deb" "$root"
expected=(
    usr/bin/topology-cli
    usr/bin/topology-designer
    "usr/share/applications/$app_id.desktop"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/topology-cli.1.gz
    usr/share/man/man1/topology-designer.1.gz
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/mime/packages/$app_id.xml"
)
for size in "${icon_sizes[@]}"; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
actual=$(cd "$root" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
wanted=$(printf '%s\n' "${expected[@]}" | LC_ALL=C sort)
if [ "$actual" != "$wanted" ]; then
    fail "package files differ from the expected list:"
    diff <(echo "$wanted") <(echo "$actual") >&2 || true
fi
for size in "${icon_sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || continue
    [ "$(identify -format '%wx%h' "$png")" = "${size}x${size}" ] || fail "icon $size is not ${size}x${size}"
done

# --- Desktop integration, as the desktop's own tools see it ---
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
validator desktop-file-validate desktop-file-validate "$desktop"
validator appstreamcli appstreamcli validate --no-net "$metainfo"
grep -qx "Exec=topology-designer %f" "$desktop" || fail "desktop Exec"
grep -qx "Icon=$app_id" "$desktop" || fail "desktop Icon is not $app_id"
grep -qx "MimeType=$mime_type;" "$desktop" || fail "desktop MimeType is not $mime_type"
grep -q "<id>$app_id</id>" "$metainfo" || fail "metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "metainfo launchable"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo release is not $version"

mime=$work/mime
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/$app_id.xml" "$mime/packages/"
# It reports a file it cannot read on standard error but still exits 0: silence is success.
# (With the folder on the search path it has no note to print about it.)
validator update-mime-database env XDG_DATA_DIRS="$work" update-mime-database "$mime"
[ -z "${output:-}" ] || fail "update-mime-database complained: $output"
grep -qx "60:$mime_type:\*.topology.json" "$mime/globs2" || fail "MIME glob *.topology.json"
grep -qx "$mime_type application/json" "$mime/subclasses" || fail "MIME sub-class of JSON"
[ -f "$mime/$mime_type.xml" ] || fail "MIME type $mime_type not in the database"

# --- Man pages: every option of every --help is in the page ---
cli=$root/usr/bin/topology-cli
designer=$root/usr/bin/topology-designer
export QT_QPA_PLATFORM=offscreen
mkdir -m 700 "$work/runtime"
export XDG_RUNTIME_DIR=$work/runtime
check_man() {
    local name=$1
    shift
    local page
    page=$(gzip -dc "$root/usr/share/man/man1/$name.1.gz")
    [[ $page == *".TH ${name^^} 1 "* ]] || fail "$name.1 has no title line"
    local help options option
    for arguments in "$@"; do
        # shellcheck disable=SC2086  # each entry is a list of arguments
        help=$("$root/usr/bin/$name" $arguments --help)
        options=$(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
        for option in $options; do
            [[ $page == *"${option//-/\\-}"* ]] || fail "$name.1 lacks $option (from ${arguments:-general} --help)"
        done
    done
    if command -v man >/dev/null; then
        local warnings
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l \
            "$root/usr/share/man/man1/$name.1.gz" 2>&1 >/dev/null) || true
        [ -z "$warnings" ] || fail "$name.1 roff warnings: $warnings"
    fi
}
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | grep -oE '^  [a-z]+' | tr -d ' ')
[ -n "$commands" ] || fail "topology-cli --help lists no commands"
# shellcheck disable=SC2086  # one argument per command
check_man topology-cli "" $commands
check_man topology-designer ""
for command in $commands; do
    gzip -dc "$root/usr/share/man/man1/topology-cli.1.gz" | grep -qx "\.SS $command" \
        || fail "topology-cli.1 has no section for $command"
done

# --- The unpacked programs run (Qt comes from the system) ---
[ "$("$cli" --version)" = "topology-cli $version" ] || fail "topology-cli --version: $("$cli" --version)"
[ "$("$designer" --version)" = "Topology Designer $version" ] \
    || fail "topology-designer --version: $("$designer" --version 2>&1)"
"$cli" validate "$design" >"$work/validate.txt" || fail "unpacked topology-cli validate $design"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed for $(basename "$deb")" >&2
    exit 1
fi
echo "ok: $(basename "$deb"), $(wc -l <<<"$actual") files, Depends: $depends"
