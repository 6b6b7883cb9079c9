#!/usr/bin/env bash
# Configures and builds Homeward (Ninja).
#   tools/build.sh              build/           RelWithDebInfo, as run.sh and test.sh use it
#   tools/build.sh --sanitize   build-sanitize/  AddressSanitizer + UndefinedBehaviorSanitizer,
#                                                -O0 with line tables only, no benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "")
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build --parallel "$(nproc)"
    ;;
  --sanitize)
    # -O0: sanitized code at -O1 compiles 1.5-1.7 times as slowly as the normal -O2 build,
    # at -O0 slightly faster than it, and most of the suite's time is SQLite and Qt (not
    # sanitized) anyway. -g1 (line tables) gives the reports file:line at little cost.
    cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O0 -g1 -DNDEBUG" \
          -DHOMEWARD_SANITIZE=ON -DHOMEWARD_BUILD_BENCH=OFF >/dev/null
    cmake --build build-sanitize --parallel "$(nproc)"
    ;;
  *)
    echo "usage: tools/build.sh [--sanitize]" >&2
    exit 2
    ;;
esac
