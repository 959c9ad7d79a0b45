/* The direct map and the kernel-text mapping: Linux __va()/__pa() and
 * __pa_symbol() (arch/x86/include/asm/page.h, page_64.h __phys_addr_nodebug,
 * __phys_addr_symbol). mm.txt: "ffff880000000000 - ffffc7ffffffffff (=64 TB)
 * direct mapping of all phys. memory" and "up to 46 bits of address space". */
#ifndef MMSPEC_DIRECT_MAP_H
#define MMSPEC_DIRECT_MAP_H

#include "mm_types.h"

/* 2^pa_bits: the first physical address the direct map need not cover (MAXMEM). */
/*@
  requires bits: ValidPaBits(pa_bits);
  terminates \true;
  assigns \nothing;
  ensures value: \result == PhysLimit(pa_bits);
*/
uint64_t mm_phys_limit(uint32_t pa_bits);

/* __va(pa): every physical address below 2^pa_bits has a direct-map address. */
/*@
  requires valid:  \valid_read(l);
  requires layout: ValidLayout(l);
  requires phys:   pa < PhysLimit(l->pa_bits);
  terminates \true;
  assigns \nothing;
  ensures value:         \result == l->page_offset + pa;
  ensures in_direct_map: InDirectMap(l, \result);
  ensures only_there:    \forall integer j; 0 <= j < l->nregions && InRegion(l, j, \result) ==>
                           IsDirectMap(l, j);
  ensures canonical:     Canonical(l->va_bits, \result);
*/
uint64_t mm_phys_to_virt(const struct mm_layout *l, uint64_t pa);

/* __pa(va) for an address in the direct map. */
/*@
  requires valid:  \valid_read(l);
  requires layout: ValidLayout(l);
  requires in_direct_map: InDirectMap(l, va);
  terminates \true;
  assigns \nothing;
  ensures value:   \result == va - l->page_offset;
  ensures inverse: l->page_offset + \result == va;
  ensures bound:   \forall integer d; IsDirectMap(l, d) ==>
                     \result <= l->region[d].end - l->region[d].start;
*/
uint64_t mm_virt_to_phys(const struct mm_layout *l, uint64_t va);

/* __pa_symbol(va): the physical address of a kernel-image address, given the
 * region k holding the image (__START_KERNEL_map) and phys_base, where the
 * boot loader placed it. The image must fit below 2^pa_bits. */
/*@
  requires valid:  \valid_read(l);
  requires layout: ValidLayout(l);
  requires text:   IsKernelText(l, k);
  requires in_text: InRegion(l, k, va);
  requires fits:   phys_base + (l->region[k].end - l->region[k].start) < PhysLimit(l->pa_bits);
  terminates \true;
  assigns \nothing;
  ensures value:  \result == va - l->region[k].start + phys_base;
  ensures bounds: phys_base <= \result <= phys_base + (l->region[k].end - l->region[k].start);
  ensures phys:   \result < PhysLimit(l->pa_bits);
  ensures alias:  InDirectMap(l, l->page_offset + \result);
*/
uint64_t mm_pa_symbol(const struct mm_layout *l, uint32_t k, uint64_t phys_base, uint64_t va);

/* The kernel-image address of a physical address inside the image: the
 * inverse of mm_pa_symbol. */
/*@
  requires valid:  \valid_read(l);
  requires layout: ValidLayout(l);
  requires text:   IsKernelText(l, k);
  requires in_image: phys_base <= pa <= phys_base + (l->region[k].end - l->region[k].start);
  terminates \true;
  assigns \nothing;
  ensures value:   \result == l->region[k].start + (pa - phys_base);
  ensures in_text: InRegion(l, k, \result);
  ensures inverse: \result - l->region[k].start + phys_base == pa;
*/
uint64_t mm_ktext_virt(const struct mm_layout *l, uint32_t k, uint64_t phys_base, uint64_t pa);

#endif
