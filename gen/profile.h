/* mmspec — a layout profile: the .layout text format parsed into the proven
 * data model (struct mm_layout) plus the names, descriptions and source lines
 * the tools need for their output and diagnostics. docs/profile-format.md
 * describes the format. */
#ifndef MMSPEC_PROFILE_H
#define MMSPEC_PROFILE_H

#include <stddef.h>

#include "diag.h"
#include "mm_types.h"

#define MM_PROFILE_PATH_MAX 512
#define MM_PROFILE_NAME_MAX 64  /* profile name, with its NUL  */
#define MM_PROFILE_TITLE_MAX 160
#define MM_REGION_NAME_MAX 48
#define MM_REGION_DESC_MAX 128
#define MM_PROFILE_TEXT_MAX (1024u * 1024u) /* larger texts are refused */

/* The header keys, in the order docs/profile-format.md lists them. */
enum mm_key {
  MM_KEY_PROFILE,
  MM_KEY_TITLE,
  MM_KEY_VA_BITS,
  MM_KEY_LEVELS,
  MM_KEY_PA_BITS,
  MM_KEY_PAGE_OFFSET,
  MM_KEY_RANDOMIZE,
  MM_KEY_OWN_PGD,
  MM_KEY_LAZY_SYNC,
  MM_KEY_COUNT
};

struct mm_profile {
  char path[MM_PROFILE_PATH_MAX];  /* source path, as diagnostics name it */
  char name[MM_PROFILE_NAME_MAX];  /* `profile` */
  char title[MM_PROFILE_TITLE_MAX]; /* `title`, "" when absent */
  struct mm_layout layout;
  char rname[MM_MAX_REGIONS][MM_REGION_NAME_MAX];
  char rdesc[MM_MAX_REGIONS][MM_REGION_DESC_MAX];
  unsigned rline[MM_MAX_REGIONS];   /* line of each region */
  unsigned header_line;             /* line of the `profile` key */
  unsigned key_line[MM_KEY_COUNT];  /* line of each header key, 0 when absent */
  unsigned last_line;               /* number of the last line (>= 1) */
};

/* The profile-format spelling of key k ("page-offset"). */
const char *mm_key_name(enum mm_key k);

/* Parse len bytes of text read from path into *p. Returns 0, or -1 with the
 * first error in *d (its rule one of the parse rule ids of
 * docs/profile-format.md). Any bytes are accepted as input. The layout is not
 * validated here: see mm_profile_validate (validate.h). */
int mm_profile_parse(struct mm_profile *p, const char *path, const char *text, size_t len,
                     struct mm_diag *d);

/* The index of the region named name, or -1. */
int mm_profile_find(const struct mm_profile *p, const char *name);

#endif
