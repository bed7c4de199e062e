#!/usr/bin/env bash
# Builds Qt 6.4.2 (qtbase, qtsvg, qtcharts) for x86_64-w64-mingw32 into a cache folder outside
# the checkout, and the test dependencies (GoogleTest, nlohmann_json) beside it; prints the two
# prefixes as "QT_PREFIX=..." and "DEPS_PREFIX=...". A prefix is reused when its stamp file
# exists: the folder's name holds the Qt version and a hash of the configure options, the
# toolchain and the compiler's version, so changing any of them builds a new one.
#
# Usage: scripts/windows/qt.sh [--cached]   (--cached: exit 0 when both are built, else 1)
# Environment: TOPO_WINDOWS_CACHE (default ~/.cache/topology-designer/windows),
# TOPO_QT_SOURCES (the folder holding qtsvg-6.4.2-src.tar.xz and qtcharts-6.4.2-src.tar.xz;
# default ../shared/third_party/qt-6.4.2 beside the checkout when it exists).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

qt_version=6.4.2
cache=${TOPO_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/topology-designer/windows}
jobs=${TOPO_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}

# What the designer does not use stays out: SQL, network, D-Bus, XML, Vulkan, OpenGL, and
# image formats other than PNG, ICO and SVG; printing stays in (File › Print…). Every
# third-party library is Qt's bundled copy. Debian's "+dfsg" qtbase drops src/3rdparty/wintab,
# which tablet events need; INPUT_opengl=no (not FEATURE_opengl=OFF) also turns off the dynamic
# OpenGL loader.
qtbase_options=(
    -DBUILD_SHARED_LIBS=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
    -DFEATURE_sql=OFF -DFEATURE_network=OFF -DFEATURE_dbus=OFF
    -DFEATURE_xml=OFF -DFEATURE_vulkan=OFF -DFEATURE_zstd=OFF -DFEATURE_icu=OFF
    -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF -DFEATURE_tabletevent=OFF -DINPUT_opengl=no
    -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_freetype=OFF
    -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_png=OFF
    -DFEATURE_system_doubleconversion=OFF -DFEATURE_system_libb2=OFF
)
module_options=(-DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF)

compiler_version=$(x86_64-w64-mingw32-g++-posix -dumpfullversion)
key=$( { printf '%s\n' "$qt_version" "$compiler_version" "${qtbase_options[@]}" \
           "${module_options[@]}"; cat "$here/toolchain.cmake"; } | sha256sum | cut -c1-12)
qt_prefix=$cache/qt-$qt_version-mingw64-$key
deps_prefix=$cache/deps-mingw64-$key
# Qt's installed CMake files name the toolchain file they were built with: a copy kept in the
# cache stays valid when the checkout moves or goes.
toolchain=$cache/toolchain-$key.cmake

say() { echo "windows: $*" >&2; }

source_folder() {
    if [ -n "${TOPO_QT_SOURCES:-}" ]; then
        echo "$TOPO_QT_SOURCES"
    elif [ -d "$repo/../shared/third_party/qt-$qt_version" ]; then
        echo "$repo/../shared/third_party/qt-$qt_version"
    else
        say "set TOPO_QT_SOURCES to the folder holding qtsvg-$qt_version-src.tar.xz and" \
            "qtcharts-$qt_version-src.tar.xz (Debian does not serve these sources)"
        exit 1
    fi
}

# qtbase's source comes from Debian's archive, which needs a deb-src line.
fetch_qtbase() {
    local work=$1
    if ! apt-get source --print-uris qt6-base >/dev/null 2>&1; then
        say "adding Debian's source archive (deb-src) for qt6-base"
        local as_root=()
        [ "$(id -u)" -eq 0 ] || as_root=(sudo)
        printf '%s\n' "Types: deb-src" "URIs: http://deb.debian.org/debian" \
            "Suites: bookworm bookworm-updates" "Components: main" \
            "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg" |
            "${as_root[@]}" tee /etc/apt/sources.list.d/topology-designer-sources.sources >/dev/null
        "${as_root[@]}" apt-get update -q >&2
    fi
    (cd "$work" && apt-get source -q qt6-base >&2)
    local dir
    dir=$(find "$work" -maxdepth 1 -type d -name "qt6-base-$qt_version*" | head -n 1)
    [ -n "$dir" ] || { say "apt-get source gave no qt6-base-$qt_version folder"; exit 1; }
    echo "$dir"
}

build_qt() {
    local sources work
    sources=$(source_folder)
    for module in qtsvg qtcharts; do
        [ -f "$sources/$module-$qt_version-src.tar.xz" ] ||
            { say "missing $sources/$module-$qt_version-src.tar.xz"; exit 1; }
    done
    rm -rf "$qt_prefix"
    work=$(mktemp -d "$cache/work.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    say "building Qt $qt_version for Windows into $qt_prefix (about 30 CPU-minutes)"

    local qtbase
    qtbase=$(fetch_qtbase "$work")
    cmake -S "$qtbase" -B "$work/build-qtbase" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_INSTALL_PREFIX="$qt_prefix" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        "${qtbase_options[@]}" >"$work/qtbase-configure.log" ||
        { tail -n 40 "$work/qtbase-configure.log" >&2; exit 1; }
    cmake --build "$work/build-qtbase" -j "$jobs" >&2
    cmake --install "$work/build-qtbase" --strip >/dev/null

    for module in qtsvg qtcharts; do
        tar -xJf "$sources/$module-$qt_version-src.tar.xz" -C "$work"
        local src
        src=$(find "$work" -maxdepth 1 -type d -name "$module*" | head -n 1)
        "$qt_prefix/bin/qt-cmake" -S "$src" -B "$work/build-$module" -G Ninja \
            -DCMAKE_BUILD_TYPE=Release "${module_options[@]}" >"$work/$module-configure.log" ||
            { tail -n 40 "$work/$module-configure.log" >&2; exit 1; }
        cmake --build "$work/build-$module" -j "$jobs" >&2
        cmake --install "$work/build-$module" --strip >/dev/null
    done
    rm -rf "$work"
    trap - EXIT
    date -u +%FT%TZ >"$qt_prefix/.topology-designer-complete"
}

# GoogleTest from Debian's source package (static, with the shared C runtime) and the
# header-only nlohmann_json with its CMake files.
build_deps() {
    rm -rf "$deps_prefix"
    local work
    work=$(mktemp -d "$cache/work.XXXXXX")
    cmake -S /usr/src/googletest -B "$work/gtest" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_INSTALL_PREFIX="$deps_prefix" \
        -Dgtest_force_shared_crt=ON >"$work/gtest.log" ||
        { tail -n 40 "$work/gtest.log" >&2; exit 1; }
    cmake --build "$work/gtest" -j "$jobs" >/dev/null
    cmake --install "$work/gtest" >/dev/null
    mkdir -p "$deps_prefix/include" "$deps_prefix/share/cmake"
    cp -r /usr/include/nlohmann "$deps_prefix/include/"
    cp -r /usr/share/cmake/nlohmann_json "$deps_prefix/share/cmake/"
    rm -rf "$work"
    date -u +%FT%TZ >"$deps_prefix/.topology-designer-complete"
}

# --cached: only says whether both prefixes are there (exit 0) or not (exit 1).
if [ "${1:-}" = "--cached" ]; then
    [ -f "$qt_prefix/.topology-designer-complete" ] && [ -f "$deps_prefix/.topology-designer-complete" ]
    exit
fi

mkdir -p "$cache"
cp "$here/toolchain.cmake" "$toolchain"
if [ -f "$qt_prefix/.topology-designer-complete" ]; then
    say "reusing Qt $qt_version for Windows in $qt_prefix"
else
    build_qt
fi
[ -f "$deps_prefix/.topology-designer-complete" ] || build_deps
echo "QT_PREFIX=$qt_prefix"
echo "DEPS_PREFIX=$deps_prefix"
echo "TOOLCHAIN=$toolchain"
