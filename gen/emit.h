/* mmspec — output formats of `mmspec gen`. Each format is one emitter in its
 * own file (emit_<format>.c) and one row of the table in emit.c; adding a
 * format means adding both, nothing else. Emitters only ever see profiles the
 * proven validator accepted. */
#ifndef MMSPEC_EMIT_H
#define MMSPEC_EMIT_H

#include <stdio.h>

#include "profile.h"

struct mm_emitter {
  const char *name;    /* the value of --format */
  const char *summary; /* one line for --help */
  /* Write the whole output for p to out; 0, or -1 on a write error. */
  int (*emit)(FILE *out, const struct mm_profile *p);
};

extern const struct mm_emitter mm_emitters[];
extern const size_t mm_nemitters;

/* The emitter called name, or NULL. */
const struct mm_emitter *mm_emitter_find(const char *name);

/* The emitters. */
int mm_emit_ctable(FILE *out, const struct mm_profile *p);

#endif
