#!/bin/sh
# tests/link/link.sh BUILD_DIR — the proven library linked with no C library:
# tests/link/freestanding.c (its own _start) against BUILD_DIR/libmmspec.a
# with -ffreestanding -nostdlib -static, by $CC (default cc) and by clang
# when installed. Checks: the link succeeds (ld refuses undefined symbols),
# `nm -u` of the program lists nothing (no memset/memcpy/memmove or other
# libc symbol pulled in by the compiler), and on x86-64 Linux the program
# runs and exits 0 (the builder, the sync and the walk gave the right
# translation). Prints "freestanding: N passed, N failed".
set -u
b=$1
# A sanitizer or coverage build of the library (make test-sanitize, make
# coverage) needs the sanitizer or gcov runtime, which a -nostdlib program
# cannot have: nothing to link there.
if nm "$b/libmmspec.a" 2>/dev/null | grep -q '__asan_\|__ubsan_\|__gcov_'; then
  echo "SKIP: freestanding link test: $b/libmmspec.a is a sanitizer or coverage build"
  echo "freestanding: 0 passed, 0 failed"
  exit 0
fi
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
ccs=${CC:-cc}
if command -v clang >/dev/null 2>&1 && [ "$ccs" != clang ]; then ccs="$ccs clang"; fi
for cc in $ccs; do
  exe=$b/tests/freestanding-$(basename "$cc")
  if $cc -std=c11 -Wall -Wextra -Werror -O2 -ffreestanding -fno-builtin -nostdlib -static \
    -Isrc -Ispec/acsl -I"$b/gen" tests/link/freestanding.c \
    "$b/libmmspec.a" -o "$exe" 2>"$exe.log"; then
    ok
  else
    bad "$cc: the freestanding program does not link"
    sed 's/^/  /' "$exe.log" | head -n 10
    continue
  fi
  u=$(nm -u "$exe")
  if [ -z "$u" ]; then ok; else bad "$cc: undefined symbols: $u"; fi
  if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
    "$exe"
    r=$?
    if [ "$r" -eq 0 ]; then ok; else bad "$cc: the freestanding program exited $r"; fi
  fi
done
echo "freestanding: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
