/* Indices and offsets as quotient and remainder by powers of two: gcc -O2 emits
 * the same shr/and as the shift-and-mask form (docs/proofs.md). */
#include "page_index.h"

uint32_t mm_pml5_index(uint64_t va) { return (uint32_t)((va / MM_P48) % 512u); }
uint32_t mm_pml4_index(uint64_t va) { return (uint32_t)((va / MM_P39) % 512u); }
uint32_t mm_pdpt_index(uint64_t va) { return (uint32_t)((va / MM_P30) % 512u); }
uint32_t mm_pd_index(uint64_t va)   { return (uint32_t)((va / MM_P21) % 512u); }
uint32_t mm_pt_index(uint64_t va)   { return (uint32_t)((va / MM_P12) % 512u); }
uint32_t mm_page_offset(uint64_t va)    { return (uint32_t)(va % MM_P12); }
uint32_t mm_page_offset_2m(uint64_t va) { return (uint32_t)(va % MM_P21); }
uint32_t mm_page_offset_1g(uint64_t va) { return (uint32_t)(va % MM_P30); }

uint64_t mm_compose4(uint32_t pml4, uint32_t pdpt, uint32_t pd, uint32_t pt, uint32_t off)
{
  uint64_t low = (uint64_t)pml4 * MM_P39 + (uint64_t)pdpt * MM_P30 + (uint64_t)pd * MM_P21 +
                 (uint64_t)pt * MM_P12 + off;
  uint64_t high = low < MM_P47 ? 0u : 0xFFFF000000000000ULL;
  /* Quotients of the sum, so that each index is read off a plain product. */
  /*@ assert q12: low / MM_P12 == ((pml4 * 512 + pdpt) * 512 + pd) * 512 + pt; */
  /*@ assert q21: low / MM_P21 == (pml4 * 512 + pdpt) * 512 + pd; */
  /*@ assert q30: low / MM_P30 == pml4 * 512 + pdpt; */
  /*@ assert r12: (low + high) / MM_P12 == low / MM_P12 + high / MM_P12; */
  /*@ assert r21: (low + high) / MM_P21 == low / MM_P21 + high / MM_P21; */
  /*@ assert r30: (low + high) / MM_P30 == low / MM_P30 + high / MM_P30; */
  return low + high;
}

uint64_t mm_compose5(uint32_t pml5, uint32_t pml4, uint32_t pdpt, uint32_t pd, uint32_t pt,
                     uint32_t off)
{
  uint64_t low = (uint64_t)pml5 * MM_P48 + (uint64_t)pml4 * MM_P39 + (uint64_t)pdpt * MM_P30 +
                 (uint64_t)pd * MM_P21 + (uint64_t)pt * MM_P12 + off;
  uint64_t high = low < MM_P56 ? 0u : 0xFE00000000000000ULL;
  /*@ assert q12: low / MM_P12 == (((pml5 * 512 + pml4) * 512 + pdpt) * 512 + pd) * 512 + pt; */
  /*@ assert q21: low / MM_P21 == ((pml5 * 512 + pml4) * 512 + pdpt) * 512 + pd; */
  /*@ assert q30: low / MM_P30 == (pml5 * 512 + pml4) * 512 + pdpt; */
  /*@ assert r12: (low + high) / MM_P12 == low / MM_P12 + high / MM_P12; */
  /*@ assert r21: (low + high) / MM_P21 == low / MM_P21 + high / MM_P21; */
  /*@ assert r30: (low + high) / MM_P30 == low / MM_P30 + high / MM_P30; */
  return low + high;
}
