#!/usr/bin/env bash
# Fails when a C++ source or header differs from what clang-format (the Debian 12 version,
# clang-format 14, with the project's .clang-format) makes of it, and lists the files.
# Usage: scripts/format-check.sh [--fix]   (--fix rewrites the files in place)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/deps.sh clang-format
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
else
    mapfile -t files < <(find app ui tests -name '*.cpp' -o -name '*.h' | sort)
fi
if [ "${1:-}" = --fix ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
# One clang-format run over every file; its messages start with the file's name.
report=$(clang-format --dry-run --Werror "${files[@]}" 2>&1 >/dev/null || true)
mapfile -t differing < <(printf '%s\n' "$report" | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error:.*/\1/p' | sort -u)
if [ ${#differing[@]} -ne 0 ]; then
    echo "format-check: ${#differing[@]} file(s) differ from clang-format's layout:" >&2
    printf '  %s\n' "${differing[@]}" >&2
    echo "format-check: run scripts/format-check.sh --fix" >&2
    exit 1
fi
echo "format-check: ${#files[@]} files match clang-format"
