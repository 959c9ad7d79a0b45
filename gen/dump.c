/* The three page-table dump formats, line by line. Every index is checked
 * against the line's length. */
#include "dump.h"

#include <string.h>

#include "mm_types.h"
#include "number.h"
#include "text.h"

static const char *const format_names[] = {"auto", "ptdump", "tlb", "mem"};

int mm_dump_format_lookup(const char *s)
{
  for (int i = 0; i < 4; i++)
    if (strcmp(s, format_names[i]) == 0)
      return i;
  return -1;
}

const char *mm_dump_format_name(unsigned f)
{
  return f < 4 ? format_names[f] : "?";
}

void mm_dump_init(struct mm_dump_parser *p, unsigned format, unsigned va_bits)
{
  memset(p, 0, sizeof *p);
  p->format = format;
  p->va_bits = va_bits == 57 ? 57 : 48;
}

static int blank(char c)
{
  return c == ' ' || c == '\t';
}

/* 1 to 16 hex digits at s[*i..n) into *v, advancing *i. */
static int hex_at(const char *s, size_t n, size_t *i, uint64_t *v)
{
  size_t k = 0;
  uint64_t x = 0;
  while (*i + k < n && mm_hex_digit(s[*i + k]) >= 0) {
    if (k == 16)
      return 0;
    x = (x << 4) | (uint64_t)mm_hex_digit(s[*i + k]);
    k++;
  }
  if (k == 0)
    return 0;
  *i += k;
  *v = x;
  return 1;
}

static void skip_blanks(const char *s, size_t n, size_t *i)
{
  while (*i < n && blank(s[*i]))
    (*i)++;
}

static int starts(const char *s, size_t n, size_t i, const char *w)
{
  size_t k = strlen(w);
  return n - i >= k && memcmp(s + i, w, k) == 0;
}

/* QEMU prints some addresses as the raw linear address, without the sign
 * extension (the last `info mem` range of the upper half ends at 2^48, and
 * QEMU versions before addr_canonical() printed every address so): an
 * address below 2^va-bits with bit va-bits - 1 set is sign-extended. */
static uint64_t canon(const struct mm_dump_parser *p, uint64_t a)
{
  uint64_t top = (uint64_t)1 << p->va_bits;
  if (a < top && (a & (top >> 1)))
    a |= ~(top - 1);
  return a;
}

/* ---- ptdump ---- */

static int ptdump_line(struct mm_dump_parser *p, const char *path, const char *s, size_t n,
                       struct mm_dump_range *out, int *marker, struct mm_diag *d)
{
  static const char units[] = "BKMGTPE";
  static const char *const flags[] = {"USR", "RW", "ro", "PWT", "PCD", "PSE",
                                      "PAT", "GLB", "NX", "x"};
  static const char *const levels[] = {"cr3", "pgd", "p4d", "pud", "pmd", "pte"};
  size_t i = 0;
  uint64_t start, end, num = 0, unit = 1, size;
  int present = 0, have_level = 0;
  char uc;
  struct mm_span rest, w;
  if (starts(s, n, 0, "---[")) {
    size_t a = 4, b = n;
    while (b > a && blank(s[b - 1]))
      b--;
    if (b < a + 4 || memcmp(s + b - 4, "]---", 4) != 0) {
      mm_diag_set(d, path, p->line, "syntax", "a ptdump marker is `---[ Name ]---`");
      return -1;
    }
    b -= 4;
    while (a < b && blank(s[a]))
      a++;
    while (b > a && blank(s[b - 1]))
      b--;
    if (b - a >= MM_DUMP_MARKER_MAX)
      b = a + MM_DUMP_MARKER_MAX - 1;
    memcpy(p->marker, s + a, b - a);
    p->marker[b - a] = '\0';
    p->marker_line = p->line;
    *marker = 1;
    return 0;
  }
  if (starts(s, n, 0, "... ") && n >= 4 && memcmp(s + n - 4, " ...", 4) == 0)
    return 0; /* "... N entries skipped ..." (the ESPfix area) */
  if (!starts(s, n, 0, "0x") || (i = 2, !hex_at(s, n, &i, &start)) ||
      !starts(s, n, i, "-0x") || (i += 3, !hex_at(s, n, &i, &end))) {
    mm_diag_set(d, path, p->line, "syntax",
                "a ptdump line is `0xSTART-0xEND SIZE FLAGS LEVEL` or `---[ Name ]---`");
    return -1;
  }
  skip_blanks(s, n, &i);
  if (i >= n || s[i] < '0' || s[i] > '9') {
    mm_diag_set(d, path, p->line, "syntax", "no size after the range (`2M`, `4K`)");
    return -1;
  }
  while (i < n && s[i] >= '0' && s[i] <= '9') {
    if (num > (UINT64_MAX - 9) / 10) {
      mm_diag_set(d, path, p->line, "syntax", "the size does not fit in 64 bits");
      return -1;
    }
    num = num * 10 + (uint64_t)(s[i] - '0');
    i++;
  }
  {
    const char *u = i < n ? memchr(units, s[i], sizeof units - 1) : NULL;
    if (!u || (i + 1 < n && !blank(s[i + 1]))) {
      mm_diag_set(d, path, p->line, "syntax", "the size has no unit of B K M G T P E");
      return -1;
    }
    for (long k = 0; k < u - units; k++)
      unit <<= 10;
    uc = s[i];
    i++;
  }
  rest.s = s + i;
  rest.n = n - i;
  while (mm_text_next(&rest, &w)) {
    int known = 0;
    if (have_level) {
      mm_diag_set(d, path, p->line, "syntax", "words after the level (pgd ... pte)");
      return -1;
    }
    for (size_t k = 0; k < sizeof flags / sizeof flags[0]; k++)
      if (mm_text_is(w, flags[k])) {
        known = 1;
        if (k == 1 || k == 2)
          present = 1;
      }
    for (size_t k = 0; k < sizeof levels / sizeof levels[0] && !known; k++)
      if (mm_text_is(w, levels[k]))
        known = have_level = 1;
    if (!known) {
      char q[40];
      mm_diag_set(d, path, p->line, "syntax", "'%s' is neither a flag nor a level",
                  mm_diag_quote(q, sizeof q, w.s, w.n));
      return -1;
    }
  }
  if (!have_level) {
    mm_diag_set(d, path, p->line, "syntax", "no level (pgd p4d pud pmd pte) at the end");
    return -1;
  }
  /* END 0 is 2^64 (the last range of the space); any other END at or below
   * START is a reversed range, whose wrapped difference could still match
   * the stated size */
  if (end != 0 && end <= start) {
    mm_diag_set(d, path, p->line, "order", "0x%016llx-0x%016llx ends at or before its start",
                (unsigned long long)start, (unsigned long long)end);
    return -1;
  }
  size = end - start; /* END 0 is 2^64: the subtraction wraps to the size */
  if (size == 0 || (unit > 1 && num > UINT64_MAX / unit) || num * unit != size) {
    mm_diag_set(d, path, p->line, "size",
                "0x%016llx-0x%016llx holds 0x%llx bytes, not the %llu%c the line states",
                (unsigned long long)start, (unsigned long long)end,
                (unsigned long long)size, (unsigned long long)num, uc);
    return -1;
  }
  if (!present)
    return 0;
  out->start = start;
  out->last = end - 1;
  out->line = p->line;
  return 1;
}

/* ---- info tlb ---- */

/* A pending large page is 1 GiB when its virtual and physical addresses are
 * 1 GiB-aligned and the next page starts 1 GiB or more after it (QEMU walks
 * in address order), else 2 MiB. */
static int settle(struct mm_dump_parser *p, const uint64_t *next, struct mm_dump_range *out)
{
  if (!p->pending)
    return 0;
  p->pending = 0;
  *out = p->pend;
  if (next && (*next < p->pend.start || *next - p->pend.start < MM_P30))
    out->last = p->pend.start + MM_P21 - 1;
  return 1;
}

static int tlb_line(struct mm_dump_parser *p, const char *path, const char *s, size_t n,
                    struct mm_dump_range out[2], struct mm_diag *d)
{
  static const char letters[] = "XGPDACTUW";
  size_t i = 0;
  uint64_t va, pa, size;
  int k = 0;
  int ok;
  ok = hex_at(s, n, &i, &va) && i < n && s[i] == ':';
  if (ok) {
    i++;
    skip_blanks(s, n, &i);
    ok = hex_at(s, n, &i, &pa);
  }
  if (!ok) {
    mm_diag_set(d, path, p->line, "syntax", "an `info tlb` line is `VADDR: PADDR FLAGS`");
    return -1;
  }
  skip_blanks(s, n, &i);
  if (n - i < 9) {
    mm_diag_set(d, path, p->line, "syntax", "the flags are nine of XGPDACTUW or -");
    return -1;
  }
  for (int f = 0; f < 9; f++)
    if (s[i + (size_t)f] != '-' && s[i + (size_t)f] != letters[f]) {
      mm_diag_set(d, path, p->line, "syntax",
                  "flag %d is '%c': the flags are nine of XGPDACTUW or - in that order", f + 1,
                  (s[i + (size_t)f] >= 0x20 && s[i + (size_t)f] < 0x7f) ? s[i + (size_t)f] : '?');
      return -1;
    }
  {
    size_t j = i + 9;
    skip_blanks(s, n, &j);
    if (j < n) {
      mm_diag_set(d, path, p->line, "syntax", "text after the flags");
      return -1;
    }
  }
  va = canon(p, va);
  size = s[i + 2] == 'P' ? MM_P21 : MM_P12;
  if (va % size != 0 || pa % size != 0) {
    mm_diag_set(d, path, p->line, "align",
                "the %s page at 0x%016llx (physical 0x%llx) is not aligned to its size",
                size == MM_P21 ? "large" : "4 KiB", (unsigned long long)va,
                (unsigned long long)pa);
    return -1;
  }
  k = settle(p, &va, &out[0]);
  if (size == MM_P21 && va % MM_P30 == 0 && pa % MM_P30 == 0 && va <= UINT64_MAX - MM_P30 + 1) {
    p->pending = 1;
    p->pend.start = va;
    p->pend.last = va + (MM_P30 - 1);
    p->pend.line = p->line;
    return k;
  }
  out[k].start = va;
  out[k].last = va + (size - 1);
  out[k].line = p->line;
  return k + 1;
}

/* ---- info mem ---- */

static int mem_line(struct mm_dump_parser *p, const char *path, const char *s, size_t n,
                    struct mm_dump_range *out, struct mm_diag *d)
{
  size_t i = 0;
  uint64_t start, end, size, mask = ((uint64_t)1 << p->va_bits) - 1, raw_end;
  if (!hex_at(s, n, &i, &start) || i >= n || s[i] != '-' || (i++, !hex_at(s, n, &i, &end))) {
    mm_diag_set(d, path, p->line, "syntax", "an `info mem` line is `START-END SIZE PROT`");
    return -1;
  }
  skip_blanks(s, n, &i);
  if (!hex_at(s, n, &i, &size)) {
    mm_diag_set(d, path, p->line, "syntax", "no size after the range");
    return -1;
  }
  skip_blanks(s, n, &i);
  if (n - i < 3 || (s[i] != 'u' && s[i] != '-') || s[i + 1] != 'r' ||
      (s[i + 2] != 'w' && s[i + 2] != '-')) {
    mm_diag_set(d, path, p->line, "syntax", "the protection is [u-]r[w-]");
    return -1;
  }
  i += 3;
  skip_blanks(s, n, &i);
  if (i < n) {
    mm_diag_set(d, path, p->line, "syntax", "text after the protection");
    return -1;
  }
  /* QEMU prints canonical START, and END and SIZE from raw addresses */
  size &= mask;
  raw_end = (start & mask) + size;
  if (size == 0 || canon(p, raw_end) != end) {
    mm_diag_set(d, path, p->line, "size",
                "0x%016llx-0x%016llx does not hold the 0x%llx bytes the line states",
                (unsigned long long)start, (unsigned long long)end, (unsigned long long)size);
    return -1;
  }
  start = canon(p, start);
  if (size - 1 > UINT64_MAX - start) {
    mm_diag_set(d, path, p->line, "size", "0x%016llx + 0x%llx runs past the end of the "
                "address space", (unsigned long long)start, (unsigned long long)size);
    return -1;
  }
  out->start = start;
  out->last = start + (size - 1);
  out->line = p->line;
  return 1;
}

/* ---- lines ---- */

static unsigned detect(const char *s, size_t n)
{
  size_t i = 0;
  uint64_t v;
  if (starts(s, n, 0, "---[") || starts(s, n, 0, "0x"))
    return MM_DUMP_PTDUMP;
  if (hex_at(s, n, &i, &v) && i < n)
    return s[i] == ':' ? MM_DUMP_TLB : s[i] == '-' ? MM_DUMP_MEM : MM_DUMP_AUTO;
  return MM_DUMP_AUTO;
}

int mm_dump_line(struct mm_dump_parser *p, const char *path, const char *s, size_t n,
                 struct mm_dump_range out[2], int *marker, struct mm_diag *d)
{
  size_t bad, a = 0;
  *marker = 0;
  p->line++;
  if (n > MM_DUMP_LINE_MAX) {
    mm_diag_set(d, path, p->line, "too-long", "a line of more than %d bytes",
                MM_DUMP_LINE_MAX);
    return -1;
  }
  if (n > 0 && s[n - 1] == '\r')
    n--;
  bad = mm_text_first_bad(s, n);
  if (bad < n) {
    mm_diag_set(d, path, p->line, "binary",
                "byte 0x%02x at column %zu is not text (NUL, control or invalid UTF-8)",
                (unsigned)(unsigned char)s[bad], bad + 1);
    return -1;
  }
  while (a < n && blank(s[a]))
    a++;
  while (n > a && blank(s[n - 1]))
    n--;
  s += a;
  n -= a;
  if (n == 0 || s[0] == '#' || starts(s, n, 0, "(qemu)"))
    return 0;
  if (p->format == MM_DUMP_AUTO) {
    p->format = detect(s, n);
    if (p->format == MM_DUMP_AUTO) {
      mm_diag_set(d, path, p->line, "format",
                  "not a line of a ptdump, `info tlb` or `info mem` dump "
                  "(--dump-format names the format)");
      return -1;
    }
  }
  switch (p->format) {
  case MM_DUMP_PTDUMP: return ptdump_line(p, path, s, n, out, marker, d);
  case MM_DUMP_TLB: return tlb_line(p, path, s, n, out, d);
  default: return mem_line(p, path, s, n, out, d);
  }
}

int mm_dump_finish(struct mm_dump_parser *p, struct mm_dump_range *out)
{
  return settle(p, NULL, out);
}
