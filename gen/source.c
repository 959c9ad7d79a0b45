/* Reading profile files and resolving built-in profile names. */
#include "source.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "validate.h"

int mm_source_read(const char *path, char **text, size_t *len, struct mm_diag *d)
{
  size_t cap = (size_t)MM_PROFILE_TEXT_MAX + 1, n;
  char *buf;
  FILE *f;
  int err;
  *text = NULL;
  *len = 0;
  errno = 0;
  f = fopen(path, "rb");
  if (!f) {
    mm_diag_set(d, path, 0, "io", "cannot open: %s", strerror(errno));
    return -1;
  }
  buf = malloc(cap + 1);
  if (!buf) {
    fclose(f);
    mm_diag_set(d, path, 0, "io", "out of memory");
    return -1;
  }
  errno = 0;
  n = fread(buf, 1, cap, f);
  err = ferror(f) ? (errno ? errno : EIO) : 0;
  fclose(f);
  if (err) {
    free(buf);
    mm_diag_set(d, path, 0, "io", "cannot read: %s", strerror(err));
    return -1;
  }
  if (n > MM_PROFILE_TEXT_MAX) {
    free(buf);
    mm_diag_set(d, path, 0, "too-big", "more than %u bytes; profiles are limited to that",
                MM_PROFILE_TEXT_MAX);
    return -1;
  }
  buf[n] = '\0';
  *text = buf;
  *len = n;
  return 0;
}

enum mm_load mm_source_parse(struct mm_profile *p, const char *path, const char *text,
                             size_t len, struct mm_diag *d)
{
  if (mm_profile_parse(p, path, text, len, d))
    return MM_LOAD_UNUSABLE;
  return mm_profile_validate(p, d) ? MM_LOAD_INVALID : MM_LOAD_OK;
}

int mm_builtin_find(const char *name)
{
  struct mm_profile *p = malloc(sizeof *p);
  struct mm_diag d;
  int found = -1;
  if (!p)
    return -1;
  for (size_t i = 0; i < mm_nbuiltins && found < 0; i++) {
    const struct mm_builtin *b = &mm_builtins[i];
    if (mm_profile_parse(p, b->path, b->text, b->len, &d) == 0 && strcmp(p->name, name) == 0)
      found = (int)i;
  }
  free(p);
  return found;
}

enum mm_load mm_source_load(struct mm_profile *p, const char *arg, struct mm_diag *d)
{
  int b = mm_builtin_find(arg);
  char *text;
  size_t len;
  enum mm_load r;
  if (b >= 0)
    return mm_source_parse(p, mm_builtins[b].path, mm_builtins[b].text, mm_builtins[b].len, d);
  if (mm_source_read(arg, &text, &len, d))
    return MM_LOAD_UNUSABLE;
  r = mm_source_parse(p, arg, text, len, d);
  free(text);
  return r;
}
