# Shared by the CLI test drivers (sourced, not run): counters, a temporary
# directory removed on exit, and the run/expect helpers.
#   run CMD...            exit status in $rc, output in $tmp/out and $tmp/err
#   expect_rc N WHAT      expect_out TEXT WHAT
#   expect_no_err WHAT    expect_no_out WHAT
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() {
  fail=$((fail + 1))
  echo "FAIL: $*"
  if [ -s "$tmp/err" ]; then sed 's/^/  stderr: /' "$tmp/err" | head -n 5; fi
}

run() {
  "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
}

expect_rc() { if [ "$rc" -eq "$1" ]; then ok; else bad "$2: exit $rc, expected $1"; fi; }
expect_out() { if [ "$(cat "$tmp/out")" = "$1" ]; then ok; else bad "$2: stdout '$(cat "$tmp/out")', expected '$1'"; fi; }
expect_no_err() { if [ ! -s "$tmp/err" ]; then ok; else bad "$1: unexpected stderr"; fi; }
expect_no_out() { if [ ! -s "$tmp/out" ]; then ok; else bad "$1: unexpected stdout"; fi; }
skip() { echo "SKIP: $*"; }
have() { command -v "$1" >/dev/null 2>&1; }
# expect_same GOT WANT WHAT: the two files are identical.
expect_same() { if cmp -s "$1" "$2"; then ok; else bad "$3: $1 differs from $2"; diff "$2" "$1" | head -n 20; fi; }
# expect_err_prefix PREFIX WHAT: the first stderr line starts with "PREFIX: ".
expect_err_prefix() {
  first=$(head -n 1 "$tmp/err")
  case $first in
  "$1: "*) ok ;;
  *) bad "$2: stderr '$first', expected it to start with '$1: '" ;;
  esac
}
