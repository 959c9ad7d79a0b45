#!/bin/sh
# make bench-gen: the generator's wall time per profile and format, mmspec
# check on the seed, process-start baselines, and the in-process cost of the
# same work (bench/inproc). Figures: docs/performance.md.
#
#   bench/bench_gen.sh BUILD_DIR [N] [ITER]
set -eu
B=$1
N=${2:-200}
ITER=${3:-10000}
M=$B/mmspec
S=$B/bench/spawn
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

PROFILES="$(ls spec/profiles/*.layout) tests/data/five-level.layout"
# The formats, as `mmspec gen --help` lists them.
FORMATS=$("$M" gen --help | sed -n '/^formats:/,/^$/p' | sed -n 's/^  \([a-z0-9_-]*\) .*/\1/p')
SEED=spec/profiles/linux-4.8-4level.layout

echo "bench-gen: $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -sr), $(nproc) cores," \
  "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "bench-gen: load average $(cut -d' ' -f1-3 /proc/loadavg); N=$N runs per line, ITER=$ITER in-process iterations"
echo "bench-gen: formats: $(echo $FORMATS)"
echo
echo "== process runs (wall time of spawn + exit, microseconds)"
"$S" "$N" "/bin/true" /bin/true
"$S" "$N" "mmspec --version" "$M" --version
for p in $PROFILES; do
  name=$(basename "$p" .layout)
  for f in $FORMATS; do
    if "$M" gen "$p" --format "$f" -o "$tmp/out" >/dev/null 2>&1; then
      "$S" "$N" "gen $name $f" "$M" gen "$p" --format "$f" -o "$tmp/out"
    else
      echo "gen $name $f: the format refuses this profile (not timed)"
    fi
  done
done
"$S" "$N" "check $(basename $SEED)" "$M" check "$SEED"
for t in tests/data/*.txt tests/data/*.rst; do
  [ -f "$t" ] || continue
  "$M" check "$t" >/dev/null 2>&1 && "$S" "$N" "check $(basename "$t")" "$M" check "$t"
done

if command -v hyperfine >/dev/null 2>&1; then
  echo
  echo "== hyperfine (cross-check)"
  hyperfine -N --warmup 10 --runs "$N" --style basic \
    "$M gen $SEED --format c -o $tmp/out" "$M check $SEED"
else
  echo
  echo "(hyperfine not installed: no cross-check)"
fi

echo
echo "== in process ($B/bench/inproc: parse, proven validate, each format to /dev/null)"
"$B/bench/inproc" -n "$ITER" $PROFILES
