#!/bin/sh
# Generate the project-local Why3 configuration used by every WP run.
# Why3 1.5.1's Z3 driver does not recognise the "timeout" that Z3 4.8.12 prints
# when its own -T limit fires, and reports "Unknown error" instead; the extra
# prover entry "z3-wp" uses a driver that does (../shared/docs/wp-recipes.md §2).
# Usage: proofs/why3conf.sh OUTDIR   (writes OUTDIR/why3.conf, OUTDIR/z3_wp.drv)
set -eu
out=$1
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
WHY3CONFIG="$tmp/detect.conf" why3 config detect >/dev/null 2>&1
WHY3CONFIG="$tmp/detect.conf" why3 config show >"$tmp/full.conf" 2>/dev/null
grep -q 'name = "Z3"' "$tmp/full.conf" || { echo "why3conf: Why3 did not detect Z3" >&2; exit 1; }
grep -q 'name = "CVC4"' "$tmp/full.conf" || { echo "why3conf: Why3 did not detect CVC4" >&2; exit 1; }
z3=$(command -v z3)
cat >"$out/z3_wp.drv" <<DRV
import "/usr/share/why3/drivers/z3_471.drv"
timeout "^timeout\$"
DRV
{
  cat "$tmp/full.conf"
  cat <<CONF

[prover]
alternative = "wp"
command = "$z3 -smt2 -T:%t sat.random_seed=42 nlsat.randomize=false smt.random_seed=42 -st %f"
command_steps = "$z3 -smt2 sat.random_seed=42 nlsat.randomize=false smt.random_seed=42 -st rlimit=%S %f"
driver = "$(cd "$out" && pwd)/z3_wp.drv"
editor = ""
in_place = false
interactive = false
name = "Z3"
shortcut = "z3-wp"
version = "4.8.12"
CONF
} >"$out/why3.conf.tmp"
mv "$out/why3.conf.tmp" "$out/why3.conf"
