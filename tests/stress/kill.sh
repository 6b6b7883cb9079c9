#!/usr/bin/env bash
# The kill test at length: runs the built storage_killcycles test for COUNT
# cycles (start a writer, SIGKILL it at a random moment, check the database)
# and prints its summary. Builds nothing: build the target
# test_storage_killcycles first.
#
#   tests/stress/kill.sh [COUNT] [BUILD_DIR]
#     COUNT      cycles (default 10000)
#     BUILD_DIR  the CMake build folder (default: the "build" folder at the
#                top of the source tree, or $HOMEWARD_BUILD_DIR)
# Also read by the test: HOMEWARD_KILL_FRESH_EVERY (a new database after this
# many cycles, default 100) and HOMEWARD_KILL_MASTER_SEED (repeat the writes
# of a run; the kill moments are never the same).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
count="${1:-10000}"
build="${2:-${HOMEWARD_BUILD_DIR:-$here/../../build}}"
binary="$build/tests/test_storage_killcycles"

case "$count" in
'' | *[!0-9]* | 0)
    echo "usage: $0 [COUNT] [BUILD_DIR]  (COUNT: a number of cycles, at least 1)" >&2
    exit 2
    ;;
esac
if [ ! -x "$binary" ]; then
    echo "kill.sh: $binary not found; build it first:" >&2
    echo "  cmake --build $build --target test_storage_killcycles" >&2
    exit 2
fi

log="$(mktemp -t homeward-kill.XXXXXX)"
trap 'rm -f "$log"' EXIT
echo "kill.sh: $count cycles with $binary"
started=$(date +%s)
# The full output goes to the log; the summary and progress lines to the terminal.
set +e
# (The test lifts Qt Test's 5-minute limit of a test function by itself.)
HOMEWARD_KILL_CYCLES="$count" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$binary" 2>&1 |
    tee "$log" | grep --line-buffered -E '^kill cycles:|^FAIL|^Totals:'
status=${PIPESTATUS[0]}
set -e
elapsed=$(($(date +%s) - started))
if ! grep -q '^Totals: .* 0 failed' "$log"; then
    echo "kill.sh: FAILED; the test's whole output:" >&2
    cat "$log" >&2
    status=1
fi
echo "kill.sh: $count cycles in ${elapsed} s"
exit "$status"
