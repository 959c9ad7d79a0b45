/* The randomized regions are disjoint from every fixed region, for every
 * draw that fits: on a valid layout whose KASLR window (regions first ..
 * endr - 1, from the direct map's start to vaddr_end, the start of region
 * endr) holds no fixed region (gen/kaslr_model.c checks that, rule window),
 * each region mm_kaslr_place puts in the window misses every KaslrFixed
 * region. With the SPILL status the vmemmap can reach into region endr: the
 * law says nothing then, and docs/kaslr.md says why. */
#include "kaslr.h"

/*@ requires valid:    \valid_read(l) && \valid_read(rand + (0 .. 2));
    requires layout:   ValidLayout(l);
    requires window:   0 <= first < endr < l->nregions;
    requires ends:     l->region[first].start == start && l->region[endr].start == end;
    requires no_fixed: \forall integer i; first <= i < endr ==> !KaslrFixed(l, i);
    requires aligned:  start % KPud == 0;
    requires sizes:    s.direct_map % KPud == 0 && s.vmalloc % KPud == 0 &&
                       s.vmemmap % KPud == 0;
    requires nonempty: s.direct_map >= KPud && s.vmalloc >= KPud && s.vmemmap >= KPud;
    requires small:    s.direct_map <= MM_KASLR_SIZE_MAX && s.vmalloc <= MM_KASLR_SIZE_MAX &&
                       s.vmemmap <= MM_KASLR_SIZE_MAX;
    requires room:     start < end <= MM_KASLR_END_MAX &&
                       end - start >= s.direct_map + s.vmalloc + s.vmemmap;
    assigns \nothing;
    ensures disjoint_fixed: \result.status == MM_KASLR_FIT ==>
      \forall integer i; 0 <= i < l->nregions && KaslrFixed(l, i) ==>
        KaslrApart(l, i, \result.direct_map, s.direct_map) &&
        KaslrApart(l, i, \result.vmalloc, s.vmalloc) &&
        KaslrApart(l, i, \result.vmemmap, s.vmemmap);
*/
struct mm_kaslr_bases law_kaslr_disjoint_fixed(const struct mm_layout *l, uint32_t first,
                                               uint32_t endr, uint64_t start, uint64_t end,
                                               struct mm_kaslr_sizes s, const uint64_t rand[3])
{
  (void)l; /* the layout and window are the law's hypotheses only */
  (void)first;
  (void)endr;
  return mm_kaslr_place(start, end, s, rand);
}
