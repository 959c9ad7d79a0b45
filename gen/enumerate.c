/* Not yet proven: lives in gen/ until its contract is proven (see docs/paging.md).
 * Written to be provable (arithmetic, iterator, no callbacks). */
/* Enumerating mappings with the proven page walk (contracts: enumerate.h).
 * Arithmetic on power-of-two constants, no bit operations (docs/proofs.md). */
#include "enumerate.h"

uint64_t mm_level_span(uint32_t lvl)
{
  if (lvl == 5)
    return MM_P48;
  if (lvl == 4)
    return MM_P39;
  if (lvl == 3)
    return MM_P30;
  if (lvl == 2)
    return MM_P21;
  return MM_P12;
}

uint64_t mm_enum_canonical_from(const struct mm_cpu *c, uint64_t va)
{
  if (c->la57 == 1) {
    if (va < MM_P56 || va >= 0xFF00000000000000ULL)
      return va;
    return 0xFF00000000000000ULL;
  }
  if (va < MM_P47 || va >= 0xFFFF800000000000ULL)
    return va;
  return 0xFFFF800000000000ULL;
}

void mm_enum_init(struct mm_enum *s, uint64_t from)
{
  s->cursor = from;
  s->done = 0;
}

void mm_enum_skip(struct mm_enum *s, uint64_t span)
{
  uint64_t start = s->cursor - s->cursor % span; /* first address of the span */
  if (start > MM_U64_MAX - span) {
    s->done = 1; /* the span ends at 2^64 */
    return;
  }
  s->cursor = start + span;
}

int mm_enum_next(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root,
                 struct mm_enum *s, struct mm_mapping *out)
{
  struct mm_walk w;
  uint64_t va, size;
  /*@
    loop invariant state: Flag(s->done);
    loop invariant monotone: s->cursor >= \at(s->cursor, Pre);
    loop assigns s->cursor, s->done, w;
    loop variant s->done == 1 ? 0 : 0x10000000000000000 - s->cursor;
  */
  while (s->done == 0) {
    va = mm_enum_canonical_from(c, s->cursor);
    s->cursor = va;
    mm_walk(m, c, root, va, &w);
    if (w.end == MM_WALK_LEAF) {
      size = mm_level_span(w.level);
      out->va = va;
      out->size = size;
      out->pa = w.entry % MM_P52 / size * size + va % size;
      out->entry = w.entry;
      out->level = w.level;
      out->rw = w.rw;
      out->us = w.us;
      out->xd = w.xd;
      mm_enum_skip(s, size);
      return 1;
    }
    mm_enum_skip(s, mm_level_span(w.level));
  }
  return 0;
}
