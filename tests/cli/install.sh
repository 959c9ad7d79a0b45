# shellcheck shell=sh disable=SC2154 # $tmp, $rc, $M ... come from run.sh
# make install and make uninstall: sourced by tests/cli/run.sh, whose helpers
# (run, ok, bad, expect_*) and variables ($tmp) it uses. Installs into a
# staging directory (DESTDIR=$tmp/stage PREFIX=/usr), checks every file is
# there, runs the installed tool, asks pkg-config for the flags of the staged
# mmspec.pc, compiles and links a program against the installed headers,
# layout header and library, renders the man page, then uninstalls. A missing
# tool prints a SKIP line and counts as neither pass nor fail.


stage=$tmp/stage
usr=$stage/usr
# The make that runs the tests passes its flags down; the install is run as
# its own make, quietly, from the repository root. Variables given on that
# make's command line reach us through the environment too (make exports
# them): without -u CFLAGS, `make test-sanitize` or `make coverage` would
# rebuild the stale objects of the default build/ with their flags, and a
# later plain build would link gcov or sanitizer objects (seen with make
# coverage: undefined __gcov_merge_add).
run env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u CFLAGS -u LIBCFLAGS make -s install \
  DESTDIR="$stage" PREFIX=/usr
expect_rc 0 "make install DESTDIR PREFIX=/usr"

for f in bin/mmspec lib/libmmspec.a lib/pkgconfig/mmspec.pc share/man/man1/mmspec.1 \
  include/mmspec/mm_types.h include/mmspec/canonical.h; do
  if [ -f "$usr/$f" ]; then ok; else bad "make install: no $usr/$f"; fi
done
for h in src/*.h spec/acsl/*.acsl; do
  if cmp -s "$h" "$usr/include/mmspec/${h##*/}"; then ok; else bad "make install: $h not installed"; fi
done
for p in spec/profiles/*.layout; do
  name=${p##*/}
  name=${name%.layout}
  if cmp -s "$p" "$usr/share/mmspec/profiles/$name.layout"; then ok; else bad "make install: profile $name not installed"; fi
  if [ -f "$usr/include/mmspec/layouts/layout_$name.h" ]; then ok; else bad "make install: no layout header of $name"; fi
done
if [ -x "$usr/bin/mmspec" ]; then ok; else bad "make install: bin/mmspec not executable"; fi
if ! find "$stage" -path "$usr" -prune -o -print | grep -qvx "$stage"; then ok; else
  bad "make install: files outside DESTDIR/PREFIX"
fi
run "$usr/bin/mmspec" --version
expect_out "mmspec 0.1.0" "installed mmspec --version"
run "$usr/bin/mmspec" check "$usr/share/mmspec/profiles/$SEED_NAME.layout"
expect_rc 0 "installed mmspec checks the installed profile"
expect_file_has "$usr/lib/pkgconfig/mmspec.pc" "prefix=/usr" "mmspec.pc: the prefix, not DESTDIR"
# shellcheck disable=SC2016 # ${includedir} and ${libdir} are pkg-config's
expect_file_has "$usr/lib/pkgconfig/mmspec.pc" 'Cflags: -I${includedir}/mmspec' "mmspec.pc: Cflags"
# shellcheck disable=SC2016
expect_file_has "$usr/lib/pkgconfig/mmspec.pc" 'Libs: -L${libdir} -lmmspec' "mmspec.pc: Libs"

# --- pkg-config against the staged file (its paths under the sysroot)
cat >"$tmp/useinst.c" <<EOF
#include <canonical.h>
#include <layouts/layout_$SEED_NAME.h>

int main(void)
{
  /* vmalloc is canonical, the first byte past the lower half is not. */
  return !(mm_is_canonical48(MMSPEC_VMALLOC_START) &&
           !mm_is_canonical48(MMSPEC_CANONICAL_LOW_LIMIT));
}
EOF
if have pkg-config; then
  run env PKG_CONFIG_PATH="$usr/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$stage" \
    pkg-config --cflags --libs mmspec
  expect_rc 0 "pkg-config --cflags --libs mmspec"
  sed 's/ *$//' "$tmp/out" >"$tmp/pc" && mv "$tmp/pc" "$tmp/out" # pkg-config ends with a space
  expect_out "-I$usr/include/mmspec -L$usr/lib -lmmspec" "pkg-config --cflags --libs mmspec"
  pcflags=$(cat "$tmp/out")
  for cc in gcc clang; do
    if ! have "$cc"; then
      skip "$cc not found: no program is built against the installed library with it"
      continue
    fi
    rm -f "$tmp/useinst"
    # shellcheck disable=SC2086
    run "$cc" -std=c11 -Wall -Wextra -Werror "$tmp/useinst.c" $pcflags -o "$tmp/useinst"
    expect_rc 0 "$cc with the installed headers and library"
    expect_no_err "$cc with the installed headers and library"
    run "$tmp/useinst"
    expect_rc 0 "a program linked with the installed library"
  done
else
  skip "pkg-config not found: the installed mmspec.pc is not used"
fi

# --- the man page renders without a warning
if have groff; then
  run groff -man -Tutf8 -ww -z "$usr/share/man/man1/mmspec.1"
  expect_rc 0 "groff -man -ww mmspec.1"
  expect_no_err "groff -man -ww mmspec.1"
else
  skip "groff not found: the man page is not checked for warnings"
fi
if have man; then
  run env MANWIDTH=80 man --warnings -l "$usr/share/man/man1/mmspec.1"
  expect_rc 0 "man -l mmspec.1"
  expect_no_err "man -l mmspec.1"
  if grep -q 'mmspec gen' "$tmp/out" && grep -q 'EXIT STATUS' "$tmp/out"; then ok; else bad "man -l mmspec.1: page not rendered"; fi
  # Every format of `gen --help` is described.
  "$M" gen --help | sed -n 's/^  \([a-z]*\)  .*/\1/p' >"$tmp/fmtlist"
  while read -r f; do
    if grep -Eq "^ +$f( |\$)" "$tmp/out"; then ok; else bad "man page: format $f not described"; fi
  done <"$tmp/fmtlist"
else
  skip "man not found: the man page is not rendered"
fi

# --- make uninstall leaves nothing but directories
run env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s uninstall DESTDIR="$stage" PREFIX=/usr
expect_rc 0 "make uninstall"
if [ -z "$(find "$stage" ! -type d)" ]; then ok; else bad "make uninstall: left $(find "$stage" ! -type d | head -n 3)"; fi
