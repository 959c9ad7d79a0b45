#!/bin/sh
# CLI tests of `mmspec check` on a running kernel's inputs (docs/live-check.md):
# headers of constants with a mapping file (--defines/--map) — the
# hand-written kernel-style tests/data/live/kernel-4.20-4level.h, and our own
# generated headers through `gcc -dM -E` with a map of their MMSPEC_* names —
# and dumps of live page tables (--dump): the synthetic ptdump, info tlb and
# info mem dumps of tests/data/live/, then corrupted copies (one mapping
# moved into a hole, another region, the guard hole, the non-canonical hole,
# across a boundary), bases, and unusable input. Every message is compared
# whole. Prints failures, then "cli-live: N passed, N failed".
#
#   tests/cli/run_live.sh PATH/TO/mmspec     (paths are relative to the repo root)
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
case $1 in /*) M=$1 ;; *) M=$(pwd)/$1 ;; esac
cd "$here" || exit 2

. tests/cli/lib.sh
L=tests/data/live
# expect_err TEXT WHAT: stderr is exactly TEXT.
expect_err() { if [ "$(cat "$tmp/err")" = "$1" ]; then ok; else bad "$2: stderr '$(cat "$tmp/err")', expected '$1'"; fi; }

# --- the command line
run "$M" check --help
expect_rc 0 "check --help"
if grep -q -- '--defines HEADER --map MAP' "$tmp/out" && grep -q -- '--dump DUMP' "$tmp/out"; then ok; else bad "check --help: no --defines/--dump usage"; fi
run "$M" check --defines "$L/kernel-4.20-4level.h"
expect_rc 2 "--defines without --map"
expect_err "mmspec check: --defines and --map go together (see mmspec check --help)" "--defines without --map"
run "$M" check --profile linux-4.20-4level
expect_rc 2 "--profile alone"
run "$M" check --profile linux-4.20-4level --dump "$L/ptdump-4level.txt" spec/profiles/linux-4.8-4level.layout
expect_rc 2 "--dump with a FILE"
expect_err "mmspec check: 'spec/profiles/linux-4.8-4level.layout' cannot be combined with --profile, --defines or --dump (see mmspec check --help)" "--dump with a FILE"
run "$M" check --dump "$L/ptdump-4level.txt"
expect_rc 2 "--dump without a profile"
expect_err "mmspec check: needs --profile PROFILE (the map names none) (see mmspec check --help)" "--dump without a profile"
run "$M" check --profile linux-4.20-4level --dump "$L/ptdump-4level.txt" --dump-format xml
expect_rc 2 "unknown --dump-format"
run "$M" check --profile linux-4.20-4level --bases page_offset_base=0x0
expect_rc 2 "--bases without --dump"
run "$M" check --profile linux-4.20-4level --dump
expect_rc 2 "--dump without a value"
# FILE... is unchanged
run "$M" check spec/profiles/linux-4.20-4level.layout
expect_rc 0 "check a profile still"
expect_out "spec/profiles/linux-4.20-4level.layout: ok (24 regions, valid layout)" "check a profile still"

# --- defines: the kernel-style header against its map
run "$M" check --defines "$L/kernel-4.20-4level.h" --map spec/maps/linux-4.20-4level.map
expect_rc 0 "kernel header"
expect_out "$L/kernel-4.20-4level.h: ok (17 names match profile linux-4.20-4level, 5 runtime not checked, 0 optional absent)" "kernel header"
if [ "$(grep -c ': runtime: note: ' "$tmp/err")" -eq 5 ]; then ok; else bad "kernel header: 5 runtime notes"; fi
if grep -qx "$L/kernel-4.20-4level.h:19: runtime: note: PAGE_OFFSET is not a constant: it reads 'page_offset_base', which is not a macro of the file (a variable?) (in the definition of __PAGE_OFFSET at line 18); the map marks it runtime (set at boot), so it is not checked" "$tmp/err"; then ok; else bad "kernel header: the PAGE_OFFSET note"; fi
# --profile agrees with the map, or is refused
run "$M" check --profile linux-4.20-5level --defines "$L/kernel-4.20-4level.h" --map spec/maps/linux-4.20-4level.map
expect_rc 2 "map for another profile"
expect_err "spec/maps/linux-4.20-4level.map:13: profile: the map is for profile linux-4.20-4level, not linux-4.20-5level" "map for another profile"
# a wrong value, a missing name, a constant where the map says runtime is fine
sed -e 's/^#define __VMEMMAP_BASE_L4 0xffffea0000000000UL$/#define __VMEMMAP_BASE_L4 0xffffeb0000000000UL/' \
  -e '/^#define VSYSCALL_ADDR/d' -e 's/^#define VMALLOC_START vmalloc_base$/#define VMALLOC_START __VMALLOC_BASE_L4/' \
  "$L/kernel-4.20-4level.h" >"$tmp/k.h"
run "$M" check --defines "$tmp/k.h" --map spec/maps/linux-4.20-4level.map
expect_rc 1 "kernel header, corrupted"
expect_no_out "kernel header, corrupted"
grep -v ': runtime: note: ' "$tmp/err" >"$tmp/findings"
if [ "$(cat "$tmp/findings")" = "$tmp/k.h:40: mismatch: __VMEMMAP_BASE_L4 = 0xffffeb0000000000 but profile linux-4.20-4level region 'vmemmap' start is 0xffffea0000000000
spec/maps/linux-4.20-4level.map:39: missing: VSYSCALL_ADDR is not defined in $tmp/k.h" ]; then ok; else bad "kernel header, corrupted: findings '$(cat "$tmp/findings")'"; fi
if [ "$(grep -c ': runtime: note: ' "$tmp/err")" -eq 3 ]; then ok; else bad "kernel header, corrupted: VMALLOC_START/END are constants now, 3 notes left"; fi
# an unsupported expression in a mapped name: unusable, nothing else printed
sed 's/^#define VSYSCALL_ADDR (-10UL << 20)$/#define VSYSCALL_ADDR (1 ? -10UL << 20 : 0)/' "$L/kernel-4.20-4level.h" >"$tmp/k2.h"
run "$M" check --defines "$tmp/k2.h" --map spec/maps/linux-4.20-4level.map
expect_rc 2 "unsupported expression"
expect_no_out "unsupported expression"
expect_err "$tmp/k2.h:58: expr: unsupported token '?' (in the definition of VSYSCALL_ADDR)" "unsupported expression"
# an error in a macro another one needs names that macro's line
sed 's/^#define PGDIR_SHIFT 39$/#define PGDIR_SHIFT 39.0/' "$L/kernel-4.20-4level.h" >"$tmp/k3.h"
run "$M" check --defines "$tmp/k3.h" --map spec/maps/linux-4.20-4level.map
expect_rc 2 "error in a needed macro"
if [ "$(wc -l <"$tmp/err")" -eq 3 ]; then ok; else bad "error in a needed macro: one error per mapped name that needs it (3)"; fi
if head -n 1 "$tmp/err" | grep -qx "$tmp/k3.h:25: expr: '39.0' is not an integer literal (floating point and other suffixes are not supported) (in the definition of PGDIR_SHIFT, needed by LDT_BASE_ADDR at line 36)"; then ok; else bad "error in a needed macro: '$(head -n 1 "$tmp/err")'"; fi
# a constant that is not: not-constant (exit 1) when the map does not say runtime
sed 's/^CPU_ENTRY_AREA_BASE .*/CPU_ENTRY_AREA_BASE cpu_entry_area start/' spec/maps/linux-4.20-4level.map >"$tmp/m.map"
sed 's/^#define CPU_ENTRY_AREA_BASE .*/#define CPU_ENTRY_AREA_BASE cea_base/' "$L/kernel-4.20-4level.h" >"$tmp/k4.h"
run "$M" check --defines "$tmp/k4.h" --map "$tmp/m.map"
expect_rc 1 "not-constant"
if grep -qx "$tmp/k4.h:51: not-constant: CPU_ENTRY_AREA_BASE is not a constant: it reads 'cea_base', which is not a macro of the file (a variable?); profile linux-4.20-4level region 'cpu_entry_area' start is 0xfffffe0000000000 (mark the name \`runtime\` in $tmp/m.map if the kernel sets it at boot)" "$tmp/err"; then ok; else bad "not-constant: '$(grep not-constant "$tmp/err")'"; fi
# bad maps
printf 'profile linux-4.20-4level\nVSYSCALL_ADDR vsyscall middle\n' >"$tmp/b1.map"
run "$M" check --defines "$L/kernel-4.20-4level.h" --map "$tmp/b1.map"
expect_rc 2 "map: unknown bound"
expect_err "$tmp/b1.map:2: unknown-bound: 'middle' is not a bound (start, end, end_excl or size)" "map: unknown bound"
printf 'VSYSCALL_ADDR vsyscalls start\n' >"$tmp/b2.map"
run "$M" check --profile linux-4.20-4level --defines "$L/kernel-4.20-4level.h" --map "$tmp/b2.map"
expect_rc 2 "map: unknown region"
expect_err "$tmp/b2.map:1: unknown-region: 'vsyscalls' is not a region of profile linux-4.20-4level" "map: unknown region"
printf '# nothing\n' >"$tmp/b3.map"
run "$M" check --profile linux-4.20-4level --defines "$L/kernel-4.20-4level.h" --map "$tmp/b3.map"
expect_rc 2 "map: empty"
expect_err "$tmp/b3.map:1: empty: no entries (NAME REGION BOUND)" "map: empty"
run "$M" check --defines "$tmp/no-such.h" --map spec/maps/linux-4.20-4level.map
expect_rc 2 "missing header"
expect_err "$tmp/no-such.h: io: cannot open: No such file or directory" "missing header"

# --- defines: our own generated headers, through gcc -dM -E, with a map of
# every region's MMSPEC_<NAME>_START/_END/_SIZE
if have gcc; then
  for f in spec/profiles/*.layout; do
    p=$(basename "$f" .layout)
    h=$tmp/layout_$p.h
    "$M" gen "$f" --format c -o "$h"
    awk -v P="$p" 'BEGIN { print "profile " P }
      $1 == "region" { u = toupper($6); print "MMSPEC_" u "_START " $6 " start";
        print "MMSPEC_" u "_END " $6 " end"; print "MMSPEC_" u "_SIZE " $6 " size" }
      END { print "MMSPEC_PAGE_OFFSET direct_map start" }' "$f" >"$tmp/$p.map"
    n=$(($(grep -c '^region' "$f") * 3 + 1))
    gcc -dM -E "$h" >"$tmp/$p.defs"
    run "$M" check --defines "$tmp/$p.defs" --map "$tmp/$p.map"
    expect_rc 0 "gcc -dM -E layout_$p.h"
    expect_out "$tmp/$p.defs: ok ($n names match profile $p, 0 runtime not checked, 0 optional absent)" "gcc -dM -E layout_$p.h"
  done
  sed 's/^profile .*//' "$tmp/linux-4.20-4level.map" >"$tmp/any.map"
  run "$M" check --profile linux-4.8-4level --defines "$tmp/linux-4.20-4level.defs" --map "$tmp/any.map"
  expect_rc 2 "4.20 names against the 4.8 profile: unknown regions"
  run "$M" check --profile linux-4.20-5level --defines "$tmp/linux-4.20-4level.defs" --map "$tmp/any.map"
  expect_rc 1 "4.20 4-level header against the 5-level profile"
  if grep -qx "$tmp/linux-4.20-4level.defs:[0-9]*: mismatch: MMSPEC_DIRECT_MAP_START = 0xffff888000000000 but profile linux-4.20-5level region 'direct_map' start is 0xff11000000000000" "$tmp/err"; then ok; else bad "4-level header, 5-level profile: no direct map mismatch"; fi
else
  skip "gcc not found: the generated headers are not checked through gcc -dM -E"
fi

# --- dumps: the synthetic ones are clean
for d in ptdump-4level:linux-4.20-4level:26 ptdump-5level:linux-4.20-5level:26 \
  tlb-4level:linux-4.20-4level:1094 tlb-5level:linux-4.20-5level:1094 \
  mem-4level:linux-4.20-4level:19 mem-5level:linux-4.20-5level:19; do
  f=$L/${d%%:*}.txt
  rest=${d#*:}
  p=${rest%%:*}
  n=${rest#*:}
  run "$M" check --profile "$p" --dump "$f"
  expect_rc 0 "dump $f"
  expect_out "$f: ok ($n ranges, 9 regions touched, bases those of profile $p)" "dump $f"
  expect_no_err "dump $f"
done
# the format can be named, and must then match
run "$M" check --profile linux-4.20-4level --dump "$L/mem-4level.txt" --dump-format mem
expect_rc 0 "--dump-format mem"
run "$M" check --profile linux-4.20-4level --dump "$L/mem-4level.txt" --dump-format tlb
expect_rc 2 "--dump-format tlb on info mem"
expect_err "$L/mem-4level.txt:1: syntax: an \`info tlb\` line is \`VADDR: PADDR FLAGS\`" "--dump-format tlb on info mem"
# stdin
run sh -c "\"$M\" check --profile linux-4.20-4level --dump - <$L/ptdump-4level.txt"
expect_rc 0 "--dump - (stdin)"
expect_out "-: ok (26 ranges, 9 regions touched, bases those of profile linux-4.20-4level)" "--dump - (stdin)"
# a 4-level dump against the 5-level profile and the other way round
run "$M" check --profile linux-4.20-4level --dump "$L/ptdump-5level.txt"
expect_rc 1 "5-level dump, 4-level profile"
if [ "$(grep -c ': noncanonical: ' "$tmp/err")" -eq 12 ]; then ok; else bad "5-level dump, 4-level profile: 12 noncanonical findings"; fi

# --- corruption: one mapping moved (the size column kept right)
P4=linux-4.20-4level
# into the hole between the direct map and vmalloc
sed 's/^0xffffc90000005000-0xffffc90000007000 /0xffffc88000000000-0xffffc88000002000 /' "$L/ptdump-4level.txt" >"$tmp/c1.txt"
run "$M" check --profile $P4 --dump "$tmp/c1.txt"
expect_rc 1 "moved into a hole"
expect_no_out "moved into a hole"
expect_err "$tmp/c1.txt:21: hole: 0xffffc88000000000-0xffffc88000002000 lies in hole 'hole_direct_vmalloc' (0xffffc88000000000-0xffffc8ffffffffff)" "moved into a hole"
# into another region: a vmalloc() Area line placed in the direct map
sed 's/^0xffffc90000005000-0xffffc90000007000 /0xffff888100000000-0xffff888100002000 /' "$L/ptdump-4level.txt" >"$tmp/c2.txt"
run "$M" check --profile $P4 --dump "$tmp/c2.txt"
expect_rc 1 "moved into another region"
expect_err "$tmp/c2.txt:21: section: 0xffff888100000000-0xffff888100002000 follows the marker '---[ vmalloc() Area ]---' (line 18), which is for vmalloc, but lies in region 'direct_map' (direct-map)" "moved into another region"
# into the guard hole, with info mem
sed 's/^ffffc90000005000-ffffc90000007000 /ffff800000005000-ffff800000007000 /' "$L/mem-4level.txt" >"$tmp/c3.txt"
run "$M" check --profile $P4 --dump "$tmp/c3.txt"
expect_rc 1 "moved into the guard hole"
expect_err "$tmp/c3.txt:5: guard: 0xffff800000005000-0xffff800000007000 lies in guard hole 'guard_hole' (0xffff800000000000-0xffff87ffffffffff)" "moved into the guard hole"
# into the non-canonical hole, with info tlb (no sign extension applies to an
# address above 2^48)
sed 's/^ffffea0000200000: /0001ea0000200000: /' "$L/tlb-4level.txt" >"$tmp/c4.txt"
run "$M" check --profile $P4 --dump "$tmp/c4.txt"
expect_rc 1 "moved into the non-canonical hole"
expect_err "$tmp/c4.txt:1040: noncanonical: 0x0001ea0000200000-0x0001ea0000400000 lies in the non-canonical hole 'noncanonical' (0x0000800000000000-0xffff7fffffffffff)" "moved into the non-canonical hole"
# in info mem, such an address does not even add up: QEMU computes the end
# from the raw 48-bit address
sed 's/^ffffea0000000000-ffffea0002000000 /0001ea0000000000-0001ea0002000000 /' "$L/mem-4level.txt" >"$tmp/c4m.txt"
run "$M" check --profile $P4 --dump "$tmp/c4m.txt"
expect_rc 2 "info mem with a non-canonical start"
expect_err "$tmp/c4m.txt:7: size: 0x0001ea0000000000-0x0001ea0002000000 does not hold the 0x2000000 bytes the line states" "info mem with a non-canonical start"
# the 5-level dump: a vmemmap mapping moved past its region, and one across
# the boundary of two regions
sed -e 's/^0xffd4000000000000-0xffd4000002000000 /0xffd6000000000000-0xffd6000002000000 /' \
  -e 's/^0xffffffff83600000-0xffffffff83a00000 /0xffffffff9fe00000-0xffffffffa0200000 /' \
  "$L/ptdump-5level.txt" >"$tmp/c5.txt"
run "$M" check --profile linux-4.20-5level --dump "$tmp/c5.txt"
expect_rc 1 "5-level: moved"
expect_err "$tmp/c5.txt:28: hole: 0xffd6000000000000-0xffd6000002000000 lies in hole 'hole_vmemmap_kasan' (0xffd6000000000000-0xffdeffffffffffff)
$tmp/c5.txt:49: straddle: 0xffffffff9fe00000-0xffffffffa0200000 spans regions 'kernel_text' and 'modules' (the boundary is at 0xffffffffa0000000)" "5-level: moved"
# a 1 GiB page reaching out of the direct map (info tlb: the next page is far)
printf 'ffffc88000000000: 0000000000000000 XG-DA---W\nffffc87fc0000000: 0000000040000000 XGPDA---W\n' >"$tmp/c6.txt"
run "$M" check --profile $P4 --dump "$tmp/c6.txt"
expect_rc 1 "4 KiB page in a hole, then a 1 GiB page"
expect_err "$tmp/c6.txt:1: hole: 0xffffc88000000000-0xffffc88000001000 lies in hole 'hole_direct_vmalloc' (0xffffc88000000000-0xffffc8ffffffffff)" "4 KiB page in a hole, then a 1 GiB page"

# --- bases (KASLR)
K="$L/ptdump-4level-kaslr.txt"
B=page_offset_base=0xffff88c240000000,vmalloc_base=0xffffc93a80000000,vmemmap_base=0xffffea5f00000000
run "$M" check --profile $P4 --dump "$K" --bases "$B"
expect_rc 0 "KASLR dump at its bases"
expect_out "$K: ok (26 ranges, 9 regions touched, bases page_offset_base=0xffff88c240000000,vmalloc_base=0xffffc93a80000000,vmemmap_base=0xffffea5f00000000)" "KASLR dump at its bases"
# vmalloc_base 1 GiB higher: the vmalloc mappings lie in the unused window
run "$M" check --profile $P4 --dump "$K" --bases page_offset_base=0xffff88c240000000,vmalloc_base=0xffffc93b80000000,vmemmap_base=0xffffea5f00000000
expect_rc 1 "KASLR dump, wrong vmalloc_base"
if [ "$(head -n 1 "$tmp/err")" = "$K:19: kaslr: 0xffffc93a80000000-0xffffc93a80004000 lies in the KASLR window but in no randomized region at the bases page_offset_base=0xffff88c240000000,vmalloc_base=0xffffc93b80000000,vmemmap_base=0xffffea5f00000000 (unused window 0xffffc8c240000000-0xffffc93b7fffffff)" ]; then ok; else bad "KASLR dump, wrong vmalloc_base: '$(head -n 1 "$tmp/err")'"; fi
if [ "$(wc -l <"$tmp/err")" -eq 3 ]; then ok; else bad "KASLR dump, wrong vmalloc_base: 3 findings"; fi
# the base rules
run "$M" check --profile $P4 --dump "$K" --bases vmalloc_base=0xffffc93a80001000
expect_rc 1 "unaligned base"
expect_err "$K: base: vmalloc_base 0xffffc93a80001000 is not aligned to 1 GiB (PUD_SIZE): kaslr.c rounds every base to PUD_SIZE" "unaligned base"
run "$M" check --profile $P4 --dump "$K" --bases vmemmap_base=0xffffeb4000000000
expect_rc 1 "base outside the window"
expect_err "$K: base: vmemmap_base at 0xffffeb4000000000 (0x10000000000 bytes, its size in profile linux-4.20-4level) does not fit in the KASLR window 0xffff888000000000-0xffffebffffffffff" "base outside the window"
run "$M" check --profile $P4 --dump "$K" --bases page_offset_base=0xffff88c240000000,vmalloc_base=0xffffc8c200000000
expect_rc 1 "bases out of order"
expect_err "$K: base: vmalloc_base 0xffffc8c200000000 is at or before the end 0xffffc8c23fffffff of 'direct_map' at page_offset_base (the randomized regions keep their order and do not overlap)" "bases out of order"
run "$M" check --profile $P4 --dump "$K" --bases text_base=0xffffffff80000000
expect_rc 2 "unknown base"
expect_err "mmspec check: 'text_base' names no randomized region of profile linux-4.20-4level (page_offset_base, vmalloc_base, vmemmap_base) (see mmspec check --help)" "unknown base"
run "$M" check --profile $P4 --dump "$K" --bases vmalloc_base=12
expect_rc 2 "base not hex"
# region names work as well as the kernel's variables
run "$M" check --profile $P4 --dump "$K" --bases direct_map=0xffff88c240000000,vmalloc=0xffffc93a80000000,vmemmap=0xffffea5f00000000
expect_rc 0 "bases by region name"

# --- Linux's sizes (--mem): real dumps of Debian's 6.1 kernel booted with
# KASLR under QEMU (a sample; make crosscheck takes them whole)
Q4=$L/qemu-tlb-4level-kaslr.txt
Q5=$L/qemu-tlb-5level-kaslr.txt
B4=page_offset_base=0xffff8d3140000000,vmalloc_base=0xffffd08480000000,vmemmap_base=0xfffff18980000000
B5=page_offset_base=0xff12198080000000,vmalloc_base=0xff5c2e4700000000,vmemmap_base=0xfff743f640000000
# with the profile's sizes the real bases do not fit: reported, not hidden
run "$M" check --profile $P4 --dump "$Q4" --bases "$B4"
expect_rc 1 "real 4-level bases, profile sizes"
expect_err "$Q4: base: vmalloc_base at 0xffffd08480000000 (0x200000000000 bytes, its size in profile linux-4.20-4level) does not fit in the KASLR window 0xffff888000000000-0xffffebffffffffff
$Q4: base: vmemmap_base at 0xfffff18980000000 (0x10000000000 bytes, its size in profile linux-4.20-4level) does not fit in the KASLR window 0xffff888000000000-0xffffebffffffffff" "real 4-level bases, profile sizes"
run "$M" check --profile linux-4.20-5level --dump "$Q5" --bases "$B5"
expect_rc 1 "real 5-level bases, profile sizes"
if grep -q "^$Q5: base: vmalloc_base 0xff5c2e4700000000 is at or before the end 0xff9219807fffffff of 'direct_map' at page_offset_base" "$tmp/err"; then ok; else bad "real 5-level bases, profile sizes: '$(head -n 1 "$tmp/err")'"; fi
# with kaslr.c's sizes for the memory the kernel saw (max_pfn 0x1ffdf)
run "$M" check --profile $P4 --dump "$Q4" --bases "$B4" --mem 0x1ffdf000 --mem-padding 0xa
expect_rc 0 "real 4-level bases, --mem"
expect_out "$Q4: ok (204 ranges, 9 regions touched, bases $B4, sizes direct_map 11 TiB, vmalloc 32 TiB, vmemmap 1 TiB)" "real 4-level bases, --mem"
run "$M" check --profile linux-4.20-5level --dump "$Q5" --bases "$B5" --mem 512M
expect_rc 0 "real 5-level bases, --mem (padding 0xa by default)"
expect_out "$Q5: ok (204 ranges, 9 regions touched, bases $B5, sizes direct_map 11 TiB, vmalloc 12800 TiB, vmemmap 1 TiB)" "real 5-level bases, --mem"
# the direct map is 11 TiB: a page 12 TiB above page_offset_base lies in the window
sed 's/^ffff8d3140000000: /ffff993140000000: /' "$Q4" >"$tmp/q1.txt"
run "$M" check --profile $P4 --dump "$tmp/q1.txt" --bases "$B4" --mem 0x1ffdf000
expect_rc 1 "a direct-map page past kaslr.c's size"
if grep -q "^$tmp/q1.txt:[0-9]*: kaslr: 0xffff993140000000-0xffff993140001000 lies in the KASLR window but in no randomized region at the bases $B4 (unused window 0xffff983140000000-0xffffd0847fffffff)\$" "$tmp/err"; then ok; else bad "a direct-map page past kaslr.c's size: '$(cat "$tmp/err")'"; fi
# 1 + 64 TiB: capped at 2^(MAX_PHYSMEM_BITS - 40) = 64 TiB, the profile's size
run "$M" check --profile $P4 --dump "$Q4" --bases "$B4" --mem 0x1ffdf000 --mem-padding 64
expect_rc 0 "--mem-padding 64"
expect_out "$Q4: ok (204 ranges, 9 regions touched, bases $B4, sizes direct_map 64 TiB, vmalloc 32 TiB, vmemmap 1 TiB)" "--mem-padding 64"
# kaslr.c leaves 1 GiB at least after each region
run "$M" check --profile $P4 --dump "$Q4" --bases page_offset_base=0xffff888000000000,vmalloc_base=0xffff938000000000 --mem 0x1ffdf000
expect_rc 1 "bases closer than kaslr.c's 1 GiB"
expect_err "$Q4: base: vmalloc_base 0xffff938000000000 is less than 1 GiB after the end 0xffff937fffffffff of 'direct_map' at page_offset_base (kaslr.c leaves PUD_SIZE at least: vaddr = round_up(vaddr + 1, PUD_SIZE))" "bases closer than kaslr.c's 1 GiB"
# the window ends at CPU_ENTRY_AREA_BASE: a vmemmap that would reach into it
run "$M" check --profile $P4 --dump "$Q4" --bases vmemmap_base=0xfffffd0040000000 --mem 0x1ffdf000
expect_rc 1 "vmemmap into the cpu_entry_area"
expect_err "$Q4: base: vmemmap_base at 0xfffffd0040000000 (0x10000000000 bytes, its size by kaslr.c for --mem 0x1ffdf000 and 10 TiB padding) does not fit in the KASLR window 0xffff888000000000-0xfffffdffffffffff" "vmemmap into the cpu_entry_area"
# the options
run "$M" check --profile $P4 --dump "$Q4" --mem 512M
expect_rc 2 "--mem without --bases"
expect_err "mmspec check: --mem and --mem-padding need --bases (and --dump) (see mmspec check --help)" "--mem without --bases"
run "$M" check --profile $P4 --dump "$Q4" --bases "$B4" --mem-padding 1
expect_rc 2 "--mem-padding without --mem"
run "$M" check --profile $P4 --dump "$Q4" --bases "$B4" --mem 512X
expect_rc 2 "--mem not a size"
expect_err "mmspec check: --mem '512X' is not a size (0x and hex digits, or decimal digits with K, M, G or T) (see mmspec check --help)" "--mem not a size"
run "$M" check --profile $P4 --dump "$Q4" --bases "$B4" --mem 99999999999999999999
expect_rc 2 "--mem too big"
run "$M" check --profile $P4 --dump "$Q4" --bases "$B4" --mem 512M --mem-padding 0x100001
expect_rc 2 "--mem-padding too big"
# an info tlb or info mem dump of no line at all is empty, its format named or not
: >"$tmp/e.txt"
run "$M" check --profile $P4 --dump "$tmp/e.txt" --dump-format mem
expect_rc 2 "empty info mem, format named"
expect_err "$tmp/e.txt:1: empty: no line of a ptdump, \`info tlb\` or \`info mem\` dump" "empty info mem, format named"

# --- unusable dumps: FILE:LINE: rule, exit 2, nothing else
printf '0xffff888000000000-0xffff888000200000           4M     RW         PSE     GLB NX pmd\n' >"$tmp/u1.txt"
run "$M" check --profile $P4 --dump "$tmp/u1.txt"
expect_rc 2 "ptdump size"
expect_no_out "ptdump size"
expect_err "$tmp/u1.txt:1: size: 0xffff888000000000-0xffff888000200000 holds 0x200000 bytes, not the 4M the line states" "ptdump size"
{ head -n 20 "$L/ptdump-4level.txt"; echo 'garbage here'; cat "$L/ptdump-4level.txt"; } >"$tmp/u2.txt"
sed 's/^0xffffc90000005000-0xffffc90000007000 /0xffffc88000000000-0xffffc88000002000 /' "$tmp/u2.txt" >"$tmp/u3.txt"
run "$M" check --profile $P4 --dump "$tmp/u3.txt"
expect_rc 2 "a bad line after a finding: only the error"
expect_err "$tmp/u3.txt:21: syntax: a ptdump line is \`0xSTART-0xEND SIZE FLAGS LEVEL\` or \`---[ Name ]---\`" "a bad line after a finding: only the error"
printf 'hello\n' >"$tmp/u4.txt"
run "$M" check --profile $P4 --dump "$tmp/u4.txt"
expect_rc 2 "not a dump"
expect_err "$tmp/u4.txt:1: format: not a line of a ptdump, \`info tlb\` or \`info mem\` dump (--dump-format names the format)" "not a dump"
printf '\n# only a comment\n(qemu) info tlb\n' >"$tmp/u5.txt"
run "$M" check --profile $P4 --dump "$tmp/u5.txt"
expect_rc 2 "empty dump"
expect_err "$tmp/u5.txt:3: empty: no line of a ptdump, \`info tlb\` or \`info mem\` dump" "empty dump"
printf 'ffff888000000000: 0000000000000000 XG-DA---W\nffff888000001000: 00000000\0001000 XG-DA---W\n' >"$tmp/u6.txt"
run "$M" check --profile $P4 --dump "$tmp/u6.txt"
expect_rc 2 "binary dump"
expect_err "$tmp/u6.txt:2: binary: byte 0x00 at column 27 is not text (NUL, control or invalid UTF-8)" "binary dump"
printf 'ffff888000000800: 0000000000000000 XG-DA---W\n' >"$tmp/u7.txt"
run "$M" check --profile $P4 --dump "$tmp/u7.txt"
expect_rc 2 "unaligned tlb page"
expect_err "$tmp/u7.txt:1: align: the 4 KiB page at 0xffff888000000800 (physical 0x0) is not aligned to its size" "unaligned tlb page"
printf 'ffff888000000000-ffff888000200000 0000000000100000 -rw\n' >"$tmp/u8.txt"
run "$M" check --profile $P4 --dump "$tmp/u8.txt"
expect_rc 2 "info mem size"
expect_err "$tmp/u8.txt:1: size: 0xffff888000000000-0xffff888000200000 does not hold the 0x100000 bytes the line states" "info mem size"
awk 'BEGIN { s = sprintf("%5000s", ""); print "0x" s }' >"$tmp/u9.txt"
run "$M" check --profile $P4 --dump "$tmp/u9.txt"
expect_rc 2 "a long line"
expect_err "$tmp/u9.txt:1: too-long: a line of more than 4096 bytes" "a long line"
run "$M" check --profile $P4 --dump "$tmp/no-such.txt"
expect_rc 2 "missing dump"
expect_err "$tmp/no-such.txt: io: cannot open: No such file or directory" "missing dump"
# QEMU's raw end of the address space (info mem's last range ends at 2^48)
printf 'ffffffffff600000-0001000000000000 0000000000a00000 ur-\n' >"$tmp/top.txt"
run "$M" check --profile $P4 --dump "$tmp/top.txt"
expect_rc 1 "info mem to the top"
expect_err "$tmp/top.txt:1: hole: 0xffffffffff600000-0x0000000000000000 reaches into hole 'hole_vsyscall_top' (0xffffffffff601000-0xffffffffffdfffff)" "info mem to the top"
# defines and a dump at once: the highest status
run "$M" check --defines "$L/kernel-4.20-4level.h" --map spec/maps/linux-4.20-4level.map --dump "$tmp/c1.txt"
expect_rc 1 "defines and dump at once"
if [ "$(wc -l <"$tmp/out")" -eq 1 ]; then ok; else bad "defines and dump at once: one ok line"; fi

echo "cli-live: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
