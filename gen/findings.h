/* mmspec — the findings of a check that reports many at once (`mmspec check
 * --defines`, `--dump`): notes, findings and unusable-input errors, kept in
 * order up to a bound and counted beyond it, and printed only when the check
 * is complete, so that an unusable input prints its error and nothing else. */
#ifndef MMSPEC_FINDINGS_H
#define MMSPEC_FINDINGS_H

#include <stdio.h>

#include "diag.h"

#define MM_FINDINGS_MAX 64  /* notes and findings kept; more are counted */
#define MM_UNUSABLE_MAX 16  /* unusable-input errors kept */

enum mm_level {
  MM_LEVEL_NOTE = 0,    /* printed, does not change the exit status */
  MM_LEVEL_FINDING = 1, /* exit 1 */
  MM_LEVEL_UNUSABLE = 2 /* exit 2; only these are printed then */
};

struct mm_findings {
  unsigned n;          /* notes and findings, kept or not */
  unsigned nfinding;   /* of which findings */
  unsigned nunusable;  /* unusable-input errors, kept or not */
  struct mm_diag d[MM_FINDINGS_MAX];
  struct mm_diag u[MM_UNUSABLE_MAX];
};

void mm_findings_init(struct mm_findings *f);

/* Add one; the message is printf-formatted (a note's rule is printed as
 * "RULE: note: message"). */
#if defined(__GNUC__)
__attribute__((format(printf, 6, 7)))
#endif
void mm_findings_add(struct mm_findings *f, enum mm_level level, const char *file,
                     unsigned line, const char *rule, const char *fmt, ...);

/* The exit status: 2 with any unusable error, else 1 with any finding, else 0. */
int mm_findings_status(const struct mm_findings *f);

/* Print, one a line on err: the unusable errors when there are any, else the
 * notes and findings in order; then "FILE: note: N more ... not shown" for
 * those not kept. */
void mm_findings_print(FILE *err, const char *file, const struct mm_findings *f);

#endif
