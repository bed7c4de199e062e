#!/usr/bin/env bash
# Builds the release packages into out/packages/: the Debian package and a .tar.gz of the same
# installed tree. Install the package with
#   apt-get install ./out/packages/topology-designer_<version>-<revision>_<arch>.deb
# Extra arguments go to cpack, e.g. scripts/package.sh -G DEB for the Debian package alone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The man pages are written at build time from the programs' --help: no display needed.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

scripts/deps.sh
# Only what the packages hold; the tests and benchmarks are not needed for them.
scripts/build.sh Release --target topology-designer topology-cli desktop_integration

out=$PWD/out/packages
mkdir -p "$out"
cpack --config build/release/CPackConfig.cmake -B "$out" "$@"
# CPack's staging tree is not a deliverable.
rm -rf "$out/_CPack_Packages"
ls -l "$out"
