/* Direct map and kernel-text translation (contracts: direct_map.h). */
#include "direct_map.h"

uint64_t mm_phys_limit(uint32_t pa_bits)
{
  return pa_bits == 46u ? 0x0000400000000000ULL : 0x0010000000000000ULL;
}

uint64_t mm_phys_to_virt(const struct mm_layout *l, uint64_t pa)
{
  return l->page_offset + pa;
}

uint64_t mm_virt_to_phys(const struct mm_layout *l, uint64_t va)
{
  return va - l->page_offset;
}

uint64_t mm_pa_symbol(const struct mm_layout *l, uint32_t k, uint64_t phys_base, uint64_t va)
{
  return va - l->region[k].start + phys_base;
}

uint64_t mm_ktext_virt(const struct mm_layout *l, uint32_t k, uint64_t phys_base, uint64_t pa)
{
  return l->region[k].start + (pa - phys_base);
}
