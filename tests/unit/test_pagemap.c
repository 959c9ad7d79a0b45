/* Page-table construction (src/pt_pool.c, src/pagemap.c) against an
 * independent model: a sorted list of mapped intervals [va, va + size) ->
 * (pa, prot), updated by interval arithmetic alone. After every operation:
 *
 *   - the proven walk (mm_translate) of sampled addresses — the ends of every
 *     interval and of every operation, their neighbours, random addresses —
 *     gives exactly what the model says: not present, or pa + offset with the
 *     rights of prot (R/W, U/S, XD) and its attributes (PWT, PCD, PAT, G);
 *   - on a fresh pool the page size at each address is the largest the range,
 *     the alignment of pa - va and max_level allow (never a page reaching
 *     outside the range);
 *   - the frames taken equal what mm_map_range_count / mm_unmap_range_count
 *     said beforehand;
 *   - an error (EEXIST, ENOMEM, EINVAL) leaves every frame byte and `used`
 *     as they were.
 * 4- and 5-level, random sequences from fixed seeds (printed on failure). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "pagemap.h"
#include "translate.h"

#define NF 6000u
#define BASE 0x40000000ULL

static uint64_t words[NF * 512];
static uint64_t snap[NF * 512];
static uint8_t lvls[NF];
static uint64_t prefs[NF];
static struct mm_pool pool;
static struct mm_cpu cpu;

/* ---- the model ---- */
struct iv {
  uint64_t va, last, pa, prot;
};
#define MAXIV 4096
static struct iv ivs[MAXIV];
static unsigned niv;

static int model_overlaps(uint64_t va, uint64_t last)
{
  unsigned i;
  for (i = 0; i < niv; i++)
    if (ivs[i].va <= last && va <= ivs[i].last)
      return 1;
  return 0;
}

/* Remove [va, last] from the model, cutting intervals. */
static void model_cut(uint64_t va, uint64_t last)
{
  struct iv out[MAXIV];
  unsigned i, n = 0;
  for (i = 0; i < niv; i++) {
    struct iv v = ivs[i];
    if (v.last < va || v.va > last) {
      out[n++] = v;
      continue;
    }
    if (v.va < va) {
      struct iv a = v;
      a.last = va - 1;
      out[n++] = a;
    }
    if (v.last > last) {
      struct iv b = v;
      b.pa = v.pa + (last + 1 - v.va);
      b.va = last + 1;
      out[n++] = b;
    }
  }
  memcpy(ivs, out, n * sizeof *out);
  niv = n;
}

static void model_add(uint64_t va, uint64_t last, uint64_t pa, uint64_t prot)
{
  model_cut(va, last);
  if (niv < MAXIV)
    ivs[niv++] = (struct iv){va, last, pa, prot};
}

static const struct iv *model_at(uint64_t va)
{
  unsigned i;
  for (i = 0; i < niv; i++)
    if (ivs[i].va <= va && va <= ivs[i].last)
      return &ivs[i];
  return NULL;
}

/* ---- random numbers ---- */
static uint64_t rs;
static uint64_t rnd(void)
{
  uint64_t z = (rs += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

static uint64_t seed_now;
static const char *what_now = "";

static void setup(uint32_t top, int nxe, int gb)
{
  memset(&cpu, 0, sizeof cpu);
  cpu.la57 = top == 5;
  cpu.nxe = (uint8_t)nxe;
  cpu.wp = 1;
  cpu.pdpe1gb = (uint8_t)gb;
  cpu.pa_limit = 1ULL << 46;
  memset(words, 0xA5, sizeof words); /* free frames hold junk: alloc must zero */
  CHECK(mm_pool_init(&pool, words, lvls, prefs, BASE, NF, top) == MM_PT_OK, "init");
  niv = 0;
}

/* The leaf attributes a walk should show for prot at a page of this size. */
static void check_addr(uint64_t va)
{
  struct mm_xlate x;
  const struct iv *v = model_at(va);
  uint64_t root = mm_pool_frame_pa(&pool, 0);
  mm_translate(&pool.mem, &cpu, root, va, MM_ACC_READ, 0, &x);
  if (cpu.la57 ? (va >= MM_P56 && va < 0xFF00000000000000ULL)
               : (va >= MM_P47 && va < 0xFFFF800000000000ULL)) {
    CHECK(x.outcome == MM_XLATE_GP, "0x%" PRIx64 " is not canonical", va);
    return;
  }
  if (!v) {
    CHECK(x.outcome == MM_XLATE_PF && (x.error_code & MM_PF_P) == 0,
          "%s seed %" PRIu64 ": 0x%" PRIx64 " should be unmapped (outcome %u code %u)", what_now,
          seed_now, va, x.outcome, x.error_code);
    return;
  }
  {
    uint64_t pa = v->pa + (va - v->va);
    uint64_t e = x.entry, pat = x.page_size == MM_P12 ? (e >> 7) & 1 : (e >> 12) & 1;
    int ok = x.outcome == MM_XLATE_OK && x.pa == pa && x.rw == ((v->prot & MM_PROT_RW) != 0) &&
             x.us == ((v->prot & MM_PROT_US) != 0) && x.xd == ((v->prot >> 63) & 1) &&
             ((e & 0x178) == (v->prot & 0x178)) && pat == ((v->prot & MM_PROT_PAT) != 0);
    CHECK(ok, "%s seed %" PRIu64 ": 0x%" PRIx64 " -> outcome %u pa 0x%" PRIx64 " entry 0x%" PRIx64
          ", model pa 0x%" PRIx64 " prot 0x%" PRIx64, what_now, seed_now, va, x.outcome, x.pa, e,
          pa, v->prot);
  }
}

static void check_around(uint64_t a)
{
  check_addr(a);
  if (a >= MM_P12)
    check_addr(a - MM_P12);
  if (a <= MM_U64_MAX - MM_P12)
    check_addr(a + MM_P12);
}

static void check_all(void)
{
  unsigned i, k;
  for (i = 0; i < niv; i++) {
    check_around(ivs[i].va);
    check_around(ivs[i].last - ivs[i].last % MM_P12);
    check_addr(ivs[i].va + (rnd() % (ivs[i].last - ivs[i].va + 1)) / MM_P12 * MM_P12);
  }
  for (k = 0; k < 64; k++) {
    uint64_t a = rnd() / MM_P12 * MM_P12;
    if (cpu.la57 ? (a >= MM_P56 && a < 0xFF00000000000000ULL)
                 : (a >= MM_P47 && a < 0xFFFF800000000000ULL))
      continue;
    check_addr(a);
  }
}

/* A random range near interesting boundaries, in one canonical half. */
static uint64_t rand_va(void)
{
  uint64_t half_top = cpu.la57 ? MM_P56 : MM_P47;
  uint64_t spans[] = {MM_P12, MM_P21, MM_P30, MM_P39};
  uint64_t base = (rnd() % 4) * MM_P39 + (rnd() % 3) * MM_P30;
  uint64_t off = (rnd() % 8) * spans[rnd() % 4] + (rnd() % 600) * MM_P12;
  uint64_t va = base + off;
  if (rnd() % 2)
    va += rnd() % 2 ? 0xFFFF800000000000ULL + (cpu.la57 ? 0 : 0) : half_top - 8 * MM_P39;
  if (cpu.la57 && va >= 0xFFFF800000000000ULL)
    va -= 0xFFFF800000000000ULL - 0xFF00000000000000ULL;
  return va;
}

static uint64_t rand_size(uint64_t va)
{
  uint64_t spans[] = {MM_P12, MM_P21, MM_P30};
  uint64_t s = (1 + rnd() % 3) * spans[rnd() % 3] + (rnd() % 4) * spans[rnd() % 2] +
               (rnd() % 700) * MM_P12;
  uint64_t lim = va < MM_P57 ? (cpu.la57 ? MM_P56 : MM_P47) - va : 0 - va;
  if (s == 0)
    s = MM_P12;
  if (lim != 0 && s > lim)
    s = lim;
  return s;
}

static uint64_t rand_prot(void)
{
  uint64_t p = 0;
  if (rnd() % 2) p |= MM_PROT_RW;
  if (rnd() % 2) p |= MM_PROT_US;
  if (rnd() % 4 == 0) p |= MM_PROT_PWT;
  if (rnd() % 4 == 0) p |= MM_PROT_PCD;
  if (rnd() % 4 == 0) p |= MM_PROT_PAT;
  if (rnd() % 2) p |= MM_PROT_G | MM_PROT_A | MM_PROT_D;
  if (cpu.nxe && rnd() % 2) p |= MM_PROT_XD;
  return p;
}

/* The argument rules of pagemap.h, restated: one canonical half, pa below
 * MAXPHYADDR. */
static int args_ok(uint64_t va, uint64_t size, uint64_t pa)
{
  uint64_t last = va + size - 1, top = cpu.la57 ? MM_P56 : MM_P47;
  uint64_t low = cpu.la57 ? 0xFF00000000000000ULL : 0xFFFF800000000000ULL;
  if (size == 0 || last < va)
    return 0;
  if (!(last < top || va >= low))
    return 0;
  return pa + size <= cpu.pa_limit;
}

static int unchanged(uint32_t used0)
{
  return pool.used == used0 && memcmp(snap, words, (size_t)used0 * 4096) == 0;
}

/* PML4E 0 set to e: map and unmap over its range return MM_PT_EBADTABLE
 * and change nothing. */
static void badtable(uint64_t e, const char *what)
{
  uint32_t used0 = pool.used;
  words[0] = e;
  memcpy(snap, words, (size_t)used0 * 4096);
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1000, 0, 0x1000, 0, 1, 0) == MM_PT_EBADTABLE, "map: %s",
        what);
  CHECK(mm_unmap_range(&pool, &cpu, 0, 0x1000, 0x1000) == MM_PT_EBADTABLE, "unmap: %s", what);
  CHECK(unchanged(used0), "EBADTABLE (%s) changed something", what);
}

/* One random map, replace or unmap, checked against the model. */
static void step(void)
{
  uint64_t va = rand_va(), size = rand_size(va), last = va + size - 1, n = 99;
  uint32_t used0 = pool.used, kind = (uint32_t)(rnd() % 4);
  int rc, rc0;
  memcpy(snap, words, (size_t)used0 * 4096);
  if (kind == 3) {
    rc0 = mm_unmap_range_count(&pool, &cpu, 0, va, size, &n);
    CHECK((rc0 == MM_PT_EINVAL) == !args_ok(va, size, 0), "unmap validity 0x%" PRIx64 "+0x%" PRIx64, va, size);
    CHECK(unchanged(used0), "count changed something");
    rc = mm_unmap_range(&pool, &cpu, 0, va, size);
    CHECK(rc == rc0 || (rc == MM_PT_ENOMEM && rc0 == MM_PT_OK), "unmap rc %d count rc %d", rc, rc0);
    if (rc == MM_PT_OK) {
      CHECK_EQ_U64(pool.used - used0, n);
      model_cut(va, last);
    } else {
      CHECK(rc == MM_PT_EINVAL || (rc == MM_PT_ENOMEM && n > NF - used0), "unmap rc %d", rc);
      CHECK(unchanged(used0), "failed unmap changed the tables");
    }
  } else {
    uint64_t pa = (rnd() % 2 ? va % MM_P30 : (rnd() % 64) * MM_P21 + (rnd() % 16) * MM_P12) +
                  (rnd() % 8) * MM_P30;
    uint64_t prot = rand_prot();
    uint32_t ml = cpu.pdpe1gb ? 1 + (uint32_t)(rnd() % 3) : 1 + (uint32_t)(rnd() % 2);
    uint32_t flags = kind == 2 ? MM_MAP_REPLACE : 0;
    int overl = model_overlaps(va, last);
    rc0 = mm_map_range_count(&pool, &cpu, 0, va, pa, size, prot, ml, flags, &n);
    CHECK((rc0 == MM_PT_EINVAL) == !args_ok(va, size, pa), "map validity 0x%" PRIx64 "+0x%" PRIx64, va, size);
    CHECK(unchanged(used0), "count changed something");
    rc = mm_map_range(&pool, &cpu, 0, va, pa, size, prot, ml, flags);
    CHECK(rc == rc0 || (rc == MM_PT_ENOMEM && rc0 == MM_PT_OK), "map rc %d count rc %d", rc, rc0);
    if (!flags && rc != MM_PT_EINVAL)
      CHECK(overl == (rc == MM_PT_EEXIST), "seed %" PRIu64 " map 0x%" PRIx64 "+0x%" PRIx64
            ": overlap %d rc %d", seed_now, va, size, overl, rc);
    if (rc == MM_PT_OK) {
      CHECK_EQ_U64(pool.used - used0, n);
      model_add(va, last, pa, prot);
    } else {
      CHECK(rc == MM_PT_EEXIST || rc == MM_PT_EINVAL || (rc == MM_PT_ENOMEM && n > NF - used0),
            "map rc %d", rc);
      CHECK(unchanged(used0), "failed map changed the tables");
    }
  }
}

static void test_random(uint32_t top, uint64_t seed, unsigned steps)
{
  unsigned i;
  rs = seed_now = seed;
  what_now = top == 5 ? "random 5-level" : "random 4-level";
  setup(top, (int)(seed % 2), (int)(seed % 3 != 0));
  for (i = 0; i < steps && pool.used < NF - 8; i++) {
    step();
    check_all();
  }
}

/* The page sizes on a fresh pool: the largest allowed, never outside. */
static void test_sizes(void)
{
  static const struct {
    uint64_t va, pa, size;
    uint32_t ml;
  } cases[] = {
    {0xffff888000000000ULL, 0, 1ULL << 36, 3},            /* 64 GiB direct map, 1G pages */
    {0xffff888000001000ULL, 0x1000, 0x7fe00000ULL, 3},     /* 4K head, 2M, 1G, tail */
    {0x200000, 0x201000, 0x40000000, 3},                  /* pa - va not 2M-aligned: 4K */
    {0x3ff000, 0x3ff000, 0x402000, 2},                    /* 4K, 2M, 2M, 4K */
    {0xffffffff80000000ULL, 0x1000000, 0x40000000, 2},
    {0x7fffffe00000ULL, 0x200000, 0x200000, 3},            /* last 2M below the hole */
    {0xffffffffffe00000ULL, 0x200000, 0x200000, 3},        /* the very top */
  };
  unsigned k;
  what_now = "sizes";
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    uint64_t va = cases[k].va, pa = cases[k].pa, size = cases[k].size, a;
    uint64_t delta = pa - va;
    setup(4, 1, 1);
    CHECK(mm_map_range(&pool, &cpu, 0, va, pa, size, MM_PROT_RW, cases[k].ml, 0) == MM_PT_OK,
          "case %u", k);
    model_add(va, va + size - 1, pa, MM_PROT_RW);
    for (a = va; a - va < size;) {
      struct mm_xlate x;
      uint64_t want = MM_P12;
      uint64_t spans[] = {MM_P30, MM_P21};
      unsigned s;
      for (s = 0; s < 2; s++) {
        uint64_t sp = spans[s];
        uint32_t lvl = s == 0 ? 3 : 2;
        if (lvl <= cases[k].ml && a % sp == 0 && delta % sp == 0 && size - (a - va) >= sp) {
          want = sp;
          break;
        }
      }
      mm_translate(&pool.mem, &cpu, mm_pool_frame_pa(&pool, 0), a, MM_ACC_WRITE, 0, &x);
      CHECK(x.outcome == MM_XLATE_OK && x.pa == pa + (a - va) && x.page_size == want,
            "case %u at 0x%" PRIx64 ": outcome %u size 0x%" PRIx64 " want 0x%" PRIx64, k, a,
            x.outcome, x.page_size, want);
      if (x.outcome != MM_XLATE_OK || x.page_size == 0)
        break;
      if (a + x.page_size < a)
        break;
      a += x.page_size;
    }
    check_around(va);
    check_around(va + size);
  }
}

/* Argument rules: each broken one is EINVAL and changes nothing. */
static void test_invalid(void)
{
  uint32_t used0;
  setup(4, 0, 0);
  used0 = pool.used;
  memcpy(snap, words, (size_t)used0 * 4096);
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1001, 0, 0x1000, 0, 1, 0) == MM_PT_EINVAL, "va");
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1000, 0x10, 0x1000, 0, 1, 0) == MM_PT_EINVAL, "pa");
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1000, 0, 0, 0, 1, 0) == MM_PT_EINVAL, "size 0");
  CHECK(mm_map_range(&pool, &cpu, 0, 0x7ffffffff000ULL, 0, 0x2000, 0, 1, 0) == MM_PT_EINVAL,
        "into the hole");
  CHECK(mm_map_range(&pool, &cpu, 0, 0xffff7ffffffff000ULL, 0, 0x1000, 0, 1, 0) == MM_PT_EINVAL,
        "non-canonical");
  CHECK(mm_map_range(&pool, &cpu, 0, 0xfffffffffffff000ULL, 0, 0x2000, 0, 1, 0) == MM_PT_EINVAL,
        "wraps");
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1000, 1ULL << 46, 0x1000, 0, 1, 0) == MM_PT_EINVAL,
        "pa beyond MAXPHYADDR");
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1000, 0, 0x1000, MM_PROT_XD, 1, 0) == MM_PT_EINVAL,
        "XD without NXE");
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1000, 0, 0x1000, 0x200, 1, 0) == MM_PT_EINVAL, "prot");
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1000, 0, 0x1000, 1, 1, 0) == MM_PT_EINVAL, "prot P");
  CHECK(mm_map_range(&pool, &cpu, 0, 0, 0, MM_P30, 0, 3, 0) == MM_PT_EINVAL, "1G without pdpe1gb");
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1000, 0, 0x1000, 0, 0, 0) == MM_PT_EINVAL, "level 0");
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1000, 0, 0x1000, 0, 1, 2) == MM_PT_EINVAL, "flags");
  CHECK(mm_map_range(&pool, &cpu, 1, 0x1000, 0, 0x1000, 0, 1, 0) == MM_PT_EINVAL, "root");
  cpu.la57 = 1;
  CHECK(mm_map_range(&pool, &cpu, 0, 0x1000, 0, 0x1000, 0, 1, 0) == MM_PT_EINVAL, "la57");
  cpu.la57 = 0;
  CHECK(mm_unmap_range(&pool, &cpu, 0, 0x1000, 0x1001) == MM_PT_EINVAL, "unmap size");
  CHECK(unchanged(used0), "EINVAL changed something");
  CHECK(mm_pool_init(&pool, words, lvls, prefs, 0x123, NF, 4) == MM_PT_EINVAL, "init base");
  CHECK(mm_pool_init(&pool, words, lvls, prefs, BASE, NF, 3) == MM_PT_EINVAL, "init top");
}

/* Overlap, ENOMEM and a corrupt table: errors change nothing. */
static void test_errors(void)
{
  uint32_t used0;
  uint64_t n;
  setup(4, 1, 1);
  CHECK(mm_map_range(&pool, &cpu, 0, 0x40000000, 0x40000000, MM_P30, MM_PROT_RW, 3, 0) == MM_PT_OK,
        "1G");
  used0 = pool.used;
  memcpy(snap, words, (size_t)used0 * 4096);
  CHECK(mm_map_range(&pool, &cpu, 0, 0x7ffff000, 0, 0x2000, 0, 1, 0) == MM_PT_EEXIST, "overlap");
  CHECK(unchanged(used0), "EEXIST changed something");
  /* Replacing 4 KiB inside the 1-GiB page splits it twice: 2 frames. */
  CHECK(mm_map_range_count(&pool, &cpu, 0, 0x40201000, 0, 0x1000, 0, 1, MM_MAP_REPLACE, &n) ==
        MM_PT_OK && n == 2, "count %" PRIu64, n);
  pool.mem.nframes = pool.used + 1; /* one frame short */
  CHECK(mm_map_range(&pool, &cpu, 0, 0x40201000, 0, 0x1000, 0, 1, MM_MAP_REPLACE) == MM_PT_ENOMEM,
        "enomem");
  CHECK(unchanged(used0), "ENOMEM changed something");
  pool.mem.nframes = NF;
  CHECK(mm_map_range(&pool, &cpu, 0, 0x40201000, 0x5000, 0x1000, 0, 1, MM_MAP_REPLACE) == MM_PT_OK,
        "replace");
  model_add(0x40000000, 0x7fffffff, 0x40000000, MM_PROT_RW);
  model_add(0x40201000, 0x40201fff, 0x5000, 0);
  check_all();
  /* Unmap the middle of a 2 MiB page left by the split: the rest stays. */
  CHECK(mm_unmap_range(&pool, &cpu, 0, 0x40403000, 0x3000) == MM_PT_OK, "unmap split");
  model_cut(0x40403000, 0x40405fff);
  check_all();
  /* A bad PML4E 0 is refused, not followed, by map and by unmap: a link
   * beyond the pool; a link to a frame of the pool that is not the entry's
   * child (the PML4 itself: level 4, not 3); a present entry with a
   * reserved bit (address bit 50, above MAXPHYADDR 46: SDM §4.5.4). */
  badtable(0x7000000000ULL + 0x27, "link beyond the pool");
  badtable(mm_pool_frame_pa(&pool, 0) + 0x27, "link to a frame not its child");
  badtable((1ULL << 50) + 0x27, "reserved bit");
}

int main(void)
{
  uint64_t s;
  test_invalid();
  test_sizes();
  test_errors();
  for (s = 1; s <= 24; s++)
    test_random(s % 2 ? 4 : 5, s, 120);
  return check_report("test_pagemap");
}
