# shellcheck shell=sh disable=SC2154 # $tmp, $rc, $M, $SEED ... come from run.sh
# The generator formats c, rust, json, md and svg: sourced by tests/cli/run.sh,
# whose helpers (run, ok, bad, expect_*) and variables ($M, $SEED, $tmp) it
# uses. Each output is compared whole with tests/golden/FMT-linux-4.8-4level.EXT;
# then the c header is compiled as C (c89 ... c2x) and C++ (c++11, c++17) with
# gcc and clang, assembled in a .S file, used in a preprocessed linker script
# and broken on purpose; the Rust module is compiled with rustc; the JSON is
# checked against docs/layout.schema.json; the SVG is parsed as XML and must
# label every region. A missing tool prints a SKIP line
# and counts as neither pass nor fail.
# The same golden and compile checks for every profile of spec/profiles/
# (the seed included) are in tests/cli/run_profiles.sh.

# expect_err_has TEXT WHAT: stderr contains TEXT.
expect_err_has() {
  if grep -qF -- "$1" "$tmp/err"; then ok; else bad "$2: stderr does not contain '$1'"; fi
}
# expect_file_has FILE TEXT WHAT
expect_file_has() {
  if grep -qF -- "$2" "$1"; then ok; else bad "$3: $1 does not contain '$2'"; fi
}

FIVE=tests/data/five-level.layout
SCHEMA=docs/layout.schema.json
fdir=$tmp/formats
mkdir -p "$fdir"

# --- every format, whole, against its golden file: from the file to stdout,
# and from the built-in name with -o
run "$M" gen --help
for f in c rust json md svg; do
  if grep -q "^  $f  " "$tmp/out"; then ok; else bad "gen --help: format $f not listed"; fi
done
for fe in c:h rust:rs json:json md:md svg:svg; do
  f=${fe%%:*}
  ext=${fe#*:}
  golden=tests/golden/$f-$SEED_NAME.$ext
  run "$M" gen "$SEED" --format "$f"
  expect_rc 0 "gen --format $f"
  expect_no_err "gen --format $f"
  expect_same "$tmp/out" "$golden" "gen --format $f"
  run "$M" gen "$SEED_NAME" --format="$f" -o "$fdir/seed.$ext"
  expect_rc 0 "gen built-in --format $f -o"
  expect_no_out "gen built-in --format $f -o"
  expect_same "$fdir/seed.$ext" "$golden" "gen built-in --format $f -o"
  no_leftovers "$fdir" "gen built-in --format $f -o"
  # The banner is the first line, in the format's comment syntax.
  banner="generated from $SEED by mmspec 0.1.0 — do not edit"
  case $f in
  c) want="/* $banner */" ;;
  rust) want="// $banner" ;;
  md | svg) want="<!-- $banner -->" ;;
  json) want="{" ;;
  esac
  if [ "$(head -n 1 "$golden")" = "$want" ]; then ok; else bad "$golden: first line is not the banner"; fi
  # A broken profile writes nothing.
  rm -f "$fdir/bad.$ext"
  run "$M" gen tests/data/bad/gap.layout --format "$f" -o "$fdir/bad.$ext"
  expect_rc 2 "gen --format $f of a bad profile"
  if [ ! -e "$fdir/bad.$ext" ]; then ok; else bad "gen --format $f of a bad profile: output written"; fi
done
if sed -n 2p "tests/golden/json-$SEED_NAME.json" | grep -qF "\"generated\": \"$banner\","; then ok; else
  bad "json golden: no banner in \"generated\""
fi

# The 5-level test layout: P4D between PUD and PGD, PGD_SHIFT 48.
run "$M" gen "$FIVE" --format c -o "$fdir/five.h"
expect_rc 0 "gen 5-level --format c"
for want in "MMSPEC_P4D_SHIFT +39" "MMSPEC_P4D_SIZE +MMSPEC_AC\\(0x0000008000000000, ULL\\)" \
  "MMSPEC_PGD_SHIFT +48" "MMSPEC_PGD_SIZE +MMSPEC_AC\\(0x0001000000000000, ULL\\)" "MMSPEC_LEVELS +5" \
  "MMSPEC_CANONICAL_LOW_LIMIT +MMSPEC_AC\\(0x0100000000000000, ULL\\)" "MMSPEC_DIRECT_MAP_PGD_SLOT +273"; do
  if grep -Eq "^#define $want\$" "$fdir/five.h"; then ok; else bad "gen 5-level --format c: no '$want'"; fi
done
run "$M" gen "$SEED" --format c
if grep -q 'P4D' "$tmp/out"; then bad "gen 4-level --format c: has P4D"; else ok; fi

# Regions whose names would clash with other constants: refused by c and
# rust (exit 2, nothing written), fine for json and md.
line=$(grep -n '^region .* hole_top ' "$SEED" | cut -d: -f1)
sed 's/ hole_top  *unused hole$/ pgd unused hole/' "$SEED" >"$fdir/clash.layout"
run "$M" check "$fdir/clash.layout"
expect_rc 0 "check a profile with a region named pgd"
for f in c rust; do
  rm -f "$fdir/clash.out"
  run "$M" gen "$fdir/clash.layout" --format "$f" -o "$fdir/clash.out"
  expect_rc 2 "gen --format $f with a region named pgd"
  expect_err_prefix "$fdir/clash.layout:$line: name-clash" "gen --format $f with a region named pgd"
  expect_err_has "MMSPEC_PGD_SIZE" "gen --format $f with a region named pgd"
  if [ ! -e "$fdir/clash.out" ]; then ok; else bad "gen --format $f with a region named pgd: output written"; fi
done
for f in json md; do
  run "$M" gen "$fdir/clash.layout" --format "$f"
  expect_rc 0 "gen --format $f with a region named pgd"
done

# A path with comment delimiters ("*/"), a trigraph ("??/"), a quote and a
# backslash: every format stays well-formed (checked below by the compilers
# and the JSON checker).
wdir="$fdir/we*/ird??"
mkdir -p "$wdir"
WEIRD="$wdir/a\"b\\c.layout"
cp "$SEED" "$WEIRD"
for fe in c:h rust:rs json:json md:md svg:svg; do
  f=${fe%%:*}
  run "$M" gen "$WEIRD" --format "$f" -o "$fdir/weird.${fe#*:}"
  expect_rc 0 "gen --format $f from a weird path"
done
# A path that is not UTF-8: '?' in comments (Rust source must be UTF-8),
# U+FFFD in JSON strings.
NONUTF8="$fdir/x$(printf '\377')y.layout"
cp "$SEED" "$NONUTF8"
for fe in c:h rust:rs json:json md:md svg:svg; do
  f=${fe%%:*}
  run "$M" gen "$NONUTF8" --format "$f" -o "$fdir/nonutf8.${fe#*:}"
  expect_rc 0 "gen --format $f from a path that is not UTF-8"
done
for ext in h rs md svg; do
  if head -n 1 "$fdir/nonutf8.$ext" | grep -q "x?y.layout by mmspec"; then ok; else
    bad "nonutf8.$ext: the byte 0xff is not '?' in the banner"
  fi
done
if grep -q '^<!-- generated from .* by mmspec 0.1.0 — do not edit -->$' "$fdir/weird.md" &&
  [ "$(grep -c -- '-->' "$fdir/weird.md")" -eq 1 ]; then ok; else bad "md from a weird path: banner"; fi

# --- the c header from C and C++
cp "tests/golden/c-$SEED_NAME.h" "$fdir/layout.h"
cat >"$fdir/use.c" <<'EOF'
/* Uses the header from ISO C90 on; the checks are compile-time only. */
#include "layout.h"
typedef char check_vmalloc[MMSPEC_VMALLOC_START == MMSPEC_AC(0xffffc90000000000, ULL) ? 1 : -1];
typedef char check_slot[MMSPEC_VMALLOC_PGD_SLOT == 402 ? 1 : -1];
typedef char check_mask[MMSPEC_PMD_MASK == ~(MMSPEC_PMD_SIZE - 1) ? 1 : -1];
typedef char check_levels[MMSPEC_LEVELS == 4 && MMSPEC_PGD_SHIFT == 39 ? 1 : -1];
EOF
cat >"$fdir/use5.c" <<'EOF'
#include "five.h"
typedef char check_p4d[MMSPEC_P4D_SIZE * 512 == MMSPEC_PGD_SIZE ? 1 : -1];
EOF
CFLAGS_HDR="-ffreestanding -Wall -Wextra -pedantic -Werror -Wundef -fsyntax-only"
for cc in gcc clang; do
  if ! have "$cc"; then
    skip "$cc not found: the c header is not compiled with it"
    continue
  fi
  for std in c89 c99 c11 c17 c2x; do
    # shellcheck disable=SC2086
    run "$cc" -std="$std" $CFLAGS_HDR -I"$fdir" "$fdir/use.c"
    expect_rc 0 "c header: $cc -std=$std"
    expect_no_err "c header: $cc -std=$std"
  done
  for std in c++11 c++17; do
    # shellcheck disable=SC2086
    run "$cc" -x c++ -std="$std" $CFLAGS_HDR -I"$fdir" "$fdir/use.c"
    expect_rc 0 "c header: $cc -x c++ -std=$std"
    expect_no_err "c header: $cc -x c++ -std=$std"
  done
  for std in c89 c11; do
    # shellcheck disable=SC2086
    run "$cc" -std="$std" $CFLAGS_HDR -I"$fdir" "$fdir/use5.c"
    expect_rc 0 "5-level c header: $cc -std=$std"
  done
  # shellcheck disable=SC2086
  run "$cc" -std=c89 $CFLAGS_HDR -I"$fdir" -x c "$fdir/weird.h"
  expect_rc 0 "c header from a weird path: $cc -std=c89"
  # shellcheck disable=SC2086
  run "$cc" -std=c11 $CFLAGS_HDR -I"$fdir" -x c "$fdir/nonutf8.h"
  expect_rc 0 "c header from a path that is not UTF-8: $cc -std=c11"
done

# --- a deliberately broken copy: one START moved by 0x1000 fires the static
# assertions (C11 _Static_assert, C++11 static_assert, C89 array typedef)
sed 's/^\(#define MMSPEC_VMALLOC_START  *MMSPEC_AC(0x\)ffffc90000000000/\1ffffc90000001000/' \
  "$fdir/layout.h" >"$fdir/broken.h"
if ! cmp -s "$fdir/layout.h" "$fdir/broken.h"; then ok; else bad "broken header: the sed did not change it"; fi
printf '#include "broken.h"\ntypedef int nonempty;\n' >"$fdir/broken.c"
for cc in gcc clang; do
  have "$cc" || continue
  for std in c11 c++11 c89; do
    case $std in c++*) lang="-x c++" ;; *) lang="" ;; esac
    # shellcheck disable=SC2086
    run "$cc" $lang -std="$std" $CFLAGS_HDR -I"$fdir" "$fdir/broken.c"
    if [ "$rc" -ne 0 ]; then ok; else bad "broken header: $cc -std=$std compiled it"; fi
    case $std in
    c89) expect_err_has "mmspec_assert_order_5" "broken header: $cc -std=$std" ;;
    *) expect_err_has "vmalloc starts right after hole_direct_vmalloc" "broken header: $cc -std=$std" ;;
    esac
  done
done

# --- the c header from assembly (__ASSEMBLER__, and __ASSEMBLY__ as the
# kernel defines it) and from a preprocessed linker script
cat >"$fdir/use.S" <<'EOF'
#include "layout.h"
	.text
	.globl mmspec_asm_test
mmspec_asm_test:
	movabs $MMSPEC_VMALLOC_START, %rax
	ret
	.data
	.quad MMSPEC_PAGE_OFFSET
	.set mmspec_vmalloc_start, MMSPEC_VMALLOC_START
	.globl mmspec_vmalloc_start
EOF
if have gcc && have nm; then
  for def in "" "-D__ASSEMBLY__"; do
    rm -f "$fdir/use.o"
    # shellcheck disable=SC2086
    run gcc $def -I"$fdir" -c "$fdir/use.S" -o "$fdir/use.o"
    expect_rc 0 "c header in assembly: gcc $def -c"
    if nm "$fdir/use.o" 2>/dev/null | grep -q '^ffffc90000000000 A mmspec_vmalloc_start$'; then ok; else
      bad "c header in assembly ($def): mmspec_vmalloc_start is not 0xffffc90000000000"
    fi
  done
else
  skip "gcc or nm not found: the c header is not assembled"
fi
cat >"$fdir/layout.lds.S" <<'EOF'
#include "layout.h"
SECTIONS
{
  . = MMSPEC_KERNEL_TEXT_START + 0x1000000;
  .text : { *(.text) }
  mmspec_ld_vmalloc_start = MMSPEC_VMALLOC_START;
  mmspec_ld_vmalloc_slot = MMSPEC_VMALLOC_PGD_SLOT;
}
EOF
printf '\t.text\n\t.globl _start\n_start:\n\tret\n' >"$fdir/triv.s"
if have cpp && have ld && have as && have nm; then
  run cpp -P -DMMSPEC_LINKER_SCRIPT -I"$fdir" "$fdir/layout.lds.S" -o "$fdir/layout.lds"
  expect_rc 0 "c header in a linker script: cpp"
  run as "$fdir/triv.s" -o "$fdir/triv.o"
  expect_rc 0 "linker script: as"
  run ld -T "$fdir/layout.lds" "$fdir/triv.o" -o "$fdir/triv.elf"
  expect_rc 0 "c header in a linker script: ld -T"
  nm "$fdir/triv.elf" >"$fdir/triv.nm" 2>/dev/null
  for want in "ffffc90000000000 A mmspec_ld_vmalloc_start" "0000000000000192 A mmspec_ld_vmalloc_slot" \
    "ffffffff81000000 T _start"; do
    expect_file_has "$fdir/triv.nm" "$want" "c header in a linker script"
  done
else
  skip "cpp, as, ld or nm not found: the c header is not used in a linker script"
fi

# --- the Rust module
if have rustc; then
  RUSTC="rustc --edition 2021 --crate-type lib -D warnings"
  mkdir -p "$fdir/rs"
  cp "tests/golden/rust-$SEED_NAME.rs" "$fdir/layout.rs"
  # shellcheck disable=SC2086
  run $RUSTC --out-dir "$fdir/rs" "$fdir/layout.rs"
  expect_rc 0 "rust module: rustc"
  expect_no_err "rust module: rustc"
  # Through include!, with the values checked at compile time.
  cat >"$fdir/uselayout.rs" <<'EOF'
pub mod layout {
    include!("layout.rs");
}
const _: () = assert!(layout::MMSPEC_VMALLOC_START == 0xffffc90000000000);
const _: () = assert!(layout::MMSPEC_VMALLOC_PGD_SLOT == 402);
pub const VMALLOC_END: u64 = layout::MMSPEC_VMALLOC_END;
EOF
  # shellcheck disable=SC2086
  run $RUSTC --out-dir "$fdir/rs" "$fdir/uselayout.rs"
  expect_rc 0 "rust module through include!: rustc"
  run "$M" gen "$FIVE" --format rust -o "$fdir/five.rs"
  # shellcheck disable=SC2086
  run $RUSTC --out-dir "$fdir/rs" "$fdir/five.rs"
  expect_rc 0 "5-level rust module: rustc"
  # shellcheck disable=SC2086
  run $RUSTC --out-dir "$fdir/rs" "$fdir/weird.rs"
  expect_rc 0 "rust module from a weird path: rustc"
  # shellcheck disable=SC2086
  run $RUSTC --out-dir "$fdir/rs" "$fdir/nonutf8.rs"
  expect_rc 0 "rust module from a path that is not UTF-8: rustc"
  sed 's/^\(pub const MMSPEC_VMALLOC_START: u64 = 0x\)ffffc90000000000;/\1ffffc90000001000;/' \
    "$fdir/layout.rs" >"$fdir/broken.rs"
  if ! cmp -s "$fdir/layout.rs" "$fdir/broken.rs"; then ok; else bad "broken rust module: the sed did not change it"; fi
  # shellcheck disable=SC2086
  run $RUSTC --out-dir "$fdir/rs" "$fdir/broken.rs"
  if [ "$rc" -ne 0 ]; then ok; else bad "broken rust module: rustc compiled it"; fi
  expect_err_has "vmalloc starts right after hole_direct_vmalloc" "broken rust module: rustc"
else
  skip "rustc not found: the rust module is not compiled"
fi

# --- the JSON against its schema and the layout's facts
if have python3; then
  CHECK_JSON="python3 tests/cli/check_layout_json.py $SCHEMA"
  for j in "tests/golden/json-$SEED_NAME.json" "$fdir/weird.json"; do
    run $CHECK_JSON "$j"
    expect_rc 0 "json: $j"
    expect_out "ok" "json: $j"
  done
  run "$M" gen "$FIVE" --format json -o "$fdir/five.json"
  run $CHECK_JSON "$fdir/five.json"
  expect_rc 0 "json: 5-level"
  run python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["source"])' "$fdir/weird.json"
  expect_out "$WEIRD" "json from a weird path: source"
  # The path that is not UTF-8: its bytes become U+FFFD.
  run $CHECK_JSON "$fdir/nonutf8.json"
  expect_rc 0 "json from a path that is not UTF-8"
  run python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["source"].endswith("x\ufffdy.layout"))' \
    "$fdir/nonutf8.json"
  expect_out "True" "json from a path that is not UTF-8: U+FFFD"
  # The checker itself: an inconsistent size, a number for a flag, a missing
  # key are each found.
  sed 's/"size": "0x0000200000000000"/"size": "0x0000200000001000"/' \
    "tests/golden/json-$SEED_NAME.json" >"$fdir/broken1.json"
  sed '0,/"randomized": false/s//"randomized": 0/' "tests/golden/json-$SEED_NAME.json" >"$fdir/broken2.json"
  grep -v '"phys_limit"' "tests/golden/json-$SEED_NAME.json" >"$fdir/broken3.json"
  for b in 1 2 3; do
    run $CHECK_JSON "$fdir/broken$b.json"
    expect_rc 1 "json checker on broken$b.json"
  done
else
  skip "python3 not found: the json output is not checked against its schema"
fi

# --- the SVG picture: every region name is a text label of its own, the
# hole is labelled with its true size and broken, every randomized region is
# tagged KASLR, and each file is well-formed XML (python3).
svg=tests/golden/svg-$SEED_NAME.svg
awk '$1 == "region" { print $6 }' "$SEED" >"$fdir/names"
while read -r name; do
  expect_file_has "$svg" "class=\"name\">$name</text>" "svg: region $name labelled"
done <"$fdir/names"
expect_file_has "$svg" ">non-canonical (sign-extension hole)</text>" "svg: the hole"
expect_file_has "$svg" ">16776960 TB</text>" "svg: the hole's size"
expect_file_has "$svg" ">= 2^64 - 2^48</text>" "svg: the hole's size as powers of two"
expect_file_has "$svg" 'fill="url(#hatch)"' "svg: the hole hatched"
if [ "$(grep -c '>KASLR</text>' "$svg")" -eq "$(sed -n 's/^randomize  *//p' "$SEED" | wc -w)" ]; then ok; else
  bad "svg: not one KASLR tag per randomized region"
fi
# A path with "--" and text with & < > ": escaped, still one comment.
mkdir -p "$fdir/a--b"
ESC="$fdir/a--b/x--y-.layout"
sed 's/user space, different per mm$/user <space> \& "mm" -- x/; s/^title .*/title        T \& <t> "q"/' "$SEED" >"$ESC"
run "$M" gen "$ESC" --format svg -o "$fdir/esc.svg"
expect_rc 0 "gen --format svg with & < > \" and --"
# The banner holds "--" only in "<!--" and "-->".
if [ "$(head -n 1 "$fdir/esc.svg" | grep -o -- '--' | wc -l)" -eq 2 ] &&
  head -n 1 "$fdir/esc.svg" | grep -qF -- 'a- -b/x- -y-.layout by mmspec'; then ok; else
  bad "svg: '--' of the path not broken up"
fi
expect_file_has "$fdir/esc.svg" "user &lt;space&gt; &amp; &quot;mm&quot; -- x</text>" "svg: description escaped"
expect_file_has "$fdir/esc.svg" "<title>Layout $SEED_NAME: T &amp; &lt;t&gt; &quot;q&quot;</title>" "svg: title escaped"
run "$M" gen "$FIVE" --format svg -o "$fdir/five.svg"
expect_rc 0 "gen 5-level --format svg"
expect_file_has "$fdir/five.svg" ">= 2^64 - 2^57</text>" "svg 5-level: the hole's size"
if have python3; then
  for sp in "$svg:$SEED" "$fdir/weird.svg:$SEED" "$fdir/nonutf8.svg:$SEED" "$fdir/esc.svg:$SEED" \
    "$fdir/five.svg:$FIVE"; do
    s=${sp%%:*}
    run python3 -c '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.w3.org/2000/svg}svg", root.tag
labels = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
names = [l.split()[5] for l in open(sys.argv[2]) if l.startswith("region ")]
missing = [n for n in names if n not in labels]
assert not missing, missing
print("ok")' "$s" "${sp#*:}"
    expect_rc 0 "svg well-formed, every region labelled: $s"
    expect_out "ok" "svg well-formed, every region labelled: $s"
  done
else
  skip "python3 not found: the svg output is not parsed as XML"
fi
