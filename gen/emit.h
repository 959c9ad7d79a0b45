/* mmspec — output formats of `mmspec gen`. Each format is one emitter in its
 * own file (emit_<format>.c) and one row of the table in emit.c; adding a
 * format means adding both, nothing else. Emitters only ever see profiles the
 * proven validator accepted. */
#ifndef MMSPEC_EMIT_H
#define MMSPEC_EMIT_H

#include <stdio.h>

#include "diag.h"
#include "profile.h"

struct mm_emitter {
  const char *name;    /* the value of --format */
  const char *summary; /* one line for --help */
  /* Write the whole output for p to out; 0, or -1 on a write error. */
  int (*emit)(FILE *out, const struct mm_profile *p);
  /* NULL, or whether the format can express p: 0, or -1 with a diagnostic
   * in *d (e.g. two regions that would define the same name). Called before
   * anything is written. */
  int (*check)(const struct mm_profile *p, struct mm_diag *d);
};

extern const struct mm_emitter mm_emitters[];
extern const size_t mm_nemitters;

/* The emitter called name, or NULL. */
const struct mm_emitter *mm_emitter_find(const char *name);

/* The emitters. */
int mm_emit_ctable(FILE *out, const struct mm_profile *p);
int mm_emit_c(FILE *out, const struct mm_profile *p);
int mm_emit_rust(FILE *out, const struct mm_profile *p);
int mm_emit_json(FILE *out, const struct mm_profile *p);
int mm_emit_md(FILE *out, const struct mm_profile *p);
int mm_emit_svg(FILE *out, const struct mm_profile *p);

#endif
