# Sourced by the build scripts: ccache, when installed, keeps rebuilds of unchanged files
# cheap. Paths are taken relative to the checkout, so two checkouts of the project share its
# cache. Sets `launcher` to the CMake options that use it (empty without ccache).
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi
