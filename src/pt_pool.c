/* The page pool (pt_pool.h). Arithmetic on power-of-two constants only. */
#include "pt_pool.h"

uint64_t mm_pool_frame_pa(const struct mm_pool *p, uint32_t f)
{
  return p->mem.base + (uint64_t)f * MM_P12;
}

/*@
  requires storage: PoolStorage(p);
  requires frame: f < p->mem.nframes;
  terminates \true;
  assigns p->mem.word[f * 512 .. f * 512 + 511];
  ensures zero: \forall integer j; 0 <= j < 512 ==> p->mem.word[f * 512 + j] == 0;
*/
static void zero_frame(struct mm_pool *p, uint32_t f)
{
  uint64_t *w = p->mem.word + (uint64_t)f * 512;
  uint32_t i;
  /*@ loop invariant range: 0 <= i <= 512;
      loop invariant zero: \forall integer j; 0 <= j < i ==> p->mem.word[f * 512 + j] == 0;
      loop assigns i, p->mem.word[f * 512 .. f * 512 + 511];
      loop variant 512 - i; */
  for (i = 0; i < 512; i++)
    w[i] = 0;
}

int mm_pool_init(struct mm_pool *p, uint64_t *word, uint8_t *level, uint64_t *prefix,
                 uint64_t base, uint32_t nframes, uint32_t top)
{
  if (nframes == 0 || base % MM_P12 != 0 || base >= MM_P52 ||
      (uint64_t)nframes * MM_P12 > MM_P52 - base || (top != 4 && top != 5))
    return MM_PT_EINVAL;
  p->mem.word = word;
  p->mem.base = base;
  p->mem.nframes = nframes;
  p->mem.reserved_ = 0;
  p->level = level;
  p->prefix = prefix;
  p->top = top;
  zero_frame(p, 0);
  level[0] = (uint8_t)top;
  prefix[0] = 0;
  p->used = 1;
  return MM_PT_OK;
}

int mm_pool_alloc(struct mm_pool *p, uint32_t lvl, uint64_t prefix, uint32_t *f)
{
  uint32_t n = p->used;
  if (n >= p->mem.nframes)
    return MM_PT_ENOMEM;
  *f = n; /* first: the pool's last store is the state PoolOk is stated in */
  zero_frame(p, n);
  /*@ assert kept: \forall integer g; 0 <= g < n ==> FrameRecordOk(p, g); */
  p->used = n + 1;
  /*@ assert kept_used: \forall integer g; 0 <= g < n ==> FrameRecordOk(p, g); */
  p->level[n] = (uint8_t)lvl;
  p->prefix[n] = prefix;
  /*@ assert new: FrameRecordOk(p, n); */
  /*@ assert old: \forall integer g; 0 <= g < n ==> FrameRecordOk(p, g); */
  /*@ assert pool: PoolOk(p); */
  /* The tree invariant (PoolLinks.acsl), after the last store and PoolOk so
   * as not to weigh on it (docs/proofs.md, recipe 17): the old frames' words
   * and records are as they were, and the new frame is all zero, so holds
   * no link. */
  /*@ assert zero_kept: \forall integer j; 0 <= j < 512 ==> PWord(p, n, j) == 0; */
  /*@ assert words_kept: \forall integer i; 0 <= i < n * 512 ==>
        p->mem.word[i] == \at(p->mem.word[i], Pre); */
  /*@ assert records_kept: \forall integer g; 0 <= g < n ==>
        p->level[g] == \at(p->level[g], Pre) && p->prefix[g] == \at(p->prefix[g], Pre); */
  /*@ assert tree_old: \at(PoolTree(p), Pre) ==> \forall integer g, j; 0 <= g < n && 0 <= j < 512 &&
        LinkLike(PWord(p, g, j), p->level[g]) ==> ChildOk(p, g, j); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
  /*@ assert out: *f == n; */
  return MM_PT_OK;
}

int mm_pool_new_root(struct mm_pool *p, uint32_t *f)
{
  return mm_pool_alloc(p, p->top, 0, f);
}

int mm_pool_frame_of(const struct mm_pool *p, uint64_t e, uint32_t *f)
{
  uint64_t a = e % MM_P52 / MM_P12 * MM_P12;
  if (a < p->mem.base || a - p->mem.base >= (uint64_t)p->used * MM_P12)
    return -1;
  *f = (uint32_t)((a - p->mem.base) / MM_P12);
  return 0;
}
