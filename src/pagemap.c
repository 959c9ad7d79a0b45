/* Page-table construction (pagemap.h). One routine walks the entries of a
 * table that a range covers, for both the count pass and the write pass and
 * for both map and unmap, so that the two passes make the same decisions on
 * the same entries. Arithmetic on power-of-two constants, no bit operations
 * (docs/proofs.md). The recursion follows the levels (variant: 4 * level +
 * rank: new_child and descend 0, entry_op 1, range_step 2, range_in_table
 * 3), at most five deep.
 *
 * What the write pass is proven to do, from the root down: range_in_table
 * walks the entries [cur, last] covers, one range_step each; entry_op picks
 * the path; the step functions clear_entry, write_leaf, new_child (with
 * build_child, link_child) and descend each state what they do to the walks
 * (done: the range is mapped or unmapped as asked; frame: every other
 * canonical address walks as before), so that the facts compose upwards to
 * mm_map_range's and mm_unmap_range's post-conditions (docs/paging.md). */
#include "pagemap.h"
#include "enumerate.h" /* mm_level_span */
#include "translate.h" /* mm_entry_reserved */
#include "entry_bits.h" /* lemma functions: LeafBits, SplitOf */
#include "PoolXlateFrame.acsl" /* what a new table and its link do to the walks */
#include "RouteArith.acsl" /* which addresses read an entry */

/* One map or unmap operation: a value, passed down by copy (what stays the
 * same during a pass); the count pass adds to *need. */
struct op {
  struct mm_pool *p;
  const struct mm_cpu *c;
  uint64_t va0;     /* first address of the range                          */
  uint64_t last0;   /* last address of the range                           */
  uint64_t pa0;     /* map: the physical address va0 maps to               */
  uint64_t prot;    /* map: MM_PROT_* sum                                  */
  uint32_t best;    /* map: largest page level allowed (1 .. 3)            */
  uint32_t unmap;   /* 1: unmap                                            */
  uint32_t replace; /* map: MM_MAP_REPLACE given                           */
  uint32_t commit;  /* 0: count pass (reads only), 1: write pass           */
  uint32_t limit;   /* write pass: frames may be taken while used < limit  */
};

/* Counts saturate here: far above any pool (at most 2^32 frames), so a
 * saturated count still means "too few frames". */
#define NEED_MAX 0x10000000000ULL

/*@
  predicate OpOk{L}(struct op o) =
    PoolOk(o.p) && ValidCpu(o.c) &&
    \separated(o.c, o.p, o.p->mem.word + (0 .. o.p->mem.nframes * 512 - 1),
               o.p->level + (0 .. o.p->mem.nframes - 1),
               o.p->prefix + (0 .. o.p->mem.nframes - 1)) &&
    1 <= o.best <= 3 && Flag(o.unmap) && Flag(o.replace) && Flag(o.commit) &&
    o.va0 <= o.last0 && (o.unmap == 0 ==> o.pa0 + (o.last0 - o.va0) < 0x10000000000000) &&
    o.va0 % 0x1000 == 0 && o.pa0 % 0x1000 == 0 &&
    o.prot % 0x8000000000000000 < 0x200 && o.prot % 2 == 0 &&
    (o.commit == 1 ==> o.p->used <= o.limit <= o.p->mem.nframes);

  // The count accumulator: valid, apart from the pool, below NEED_MAX.
  predicate NeedOk{L}(struct op o, uint64_t *need) =
    \valid(need) && *need <= NEED_MAX &&
    \separated(need, o.c, o.p, o.p->mem.word + (0 .. o.p->mem.nframes * 512 - 1),
               o.p->level + (0 .. o.p->mem.nframes - 1),
               o.p->prefix + (0 .. o.p->mem.nframes - 1));

  // What an operation may change: `used` grows (in the write pass up to
  // limit); the records of the frames in use before stay; in the count pass
  // nothing changes at all.
  predicate OpStep{L1,L2}(struct op o) =
    \at(o.p->used, L1) <= \at(o.p->used, L2) &&
    (o.commit == 1 ==> \at(o.p->used, L2) <= o.limit) &&
    (\forall integer f; 0 <= f < \at(o.p->used, L1) ==>
       \at(o.p->level[f], L1) == \at(o.p->level[f], L2) &&
       \at(o.p->prefix[f], L1) == \at(o.p->prefix[f], L2)) &&
    (o.commit == 0 ==> PoolSame{L1,L2}(o.p));

  // What a step returns: an overlap only when mapping, ECOUNT only when
  // writing.
  predicate Status(struct op o, integer r) =
    r == MM_PT_OK || r == MM_PT_EBADTABLE || (o.unmap == 0 && r == MM_PT_EEXIST) ||
    (o.commit == 1 && r == MM_PT_ECOUNT);

  // ---- What the write pass is proven to do (docs/paging.md, "What the
  // proof of map/unmap covers"); spec/acsl/PoolXlate.acsl ----
  // The range as the write pass needs it: whole pages in one canonical
  // half (SDM vol. 1 §3.3.7.1); for a map, the physical range below
  // 2^MAXPHYADDR, pa0 and va0 alike modulo the largest page, XD only with
  // EFER.NXE, 1-GiB pages only with Page1GB (SDM §4.5.4).
  predicate OpRange{L}(struct op o) =
    o.va0 % 0x1000 == 0 && o.last0 % 0x1000 == 0xFFF &&
    ((o.p->top == 5 && (o.last0 < 0x100000000000000 || o.va0 >= 0xFF00000000000000)) ||
     (o.p->top == 4 && (o.last0 < 0x800000000000 || o.va0 >= 0xFFFF800000000000))) &&
    (o.unmap == 0 ==>
       o.pa0 + (o.last0 - o.va0) < o.c->pa_limit &&
       o.pa0 % LevelSpan(o.best) == o.va0 % LevelSpan(o.best) &&
       (o.prot >= 0x8000000000000000 ==> o.c->nxe == 1) && (o.best == 3 ==> o.c->pdpe1gb == 1));

  // The hypotheses of the translation claims: the write pass, on a tree of
  // tables (PoolTree) whose frames lie below 2^MAXPHYADDR (PoolBelow).
  predicate Claim{L}(struct op o) = o.commit == 1 && PoolTree(o.p) && PoolBelow(o.p, o.c);

  // va, walked from the table in frame t (level k), is mapped as asked
  // (pa0 + its offset in the range, with prot), or unmapped.
  predicate Done{L}(struct op o, integer t, integer k, integer va) =
    (o.unmap == 1 ==> XUnmapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), k, va)) &&
    (o.unmap == 0 ==> XMapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), k, va,
                              o.pa0 + (va - o.va0), o.prot));
  predicate AllDone{L}(struct op o, integer t, integer k, integer cur, integer last) =
    \forall integer va; cur <= va <= last ==> Done(o, t, k, va);

  // Every canonical address outside [cur, last] walks as before from every
  // table of level k or below on its route (XFrame).
  predicate Outside{L1,L2}(struct op o, integer k, integer cur, integer last) =
    \forall integer va; CanonTop(\at(o.p->top, L1), va) && (va < cur || va > last) ==>
      XFrame{L1,L2}(o.p, o.c, va, k);

  // [cur, last] lies under table t (level k), and under its entry i.
  predicate OnRange{L}(struct op o, integer t, integer k, integer cur, integer last) =
    \forall integer va; cur <= va <= last ==> Route(va, o.p->top, k) == o.p->prefix[t];
  predicate OneIndex(integer k, integer i, integer cur, integer last) =
    \forall integer va; cur <= va <= last ==> LevelIndex(va, k) == i;
*/

/*@
  terminates \true;
  assigns \nothing;
  ensures bound: \result <= NEED_MAX;
  ensures exact: a + b < NEED_MAX ==> \result == a + b;
*/
static uint64_t sat_add(uint64_t a, uint64_t b)
{
  return a >= NEED_MAX || b >= NEED_MAX - a ? NEED_MAX : a + b;
}

/*@
  requires level: 1 <= lvl <= 5;
  terminates \true;
  assigns \nothing;
  ensures value: \result == LevelIndex(va, lvl) && \result < 512;
*/
static uint32_t index_at(uint64_t va, uint32_t lvl)
{
  if (lvl == 5)
    return (uint32_t)((va / MM_P48) % 512);
  if (lvl == 4)
    return (uint32_t)((va / MM_P39) % 512);
  if (lvl == 3)
    return (uint32_t)((va / MM_P30) % 512);
  if (lvl == 2)
    return (uint32_t)((va / MM_P21) % 512);
  return (uint32_t)((va / MM_P12) % 512);
}

/* x % mm_level_span(lvl), each divisor a constant so that the compiler
 * emits a mask, not a 64-bit div (docs/performance.md, map throughput). */
/*@
  requires level: 1 <= lvl <= 5;
  terminates \true;
  assigns \nothing;
  ensures value: \result == x % LevelSpan(lvl);
*/
static uint64_t span_offset(uint64_t x, uint32_t lvl)
{
  if (lvl == 5)
    return x % MM_P48;
  if (lvl == 4)
    return x % MM_P39;
  if (lvl == 3)
    return x % MM_P30;
  if (lvl == 2)
    return x % MM_P21;
  return x % MM_P12;
}

/* The leaf entry for a page of level lvl at physical address pa (SDM Tables
 * 4-16, 4-18, 4-20): P, the rights, PS above level 1, PAT at bit 7 of a PTE
 * or bit 12 of a huge leaf. Disjoint fields, added. */
/*@
  requires level: 1 <= lvl <= 3;
  requires pa: pa < 0x10000000000000;
  requires prot: prot % 0x8000000000000000 < 0x200;
  requires aligned: (lvl >= 2 ==> pa % 0x1000 == 0) && prot % 2 == 0;
  terminates \true;
  assigns \nothing;
  ensures huge: lvl >= 2 ==> EPresent(\result) == 1 && EPageSize(\result) == 1;
  ensures value: \result == pa + MM_PTE_P + (prot - (prot / 0x80) % 2 * 0x80) +
                 (lvl == 1 ? (prot / 0x80) % 2 * 0x80 : MM_PTE_PS + (prot / 0x80) % 2 * 0x1000);
  ensures bits: pa % LevelPageSize(lvl) == 0 ==> LeafBits(\result, lvl, pa, prot);
*/
static uint64_t leaf_entry(uint32_t lvl, uint64_t pa, uint64_t prot)
{
  uint64_t pat = (prot / MM_PROT_PAT) % 2;
  uint64_t rest = prot - pat * MM_PROT_PAT;
  uint64_t e;
  /* bits 8:0 of a leaf: P, then rest (even, bit 7 clear), then PS */
  /*@ assert bit7: prot % 0x100 == pat * 0x80 + prot % 0x80; */
  /*@ assert low: rest % 2 == 0 && rest % 0x100 == prot % 0x80; */
  /*@ assert low_p: (rest + 1) % 0x100 < 0x80 && (rest + 1) % 2 == 1; */
  if (lvl == 1) {
    e = pa + MM_PTE_P + rest + pat * MM_PROT_PAT;
    /*@ ghost if (pa % 0x1000 == 0) eb_leaf1(e, pa, prot); */
    return e;
  }
  /*@ assert ps: ((pa + pat * 0x1000 + (rest + 1) + 0x80) / 0x80) % 2 == 1; */
  e = pa + MM_PTE_P + rest + MM_PTE_PS + pat * MM_P12;
  /*@ ghost if (pa % (lvl == 3 ? 0x40000000 : 0x200000) == 0) eb_leaf_huge(e, lvl, pa, prot); */
  return e;
}

/* Entry j of the table that splits the huge leaf e of level lvl (3 or 2):
 * a leaf of level lvl - 1 for the j-th part of the page with e's rights and
 * attributes. e has no reserved bit, so bits 29:13 (20:13) are clear and
 * adding j parts sets them without carry; a 2-MiB leaf split to PTEs loses
 * PS and has its PAT moved from bit 12 to bit 7 (SDM Tables 4-18, 4-20). */
/*@
  requires level: lvl == 2 || lvl == 3;
  requires part: j < 512;
  requires present: e % 2 == 1;
  requires huge: (e / 0x80) % 2 == 1;
  requires low: lvl == 3 ==> (e / 0x2000) % 0x20000 == 0;
  requires low2: lvl == 2 ==> (e / 0x2000) % 0x100 == 0;
  terminates \true;
  assigns \nothing;
  ensures split: SplitOf(e, lvl, j, \result);
  ensures value: lvl == 3 ==> \result == e + j * 0x200000;
  ensures huge: lvl == 3 ==> EPageSize(\result) == 1;
  ensures value2: lvl == 2 ==> \result == e - 0x80 - (e / 0x1000) % 2 * 0x1000 +
                                          (e / 0x1000) % 2 * 0x80 + j * 0x1000;
*/
static uint64_t split_entry(uint64_t e, uint32_t lvl, uint32_t j)
{
  uint64_t pat = (e / MM_P12) % 2; /* PAT of a huge leaf */
  uint64_t s;
  if (lvl == 3) {
    /*@ ghost eb_room3(e); */
    /*@ assert room: e % 0x40000000 < 0x2000; */
    /*@ assert huge: ((e + j * 0x200000) / 0x80) % 2 == (e / 0x80) % 2; */
    s = e + (uint64_t)j * MM_P21;
    /*@ ghost eb_split3(s, e, j); */
    return s;
  }
  /*@ ghost eb_room2(e); */
  /*@ assert room2: e % 0x200000 < 0x2000 && e % 0x200000 >= 0x80 + pat * 0x1000; */
  s = e - MM_PTE_PS - pat * MM_P12 + pat * MM_PROT_PAT + (uint64_t)j * MM_P12;
  /*@ ghost eb_split2(s, e, j); */
  return s;
}

/* Frames needed for an entry of level lvl that the range covers whole, in a
 * new table (map): none for a leaf, else a table and its entries' needs. */
/*@
  requires op: 1 <= o.best <= 3;
  requires level: 1 <= lvl <= 5;
  terminates \true;
  assigns \nothing;
  ensures bound: \result <= NEED_MAX;
*/
static uint64_t full_need(struct op o, uint32_t lvl)
{
  uint64_t n = 0;
  uint32_t l;
  /*@ loop invariant range: o.best + 1 <= l <= lvl + 1 || (l == o.best + 1 && l > lvl);
      loop invariant bound: l <= lvl + 1 ==> n < Pow512(l - o.best - 1);
      loop invariant small: n < 0x1000000000;
      loop assigns l, n;
      loop variant lvl + 1 - l; */
  for (l = o.best + 1; l <= lvl; l++)
    n = 1 + 512 * n; /* below 512^(lvl - best) <= 512^4 = 2^36 */
  return n;
}

/* Frames needed, inside a new table of level lvl, for [cur, last] (in its
 * span): an empty table (map, unmap) or one that splits a leaf (split). */
/*@
  requires op: 1 <= o.best <= 3 && Flag(o.unmap);
  requires level: 1 <= lvl <= 5;
  requires range: cur <= last;
  terminates \true;
  decreases lvl;
  assigns \nothing;
  ensures bound: \result <= NEED_MAX;
*/
static uint64_t fresh_need(struct op o, uint32_t lvl, uint64_t cur, uint64_t last, int split)
{
  uint64_t span = mm_level_span(lvl), n = 0;
  if (lvl == 1 || (o.unmap && !split))
    return 0;
  /*@ loop invariant range: cur <= last;
      loop invariant bound: n <= NEED_MAX;
      loop assigns cur, n;
      loop variant last - cur; */
  for (;;) {
    uint64_t off = span_offset(cur, lvl);
    uint64_t room = span - 1 - off;
    uint64_t sub = last - cur <= room ? last : cur + room;
    int full = off == 0 && sub - cur == span - 1;
    if (o.unmap) {
      if (!full) /* a part of a split leaf: split again */
        n = sat_add(n, sat_add(1, fresh_need(o, lvl - 1, cur, sub, 1)));
    } else if (!(full && lvl <= o.best)) {
      n = sat_add(n, full ? full_need(o, lvl)
                          : sat_add(1, fresh_need(o, lvl - 1, cur, sub, split)));
    }
    if (sub == last)
      return n;
    cur = sub + 1;
  }
}

/* Write entry i of table t: the one store to a table there is, so that its
 * frame is in one contract. */
/*@
  requires op: OpOk(o);
  requires entry: t < o.p->used && i < 512;
  requires link: LinkOk(o.p, t, i, v);
  terminates \true;
  assigns o.p->mem.word[t * 512 + i];
  ensures value: o.p->mem.word[t * 512 + i] == v;
  ensures op: OpOk(o);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures desc: o.p->used == \old(o.p->used) && o.p->top == \old(o.p->top) &&
                o.p->mem.nframes == \old(o.p->mem.nframes) && o.p->mem.base == \old(o.p->mem.base);
  ensures records: \forall integer f; 0 <= f < o.p->mem.nframes ==>
                     o.p->level[f] == \old(o.p->level[f]) && o.p->prefix[f] == \old(o.p->prefix[f]);
  ensures route: \forall integer va; 0 <= va && !\old(ReadsEntry(o.p, va, t, i)) ==>
                   RouteSame{Pre,Post}(o.p, va);
  ensures others: \forall integer f, j; 0 <= f < o.p->mem.nframes && 0 <= j < 512 &&
                    (f != t || j != i) ==> PWord(o.p, f, j) == \old(PWord(o.p, f, j));
  ensures below: \forall integer va; 0 <= va ==>
                   RouteSameTo{Pre,Post}(o.p, va, \old(o.p->level[t]) - 1);
*/
static void set_entry(struct op o, uint32_t t, uint32_t i, uint64_t v)
{
  o.p->mem.word[(uint64_t)t * 512 + i] = v;
  /*@ assert fixed: PoolKept{Pre,Here}(o.p); */
  /*@ assert cpu: ValidCpu(o.c); */
  /*@ assert storage: PoolStorage(o.p); */
  /*@ assert frames: \forall integer f; 0 <= f < o.p->used ==> FrameRecordOk(o.p, f); */
  /*@ assert pool: PoolOk(o.p); */
  /* The tree invariant: v is LinkOk, every other word as it was. */
  /*@ assert others: \forall integer f, j; 0 <= f < o.p->mem.nframes && 0 <= j < 512 &&
        (f != t || j != i) ==> PWord(o.p, f, j) == \at(PWord(o.p, f, j), Pre); */
  /*@ assert tree: \at(PoolTree(o.p), Pre) ==> PoolTree(o.p); */
}

/* Fill the new table g (level lvl - 1) with the 512 parts of the huge leaf e
 * (level lvl): leaves, so no link. Only the addresses under g's record read
 * what changed. */
/*@
  requires op: OpOk(o);
  requires frame: g < o.p->used && o.p->level[g] == lvl - 1;
  requires level: lvl == 2 || lvl == 3;
  requires present: e % 2 == 1;
  requires huge: (e / 0x80) % 2 == 1;
  requires low: lvl == 3 ==> (e / 0x2000) % 0x20000 == 0;
  requires low2: lvl == 2 ==> (e / 0x2000) % 0x100 == 0;
  terminates \true;
  assigns o.p->mem.word[g * 512 .. g * 512 + 511];
  ensures words: \forall integer j; 0 <= j < 512 ==> SplitOf(e, lvl, j, PWord(o.p, g, j));
  ensures kept: \forall integer f, j; 0 <= f < o.p->mem.nframes && f != g && 0 <= j < 512 ==>
                  PWord(o.p, f, j) == \old(PWord(o.p, f, j));
  ensures op: OpOk(o);
  ensures records: \forall integer f; 0 <= f < o.p->mem.nframes ==>
                     o.p->level[f] == \old(o.p->level[f]) && o.p->prefix[f] == \old(o.p->prefix[f]);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures route: \forall integer va; 0 <= va &&
                   \old(o.p->prefix[g]) != Route(va, \old(o.p->top), \old(o.p->level[g])) ==>
                   RouteSame{Pre,Post}(o.p, va);
*/
static void fill_split(struct op o, uint32_t g, uint64_t e, uint32_t lvl)
{
  uint32_t j;
  /*@ loop invariant range: 0 <= j <= 512;
      loop invariant op: OpOk(o);
      loop invariant records: \forall integer f; 0 <= f < o.p->mem.nframes ==>
                     o.p->level[f] == \at(o.p->level[f], Pre) && o.p->prefix[f] == \at(o.p->prefix[f], Pre);
      loop invariant used: o.p->used == \at(o.p->used, Pre);
      loop invariant tree: \at(PoolTree(o.p), Pre) ==> PoolTree(o.p);
      loop invariant kept: \forall integer f, k; 0 <= f < o.p->mem.nframes && f != g && 0 <= k < 512 ==>
                             PWord(o.p, f, k) == \at(PWord(o.p, f, k), Pre);
      loop invariant words: \forall integer k; 0 <= k < j ==> SplitOf(e, lvl, k, PWord(o.p, g, k));
      loop assigns j, o.p->mem.word[g * 512 .. g * 512 + 511];
      loop variant 512 - j; */
  for (j = 0; j < 512; j++) {
    uint64_t v = split_entry(e, lvl, j);
    set_entry(o, g, j, v);
    /*@ assert written: PWord(o.p, g, j) == v; */
  }
}

/* The table that goes under entry i of table t (level lvl), not yet linked:
 * a fresh frame of level lvl - 1 recorded as that entry's child, empty, or
 * holding the 512 parts of the huge leaf e. It walks every address under
 * entry i as the entry did (SDM §4.5.4: the parts of a page map it alike;
 * §4.7: a zero entry faults as a not-present one), and no table in use
 * before changed. */
/*@
  requires op: OpOk(o) && o.commit == 1 && o.p->used < o.limit;
  requires table: t < o.p->used && o.p->level[t] == lvl && i < 512;
  requires level: 2 <= lvl <= o.p->top;
  requires split: e % 2 == 1 ==> (e / 0x80) % 2 == 1 && (lvl == 2 || lvl == 3) &&
                  (lvl == 3 ==> (e / 0x2000) % 0x20000 == 0) &&
                  (lvl == 2 ==> (e / 0x2000) % 0x100 == 0);
  terminates \true;
  assigns o.p->used, o.p->mem.word[0 .. o.p->mem.nframes * 512 - 1],
          o.p->level[0 .. o.p->mem.nframes - 1], o.p->prefix[0 .. o.p->mem.nframes - 1];
  ensures fresh: \result == \old(o.p->used) && o.p->used == \old(o.p->used) + 1;
  ensures child: o.p->level[\result] == lvl - 1 &&
                 o.p->prefix[\result] == \old(o.p->prefix[t]) * 512 + i;
  ensures op: OpOk(o);
  ensures step: OpStep{Pre,Post}(o);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures kept: WordsKept{Pre,Post}(o.p);
  ensures grown: Grown{Pre,Post}(o.p);
  ensures state: WalkState{Pre,Post}(o.p, o.c);
  ensures frame: \old(PoolTree(o.p)) ==>
    \forall integer va; 0 <= va ==> XFrame{Pre,Post}(o.p, o.c, va, lvl - 1);
  ensures walk: \old(e % 2 == 1 ? PWord(o.p, t, i) == e && EntryKind(o.c, e, lvl) == 1
                                 : EPresent(PWord(o.p, t, i)) == 0) ==>
    \forall integer va; 0 <= va && LevelIndex(va, lvl) == i ==>
      XSame{Pre,Post}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl,
                      FrameAddr(o.p->mem.base, \result), lvl - 1, va);
*/
static uint32_t build_child(struct op o, uint32_t t, uint32_t lvl, uint32_t i, uint64_t e)
{
  uint32_t g = 0;
  /*@ assert depth: 0 <= o.p->top - lvl <= 3; */
  /*@ assert step: Pow512(o.p->top - lvl + 1) == 512 * Pow512(o.p->top - lvl); */
  /*@ assert prefix: o.p->prefix[t] * 512 + i < Pow512(o.p->top - (lvl - 1)); */
  /* Cannot fail: used < limit <= nframes. */
  (void)mm_pool_alloc(o.p, lvl - 1, o.p->prefix[t] * 512 + i, &g);
  /*@ assert alloc: OpOk(o) && OpStep{Pre,Here}(o); */
  /*@ assert fresh: g == \at(o.p->used, Pre) && o.p->used == g + 1; */
  /*@ assert zero: \forall integer j; 0 <= j < 512 ==> PWord(o.p, g, j) == 0; */
  /*@ assert kept_alloc: WordsKept{Pre,Here}(o.p); */
  /*@ assert cpu_alloc: \at(o.c->la57, Pre) == o.c->la57 && \at(o.c->nxe, Pre) == o.c->nxe &&
                        \at(o.c->pdpe1gb, Pre) == o.c->pdpe1gb && \at(o.c->pa_limit, Pre) == o.c->pa_limit; */
  /*@ assert state_alloc: WalkState{Pre,Here}(o.p, o.c); */
Alloc: __attribute__((unused));
  /*@ assert laws: XlateWalkLaws; */
  /* The entry each address under entry i read at entry: e, or not present. */
  /*@ assert in_t: \at(InMem(&o.p->mem, FrameAddr(o.p->mem.base, t)), Pre); */
  /*@ assert read_t: \forall integer va; 0 <= va && LevelIndex(va, lvl) == i ==>
        \at(Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl), Pre) == \at(PWord(o.p, t, i), Pre); */
  if (e % 2 == 1) {
    fill_split(o, g, e, lvl);
    /*@ assert state_split: WalkState{Alloc,Here}(o.p, o.c); */
    /*@ assert state: WalkState{Pre,Here}(o.p, o.c); */
    /*@ assert mem: MemCpuSame{Pre,Here}(&o.p->mem, o.c); */
    /*@ assert pre_e: \at(PWord(o.p, t, i), Pre) == e ==>
          \forall integer va; 0 <= va && LevelIndex(va, lvl) == i ==>
          \at(Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl), Pre) == e; */
    /*@ assert in_g: InMem(&o.p->mem, FrameAddr(o.p->mem.base, g)); */
    /*@ assert read_g: \forall integer va; 0 <= va ==>
          SplitOf(e, lvl, LevelIndex(va, lvl - 1), Ent(&o.p->mem, FrameAddr(o.p->mem.base, g), va, lvl - 1)); */
    /*@ assert split_read: \at(PWord(o.p, t, i), Pre) == e ==>
          \forall integer va; 0 <= va && LevelIndex(va, lvl) == i ==>
          \at(Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl), Pre) == e &&
          SplitOf(e, lvl, LevelIndex(va, lvl - 1), Ent(&o.p->mem, FrameAddr(o.p->mem.base, g), va, lvl - 1)); */
    /*@ assert split_walk: \at(PWord(o.p, t, i), Pre) == e && \at(EntryKind(o.c, e, lvl), Pre) == 1 ==>
          \forall integer va; 0 <= va && LevelIndex(va, lvl) == i ==>
          XSame{Pre,Here}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl,
                          FrameAddr(o.p->mem.base, g), lvl - 1, va); */
  } else {
    /*@ assert state: WalkState{Pre,Here}(o.p, o.c); */
    /*@ assert in_g: InMem(&o.p->mem, FrameAddr(o.p->mem.base, g)); */
    /*@ assert read_g: \forall integer va; 0 <= va ==>
          Ent(&o.p->mem, FrameAddr(o.p->mem.base, g), va, lvl - 1) == 0; */
    /*@ assert zero_walk: EPresent(\at(PWord(o.p, t, i), Pre)) == 0 ==>
          \forall integer va; 0 <= va && LevelIndex(va, lvl) == i ==>
          XSame{Pre,Here}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl,
                          FrameAddr(o.p->mem.base, g), lvl - 1, va); */
  }
  /*@ assert frame_laws: XlateFrameLaws; */
  /*@ assert frame_route: \forall integer va; 0 <= va ==> RouteSameTo{Pre,Here}(o.p, va, lvl - 1); */
  return g;
}

/* Link the table g (level lvl - 1, recorded as child i of table t) into
 * entry i of table t: the one write that makes a built table visible. Every
 * address under entry i now walks from t as from g, the link granting every
 * right (MM_LINK_FLAGS; SDM §4.6.1: rights combine as the most restrictive);
 * every other walk, and every walk from a table below t's level, is as
 * before. */
/*@
  requires op: OpOk(o);
  requires table: t < o.p->used && o.p->level[t] == lvl && i < 512;
  requires level: 2 <= lvl <= o.p->top;
  requires child: g < o.p->used && o.p->level[g] == lvl - 1 &&
                  o.p->prefix[g] == o.p->prefix[t] * 512 + i;
  terminates \true;
  assigns o.p->mem.word[t * 512 + i];
  ensures value: PWord(o.p, t, i) == LinkEntry(o.p->mem.base, g);
  ensures op: OpOk(o);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures desc: o.p->used == \old(o.p->used) && o.p->top == \old(o.p->top) &&
                o.p->mem.nframes == \old(o.p->mem.nframes) && o.p->mem.base == \old(o.p->mem.base);
  ensures records: \forall integer f; 0 <= f < o.p->mem.nframes ==>
                     o.p->level[f] == \old(o.p->level[f]) && o.p->prefix[f] == \old(o.p->prefix[f]);
  ensures others: \forall integer f, j; 0 <= f < o.p->mem.nframes && 0 <= j < 512 &&
                    (f != t || j != i) ==> PWord(o.p, f, j) == \old(PWord(o.p, f, j));
  ensures grown: Grown{Pre,Post}(o.p);
  ensures state: WalkState{Pre,Post}(o.p, o.c);
  ensures through: PoolBelow(o.p, o.c) ==>
    \forall integer va; 0 <= va && LevelIndex(va, lvl) == i ==>
      XSame{Post,Post}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl,
                       FrameAddr(o.p->mem.base, g), lvl - 1, va);
  ensures below: \old(PoolTree(o.p)) ==>
    \forall integer va; 0 <= va ==> XFrame{Pre,Post}(o.p, o.c, va, lvl - 1);
  ensures moved: \old(PoolTree(o.p)) && PoolBelow(o.p, o.c) ==>
    \forall integer va; 0 <= va && LevelIndex(va, lvl) == i &&
      \old(o.p->prefix[t]) == Route(va, o.p->top, lvl) ==>
      XSame{Pre,Post}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, g), lvl - 1,
                      FrameAddr(o.p->mem.base, t), lvl, va);
  ensures done: \old(PoolTree(o.p)) && PoolBelow(o.p, o.c) ==>
    \forall integer va; 0 <= va && LevelIndex(va, lvl) == i &&
      \old(o.p->prefix[t]) == Route(va, o.p->top, lvl) && \old(Done(o, g, lvl - 1, va)) ==>
      Done(o, t, lvl, va);
  ensures off: \old(PoolTree(o.p)) ==>
    \forall integer va; 0 <= va && !\old(ReadsEntry(o.p, va, t, i)) ==>
      XFrame{Pre,Post}(o.p, o.c, va, lvl);
*/
static void link_child(struct op o, uint32_t t, uint32_t lvl, uint32_t i, uint32_t g)
{
  uint64_t a = mm_pool_frame_pa(o.p, g);
  (void)lvl; /* o.p->level[t]: named for the contract */
  /*@ assert link_low: (a + MM_LINK_FLAGS) % 0x10000000000000 == a + MM_LINK_FLAGS &&
                       (a + MM_LINK_FLAGS) / 0x1000 == a / 0x1000; */
  /*@ assert link_addr: EAddr(a + MM_LINK_FLAGS) == a && FrameOf(o.p, a) == g; */
  /*@ assert link_entry: a + MM_LINK_FLAGS == LinkEntry(o.p->mem.base, g); */
  set_entry(o, t, i, a + MM_LINK_FLAGS);
  /*@ assert laws: XlateWalkLaws && XlateFrameLaws; */
  /*@ assert state: WalkState{Pre,Here}(o.p, o.c); */
  /*@ assert link_to: PoolBelow(o.p, o.c) ==> LinkTo(o.c, o.p->mem.base, g); */
  /*@ assert in_t: InMem(&o.p->mem, FrameAddr(o.p->mem.base, t)); */
  /*@ assert word: PWord(o.p, t, i) == LinkEntry(o.p->mem.base, g); */
  /*@ assert below_route: \forall integer va; 0 <= va ==> RouteSameTo{Pre,Here}(o.p, va, lvl - 1); */
  /*@ assert read_raw: \forall integer va; 0 <= va ==>
        Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl) == PWord(o.p, t, LevelIndex(va, lvl)); */
  /*@ assert idx: \forall integer va; 0 <= va && LevelIndex(va, lvl) == i ==>
        PWord(o.p, t, LevelIndex(va, lvl)) == PWord(o.p, t, i); */
  /*@ assert read_t: \forall integer va; 0 <= va && LevelIndex(va, lvl) == i ==>
        Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl) == LinkEntry(o.p->mem.base, g); */
  /*@ assert route_laws: XlateRouteLaws; */
  /*@ assert on_g: \forall integer va; 0 <= va && LevelIndex(va, lvl) == i &&
        \at(o.p->prefix[t], Pre) == Route(va, o.p->top, lvl) ==>
        \at(OnPathTo(o.p, va, g, lvl - 1), Pre); */
  /*@ assert same_g: \at(PoolTree(o.p), Pre) ==> \forall integer va; 0 <= va && LevelIndex(va, lvl) == i &&
        \at(o.p->prefix[t], Pre) == Route(va, o.p->top, lvl) ==>
        XSame{Pre,Here}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, g), lvl - 1,
                        FrameAddr(o.p->mem.base, g), lvl - 1, va); */
  /*@ assert via: PoolBelow(o.p, o.c) ==> \forall integer va; 0 <= va && LevelIndex(va, lvl) == i ==>
        XSame{Here,Here}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, g), lvl - 1,
                         FrameAddr(o.p->mem.base, t), lvl, va); */
}

/* The frames a recursive step may change: the pool's storage, `used`, and
 * the count. */
/*@
  requires op: OpOk(o) && NeedOk(o, need);
  requires table: t < o.p->used && o.p->level[t] == lvl;
  requires level: 1 <= lvl <= o.p->top;
  requires range: o.va0 <= cur <= last <= o.last0;
  requires range_op: OpRange(o);
  requires route: OnRange(o, t, lvl, cur, last);
  requires pages: cur % 0x1000 == 0 && last % 0x1000 == 0xFFF;
  terminates \true;
  decreases 4 * lvl + 3;
  assigns *need, o.p->used, o.p->mem.word[0 .. o.p->mem.nframes * 512 - 1],
          o.p->level[0 .. o.p->mem.nframes - 1], o.p->prefix[0 .. o.p->mem.nframes - 1];
  ensures op: OpOk(o) && NeedOk(o, need);
  ensures step: OpStep{Pre,Post}(o);
  ensures status: Status(o, \result);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures state: WalkState{Pre,Post}(o.p, o.c);
  ensures above: WordsAbove{Pre,Post}(o.p, lvl);
  ensures frame: \result == MM_PT_OK && \old(Claim(o)) ==> Outside{Pre,Post}(o, lvl, cur, last);
  ensures done: \result == MM_PT_OK && \old(Claim(o)) ==> AllDone(o, t, lvl, cur, last);
*/
static int range_in_table(struct op o, uint64_t *need, uint32_t t, uint32_t lvl, uint64_t cur,
                          uint64_t last);

/* A new table of level lvl - 1 under entry i of table t, for [cur, last]:
 * empty, or splitting the leaf e when e is present. The count pass counts it;
 * the write pass fills it, then links it (so that a walk never sees a
 * half-built table). */
/*@
  requires op: OpOk(o) && NeedOk(o, need);
  requires table: t < o.p->used && o.p->level[t] == lvl && i < 512;
  requires level: 2 <= lvl <= o.p->top;
  requires range: o.va0 <= cur <= last <= o.last0;
  requires split: e % 2 == 1 ==> (e / 0x80) % 2 == 1 && (lvl == 2 || lvl == 3) &&
                  (lvl == 3 ==> (e / 0x2000) % 0x20000 == 0) &&
                  (lvl == 2 ==> (e / 0x2000) % 0x100 == 0);
  requires range_op: OpRange(o);
  requires route: OnRange(o, t, lvl, cur, last) && OneIndex(lvl, i, cur, last);
  requires pages: cur % 0x1000 == 0 && last % 0x1000 == 0xFFF;
  requires entry: e % 2 == 1 ==> PWord(o.p, t, i) == e && EntryKind(o.c, e, lvl) == 1;
  requires absent: e % 2 == 0 ==> EPresent(PWord(o.p, t, i)) == 0;
  terminates \true;
  decreases 4 * lvl;
  assigns *need, o.p->used, o.p->mem.word[0 .. o.p->mem.nframes * 512 - 1],
          o.p->level[0 .. o.p->mem.nframes - 1], o.p->prefix[0 .. o.p->mem.nframes - 1];
  ensures op: OpOk(o) && NeedOk(o, need);
  ensures step: OpStep{Pre,Post}(o);
  ensures status: Status(o, \result);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures state: WalkState{Pre,Post}(o.p, o.c);
  ensures above: WordsAbove{Pre,Post}(o.p, lvl);
  ensures frame: \result == MM_PT_OK && \old(Claim(o)) ==> Outside{Pre,Post}(o, lvl, cur, last);
  ensures done: \result == MM_PT_OK && \old(Claim(o)) ==> AllDone(o, t, lvl, cur, last);
*/
static int new_child(struct op o, uint64_t *need, uint32_t t, uint32_t lvl, uint32_t i,
                     uint64_t e, uint64_t cur, uint64_t last)
{
  uint32_t g = 0;
  int rc;
  if (!o.commit) {
    *need = sat_add(*need, sat_add(1, fresh_need(o, lvl - 1, cur, last, e % 2 == 1)));
    /*@ assert fixed: PoolKept{Pre,Here}(o.p); */
    /*@ assert cpu: ValidCpu(o.c); */
    /*@ assert storage: PoolStorage(o.p); */
    /*@ assert frames: \forall integer f; 0 <= f < o.p->used ==> FrameRecordOk(o.p, f); */
    /*@ assert same: PoolSame{Pre,Here}(o.p); */
    /*@ assert tree: \at(PoolTree(o.p), Pre) ==> PoolTree(o.p); */
    /*@ assert above: WordsAbove{Pre,Here}(o.p, lvl); */
    return MM_PT_OK;
  }
  if (o.p->used >= o.limit)
    return MM_PT_ECOUNT;
  g = build_child(o, t, lvl, i, e);
  /*@ assert built: OpOk(o) && NeedOk(o, need) && OpStep{Pre,Here}(o) && t < o.p->used && i < 512; */
  /*@ assert built_child: g < o.p->used && o.p->level[g] == lvl - 1 &&
                          o.p->prefix[g] == \at(o.p->prefix[t], Pre) * 512 + i; */
  /*@ assert built_tree: \at(PoolTree(o.p), Pre) ==> PoolTree(o.p); */
  /*@ assert route_laws: XlateWalkLaws; */
  /* The range lies under g: its route at level lvl - 1 is t's and i. */
  /*@ assert child_route: OnRange(o, g, lvl - 1, cur, last); */
  /*@ assert claim_fill: \at(Claim(o), Pre) ==> Claim(o); */
  /*@ assert above_built: WordsAbove{Pre,Here}(o.p, lvl); */
Fill: __attribute__((unused));
  rc = range_in_table(o, need, g, lvl - 1, cur, last);
  /*@ assert filled_op: OpOk(o) && NeedOk(o, need); */
  /*@ assert filled_step: OpStep{Fill,Here}(o); */
  /*@ assert filled_all: OpStep{Pre,Here}(o); */
  /*@ assert filled_tree: \at(PoolTree(o.p), Pre) ==> PoolTree(o.p); */
  /*@ assert filled_above: WordsAbove{Fill,Here}(o.p, lvl) && WordsAbove{Pre,Here}(o.p, lvl); */
  if (rc != MM_PT_OK)
    return rc;
  /*@ assert before: OpOk(o) && NeedOk(o, need) && OpStep{Pre,Here}(o); */
  /*@ assert linked_child: g < o.p->used && o.p->level[g] == o.p->level[t] - 1 &&
                           o.p->prefix[g] == o.p->prefix[t] * 512 + i; */
  /*@ assert claim_link: \at(Claim(o), Pre) ==> Claim(o); */
Link: __attribute__((unused));
  link_child(o, t, lvl, i, g);
  /*@ assert need: *need == \at(*need, Link) && NeedOk(o, need); */
  /*@ assert kept: OpStep{Link,Here}(o); */
  /*@ assert op: OpOk(o) && NeedOk(o, need); */
  /*@ assert step: OpStep{Pre,Here}(o); */
  /*@ assert grown: Grown{Pre,Fill}(o.p) && Grown{Fill,Link}(o.p) && Grown{Link,Here}(o.p); */
  /*@ assert state: WalkState{Pre,Here}(o.p, o.c); */
  /*@ assert above: WordsAbove{Pre,Here}(o.p, lvl); */
  /*@ assert laws: XlateWalkLaws && XlateRouteLaws && XlateFrameLaws; */
  /* The range: done from g at Link (range_in_table), and now from t
   * through the link (link_child: mapped, unmapped). */
  /*@ assert done_route: \forall integer va; cur <= va <= last ==>
        0 <= va && LevelIndex(va, lvl) == i && \at(o.p->prefix[t], Link) == Route(va, o.p->top, lvl); */
  /*@ assert done_hyp: \at(Claim(o), Pre) ==> \at(PoolTree(o.p), Link) && PoolBelow(o.p, o.c); */
  /*@ assert done_g: \at(Claim(o), Pre) ==> \at(AllDone(o, g, lvl - 1, cur, last), Link); */
  /*@ assert done: \at(Claim(o), Pre) ==> AllDone(o, t, lvl, cur, last); */
  /* Outside the range, below lvl: three steps, each keeping the walks. */
  /*@ assert fr_below: \at(Claim(o), Pre) ==> \forall integer va;
        CanonTop(o.p->top, va) && (va < cur || va > last) ==>
        XFrame{Pre,Fill}(o.p, o.c, va, lvl - 1) && XFrame{Fill,Link}(o.p, o.c, va, lvl - 1) &&
        XFrame{Link,Here}(o.p, o.c, va, lvl - 1); */
  /*@ assert fr_low: \at(Claim(o), Pre) ==> \forall integer va;
        CanonTop(o.p->top, va) && (va < cur || va > last) ==> XFrame{Pre,Here}(o.p, o.c, va, lvl - 1); */
  /* At lvl: t walks an address under entry i outside the range as before
   * (through g, SDM §4.5.4); every other table of level lvl kept its word. */
  /*@ assert fr_t_path: \forall integer va;
        0 <= va && LevelIndex(va, lvl) == i && \at(o.p->prefix[t], Pre) == Route(va, o.p->top, lvl) ==>
        \at(OnPathTo(o.p, va, g, lvl - 1), Fill) && \at(OnPathTo(o.p, va, g, lvl - 1), Link); */
  /*@ assert fr_t: \at(Claim(o), Pre) ==> \forall integer va;
        CanonTop(o.p->top, va) && (va < cur || va > last) && LevelIndex(va, lvl) == i &&
        \at(o.p->prefix[t], Pre) == Route(va, o.p->top, lvl) ==>
        XSame{Pre,Fill}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl,
                        FrameAddr(o.p->mem.base, g), lvl - 1, va) &&
        XSame{Fill,Link}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, g), lvl - 1,
                         FrameAddr(o.p->mem.base, g), lvl - 1, va) &&
        XSame{Link,Here}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, g), lvl - 1,
                         FrameAddr(o.p->mem.base, t), lvl, va); */
  /*@ assert fr_t_same: \at(Claim(o), Pre) ==> \forall integer va;
        CanonTop(o.p->top, va) && (va < cur || va > last) && LevelIndex(va, lvl) == i &&
        \at(o.p->prefix[t], Pre) == Route(va, o.p->top, lvl) ==>
        XSame{Pre,Here}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl,
                        FrameAddr(o.p->mem.base, t), lvl, va); */
  /*@ assert fr_words: \forall integer f, j; 0 <= f < \at(o.p->used, Pre) && 0 <= j < 512 &&
        \at(o.p->level[f], Pre) >= lvl && (f != t || j != i) ==> \at(PWord(o.p, f, j), Pre) == PWord(o.p, f, j); */
  /*@ assert fr_up: \at(Claim(o), Pre) ==> \forall integer va;
        CanonTop(o.p->top, va) && (va < cur || va > last) ==> UpOk{Pre,Here}(o.p, o.c, va, lvl); */
  /*@ assert frame: \at(Claim(o), Pre) ==> Outside{Pre,Here}(o, lvl, cur, last); */
  return MM_PT_OK;
}

/* The next-level table entry e of table t (level lvl, index i) links to, in
 * *g, checked against the pool's record: -1 when e does not point to a table
 * of level lvl - 1 with the prefix of that entry. */
/*@
  requires op: OpOk(o);
  requires table: t < o.p->used && 2 <= lvl;
  requires out: \valid(g) && \separated(g, o.p, o.p->level + (0 .. o.p->mem.nframes - 1),
                                         o.p->prefix + (0 .. o.p->mem.nframes - 1));
  terminates \true;
  assigns *g;
  ensures found: \result == 0 ==> *g < o.p->used && o.p->level[*g] == lvl - 1;
  ensures child: \result == 0 ==> o.p->prefix[*g] == o.p->prefix[t] * 512 + i &&
                                  FrameAddr(o.p->mem.base, *g) == EAddr(e);
  ensures status: \result == 0 || \result == -1;
*/
static int child_of(struct op o, uint32_t t, uint32_t lvl, uint32_t i, uint64_t e, uint32_t *g)
{
  uint32_t f = 0;
  if (mm_pool_frame_of(o.p, e, &f) != 0)
    return -1;
  if (o.p->level[f] != lvl - 1 || o.p->prefix[f] % 512 != i ||
      o.p->prefix[f] / 512 != o.p->prefix[t])
    return -1;
  *g = f;
  return 0;
}

/* Clear entry i of table t (level lvl), whose whole span [cur, last] the
 * range covers (unmap): every address of the span is then not mapped (SDM
 * §4.7: P = 0 ends the walk), and no other canonical address reads the
 * entry (entry_covers), so every other walk is as before. */
/*@
  requires op: OpOk(o);
  requires table: t < o.p->used && o.p->level[t] == lvl && i < 512;
  requires level: 1 <= lvl <= o.p->top;
  requires route: OnRange(o, t, lvl, cur, last) && OneIndex(lvl, i, cur, last);
  requires whole: cur % LevelSpan(lvl) == 0 && last == cur + LevelSpan(lvl) - 1;
  requires canon: CanonTop(o.p->top, cur);
  terminates \true;
  assigns o.p->mem.word[t * 512 + i];
  ensures op: OpOk(o);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures desc: o.p->used == \old(o.p->used) && o.p->top == \old(o.p->top) &&
                o.p->mem.nframes == \old(o.p->mem.nframes) && o.p->mem.base == \old(o.p->mem.base);
  ensures records: \forall integer f; 0 <= f < o.p->mem.nframes ==>
                     o.p->level[f] == \old(o.p->level[f]) && o.p->prefix[f] == \old(o.p->prefix[f]);
  ensures state: WalkState{Pre,Post}(o.p, o.c) && Grown{Pre,Post}(o.p);
  ensures above: WordsAbove{Pre,Post}(o.p, lvl);
  ensures unmapped: \forall integer va; cur <= va <= last ==>
    XUnmapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl, va);
  ensures done: o.unmap == 1 ==> AllDone(o, t, lvl, cur, last);
  ensures frame: \old(PoolTree(o.p)) ==>
    \forall integer va; CanonTop(o.p->top, va) && (va < cur || va > last) ==>
      XFrame{Pre,Post}(o.p, o.c, va, lvl);
*/
static void clear_entry(struct op o, uint32_t t, uint32_t lvl, uint32_t i, uint64_t cur,
                        uint64_t last)
{
  (void)lvl; (void)cur; (void)last; /* the entry and its span: named for the contract */
  set_entry(o, t, i, 0);
  /*@ assert laws: XlateWalkLaws && XlateFrameLaws; */
  /*@ assert in_t: InMem(&o.p->mem, FrameAddr(o.p->mem.base, t)); */
  /*@ assert idx: \forall integer va; cur <= va <= last ==>
        PWord(o.p, t, LevelIndex(va, lvl)) == PWord(o.p, t, i); */
  /*@ assert zero: \forall integer va; cur <= va <= last ==>
        Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl) == 0; */
  /*@ assert covers: EntryCovers(o.p->top, lvl, cur); */
  /*@ assert off: \forall integer va; CanonTop(o.p->top, va) && (va < cur || va > last) ==>
        !\at(ReadsEntry(o.p, va, t, i), Pre); */
}

/* Map the whole span [cur, last] of entry i of table t (level lvl) with
 * one leaf: pa0 plus the span's offset in the range, with prot (SDM §4.5.4:
 * a PTE, or a PDE/PDPTE with PS = 1). Every address of the span then maps
 * to its place in the range; no other canonical address reads the entry
 * (entry_covers), so every other walk is as before. */
/*@
  requires op: OpOk(o) && o.unmap == 0;
  requires table: t < o.p->used && o.p->level[t] == lvl && i < 512;
  requires level: 1 <= lvl <= o.best && lvl <= o.p->top;
  requires range: o.va0 <= cur <= last <= o.last0;
  requires range_op: OpRange(o);
  requires route: OnRange(o, t, lvl, cur, last) && OneIndex(lvl, i, cur, last);
  requires whole: cur % LevelSpan(lvl) == 0 && last == cur + LevelSpan(lvl) - 1;
  requires canon: CanonTop(o.p->top, cur);
  terminates \true;
  assigns o.p->mem.word[t * 512 + i];
  ensures op: OpOk(o);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures desc: o.p->used == \old(o.p->used) && o.p->top == \old(o.p->top) &&
                o.p->mem.nframes == \old(o.p->mem.nframes) && o.p->mem.base == \old(o.p->mem.base);
  ensures records: \forall integer f; 0 <= f < o.p->mem.nframes ==>
                     o.p->level[f] == \old(o.p->level[f]) && o.p->prefix[f] == \old(o.p->prefix[f]);
  ensures state: WalkState{Pre,Post}(o.p, o.c) && Grown{Pre,Post}(o.p);
  ensures above: WordsAbove{Pre,Post}(o.p, lvl);
  ensures mapped: \forall integer va; cur <= va <= last ==>
    XMapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl, va, o.pa0 + (va - o.va0), o.prot);
  ensures done: AllDone(o, t, lvl, cur, last);
  ensures frame: \old(PoolTree(o.p)) ==>
    \forall integer va; CanonTop(o.p->top, va) && (va < cur || va > last) ==>
      XFrame{Pre,Post}(o.p, o.c, va, lvl);
*/
static void write_leaf(struct op o, uint32_t t, uint32_t lvl, uint32_t i, uint64_t cur,
                       uint64_t last)
{
  uint64_t pa = o.pa0 + (cur - o.va0);
  (void)last; /* the span's end: named for the contract */
  /* a huge leaf starts at a span boundary, so its pa is 4-KiB aligned */
  /*@ assert span: (lvl == 2 ==> cur % 0x200000 == 0) && (lvl == 3 ==> cur % 0x40000000 == 0); */
  /*@ assert cur_page: cur % 0x1000 == 0; */
  /*@ assert page: pa % 0x1000 == 0; */
  /* pa0 and va0 are alike modulo the largest page, so modulo this one */
  /*@ assert congr: (lvl == 1 ==> o.pa0 % 0x1000 == o.va0 % 0x1000) &&
        (lvl == 2 ==> o.pa0 % 0x200000 == o.va0 % 0x200000) &&
        (lvl == 3 ==> o.pa0 % 0x40000000 == o.va0 % 0x40000000); */
  /*@ assert pa_1: lvl == 1 ==> pa % 0x1000 == 0; */
  /*@ assert pa_2: lvl == 2 ==> pa % 0x200000 == 0; */
  /*@ assert pa_3: lvl == 3 ==> pa % 0x40000000 == 0; */
  /*@ assert aligned: pa % LevelPageSize(lvl) == 0; */
  /*@ assert in_page: \forall integer va; cur <= va <= last ==>
        (lvl == 1 ==> va % 0x1000 == va - cur) && (lvl == 2 ==> va % 0x200000 == va - cur) &&
        (lvl == 3 ==> va % 0x40000000 == va - cur); */
  /*@ assert offset: \forall integer va; cur <= va <= last ==>
        pa + va % LevelPageSize(lvl) == o.pa0 + (va - o.va0); */
  /*@ assert leaf_ok: LeafOk(o.c, lvl, pa, o.prot); */
  set_entry(o, t, i, leaf_entry(lvl, pa, o.prot));
  /*@ assert laws: XlateWalkLaws && XlateFrameLaws; */
  /*@ assert bits: LeafBits(PWord(o.p, t, i), lvl, pa, o.prot); */
  /*@ assert in_t: InMem(&o.p->mem, FrameAddr(o.p->mem.base, t)); */
  /*@ assert idx: \forall integer va; cur <= va <= last ==>
        PWord(o.p, t, LevelIndex(va, lvl)) == PWord(o.p, t, i); */
  /*@ assert ent: \forall integer va; cur <= va <= last ==>
        Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl) == PWord(o.p, t, i); */
  /*@ assert leaf: \forall integer va; cur <= va <= last ==>
        XMapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl, va, pa + va % LevelPageSize(lvl), o.prot); */
  /*@ assert mapped: \forall integer va; cur <= va <= last ==>
        XMapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl, va, o.pa0 + (va - o.va0), o.prot); */
  /*@ assert done_va: \forall integer va; cur <= va <= last ==> Done(o, t, lvl, va); */
  /*@ assert covers: EntryCovers(o.p->top, lvl, cur); */
  /*@ assert off: \forall integer va; CanonTop(o.p->top, va) && (va < cur || va > last) ==>
        !\at(ReadsEntry(o.p, va, t, i), Pre); */
}

/* Entry i of table t (level lvl) links to a table (e, its word): the range
 * goes on in that table, one level down (SDM §4.5.4), after checking e
 * against the pool's records (child_of). What the walks from the child do,
 * the walks from t do through the link, which stays as it was. */
/*@
  requires op: OpOk(o) && NeedOk(o, need);
  requires table: t < o.p->used && o.p->level[t] == lvl && i < 512;
  requires level: 2 <= lvl <= o.p->top;
  requires range: o.va0 <= cur <= last <= o.last0;
  requires range_op: OpRange(o);
  requires route: OnRange(o, t, lvl, cur, last) && OneIndex(lvl, i, cur, last);
  requires pages: cur % 0x1000 == 0 && last % 0x1000 == 0xFFF;
  requires entry: PWord(o.p, t, i) == e && EntryKind(o.c, e, lvl) == 0;
  terminates \true;
  decreases 4 * lvl;
  assigns *need, o.p->used, o.p->mem.word[0 .. o.p->mem.nframes * 512 - 1],
          o.p->level[0 .. o.p->mem.nframes - 1], o.p->prefix[0 .. o.p->mem.nframes - 1];
  ensures op: OpOk(o) && NeedOk(o, need);
  ensures step: OpStep{Pre,Post}(o);
  ensures status: Status(o, \result);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures state: WalkState{Pre,Post}(o.p, o.c);
  ensures above: WordsAbove{Pre,Post}(o.p, lvl);
  ensures frame: \result == MM_PT_OK && \old(Claim(o)) ==> Outside{Pre,Post}(o, lvl, cur, last);
  ensures done: \result == MM_PT_OK && \old(Claim(o)) ==> AllDone(o, t, lvl, cur, last);
*/
static int descend(struct op o, uint64_t *need, uint32_t t, uint32_t lvl, uint32_t i,
                   uint64_t e, uint64_t cur, uint64_t last)
{
  uint32_t g = 0;
  int rc;
  if (child_of(o, t, lvl, i, e, &g) != 0)
    return MM_PT_EBADTABLE;
  /*@ assert route_laws: XlateWalkLaws; */
  /*@ assert child_route: OnRange(o, g, lvl - 1, cur, last); */
Down: __attribute__((unused));
  rc = range_in_table(o, need, g, lvl - 1, cur, last);
  if (rc != MM_PT_OK)
    return rc;
  /*@ assert laws: XlateWalkLaws && XlateRouteLaws; */
  /*@ assert above: WordsAbove{Pre,Here}(o.p, lvl); */
  /*@ assert kept: PWord(o.p, t, i) == e && o.p->level[t] == lvl && o.p->level[g] == lvl - 1; */
  /*@ assert in_t: InMem(&o.p->mem, FrameAddr(o.p->mem.base, t)); */
  /* Through the link: entry i of t for every address of the range. */
  /*@ assert idx: \forall integer va; cur <= va <= last ==>
        PWord(o.p, t, LevelIndex(va, lvl)) == e; */
  /*@ assert ent: \forall integer va; cur <= va <= last ==>
        Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl) == e; */
  /*@ assert link: \forall integer va; cur <= va <= last ==>
        StepKind(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), va, lvl) == 0 &&
        EAddr(Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl)) == FrameAddr(o.p->mem.base, g); */
  /*@ assert via_map: \forall integer va, pa, prot; cur <= va <= last &&
        XMapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, g), lvl - 1, va, pa, prot) ==>
        XMapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl, va, pa, prot); */
  /*@ assert via_unmap: \forall integer va; cur <= va <= last &&
        XUnmapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, g), lvl - 1, va) ==>
        XUnmapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl, va); */
  /*@ assert done_g: \at(Claim(o), Pre) ==> AllDone(o, g, lvl - 1, cur, last); */
  /*@ assert done_va: \at(Claim(o), Pre) ==> \forall integer va; cur <= va <= last ==>
        Done(o, g, lvl - 1, va) ==> Done(o, t, lvl, va); */
  /*@ assert done: \at(Claim(o), Pre) ==> AllDone(o, t, lvl, cur, last); */
  /* Outside the range: below lvl by range_in_table, at lvl as t's words
   * are all kept (UpOk). */
  /*@ assert fr_up: \at(Claim(o), Pre) ==> \forall integer va;
        CanonTop(o.p->top, va) && (va < cur || va > last) ==> UpOk{Pre,Here}(o.p, o.c, va, lvl); */
  /*@ assert frame: \at(Claim(o), Pre) ==> Outside{Pre,Here}(o, lvl, cur, last); */
  return rc;
}

/* Entry i of table t (level lvl), of which the range covers [cur, last]
 * (whole: full; at level 1 always, the range being 4-KiB aligned). */
/*@
  requires op: OpOk(o) && NeedOk(o, need);
  requires table: t < o.p->used && o.p->level[t] == lvl && i < 512;
  requires level: 1 <= lvl <= o.p->top;
  requires range: o.va0 <= cur <= last <= o.last0;
  requires full: lvl == 1 ==> full == 1;
  requires aligned: full != 0 && lvl >= 2 ==> cur % LevelSpan(lvl) == 0;
  requires whole: full != 0 ==> last == cur + LevelSpan(lvl) - 1;
  requires range_op: OpRange(o);
  requires route: OnRange(o, t, lvl, cur, last) && OneIndex(lvl, i, cur, last);
  requires pages: cur % 0x1000 == 0 && last % 0x1000 == 0xFFF;
  terminates \true;
  decreases 4 * lvl + 1;
  assigns *need, o.p->used, o.p->mem.word[0 .. o.p->mem.nframes * 512 - 1],
          o.p->level[0 .. o.p->mem.nframes - 1], o.p->prefix[0 .. o.p->mem.nframes - 1];
  ensures op: OpOk(o) && NeedOk(o, need);
  ensures step: OpStep{Pre,Post}(o);
  ensures status: Status(o, \result);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures state: WalkState{Pre,Post}(o.p, o.c);
  ensures above: WordsAbove{Pre,Post}(o.p, lvl);
  ensures frame: \result == MM_PT_OK && \old(Claim(o)) ==> Outside{Pre,Post}(o, lvl, cur, last);
  ensures done: \result == MM_PT_OK && \old(Claim(o)) ==> AllDone(o, t, lvl, cur, last);
*/
static int entry_op(struct op o, uint64_t *need, uint32_t t, uint32_t lvl, uint32_t i,
                    uint64_t cur, uint64_t last, int full)
{
  uint64_t e = o.p->mem.word[(uint64_t)t * 512 + i];
  int present = e % 2 == 1;
  int leaf = lvl == 1 || (e / MM_PTE_PS) % 2 == 1;

  if (present && mm_entry_reserved(o.c, e, lvl))
    return MM_PT_EBADTABLE;
  if (o.unmap) {
    if (!present) { /* nothing mapped under it (SDM §4.7: P = 0 ends the walk) */
      /*@ assert laws: XlateWalkLaws; */
      /*@ assert in_t: InMem(&o.p->mem, FrameAddr(o.p->mem.base, t)); */
      /*@ assert word: PWord(o.p, t, i) == e && EPresent(e) == 0; */
      /*@ assert idx: \forall integer va; cur <= va <= last ==> PWord(o.p, t, LevelIndex(va, lvl)) == e; */
      /*@ assert ent: \forall integer va; cur <= va <= last ==>
            Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl) == e; */
      /*@ assert np: \forall integer va; cur <= va <= last ==>
            EPresent(Ent(&o.p->mem, FrameAddr(o.p->mem.base, t), va, lvl)) == 0; */
      /*@ assert none: \forall integer va; cur <= va <= last ==>
            XUnmapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl, va); */
      return MM_PT_OK;
    }
    if (full) { /* the whole entry goes: a leaf, or a table and all under it */
      if (o.commit) {
        /*@ assert canon_cur: CanonTop(o.p->top, cur); */
        clear_entry(o, t, lvl, i, cur, last);
        /*@ assert need: *need == \at(*need, Pre) && NeedOk(o, need); */
        /*@ assert step: OpStep{Pre,Here}(o); */
      }
      return MM_PT_OK;
    }
    if (leaf) /* a huge page reaching outside the range: split it */
      return new_child(o, need, t, lvl, i, e, cur, last);
  } else {
    if (full && lvl <= o.best && (!present || o.replace)) {
      if (o.commit) {
        /*@ assert canon_cur: CanonTop(o.p->top, cur); */
        write_leaf(o, t, lvl, i, cur, last);
        /*@ assert need: *need == \at(*need, Pre) && NeedOk(o, need); */
        /*@ assert step: OpStep{Pre,Here}(o); */
      }
      return MM_PT_OK;
    }
    if (!present)
      return new_child(o, need, t, lvl, i, 0, cur, last);
    if (leaf) {
      if (!o.replace)
        return MM_PT_EEXIST;
      return new_child(o, need, t, lvl, i, e, cur, last);
    }
  }
  return descend(o, need, t, lvl, i, e, cur, last);
}

/* One step of range_in_table's loop: entry_op on [cur, last], and what the
 * loop did on [cur0, cur) stays done: the step keeps every walk outside
 * [cur, last], and t is on the route of every address of the range
 * (docs/proofs.md, recipe 22: the fact proven here, not in the loop). */
/*@
  requires op: OpOk(o) && NeedOk(o, need);
  requires table: t < o.p->used && o.p->level[t] == lvl && i < 512;
  requires level: 1 <= lvl <= o.p->top;
  requires range: o.va0 <= cur <= last <= o.last0;
  requires full: lvl == 1 ==> full == 1;
  requires aligned: full != 0 && lvl >= 2 ==> cur % LevelSpan(lvl) == 0;
  requires whole: full != 0 ==> last == cur + LevelSpan(lvl) - 1;
  requires range_op: OpRange(o);
  requires route: OnRange(o, t, lvl, cur, last) && OneIndex(lvl, i, cur, last);
  requires pages: cur % 0x1000 == 0 && last % 0x1000 == 0xFFF;
  requires before: o.va0 <= cur0 <= cur;
  requires route0: OnRange(o, t, lvl, cur0, last);
  requires canon: \forall integer va; cur0 <= va <= last ==> CanonTop(o.p->top, va);
  terminates \true;
  decreases 4 * lvl + 2;
  assigns *need, o.p->used, o.p->mem.word[0 .. o.p->mem.nframes * 512 - 1],
          o.p->level[0 .. o.p->mem.nframes - 1], o.p->prefix[0 .. o.p->mem.nframes - 1];
  ensures op: OpOk(o) && NeedOk(o, need);
  ensures step: OpStep{Pre,Post}(o);
  ensures status: Status(o, \result);
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures state: WalkState{Pre,Post}(o.p, o.c);
  ensures above: WordsAbove{Pre,Post}(o.p, lvl);
  ensures frame: \result == MM_PT_OK && \old(Claim(o)) ==> Outside{Pre,Post}(o, lvl, cur, last);
  ensures done: \result == MM_PT_OK && \old(Claim(o)) ==> AllDone(o, t, lvl, cur, last);
  ensures kept_map: \result == MM_PT_OK && \old(Claim(o)) ==>
    \forall integer va, pa, prot; cur0 <= va < cur && CanonTop(o.p->top, va) &&
      \old(XMapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl, va, pa, prot)) ==>
      XMapped(&o.p->mem, o.c, FrameAddr(o.p->mem.base, t), lvl, va, pa, prot);
  ensures kept: \result == MM_PT_OK && \old(Claim(o)) ==>
                \forall integer va; cur0 <= va < cur && CanonTop(o.p->top, va) &&
                  \old(Done(o, t, lvl, va)) ==> Done(o, t, lvl, va);
*/
static int range_step(struct op o, uint64_t *need, uint32_t t, uint32_t lvl, uint32_t i,
                      uint64_t cur0, uint64_t cur, uint64_t last, int full)
{
  int rc = entry_op(o, need, t, lvl, i, cur, last, full);
  (void)cur0; /* the start of the loop's range: named for the contract */
  if (rc != MM_PT_OK)
    return rc;
  /*@ assert laws: XlateWalkLaws; */
  /*@ assert on_t: \forall integer va; cur0 <= va <= last ==> \at(OnPathTo(o.p, va, t, lvl), Pre); */
  /*@ assert base: o.p->mem.base == \at(o.p->mem.base, Pre) && \at(o.p->level[t], Pre) == lvl &&
                  o.p->top == \at(o.p->top, Pre); */
  return rc;
}

/* Every entry of table t (level lvl) that [cur, last] covers, in order. */
static int range_in_table(struct op o, uint64_t *need, uint32_t t, uint32_t lvl, uint64_t cur,
                          uint64_t last)
{
  uint64_t span = mm_level_span(lvl);
  uint64_t cur0 = cur;
  /*@ loop invariant range: cur0 <= cur <= last;
      loop invariant op: OpOk(o) && NeedOk(o, need) && t < o.p->used && o.p->level[t] == lvl;
      loop invariant step: OpStep{Pre,Here}(o);
      loop invariant tree: \at(PoolTree(o.p), Pre) ==> PoolTree(o.p);
      loop invariant state: WalkState{Pre,Here}(o.p, o.c) && Grown{Pre,Here}(o.p);
      loop invariant above: WordsAbove{Pre,Here}(o.p, lvl);
      loop invariant route: OnRange(o, t, lvl, cur, last);
      loop invariant page: cur % 0x1000 == 0;
      loop invariant claim: \at(Claim(o), Pre) ==> Claim(o);
      loop invariant done: \at(Claim(o), Pre) ==> AllDone(o, t, lvl, cur0, cur - 1);
      loop invariant frame: \at(Claim(o), Pre) ==> Outside{Pre,Here}(o, lvl, cur0, cur - 1);
      loop assigns cur, *need, o.p->used, o.p->mem.word[0 .. o.p->mem.nframes * 512 - 1],
              o.p->level[0 .. o.p->mem.nframes - 1], o.p->prefix[0 .. o.p->mem.nframes - 1];
      loop variant last - cur; */
  for (;;) {
    uint64_t off = span_offset(cur, lvl);
    uint64_t room = span - 1 - off;
    uint64_t sub = last - cur <= room ? last : cur + room;
    /*@ assert block: IndexBlock(lvl, cur, sub) && OnRange(o, t, lvl, cur, sub); */
    /*@ assert span_lvl: (lvl == 1 ==> span == 0x1000) && (lvl == 2 ==> span == 0x200000) &&
          (lvl == 3 ==> span == 0x40000000) && (lvl == 4 ==> span == 0x8000000000) &&
          (lvl == 5 ==> span == 0x1000000000000); */
    /*@ assert off_page: (lvl == 1 ==> off == 0) && (lvl == 2 ==> off % 0x1000 == 0) &&
          (lvl == 3 ==> off % 0x1000 == 0) && (lvl == 4 ==> off % 0x1000 == 0) &&
          (lvl == 5 ==> off % 0x1000 == 0); */
    /*@ assert span_page: span % 0x1000 == 0 && off % 0x1000 == 0; */
    /*@ assert sub_page: sub % 0x1000 == 0xFFF; */
Step: __attribute__((unused));
    /*@ assert canon: \forall integer va; cur0 <= va <= sub ==> CanonTop(o.p->top, va); */
    int rc = range_step(o, need, t, lvl, index_at(cur, lvl), cur0, cur, sub,
                        lvl == 1 || (off == 0 && sub - cur == span - 1));
    if (rc != MM_PT_OK)
      return rc;
    /* What was done before stays done: t is on the route of every address
     * of the range, and the step kept every walk outside [cur, sub]. The
     * walk laws only from here: every goal after this line carries them
     * (docs/proofs.md, recipe 23). */
    /*@ assert step_next: OpStep{Pre,Here}(o); */
    /*@ assert route_next: sub < last ==> OnRange(o, t, lvl, sub + 1, last); */
    /*@ assert laws: XlateWalkLaws && XlateFrameLaws; */
    /*@ assert kept_done: \at(Claim(o), Pre) ==> AllDone(o, t, lvl, cur0, cur - 1); */
    /*@ assert kept_frame: \at(Claim(o), Pre) ==> Outside{Pre,Here}(o, lvl, cur0, sub); */
    if (sub == last)
      return MM_PT_OK;
    cur = sub + 1;
  }
}

/* The rules every range obeys: see pagemap.h. */
/*@
  requires pool: PoolOk(p) && ValidCpu(c);
  terminates \true;
  assigns \nothing;
  ensures decides: \result != 0 <==> RangeArgs(p, c, root, va, size);
*/
static int range_ok(const struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                    uint64_t va, uint64_t size)
{
  uint64_t last;
  if ((c->la57 == 1) != (p->top == 5))
    return 0;
  /* A top-level table's prefix is 0 by PoolOk (below 512^0). */
  if (root >= p->used || p->level[root] != p->top)
    return 0;
  if (va % MM_P12 != 0 || size % MM_P12 != 0 || size == 0 || size - 1 > MM_U64_MAX - va)
    return 0;
  last = va + (size - 1);
  if (p->top == 5)
    return last < MM_P56 || va >= 0xFF00000000000000ULL;
  return last < MM_P47 || va >= 0xFFFF800000000000ULL;
}

/* Count, then write if the pool has the frames. The write pass makes the
 * count pass's decisions on the same entries, so it cannot fail; should it
 * (a frame more than counted), it says so with MM_PT_ECOUNT. The count in
 * *need, run's local. */
/*@
  requires op: OpOk(o) && o.commit == 0 && NeedOk(o, need) && *need == 0;
  requires root: root < o.p->used && o.p->level[root] == o.p->top && o.p->prefix[root] == 0;
  requires range_op: OpRange(o);
  terminates \true;
  assigns *need, o.p->used, o.p->mem.word[0 .. o.p->mem.nframes * 512 - 1],
          o.p->level[0 .. o.p->mem.nframes - 1], o.p->prefix[0 .. o.p->mem.nframes - 1];
  ensures pool: PoolOk(o.p);
  ensures status: \result == MM_PT_OK || \result == MM_PT_EBADTABLE || \result == MM_PT_ENOMEM ||
                  (o.unmap == 0 && \result == MM_PT_EEXIST) || \result == MM_PT_ECOUNT;
  ensures unchanged: \result != MM_PT_OK && \result != MM_PT_ECOUNT ==> PoolSame{Pre,Post}(o.p);
  ensures records: \forall integer f; 0 <= f < \old(o.p->used) ==>
                     o.p->level[f] == \old(o.p->level[f]) && o.p->prefix[f] == \old(o.p->prefix[f]);
  ensures grows: \old(o.p->used) <= o.p->used;
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures done: \result == MM_PT_OK && \old(PoolTree(o.p) && PoolBelow(o.p, o.c)) ==>
                AllDone(o, root, o.p->top, o.va0, o.last0);
  ensures frame: \result == MM_PT_OK && \old(PoolTree(o.p) && PoolBelow(o.p, o.c)) ==>
                 Outside{Pre,Post}(o, o.p->top, o.va0, o.last0);
  ensures root: \result == MM_PT_OK && \old(PoolTree(o.p) && PoolBelow(o.p, o.c)) ==>
    \forall integer va; CanonTop(o.p->top, va) && (va < o.va0 || va > o.last0) ==>
      XSame{Pre,Post}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, root), o.p->top,
                      FrameAddr(o.p->mem.base, root), o.p->top, va);
*/
static int passes(struct op o, uint64_t *need, uint32_t root)
{
  int rc = range_in_table(o, need, root, o.p->top, o.va0, o.last0);
  if (rc != MM_PT_OK)
    return rc;
  if (*need > (uint64_t)(o.p->mem.nframes - o.p->used))
    return MM_PT_ENOMEM;
  o.commit = 1;
  o.limit = o.p->used + (uint32_t)*need;
  /*@ assert write: OpOk(o) && NeedOk(o, need); */
  /*@ assert write_range: OpRange(o) && o.p->prefix[root] == 0; */
  /*@ assert route_laws: XlateWalkLaws && XlateFrameLaws; */
  /* The count pass changed nothing, so no walk (PoolSame; route_xframe). */
  /*@ assert counted: PoolSame{Pre,Here}(o.p); */
  /*@ assert counted_kept: WordsKept{Pre,Here}(o.p) && WalkState{Pre,Here}(o.p, o.c) &&
                           Grown{Pre,Here}(o.p); */
  /*@ assert counted_frame: \at(PoolTree(o.p), Pre) ==> \forall integer va; 0 <= va ==>
        XFrame{Pre,Here}(o.p, o.c, va, o.p->top); */
  /*@ assert claim: \at(PoolTree(o.p) && PoolBelow(o.p, o.c), Pre) ==> Claim(o); */
Write: __attribute__((unused));
  rc = range_in_table(o, need, root, o.p->top, o.va0, o.last0);
  /*@ assert written: PoolOk(o.p); */
  if (rc != MM_PT_OK)
    return MM_PT_ECOUNT;
  /*@ assert done_w: \at(PoolTree(o.p) && PoolBelow(o.p, o.c), Pre) ==>
        AllDone(o, root, o.p->top, o.va0, o.last0); */
  /* Done reads no field the write pass set (commit, limit). */
  /*@ assert fields: o.p == \at(o, Pre).p && o.c == \at(o, Pre).c && o.unmap == \at(o, Pre).unmap &&
        o.pa0 == \at(o, Pre).pa0 && o.va0 == \at(o, Pre).va0 && o.prot == \at(o, Pre).prot &&
        o.last0 == \at(o, Pre).last0; */
  /*@ assert done_va: \at(PoolTree(o.p) && PoolBelow(o.p, o.c), Pre) ==> \forall integer va;
        o.va0 <= va <= o.last0 ==> Done(\at(o, Pre), root, o.p->top, va); */
  /*@ assert frame_w: \at(PoolTree(o.p) && PoolBelow(o.p, o.c), Pre) ==>
        Outside{Write,Here}(o, o.p->top, o.va0, o.last0); */
  /*@ assert frame_all: \at(PoolTree(o.p) && PoolBelow(o.p, o.c), Pre) ==> \forall integer va;
        CanonTop(o.p->top, va) && (va < o.va0 || va > o.last0) ==>
        XFrame{Pre,Write}(o.p, o.c, va, o.p->top) && XFrame{Write,Here}(o.p, o.c, va, o.p->top); */
  /*@ assert frame_va: \at(PoolTree(o.p) && PoolBelow(o.p, o.c), Pre) ==> \forall integer va;
        CanonTop(o.p->top, va) && (va < o.va0 || va > o.last0) ==> XFrame{Pre,Here}(o.p, o.c, va, o.p->top); */
  /*@ assert frame_pre: \at(PoolTree(o.p) && PoolBelow(o.p, o.c), Pre) ==>
        Outside{Pre,Here}(\at(o, Pre), o.p->top, o.va0, o.last0); */
  /* From the root: root is on every address's route (prefix 0). */
  /*@ assert root_path: \forall integer va; 0 <= va ==> \at(OnPathTo(o.p, va, root, o.p->top), Pre); */
  /*@ assert root_here: \at(PoolTree(o.p) && PoolBelow(o.p, o.c), Pre) ==> \forall integer va;
        CanonTop(o.p->top, va) && (va < o.va0 || va > o.last0) ==>
        XSame{Pre,Here}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, root), o.p->top,
                        FrameAddr(o.p->mem.base, root), o.p->top, va); */
  /*@ assert root_pre: \at(PoolTree(o.p) && PoolBelow(o.p, o.c), Pre) ==> \forall integer va;
        CanonTop(\at(o, Pre).p->top, va) && (va < \at(o, Pre).va0 || va > \at(o, Pre).last0) ==>
        XSame{Pre,Here}(&\at(o, Pre).p->mem, \at(o, Pre).c, FrameAddr(\at(o, Pre).p->mem.base, root),
                        \at(o, Pre).p->top, FrameAddr(\at(o, Pre).p->mem.base, root),
                        \at(o, Pre).p->top, va); */
  return MM_PT_OK;
}

/* passes() with its count on the stack: a function of its own, so that the
 * count's deallocation is reasoned about against one call's contract
 * (docs/proofs.md, recipe 17). */
/*@
  requires op: OpOk(o) && o.commit == 0;
  requires root: root < o.p->used && o.p->level[root] == o.p->top && o.p->prefix[root] == 0;
  requires range_op: OpRange(o);
  terminates \true;
  assigns o.p->used, o.p->mem.word[0 .. o.p->mem.nframes * 512 - 1],
          o.p->level[0 .. o.p->mem.nframes - 1], o.p->prefix[0 .. o.p->mem.nframes - 1];
  ensures pool: PoolOk(o.p);
  ensures status: \result == MM_PT_OK || \result == MM_PT_EBADTABLE || \result == MM_PT_ENOMEM ||
                  (o.unmap == 0 && \result == MM_PT_EEXIST) || \result == MM_PT_ECOUNT;
  ensures unchanged: \result != MM_PT_OK && \result != MM_PT_ECOUNT ==> PoolSame{Pre,Post}(o.p);
  ensures records: \forall integer f; 0 <= f < \old(o.p->used) ==>
                     o.p->level[f] == \old(o.p->level[f]) && o.p->prefix[f] == \old(o.p->prefix[f]);
  ensures grows: \old(o.p->used) <= o.p->used;
  ensures tree: \old(PoolTree(o.p)) ==> PoolTree(o.p);
  ensures done: \result == MM_PT_OK && \old(PoolTree(o.p) && PoolBelow(o.p, o.c)) ==>
                AllDone(o, root, o.p->top, o.va0, o.last0);
  ensures frame: \result == MM_PT_OK && \old(PoolTree(o.p) && PoolBelow(o.p, o.c)) ==>
                 Outside{Pre,Post}(o, o.p->top, o.va0, o.last0);
  ensures root: \result == MM_PT_OK && \old(PoolTree(o.p) && PoolBelow(o.p, o.c)) ==>
    \forall integer va; CanonTop(o.p->top, va) && (va < o.va0 || va > o.last0) ==>
      XSame{Pre,Post}(&o.p->mem, o.c, FrameAddr(o.p->mem.base, root), o.p->top,
                      FrameAddr(o.p->mem.base, root), o.p->top, va);
*/
static int run(struct op o, uint32_t root)
{
  uint64_t need = 0;
  return passes(o, &need, root);
}

/* mm_map_range's argument rules (pagemap.h), and the largest page level
 * pa - va allows, in *best. */
/*@
  requires pool: PoolOk(p) && ValidCpu(c);
  requires out: \valid(best) && \separated(best, p, c, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                p->level + (0 .. p->mem.nframes - 1), p->prefix + (0 .. p->mem.nframes - 1));
  terminates \true;
  assigns *best;
  ensures decides: \result == MM_PT_OK <==> MapArgs(p, c, root, va, pa, size, prot, max_level, flags);
  ensures einval: \result == MM_PT_OK || \result == MM_PT_EINVAL;
  ensures best: \result == MM_PT_OK ==> 1 <= *best <= 3 && *best <= max_level;
  ensures congr: \result == MM_PT_OK ==> pa % LevelSpan(*best) == va % LevelSpan(*best);
*/
static int map_check(const struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                     uint64_t va, uint64_t pa, uint64_t size, uint64_t prot,
                     uint32_t max_level, uint32_t flags, uint32_t *best)
{
  uint32_t b;
  if (!range_ok(p, c, root, va, size))
    return MM_PT_EINVAL;
  if (pa % MM_P12 != 0 || pa > c->pa_limit || size > c->pa_limit - pa)
    return MM_PT_EINVAL;
  if ((prot % MM_P63) % 2 != 0 || prot % MM_P63 >= 0x200 || (prot >= MM_P63 && c->nxe == 0))
    return MM_PT_EINVAL;
  if (max_level < 1 || max_level > 3 || (max_level == 3 && c->pdpe1gb == 0))
    return MM_PT_EINVAL;
  if (flags > MM_MAP_REPLACE)
    return MM_PT_EINVAL;
  /* The largest page whose alignment pa and va share (pa - va aligned). */
  b = max_level;
  /*@ loop invariant range: 1 <= b <= max_level;
      loop assigns b;
      loop variant b; */
  while (b > 1 && span_offset(pa, b) != span_offset(va, b))
    b--;
  /* at 4 KiB, both are aligned */
  /*@ assert congr: pa % LevelSpan(b) == va % LevelSpan(b); */
  *best = b;
  return MM_PT_OK;
}

/* The operation: a value (its address is never taken). */
/*@
  requires pool: PoolOk(p) && ValidCpu(c);
  requires apart: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                             p->level + (0 .. p->mem.nframes - 1),
                             p->prefix + (0 .. p->mem.nframes - 1));
  requires args: 1 <= best <= 3 && va <= last && Flag(unmap) && Flag(replace) &&
                 (unmap == 0 ==> pa + (last - va) < 0x10000000000000) &&
                 va % 0x1000 == 0 && pa % 0x1000 == 0 &&
                 prot % 0x8000000000000000 < 0x200 && prot % 2 == 0;
  terminates \true;
  assigns \nothing;
  ensures op: OpOk(\result) && \result.p == p && \result.c == c && \result.commit == 0 &&
              \result.va0 == va && \result.last0 == last && \result.unmap == unmap;
  ensures fields: \result.pa0 == pa && \result.prot == prot && \result.best == best &&
                  \result.replace == replace;
*/
static struct op make_op(struct mm_pool *p, const struct mm_cpu *c, uint64_t va, uint64_t last,
                         uint64_t pa, uint64_t prot, uint32_t best, uint32_t unmap,
                         uint32_t replace)
{
  struct op k;
  k.p = p;
  k.c = c;
  k.va0 = va;
  k.last0 = last;
  k.pa0 = pa;
  k.prot = prot;
  k.best = best;
  k.unmap = unmap;
  k.replace = replace;
  k.commit = 0;
  k.limit = 0;
  return k;
}

/* The count pass alone, for the _count entry points: its count in *need,
 * the caller's local; a function of its own for the reason run() is
 * (docs/proofs.md, recipe 17). */
/*@
  requires op: OpOk(o) && o.commit == 0 && NeedOk(o, need) && *need == 0;
  requires root: root < o.p->used && o.p->level[root] == o.p->top && o.p->prefix[root] == 0;
  requires range_op: OpRange(o);
  terminates \true;
  assigns *need, o.p->used, o.p->mem.word[0 .. o.p->mem.nframes * 512 - 1],
          o.p->level[0 .. o.p->mem.nframes - 1], o.p->prefix[0 .. o.p->mem.nframes - 1];
  ensures same: PoolSame{Pre,Post}(o.p);
  ensures status: \result == MM_PT_OK || \result == MM_PT_EBADTABLE ||
                  (o.unmap == 0 && \result == MM_PT_EEXIST);
*/
static int count_pass(struct op o, uint64_t *need, uint32_t root)
{
  return range_in_table(o, need, root, o.p->top, o.va0, o.last0);
}

int mm_map_range(struct mm_pool *p, const struct mm_cpu *c, uint32_t root, uint64_t va,
                 uint64_t pa, uint64_t size, uint64_t prot, uint32_t max_level,
                 uint32_t flags)
{
  uint32_t best = 1;
  struct op o;
  int rc = map_check(p, c, root, va, pa, size, prot, max_level, flags, &best);
  if (rc != MM_PT_OK)
    return rc;
  o = make_op(p, c, va, va + (size - 1), pa, prot, best, 0, flags);
  /*@ assert range: OpRange(o) && p->prefix[root] == 0; */
  return run(o, root);
}

int mm_unmap_range(struct mm_pool *p, const struct mm_cpu *c, uint32_t root, uint64_t va,
                   uint64_t size)
{
  struct op o;
  if (!range_ok(p, c, root, va, size))
    return MM_PT_EINVAL;
  o = make_op(p, c, va, va + (size - 1), 0, 0, 1, 1, 0);
  /*@ assert range: OpRange(o) && p->prefix[root] == 0; */
  return run(o, root);
}

int mm_map_range_count(struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                       uint64_t va, uint64_t pa, uint64_t size, uint64_t prot,
                       uint32_t max_level, uint32_t flags, uint64_t *n)
{
  uint32_t best = 1;
  uint64_t need = 0;
  int rc = map_check(p, c, root, va, pa, size, prot, max_level, flags, &best);
  if (rc == MM_PT_OK) {
    struct op o = make_op(p, c, va, va + (size - 1), pa, prot, best, 0, flags);
    /*@ assert range: OpRange(o) && p->prefix[root] == 0; */
    rc = count_pass(o, &need, root);
  }
  /*@ assert counted: PoolSame{Pre,Here}(p); */
Counted: __attribute__((unused));
  *n = need;
  /*@ assert apart: PoolSame{Counted,Here}(p); */
  /*@ assert stored: PoolSame{Pre,Here}(p); */
  return rc;
}

int mm_unmap_range_count(struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                         uint64_t va, uint64_t size, uint64_t *n)
{
  uint64_t need = 0;
  int rc = MM_PT_EINVAL;
  if (range_ok(p, c, root, va, size)) {
    struct op o = make_op(p, c, va, va + (size - 1), 0, 0, 1, 1, 0);
    /*@ assert range: OpRange(o) && p->prefix[root] == 0; */
    rc = count_pass(o, &need, root);
  }
  /*@ assert counted: PoolSame{Pre,Here}(p); */
Counted: __attribute__((unused));
  *n = need;
  /*@ assert apart: PoolSame{Counted,Here}(p); */
  /*@ assert stored: PoolSame{Pre,Here}(p); */
  return rc;
}
