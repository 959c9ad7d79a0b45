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
 * and spec/acsl/Enumerate.acsl; proven by WP (unit enumerate). */
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

/* The span of size span that holds cursor is the last one below 2^64. */
/*@
  requires span: span == 0x1000 || span == 0x200000 || span == 0x40000000 ||
                 span == 0x8000000000 || span == 0x1000000000000;
  terminates \true;
  assigns \nothing;
  ensures last: \result == 1 <==> cursor - cursor % span + span > 0xFFFFFFFFFFFFFFFF;
  ensures flag: Flag(\result);
*/
int mm_span_last(uint64_t cursor, uint64_t span);

/* The first address of the next span of size span after cursor. */
/*@
  requires span: span == 0x1000 || span == 0x200000 || span == 0x40000000 ||
                 span == 0x8000000000 || span == 0x1000000000000;
  requires below: cursor - cursor % span + span <= 0xFFFFFFFFFFFFFFFF;
  terminates \true;
  assigns \nothing;
  ensures value: \result == cursor - cursor % span + span;
  ensures after: \result > cursor;
*/
uint64_t mm_span_next(uint64_t cursor, uint64_t span);

/* The next mapping at or after the cursor: 1 and *out filled, or 0 when
 * there is none (then s->done == 1). After a mapping the cursor is past it
 * (or done is set when the page ends at 2^64). The mapping is what the walk
 * of the tables as they were at the call gives for its address. */
/*@
  requires mem: MemOk(m);
  requires cpu: ValidCpu(c);
  requires root: root % 0x1000 == 0;
  requires state: ValidEnum(s);
  requires out: \valid(out);
  requires sep: \separated(s, out, m, c, m->word + (0 .. m->nframes * 512 - 1));
  requires sep_out: \separated(s, out);
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
  ensures walk: \result == 1 ==> \let v = out->va;
    out->level == \old(EndLevel(m, c, root, v)) &&
    \old(EndKind(m, c, root, v)) == MM_WALK_LEAF;
  ensures leaf: \result == 1 ==> \let v = out->va;
    out->entry == \old(EndEntry(m, c, root, v)) &&
    EPresent(out->entry) == 1 && !Rsvd(c, out->entry, out->level) &&
    Leaf(out->entry, out->level);
  ensures size: \result == 1 ==> out->size == LevelPageSize(out->level);
  ensures pa: \result == 1 ==>
    out->pa == ELeafFrame(out->entry, out->level) + out->va % LevelPageSize(out->level);
  ensures rights: \result == 1 ==> \let v = out->va;
    out->rw == \old(WWritable(m, c, root, v, TopLevel(c))) &&
    out->us == \old(WUser(m, c, root, v, TopLevel(c))) &&
    out->xd == \old(WXd(m, c, root, v, TopLevel(c)));
*/
int mm_enum_next(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root,
                 struct mm_enum *s, struct mm_mapping *out);

#endif
