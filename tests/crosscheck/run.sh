#!/usr/bin/env bash
# make crosscheck: boot Debian's linux-image-amd64 kernel under QEMU (TCG) in
# four configurations (4-level and 5-level paging, each with and without
# KASLR), read the kernel's layout variables and dump its page tables through
# the QEMU monitor (tests/crosscheck/boot.py), and check them with
# `mmspec check --dump` against linux-4.20-4level / linux-4.20-5level; then
# check that corrupted copies of the real dumps are rejected by the right
# rule. docs/live-check.md ("Live checks against Debian's kernel") explains
# every step and records the results.
#
#   tests/crosscheck/run.sh BUILD_DIR      (from the repository root)
#
# Prints what it uses (QEMU version, kernel package version, command lines),
# one summary line per configuration and per corruption check, and last
#   crosscheck: N passed, N failed, N skipped
# Exit status 1 when anything failed. When QEMU, python3 or the kernel package
# cannot be had, it says so and counts as skipped (exit 0), unless
# CROSSCHECK_REQUIRE=1 (the default when CI=true), where a skip fails.
#
# Environment: CROSSCHECK_CONFIGS (default "4level 4level-kaslr 5level
# 5level-kaslr"), CROSSCHECK_TIMEOUT (seconds a boot may take, default 300),
# CROSSCHECK_MEM (guest memory, default 512M), QEMU (default qemu-system-x86_64).
set -eu
B=${1:-build}
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
M=$here/$B/mmspec
W=$here/$B/crosscheck
mkdir -p "$W"
CONFIGS=${CROSSCHECK_CONFIGS:-"4level 4level-kaslr 5level 5level-kaslr"}
TIMEOUT=${CROSSCHECK_TIMEOUT:-300}
GUEST_MEM=${CROSSCHECK_MEM:-512M}
QEMU=${QEMU:-qemu-system-x86_64}
if [ -z "${CROSSCHECK_REQUIRE:-}" ]; then
  if [ "${CI:-}" = true ]; then CROSSCHECK_REQUIRE=1; else CROSSCHECK_REQUIRE=0; fi
fi
pass=0 fail=0 skipped=0
summary=$W/summary.txt
: >"$summary"
say() { echo "crosscheck: $*"; }
line() { echo "$*" | tee -a "$summary"; }
finish() {
  echo
  echo "== crosscheck summary"
  cat "$summary"
  echo "crosscheck: $pass passed, $fail failed, $skipped skipped"
  [ "$fail" -eq 0 ]
  exit $?
}
skip_all() {
  if [ "$CROSSCHECK_REQUIRE" = 1 ]; then
    line "FAIL  crosscheck not run: $* (CROSSCHECK_REQUIRE=1: a skip is a failure)"
    fail=$((fail + 1))
  else
    line "SKIP  crosscheck not run: $*"
    skipped=$((skipped + 1))
  fi
  finish
}
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

[ -x "$M" ] || { echo "crosscheck: $M is not built (make $B/mmspec)" >&2; exit 2; }
command -v "$QEMU" >/dev/null 2>&1 || skip_all "$QEMU not found (apt-get install qemu-system-x86)"
command -v python3 >/dev/null 2>&1 || skip_all "python3 not found"
say "$("$QEMU" --version | head -n 1)"

# --- the kernel: the package linux-image-amd64 depends on, downloaded, unpacked, not installed
t0=$(now)
pkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '$1 == "Depends:" && $2 ~ /^linux-image-[0-9]/ { print $2; exit }') || true
[ -n "$pkg" ] || skip_all "apt-cache knows no linux-image-amd64 (run apt-get update)"
K=$W/kernel/$pkg
if [ ! -f "$K/boot/vmlinuz-${pkg#linux-image-}" ] || [ ! -f "$K/version" ]; then
  rm -rf "$W/deb" "$K"
  mkdir -p "$W/deb" "$K"
  # apt's _apt user must be able to write there; run as root, apt falls back
  # an old package list may name a version the archive no longer has: as
  # root, update it once and try again
  if ! (cd "$W/deb" && apt-get download "$pkg" >download.log 2>&1); then
    if [ "$(id -u)" = 0 ] && apt-get update -qq >"$W/deb/update.log" 2>&1; then
      pkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '$1 == "Depends:" && $2 ~ /^linux-image-[0-9]/ { print $2; exit }') || true
      K=$W/kernel/$pkg
      mkdir -p "$K"
    fi
    (cd "$W/deb" && apt-get download "$pkg" >download.log 2>&1) ||
      skip_all "apt-get download $pkg failed: $(tail -n 1 "$W/deb/download.log")"
  fi
  deb=$(ls "$W"/deb/"$pkg"_*.deb)
  dpkg -x "$deb" "$K"
  dpkg-deb -f "$deb" Version >"$K/version"
  rm -rf "$K/lib" "$K/usr" # the modules: not needed (console on the built-in 8250)
fi
kver=${pkg#linux-image-}
ver=$(cat "$K/version")
VMLINUZ=$K/boot/vmlinuz-$kver
CONFIG=$K/boot/config-$kver
say "kernel package $pkg $ver (metapackage linux-image-amd64), $VMLINUZ"
grep -q '^CONFIG_X86_5LEVEL=y$' "$CONFIG" || skip_all "$CONFIG: no CONFIG_X86_5LEVEL=y"
grep -q '^CONFIG_RANDOMIZE_MEMORY=y$' "$CONFIG" || skip_all "$CONFIG: no CONFIG_RANDOMIZE_MEMORY=y"
padding=$(awk -F= '$1 == "CONFIG_RANDOMIZE_MEMORY_PHYSICAL_PADDING" { print $2 }' "$CONFIG")
[ -n "$padding" ] || padding=0x0
say "$(grep -E '^CONFIG_(X86_5LEVEL|RANDOMIZE_BASE|RANDOMIZE_MEMORY|RANDOMIZE_MEMORY_PHYSICAL_PADDING|PAGE_TABLE_ISOLATION|KASAN|SERIAL_8250_CONSOLE|DEVTMPFS)=' "$CONFIG" | tr '\n' ' ')"

# --- the initramfs: busybox-static and tests/crosscheck/init.sh
# the installed busybox when it is static (busybox-static), else the package's
BB=/bin/busybox
if ! [ -x "$BB" ] || ldd "$BB" >/dev/null 2>&1; then
  BB=$W/busybox/bin/busybox
  if [ ! -x "$BB" ]; then
    mkdir -p "$W/busybox"
    (cd "$W/busybox" && apt-get download busybox-static >download.log 2>&1) ||
      skip_all "no static busybox (apt-get install busybox-static)"
    dpkg -x "$W"/busybox/busybox-static_*.deb "$W/busybox"
  fi
fi
command -v cpio >/dev/null 2>&1 || skip_all "cpio not found (apt-get install cpio)"
rd=$W/initramfs
rm -rf "$rd"
mkdir -p "$rd/bin" "$rd/proc" "$rd/dev"
cp "$BB" "$rd/bin/busybox"
cp tests/crosscheck/init.sh "$rd/init"
chmod 755 "$rd/init" "$rd/bin/busybox"
(cd "$rd" && find . | LC_ALL=C sort | cpio -o -H newc --quiet | gzip -1 >"$W/initramfs.cpio.gz")
say "busybox $("$BB" 2>&1 | head -n 1 | awk '{ print $2 }'), initramfs $(wc -c <"$W/initramfs.cpio.gz") bytes"
say "setup (download, unpack, initramfs): $(secs "$t0" "$(now)") s"

# --- the configurations
hex() { printf '0x%016x' "$1"; }
# findings ERRFILE: the lines of mmspec check's stderr that are findings,
# not a rule's notes ("FILE: RULE: note: ..."; a "N more findings not shown"
# note stays, it hides findings)
findings() { grep -Ev '^[^ ]+: [a-z][a-z0-9_-]*: note: ' "$1"; }
# check NAME PROFILE DUMP FORMAT [ARGS...]: mmspec check, its output kept
check() {
  local name=$1 prof=$2 dump=$3 fmt=$4 t rc
  shift 4
  t=$(now)
  echo "\$ mmspec check --profile $prof --dump $dump --dump-format $fmt $*"
  rc=0
  "$M" check --profile "$prof" --dump "$dump" --dump-format "$fmt" "$@" >"$dump.out" 2>"$dump.err" || rc=$?
  head -n 20 "$dump.err"
  cat "$dump.out"
  echo "  ($(secs "$t" "$(now)") s, exit $rc)"
  return $rc
}

for cfg in $CONFIGS; do
  case $cfg in
    4level) levels=4 cpu=max,-la57 kaslr=0 ;;
    4level-kaslr) levels=4 cpu=max,-la57 kaslr=1 ;;
    5level) levels=5 cpu=max,+la57 kaslr=0 ;;
    5level-kaslr) levels=5 cpu=max,+la57 kaslr=1 ;;
    *) echo "crosscheck: unknown configuration $cfg" >&2; exit 2 ;;
  esac
  P=linux-4.20-${levels}level
  append="console=ttyS0 panic=-1 quiet"
  [ "$kaslr" = 1 ] || append="$append nokaslr"
  D=$W/$cfg
  rm -rf "$D"
  echo
  echo "== $cfg: $P, -cpu $cpu, -append '$append'"
  t=$(now)
  if ! python3 tests/crosscheck/boot.py --qemu "$QEMU" --kernel "$VMLINUZ" \
      --initrd "$W/initramfs.cpio.gz" --append "$append" --cpu "$cpu" --mem "$GUEST_MEM" \
      --out "$D" --timeout "$TIMEOUT"; then
    echo "--- the console ($D/serial.log), last lines:"
    tail -n 20 "$D/serial.log" 2>/dev/null || true
    line "FAIL  $cfg: the boot or the monitor failed (boot.py above)"
    fail=$((fail + 1))
    continue
  fi
  tboot=$(secs "$t" "$(now)")
  echo "qemu: $(cat "$D/qemu.cmd")"
  sed 's/^/  /' "$D/facts"
  # the facts: NAME=VALUE, read into f_NAME
  while IFS='=' read -r k v; do eval "f_$k=\$v"; done <"$D/facts"
  problems=""
  # the CPU's paging mode must be the configuration's (CR4.LA57 is bit 12)
  la57=$(( (f_cr4 >> 12) & 1 ))
  if [ $((la57 + 4)) -ne "$levels" ]; then problems="$problems CR4.LA57=$la57 but $levels levels wanted;"; fi
  # the tables dumped: CR3 (PCID and the PTI user bit masked) against init_top_pgt's physical address
  init_pa=$(( f_init_top_pgt_addr - 0xffffffff80000000 + f_phys_base ))
  cr3_pa=$(( f_cr3 & 0x000ffffffffff000 ))
  if [ "$cr3_pa" -eq "$init_pa" ]; then tables="init_top_pgt"; else tables="the kernel PGD of the process that ran last (CR3 $(hex $cr3_pa), init_top_pgt at $(hex $init_pa))"; fi
  mem_end=$(( f_max_pfn << 12 ))
  bases="page_offset_base=$f_page_offset_base,vmalloc_base=$f_vmalloc_base,vmemmap_base=$f_vmemmap_base"
  echo "tables dumped: $tables"
  echo "bases: $bases; max_pfn $f_max_pfn (--mem $(hex $mem_end)); _text $f__text_addr"
  if [ "$kaslr" = 0 ]; then
    # nokaslr: the bases must be the profile's own region starts
    for rv in direct_map:$f_page_offset_base vmalloc:$f_vmalloc_base vmemmap:$f_vmemmap_base; do
      want=$(awk -v r="${rv%%:*}" '$1 == "region" && $6 == r { print $2 }' "spec/profiles/$P.layout")
      if [ "$((want))" -ne "$((${rv#*:}))" ] 2>/dev/null; then
        problems="$problems ${rv%%:*} at ${rv#*:}, profile $P says $want;"
      fi
    done
    extra=()
  else
    extra=(--bases "$bases" --mem "$(hex $mem_end)" --mem-padding "$padding")
  fi
  ranges=""
  tchk=0
  # does the kernel image [_text, _end) cross the end of the profile's kernel_text?
  text_end=$(awk '$1 == "region" && $6 == "modules" { print $2 }' "spec/profiles/$P.layout")
  straddles=0
  if [ "$((f__text_addr))" -lt "$((text_end))" ] 2>/dev/null && [ "$((f__end_addr))" -gt "$((text_end))" ]; then straddles=1; fi
  for fmt in tlb mem; do
    dump=$D/$fmt.txt
    if [ "$fmt" = mem ] && [ "$levels" = 5 ] && ! grep -q . "$dump"; then
      # QEMU's mem_info_la57 tests the present bit the wrong way round at the
      # PDPT and PD levels (fixed upstream by "i386/monitor: Fix page table
      # walking issue for LA57 enabled guest"): QEMU 7.2 prints nothing.
      echo "info mem: empty (QEMU's mem_info_la57 bug, see docs/live-check.md): not checked"
      ranges="$ranges mem: empty (QEMU bug), not checked;"
      continue
    fi
    t1=$(now)
    rc=0
    check "$cfg" "$P" "$dump" "$fmt" "${extra[@]}" || rc=$?
    if [ "$rc" -eq 0 ]; then
      n=$(sed -E 's/.*: ok \(([0-9]+) ranges.*/\1/' "$dump.out")
      ranges="$ranges $fmt: ok ($n ranges);"
    elif [ "$rc" -eq 1 ] && [ "$fmt" = mem ] && [ "$straddles" = 1 ] &&
         ! findings "$dump.err" | grep -v ": straddle: .* spans regions 'kernel_text' and 'modules' (the boundary is at $text_end)\$" | grep -q .; then
      # KASLR put the kernel image across the end of the profile's 512 MB
      # kernel_text (KERNEL_IMAGE_SIZE is 1 GiB with CONFIG_RANDOMIZE_BASE):
      # `info mem` merges the image's pages into ranges across it. Expected
      # exactly so, and no other finding (docs/live-check.md); notes, such
      # as the KASLR one for bases only the uncapped direct map gives, are
      # not findings.
      ranges="$ranges $fmt: $(findings "$dump.err" | wc -l) straddle findings at $text_end only, the image across the 512 MB kernel_text end (expected, KERNEL_IMAGE_SIZE);"
    else
      problems="$problems $fmt dump: $( (findings "$dump.err"; cat "$dump.err") | head -n 1);"
    fi
    tchk=$(awk -v a="$tchk" -v b="$(secs "$t1" "$(now)")" 'BEGIN { printf "%.1f", a + b }')
  done
  base_txt="page_offset_base $f_page_offset_base vmalloc_base $f_vmalloc_base vmemmap_base $f_vmemmap_base"
  times="boot ${f_boot_seconds}s, info tlb ${f_info_tlb_seconds}s, info mem ${f_info_mem_seconds}s, boot.py in all ${tboot}s, checks ${tchk}s"
  if [ -z "$problems" ]; then
    line "PASS  $cfg ($P): $base_txt;$ranges $times"
    pass=$((pass + 1))
  else
    line "FAIL  $cfg ($P): $base_txt;$problems $times"
    fail=$((fail + 1))
  fi
done

# --- corruption: one real mapping moved, the check must fail with the right rule
# corrupt CFG FMT NAME RULE FROM_ADDR TO_ADDR ARGS...: in CFG's FMT dump, the
# line of the page at FROM_ADDR moved to TO_ADDR (info tlb: one page a line)
corrupt() {
  local cfg=$1 fmt=$2 name=$3 rule=$4 from=$5 to=$6 P dump out rc
  shift 6
  P=linux-4.20-${cfg%%level*}level
  dump=$W/$cfg/$fmt.txt
  out=$W/$cfg/corrupt-$name.txt
  if [ ! -s "$dump" ]; then
    line "FAIL  corruption $cfg/$name: no dump of $cfg"
    fail=$((fail + 1))
    return
  fi
  from=$(printf '%016x' "$from")
  to=$(printf '%016x' "$to")
  # the untouched dump passes (checked above); the moved line is the only change
  awk -v f="$from" -v t="$to" 'index($0, f ":") == 1 && !done { $0 = t substr($0, 17); done = 1 } { print }' "$dump" >"$out"
  if cmp -s "$dump" "$out"; then
    line "FAIL  corruption $cfg/$name: no page at 0x$from in the dump"
    fail=$((fail + 1))
    return
  fi
  rc=0
  "$M" check --profile "$P" --dump "$out" --dump-format "$fmt" "$@" >"$out.out" 2>"$out.err" || rc=$?
  echo "\$ mmspec check --profile $P --dump $out --dump-format $fmt $*   # page 0x$from moved to 0x$to"
  cat "$out.err"
  # Findings only: a note (e.g. "kaslr: note:" on bases that need the
  # uncapped direct map, docs/kaslr.md) is information, not a finding.
  grep -v ': note: ' "$out.err" >"$out.find" || true
  if [ "$rc" -eq 1 ] && [ "$(wc -l <"$out.find")" -eq 1 ] && grep -q ": $rule: 0x$to-" "$out.find"; then
    line "PASS  corruption $cfg/$name: rejected by rule $rule ($(cut -d: -f2- "$out.find" | cut -c1-60)...)"
    pass=$((pass + 1))
  else
    line "FAIL  corruption $cfg/$name: exit $rc, wanted exactly one '$rule' finding at 0x$to"
    fail=$((fail + 1))
  fi
}
# first 4 KiB page of a region in a tlb dump, at or above ADDR
first_page() { awk -v a="$(printf '%016x' "$2")" '$1 >= a ":" && $3 !~ /P/ { print "0x" substr($1, 1, 16); exit }' "$W/$1/tlb.txt"; }

echo
echo "== corruption of real dumps"
for cfg in $CONFIGS; do
  [ -s "$W/$cfg/tlb.txt" ] || continue
  while IFS='=' read -r k v; do eval "f_$k=\$v"; done <"$W/$cfg/facts"
  levels=${cfg%%level*}
  # a vmalloc page (the first 4 KiB page at vmalloc_base)
  vpage=$(first_page "$cfg" "$f_vmalloc_base")
  [ -n "$vpage" ] || { line "FAIL  corruption $cfg: no 4 KiB page at vmalloc_base"; fail=$((fail + 1)); continue; }
  if [ "${cfg#*-}" = kaslr ]; then
    mem_end=$(( f_max_pfn << 12 ))
    args=(--bases "page_offset_base=$f_page_offset_base,vmalloc_base=$f_vmalloc_base,vmemmap_base=$f_vmemmap_base" --mem "$(hex $mem_end)" --mem-padding "$padding")
    # into the unused window just below vmalloc_base (kaslr.c leaves at least 1 GiB there)
    corrupt "$cfg" tlb window kaslr "$vpage" $(( f_vmalloc_base - 0x40000000 )) "${args[@]}"
    # into the guard hole
    if [ "$levels" = 4 ]; then g=0xffff800000000000; else g=0xff00000000000000; fi
    corrupt "$cfg" tlb guard guard "$vpage" "$g" "${args[@]}"
  else
    # into the hole between the direct map and vmalloc (profile: hole_direct_vmalloc)
    if [ "$levels" = 4 ]; then h=0xffffc88000000000; else h=0xff91000000000000; fi
    corrupt "$cfg" tlb hole hole "$vpage" "$h"
    # into the non-canonical hole
    if [ "$levels" = 4 ]; then nc=0x0001000000000000; else nc=0x0200000000000000; fi
    corrupt "$cfg" tlb noncanonical noncanonical "$vpage" "$nc"
  fi
done
finish
