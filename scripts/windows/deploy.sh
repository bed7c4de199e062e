#!/usr/bin/env bash
# Makes a folder of Windows programs self-contained: copies the Qt plugins the designer loads
# (the Windows platform and its offscreen twin, the Windows style, SVG and ICO images, SVG
# icons) and every DLL the programs and those plugins import, found in the Qt prefix and the
# MinGW runtime folders, then strips them. What `windeployqt` does, which Debian does not ship.
#
# Usage: scripts/windows/deploy.sh FOLDER QT_PREFIX
set -euo pipefail
folder=$1
qt=$2
triple=x86_64-w64-mingw32
# Qt's DLLs, then the compiler's runtime (libstdc++, libgcc) and the MinGW libraries.
search=("$qt/bin" "$(dirname "$("$triple-g++-posix" -print-libgcc-file-name)")" "/usr/$triple/lib"
        "/usr/$triple/bin")

plugins=(platforms/qwindows platforms/qoffscreen styles/qwindowsvistastyle imageformats/qsvg
         imageformats/qico iconengines/qsvgicon)
for plugin in "${plugins[@]}"; do
    mkdir -p "$folder/$(dirname "$plugin")"
    cp "$qt/plugins/$plugin.dll" "$folder/$plugin.dll"
done

# The DLLs a PE file imports, lower-cased as Windows compares them.
imports() {
    "$triple-objdump" -p "$1" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z'
}

find_dll() {
    local name=$1 dir hit
    for dir in "${search[@]}"; do
        hit=$(find "$dir" -maxdepth 1 -iname "$name" 2>/dev/null | head -n 1)
        [ -n "$hit" ] && { echo "$hit"; return 0; }
    done
    return 1
}

# Breadth-first over the import graph; DLLs found nowhere are Windows' own (kernel32...).
queue=()
while IFS= read -r -d '' file; do queue+=("$file"); done < <(find "$folder" -iname '*.exe' -print0 -o -iname '*.dll' -print0)
declare -A seen=()
while [ ${#queue[@]} -gt 0 ]; do
    file=${queue[0]}
    queue=("${queue[@]:1}")
    for dll in $(imports "$file"); do
        [ -n "${seen[$dll]:-}" ] && continue
        seen[$dll]=1
        [ -n "$(find "$folder" -maxdepth 1 -iname "$dll")" ] && continue
        if source=$(find_dll "$dll"); then
            cp "$source" "$folder/"
            queue+=("$folder/$(basename "$source")")
        fi
    done
done

find "$folder" \( -iname '*.dll' -o -iname '*.exe' \) -exec "$triple-strip" --strip-unneeded {} +
