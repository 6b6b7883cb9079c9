#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless through ctest.
#   ./test.sh [--sanitize] [--tidy] [ctest arguments…]
# --sanitize (CI: .ci/run) then runs the CSV reader's libFuzzer target for 30 s
#   (tests/fuzz/run.sh) and the whole suite again built with AddressSanitizer and
#   UndefinedBehaviorSanitizer (build-sanitize/); any sanitizer report fails the test that
#   caused it.
# --tidy runs clang-tidy on models/ (tools/tidy.sh, zero findings allowed). It takes about
#   8 minutes on 2 cores, which CI's 30-minute budget does not hold beside the two runs of
#   the suite: run it before every push (the README says so).
set -euo pipefail
cd "$(dirname "$0")"
sanitize=0
tidy=0
ctest_args=()
for arg in "$@"; do
  case "$arg" in
    --sanitize) sanitize=1 ;;
    --tidy) tidy=1 ;;
    *) ctest_args+=("$arg") ;;
  esac
done
# clang-tidy and clang (libFuzzer) only when asked for.
HOMEWARD_TIDY=$((sanitize | tidy)) tools/install-deps.sh

export QT_QPA_PLATFORM=offscreen
start=$SECONDS
tools/build.sh
echo "== build: $((SECONDS - start)) s"
(cd build && ctest --output-on-failure --parallel "$(nproc)" "${ctest_args[@]}")
if [ "$tidy" = 1 ]; then
  tools/tidy.sh
fi
[ "$sanitize" = 1 ] || exit 0

# The CSV reader under libFuzzer (clang, with ASan and UBSan) for 30 seconds.
tests/fuzz/run.sh 30

start=$SECONDS
tools/build.sh --sanitize
echo "== sanitizer build: $((SECONDS - start)) s"
# Leaks are checked at each test's exit; the first report aborts the test. Known one-off
# leaks inside system libraries (never our code) are listed in tests/sanitizer/lsan.supp.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:check_initialization_order=1:detect_stack_use_after_return=0
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd build-sanitize
# The suites labelled "postgres" (the PostgreSQL twins of the storage suites, and the schema's
# SQL on the server) run in the regular half above: their C++ is the same code the SQLite
# suites run here, and CI's 30 minutes do not hold them twice.
ctest --output-on-failure --parallel "$(nproc)" --label-exclude postgres "${ctest_args[@]}"
