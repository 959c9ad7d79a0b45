#!/bin/sh
# Every function defined in src/ must be listed in a proof unit
# (proofs/units.mk), so that nothing in src/ escapes WP.
# usage: proofs/coverage.sh proofs/units.mk src/*.c
set -eu
units=$1; shift
defined=$(sed -n 's/^[a-z_][a-z0-9_ ]*[ *]\(mm_[a-z0-9_]*\)(.*/\1/p' "$@" | sort -u)
listed=$(sed -e 's/#.*//' "$units" | tr ' \\\t' '\n\n\n' | grep '^mm_' | sort -u)
missing=$(printf '%s\n' "$defined" | grep -vxF "$listed" || true)
if [ -n "$missing" ]; then
  echo "coverage: functions defined in src/ but in no proof unit:" $missing >&2
  exit 1
fi
echo "coverage: all $(printf '%s\n' "$defined" | wc -l) functions of src/ are in a proof unit"
