#!/usr/bin/env bash
# make crosscheck-mmu (and part of make crosscheck): the MMU cross-check of
# docs/crosscheck-mmu.md. Boots the test guest (tests/crosscheck/guest/)
# under each oracle with seeded random page tables and probes
# (tests/crosscheck/mmu/mmu.py) and compares every probe with the proven
# mm_translate, and QEMU's monitor view with mm_enum_next:
#   tcg-default   QEMU TCG, the default CPU (qemu64), 4-level paging
#   tcg-max       QEMU TCG, -cpu max, 4-level
#   tcg-max-la57  QEMU TCG, -cpu max,+la57, 5-level
#   kvm           KVM, -cpu host, 4-level, when /dev/kvm opens
#   kvm-la57      KVM, 5-level, when the host CPU has la57
#   bochs         Bochs, CPU model tigerlake, 4-level (when installed)
#   bochs-penryn  Bochs, core2_penryn_t9600 (no 1-GiB pages), 4-level
#   bochs-la57    Bochs, 5-level: skipped while its CPU models lack LA57
# each followed by its "-pins" run, the minimal reproducers of the documented
# deviations (mmu-xcheck pins), which must behave exactly as documented; then
# checks that the comparison can fail (a flipped W/R expectation).
#
#   tests/crosscheck/mmu/run.sh BUILD_DIR      (from the repository root)
#
# Prints the seed, one line per oracle and last
#   crosscheck-mmu: N passed, N failed, N skipped
# Exit status 1 when anything failed. A QEMU that is missing is a skip, a
# failure when CI=true or CROSSCHECK_REQUIRE=1; KVM and Bochs may skip.
#
# Environment: MMU_SEED (default: from the clock; printed), MMU_PROBES
# (probes per oracle, default 40000; MMU_BOCHS_PROBES for Bochs, default
# 20000), MMU_CONFIGS (default all of the
# above), MMU_WORK (the directory for its files, default BUILD_DIR/crosscheck-mmu),
# QEMU (default qemu-system-x86_64).
set -eu
B=${1:-build}
here=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$here"
W=${MMU_WORK:-$here/$B/crosscheck-mmu}
TOOL=$here/$B/tests/mmu-xcheck
GUEST=$here/$B/guest/guest.bin
QEMU=${QEMU:-qemu-system-x86_64}
PROBES=${MMU_PROBES:-40000}
CONFIGS=${MMU_CONFIGS:-"tcg-default tcg-max tcg-max-la57 kvm kvm-la57 bochs bochs-penryn bochs-la57"}
BOCHS_PROBES=${MMU_BOCHS_PROBES:-20000}
BOCHS_BOOT=$here/$B/guest/bochs-boot.bin
SEED=${MMU_SEED:-$(( $(date +%s) % 1000000 ))}
if [ -z "${CROSSCHECK_REQUIRE:-}" ]; then
  if [ "${CI:-}" = true ]; then CROSSCHECK_REQUIRE=1; else CROSSCHECK_REQUIRE=0; fi
fi
pass=0 fail=0 skipped=0 total=0
mkdir -p "$W"
summary=$W/summary.txt
: >"$summary"
line() { echo "$*" | tee -a "$summary"; }
ok() { line "PASS  $*"; pass=$((pass + 1)); }
bad() { line "FAIL  $*"; fail=$((fail + 1)); }
skip() { line "SKIP  $*"; skipped=$((skipped + 1)); }
# a QEMU oracle that cannot run: a failure when required
skip_qemu() { if [ "$CROSSCHECK_REQUIRE" = 1 ]; then bad "$* (CROSSCHECK_REQUIRE=1: a skip is a failure)"; else skip "$*"; fi; }
finish() {
  echo
  echo "== crosscheck-mmu summary (seed $SEED; reproduce: MMU_SEED=$SEED make crosscheck-mmu)"
  cat "$summary"
  echo "crosscheck-mmu: $total probes compared with gating oracles (every one equal to mm_translate's outcome, or to a documented deviation)"
  echo "crosscheck-mmu: $pass passed, $fail failed, $skipped skipped"
  [ "$fail" -eq 0 ]
}
for f in "$TOOL" "$GUEST" "$BOCHS_BOOT"; do
  [ -e "$f" ] || { echo "crosscheck-mmu: $f is not built (make crosscheck-mmu builds it)" >&2; exit 2; }
done
echo "crosscheck-mmu: seed $SEED, $PROBES probes per oracle"
have_qemu=1
command -v "$QEMU" >/dev/null 2>&1 || have_qemu=0
command -v python3 >/dev/null 2>&1 || have_qemu=0
[ "$have_qemu" = 0 ] || echo "crosscheck-mmu: $("$QEMU" --version | head -n 1)"

# the host CPU, for KVM (/proc/cpuinfo flags)
hostflags=$(awk -F: '$1 ~ /^flags/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
has() { case " $hostflags " in *" $1 "*) echo yes ;; *) echo no ;; esac; }
kvm_state=usable
if [ ! -e /dev/kvm ]; then kvm_state="no /dev/kvm"
elif ! (exec 3<>/dev/kvm) 2>/dev/null; then kvm_state="/dev/kvm does not open for $(id -un)"
fi
# kvm_pvm: KVM's software "Pagetable-based Virtual Machine" flavour, whose
# MMU deviates (docs/crosscheck-mmu.md, deviation K1)
kvm_flavour=hardware
[ -d /sys/module/kvm_pvm ] && kvm_flavour=pvm

# run NAME ACCEL CPU LEVELS ORACLE-KIND: one oracle; prints its lines
n=0
run() {
  local name=$1 accel=$2 cpu=$3 levels=$4 extra=${5:-} rc=0 out
  n=$((n + 1))
  echo
  echo "== $name: -accel $accel ${cpu:+-cpu $cpu} ($levels-level), seed $((SEED + n))"
  out=$W/$name.log
  python3 tests/crosscheck/mmu/mmu.py --name "$name" --qemu "$QEMU" --accel "$accel" --cpu "$cpu" \
    --levels "$levels" --seed $((SEED + n)) --probes "$PROBES" --tool "$TOOL" --guest "$GUEST" \
    --out "$W/$name" $extra >"$out" 2>&1 || rc=$?
  grep -v '^    reproduce' "$out" | head -n 60
  [ "$(grep -c MISMATCH "$out")" -le 50 ] || echo "  ... (all in $out)"
  last=$(grep "^mmu $name: " "$out" | tail -n 1)
  last=${last#mmu $name: }
  last=${last#PASS }
  runs=$(sed -nE 's/^compare: ([0-9]+) probes run.*/\1/p' "$out" | tail -n 1)
  return $rc
}
# dev NAME KIND: how often the run relied on the documented deviation KIND
dev() { sed -nE "s/.* ([0-9]+) $2[,;].*/\\1/p; s/.* ([0-9]+) $2\$/\\1/p" "$W/$1.log" | tail -n 1; }

for cfg in $CONFIGS; do
  case $cfg in
    tcg-default|tcg-max|tcg-max-la57)
      if [ "$have_qemu" = 0 ]; then skip_qemu "$cfg: $QEMU or python3 not found (apt-get install qemu-system-x86 python3)"; continue; fi
      case $cfg in
        tcg-default) cpu="" levels=4 ;;
        tcg-max) cpu=max levels=4 ;;
        *) cpu=max,+la57 levels=5 ;;
      esac
      rc=0
      run "$cfg" tcg "$cpu" "$levels" || rc=$?
      total=$((total + ${runs:-0}))
      if [ "$rc" -ne 0 ]; then bad "$cfg: $last"; continue; fi
      # the pins of the documented TCG deviations: each one this CPU model
      # can show must have been relied on (so a QEMU that changes shows up)
      pins="tcg-rmw tcg-rsvd-p"
      [ "$cfg" != tcg-default ] || pins="tcg-1g $pins"
      missing=""
      for p in $pins; do [ "$(dev "$cfg" "$p")" -gt 0 ] 2>/dev/null || missing="$missing $p"; done
      if [ -n "$missing" ]; then bad "$cfg: deviations never seen:$missing; $last"; else ok "$cfg: $last"; fi
      # the minimal reproducers (xc_pins.c): exactly the deviations of this
      # CPU model, each once (T2 only without 1-GiB pages: the default CPU)
      rc=0
      run "$cfg-pins" tcg "$cpu" "$levels" --pins || rc=$?
      want="0 mismatches; expected: 2 success, 3 #PF (1 RSVD), 1 #GP; documented deviations relied on: 0 tcg-1g, 1 tcg-rmw, 1 tcg-rsvd-p"
      [ "$cfg" != tcg-default ] || want="0 mismatches; expected: 2 success, 3 #PF (1 RSVD), 1 #GP; documented deviations relied on: 1 tcg-1g, 1 tcg-rmw, 1 tcg-rsvd-p"
      if [ "$rc" -eq 0 ] && grep -qF "$want" "$W/$cfg-pins.log"; then
        ok "$cfg-pins: the minimal reproducers of T1-T3 behave as documented (${want#*relied on: })"
      else
        bad "$cfg-pins: the minimal reproducers do not behave as documented (wanted '$want'): $last"
      fi
      ;;
    kvm|kvm-la57)
      if [ "$have_qemu" = 0 ]; then skip "$cfg: $QEMU or python3 not found"; continue; fi
      if [ "$kvm_state" != usable ]; then skip "$cfg: KVM unusable: $kvm_state"; continue; fi
      echo "crosscheck-mmu: host CPU: smep $(has smep), smap $(has smap), la57 $(has la57), pdpe1gb $(has pdpe1gb); KVM flavour: $kvm_flavour"
      levels=4
      if [ "$cfg" = kvm-la57 ]; then
        if [ "$(has la57)" != yes ]; then skip "$cfg: the host CPU has no la57 (/proc/cpuinfo): no 5-level paging under KVM"; continue; fi
        levels=5
      fi
      # -arch-capabilities: QEMU 7.2 sets MSR 0x10a for -cpu host, which
      # kvm_pvm refuses ("failed to set MSR 0x10a"); no paging state in it
      cpu=host,-arch-capabilities
      rc=0
      run "$cfg" kvm "$cpu" "$levels" || rc=$?
      if [ "$rc" -ne 0 ] && grep -q "the CPUID boot" "$W/$cfg.log"; then
        skip "$cfg: KVM did not boot the guest: $last"
        continue
      fi
      kruns=${runs:-0} klast=$last rc2=0
      run "$cfg-pins" kvm "$cpu" "$levels" --pins || rc2=$?
      plast=$last runs=$kruns last=$klast
      if [ "$kvm_flavour" = pvm ]; then
        # K1's minimal reproducer: only probe 4 (a CPL-3 read right after a
        # CPL-3 #PF) differs, with #UD at the stub's int $0x80
        if [ "$rc2" -eq 1 ] && [ "$(grep -c '^  MISMATCH' "$W/$cfg-pins.log")" -eq 1 ] &&
           grep -q '^  MISMATCH probe 4 .*got vector 6 ' "$W/$cfg-pins.log"; then
          ok "$cfg-pins: kvm_pvm's minimal reproducer of K1 behaves as documented (probe 4: #UD at int \$0x80)"
        else
          bad "$cfg-pins: kvm_pvm's minimal reproducer of K1 does not behave as documented: $plast"
        fi
      elif [ "$rc2" -eq 0 ]; then ok "$cfg-pins: the minimal reproducers agree with the SDM"
      elif [ "$rc2" -ne 3 ]; then bad "$cfg-pins: $plast"; fi
      if [ "$kvm_flavour" = pvm ]; then
        # deviation K1: kvm_pvm's shadow MMU is not the SDM's (RSVD on
        # not-present entries, spurious faults): reported, not gating; the
        # pin is that it still deviates (docs/crosscheck-mmu.md)
        nbad=$(sed -nE 's/^compare: .* ([0-9]+) mismatches;.*/\1/p' "$W/$cfg.log" | tail -n 1)
        if [ "$rc" -eq 0 ]; then
          bad "$cfg: kvm_pvm now agrees with the SDM (deviation K1 gone): make it gating, update docs/crosscheck-mmu.md; $last"
        elif [ "${nbad:-0}" -gt 0 ] 2>/dev/null; then
          skip "$cfg: KVM is kvm_pvm, whose MMU deviates from the SDM (deviation K1, docs/crosscheck-mmu.md): $nbad of ${runs:-?} probes differ, as pinned; not gating"
        else
          bad "$cfg: kvm_pvm ran the guest but the run failed otherwise: $last"
        fi
        continue
      fi
      total=$((total + ${runs:-0}))
      if [ "$rc" -eq 3 ]; then skip "$cfg: $last"
      elif [ "$rc" -eq 0 ]; then ok "$cfg: $last"
      else bad "$cfg: $last"; fi
      ;;
    bochs|bochs-penryn|bochs-la57)
      # Bochs (Debian packages bochs, bochsbios, vgabios): the guest boots
      # from a disk image (tests/crosscheck/bochs/boot.S); an independent
      # MMU, compared with the SDM's outcome, no deviation applied
      if ! command -v bochs >/dev/null 2>&1 || [ ! -r /usr/share/bochs/BIOS-bochs-latest ] ||
         [ ! -r /usr/share/vgabios/vgabios.bin ]; then
        skip "$cfg: bochs, bochsbios or vgabios not installed (apt-get install bochs bochsbios vgabios)"
        continue
      fi
      case $cfg in
        bochs) model=tigerlake levels=4 ;;        # 1-GiB pages, SMEP, SMAP
        bochs-penryn) model=core2_penryn_t9600 levels=4 ;; # no 1-GiB pages: PS in a PDPTE reserved
        *) model=tigerlake levels=5 ;;
      esac
      for part in "" -pins; do
        rc=0
        if [ -z "$part" ]; then
          run "$cfg" bochs "$model" "$levels" "--probes $BOCHS_PROBES --qemu bochs --bochs-boot $BOCHS_BOOT" || rc=$?
        else
          run "$cfg$part" bochs "$model" "$levels" "--pins --qemu bochs --bochs-boot $BOCHS_BOOT" || rc=$?
        fi
        [ -n "$part" ] || total=$((total + ${runs:-0}))
        if [ "$rc" -eq 3 ]; then skip "$cfg$part: Bochs 2.7's $model: $last"; break
        elif [ "$rc" -eq 0 ]; then ok "$cfg$part (-cpu model $model): $last"
        else bad "$cfg$part (-cpu model $model): $last"; fi
      done
      ;;
    *) echo "crosscheck-mmu: unknown configuration $cfg" >&2; exit 2 ;;
  esac
done

# the comparison can fail: one run compared again with every expected #PF
# W/R bit flipped, and with every successful access expected 16 bytes on
for cfg in tcg-max tcg-default tcg-max-la57; do
  case " $CONFIGS " in *" $cfg "*) ;; *) continue ;; esac
  [ -s "$W/$cfg/results.bin" ] || continue
  for wrong in --flip-wr:"a flipped W/R expectation" --shift-pa:"a PA expectation 16 bytes off"; do
    echo
    echo "== self-test: $cfg compared with ${wrong#*:} (must fail)"
    rc=0
    "$TOOL" compare "$W/$cfg" "${wrong%%:*}" >"$W/self-test.log" 2>&1 || rc=$?
    fl=$(grep '^compare: .*probes run' "$W/self-test.log")
    echo "$fl"
    if [ "$rc" -eq 1 ] && grep -q ' [1-9][0-9]* mismatches' <<<"$fl"; then
      ok "self-test: ${wrong#*:} is caught ($(sed -E 's/.* ([0-9]+) mismatches.*/\1/' <<<"$fl") mismatches on $cfg)"
    else
      bad "self-test: ${wrong#*:} was not caught on $cfg (exit $rc)"
    fi
  done
  break
done
finish
