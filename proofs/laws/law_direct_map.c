/* Laws of the direct map and of the kernel-text mapping on any valid layout. */
#include "direct_map.h"
#include "region_lookup.h"

/* __pa(__va(pa)) == pa for every pa below 2^pa_bits. */
/*@ requires valid:  \valid_read(l);
    requires layout: ValidLayout(l);
    requires phys:   pa < PhysLimit(l->pa_bits);
    assigns \nothing;
    ensures law: \result == 1; */
int law_direct_map_roundtrip(const struct mm_layout *l, uint64_t pa)
{
  return mm_virt_to_phys(l, mm_phys_to_virt(l, pa)) == pa;
}

/* __va(__pa(va)) == va for every direct-map va whose offset is below 2^pa_bits
 * (in a profile whose direct map is exactly 2^pa_bits long, every one). */
/*@ requires valid:  \valid_read(l);
    requires layout: ValidLayout(l);
    requires in_direct_map: InDirectMap(l, va);
    requires phys:   va - l->page_offset < PhysLimit(l->pa_bits);
    assigns \nothing;
    ensures law: \result == 1; */
int law_direct_map_converse(const struct mm_layout *l, uint64_t va)
{
  return mm_phys_to_virt(l, mm_virt_to_phys(l, va)) == va;
}

/* The region lookup finds the direct map for every __va(pa). */
/*@ requires valid:  \valid_read(l);
    requires layout: ValidLayout(l);
    requires phys:   pa < PhysLimit(l->pa_bits);
    assigns \nothing;
    ensures law: \result == 1; */
int law_lookup_direct_map(const struct mm_layout *l, uint64_t pa)
{
  uint32_t i = mm_region_lookup(l, mm_phys_to_virt(l, pa));
  return l->region[i].kind == MM_KIND_DIRECT_MAP;
}

/* The kernel-image address of __pa_symbol(va) is va again. */
/*@ requires valid:  \valid_read(l);
    requires layout: ValidLayout(l);
    requires text:   IsKernelText(l, k);
    requires in_text: InRegion(l, k, va);
    requires fits:   phys_base + (l->region[k].end - l->region[k].start) < PhysLimit(l->pa_bits);
    assigns \nothing;
    ensures law: \result == 1; */
int law_pa_symbol_roundtrip(const struct mm_layout *l, uint32_t k, uint64_t phys_base, uint64_t va)
{
  return mm_ktext_virt(l, k, phys_base, mm_pa_symbol(l, k, phys_base, va)) == va;
}
