/* Witnesses for the layout predicates. The negative ones describe a concrete
 * broken layout in their precondition and prove the predicate false on it;
 * the positive side (ValidLayout is satisfiable) is the proof that each shipped
 * profile is valid (proofs/harness/profile_valid.c). The proof unit runs with -wp-smoke-tests, which
 * checks that no precondition here is contradictory (a contradictory one would
 * make any postcondition provable). */
#include "mm_types.h"

/* Two regions that overlap at 0x1000 are not Ordered, so not a valid layout. */
/*@ requires valid: \valid_read(l);
    requires shape: l->nregions == 2 &&
                    l->region[0].start == 0 && l->region[0].end == 0x1FFF &&
                    l->region[1].start == 0x1000 && l->region[1].end == 0xFFFFFFFFFFFFFFFF;
    assigns \nothing;
    ensures shared:      InRegion(l, 0, 0x1000) && InRegion(l, 1, 0x1000);
    ensures not_ordered: !Ordered(l);
    ensures invalid:     !ValidLayout(l);
*/
void witness_overlap(const struct mm_layout *l)
{
}

/* A gap between two regions breaks Adjacent, so the layout is not valid. */
/*@ requires valid: \valid_read(l);
    requires shape: l->nregions == 2 &&
                    l->region[0].start == 0 && l->region[0].end == 0x0FFF &&
                    l->region[1].start == 0x2000 && l->region[1].end == 0xFFFFFFFFFFFFFFFF;
    assigns \nothing;
    ensures not_adjacent: !Adjacent(l);
    ensures invalid:      !ValidLayout(l);
*/
void witness_gap(const struct mm_layout *l)
{
}

/* A user region that runs into the sign-extension hole is not canonical. */
/*@ requires valid: \valid_read(l);
    requires shape: l->va_bits == 48 && l->nregions == 3 &&
                    l->region[0].kind == MM_KIND_USER &&
                    l->region[0].start == 0 && l->region[0].end == 0x0000FFFFFFFFFFFF;
    assigns \nothing;
    ensures not_canonical: !RegionCanonical(l, 0);
    ensures invalid:       !ValidLayout(l);
*/
void witness_straddle(const struct mm_layout *l)
{
  /*@ assert not_canonical: !RegionCanonical(l, 0); */
}

/* A direct map of 2^45 bytes does not cover 46-bit physical memory. */
/*@ requires valid: \valid_read(l);
    requires shape: l->pa_bits == 46 && 0 <= 1 < l->nregions &&
                    l->region[1].kind == MM_KIND_DIRECT_MAP &&
                    l->region[1].start == 0xFFFF800000000000 &&
                    l->region[1].end == 0xFFFF9FFFFFFFFFFF;
    assigns \nothing;
    ensures too_small: !DirectMapCoversPhys(l);
    ensures invalid:   !ValidLayout(l);
*/
void witness_small_direct_map(const struct mm_layout *l)
{
}

/* Two direct maps are not a UniqueDirectMap. */
/*@ requires valid: \valid_read(l);
    requires shape: l->nregions == 3 &&
                    l->region[1].kind == MM_KIND_DIRECT_MAP &&
                    l->region[2].kind == MM_KIND_DIRECT_MAP;
    assigns \nothing;
    ensures not_unique: !UniqueDirectMap(l);
    ensures invalid:    !ValidLayout(l);
*/
void witness_two_direct_maps(const struct mm_layout *l)
{
}

/* A misaligned region: start not a multiple of its 2 MiB alignment. */
/*@ requires valid: \valid_read(l);
    requires shape: l->nregions == 2 && l->region[1].align == 0x200000 &&
                    l->region[1].start == 0xFFFF800000001000;
    assigns \nothing;
    ensures not_aligned: !RegionAligned(l, 1);
    ensures invalid:     !ValidLayout(l);
*/
void witness_misaligned(const struct mm_layout *l)
{
}
