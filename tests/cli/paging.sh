# shellcheck shell=sh disable=SC2154 # $tmp, $rc, $M ... come from run.sh
# mmspec walk and mmspec dump on page-table images: sourced by
# tests/cli/run.sh, whose helpers (run, ok, bad, expect_*) and variables ($M,
# $tmp) it uses. The images are written from tests/data/paging/*.spec by the
# test utility tests/tools/ptbuild (built beside mmspec as tests/ptbuild).
#   - walk: every case of tests/data/paging/walks.list, stdout compared whole
#     with tests/golden/paging/walk-NAME.txt, and the exit status;
#   - dump: text, --profile and json output compared whole with
#     tests/golden/paging/dump-*.{txt,json}; -o through a temporary file;
#   - raw mode: a raw dump of the same tables walks and dumps the same;
#   - bad images: every tests/data/paging/bad/NAME.spec (its "# expect:" line
#     is the whole diagnostic after "IMAGE: "), exit 2 and no stdout, for walk
#     and dump; raw-mode and usage errors.

PTB=$(dirname "$M")/tests/ptbuild
pdir=$tmp/paging
mkdir -p "$pdir"
GP=tests/golden/paging

if [ ! -x "$PTB" ]; then
  bad "paging: the test utility $PTB is missing (make builds it for make test)"
  PTB=false
fi

# expect_err_is TEXT WHAT: stderr is exactly TEXT.
expect_err_is() {
  if [ "$(cat "$tmp/err")" = "$1" ]; then ok; else bad "$2: stderr '$(cat "$tmp/err")', expected '$1'"; fi
}

# --- the images
for s in tests/data/paging/*.spec; do
  n=$(basename "$s" .spec)
  if "$PTB" "$s" -o "$pdir/$n.img" && "$PTB" "$s" -o "$pdir/$n.raw" --raw; then ok; else bad "ptbuild $s"; fi
done
K=$pdir/kernel4.img

# --- help
for c in walk dump; do
  run "$M" "$c" --help
  expect_rc 0 "$c --help"
  if head -n 1 "$tmp/out" | grep -q "^usage: mmspec $c IMAGE"; then ok; else bad "$c --help: no usage line"; fi
  if grep -q -- '--raw' "$tmp/out" && grep -q -- '--no-smep' "$tmp/out"; then ok; else bad "$c --help: image options missing"; fi
done
run "$M" --help
for c in walk dump; do
  if grep -q "^  $c " "$tmp/out"; then ok; else bad "--help: $c not listed"; fi
done

# --- walk: every case against its golden file
while read -r name img code args; do
  case $name in '#'* | '') continue ;; esac
  # shellcheck disable=SC2086 # ARGS are words
  run "$M" walk "$pdir/$img.img" $args
  expect_rc "$code" "walk $name"
  expect_same "$tmp/out" "$GP/walk-$name.txt" "walk $name"
  expect_no_err "walk $name"
  # the same from the raw dump, its root and levels given on the command line
  base=$(sed -n 's/^base //p' "tests/data/paging/$img.spec")
  levels=$(sed -n 's/^levels //p' "tests/data/paging/$img.spec")
  max=$(sed -n 's/^maxphyaddr //p' "tests/data/paging/$img.spec")
  flags=$(sed -n 's/^flags //p' "tests/data/paging/$img.spec")
  extra=""
  case " $flags " in *" smep "*) extra="$extra --smep" ;; esac
  case " $flags " in *" smap "*) extra="$extra --smap" ;; esac
  # shellcheck disable=SC2086
  run "$M" walk "$pdir/$img.raw" --raw --root "$base" --levels "$levels" --maxphyaddr "$max" $extra $args
  expect_rc "$code" "walk --raw $name"
  expect_same "$tmp/out" "$GP/walk-$name.txt" "walk --raw $name"
done <tests/data/paging/walks.list

# a table outside the image: the levels on stdout, the diagnostic, exit 2
run "$M" walk "$K" 0x200000001000
expect_rc 2 "walk into a PDPT outside the image"
expect_same "$tmp/out" "$GP/walk-outside.txt" "walk into a PDPT outside the image"
expect_err_is "$K: outside: the PDPTE table at 0x0000003fff000000 is not in the image (frames 0x0000000001000000-0x0000000001014fff)" \
  "walk into a PDPT outside the image"

# usage errors
run "$M" walk "$K"
expect_rc 2 "walk without a VA"
run "$M" walk "$K" 0x1000 0x2000
expect_rc 2 "walk with two VAs"
run "$M" walk "$K" 0xg000
expect_rc 2 "walk with a bad VA"
expect_err_prefix "mmspec walk" "walk with a bad VA"
run "$M" walk "$K" 0x10000000000000000
expect_rc 2 "walk with a VA beyond 64 bits"
run "$M" walk "$K" 0x1000 --access exec
expect_rc 2 "walk --access exec"
run "$M" walk "$K" 0x1000 --frob
expect_rc 2 "walk with an unknown option"
expect_no_out "walk with an unknown option"

# --- dump: whole output against the golden files
run "$M" dump "$K"
expect_rc 0 "dump kernel4"
expect_no_err "dump kernel4"
expect_same "$tmp/out" "$GP/dump-kernel4.txt" "dump kernel4"
run "$M" dump "$K" --profile linux-4.20-4level
expect_rc 0 "dump kernel4 --profile"
expect_same "$tmp/out" "$GP/dump-kernel4-profile.txt" "dump kernel4 --profile"
run "$M" dump "$K" --profile spec/profiles/linux-4.20-4level.layout --format json
expect_rc 0 "dump kernel4 --format json"
expect_same "$tmp/out" "$GP/dump-kernel4.json" "dump kernel4 --format json"
if have python3; then
  # parses; ranges in order, contiguous but at the hole; the columns match
  # the entry's bits (USR 2, RW 1, PWT 3, PCD 4, GLB 8, NX 63)
  if python3 - "$tmp/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["schema"] == "mmspec-ptdump/1" and d["levels"] == 4 and d["ranges"]
prev = None
for r in d["ranges"]:
    s, l = int(r["start"], 16), int(r["last"], 16)
    assert s <= l and (prev is None or s == prev + 1 or (prev, s) == (2**47 - 1, 2**64 - 2**47)), r
    prev = l
    if r["present"]:
        f = int(r["entry_flags"], 16)
        for k, b in (("usr", 2), ("rw", 1), ("pwt", 3), ("pcd", 4), ("glb", 8), ("nx", 63)):
            assert r[k] == bool(f >> b & 1), (k, r)
assert prev == 2**64 - 1
PY
  then ok; else bad "dump --format json: not the expected JSON"; fi
else
  skip "python3 not installed: the dump JSON is not parsed"
fi
run "$M" dump "$pdir/five.img"
expect_rc 0 "dump five"
expect_same "$tmp/out" "$GP/dump-five.txt" "dump five"
run "$M" dump "$pdir/five.img" --profile linux-4.20-5level
expect_rc 0 "dump five --profile"
expect_same "$tmp/out" "$GP/dump-five-profile.txt" "dump five --profile"
# the lines are Linux's: 0x%016lx-0x%016lx, 3 blanks, %9lu%c, 30 flag columns, level
if grep -v '^---\[ .* \]---$' "$GP/dump-kernel4.txt" |
   grep -Ev '^0x[0-9a-f]{16}-0x[0-9a-f]{16}   [ 0-9]{9}[BKMGTPE] (USR |    )(RW |ro )(PWT |    )(PCD |    )(PSE |    )(PAT |    )(GLB |    )(NX |x  )(pgd|p4d|pud|pmd|pte)$' |
   grep -Evq '^0x[0-9a-f]{16}-0x[0-9a-f]{16}   [ 0-9]{9}[BKMGTPE] {31}(pgd|p4d|pud|pmd|pte)$'; then
  bad "dump kernel4: a line not in the ptdump format"
else
  ok
fi

# raw: the same tables dump the same
run "$M" dump "$pdir/kernel4.raw" --raw --root 0x1000000 --maxphyaddr 46
expect_rc 0 "dump --raw kernel4"
expect_same "$tmp/out" "$GP/dump-kernel4.txt" "dump --raw kernel4"
run "$M" dump "$pdir/five.raw" --raw --root 0x200000 --levels 5
expect_rc 0 "dump --raw five"
expect_same "$tmp/out" "$GP/dump-five.txt" "dump --raw five"
# a raw dump read as 5-level when it is 4-level: a different, still valid dump
run "$M" dump "$pdir/kernel4.raw" --raw --root 0x1000000 --levels 5
expect_rc 0 "dump --raw kernel4 as 5-level"
if cmp -s "$tmp/out" "$GP/dump-kernel4.txt"; then bad "dump --raw --levels 5: same as 4-level"; else ok; fi

# -o: through a temporary file, over an existing file, nothing left behind
mkdir "$pdir/o"
run "$M" dump "$K" -o "$pdir/o/dump.txt"
expect_rc 0 "dump -o"
expect_no_out "dump -o"
expect_same "$pdir/o/dump.txt" "$GP/dump-kernel4.txt" "dump -o"
run "$M" dump "$pdir/bad-nonexistent.img" -o "$pdir/o/dump.txt"
expect_rc 2 "dump -o of a missing image"
expect_same "$pdir/o/dump.txt" "$GP/dump-kernel4.txt" "dump -o of a missing image leaves OUT alone"
if ls "$pdir/o" | grep -q '\.tmp'; then bad "dump -o: temporary file left"; else ok; fi
run "$M" dump "$K" -o "$pdir/no-such-dir/dump.txt"
expect_rc 2 "dump -o into a missing directory"
expect_err_prefix "$pdir/no-such-dir/dump.txt: io" "dump -o into a missing directory"

# profile problems and usage errors
run "$M" dump "$K" --profile linux-4.20-5level
expect_rc 2 "dump 4-level image with a 5-level profile"
expect_err_is "mmspec dump: profile linux-4.20-5level is for 5-level paging, the image for 4-level" \
  "dump 4-level image with a 5-level profile"
expect_no_out "dump 4-level image with a 5-level profile"
run "$M" dump "$K" --profile tests/data/bad/gap.layout
expect_rc 2 "dump with an invalid profile"
expect_no_out "dump with an invalid profile"
run "$M" dump "$K" --format xml
expect_rc 2 "dump --format xml"
run "$M" dump
expect_rc 2 "dump without an image"
run "$M" dump "$K" "$K"
expect_rc 2 "dump with two images"
run "$M" dump "$K" --root 0x1000000
expect_rc 2 "dump --root without --raw"
expect_err_is "mmspec dump: --root, --levels and --maxphyaddr go with --raw (see mmspec dump --help)" \
  "dump --root without --raw"
run "$M" dump "$pdir/kernel4.raw" --raw
expect_rc 2 "dump --raw without --root"
run "$M" dump "$pdir/kernel4.raw" --raw --root 0x1000000 --levels 3
expect_rc 2 "dump --raw --levels 3"
run "$M" dump "$pdir/kernel4.raw" --raw --root 0x1000000 --maxphyaddr 53
expect_rc 2 "dump --raw --maxphyaddr 53"
run "$M" dump "$pdir/kernel4.raw" --raw --root
expect_rc 2 "dump --raw --root without a value"

# --- bad images: every rule, exactly
for s in tests/data/paging/bad/*.spec; do
  n=$(basename "$s" .spec)
  img=$pdir/bad-$n.img
  want=$(sed -n 's/^# expect: //p' "$s")
  if [ -z "$want" ]; then
    bad "$s: no '# expect:' line"
    continue
  fi
  "$PTB" "$s" -o "$img" || bad "ptbuild $s"
  run "$M" dump "$img"
  expect_rc 2 "dump bad $n"
  expect_err_is "$img: $want" "dump bad $n"
  expect_no_out "dump bad $n"
  run "$M" walk "$img" 0x1000
  expect_rc 2 "walk bad $n"
  expect_err_is "$img: $want" "walk bad $n"
  expect_no_out "walk bad $n"
done
# the magic rule on a raw dump read without --raw, and I/O errors
run "$M" dump "$pdir/kernel4.raw"
expect_rc 2 "dump a raw dump without --raw"
expect_err_prefix "$pdir/kernel4.raw: magic" "dump a raw dump without --raw"
run "$M" dump "$pdir/no-such.img"
expect_rc 2 "dump a missing image"
expect_err_prefix "$pdir/no-such.img: io" "dump a missing image"
run "$M" walk "$pdir" 0x1000
expect_rc 2 "walk a directory"
expect_err_is "$pdir: io: not a regular file" "walk a directory"

# raw-mode rules
: >"$pdir/empty.raw"
run "$M" dump "$pdir/empty.raw" --raw --root 0
expect_rc 2 "raw: empty"
expect_err_is "$pdir/empty.raw: length: 0 bytes: a raw dump is a non-zero multiple of 4096 bytes" "raw: empty"
head -c 5000 "$pdir/kernel4.raw" >"$pdir/odd.raw"
run "$M" dump "$pdir/odd.raw" --raw --root 0
expect_rc 2 "raw: not whole frames"
expect_err_is "$pdir/odd.raw: length: 5000 bytes: a raw dump is a non-zero multiple of 4096 bytes" "raw: not whole frames"
run "$M" dump "$pdir/kernel4.raw" --raw --root 0x1000800
expect_rc 2 "raw: root not aligned"
expect_err_is "$pdir/kernel4.raw: root: root 0x1000800 is not a multiple of 4096" "raw: root not aligned"
run "$M" walk "$pdir/kernel4.raw" 0x1000 --raw --root 0x1015000
expect_rc 2 "raw: root beyond the dump"
expect_err_is "$pdir/kernel4.raw: root: root 0x1015000 is not in the image's frames 0x0-0x1014fff" "raw: root beyond the dump"
expect_no_out "raw: root beyond the dump"
# a sparse file of 16 GiB + 4 KiB: more frames than are loaded
if truncate -s 17179873280 "$pdir/huge.raw" 2>/dev/null; then
  run "$M" dump "$pdir/huge.raw" --raw --root 0
  expect_rc 2 "raw: too big"
  expect_err_is "$pdir/huge.raw: nframes: 4194305 frames, more than the limit 4194304 (16 GiB)" "raw: too big"
  rm -f "$pdir/huge.raw"
else
  skip "truncate -s cannot make a sparse file here: the raw size limit is not tested"
fi
