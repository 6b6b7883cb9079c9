#!/usr/bin/env bash
# Builds every benchmark (tests/bench/bench_*.cpp) and runs each one with
# -median 5, printing the figures; the lines a benchmark prints as
# "FIGURE …" (sizes, timings, the matcher's evaluation table) are repeated
# together at the end.
#   tests/bench/run.sh [BUILD_DIR]     BUILD_DIR defaults to "build" in the source tree
# HOMEWARD_BENCH_REGISTRY=N sets the size of the matcher's generated registry (default 1,000,000).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja
fi

benches=()
for source in "$root"/tests/bench/bench_*.cpp; do
    [[ -e "$source" ]] || continue
    benches+=("$(basename "$source" .cpp)")
done
if [[ ${#benches[@]} -eq 0 ]]; then
    echo "No benchmarks found in $root/tests/bench" >&2
    exit 1
fi

# Re-configure so a newly added bench_*.cpp becomes a target, then build them.
cmake "$build" > /dev/null
cmake --build "$build" --target "${benches[@]}"

output="$(mktemp)"
trap 'rm -f "$output"' EXIT
status=0
for bench in "${benches[@]}"; do
    echo "=== $bench" | tee -a "$output"
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/$bench" -median 5 2>&1 | tee -a "$output" || status=$?
done

echo
echo "=== figures"
grep -E '^(=== |FIGURE )' "$output" | sed -e 's/^FIGURE /  /'
exit "$status"
