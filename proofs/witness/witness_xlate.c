/* Counter-example witnesses for the translation library
 * (spec/acsl/PoolXlate.acsl): XMapped, XUnmapped, XSame and XFrame each true
 * on a concrete pool and false on a neighbouring address or state, so that
 * none of them can be vacuous or trivially true. The hint assertions walk
 * the two steps (SDM vol. 3A §4.5.4) for the lemmas of PoolXlateLemmas.acsl
 * (x_link, x_stop, xsame_stop, xsame_link_k); a fact the provers need about
 * a word read back after the store is stated before the lemmas are imported
 * (docs/proofs.md, recipe 21).
 *
 * The pool is two frames at 0x1000 with 4-level paging: the PML4 in frame 0
 * whose entry 0 links to the PDPT in frame 1 (0x2027: P, R/W, U/S, A), and
 * in that PDPT entry 0 a 1-GiB page at physical 0x40000000 (0x40000083: P,
 * R/W, PS; SDM vol. 3A Table 4-15), every other word 0. The CPU has
 * MAXPHYADDR 46, NXE and Page1GB. */
#include "entry_bits.h"
#include "PoolTree.acsl"

/*@ predicate XShape{L}(struct mm_pool *p) =
      PoolStorage(p) && p->mem.nframes == 2 && p->mem.base == 0x1000 && p->top == 4 &&
      p->used == 2 && p->level[0] == 4 && p->prefix[0] == 0 &&
      p->level[1] == 3 && p->prefix[1] == 0;
    predicate XPool{L}(struct mm_pool *p) =
      XShape(p) &&
      p->mem.word[0] == 0x2027 && p->mem.word[512] == 0x40000083 &&
      (\forall integer i; 0 <= i < 1024 && i != 0 && i != 512 ==> p->mem.word[i] == 0);
    predicate XCpu{L}(struct mm_cpu *c) =
      \valid_read(c) && c->pa_limit == 0x400000000000 && c->la57 == 0 && c->nxe == 1 &&
      c->pdpe1gb == 1;
*/

/* The facts about the concrete CPU and pool that the witnesses below walk
 * through, each proven once in a context of XCpu or XPool alone. Stated
 * inside the witnesses they took CVC4 up to 16 s next to the other hints
 * and one timed out under CI load; from these contracts they are
 * hypotheses (docs/proofs.md, recipe 20). */
/*@ requires cpu: XCpu(c);
    assigns \nothing;
    ensures link:     EntryKind(c, 0x2027, 4) == 0 && EAddr(0x2027) == 0x2000;
    ensures leaf:     EntryKind(c, 0x40000083, 3) == 1;
    ensures absent:   EntryKind(c, 0, 4) == 2 && EntryKind(c, 0, 3) == 2;
    ensures leaf_pa:  ELeafFrame(0x40000083, 3) == 0x40000000;
    ensures leaf_prot: LeafProt(0x40000083, 3) == 0x2;
    ensures leaf2:    EntryKind(c, 0x80000083, 3) == 1 && ELeafFrame(0x80000083, 3) == 0x80000000;
    ensures offset:   0x123 % LevelPageSize(3) == 0x123;
*/
void xlate_fact_entries(const struct mm_cpu *c) { (void)c; }

/* The words the walks read: PML4 entry 0 (for 0x123 and 0x40000000) and
 * 1 (0x8000000000), PDPT entry 0 (0x123, 0x8000000000: the PDPT reads
 * bits 38:30 only) and 1 (0x40000000). */
/*@ requires pool: XPool(p);
    assigns \nothing;
    ensures in_mem: InMem(&p->mem, 0x1000) && InMem(&p->mem, 0x2000);
    ensures pml4_0: Ent(&p->mem, 0x1000, 0x123, 4) == 0x2027 &&
                    Ent(&p->mem, 0x1000, 0x40000000, 4) == 0x2027;
    ensures pml4_1: Ent(&p->mem, 0x1000, 0x8000000000, 4) == 0;
    ensures pdpt_0: Ent(&p->mem, 0x2000, 0x123, 3) == 0x40000083 &&
                    Ent(&p->mem, 0x2000, 0x8000000000, 3) == 0x40000083;
    ensures pdpt_1: Ent(&p->mem, 0x2000, 0x40000000, 3) == 0;
*/
void xlate_fact_words(struct mm_pool *p) { (void)p; }

/* Whatever PDPT entry 0 holds, 0x123's walk reads it there: the read-back
 * after a store, stated from the pool's shape alone (reading a word just
 * stored timed out at 60 s in both provers with XPool's \forall in
 * context). */
/*@ requires shape: XShape(p);
    assigns \nothing;
    ensures pml4_0: Ent(&p->mem, 0x1000, 0x123, 4) == p->mem.word[0] && InMem(&p->mem, 0x1000);
    ensures pdpt_0: Ent(&p->mem, 0x2000, 0x123, 3) == p->mem.word[512] && InMem(&p->mem, 0x2000);
*/
void xlate_fact_route(struct mm_pool *p) { (void)p; }

/* 0x123 walks PML4[0], PDPT[0] to the 1-GiB leaf: it maps to 0x40000123
 * with R/W (MM_PROT 0x2). */
/*@ requires pool: XPool(p);
    requires cpu: XCpu(c);
    assigns \nothing;
    ensures mapped: XMapped(&p->mem, c, 0x1000, 4, 0x123, 0x40000123, 0x2);
*/
void witness_xlate_mapped(struct mm_pool *p, const struct mm_cpu *c)
{
  xlate_fact_entries(c);
  xlate_fact_words(p);
  /* the two steps of 0x123 (SDM §4.5.4), for the lemmas x_link, x_stop */
  /*@ assert pml4: StepKind(&p->mem, c, 0x1000, 0x123, 4) == 0; */
  /*@ assert pdpt: StepKind(&p->mem, c, 0x2000, 0x123, 3) == 1; */
  /*@ assert laws: XlateWalkLaws; */
  /*@ assert x4: XKind(&p->mem, c, 0x1000, 0x123, 4) == XKind(&p->mem, c, 0x2000, 0x123, 3) &&
        XPa(&p->mem, c, 0x1000, 0x123, 4) == XPa(&p->mem, c, 0x2000, 0x123, 3) &&
        XProt(&p->mem, c, 0x1000, 0x123, 4) == XProt(&p->mem, c, 0x2000, 0x123, 3); */
  /*@ assert x3: XKind(&p->mem, c, 0x2000, 0x123, 3) == 1 &&
        XPa(&p->mem, c, 0x2000, 0x123, 3) == ELeafFrame(0x40000083, 3) + 0x123 % LevelPageSize(3) &&
        XProt(&p->mem, c, 0x2000, 0x123, 3) == LeafProt(0x40000083, 3); */
}

/* Its neighbours: 0x123 does not map to a page one byte off, nor with U/S;
 * 0x8000000000 (PML4 index 1) and 0x40000000 (PDPT index 1) are not mapped,
 * 0x123 is. The facts about 0x123 follow from witness_xlate_mapped's
 * contract. */
/*@ requires pool: XPool(p);
    requires cpu: XCpu(c);
    assigns \nothing;
    ensures wrong_pa:      !XMapped(&p->mem, c, 0x1000, 4, 0x123, 0x40000124, 0x2);
    ensures wrong_prot:    !XMapped(&p->mem, c, 0x1000, 4, 0x123, 0x40000123, 0x6);
    ensures unmapped_pml4: XUnmapped(&p->mem, c, 0x1000, 4, 0x8000000000);
    ensures unmapped_pdpt: XUnmapped(&p->mem, c, 0x1000, 4, 0x40000000);
    ensures not_unmapped:  !XUnmapped(&p->mem, c, 0x1000, 4, 0x123);
*/
void witness_xlate_unmapped(struct mm_pool *p, const struct mm_cpu *c)
{
  witness_xlate_mapped(p, c);
  xlate_fact_entries(c);
  xlate_fact_words(p);
  /* PML4 entry 1 is not present (SDM §4.5.4: the walk stops, #PF P = 0);
   * 0x40000000 links through PML4 entry 0 to PDPT entry 1, not present */
  /*@ assert pml4_np: StepKind(&p->mem, c, 0x1000, 0x8000000000, 4) == 2; */
  /*@ assert pml4_link: StepKind(&p->mem, c, 0x1000, 0x40000000, 4) == 0; */
  /*@ assert pdpt_np: StepKind(&p->mem, c, 0x2000, 0x40000000, 3) == 2; */
  /*@ assert laws: XlateWalkLaws; */
  /*@ assert x_pml4: XKind(&p->mem, c, 0x1000, 0x8000000000, 4) == 2; */
  /*@ assert x_pdpt: XKind(&p->mem, c, 0x1000, 0x40000000, 4) ==
        XKind(&p->mem, c, 0x2000, 0x40000000, 3); */
}

/* XSame compares whole outcomes: from the PML4 (level 4) and from the PDPT
 * it links (level 3), 0x123 walks alike; 0x8000000000 does not (a
 * not-present PML4 entry from the top, the PDPT's entry 0, the leaf, from
 * the PDPT, which reads only bits 38:30 of the address). */
/*@ requires pool: XPool(p);
    requires cpu: XCpu(c);
    assigns \nothing;
    ensures same:   XSame{Here,Here}(&p->mem, c, 0x1000, 4, 0x2000, 3, 0x123);
    ensures differ: !XSame{Here,Here}(&p->mem, c, 0x1000, 4, 0x2000, 3, 0x8000000000);
*/
void witness_xlate_same(struct mm_pool *p, const struct mm_cpu *c)
{
  xlate_fact_entries(c);
  xlate_fact_words(p);
  /*@ assert link: LinkTo(c, 0x1000, 1) && FrameAddr(0x1000, 1) == 0x2000 &&
        LinkEntry(0x1000, 1) == 0x2027; */
  /*@ assert top_kind: StepKind(&p->mem, c, 0x1000, 0x8000000000, 4) == 2; */
  /*@ assert leaf_step: StepKind(&p->mem, c, 0x2000, 0x8000000000, 3) == 1; */
  /*@ assert laws: XlateWalkLaws; */
  /*@ assert top: XKind(&p->mem, c, 0x1000, 0x8000000000, 4) == 2; */
  /*@ assert leaf: XKind(&p->mem, c, 0x2000, 0x8000000000, 3) == 1; */
}

/* A store of a 1-GiB leaf into PDPT entry 1 (what a map of 0x40000000
 * writes) keeps the walks of 0x123: XSame from the PML4, and XFrame over
 * both tables on its route (xsame_stop, xsame_link_k). */
/*@ requires pool: XPool(p);
    requires cpu: XCpu(c) && \separated(c, p, p->mem.word + (0 .. 1023));
    assigns p->mem.word[513];
    ensures kept:       XSame{Pre,Post}(&p->mem, c, 0x1000, 4, 0x1000, 4, 0x123);
    ensures frame_kept: XFrame{Pre,Post}(p, c, 0x123, 4);
*/
void witness_xlate_kept(struct mm_pool *p, const struct mm_cpu *c)
{
  xlate_fact_entries(c);
  xlate_fact_words(p);
  /*@ assert pml4_before: StepKind(&p->mem, c, 0x1000, 0x123, 4) == 0; */
  /*@ assert pdpt_before: StepKind(&p->mem, c, 0x2000, 0x123, 3) == 1; */
  p->mem.word[513] = 0x80000083;
  /*@ assert cpu_here: XCpu(c) && c->pa_limit == \at(c->pa_limit, Pre) &&
        MemCpuSame{Pre,Here}(&p->mem, c); */
  /*@ assert pdpt_entry: Ent(&p->mem, 0x2000, 0x123, 3) == 0x40000083; */
  /*@ assert pml4_entry: Ent(&p->mem, 0x1000, 0x123, 4) == 0x2027; */
  /*@ assert in_mem: InMem(&p->mem, 0x2000) && InMem(&p->mem, 0x1000); */
  /*@ assert pdpt_kept: StepKind(&p->mem, c, 0x2000, 0x123, 3) == 1 &&
        \at(StepKind(&p->mem, c, 0x2000, 0x123, 3), Pre) == 1; */
  /*@ assert pml4_kept: \at(StepKind(&p->mem, c, 0x1000, 0x123, 4), Pre) == 0; */
  /*@ assert laws: XlateWalkLaws; */
  /*@ assert same3: XSame{Pre,Here}(&p->mem, c, 0x2000, 3, 0x2000, 3, 0x123); */
  /*@ assert same4: XSame{Pre,Here}(&p->mem, c, 0x1000, 4, 0x1000, 4, 0x123); */
  /*@ assert path: \at(p->level[0], Pre) == 4 && \at(p->level[1], Pre) == 3 &&
        \at(p->used, Pre) == 2 && \at(p->mem.base, Pre) == 0x1000 &&
        FrameAddr(0x1000, 0) == 0x1000 && FrameAddr(0x1000, 1) == 0x2000; */
  /*@ assert cases: \forall integer f; \at(OnPathTo(p, 0x123, f, 4), Pre) ==> f == 0 || f == 1; */
  /*@ assert frame0: XSame{Pre,Here}(\at(&p->mem, Pre), c, FrameAddr(\at(p->mem.base, Pre), 0),
        \at(p->level[0], Pre), FrameAddr(\at(p->mem.base, Pre), 0), \at(p->level[0], Pre), 0x123); */
  /*@ assert frame1: XSame{Pre,Here}(\at(&p->mem, Pre), c, FrameAddr(\at(p->mem.base, Pre), 1),
        \at(p->level[1], Pre), FrameAddr(\at(p->mem.base, Pre), 1), \at(p->level[1], Pre), 0x123); */
}

/* XFrame false: the pool's memory moved to 0x3000 (a store to its base),
 * so the PML4 recorded at 0x1000 is outside it and the walk of 0x123 from
 * there ends outside the memory (kind 4) instead of at the leaf. */
/*@ requires pool: XPool(p);
    requires cpu: XCpu(c) && \separated(c, p);
    assigns p->mem.base;
    ensures changed: !XSame{Pre,Post}(&p->mem, c, 0x1000, 4, 0x1000, 4, 0x123);
    ensures frame_moved: !XFrame{Pre,Post}(p, c, 0x123, 4);
*/
void witness_xlate_moved(struct mm_pool *p, const struct mm_cpu *c)
{
  witness_xlate_mapped(p, c);
  /*@ assert laws: XlateWalkLaws; */
  /*@ assert before: XKind(&p->mem, c, 0x1000, 0x123, 4) == 1; */
  p->mem.base = 0x3000;
  /*@ assert outside: !InMem(&p->mem, 0x1000) && StepKind(&p->mem, c, 0x1000, 0x123, 4) == 4; */
  /*@ assert after: XKind(&p->mem, c, 0x1000, 0x123, 4) == 4; */
  /*@ assert on_path: \at(OnPathTo(p, 0x123, 0, 4), Pre) && FrameAddr(0x1000, 0) == 0x1000 &&
        \at(p->mem.base, Pre) == 0x1000 && \at(p->level[0], Pre) == 4; */
}

/* XSame and XFrame false under a word store: PDPT entry 0 rewritten to the
 * 1-GiB leaf at 0x80000000 (what a replacing map of [0, 1 GiB) to
 * 0x80000000 writes) moves 0x123 from 0x40000123 to 0x80000123, so its walk
 * from the PML4, a table on its path, changes. */
/*@ requires pool: XPool(p);
    requires cpu: XCpu(c) && \separated(c, p, p->mem.word + (0 .. 1023));
    assigns p->mem.word[512];
    ensures changed: !XSame{Pre,Post}(&p->mem, c, 0x1000, 4, 0x1000, 4, 0x123);
    ensures frame_broken: !XFrame{Pre,Post}(p, c, 0x123, 4);
*/
void witness_xlate_replaced(struct mm_pool *p, const struct mm_cpu *c)
{
  witness_xlate_mapped(p, c);
  xlate_fact_entries(c);
  p->mem.word[512] = 0x80000083;
  xlate_fact_route(p);
  /*@ assert cpu_here: XCpu(c); */
  /*@ assert pml4_entry: Ent(&p->mem, 0x1000, 0x123, 4) == 0x2027; */
  /*@ assert pdpt_entry: Ent(&p->mem, 0x2000, 0x123, 3) == 0x80000083; */
  /*@ assert pml4: StepKind(&p->mem, c, 0x1000, 0x123, 4) == 0; */
  /*@ assert pdpt: StepKind(&p->mem, c, 0x2000, 0x123, 3) == 1; */
  /*@ assert laws: XlateWalkLaws; */
  /*@ assert x4: XKind(&p->mem, c, 0x1000, 0x123, 4) == XKind(&p->mem, c, 0x2000, 0x123, 3) &&
        XPa(&p->mem, c, 0x1000, 0x123, 4) == XPa(&p->mem, c, 0x2000, 0x123, 3); */
  /*@ assert x3: XKind(&p->mem, c, 0x2000, 0x123, 3) == 1 &&
        XPa(&p->mem, c, 0x2000, 0x123, 3) == ELeafFrame(0x80000083, 3) + 0x123 % LevelPageSize(3); */
  /*@ assert after: XRes(&p->mem, c, 0x1000, 0x123, 4).pa == 0x80000123; */
  /*@ assert before: \at(XRes(&p->mem, c, 0x1000, 0x123, 4).pa, Pre) == 0x40000123; */
  /*@ assert on_path: \at(OnPathTo(p, 0x123, 0, 4), Pre) && FrameAddr(0x1000, 0) == 0x1000 &&
        \at(p->mem.base, Pre) == 0x1000 && \at(p->level[0], Pre) == 4; */
}


/* map's and unmap's translation claims (src/pagemap.h: mapped, unmapped,
 * frame) assume PoolTree and PoolBelow at entry. Both hold on this pool
 * with this CPU, so the claims are not vacuous; PoolBelow fails for a CPU
 * whose MAXPHYADDR leaves the frames out (0x3000 > 0x2000). */
/*@ requires pool: XPool(p);
    requires cpu: XCpu(c);
    requires small: \valid_read(d) && d->pa_limit == 0x2000;
    assigns \nothing;
    ensures claim: PoolTree(p) && PoolBelow(p, c);
    ensures not_below: !PoolBelow(p, d);
*/
void witness_xlate_claim(struct mm_pool *p, const struct mm_cpu *c, const struct mm_cpu *d)
{
  (void)p; (void)c; (void)d;
}
