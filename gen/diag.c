/* Diagnostics: bounded formatting and printing. */
#include "diag.h"

#include <stdarg.h>
#include <string.h>

static void copy_str(char *dst, size_t cap, const char *s)
{
  size_t n = strlen(s);
  if (n >= cap)
    n = cap - 1;
  memcpy(dst, s, n);
  dst[n] = '\0';
}

void mm_diag_set(struct mm_diag *d, const char *file, unsigned line, const char *rule,
                 const char *fmt, ...)
{
  va_list ap;
  copy_str(d->file, sizeof d->file, file ? file : "");
  d->line = line;
  copy_str(d->rule, sizeof d->rule, rule ? rule : "");
  va_start(ap, fmt);
  if (vsnprintf(d->msg, sizeof d->msg, fmt, ap) < 0)
    d->msg[0] = '\0';
  va_end(ap);
}

void mm_diag_print(FILE *out, const struct mm_diag *d)
{
  if (d->line)
    fprintf(out, "%s:%u: %s: %s\n", d->file, d->line, d->rule, d->msg);
  else
    fprintf(out, "%s: %s: %s\n", d->file, d->rule, d->msg);
}

char *mm_diag_quote(char *dst, size_t cap, const char *s, size_t n)
{
  const char *dots = "...";
  size_t keep = n;
  if (cap == 0)
    return dst;
  if (keep >= cap) {
    keep = cap > 4 ? cap - 4 : 0;
    /* Do not cut a UTF-8 sequence: back off over continuation bytes. */
    while (keep > 0 && ((unsigned char)s[keep] & 0xC0u) == 0x80u)
      keep--;
  } else {
    dots = "";
  }
  memcpy(dst, s, keep);
  copy_str(dst + keep, cap - keep, dots);
  return dst;
}
