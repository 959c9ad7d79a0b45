/* Region lookup (contract: region_lookup.h). Linear: a layout has at most
 * MM_MAX_REGIONS regions, and the last one ends at 2^64 - 1, so the scan
 * always stops. */
#include "region_lookup.h"

uint32_t mm_region_lookup(const struct mm_layout *l, uint64_t va)
{
  uint32_t i = 0;
  /*@
    loop invariant bound: 0 <= i < l->nregions;
    loop invariant below: \forall integer j; 0 <= j < i ==> l->region[j].end < va;
    loop assigns i;
    loop variant l->nregions - i;
  */
  while (va > l->region[i].end)
    i++;
  /*@ assert start: i == 0 ? l->region[i].start == 0
                           : l->region[i - 1].end + 1 == l->region[i].start; */
  return i;
}
