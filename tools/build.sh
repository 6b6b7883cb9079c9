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
    # clang when there is one (test.sh --sanitize installs it for the fuzz target): it builds
    # this tree with the sanitizers in 350 s where GCC takes 535 s on 2 cores, which keeps CI
    # within its 30 minutes; GCC otherwise. A compiler change needs a new build folder.
    compilers=()
    if command -v clang >/dev/null && command -v clang++ >/dev/null; then
      compilers=(-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++)
      if [ -f build-sanitize/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang' build-sanitize/CMakeCache.txt; then
        rm -rf build-sanitize
      fi
    fi
    cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${compilers[@]}" \
          "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O0 -g1 -DNDEBUG" \
          -DHOMEWARD_SANITIZE=ON -DHOMEWARD_BUILD_BENCH=OFF >/dev/null
    cmake --build build-sanitize --parallel "$(nproc)"
    ;;
  *)
    echo "usage: tools/build.sh [--sanitize]" >&2
    exit 2
    ;;
esac
