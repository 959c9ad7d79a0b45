/* Counter-examples for the tree invariant (spec/acsl/PoolTree.acsl): PoolTree
 * true on a pool and false on its neighbours, so that it cannot be vacuous,
 * and Route on the seed layout's direct-map base. The pool is two frames: a
 * PML4 at 0x1000 whose entry 5 links to the PDPT at 0x2000, every other
 * word 0. */
#include "pgd_sync.h"
#include "PoolTree.acsl"

/*@ predicate TwoTables{L}(struct mm_pool *p, integer link) =
      PoolStorage(p) && p->mem.nframes == 2 && p->mem.base == 0x1000 && p->top == 4 &&
      p->used == 2 && p->level[0] == 4 && p->prefix[0] == 0 && p->level[1] == 3 &&
      (\forall integer i; 0 <= i < 1024 && i != 5 ==> p->mem.word[i] == 0) &&
      p->mem.word[5] == link;
*/

/* The link is the child's record (prefix 0 * 512 + 5): PoolTree. */
/*@ requires pool: TwoTables(p, 0x2000 + 0x27) && p->prefix[1] == 5;
    assigns \nothing;
    ensures ok: PoolTree(p) && PoolOk(p);
*/
void witness_tree_ok(struct mm_pool *p) { (void)p; }

/* The same link under a table recorded with another prefix: not. */
/*@ requires pool: TwoTables(p, 0x2000 + 0x27) && p->prefix[1] == 6;
    assigns \nothing;
    ensures bad: !PoolTree(p) && !ChildOk(p, 0, 5);
*/
void witness_tree_prefix(struct mm_pool *p) { (void)p; }

/* A link to a frame not in use (0x3000 is past the pool): not. */
/*@ requires pool: TwoTables(p, 0x3000 + 0x27) && p->prefix[1] == 5;
    assigns \nothing;
    ensures bad: LinkLike(PWord(p, 0, 5), p->level[0]) && !ChildOk(p, 0, 5) && !PoolTree(p);
*/
void witness_tree_outside(struct mm_pool *p) { (void)p; }

/* Not present (P = 0): no link, whatever its address field says. */
/*@ requires pool: TwoTables(p, 0x3000 + 0x26) && p->prefix[1] == 6;
    assigns \nothing;
    ensures ok: PoolTree(p);
*/
void witness_tree_absent(struct mm_pool *p) { (void)p; }

/* The direct map's base 0xffff888000000000 (Linux 4.x page_offset_base):
 * PML4 slot 273, PDPT 0, so the PD it reaches has prefix 273 * 512. */
/*@ assigns \nothing;
    ensures pml4: Route(0xffff888000000000, 4, 3) == 273;
    ensures pd: Route(0xffff888000000000, 4, 2) == 273 * 512;
*/
void witness_tree_route(void) {}

/* ReadsEntry, law_store_off_route's hypothesis: the walk of 0x28000000000
 * (PML4 index 5, PDPT index 0) reads entry 5 of the PML4 and entry 0 of the
 * PDPT linked there; not entry 6, and the walk of 0x30000000000 (PML4 index
 * 6) reads nothing of that PDPT. */
/*@ requires pool: TwoTables(p, 0x2000 + 0x27) && p->prefix[1] == 5;
    assigns \nothing;
    ensures ok: ReadsEntry(p, 0x28000000000, 0, 5) && ReadsEntry(p, 0x28000000000, 1, 0);
    ensures bad: !ReadsEntry(p, 0x28000000000, 0, 6) && !ReadsEntry(p, 0x30000000000, 1, 0);
*/
void witness_tree_reads(struct mm_pool *p) { (void)p; }

/* LinkOk, set_entry's rule for a word written into a table (PoolLinks.acsl):
 * the link to the child recorded for PML4 entry 5 passes, so do 0 and a
 * 1-GiB leaf (PS = 1) in a PDPT; the same link as entry 6, or one past the
 * frames in use, does not. */
/*@ requires pool: TwoTables(p, 0) && p->prefix[1] == 5;
    assigns \nothing;
    ensures ok: LinkOk(p, 0, 5, 0x2000 + 0x27) && LinkOk(p, 0, 5, 0) &&
                LinkOk(p, 1, 0, 0x40000000 + 0x80 + 0x3);
    ensures bad: !LinkOk(p, 0, 6, 0x2000 + 0x27) && !LinkOk(p, 0, 5, 0x3000 + 0x27);
*/
void witness_tree_link(struct mm_pool *p) { (void)p; }

/* TwinTables, mm_pgd_sync_slots' rule: two top-level tables share a record;
 * a PML4 and a PDPT, or a frame not in use, do not. */
/*@ requires pool: PoolStorage(p) && p->used == 3 && p->mem.nframes == 4 &&
                   p->level[0] == 4 && p->prefix[0] == 0 && p->level[1] == 3 &&
                   p->level[2] == 4 && p->prefix[2] == 0;
    assigns \nothing;
    ensures ok: TwinTables(p, 0, 2);
    ensures bad: !TwinTables(p, 0, 1) && !TwinTables(p, 0, 3);
*/
void witness_tree_twins(struct mm_pool *p) { (void)p; }
