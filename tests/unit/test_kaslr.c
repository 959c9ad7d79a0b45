/* CONFIG_RANDOMIZE_MEMORY: the proven model (src/kaslr.c) against a reference
 * written from Linux's arch/x86/mm/kaslr.c kernel_randomize_memory() with the
 * kernel's own bit operations (PUD_MASK, round_up's mask form, << TB_SHIFT),
 * over many random draws for every profile and era; the boundary draws; the
 * exact position counts against brute force; the checker of given bases; and
 * the regression cases from Linux's history. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kaslr.h"
#include "kaslr_model.h"
#include "layout_validate.h"
#include "source.h"

/* ---- the reference, from the kernel source (6.1 / 4.14 form) ---- */
#define R_PUD_SHIFT 30
#define R_PUD_SIZE (1UL << R_PUD_SHIFT)
#define R_PUD_MASK (~(R_PUD_SIZE - 1))
#define R_TB_SHIFT 40
#define R_ROUND_UP(x, y) ((((x) - 1) | ((unsigned long)(y) - 1)) + 1) /* round_up(), __round_mask */
#define R_DIV_ROUND_UP(n, d) (((n) + (d) - 1) / (d))

struct ref_region {
  unsigned long base, size_tb;
};

/* kernel_randomize_memory() with rand[] for prandom_bytes_state() */
static void ref_randomize(unsigned long vaddr_start, unsigned long vaddr_end, int pa_bits,
                          unsigned long vmalloc_size_tb, int vmemmap_from_page,
                          unsigned long mem_end, unsigned long padding,
                          const uint64_t rand[3], struct ref_region reg[3])
{
  unsigned long vaddr = vaddr_start, memory_tb, remain_entropy;
  reg[0].size_tb = 1UL << (pa_bits - R_TB_SHIFT);
  reg[1].size_tb = vmalloc_size_tb;
  memory_tb = R_DIV_ROUND_UP(mem_end, 1UL << R_TB_SHIFT) + padding;
  if (memory_tb < reg[0].size_tb)
    reg[0].size_tb = memory_tb;
  if (vmemmap_from_page)
    reg[2].size_tb = R_DIV_ROUND_UP((reg[0].size_tb << (R_TB_SHIFT - 12)) * 64,
                                    1UL << R_TB_SHIFT);
  else
    reg[2].size_tb = 1;
  remain_entropy = vaddr_end - vaddr_start;
  for (int i = 0; i < 3; i++)
    remain_entropy -= reg[i].size_tb << R_TB_SHIFT;
  for (int i = 0; i < 3; i++) {
    unsigned long entropy = remain_entropy / (3 - i);
    entropy = (rand[i] % (entropy + 1)) & R_PUD_MASK;
    vaddr += entropy;
    reg[i].base = vaddr;
    vaddr += reg[i].size_tb << R_TB_SHIFT;
    vaddr = R_ROUND_UP(vaddr + 1, R_PUD_SIZE);
    remain_entropy -= entropy;
  }
}

static uint64_t rng = 0x243F6A8885A308D3ULL;
static uint64_t draw(void)
{
  /* xorshift64*, independent of the tool's splitmix64 */
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return rng * 2685821657736338717ULL;
}

static const char *const profiles[] = {"linux-4.8-4level", "linux-4.15-4level",
                                       "linux-4.20-4level", "linux-4.20-5level"};
static const uint64_t mems[] = {1ULL << 30, 16ULL << 30, 3ULL << 40, 60ULL << 40,
                                1ULL << 46, 5000ULL << 40};

/* the properties of one placement, and its layout through the validator */
static void check_placement(const struct mm_profile *p, const struct mm_kaslr_model *m,
                            const uint64_t rand[3], const char *what)
{
  static struct mm_profile out;
  struct mm_kaslr_bases b = mm_kaslr_place(m->start, m->end, m->size, rand);
  char why[512];
  CHECK(b.status == MM_KASLR_FIT || b.status == MM_KASLR_SPILL, "%s: status %u", what,
        b.status);
  CHECK(b.direct_map % MM_P30 == 0 && b.vmalloc % MM_P30 == 0 && b.vmemmap % MM_P30 == 0,
        "%s: aligned", what);
  CHECK(b.direct_map >= m->start && b.direct_map + m->size.direct_map + MM_P30 <= b.vmalloc &&
        b.vmalloc + m->size.vmalloc + MM_P30 <= b.vmemmap &&
        b.vmalloc + m->size.vmalloc <= m->end &&
        b.vmemmap + m->size.vmemmap <= m->end + 2 * MM_P30, "%s: order and bounds", what);
  if (b.status == MM_KASLR_FIT) {
    unsigned which;
    const uint64_t bb[3] = {b.direct_map, b.vmalloc, b.vmemmap};
    int r = mm_kaslr_layout(&out, p, m, &b, why, sizeof why);
    CHECK(r == 0, "%s: layout: %s", what, why);
    CHECK(mm_kaslr_reachable(m, bb, &which, why, sizeof why) == 0, "%s: reachable: %s", what,
          why);
  }
}

static void test_reference(void)
{
  static struct mm_profile p;
  struct mm_diag d;
  unsigned compared = 0;
  for (size_t i = 0; i < sizeof profiles / sizeof profiles[0]; i++) {
    CHECK(mm_source_load(&p, profiles[i], &d) == MM_LOAD_OK, "%s", profiles[i]);
    for (unsigned era = 0; era < MM_KASLR_ERA_COUNT; era++)
      for (size_t k = 0; k < sizeof mems / sizeof mems[0]; k++)
        for (uint64_t pad = 0; pad <= 10; pad += 10) {
          struct mm_kaslr_model m;
          char why[512];
          const struct mm_region *v;
          if (mm_kaslr_model(&m, &p, era, mems[k], pad, why, sizeof why))
            continue; /* the regression cases below say which and why */
          v = &p.layout.region[m.vm];
          for (int t = 0; t < 400; t++) {
            uint64_t rand[3] = {draw(), draw(), draw()};
            struct ref_region reg[3];
            struct mm_kaslr_bases b = mm_kaslr_place(m.start, m.end, m.size, rand);
            ref_randomize(m.start, m.end, (int)p.layout.pa_bits,
                          (v->end - v->start + 1) >> R_TB_SHIFT, era == MM_KASLR_ERA_6_1,
                          mems[k], pad, rand, reg);
            CHECK_EQ_U64(m.size.direct_map, reg[0].size_tb << R_TB_SHIFT);
            CHECK_EQ_U64(m.size.vmemmap, reg[2].size_tb << R_TB_SHIFT);
            CHECK(b.direct_map == reg[0].base && b.vmalloc == reg[1].base &&
                  b.vmemmap == reg[2].base,
                  "%s era %s mem 0x%" PRIx64 ": bases differ from the reference", profiles[i],
                  mm_kaslr_era_name(era), mems[k]);
            if (t < 20)
              check_placement(&p, &m, rand, profiles[i]);
            compared++;
          }
        }
  }
  CHECK(compared > 10000, "compared %u draws", compared);
}

/* all-zero and all-ones draws, for every profile with its default era */
static void test_boundaries(void)
{
  static struct mm_profile p, out;
  struct mm_diag d;
  for (size_t i = 0; i < sizeof profiles / sizeof profiles[0]; i++) {
    struct mm_kaslr_model m;
    char why[512];
    const uint64_t zero[3] = {0, 0, 0}, ones[3] = {UINT64_MAX, UINT64_MAX, UINT64_MAX};
    struct mm_kaslr_bases b;
    CHECK(mm_source_load(&p, profiles[i], &d) == MM_LOAD_OK, "%s", profiles[i]);
    CHECK(mm_kaslr_model(&m, &p, mm_kaslr_era_default(&p.layout), 16ULL << 30, 10, why,
                         sizeof why) == 0, "%s: %s", profiles[i], why);
    b = mm_kaslr_place(m.start, m.end, m.size, zero);
    /* no entropy: each region right after the previous one and 1 GiB */
    CHECK_EQ_U64(b.direct_map, m.start);
    CHECK_EQ_U64(b.vmalloc, m.start + m.size.direct_map + MM_P30);
    CHECK_EQ_U64(b.vmemmap, b.vmalloc + m.size.vmalloc + MM_P30);
    CHECK(b.status == MM_KASLR_FIT, "%s zero: fits", profiles[i]);
    check_placement(&p, &m, zero, profiles[i]);
    CHECK(mm_kaslr_layout(&out, &p, &m, &b, why, sizeof why) == 0, "%s: %s", profiles[i], why);
    CHECK_EQ_U64(out.layout.page_offset, m.start);
    b = mm_kaslr_place(m.start, m.end, m.size, ones);
    /* 2^64 - 1 = q (m + 1) + rest: the entropy is (2^64 - 1) % (bound + 1) masked */
    CHECK_EQ_U64(b.direct_map,
                 m.start + (UINT64_MAX % (m.remain / 3 + 1)) / MM_P30 * MM_P30);
    CHECK(b.status == MM_KASLR_FIT, "%s ones: fits", profiles[i]);
    check_placement(&p, &m, ones, profiles[i]);
  }
}

/* The largest draws for the last region push the vmemmap 2 GiB past
 * vaddr_end - 1: what Linux's algorithm does (remain_entropy does not count
 * the two PUD_SIZE gaps), so the model reports it and builds no layout. */
static void test_spill(void)
{
  static struct mm_profile p, out;
  struct mm_diag d;
  struct mm_kaslr_model m;
  char why[512];
  uint64_t rand[3] = {0, 0, 0};
  struct mm_kaslr_bases b;
  CHECK(mm_source_load(&p, "linux-4.8-4level", &d) == MM_LOAD_OK, "seed");
  CHECK(mm_kaslr_model(&m, &p, MM_KASLR_ERA_4_8, 16ULL << 30, 10, why, sizeof why) == 0, "%s",
        why);
  rand[2] = m.remain; /* rand % (remain + 1) == remain */
  b = mm_kaslr_place(m.start, m.end, m.size, rand);
  CHECK(b.status == MM_KASLR_SPILL, "spill");
  CHECK_EQ_U64(b.vmemmap + m.size.vmemmap - 1, m.end - 1 + 2 * MM_P30);
  CHECK(mm_kaslr_layout(&out, &p, &m, &b, why, sizeof why) != 0 &&
        strncmp(why, "spill:", 6) == 0 && strstr(why, "'espfix'"), "%s", why);
  rand[2] = m.remain - 2 * MM_P30; /* the last that fits */
  b = mm_kaslr_place(m.start, m.end, m.size, rand);
  CHECK(b.status == MM_KASLR_FIT && b.vmemmap + m.size.vmemmap == m.end, "last fit");
}

/* Exact position counts (mm_kaslr_stats) against brute force: every entropy
 * triple of a small window, through the proven placement. Draws equal to the
 * entropy reach each one (rand % (bound + 1) == rand when rand <= bound). */
static int cmp_u64(const void *a, const void *b)
{
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

static uint64_t distinct(uint64_t *v, size_t n)
{
  uint64_t c = 0;
  qsort(v, n, sizeof v[0], cmp_u64);
  for (size_t i = 0; i < n; i++)
    c += i == 0 || v[i] != v[i - 1];
  return c;
}

static void test_stats(void)
{
  static const uint64_t remains[] = {0, 1, 2, 3, 7, 40, 100, 121};
  for (size_t t = 0; t < sizeof remains / sizeof remains[0]; t++) {
    struct mm_kaslr_model m;
    struct mm_kaslr_stats s;
    uint64_t *pos[3], fit = 0, *fitv;
    size_t n = 0, cap = 2000000;
    memset(&m, 0, sizeof m);
    m.size.direct_map = 3 * MM_P30;
    m.size.vmalloc = 2 * MM_P30;
    m.size.vmemmap = MM_P30;
    m.start = 0xffff880000000000ULL;
    m.remain = remains[t] * MM_P30;
    m.end = m.start + m.remain + 6 * MM_P30;
    for (int k = 0; k < 3; k++)
      pos[k] = malloc(cap * sizeof pos[k][0]);
    fitv = malloc(cap * sizeof fitv[0]);
    if (!pos[0] || !pos[1] || !pos[2] || !fitv)
      abort();
    for (uint64_t e0 = 0; e0 <= m.remain; e0 += MM_P30)
      for (uint64_t e1 = 0; e1 <= m.remain; e1 += MM_P30)
        for (uint64_t e2 = 0; e2 <= m.remain; e2 += MM_P30) {
          uint64_t rand[3] = {e0, e1, e2};
          struct mm_kaslr_bases b = mm_kaslr_place(m.start, m.end, m.size, rand);
          if (n < cap) {
            pos[0][n] = b.direct_map;
            pos[1][n] = b.vmalloc;
            pos[2][n] = b.vmemmap;
            if (b.status == MM_KASLR_FIT)
              fitv[fit++] = b.vmemmap;
            n++;
          }
        }
    CHECK(n < cap, "brute force fits");
    mm_kaslr_stats(&m, &s);
    CHECK_EQ_U64(s.positions[0], distinct(pos[0], n));
    CHECK_EQ_U64(s.positions[1], distinct(pos[1], n));
    CHECK_EQ_U64(s.positions[2], distinct(pos[2], n));
    CHECK_EQ_U64(s.vmemmap_fit, distinct(fitv, fit));
    for (int k = 0; k < 3; k++)
      free(pos[k]);
    free(fitv);
  }
}

/* Given bases: the placements the algorithm produces pass, others are
 * rejected naming the rule broken. */
static void test_reachable(void)
{
  static struct mm_profile p;
  struct mm_diag d;
  struct mm_kaslr_model m;
  char why[512];
  unsigned which;
  uint64_t b[3];
  CHECK(mm_source_load(&p, "linux-4.20-4level", &d) == MM_LOAD_OK, "4.20");
  CHECK(mm_kaslr_model(&m, &p, MM_KASLR_ERA_6_1, 16ULL << 30, 10, why, sizeof why) == 0, "%s",
        why);
  b[0] = m.start + m.remain / 3 / MM_P30 * MM_P30; /* the largest first entropy */
  b[1] = b[0] + m.size.direct_map + MM_P30;
  b[2] = b[1] + m.size.vmalloc + MM_P30;
  CHECK(mm_kaslr_reachable(&m, b, &which, why, sizeof why) == 0, "%s", why);
  b[0] += MM_P30;
  b[1] += MM_P30;
  b[2] += MM_P30;
  CHECK(mm_kaslr_reachable(&m, b, &which, why, sizeof why) != 0 && which == 0 &&
        strstr(why, "remain_entropy / 3"), "%s", why);
  b[0] = m.start + MM_P21;
  CHECK(mm_kaslr_reachable(&m, b, &which, why, sizeof why) != 0 && which == 0 &&
        strstr(why, "PUD_MASK"), "%s", why);
  b[0] = m.start;
  b[1] = m.start + m.size.direct_map; /* no 1 GiB gap */
  CHECK(mm_kaslr_reachable(&m, b, &which, why, sizeof why) != 0 && which == 1 &&
        strstr(why, "lowest"), "%s", why);
}

/* Linux's history */
static void test_regressions(void)
{
  static struct mm_profile p;
  struct mm_diag d;
  struct mm_kaslr_model m;
  char why[512];
  /* 4.15-rc: cpu_entry_area (and the LDT remap) added below ESPFIX_BASE_ADDR,
   * still the window's end until 1dddd2512511 */
  CHECK(mm_source_load(&p, "linux-4.15-4level", &d) == MM_LOAD_OK, "4.15");
  CHECK(mm_kaslr_model(&m, &p, MM_KASLR_ERA_4_8, 16ULL << 30, 10, why, sizeof why) != 0 &&
        strncmp(why, "window: region 'cpu_entry_area'", 31) == 0 && strstr(why, "1dddd2512511"),
        "%s", why);
  CHECK(mm_kaslr_model(&m, &p, MM_KASLR_ERA_4_15, 16ULL << 30, 10, why, sizeof why) == 0,
        "after the fix: %s", why);
  /* 5-level memory with the hard-coded 1 TiB vmemmap */
  CHECK(mm_source_load(&p, "linux-4.20-5level", &d) == MM_LOAD_OK, "5level");
  CHECK(mm_kaslr_model(&m, &p, MM_KASLR_ERA_4_15, 100ULL << 40, 10, why, sizeof why) != 0 &&
        strncmp(why, "vmemmap:", 8) == 0 && strstr(why, "110 TiB"), "%s", why);
  CHECK(mm_kaslr_model(&m, &p, MM_KASLR_ERA_4_15, 54ULL << 40, 10, why, sizeof why) == 0,
        "64 TiB still fits 1 TiB: %s", why);
  CHECK(mm_kaslr_model(&m, &p, MM_KASLR_ERA_6_1, 100ULL << 40, 10, why, sizeof why) == 0 &&
        m.size.vmemmap == 2 * MM_KASLR_TIB, "6.1 sizes it: %s", why);
}

static void test_splitmix(void)
{
  uint64_t s = 0;
  /* the first outputs of splitmix64 seeded with 0 (Vigna's reference) */
  CHECK_EQ_U64(mm_splitmix64(&s), 0xE220A8397B1DCDAFULL);
  CHECK_EQ_U64(mm_splitmix64(&s), 0x6E789E6AA1B965F4ULL);
}

int main(void)
{
  test_reference();
  test_boundaries();
  test_spill();
  test_stats();
  test_reachable();
  test_regressions();
  test_splitmix();
  return check_report("test_kaslr");
}
