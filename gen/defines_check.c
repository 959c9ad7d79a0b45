/* Header constants against a profile, through a mapping file. */
#include "defines_check.h"

#include <inttypes.h>
#include <string.h>

#include "defines.h"
#include "expr.h"

static const char *bound_words(unsigned b)
{
  switch (b) {
  case MM_BOUND_START: return "start";
  case MM_BOUND_END: return "end (inclusive)";
  case MM_BOUND_END_EXCL: return "end (exclusive)";
  default: return "size";
  }
}

static uint64_t bound_value(const struct mm_region *r, unsigned b)
{
  switch (b) {
  case MM_BOUND_START: return r->start;
  case MM_BOUND_END: return r->end;
  case MM_BOUND_END_EXCL: return r->end + 1; /* 0 for the last region: 2^64 */
  default: return r->end - r->start + 1;
  }
}

static void one(const char *hpath, const struct mm_defines *ds, const struct mm_defmap *m,
                const struct mm_defmap_entry *e, const struct mm_profile *p, int ri,
                struct mm_findings *f, struct mm_defines_summary *s)
{
  const struct mm_define *d = mm_defines_find(ds, e->name, strlen(e->name));
  struct mm_expr_result r;
  uint64_t want;
  if (!d) {
    if (e->flags & MM_DEFMAP_OPTIONAL)
      s->absent++;
    else
      mm_findings_add(f, MM_LEVEL_FINDING, m->path, e->line, "missing",
                      "%s is not defined in %s", e->name, hpath);
    return;
  }
  if (d->function_like) {
    mm_findings_add(f, MM_LEVEL_UNUSABLE, hpath, d->line, "expr",
                    "%s is a function-like macro: it has no value", e->name);
    return;
  }
  mm_expr_eval(ds, d, &r);
  if (r.status == MM_EXPR_ERROR) {
    if (r.where == d)
      mm_findings_add(f, MM_LEVEL_UNUSABLE, hpath, r.where->line, r.rule,
                      "%s (in the definition of %s)", r.msg, e->name);
    else
      mm_findings_add(f, MM_LEVEL_UNUSABLE, hpath, r.where->line, r.rule,
                      "%s (in the definition of %.*s, needed by %s at line %u)", r.msg,
                      (int)r.where->name_n, r.where->name, e->name, d->line);
    return;
  }
  if (r.status == MM_EXPR_NONCONST) {
    char where[160] = "";
    if (r.where != d)
      snprintf(where, sizeof where, " (in the definition of %.*s at line %u)",
               (int)(r.where->name_n > 64 ? 64 : r.where->name_n), r.where->name,
               r.where->line);
    if (e->flags & MM_DEFMAP_RUNTIME) {
      s->runtime++;
      mm_findings_add(f, MM_LEVEL_NOTE, hpath, d->line, "runtime",
                      "%s is not a constant: it %s%s; the map marks it runtime (set at "
                      "boot), so it is not checked",
                      e->name, r.msg, where);
    } else {
      mm_findings_add(f, MM_LEVEL_FINDING, hpath, d->line, "not-constant",
                      "%s is not a constant: it %s%s; profile %s region '%s' %s is 0x%016" PRIx64
                      " (mark the name `runtime` in %s if the kernel sets it at boot)",
                      e->name, r.msg, where, p->name, e->region, bound_words(e->bound),
                      bound_value(&p->layout.region[ri], e->bound), m->path);
    }
    return;
  }
  want = bound_value(&p->layout.region[ri], e->bound);
  if (r.value != want)
    mm_findings_add(f, MM_LEVEL_FINDING, hpath, d->line, "mismatch",
                    "%s = 0x%016" PRIx64 " but profile %s region '%s' %s is 0x%016" PRIx64,
                    e->name, r.value, p->name, e->region, bound_words(e->bound), want);
  else
    s->matched++;
}

void mm_defines_compare(const char *hpath, const char *htext, size_t hlen,
                        const struct mm_defmap *m, const struct mm_profile *p,
                        struct mm_findings *f, struct mm_defines_summary *s)
{
  struct mm_defines ds;
  const char *why;
  int ri[MM_DEFMAP_MAX];
  mm_findings_init(f);
  memset(s, 0, sizeof *s);
  if (m->profile[0] && strcmp(m->profile, p->name) != 0)
    mm_findings_add(f, MM_LEVEL_UNUSABLE, m->path, m->profile_line, "profile",
                    "the map is for profile %s, not %s", m->profile, p->name);
  for (unsigned i = 0; i < m->n; i++) {
    ri[i] = mm_profile_find(p, m->e[i].region);
    if (ri[i] < 0)
      mm_findings_add(f, MM_LEVEL_UNUSABLE, m->path, m->e[i].line, "unknown-region",
                      "'%s' is not a region of profile %s", m->e[i].region, p->name);
  }
  if (f->nunusable)
    return;
  if (mm_defines_parse(&ds, htext, hlen, &why)) {
    mm_findings_add(f, MM_LEVEL_UNUSABLE, hpath, 0, "io", "%s", why);
    return;
  }
  for (unsigned i = 0; i < m->n; i++)
    one(hpath, &ds, m, &m->e[i], p, ri[i], f, s);
  mm_defines_free(&ds);
}

enum mm_load mm_defines_check(const char *hpath, const char *htext, size_t hlen,
                              const struct mm_defmap *m, const struct mm_profile *p,
                              FILE *out, FILE *err)
{
  static struct mm_findings f; /* large: not on the stack */
  struct mm_defines_summary s;
  int st;
  mm_defines_compare(hpath, htext, hlen, m, p, &f, &s);
  st = mm_findings_status(&f);
  fflush(out);
  mm_findings_print(err, hpath, &f);
  if (st == 0)
    fprintf(out, "%s: ok (%u names match profile %s, %u runtime not checked, %u optional "
                 "absent)\n",
            hpath, s.matched, p->name, s.runtime, s.absent);
  return (enum mm_load)st;
}
