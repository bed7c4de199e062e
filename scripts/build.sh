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

# Configure every time: it is quick on an existing tree and picks up a changed option.
# TOPO_WARNINGS_AS_ERRORS=ON (CI sets it) turns compiler warnings into errors.
. scripts/compiler-cache.sh
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${launcher[@]}" \
    -DTOPO_WARNINGS_AS_ERRORS="${TOPO_WARNINGS_AS_ERRORS:-OFF}" >/dev/null
jobs=${TOPO_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}
cmake --build "$dir" -j "$jobs" "$@"
