/* The kernel-half sync of top-level tables (pgd_sync.h): a check pass that
 * reads only, then the copy, so that a conflict changes nothing. */
#include "pgd_sync.h"

int mm_pgd_sync_slots(struct mm_pool *p, uint32_t ref, uint32_t proc, uint32_t first,
                      uint32_t last)
{
  uint64_t *w = p->mem.word;
  uint64_t r = (uint64_t)ref * 512, q = (uint64_t)proc * 512;
  uint32_t i;
  /* sync_global_pgds' BUG_ON, as a check before any write */
  /*@
    loop invariant range: first <= i <= last + 1;
    loop invariant none: !SyncConflict(p, ref, proc, first, i - 1);
    loop assigns i;
    loop variant last + 1 - i;
  */
  for (i = first; i <= last; i++)
    if (w[q + i] != 0 && w[q + i] != w[r + i]) {
      /*@ assert witness: PWord(p, proc, i) != 0 && PWord(p, proc, i) != PWord(p, ref, i); */
      /*@ assert conflict: SyncConflict(p, ref, proc, first, last); */
      return MM_PT_EEXIST;
    }
  /* pgd_none(*pgd) ? set_pgd(pgd, *pgd_ref) : equal already */
  /*@
    loop invariant range: first <= i <= last + 1;
    loop invariant copied: \forall integer k; first <= k < i ==> PWord(p, proc, k) == PWord(p, ref, k);
    loop invariant rest: \forall integer k; i <= k <= last ==>
      PWord(p, proc, k) == \at(PWord(p, proc, k), Pre);
    loop invariant ref_same: \forall integer k; first <= k <= last ==>
      PWord(p, ref, k) == \at(PWord(p, ref, k), Pre);
    loop assigns i, p->mem.word[proc * 512 + first .. proc * 512 + last];
    loop variant last + 1 - i;
  */
  for (i = first; i <= last; i++)
    w[q + i] = w[r + i];
  /* The tree invariant: a copied word is a link of proc exactly when it is
   * one of ref, whose record proc shares; no record changed. */
  /*@ assert records: \at(PoolOk(p), Pre) ==> \forall integer g; 0 <= g < p->mem.nframes ==>
        p->level[g] == \at(p->level[g], Pre) && p->prefix[g] == \at(p->prefix[g], Pre) &&
        p->used == \at(p->used, Pre); */
  /*@ assert others: \forall integer g, j; 0 <= g < p->mem.nframes && 0 <= j < 512 &&
        (g != proc || j < first || j > last) ==> PWord(p, g, j) == \at(PWord(p, g, j), Pre); */
  /*@ assert tree: \at(PoolOk(p) && PoolTree(p) && TwinTables(p, ref, proc), Pre) ==>
        PoolTree(p); */
  /* The top-level entries of va in both tables are now one word: the walks
   * agree from there on (lemma same_top_entry_same_walk, PgdSync.acsl). */
  /*@ assert top_words: \forall struct mm_cpu *c, integer va;
        first <= LevelIndex(va, TopLevel(c)) <= last ==>
        PWord(p, ref, LevelIndex(va, TopLevel(c))) == PWord(p, proc, LevelIndex(va, TopLevel(c))); */
  /*@ assert same_top: \forall struct mm_cpu *c, integer va;
        first <= LevelIndex(va, TopLevel(c)) <= last ==>
        Ent(&p->mem, p->mem.base + ref * 0x1000, va, TopLevel(c)) ==
        Ent(&p->mem, p->mem.base + proc * 0x1000, va, TopLevel(c)); */
  return MM_PT_OK;
}

int mm_pgd_sync(struct mm_pool *p, uint32_t ref, uint32_t proc)
{
  return mm_pgd_sync_slots(p, ref, proc, MM_PGD_KERNEL_FIRST, MM_PGD_KERNEL_LAST);
}
