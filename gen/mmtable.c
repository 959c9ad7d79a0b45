/* The layout-table parser (mm.txt, its flattened one-line copy, mm.rst).
 * One pass over the physical lines; every index is checked against the
 * line's length, and every copy is bounded. docs/table-check.md states the
 * rules this file implements. */
#include "mmtable.h"

#include <string.h>

#include "profile.h"
#include "text.h"

static int is_blank(char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static int is_hex(char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int is_alnum(char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static unsigned hex_val(char c)
{
  if (c >= '0' && c <= '9')
    return (unsigned)(c - '0');
  if (c >= 'a' && c <= 'f')
    return (unsigned)(c - 'a' + 10);
  return (unsigned)(c - 'A' + 10);
}

static char lower(char c)
{
  return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Whether s[i..n) starts with word (ASCII, case-insensitive). */
static int starts_ci(const char *s, size_t i, size_t n, const char *word)
{
  size_t k = 0;
  for (; word[k]; k++)
    if (i + k >= n || lower(s[i + k]) != word[k])
      return 0;
  return 1;
}

/* The first offset in s[a..b) where word starts (case-insensitive), or b. */
static size_t find_ci(const char *s, size_t a, size_t b, const char *word)
{
  for (size_t i = a; i < b; i++)
    if (starts_ci(s, i, b, word))
      return i;
  return b;
}

/* Exactly 16 hex digits at s[i..), with no letter or digit on either side. */
static int hex16_at(const char *s, size_t i, size_t n, uint64_t *v)
{
  uint64_t x = 0;
  if (n < 16 || i > n - 16)
    return 0;
  if (i > 0 && is_alnum(s[i - 1]))
    return 0;
  if (i + 16 < n && is_alnum(s[i + 16]))
    return 0;
  for (size_t k = 0; k < 16; k++) {
    if (!is_hex(s[i + k]))
      return 0;
    x = (x << 4) | hex_val(s[i + k]);
  }
  *v = x;
  return 1;
}

static struct mm_span trim(const char *s, size_t a, size_t b)
{
  while (a < b && is_blank(s[a]))
    a++;
  while (b > a && is_blank(s[b - 1]))
    b--;
  struct mm_span sp = {s + a, b - a};
  return sp;
}

/* Append sp to the NUL-terminated dst of size cap (a space first when dst is
 * not empty), cut at a UTF-8 character boundary when it does not fit. */
static void append(char *dst, size_t cap, struct mm_span sp)
{
  size_t have = 0, room, n = sp.n;
  while (have < cap - 1 && dst[have])
    have++;
  if (sp.n == 0)
    return;
  if (have > 0 && have + 1 < cap)
    dst[have++] = ' ';
  room = cap - 1 - have;
  if (n > room) {
    n = room;
    while (n > 0 && ((unsigned char)sp.s[n] & 0xC0u) == 0x80u)
      n--;
  }
  memcpy(dst + have, sp.s, n);
  dst[have + n] = '\0';
}

static struct mmt_row *add_row(struct mmt_table *t, enum mmt_form form, uint64_t start,
                               uint64_t end, unsigned line, unsigned col)
{
  struct mmt_row *r;
  t->rows_seen++;
  if (t->nrows >= MMT_MAX_ROWS)
    return NULL;
  r = &t->row[t->nrows++];
  memset(r, 0, sizeof *r);
  r->start = start;
  r->end = end;
  r->line = line;
  r->col = col;
  r->form = (unsigned char)form;
  return r;
}

static void add_mark(struct mmt_table *t, unsigned kind, unsigned line, unsigned col)
{
  struct mmt_mark *m;
  unsigned before = t->rows_seen;
  if (before > MMT_MAX_ROWS)
    return; /* after the rows kept: nothing to document */
  if (t->nmarks > 0 && t->mark[t->nmarks - 1].before == before &&
      t->mark[t->nmarks - 1].table == t->ntables - 1)
    return; /* this place is documented already */
  if (t->nmarks >= MMT_MAX_MARKS)
    return; /* cannot happen: one per `before` value and table */
  m = &t->mark[t->nmarks++];
  m->line = line;
  m->col = col;
  m->before = before;
  m->kind = kind;
  m->table = t->ntables - 1;
}

/* A table heading ("... memory map with ..."): a new table when the current
 * one has rows, else the current table's heading. */
static void heading(struct mmt_table *t, const char *s, size_t n, unsigned line)
{
  unsigned cur = t->ntables - 1;
  if (find_ci(s, 0, n, "memory map with") >= n)
    return;
  if (t->rows_seen == t->table_row[cur]) {
    t->table_line[cur] = line;
  } else if (t->ntables < MMT_MAX_TABLES) {
    t->table_row[t->ntables] = t->rows_seen;
    t->table_line[t->ntables] = line;
    t->ntables++;
  }
}

/* A marker in s[a..b): `hole caused by`, or `...` with "hole" or "unused". */
static unsigned marker_kind(const char *s, size_t a, size_t b)
{
  if (find_ci(s, a, b, "hole caused by") < b)
    return MMT_MARK_SIGN;
  if (find_ci(s, a, b, "...") < b &&
      (find_ci(s, a, b, "hole") < b || find_ci(s, a, b, "unused") < b))
    return MMT_MARK_UNUSED;
  return 0;
}

static void segment(struct mmt_table *t, const char *s, size_t a, size_t b, unsigned line,
                    int multi)
{
  struct mm_span sp = trim(s, a, b);
  unsigned k;
  if (sp.n == 0)
    return;
  k = marker_kind(s, a, b);
  if (k)
    add_mark(t, k, line, multi ? (unsigned)(sp.s - s) + 1u : 0u);
}

/* An mm.txt range at s[i..n): START - END, then optionally (=SIZE). On a
 * match, *after is the offset after it, *sz the size text (n == 0: none). */
struct range {
  size_t at, after;
  uint64_t start, end;
  int has_size;
  struct mm_span size;
};

static int range_at(const char *s, size_t i, size_t n, struct range *r)
{
  size_t j;
  if (!hex16_at(s, i, n, &r->start))
    return 0;
  j = i + 16;
  while (j < n && is_blank(s[j]))
    j++;
  if (j >= n || s[j] != '-')
    return 0;
  j++;
  while (j < n && is_blank(s[j]))
    j++;
  if (!hex16_at(s, j, n, &r->end))
    return 0;
  r->at = i;
  j += 16;
  r->after = j;
  r->has_size = 0;
  r->size.s = s + j;
  r->size.n = 0;
  while (j < n && is_blank(s[j]))
    j++;
  if (j + 1 < n && s[j] == '(' && s[j + 1] == '=') {
    size_t k = j + 2, lim = n;
    if (lim - k > MMT_SIZE_MAX)
      lim = k + MMT_SIZE_MAX;
    while (k < lim && s[k] != ')')
      k++;
    r->has_size = 1;
    r->size = trim(s, j + 2, k);
    /* Without its `)` within reach the size is unreadable: keep what is there
     * (the check reports it) and go on after it. */
    r->after = (k < n && s[k] == ')') ? k + 1 : k;
  }
  return 1;
}

/* The first range in s[i..n), or 0. */
static int next_range(const char *s, size_t i, size_t n, struct range *r)
{
  while (i < n) {
    if (is_hex(s[i]) && (i == 0 || !is_alnum(s[i - 1]))) {
      if (range_at(s, i, n, r))
        return 1;
      while (i < n && is_alnum(s[i]))
        i++; /* skip the whole word */
      continue;
    }
    i++;
  }
  return 0;
}

static void copy_span(char *dst, size_t cap, struct mm_span sp)
{
  dst[0] = '\0';
  append(dst, cap, sp);
}

/* Where a description in s[a..b) ends: at `...`, at `hole caused by`, and on
 * a line of several rows (multi) also before the first capitalised word (an
 * upper-case letter then a lower-case one) after its first word, which is
 * where prose begins in the flattened copy. */
static size_t desc_end(const char *s, size_t a, size_t b, int multi)
{
  size_t cut = find_ci(s, a, b, "...");
  size_t h = find_ci(s, a, cut, "hole caused by");
  if (h < cut)
    cut = h;
  if (multi) {
    size_t i = a;
    while (i < cut && is_blank(s[i]))
      i++;
    while (i < cut && !is_blank(s[i]))
      i++; /* the first word may be capitalised */
    for (; i + 1 < cut; i++)
      if (is_blank(s[i]) && s[i + 1] >= 'A' && s[i + 1] <= 'Z' && i + 2 < b &&
          s[i + 2] >= 'a' && s[i + 2] <= 'z')
        return i + 1;
  }
  return cut;
}

static void txt_line(struct mmt_table *t, const char *s, size_t n, unsigned line)
{
  struct range cur, nxt;
  int have_nxt, multi;
  if (!next_range(s, 0, n, &cur)) {
    heading(t, s, n, line);
    segment(t, s, 0, n, line, 0);
    return;
  }
  have_nxt = next_range(s, cur.after, n, &nxt);
  multi = have_nxt;
  segment(t, s, 0, cur.at, line, multi);
  for (;;) {
    size_t b = have_nxt ? nxt.at : n, cut;
    struct mmt_row *r =
        add_row(t, MMT_FORM_TXT, cur.start, cur.end, line, multi ? (unsigned)cur.at + 1u : 0u);
    cut = desc_end(s, cur.after, b, multi);
    if (r) {
      r->has_size = (unsigned char)cur.has_size;
      if (cur.has_size)
        copy_span(r->size, sizeof r->size, cur.size);
      copy_span(r->desc, sizeof r->desc, trim(s, cur.after, cut));
    }
    segment(t, s, cut, b, line, multi);
    if (!have_nxt)
      break;
    cur = nxt;
    have_nxt = next_range(s, cur.after, n, &nxt);
  }
}

/* mm.rst: the state carried from line to line. */
struct rst {
  int cont;         /* the previous line was a row or its continuation */
  int anchor_ok;    /* an address-only line since the last row */
  uint64_t anchor;  /* its address */
};

static int all_blank(struct mm_span sp)
{
  return sp.n == 0;
}

/* A symbol such as FIXADDR_START: a letter or `_`, then letters, digits, `_`. */
static int is_symbol(struct mm_span sp)
{
  if (sp.n == 0 || (!is_alnum(sp.s[0]) && sp.s[0] != '_') || (sp.s[0] >= '0' && sp.s[0] <= '9'))
    return 0;
  for (size_t i = 1; i < sp.n; i++)
    if (!is_alnum(sp.s[i]) && sp.s[i] != '_')
      return 0;
  return 1;
}

static int span_hex16(struct mm_span sp, uint64_t *v)
{
  return sp.n == 16 && hex16_at(sp.s, 0, 16, v);
}

/* Returns 1 when the line is an mm.rst table line (it has four `|`). */
static int rst_line(struct mmt_table *t, struct rst *st, const char *s, size_t n, unsigned line)
{
  size_t bar[4], nb = 0;
  struct mm_span f[5];
  uint64_t start = 0, end = 0;
  struct mmt_row *r;
  for (size_t i = 0; i < n && nb < 4; i++)
    if (s[i] == '|')
      bar[nb++] = i;
  if (nb < 4)
    return 0;
  f[0] = trim(s, 0, bar[0]);
  f[1] = trim(s, bar[0] + 1, bar[1]);
  f[2] = trim(s, bar[1] + 1, bar[2]);
  f[3] = trim(s, bar[2] + 1, bar[3]);
  f[4] = trim(s, bar[3] + 1, n);
  if (span_hex16(f[0], &start) && all_blank(f[2])) {
    st->anchor = start; /* `ffffffffff000000 |  -16 MB |  |  |`: an address only */
    st->anchor_ok = 1;
    st->cont = 0;
    return 1;
  }
  if (!span_hex16(f[2], &end)) {
    if (st->cont && all_blank(f[0]) && all_blank(f[1]) && all_blank(f[2]) &&
        all_blank(f[3]) && !all_blank(f[4]) && t->nrows > 0 && t->nrows == t->rows_seen) {
      struct mmt_row *last = &t->row[t->nrows - 1];
      append(last->desc, sizeof last->desc, f[4]); /* a continued description */
      return 1;
    }
    st->cont = 0;
    return 1;
  }
  if (span_hex16(f[0], &start)) {
    r = add_row(t, MMT_FORM_RST, start, end, line, 0);
  } else if (is_symbol(f[0])) {
    /* FIXADDR_START: the row starts at the address-only line before it when
     * that is past the previous row, else right after the previous row. */
    uint64_t prev_end = t->nrows > 0 ? t->row[t->nrows - 1].end : 0;
    if (t->nrows == 0)
      start = st->anchor_ok ? st->anchor : 0;
    else if (st->anchor_ok && st->anchor > prev_end)
      start = st->anchor;
    else
      start = prev_end + 1;
    r = add_row(t, MMT_FORM_RST, start, end, line, 0);
    if (r)
      r->symbolic = 1;
  } else {
    st->cont = 0;
    return 1;
  }
  st->anchor_ok = 0;
  st->cont = 1;
  if (r) {
    r->has_size = !all_blank(f[3]);
    copy_span(r->size, sizeof r->size, f[3]);
    copy_span(r->desc, sizeof r->desc, f[4]);
  }
  return 1;
}

void mmt_parse(struct mmt_table *t, const char *text, size_t len)
{
  struct rst st = {0, 0, 0};
  size_t i = 0;
  unsigned line = 1;
  memset(t, 0, sizeof *t);
  t->ntables = 1;
  if (!text)
    len = 0;
  while (i < len) {
    size_t e = i, n;
    while (e < len && text[e] != '\n')
      e++;
    n = e - i;
    if (!rst_line(t, &st, text + i, n, line)) {
      st.cont = 0;
      txt_line(t, text + i, n, line);
    }
    if (e >= len)
      break;
    i = e + 1;
    if (i < len && line < 0xFFFFFFFFu)
      line++;
  }
  t->last_line = line;
}

static size_t word_end(const char *s, size_t i, size_t n)
{
  while (i < n && !is_blank(s[i]) && s[i] != '\n' && s[i] != '#')
    i++;
  return i;
}

int mmt_looks_like_profile(const char *text, size_t len)
{
  size_t i = 0;
  if (!text)
    return 0;
  while (i < len) {
    size_t e;
    struct mm_span w;
    while (i < len && (is_blank(text[i]) || text[i] == '\n'))
      i++;
    if (i >= len)
      return 0;
    if (text[i] == '#') {
      while (i < len && text[i] != '\n')
        i++;
      continue;
    }
    e = word_end(text, i, len);
    w.s = text + i;
    w.n = e - i;
    if (mm_text_is(w, "region"))
      return 1;
    for (int k = 0; k < MM_KEY_COUNT; k++)
      if (mm_text_is(w, mm_key_name((enum mm_key)k)))
        return 1;
    return 0;
  }
  return 0;
}

int mmt_wants_table(const char *text, size_t len)
{
  return !mmt_looks_like_profile(text, len) && mm_text_first_bad(text, len) == len;
}
