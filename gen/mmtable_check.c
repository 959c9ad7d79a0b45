/* The checks of a layout table, and the layout built from a clean one. */
#include "mmtable_check.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "kinds.h"
#include "layout_validate.h"
#include "rules.h"
#include "size.h"

#define A "%016" PRIx64 /* an address, as tables write them */

/* --- stated sizes ------------------------------------------------------ */

static char lower(char c)
{
  return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static int is_blank(char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static int is_letter(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether s[0..n) is word, ASCII case-insensitively. */
static int word_is(const char *s, size_t n, const char *word)
{
  size_t k = 0;
  for (; k < n && word[k]; k++)
    if (lower(s[k]) != word[k])
      return 0;
  return k == n && word[k] == '\0';
}

/* The power of 1024 (as a shift) a unit names, or -1. */
static int unit_shift(const char *s, size_t n)
{
  static const char *const units[] = {"b", "kb", "mb", "gb", "tb", "pb", "eb"};
  for (int u = 0; u < 7; u++)
    if (word_is(s, n, units[u]))
      return 10 * u;
  return -1;
}

struct mmt_size mmt_size_parse(const char *s)
{
  struct mmt_size z = {MMT_SIZE_BAD, 0};
  uint64_t ip = 0, frac = 0, num, p5 = 1, m;
  size_t n = 0, i = 0, w1, w1n = 0, w2, w2n = 0;
  unsigned k = 0, e, digits = 0;
  int ushift, bits = 0;
  if (!s)
    return z;
  while (n < MMT_SIZE_MAX && s[n])
    n++;
  while (i < n && is_blank(s[i]))
    i++;
  if (i < n && s[i] == '~') {
    z.status = MMT_SIZE_APPROX;
    return z;
  }
  for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
    if (ip > (UINT64_MAX - (uint64_t)(s[i] - '0')) / 10) {
      z.status = MMT_SIZE_HUGE;
      return z;
    }
    ip = ip * 10 + (uint64_t)(s[i] - '0');
  }
  if (digits == 0)
    return z;
  if (i < n && s[i] == '.') {
    i++;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
      if (++k > 18)
        return z;
      frac = frac * 10 + (uint64_t)(s[i] - '0');
      p5 *= 5;
    }
    if (k == 0)
      return z;
  }
  /* One or two words: UNIT, or a multiplier K/M and UNIT ("16M TB"). */
  w1 = i;
  while (i < n && is_letter(s[i]))
    i++;
  w1n = i - w1;
  while (i < n && is_blank(s[i]))
    i++;
  if (w1n == 0) {
    w1 = i;
    while (i < n && is_letter(s[i]))
      i++;
    w1n = i - w1;
    while (i < n && is_blank(s[i]))
      i++;
  }
  w2 = i;
  while (i < n && is_letter(s[i]))
    i++;
  w2n = i - w2;
  while (i < n && is_blank(s[i]))
    i++;
  if (i != n || w1n == 0)
    return z;
  e = 0;
  if (w2n > 0) {
    if (word_is(s + w1, w1n, "k"))
      e = 10;
    else if (word_is(s + w1, w1n, "m"))
      e = 20;
    else
      return z;
    w1 = w2;
    w1n = w2n;
  }
  if (word_is(s + w1, w1n, "bits") || word_is(s + w1, w1n, "bit")) {
    if (k != 0 || e != 0)
      return z;
    bits = 1;
  } else {
    ushift = unit_shift(s + w1, w1n);
    if (ushift < 0)
      return z;
    e += (unsigned)ushift;
  }
  /* num = ip * 10^k + frac, the digits without the point. */
  num = ip;
  for (unsigned d = 0; d < k; d++) {
    if (num > UINT64_MAX / 10) {
      z.status = MMT_SIZE_HUGE;
      return z;
    }
    num *= 10;
  }
  if (num > UINT64_MAX - frac) {
    z.status = MMT_SIZE_HUGE;
    return z;
  }
  num += frac;
  if (bits) {
    if (num > 64) {
      z.status = MMT_SIZE_HUGE;
      return z;
    }
    z.status = MMT_SIZE_OK;
    z.minus1 = num == 64 ? UINT64_MAX : (UINT64_C(1) << num) - 1;
    return z;
  }
  /* size = num * 2^e / 10^k = (num / 5^k) * 2^(e - k), exactly or not at all. */
  if (num % p5 != 0) {
    z.status = MMT_SIZE_PART;
    return z;
  }
  m = num / p5;
  if (e < k) {
    uint64_t div = UINT64_C(1) << (k - e);
    if (m % div != 0) {
      z.status = MMT_SIZE_PART;
      return z;
    }
    m /= div;
    e = k;
  }
  e -= k;
  if (m == 0 || e > 64 || (e == 64 && m != 1) || (e > 0 && e < 64 && m > (UINT64_C(1) << (64 - e)))) {
    z.status = MMT_SIZE_HUGE;
    return z;
  }
  z.status = MMT_SIZE_OK;
  if (e == 64 || (e > 0 && m == (UINT64_C(1) << (64 - e))))
    z.minus1 = UINT64_MAX;
  else
    z.minus1 = (m << e) - 1;
  return z;
}

/* --- kinds ---------------------------------------------------------------- */

static int alnum(char c)
{
  return is_letter(c) || (c >= '0' && c <= '9');
}

/* Whether desc contains key (lower case); as a whole word when word is set. */
static int has(const char *desc, const char *key, int word)
{
  size_t n = strlen(desc), kn = strlen(key);
  for (size_t i = 0; i + kn <= n; i++) {
    size_t k = 0;
    while (k < kn && lower(desc[i + k]) == key[k])
      k++;
    if (k < kn)
      continue;
    if (!word || ((i == 0 || !alnum(desc[i - 1])) && (i + kn == n || !alnum(desc[i + kn]))))
      return 1;
  }
  return 0;
}

static int says_noncanonical(const char *desc)
{
  return has(desc, "non-canonical", 0) || has(desc, "noncanonical", 0) ||
         has(desc, "sign extension", 0);
}

uint32_t mmt_guess_kind(const char *desc)
{
  static const struct {
    const char *key;
    int word;
    uint32_t kind;
  } words[] = {
      {"guard hole", 0, MM_KIND_GUARD},
      {"unused", 0, MM_KIND_HOLE},
      {"hole", 0, MM_KIND_HOLE},
      {"user", 0, MM_KIND_USER},
      {"direct mapping", 0, MM_KIND_DIRECT_MAP},
      {"direct map", 0, MM_KIND_DIRECT_MAP},
      {"vmalloc", 0, MM_KIND_VMALLOC},
      {"virtual memory map", 0, MM_KIND_VMEMMAP},
      {"vmemmap", 0, MM_KIND_VMEMMAP},
      {"kasan", 0, MM_KIND_KASAN},
      {"%esp", 0, MM_KIND_ESPFIX},
      {"espfix", 0, MM_KIND_ESPFIX},
      {"efi", 1, MM_KIND_EFI},
      {"kernel text", 0, MM_KIND_KERNEL_TEXT},
      {"module", 0, MM_KIND_MODULES},
      {"vsyscall", 0, MM_KIND_VSYSCALL},
      {"fixmap", 0, MM_KIND_FIXMAP},
      {"cpu_entry_area", 0, MM_KIND_CPU_ENTRY},
      {"cpu entry", 0, MM_KIND_CPU_ENTRY},
      {"ldt", 1, MM_KIND_LDT_REMAP},
  };
  if (!desc)
    return MM_KIND_COUNT;
  if (says_noncanonical(desc))
    return MM_KIND_NONCANONICAL;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (has(desc, words[i].key, words[i].word))
      return words[i].kind;
  return MM_KIND_COUNT;
}

/* --- findings --------------------------------------------------------------- */

#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
static void add(struct mmt_result *r, unsigned line, unsigned col, const char *rule,
                const char *fmt, ...)
{
  va_list ap;
  struct mmt_finding *f;
  if (r->nfindings < UINT32_MAX)
    r->nfindings++;
  if (r->nfindings > MMT_MAX_FINDINGS)
    return;
  f = &r->finding[r->nfindings - 1];
  f->line = line;
  f->col = col;
  snprintf(f->rule, sizeof f->rule, "%s", rule);
  va_start(ap, fmt);
  if (vsnprintf(f->msg, sizeof f->msg, fmt, ap) < 0)
    f->msg[0] = '\0';
  va_end(ap);
}

/* Words for the size of start..end ("16 TB = 2^44"). */
static const char *words(char *buf, size_t cap, uint64_t start, uint64_t end)
{
  mm_size_format(buf, cap, start, end);
  return buf;
}

/* A marker of table k placed before row index b with lo < b <= before (or
 * lo <= b when any_lo): the one documenting that place; NULL when none. */
static const struct mmt_mark *marker(const struct mmt_table *t, unsigned k, unsigned lo,
                                     unsigned before, int any_lo)
{
  for (unsigned m = 0; m < t->nmarks && m < MMT_MAX_MARKS; m++) {
    unsigned b = t->mark[m].before;
    if (t->mark[m].table == k && (any_lo ? b >= lo : b > lo) && b <= before)
      return &t->mark[m];
  }
  return NULL;
}

/* The largest paging size that divides start and end + 1 (4k when none). */
static uint64_t best_align(uint64_t start, uint64_t end)
{
  static const uint64_t sizes[] = {MM_P39, MM_P30, MM_P21, MM_P12};
  for (size_t i = 0; i < 4; i++)
    if (start % sizes[i] == 0 && (end + 1) % sizes[i] == 0)
      return sizes[i];
  return MM_P12;
}

/* Whether the table is for 5-level paging: an address in
 * ff00000000000000..ff7fffffffffffff, or a row that mentions 56 or 57 bits. */
static int five_level(const struct mmt_table *t, unsigned lo, unsigned hi)
{
  for (unsigned i = lo; i < hi; i++) {
    const struct mmt_row *w = &t->row[i];
    if ((w->start >> 55) == 0x1FEu || (w->end >> 55) == 0x1FEu)
      return 1;
    if (has(w->size, "56 bit", 0) || has(w->size, "57 bit", 0) || has(w->desc, "56 bit", 0) ||
        has(w->desc, "57 bit", 0) || has(w->desc, "56-bit", 0) || has(w->desc, "57-bit", 0))
      return 1;
  }
  return 0;
}

/* The end a row is checked with: an end of the form ...000 past the start
 * reads as exclusive (reported as inclusive-end), so END - 1 is used for
 * the size, order and hole checks, which then report only that. */
static uint64_t eff_end(const struct mmt_row *w)
{
  if ((w->end & 0xFFFu) == 0 && w->end > w->start)
    return w->end - 1;
  return w->end;
}

/* The number of bytes m + 1 in hex (m + 1 may be 2^64). */
static const char *hex_bytes(char *buf, size_t cap, uint64_t m)
{
  if (m == UINT64_MAX)
    snprintf(buf, cap, "0x10000000000000000");
  else
    snprintf(buf, cap, "0x%" PRIx64, m + 1);
  return buf;
}

static void check_size(const struct mmt_row *w, uint64_t end, struct mmt_result *r)
{
  struct mmt_size sz;
  char have[48], said[48], x[24], y[24];
  if (!w->has_size || w->symbolic)
    return;
  sz = mmt_size_parse(w->size);
  switch (sz.status) {
  case MMT_SIZE_APPROX:
    return;
  case MMT_SIZE_OK:
    if (sz.minus1 == end - w->start)
      return;
    add(r, w->line, w->col, "size",
        "stated size (=%s) is %s bytes (%s), but " A " - " A " holds %s bytes (%s)", w->size,
        hex_bytes(x, sizeof x, sz.minus1), words(said, sizeof said, 0, sz.minus1), w->start,
        end, hex_bytes(y, sizeof y, end - w->start), words(have, sizeof have, w->start, end));
    return;
  case MMT_SIZE_PART:
    add(r, w->line, w->col, "size", "stated size (=%s) is not a whole number of bytes; " A
        " - " A " holds %s", w->size, w->start, end, words(have, sizeof have, w->start, end));
    return;
  case MMT_SIZE_HUGE:
    add(r, w->line, w->col, "size", "stated size (=%s) is 0 or above 2^64 bytes; " A
        " - " A " holds %s", w->size, w->start, end, words(have, sizeof have, w->start, end));
    return;
  default:
    add(r, w->line, w->col, "size",
        "cannot read the stated size (=%s): expected `N bits` or `N B|KB|MB|GB|TB|PB|EB`; " A
        " - " A " holds %s", w->size, w->start, end, words(have, sizeof have, w->start, end));
    return;
  }
}

static void check_row(const struct mmt_row *w, uint64_t end, uint64_t half,
                      struct mmt_result *r)
{
  uint64_t hs = half, he = 0 - half - 1; /* the hole: hs..he */
  check_size(w, end, r);
  if ((w->end & 0xFFFu) != 0xFFFu) {
    if (end != w->end)
      add(r, w->line, w->col, "inclusive-end",
          "end " A " is not of the form ...fff (end + 1 is not a multiple of 4096): it "
          "looks exclusive; the inclusive end is " A, w->end, end);
    else
      add(r, w->line, w->col, "inclusive-end",
          "end " A " is not of the form ...fff (end + 1 is not a multiple of 4096)", w->end);
  }
  if (says_noncanonical(w->desc)) {
    if (w->start != hs || end != he)
      add(r, w->line, w->col, "canonical",
          "the row " A " - " A " is described as the non-canonical hole but is not exactly "
          "it (" A " - " A ")", w->start, end, hs, he);
  } else if (!(end < hs) && !(w->start > he)) {
    add(r, w->line, w->col, "canonical",
        "the row " A " - " A " is neither wholly below " A " nor wholly at or above " A
        ": it reaches into the non-canonical hole",
        w->start, end, hs, he + 1);
  }
  if (mmt_guess_kind(w->desc) == MM_KIND_COUNT) {
    char q[64];
    add(r, w->line, w->col, "kind",
        "cannot tell the region's kind from its description '%s' (see docs/table-check.md)",
        mm_diag_quote(q, sizeof q, w->desc, strlen(w->desc)));
  }
}

static void gap_words(char *buf, size_t cap, uint64_t a, uint64_t b)
{
  char w[48];
  snprintf(buf, cap, A " - " A " (=%s)", a, b, words(w, sizeof w, a, b));
}

/* The layout of table k (rows lo..hi-1) without findings: rows and
 * documented gaps, handed to the proven validator. */
static void build(const struct mmt_table *t, unsigned k, unsigned lo, unsigned hi,
                  struct mmt_result *r)
{
  struct mm_layout *l = &r->layout;
  uint64_t half = r->va_bits == 57u ? MM_P56 : MM_P47;
  uint64_t next = 0; /* the first address not yet covered */
  int dm = 0;
  memset(l, 0, sizeof *l);
  l->va_bits = r->va_bits;
  l->levels = r->va_bits == 57u ? 5u : 4u;
  l->pa_bits = 46u;
  for (unsigned i = lo; i <= hi; i++) {
    uint64_t gs = next, ge;
    int gap;
    const struct mmt_mark *mk;
    if (i < hi) {
      gap = t->row[i].start > next;
      ge = t->row[i].start - 1;
      mk = i == lo ? marker(t, k, lo, i, 1) : marker(t, k, i - 1, i, 0);
    } else {
      gap = next != 0; /* next wraps to 0 after the last address */
      ge = UINT64_MAX;
      mk = marker(t, k, hi - 1, MMT_MAX_ROWS + 1, 0);
    }
    if (gap && l->nregions < MM_MAX_REGIONS) {
      struct mm_region *g = &l->region[l->nregions];
      g->start = gs;
      g->end = ge;
      g->align = best_align(gs, ge);
      g->kind = (gs == half && ge == 0 - half - 1) ? MM_KIND_NONCANONICAL : MM_KIND_HOLE;
      r->rline[l->nregions] = mk ? mk->line : t->row[i < hi ? i : hi - 1].line;
      r->rcol[l->nregions] = mk ? mk->col : 0;
      l->nregions++;
    }
    if (i == hi || l->nregions >= MM_MAX_REGIONS)
      break;
    {
      const struct mmt_row *w = &t->row[i];
      struct mm_region *g = &l->region[l->nregions];
      g->start = w->start;
      g->end = w->end;
      g->align = best_align(w->start, w->end);
      g->kind = mmt_guess_kind(w->desc);
      if (g->kind == MM_KIND_DIRECT_MAP && !dm) {
        l->page_offset = w->start;
        dm = 1;
      }
      r->rline[l->nregions] = w->line;
      r->rcol[l->nregions] = w->col;
      l->nregions++;
      next = w->end + 1;
    }
  }
  r->built = 1;
  r->verdict = mm_layout_validate(l);
  if (r->verdict.rule != MM_OK) {
    uint32_t v = r->verdict.region;
    unsigned line = t->row[lo].line, col = t->row[lo].col;
    char kind[32];
    if (v < l->nregions && v < MM_MAX_REGIONS) {
      const struct mm_region *g = &l->region[v];
      const char *kn = mm_kind_name(g->kind);
      snprintf(kind, sizeof kind, "%s", kn ? kn : "unknown");
      line = r->rline[v];
      col = r->rcol[v];
      add(r, line, col, mm_rule_name(r->verdict.rule),
          "the proven validator rejects the layout built from the table: %s (region %u: " A
          " - " A ", kind %s, alignment 0x%" PRIx64 ")",
          mm_rule_meaning(r->verdict.rule), (unsigned)v, g->start, g->end, kind, g->align);
    } else {
      add(r, line, col, mm_rule_name(r->verdict.rule),
          "the proven validator rejects the layout built from the table: %s (va-bits %u, "
          "pa-bits %u, %u regions)",
          mm_rule_meaning(r->verdict.rule), (unsigned)l->va_bits, (unsigned)l->pa_bits,
          (unsigned)l->nregions);
    }
  }
}

/* Check table k: rows lo..hi-1 (hi > lo). */
static void check_table(const struct mmt_table *t, unsigned k, unsigned lo, unsigned hi,
                        struct mmt_result *r)
{
  uint64_t half, reach = 0;
  unsigned reach_line = 0, prev = lo, regions, before = r->nfindings;
  int have = 0;
  r->documented = 0;
  r->built = 0;
  r->va_bits = five_level(t, lo, hi) ? 57u : 48u;
  half = r->va_bits == 57u ? MM_P56 : MM_P47;
  for (unsigned i = lo; i < hi; i++) {
    const struct mmt_row *w = &t->row[i];
    uint64_t end = eff_end(w);
    char gap[96];
    if (w->end < w->start) {
      add(r, w->line, w->col, "order", "the row ends at " A ", before it starts at " A, w->end,
          w->start);
      continue;
    }
    check_row(w, end, half, r);
    if (have && w->start <= reach) {
      add(r, w->line, w->col, "order",
          "the row starts at " A ", at or before the end " A " of the row at line %u "
          "(rows must increase and not overlap)", w->start, reach, reach_line);
    } else if (have && w->start > reach + 1) {
      gap_words(gap, sizeof gap, reach + 1, w->start - 1);
      if (marker(t, k, prev, i, 0))
        r->documented++;
      else
        add(r, w->line, w->col, "hole",
            "note: undocumented gap %s between the row at line %u and this one (no `... "
            "unused hole ...` or `hole caused by` line between them)", gap, reach_line);
    } else if (!have && w->start > 0) {
      gap_words(gap, sizeof gap, 0, w->start - 1);
      if (marker(t, k, lo, i, 1))
        r->documented++;
      else
        add(r, w->line, w->col, "hole", "note: undocumented gap %s before the first row", gap);
    }
    if (!have || end > reach) {
      reach = end;
      reach_line = w->line;
    }
    have = 1;
    prev = i;
  }
  if (have && reach != UINT64_MAX) {
    const struct mmt_row *w = &t->row[prev];
    char gap[96];
    gap_words(gap, sizeof gap, reach + 1, UINT64_MAX);
    if (marker(t, k, prev, MMT_MAX_ROWS + 1, 0))
      r->documented++;
    else
      add(r, w->line, w->col, "hole", "note: undocumented gap %s after the last row", gap);
  }
  regions = (hi - lo) + r->documented;
  if (regions > MM_MAX_REGIONS) {
    const struct mmt_row *w = &t->row[hi - 1];
    add(r, w->line, w->col, "count",
        "%u rows and %u documented holes make %u regions; a layout holds at most %u", hi - lo,
        r->documented, regions, MM_MAX_REGIONS);
  }
  if (r->nfindings == before)
    build(t, k, lo, hi, r);
}

unsigned mmt_check(const struct mmt_table *t, struct mmt_result *r)
{
  memset(r, 0, sizeof *r);
  if (t->nrows == 0 || t->nrows > MMT_MAX_ROWS) {
    r->status = 2;
    return r->status;
  }
  for (unsigned k = 0; k < t->ntables && k < MMT_MAX_TABLES; k++) {
    unsigned lo = t->table_row[k];
    unsigned hi = k + 1 < t->ntables ? t->table_row[k + 1] : t->nrows;
    if (hi > t->nrows)
      hi = t->nrows;
    if (lo >= hi)
      continue;
    check_table(t, k, lo, hi, r);
    if (r->ntables < MMT_MAX_TABLES) {
      r->table_rows[r->ntables] = hi - lo;
      r->table_documented[r->ntables] = r->documented;
      r->table_line[r->ntables] = t->table_line[k] ? t->table_line[k] : t->row[lo].line;
      r->ntables++;
    }
  }
  if (t->rows_seen > t->nrows) {
    const struct mmt_row *w = &t->row[t->nrows - 1];
    add(r, w->line, w->col, "count", "more than %u rows; only the first %u are checked",
        MMT_MAX_ROWS, MMT_MAX_ROWS);
  }
  r->status = r->nfindings ? 1u : 0u;
  return r->status;
}

void mmt_print_findings(FILE *err, const char *path, const struct mmt_result *r)
{
  unsigned n = r->nfindings < MMT_MAX_FINDINGS ? r->nfindings : MMT_MAX_FINDINGS;
  for (unsigned i = 0; i < n; i++) {
    const struct mmt_finding *f = &r->finding[i];
    if (f->col)
      fprintf(err, "%s:%u:%u: %s: %s\n", path, f->line, f->col, f->rule, f->msg);
    else
      fprintf(err, "%s:%u: %s: %s\n", path, f->line, f->rule, f->msg);
  }
  if (r->nfindings > n)
    fprintf(err, "%s: note: %u more findings not shown\n", path, r->nfindings - n);
}

enum mm_load mmt_check_text(const char *path, const char *text, size_t len, FILE *out,
                            FILE *err)
{
  struct mmt_table *t = malloc(sizeof *t);
  struct mmt_result *r = malloc(sizeof *r);
  enum mm_load ret;
  if (!t || !r) {
    free(t);
    free(r);
    fprintf(err, "%s: io: out of memory\n", path);
    return MM_LOAD_UNUSABLE;
  }
  mmt_parse(t, text, len);
  switch (mmt_check(t, r)) {
  case 0:
    if (r->ntables == 1)
      fprintf(out, "%s: ok (%u rows, %u documented holes, valid layout)\n", path, t->nrows,
              r->documented);
    else /* one line per table, at its heading */
      for (unsigned k = 0; k < r->ntables && k < MMT_MAX_TABLES; k++)
        fprintf(out, "%s:%u: ok (%u rows, %u documented holes, valid layout)\n", path,
                r->table_line[k], r->table_rows[k], r->table_documented[k]);
    ret = MM_LOAD_OK;
    break;
  case 1:
    fflush(out);
    mmt_print_findings(err, path, r);
    ret = MM_LOAD_INVALID;
    break;
  default:
    fflush(out);
    fprintf(err,
            "%s:%u: empty: neither a profile (no `profile` line) nor a layout table (no "
            "`START - END (=SIZE) ...` or `START | OFFSET | END | SIZE | ...` rows)\n",
            path, t->last_line);
    ret = MM_LOAD_UNUSABLE;
    break;
  }
  free(t);
  free(r);
  return ret;
}
