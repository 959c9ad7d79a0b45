/* mmspec — a page pool: caller-owned 4-KiB frames that hold paging
 * structures, with a record of what each frame holds.
 *
 * The frames are a struct mm_mem (paging_types.h): frame i sits at physical
 * address mem.base + i * 4096 and its 512 entries at mem.word[i * 512 ..].
 * Entries hold physical addresses exactly as the MMU reads them (SDM vol. 3A
 * §4.5), so the frames can be copied to mem.base of a real machine and CR3
 * loaded with the root's address. Nothing is allocated behind the caller's
 * back and no pointer is ever cast from an entry: tables are reached by frame
 * index, computed from the entry's address field.
 *
 * Frames 0 .. used - 1 hold tables; for each, level[i] says which (5 PML5,
 * 4 PML4, 3 PDPT, 2 PD, 1 PT) and prefix[i] the index path from the top level
 * to it (0 for a top-level table; prefix[parent] * 512 + index for a table
 * linked from entry `index` of its parent). That record is what lets the
 * proofs see that the tables form a tree (spec/acsl/Pool.acsl, PoolOk): a
 * table is reached by exactly the addresses whose indices spell its prefix,
 * so writing it changes no other address's translation (docs/paging.md). */
#ifndef MMSPEC_PT_POOL_H
#define MMSPEC_PT_POOL_H

#include "paging_types.h"

struct mm_pool {
  struct mm_mem mem; /* the frames                                        */
  uint8_t *level;    /* mem.nframes entries: level of the table in frame i */
  uint64_t *prefix;  /* mem.nframes entries: index path to frame i          */
  uint32_t used;     /* frames 0 .. used - 1 hold tables                    */
  uint32_t top;      /* 4 (4-level paging) or 5 (5-level, CR4.LA57 = 1)     */
};

/* Entry written for a link to a next-level table: present, writable, user,
 * accessed. Rights are the leaves' alone (SDM §4.6.1 combines every level;
 * a link that grants everything leaves the leaf to decide). Linux uses
 * _PAGE_TABLE (0x67) for user and _KERNPG_TABLE (0x63) for kernel tables. */
#define MM_LINK_FLAGS (MM_PTE_P + MM_PTE_RW + MM_PTE_US + MM_PTE_A)

/* Status of the pool and mapping operations. */
enum mm_pt_status {
  MM_PT_OK = 0,
  MM_PT_EINVAL = 1,   /* an argument breaks a rule (alignment, range, rights) */
  MM_PT_ENOMEM = 2,   /* not enough free frames; nothing was changed          */
  MM_PT_EEXIST = 3,   /* the range overlaps an existing mapping               */
  MM_PT_EBADTABLE = 4,/* an entry of the tables points outside the pool, or
                         has a reserved bit set; nothing was changed           */
  MM_PT_ECOUNT = 5    /* the write pass needed a frame the count pass did not
                         reserve: never seen (tests check the count), not yet
                         excluded by a proof (docs/paging.md)                 */
};

/* What a walk yields, as the proofs of map and unmap compare two walks
 * (spec/acsl/PoolXlate.acsl, XRes): how it ends and, at a leaf, the
 * physical address, the leaf's rights and attributes (an MM_PROT_* sum,
 * src/pagemap.h) and the rights combined over the levels. A value of the
 * logic only: no function takes or returns one. */
struct mm_xres {
  uint64_t pa;
  uint64_t prot;
  uint8_t kind; /* enum mm_walk_end */
  uint8_t rw;
  uint8_t us;
  uint8_t xd;
};

#include "Pool.acsl"
#include "PoolLinks.acsl"

/* Physical address of frame f. */
/*@
  requires mem: \valid_read(p) && MemOk(&p->mem);
  requires frame: f < p->mem.nframes;
  terminates \true;
  assigns \nothing;
  ensures value: \result == p->mem.base + f * 0x1000;
  ensures range: \result + 0x1000 <= 0x10000000000000 && \result % 0x1000 == 0;
*/
uint64_t mm_pool_frame_pa(const struct mm_pool *p, uint32_t f);

/* Set up a pool over caller storage: word[nframes * 512], level[nframes],
 * prefix[nframes]; frame 0 becomes an empty top-level table (the root).
 * MM_PT_EINVAL when nframes is 0, base is not 4-KiB aligned, the frames
 * reach 2^52, or top is not 4 or 5. */
/*@
  requires pool: \valid(p);
  requires storage: \valid(word + (0 .. nframes * 512 - 1)) && \valid(level + (0 .. nframes - 1)) &&
                    \valid(prefix + (0 .. nframes - 1));
  requires apart: \separated(p, word + (0 .. nframes * 512 - 1), level + (0 .. nframes - 1),
                             prefix + (0 .. nframes - 1));
  terminates \true;
  assigns *p, word[0 .. 511], level[0], prefix[0];
  behavior invalid:
    assumes nframes == 0 || base % 0x1000 != 0 || base + nframes * 0x1000 > 0x10000000000000 ||
            (top != 4 && top != 5);
    ensures einval: \result == MM_PT_EINVAL;
  behavior ok:
    assumes nframes > 0 && base % 0x1000 == 0 && base + nframes * 0x1000 <= 0x10000000000000 &&
            (top == 4 || top == 5);
    ensures ok: \result == MM_PT_OK;
    ensures pool: PoolOk(p) && p->used == 1 && p->top == top && p->mem.word == word &&
                  p->level == level && p->prefix == prefix && p->mem.base == base &&
                  p->mem.nframes == nframes;
    ensures root: level[0] == top && prefix[0] == 0 &&
                  \forall integer j; 0 <= j < 512 ==> word[j] == 0;
    ensures tree: PoolTree(p);
  complete behaviors;
  disjoint behaviors;
*/
int mm_pool_init(struct mm_pool *p, uint64_t *word, uint8_t *level, uint64_t *prefix,
                 uint64_t base, uint32_t nframes, uint32_t top);

/* Take the next free frame, zeroed, as a table of level lvl with the given
 * prefix: its index in *f. MM_PT_ENOMEM when none is free. The new frame
 * holds no link and no entry links to it yet, so the tree invariant stays. */
/*@
  requires pool: PoolOk(p);
  requires record: 1 <= lvl <= p->top && prefix < Pow512(p->top - lvl);
  requires out: \valid(f) && \separated(f, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                p->level + (0 .. p->mem.nframes - 1), p->prefix + (0 .. p->mem.nframes - 1));
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1], p->level[0 .. p->mem.nframes - 1],
          p->prefix[0 .. p->mem.nframes - 1], *f;
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
  behavior full:
    assumes p->used >= p->mem.nframes;
    ensures enomem: \result == MM_PT_ENOMEM;
    ensures same: PoolSame{Pre,Post}(p);
  behavior ok:
    assumes p->used < p->mem.nframes;
    ensures ok: \result == MM_PT_OK;
    ensures frame: *f == \old(p->used) && p->used == \old(p->used) + 1;
    ensures pool: PoolOk(p);
    ensures record: p->level[*f] == lvl && p->prefix[*f] == prefix;
    ensures zero: \forall integer j; 0 <= j < 512 ==> p->mem.word[*f * 512 + j] == 0;
    ensures others: \forall integer i; 0 <= i < p->mem.nframes * 512 &&
                      !(*f * 512 <= i < *f * 512 + 512) ==> p->mem.word[i] == \old(p->mem.word[i]);
    ensures others_record: \forall integer g; 0 <= g < p->mem.nframes && g != *f ==>
                      p->level[g] == \old(p->level[g]) && p->prefix[g] == \old(p->prefix[g]);
  complete behaviors;
  disjoint behaviors;
*/
int mm_pool_alloc(struct mm_pool *p, uint32_t lvl, uint64_t prefix, uint32_t *f);

/* Another empty top-level table (a process's PGD, efi_pgd): its frame in *f. */
/*@
  requires pool: PoolOk(p);
  requires out: \valid(f) && \separated(f, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                p->level + (0 .. p->mem.nframes - 1), p->prefix + (0 .. p->mem.nframes - 1));
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1], p->level[0 .. p->mem.nframes - 1],
          p->prefix[0 .. p->mem.nframes - 1], *f;
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
  behavior full:
    assumes p->used >= p->mem.nframes;
    ensures enomem: \result == MM_PT_ENOMEM;
    ensures same: PoolSame{Pre,Post}(p);
  behavior ok:
    assumes p->used < p->mem.nframes;
    ensures ok: \result == MM_PT_OK;
    ensures frame: *f == \old(p->used) && p->used == \old(p->used) + 1;
    ensures pool: PoolOk(p);
    ensures record: p->level[*f] == p->top && p->prefix[*f] == 0;
    ensures zero: \forall integer j; 0 <= j < 512 ==> p->mem.word[*f * 512 + j] == 0;
    ensures others: \forall integer i; 0 <= i < p->mem.nframes * 512 &&
                      !(*f * 512 <= i < *f * 512 + 512) ==> p->mem.word[i] == \old(p->mem.word[i]);
    ensures others_record: \forall integer g; 0 <= g < p->mem.nframes && g != *f ==>
                      p->level[g] == \old(p->level[g]) && p->prefix[g] == \old(p->prefix[g]);
  complete behaviors;
  disjoint behaviors;
*/
int mm_pool_new_root(struct mm_pool *p, uint32_t *f);

/* The frame a link entry e points to, in *f: 0, or -1 when its address is not
 * the start of a frame in use. */
/*@
  requires pool: \valid_read(p) && MemOk(&p->mem) && p->used <= p->mem.nframes;
  requires out: \valid(f) && \separated(f, p);
  terminates \true;
  assigns *f;
  behavior inside:
    assumes p->mem.base <= EAddr(e) < p->mem.base + p->used * 0x1000;
    ensures found: \result == 0 && *f < p->used && p->mem.base + *f * 0x1000 == EAddr(e);
  behavior outside:
    assumes !(p->mem.base <= EAddr(e) < p->mem.base + p->used * 0x1000);
    ensures none: \result == -1;
  complete behaviors;
  disjoint behaviors;
*/
int mm_pool_frame_of(const struct mm_pool *p, uint64_t e, uint32_t *f);

#endif
