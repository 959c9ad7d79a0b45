/* mmspec — writing a generated file all at once: into a temporary file in the
 * same directory, renamed over the target only when complete, so that the
 * target is either the whole new output or untouched. */
#ifndef MMSPEC_OUTPUT_H
#define MMSPEC_OUTPUT_H

#include "diag.h"
#include "emit.h"

/* Write the file at path with write(f, ctx), which returns 0 or -1 on a
 * write error. 0, or -1 with an `io` diagnostic and neither path nor the
 * temporary file left changed/behind. */
int mm_output_with(const char *path, int (*write)(FILE *f, const void *ctx), const void *ctx,
                   struct mm_diag *d);

/* Emit p with e into the file at path. 0, or -1 with an `io` diagnostic and
 * neither path nor the temporary file left changed/behind. */
int mm_output_file(const char *path, const struct mm_emitter *e, const struct mm_profile *p,
                   struct mm_diag *d);

/* Emit p with e to standard output. 0, or -1 with an `io` diagnostic. */
int mm_output_stdout(const struct mm_emitter *e, const struct mm_profile *p, struct mm_diag *d);

#endif
