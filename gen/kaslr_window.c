/* The KASLR window and sizes (kaslr_window.h).
 *
 * mm_kaslr_window, the approximation from the profile alone: it starts at the
 * first randomized region (kaslr.c: vaddr_start = __PAGE_OFFSET_BASE_L4/_L5,
 * the direct map's fixed base) and ends with the last region before the next
 * region after the last randomized one that is neither randomized nor a hole.
 * For the Linux >= 4.20 profiles that is the end of the hole before the KASAN
 * shadow; the kernel's vaddr_end (CPU_ENTRY_AREA_BASE since 4.15) lies higher,
 * because the shadow is unused when memory randomization is on (KASAN turns it
 * off). Used with the profile's sizes.
 *
 * mm_kaslr_linux_window and mm_kaslr_linux_sizes: Linux 6.1,
 * arch/x86/mm/kaslr.c, kernel_randomize_memory():
 *
 *   vaddr_start = pgtable_l5_enabled() ? __PAGE_OFFSET_BASE_L5 : __PAGE_OFFSET_BASE_L4;
 *   static const unsigned long vaddr_end = CPU_ENTRY_AREA_BASE;
 *   kaslr_regions[0].size_tb = 1 << (MAX_PHYSMEM_BITS - TB_SHIFT);
 *   kaslr_regions[1].size_tb = VMALLOC_SIZE_TB;
 *   memory_tb = DIV_ROUND_UP(max_pfn << PAGE_SHIFT, 1UL << TB_SHIFT) +
 *           CONFIG_RANDOMIZE_MEMORY_PHYSICAL_PADDING;
 *   if (memory_tb < kaslr_regions[0].size_tb)
 *           kaslr_regions[0].size_tb = memory_tb;
 *   vmemmap_size = (kaslr_regions[0].size_tb << (TB_SHIFT - PAGE_SHIFT)) *
 *           sizeof(struct page);
 *   kaslr_regions[2].size_tb = DIV_ROUND_UP(vmemmap_size, 1UL << TB_SHIFT);
 *
 * kaslr_regions[] is {page_offset_base, vmalloc_base, vmemmap_base}; TB_SHIFT
 * is 40. MAX_PHYSMEM_BITS is the profile's pa-bits (46 or 52), VMALLOC_SIZE_TB
 * the size of its vmalloc region (32 or 12800 TiB). Only the sizes are
 * modelled here, not the random draw. */
#include "kaslr_window.h"

#define TIB ((uint64_t)1 << 40) /* 1UL << TB_SHIFT */
#define PAGE_STRUCT_SIZE 64u  /* sizeof(struct page) on x86-64 */

/* The first and last randomized region: 0, or -1 when there is none. */
static int randomized_span(const struct mm_layout *l, uint32_t *first, uint32_t *last)
{
  uint32_t n = l->nregions < MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  *first = n;
  *last = 0;
  for (uint32_t i = 0; i < n; i++)
    if (l->region[i].randomized) {
      if (*first == n)
        *first = i;
      *last = i;
    }
  return *first == n ? -1 : 0;
}

int mm_kaslr_window(const struct mm_layout *l, uint64_t *lo, uint64_t *hi)
{
  uint32_t first, last, n = l->nregions < MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  if (randomized_span(l, &first, &last))
    return -1;
  while (last + 1 < n && l->region[last + 1].kind == MM_KIND_HOLE)
    last++;
  *lo = l->region[first].start;
  *hi = l->region[last].end;
  return 0;
}

int mm_kaslr_linux_window(const struct mm_layout *l, uint64_t *lo, uint64_t *hi)
{
  uint32_t first, last, n = l->nregions < MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  if (randomized_span(l, &first, &last))
    return -1;
  while (last + 1 < n && (l->region[last + 1].kind == MM_KIND_HOLE ||
                          l->region[last + 1].kind == MM_KIND_KASAN))
    last++;
  *lo = l->region[first].start;
  *hi = l->region[last].end;
  return 0;
}

static uint64_t div_round_up(uint64_t a, uint64_t b)
{
  return a / b + (a % b != 0);
}

int mm_kaslr_linux_sizes(const struct mm_layout *l, const struct mm_kaslr_mem *m,
                         uint64_t size[MM_MAX_REGIONS])
{
  uint32_t n = l->nregions < MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  /* pa_bits is at most 64 (profile.c); the direct map's TiB count then fits */
  uint64_t phys_tb = l->pa_bits >= 40 ? 1ULL << (l->pa_bits - 40 > 23 ? 23 : l->pa_bits - 40) : 1;
  uint64_t memory_tb, direct_tb;
  if (m->padding_tb > MM_KASLR_PADDING_MAX)
    return -1;
  memory_tb = div_round_up(m->mem_end, TIB) + m->padding_tb; /* < 2^24 + 2^20 */
  direct_tb = memory_tb < phys_tb ? memory_tb : phys_tb;
  for (uint32_t i = 0; i < MM_MAX_REGIONS; i++)
    size[i] = 0;
  for (uint32_t i = 0; i < n; i++) {
    const struct mm_region *r = &l->region[i];
    if (!r->randomized)
      continue;
    if (r->kind == MM_KIND_DIRECT_MAP)
      size[i] = direct_tb * TIB;
    else if (r->kind == MM_KIND_VMEMMAP)
      /* (direct_tb << (40 - 12)) * 64 bytes, rounded up to whole TiB */
      size[i] = div_round_up(direct_tb << 28, TIB / PAGE_STRUCT_SIZE) * TIB;
    else
      size[i] = r->end - r->start + 1 == 0 ? UINT64_MAX : r->end - r->start + 1;
  }
  return 0;
}
