#!/bin/sh
# bench/bench_map.sh BUILD REPS — run by `make bench-map`.
# 1. build/bench/map: mm_map_range and the kernel-style mapper side by side
#    (medians over REPS repetitions).
# 2. With valgrind: instructions per map (callgrind, Ir inclusive of
#    mm_map_range / kmap_range), one map per callgrind run.
set -eu
b=$1
reps=$2
bin=$b/bench/map

"$bin" -r "$reps"

if ! command -v valgrind >/dev/null 2>&1 || ! command -v callgrind_annotate >/dev/null 2>&1; then
  echo "callgrind: SKIP: valgrind is not installed, no instruction counts"
  exit 0
fi
ir_of() {
  callgrind_annotate --inclusive=yes --threshold=100 "$1" | grep -F ":$2 [" |
    awk '{ gsub(",", "", $1); print $1; exit }'
}
echo "callgrind ($(valgrind --version)): instructions per map"
printf '  %-4s %16s %16s %7s %s\n' set mm_map_range kernel-style ratio "per leaf (mm / kernel)"
for set in 4K 1G 2M; do
  for w in mm kernel; do
    valgrind --tool=callgrind --callgrind-out-file="$b/bench/callgrind.map.$set.$w.out" \
      "$bin" --calls "$set" "$w" >/dev/null 2>"$b/bench/callgrind.map.$set.$w.log"
  done
  m=$(ir_of "$b/bench/callgrind.map.$set.mm.out" mm_map_range)
  k=$(ir_of "$b/bench/callgrind.map.$set.kernel.out" kmap_range)
  case $set in 4K) n=262144 ;; 1G) n=65536 ;; 2M) n=2048 ;; esac
  awk -v s="$set" -v m="$m" -v k="$k" -v n="$n" \
    'BEGIN { printf "  %-4s %16d %16d %7.2f %.1f / %.1f\n", s, m, k, m / k, m / n, k / n }'
done
