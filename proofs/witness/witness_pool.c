/* Counter-examples for the pool's safety predicates (spec/acsl/Pool.acsl):
 * each is shown true on one pool and false on its neighbour, so that neither
 * PoolOk nor FrameRecordOk can be vacuous. The pools are two frames of
 * 4-level tables; only the fields named change between neighbours. */
#include "pt_pool.h"

/*@ predicate TwoFrames{L}(struct mm_pool *p) =
      PoolStorage(p) && p->mem.nframes == 2 && p->mem.base == 0x1000 && p->top == 4;
*/

/* A root alone: PoolOk. Without it (used 0), with the root's level above
 * top, or with a root prefix of 1, not. */
/*@ requires pool: TwoFrames(p) && p->used == 1 && p->level[0] == 4 && p->prefix[0] == 0;
    assigns \nothing;
    ensures ok: PoolOk(p);
*/
void witness_pool_ok(struct mm_pool *p) { (void)p; }

/*@ requires pool: TwoFrames(p) && p->used == 0;
    assigns \nothing;
    ensures none: !PoolOk(p);
*/
void witness_pool_empty(struct mm_pool *p) { (void)p; }

/*@ requires pool: TwoFrames(p) && p->used == 1 && p->level[0] == 5 && p->prefix[0] == 0;
    assigns \nothing;
    ensures level: !PoolOk(p) && !FrameRecordOk(p, 0);
*/
void witness_pool_level(struct mm_pool *p) { (void)p; }

/*@ requires pool: TwoFrames(p) && p->used == 1 && p->level[0] == 4 && p->prefix[0] == 1;
    assigns \nothing;
    ensures prefix: !PoolOk(p) && !FrameRecordOk(p, 0);
*/
void witness_pool_root_prefix(struct mm_pool *p) { (void)p; }

/* A PDPT (level 3) below a PML4: prefix 511 is the last slot, 512 is past it. */
/*@ requires pool: TwoFrames(p) && p->used == 2 && p->level[0] == 4 && p->prefix[0] == 0 &&
                   p->level[1] == 3;
    assigns \nothing;
    ensures last: p->prefix[1] == 511 ==> PoolOk(p);
    ensures past: p->prefix[1] == 512 ==> !PoolOk(p);
*/
void witness_pool_prefix(struct mm_pool *p) { (void)p; }
