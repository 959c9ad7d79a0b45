/* mmspec — the human-readable table of a validated profile, in the style of
 * Linux Documentation/x86/x86_64/mm.txt. */
#ifndef MMSPEC_SHOW_H
#define MMSPEC_SHOW_H

#include <stdio.h>

#include "profile.h"

/* Print the header (parameters and flags) and one row per region:
 *   START - END (=SIZE) KIND NAME DESCRIPTION
 * Returns 0, or -1 on a write error. */
int mm_show(FILE *out, const struct mm_profile *p);

#endif
