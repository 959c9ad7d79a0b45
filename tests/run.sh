#!/bin/sh
# Run every unit-test binary and the CLI tests (tests/cli/run.sh, and
# tests/cli/run_table.sh for layout tables, tests/cli/run_kaslr.sh for
# mmspec kaslr, tests/cli/run_profiles.sh for
# every profile's goldens, compiles and kernel-table cross-check,
# tests/link/link.sh for the library linked with no C library,
# tests/tools/test_wp_unit.py for how the proof driver reads WP's log,
# tests/cli/run_live.sh for headers of constants and page-table dumps), show
# their output, and sum their "<name>: N passed, N failed" lines into the
# last line printed:
#   N passed, N failed
# Exit status 1 when anything failed. A test program that ends without its
# count line (a crash) counts as one failure.
#
#   tests/run.sh BUILD_DIR [TEST_BINARY...]
set -u
# The tests are no part of make's job pool: under `make -jN` MAKEFLAGS names
# jobserver descriptors that make does not pass to this recipe, and rustc
# (tests/cli/formats.sh) warns on stderr that it cannot reach them.
unset MAKEFLAGS MFLAGS
build=$1
shift
passed=0
failed=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# Add the counts of the last line of $out, for the program named $1 that exited $2.
tally() {
  line=$(grep -E '^[^ ]+: [0-9]+ passed, [0-9]+ failed$' "$out" | tail -n 1)
  if [ -z "$line" ]; then
    echo "$1: no result line (exit status $2): counted as 1 failure"
    failed=$((failed + 1))
    return
  fi
  p=$(echo "$line" | sed -E 's/^.*: ([0-9]+) passed, ([0-9]+) failed$/\1/')
  f=$(echo "$line" | sed -E 's/^.*: ([0-9]+) passed, ([0-9]+) failed$/\2/')
  if [ "$2" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "$1: exit status $2 with no failed check: counted as 1 failure"
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
}

for t in "$@"; do
  "$t" >"$out" 2>&1
  rc=$?
  cat "$out"
  tally "$t" "$rc"
done

sh tests/cli/run.sh "$build/mmspec" >"$out" 2>&1
rc=$?
cat "$out"
tally tests/cli/run.sh "$rc"

sh tests/cli/run_table.sh "$build/mmspec" >"$out" 2>&1
rc=$?
cat "$out"
tally tests/cli/run_table.sh "$rc"

sh tests/cli/run_profiles.sh "$build/mmspec" >"$out" 2>&1
rc=$?
cat "$out"
tally tests/cli/run_profiles.sh "$rc"

sh tests/cli/run_live.sh "$build/mmspec" >"$out" 2>&1
rc=$?
cat "$out"
tally tests/cli/run_live.sh "$rc"

sh tests/cli/run_kaslr.sh "$build/mmspec" >"$out" 2>&1
rc=$?
cat "$out"
tally tests/cli/run_kaslr.sh "$rc"
sh tests/link/link.sh "$build" >"$out" 2>&1
rc=$?
cat "$out"
tally tests/link/link.sh "$rc"

python3 tests/tools/test_wp_unit.py >"$out" 2>&1
rc=$?
cat "$out"
tally tests/tools/test_wp_unit.py "$rc"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
