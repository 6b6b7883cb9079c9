#!/usr/bin/env bash
# The registry import against sqlite3's own CSV import, side by side, on the same file.
#   tests/bench/import_vs_sqlite3.sh [BUILD_DIR]     BUILD_DIR defaults to "build" in the source tree
# HOMEWARD_BENCH_IMPORT_ROWS=N   rows in the generated interchange CSV (default 100,000)
# HOMEWARD_BENCH_RUNS=N          runs of each (default 3); the medians are compared
# HOMEWARD_BENCH_IMPORT_LIST=0   skips the one run of RegistryListImport::importList at the end
#
# bench_import writes the file once (deterministic bytes). Each run then:
#  1. sqlite3 .import --csv --skip 1 into a plain table of the same 14 TEXT columns (no constraint, no index) in a
#     fresh database FILE set up as the application sets up its own: journal_mode WAL, synchronous FULL. The time
#     is the wall clock around the sqlite3 process (date +%s.%N; includes starting sqlite3, a few milliseconds).
#  2. bench_import importCsv: RegistryRepository::importCsv with every check into a fresh, fully migrated
#     database file (WAL, synchronous FULL, foreign keys on), as an operator. The time is the wall clock around
#     the importCsv call alone (QElapsedTimer, monotonic); creating the database and the official is not counted.
#     The import reads and checks on a worker thread while it writes (ReadAhead): its CPU time (both threads) can
#     exceed its wall clock. sqlite3 .import runs on one thread.
# The target of issue 5 is a ratio registry / sqlite3 of at most 2.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
runs="${HOMEWARD_BENCH_RUNS:-3}"
rows="${HOMEWARD_BENCH_IMPORT_ROWS:-100000}"
export HOMEWARD_BENCH_IMPORT_ROWS="$rows"

command -v sqlite3 > /dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 1; }

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake "$build" > /dev/null # a new bench_*.cpp becomes a target
cmake --build "$build" --target bench_import
bench="$build/tests/bench/bench_import"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
csv="$work/registry.csv"
export HOMEWARD_BENCH_IMPORT_CSV="$csv"
export QT_QPA_PLATFORM=offscreen

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) processors)"
echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
"$bench" csvHasEveryRow | grep '^FIGURE ' | sed -e 's/^FIGURE //'
echo "file: $(du -h "$csv" | cut -f1), $(($(wc -l < "$csv") - 1)) rows"

columns="record_id, surname, given_name, patronymic, birth_date, sex, category, rank, unit, service_number,
         document_number, birth_place, region, notes"
sqlite_times=()
registry_times=()
registry_cpu=()
for ((run = 1; run <= runs; run++)); do
    db="$work/plain-$run.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    sqlite3 "$db" "PRAGMA journal_mode = WAL; CREATE TABLE plain ($columns);" > /dev/null
    start="$(now)"
    sqlite3 "$db" <<EOF
PRAGMA synchronous = FULL;
.import --csv --skip 1 $csv plain
EOF
    end="$(now)"
    stored="$(sqlite3 "$db" "SELECT count(*) FROM plain")"
    if [[ "$stored" != "$rows" ]]; then
        echo "sqlite3 .import stored $stored rows, not $rows" >&2
        exit 1
    fi
    sqlite_s="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')"
    rm -f "$db" "$db-wal" "$db-shm"

    output="$("$bench" importCsv)" || { echo "$output" >&2; exit 1; }
    line="$(grep '^FIGURE registry importCsv' <<< "$output")"
    registry_s="$(sed -E 's/.* rows in ([0-9.]+) s .*/\1/' <<< "$line")"
    cpu_s="$(sed -E 's/.*\(CPU ([0-9.]+) s\).*/\1/' <<< "$line")"
    sqlite_times+=("$sqlite_s")
    registry_times+=("$registry_s")
    registry_cpu+=("$cpu_s")
    printf 'run %d: registry import %s s (CPU %s s), sqlite3 .import %s s, ratio %s; load %s\n' "$run" "$registry_s" \
        "$cpu_s" "$sqlite_s" "$(awk -v r="$registry_s" -v s="$sqlite_s" 'BEGIN { printf "%.2f", r / s }')" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
done

registry_median="$(median "${registry_times[@]}")"
sqlite_median="$(median "${sqlite_times[@]}")"
cpu_median="$(median "${registry_cpu[@]}")"
ratio="$(awk -v r="$registry_median" -v s="$sqlite_median" 'BEGIN { printf "%.2f", r / s }')"
echo
printf 'median of %d: registry import %.3f s (CPU %.3f s, %d rows/s), sqlite3 .import %.3f s (%d rows/s), ratio %s (target <= 2)\n' \
    "$runs" "$registry_median" "$cpu_median" "$(awk -v n="$rows" -v t="$registry_median" 'BEGIN { print int(n / t) }')" \
    "$sqlite_median" "$(awk -v n="$rows" -v t="$sqlite_median" 'BEGIN { print int(n / t) }')" "$ratio"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "${HOMEWARD_BENCH_IMPORT_LIST:-1}" != 0 ]]; then
    "$bench" importList | grep '^FIGURE registry importList' | sed -e 's/^FIGURE //'
fi

awk -v r="$ratio" 'BEGIN { exit !(r <= 2) }' || { echo "ratio above 2: the target of issue 5 is not met"; exit 2; }
echo "target met"
