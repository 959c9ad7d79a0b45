#!/bin/sh
# tests/coverage.sh OBJ_DIR SOURCE... — after a --coverage test run (make
# coverage), print per source file the lines and branches executed, then
# every line no test executed ("file:line: source"). Exit 1 when a source
# has no coverage data (its object was not built with --coverage, or no test
# ran it).
set -u
obj=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rc=0
printf '%-28s %16s %20s\n' file "lines run" "branches taken"
for src in "$@"; do
  base=$(basename "$src" .c)
  if [ ! -f "$obj/$base.gcda" ]; then
    echo "coverage: $src: no coverage data in $obj ($base.gcda)" >&2
    rc=1
    continue
  fi
  # -n: the summary only; -t: the annotated source on stdout (both run in
  # the top directory, where the object files name their sources).
  out=$(gcov -b -n -o "$obj" "$src" 2>/dev/null)
  gcov -t -o "$obj" "$src" >"$tmp/$base.c.gcov" 2>/dev/null
  lines=$(echo "$out" | sed -n 's/^Lines executed:\([0-9.]*%\) of \([0-9]*\)$/\1 of \2/p' | head -n 1)
  taken=$(echo "$out" | sed -n 's/^Taken at least once:\([0-9.]*%\) of \([0-9]*\)$/\1 of \2/p' | head -n 1)
  printf '%-28s %16s %20s\n' "$src" "$lines" "$taken"
  # gcov marks a line with code that never ran "#####".
  sed -n 's/^ *#####: *\([0-9]*\):\(.*\)$/\1:\2/p' "$tmp/$base.c.gcov" |
    sed "s|^|    $src:|" >>"$tmp/unrun"
done
if [ -s "$tmp/unrun" ]; then
  echo "lines no test executed:"
  cat "$tmp/unrun"
fi
exit $rc
