/* Witnesses for the KASLR model (docs/kaslr.md): the vmemmap predicate true
 * on one case and false on its neighbour, and the 2 GiB bound on the
 * vmemmap's end reached on the seed profile's numbers (Linux 4.8-4.14:
 * window 0xffff880000000000 .. ESPFIX_BASE_ADDR 0xffffff0000000000, direct
 * map 11 TiB, vmalloc 32 TiB, vmemmap 1 TiB: remain_entropy 75 TiB), so that
 * bound cannot be tightened, and the last draw below it fitting. */
#include "kaslr.h"

#define TIB MM_KASLR_TIB

/* A 1 TiB vmemmap holds the struct pages of a 64 TiB direct map, not of 65. */
/*@ assigns \nothing;
    ensures covers:     KaslrVmemmapCovers(64 * KTib, KTib);
    ensures not_covers: !KaslrVmemmapCovers(65 * KTib, KTib);
    ensures decided:    \result == 2; // ok(64 TiB) == 1, ok(65 TiB) == 0
*/
int witness_kaslr_vmemmap(void)
{
  struct mm_kaslr_sizes a = {64 * TIB, 32 * TIB, TIB}, b = {65 * TIB, 32 * TIB, TIB};
  /* no && : a never-taken branch would fail the smoke test (docs/proofs.md 7) */
  return 2 * mm_kaslr_vmemmap_ok(a) + mm_kaslr_vmemmap_ok(b);
}

/* The largest last draw: the vmemmap ends 2 GiB - 1 past vaddr_end - 1. */
/*@ assigns \nothing;
    ensures spill: \result.status == MM_KASLR_SPILL;
    ensures end:   \result.vmemmap == 0xfffffe0080000000 &&
                   \result.vmemmap + KTib - 1 == 0xffffff0000000000 - 1 + 2 * KPud;
*/
struct mm_kaslr_bases witness_kaslr_spill(void)
{
  const uint64_t rand[3] = {0, 0, 75 * TIB};
  struct mm_kaslr_sizes s = {11 * TIB, 32 * TIB, TIB};
  return mm_kaslr_place(0xffff880000000000ULL, 0xffffff0000000000ULL, s, rand);
}

/* 2 GiB less entropy for the vmemmap: it ends exactly at vaddr_end - 1. */
/*@ assigns \nothing;
    ensures fit: \result.status == MM_KASLR_FIT;
    ensures end: \result.vmemmap == 0xfffffe0000000000;
*/
struct mm_kaslr_bases witness_kaslr_fit(void)
{
  const uint64_t rand[3] = {0, 0, 75 * TIB - 0x80000000ULL};
  struct mm_kaslr_sizes s = {11 * TIB, 32 * TIB, TIB};
  return mm_kaslr_place(0xffff880000000000ULL, 0xffffff0000000000ULL, s, rand);
}

/* KaslrFixed: the espfix stacks are fixed, a hole is not. */
/*@ requires valid: \valid_read(l);
    requires shape: l->nregions == 2 && l->region[0].kind == MM_KIND_ESPFIX &&
                    l->region[1].kind == MM_KIND_HOLE;
    assigns \nothing;
    ensures fixed:     KaslrFixed(l, 0);
    ensures not_fixed: !KaslrFixed(l, 1);
*/
void witness_kaslr_fixed(const struct mm_layout *l)
{
}

/* KaslrApart: [0x1000, 0x2000) misses a region 0x2000 .. 0x2fff, and
 * [0x1000, 0x2001) does not. */
/*@ requires valid: \valid_read(l);
    requires shape: l->nregions == 1 && l->region[0].start == 0x2000 &&
                    l->region[0].end == 0x2FFF;
    assigns \nothing;
    ensures apart:     KaslrApart(l, 0, 0x1000, 0x1000);
    ensures not_apart: !KaslrApart(l, 0, 0x1000, 0x1001);
*/
void witness_kaslr_apart(const struct mm_layout *l)
{
}
