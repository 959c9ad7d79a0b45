#!/bin/sh
# CLI tests of `mmspec kaslr` (docs/kaslr.md): the boundary draws (all zero,
# all ones) of every profile through the proven validator and every generator
# format; reproducible seeds; --stats against a brute force in Python over the
# same window; the regression cases from Linux's history, each rejected with
# its message; usage errors; and `mmspec check --bases --mem` accepting bases
# the algorithm produces and rejecting others naming the rule.
# Prints failures, then "cli-kaslr: N passed, N failed".
#
#   tests/cli/run_kaslr.sh PATH/TO/mmspec
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
case $1 in /*) M=$1 ;; *) M=$(pwd)/$1 ;; esac
cd "$here" || exit 2

. tests/cli/lib.sh
expect_err() { if [ "$(cat "$tmp/err")" = "$1" ]; then ok; else bad "$2: stderr '$(cat "$tmp/err")', expected '$1'"; fi; }
expect_grep() { if grep -q -- "$1" "$tmp/out"; then ok; else bad "$2: no '$1' in stdout"; fi; }

ONES=0xffffffffffffffff,0xffffffffffffffff,0xffffffffffffffff
for p in linux-4.8-4level linux-4.15-4level linux-4.20-4level linux-4.20-5level; do
  for d in 0,0,0 $ONES; do
    run "$M" kaslr $p --mem 16G --draws $d
    expect_rc 0 "$p draws $d"
    expect_grep "a valid layout (proven validator)" "$p draws $d: validated"
    for f in ctable c rust json md svg; do
      run "$M" kaslr $p --mem 16G --draws $d --format $f -o "$tmp/k.$f"
      expect_rc 0 "$p $d --format $f"
    done
    if have gcc; then
      printf '#include "%s"\nint main(void) { return 0; }\n' "$tmp/k.c" >"$tmp/t.c"
      if gcc -std=c11 -c "$tmp/t.c" -o "$tmp/t.o" 2>"$tmp/err"; then ok; else bad "$p $d: the C header does not compile"; fi
    fi
  done
  # zero draws: the direct map stays at page-offset
  run "$M" kaslr $p --mem 16G --draws 0,0,0
  po=$(sed -n 's/^# kaslr.*page_offset_base=\(0x[0-9a-f]*\).*/\1/p' "$tmp/out")
  want=$(sed -n 's/^page-offset *\(0x[0-9a-f]*\).*/\1/p' spec/profiles/$p.layout)
  if [ "$po" = "$want" ]; then ok; else bad "$p zero draws: page_offset_base $po, expected $want"; fi
done

# reproducible: the same seed, the same layout; another seed, another one
run "$M" kaslr linux-4.20-4level --mem 16G --seed 7
cp "$tmp/out" "$tmp/s7"
run "$M" kaslr linux-4.20-4level --mem 16G --seed 7
expect_same "$tmp/out" "$tmp/s7" "seed 7 twice"
run "$M" kaslr linux-4.20-4level --mem 16G --seed 8
if cmp -s "$tmp/out" "$tmp/s7"; then bad "seeds 7 and 8 give the same layout"; else ok; fi

# --stats: exact counts, against a brute force over the entropy values
run "$M" kaslr linux-4.8-4level --mem 16G --stats
expect_rc 0 "stats"
expect_out "linux-4.8-4level: Linux 4.8 kernel_randomize_memory, window 0xffff880000000000-0xfffffeffffffffff (vaddr_end: start of 'espfix'), remain_entropy 76800 GiB
direct_map size 11 TiB    positions 25601 (14.64 bits)
vmalloc    size 32 TiB    positions 51201 (15.64 bits)
vmemmap    size 1 TiB     positions 76801 (16.23 bits), 76799 of them end inside the window" "stats 4.8"
if have python3; then
  for p in linux-4.8-4level linux-4.20-4level; do
    run "$M" kaslr $p --mem 60T --padding 0 --stats
    got=$(sed -n 's/.*positions \([0-9]*\).*/\1/p' "$tmp/out" | tr '\n' ' ')
    r=$(sed -n 's/.*remain_entropy \([0-9]*\) GiB.*/\1/p' "$tmp/out")
    # in GiB units: e0 <= r/3, e1 <= (r - e0)/2, e2 <= r - e0 - e1; count the
    # distinct sums e0, e0 + e1, e0 + e1 + e2
    want=$(python3 -c "
r = $r
# mark every reachable sum: e0 + e1 for each e0, e0 + e1 + e2 for each e0 + e1
s0 = bytearray(r + 1); s1 = bytearray(r + 1); s2 = bytearray(r + 1)
for e0 in range(r // 3 + 1):
    s0[e0] = 1
    s1[e0:e0 + (r - e0) // 2 + 1] = b'\\x01' * ((r - e0) // 2 + 1)
for t in range(r + 1):
    if s1[t]:
        s2[t:r + 1] = b'\\x01' * (r - t + 1)
print(sum(s0), sum(s1), sum(s2), end=' ')")
    if [ "$got" = "$want" ]; then ok; else bad "$p stats: $got, brute force $want"; fi
  done
else
  skip "python3: the --stats brute force"
fi

# Linux's history: a fixed region in the window (cpu_entry_area in 4.15
# before 1dddd2512511), and the 1 TiB vmemmap with 5-level memory
run "$M" kaslr linux-4.15-4level --era 4.8 --mem 16G
expect_rc 1 "4.15 with the 4.8 window"
expect_err "spec/profiles/linux-4.15-4level.layout: window: region 'cpu_entry_area' (cpu-entry) is fixed but lies in the KASLR window 0xffff880000000000-0xfffffeffffffffff (vaddr_end = ESPFIX_BASE_ADDR (Linux 4.8-4.14), the start of 'espfix'): the randomized regions can land on it, as on cpu_entry_area in Linux 4.15 before 1dddd2512511 (\"x86/mm/kaslr: Fix the vaddr_end mess\")" "cpu_entry_area in the window"
run "$M" kaslr linux-4.15-4level --era 4.15 --mem 16G --seed 1
expect_rc 0 "4.15 after the fix"
run "$M" kaslr linux-4.20-5level --era 4.15 --mem 100T
expect_rc 1 "5-level, 1 TiB vmemmap"
expect_err "spec/profiles/linux-4.20-5level.layout: vmemmap: the 1 TiB vmemmap of Linux 4.15 holds the 64-byte struct pages of 64 TiB, but the direct map is 110 TiB: the vmemmap of the last pages lands past its region (the hard-coded 1 TiB vmemmap with 5-level paging; fixed in 2019 by sizing it from sizeof(struct page), era 6.1)" "vmemmap too small"
run "$M" kaslr linux-4.20-5level --mem 100T --seed 3
expect_rc 0 "5-level, 6.1 sizes the vmemmap"
# the largest last draw: the vmemmap ends 2 GiB past vaddr_end - 1
run "$M" kaslr linux-4.8-4level --mem 16G --draws 0,0,0x4b0000000000
expect_rc 1 "spill"
expect_err "spec/profiles/linux-4.8-4level.layout: spill: with these draws the vmemmap ends at 0xffffff007fffffff, past vaddr_end - 1 = 0xfffffeffffffffff, on 'espfix' (remain_entropy does not count the two PUD_SIZE gaps)" "spill message"

# usage
run "$M" kaslr linux-4.8-4level
expect_rc 2 "no --mem"
run "$M" kaslr linux-4.8-4level --mem 16G --era 5.0
expect_rc 2 "unknown era"
run "$M" kaslr linux-4.8-4level --mem 16G --seed 1 --draws 1,2,3
expect_rc 2 "seed and draws"
run "$M" kaslr linux-4.8-4level --mem 16G --draws 1,2
expect_rc 2 "two draws"
run "$M" kaslr linux-4.8-4level --mem 16G --padding 0x100001
expect_rc 2 "padding too large"
run "$M" kaslr --help
expect_rc 0 "help"

# the checker: bases from the algorithm pass, others are rejected by rule
L=tests/data/live
K=$L/qemu-tlb-4level-kaslr.txt
run "$M" kaslr linux-4.20-4level --mem 0x1ffdf000 --seed 11
b=$(sed -n 's/^# kaslr.*; page_offset_base=\(0x[0-9a-f]*\) vmalloc_base=\(0x[0-9a-f]*\) vmemmap_base=\(0x[0-9a-f]*\)$/page_offset_base=\1,vmalloc_base=\2,vmemmap_base=\3/p' "$tmp/out")
run "$M" check --profile linux-4.20-4level --dump $L/mem-4level.txt --bases "$b" --mem 0x1ffdf000
if grep -q "no draw of kaslr.c" "$tmp/err"; then bad "seed 11 bases not reachable: $(cat "$tmp/err")"; else ok; fi
# the direct map 25 TiB up: more than remain_entropy / 3 allows, with the
# direct map capped at 11 TiB or kept at 64 TiB
run "$M" check --profile linux-4.20-4level --dump $L/mem-4level.txt --bases page_offset_base=0xffffa18000000000,vmalloc_base=0xffffac8040000000,vmemmap_base=0xffffcc8080000000 --mem 0x1ffdf000
expect_rc 1 "page_offset_base beyond its entropy"
expect_err "$L/mem-4level.txt: base: page_offset_base 0xffffa18000000000 is 0x190000000000 bytes above 0xffff888000000000, more than the 0x188000000000 of entropy kaslr.c can draw for it (remain_entropy / 3): no draw of kaslr.c (Linux 6.1) gives these bases" "unreachable page_offset_base"

echo "cli-kaslr: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
