#!/usr/bin/env bash
# Runs clang-tidy (checks in .clang-tidy) over every models/**/*.cpp, two files at a time,
# with the compile commands of a configured build directory. Prints each finding and the
# count; exits non-zero on any finding.
#   tools/tidy.sh [build-dir]     (default: build-tidy; configured here if it is not yet)
# The directory is configured without precompiled headers: clang cannot read GCC's, and the
# compile commands of a build with them name one on every line.
set -euo pipefail
cd "$(dirname "$0")/.."
builddir="${1:-build-tidy}"
tidy="$(command -v clang-tidy-14 || command -v clang-tidy || true)"
[ -n "$tidy" ] || { echo "tidy: clang-tidy not found (HOMEWARD_TIDY=1 tools/install-deps.sh installs it)" >&2; exit 1; }

# The compile commands are written at configure time; no build is needed for models/
# (no source there includes a generated moc or ui file).
if [ ! -f "$builddir/compile_commands.json" ]; then
  cmake -S . -B "$builddir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON >/dev/null
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
mapfile -t files < <(find models -name '*.cpp' | sort)
start=$SECONDS
# The commands are GCC's: clang does not know some of its warning options.
printf '%s\n' "${files[@]}" |
  xargs -P "$(nproc)" -I{} sh -c '"$1" -p "$2" --quiet --extra-arg=-Wno-unknown-warning-option "$3" \
      >"$4/$(echo "$3" | tr / _).log" 2>&1 || echo "$3" >>"$4/failed"' _ "$tidy" "$builddir" {} "$out"

# A header's finding shows once per file that includes it: count each once.
findings="$(cat "$out"/*.log | grep -E '^[^ ].*:[0-9]+:[0-9]+: (warning|error): ' | sort -u || true)"
count=0
[ -z "$findings" ] || count="$(printf '%s\n' "$findings" | wc -l)"
if [ "$count" -ne 0 ]; then
  # Full diagnostics (with notes and source lines) for the files that have findings.
  grep -l -E ': (warning|error): ' "$out"/*.log | xargs cat
  echo
  echo "clang-tidy findings by check:"
  printf '%s\n' "$findings" | sed -E 's/.*\[([^],]+).*/\1/' | sort | uniq -c | sort -rn
fi
# clang-tidy exits non-zero on a finding (WarningsAsErrors); a failure without any is a broken run.
if [ "$count" -eq 0 ] && [ -s "$out/failed" ]; then
  echo "clang-tidy failed without a finding on:" >&2
  while read -r f; do cat "$out/$(echo "$f" | tr / _).log" >&2; done <"$out/failed"
  exit 1
fi
echo "clang-tidy: $count finding(s) in ${#files[@]} files under models/ ($((SECONDS - start)) s)"
[ "$count" -eq 0 ]
