/* Bounded, ordered findings. */
#include "findings.h"

#include <stdarg.h>
#include <string.h>

void mm_findings_init(struct mm_findings *f)
{
  memset(f, 0, sizeof *f);
}

void mm_findings_add(struct mm_findings *f, enum mm_level level, const char *file,
                     unsigned line, const char *rule, const char *fmt, ...)
{
  struct mm_diag *d = NULL;
  va_list ap;
  char msg[MM_DIAG_MSG_MAX];
  if (level == MM_LEVEL_UNUSABLE) {
    if (f->nunusable < MM_UNUSABLE_MAX)
      d = &f->u[f->nunusable];
    f->nunusable++;
  } else {
    if (f->n < MM_FINDINGS_MAX)
      d = &f->d[f->n];
    f->n++;
    if (level == MM_LEVEL_FINDING)
      f->nfinding++;
  }
  if (!d)
    return;
  va_start(ap, fmt);
  if (vsnprintf(msg, sizeof msg, fmt, ap) < 0)
    msg[0] = '\0';
  va_end(ap);
  if (level == MM_LEVEL_NOTE)
    mm_diag_set(d, file, line, rule, "note: %s", msg);
  else
    mm_diag_set(d, file, line, rule, "%s", msg);
}

int mm_findings_status(const struct mm_findings *f)
{
  return f->nunusable ? 2 : f->nfinding ? 1 : 0;
}

void mm_findings_print(FILE *err, const char *file, const struct mm_findings *f)
{
  if (f->nunusable) {
    unsigned k = f->nunusable < MM_UNUSABLE_MAX ? f->nunusable : MM_UNUSABLE_MAX;
    for (unsigned i = 0; i < k; i++)
      mm_diag_print(err, &f->u[i]);
    if (f->nunusable > k)
      fprintf(err, "%s: note: %u more errors not shown\n", file, f->nunusable - k);
    return;
  }
  {
    unsigned k = f->n < MM_FINDINGS_MAX ? f->n : MM_FINDINGS_MAX;
    for (unsigned i = 0; i < k; i++)
      mm_diag_print(err, &f->d[i]);
    if (f->n > k)
      fprintf(err, "%s: note: %u more findings not shown\n", file, f->n - k);
  }
}
