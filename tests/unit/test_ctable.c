/* The generated C header of the seed profile (mmspec gen --format ctable,
 * built by the Makefile into build/gen/) against the parsed profile: same
 * layout, field by field, and accepted by the proven validator. */
#include <string.h>

#include "check.h"
#include "layout_validate.h"
#include "profile_linux-4.8-4level.h"
#include "source.h"

int main(void)
{
  static struct mm_profile p;
  struct mm_diag d;
  const struct mm_layout *g = &mmspec_profile_linux_4_8_4level;
  struct mm_verdict v = mm_layout_validate(g);
  CHECK(v.rule == MM_OK, "generated layout rejected: rule %u region %u", (unsigned)v.rule,
        (unsigned)v.region);
  CHECK(mm_source_load(&p, "linux-4.8-4level", &d) == MM_LOAD_OK, "built-in seed: %s: %s",
        d.rule, d.msg);
  CHECK_EQ_U64(MMSPEC_PROFILE_LINUX_4_8_4LEVEL_NREGIONS, 19);
  CHECK_EQ_U64(g->nregions, p.layout.nregions);
  CHECK_EQ_U64(g->va_bits, p.layout.va_bits);
  CHECK_EQ_U64(g->levels, p.layout.levels);
  CHECK_EQ_U64(g->pa_bits, p.layout.pa_bits);
  CHECK_EQ_U64(g->page_offset, p.layout.page_offset);
  for (uint32_t i = 0; i < p.layout.nregions && i < MM_MAX_REGIONS; i++) {
    const struct mm_region *a = &g->region[i], *b = &p.layout.region[i];
    CHECK_EQ_U64(a->start, b->start);
    CHECK_EQ_U64(a->end, b->end);
    CHECK_EQ_U64(a->align, b->align);
    CHECK_EQ_U64(a->kind, b->kind);
    CHECK_EQ_U64(a->randomized, b->randomized);
    CHECK_EQ_U64(a->own_pgd, b->own_pgd);
    CHECK_EQ_U64(a->lazy_sync, b->lazy_sync);
    CHECK_EQ_U64(a->reserved_, 0);
    CHECK_STR(mmspec_profile_linux_4_8_4level_names[i], p.rname[i]);
  }
  /* The unused tail is zero. */
  for (uint32_t i = g->nregions; i < MM_MAX_REGIONS; i++)
    CHECK(g->region[i].start == 0 && g->region[i].end == 0 && g->region[i].kind == 0,
          "region %u not zero", (unsigned)i);
  return check_report("test_ctable");
}
