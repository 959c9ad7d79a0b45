/* mmspec — a file of `#define NAME value` lines, as `gcc -dM -E` prints them
 * for a header (or a hand-written header): the object-like and function-like
 * macros it defines, with their lines, looked up by name. Everything that is
 * not a `#define` or `#undef` is ignored; comments and backslash-newline
 * continuations are handled as C does. The values are evaluated by expr.h;
 * docs/live-check.md describes what is supported.
 *
 * The reader accepts any bytes: every index is bounded by the text's length
 * and nothing relies on a NUL. */
#ifndef MMSPEC_DEFINES_H
#define MMSPEC_DEFINES_H

#include <stddef.h>
#include <stdint.h>

#define MM_DEFINES_MAX 262144u   /* macros kept (a power of two); more are an error */
#define MM_DEFINE_PARAMS_MAX 8u  /* parameters of a function-like macro */
#define MM_DEFINES_TEXT_MAX (64u * 1024u * 1024u) /* larger files are refused */

struct mm_define {
  const char *name; /* into mm_defines.clean; not NUL-terminated */
  size_t name_n;
  const char *body; /* the replacement list, trimmed */
  size_t body_n;
  unsigned line;    /* the physical line of the `#define` */
  unsigned char function_like; /* NAME( right after the name */
  unsigned char variadic;      /* a `...` parameter: not expandable */
  unsigned char nparams;
  unsigned char dead;          /* removed by a later #undef or redefinition */
  struct {
    const char *s;
    size_t n;
  } param[MM_DEFINE_PARAMS_MAX];
};

struct mm_defines {
  char *clean;    /* the text with comments blanked and continuations joined */
  size_t clean_n;
  struct mm_define *def;
  unsigned n;     /* definitions kept (dead ones included) */
  unsigned *hash; /* open addressing: index + 1, 0 empty */
  unsigned hash_cap;
};

/* Read text[0..len) into *ds (any bytes). 0, or -1 when out of memory or
 * when there are more than MM_DEFINES_MAX definitions (*why says which). */
int mm_defines_parse(struct mm_defines *ds, const char *text, size_t len, const char **why);

/* The live definition of the n bytes at name, or NULL. */
const struct mm_define *mm_defines_find(const struct mm_defines *ds, const char *name,
                                        size_t n);

void mm_defines_free(struct mm_defines *ds);

/* Whether c may start / continue a C identifier. */
int mm_ident_start(char c);
int mm_ident_char(char c);

#endif
