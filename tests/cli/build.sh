# shellcheck shell=sh disable=SC2154 # $tmp, $rc, $M ... come from run.sh
# mmspec build: sourced by tests/cli/run.sh, whose helpers (run, ok, bad,
# expect_*) and variables ($M, $tmp) it uses. The images it builds are read
# back with mmspec walk and mmspec dump, their output compared whole with
# tests/golden/build/*.txt:
#   - the seed profile, --mem 4G, an EFI range: the summary, the dump with
#     --profile of the main table and of efi_pgd (--root efi), walks of the
#     direct map, the kernel text, rodata, data, the vsyscall page, EFI,
#     user space;
#   - linux-4.20-5level (5-level) with --no-pdpe1gb and a memory size with
#     2-MiB and 4-KiB tails: the dump and walks;
#   - errors: exit 2, a clear message, no image written (and an existing one
#     left as it was), no temporary file left.
GB=tests/golden/build
bdir=$tmp/build
mkdir -p "$bdir"

run "$M" build --help
expect_rc 0 "build --help"
if head -n 1 "$tmp/out" | grep -q '^usage: mmspec build PROFILE'; then ok; else bad "build --help: no usage line"; fi
run "$M" --help
if grep -q '^  build ' "$tmp/out"; then ok; else bad "--help: build not listed"; fi

# --- the seed profile, 4 GiB, an EFI range of 2 MiB + 12 KiB
S4=$bdir/seed4g.img
run "$M" build "$SEED_NAME" --mem 4G --efi-size 0x203000 -o "$S4"
expect_rc 0 "build seed --mem 4G"
expect_no_err "build seed --mem 4G"
sed "s|$bdir/||" "$tmp/out" >"$tmp/out.s"
expect_same "$tmp/out.s" "$GB/build-seed-4g.txt" "build seed --mem 4G: summary"
run "$M" dump "$S4" --profile "$SEED_NAME"
expect_rc 0 "dump of the built seed image"
expect_same "$tmp/out" "$GB/dump-seed-4g.txt" "dump of the built seed image"
run "$M" build "$SEED_NAME" --mem 4G --efi-size 0x203000 --root efi -o "$bdir/seed4g-efi.img"
expect_rc 0 "build seed --root efi"
run "$M" dump "$bdir/seed4g-efi.img" --profile "$SEED_NAME"
expect_rc 0 "dump of the seed's efi_pgd"
expect_same "$tmp/out" "$GB/dump-seed-4g-efi.txt" "dump of the seed's efi_pgd"
# the same frames: only the header's root differs
if cmp -s -i 4096 "$S4" "$bdir/seed4g-efi.img"; then ok; else bad "build --root efi: other frames"; fi

# walks: NAME ARGS (the golden is walk-seed-NAME.txt)
while read -r name code va args; do
  case $name in '#'* | '') continue ;; esac
  # shellcheck disable=SC2086
  run "$M" walk "$S4" "$va" $args
  expect_rc "$code" "walk seed $name"
  expect_same "$tmp/out" "$GB/walk-seed-$name.txt" "walk seed $name"
done <<'LIST'
dm-start     0 0xffff880000000000
dm-last      0 0xffff8800ffffffff
dm-end       1 0xffff880100000000
text         0 0xffffffff80100123 --access fetch
text-write   1 0xffffffff80000000 --access write
rodata-fetch 1 0xffffffff81000000 --access fetch
data-write   0 0xffffffff81800008 --access write
vsyscall     0 0xffffffffff600400 --user --access fetch
efi-main     1 0xfffffffeffdfd000
user         1 0x0000000000400000 --user
LIST
run "$M" walk "$bdir/seed4g-efi.img" 0xfffffffeffdfd000 --access fetch
expect_rc 0 "walk efi_pgd EFI range"
expect_same "$tmp/out" "$GB/walk-seed-efi-pgd.txt" "walk efi_pgd EFI range"

# --- 5-level, no 1-GiB pages, 4 GiB + 6 MiB + 20 KiB
F5=$bdir/five.img
run "$M" build linux-4.20-5level --mem 0x100605000 --no-pdpe1gb --levels 5 -o "$F5"
expect_rc 0 "build 5-level"
run "$M" dump "$F5" --profile linux-4.20-5level
expect_rc 0 "dump 5-level"
expect_same "$tmp/out" "$GB/dump-five.txt" "dump 5-level"
for va in 0xff11000000000000 0xff11000100604fff 0xff11000100605000 0xffffffffff000000 0xffffffffff5ff000; do
  run "$M" walk "$F5" "$va"
  if [ "$rc" -le 1 ]; then ok; else bad "walk 5-level $va: exit $rc"; fi
  cat "$tmp/out" >>"$tmp/five-walks"
done
expect_same "$tmp/five-walks" "$GB/walk-five.txt" "walks 5-level"

# an EFI range of 1 GiB + 2 MiB + 4 KiB in 4-KiB pages (its va and pa are not
# 2 MiB apart by a multiple): more frames than the first guess, the pool grows
run "$M" build "$SEED_NAME" --mem 8M --efi-size 0x40201000 --no-pdpe1gb --root efi -o "$bdir/efi4k.img"
expect_rc 0 "build with a large 4-KiB EFI range"
run "$M" walk "$bdir/efi4k.img" 0xfffffffefffff000
expect_rc 0 "walk the last page of a large EFI range"
if tail -n 1 "$tmp/out" | grep -q '^0xfffffffefffff000 -> 0x00000000be200000 (4K page, rw)$'; then ok; else bad "walk the last page of a large EFI range: $(tail -n 1 "$tmp/out")"; fi

# --- errors: exit 2, a message, nothing written, an existing image kept
cp "$S4" "$bdir/keep.img"
for args in "--mem 0" "--mem 4097" "--mem 128T" "--mem 4G --phys-base 0x1001000" \
            "--mem 4G --text 3M" "--mem 4G --efi-size 0x10000000000" "--mem 4G --levels 5" \
            "--mem 4G --root other" "--mem 4G --frob" "--mem" "--mem 4X" ""; do
  # shellcheck disable=SC2086
  run "$M" build "$SEED_NAME" $args -o "$bdir/keep.img"
  expect_rc 2 "build $args"
  if [ -s "$tmp/err" ]; then ok; else bad "build $args: no message"; fi
  if cmp -s "$S4" "$bdir/keep.img"; then ok; else bad "build $args: the image changed"; fi
done
run "$M" build "$SEED_NAME" --mem 4G --phys-base 0x1001000
expect_err_is "mmspec build: $SEED: the tables cannot be built: einval: an argument breaks a rule (alignment, a range outside its region or above MAXPHYADDR)" \
  "build with a misaligned phys_base"
run "$M" build "$SEED_NAME" --mem 4G -o "$bdir/no-such-dir/x.img"
expect_rc 2 "build into a missing directory"
expect_err_prefix "$bdir/no-such-dir/x.img: io" "build into a missing directory"
run "$M" build tests/data/bad/gap.layout --mem 4G -o "$bdir/bad.img"
expect_rc 1 "build of an invalid profile"
if [ ! -e "$bdir/bad.img" ]; then ok; else bad "build of an invalid profile wrote an image"; fi
if ls "$bdir" | grep -q '\.tmp'; then bad "build: temporary file left"; else ok; fi
