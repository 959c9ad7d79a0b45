/* mmspec — the gate between a parsed profile and the tools: the proven
 * mm_layout_validate, with its verdict turned into a diagnostic that names
 * the file, the line, the rule and the numbers involved. */
#ifndef MMSPEC_VALIDATE_H
#define MMSPEC_VALIDATE_H

#include "diag.h"
#include "profile.h"

/* Run mm_layout_validate on p->layout. Returns 0 when the layout is valid;
 * otherwise 1, with the broken rule described in *d. */
int mm_profile_validate(const struct mm_profile *p, struct mm_diag *d);

/* The line a verdict points at: the offending region's line, or for a rule of
 * the whole layout the line of the most relevant header key. */
unsigned mm_verdict_line(const struct mm_profile *p, struct mm_verdict v);

#endif
