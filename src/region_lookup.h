/* Region lookup: the one region of a valid layout that holds an address. */
#ifndef MMSPEC_REGION_LOOKUP_H
#define MMSPEC_REGION_LOOKUP_H

#include "mm_types.h"

/*@
  requires valid:  \valid_read(l);
  requires layout: ValidLayout(l);
  terminates \true;
  assigns \nothing;
  ensures index:    0 <= \result < l->nregions;
  ensures contains: InRegion(l, \result, va);
  ensures unique:   \forall integer j; 0 <= j < l->nregions && j != \result ==>
                      !InRegion(l, j, va);
*/
uint32_t mm_region_lookup(const struct mm_layout *l, uint64_t va);

#endif
