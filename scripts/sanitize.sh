#!/usr/bin/env bash
# Builds the core, the editor layer and the CLI with their tests under AddressSanitizer and
# UndefinedBehaviorSanitizer (clang, build/asan) and runs those tests with CTest. Any
# sanitizer report fails the test that caused it. The designer window (ui/), its tests, the
# benchmarks and the package test are not part of this build.
# Extra arguments go to ctest, e.g. scripts/sanitize.sh -R core_
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# clang compiles this code base faster than g++ with the sanitizers on (1.4 to 3 times per file,
# measured on the 2-core CI machine), which keeps the CI run short; its runtime libraries come
# with libclang-rt-14-dev.
scripts/deps.sh clang libclang-rt-14-dev

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# Set before the build too: gtest_discover_tests runs the instrumented test programs then.
# Leak detection is on and needs no suppressions: Qt (offscreen platform) leaks nothing at exit
# that LeakSanitizer reports here. The CLI tests run the instrumented topology-cli with the same
# options, so a report there fails them too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
# -O0: measured on 2 cores, it compiles in 2/3 of the CPU time of -O1 and the tests take
# 50 s longer, a minute less in all. Line tables are enough for the reports' stack traces.
flags="$flags -O0 -gline-tables-only"
dir=build/asan
. scripts/compiler-cache.sh
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Sanitize "${launcher[@]}" \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_SANITIZE="$flags" \
    -DTOPO_BUILD_DESIGNER=OFF -DTOPO_BUILD_BENCHMARKS=OFF \
    -DTOPO_WARNINGS_AS_ERRORS="${TOPO_WARNINGS_AS_ERRORS:-OFF}" >/dev/null
cmake --build "$dir" -j "${TOPO_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}"
cd "$dir"
# The crash-safety test kills exports a hundred times to check what is left on disk, not
# memory: the normal build runs it, here it would only be slow.
exec ctest --output-on-failure -j "${TOPO_TEST_JOBS:-$(nproc)}" -E 'CrashSafety' "$@"
