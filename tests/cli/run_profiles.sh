#!/bin/sh
# shellcheck disable=SC2154,SC1091 # $tmp, $pass, $fail come from tests/cli/lib.sh
# CLI tests of every profile in spec/profiles/*.layout (the seed included):
# it checks clean; `show`, `gen --format ctable|c|rust|json|md|svg` equal
# tests/golden/FMT-NAME.EXT whole (from the file, and built in with -o); the c
# header compiles as C (c89 ... c2x) and C++ (c++11, c++17) with gcc and
# clang, in a .S file and in a preprocessed linker script, with its values
# checked against the profile's own page-offset, va-bits and levels; the rust
# module compiles with rustc; the JSON passes tests/cli/check_layout_json.py;
# the SVG is XML with every region labelled; and, for each kernel table of
# tests/data (the list below), every row of the table is exactly a region of
# its profile (tests/cli/table_rows.py). A missing tool prints a SKIP line.
# The c headers of two profiles define the same MMSPEC_* names: each is
# compiled in a translation unit of its own.
# Prints failures and SKIP lines, then "cli-profiles: N passed, N failed".
#
#   tests/cli/run_profiles.sh PATH/TO/mmspec     (paths are relative to the repo root)
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
case $1 in /*) M=$1 ;; *) M=$(pwd)/$1 ;; esac
cd "$here" || exit 2

. tests/cli/lib.sh

# The kernel tables and the profile each one must agree with.
TABLES="mm-4.8.txt:linux-4.8-4level mm-4.15.txt:linux-4.15-4level
mm-4.20-4level.rst:linux-4.20-4level mm-4.20-5level.rst:linux-4.20-5level"

CFLAGS_HDR="-ffreestanding -Wall -Wextra -pedantic -Werror -Wundef -fsyntax-only"
RUSTC="rustc --edition 2021 --crate-type lib -D warnings"

for f in spec/profiles/*.layout; do
  name=$(basename "$f" .layout)
  d=$tmp/$name
  mkdir -p "$d"
  nreg=$(grep -c '^region ' "$f")
  po=$(awk '$1 == "page-offset" { print $2 }' "$f")
  vab=$(awk '$1 == "va-bits" { printf "%d", $2 }' "$f")
  lev=$(awk '$1 == "levels" { printf "%d", $2 }' "$f")

  # --- check, show, and every format against its golden file
  run "$M" check "$f"
  expect_rc 0 "check $f"
  expect_out "$f: ok ($nreg regions, valid layout)" "check $f"
  run "$M" show "$f"
  expect_rc 0 "show $f"
  expect_same "$tmp/out" "tests/golden/show-$name.txt" "show $f"
  for fe in ctable:h c:h rust:rs json:json md:md svg:svg; do
    fmt=${fe%%:*}
    ext=${fe#*:}
    golden=tests/golden/$fmt-$name.$ext
    if [ ! -f "$golden" ]; then
      bad "$f: no $golden"
      continue
    fi
    run "$M" gen "$f" --format "$fmt"
    expect_rc 0 "gen $f --format $fmt"
    expect_no_err "gen $f --format $fmt"
    expect_same "$tmp/out" "$golden" "gen $f --format $fmt"
    run "$M" gen "$name" --format "$fmt" -o "$d/out.$fmt.$ext"
    expect_rc 0 "gen built-in $name --format $fmt -o"
    expect_same "$d/out.$fmt.$ext" "$golden" "gen built-in $name --format $fmt -o"
  done

  # --- the c header from C, C++, assembly and a linker script
  cp "tests/golden/c-$name.h" "$d/layout.h"
  cat >"$d/use.c" <<EOC
#include "layout.h"
typedef char check_po[MMSPEC_PAGE_OFFSET == MMSPEC_AC($po, ULL) ? 1 : -1];
typedef char check_bits[MMSPEC_VA_BITS == $vab && MMSPEC_LEVELS == $lev ? 1 : -1];
typedef char check_n[MMSPEC_NREGIONS == $nreg ? 1 : -1];
typedef char check_mask[MMSPEC_PMD_MASK == ~(MMSPEC_PMD_SIZE - 1) ? 1 : -1];
EOC
  for cc in gcc clang; do
    if ! have "$cc"; then
      skip "$cc not found: the c header of $name is not compiled with it"
      continue
    fi
    for std in c89 c99 c11 c17 c2x; do
      # shellcheck disable=SC2086
      run "$cc" -std="$std" $CFLAGS_HDR -I"$d" "$d/use.c"
      expect_rc 0 "c header $name: $cc -std=$std"
      expect_no_err "c header $name: $cc -std=$std"
    done
    for std in c++11 c++17; do
      # shellcheck disable=SC2086
      run "$cc" -x c++ -std="$std" $CFLAGS_HDR -I"$d" "$d/use.c"
      expect_rc 0 "c header $name: $cc -x c++ -std=$std"
      expect_no_err "c header $name: $cc -x c++ -std=$std"
    done
  done
  want_po=$(echo "$po" | sed 's/^0x//')
  cat >"$d/use.S" <<'EOC'
#include "layout.h"
	.text
	movabs $MMSPEC_PAGE_OFFSET, %rax
	ret
	.set mmspec_page_offset, MMSPEC_PAGE_OFFSET
	.globl mmspec_page_offset
EOC
  if have gcc && have nm; then
    for def in "" "-D__ASSEMBLY__"; do
      rm -f "$d/use.o"
      # shellcheck disable=SC2086
      run gcc $def -I"$d" -c "$d/use.S" -o "$d/use.o"
      expect_rc 0 "c header $name in assembly: gcc $def -c"
      if nm "$d/use.o" 2>/dev/null | grep -q "^$want_po A mmspec_page_offset\$"; then ok; else
        bad "c header $name in assembly ($def): mmspec_page_offset is not $po"
      fi
    done
  else
    skip "gcc or nm not found: the c header of $name is not assembled"
  fi
  cat >"$d/layout.lds.S" <<'EOC'
#include "layout.h"
SECTIONS
{
  . = MMSPEC_KERNEL_TEXT_START + 0x1000000;
  .text : { *(.text) }
  mmspec_ld_page_offset = MMSPEC_PAGE_OFFSET;
}
EOC
  printf '\t.text\n\t.globl _start\n_start:\n\tret\n' >"$d/triv.s"
  if have cpp && have ld && have as && have nm; then
    run cpp -P -DMMSPEC_LINKER_SCRIPT -I"$d" "$d/layout.lds.S" -o "$d/layout.lds"
    expect_rc 0 "c header $name in a linker script: cpp"
    run as "$d/triv.s" -o "$d/triv.o"
    expect_rc 0 "linker script $name: as"
    run ld -T "$d/layout.lds" "$d/triv.o" -o "$d/triv.elf"
    expect_rc 0 "c header $name in a linker script: ld -T"
    nm "$d/triv.elf" >"$d/triv.nm" 2>/dev/null
    for want in "$want_po A mmspec_ld_page_offset" "ffffffff81000000 T _start"; do
      if grep -qF "$want" "$d/triv.nm"; then ok; else bad "c header $name in a linker script: no '$want'"; fi
    done
  else
    skip "cpp, as, ld or nm not found: the c header of $name is not used in a linker script"
  fi

  # --- the Rust module
  if have rustc; then
    mkdir -p "$d/rs"
    cp "tests/golden/rust-$name.rs" "$d/layout.rs"
    # shellcheck disable=SC2086
    run $RUSTC --out-dir "$d/rs" "$d/layout.rs"
    expect_rc 0 "rust module $name: rustc"
    expect_no_err "rust module $name: rustc"
    cat >"$d/uselayout.rs" <<EOC
pub mod layout {
    include!("layout.rs");
}
const _: () = assert!(layout::MMSPEC_PAGE_OFFSET == $po);
const _: () = assert!(layout::MMSPEC_VA_BITS == $vab && layout::MMSPEC_LEVELS == $lev);
pub const N: u64 = layout::MMSPEC_NREGIONS;
EOC
    # shellcheck disable=SC2086
    run $RUSTC --out-dir "$d/rs" "$d/uselayout.rs"
    expect_rc 0 "rust module $name through include!: rustc"
  else
    skip "rustc not found: the rust module of $name is not compiled"
  fi

  # --- the JSON and the SVG
  if have python3; then
    run python3 tests/cli/check_layout_json.py docs/layout.schema.json "tests/golden/json-$name.json"
    expect_rc 0 "json $name against the schema"
    expect_out "ok" "json $name against the schema"
    run python3 -c '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.w3.org/2000/svg}svg", root.tag
labels = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
names = [l.split()[5] for l in open(sys.argv[2]) if l.startswith("region ")]
missing = [n for n in names if n not in labels]
assert not missing, missing
print("ok")' "tests/golden/svg-$name.svg" "$f"
    expect_rc 0 "svg $name well-formed, every region labelled"
    expect_out "ok" "svg $name well-formed, every region labelled"
  else
    skip "python3 not found: the json and svg of $name are not checked"
  fi
done

# --- the kernel's own tables against the profiles: every row is a region
for tp in $TABLES; do
  t=tests/data/${tp%%:*}
  p=${tp#*:}
  if ! have python3; then
    skip "python3 not found: $t is not compared with $p"
    continue
  fi
  run "$M" gen "$p" --format json -o "$tmp/$p.cross.json"
  expect_rc 0 "gen $p --format json"
  run python3 tests/cli/table_rows.py "$t" "$tmp/$p.cross.json"
  expect_rc 0 "every row of $t is a region of $p"
  case $(cat "$tmp/out") in
  "ok "*) ok ;;
  *) bad "$t against $p: $(head -n 3 "$tmp/out")" ;;
  esac
done

echo "cli-profiles: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
