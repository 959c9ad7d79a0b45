/* The .layout parser: one pass over the lines, then the flag lists are
 * resolved against the regions read. Stops at the first error. */
#include "profile.h"

#include <string.h>

#include "kinds.h"
#include "number.h"
#include "text.h"

static const char *const key_names[MM_KEY_COUNT] = {
  [MM_KEY_PROFILE] = "profile",     [MM_KEY_TITLE] = "title",
  [MM_KEY_VA_BITS] = "va-bits",     [MM_KEY_LEVELS] = "levels",
  [MM_KEY_PA_BITS] = "pa-bits",     [MM_KEY_PAGE_OFFSET] = "page-offset",
  [MM_KEY_RANDOMIZE] = "randomize", [MM_KEY_OWN_PGD] = "own-pgd",
  [MM_KEY_LAZY_SYNC] = "lazy-sync",
};

/* The keys a profile must have, in the order their absence is reported. */
static const enum mm_key required[] = {
  MM_KEY_PROFILE, MM_KEY_VA_BITS, MM_KEY_LEVELS, MM_KEY_PA_BITS, MM_KEY_PAGE_OFFSET,
};

struct parser {
  struct mm_profile *p;
  struct mm_diag *d;
  unsigned line;
  struct mm_span flags[3]; /* the names after randomize / own-pgd / lazy-sync */
};

/* Quote a token for a message (bounded). */
#define QUOTE(buf, sp) mm_diag_quote((buf), sizeof(buf), (sp).s, (sp).n)

const char *mm_key_name(enum mm_key k)
{
  return (unsigned)k < MM_KEY_COUNT ? key_names[k] : "?";
}

int mm_profile_find(const struct mm_profile *p, const char *name)
{
  for (uint32_t i = 0; i < p->layout.nregions && i < MM_MAX_REGIONS; i++)
    if (strcmp(p->rname[i], name) == 0)
      return (int)i;
  return -1;
}

static int fail_at(struct parser *ps, unsigned line, const char *rule, const char *msg)
{
  mm_diag_set(ps->d, ps->p->path, line, rule, "%s", msg);
  return -1;
}

/* Copy a span into a NUL-terminated field of size cap; -1 when too long. */
static int copy_field(char *dst, size_t cap, struct mm_span sp)
{
  if (sp.n >= cap)
    return -1;
  memcpy(dst, sp.s, sp.n);
  dst[sp.n] = '\0';
  return 0;
}

static int region_name_char(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

static int profile_name_char(char c)
{
  return region_name_char(c) || c == '-' || c == '.';
}

static int all_chars(struct mm_span sp, int (*ok)(char))
{
  for (size_t i = 0; i < sp.n; i++)
    if (!ok(sp.s[i]))
      return 0;
  return sp.n > 0;
}

/* Parse a number token; what names the field in messages. */
static int number(struct parser *ps, struct mm_span tok, const char *what, uint64_t *v)
{
  char q[48];
  switch (mm_number_parse(tok, v)) {
  case MM_NUMBER_OK:
    return 0;
  case MM_NUMBER_OVERFLOW:
    mm_diag_set(ps->d, ps->p->path, ps->line, "overflow",
                "%s '%s' does not fit in 64 bits", what, QUOTE(q, tok));
    return -1;
  default:
    mm_diag_set(ps->d, ps->p->path, ps->line, "number",
                "%s '%s' is not a number: numbers are hex with a 0x prefix", what,
                QUOTE(q, tok));
    return -1;
  }
}

/* The single value of key k: exactly one token. */
static int one_token(struct parser *ps, enum mm_key k, struct mm_span rest,
                     struct mm_span *tok)
{
  struct mm_span extra;
  if (!mm_text_next(&rest, tok)) {
    mm_diag_set(ps->d, ps->p->path, ps->line, "syntax", "'%s' needs a value",
                key_names[k]);
    return -1;
  }
  if (mm_text_next(&rest, &extra)) {
    char q[48];
    mm_diag_set(ps->d, ps->p->path, ps->line, "syntax",
                "'%s' takes one value; '%s' is one too many", key_names[k],
                QUOTE(q, extra));
    return -1;
  }
  return 0;
}

static int key_u32(struct parser *ps, enum mm_key k, struct mm_span rest, uint32_t *out)
{
  struct mm_span tok;
  uint64_t v;
  if (one_token(ps, k, rest, &tok) || number(ps, tok, key_names[k], &v))
    return -1;
  if (v > 0xFFFFFFFFu) {
    char q[48];
    mm_diag_set(ps->d, ps->p->path, ps->line, "overflow",
                "%s '%s' does not fit in 32 bits", key_names[k], QUOTE(q, tok));
    return -1;
  }
  *out = (uint32_t)v;
  return 0;
}

static int key_profile(struct parser *ps, struct mm_span rest)
{
  struct mm_span tok;
  char q[48];
  if (one_token(ps, MM_KEY_PROFILE, rest, &tok))
    return -1;
  if (!all_chars(tok, profile_name_char)) {
    mm_diag_set(ps->d, ps->p->path, ps->line, "bad-name",
                "profile name '%s' may only use a-z 0-9 _ - .", QUOTE(q, tok));
    return -1;
  }
  if (copy_field(ps->p->name, sizeof ps->p->name, tok)) {
    mm_diag_set(ps->d, ps->p->path, ps->line, "too-long",
                "profile name '%s' is longer than %u bytes", QUOTE(q, tok),
                (unsigned)sizeof ps->p->name - 1);
    return -1;
  }
  return 0;
}

static int key_title(struct parser *ps, struct mm_span rest)
{
  struct mm_span t = mm_text_trim(rest);
  if (t.n == 0)
    return fail_at(ps, ps->line, "syntax", "'title' needs a value");
  if (copy_field(ps->p->title, sizeof ps->p->title, t)) {
    mm_diag_set(ps->d, ps->p->path, ps->line, "too-long",
                "title is %zu bytes, longer than %u", t.n,
                (unsigned)sizeof ps->p->title - 1);
    return -1;
  }
  return 0;
}

static int key_flags(struct parser *ps, enum mm_key k, struct mm_span rest)
{
  struct mm_span t = mm_text_trim(rest);
  if (t.n == 0) {
    mm_diag_set(ps->d, ps->p->path, ps->line, "syntax", "'%s' needs one or more region names",
                key_names[k]);
    return -1;
  }
  ps->flags[k - MM_KEY_RANDOMIZE] = t;
  return 0;
}

static int header_key(struct parser *ps, enum mm_key k, struct mm_span rest)
{
  struct mm_profile *p = ps->p;
  if (p->key_line[k]) {
    mm_diag_set(ps->d, p->path, ps->line, "duplicate-key", "'%s' was already given on line %u",
                key_names[k], p->key_line[k]);
    return -1;
  }
  if (p->layout.nregions > 0) {
    mm_diag_set(ps->d, p->path, ps->line, "order",
                "header key '%s' after the first region (line %u): header keys come first",
                key_names[k], p->rline[0]);
    return -1;
  }
  p->key_line[k] = ps->line;
  switch (k) {
  case MM_KEY_PROFILE:
    p->header_line = ps->line;
    return key_profile(ps, rest);
  case MM_KEY_TITLE:
    return key_title(ps, rest);
  case MM_KEY_VA_BITS:
    return key_u32(ps, k, rest, &p->layout.va_bits);
  case MM_KEY_LEVELS:
    return key_u32(ps, k, rest, &p->layout.levels);
  case MM_KEY_PA_BITS:
    return key_u32(ps, k, rest, &p->layout.pa_bits);
  case MM_KEY_PAGE_OFFSET: {
    struct mm_span tok;
    if (one_token(ps, k, rest, &tok))
      return -1;
    return number(ps, tok, key_names[k], &p->layout.page_offset);
  }
  default:
    return key_flags(ps, k, rest);
  }
}

/* region START END KIND ALIGN NAME DESCRIPTION... */
static int region_line(struct parser *ps, struct mm_span rest)
{
  struct mm_profile *p = ps->p;
  struct mm_span start, end, kind, align, name;
  struct mm_region *r;
  uint32_t i = p->layout.nregions;
  char q[48];
  if (i >= MM_MAX_REGIONS) {
    mm_diag_set(ps->d, p->path, ps->line, "too-many-regions",
                "more than %u regions", (unsigned)MM_MAX_REGIONS);
    return -1;
  }
  if (!mm_text_next(&rest, &start) || !mm_text_next(&rest, &end) ||
      !mm_text_next(&rest, &kind) || !mm_text_next(&rest, &align) ||
      !mm_text_next(&rest, &name))
    return fail_at(ps, ps->line, "syntax",
                   "a region line is: region START END KIND ALIGN NAME [DESCRIPTION]");
  r = &p->layout.region[i];
  if (number(ps, start, "start", &r->start) || number(ps, end, "end", &r->end))
    return -1;
  if (mm_kind_lookup(kind.s, kind.n, &r->kind)) {
    mm_diag_set(ps->d, p->path, ps->line, "unknown-kind", "unknown kind '%s'",
                QUOTE(q, kind));
    return -1;
  }
  r->align = mm_align_lookup(align.s, align.n);
  if (r->align == 0) {
    mm_diag_set(ps->d, p->path, ps->line, "unknown-align",
                "unknown alignment '%s' (one of 4k 2m 1g 512g 256t)", QUOTE(q, align));
    return -1;
  }
  if (!all_chars(name, region_name_char)) {
    mm_diag_set(ps->d, p->path, ps->line, "bad-name",
                "region name '%s' may only use a-z 0-9 _", QUOTE(q, name));
    return -1;
  }
  if (copy_field(p->rname[i], sizeof p->rname[i], name)) {
    mm_diag_set(ps->d, p->path, ps->line, "too-long",
                "region name '%s' is longer than %u bytes", QUOTE(q, name),
                (unsigned)sizeof p->rname[i] - 1);
    return -1;
  }
  for (uint32_t j = 0; j < i; j++) {
    if (strcmp(p->rname[j], p->rname[i]) == 0) {
      mm_diag_set(ps->d, p->path, ps->line, "duplicate-name",
                  "region name '%s' is already used on line %u", p->rname[i], p->rline[j]);
      return -1;
    }
  }
  rest = mm_text_trim(rest);
  if (copy_field(p->rdesc[i], sizeof p->rdesc[i], rest)) {
    mm_diag_set(ps->d, p->path, ps->line, "too-long",
                "description of '%s' is %zu bytes, longer than %u", p->rname[i], rest.n,
                (unsigned)sizeof p->rdesc[i] - 1);
    return -1;
  }
  p->rline[i] = ps->line;
  p->layout.nregions = i + 1;
  return 0;
}

/* One line, without its line feed. */
static int parse_line(struct parser *ps, struct mm_span line)
{
  const char *hash = memchr(line.s, '#', line.n);
  struct mm_span rest, key;
  char q[48];
  if (hash)
    line.n = (size_t)(hash - line.s);
  if (line.n > 0 && line.s[line.n - 1] == '\r')
    line.n--;
  rest = line;
  if (!mm_text_next(&rest, &key))
    return 0; /* blank or comment */
  if (mm_text_is(key, "region"))
    return region_line(ps, rest);
  for (int k = 0; k < MM_KEY_COUNT; k++)
    if (mm_text_is(key, key_names[k]))
      return header_key(ps, (enum mm_key)k, rest);
  mm_diag_set(ps->d, ps->p->path, ps->line, "unknown-key", "unknown key '%s'", QUOTE(q, key));
  return -1;
}

/* Set the flag of every region named in the list of key k. */
static int resolve_flags(struct parser *ps, enum mm_key k)
{
  struct mm_profile *p = ps->p;
  struct mm_span rest = ps->flags[k - MM_KEY_RANDOMIZE], tok;
  uint32_t seen = 0; /* bit i: region i already listed */
  char q[48];
  while (mm_text_next(&rest, &tok)) {
    int found = -1;
    for (uint32_t i = 0; i < p->layout.nregions; i++)
      if (mm_text_is(tok, p->rname[i]))
        found = (int)i;
    if (found < 0) {
      mm_diag_set(ps->d, p->path, p->key_line[k], "unknown-region",
                  "'%s' names no region: '%s'", key_names[k], QUOTE(q, tok));
      return -1;
    }
    if (seen & (1u << found)) {
      mm_diag_set(ps->d, p->path, p->key_line[k], "duplicate-name",
                  "'%s' lists '%s' twice", key_names[k], p->rname[found]);
      return -1;
    }
    seen |= 1u << found;
    struct mm_region *r = &p->layout.region[found];
    if (k == MM_KEY_RANDOMIZE)
      r->randomized = 1;
    else if (k == MM_KEY_OWN_PGD)
      r->own_pgd = 1;
    else
      r->lazy_sync = 1;
  }
  return 0;
}

/* The checks that need the whole file. */
static int finish(struct parser *ps)
{
  struct mm_profile *p = ps->p;
  if (p->layout.nregions == 0)
    return fail_at(ps, p->last_line, "empty", "the profile has no regions");
  for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
    enum mm_key k = required[i];
    if (!p->key_line[k]) {
      mm_diag_set(ps->d, p->path, p->rline[0], "missing-key",
                  "the header (ending at the first region) has no '%s'", key_names[k]);
      return -1;
    }
  }
  for (enum mm_key k = MM_KEY_RANDOMIZE; k <= MM_KEY_LAZY_SYNC; k++)
    if (p->key_line[k] && resolve_flags(ps, k))
      return -1;
  return 0;
}

static unsigned line_of(const char *text, size_t off)
{
  unsigned line = 1;
  for (size_t i = 0; i < off; i++)
    if (text[i] == '\n')
      line++;
  return line;
}

int mm_profile_parse(struct mm_profile *p, const char *path, const char *text, size_t len,
                     struct mm_diag *d)
{
  struct parser ps;
  size_t bad, pos = 0;
  memset(p, 0, sizeof *p);
  memset(&ps, 0, sizeof ps);
  ps.p = p;
  ps.d = d;
  if (copy_field(p->path, sizeof p->path, (struct mm_span){path, strlen(path)})) {
    p->path[0] = '\0';
    mm_diag_set(d, path, 0, "io", "path is longer than %u bytes",
                (unsigned)sizeof p->path - 1);
    return -1;
  }
  if (len > MM_PROFILE_TEXT_MAX) {
    mm_diag_set(d, p->path, 0, "too-big", "%zu bytes; profiles are limited to %u", len,
                MM_PROFILE_TEXT_MAX);
    return -1;
  }
  bad = mm_text_first_bad(text, len);
  if (bad < len) {
    mm_diag_set(d, p->path, line_of(text, bad), "binary",
                "byte 0x%02x at offset %zu is not text (NUL, control or invalid UTF-8)",
                (unsigned)(unsigned char)text[bad], bad);
    return -1;
  }
  while (pos < len) {
    const char *nl = memchr(text + pos, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
    ps.line++;
    if (parse_line(&ps, (struct mm_span){text + pos, n}))
      return -1;
    pos += n + (nl ? 1 : 0);
  }
  p->last_line = ps.line ? ps.line : 1;
  return finish(&ps);
}
