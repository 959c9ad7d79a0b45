/* The mapping-file parser: one entry a line, bounded copies. */
#include "defmap.h"

#include <stdio.h>
#include <string.h>

#include "defines.h"
#include "text.h"

static const char *const bounds[] = {"start", "end", "end_excl", "size"};

const char *mm_bound_name(unsigned b)
{
  return b < 4 ? bounds[b] : "?";
}

static unsigned line_of(const char *text, size_t off)
{
  unsigned line = 1;
  for (size_t i = 0; i < off; i++)
    if (text[i] == '\n')
      line++;
  return line;
}

static int is_ident(struct mm_span t)
{
  if (t.n == 0 || !mm_ident_start(t.s[0]))
    return 0;
  for (size_t i = 1; i < t.n; i++)
    if (!mm_ident_char(t.s[i]))
      return 0;
  return 1;
}

static int is_region_name(struct mm_span t)
{
  if (t.n == 0)
    return 0;
  for (size_t i = 0; i < t.n; i++)
    if (!((t.s[i] >= 'a' && t.s[i] <= 'z') || (t.s[i] >= '0' && t.s[i] <= '9') ||
          t.s[i] == '_'))
      return 0;
  return 1;
}

static int is_profile_name(struct mm_span t)
{
  if (t.n == 0)
    return 0;
  for (size_t i = 0; i < t.n; i++)
    if (!((t.s[i] >= 'a' && t.s[i] <= 'z') || (t.s[i] >= '0' && t.s[i] <= '9') ||
          t.s[i] == '_' || t.s[i] == '-' || t.s[i] == '.'))
      return 0;
  return 1;
}

static void copy(char *dst, struct mm_span t)
{
  memcpy(dst, t.s, t.n);
  dst[t.n] = '\0';
}

static int entry(struct mm_defmap *m, struct mm_span rest, unsigned line, struct mm_diag *d)
{
  struct mm_span f[3], t;
  struct mm_defmap_entry *e;
  char q[80];
  int nf = 0;
  while (nf < 3 && mm_text_next(&rest, &f[nf]))
    nf++;
  if (nf < 3) {
    mm_diag_set(d, m->path, line, "syntax", "an entry is NAME REGION BOUND [FLAG...]");
    return -1;
  }
  if (!is_ident(f[0])) {
    mm_diag_set(d, m->path, line, "bad-name", "'%s' is not a C identifier",
                mm_diag_quote(q, sizeof q, f[0].s, f[0].n));
    return -1;
  }
  if (f[0].n >= MM_DEFMAP_NAME_MAX || f[1].n >= MM_REGION_NAME_MAX) {
    mm_diag_set(d, m->path, line, "too-long", "a name above %u bytes or a region name above %u",
                MM_DEFMAP_NAME_MAX - 1, MM_REGION_NAME_MAX - 1);
    return -1;
  }
  if (!is_region_name(f[1])) {
    mm_diag_set(d, m->path, line, "bad-name", "'%s' is not a region name (a-z 0-9 _)",
                mm_diag_quote(q, sizeof q, f[1].s, f[1].n));
    return -1;
  }
  for (unsigned i = 0; i < m->n; i++)
    if (strlen(m->e[i].name) == f[0].n && memcmp(m->e[i].name, f[0].s, f[0].n) == 0) {
      mm_diag_set(d, m->path, line, "duplicate-name", "'%s' is mapped already at line %u",
                  m->e[i].name, m->e[i].line);
      return -1;
    }
  if (m->n >= MM_DEFMAP_MAX) {
    mm_diag_set(d, m->path, line, "too-many", "more than %u entries", MM_DEFMAP_MAX);
    return -1;
  }
  e = &m->e[m->n];
  memset(e, 0, sizeof *e);
  e->bound = 4;
  for (unsigned b = 0; b < 4; b++)
    if (mm_text_is(f[2], bounds[b]))
      e->bound = b;
  if (e->bound == 4) {
    mm_diag_set(d, m->path, line, "unknown-bound",
                "'%s' is not a bound (start, end, end_excl or size)",
                mm_diag_quote(q, sizeof q, f[2].s, f[2].n));
    return -1;
  }
  while (mm_text_next(&rest, &t)) {
    if (mm_text_is(t, "optional"))
      e->flags |= MM_DEFMAP_OPTIONAL;
    else if (mm_text_is(t, "runtime"))
      e->flags |= MM_DEFMAP_RUNTIME;
    else {
      mm_diag_set(d, m->path, line, "unknown-flag", "'%s' is not a flag (optional, runtime)",
                  mm_diag_quote(q, sizeof q, t.s, t.n));
      return -1;
    }
  }
  copy(e->name, f[0]);
  copy(e->region, f[1]);
  e->line = line;
  m->n++;
  return 0;
}

int mm_defmap_parse(struct mm_defmap *m, const char *path, const char *text, size_t len,
                    struct mm_diag *d)
{
  size_t pos = 0, bad;
  unsigned line = 0;
  memset(m, 0, sizeof *m);
  snprintf(m->path, sizeof m->path, "%s", path);
  bad = mm_text_first_bad(text, len);
  if (bad < len) {
    mm_diag_set(d, m->path, line_of(text, bad), "binary",
                "byte 0x%02x at offset %zu is not text (NUL, control or invalid UTF-8)",
                (unsigned)(unsigned char)text[bad], bad);
    return -1;
  }
  while (pos < len) {
    const char *nl = memchr(text + pos, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
    const char *hash = memchr(text + pos, '#', n);
    struct mm_span rest = {text + pos, hash ? (size_t)(hash - (text + pos)) : n}, t;
    line++;
    pos += n + 1;
    if (rest.n > 0 && rest.s[rest.n - 1] == '\r')
      rest.n--;
    {
      struct mm_span look = rest;
      if (!mm_text_next(&look, &t))
        continue;
      if (mm_text_is(t, "profile")) {
        struct mm_span v, extra;
        char q[80];
        if (m->profile_line) {
          mm_diag_set(d, m->path, line, "duplicate-key", "a second `profile` (the first at "
                      "line %u)", m->profile_line);
          return -1;
        }
        if (m->n) {
          mm_diag_set(d, m->path, line, "order", "`profile` after the first entry");
          return -1;
        }
        if (!mm_text_next(&look, &v) || mm_text_next(&look, &extra)) {
          mm_diag_set(d, m->path, line, "syntax", "`profile` takes one profile name");
          return -1;
        }
        if (!is_profile_name(v) || v.n >= MM_PROFILE_NAME_MAX) {
          mm_diag_set(d, m->path, line, "bad-name", "'%s' is not a profile name",
                      mm_diag_quote(q, sizeof q, v.s, v.n));
          return -1;
        }
        copy(m->profile, v);
        m->profile_line = line;
        continue;
      }
    }
    if (entry(m, rest, line, d))
      return -1;
  }
  if (m->n == 0) {
    mm_diag_set(d, m->path, line ? line : 1, "empty", "no entries (NAME REGION BOUND)");
    return -1;
  }
  return 0;
}
