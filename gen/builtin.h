/* mmspec — the built-in profiles: every spec/profiles/NAME.layout, embedded at
 * build time by gen/tools/embed into build/gen/builtin_profiles.c (gen/gen.mk). */
#ifndef MMSPEC_BUILTIN_H
#define MMSPEC_BUILTIN_H

#include <stddef.h>

struct mm_builtin {
  const char *path; /* the source path, e.g. "spec/profiles/linux-4.8-4level.layout" */
  const char *text; /* its bytes (NUL-terminated, but len counts only the file) */
  size_t len;
};

extern const struct mm_builtin mm_builtins[];
extern const size_t mm_nbuiltins;

#endif
