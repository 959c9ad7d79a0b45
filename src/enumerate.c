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

int mm_span_last(uint64_t cursor, uint64_t span)
{
  uint64_t start = cursor - cursor % span; /* first address of the span */
  return start > MM_U64_MAX - span;
}

uint64_t mm_span_next(uint64_t cursor, uint64_t span)
{
  return cursor - cursor % span + span;
}

/* The loop keeps the cursor in locals and the walk result by value, so it
 * writes no memory until it returns: the walk logic then speaks of one
 * memory state (docs/paging.md). */
int mm_enum_next(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root,
                 struct mm_enum *s, struct mm_mapping *out)
{
  struct mm_walk w;
  uint64_t cur = s->cursor, va, span;
  uint8_t done = s->done;
  /*@
    loop invariant state: Flag(done);
    loop invariant monotone: cur >= \at(s->cursor, Pre);
    loop invariant stays_done: \at(s->done, Pre) == 1 ==> done == 1;
    loop assigns cur, done, va, w, span;
    loop variant done == 1 ? 0 : 0x10000000000000000 - cur;
  */
  while (done == 0) {
    va = mm_enum_canonical_from(c, cur);
    cur = va;
    w = mm_walk(m, c, root, va);
    span = mm_level_span(w.level);
    if (mm_span_last(cur, span))
      done = 1;
    else
      cur = mm_span_next(cur, span);
    if (w.end == MM_WALK_LEAF) {
      s->cursor = cur;
      s->done = done;
      out->va = va;
      out->size = span;
      out->pa = mm_leaf_pa(w.entry, w.level, va);
      out->entry = w.entry;
      out->level = w.level;
      out->rw = w.rw;
      out->us = w.us;
      out->xd = w.xd;
      return 1;
    }
  }
  s->cursor = cur;
  s->done = 1;
  return 0;
}
