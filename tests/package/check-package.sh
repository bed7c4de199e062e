#!/usr/bin/env bash
# Builds the Debian package of a built tree with CPack, checks it with lintian, unpacks it into
# a temporary root and checks what a user would get: the file list, the control fields, the
# licence and changelog, the desktop entry, AppStream metainfo and MIME type (with the
# desktop's own validators), the man pages (with groff, mandoc and lexgrog), and that the
# unpacked programs run.
# Usage: check-package.sh BUILD_DIR SOURCE_DIR APP_ID VERSION DESIGN_FILE
set -euo pipefail

build=$1
source=$2
app_id=$3
version=$4
design=$5
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

for tool in cpack dpkg-deb dpkg-parsechangelog lintian readelf desktop-file-validate \
    appstreamcli update-mime-database identify man groff mandoc lexgrog; do
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
# The project's version with a Debian revision: a package that is not "native" to Debian's tools.
deb_version=$(dpkg-deb -f "$deb" Version)
[[ $deb_version =~ ^${version//./\\.}-[0-9]+$ ]] || fail "Version field $deb_version is not $version-N"
case $(basename "$deb") in
    "topology-designer_${deb_version}_"*.deb) ;;
    *) fail "package file name $(basename "$deb")" ;;
esac
[ "$(dpkg-deb -f "$deb" Package)" = topology-designer ] || fail "Package field"
for field in Maintainer Section Priority Description; do
    [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "no $field field"
done
depends=$(dpkg-deb -f "$deb" Depends)
# dpkg-shlibdeps filled these in from the programs' libraries.
for library in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6; do
    [[ ", $depends," == *", $library "* || ", $depends," == *", $library,"* ]] \
        || fail "Depends lacks $library: $depends"
done

# --- lintian, Debian's own package checker ---
# Any error fails, and any warning but these, each for the reason given:
allowed_warnings=(
    # The first changelog entry of a package uploaded to Debian closes its "intent to package"
    # bug. This package is published by the project, not uploaded to Debian: no such bug.
    initial-upload-closes-no-bugs
)
# Of its informational notes, the hardening ones fail too (the programs are built with
# Debian's hardening flags, TOPO_HARDENING); the others are read by hand (see README).
lintian_status=0
lintian --display-info --tag-display-limit 0 "$deb" >"$work/lintian.txt" \
    2>"$work/lintian-errors.txt" || lintian_status=$?
# 0: clean, 1: it found errors; anything else is lintian itself failing.
[ "$lintian_status" -le 1 ] || fail "lintian failed ($lintian_status): $(cat "$work/lintian-errors.txt")"
while read -r level _ tag rest; do
    case $level in
        E:) fail "lintian error: $tag $rest" ;;
        W:) [[ " ${allowed_warnings[*]} " == *" $tag "* ]] || fail "lintian warning: $tag $rest" ;;
        I:) [[ $tag != hardening-* ]] || fail "lintian: $tag $rest (build with TOPO_HARDENING=ON)" ;;
    esac
done <"$work/lintian.txt"

# --- Its files ---
root=$work/root
dpkg-deb -x "$deb" "$root"
expected=(
    usr/bin/topology-cli
    usr/bin/topology-designer
    "usr/share/applications/$app_id.desktop"
    usr/share/doc/topology-designer/changelog.Debian.gz
    usr/share/doc/topology-designer/copyright
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
# lintian has no check of the stack protector: the programs must call its failure handler.
for program in topology-cli topology-designer; do
    readelf --dyn-syms -W "$root/usr/bin/$program" >"$work/symbols.txt"
    grep -q ' __stack_chk_fail' "$work/symbols.txt" \
        || fail "$program is not built with the stack protector (TOPO_HARDENING=ON)"
done

# --- Licence and changelog, where Debian wants them ---
doc=$root/usr/share/doc/topology-designer
copyright=$doc/copyright
[ "$(head -1 "$copyright")" = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ] \
    || fail "copyright is not in the machine-readable format"
grep -qx "Files: \*" "$copyright" || fail "copyright has no Files: * paragraph"
grep -qx "Copyright: $(sed -n 's/^Copyright (c) //p' "$source/LICENSE")" "$copyright" \
    || fail "copyright holder differs from LICENSE"
[ "$(grep -c '^License: Expat$' "$copyright")" -eq 2 ] || fail "copyright: no Expat (MIT) licence"
# The licence text is LICENSE's, from its permission notice on, as the copyright format
# writes it (one space in front, " ." for an empty line).
if ! diff <(sed -n '/^Permission is hereby granted/,$p' "$source/LICENSE") \
    <(sed -n '/^ Permission is hereby granted/,$p' "$copyright" | sed 's/^ //; s/^\.$//') >&2; then
    fail "copyright's licence text differs from LICENSE"
fi
changelog=$doc/changelog.Debian.gz
gzip -t "$changelog" || fail "changelog.Debian.gz is not gzip"
# gzip -n: no file name and no time stamp (bytes 4 to 7), so builds are reproducible.
[ "$(od -An -tu4 -j4 -N4 "$changelog" | tr -d ' ')" = 0 ] || fail "changelog.Debian.gz has a time stamp"
gzip -dc "$changelog" >"$work/changelog"
[ "$(dpkg-parsechangelog -l "$work/changelog" -S Version)" = "$deb_version" ] \
    || fail "changelog's version is not the package's $deb_version"
release_date=$(grep -oE '<release version="[^"]*" date="[^"]*"' \
    "$root/usr/share/metainfo/$app_id.metainfo.xml" | grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}')
[ "$(date -u -d "$(dpkg-parsechangelog -l "$work/changelog" -S Date)" +%F)" = "$release_date" ] \
    || fail "changelog is not dated $release_date, the release date of the metainfo"
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
grep -q "<project_license>MIT</project_license>" "$metainfo" || fail "metainfo licence is not MIT"

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

# --- Man pages: every option of every --help is in the page, as roff that checkers accept ---
cli=$root/usr/bin/topology-cli
designer=$root/usr/bin/topology-designer
export QT_QPA_PLATFORM=offscreen
mkdir -m 700 "$work/runtime"
export XDG_RUNTIME_DIR=$work/runtime
# The long options of a --help's "Options:" table.
table_options() {
    sed -n '/^Options:/,/^$/p' | grep -E '^ +-' | sed -E 's/^ +//; s/   .*//' \
        | grep -oE -- '--[a-z][a-z-]*' | sort -u
}
# Every "--name" a --help mentions, in its tables or its text.
mentioned_options() {
    grep -oE -- '--[a-z][a-z-]*' | sort -u
}
# The term lines of the .TP paragraphs of a page, or of the part of it that awk's range
# pattern ($2, $3) selects.
tagged_terms() {
    awk -v from="$2" -v to="$3" '
        from != "" && $0 ~ from { inside = 1; next }
        from != "" && $0 ~ to { inside = 0 }
        (from == "" || inside) && tagged { print; tagged = 0 }
        (from == "" || inside) && $0 == ".TP" { tagged = 1 }' <<<"$1"
}
# A page: dated by the release, the usual sections, every option of the general --help in
# OPTIONS, no complaint from groff, mandoc, man or lexgrog, and no line wider than 80 columns
# on an 80-column terminal.
check_man() {
    local name=$1 file=$root/usr/share/man/man1/$1.1.gz page rendered option section
    page=$(gzip -dc "$file")
    [[ $page == *$'\n'".TH ${name^^} 1 $release_date \"Topology Designer $version\" "* ]] \
        || fail "$name.1: no title line dated $release_date (the release) for version $version"
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" "SEE ALSO"; do
        grep -qx "\.SH $section" <<<"$page" || fail "$name.1 has no $section section"
    done
    for option in $("$root/usr/bin/$name" --help | mentioned_options); do
        [[ $page == *"${option//-/\\-}"* ]] || fail "$name.1 lacks $option (from --help)"
    done
    for option in $("$root/usr/bin/$name" --help | table_options); do
        tagged_terms "$page" '^[.]SH OPTIONS' '^[.]S[HS] ' | grep -F -- "${option//-/\\-}" >/dev/null \
            || fail "$name.1: $option (from --help) is not a .TP paragraph of OPTIONS"
    done
    [ -z "$(groff -man -Tutf8 -ww -z <<<"$page" 2>&1)" ] \
        || fail "$name.1 groff warnings: $(groff -man -Tutf8 -ww -z <<<"$page" 2>&1)"
    mandoc -Tlint <<<"$page" >"$work/mandoc.txt" 2>&1 || fail "$name.1 mandoc -Tlint: $(cat "$work/mandoc.txt")"
    lexgrog "$file" >/dev/null || fail "$name.1: lexgrog finds no NAME line"
    rendered=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$file" 2>"$work/man.txt")
    [ ! -s "$work/man.txt" ] || fail "$name.1 man warnings: $(cat "$work/man.txt")"
    [ "$(LC_ALL=C.UTF-8 wc -L <<<"$rendered")" -le 80 ] \
        || fail "$name.1 has lines over 80 columns: $(LC_ALL=C.UTF-8 awk 'length > 80' <<<"$rendered")"
}
check_man topology-designer
check_man topology-cli
# Each command of topology-cli --help has its subsection, whose .TP paragraphs hold every
# option of that command's --help.
cli_page=$(gzip -dc "$root/usr/share/man/man1/topology-cli.1.gz")
grep -qx "\.SH COMMANDS" <<<"$cli_page" || fail "topology-cli.1 has no COMMANDS section"
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | grep -oE '^  [a-z]+' | tr -d ' ')
[ -n "$commands" ] || fail "topology-cli --help lists no commands"
for command in $commands; do
    grep -qx "\.SS $command" <<<"$cli_page" || fail "topology-cli.1 has no section for $command"
    for option in $("$cli" "$command" --help | mentioned_options); do
        [[ $cli_page == *"${option//-/\\-}"* ]] || fail "topology-cli.1 lacks $option (from $command --help)"
    done
    for option in $("$cli" "$command" --help | table_options); do
        tagged_terms "$cli_page" "^[.]SS $command\$" '^[.]S[HS] ' | grep -F -- "${option//-/\\-}" >/dev/null \
            || fail "topology-cli.1: $option (from $command --help) is not a .TP paragraph of $command"
    done
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
