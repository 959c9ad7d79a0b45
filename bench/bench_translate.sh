#!/bin/sh
# bench/bench_translate.sh BUILD REPS PASSES CALLS — run by `make bench-translate`.
# 1. build/bench/translate: ns per call of mm_translate and of the
#    kernel-style walker, side by side (medians over REPS repetitions).
# 2. With valgrind installed: instructions per call (callgrind, Ir inclusive
#    of the walker function), CALLS calls per set and walker, each under its
#    own callgrind run; without valgrind, a SKIP line says so.
set -eu
b=$1
reps=$2
passes=$3
calls=$4
bin=$b/bench/translate

"$bin" -r "$reps" -p "$passes"

if ! command -v valgrind >/dev/null 2>&1 || ! command -v callgrind_annotate >/dev/null 2>&1; then
  echo "callgrind: SKIP: valgrind is not installed, no instruction counts (Debian: apt-get install valgrind)"
  exit 0
fi

# Inclusive Ir of function $2 in callgrind output $1.
ir_of() {
  callgrind_annotate --inclusive=yes --threshold=100 "$1" | grep -F ":$2 [" |
    awk '{ gsub(",", "", $1); print $1; exit }'
}

echo "callgrind ($(valgrind --version)): instructions per call, $calls calls per set and walker"
printf '  %-14s %14s %14s %7s\n' set mm_translate kernel-style ratio
for set in mixed 4K 2M 1G; do
  for w in mm kernel; do
    valgrind --tool=callgrind --callgrind-out-file="$b/bench/callgrind.$set.$w.out" \
      "$bin" --calls "$calls" "$set" "$w" >/dev/null 2>"$b/bench/callgrind.$set.$w.log"
  done
  m=$(ir_of "$b/bench/callgrind.$set.mm.out" mm_translate)
  k=$(ir_of "$b/bench/callgrind.$set.kernel.out" kwalk_translate)
  awk -v s="$set" -v m="$m" -v k="$k" -v n="$calls" \
    'BEGIN { printf "  %-14s %14.1f %14.1f %7.2f\n", s, m / n, k / n, m / k }'
done
# Where mm_translate's instructions go (mixed set, inclusive).
printf '  mm_translate, mixed set, per call:'
for f in mm_walk mm_table_entry mm_entry_kind mm_entry_reserved mm_access_allowed; do
  v=$(ir_of "$b/bench/callgrind.mixed.mm.out" "$f")
  awk -v f="$f" -v v="${v:-0}" -v n="$calls" 'BEGIN { printf " %s %.1f;", f, v / n }'
done
echo
