#!/bin/sh
# Builds the CSV reader's libFuzzer target with clang++ (address and
# undefined-behaviour sanitizers) and runs it for SECONDS (default 30) from
# the seed corpus in tests/fuzz/corpus. Skipped, with exit status 0, when
# clang++ or its libFuzzer runtime is missing. Exit status non-zero on a
# crash, a leak, a hang (10 s an input) or a broken invariant; the input
# that did it is kept in the temporary directory printed.
#
#   tests/fuzz/run.sh [SECONDS]
#
# Environment: CLANGXX (default clang++), FUZZ_BUILD_DIR (default
# <repo>/build-fuzz; new corpus inputs accumulate in its corpus/).
set -eu

seconds=${1:-30}
case $seconds in
'' | *[!0-9]*)
    echo "usage: $0 [SECONDS]" >&2
    exit 2
    ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cxx=${CLANGXX:-clang++}

if ! command -v "$cxx" >/dev/null 2>&1; then
    echo "fuzz: clang++ not found, skipped"
    exit 0
fi

build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
mkdir -p "$build"
build=$(cd "$build" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/homeward-fuzz.XXXXXX")
keep=0
cleanup() {
    if [ "$keep" = 0 ]; then
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# A clang without compiler-rt's libFuzzer cannot build the target at all.
printf '#include <cstdint>\n#include <cstddef>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }\n' \
    >"$work/probe.cpp"
if ! "$cxx" -fsanitize=fuzzer "$work/probe.cpp" -o "$work/probe" >/dev/null 2>&1; then
    echo "fuzz: $cxx cannot link libFuzzer targets (no libclang_rt.fuzzer), skipped"
    exit 0
fi

if pkg-config --exists Qt6Core 2>/dev/null; then
    qt_cflags=$(pkg-config --cflags Qt6Core)
    qt_libs=$(pkg-config --libs Qt6Core)
else
    qt_include=/usr/include/x86_64-linux-gnu/qt6
    qt_cflags="-I$qt_include -I$qt_include/QtCore -DQT_CORE_LIB"
    qt_libs=-lQt6Core
fi

# Sanitizer failures abort (libFuzzer then reports a crash) instead of
# printing and going on.
flags="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -g -O1 -std=c++20 -fPIC"
flags="$flags -DQT_NO_DEBUG_OUTPUT -I$root/models/io -I$root/models"
sources="$here/fuzz_csvreader.cpp $root/models/io/CsvReader.cpp $root/models/io/ListFormat.cpp"

start=$(date +%s)
objects=
for source in $sources; do
    object="$build/$(basename "$source" .cpp).o"
    # shellcheck disable=SC2086 # the flag lists are meant to split
    "$cxx" $flags $qt_cflags -c "$source" -o "$object"
    objects="$objects $object"
done
# shellcheck disable=SC2086
"$cxx" $flags $objects $qt_libs -o "$build/fuzz_csvreader"
end=$(date +%s)
echo "fuzz: built $build/fuzz_csvreader in $((end - start)) s"

# New inputs go to the first corpus directory (in the build directory, so
# that runs on one machine build on each other); the seeds in the tree are
# only read.
mkdir -p "$build/corpus" "$work/artifacts"
status=0
# (From the temporary directory: libFuzzer may write files into the working
# directory.)
cd "$work"
"$build/fuzz_csvreader" "$build/corpus" "$here/corpus" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" >"$work/log" 2>&1 || status=$?

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -n 1)
if [ "$status" -ne 0 ]; then
    keep=1
    tail -n 60 "$work/log"
    echo "fuzz: FAILED (status $status) after ${runs:-?} executions; log and inputs in $work"
    for artefact in "$work"/artifacts/*; do
        if [ -e "$artefact" ]; then
            echo "fuzz: artefact $artefact"
        fi
    done
    exit "$status"
fi
coverage=$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*/[0-9]*b' "$work/log" | tail -n 1)
echo "fuzz: ${coverage:-coverage unknown}"
echo "fuzz: ${runs:-?} executions in $seconds s (${rate:-?} a second), no crash"
