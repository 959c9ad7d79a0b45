/* ASSUMED, NOT PROVEN HERE: the contracts of the pool operations that
 * src/layout_build.c calls (mm_pool_new_root, mm_map_range), as little as
 * the builder's proof needs and no more than their code does (read against
 * src/pt_pool.c and src/pagemap.c at ce6de3f): they write only the pool's
 * `used`, frames, level and prefix records, keep BuildPool, never give frames
 * back, and return a status of enum mm_pt_status. pt_pool.h and pagemap.h
 * have no contracts yet; when they do, this file leaves the layout_build
 * unit (proofs/units.mk) and the builder is proven against theirs.
 * Listed in proofs/TRUSTED.md. */
#include "pagemap.h"
#include "Build.acsl"

/*@
  requires pool: BuildPool(p);
  requires out: \valid(f) && \separated(f, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                                        p->level + (0 .. p->mem.nframes - 1),
                                        p->prefix + (0 .. p->mem.nframes - 1));
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1], *f;
  ensures pool: BuildPool(p);
  ensures status: \result == MM_PT_OK || \result == MM_PT_ENOMEM;
  ensures frame: \result == MM_PT_OK ==> *f == \old(p->used) && p->used == \old(p->used) + 1;
  ensures grows: \old(p->used) <= p->used;
*/
int mm_pool_new_root(struct mm_pool *p, uint32_t *f);

/*@
  requires pool: BuildPool(p);
  requires cpu: ValidCpu(c);
  requires sep: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                           p->level + (0 .. p->mem.nframes - 1),
                           p->prefix + (0 .. p->mem.nframes - 1));
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1];
  ensures pool: BuildPool(p);
  ensures grows: \old(p->used) <= p->used;
  ensures status: 0 <= \result <= MM_PT_ECOUNT;
*/
int mm_map_range(struct mm_pool *p, const struct mm_cpu *c, uint32_t root, uint64_t va,
                 uint64_t pa, uint64_t size, uint64_t prot, uint32_t max_level,
                 uint32_t flags);
