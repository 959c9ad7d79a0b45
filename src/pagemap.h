/* mmspec — page-table construction: map and unmap ranges of linear addresses
 * in the tables of a page pool (pt_pool.h), with 4-KiB, 2-MiB and 1-GiB pages
 * (Intel SDM vol. 3A §4.5: Tables 4-15 .. 4-20).
 *
 * Both operations run in two passes over the same tables: a count pass that
 * reads only, checks every rule and counts the frames the change needs, then
 * — only if the pool has that many free frames — the write pass. So an error
 * (bad argument, overlap, a corrupt table, too few frames) leaves every frame
 * and the pool as they were.
 *
 * Structure (the way Linux's kernel_physical_mapping_init and
 * phys_p4d/pud/pmd/pte_init walk): one table at a time, the entries the range
 * covers in order; an entry the range covers whole gets a leaf when its level
 * is allowed and pa is aligned there, else the walk goes down, taking the
 * existing next-level table or a new one. Pages therefore never extend past
 * [va, va + size): a leaf is only written for an entry whose whole span lies
 * inside the range (Linux's identity mapper once rounded out to whole 1-GiB
 * pages; this never does). */
#ifndef MMSPEC_PAGEMAP_H
#define MMSPEC_PAGEMAP_H

#include "pt_pool.h"
#include "Canonical.acsl" /* CanonTop's Canonical48, Canonical57 */
#include "PoolXlate.acsl" /* what a walk from a table of the pool yields */

/* Rights and attributes of a mapping: a sum of these (the leaf-entry bits of
 * SDM Tables 4-15 .. 4-20), MM_PROT_PAT standing for the PAT bit (bit 7 of a
 * PTE, bit 12 of a 2-MiB or 1-GiB leaf). */
#define MM_PROT_RW MM_PTE_RW
#define MM_PROT_US MM_PTE_US
#define MM_PROT_PWT MM_PTE_PWT
#define MM_PROT_PCD MM_PTE_PCD
#define MM_PROT_A MM_PTE_A
#define MM_PROT_D MM_PTE_D
#define MM_PROT_PAT 0x080ULL
#define MM_PROT_G MM_PTE_G
#define MM_PROT_XD MM_PTE_XD
#define MM_PROT_ALL (MM_PROT_RW + MM_PROT_US + MM_PROT_PWT + MM_PROT_PCD + MM_PROT_A + \
                     MM_PROT_D + MM_PROT_PAT + MM_PROT_G + MM_PROT_XD)

/* Flags of mm_map_range. */
#define MM_MAP_REPLACE 1u /* replace existing mappings in the range (splitting
                             huge pages that reach outside it) */

/* Map [va, va + size) to [pa, pa + size) with rights prot, using pages of
 * level max_level (3: 1 GiB, 2: 2 MiB, 1: 4 KiB) or smaller, the largest the
 * alignment of each address and of pa - va allows, in the tables under the
 * top-level table in frame root. va, pa and size are multiples of 4 KiB,
 * size > 0, the range lies in one canonical half (48- or 57-bit by p->top),
 * pa + size <= c->pa_limit, prot is a sum of MM_PROT_* (MM_PROT_XD only with
 * c->nxe), 1-GiB pages only with c->pdpe1gb; c->la57 matches p->top.
 * Without MM_MAP_REPLACE an address of the range that is already mapped is an
 * overlap (MM_PT_EEXIST); existing tables are reused. With it, the range's
 * old mappings are replaced, huge pages that reach outside it split so that
 * the addresses outside keep their translation. */
/*@
  requires pool: PoolOk(p);
  requires cpu: ValidCpu(c);
  requires apart: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                             p->level + (0 .. p->mem.nframes - 1),
                             p->prefix + (0 .. p->mem.nframes - 1));
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1];
  ensures pool: PoolOk(p);
  ensures status: \result == MM_PT_OK || \result == MM_PT_EINVAL || \result == MM_PT_ENOMEM ||
                  \result == MM_PT_EEXIST || \result == MM_PT_EBADTABLE || \result == MM_PT_ECOUNT;
  ensures unchanged: \result != MM_PT_OK && \result != MM_PT_ECOUNT ==> PoolSame{Pre,Post}(p);
  ensures records: \forall integer f; 0 <= f < \old(p->used) ==>
                     p->level[f] == \old(p->level[f]) && p->prefix[f] == \old(p->prefix[f]);
  ensures grows: \old(p->used) <= p->used;
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
  ensures einval: \result == MM_PT_EINVAL <==>
                  !MapArgs(p, c, root, va, pa, size, prot, max_level, flags);
  ensures mapped: \result == MM_PT_OK && \old(PoolTree(p) && PoolBelow(p, c)) ==>
    \forall integer a; va <= a <= va + (size - 1) ==>
      XMapped(&p->mem, c, FrameAddr(p->mem.base, root), p->top, a, pa + (a - va), prot);
  ensures frame: \result == MM_PT_OK && \old(PoolTree(p) && PoolBelow(p, c)) ==>
    \forall integer a; CanonTop(p->top, a) && (a < va || a > va + (size - 1)) ==>
      XSame{Pre,Post}(&p->mem, c, FrameAddr(p->mem.base, root), p->top,
                      FrameAddr(p->mem.base, root), p->top, a);
*/
int mm_map_range(struct mm_pool *p, const struct mm_cpu *c, uint32_t root, uint64_t va,
                 uint64_t pa, uint64_t size, uint64_t prot, uint32_t max_level,
                 uint32_t flags);

/* Unmap [va, va + size) under root: afterwards no address of the range is
 * mapped; a huge page that reaches outside the range is split first, so the
 * addresses outside keep their translation. Same argument rules as
 * mm_map_range. Tables left empty stay allocated. */
/*@
  requires pool: PoolOk(p);
  requires cpu: ValidCpu(c);
  requires apart: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                             p->level + (0 .. p->mem.nframes - 1),
                             p->prefix + (0 .. p->mem.nframes - 1));
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1];
  ensures pool: PoolOk(p);
  ensures status: \result == MM_PT_OK || \result == MM_PT_EINVAL || \result == MM_PT_ENOMEM ||
                  \result == MM_PT_EEXIST || \result == MM_PT_EBADTABLE || \result == MM_PT_ECOUNT;
  ensures unchanged: \result != MM_PT_OK && \result != MM_PT_ECOUNT ==> PoolSame{Pre,Post}(p);
  ensures records: \forall integer f; 0 <= f < \old(p->used) ==>
                     p->level[f] == \old(p->level[f]) && p->prefix[f] == \old(p->prefix[f]);
  ensures grows: \old(p->used) <= p->used;
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
  ensures einval: \result == MM_PT_EINVAL <==> !RangeArgs(p, c, root, va, size);
  ensures no_eexist: \result != MM_PT_EEXIST;
  ensures unmapped: \result == MM_PT_OK && \old(PoolTree(p) && PoolBelow(p, c)) ==>
    \forall integer a; va <= a <= va + (size - 1) ==>
      XUnmapped(&p->mem, c, FrameAddr(p->mem.base, root), p->top, a);
  ensures frame: \result == MM_PT_OK && \old(PoolTree(p) && PoolBelow(p, c)) ==>
    \forall integer a; CanonTop(p->top, a) && (a < va || a > va + (size - 1)) ==>
      XSame{Pre,Post}(&p->mem, c, FrameAddr(p->mem.base, root), p->top,
                      FrameAddr(p->mem.base, root), p->top, a);
*/
int mm_unmap_range(struct mm_pool *p, const struct mm_cpu *c, uint32_t root, uint64_t va,
                   uint64_t size);

/* The number of frames mm_map_range / mm_unmap_range with these arguments
 * would take from the pool, in *n; the same status they would return short of
 * MM_PT_ENOMEM. Changes nothing (`same`): the pool is not const only because
 * the count pass is the write pass's own routine. The argument rules are
 * stated at entry (\old), which `same` makes the pool at exit too. */
/*@
  requires pool: PoolOk(p);
  requires cpu: ValidCpu(c);
  requires apart: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                             p->level + (0 .. p->mem.nframes - 1),
                             p->prefix + (0 .. p->mem.nframes - 1));
  requires out: \valid(n) && \separated(n, p, c, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                p->level + (0 .. p->mem.nframes - 1), p->prefix + (0 .. p->mem.nframes - 1));
  terminates \true;
  assigns *n, p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1];
  ensures same: PoolSame{Pre,Post}(p);
  ensures status: \result == MM_PT_OK || \result == MM_PT_EINVAL || \result == MM_PT_EEXIST ||
                  \result == MM_PT_EBADTABLE;
  ensures einval: \result == MM_PT_EINVAL <==>
                  !\old(MapArgs(p, c, root, va, pa, size, prot, max_level, flags));
*/
int mm_map_range_count(struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                       uint64_t va, uint64_t pa, uint64_t size, uint64_t prot,
                       uint32_t max_level, uint32_t flags, uint64_t *n);
/*@
  requires pool: PoolOk(p);
  requires cpu: ValidCpu(c);
  requires apart: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                             p->level + (0 .. p->mem.nframes - 1),
                             p->prefix + (0 .. p->mem.nframes - 1));
  requires out: \valid(n) && \separated(n, p, c, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                p->level + (0 .. p->mem.nframes - 1), p->prefix + (0 .. p->mem.nframes - 1));
  terminates \true;
  assigns *n, p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1];
  ensures same: PoolSame{Pre,Post}(p);
  ensures status: \result == MM_PT_OK || \result == MM_PT_EINVAL || \result == MM_PT_EBADTABLE;
  ensures einval: \result == MM_PT_EINVAL <==> !\old(RangeArgs(p, c, root, va, size));
*/
int mm_unmap_range_count(struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                         uint64_t va, uint64_t size, uint64_t *n);

#endif
