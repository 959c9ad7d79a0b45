/* CONFIG_RANDOMIZE_MEMORY applied to a profile (kaslr_model.h). The
 * arithmetic is the proven src/kaslr.c; what is read off the profile here is
 * which region ends the window in each Linux version:
 *
 *   4.8-4.14  memory_rand_end / vaddr_end = ESPFIX_BASE_ADDR (the #if chain
 *             of arch/x86/mm/kaslr.c picks it with CONFIG_X86_ESPFIX64, which
 *             every x86-64 kernel has, and without CONFIG_KASAN, which turns
 *             memory randomization off: kaslr_memory_enabled());
 *   4.15 on   vaddr_end = CPU_ENTRY_AREA_BASE (1dddd2512511, "x86/mm/kaslr:
 *             Fix the vaddr_end mess"; 6.1 still has it).
 *
 * vaddr_start is the direct map's fixed base (__PAGE_OFFSET_BASE,
 * __PAGE_OFFSET_BASE_L4/_L5): the profile's page-offset. */
#include "kaslr_model.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "kinds.h"
#include "layout_validate.h"
#include "rules.h"

#define PUD ((uint64_t)MM_P30)
#define TIB ((uint64_t)MM_KASLR_TIB)

static const struct {
  const char *name;
  uint32_t end_kind;  /* the region whose start is vaddr_end */
  const char *end_sym;
  uint32_t vmemmap;   /* enum mm_kaslr_vmemmap */
} eras[MM_KASLR_ERA_COUNT] = {
  {"4.8", MM_KIND_ESPFIX, "ESPFIX_BASE_ADDR (Linux 4.8-4.14)", MM_KASLR_VMEMMAP_1TB},
  {"4.15", MM_KIND_CPU_ENTRY, "CPU_ENTRY_AREA_BASE (Linux 4.15 on, 1dddd2512511)",
   MM_KASLR_VMEMMAP_1TB},
  {"6.1", MM_KIND_CPU_ENTRY, "CPU_ENTRY_AREA_BASE (Linux 4.15 on, 1dddd2512511)",
   MM_KASLR_VMEMMAP_STRUCT_PAGE},
};

const char *mm_kaslr_era_name(unsigned era)
{
  return era < MM_KASLR_ERA_COUNT ? eras[era].name : "?";
}

int mm_kaslr_era_parse(const char *s, unsigned *era)
{
  for (unsigned i = 0; i < MM_KASLR_ERA_COUNT; i++)
    if (strcmp(s, eras[i].name) == 0) {
      *era = i;
      return 0;
    }
  return -1;
}

unsigned mm_kaslr_era_default(const struct mm_layout *l)
{
  for (uint32_t i = 0; i < l->nregions && i < MM_MAX_REGIONS; i++)
    if (l->region[i].kind == MM_KIND_CPU_ENTRY)
      return MM_KASLR_ERA_6_1;
  return MM_KASLR_ERA_4_8;
}

static int fail(char *why, size_t cap, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));

static int fail(char *why, size_t cap, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(why, cap, fmt, ap);
  va_end(ap);
  return -1;
}

int mm_kaslr_window_of(const struct mm_layout *l, unsigned era, uint32_t *first, uint32_t *endr)
{
  struct mm_kaslr_window w;
  if (era >= MM_KASLR_ERA_COUNT || l->nregions < 1 || l->nregions > MM_MAX_REGIONS)
    return 2;
  w = mm_kaslr_window_find(l, eras[era].end_kind); /* proven: src/kaslr.h */
  if (w.status == MM_KASLR_WINDOW_NO_DIRECT_MAP)
    return 1;
  if (w.status == MM_KASLR_WINDOW_NO_END)
    return 2;
  *first = w.first;
  *endr = w.endr;
  return 0;
}

int mm_kaslr_model(struct mm_kaslr_model *m, const struct mm_profile *p, unsigned era,
                   uint64_t mem_end, uint64_t padding_tb, char *why, size_t whycap)
{
  const struct mm_layout *l = &p->layout;
  uint32_t i;
  uint32_t want[3] = {MM_KIND_DIRECT_MAP, MM_KIND_VMALLOC, MM_KIND_VMEMMAP}, *idx[3];
  unsigned found = 0;
  uint64_t vsize;
  memset(m, 0, sizeof *m);
  if (era >= MM_KASLR_ERA_COUNT)
    return fail(why, whycap, "era: unknown Linux version");
  m->era = era;
  idx[0] = &m->dm;
  idx[1] = &m->vm;
  idx[2] = &m->vmemmap;
  switch (mm_kaslr_window_of(l, era, &m->first, &m->endr)) {
  case 1:
    return fail(why, whycap, "window: profile %s has no randomized direct map at page-offset "
                "(vaddr_start)", p->name);
  case 2:
    return fail(why, whycap, "window: profile %s has no %s region after the direct map: "
                "Linux %s ends the window at %s", p->name, mm_kind_name(eras[era].end_kind),
                eras[era].name, eras[era].end_sym);
  default:
    break;
  }
  m->start = l->region[m->first].start;
  m->end = l->region[m->endr].start;
  {
    /* the fixed regions in the window: the proven mm_kaslr_window_find */
    struct mm_kaslr_window w = mm_kaslr_window_find(l, eras[era].end_kind);
    if (w.status == MM_KASLR_WINDOW_FIXED) {
      const struct mm_region *r = &l->region[w.bad];
      return fail(why, whycap,
                  "window: region '%s' (%s) is fixed but lies in the KASLR window "
                  "0x%016" PRIx64 "-0x%016" PRIx64 " (vaddr_end = %s, the start of '%s')%s",
                  p->rname[w.bad], mm_kind_name(r->kind), m->start, m->end - 1,
                  eras[era].end_sym, p->rname[m->endr],
                  r->kind == MM_KIND_CPU_ENTRY && eras[era].end_kind == MM_KIND_ESPFIX
                    ? ": the randomized regions can land on it, as on cpu_entry_area in Linux "
                      "4.15 before 1dddd2512511 (\"x86/mm/kaslr: Fix the vaddr_end mess\")"
                    : ": the randomized regions can land on it");
    }
  }
  for (i = m->first; i < m->endr; i++)
    if (found < 3 && l->region[i].kind == want[found] && l->region[i].randomized)
      *idx[found++] = i;
  if (found < 3)
    return fail(why, whycap, "window: profile %s has no randomized %s in order in the KASLR "
                "window", p->name, mm_kind_name(want[found]));
  if (m->end > MM_KASLR_END_MAX || m->start % PUD != 0)
    return fail(why, whycap, "window: 0x%016" PRIx64 "-0x%016" PRIx64 " is out of the model's "
                "range", m->start, m->end - 1);
  vsize = l->region[m->vm].end - l->region[m->vm].start + 1;
  if (vsize % PUD != 0 || vsize > MM_KASLR_SIZE_MAX)
    return fail(why, whycap, "window: vmalloc size 0x%" PRIx64 " is not a multiple of 1 GiB",
                vsize);
  if (mem_end == 0)
    return fail(why, whycap, "mem: the memory size must be above 0");
  if (padding_tb > MM_KASLR_PADDING_MAX)
    return fail(why, whycap, "mem: padding 0x%" PRIx64 " TiB is above 0x%x TiB", padding_tb,
                MM_KASLR_PADDING_MAX);
  m->size = mm_kaslr_sizes(l->pa_bits, mem_end, padding_tb, vsize, eras[era].vmemmap);
  if (!mm_kaslr_vmemmap_ok(m->size))
    return fail(why, whycap,
                "vmemmap: the %" PRIu64 " TiB vmemmap of Linux %s holds the 64-byte struct "
                "pages of %" PRIu64 " TiB, but the direct map is %" PRIu64 " TiB: the "
                "vmemmap of the last pages lands past its region (the hard-coded 1 TiB "
                "vmemmap with 5-level paging; fixed in 2019 by sizing it from sizeof(struct "
                "page), era 6.1)",
                m->size.vmemmap / TIB, eras[era].name, m->size.vmemmap / TIB * 64,
                m->size.direct_map / TIB);
  if (m->end - m->start < m->size.direct_map ||
      m->end - m->start - m->size.direct_map < m->size.vmalloc ||
      m->end - m->start - m->size.direct_map - m->size.vmalloc < m->size.vmemmap)
    return fail(why, whycap, "room: the regions (%" PRIu64 " + %" PRIu64 " + %" PRIu64
                " TiB) do not fit in the window 0x%016" PRIx64 "-0x%016" PRIx64,
                m->size.direct_map / TIB, m->size.vmalloc / TIB, m->size.vmemmap / TIB,
                m->start, m->end - 1);
  m->remain = m->end - m->start - m->size.direct_map - m->size.vmalloc - m->size.vmemmap;
  return 0;
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

static void put(struct mm_profile *o, const struct mm_profile *p, int from, uint64_t start,
                uint64_t end, unsigned *holes)
{
  uint32_t k = o->layout.nregions++;
  struct mm_region *r = &o->layout.region[k];
  if (from >= 0) {
    *r = p->layout.region[from];
    memcpy(o->rname[k], p->rname[from], sizeof o->rname[k]);
    memcpy(o->rdesc[k], p->rdesc[from], sizeof o->rdesc[k]);
    o->rline[k] = p->rline[from];
  } else {
    memset(r, 0, sizeof *r);
    r->kind = MM_KIND_HOLE;
    snprintf(o->rname[k], sizeof o->rname[k], "kaslr_hole_%u", (*holes)++);
    snprintf(o->rdesc[k], sizeof o->rdesc[k], "unused (KASLR window)");
    o->rline[k] = 0;
  }
  r->start = start;
  r->end = end;
  if (from < 0)
    r->align = align_of(start, end);
  else if (p->layout.region[from].randomized)
    r->align = PUD;
}

int mm_kaslr_layout(struct mm_profile *o, const struct mm_profile *p,
                    const struct mm_kaslr_model *m, const struct mm_kaslr_bases *b,
                    char *why, size_t whycap)
{
  const struct mm_layout *l = &p->layout;
  uint32_t n = l->nregions < MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  const uint32_t ri[3] = {m->dm, m->vm, m->vmemmap};
  const uint64_t base[3] = {b->direct_map, b->vmalloc, b->vmemmap};
  const uint64_t size[3] = {m->size.direct_map, m->size.vmalloc, m->size.vmemmap};
  uint64_t cur = m->start;
  unsigned holes = 0;
  struct mm_verdict v;
  if (b->status != MM_KASLR_FIT)
    return fail(why, whycap, "spill: with these draws the vmemmap ends at 0x%016" PRIx64
                ", past vaddr_end - 1 = 0x%016" PRIx64 ", on '%s' (remain_entropy does not "
                "count the two PUD_SIZE gaps)", b->vmemmap + m->size.vmemmap - 1, m->end - 1,
                p->rname[m->endr]);
  /* at most first + 7 + (n - endr) regions */
  if (m->first + 7 + (n - m->endr) > MM_MAX_REGIONS)
    return fail(why, whycap, "count: the randomized layout would have more than %u regions",
                MM_MAX_REGIONS);
  *o = *p;
  o->layout.nregions = 0;
  for (uint32_t i = 0; i < m->first; i++)
    put(o, p, (int)i, l->region[i].start, l->region[i].end, &holes);
  for (int k = 0; k < 3; k++) {
    if (base[k] > cur)
      put(o, p, -1, cur, base[k] - 1, &holes);
    put(o, p, (int)ri[k], base[k], base[k] + size[k] - 1, &holes);
    cur = base[k] + size[k];
  }
  if (cur < m->end)
    put(o, p, -1, cur, m->end - 1, &holes);
  for (uint32_t i = m->endr; i < n; i++)
    put(o, p, (int)i, l->region[i].start, l->region[i].end, &holes);
  o->layout.page_offset = b->direct_map; /* page_offset_base */
  v = mm_layout_validate(&o->layout);
  if (v.rule == MM_RULE_DM_SIZE && m->size.direct_map < (l->pa_bits == 46 ? 64 * TIB : 4096 * TIB)) {
    /* kaslr.c sizes the direct map by the memory: dm-size is expected. The
     * validator reports it last, but its contract does not say the rest holds
     * then, so the partition is checked here too. */
    int part = o->layout.region[0].start == 0 &&
               o->layout.region[o->layout.nregions - 1].end == UINT64_MAX;
    for (uint32_t i = 1; part && i < o->layout.nregions; i++)
      part = o->layout.region[i - 1].end < o->layout.region[i].start &&
             o->layout.region[i].start - o->layout.region[i - 1].end == 1;
    if (part)
      v.rule = MM_OK;
  }
  if (v.rule != MM_OK)
    return fail(why, whycap, "layout: the randomized layout breaks rule %s (%s) at region '%s'",
                mm_rule_name(v.rule), mm_rule_meaning(v.rule),
                v.region < o->layout.nregions ? o->rname[v.region] : "(the layout)");
  return 0;
}

int mm_kaslr_reachable(const struct mm_kaslr_model *m, const uint64_t b[3], unsigned *which,
                       char *why, size_t whycap)
{
  static const char *const names[3] = {"page_offset_base", "vmalloc_base", "vmemmap_base"};
  const uint64_t size[3] = {m->size.direct_map, m->size.vmalloc, m->size.vmemmap};
  uint64_t vaddr = m->start, remain = m->remain;
  for (unsigned k = 0; k < 3; k++) {
    uint64_t max = remain / (3 - k) / PUD * PUD, e;
    *which = k;
    if (b[k] < vaddr)
      return fail(why, whycap, "%s 0x%016" PRIx64 " is below 0x%016" PRIx64 ", the lowest "
                  "base kaslr.c can give it (%s)", names[k], b[k], vaddr,
                  k == 0 ? "vaddr_start" : "the previous region's end + 1 GiB");
    e = b[k] - vaddr;
    if (e % PUD != 0)
      return fail(why, whycap, "%s 0x%016" PRIx64 " is not 1 GiB (PUD_SIZE) aligned: "
                  "kaslr.c masks the entropy with PUD_MASK", names[k], b[k]);
    if (e > max)
      return fail(why, whycap, "%s 0x%016" PRIx64 " is 0x%" PRIx64 " bytes above 0x%016"
                  PRIx64 ", more than the 0x%" PRIx64 " of entropy kaslr.c can draw for it "
                  "(remain_entropy / %u)", names[k], b[k], e, vaddr, max, 3 - k);
    vaddr = b[k] + size[k] + PUD; /* round_up(vaddr + 1, PUD_SIZE) */
    remain -= e;
  }
  return 0;
}

void mm_kaslr_stats(const struct mm_kaslr_model *m, struct mm_kaslr_stats *s)
{
  uint64_t R = m->remain;
  uint64_t e0 = R / 3 / PUD * PUD;                 /* largest first entropy   */
  uint64_t t1 = e0 + (R - e0) / 2 / PUD * PUD;     /* largest e0 + e1         */
  uint64_t t2 = t1 + (R - t1) / PUD * PUD;         /* largest e0 + e1 + e2    */
  /* The sums are contiguous in PUD steps: each entropy takes every PUD
   * multiple from 0 to its bound, and the bound of the next one shrinks by at
   * most what the previous one grew (docs/kaslr.md). */
  s->positions[0] = e0 / PUD + 1;
  s->positions[1] = t1 / PUD + 1;
  s->positions[2] = t2 / PUD + 1;
  /* the vmemmap fits when e0 + e1 + e2 <= R - 2 PUD */
  s->vmemmap_fit = R < 2 * PUD ? 0 : ((R - 2 * PUD) / PUD + 1 < s->positions[2]
                                        ? (R - 2 * PUD) / PUD + 1 : s->positions[2]);
}

uint64_t mm_splitmix64(uint64_t *state)
{
  uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
