/* Mapped ranges of a dump against a profile, with the randomized regions at
 * the running kernel's bases. */
#include "dump_check.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "kaslr_model.h"
#include "kaslr_window.h"
#include "kinds.h"
#include "layout_validate.h"
#include "number.h"
#include "region_lookup.h"
#include "rules.h"

#define WINDOW_NAME "kaslr_window"
#define TIB ((uint64_t)1 << 40)

/* The kernel variable that holds the base of a randomized kind
 * (arch/x86/mm/kaslr.c kaslr_regions[]). */
static const char *base_var(uint32_t kind)
{
  switch (kind) {
  case MM_KIND_DIRECT_MAP: return "page_offset_base";
  case MM_KIND_VMALLOC: return "vmalloc_base";
  case MM_KIND_VMEMMAP: return "vmemmap_base";
  default: return NULL;
  }
}

/* The name a base is shown with: the kernel variable, else the region. */
static const char *base_name(const struct mm_profile *p, unsigned i)
{
  const char *v = base_var(p->layout.region[i].kind);
  return v ? v : p->rname[i];
}

/* The largest paging size that divides start and end + 1 (4k when none). */
static uint64_t align_of(uint64_t start, uint64_t end)
{
  static const uint64_t sizes[] = {MM_P39, MM_P30, MM_P21};
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    if (start % sizes[i] == 0 && (end + 1) % sizes[i] == 0)
      return sizes[i];
  return MM_P12;
}

/* Parse "NAME=0xADDR,..." into base[] (indexed by region; given[] set). */
static int parse_bases(const struct mm_profile *p, const char *text, uint64_t *base,
                       unsigned char *given, char *why, size_t whycap)
{
  const char *s = text;
  if (*s == '\0') {
    snprintf(why, whycap, "--bases needs NAME=ADDR[,NAME=ADDR...]");
    return -1;
  }
  while (*s) {
    const char *comma = strchr(s, ',');
    size_t n = comma ? (size_t)(comma - s) : strlen(s);
    const char *eq = memchr(s, '=', n);
    int idx = -1;
    uint64_t v;
    struct mm_span num;
    if (!eq) {
      snprintf(why, whycap, "'%.*s' is not NAME=ADDR", (int)(n > 60 ? 60 : n), s);
      return -1;
    }
    for (uint32_t i = 0; i < p->layout.nregions; i++) {
      const char *bn = base_var(p->layout.region[i].kind);
      size_t kn = (size_t)(eq - s);
      if (!p->layout.region[i].randomized)
        continue;
      if ((bn && strlen(bn) == kn && memcmp(bn, s, kn) == 0) ||
          (strlen(p->rname[i]) == kn && memcmp(p->rname[i], s, kn) == 0))
        idx = (int)i;
    }
    if (idx < 0) {
      snprintf(why, whycap,
               "'%.*s' names no randomized region of profile %s (page_offset_base, "
               "vmalloc_base, vmemmap_base)",
               (int)((size_t)(eq - s) > 60 ? 60 : (size_t)(eq - s)), s, p->name);
      return -1;
    }
    num.s = eq + 1;
    num.n = n - (size_t)(eq + 1 - s);
    if (mm_number_parse(num, &v) != MM_NUMBER_OK) {
      snprintf(why, whycap, "the address of %s is not 0x followed by at most 16 hex digits",
               base_name(p, (unsigned)idx));
      return -1;
    }
    if (given[idx]) {
      snprintf(why, whycap, "%s is given twice", base_name(p, (unsigned)idx));
      return -1;
    }
    given[idx] = 1;
    base[idx] = v;
    s += n;
    if (*s == ',')
      s++;
  }
  return 0;
}

static void add_region(struct mm_dump_check *c, uint64_t start, uint64_t end, uint32_t kind,
                       uint64_t align, uint8_t randomized, const char *name)
{
  struct mm_region *r;
  if (c->actual.nregions >= MM_MAX_REGIONS)
    return; /* checked by the caller */
  r = &c->actual.region[c->actual.nregions];
  memset(r, 0, sizeof *r);
  r->start = start;
  r->end = end;
  r->kind = kind;
  r->align = align;
  r->randomized = randomized;
  c->rname[c->actual.nregions++] = name;
}

/* "11 TiB" or "0x1234 bytes" */
static void size_text(char *buf, size_t cap, uint64_t size)
{
  if (size % TIB == 0)
    snprintf(buf, cap, "%" PRIu64 " TiB", size / TIB);
  else
    snprintf(buf, cap, "0x%" PRIx64 " bytes", size);
}

/* Move the randomized regions to their bases, with the profile's sizes
 * (mem NULL) or Linux's (kaslr_window.h). 0, 1 (findings), -1 (why). */
static int place(struct mm_dump_check *c, const char *bases, const struct mm_kaslr_mem *mem,
                 char *why, size_t whycap)
{
  const struct mm_profile *p = c->p;
  const struct mm_layout *l = &p->layout;
  uint64_t base[MM_MAX_REGIONS], size[MM_MAX_REGIONS], lo, hi, prev_end = 0, cur;
  unsigned char given[MM_MAX_REGIONS];
  int prev = -1, bad = 0;
  size_t o = 0, so = 0;
  struct mm_verdict v;
  char sizewhy[160];
  memset(given, 0, sizeof given);
  if ((mem ? mm_kaslr_linux_window(l, &lo, &hi) : mm_kaslr_window(l, &lo, &hi))) {
    snprintf(why, whycap, "profile %s has no randomized region: --bases does not apply",
             p->name);
    return -1;
  }
  if (mem && mm_kaslr_linux_sizes(l, mem, size)) {
    if (mem->mem_end == 0)
      snprintf(why, whycap, "--mem must be above 0 (max_pfn << PAGE_SHIFT)");
    else
      snprintf(why, whycap, "--mem-padding 0x%" PRIx64 " is above 0x%x TiB", mem->padding_tb,
               MM_KASLR_PADDING_MAX);
    return -1;
  }
  if (parse_bases(p, bases, base, given, why, whycap))
    return -1;
  if (mem)
    snprintf(sizewhy, sizeof sizewhy, "its size by kaslr.c for --mem 0x%" PRIx64
             " and %" PRIu64 " TiB padding", mem->mem_end, mem->padding_tb);
  else
    snprintf(sizewhy, sizeof sizewhy, "its size in profile %s", p->name);
  for (uint32_t i = 0; i < l->nregions; i++) {
    const struct mm_region *r = &l->region[i];
    uint64_t size1; /* size - 1 */
    /* KASAN turns memory randomization off (kaslr_memory_enabled()): a
     * kernel that randomizes leaves the shadow unused */
    if (r->start >= lo && r->end <= hi && !r->randomized && r->kind != MM_KIND_HOLE &&
        !(mem && r->kind == MM_KIND_KASAN)) {
      snprintf(why, whycap, "region '%s' of profile %s is fixed but lies in the KASLR window",
               p->rname[i], p->name);
      return -1;
    }
    if (!r->randomized)
      continue;
    size1 = mem ? size[i] - 1 : r->end - r->start;
    size[i] = size1 + 1;
    if (mem) {
      char t[40];
      size_text(t, sizeof t, size[i]);
      so += (size_t)snprintf(c->sizes + so, so < sizeof c->sizes ? sizeof c->sizes - so : 0,
                             "%s%s %s", so ? ", " : "", p->rname[i], t);
      if (so >= sizeof c->sizes)
        so = sizeof c->sizes - 1;
    }
    if (!given[i])
      base[i] = r->start;
    o += (size_t)snprintf(c->bases + o, o < sizeof c->bases ? sizeof c->bases - o : 0,
                          "%s%s=0x%016" PRIx64, o ? "," : "", base_name(p, i), base[i]);
    if (o >= sizeof c->bases)
      o = sizeof c->bases - 1;
    if (base[i] % MM_P30 != 0) {
      mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, 0, "base",
                      "%s 0x%016" PRIx64 " is not aligned to 1 GiB (PUD_SIZE): kaslr.c "
                      "rounds every base to PUD_SIZE",
                      base_name(p, i), base[i]);
      bad = 1;
    }
    if (base[i] < lo || base[i] > hi || size1 > hi - base[i]) {
      mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, 0, "base",
                      "%s at 0x%016" PRIx64 " (0x%" PRIx64 " bytes, %s) "
                      "does not fit in the KASLR window 0x%016" PRIx64 "-0x%016" PRIx64,
                      base_name(p, i), base[i], size1 + 1, sizewhy, lo, hi);
      bad = 1;
    }
    if (prev >= 0 && base[i] <= prev_end) {
      mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, 0, "base",
                      "%s 0x%016" PRIx64 " is at or before the end 0x%016" PRIx64 " of '%s' "
                      "at %s (the randomized regions keep their order and do not overlap)",
                      base_name(p, i), base[i], prev_end, p->rname[prev],
                      base_name(p, (unsigned)prev));
      bad = 1;
    } else if (mem && prev >= 0 && base[i] - prev_end - 1 < MM_P30) {
      /* kaslr.c: vaddr += get_padding(); vaddr = round_up(vaddr + 1, PUD_SIZE) */
      mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, 0, "base",
                      "%s 0x%016" PRIx64 " is less than 1 GiB after the end 0x%016" PRIx64
                      " of '%s' at %s (kaslr.c leaves PUD_SIZE at least: vaddr = "
                      "round_up(vaddr + 1, PUD_SIZE))",
                      base_name(p, i), base[i], prev_end, p->rname[prev],
                      base_name(p, (unsigned)prev));
      bad = 1;
    }
    prev = (int)i;
    prev_end = base[i] + size1 < base[i] ? UINT64_MAX : base[i] + size1;
  }
  if (!bad && mem) {
    /* the bases kernel_randomize_memory() can produce for some draw */
    struct mm_kaslr_model m;
    char mwhy[512];
    unsigned which;
    if (mm_kaslr_model(&m, p, mm_kaslr_era_default(l), mem->mem_end, mem->padding_tb, mwhy,
                       sizeof mwhy)) {
      mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, 0, "kaslr", "%s", mwhy);
      bad = 1;
    } else {
      const uint64_t b3[3] = {base[m.dm], base[m.vm], base[m.vmemmap]};
      struct mm_kaslr_model full;
      char fwhy[512];
      /* The same kernel without the memory_tb cap (the direct map kept at
       * 2^(MAX_PHYSMEM_BITS - 40) TiB, as with CONFIG_PCI_P2PDMA, docs/kaslr.md):
       * Debian's 6.1.192 bases of make crosscheck come out of it, not of
       * the capped one. */
      if (mm_kaslr_reachable(&m, b3, &which, mwhy, sizeof mwhy)) {
        if (mm_kaslr_model(&full, p, m.era, mem->mem_end, MM_KASLR_PADDING_MAX, fwhy,
                           sizeof fwhy) == 0 &&
            mm_kaslr_reachable(&full, b3, &which, fwhy, sizeof fwhy) == 0) {
          mm_findings_add(c->f, MM_LEVEL_NOTE, c->path, 0, "kaslr",
                          "no draw of kaslr.c (Linux %s) with a %" PRIu64 " TiB direct map "
                          "gives these bases (%s); one with the direct map kept at %" PRIu64
                          " TiB does (no memory_tb cap, as with CONFIG_PCI_P2PDMA)",
                          mm_kaslr_era_name(m.era), (uint64_t)(m.size.direct_map >> 40), mwhy,
                          (uint64_t)(full.size.direct_map >> 40));
        } else {
          mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, 0, "base",
                          "%s: no draw of kaslr.c (Linux %s) gives these bases", mwhy,
                          mm_kaslr_era_name(m.era));
          bad = 1;
        }
      }
    }
  }
  if (bad)
    return 1;
  /* The layout: the regions before the window, the window rebuilt, the rest. */
  memset(&c->actual, 0, sizeof c->actual);
  c->actual.va_bits = l->va_bits;
  c->actual.levels = l->levels;
  c->actual.pa_bits = l->pa_bits;
  c->actual.page_offset = l->page_offset;
  c->window = 1;
  cur = lo;
  for (uint32_t i = 0; i < l->nregions; i++) {
    const struct mm_region *r = &l->region[i];
    if (r->end < lo || r->start > hi) {
      if (c->actual.nregions + 2 > MM_MAX_REGIONS)
        break;
      add_region(c, r->start, r->end, r->kind, r->align, r->randomized, p->rname[i]);
      c->actual.region[c->actual.nregions - 1].own_pgd = r->own_pgd;
      c->actual.region[c->actual.nregions - 1].lazy_sync = r->lazy_sync;
      continue;
    }
    if (!r->randomized)
      continue; /* a hole of the window: rebuilt */
    if (c->actual.nregions + 3 > MM_MAX_REGIONS)
      break;
    if (base[i] > cur)
      add_region(c, cur, base[i] - 1, MM_KIND_HOLE, align_of(cur, base[i] - 1), 0, WINDOW_NAME);
    add_region(c, base[i], base[i] + size[i] - 1, r->kind, MM_P30, 1, p->rname[i]);
    c->actual.region[c->actual.nregions - 1].own_pgd = r->own_pgd;
    c->actual.region[c->actual.nregions - 1].lazy_sync = r->lazy_sync;
    if (r->kind == MM_KIND_DIRECT_MAP)
      c->actual.page_offset = base[i];
    cur = base[i] + size[i];
  }
  if (c->actual.nregions + 1 > MM_MAX_REGIONS) {
    snprintf(why, whycap, "the layout with these bases has more than %u regions",
             MM_MAX_REGIONS);
    return -1;
  }
  /* insert the window's tail piece in order: it sits right before the first
   * region past hi */
  if (cur - 1 != hi) {
    uint32_t at = 0;
    while (at < c->actual.nregions && c->actual.region[at].start <= hi)
      at++;
    memmove(&c->actual.region[at + 1], &c->actual.region[at],
            sizeof c->actual.region[0] * (c->actual.nregions - at));
    memmove(&c->rname[at + 1], &c->rname[at], sizeof c->rname[0] * (c->actual.nregions - at));
    c->actual.nregions++;
    memset(&c->actual.region[at], 0, sizeof c->actual.region[at]);
    c->actual.region[at].start = cur;
    c->actual.region[at].end = hi;
    c->actual.region[at].kind = MM_KIND_HOLE;
    c->actual.region[at].align = align_of(cur, hi);
    c->rname[at] = WINDOW_NAME;
  }
  v = mm_layout_validate(&c->actual);
  /* kaslr.c sizes the direct map by the memory (plus padding), below the
   * 2^pa-bits (MAXMEM) the profile's model asks for: with mem, rule dm-size
   * is expected. mm_layout_validate checks it last, but its contract does not
   * say the other rules hold then, so the partition the lookups rely on is
   * checked here as well. */
  if (mem && v.rule == MM_RULE_DM_SIZE) {
    int part = c->actual.nregions > 0 && c->actual.region[0].start == 0 &&
               c->actual.region[c->actual.nregions - 1].end == UINT64_MAX;
    for (uint32_t i = 0; part && i < c->actual.nregions; i++)
      part = c->actual.region[i].start <= c->actual.region[i].end &&
             (i == 0 || c->actual.region[i].start == c->actual.region[i - 1].end + 1);
    if (part)
      v.rule = MM_OK;
  }
  if (v.rule != MM_OK) {
    mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, 0, "base",
                    "with these bases the layout breaks rule %s (%s) at region '%s'",
                    mm_rule_name(v.rule), mm_rule_meaning(v.rule),
                    v.region < c->actual.nregions ? c->rname[v.region] : "(the layout)");
    return 1;
  }
  return 0;
}

int mm_dump_check_init(struct mm_dump_check *c, const char *path, const struct mm_profile *p,
                       const char *bases, const struct mm_kaslr_mem *mem,
                       struct mm_findings *f, char *why, size_t whycap)
{
  memset(c, 0, sizeof *c);
  c->path = path;
  c->p = p;
  c->f = f;
  c->section = c->section_alt = -1;
  c->actual = p->layout;
  for (uint32_t i = 0; i < p->layout.nregions && i < MM_MAX_REGIONS; i++)
    c->rname[i] = p->rname[i];
  snprintf(c->bases, sizeof c->bases, "those of profile %s", p->name);
  if (!bases) {
    if (!mem)
      return 0;
    snprintf(why, whycap, "--mem sizes the randomized regions at --bases: it needs --bases");
    return -1;
  }
  return place(c, bases, mem, why, whycap);
}

/* The kinds a ptdump marker's section holds (arch/x86/mm/dump_pagetables.c
 * address_markers[]); markers not listed set no expectation. */
void mm_dump_check_marker(struct mm_dump_check *c, const char *name, unsigned line)
{
  static const struct {
    const char *marker;
    int kind, alt;
  } sections[] = {
    {"User Space", MM_KIND_USER, -1},
    {"LDT remap", MM_KIND_LDT_REMAP, -1},
    {"Low Kernel Mapping", MM_KIND_DIRECT_MAP, -1},
    {"vmalloc() Area", MM_KIND_VMALLOC, -1},
    {"Vmemmap", MM_KIND_VMEMMAP, -1},
    {"KASAN shadow", MM_KIND_KASAN, -1},
    {"CPU entry Area", MM_KIND_CPU_ENTRY, -1},
    {"ESPfix Area", MM_KIND_ESPFIX, -1},
    {"EFI Runtime Services", MM_KIND_EFI, -1},
    {"High Kernel Mapping", MM_KIND_KERNEL_TEXT, -1},
    {"Modules", MM_KIND_MODULES, -1},
    {"Fixmap Area", MM_KIND_FIXMAP, MM_KIND_VSYSCALL},
  };
  c->section = c->section_alt = -1;
  snprintf(c->marker, sizeof c->marker, "%s", name);
  c->marker_line = line;
  for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
    if (strcmp(name, sections[i].marker) == 0) {
      c->section = sections[i].kind;
      c->section_alt = sections[i].alt;
    }
}

static const char *noun(uint32_t kind)
{
  switch (kind) {
  case MM_KIND_NONCANONICAL: return "the non-canonical hole";
  case MM_KIND_GUARD: return "guard hole";
  default: return "hole";
  }
}

static const char *rule_of(uint32_t kind, int window)
{
  if (window)
    return "kaslr";
  return kind == MM_KIND_NONCANONICAL ? "noncanonical" : kind == MM_KIND_GUARD ? "guard"
                                                                               : "hole";
}

void mm_dump_check_range(struct mm_dump_check *c, const struct mm_dump_range *r)
{
  const struct mm_layout *l = &c->actual;
  uint32_t i = mm_region_lookup(l, r->start), j = mm_region_lookup(l, r->last);
  uint64_t end = r->last + 1; /* exclusive, 0 for 2^64, as ptdump prints it */
  c->nranges++;
  if (j < i)
    j = i; /* cannot happen: last >= start */
  for (uint32_t k = i; k <= j; k++) {
    const struct mm_region *g = &l->region[k];
    int window = c->rname[k] == NULL || strcmp(c->rname[k], WINDOW_NAME) == 0;
    c->touched[k] = 1;
    if (g->kind == MM_KIND_NONCANONICAL || g->kind == MM_KIND_GUARD ||
        g->kind == MM_KIND_HOLE) {
      window = window && c->window;
      if (window)
        mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, r->line, "kaslr",
                        "0x%016" PRIx64 "-0x%016" PRIx64 " %s the KASLR window but in no "
                        "randomized region at the bases %s (unused window 0x%016" PRIx64
                        "-0x%016" PRIx64 ")",
                        r->start, end, i == j ? "lies in" : "reaches into", c->bases,
                        g->start, g->end);
      else
        mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, r->line, rule_of(g->kind, 0),
                        "0x%016" PRIx64 "-0x%016" PRIx64 " %s %s '%s' (0x%016" PRIx64
                        "-0x%016" PRIx64 ")",
                        r->start, end, i == j ? "lies in" : "reaches into", noun(g->kind),
                        c->rname[k] ? c->rname[k] : "?", g->start, g->end);
      for (k++; k <= j; k++)
        c->touched[k] = 1;
      return;
    }
  }
  if (i != j) {
    mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, r->line, "straddle",
                    "0x%016" PRIx64 "-0x%016" PRIx64 " spans regions '%s' and '%s' (the "
                    "boundary is at 0x%016" PRIx64 ")",
                    r->start, end, c->rname[i], c->rname[i + 1], l->region[i + 1].start);
    return;
  }
  if (c->section >= 0 && (int)l->region[i].kind != c->section &&
      (int)l->region[i].kind != c->section_alt)
    mm_findings_add(c->f, MM_LEVEL_FINDING, c->path, r->line, "section",
                    "0x%016" PRIx64 "-0x%016" PRIx64 " follows the marker '---[ %s ]---' "
                    "(line %u), which is for %s, but lies in region '%s' (%s)",
                    r->start, end, c->marker, c->marker_line, mm_kind_name((uint32_t)c->section),
                    c->rname[i], mm_kind_name(l->region[i].kind));
}

unsigned mm_dump_check_touched(const struct mm_dump_check *c)
{
  unsigned n = 0;
  for (uint32_t i = 0; i < c->actual.nregions && i < MM_MAX_REGIONS; i++)
    n += c->touched[i];
  return n;
}

/* ---- the whole check, from lines ---- */

struct run {
  struct mm_dump_parser parser;
  struct mm_dump_check check;
  struct mm_findings f;
  int skip;    /* the bases break a rule: ranges are only parsed */
  int stopped; /* a parse error: the rest is not read */
};

static int run_init(struct run *r, const char *path, const struct mm_profile *p,
                    unsigned format, const char *bases, const struct mm_kaslr_mem *mem,
                    FILE *err)
{
  char why[256];
  int k;
  mm_findings_init(&r->f);
  mm_dump_init(&r->parser, format, p->layout.va_bits);
  r->skip = r->stopped = 0;
  k = mm_dump_check_init(&r->check, path, p, bases, mem, &r->f, why, sizeof why);
  if (k < 0) {
    fprintf(err, "mmspec check: %s (see mmspec check --help)\n", why);
    return -1;
  }
  r->skip = k > 0;
  return 0;
}

static void feed(struct run *r, const char *path, const char *s, size_t n)
{
  struct mm_dump_range out[2];
  struct mm_diag d;
  int marker, k;
  if (r->stopped)
    return;
  k = mm_dump_line(&r->parser, path, s, n, out, &marker, &d);
  if (k < 0) {
    mm_findings_add(&r->f, MM_LEVEL_UNUSABLE, d.file, d.line, d.rule, "%s", d.msg);
    r->stopped = 1;
    return;
  }
  if (marker && !r->skip)
    mm_dump_check_marker(&r->check, r->parser.marker, r->parser.marker_line);
  for (int i = 0; i < k && !r->skip; i++)
    mm_dump_check_range(&r->check, &out[i]);
}

static enum mm_load report(struct run *r, const char *path, FILE *out, FILE *err)
{
  struct mm_dump_range last;
  int st;
  if (!r->stopped && mm_dump_finish(&r->parser, &last) && !r->skip)
    mm_dump_check_range(&r->check, &last);
  /* every `info tlb` and `info mem` line is a range: none read means no line
   * (a ptdump may have markers and unmapped lines only) */
  if (!r->stopped && (r->parser.format == MM_DUMP_AUTO ||
                      (r->parser.format != MM_DUMP_PTDUMP && !r->skip && r->check.nranges == 0)))
    mm_findings_add(&r->f, MM_LEVEL_UNUSABLE, path, r->parser.line ? r->parser.line : 1,
                    "empty", "no line of a ptdump, `info tlb` or `info mem` dump");
  st = mm_findings_status(&r->f);
  fflush(out);
  mm_findings_print(err, path, &r->f);
  if (st == 0)
    fprintf(out, "%s: ok (%u ranges, %u regions touched, bases %s%s%s)\n", path,
            r->check.nranges, mm_dump_check_touched(&r->check), r->check.bases,
            r->check.sizes[0] ? ", sizes " : "", r->check.sizes);
  return (enum mm_load)st;
}

enum mm_load mm_dump_check_stream(FILE *in, const char *path, const struct mm_profile *p,
                                  unsigned format, const char *bases,
                                  const struct mm_kaslr_mem *mem, FILE *out, FILE *err)
{
  struct run *r = malloc(sizeof *r);
  char *line = malloc(MM_DUMP_LINE_MAX + 2);
  size_t n = 0;
  int ch;
  enum mm_load st = MM_LOAD_UNUSABLE;
  if (!r || !line) {
    fputs("mmspec check: out of memory\n", err);
    goto done;
  }
  if (run_init(r, path, p, format, bases, mem, err))
    goto done;
  while ((ch = getc(in)) != EOF && !r->stopped) {
    if (ch == '\n') {
      feed(r, path, line, n);
      n = 0;
    } else if (n <= MM_DUMP_LINE_MAX) {
      line[n++] = (char)ch; /* one byte past the limit marks a long line */
    }
  }
  if (ferror(in)) {
    fprintf(err, "%s: io: cannot read\n", path);
    goto done;
  }
  if (n > 0)
    feed(r, path, line, n);
  st = report(r, path, out, err);
done:
  free(r);
  free(line);
  return st;
}

enum mm_load mm_dump_check_text(const char *text, size_t len, const char *path,
                                const struct mm_profile *p, unsigned format,
                                const char *bases, const struct mm_kaslr_mem *mem,
                                FILE *out, FILE *err)
{
  struct run *r = malloc(sizeof *r);
  size_t pos = 0;
  enum mm_load st = MM_LOAD_UNUSABLE;
  if (!r) {
    fputs("mmspec check: out of memory\n", err);
    return st;
  }
  if (run_init(r, path, p, format, bases, mem, err) == 0) {
    while (pos < len && !r->stopped) {
      const char *nl = memchr(text + pos, '\n', len - pos);
      size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
      feed(r, path, text + pos, n);
      pos += n + 1;
    }
    st = report(r, path, out, err);
  }
  free(r);
  return st;
}
