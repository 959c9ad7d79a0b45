/* Page-table construction (pagemap.h): one routine walks the entries of a
 * table that a range covers, for both the count pass and the write pass and
 * for both map and unmap, so that the two passes make the same decisions on
 * the same entries. Arithmetic on power-of-two constants, no bit operations
 * (docs/proofs.md). */
#include "pagemap.h"
#include "enumerate.h" /* mm_level_span */
#include "translate.h" /* mm_entry_reserved */

/* One map or unmap operation. */
struct op {
  struct mm_pool *p;
  const struct mm_cpu *c;
  uint64_t va0;     /* first address of the range                          */
  uint64_t pa0;     /* map: the physical address va0 maps to               */
  uint64_t prot;    /* map: MM_PROT_* sum                                  */
  uint32_t best;    /* map: largest page level allowed (1 .. 3)            */
  uint32_t unmap;   /* 1: unmap                                            */
  uint32_t replace; /* map: MM_MAP_REPLACE given                           */
  uint32_t commit;  /* 0: count pass (reads only), 1: write pass           */
  uint64_t need;    /* count pass: frames needed                           */
  uint32_t limit;   /* write pass: frames may be taken while used < limit  */
};

/* Linux's prefix bound: 512^4 paths at most below a PML5 (2^36). */
#define PREFIX_MAX 0x1000000000ULL

static uint32_t index_at(uint64_t va, uint32_t lvl)
{
  if (lvl == 5)
    return (uint32_t)((va / MM_P48) % 512);
  if (lvl == 4)
    return (uint32_t)((va / MM_P39) % 512);
  if (lvl == 3)
    return (uint32_t)((va / MM_P30) % 512);
  if (lvl == 2)
    return (uint32_t)((va / MM_P21) % 512);
  return (uint32_t)((va / MM_P12) % 512);
}

/* The leaf entry for a page of level lvl at physical address pa (SDM Tables
 * 4-16, 4-18, 4-20): P, the rights, PS above level 1, PAT at bit 7 of a PTE
 * or bit 12 of a huge leaf. Disjoint fields, added. */
static uint64_t leaf_entry(uint32_t lvl, uint64_t pa, uint64_t prot)
{
  uint64_t pat = (prot / MM_PROT_PAT) % 2;
  uint64_t rest = prot - pat * MM_PROT_PAT;
  if (lvl == 1)
    return pa + MM_PTE_P + rest + pat * MM_PROT_PAT;
  return pa + MM_PTE_P + rest + MM_PTE_PS + pat * MM_P12;
}

/* Entry j of the table that splits the huge leaf e of level lvl (3 or 2):
 * a leaf of level lvl - 1 for the j-th part of the page, with e's rights and
 * attributes (bits 11:0 but PS, and 63:52), PAT moved to bit 7 in a PTE. */
static uint64_t split_entry(uint64_t e, uint32_t lvl, uint32_t j)
{
  uint64_t span = mm_level_span(lvl);
  uint64_t frame = e % MM_P52 / span * span;
  uint64_t low = e % MM_P12;   /* P RW US PWT PCD A D PS G, bits 11:9 */
  uint64_t high = e / MM_P52 * MM_P52; /* bits 63:52: XD, protection key, ignored */
  uint64_t pat = (e / MM_P12) % 2;     /* PAT of a huge leaf */
  if (lvl == 2)
    return frame + (uint64_t)j * MM_P12 + (low - MM_PTE_PS) + pat * MM_PROT_PAT + high;
  return frame + (uint64_t)j * MM_P21 + low + pat * MM_P12 + high;
}

/* Frames needed, inside a new table of level lvl, for [cur, last] (in its
 * span): an empty table (map, unmap) or one that splits a leaf (split). */
static uint64_t fresh_need(const struct op *o, uint32_t lvl, uint64_t cur, uint64_t last,
                           int split);

/* Frames needed for an entry of level lvl that [cur, last] covers whole, in a
 * new table (map): none for a leaf, else a table and its entries' needs. */
static uint64_t full_need(const struct op *o, uint32_t lvl)
{
  uint64_t n = 0;
  uint32_t l;
  for (l = o->best + 1; l <= lvl; l++)
    n = 1 + 512 * n;
  return n;
}

static uint64_t fresh_need(const struct op *o, uint32_t lvl, uint64_t cur, uint64_t last,
                           int split)
{
  uint64_t span = mm_level_span(lvl), n = 0;
  if (o->unmap && !split)
    return 0;
  for (;;) {
    uint64_t eend = cur - cur % span + (span - 1);
    uint64_t sub = last < eend ? last : eend;
    int full = cur % span == 0 && sub == eend;
    if (o->unmap) {
      if (!full) /* a part of a split leaf: split again */
        n += 1 + fresh_need(o, lvl - 1, cur, sub, 1);
    } else if (!(full && lvl <= o->best)) {
      n += full ? full_need(o, lvl) : 1 + fresh_need(o, lvl - 1, cur, sub, split);
    }
    if (sub == last)
      return n;
    cur = sub + 1;
  }
}

static int range_in_table(struct op *o, uint32_t t, uint32_t lvl, uint64_t cur, uint64_t last);

/* A new table of level lvl - 1 under entry i of table t, for [cur, last]:
 * empty, or splitting the leaf e when e is present. The count pass counts it;
 * the write pass fills it, then links it (so that a walk never sees a
 * half-built table). */
static int new_child(struct op *o, uint32_t t, uint32_t lvl, uint32_t i, uint64_t e,
                     uint64_t cur, uint64_t last)
{
  uint32_t g, j;
  int rc;
  if (!o->commit) {
    o->need += 1 + fresh_need(o, lvl - 1, cur, last, e % 2 == 1);
    return MM_PT_OK;
  }
  if (o->p->used >= o->limit)
    return MM_PT_ECOUNT;
  if (mm_pool_alloc(o->p, lvl - 1, o->p->prefix[t] * 512 + i, &g) != MM_PT_OK)
    return MM_PT_ECOUNT;
  if (e % 2 == 1)
    for (j = 0; j < 512; j++)
      o->p->mem.word[(uint64_t)g * 512 + j] = split_entry(e, lvl, j);
  rc = range_in_table(o, g, lvl - 1, cur, last);
  if (rc != MM_PT_OK)
    return rc;
  o->p->mem.word[(uint64_t)t * 512 + i] = mm_pool_frame_pa(o->p, g) + MM_LINK_FLAGS;
  return MM_PT_OK;
}

/* The next-level table entry e of table t (level lvl, index i) links to, in
 * *g, checked against the pool's record: -1 when e does not point to a table
 * of level lvl - 1 with the prefix of that entry. */
static int child_of(const struct op *o, uint32_t t, uint32_t lvl, uint32_t i, uint64_t e,
                    uint32_t *g)
{
  uint32_t f;
  if (mm_pool_frame_of(o->p, e, &f) != 0)
    return -1;
  if (o->p->level[f] != lvl - 1 || o->p->prefix[f] % 512 != i ||
      o->p->prefix[f] / 512 != o->p->prefix[t])
    return -1;
  *g = f;
  return 0;
}

/* Entry i of table t (level lvl), of which the range covers [cur, last]
 * (whole: full). */
static int entry_op(struct op *o, uint32_t t, uint32_t lvl, uint32_t i, uint64_t cur,
                    uint64_t last, int full)
{
  uint64_t *ep = o->p->mem.word + (uint64_t)t * 512 + i;
  uint64_t e = *ep;
  int present = e % 2 == 1;
  int leaf = lvl == 1 || (e / MM_PTE_PS) % 2 == 1;
  uint32_t g;

  if (present && mm_entry_reserved(o->c, e, lvl))
    return MM_PT_EBADTABLE;
  if (o->unmap) {
    if (!present)
      return MM_PT_OK;
    if (full) { /* the whole entry goes: a leaf, or a table and all under it */
      if (o->commit)
        *ep = 0;
      return MM_PT_OK;
    }
    if (leaf) /* a huge page reaching outside the range: split it */
      return new_child(o, t, lvl, i, e, cur, last);
  } else {
    if (full && lvl <= o->best && (!present || o->replace)) {
      if (o->commit)
        *ep = leaf_entry(lvl, o->pa0 + (cur - o->va0), o->prot);
      return MM_PT_OK;
    }
    if (!present)
      return new_child(o, t, lvl, i, 0, cur, last);
    if (leaf) {
      if (!o->replace)
        return MM_PT_EEXIST;
      return new_child(o, t, lvl, i, e, cur, last);
    }
  }
  if (child_of(o, t, lvl, i, e, &g) != 0)
    return MM_PT_EBADTABLE;
  return range_in_table(o, g, lvl - 1, cur, last);
}

/* Every entry of table t (level lvl) that [cur, last] covers, in order. */
static int range_in_table(struct op *o, uint32_t t, uint32_t lvl, uint64_t cur, uint64_t last)
{
  uint64_t span = mm_level_span(lvl);
  for (;;) {
    uint64_t eend = cur - cur % span + (span - 1);
    uint64_t sub = last < eend ? last : eend;
    int rc = entry_op(o, t, lvl, index_at(cur, lvl), cur, sub,
                      cur % span == 0 && sub == eend);
    if (rc != MM_PT_OK)
      return rc;
    if (sub == last)
      return MM_PT_OK;
    cur = sub + 1;
  }
}

/* The rules every range obeys: see pagemap.h. */
static int range_ok(const struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                    uint64_t va, uint64_t size)
{
  uint64_t last;
  if (p->top != 4 && p->top != 5)
    return 0;
  if ((c->la57 == 1) != (p->top == 5))
    return 0;
  if (root >= p->used || p->level[root] != p->top || p->prefix[root] != 0)
    return 0;
  if (va % MM_P12 != 0 || size % MM_P12 != 0 || size == 0 || size - 1 > MM_U64_MAX - va)
    return 0;
  last = va + (size - 1);
  if (p->top == 5)
    return last < MM_P56 || va >= 0xFF00000000000000ULL;
  return last < MM_P47 || va >= 0xFFFF800000000000ULL;
}

/* Count, then write if the pool has the frames. */
static int run(struct op *o, uint32_t root, uint64_t last)
{
  int rc = range_in_table(o, root, o->p->top, o->va0, last);
  if (rc != MM_PT_OK)
    return rc;
  if (o->need > (uint64_t)(o->p->mem.nframes - o->p->used))
    return MM_PT_ENOMEM;
  o->commit = 1;
  o->limit = o->p->used + (uint32_t)o->need;
  return range_in_table(o, root, o->p->top, o->va0, last);
}

static int map_setup(struct op *o, struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                     uint64_t va, uint64_t pa, uint64_t size, uint64_t prot,
                     uint32_t max_level, uint32_t flags)
{
  uint32_t best;
  if (!range_ok(p, c, root, va, size))
    return MM_PT_EINVAL;
  if (pa % MM_P12 != 0 || pa > c->pa_limit || size > c->pa_limit - pa)
    return MM_PT_EINVAL;
  if ((prot % MM_P63) % 2 != 0 || prot % MM_P63 >= 0x200 || (prot >= MM_P63 && c->nxe == 0))
    return MM_PT_EINVAL;
  if (max_level < 1 || max_level > 3 || (max_level == 3 && c->pdpe1gb == 0))
    return MM_PT_EINVAL;
  if (flags > MM_MAP_REPLACE)
    return MM_PT_EINVAL;
  /* The largest page whose alignment pa and va share (pa - va aligned). */
  best = max_level;
  while (best > 1 && pa % mm_level_span(best) != va % mm_level_span(best))
    best--;
  o->p = p;
  o->c = c;
  o->va0 = va;
  o->pa0 = pa;
  o->prot = prot;
  o->best = best;
  o->unmap = 0;
  o->replace = flags == MM_MAP_REPLACE;
  o->commit = 0;
  o->need = 0;
  o->limit = 0;
  return MM_PT_OK;
}

static int unmap_setup(struct op *o, struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                       uint64_t va, uint64_t size)
{
  if (!range_ok(p, c, root, va, size))
    return MM_PT_EINVAL;
  o->p = p;
  o->c = c;
  o->va0 = va;
  o->pa0 = 0;
  o->prot = 0;
  o->best = 1;
  o->unmap = 1;
  o->replace = 0;
  o->commit = 0;
  o->need = 0;
  o->limit = 0;
  return MM_PT_OK;
}

int mm_map_range(struct mm_pool *p, const struct mm_cpu *c, uint32_t root, uint64_t va,
                 uint64_t pa, uint64_t size, uint64_t prot, uint32_t max_level,
                 uint32_t flags)
{
  struct op o;
  int rc = map_setup(&o, p, c, root, va, pa, size, prot, max_level, flags);
  if (rc != MM_PT_OK)
    return rc;
  return run(&o, root, va + (size - 1));
}

int mm_unmap_range(struct mm_pool *p, const struct mm_cpu *c, uint32_t root, uint64_t va,
                   uint64_t size)
{
  struct op o;
  int rc = unmap_setup(&o, p, c, root, va, size);
  if (rc != MM_PT_OK)
    return rc;
  return run(&o, root, va + (size - 1));
}

int mm_map_range_count(const struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                       uint64_t va, uint64_t pa, uint64_t size, uint64_t prot,
                       uint32_t max_level, uint32_t flags, uint64_t *n)
{
  struct mm_pool q = *p; /* the count pass writes nothing through it */
  struct op o;
  int rc = map_setup(&o, &q, c, root, va, pa, size, prot, max_level, flags);
  if (rc == MM_PT_OK)
    rc = range_in_table(&o, root, q.top, va, va + (size - 1));
  *n = o.need;
  return rc;
}

int mm_unmap_range_count(const struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                         uint64_t va, uint64_t size, uint64_t *n)
{
  struct mm_pool q = *p;
  struct op o;
  int rc = unmap_setup(&o, &q, c, root, va, size);
  if (rc == MM_PT_OK)
    rc = range_in_table(&o, root, q.top, va, va + (size - 1));
  *n = rc == MM_PT_OK ? o.need : 0;
  return rc;
}
