/* Layout validation: the only gate through which a layout reaches the tools.
 * Its contract is an equivalence, so every layout the tools accept — built in,
 * read from a file, or produced by randomization — is proven to partition the
 * 64-bit address space (spec/acsl/Layout.acsl, ValidLayout). */
#ifndef MMSPEC_LAYOUT_VALIDATE_H
#define MMSPEC_LAYOUT_VALIDATE_H

#include "mm_types.h"

/* Whether x is a multiple of the alignment a (one of the ValidAlign sizes).
 * Returns 0 for an alignment that is not one of them. */
/*@
  terminates \true;
  assigns \nothing;
  ensures result: \result == 0 || \result == 1;
  ensures aligned: \result == 1 <==> AlignedTo(x, a);
*/
int mm_aligned(uint64_t x, uint64_t a);

/* The rules region i must satisfy on its own (RegionOk): MM_OK, or the first
 * rule it breaks. */
/*@
  requires valid: \valid_read(l);
  requires params: ValidParams(l);
  requires index: 0 <= i < l->nregions <= MM_MAX_REGIONS;
  terminates \true;
  assigns \nothing;
  ensures ok: \result == MM_OK <==> RegionOk(l, i);
  ensures ok_parts: \result == MM_OK ==>
    KnownKind(l->region[i].kind) && RegionNonEmpty(l, i) && RegionAligned(l, i) &&
    RegionCanonical(l, i) && RegionHalf(l, i) && RegionFlags(l, i);
  ensures range: \result == MM_OK || \result == MM_RULE_KIND || \result == MM_RULE_EMPTY ||
                 \result == MM_RULE_ALIGN || \result == MM_RULE_CANONICAL ||
                 \result == MM_RULE_HOLE || \result == MM_RULE_HALF ||
                 \result == MM_RULE_FLAGS;
  ensures kind:      \result == MM_RULE_KIND ==> !KnownKind(l->region[i].kind);
  ensures empty:     \result == MM_RULE_EMPTY ==> !RegionNonEmpty(l, i);
  ensures align:     \result == MM_RULE_ALIGN ==> !RegionAligned(l, i);
  ensures canonical: \result == MM_RULE_CANONICAL ==>
                       l->region[i].kind != MM_KIND_NONCANONICAL && !WhollyCanonical(l, i);
  ensures hole:      \result == MM_RULE_HOLE ==>
                       l->region[i].kind == MM_KIND_NONCANONICAL && !HoleExact(l, i);
  ensures half:      \result == MM_RULE_HALF ==> !RegionHalf(l, i);
  ensures flags:     \result == MM_RULE_FLAGS ==> !RegionFlags(l, i);
*/
uint32_t mm_region_check(const struct mm_layout *l, uint32_t i);

/* Validate a whole layout: MM_OK exactly when it is a ValidLayout; otherwise
 * the first rule broken and the region where it is broken (nregions for a
 * rule of the layout as a whole). */
/*@
  requires valid: \valid_read(l);
  terminates \true;
  assigns \nothing;
  ensures ok_region: \result.rule == MM_OK ==> \result.region == 0;
  ensures sound:    \result.rule == MM_OK ==> ValidLayout(l);
  ensures complete: ValidLayout(l) ==> \result.rule == MM_OK;
  ensures where:  \result.rule != MM_OK ==> \result.region <= l->nregions;
  ensures params: \result.rule == MM_RULE_PARAMS ==>
                  !ValidParams(l) && \result.region == l->nregions;
  ensures count:  \result.rule == MM_RULE_COUNT ==>
                  !CountOk(l) && \result.region == l->nregions;
  ensures region: (\result.rule == MM_RULE_KIND || \result.rule == MM_RULE_EMPTY ||
                   \result.rule == MM_RULE_ALIGN || \result.rule == MM_RULE_CANONICAL ||
                   \result.rule == MM_RULE_HOLE || \result.rule == MM_RULE_HALF ||
                   \result.rule == MM_RULE_FLAGS) ==>
                  \result.region < l->nregions && !RegionOk(l, \result.region);
  ensures first:  \result.rule == MM_RULE_FIRST ==>
                  \result.region == 0 && l->region[0].start != 0;
  ensures gap:    \result.rule == MM_RULE_GAP ==>
                  0 < \result.region < l->nregions &&
                  l->region[\result.region - 1].end + 1 < l->region[\result.region].start;
  ensures overlap: \result.rule == MM_RULE_OVERLAP ==>
                  0 < \result.region < l->nregions &&
                  l->region[\result.region - 1].end + 1 > l->region[\result.region].start;
  ensures last:   \result.rule == MM_RULE_LAST ==>
                  \result.region == l->nregions - 1 &&
                  l->region[\result.region].end != 0xFFFFFFFFFFFFFFFF;
  ensures dm_dup: \result.rule == MM_RULE_DM_DUP ==>
                  IsDirectMap(l, \result.region) &&
                  \exists integer j; 0 <= j < \result.region && IsDirectMap(l, j);
  ensures dm_base: \result.rule == MM_RULE_DM_BASE ==>
                  IsDirectMap(l, \result.region) &&
                  l->region[\result.region].start != l->page_offset;
  ensures dm_missing: \result.rule == MM_RULE_DM_MISSING ==>
                  \result.region == l->nregions &&
                  \forall integer j; 0 <= j < l->nregions ==> !IsDirectMap(l, j);
  ensures dm_size: \result.rule == MM_RULE_DM_SIZE ==>
                  IsDirectMap(l, \result.region) &&
                  l->region[\result.region].end - l->region[\result.region].start + 1
                    < PhysLimit(l->pa_bits);
*/
struct mm_verdict mm_layout_validate(const struct mm_layout *l);

#endif
