/* Locality of a store (spec/acsl/PoolTree.acsl): in a pool whose tables form
 * a tree (PoolTree), writing any value into entry i of table t leaves the
 * walk of every address va that cannot read that entry (ReadsEntry: t on
 * va's route, i its index there) exactly as it was, from every top-level
 * root: the level and table it ends at, how it ends and on which entry, and
 * the R/W, U/S and XD rights it combined (mm_translate's whole result,
 * docs/paging.md "The tree invariant"). The store is the one pagemap.c's
 * set_entry makes; the steps are the lemmas store_route_same, route_root
 * and tree_root_4 / tree_root_5. */
#include "pgd_sync.h"
#include "PoolTree.acsl"

/*@ requires pool:  PoolOk(p) && PoolTree(p);
    requires apart: \separated(c, p->mem.word + (0 .. p->mem.nframes * 512 - 1));
    requires entry: t < p->used && i < 512;
    requires root:  r < p->used && p->level[r] == p->top && p->prefix[r] == 0;
    requires off:   !ReadsEntry(p, va, t, i);
    assigns p->mem.word[t * 512 + i];
    ensures path:   WalkPath{Pre,Post}(&p->mem, c, \old(p->mem.base) + r * 0x1000, va, \old(p->top));
    ensures end:    WalkEnd{Pre,Post}(&p->mem, c, \old(p->mem.base) + r * 0x1000, va, \old(p->top));
    ensures rights: WalkRights{Pre,Post}(&p->mem, c, \old(p->mem.base) + r * 0x1000, va,
                                         \old(p->top));
*/
void law_store_off_route(struct mm_pool *p, const struct mm_cpu *c, uint32_t t, uint32_t i,
                         uint64_t v, uint64_t va, uint32_t r)
{
  (void)c; /* c, va and r are the law's subject, read by the contract only */
  (void)va;
  (void)r;
  p->mem.word[(uint64_t)t * 512 + i] = v;
  /*@ assert kept: PoolKept{Pre,Here}(p); */
  /*@ assert one: OneStore{Pre,Here}(p, t, i); */
  /*@ assert state: WalkState{Pre,Here}(p, c); */
  /*@ assert route: RouteSame{Pre,Here}(p, va); */
  /*@ assert on: OnRoute{Pre,Here}(p, c, va, r, \at(p->top, Pre)); */
}
