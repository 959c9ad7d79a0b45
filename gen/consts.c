/* The constants and facts of a layout for the `c` and `rust` formats. The
 * canonical-half bounds and the physical limit come from the proven core. */
#include "consts.h"

#include <ctype.h>
#include <stdarg.h>
#include <string.h>

#include "canonical.h"
#include "direct_map.h"

struct level {
  const char *name;
  unsigned shift;
};

/* The paging levels, lowest first; the top one is always PGD. */
static const struct level levels4[] = {{"PTE", 12}, {"PMD", 21}, {"PUD", 30}, {"PGD", 39}};
static const struct level levels5[] = {
  {"PTE", 12}, {"PMD", 21}, {"PUD", 30}, {"P4D", 39}, {"PGD", 48}};

static const struct level *levels_of(const struct mm_profile *p, size_t *n)
{
  if (p->layout.levels == 5u) {
    *n = sizeof levels5 / sizeof levels5[0];
    return levels5;
  }
  *n = sizeof levels4 / sizeof levels4[0];
  return levels4;
}

static uint32_t nregions(const struct mm_profile *p)
{
  return p->layout.nregions <= MM_MAX_REGIONS ? p->layout.nregions : MM_MAX_REGIONS;
}

static unsigned top_shift(const struct mm_profile *p)
{
  return p->layout.levels == 5u ? 48u : 39u;
}

void mm_consts_region_prefix(char *dst, size_t cap, const struct mm_profile *p, uint32_t i)
{
  snprintf(dst, cap, "MMSPEC_%s", p->rname[i]);
  for (char *s = dst; *s; s++)
    *s = (char)toupper((unsigned char)*s);
}

#if defined(__GNUC__)
__attribute__((format(printf, 6, 7)))
#endif
static struct mm_const *add(struct mm_consts *cs, uint64_t v, int hex, const char *group,
                            int region, const char *fmt, ...)
{
  struct mm_const *c;
  va_list ap;
  if (cs->n >= MM_CONSTS_MAX)
    return NULL;
  c = &cs->c[cs->n++];
  va_start(ap, fmt);
  vsnprintf(c->name, sizeof c->name, fmt, ap);
  va_end(ap);
  c->value = v;
  c->hex = hex;
  c->group = group;
  c->region = region;
  return c;
}

void mm_consts_build(struct mm_consts *cs, const struct mm_profile *p)
{
  const struct mm_layout *l = &p->layout;
  size_t nl;
  const struct level *lv = levels_of(p, &nl);
  unsigned top = top_shift(p);
  cs->n = 0;
  add(cs, l->va_bits, 0, "parameters", -1, "MMSPEC_VA_BITS");
  add(cs, l->levels, 0, NULL, -1, "MMSPEC_LEVELS");
  add(cs, l->pa_bits, 0, NULL, -1, "MMSPEC_PA_BITS");
  add(cs, nregions(p), 0, NULL, -1, "MMSPEC_NREGIONS");
  add(cs, l->page_offset, 1, NULL, -1, "MMSPEC_PAGE_OFFSET");
  add(cs, mm_phys_limit(l->pa_bits), 1, NULL, -1, "MMSPEC_PHYS_LIMIT");
  add(cs, mm_hole_start(l->va_bits), 1, NULL, -1, "MMSPEC_CANONICAL_LOW_LIMIT");
  add(cs, mm_hole_end(l->va_bits) + 1u, 1, NULL, -1, "MMSPEC_CANONICAL_HIGH_BASE");
  for (size_t k = 0; k < nl; k++) {
    uint64_t size = UINT64_C(1) << lv[k].shift;
    add(cs, lv[k].shift, 0, k == 0 ? "paging levels" : NULL, -1, "MMSPEC_%s_SHIFT",
        lv[k].name);
    add(cs, size, 1, NULL, -1, "MMSPEC_%s_SIZE", lv[k].name);
    add(cs, ~(size - 1u), 1, NULL, -1, "MMSPEC_%s_MASK", lv[k].name);
  }
  for (uint32_t i = 0; i < nregions(p); i++) {
    const struct mm_region *r = &l->region[i];
    char pre[MM_CONST_NAME_MAX];
    mm_consts_region_prefix(pre, sizeof pre, p, i);
    add(cs, r->start, 1, i == 0 ? "regions" : NULL, (int)i, "%s_START", pre);
    add(cs, r->end, 1, NULL, (int)i, "%s_END", pre);
    add(cs, r->end - r->start + 1u, 1, NULL, (int)i, "%s_SIZE", pre);
    add(cs, r->align, 1, NULL, (int)i, "%s_ALIGN", pre);
    add(cs, (r->start >> top) % 512u, 0, NULL, (int)i, "%s_PGD_SLOT", pre);
  }
}

int mm_consts_check(const struct mm_profile *p, struct mm_diag *d)
{
  static struct mm_consts cs;
  for (uint32_t i = 0; i < nregions(p); i++) {
    const struct mm_region *r = &p->layout.region[i];
    if (r->end - r->start == UINT64_MAX) {
      mm_diag_set(d, p->path, p->rline[i], "size",
                  "region '%s' covers all of 2^64 bytes: its _SIZE does not fit in 64 bits",
                  p->rname[i]);
      return -1;
    }
  }
  mm_consts_build(&cs, p);
  for (size_t a = 0; a < cs.n; a++)
    for (size_t b = a + 1; b < cs.n; b++) {
      if (strcmp(cs.c[a].name, cs.c[b].name) != 0)
        continue;
      int r = cs.c[b].region >= 0 ? cs.c[b].region : cs.c[a].region;
      int other = cs.c[a].region >= 0 && cs.c[a].region != r ? cs.c[a].region : -1;
      if (other >= 0)
        mm_diag_set(d, p->path, p->rline[r], "name-clash",
                    "region '%s' would define %s, as region '%s' does (rename one of them)",
                    p->rname[r], cs.c[b].name, p->rname[other]);
      else
        mm_diag_set(d, p->path, r >= 0 ? p->rline[r] : p->header_line, "name-clash",
                    "region '%s' would define %s, which is already a paging-level or "
                    "parameter constant (rename the region)",
                    r >= 0 ? p->rname[r] : "?", cs.c[b].name);
      return -1;
    }
  return 0;
}

#if defined(__GNUC__)
__attribute__((format(printf, 6, 7)))
#endif
static void fact(FILE *out, mm_fact_fn put, const char *id, uint32_t i, const char *msg,
                 const char *fmt, ...)
{
  char idb[32], expr[512];
  va_list ap;
  snprintf(idb, sizeof idb, "%s_%u", id, (unsigned)i);
  va_start(ap, fmt);
  vsnprintf(expr, sizeof expr, fmt, ap);
  va_end(ap);
  put(out, idb, expr, msg);
}

void mm_facts(FILE *out, const struct mm_profile *p, const char *u64max, mm_fact_fn put)
{
  const struct mm_layout *l = &p->layout;
  uint32_t n = nregions(p);
  char a[MM_CONST_NAME_MAX], b[MM_CONST_NAME_MAX], msg[160];
  int dm = -1;
  for (uint32_t i = 0; i < n; i++) {
    const struct mm_region *r = &l->region[i];
    const char *nm = p->rname[i];
    mm_consts_region_prefix(a, sizeof a, p, i);
    snprintf(msg, sizeof msg, "%s: start <= end", nm);
    fact(out, put, "range", i, msg, "%s_START <= %s_END", a, a);
    snprintf(msg, sizeof msg, "%s: size == end - start + 1", nm);
    fact(out, put, "size", i, msg, "%s_SIZE == %s_END - %s_START + 1", a, a, a);
    snprintf(msg, sizeof msg, "%s: start and end + 1 aligned", nm);
    fact(out, put, "align", i, msg, "%s_START %% %s_ALIGN == 0 && %s_END %% %s_ALIGN == %s_ALIGN - 1",
         a, a, a, a, a);
    if (r->kind == MM_KIND_NONCANONICAL) {
      snprintf(msg, sizeof msg, "%s: exactly the non-canonical hole", nm);
      fact(out, put, "canonical", i, msg,
           "%s_START == MMSPEC_CANONICAL_LOW_LIMIT && %s_END == MMSPEC_CANONICAL_HIGH_BASE - 1",
           a, a);
    } else {
      snprintf(msg, sizeof msg, "%s: wholly in one canonical half", nm);
      fact(out, put, "canonical", i, msg,
           "%s_END < MMSPEC_CANONICAL_LOW_LIMIT || %s_START >= MMSPEC_CANONICAL_HIGH_BASE", a, a);
    }
    snprintf(msg, sizeof msg, "%s: top-level slot of its start", nm);
    fact(out, put, "slot", i, msg, "%s_PGD_SLOT == %s_START / MMSPEC_PGD_SIZE %% 512", a, a);
    if (r->kind == MM_KIND_DIRECT_MAP && dm < 0)
      dm = (int)i;
  }
  if (n > 0) {
    mm_consts_region_prefix(a, sizeof a, p, 0);
    snprintf(msg, sizeof msg, "%s: the first region starts at 0", p->rname[0]);
    fact(out, put, "first", 0, msg, "%s_START == 0", a);
  }
  for (uint32_t i = 1; i < n; i++) {
    mm_consts_region_prefix(a, sizeof a, p, i - 1);
    mm_consts_region_prefix(b, sizeof b, p, i);
    snprintf(msg, sizeof msg, "%s and %s are disjoint", p->rname[i - 1], p->rname[i]);
    fact(out, put, "disjoint", i, msg, "%s_END < %s_START", a, b);
    snprintf(msg, sizeof msg, "%s starts right after %s", p->rname[i], p->rname[i - 1]);
    fact(out, put, "order", i, msg, "%s_END < %s_START && %s_START - %s_END == 1", a, b, b, a);
  }
  if (n > 0) {
    mm_consts_region_prefix(a, sizeof a, p, n - 1);
    snprintf(msg, sizeof msg, "%s: the last region ends at 2^64 - 1", p->rname[n - 1]);
    fact(out, put, "last", n - 1, msg, "%s_END == %s", a, u64max);
  }
  if (dm >= 0) {
    mm_consts_region_prefix(a, sizeof a, p, (uint32_t)dm);
    snprintf(msg, sizeof msg, "%s: the direct map starts at page-offset", p->rname[dm]);
    fact(out, put, "dm_base", (uint32_t)dm, msg, "%s_START == MMSPEC_PAGE_OFFSET", a);
    /* Every profile's direct map covers 2^pa-bits (the validator's rule
     * dm-size); a layout randomized by `mmspec kaslr` has the smaller direct
     * map kaslr.c sizes by the memory (docs/kaslr.md), and no such fact. */
    if (p->layout.region[dm].end - p->layout.region[dm].start + 1 >=
        mm_phys_limit(p->layout.pa_bits)) {
      snprintf(msg, sizeof msg, "%s: the direct map covers 2^pa-bits bytes", p->rname[dm]);
      fact(out, put, "dm_size", (uint32_t)dm, msg, "%s_SIZE >= MMSPEC_PHYS_LIMIT", a);
    }
  }
}

int mm_utf8_ok(const char *str)
{
  const unsigned char *s = (const unsigned char *)str;
  while (*s) {
    unsigned c = *s, n, min;
    uint32_t cp;
    if (c < 0x80) {
      s++;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      min = 0x80;
      cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      min = 0x800;
      cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      min = 0x10000;
      cp = c & 0x07u;
    } else {
      return 0;
    }
    for (unsigned k = 1; k <= n; k++) {
      if ((s[k] & 0xC0u) != 0x80u)
        return 0;
      cp = (cp << 6) | (s[k] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFFu || (cp >= 0xD800u && cp <= 0xDFFFu))
      return 0;
    s += n + 1;
  }
  return 1;
}

void mm_put_comment_text(FILE *out, const char *s)
{
  char prev = 0;
  int utf8 = mm_utf8_ok(s);
  for (; *s; s++) {
    char c = *s;
    if ((unsigned char)c < 0x20 || c == 0x7F || c == '\\' || ((unsigned char)c >= 0x80 && !utf8))
      c = '?';
    /* Break comment delimiters and trigraphs (ISO C90 modes expand them, even
     * in comments, where ??/ would splice lines). */
    if ((prev == '/' && (c == '*' || c == '/')) || (prev == '*' && c == '/') ||
        (prev == '?' && c == '?'))
      putc(' ', out);
    putc(c, out);
    prev = c;
  }
}

void mm_put_markup_comment_text(FILE *out, const char *s)
{
  char prev = 0;
  int utf8 = mm_utf8_ok(s);
  for (; *s; s++) {
    char c = *s;
    if ((unsigned char)c < 0x20 || c == 0x7F || ((unsigned char)c >= 0x80 && !utf8))
      c = '?';
    if (prev == '-' && c == '-')
      putc(' ', out);
    putc(c, out);
    prev = c;
  }
}
