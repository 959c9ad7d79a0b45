/* Layout validation (contract: layout_validate.h), in three passes: every
 * region on its own (mm_check_regions), then the regions together
 * (mm_check_adjacent: its loop invariant carries the pairwise ordering that
 * adjacency implies, so Ordered needs no separate induction), then the direct
 * map (mm_find_direct_map). Separate passes keep each proof context small
 * (docs/proofs.md). */
#include "layout_validate.h"
#include "canonical.h"
#include "direct_map.h"

int mm_aligned(uint64_t x, uint64_t a)
{
  switch (a) {
  case MM_P12: return x % MM_P12 == 0u;
  case MM_P21: return x % MM_P21 == 0u;
  case MM_P30: return x % MM_P30 == 0u;
  case MM_P39: return x % MM_P39 == 0u;
  case MM_P48: return x % MM_P48 == 0u;
  default:     return 0;
  }
}

/* end + 1 is a multiple of a, without computing end + 1 (which wraps for the
 * last region, end = 2^64 - 1). */
/*@
  terminates \true;
  assigns \nothing;
  ensures result: \result == 0 || \result == 1;
  ensures aligned: \result == 1 <==> AlignedTo(end + 1, a);
*/
static int mm_end_aligned(uint64_t end, uint64_t a)
{
  switch (a) {
  case MM_P12: return end % MM_P12 == MM_P12 - 1u;
  case MM_P21: return end % MM_P21 == MM_P21 - 1u;
  case MM_P30: return end % MM_P30 == MM_P30 - 1u;
  case MM_P39: return end % MM_P39 == MM_P39 - 1u;
  case MM_P48: return end % MM_P48 == MM_P48 - 1u;
  default:     return 0;
  }
}

/*@
  terminates \true;
  assigns \nothing;
  ensures \result == 1 <==> KernelKind(k);
  ensures \result == 0 || \result == 1;
*/
static int mm_kernel_kind(uint32_t k)
{
  return k < MM_KIND_COUNT && k != MM_KIND_USER && k != MM_KIND_NONCANONICAL &&
         k != MM_KIND_HOLE;
}

/*@
  terminates \true;
  assigns \nothing;
  ensures \result == 1 <==> RandomizableKind(k);
  ensures \result == 0 || \result == 1;
*/
static int mm_randomizable_kind(uint32_t k)
{
  return k == MM_KIND_DIRECT_MAP || k == MM_KIND_VMALLOC || k == MM_KIND_VMEMMAP;
}

uint32_t mm_region_check(const struct mm_layout *l, uint32_t i)
{
  const struct mm_region *r = &l->region[i];
  uint64_t hs = mm_hole_start(l->va_bits);
  uint64_t he = mm_hole_end(l->va_bits);

  if (r->kind >= MM_KIND_COUNT)
    return MM_RULE_KIND;
  if (r->start > r->end)
    return MM_RULE_EMPTY;
  if (!mm_aligned(r->start, r->align) || !mm_end_aligned(r->end, r->align))
    return MM_RULE_ALIGN;
  if (r->kind == MM_KIND_NONCANONICAL) {
    if (r->start != hs || r->end != he)
      return MM_RULE_HOLE;
  } else if (r->end >= hs && r->start <= he) {
    return MM_RULE_CANONICAL;
  }
  if (r->kind == MM_KIND_USER && r->end >= hs)
    return MM_RULE_HALF;
  if (mm_kernel_kind(r->kind) && r->start <= he)
    return MM_RULE_HALF;
  if (r->randomized > 1u || r->own_pgd > 1u || r->lazy_sync > 1u || r->reserved_ != 0u)
    return MM_RULE_FLAGS;
  if (r->randomized == 1u && (!mm_randomizable_kind(r->kind) || r->align < MM_P30))
    return MM_RULE_FLAGS;
  return MM_OK;
}

/*@
  requires \valid_read(l);
  terminates \true;
  assigns \nothing;
  ensures \result == 1 <==> ValidParams(l);
  ensures \result == 0 || \result == 1;
*/
static int mm_params_ok(const struct mm_layout *l)
{
  return ((l->va_bits == 48u && l->levels == 4u) || (l->va_bits == 57u && l->levels == 5u)) &&
         (l->pa_bits == 46u || l->pa_bits == 52u);
}

/* Pass 1: every region on its own: MM_OK when all pass, else the first region
 * that breaks a rule and that rule. */
/*@
  requires valid:  \valid_read(l);
  requires params: ValidParams(l);
  requires count:  CountOk(l);
  terminates \true;
  assigns \nothing;
  ensures all:   \result.rule == MM_OK ==> AllRegionsOk(l);
  ensures bad:   \result.rule != MM_OK ==>
                   0 <= \result.region < l->nregions && !RegionOk(l, \result.region) &&
                   (\result.rule == MM_RULE_KIND || \result.rule == MM_RULE_EMPTY ||
                    \result.rule == MM_RULE_ALIGN || \result.rule == MM_RULE_CANONICAL ||
                    \result.rule == MM_RULE_HOLE || \result.rule == MM_RULE_HALF ||
                    \result.rule == MM_RULE_FLAGS);
*/
static struct mm_verdict mm_check_regions(const struct mm_layout *l)
{
  struct mm_verdict v;
  uint32_t n = l->nregions;
  uint32_t i;
  /*@
    loop invariant bound:     0 <= i <= n;
    loop invariant kind:      \forall integer j; 0 <= j < i ==> KnownKind(l->region[j].kind);
    loop invariant nonempty:  \forall integer j; 0 <= j < i ==> RegionNonEmpty(l, j);
    loop invariant aligned:   \forall integer j; 0 <= j < i ==> RegionAligned(l, j);
    loop invariant canonical: \forall integer j; 0 <= j < i ==> RegionCanonical(l, j);
    loop invariant half:      \forall integer j; 0 <= j < i ==> RegionHalf(l, j);
    loop invariant flags:     \forall integer j; 0 <= j < i ==> RegionFlags(l, j);
    loop assigns i, v.rule;
    loop variant n - i;
  */
  for (i = 0; i < n; i++) {
    v.rule = mm_region_check(l, i);
    if (v.rule != MM_OK) {
      v.region = i;
      return v;
    }
  }
  v.rule = MM_OK;
  v.region = n;
  return v;
}

/* Pass 2: the regions together: MM_OK when each region starts right after its
 * predecessor ends, else the first that does not, with MM_RULE_OVERLAP or
 * MM_RULE_GAP. */
/*@
  requires valid:  \valid_read(l);
  requires count:  CountOk(l);
  requires nonempty: \forall integer j; 0 <= j < l->nregions ==> RegionNonEmpty(l, j);
  terminates \true;
  assigns \nothing;
  ensures adj:     \result.rule == MM_OK ==> Adjacent(l) && Ordered(l);
  ensures which:   \result.rule == MM_OK || \result.rule == MM_RULE_OVERLAP ||
                   \result.rule == MM_RULE_GAP;
  ensures overlap: \result.rule == MM_RULE_OVERLAP ==>
                     0 < \result.region < l->nregions &&
                     l->region[\result.region - 1].end + 1 > l->region[\result.region].start;
  ensures gap:     \result.rule == MM_RULE_GAP ==>
                     0 < \result.region < l->nregions &&
                     l->region[\result.region - 1].end + 1 < l->region[\result.region].start;
*/
static struct mm_verdict mm_check_adjacent(const struct mm_layout *l)
{
  struct mm_verdict v;
  uint32_t n = l->nregions;
  uint32_t i;
  /*@
    loop invariant bound: 1 <= i <= n;
    loop invariant adj:   \forall integer j; 0 <= j < i - 1 ==>
                            l->region[j].end + 1 == l->region[j + 1].start;
    loop invariant ord:   \forall integer a, b; 0 <= a < b < i ==>
                            l->region[a].end < l->region[b].start;
    loop assigns i, v.region;
    loop variant n - i;
  */
  for (i = 1; i < n; i++) {
    /* Compared without forming end + 1, which wraps when end is 2^64 - 1. */
    uint64_t start = l->region[i].start;
    uint64_t prev_end = l->region[i - 1u].end;
    v.region = i;
    if (start <= prev_end) {
      v.rule = MM_RULE_OVERLAP;
      return v;
    }
    if (start - prev_end != 1u) {
      v.rule = MM_RULE_GAP;
      return v;
    }
  }
  v.rule = MM_OK;
  v.region = n;
  return v;
}

/* Pass 3: the direct map: MM_OK with the index of the only direct-map region,
 * MM_RULE_DM_MISSING when there is none, MM_RULE_DM_DUP with the index of the
 * second when there are more. */
/*@
  requires valid:  \valid_read(l);
  requires count:  CountOk(l);
  terminates \true;
  assigns \nothing;
  ensures which:   \result.rule == MM_OK || \result.rule == MM_RULE_DM_MISSING ||
                   \result.rule == MM_RULE_DM_DUP;
  ensures unique:  \result.rule == MM_OK ==>
                     IsDirectMap(l, \result.region) &&
                     \forall integer j; IsDirectMap(l, j) ==> j == \result.region;
  ensures none:    \result.rule == MM_RULE_DM_MISSING ==>
                     \result.region == l->nregions &&
                     \forall integer j; 0 <= j < l->nregions ==> !IsDirectMap(l, j);
  ensures dup:     \result.rule == MM_RULE_DM_DUP ==>
                     IsDirectMap(l, \result.region) &&
                     \exists integer j; 0 <= j < \result.region && IsDirectMap(l, j);
*/
static struct mm_verdict mm_find_direct_map(const struct mm_layout *l)
{
  struct mm_verdict v;
  uint32_t n = l->nregions;
  uint32_t dm = n; /* index of the direct map seen so far; none yet */
  uint32_t i;
  /*@
    loop invariant bound:   0 <= i <= n;
    loop invariant dm_none: dm == n ==> \forall integer j; 0 <= j < i ==> !IsDirectMap(l, j);
    loop invariant dm_one:  dm != n ==> dm < i && IsDirectMap(l, dm) &&
                              \forall integer j; 0 <= j < i && IsDirectMap(l, j) ==> j == dm;
    loop assigns i, dm;
    loop variant n - i;
  */
  for (i = 0; i < n; i++) {
    if (l->region[i].kind == MM_KIND_DIRECT_MAP) {
      if (dm != n) {
        v.rule = MM_RULE_DM_DUP;
        v.region = i;
        return v;
      }
      dm = i;
    }
  }
  v.rule = dm == n ? MM_RULE_DM_MISSING : MM_OK;
  v.region = dm;
  return v;
}

struct mm_verdict mm_layout_validate(const struct mm_layout *l)
{
  struct mm_verdict v;
  uint32_t n = l->nregions;
  uint32_t d;

  v.rule = MM_OK;
  v.region = 0;
  if (!mm_params_ok(l)) {
    v.rule = MM_RULE_PARAMS;
    v.region = n;
    return v;
  }
  if (n == 0u || n > MM_MAX_REGIONS) {
    v.rule = MM_RULE_COUNT;
    v.region = n;
    return v;
  }
  v = mm_check_regions(l);
  if (v.rule != MM_OK)
    return v;
  if (l->region[0].start != 0u) {
    v.rule = MM_RULE_FIRST;
    v.region = 0;
    return v;
  }
  v = mm_check_adjacent(l);
  if (v.rule != MM_OK)
    return v;
  if (l->region[n - 1u].end != MM_U64_MAX) {
    v.rule = MM_RULE_LAST;
    v.region = n - 1u;
    return v;
  }
  v = mm_find_direct_map(l);
  if (v.rule != MM_OK)
    return v;
  d = v.region;
  if (l->region[d].start != l->page_offset) {
    v.rule = MM_RULE_DM_BASE;
    return v;
  }
  if (l->region[d].end - l->region[d].start < mm_phys_limit(l->pa_bits) - 1u) {
    v.rule = MM_RULE_DM_SIZE;
    return v;
  }
  v.region = 0;
  return v;
}
