/* Proof unit "spec": WP proves every lemma of spec/acsl/ (selected with
 * -wp-prop @lemma). Nothing here is assumed: a lemma that WP cannot prove
 * fails `make prove` like any other goal. */
#include "mm_types.h"
