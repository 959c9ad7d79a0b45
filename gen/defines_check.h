/* mmspec — `mmspec check --defines HEADER --map MAP --profile PROFILE`: each
 * macro a mapping file (defmap.h) names is looked up in the defines file
 * (defines.h), evaluated (expr.h) and compared with the region bound of the
 * profile it is mapped to. docs/live-check.md lists the rules. */
#ifndef MMSPEC_DEFINES_CHECK_H
#define MMSPEC_DEFINES_CHECK_H

#include <stddef.h>
#include <stdio.h>

#include "defmap.h"
#include "findings.h"
#include "profile.h"
#include "source.h"

struct mm_defines_summary {
  unsigned matched; /* names whose value is the profile's */
  unsigned runtime; /* `runtime` names that are not constants here: not checked */
  unsigned absent;  /* `optional` names the header does not define */
};

/* Compare: findings in *f (cleared first), counts in *s. */
void mm_defines_compare(const char *hpath, const char *htext, size_t hlen,
                        const struct mm_defmap *m, const struct mm_profile *p,
                        struct mm_findings *f, struct mm_defines_summary *s);

/* Compare and print: the findings on err, then, when there is none (notes
 * aside), `HEADER: ok (...)` on out. Returns the exit status. */
enum mm_load mm_defines_check(const char *hpath, const char *htext, size_t hlen,
                              const struct mm_defmap *m, const struct mm_profile *p,
                              FILE *out, FILE *err);

#endif
