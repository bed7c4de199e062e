#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test Topology Designer.
# Fast when everything is present: one dpkg-query, no apt-get.
# Usage: scripts/deps.sh [EXTRA-PACKAGE...]   (e.g. scripts/fuzz.sh adds clang)
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config ccache
    # Qt 6 and the libraries the code uses
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools nlohmann-json3-dev libgl-dev
    # the PNG encoder compresses with zlib directly
    zlib1g-dev
    # Qt Charts needs the OpenGL module's CMake files, which qt6-charts-dev does not pull in
    libqt6opengl6-dev
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev python3 python3-jsonschema
    # headless runs, screenshots and image checks
    xvfb xauth x11-utils imagemagick librsvg2-bin ghostscript
    # PDF text checks (pdftotext) and PDF pages rendered for a look (pdftoppm)
    poppler-utils
    # packages (scripts/package.sh) and their checks: dpkg-shlibdeps fills in the Debian
    # dependencies and dpkg-buildflags gives the hardening flags; lintian checks the package;
    # the desktop's validators check the desktop entry, metainfo and MIME type; groff, mandoc
    # and man-db (man, lexgrog) check the man pages, which python3 writes at build time
    dpkg-dev lintian desktop-file-utils appstream shared-mime-info groff-base mandoc man-db
    # what Qt needs at run time on X11 and for readable text
    libxkbcommon-x11-0 libxcb-cursor0 fonts-dejavu-core
)
packages+=("$@")

# One dpkg-query for the whole list; a package counts as present only when it is installed
# (dpkg-query prints nothing for a package it has never heard of).
installed=" $(dpkg-query -W -f='${Package}:${db:Status-Status} ' "${packages[@]}" 2>/dev/null || true) "
missing=()
for p in "${packages[@]}"; do
    case "$installed" in
        *" $p:installed "*) ;;
        *) missing+=("$p") ;;
    esac
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "deps: installing ${missing[*]}"

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "deps: not root and no sudo; install these packages by hand: ${missing[*]}" >&2
        exit 1
    fi
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
