#!/bin/sh
# Every function defined in src/ must be listed in a proof unit
# (proofs/units.mk), so that nothing in src/ escapes WP; every lemma of
# spec/acsl/ must reach the unit spec (proofs/harness/spec_lemmas.c), which
# proves them, so that no lemma is only assumed by the units that use it.
# usage: proofs/coverage.sh proofs/units.mk src/*.c
set -eu
units=$1; shift
# Public functions (mm_*) and the ghost lemma functions (eb_*, src/entry_bits.c).
defined=$(sed -n -e 's/^[a-z_][a-z0-9_ ]*[ *]\(mm_[a-z0-9_]*\)(.*/\1/p' \
                 -e 's/^ *void \(eb_[a-z0-9_]*\)(.*) {$/\1/p' "$@" | sort -u)
listed=$(sed -e 's/#.*//' "$units" | tr ' \\\t' '\n\n\n' | grep -E '^(mm|eb)_' | sort -u)
missing=$(printf '%s\n' "$defined" | grep -vxF "$listed" || true)
if [ -n "$missing" ]; then
  echo "coverage: functions defined in src/ but in no proof unit:" $missing >&2
  exit 1
fi
echo "coverage: all $(printf '%s\n' "$defined" | wc -l) functions of src/ are in a proof unit"

lemmas=$(sed -n 's/^ *lemma \([A-Za-z0-9_]*\).*/\1/p' spec/acsl/*.acsl | sort -u)
seen=$(${CC:-cc} -E -C -Isrc -Ispec/acsl -Ibuild/gen proofs/harness/spec_lemmas.c |
       sed -n 's/^ *lemma \([A-Za-z0-9_]*\).*/\1/p' | sort -u)
unproven=$(printf '%s\n' "$lemmas" | grep -vxF "$seen" || true)
if [ -n "$unproven" ]; then
  echo "coverage: lemmas of spec/acsl/ that proofs/harness/spec_lemmas.c does not reach:" $unproven >&2
  exit 1
fi
echo "coverage: all $(printf '%s\n' "$lemmas" | wc -l) lemmas of spec/acsl/ are proven in unit spec"
