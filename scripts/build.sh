#!/usr/bin/env bash
# Configures and builds Topology Designer with Ninja into build/<type>, e.g. build/release.
# Usage: scripts/build.sh [Release|Debug|RelWithDebInfo] [extra cmake --build arguments]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

type=${1:-Release}
shift || true
case "$type" in
    Release | Debug | RelWithDebInfo | MinSizeRel) ;;
    *) echo "usage: scripts/build.sh [Release|Debug|RelWithDebInfo|MinSizeRel]" >&2; exit 2 ;;
esac
dir=build/${type,,}

# Configure every time: it is quick on an existing tree, and it picks up folders that the
# top-level CMakeLists.txt adds only when they exist (Ninja alone would not notice them).
. scripts/compiler-cache.sh
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${launcher[@]}" >/dev/null
jobs=${TOPO_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}
cmake --build "$dir" -j "$jobs" "$@"
