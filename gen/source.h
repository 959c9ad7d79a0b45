/* mmspec — where a profile comes from: a built-in profile named on the command
 * line, or a file. Loading = reading + parsing + proven validation. */
#ifndef MMSPEC_SOURCE_H
#define MMSPEC_SOURCE_H

#include "diag.h"
#include "profile.h"

/* Outcomes of loading, which are also the exit statuses of the CLI. */
enum mm_load {
  MM_LOAD_OK = 0,       /* parsed, and the proven validator accepted it */
  MM_LOAD_INVALID = 1,  /* parsed, but the layout breaks a rule */
  MM_LOAD_UNUSABLE = 2  /* I/O error, or the text does not parse */
};

/* Read the file at path (at most MM_PROFILE_TEXT_MAX bytes) into a malloc'd
 * buffer *text of *len bytes (plus a NUL). 0, or -1 with an `io` or `too-big`
 * diagnostic. */
int mm_source_read(const char *path, char **text, size_t *len, struct mm_diag *d);

/* Parse the text of a profile read from path, then validate it. */
enum mm_load mm_source_parse(struct mm_profile *p, const char *path, const char *text,
                             size_t len, struct mm_diag *d);

/* Load arg: the built-in profile of that name if there is one, otherwise the
 * file at path arg. */
enum mm_load mm_source_load(struct mm_profile *p, const char *arg, struct mm_diag *d);

/* The index in mm_builtins of the built-in profile named name, or -1. */
int mm_builtin_find(const char *name);

#endif
