/* Reading `#define` lines: one pass that blanks comments (outside string and
 * character literals) and joins backslash-newline continuations into logical
 * lines, then one pass over the logical lines for `#define` and `#undef`. */
#include "defines.h"

#include <stdlib.h>
#include <string.h>

int mm_ident_start(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

int mm_ident_char(char c)
{
  return mm_ident_start(c) || (c >= '0' && c <= '9');
}

static int blank(char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static uint32_t hash_name(const char *s, size_t n)
{
  uint32_t h = 2166136261u; /* FNV-1a */
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static int same_name(const struct mm_define *d, const char *s, size_t n)
{
  return d->name_n == n && memcmp(d->name, s, n) == 0;
}

const struct mm_define *mm_defines_find(const struct mm_defines *ds, const char *name, size_t n)
{
  uint32_t h;
  if (!ds->hash || ds->hash_cap == 0)
    return NULL;
  h = hash_name(name, n) & (ds->hash_cap - 1);
  for (unsigned k = 0; k < ds->hash_cap; k++) {
    unsigned slot = ds->hash[(h + k) & (ds->hash_cap - 1)];
    if (slot == 0)
      return NULL;
    if (same_name(&ds->def[slot - 1], name, n))
      return ds->def[slot - 1].dead ? NULL : &ds->def[slot - 1];
  }
  return NULL;
}

/* Point the name's hash slot at definition i (a redefinition replaces the
 * older one, which is marked dead). */
static void hash_put(struct mm_defines *ds, unsigned i)
{
  const struct mm_define *d = &ds->def[i];
  uint32_t h = hash_name(d->name, d->name_n) & (ds->hash_cap - 1);
  for (unsigned k = 0; k < ds->hash_cap; k++) {
    unsigned *slot = &ds->hash[(h + k) & (ds->hash_cap - 1)];
    if (*slot == 0) {
      *slot = i + 1;
      return;
    }
    if (same_name(&ds->def[*slot - 1], d->name, d->name_n)) {
      ds->def[*slot - 1].dead = 1;
      *slot = i + 1;
      return;
    }
  }
}

static void undef(struct mm_defines *ds, const char *s, size_t n)
{
  const struct mm_define *d = mm_defines_find(ds, s, n);
  if (d)
    ds->def[d - ds->def].dead = 1;
}

/* Room for more definitions: def doubled (up to MM_DEFINES_MAX) and the
 * index rebuilt at four times that size. */
static int grow(struct mm_defines *ds, unsigned *cap, const char **why)
{
  unsigned ncap;
  struct mm_define *nd;
  unsigned *nh;
  if (*cap >= MM_DEFINES_MAX) {
    *why = "more definitions than mmspec keeps";
    return -1;
  }
  ncap = *cap * 2 > MM_DEFINES_MAX ? MM_DEFINES_MAX : *cap * 2;
  nd = realloc(ds->def, sizeof *nd * ncap);
  if (!nd)
    return -1;
  ds->def = nd;
  nh = calloc((size_t)ncap * 4, sizeof *nh);
  if (!nh)
    return -1;
  free(ds->hash);
  ds->hash = nh;
  ds->hash_cap = ncap * 4;
  for (unsigned i = 0; i < ds->n; i++)
    if (!ds->def[i].dead)
      hash_put(ds, i);
  *cap = ncap;
  return 0;
}

/* The logical line s[0..n) starting on physical line `line`. */
static int directive(struct mm_defines *ds, const char *s, size_t n, unsigned line,
                     unsigned cap)
{
  size_t i = 0, a;
  int is_undef;
  struct mm_define *d;
  while (i < n && blank(s[i]))
    i++;
  if (i >= n || s[i] != '#')
    return 0;
  i++;
  while (i < n && blank(s[i]))
    i++;
  a = i;
  while (i < n && mm_ident_char(s[i]))
    i++;
  if (i - a == 6 && memcmp(s + a, "define", 6) == 0)
    is_undef = 0;
  else if (i - a == 5 && memcmp(s + a, "undef", 5) == 0)
    is_undef = 1;
  else
    return 0;
  if (i >= n || !blank(s[i]))
    return 0;
  while (i < n && blank(s[i]))
    i++;
  if (i >= n || !mm_ident_start(s[i]))
    return 0; /* not a simple define: ignored */
  a = i;
  while (i < n && mm_ident_char(s[i]))
    i++;
  if (is_undef) {
    undef(ds, s + a, i - a);
    return 0;
  }
  if (ds->n >= cap)
    return -1;
  d = &ds->def[ds->n];
  memset(d, 0, sizeof *d);
  d->name = s + a;
  d->name_n = i - a;
  d->line = line;
  if (i < n && s[i] == '(') {
    d->function_like = 1;
    i++;
    for (;;) {
      while (i < n && blank(s[i]))
        i++;
      if (i < n && s[i] == ')' && d->nparams == 0 && !d->variadic) {
        i++;
        break;
      }
      if (i + 2 < n && s[i] == '.' && s[i + 1] == '.' && s[i + 2] == '.') {
        d->variadic = 1;
        i += 3;
      } else if (i < n && mm_ident_start(s[i])) {
        a = i;
        while (i < n && mm_ident_char(s[i]))
          i++;
        if (d->nparams >= MM_DEFINE_PARAMS_MAX)
          d->variadic = 1; /* too many to expand: treated like `...` */
        else {
          d->param[d->nparams].s = s + a;
          d->param[d->nparams].n = i - a;
          d->nparams++;
        }
      } else {
        return 0; /* malformed parameter list: ignored */
      }
      while (i < n && blank(s[i]))
        i++;
      if (i < n && s[i] == ',') {
        i++;
        continue;
      }
      if (i < n && s[i] == ')') {
        i++;
        break;
      }
      return 0;
    }
  } else if (i < n && !blank(s[i])) {
    return 0; /* `#define A+1`: not a simple define */
  }
  while (i < n && blank(s[i]))
    i++;
  while (n > i && blank(s[n - 1]))
    n--;
  d->body = s + i;
  d->body_n = n - i;
  hash_put(ds, ds->n);
  ds->n++;
  return 0;
}

int mm_defines_parse(struct mm_defines *ds, const char *text, size_t len, const char **why)
{
  size_t o = 0, start = 0;
  unsigned line = 1, start_line = 1, cap = 64;
  int in_block = 0;
  char quote = 0;
  memset(ds, 0, sizeof *ds);
  *why = "out of memory";
  ds->clean = malloc(len + 1);
  ds->def = malloc(sizeof *ds->def * cap);
  ds->hash_cap = cap * 4;
  ds->hash = calloc(ds->hash_cap, sizeof *ds->hash);
  if (!ds->clean || !ds->def || !ds->hash)
    goto fail;
  /* Pass 1: blank comments, join continuations; a logical line ends at a
   * newline that is neither escaped nor inside a block comment. Each logical
   * line is handed to directive() as soon as it ends. */
  for (size_t i = 0; i <= len; i++) {
    char c = i < len ? text[i] : '\n';
    if (i == len && o == start)
      break;
    if (in_block) {
      if (c == '*' && i + 1 < len && text[i + 1] == '/') {
        in_block = 0;
        ds->clean[o++] = ' ';
        i++;
      } else if (c == '\n') {
        line++;
      }
      continue;
    }
    if (c == '\\' && i + 1 < len && text[i + 1] == '\n') {
      i++;
      line++;
      continue;
    }
    if (c == '\\' && i + 2 < len && text[i + 1] == '\r' && text[i + 2] == '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c == '\n') {
      quote = 0;
      if (ds->n >= cap && grow(ds, &cap, why))
        goto fail;
      ds->clean[o] = '\n';
      if (directive(ds, ds->clean + start, o - start, start_line, cap) < 0)
        goto fail;
      o++;
      start = o;
      line++;
      start_line = line;
      continue;
    }
    if (quote) {
      if (c == '\\' && i + 1 < len && text[i + 1] != '\n') {
        ds->clean[o++] = c;
        c = text[++i];
      } else if (c == quote) {
        quote = 0;
      }
      ds->clean[o++] = c;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '/' && i + 1 < len && text[i + 1] == '*') {
      in_block = 1;
      i++;
      continue;
    } else if (c == '/' && i + 1 < len && text[i + 1] == '/') {
      while (i + 1 < len && text[i + 1] != '\n')
        i++;
      continue;
    }
    ds->clean[o++] = c;
  }
  ds->clean_n = o;
  return 0;
fail:
  mm_defines_free(ds);
  return -1;
}

void mm_defines_free(struct mm_defines *ds)
{
  free(ds->clean);
  free(ds->def);
  free(ds->hash);
  memset(ds, 0, sizeof *ds);
}
