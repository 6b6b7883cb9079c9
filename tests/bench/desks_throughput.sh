#!/usr/bin/env bash
# Verifications per second with 1, 2 and 4 desks at once (bench_desks.cpp): on a throw-away
# PostgreSQL server (tools/pg-test-server.sh) and, for comparison, on one SQLite file.
#   tests/bench/desks_throughput.sh [BUILD_DIR] [PERSONS]
# BUILD_DIR defaults to "build" in the source tree; PERSONS (default 40) is the number of persons
# per desk, nine checklist items each.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
persons="${2:-40}"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja
fi
cmake "$build" > /dev/null
cmake --build "$build" --target bench_desks

export HOMEWARD_PG_TEST_SERVER="$root/tools/pg-test-server.sh"
echo "=== PostgreSQL ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
"$build/tests/bench/bench_desks" --persons "$persons" | sed -e 's/^FIGURE //'
echo "=== SQLite"
"$build/tests/bench/bench_desks" --persons "$persons" --sqlite | sed -e 's/^FIGURE //'
