#!/usr/bin/env bash
# Installs what is missing, builds Release and runs every test with CTest.
# Extra arguments go to ctest, e.g. scripts/test.sh -R schema
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Tests run headless: Qt's offscreen platform unless the caller chose one. Set before the build
# too, because gtest_discover_tests runs the test binaries at build time.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

scripts/deps.sh
scripts/build.sh Release
cd build/release
exec ctest --output-on-failure -j "${TOPO_TEST_JOBS:-$(nproc)}" "$@"
