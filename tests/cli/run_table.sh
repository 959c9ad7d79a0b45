#!/bin/sh
# CLI tests of `mmspec check` on kernel layout tables (docs/table-check.md):
# the seed's flattened mm.txt, its multi-line form, a transcribed mm.rst, and
# every tests/data/table/NAME.txt|NAME.rst, each with its .expect beside it:
#   exit: N              the exit status of `mmspec check FILE`
#   stdout: LINE         the whole stdout (one line), when given
#   stderr: PREFIX       one per stderr line, in order: the line starts with
#                        "PREFIX: " (FILE:LINE: RULE or FILE:LINE:COL: RULE);
#                        stderr has exactly as many lines as there are these
#   # ...                a comment
# Then empty, binary and oversized files, several files at once, and the
# routing between profiles and tables. Prints failures, then
# "cli-table: N passed, N failed".
#
#   tests/cli/run_table.sh PATH/TO/mmspec     (paths are relative to the repo root)
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
case $1 in /*) M=$1 ;; *) M=$(pwd)/$1 ;; esac
cd "$here" || exit 2

. tests/cli/lib.sh

# check_expect FILE EXPECT: run `mmspec check FILE` and compare with EXPECT.
check_expect() {
  f=$1
  e=$2
  run "$M" check "$f"
  want_rc=$(sed -n 's/^exit: //p' "$e")
  if [ -z "$want_rc" ]; then bad "$e: no exit line"; return; fi
  expect_rc "$want_rc" "check $f"
  if grep -q '^stdout: ' "$e"; then
    expect_out "$(sed -n 's/^stdout: //p' "$e")" "check $f"
  else
    expect_no_out "check $f"
  fi
  want_n=$(grep -c '^stderr: ' "$e")
  have_n=$(wc -l <"$tmp/err" | tr -d ' ')
  if [ "$want_n" -eq "$have_n" ]; then ok; else bad "check $f: $have_n stderr lines, expected $want_n"; fi
  k=0
  grep '^stderr: ' "$e" | sed 's/^stderr: //' >"$tmp/want"
  while IFS= read -r prefix; do
    k=$((k + 1))
    line=$(sed -n "${k}p" "$tmp/err")
    case $line in
    "$prefix: "*) ok ;;
    *) bad "check $f: stderr line $k '$line', expected it to start with '$prefix: '" ;;
    esac
  done <"$tmp/want"
}

# --- the seed's flattened mm.txt, its lines, mm.rst, and the corrupted copies
if [ "$(wc -l <tests/data/seed-mm.txt)" -eq 0 ]; then ok; else bad "seed-mm.txt is not one line"; fi
# the multi-line form holds the same words as the flattened seed
if [ "$(tr -s ' \n' '\n\n' <tests/data/mm-4.8.txt | grep -v '^$')" = \
  "$(tr -s ' \n' '\n\n' <tests/data/seed-mm.txt | grep -v '^$')" ]; then ok; else
  bad "mm-4.8.txt: not the seed's words"
fi
for f in tests/data/seed-mm.txt tests/data/mm-4.8.txt tests/data/mm-4.15.txt \
  tests/data/mm-4.20-4level.rst tests/data/mm-4.20-5level.rst \
  tests/data/table/*.txt tests/data/table/*.rst; do
  e=${f%.*}.expect
  if [ -f "$e" ]; then ok; else bad "$f: no $e"; continue; fi
  check_expect "$f" "$e"
done

# --- unusable: empty, blank, binary garbage, too big, missing
: >"$tmp/empty.txt"
run "$M" check "$tmp/empty.txt"
expect_rc 2 "check an empty file"
expect_err_prefix "$tmp/empty.txt:1: empty" "check an empty file"
expect_no_out "check an empty file"
printf '\n\n   \n' >"$tmp/blank.txt"
run "$M" check "$tmp/blank.txt"
expect_rc 2 "check a blank file"
expect_err_prefix "$tmp/blank.txt:3: empty" "check a blank file"
printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\002\000>\000\001\000\000\000\377\376\n\000\200' >"$tmp/garbage.bin"
run "$M" check "$tmp/garbage.bin"
expect_rc 2 "check binary garbage"
expect_err_prefix "$tmp/garbage.bin:1: binary" "check binary garbage"
# a table with a NUL inside is binary too
{ head -c 200 tests/data/mm-4.8.txt; printf '\000'; tail -c 200 tests/data/mm-4.8.txt; } >"$tmp/nul.txt"
run "$M" check "$tmp/nul.txt"
expect_rc 2 "check a table with a NUL"
if grep -q ': binary: ' "$tmp/err"; then ok; else bad "check a table with a NUL: no binary diagnostic"; fi
awk 'BEGIN { for (i = 0; i < 20000; i++) print "0000000000000000 - 0000000000000fff (=4 KB) user space, padding the file over 1 MiB" }' >"$tmp/big.txt"
run "$M" check "$tmp/big.txt"
expect_rc 2 "check a table over 1 MiB"
expect_err_prefix "$tmp/big.txt: too-big" "check a table over 1 MiB"
run "$M" check "$tmp/no-such.txt"
expect_rc 2 "check a missing table"
expect_err_prefix "$tmp/no-such.txt: io" "check a missing table"

# --- many rows (more than a layout holds): findings, no crash
awk 'BEGIN { for (i = 0; i < 300; i++) printf "%016x - %016x (=4 KB) user space\n", i * 4096, i * 4096 + 4095 }' >"$tmp/many.txt"
run "$M" check "$tmp/many.txt"
expect_rc 1 "check 300 rows"
if grep -q ': count: ' "$tmp/err"; then ok; else bad "check 300 rows: no count finding"; fi

# --- several files: the highest status wins, one report each
run "$M" check tests/data/seed-mm.txt tests/data/table/size-wrong.txt spec/profiles/linux-4.8-4level.layout
expect_rc 1 "check table, bad table, profile"
if [ "$(grep -c ': ok (' "$tmp/out")" -eq 2 ]; then ok; else bad "check table, bad table, profile: two ok lines"; fi
if grep -q '^spec/profiles/linux-4.8-4level.layout: ok (19 regions, valid layout)$' "$tmp/out"; then ok; else
  bad "check table, bad table, profile: the profile is no longer checked as a profile"
fi
run "$M" check tests/data/table/swapped.txt "$tmp/empty.txt"
expect_rc 2 "check a bad table and an empty file"

# --- routing: a profile keyword first makes a profile, even after comments
printf '# a comment\n\nregion 0x0 0xffffffffffffffff user 4k all\n' >"$tmp/region-first.txt"
run "$M" check "$tmp/region-first.txt"
expect_rc 2 "check a profile that starts with region"
expect_err_prefix "$tmp/region-first.txt:3: missing-key" "check a profile that starts with region"
# a table that starts with a comment-looking line is still a table
{ printf '# mm.txt of Linux 4.8\n'; cat tests/data/mm-4.8.txt; } >"$tmp/commented.txt"
run "$M" check "$tmp/commented.txt"
expect_rc 0 "check a table after a # line"
expect_out "$tmp/commented.txt: ok (14 rows, 5 documented holes, valid layout)" "check a table after a # line"
expect_no_err "check a table after a # line"
# CRLF line ends
sed 's/$/\r/' tests/data/mm-4.8.txt >"$tmp/crlf.txt"
run "$M" check "$tmp/crlf.txt"
expect_rc 0 "check a CRLF table"
# the 4.20 table without its gap: clean, with the layout validated
sed 's/^ ffffffffffe00000 |   -2    MB | ffffffffffffffff |    2 MB | ... unused hole$/ ffffffffff601000 |  -10    MB | ffffffffffffffff |  10236 kB | ... unused hole/' \
  tests/data/mm-4.20-4level.rst >"$tmp/fixed.rst"
run "$M" check "$tmp/fixed.rst"
expect_rc 0 "check the 4.20 table with its gap closed"
expect_out "$tmp/fixed.rst: ok (23 rows, 0 documented holes, valid layout)" "check the 4.20 table with its gap closed"

# two tables in one file (Linux 4.14-4.19 mm.txt, mm.rst): one ok line each,
# at its heading
{
  cat tests/data/mm-4.8.txt
  printf '\nVirtual memory map with 5 level page tables:\n\n'
  printf '0000000000000000 - 00ffffffffffffff (=56 bits) user space, different per mm\n'
  printf 'hole caused by [56:63] sign extension\n'
  printf 'ff00000000000000 - ff0fffffffffffff (=52 bits) guard hole, reserved for hypervisor\n'
  printf 'ff10000000000000 - ff8fffffffffffff (=55 bits) direct mapping of all phys. memory\n'
  printf 'ff90000000000000 - ffffffffffffffff (=28 PB) vmalloc/ioremap space\n'
} >"$tmp/two.txt"
run "$M" check "$tmp/two.txt"
expect_rc 0 "check two tables"
expect_out "$tmp/two.txt:2: ok (14 rows, 5 documented holes, valid layout)
$tmp/two.txt:46: ok (4 rows, 1 documented holes, valid layout)" "check two tables"
sed 's/(=55 bits) direct/(=54 bits) direct/' "$tmp/two.txt" >"$tmp/two-bad.txt"
run "$M" check "$tmp/two-bad.txt"
expect_rc 1 "check two tables, the second with a wrong size"
expect_err_prefix "$tmp/two-bad.txt:51: size" "check two tables, the second with a wrong size"
expect_no_out "check two tables, the second with a wrong size"

echo "cli-table: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
