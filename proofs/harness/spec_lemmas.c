/* Proof unit "spec": WP proves every lemma of spec/acsl/ (selected with
 * -wp-prop @lemma). Nothing here is assumed: a lemma that WP cannot prove
 * fails `make prove` like any other goal. Every .acsl file holding a lemma
 * must be reached from here; proofs/coverage.sh checks that it is. */
#include "mm_types.h"  /* LayoutLemmas.acsl */
#include "pgd_sync.h"  /* PgdSync.acsl: the walk of two roots with one top entry */
#include "layout_build.h" /* Build.acsl: two tables sharing a kernel half */
#include "PoolTree.acsl" /* the pool's tables as a tree: a walk reads its route only */
#include "PoolXlateFrame.acsl" /* map and unmap, step by step: what the walks see */
#include "enumerate.h" /* Enumerate.acsl: LevelSpan */
#include "RouteArith.acsl" /* which addresses read an entry: a range */
