#!/usr/bin/env bash
# The Windows build, from Debian 12: installs what it needs, builds Qt 6.4.2 for 64-bit Windows
# once into a cache outside the checkout (scripts/windows/qt.sh), cross-builds the designer,
# topology-cli and the tests with MinGW-w64 into build/windows, runs the tests under Wine (in
# Xvfb), and writes the installer and the portable zip to out/windows/.
#
# Usage: scripts/windows.sh [STEP...]   STEP: build, test, package (default: all three),
#        screenshots (the packaged designer under Wine: scripts/windows/screenshots.sh)
#   Extra ctest arguments: TOPO_WINDOWS_CTEST_ARGS="-R schema".
# Environment: TOPO_WINDOWS_CACHE, TOPO_QT_SOURCES (scripts/windows/qt.sh), TOPO_TEST_JOBS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(build test package)

build=$repo/build/windows
version=$(sed -n 's/^project(TopologyDesigner VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
jobs=${TOPO_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}

# The MinGW-w64 compiler (posix threads) and its zlib (the PNG encoder), Wine, NSIS, zip, and
# what the Linux build needs (Debian's Qt gives the host tools: moc, rcc, uic).
scripts/deps.sh g++-mingw-w64-x86-64-posix libz-mingw-w64-dev wine wine64 nsis googletest dpkg-dev zip

eval "$(scripts/windows/qt.sh)"

# Wine: a prefix of the build's own, quiet, and the Qt and MinGW runtime DLLs on its PATH.
export WINEPREFIX=$build/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
runtime="$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")"
export WINEPATH="Z:${QT_PREFIX//\//\\}\\bin;Z:${runtime//\//\\};Z:\\usr\\x86_64-w64-mingw32\\lib"

say() { echo "windows: $*"; }

step_build() {
    local start=$SECONDS
    # ccache keeps the compiled objects between runs (in ~/.cache, like Qt for Windows); paths
    # are taken relative to the checkout, so that another clone of it hits the same objects.
    export CCACHE_BASEDIR=$repo
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$repo/scripts/windows/toolchain.cmake" \
        -DCMAKE_PREFIX_PATH="$QT_PREFIX;$DEPS_PREFIX" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DTOPO_HARDENING=OFF -DTOPO_BUILD_BENCHMARKS=OFF \
        -DCMAKE_GTEST_DISCOVER_TESTS_DISCOVERY_MODE=PRE_TEST \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache \
        -DTOPO_WARNINGS_AS_ERRORS="${TOPO_WARNINGS_AS_ERRORS:-OFF}" >/dev/null
    cmake --build "$build" -j "$jobs"
    say "built in $((SECONDS - start)) s"
}

make_wine_prefix() {
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        say "creating the Wine prefix $WINEPREFIX"
        wine wineboot -i >/dev/null 2>&1
        wineserver -w
    fi
    # \\localhost\C$, the administrative share of drive C: that Windows gives administrators,
    # for the tests of UNC paths.
    mkdir -p "$WINEPREFIX/dosdevices/unc/localhost"
    ln -sfn ../../c: "$WINEPREFIX/dosdevices/unc/localhost/C\$"
    # C:\Windows\Fonts, where the programs draw their pictures' text from when they run
    # without a window (app/editor/platform/HeadlessPlatform.h), is empty in a Wine prefix:
    # it gets the DejaVu fonts the Linux build draws with (Windows itself has Segoe UI there).
    cp -u /usr/share/fonts/truetype/dejavu/*.ttf "$WINEPREFIX/drive_c/windows/Fonts/"
}

step_test() {
    local start=$SECONDS
    make_wine_prefix
    # Qt's plugins (the offscreen platform the tests choose, image formats) from the prefix.
    export QT_PLUGIN_PATH="$QT_PREFIX/plugins"
    # One Wine server for the whole run, on the virtual display: each test process then
    # starts in a fraction of a second, and none holds a display that has gone.
    wineserver -k 2>/dev/null || true
    local status=0
    (cd "$build" && xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
        wineserver -p
        # Wine starts its own services with the first program; started here, they do not
        # inherit (and hold open) the output pipe of a test that CTest waits on.
        wine wineboot >/dev/null 2>&1 </dev/null
        ctest --output-on-failure -j "$1" ${2:-}
        status=$?
        wineserver -k
        exit $status' ctest "${TOPO_TEST_JOBS:-$jobs}" "${TOPO_WINDOWS_CTEST_ARGS:-}") || status=$?
    say "tests took $((SECONDS - start)) s"
    return $status
}

# The installed folder: the programs, their DLLs and plugins, the licence and the readme.
stage_folder() {
    local stage=$build/stage app=$1
    rm -rf "$stage" "$app"
    cmake --install "$build" --prefix "$stage" >/dev/null
    mkdir -p "$app"
    cp "$stage"/bin/*.exe "$app/"
    sed 's/$/\r/' LICENSE >"$app/LICENSE.txt"
    sed 's/$/\r/' README.md >"$app/README.txt"
    scripts/windows/deploy.sh "$app" "$QT_PREFIX"
}

# NSIS lists of what to install and what the uninstaller removes: exactly the staged files,
# then their folders, deepest first.
write_file_lists() {
    local app=$1 files=$2 unfiles=$3
    : >"$files"
    : >"$unfiles"
    (cd "$app" && find . -type d | sort) | while read -r dir; do
        local win=${dir#./}
        win=${win//\//\\}
        if [ "$dir" = . ]; then
            echo "SetOutPath \"\$INSTDIR\"" >>"$files"
        else
            echo "SetOutPath \"\$INSTDIR\\$win\"" >>"$files"
        fi
        (cd "$app/$dir" && find . -maxdepth 1 -type f | sort) | while read -r file; do
            echo "File \"$app/${dir#./}/${file#./}\"" | sed 's|/\./|/|; s|//|/|' >>"$files"
            local name=${file#./}
            if [ "$dir" = . ]; then
                echo "Delete \"\$INSTDIR\\$name\"" >>"$unfiles"
            else
                echo "Delete \"\$INSTDIR\\$win\\$name\"" >>"$unfiles"
            fi
        done
    done
    echo "SetOutPath \"\$INSTDIR\"" >>"$files"
    (cd "$app" && find . -mindepth 1 -type d | sort -r) | while read -r dir; do
        local win=${dir#./}
        echo "RMDir \"\$INSTDIR\\${win//\//\\}\"" >>"$unfiles"
    done
}

step_package() {
    local start=$SECONDS name=TopologyDesigner-$version-win64
    local out=$repo/out/windows app=$build/$name
    mkdir -p "$out"
    stage_folder "$app"
    rm -f "$out/$name.zip"
    (cd "$build" && zip -q -r -9 "$out/$name.zip" "$name")
    write_file_lists "$app" "$build/install-files.nsh" "$build/uninstall-files.nsh"
    makensis -V2 -DVERSION="$version" -DSTAGE="$app" -DFILES="$build/install-files.nsh" \
        -DUNFILES="$build/uninstall-files.nsh" -DOUTFILE="$out/$name-setup.exe" \
        -DICON="$build/windows-icons/topology-designer.ico" installer/windows/installer.nsi
    say "packaged in $((SECONDS - start)) s:"
    ls -l "$out"
}

source scripts/windows/screenshots.sh

for step in "${steps[@]}"; do
    case "$step" in
        build) step_build ;;
        test) step_test ;;
        package) step_package ;;
        screenshots) step_screenshots ;;
        *) echo "usage: scripts/windows.sh [build|test|package|screenshots]..." >&2; exit 2 ;;
    esac
done
