/* mmspec — the "lazily synchronized" kernel half of top-level tables: copy the
 * top-level entries of a reference table (Linux's init_level4_pgt /
 * init_top_pgt) into a process's table (its mm->pgd).
 *
 * Modelled on Linux 4.x sync_global_pgds (arch/x86/mm/init_64.c), which the
 * vmalloc fault path (vmalloc_fault) and the hot-add path rely on: for every
 * top-level index of the range, an empty process entry (pgd_none) gets the
 * reference entry; a present process entry must already be it (the kernel's
 * BUG_ON(pgd_page_vaddr(*pgd) != pgd_page_vaddr(*pgd_ref))). Two differences,
 * both stricter: the whole entry is compared, not only its address, and a
 * difference is an error (MM_PT_EEXIST) returned before anything is written
 * instead of a BUG, so that an error changes nothing.
 *
 * Both tables are frames of one page pool (pt_pool.h), the kernel half is the
 * upper 256 entries of a PML4 or a PML5 (indices 256 .. 511: the linear
 * addresses with bit 47, resp. 56, set; SDM vol. 3A §4.5.4). Proven by WP
 * (unit pgd_sync): afterwards the copied words equal the reference's, no
 * other word changes, and every linear address whose top-level index is in
 * the range translates identically from both roots, for every CPU state
 * (SameWalk, Paging.acsl: the same end level, outcome, entry and combined
 * rights, hence the same mm_translate result for any access). Between two
 * tables with one record (TwinTables: two top-level tables) the copy keeps
 * the pool's tree invariant (PoolTree, PoolLinks.acsl): a copied link points
 * to a child of both. Arithmetic only, no bit operations. */
#ifndef MMSPEC_PGD_SYNC_H
#define MMSPEC_PGD_SYNC_H

#include "pt_pool.h"
#include "PgdSync.acsl"

/* First and last top-level index of the kernel half. */
#define MM_PGD_KERNEL_FIRST 256u
#define MM_PGD_KERNEL_LAST 511u

/* Entries first .. last of the top-level table in frame ref into the one in
 * frame proc, as described above. */
/*@
  requires pool: PoolWords(p);
  requires frames: ref < p->mem.nframes && proc < p->mem.nframes && ref != proc;
  requires range: first <= last <= 511;
  terminates \true;
  assigns p->mem.word[proc * 512 + first .. proc * 512 + last];
  ensures tree: \old(PoolOk(p) && PoolTree(p) && TwinTables(p, ref, proc)) ==> PoolTree(p);
  behavior conflict:
    assumes differ: SyncConflict(p, ref, proc, first, last);
    ensures status: \result == MM_PT_EEXIST;
    ensures unchanged: \forall integer i; first <= i <= last ==>
      PWord(p, proc, i) == \old(PWord(p, proc, i));
  behavior synced:
    assumes agree: !SyncConflict(p, ref, proc, first, last);
    ensures status: \result == MM_PT_OK;
    ensures copied: \forall integer i; first <= i <= last ==>
      PWord(p, proc, i) == PWord(p, ref, i);
    ensures translation: \forall struct mm_cpu *c, integer va;
      first <= LevelIndex(va, TopLevel(c)) <= last ==>
      SameWalk(&p->mem, c, p->mem.base + ref * 0x1000, p->mem.base + proc * 0x1000, va);
  complete behaviors;
  disjoint behaviors;
*/
int mm_pgd_sync_slots(struct mm_pool *p, uint32_t ref, uint32_t proc, uint32_t first,
                      uint32_t last);

/* The kernel half: mm_pgd_sync_slots(p, ref, proc, 256, 511). */
/*@
  requires pool: PoolWords(p);
  requires frames: ref < p->mem.nframes && proc < p->mem.nframes && ref != proc;
  terminates \true;
  assigns p->mem.word[proc * 512 + 256 .. proc * 512 + 511];
  ensures tree: \old(PoolOk(p) && PoolTree(p) && TwinTables(p, ref, proc)) ==> PoolTree(p);
  behavior conflict:
    assumes differ: SyncConflict(p, ref, proc, 256, 511);
    ensures status: \result == MM_PT_EEXIST;
    ensures unchanged: \forall integer i; 256 <= i <= 511 ==>
      PWord(p, proc, i) == \old(PWord(p, proc, i));
  behavior synced:
    assumes agree: !SyncConflict(p, ref, proc, 256, 511);
    ensures status: \result == MM_PT_OK;
    ensures copied: \forall integer i; 256 <= i <= 511 ==>
      PWord(p, proc, i) == PWord(p, ref, i);
    ensures translation: \forall struct mm_cpu *c, integer va;
      256 <= LevelIndex(va, TopLevel(c)) <= 511 ==>
      SameWalk(&p->mem, c, p->mem.base + ref * 0x1000, p->mem.base + proc * 0x1000, va);
  complete behaviors;
  disjoint behaviors;
*/
int mm_pgd_sync(struct mm_pool *p, uint32_t ref, uint32_t proc);

#endif
