/* Enumerating the mappings of a set of paging structures, in increasing
 * linear-address order, one leaf at a time (an iterator: WP does not reason
 * about function pointers, so there is no callback).
 *
 * Every step calls the proven page walk mm_walk (translate.h) at a cursor:
 *   - the walk ends at a present, well-formed leaf: that page is the next
 *     mapping; the cursor moves to the end of the page;
 *   - it ends at level L without one (not present, a reserved bit set, or a
 *     table outside struct mm_mem): nothing in the L-aligned span around the
 *     cursor is mapped (LevelSpan: 4K/2M/1G/512G/256T), so the cursor moves
 *     to the next multiple of that span;
 *   - the cursor in the non-canonical hole moves to the first address of the
 *     upper half (SDM vol. 1 §3.3.7.1);
 *   - a step past 2^64 - 1 sets `done` instead of wrapping.
 * The cursor only grows, so an enumeration ends after at most one walk per
 * entry it skips. Contracts: labelled clauses, logic in spec/acsl/Paging.acsl
 * and spec/acsl/Enumerate.acsl. NOT YET PROVEN: the contract is written for
 * WP but the unit does not prove yet (the loop writes *s, and the walk logic
 * reads the same typed memory; docs/paging.md), so the file lives in gen/. */
#ifndef MMSPEC_ENUMERATE_H
#define MMSPEC_ENUMERATE_H

#include "translate.h"

/* An enumeration in progress. Start it with mm_enum_init. */
struct mm_enum {
  uint64_t cursor; /* next linear address to walk                     */
  uint8_t done;    /* 1: the end of the address space has been passed */
  uint8_t reserved_[7];
};

/* One mapping: the page that translates va. va is the cursor the walk was
 * made at, which is the first address of the page whenever the enumeration
 * was started at a multiple of 4 KiB (the cursor then always lands on page
 * boundaries). */
struct mm_mapping {
  uint64_t va;    /* linear address walked (canonical)                     */
  uint64_t pa;    /* the physical address va translates to                 */
  uint64_t size;  /* page size: 4 KiB, 2 MiB or 1 GiB                      */
  uint64_t entry; /* the leaf entry (PWT, PCD, PAT, G, A, D ...)            */
  uint8_t level;  /* level of the leaf: 3 PDPTE, 2 PDE, 1 PTE              */
  uint8_t rw;     /* R/W = 1 at every level of the walk                    */
  uint8_t us;     /* U/S = 1 at every level of the walk                    */
  uint8_t xd;     /* XD = 1 at some level of the walk                      */
  uint8_t reserved_[4];
};

#include "Enumerate.acsl"

/*@
  requires level: 1 <= lvl <= 5;
  terminates \true;
  assigns \nothing;
  ensures value: \result == LevelSpan(lvl);
*/
uint64_t mm_level_span(uint32_t lvl);

/* va when it is canonical for the paging mode, else the first address of
 * the upper half (every non-canonical address lies below it). */
/*@
  requires cpu: \valid_read(c) && Flag(c->la57);
  terminates \true;
  assigns \nothing;
  ensures canonical: CanonicalFor(c, \result);
  ensures not_before: \result >= va;
  ensures identity: CanonicalFor(c, va) ==> \result == va;
  ensures jump: !CanonicalFor(c, va) ==> \result == UpperStart(c);
*/
uint64_t mm_enum_canonical_from(const struct mm_cpu *c, uint64_t va);

/* Start an enumeration at linear address from (0 for the whole space). */
/*@
  requires state: \valid(s);
  terminates \true;
  assigns *s;
  ensures cursor: s->cursor == from;
  ensures running: s->done == 0;
*/
void mm_enum_init(struct mm_enum *s, uint64_t from);

/* Move the cursor to the next multiple of span, or set done when there is
 * none below 2^64. */
/*@
  requires state: ValidEnum(s) && s->done == 0;
  requires span: span == 0x1000 || span == 0x200000 || span == 0x40000000 ||
                 span == 0x8000000000 || span == 0x1000000000000;
  terminates \true;
  assigns s->cursor, s->done;
  behavior next:
    assumes s->cursor - s->cursor % span + span <= 0xFFFFFFFFFFFFFFFF;
    ensures cursor: s->cursor == \old(s->cursor) - \old(s->cursor) % span + span;
    ensures after: s->cursor > \old(s->cursor);
    ensures running: s->done == 0;
  behavior last:
    assumes s->cursor - s->cursor % span + span > 0xFFFFFFFFFFFFFFFF;
    ensures cursor: s->cursor == \old(s->cursor);
    ensures finished: s->done == 1;
  complete behaviors;
  disjoint behaviors;
*/
void mm_enum_skip(struct mm_enum *s, uint64_t span);

/* The next mapping at or after the cursor: 1 and *out filled, or 0 when
 * there is none (then s->done == 1). After a mapping the cursor is past it
 * (or done is set when the page ends at 2^64). */
/*@
  requires mem: MemOk(m);
  requires cpu: ValidCpu(c);
  requires root: root % 0x1000 == 0;
  requires state: ValidEnum(s);
  requires out: \valid(out);
  requires sep: \separated(s, out, m, c, m->word + (0 .. m->nframes * 512 - 1));
  terminates \true;
  assigns *s, *out;
  ensures state: Flag(s->done);
  ensures result: \result == 0 || \result == 1;
  ensures finished: \result == 0 ==> s->done == 1;
  ensures stays_done: \old(s->done) == 1 ==> \result == 0 && s->done == 1;
  ensures monotone: s->cursor >= \old(s->cursor);
  ensures from: \result == 1 ==> out->va >= \old(s->cursor);
  ensures past: \result == 1 ==> s->done == 1 || s->cursor > out->va;
  ensures canonical: \result == 1 ==> CanonicalFor(c, out->va);
  ensures walk: \result == 1 ==>
    out->level == EndLevel(m, c, root, out->va) &&
    EndKind(m, c, root, out->va) == MM_WALK_LEAF;
  ensures leaf: \result == 1 ==>
    out->entry == EndEntry(m, c, root, out->va) &&
    EPresent(out->entry) == 1 && !Rsvd(c, out->entry, out->level) &&
    Leaf(out->entry, out->level);
  ensures size: \result == 1 ==> out->size == LevelPageSize(out->level);
  ensures pa: \result == 1 ==>
    out->pa == ELeafFrame(out->entry, out->level) + out->va % LevelPageSize(out->level);
  ensures rights: \result == 1 ==>
    out->rw == WWritable(m, c, root, out->va, TopLevel(c)) &&
    out->us == WUser(m, c, root, out->va, TopLevel(c)) &&
    out->xd == WXd(m, c, root, out->va, TopLevel(c));
*/
int mm_enum_next(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root,
                 struct mm_enum *s, struct mm_mapping *out);

#endif
