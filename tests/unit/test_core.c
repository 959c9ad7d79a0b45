/* The proven core (src/) on concrete values, differentially: every function is
 * compared with an independent implementation written here the way kernels
 * write it — shifts and masks, sign extension by an arithmetic right shift of
 * a signed value, __phys_addr_nodebug() for __pa — rather than the quotients
 * and range comparisons the proofs want.
 *
 *   canonical.c       fixed boundaries for 48 and 57 bits, then a sample of
 *                     200000 addresses from a fixed-seed xorshift
 *   page_index.c      indices, offsets and compose over the same sample, both
 *                     ways round
 *   region_lookup.c   every region's first and last address of the seed
 *                     (checked by name against mm.txt), random addresses
 *                     against a linear search
 *   direct_map.c      __va/__pa and __pa_symbol on boundaries and at random
 *   layout_validate.c the seed and a 5-level layout (valid), every single-field
 *                     off-by-one mutation (all rejected), and random mutations,
 *                     each judged by an independent checker of ValidLayout
 *                     that also predicts the verdict (rule and region)
 *
 * Loops over many inputs count one check per property, and report the number
 * of inputs that broke it and the first one. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "canonical.h"
#include "check.h"
#include "direct_map.h"
#include "layout_validate.h"
#include "mm_types.h"
#include "page_index.h"
#include "profile_linux-4.8-4level.h"
#include "region_lookup.h"

#define SAMPLES 200000u
#define NSEED MMSPEC_PROFILE_LINUX_4_8_4LEVEL_NREGIONS

static const struct mm_layout *const seed = &mmspec_profile_linux_4_8_4level;

/* ---------------------------------------------------------------------------
 * Properties checked over many inputs: one CHECK each, at the end.
 */
struct prop {
  const char *name;
  unsigned long n;   /* inputs tried        */
  unsigned long bad; /* inputs that broke it */
  uint64_t first;    /* the first such input */
  uint64_t first2;   /* and a second value that goes with it (0 if none) */
};

static void note2(struct prop *p, int ok, uint64_t x, uint64_t y)
{
  p->n++;
  if (!ok) {
    if (p->bad == 0) {
      p->first = x;
      p->first2 = y;
    }
    p->bad++;
  }
}

static void note(struct prop *p, int ok, uint64_t x)
{
  note2(p, ok, x, 0);
}

static void prop_report(const struct prop *p)
{
  CHECK(p->n > 0 && p->bad == 0, "%s: %lu of %lu inputs failed, first 0x%016" PRIx64
        " (0x%016" PRIx64 ")", p->name, p->bad, p->n, p->first, p->first2);
}

#define PROP(var, text) struct prop var = {text, 0, 0, 0, 0}

/* ---------------------------------------------------------------------------
 * The reference: kernel-style shifts and masks.
 */

/* arch/x86/include/asm/page.h __canonical_address(): sign-extend from bit
 * (bits - 1) by shifting it into bit 63 and back arithmetically. */
static uint64_t ref_canonical_address(uint64_t va, unsigned bits)
{
  return (uint64_t)((int64_t)(va << (64 - bits)) >> (64 - bits));
}

static int ref_is_canonical(uint64_t va, unsigned bits)
{
  return ref_canonical_address(va, bits) == va;
}

static uint64_t ref_hole_start(unsigned bits) { return 1ULL << (bits - 1); }
static uint64_t ref_hole_end(unsigned bits) { return (~0ULL << (bits - 1)) - 1; }
static uint64_t ref_phys_limit(unsigned bits) { return 1ULL << bits; }

/* pgd_index() & co. with 4-level (P4D folded) and 5-level shifts. */
#define REF_PTRS 512u
static uint32_t ref_pml5_index(uint64_t va) { return (uint32_t)((va >> 48) & (REF_PTRS - 1)); }
static uint32_t ref_pml4_index(uint64_t va) { return (uint32_t)((va >> 39) & (REF_PTRS - 1)); }
static uint32_t ref_pdpt_index(uint64_t va) { return (uint32_t)((va >> 30) & (REF_PTRS - 1)); }
static uint32_t ref_pd_index(uint64_t va) { return (uint32_t)((va >> 21) & (REF_PTRS - 1)); }
static uint32_t ref_pt_index(uint64_t va) { return (uint32_t)((va >> 12) & (REF_PTRS - 1)); }
static uint32_t ref_off_4k(uint64_t va) { return (uint32_t)(va & ~(~0ULL << 12)); }
static uint32_t ref_off_2m(uint64_t va) { return (uint32_t)(va & ~(~0ULL << 21)); }
static uint32_t ref_off_1g(uint64_t va) { return (uint32_t)(va & ~(~0ULL << 30)); }

static uint64_t ref_compose4(uint32_t pml4, uint32_t pdpt, uint32_t pd, uint32_t pt,
                             uint32_t off)
{
  uint64_t va = (uint64_t)pml4 << 39 | (uint64_t)pdpt << 30 | (uint64_t)pd << 21 |
                (uint64_t)pt << 12 | off;
  return (uint64_t)((int64_t)(va << 16) >> 16);
}

static uint64_t ref_compose5(uint32_t pml5, uint32_t pml4, uint32_t pdpt, uint32_t pd,
                             uint32_t pt, uint32_t off)
{
  uint64_t va = (uint64_t)pml5 << 48 | (uint64_t)pml4 << 39 | (uint64_t)pdpt << 30 |
                (uint64_t)pd << 21 | (uint64_t)pt << 12 | off;
  return (uint64_t)((int64_t)(va << 7) >> 7);
}

/* arch/x86/mm/physaddr.h / page_64.h __phys_addr_nodebug(): one formula for
 * both the kernel image and the direct map. */
static uint64_t ref_phys_addr(uint64_t x, uint64_t start_kernel_map, uint64_t page_offset,
                              uint64_t phys_base)
{
  uint64_t y = x - start_kernel_map;
  /* use the carry flag to determine if x was < __START_KERNEL_map */
  return y + ((x > y) ? phys_base : (start_kernel_map - page_offset));
}

/* ---------------------------------------------------------------------------
 * The pseudo-random sample: Marsaglia's xorshift64 with a fixed seed.
 */
static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t rnd(void)
{
  uint64_t x = rng_state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  rng_state = x;
  return x;
}

static uint64_t rnd_below(uint64_t n)
{
  return rnd() % n;
}

/* Addresses where something changes, for the near-boundary samples. */
static const uint64_t boundaries[] = {
  0,
  1ULL << 12, 1ULL << 21, 1ULL << 30, 1ULL << 39,
  1ULL << 47, 1ULL << 48, 1ULL << 56, 1ULL << 57, 1ULL << 63,
  0ULL - (1ULL << 47), 0ULL - (1ULL << 48), 0ULL - (1ULL << 56), 0ULL - (1ULL << 57),
  0xffff880000000000ULL, 0xffffc90000000000ULL, 0xffffea0000000000ULL,
  0xffffff0000000000ULL, 0xffffffef00000000ULL, 0xffffffff80000000ULL,
  0xffffffffa0000000ULL, 0xffffffffff600000ULL, 0xffffffffffe00000ULL,
};
#define NBOUNDARIES (sizeof boundaries / sizeof boundaries[0])

/* An index that is 0, 511 or random. */
static uint64_t rnd_index(void)
{
  switch (rnd_below(3)) {
  case 0: return 0;
  case 1: return 511;
  default: return rnd_below(512);
  }
}

/* Sample i: a mix of plain random values, canonical ones, values near the
 * boundaries, index patterns of 0/511, and bit runs. */
static uint64_t sample(uint32_t i)
{
  uint64_t r = rnd();
  unsigned k;
  switch (i % 8u) {
  case 0:
  case 1:
    return r;
  case 2:
    return ref_canonical_address(r, 48);
  case 3:
    return ref_canonical_address(r, 57);
  case 4:
    return boundaries[rnd_below(NBOUNDARIES)] + (uint64_t)((int64_t)rnd_below(33) - 16);
  case 5: {
    uint64_t top, off;
    switch (rnd_below(3)) {
    case 0: top = 0; break;
    case 1: top = 0x7f; break;
    default: top = rnd_below(128); break;
    }
    switch (rnd_below(3)) {
    case 0: off = 0; break;
    case 1: off = 0xfff; break;
    default: off = rnd_below(0x1000); break;
    }
    return top << 57 | rnd_index() << 48 | rnd_index() << 39 | rnd_index() << 30 |
           rnd_index() << 21 | rnd_index() << 12 | off;
  }
  case 6:
    /* All nine bits of every index set, or none, with either sign. */
    return (r & 1 ? 0xFFFFFFFFFFFFF000ULL : 0) | (r >> 1 & 1 ? 0xfffULL : 0);
  default:
    k = (unsigned)rnd_below(64);
    switch (r & 3) {
    case 0: return 1ULL << k;
    case 1: return (1ULL << k) - 1;
    case 2: return ~((1ULL << k) - 1);
    default: return r >> k;
    }
  }
}

/* ---------------------------------------------------------------------------
 * canonical.c
 */
struct canon_case {
  uint64_t va;
  int c48, c57;    /* canonical with 48 / 57 bits */
  uint64_t s48, s57; /* sign-extended from bit 47 / 56 */
};

static void test_canonical_boundaries(void)
{
  static const struct canon_case cases[] = {
    {0, 1, 1, 0, 0},
    {0x00007fffffffffffULL, 1, 1, 0x00007fffffffffffULL, 0x00007fffffffffffULL},
    {0x0000800000000000ULL, 0, 1, 0xffff800000000000ULL, 0x0000800000000000ULL},
    {0xffff7fffffffffffULL, 0, 1, 0x00007fffffffffffULL, 0xffff7fffffffffffULL},
    {0xffff800000000000ULL, 1, 1, 0xffff800000000000ULL, 0xffff800000000000ULL},
    {0xffffffffffffffffULL, 1, 1, 0xffffffffffffffffULL, 0xffffffffffffffffULL},
    {0x0000ffffffffffffULL, 0, 1, 0xffffffffffffffffULL, 0x0000ffffffffffffULL},
    {0x0001000000000000ULL, 0, 1, 0, 0x0001000000000000ULL},
    {0x00ffffffffffffffULL, 0, 1, 0xffffffffffffffffULL, 0x00ffffffffffffffULL},
    {0x0100000000000000ULL, 0, 0, 0, 0xff00000000000000ULL},
    {0xfeffffffffffffffULL, 0, 0, 0xffffffffffffffffULL, 0x00ffffffffffffffULL},
    {0xff00000000000000ULL, 0, 1, 0, 0xff00000000000000ULL},
    {0x01ffffffffffffffULL, 0, 0, 0xffffffffffffffffULL, 0xffffffffffffffffULL},
    {0x0200000000000000ULL, 0, 0, 0, 0},
    {0x8000000000000000ULL, 0, 0, 0, 0},
    {0x7fffffffffffffffULL, 0, 0, 0xffffffffffffffffULL, 0xffffffffffffffffULL},
    {0xffff880000000000ULL, 1, 1, 0xffff880000000000ULL, 0xffff880000000000ULL},
    {0xff11000000000000ULL, 0, 1, 0, 0xff11000000000000ULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const struct canon_case *c = &cases[i];
    CHECK(mm_is_canonical48(c->va) == c->c48, "is_canonical48(0x%016" PRIx64 ")", c->va);
    CHECK(mm_is_canonical57(c->va) == c->c57, "is_canonical57(0x%016" PRIx64 ")", c->va);
    CHECK(mm_is_canonical(48, c->va) == c->c48, "is_canonical(48, 0x%016" PRIx64 ")", c->va);
    CHECK(mm_is_canonical(57, c->va) == c->c57, "is_canonical(57, 0x%016" PRIx64 ")", c->va);
    CHECK(ref_is_canonical(c->va, 48) == c->c48, "ref 48 on 0x%016" PRIx64, c->va);
    CHECK(ref_is_canonical(c->va, 57) == c->c57, "ref 57 on 0x%016" PRIx64, c->va);
    CHECK_EQ_U64(mm_canonicalize48(c->va), c->s48);
    CHECK_EQ_U64(mm_canonicalize57(c->va), c->s57);
    CHECK_EQ_U64(mm_canonicalize(48, c->va), c->s48);
    CHECK_EQ_U64(mm_canonicalize(57, c->va), c->s57);
    CHECK_EQ_U64(ref_canonical_address(c->va, 48), c->s48);
    CHECK_EQ_U64(ref_canonical_address(c->va, 57), c->s57);
  }
  /* The hole: 2^(bits-1) .. 2^64 - 2^(bits-1) - 1. */
  CHECK_EQ_U64(mm_hole_start(48), 0x0000800000000000ULL);
  CHECK_EQ_U64(mm_hole_end(48), 0xffff7fffffffffffULL);
  CHECK_EQ_U64(mm_hole_start(57), 0x0100000000000000ULL);
  CHECK_EQ_U64(mm_hole_end(57), 0xfeffffffffffffffULL);
  CHECK_EQ_U64(mm_hole_start(48), ref_hole_start(48));
  CHECK_EQ_U64(mm_hole_end(48), ref_hole_end(48));
  CHECK_EQ_U64(mm_hole_start(57), ref_hole_start(57));
  CHECK_EQ_U64(mm_hole_end(57), ref_hole_end(57));
  for (unsigned bits = 48; bits <= 57; bits += 9) {
    uint64_t hs = mm_hole_start(bits), he = mm_hole_end(bits);
    CHECK(mm_is_canonical(bits, hs - 1) && !mm_is_canonical(bits, hs) &&
          !mm_is_canonical(bits, he) && mm_is_canonical(bits, he + 1),
          "the hole for %u bits is not exactly non-canonical", bits);
  }
  CHECK_EQ_U64(mm_phys_limit(46), 0x0000400000000000ULL);
  CHECK_EQ_U64(mm_phys_limit(52), 0x0010000000000000ULL);
  CHECK_EQ_U64(mm_phys_limit(46), ref_phys_limit(46));
  CHECK_EQ_U64(mm_phys_limit(52), ref_phys_limit(52));
}

static void test_canonical_sample(void)
{
  PROP(p_is48, "mm_is_canonical48 == ref");
  PROP(p_is57, "mm_is_canonical57 == ref");
  PROP(p_is, "mm_is_canonical(48/57) == mm_is_canonical48/57");
  PROP(p_c48, "mm_canonicalize48 == ref");
  PROP(p_c57, "mm_canonicalize57 == ref");
  PROP(p_c, "mm_canonicalize(48/57) == mm_canonicalize48/57");
  PROP(p_res, "canonicalize gives a canonical address");
  PROP(p_low, "canonicalize keeps the low 48 (57) bits");
  PROP(p_id, "canonicalize is the identity on canonical addresses");
  PROP(p_idem, "canonicalize is idempotent");
  PROP(p_57of48, "48-bit canonical implies 57-bit canonical");
  rng_state = 0x9E3779B97F4A7C15ULL;
  for (uint32_t i = 0; i < SAMPLES; i++) {
    uint64_t va = sample(i);
    uint64_t c48 = mm_canonicalize48(va), c57 = mm_canonicalize57(va);
    int k48 = mm_is_canonical48(va), k57 = mm_is_canonical57(va);
    note(&p_is48, k48 == ref_is_canonical(va, 48), va);
    note(&p_is57, k57 == ref_is_canonical(va, 57), va);
    note(&p_is, mm_is_canonical(48, va) == k48 && mm_is_canonical(57, va) == k57, va);
    note2(&p_c48, c48 == ref_canonical_address(va, 48), va, c48);
    note2(&p_c57, c57 == ref_canonical_address(va, 57), va, c57);
    note(&p_c, mm_canonicalize(48, va) == c48 && mm_canonicalize(57, va) == c57, va);
    note(&p_res, mm_is_canonical48(c48) && mm_is_canonical57(c57), va);
    note(&p_low, ((c48 ^ va) & 0x0000ffffffffffffULL) == 0 &&
                 ((c57 ^ va) & 0x01ffffffffffffffULL) == 0, va);
    note(&p_id, (!k48 || c48 == va) && (!k57 || c57 == va), va);
    note(&p_idem, mm_canonicalize48(c48) == c48 && mm_canonicalize57(c57) == c57 &&
                  mm_canonicalize(48, c48) == c48 && mm_canonicalize(57, c57) == c57, va);
    note(&p_57of48, !k48 || k57, va);
  }
  prop_report(&p_is48);
  prop_report(&p_is57);
  prop_report(&p_is);
  prop_report(&p_c48);
  prop_report(&p_c57);
  prop_report(&p_c);
  prop_report(&p_res);
  prop_report(&p_low);
  prop_report(&p_id);
  prop_report(&p_idem);
  prop_report(&p_57of48);
}

/* ---------------------------------------------------------------------------
 * page_index.c
 */
static void test_page_index_fixed(void)
{
  /* The direct map base: PML4 slot 272 (mm.txt: "ffff880000000000"). */
  CHECK_EQ_U64(mm_pml4_index(0xffff880000000000ULL), 272);
  CHECK_EQ_U64(mm_pml4_index(0xffffc90000000000ULL), 402); /* VMALLOC_START */
  CHECK_EQ_U64(mm_pml4_index(0xffffea0000000000ULL), 468); /* VMEMMAP_START */
  CHECK_EQ_U64(mm_pml4_index(0xffffff0000000000ULL), 510); /* ESPFIX_PGD_ENTRY -2 */
  CHECK_EQ_U64(mm_pml4_index(0xffffffff80000000ULL), 511); /* __START_KERNEL_map */
  CHECK_EQ_U64(mm_pdpt_index(0xffffffff80000000ULL), 510);
  CHECK_EQ_U64(mm_pd_index(0xffffffffff600000ULL), 507); /* VSYSCALL_ADDR */
  CHECK_EQ_U64(mm_pt_index(0xffffffffff600000ULL), 0);
  CHECK_EQ_U64(mm_pml5_index(0xff11000000000000ULL), 273); /* 5-level __PAGE_OFFSET */
  CHECK_EQ_U64(mm_pml5_index(0xffffffffffffffffULL), 511);
  CHECK_EQ_U64(mm_pml4_index(0xffffffffffffffffULL), 511);
  CHECK_EQ_U64(mm_pdpt_index(0xffffffffffffffffULL), 511);
  CHECK_EQ_U64(mm_pd_index(0xffffffffffffffffULL), 511);
  CHECK_EQ_U64(mm_pt_index(0xffffffffffffffffULL), 511);
  CHECK_EQ_U64(mm_page_offset(0xffffffffffffffffULL), 0xfff);
  CHECK_EQ_U64(mm_page_offset_2m(0xffffffffffffffffULL), 0x1fffff);
  CHECK_EQ_U64(mm_page_offset_1g(0xffffffffffffffffULL), 0x3fffffff);
  CHECK_EQ_U64(mm_compose4(0, 0, 0, 0, 0), 0);
  CHECK_EQ_U64(mm_compose4(255, 511, 511, 511, 0xfff), 0x00007fffffffffffULL);
  CHECK_EQ_U64(mm_compose4(256, 0, 0, 0, 0), 0xffff800000000000ULL);
  CHECK_EQ_U64(mm_compose4(511, 511, 511, 511, 0xfff), 0xffffffffffffffffULL);
  CHECK_EQ_U64(mm_compose4(272, 0, 0, 0, 0), 0xffff880000000000ULL);
  CHECK_EQ_U64(mm_compose4(511, 510, 0, 0, 0), 0xffffffff80000000ULL);
  CHECK_EQ_U64(mm_compose5(0, 0, 0, 0, 0, 0), 0);
  CHECK_EQ_U64(mm_compose5(255, 511, 511, 511, 511, 0xfff), 0x00ffffffffffffffULL);
  CHECK_EQ_U64(mm_compose5(256, 0, 0, 0, 0, 0), 0xff00000000000000ULL);
  CHECK_EQ_U64(mm_compose5(511, 511, 511, 511, 511, 0xfff), 0xffffffffffffffffULL);
  CHECK_EQ_U64(mm_compose5(273, 0, 0, 0, 0, 0), 0xff11000000000000ULL);
  /* With 5-level paging the 4-level upper half is PML5 slot 511. */
  CHECK_EQ_U64(mm_compose5(511, 272, 0, 0, 0, 0), 0xffff880000000000ULL);
}

static void test_page_index_sample(void)
{
  PROP(p_idx, "indices and offsets == shifts and masks");
  PROP(p_round4, "compose4(indices(va)) == canonicalize48(va)");
  PROP(p_round5, "compose5(indices(va)) == canonicalize57(va)");
  PROP(p_canon4, "compose4(indices(va)) == va for canonical48 va");
  PROP(p_canon5, "compose5(indices(va)) == va for canonical57 va");
  PROP(p_c4, "compose4 == ref");
  PROP(p_c5, "compose5 == ref");
  PROP(p_inv4, "indices(compose4(...)) == inputs");
  PROP(p_inv5, "indices(compose5(...)) == inputs");
  PROP(p_res, "compose4/5 results canonical");
  unsigned long canon48 = 0, canon57 = 0;
  rng_state = 0x2545F4914F6CDD1DULL;
  for (uint32_t i = 0; i < SAMPLES; i++) {
    uint64_t va = sample(i);
    uint32_t i5 = mm_pml5_index(va), i4 = mm_pml4_index(va), i3 = mm_pdpt_index(va),
             i2 = mm_pd_index(va), i1 = mm_pt_index(va), off = mm_page_offset(va);
    note(&p_idx, i5 == ref_pml5_index(va) && i4 == ref_pml4_index(va) &&
                 i3 == ref_pdpt_index(va) && i2 == ref_pd_index(va) && i1 == ref_pt_index(va) &&
                 off == ref_off_4k(va) && mm_page_offset_2m(va) == ref_off_2m(va) &&
                 mm_page_offset_1g(va) == ref_off_1g(va), va);
    uint64_t v4 = mm_compose4(i4, i3, i2, i1, off);
    uint64_t v5 = mm_compose5(i5, i4, i3, i2, i1, off);
    note2(&p_round4, v4 == mm_canonicalize48(va), va, v4);
    note2(&p_round5, v5 == mm_canonicalize57(va), va, v5);
    if (ref_is_canonical(va, 48)) {
      canon48++;
      note2(&p_canon4, v4 == va, va, v4);
    }
    if (ref_is_canonical(va, 57)) {
      canon57++;
      note2(&p_canon5, v5 == va, va, v5);
    }

    /* Random indices (biased to 0 and 511) and offsets, composed and taken apart. */
    uint32_t a5 = (uint32_t)rnd_index(), a4 = (uint32_t)rnd_index(), a3 = (uint32_t)rnd_index(),
             a2 = (uint32_t)rnd_index(), a1 = (uint32_t)rnd_index();
    uint32_t ao = (uint32_t)(i & 1 ? rnd_below(0x1000) : (rnd() & 1 ? 0xfff : 0));
    uint64_t w4 = mm_compose4(a4, a3, a2, a1, ao);
    uint64_t w5 = mm_compose5(a5, a4, a3, a2, a1, ao);
    note2(&p_c4, w4 == ref_compose4(a4, a3, a2, a1, ao), w4, ref_compose4(a4, a3, a2, a1, ao));
    note2(&p_c5, w5 == ref_compose5(a5, a4, a3, a2, a1, ao), w5,
          ref_compose5(a5, a4, a3, a2, a1, ao));
    note(&p_inv4, ref_pml4_index(w4) == a4 && ref_pdpt_index(w4) == a3 &&
                  ref_pd_index(w4) == a2 && ref_pt_index(w4) == a1 && ref_off_4k(w4) == ao &&
                  mm_pml4_index(w4) == a4 && mm_pdpt_index(w4) == a3 &&
                  mm_pd_index(w4) == a2 && mm_pt_index(w4) == a1 && mm_page_offset(w4) == ao,
         w4);
    note(&p_inv5, ref_pml5_index(w5) == a5 && ref_pml4_index(w5) == a4 &&
                  ref_pdpt_index(w5) == a3 && ref_pd_index(w5) == a2 && ref_pt_index(w5) == a1 &&
                  ref_off_4k(w5) == ao && mm_pml5_index(w5) == a5 && mm_pml4_index(w5) == a4 &&
                  mm_pdpt_index(w5) == a3 && mm_pd_index(w5) == a2 && mm_pt_index(w5) == a1 &&
                  mm_page_offset(w5) == ao,
         w5);
    note(&p_res, ref_is_canonical(w4, 48) && ref_is_canonical(w5, 57), w4);
  }
  prop_report(&p_idx);
  prop_report(&p_round4);
  prop_report(&p_round5);
  prop_report(&p_canon4);
  prop_report(&p_canon5);
  prop_report(&p_c4);
  prop_report(&p_c5);
  prop_report(&p_inv4);
  prop_report(&p_inv5);
  prop_report(&p_res);
  /* The sample does reach both halves of both kinds of address. */
  CHECK(canon48 > SAMPLES / 8 && canon48 < SAMPLES, "%lu 48-bit canonical samples", canon48);
  CHECK(canon57 > SAMPLES / 8 && canon57 < SAMPLES, "%lu 57-bit canonical samples", canon57);
}

/* ---------------------------------------------------------------------------
 * The seed profile, independently: mm.txt (v4.8-v4.14) with the unnamed holes.
 */
struct ref_region {
  uint64_t first, last;
  const char *name;
  uint32_t kind;
};

static const struct ref_region mmtxt[] = {
  {0x0000000000000000ULL, 0x00007fffffffffffULL, "user", MM_KIND_USER},
  {0x0000800000000000ULL, 0xffff7fffffffffffULL, "noncanonical", MM_KIND_NONCANONICAL},
  {0xffff800000000000ULL, 0xffff87ffffffffffULL, "guard_hole", MM_KIND_GUARD},
  {0xffff880000000000ULL, 0xffffc7ffffffffffULL, "direct_map", MM_KIND_DIRECT_MAP},
  {0xffffc80000000000ULL, 0xffffc8ffffffffffULL, "hole_direct_vmalloc", MM_KIND_HOLE},
  {0xffffc90000000000ULL, 0xffffe8ffffffffffULL, "vmalloc", MM_KIND_VMALLOC},
  {0xffffe90000000000ULL, 0xffffe9ffffffffffULL, "hole_vmalloc_vmemmap", MM_KIND_HOLE},
  {0xffffea0000000000ULL, 0xffffeaffffffffffULL, "vmemmap", MM_KIND_VMEMMAP},
  {0xffffeb0000000000ULL, 0xffffebffffffffffULL, "hole_vmemmap_kasan", MM_KIND_HOLE},
  {0xffffec0000000000ULL, 0xfffffbffffffffffULL, "kasan_shadow", MM_KIND_KASAN},
  {0xfffffc0000000000ULL, 0xfffffeffffffffffULL, "hole_kasan_espfix", MM_KIND_HOLE},
  {0xffffff0000000000ULL, 0xffffff7fffffffffULL, "espfix", MM_KIND_ESPFIX},
  {0xffffff8000000000ULL, 0xffffffeeffffffffULL, "hole_espfix_efi", MM_KIND_HOLE},
  {0xffffffef00000000ULL, 0xfffffffeffffffffULL, "efi", MM_KIND_EFI},
  {0xffffffff00000000ULL, 0xffffffff7fffffffULL, "hole_efi_text", MM_KIND_HOLE},
  {0xffffffff80000000ULL, 0xffffffff9fffffffULL, "kernel_text", MM_KIND_KERNEL_TEXT},
  {0xffffffffa0000000ULL, 0xffffffffff5fffffULL, "modules", MM_KIND_MODULES},
  {0xffffffffff600000ULL, 0xffffffffffdfffffULL, "vsyscalls", MM_KIND_VSYSCALL},
  {0xffffffffffe00000ULL, 0xffffffffffffffffULL, "hole_top", MM_KIND_HOLE},
};
#define NMMTXT (sizeof mmtxt / sizeof mmtxt[0])

/* Linux symbols of v4.8-v4.14 (4-level, without KASLR). */
#define L_PAGE_OFFSET_BASE 0xffff880000000000ULL
#define L_START_KERNEL_MAP 0xffffffff80000000ULL
#define L_KERNEL_IMAGE_SIZE 0x20000000ULL /* 512 MB */

static const char *name_of(const char *const *names, uint32_t n, uint32_t i)
{
  return i < n ? names[i] : "(out of range)";
}

/* The naive lookup: the first region, in table order, whose bounds hold va. */
static uint32_t ref_lookup(const struct mm_layout *l, uint64_t va)
{
  for (uint32_t i = 0; i < l->nregions; i++)
    if (l->region[i].start <= va && va <= l->region[i].end)
      return i;
  return l->nregions;
}

static void test_seed_table(void)
{
  const char *const *names = mmspec_profile_linux_4_8_4level_names;
  CHECK_EQ_U64(NSEED, NMMTXT);
  CHECK_EQ_U64(seed->nregions, NMMTXT);
  CHECK_EQ_U64(seed->va_bits, 48);
  CHECK_EQ_U64(seed->levels, 4);
  CHECK_EQ_U64(seed->pa_bits, 46);
  CHECK_EQ_U64(seed->page_offset, L_PAGE_OFFSET_BASE);
  for (uint32_t i = 0; i < NMMTXT && i < seed->nregions; i++) {
    CHECK_EQ_U64(seed->region[i].start, mmtxt[i].first);
    CHECK_EQ_U64(seed->region[i].end, mmtxt[i].last);
    CHECK_EQ_U64(seed->region[i].kind, mmtxt[i].kind);
    CHECK_STR(names[i], mmtxt[i].name);
  }
}

static void test_lookup(void)
{
  const char *const *names = mmspec_profile_linux_4_8_4level_names;
  uint32_t n = seed->nregions;
  /* Every region's first and last address, by name. */
  for (uint32_t i = 0; i < NMMTXT; i++) {
    uint32_t a = mm_region_lookup(seed, mmtxt[i].first);
    uint32_t b = mm_region_lookup(seed, mmtxt[i].last);
    CHECK(strcmp(name_of(names, n, a), mmtxt[i].name) == 0, "first address 0x%016" PRIx64
          " is in '%s', expected '%s'", mmtxt[i].first, name_of(names, n, a), mmtxt[i].name);
    CHECK(strcmp(name_of(names, n, b), mmtxt[i].name) == 0, "last address 0x%016" PRIx64
          " is in '%s', expected '%s'", mmtxt[i].last, name_of(names, n, b), mmtxt[i].name);
    /* One below the first and one above the last are the neighbours. */
    if (i > 0)
      CHECK_STR(name_of(names, n, mm_region_lookup(seed, mmtxt[i].first - 1)),
                mmtxt[i - 1].name);
    if (i + 1 < NMMTXT)
      CHECK_STR(name_of(names, n, mm_region_lookup(seed, mmtxt[i].last + 1)),
                mmtxt[i + 1].name);
  }
  /* Some well-known addresses. */
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0xffffc90000000000ULL)), "vmalloc");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0xfffffffeffffffffULL)), "efi");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0xffffffffffffffffULL)), "hole_top");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0)), "user");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0x00007ffffffff000ULL)), "user");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0x0000800000000000ULL)), "noncanonical");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0x8000000000000000ULL)), "noncanonical");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, L_PAGE_OFFSET_BASE)), "direct_map");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0xffffea0000000000ULL)), "vmemmap");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0xffffec0000000000ULL)), "kasan_shadow");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0xffffff0000000000ULL)), "espfix");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0xffffffef00000000ULL)), "efi");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, L_START_KERNEL_MAP)), "kernel_text");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0xffffffffa0000000ULL)), "modules");
  CHECK_STR(name_of(names, n, mm_region_lookup(seed, 0xffffffffff600000ULL)), "vsyscalls");

  /* Random addresses against the linear search, and against the kind table. */
  PROP(p_naive, "mm_region_lookup == linear search");
  PROP(p_bounds, "the region found holds the address");
  rng_state = 0xD1B54A32D192ED03ULL;
  for (uint32_t i = 0; i < SAMPLES; i++) {
    uint64_t va = sample(i);
    uint32_t got = mm_region_lookup(seed, va);
    note2(&p_naive, got == ref_lookup(seed, va), va, got);
    note2(&p_bounds, got < NMMTXT && mmtxt[got].first <= va && va <= mmtxt[got].last, va, got);
  }
  prop_report(&p_naive);
  prop_report(&p_bounds);
}

/* ---------------------------------------------------------------------------
 * direct_map.c
 */
static uint32_t find_kind(const struct mm_layout *l, uint32_t kind)
{
  for (uint32_t i = 0; i < l->nregions; i++)
    if (l->region[i].kind == kind)
      return i;
  return l->nregions;
}

static void test_direct_map(void)
{
  const uint64_t top = (1ULL << 46) - 1;
  uint32_t dm = find_kind(seed, MM_KIND_DIRECT_MAP);
  uint32_t k = find_kind(seed, MM_KIND_KERNEL_TEXT);
  CHECK_EQ_U64(dm, 3);
  CHECK_EQ_U64(k, 15);
  if (dm != 3 || k != 15)
    return;

  /* __va / __pa at the ends of physical memory. */
  CHECK_EQ_U64(mm_phys_to_virt(seed, 0), 0xffff880000000000ULL);
  CHECK_EQ_U64(mm_phys_to_virt(seed, top), 0xffffc7ffffffffffULL);
  CHECK_EQ_U64(mm_virt_to_phys(seed, 0xffff880000000000ULL), 0);
  CHECK_EQ_U64(mm_virt_to_phys(seed, 0xffffc7ffffffffffULL), top);
  CHECK_EQ_U64(mm_region_lookup(seed, mm_phys_to_virt(seed, 0)), dm);
  CHECK_EQ_U64(mm_region_lookup(seed, mm_phys_to_virt(seed, top)), dm);
  CHECK_EQ_U64(ref_phys_addr(0xffffc7ffffffffffULL, L_START_KERNEL_MAP, L_PAGE_OFFSET_BASE, 0),
               top);

  PROP(p_va, "mm_phys_to_virt == __va");
  PROP(p_pa, "mm_virt_to_phys == __phys_addr_nodebug");
  PROP(p_dm, "__va lands in the direct map");
  PROP(p_rt, "__pa(__va(pa)) == pa and __va(__pa(va)) == va");
  rng_state = 0xA0761D6478BD642FULL;
  for (uint32_t i = 0; i < SAMPLES / 4; i++) {
    uint64_t pa = i % 3 == 0 ? (rnd() & top) : (i % 3 == 1 ? top - rnd_below(4096) : rnd_below(4096));
    uint64_t va = mm_phys_to_virt(seed, pa);
    note2(&p_va, va == pa + L_PAGE_OFFSET_BASE, pa, va);
    note2(&p_pa, mm_virt_to_phys(seed, va) ==
                   ref_phys_addr(va, L_START_KERNEL_MAP, L_PAGE_OFFSET_BASE, 0x1000000),
          pa, va);
    note2(&p_dm, mm_region_lookup(seed, va) == dm, pa, va);
    uint64_t dva = 0xffff880000000000ULL + (rnd() & top);
    note2(&p_rt, mm_virt_to_phys(seed, va) == pa &&
                   mm_phys_to_virt(seed, mm_virt_to_phys(seed, dva)) == dva,
          pa, dva);
  }
  prop_report(&p_va);
  prop_report(&p_pa);
  prop_report(&p_dm);
  prop_report(&p_rt);

  /* __pa_symbol / the image's virtual address, with the image loaded at 0 and
   * at 16 MB (CONFIG_PHYSICAL_START), on the first and last address. */
  static const uint64_t bases[] = {0, 0x1000000ULL};
  for (size_t b = 0; b < 2; b++) {
    uint64_t pb = bases[b];
    uint64_t first = seed->region[k].start, last = seed->region[k].end;
    CHECK_EQ_U64(first, L_START_KERNEL_MAP);
    CHECK_EQ_U64(last, L_START_KERNEL_MAP + L_KERNEL_IMAGE_SIZE - 1);
    CHECK_EQ_U64(mm_pa_symbol(seed, k, pb, first), pb);
    CHECK_EQ_U64(mm_pa_symbol(seed, k, pb, last), pb + L_KERNEL_IMAGE_SIZE - 1);
    CHECK_EQ_U64(mm_pa_symbol(seed, k, pb, first),
                 ref_phys_addr(first, L_START_KERNEL_MAP, L_PAGE_OFFSET_BASE, pb));
    CHECK_EQ_U64(mm_pa_symbol(seed, k, pb, last),
                 ref_phys_addr(last, L_START_KERNEL_MAP, L_PAGE_OFFSET_BASE, pb));
    CHECK_EQ_U64(mm_ktext_virt(seed, k, pb, pb), first);
    CHECK_EQ_U64(mm_ktext_virt(seed, k, pb, pb + L_KERNEL_IMAGE_SIZE - 1), last);
    /* The image's alias in the direct map. */
    CHECK_EQ_U64(mm_region_lookup(seed, mm_phys_to_virt(seed, mm_pa_symbol(seed, k, pb, last))),
                 dm);
    CHECK_EQ_U64(mm_region_lookup(seed, mm_ktext_virt(seed, k, pb, pb + 0x1234)), k);
  }
  PROP(p_sym, "mm_pa_symbol == __phys_addr_nodebug, mm_ktext_virt its inverse");
  for (uint32_t i = 0; i < SAMPLES / 4; i++) {
    uint64_t pb = i & 1 ? 0x1000000ULL : (rnd() & 0x00003fffdfe00000ULL);
    uint64_t va = L_START_KERNEL_MAP + rnd_below(L_KERNEL_IMAGE_SIZE);
    uint64_t pa = mm_pa_symbol(seed, k, pb, va);
    note2(&p_sym, pa == ref_phys_addr(va, L_START_KERNEL_MAP, L_PAGE_OFFSET_BASE, pb) &&
                    mm_ktext_virt(seed, k, pb, pa) == va,
          va, pb);
  }
  prop_report(&p_sym);
}

/* ---------------------------------------------------------------------------
 * layout_validate.c, judged by an independent checker of ValidLayout.
 */

static int ref_valid_align(uint64_t a)
{
  return a == 1ULL << 12 || a == 1ULL << 21 || a == 1ULL << 30 || a == 1ULL << 39 ||
         a == 1ULL << 48;
}

/* The first rule region i breaks on its own, in the validator's order. */
static uint32_t ref_region_rule(const struct mm_layout *l, uint32_t i)
{
  const struct mm_region *r = &l->region[i];
  unsigned bits = l->va_bits;
  if (r->kind >= MM_KIND_COUNT)
    return MM_RULE_KIND;
  if (r->start > r->end)
    return MM_RULE_EMPTY;
  /* end + 1 wraps to 0 for the last region, a multiple of everything. */
  if (!ref_valid_align(r->align) || (r->start & (r->align - 1)) != 0 ||
      ((r->end + 1) & (r->align - 1)) != 0)
    return MM_RULE_ALIGN;
  if (r->kind == MM_KIND_NONCANONICAL) {
    if (r->start != ref_hole_start(bits) || r->end != ref_hole_end(bits))
      return MM_RULE_HOLE;
  } else {
    /* Wholly canonical: both ends canonical and on the same side (bit 63). */
    if (!ref_is_canonical(r->start, bits) || !ref_is_canonical(r->end, bits) ||
        ((r->start ^ r->end) >> 63) != 0)
      return MM_RULE_CANONICAL;
  }
  /* User space is all below bit (bits - 1); kernel kinds all above, where the
   * address shifted right arithmetically by (bits - 1) is -1. */
  if (r->kind == MM_KIND_USER && (r->end >> (bits - 1)) != 0)
    return MM_RULE_HALF;
  if (r->kind != MM_KIND_USER && r->kind != MM_KIND_NONCANONICAL && r->kind != MM_KIND_HOLE &&
      ((int64_t)r->start >> (bits - 1)) != -1)
    return MM_RULE_HALF;
  if ((r->randomized | r->own_pgd | r->lazy_sync) > 1 || r->reserved_ != 0)
    return MM_RULE_FLAGS;
  if (r->randomized &&
      ((r->kind != MM_KIND_DIRECT_MAP && r->kind != MM_KIND_VMALLOC &&
        r->kind != MM_KIND_VMEMMAP) ||
       r->align < 1ULL << 30))
    return MM_RULE_FLAGS;
  return MM_OK;
}

/* The verdict mm_layout_validate should give: params, count, every region on
 * its own, first, adjacency, last, then the direct map (missing, duplicate,
 * base, size); the region is the offending one, nregions for a rule of the
 * whole layout, and the direct map's index for the direct-map rules. */
static struct mm_verdict ref_validate(const struct mm_layout *l)
{
  struct mm_verdict v = {MM_OK, 0};
  uint32_t n = l->nregions, dm = n;
  if (!((l->va_bits == 48 && l->levels == 4) || (l->va_bits == 57 && l->levels == 5)) ||
      (l->pa_bits != 46 && l->pa_bits != 52))
    return (struct mm_verdict){MM_RULE_PARAMS, n};
  if (n < 1 || n > MM_MAX_REGIONS)
    return (struct mm_verdict){MM_RULE_COUNT, n};
  for (uint32_t i = 0; i < n; i++) {
    uint32_t rule = ref_region_rule(l, i);
    if (rule != MM_OK)
      return (struct mm_verdict){rule, i};
  }
  if (l->region[0].start != 0)
    return (struct mm_verdict){MM_RULE_FIRST, 0};
  for (uint32_t i = 1; i < n; i++) {
    if (l->region[i].start <= l->region[i - 1].end)
      return (struct mm_verdict){MM_RULE_OVERLAP, i};
    if (l->region[i].start != l->region[i - 1].end + 1)
      return (struct mm_verdict){MM_RULE_GAP, i};
  }
  if (l->region[n - 1].end != ~0ULL)
    return (struct mm_verdict){MM_RULE_LAST, n - 1};
  for (uint32_t i = 0; i < n; i++) {
    if (l->region[i].kind != MM_KIND_DIRECT_MAP)
      continue;
    if (dm != n)
      return (struct mm_verdict){MM_RULE_DM_DUP, i};
    dm = i;
  }
  if (dm == n)
    return (struct mm_verdict){MM_RULE_DM_MISSING, n};
  if (l->region[dm].start != l->page_offset)
    return (struct mm_verdict){MM_RULE_DM_BASE, dm};
  if (l->region[dm].end - l->region[dm].start < ref_phys_limit(l->pa_bits) - 1)
    return (struct mm_verdict){MM_RULE_DM_SIZE, dm};
  return v;
}

/* ValidLayout, stated the other way round: as a partition. Sorted, adjacent
 * and covering by walking the address space from 0 to 2^64 - 1; aligned; the
 * hole covered exactly by the one non-canonical region; halves; flags; one
 * direct map at page-offset, at least 2^pa-bits long. Independent of the order
 * of the rules. */
static int ref_valid_layout(const struct mm_layout *l)
{
  uint32_t n = l->nregions, dms = 0, holes = 0;
  uint64_t next = 0; /* the first address not yet covered */
  int done = 0;      /* 2^64 - 1 is covered */
  if (!((l->va_bits == 48 && l->levels == 4) || (l->va_bits == 57 && l->levels == 5)) ||
      !(l->pa_bits == 46 || l->pa_bits == 52) || n == 0 || n > MM_MAX_REGIONS)
    return 0;
  for (uint32_t i = 0; i < n; i++) {
    const struct mm_region *r = &l->region[i];
    if (done || r->start != next || r->end < r->start)
      return 0;
    if (r->end == ~0ULL)
      done = 1;
    next = r->end + 1;
    if (ref_region_rule(l, i) != MM_OK)
      return 0;
    holes += r->kind == MM_KIND_NONCANONICAL;
    if (r->kind == MM_KIND_DIRECT_MAP) {
      dms++;
      if (r->start != l->page_offset || r->end - r->start < ref_phys_limit(l->pa_bits) - 1)
        return 0;
    }
  }
  return done && dms == 1 && holes == 1;
}

static int same_verdict(struct mm_verdict a, struct mm_verdict b)
{
  return a.rule == b.rule && (a.rule == MM_OK || a.region == b.region);
}

/* A 5-level layout (Linux mm.txt for 5-level paging, abridged). */
static struct mm_layout layout57(void)
{
  struct mm_layout l;
  static const struct mm_region r[] = {
    {0x0000000000000000ULL, 0x00ffffffffffffffULL, 1ULL << 48, MM_KIND_USER, 0, 0, 0, 0},
    {0x0100000000000000ULL, 0xfeffffffffffffffULL, 1ULL << 48, MM_KIND_NONCANONICAL, 0, 0, 0, 0},
    {0xff00000000000000ULL, 0xff10ffffffffffffULL, 1ULL << 48, MM_KIND_GUARD, 0, 0, 0, 0},
    {0xff11000000000000ULL, 0xff90ffffffffffffULL, 1ULL << 48, MM_KIND_DIRECT_MAP, 1, 0, 0, 0},
    {0xff91000000000000ULL, 0xffffffff7fffffffULL, 1ULL << 30, MM_KIND_HOLE, 0, 0, 0, 0},
    {0xffffffff80000000ULL, 0xffffffff9fffffffULL, 1ULL << 21, MM_KIND_KERNEL_TEXT, 0, 0, 0, 0},
    {0xffffffffa0000000ULL, 0xffffffffffffffffULL, 1ULL << 21, MM_KIND_MODULES, 0, 0, 0, 0},
  };
  memset(&l, 0, sizeof l);
  l.va_bits = 57;
  l.levels = 5;
  l.pa_bits = 52;
  l.page_offset = 0xff11000000000000ULL;
  l.nregions = (uint32_t)(sizeof r / sizeof r[0]);
  memcpy(l.region, r, sizeof r);
  return l;
}

static void test_validate_fixed(void)
{
  struct mm_verdict v = mm_layout_validate(seed);
  struct mm_layout l = *seed, f;
  CHECK(v.rule == MM_OK, "seed rejected: rule %u region %u", (unsigned)v.rule,
        (unsigned)v.region);
  CHECK(ref_valid_layout(seed), "the reference rejects the seed");
  for (uint32_t i = 0; i < seed->nregions; i++)
    CHECK_EQ_U64(mm_region_check(seed, i), MM_OK);

  /* mm_aligned: exactly the five paging sizes, each met or not. */
  static const uint64_t aligns[] = {1ULL << 12, 1ULL << 21, 1ULL << 30, 1ULL << 39, 1ULL << 48};
  static const uint64_t nonaligns[] = {0, 1, 2, 0x800, 0x2000, 1ULL << 22, 1ULL << 40,
                                       1ULL << 47, 1ULL << 57, 1ULL << 63, ~0ULL};
  for (size_t a = 0; a < 5; a++) {
    CHECK_EQ_U64(mm_aligned(0, aligns[a]), 1);
    CHECK_EQ_U64(mm_aligned(aligns[a], aligns[a]), 1);
    CHECK_EQ_U64(mm_aligned(~0ULL - aligns[a] + 1, aligns[a]), 1);
    CHECK_EQ_U64(mm_aligned(aligns[a] - 1, aligns[a]), 0);
    CHECK_EQ_U64(mm_aligned(aligns[a] + aligns[a] / 2, aligns[a]), 0);
    CHECK_EQ_U64(mm_aligned(~0ULL, aligns[a]), 0);
  }
  for (size_t a = 0; a < sizeof nonaligns / sizeof nonaligns[0]; a++)
    CHECK_EQ_U64(mm_aligned(0, nonaligns[a]), 0);
  PROP(p_al, "mm_aligned == mask test");
  rng_state = 0x8EBC6AF09C88C6E3ULL;
  for (uint32_t i = 0; i < SAMPLES / 4; i++) {
    uint64_t x = sample(i), a = i & 1 ? aligns[rnd_below(5)] : 1ULL << rnd_below(64);
    int want = ref_valid_align(a) && (x & (a - 1)) == 0;
    note2(&p_al, mm_aligned(x, a) == want, x, a);
  }
  prop_report(&p_al);

  /* The 5-level layout. */
  l = layout57();
  v = mm_layout_validate(&l);
  CHECK(v.rule == MM_OK, "5-level layout rejected: rule %u region %u", (unsigned)v.rule,
        (unsigned)v.region);
  CHECK(ref_valid_layout(&l), "the reference rejects the 5-level layout");
  CHECK_EQ_U64(mm_region_lookup(&l, 0x00ffffffffffffffULL), 0);
  CHECK_EQ_U64(mm_region_lookup(&l, 0x0100000000000000ULL), 1);
  CHECK_EQ_U64(mm_region_lookup(&l, 0xff11000000000000ULL), 3);
  CHECK_EQ_U64(mm_phys_to_virt(&l, (1ULL << 52) - 1), 0xff20ffffffffffffULL);
  CHECK_EQ_U64(mm_virt_to_phys(&l, 0xff20ffffffffffffULL), (1ULL << 52) - 1);
  CHECK_EQ_U64(mm_pa_symbol(&l, 5, 0x1000000, 0xffffffff9fffffffULL), 0x1000000 + 0x1fffffff);
  /* The 4-level seed is not a 5-level layout, nor the other way round. */
  f = *seed;
  f.va_bits = 57;
  f.levels = 5;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_HOLE && v.region == 1, "seed as 5-level: rule %u region %u",
        (unsigned)v.rule, (unsigned)v.region);
  f = layout57();
  f.va_bits = 48;
  f.levels = 4;
  f.pa_bits = 46;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_CANONICAL && v.region == 0, "5-level as 4-level: rule %u region %u",
        (unsigned)v.rule, (unsigned)v.region);

  /* Layout-wide rules. */
  f = *seed;
  f.levels = 5;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_PARAMS && v.region == f.nregions, "params: %u %u", (unsigned)v.rule,
        (unsigned)v.region);
  f = *seed;
  f.nregions = 0;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_COUNT && v.region == 0, "count 0: %u %u", (unsigned)v.rule,
        (unsigned)v.region);
  f.nregions = MM_MAX_REGIONS + 1;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_COUNT && v.region == MM_MAX_REGIONS + 1, "count 33: %u %u",
        (unsigned)v.rule, (unsigned)v.region);
  f = *seed;
  f.region[3].kind = MM_KIND_HOLE;
  f.region[3].randomized = 0;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_DM_MISSING && v.region == f.nregions, "dm-missing: %u %u",
        (unsigned)v.rule, (unsigned)v.region);
  f = *seed;
  f.region[7].kind = MM_KIND_DIRECT_MAP;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_DM_DUP && v.region == 7, "dm-dup: %u %u", (unsigned)v.rule,
        (unsigned)v.region);
  f = *seed;
  f.page_offset += 1ULL << 39;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_DM_BASE && v.region == 3, "dm-base: %u %u", (unsigned)v.rule,
        (unsigned)v.region);
  f = *seed;
  f.pa_bits = 52;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_DM_SIZE && v.region == 3, "dm-size: %u %u", (unsigned)v.rule,
        (unsigned)v.region);
  /* The passes: a broken region anywhere comes before first, gap and last. */
  f = *seed;
  f.region[0].start = 1ULL << 39;         /* first */
  f.region[5].start += 1ULL << 39;        /* gap before vmalloc */
  f.region[18].align = 1ULL << 12;        /* hole_top, 4 KiB aligned ... */
  f.region[18].end -= 1ULL << 12;         /* ... ends a page early: last */
  f.region[16].align = 0x100000;          /* not a paging size: align, at modules */
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_ALIGN && v.region == 16, "pass 1 first: %u %u", (unsigned)v.rule,
        (unsigned)v.region);
  f.region[16].align = 1ULL << 21;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_FIRST && v.region == 0, "then first: %u %u", (unsigned)v.rule,
        (unsigned)v.region);
  f.region[0].start = 0;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_GAP && v.region == 5, "then gap: %u %u", (unsigned)v.rule,
        (unsigned)v.region);
  f.region[5].start -= 1ULL << 39;
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_LAST && v.region == 18, "then last: %u %u", (unsigned)v.rule,
        (unsigned)v.region);
  /* Adjacency comes before the direct map. */
  f = *seed;
  f.region[7].kind = MM_KIND_DIRECT_MAP; /* dm-dup */
  f.region[10].start += 1ULL << 39;      /* gap */
  v = mm_layout_validate(&f);
  CHECK(v.rule == MM_RULE_GAP && v.region == 10, "gap before dm-dup: %u %u", (unsigned)v.rule,
        (unsigned)v.region);
}

/* Check one mutant: the validator agrees with both references. Returns whether
 * the validator accepted it. */
static int judge(const struct mm_layout *l, struct prop *p_ok, struct prop *p_verdict,
                 uint64_t tag)
{
  struct mm_verdict v = mm_layout_validate(l), w = ref_validate(l);
  int valid = ref_valid_layout(l);
  note2(p_ok, (v.rule == MM_OK) == valid, tag, v.rule);
  note2(p_verdict, same_verdict(v, w), tag, (uint64_t)v.rule << 32 | v.region);
  if (valid)
    note2(p_verdict, w.rule == MM_OK, tag, w.rule);
  /* mm_region_check agrees with the reference region by region. */
  if (l->nregions <= MM_MAX_REGIONS &&
      ((l->va_bits == 48 && l->levels == 4) || (l->va_bits == 57 && l->levels == 5)) &&
      (l->pa_bits == 46 || l->pa_bits == 52))
    for (uint32_t i = 0; i < l->nregions; i++)
      note2(p_verdict, mm_region_check(l, i) == ref_region_rule(l, i), tag, i);
  return v.rule == MM_OK;
}

static void test_off_by_one(const struct mm_layout *base, const char *what)
{
  PROP(p_ok, "off-by-one: validator accepts exactly the layouts the reference accepts");
  PROP(p_verdict, "off-by-one: validator verdict == reference verdict");
  unsigned mutants = 0, rejected = 0, still_valid = 0;
  for (uint32_t i = 0; i < base->nregions; i++)
    for (int field = 0; field < 2; field++)
      for (int d = -1; d <= 1; d += 2) {
        struct mm_layout m = *base;
        uint64_t *x = field ? &m.region[i].end : &m.region[i].start;
        *x += (uint64_t)(int64_t)d;
        mutants++;
        if (judge(&m, &p_ok, &p_verdict, (uint64_t)i << 8 | (uint64_t)field << 4 | (d > 0)))
          still_valid += ref_valid_layout(&m);
        else
          rejected += !ref_valid_layout(&m);
      }
  prop_report(&p_ok);
  prop_report(&p_verdict);
  printf("test_core: %s: %u single-field off-by-one mutations of start/end, %u rejected, "
         "%u still valid\n", what, mutants, rejected, still_valid);
  CHECK_EQ_U64(mutants, 4u * base->nregions);
  CHECK_EQ_U64(rejected + still_valid, mutants);
  /* Every boundary is aligned to at least 4 KiB: moving one by one byte always
   * breaks a layout. */
  CHECK_EQ_U64(still_valid, 0);
}

/* Random mutations, many of them valid: boundaries between neighbours moved
 * together by multiples of paging sizes, and single fields set to values that
 * matter. */
/* Lower region i's alignment to 4 KiB; a randomized region needs 1 GiB, so it
 * stops being randomized. */
static void relax_align(struct mm_layout *m, uint32_t i)
{
  m->region[i].align = 1ULL << 12;
  m->region[i].randomized = 0;
}

static unsigned rules_seen; /* bit r: some mutant broke rule r first */

static void test_mutations(const struct mm_layout *base, const char *what, uint64_t seedval)
{
  static const uint64_t sizes[] = {1, 1ULL << 12, 1ULL << 21, 1ULL << 30, 1ULL << 39, 1ULL << 48};
  PROP(p_ok, "mutations: validator accepts exactly the layouts the reference accepts");
  PROP(p_verdict, "mutations: validator verdict == reference verdict");
  PROP(p_lookup, "mutations: lookup on accepted layouts == linear search");
  unsigned long valid = 0, invalid = 0;
  rng_state = seedval;
  for (uint32_t it = 0; it < 60000; it++) {
    struct mm_layout m = *base;
    uint32_t n = m.nregions;
    uint32_t i = (uint32_t)rnd_below(n);
    uint64_t step = sizes[rnd_below(6)] * (1 + rnd_below(3));
    uint64_t delta = rnd() & 1 ? step : 0 - step;
    switch (it % 4) {
    case 0:
    case 1: {
      /* Move 1 to 3 shared boundaries, half of the time after lowering the
       * alignment of both sides to 4 KiB (so that page-sized moves can keep
       * the layout valid). */
      unsigned moves = 1 + (unsigned)rnd_below(3);
      int relax = (int)(rnd() & 1);
      for (unsigned k = 0; k < moves && n > 1; k++) {
        uint32_t j = (uint32_t)rnd_below(n - 1);
        if (relax) {
          relax_align(&m, j);
          relax_align(&m, j + 1);
        }
        m.region[j].end += delta;
        m.region[j + 1].start += delta;
        step = sizes[rnd_below(6)];
        delta = rnd() & 1 ? step : 0 - step;
      }
      break;
    }
    case 2:
      /* One field of one region. */
      if (rnd() & 1)
        relax_align(&m, i);
      switch (rnd_below(9)) {
      case 0: m.region[i].start += delta; break;
      case 1: m.region[i].end += delta; break;
      case 2: m.region[i].align = rnd() & 1 ? sizes[rnd_below(6)] : 1ULL << rnd_below(64); break;
      case 3: m.region[i].kind = (uint32_t)rnd_below(MM_KIND_COUNT + 2); break;
      case 4: m.region[i].randomized = (uint8_t)rnd_below(3); break;
      case 5: m.region[i].own_pgd = (uint8_t)rnd_below(3); break;
      case 6: m.region[i].lazy_sync = (uint8_t)rnd_below(3); break;
      case 7: m.region[i].reserved_ = (uint8_t)rnd_below(2); break;
      default: m.region[i].start = sample(it); break;
      }
      break;
    default:
      /* One field of the layout. */
      switch (rnd_below(5)) {
      case 0: m.va_bits = rnd() & 1 ? 57 : (uint32_t)rnd_below(64); break;
      case 1: m.levels = (uint32_t)rnd_below(7); break;
      case 2: m.pa_bits = rnd() & 1 ? (rnd() & 1 ? 46 : 52) : (uint32_t)rnd_below(64); break;
      case 3: m.nregions = (uint32_t)rnd_below(MM_MAX_REGIONS + 3); break;
      default: m.page_offset += delta; break;
      }
      break;
    }
    if (judge(&m, &p_ok, &p_verdict, it)) {
      valid++;
      if (!ref_valid_layout(&m))
        continue; /* already counted as a failure; lookup needs a valid layout */
      for (unsigned k = 0; k < 8; k++) {
        uint64_t va = k < 2 ? m.region[i].start - k : sample(it + k);
        note2(&p_lookup, mm_region_lookup(&m, va) == ref_lookup(&m, va), it, va);
      }
    } else {
      invalid++;
    }
    rules_seen |= 1u << (ref_validate(&m).rule & 31u);
  }
  prop_report(&p_ok);
  prop_report(&p_verdict);
  prop_report(&p_lookup);
  printf("test_core: %s: %lu random mutations, %lu valid, %lu rejected\n", what,
         valid + invalid, valid, invalid);
  /* Both answers occur often. */
  CHECK(valid > 1000 && invalid > 1000, "%s: %lu valid, %lu invalid", what, valid, invalid);
}

int main(void)
{
  struct mm_layout l57 = layout57();
  test_canonical_boundaries();
  test_canonical_sample();
  test_page_index_fixed();
  test_page_index_sample();
  test_seed_table();
  test_lookup();
  test_direct_map();
  test_validate_fixed();
  test_off_by_one(seed, "linux-4.8-4level");
  test_off_by_one(&l57, "5-level layout");
  test_mutations(seed, "linux-4.8-4level", 0x94D049BB133111EBULL);
  test_mutations(&l57, "5-level layout", 0xBF58476D1CE4E5B9ULL);
  /* Between them, the mutants reach every rule (and OK). */
  CHECK(rules_seen == (1u << MM_RULE_COUNT_) - 1, "rules reached: 0x%05x", rules_seen);
  return check_report("test_core");
}
