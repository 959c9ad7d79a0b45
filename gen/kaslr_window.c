/* The KASLR window, approximated from the profile alone: it starts at the
 * first randomized region (kaslr.c: vaddr_start = __PAGE_OFFSET_BASE_L4/_L5,
 * the direct map's fixed base) and ends with the last region before the next
 * region after the last randomized one that is neither randomized nor a hole.
 * For the Linux >= 4.20 profiles that is the end of the hole before the KASAN
 * shadow; the kernel's vaddr_end (CPU_ENTRY_AREA_BASE since 4.15) lies higher,
 * because the shadow is unused when memory randomization is on (KASAN turns it
 * off). Replaced by the exact model of issue 6. */
#include "kaslr_window.h"

int mm_kaslr_window(const struct mm_layout *l, uint64_t *lo, uint64_t *hi)
{
  uint32_t first = l->nregions, last = 0, n = l->nregions;
  if (n > MM_MAX_REGIONS)
    n = MM_MAX_REGIONS;
  for (uint32_t i = 0; i < n; i++)
    if (l->region[i].randomized) {
      if (first == l->nregions)
        first = i;
      last = i;
    }
  if (first == l->nregions)
    return -1;
  while (last + 1 < n && l->region[last + 1].kind == MM_KIND_HOLE)
    last++;
  *lo = l->region[first].start;
  *hi = l->region[last].end;
  return 0;
}
