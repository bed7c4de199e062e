#!/bin/sh
# Runs a Windows program under wine for CTest: its output goes through files, shown once it
# ends. A process that Wine starts on the side (its desktop, its services) inherits those
# files rather than CTest's pipes, so CTest never waits on a pipe that process holds open.
out=$(mktemp) err=$(mktemp)
wine "$@" >"$out" 2>"$err" </dev/null
status=$?
cat "$out"
cat "$err" >&2
rm -f "$out" "$err"
exit $status
