/* mmspec — a mapping file: which macro of a header is which bound of which
 * region of a profile (docs/live-check.md, "Mapping files"):
 *
 *   profile linux-4.20-4level          optional, once, before the entries
 *   NAME  REGION  BOUND  [FLAG...]     BOUND: start end end_excl size
 *                                      FLAG:  optional runtime
 *
 * `#` starts a comment. Region names are resolved against the profile by
 * defines_check.h, not here. */
#ifndef MMSPEC_DEFMAP_H
#define MMSPEC_DEFMAP_H

#include <stddef.h>

#include "diag.h"
#include "profile.h"

#define MM_DEFMAP_MAX 256
#define MM_DEFMAP_NAME_MAX 64

enum mm_bound { MM_BOUND_START, MM_BOUND_END, MM_BOUND_END_EXCL, MM_BOUND_SIZE };

#define MM_DEFMAP_OPTIONAL 1u /* absent from the header: not a finding */
#define MM_DEFMAP_RUNTIME 2u  /* not a constant in some kernels (KASLR): a note */

struct mm_defmap_entry {
  char name[MM_DEFMAP_NAME_MAX];   /* the macro */
  char region[MM_REGION_NAME_MAX]; /* the region of the profile */
  unsigned bound;                  /* enum mm_bound */
  unsigned flags;
  unsigned line;
};

struct mm_defmap {
  char path[MM_PROFILE_PATH_MAX];
  char profile[MM_PROFILE_NAME_MAX]; /* "" when the map names none */
  unsigned profile_line;
  unsigned n;
  struct mm_defmap_entry e[MM_DEFMAP_MAX];
};

/* The spelling of bound b ("end_excl"). */
const char *mm_bound_name(unsigned b);

/* Parse a mapping file's text (any bytes). 0, or -1 with the first error in
 * *d: binary, syntax, bad-name, too-long, unknown-bound, unknown-flag,
 * duplicate-name, duplicate-key, order, too-many, empty. */
int mm_defmap_parse(struct mm_defmap *m, const char *path, const char *text, size_t len,
                    struct mm_diag *d);

#endif
