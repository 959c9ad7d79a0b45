#!/bin/sh
# CLI tests: drive mmspec on the seed profile, on the built-in profiles, and on
# every tests/data/bad/NAME.layout with its NAME.expect:
#   stderr: FILE:LINE: RULE      (the expected first stderr line starts so, then ": ")
#   exit: N                      (the expected exit status of `mmspec check`)
# The formats c, rust, json, md and svg are tested by tests/cli/formats.sh,
# walk and dump by tests/cli/paging.sh, and make install/uninstall by
# tests/cli/install.sh, all sourced at the end. Prints failures and SKIP lines, then "cli: N passed, N failed".
#
#   tests/cli/run.sh PATH/TO/mmspec     (paths are relative to the repo root)
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
case $1 in /*) M=$1 ;; *) M=$(pwd)/$1 ;; esac
cd "$here" || exit 2

SEED=spec/profiles/linux-4.8-4level.layout
SEED_NAME=linux-4.8-4level
. tests/cli/lib.sh
# no_leftovers DIR WHAT: DIR holds no temporary files of mmspec gen.
no_leftovers() {
  if ls "$1" | grep -q '\.tmp'; then bad "$2: temporary file left in $1"; else ok; fi
}

# --- the command line itself
run "$M" --version
expect_rc 0 "--version"
expect_out "mmspec 0.1.0" "--version"
run "$M" --help
expect_rc 0 "--help"
if grep -q '^usage: mmspec COMMAND' "$tmp/out"; then ok; else bad "--help: no usage line"; fi
for c in list show check gen; do
  run "$M" "$c" --help
  expect_rc 0 "$c --help"
  if head -n 1 "$tmp/out" | grep -q "^usage: mmspec $c"; then ok; else bad "$c --help: no usage line"; fi
done
run "$M"
expect_rc 2 "no command"
run "$M" frobnicate
expect_rc 2 "unknown command"
run "$M" check
expect_rc 2 "check without files"
run "$M" check --frob "$SEED"
expect_rc 2 "check with an unknown option"
run "$M" show
expect_rc 2 "show without a profile"
run "$M" show "$SEED" "$SEED"
expect_rc 2 "show with two profiles"
run "$M" list extra
expect_rc 2 "list with an argument"
run "$M" gen "$SEED" --format
expect_rc 2 "gen --format without a value"
run "$M" gen "$SEED" --format nosuch
expect_rc 2 "gen with an unknown format"
expect_no_out "gen with an unknown format"

# --- list: every spec/profiles/*.layout, by name
run "$M" list
expect_rc 0 "list"
if [ "$(wc -l <"$tmp/out")" -eq "$(ls spec/profiles/*.layout | wc -l)" ]; then ok; else bad "list: not one line per profile"; fi
if grep -q "^$SEED_NAME  *Linux 4.8-4.14 x86-64, 4-level paging (mm.txt)\$" "$tmp/out"; then ok; else bad "list: no line for $SEED_NAME"; fi

# --- check: the seed, every built-in, several files at once
run "$M" check "$SEED"
expect_rc 0 "check seed"
expect_out "$SEED: ok (19 regions, valid layout)" "check seed"
expect_no_err "check seed"
for f in spec/profiles/*.layout; do
  run "$M" check "$f"
  expect_rc 0 "check $f"
done
run "$M" check "$SEED_NAME"
expect_rc 0 "check built-in by name"
expect_out "$SEED: ok (19 regions, valid layout)" "check built-in by name"
run "$M" check "$SEED" tests/data/bad/gap.layout "$SEED"
expect_rc 1 "check good, invalid, good"
if [ "$(grep -c ': ok (' "$tmp/out")" -eq 2 ]; then ok; else bad "check good, invalid, good: two ok lines"; fi
run "$M" check tests/data/bad/syntax.layout tests/data/bad/gap.layout
expect_rc 2 "check unusable + invalid: the highest status"
if [ "$(wc -l <"$tmp/err")" -eq 2 ]; then ok; else bad "check unusable + invalid: one diagnostic each"; fi
run "$M" check "$tmp/no-such-file.layout"
expect_rc 2 "check a missing file"
expect_err_prefix "$tmp/no-such-file.layout: io" "check a missing file"
run "$M" check "$tmp"
expect_rc 2 "check a directory"
expect_err_prefix "$tmp: io" "check a directory"

# --- show: the whole table against the golden file, from the file and built in
run "$M" show "$SEED"
expect_rc 0 "show seed"
expect_same "$tmp/out" tests/golden/show-linux-4.8-4level.txt "show seed"
run "$M" show "$SEED_NAME"
expect_rc 0 "show built-in"
expect_same "$tmp/out" tests/golden/show-linux-4.8-4level.txt "show built-in"

# --- gen: the whole header against the golden file, to stdout and with -o
run "$M" gen "$SEED" --format ctable
expect_rc 0 "gen seed to stdout"
expect_same "$tmp/out" tests/golden/ctable-linux-4.8-4level.h "gen seed to stdout"
run "$M" gen "$SEED_NAME"
expect_rc 0 "gen built-in, default format"
expect_same "$tmp/out" tests/golden/ctable-linux-4.8-4level.h "gen built-in, default format"
mkdir "$tmp/gen"
run "$M" gen "$SEED" --format=ctable -o "$tmp/gen/out.h"
expect_rc 0 "gen -o"
expect_no_out "gen -o"
expect_same "$tmp/gen/out.h" tests/golden/ctable-linux-4.8-4level.h "gen -o"
no_leftovers "$tmp/gen" "gen -o"
run "$M" gen --output "$tmp/gen/out.h" "$SEED"
expect_rc 0 "gen --output over an existing file"
expect_same "$tmp/gen/out.h" tests/golden/ctable-linux-4.8-4level.h "gen --output over an existing file"
run "$M" gen tests/data/bad/gap.layout -o "$tmp/gen/out.h"
expect_rc 2 "gen of a bad profile over an existing file"
expect_same "$tmp/gen/out.h" tests/golden/ctable-linux-4.8-4level.h "gen of a bad profile leaves OUT alone"
no_leftovers "$tmp/gen" "gen of a bad profile over an existing file"
run "$M" gen "$SEED" -o "$tmp/no-such-dir/out.h"
expect_rc 2 "gen into a missing directory"
expect_err_prefix "$tmp/no-such-dir/out.h: io" "gen into a missing directory"

# --- the bad profiles: check, show and gen
for f in tests/data/bad/*.layout; do
  e=${f%.layout}.expect
  if [ ! -f "$e" ]; then
    bad "$f: no $e"
    continue
  fi
  prefix=$(sed -n 's/^stderr: //p' "$e")
  code=$(sed -n 's/^exit: //p' "$e")
  run "$M" check "$f"
  expect_rc "$code" "check $f"
  expect_err_prefix "$prefix" "check $f"
  expect_no_out "check $f"
  run "$M" show "$f"
  expect_rc "$code" "show $f"
  expect_no_out "show $f"
  out=$tmp/gen/bad.h
  rm -f "$out"
  run "$M" gen "$f" --format ctable -o "$out"
  expect_rc 2 "gen $f"
  expect_err_prefix "$prefix" "gen $f"
  if [ ! -e "$out" ]; then ok; else bad "gen $f: $out exists"; fi
  no_leftovers "$tmp/gen" "gen $f"
done

# --- the direct map one byte longer than in the seed: align, at its line
line=$(grep -n '^region .* direct_map ' "$SEED" | cut -d: -f1)
sed 's/^region 0xffff880000000000 0xffffc7ffffffffff /region 0xffff880000000000 0xffffc80000000000 /' \
  "$SEED" >"$tmp/bumped.layout"
if ! cmp -s "$SEED" "$tmp/bumped.layout"; then ok; else bad "bumped: the sed did not change the seed"; fi
run "$M" check "$tmp/bumped.layout"
expect_rc 1 "check bumped direct map"
expect_err_prefix "$tmp/bumped.layout:$line: align" "check bumped direct map"
if grep -q "'direct_map'" "$tmp/err"; then ok; else bad "check bumped direct map: region not named"; fi

# --- the generator formats c, rust, json, md and svg
. tests/cli/formats.sh

# --- walk and dump on page-table images
. tests/cli/paging.sh

# --- build: page tables of a profile, read back by walk and dump
. tests/cli/build.sh

# --- make install and make uninstall
. tests/cli/install.sh

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
