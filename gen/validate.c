/* Verdict to diagnostic. The verdict comes from the proven validator; this
 * file only explains it, and never trusts it further than its bounds: every
 * index is checked before use. */
#include "validate.h"

#include <inttypes.h>

#include "canonical.h"
#include "kinds.h"
#include "layout_validate.h"
#include "rules.h"
#include "size.h"

#define X "0x%016" PRIx64

struct explain {
  const struct mm_profile *p;
  struct mm_diag *d;
  unsigned line;
  const char *rule;
};

#define SAY(e, ...) mm_diag_set((e)->d, (e)->p->path, (e)->line, (e)->rule, __VA_ARGS__)

static int va_ok(uint32_t va_bits)
{
  return va_bits == 48u || va_bits == 57u;
}

static const char *kind_of(const struct mm_region *r)
{
  const char *k = mm_kind_name(r->kind);
  return k ? k : "unknown";
}

static void explain_params(struct explain *e)
{
  const struct mm_layout *l = &e->p->layout;
  SAY(e,
      "va-bits 0x%" PRIx32 ", levels 0x%" PRIx32 ", pa-bits 0x%" PRIx32
      " is not supported: 4-level is va-bits 0x30 levels 0x4, 5-level is va-bits 0x39 "
      "levels 0x5; pa-bits is 0x2e (46) or 0x34 (52)",
      l->va_bits, l->levels, l->pa_bits);
}

static void explain_align(struct explain *e, uint32_t i)
{
  const struct mm_region *r = &e->p->layout.region[i];
  const char *an = mm_align_name(r->align);
  if (!an) {
    SAY(e, "region '%s' has alignment " X ", which is not one of 4k 2m 1g 512g 256t",
        e->p->rname[i], r->align);
  } else if (!mm_aligned(r->start, r->align)) {
    SAY(e, "region '%s' starts at " X ", which is not a multiple of its alignment %s (0x%" PRIx64
        ")", e->p->rname[i], r->start, an, r->align);
  } else {
    /* end + 1 wraps to 0 for the last region, which is a multiple of all. */
    SAY(e, "region '%s' ends at " X "; end + 1 is not a multiple of its alignment %s (0x%" PRIx64
        ")", e->p->rname[i], r->end, an, r->align);
  }
}

static void explain_half(struct explain *e, uint32_t i, uint64_t hs, uint64_t he)
{
  const struct mm_region *r = &e->p->layout.region[i];
  if (r->kind == MM_KIND_USER)
    SAY(e, "user region '%s' ends at " X ", not below the hole at " X
        " (user space is the lower half)", e->p->rname[i], r->end, hs);
  else
    SAY(e, "kernel region '%s' (kind %s) starts at " X ", not above the hole ending at " X
        " (kernel regions are in the upper half)", e->p->rname[i], kind_of(r), r->start, he);
}

static void explain_flags(struct explain *e, uint32_t i)
{
  const struct mm_region *r = &e->p->layout.region[i];
  if (r->randomized > 1 || r->own_pgd > 1 || r->lazy_sync > 1 || r->reserved_ != 0)
    SAY(e, "region '%s' has a flag that is not 0 or 1", e->p->rname[i]);
  else if (r->kind != MM_KIND_DIRECT_MAP && r->kind != MM_KIND_VMALLOC &&
           r->kind != MM_KIND_VMEMMAP)
    SAY(e, "region '%s' (kind %s) is listed in 'randomize' (line %u), but "
        "CONFIG_RANDOMIZE_MEMORY moves only direct-map, vmalloc and vmemmap regions",
        e->p->rname[i], kind_of(r), e->p->key_line[MM_KEY_RANDOMIZE]);
  else
    SAY(e, "randomized region '%s' has alignment 0x%" PRIx64 "; randomized regions need "
        "1g (0x40000000) or more", e->p->rname[i], r->align);
}

/* Rules about one region. */
static void explain_region(struct explain *e, uint32_t rule, uint32_t i)
{
  const struct mm_profile *p = e->p;
  const struct mm_layout *l = &p->layout;
  const struct mm_region *r = &l->region[i];
  uint64_t hs = va_ok(l->va_bits) ? mm_hole_start(l->va_bits) : MM_P47;
  uint64_t he = va_ok(l->va_bits) ? mm_hole_end(l->va_bits) : 0xFFFF7FFFFFFFFFFFULL;
  const char *n = p->rname[i];
  switch (rule) {
  case MM_RULE_KIND:
    SAY(e, "region '%s' has unknown kind %" PRIu32, n, r->kind);
    break;
  case MM_RULE_EMPTY:
    SAY(e, "region '%s' ends at " X ", before its start " X, n, r->end, r->start);
    break;
  case MM_RULE_FIRST:
    SAY(e, "the first region '%s' starts at " X ", not at 0x0000000000000000", n, r->start);
    break;
  case MM_RULE_GAP:
  case MM_RULE_OVERLAP:
    if (i == 0) {
      SAY(e, "region '%s' is the first region and has no predecessor", n);
    } else if (rule == MM_RULE_GAP) {
      SAY(e, "region '%s' starts at " X " but the previous region '%s' ends at " X
          " (addresses between belong to no region)", n, r->start, p->rname[i - 1],
          l->region[i - 1].end);
    } else {
      SAY(e, "region '%s' starts at " X " but the previous region '%s' ends at " X
          " (addresses from the start on belong to both)", n, r->start, p->rname[i - 1],
          l->region[i - 1].end);
    }
    break;
  case MM_RULE_LAST:
    SAY(e, "the last region '%s' ends at " X ", not at 0xffffffffffffffff", n, r->end);
    break;
  case MM_RULE_ALIGN:
    explain_align(e, i);
    break;
  case MM_RULE_CANONICAL:
    SAY(e, "region '%s' (kind %s, " X " - " X ") reaches into the non-canonical hole " X
        " - " X "; only the noncanonical region may", n, kind_of(r), r->start, r->end, hs, he);
    break;
  case MM_RULE_HOLE:
    SAY(e, "noncanonical region '%s' is " X " - " X " but the hole for va-bits %" PRIu32
        " is exactly " X " - " X, n, r->start, r->end, l->va_bits, hs, he);
    break;
  case MM_RULE_HALF:
    explain_half(e, i, hs, he);
    break;
  case MM_RULE_FLAGS:
    explain_flags(e, i);
    break;
  case MM_RULE_DM_BASE:
    SAY(e, "direct-map region '%s' starts at " X " but page-offset (line %u) is " X, n,
        r->start, p->key_line[MM_KEY_PAGE_OFFSET], l->page_offset);
    break;
  case MM_RULE_DM_DUP: {
    const char *first = "?";
    for (uint32_t j = 0; j < i; j++)
      if (l->region[j].kind == MM_KIND_DIRECT_MAP) {
        first = p->rname[j];
        break;
      }
    SAY(e, "region '%s' is a second direct-map region (the first is '%s')", n, first);
    break;
  }
  case MM_RULE_DM_SIZE: {
    uint64_t need = l->pa_bits == 52u ? 0x0010000000000000ULL : 0x0000400000000000ULL;
    char has[40] = "?", want[40];
    if (r->start <= r->end)
      mm_size_format(has, sizeof has, r->start, r->end);
    mm_size_format(want, sizeof want, 0, need - 1);
    SAY(e, "direct-map region '%s' is 0x%" PRIx64 " bytes (%s) but pa-bits 0x%" PRIx32
        " needs at least 0x%" PRIx64 " (%s)", n, r->end - r->start + 1, has, l->pa_bits, need,
        want);
    break;
  }
  default:
    SAY(e, "region '%s': %s", n, mm_rule_meaning(rule));
    break;
  }
}

/* Rules about the whole layout (verdict.region == nregions). */
static void explain_layout(struct explain *e, uint32_t rule)
{
  const struct mm_layout *l = &e->p->layout;
  switch (rule) {
  case MM_RULE_PARAMS:
    explain_params(e);
    break;
  case MM_RULE_COUNT:
    SAY(e, "%" PRIu32 " regions; a layout has 1 to %u", l->nregions, (unsigned)MM_MAX_REGIONS);
    break;
  case MM_RULE_DM_MISSING:
    SAY(e, "no region has kind direct-map (page-offset is " X ")", l->page_offset);
    break;
  default:
    SAY(e, "%s", mm_rule_meaning(rule));
    break;
  }
}

static unsigned key_or(const struct mm_profile *p, enum mm_key k, unsigned fallback)
{
  return p->key_line[k] ? p->key_line[k] : fallback;
}

unsigned mm_verdict_line(const struct mm_profile *p, struct mm_verdict v)
{
  const struct mm_layout *l = &p->layout;
  unsigned last = l->nregions > 0 && l->nregions <= MM_MAX_REGIONS ? p->rline[l->nregions - 1]
                                                                  : p->last_line;
  if (v.region < l->nregions && v.region < MM_MAX_REGIONS)
    return p->rline[v.region];
  switch (v.rule) {
  case MM_RULE_PARAMS:
    if (l->pa_bits != 46u && l->pa_bits != 52u)
      return key_or(p, MM_KEY_PA_BITS, last);
    if (!va_ok(l->va_bits))
      return key_or(p, MM_KEY_VA_BITS, last);
    return key_or(p, MM_KEY_LEVELS, last);
  case MM_RULE_DM_MISSING:
  case MM_RULE_DM_BASE:
    return key_or(p, MM_KEY_PAGE_OFFSET, last);
  case MM_RULE_DM_SIZE:
    return key_or(p, MM_KEY_PA_BITS, last);
  case MM_RULE_COUNT:
    return p->header_line ? p->header_line : last;
  default:
    return last;
  }
}

int mm_profile_validate(const struct mm_profile *p, struct mm_diag *d)
{
  struct mm_verdict v = mm_layout_validate(&p->layout);
  struct explain e = {p, d, 0, mm_rule_name(v.rule)};
  if (v.rule == MM_OK)
    return 0;
  e.line = mm_verdict_line(p, v);
  if (v.region < p->layout.nregions && v.region < MM_MAX_REGIONS)
    explain_region(&e, v.rule, v.region);
  else
    explain_layout(&e, v.rule);
  return 1;
}
