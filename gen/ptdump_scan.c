/* The ptdump scan: the address space of an image cut into pieces, in
 * increasing order. Mappings come from the proven enumerator mm_enum_next;
 * the spans between them are cut where the proven mm_walk ends: a walk at a
 * that ends at level L without a mapping covers the rest of a's L-aligned
 * span (LevelSpan: 4K 2M 1G 512G 256T), reported at level L as ptdump
 * reports a hole at the level it finds it. The non-canonical hole is no
 * piece: a range never spans it. */
#include "enumerate.h"
#include "ptdump.h"

/* The leaf entry's flag bits as Linux's PTE_FLAGS_MASK keeps them: bits
 * 11:0 and 63:52; bit 12 (PAT) too for a 2-MiB or 1-GiB leaf. */
static uint64_t leaf_flags(uint64_t e, uint32_t lvl)
{
  uint64_t f = (e & 0xFFFu) | (e & 0xFFF0000000000000ULL);
  if (lvl != 1)
    f |= e & 0x1000u;
  return f;
}

/* The not-mapped pieces of [from, to], to inclusive. 0, or -1 when a walk
 * finds a mapping there (the enumerator would have missed it). */
static int gaps(struct mm_ptd *st, const struct mm_ptimage *img, uint64_t from, uint64_t to)
{
  uint64_t a = from;
  for (;;) {
    uint64_t c = mm_enum_canonical_from(&img->cpu, a), span, last;
    struct mm_walk w;
    struct mm_ptd_range p;
    if (c != a) { /* the non-canonical hole */
      mm_ptd_flush(st);
      if (c > to)
        return 0;
      a = c;
    }
    w = mm_walk(&img->mem, &img->cpu, img->root, a);
    if (w.end == MM_WALK_LEAF)
      return -1;
    span = mm_level_span(w.level);
    last = a - a % span + (span - 1);
    if (last > to)
      last = to;
    p.start = a;
    p.last = last;
    p.flags = 0;
    p.level = w.level;
    p.present = 0;
    p.rw = p.us = p.xd = 0;
    mm_ptd_piece(st, &p);
    if (last == to)
      return 0;
    a = last + 1;
  }
}

int mm_ptd_scan(struct mm_ptd *st, const struct mm_ptimage *img)
{
  struct mm_enum e;
  struct mm_mapping m;
  uint64_t pos = 0;
  mm_enum_init(&e, 0);
  while (mm_enum_next(&img->mem, &img->cpu, img->root, &e, &m)) {
    struct mm_ptd_range p;
    if (m.va < pos || (m.va > pos && gaps(st, img, pos, m.va - 1) != 0))
      return -1;
    p.start = m.va;
    p.last = m.va + (m.size - m.va % m.size - 1);
    p.flags = leaf_flags(m.entry, m.level);
    p.level = m.level;
    p.present = 1;
    p.rw = m.rw;
    p.us = m.us;
    p.xd = m.xd;
    mm_ptd_piece(st, &p);
    if (p.last == UINT64_MAX)
      return 0;
    pos = p.last + 1;
  }
  return gaps(st, img, pos, UINT64_MAX);
}
