/* The enumerator (src/enumerate.c) against independent code written here the
 * way kernels write page-table walkers (shifts and masks, recursion over the
 * tables, like Linux's ptdump):
 *
 *   - hand-built tables with every page size (4K, 2M, 1G), not-present holes,
 *     pages at address 0, just below the non-canonical hole, at the start of
 *     the upper half and at the very top (the `done` flag), read-only,
 *     supervisor and no-execute upper levels, reserved bits (skipped), tables
 *     outside memory (skipped), 1-GiB pages without CPU support; 4- and
 *     5-level;
 *   - random tables from a fixed-seed xorshift (aliasing and cycles
 *     included);
 * and for each: the enumerated list equals the recursive reference list
 * exactly, is strictly increasing and canonical, and a brute-force walk of
 * sampled addresses agrees with it (an address is in a listed page exactly
 * when the reference walk translates it, to the same pa and rights). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "enumerate.h"

#define NF 2048u /* frames of the test memory */
#define BASE 0x200000ULL
#define MAXMAP 200000u

static uint64_t words[NF * 512];
static uint32_t used; /* frames handed out */
static struct mm_mem mem;
static struct mm_cpu cpu;
static uint64_t root;

#define P_ 0x1ULL
#define RW_ 0x2ULL
#define US_ 0x4ULL
#define PS_ 0x80ULL
#define G_ 0x100ULL
#define NX_ (1ULL << 63)
#define TABLE_FLAGS (P_ | RW_ | US_ | 0x20ULL)

static void setup(int la57, int nxe, int pdpe1gb, unsigned maxphy)
{
  memset(words, 0, sizeof words);
  memset(&cpu, 0, sizeof cpu);
  cpu.la57 = (uint8_t)la57;
  cpu.nxe = (uint8_t)nxe;
  cpu.wp = 1;
  cpu.pdpe1gb = (uint8_t)pdpe1gb;
  cpu.pa_limit = 1ULL << maxphy;
  mem.word = words;
  mem.base = BASE;
  mem.nframes = NF;
  used = 1;
  root = BASE;
}

static uint64_t *entry_at(uint64_t table, unsigned idx)
{
  return &words[(table - BASE) / 8 + idx];
}

static unsigned idx_of(uint64_t va, int lvl)
{
  return (unsigned)((va >> (12 + 9 * (lvl - 1))) & 511);
}

static int in_mem(uint64_t t)
{
  return t >= BASE && t < BASE + (uint64_t)NF * 4096;
}

/* The table at level lvl on the path of va, made (with TABLE_FLAGS) as
 * needed: in place of a missing entry, a leaf, or one that leads outside. */
static uint64_t table_for(uint64_t va, int lvl)
{
  uint64_t t = root;
  for (int l = cpu.la57 ? 5 : 4; l > lvl; l--) {
    uint64_t *e = entry_at(t, idx_of(va, l));
    if (!(*e & P_) || (*e & PS_) || !in_mem(*e & 0x000FFFFFFFFFF000ULL)) {
      if (used >= NF) {
        fprintf(stderr, "test memory full\n");
        exit(2);
      }
      *e = (BASE + (uint64_t)used++ * 4096) | TABLE_FLAGS;
    }
    t = *e & 0x000FFFFFFFFFF000ULL;
  }
  return t;
}

/* Map the page of size 4K << (9 * (lvl - 1)) at va to pa. */
static void map(uint64_t va, uint64_t pa, int lvl, uint64_t flags)
{
  *entry_at(table_for(va, lvl), idx_of(va, lvl)) = pa | flags | P_ | (lvl > 1 ? PS_ : 0);
}

/* Set the raw entry at level lvl on the path of va. */
static void set_entry(uint64_t va, int lvl, uint64_t value)
{
  *entry_at(table_for(va, lvl), idx_of(va, lvl)) = value;
}

/* Clear flag bits of the (existing) non-leaf entry at level lvl of va. */
static void clear_upper(uint64_t va, int lvl, uint64_t bits)
{
  *entry_at(table_for(va, lvl), idx_of(va, lvl)) &= ~bits;
}

static void set_upper(uint64_t va, int lvl, uint64_t bits)
{
  *entry_at(table_for(va, lvl), idx_of(va, lvl)) |= bits;
}

/* ---- the reference: kernel-style masks and a recursive walk */

struct ref_map {
  uint64_t va, pa, size, entry;
  int level, rw, us, xd;
};

static int ref_reserved(uint64_t e, int lvl)
{
  int ps = (e >> 7) & 1;
  unsigned maxphy = 0;
  while ((1ULL << maxphy) != cpu.pa_limit)
    maxphy++;
  if ((e & 0x000FFFFFFFFFFFFFULL) >> maxphy)
    return 1;
  if (!cpu.nxe && (e >> 63))
    return 1;
  if (ps && (lvl >= 4 || (lvl == 3 && !cpu.pdpe1gb)))
    return 1;
  if (ps && lvl == 3 && ((e >> 13) & 0x1FFFF))
    return 1;
  if (ps && lvl == 2 && ((e >> 13) & 0xFF))
    return 1;
  return 0;
}

static uint64_t sign_extend(uint64_t va)
{
  int top = cpu.la57 ? 56 : 47;
  if ((va >> top) & 1)
    return va | ~((1ULL << (top + 1)) - 1);
  return va;
}

static struct ref_map refs[MAXMAP];
static unsigned nrefs;

static void ref_walk(uint64_t t, int lvl, uint64_t prefix, int rw, int us, int xd)
{
  if (!in_mem(t))
    return;
  for (unsigned i = 0; i < 512; i++) {
    uint64_t e = *entry_at(t, i);
    uint64_t va = prefix | ((uint64_t)i << (12 + 9 * (lvl - 1)));
    int rw2 = rw && (e & RW_), us2 = us && (e & US_), xd2 = xd || (e >> 63);
    if (!(e & P_) || ref_reserved(e, lvl))
      continue;
    if (lvl == 1 || (lvl <= 3 && (e & PS_))) {
      uint64_t size = 1ULL << (12 + 9 * (lvl - 1));
      if (nrefs < MAXMAP) {
        struct ref_map *r = &refs[nrefs++];
        r->va = sign_extend(va);
        r->pa = e & 0x000FFFFFFFFFFFFFULL & ~(size - 1);
        r->size = size;
        r->entry = e;
        r->level = lvl;
        r->rw = rw2;
        r->us = us2;
        r->xd = xd2;
      }
      continue;
    }
    ref_walk(e & 0x000FFFFFFFFFF000ULL, lvl - 1, va, rw2, us2, xd2);
  }
}

static int cmp_ref(const void *a, const void *b)
{
  uint64_t x = ((const struct ref_map *)a)->va, y = ((const struct ref_map *)b)->va;
  return x < y ? -1 : x > y;
}

/* The reference list, sorted by va (the lower half first). */
static void reference(void)
{
  nrefs = 0;
  ref_walk(root, cpu.la57 ? 5 : 4, 0, 1, 1, 0);
  qsort(refs, nrefs, sizeof refs[0], cmp_ref);
}

/* Reference translation of one address: 1 and *r when mapped. */
static int ref_translate(uint64_t va, struct ref_map *r)
{
  uint64_t t = root;
  int rw = 1, us = 1, xd = 0;
  for (int lvl = cpu.la57 ? 5 : 4; lvl >= 1; lvl--) {
    uint64_t e;
    if (!in_mem(t))
      return 0;
    e = *entry_at(t, idx_of(va, lvl));
    if (!(e & P_) || ref_reserved(e, lvl))
      return 0;
    rw = rw && (e & RW_);
    us = us && (e & US_);
    xd = xd || (e >> 63);
    if (lvl == 1 || (lvl <= 3 && (e & PS_))) {
      uint64_t size = 1ULL << (12 + 9 * (lvl - 1));
      r->va = va & ~(size - 1);
      r->pa = (e & 0x000FFFFFFFFFFFFFULL & ~(size - 1)) + (va & (size - 1));
      r->size = size;
      r->entry = e;
      r->level = lvl;
      r->rw = rw;
      r->us = us;
      r->xd = xd;
      return 1;
    }
    t = e & 0x000FFFFFFFFFF000ULL;
  }
  return 0;
}

/* ---- the enumerator */

static struct mm_mapping maps[MAXMAP];
static unsigned nmaps;

static void enumerate(uint64_t from)
{
  struct mm_enum s;
  nmaps = 0;
  mm_enum_init(&s, from);
  while (nmaps < MAXMAP && mm_enum_next(&mem, &cpu, root, &s, &maps[nmaps]))
    nmaps++;
}

static int canonical(uint64_t va)
{
  return cpu.la57 ? (va < (1ULL << 56) || va >= 0xFF00000000000000ULL)
                  : (va < (1ULL << 47) || va >= 0xFFFF800000000000ULL);
}

static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static uint64_t next_rand(void)
{
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

/* The mapping of the enumerated list that holds va, or NULL. */
static const struct mm_mapping *covering(uint64_t va)
{
  unsigned lo = 0, hi = nmaps;
  while (lo < hi) {
    unsigned mid = lo + (hi - lo) / 2;
    if (maps[mid].va <= va)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return NULL;
  if (va - maps[lo - 1].va < maps[lo - 1].size)
    return &maps[lo - 1];
  return NULL;
}

/* Every check of one table set; name says which. expect: the number of
 * mappings, or -1 when not known in advance. */
static void check_all(const char *name, long expect)
{
  unsigned bad_order = 0, bad_canon = 0, bad_align = 0, bad_eq = 0, bad_sample = 0;
  unsigned long samples = 0;
  enumerate(0);
  reference();
  if (expect >= 0)
    CHECK(nmaps == (unsigned)expect, "%s: %u mappings, expected %ld", name, nmaps, expect);
  CHECK(nmaps == nrefs, "%s: %u mappings enumerated, the reference has %u", name, nmaps, nrefs);
  for (unsigned i = 0; i < nmaps; i++) {
    const struct mm_mapping *m = &maps[i];
    if (i > 0 && !(m->va >= maps[i - 1].va + maps[i - 1].size && m->va > maps[i - 1].va))
      bad_order++;
    if (!canonical(m->va))
      bad_canon++;
    if (m->va % m->size != 0)
      bad_align++;
    if (i < nrefs) {
      const struct ref_map *r = &refs[i];
      if (m->va != r->va || m->pa != r->pa || m->size != r->size || m->entry != r->entry ||
          m->level != r->level || m->rw != r->rw || m->us != r->us || m->xd != r->xd) {
        if (!bad_eq)
          fprintf(stderr, "%s: mapping %u: va 0x%" PRIx64 " pa 0x%" PRIx64 " size 0x%" PRIx64
                          " vs reference va 0x%" PRIx64 " pa 0x%" PRIx64 " size 0x%" PRIx64 "\n",
                  name, i, m->va, m->pa, m->size, r->va, r->pa, r->size);
        bad_eq++;
      }
    }
  }
  CHECK(bad_order == 0, "%s: %u mappings out of order or overlapping", name, bad_order);
  CHECK(bad_canon == 0, "%s: %u non-canonical mappings", name, bad_canon);
  CHECK(bad_align == 0, "%s: %u mappings not at a page boundary", name, bad_align);
  CHECK(bad_eq == 0, "%s: %u mappings differ from the reference", name, bad_eq);

  /* Brute force over sampled addresses: the first, middle and last address
   * of every mapping and its neighbours, and random canonical addresses. */
  for (unsigned i = 0; i < nmaps + 20000u; i++) {
    uint64_t va;
    struct ref_map r = {0, 0, 0, 0, 0, 0, 0, 0};
    const struct mm_mapping *m;
    int mapped;
    if (i < nmaps) {
      uint64_t pick = next_rand() % 5;
      va = maps[i].va + (pick == 0 ? 0 : pick == 1 ? maps[i].size / 2
                         : pick == 2 ? maps[i].size - 1 : pick == 3 ? maps[i].size : (uint64_t)-1);
    } else {
      uint64_t pick = next_rand() % 3;
      va = next_rand();
      if (pick == 1) /* canonical */
        va = sign_extend(va & (cpu.la57 ? 0x01FFFFFFFFFFFFFFULL : 0x0000FFFFFFFFFFFFULL));
      else if (pick == 2 && nmaps) /* near a mapped address */
        va = maps[va % nmaps].va + (next_rand() % 0x400000) - 0x200000;
    }
    if (!canonical(va))
      continue;
    samples++;
    mapped = ref_translate(va, &r);
    m = covering(va);
    if (mapped != (m != NULL) ||
        (m && (m->pa + (va - m->va) != r.pa || m->level != r.level || m->rw != r.rw ||
               m->us != r.us || m->xd != r.xd))) {
      if (!bad_sample)
        fprintf(stderr, "%s: address 0x%" PRIx64 ": reference %s, enumeration %s\n", name, va,
                mapped ? "mapped" : "not mapped", m ? "mapped" : "not mapped");
      bad_sample++;
    }
  }
  CHECK(bad_sample == 0, "%s: %u of %lu sampled addresses disagree", name, bad_sample, samples);
  CHECK(samples > 1000, "%s: only %lu samples", name, samples);
}

/* ---- the table sets */

static void hand_4level(void)
{
  setup(0, 1, 1, 46);
  map(0, 0x1000, 1, RW_ | US_);                              /* address 0       */
  map(0x1000, 0x5000, 1, US_);                               /* read-only       */
  map(0x3000, 0x7000, 1, RW_ | US_ | NX_);                   /* after a hole    */
  map(0x200000, 0x40000000, 2, RW_ | US_);                   /* 2M              */
  map(0x40000000, 0x80000000, 3, RW_ | US_ | G_);            /* 1G              */
  map(0x00007FFFFFFFF000ULL, 0x9000, 1, RW_ | US_);          /* below the hole  */
  map(0xFFFF800000000000ULL, 0x0, 3, RW_ | NX_);             /* upper start, 1G */
  map(0xFFFF888000000000ULL, 0x0, 3, RW_ | NX_ | G_);        /* direct map      */
  map(0xFFFF888040000000ULL, 0x40000000, 3, RW_ | NX_ | G_);
  map(0xFFFFFFFF81000000ULL, 0x1000000, 2, RW_ | G_);        /* kernel text     */
  map(0xFFFFFFFF81200000ULL, 0x1200000, 2, G_ | NX_);
  map(0xFFFFFFFFFF5FD000ULL, 0xFEE00000, 1, RW_ | NX_ | 0x18); /* PWT PCD         */
  map(0xFFFFFFFFFFFFF000ULL, 0xA000, 1, RW_);                /* the last page   */
  check_all("4-level hand-built", 13);

  /* rights combined over the levels: a read-only, supervisor, XD PDPTE */
  clear_upper(0xFFFFFFFF81000000ULL, 3, RW_ | US_);
  set_upper(0xFFFFFFFF81000000ULL, 3, NX_);
  check_all("4-level, ro supervisor XD PDPTE above the kernel text", 13);
  enumerate(0xFFFFFFFF81000000ULL);
  CHECK(nmaps == 4 && maps[0].rw == 0 && maps[0].us == 0 && maps[0].xd == 1,
        "combined rights: %u mappings, rw %d us %d xd %d", nmaps, nmaps ? maps[0].rw : -1,
        nmaps ? maps[0].us : -1, nmaps ? maps[0].xd : -1);

  /* the last page: done, then nothing more */
  {
    struct mm_enum s;
    struct mm_mapping m;
    mm_enum_init(&s, 0xFFFFFFFFFFFFF000ULL);
    CHECK(mm_enum_next(&mem, &cpu, root, &s, &m) == 1 && m.va == 0xFFFFFFFFFFFFF000ULL &&
              s.done == 1,
          "last page: done after it");
    CHECK(mm_enum_next(&mem, &cpu, root, &s, &m) == 0 && s.done == 1, "after the last page");
    CHECK(mm_enum_next(&mem, &cpu, root, &s, &m) == 0 && s.done == 1, "and again");
  }
  /* a start in the middle of a page: the walk's own address and pa */
  enumerate(0x200123);
  CHECK(nmaps > 0 && maps[0].va == 0x200123 && maps[0].pa == 0x40000123 &&
            maps[0].size == 0x200000 && maps[1].va == 0x40000000,
        "start mid-page: va 0x%" PRIx64 " pa 0x%" PRIx64, nmaps ? maps[0].va : 0,
        nmaps ? maps[0].pa : 0);
  /* a start in the hole: the first mapping of the upper half */
  enumerate(0x0000900000000000ULL);
  CHECK(nmaps == 7 && maps[0].va == 0xFFFF800000000000ULL, "start in the hole: %u, 0x%" PRIx64,
        nmaps, nmaps ? maps[0].va : 0);
}

static void hand_bad_entries(void)
{
  setup(0, 1, 1, 40);
  map(0x1000, 0x2000, 1, RW_);
  set_entry(0x2000, 1, 0x0000010000003003ULL);           /* bit 40 >= MAXPHYADDR 40  */
  set_entry(0x3000, 1, 0x4000 | P_ | RW_ | 0x7E00ULL);   /* ignored bits 11:9 + ...  */
  map(0x4000, 0x5000, 1, RW_);
  set_entry(0x400000, 2, 0x1000 | P_ | RW_ | PS_ | 0x2000ULL); /* 2M leaf, bit 13 set */
  map(0x600000, 0x600000, 2, RW_);
  set_entry(0x80000000, 3, 0x40000000 | P_ | RW_ | PS_ | 0x4000ULL); /* 1G, bit 14 */
  set_entry(0x8000000000ULL, 4, 0x1000 | P_ | RW_ | PS_); /* PS in a PML4E        */
  set_entry(0x10000000000ULL, 4, 0x7FFFF000ULL | P_ | RW_); /* a PDPT outside memory */
  set_entry(0x18000000000ULL, 3, 0xDEAD000ULL | 0x2);    /* not present, junk      */
  map(0x20000000000ULL, 0x1000, 1, RW_);
  check_all("reserved bits, tables outside memory, not-present junk", 5);

  /* without NXE, XD is reserved; without 1-GiB pages, PS in a PDPTE is */
  setup(0, 0, 0, 46);
  map(0x1000, 0x1000, 1, RW_ | NX_);
  map(0x2000, 0x2000, 1, RW_);
  map(0x40000000, 0x40000000, 3, RW_);
  map(0x80000000, 0x80000000, 2, RW_);
  check_all("no NXE, no 1-GiB pages", 2);

  /* nothing mapped at all */
  setup(1, 1, 1, 52);
  check_all("empty 5-level", 0);
  setup(0, 1, 1, 52);
  root = BASE + (uint64_t)NF * 4096; /* the root itself outside */
  enumerate(0);
  CHECK(nmaps == 0, "root outside memory: %u mappings", nmaps);
  root = BASE;
}

static void hand_5level(void)
{
  setup(1, 1, 1, 52);
  map(0, 0x1000, 1, RW_ | US_);
  map(0x0001000000000000ULL, 0x200000, 2, RW_ | US_);       /* PML5 index 1    */
  map(0x00FFFFFFFFFFF000ULL, 0x3000, 1, RW_ | US_);         /* below the hole  */
  map(0xFF00000000000000ULL, 0xC0000000, 3, RW_ | NX_);     /* upper start     */
  map(0xFF11000000000000ULL, 0x0, 3, RW_ | NX_ | G_);       /* direct map      */
  map(0xFFFFFFFF80000000ULL, 0x1000000, 2, RW_ | G_);
  map(0xFFFFFFFFFFE00000ULL, 0x400000, 2, RW_);             /* last 2M         */
  check_all("5-level hand-built", 7);
  /* the same tables read with 4-level paging: the PML5 is taken as a PML4 */
  cpu.la57 = 0;
  check_all("the 5-level tables walked with 4 levels", -1);
}

/* Random tables: a few present entries per table, at random levels, with
 * random flags, some pointing at random frames (aliasing, cycles). */
static void random_tables(int la57, unsigned rounds)
{
  char name[64];
  for (unsigned r = 0; r < rounds; r++) {
    setup(la57, (int)(next_rand() % 2), (int)(next_rand() % 2), 36 + (unsigned)(next_rand() % 17));
    for (unsigned k = 0; k < 40; k++) {
      uint64_t va = sign_extend(next_rand() & (la57 ? 0x01FFFFFFFFFFF000ULL : 0x0000FFFFFFFFF000ULL));
      int lvl = 1 + (int)(next_rand() % 3);
      uint64_t size = 1ULL << (12 + 9 * (lvl - 1));
      uint64_t pa = next_rand() % (1ULL << 40) / size * size;
      uint64_t flags = next_rand() & (RW_ | US_ | 0x18 | 0x60 | G_ | NX_);
      uint64_t pick = next_rand() % 10;
      if (used + 5 >= NF)
        break;
      if (pick == 0) /* a raw random entry at a random level */
        set_entry(va, 1 + (int)(next_rand() % (la57 ? 5 : 4)), next_rand());
      else if (pick == 1) /* point into the memory: aliasing, maybe a cycle */
        set_entry(va, 2 + (int)(next_rand() % 2),
                  (BASE + (next_rand() % used) * 4096) | P_ | RW_ | US_);
      else
        map(va, pa, lvl, flags);
    }
    snprintf(name, sizeof name, "random %d-level #%u", la57 ? 5 : 4, r);
    check_all(name, -1);
  }
}

int main(void)
{
  hand_4level();
  hand_bad_entries();
  hand_5level();
  random_tables(0, 30);
  random_tables(1, 30);
  return check_report("enumerate");
}
