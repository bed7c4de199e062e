#!/usr/bin/env bash
# Builds the libFuzzer target fuzz_topology with clang (core only, in build/fuzz) and fuzzes
# the loader, validator, saver and analyses for SECONDS (default 60) from a copy of the seed
# corpus; the committed corpus is never written to. Fails when the fuzzer finds a crash, a
# leak, undefined behaviour or a broken round trip; the input is then in build/fuzz/findings/.
# Usage: scripts/fuzz.sh [SECONDS] [extra libFuzzer options]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-60}
shift || true
case "$seconds" in
    '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [libFuzzer options]" >&2; exit 2 ;;
esac

# clang with its runtime libraries (libFuzzer, the sanitizers), which clang only recommends.
scripts/deps.sh clang libclang-rt-14-dev
dir=build/fuzz
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DTOPO_CORE_ONLY=ON -DTOPO_BUILD_FUZZERS=ON \
    -DTOPO_BUILD_TESTS=OFF -DTOPO_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$dir" -j "${TOPO_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}" --target fuzz_topology

# The seed corpus: the fuzz corpus, the fixtures and the invalid files (as the replay test).
run=$dir/corpus
findings=$dir/findings
rm -rf "$run"
mkdir -p "$run" "$findings"
cp tests/fuzz/corpus/*.json tests/data/invalid/*.json "$run"/
cp tests/data/fixtures/*.topology.json "$run"/

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
log=$dir/fuzz.log
# -max_len: a little over the largest seed, so inputs stay small and fast; -timeout: one input
# taking longer than that is a finding too.
set +e
"$dir/tests/fuzz/fuzz_topology" "$run" \
    -dict=tests/fuzz/topology.dict -max_total_time="$seconds" -max_len=12288 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" "$@" >"$log" 2>&1
status=$?
set -e
grep -E '^#[0-9]+[[:space:]]+(INITED|pulse|DONE)|^stat::' "$log" || true

# The last status line has the coverage (cov: edges, ft: features) and execs/s.
summary=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 || true)
echo "fuzz: ${summary:-no status line}"
if [ "$status" -ne 0 ]; then
    tail -n 60 "$log" >&2
    echo "fuzz: fuzz_topology failed (exit $status); the input is in $findings/, log in $log" >&2
    exit 1
fi
