/* Table indices and page offsets of a linear address, and the inverse:
 * composing an address from its indices (Intel SDM vol. 3A §4.5, Figures 4-8
 * "Linear-Address Translation to a 4-KByte Page", 4-9 (2 MByte), 4-10 (1 GByte);
 * Linux pgd_index/p4d_index/pud_index/pmd_index/pte_index). */
#ifndef MMSPEC_PAGE_INDEX_H
#define MMSPEC_PAGE_INDEX_H

#include "mm_types.h"

/*@ terminates \true; assigns \nothing;
    ensures value: \result == Pml5Index(va);
    ensures range: ValidIndex(\result); */
uint32_t mm_pml5_index(uint64_t va);

/*@ terminates \true; assigns \nothing;
    ensures value: \result == Pml4Index(va);
    ensures range: ValidIndex(\result); */
uint32_t mm_pml4_index(uint64_t va);

/*@ terminates \true; assigns \nothing;
    ensures value: \result == PdptIndex(va);
    ensures range: ValidIndex(\result); */
uint32_t mm_pdpt_index(uint64_t va);

/*@ terminates \true; assigns \nothing;
    ensures value: \result == PdIndex(va);
    ensures range: ValidIndex(\result); */
uint32_t mm_pd_index(uint64_t va);

/*@ terminates \true; assigns \nothing;
    ensures value: \result == PtIndex(va);
    ensures range: ValidIndex(\result); */
uint32_t mm_pt_index(uint64_t va);

/*@ terminates \true; assigns \nothing;
    ensures value: \result == PageOffset4K(va);
    ensures range: 0 <= \result < 0x1000; */
uint32_t mm_page_offset(uint64_t va);

/*@ terminates \true; assigns \nothing;
    ensures value: \result == PageOffset2M(va);
    ensures range: 0 <= \result < 0x200000; */
uint32_t mm_page_offset_2m(uint64_t va);

/*@ terminates \true; assigns \nothing;
    ensures value: \result == PageOffset1G(va);
    ensures range: 0 <= \result < 0x40000000; */
uint32_t mm_page_offset_1g(uint64_t va);

/* The canonical 4-level address with the given indices and page offset. */
/*@
  requires indices: ValidIndex(pml4) && ValidIndex(pdpt) && ValidIndex(pd) && ValidIndex(pt);
  requires offset:  ValidOffset4K(off);
  terminates \true;
  assigns \nothing;
  ensures value:     \result == SignExtend48(Compose4(pml4, pdpt, pd, pt, off));
  ensures canonical: Canonical48(\result);
  ensures pml4:      Pml4Index(\result) == pml4;
  ensures pdpt:      PdptIndex(\result) == pdpt;
  ensures pd:        PdIndex(\result) == pd;
  ensures pt:        PtIndex(\result) == pt;
  ensures off:       PageOffset4K(\result) == off;
*/
uint64_t mm_compose4(uint32_t pml4, uint32_t pdpt, uint32_t pd, uint32_t pt, uint32_t off);

/* The canonical 5-level (LA57) address with the given indices and offset. */
/*@
  requires indices: ValidIndex(pml5) && ValidIndex(pml4) && ValidIndex(pdpt) &&
                    ValidIndex(pd) && ValidIndex(pt);
  requires offset:  ValidOffset4K(off);
  terminates \true;
  assigns \nothing;
  ensures value:     \result == SignExtend57(Compose5(pml5, pml4, pdpt, pd, pt, off));
  ensures canonical: Canonical57(\result);
  ensures pml5:      Pml5Index(\result) == pml5;
  ensures pml4:      Pml4Index(\result) == pml4;
  ensures pdpt:      PdptIndex(\result) == pdpt;
  ensures pd:        PdIndex(\result) == pd;
  ensures pt:        PtIndex(\result) == pt;
  ensures off:       PageOffset4K(\result) == off;
*/
uint64_t mm_compose5(uint32_t pml5, uint32_t pml4, uint32_t pdpt, uint32_t pd, uint32_t pt,
                     uint32_t off);

#endif
