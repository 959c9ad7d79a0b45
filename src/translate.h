/* Address translation: the IA-32e page walk (Intel SDM vol. 3A §4.5 "4-Level
 * Paging and 5-Level Paging", §4.6 "Access Rights", §4.7 "Page-Fault
 * Exceptions"), proven equal to the logic of spec/acsl/Paging.acsl.
 *
 * Modelled: P, R/W, U/S, PS, XD and the address field of every level; the
 * reserved bits of §4.5.4 (address bits at and above MAXPHYADDR, PS in a
 * PML5E/PML4E and in a PDPTE without 1-GiB page support, bits 20:13 / 29:13 of
 * a 2-MiB / 1-GiB leaf, XD with EFER.NXE = 0); CR0.WP, CR4.SMEP, CR4.SMAP with
 * EFLAGS.AC, EFER.NXE, CR4.LA57; the #PF error code bits P, W/R, U/S, RSVD,
 * I/D. Left out (docs/paging.md): protection keys, shadow stacks, implicit
 * supervisor accesses, A/D updates, caching (PWT/PCD/PAT are reported, not
 * interpreted), and the TLB. */
#ifndef MMSPEC_TRANSLATE_H
#define MMSPEC_TRANSLATE_H

#include "paging_types.h"

/*@
  requires cpu: ValidCpu(c);
  requires level: 1 <= lvl <= 5;
  terminates \true;
  assigns \nothing;
  behavior reserved:
    assumes Rsvd(c, e, lvl);
    ensures yes: \result == 1;
  behavior valid:
    assumes !Rsvd(c, e, lvl);
    ensures no: \result == 0;
  complete behaviors;
  disjoint behaviors;
*/
int mm_entry_reserved(const struct mm_cpu *c, uint64_t e, uint32_t lvl);

/* Is the table at physical address t inside the memory? */
/*@
  requires mem: MemOk(m);
  terminates \true;
  assigns \nothing;
  ensures inside: \result == 1 <==> InMem(m, t);
  ensures flag: Flag(\result);
*/
int mm_table_inside(const struct mm_mem *m, uint64_t t);

/* The entry for va in the table of level lvl at physical address t. */
/*@
  requires mem: MemOk(m);
  requires level: 1 <= lvl <= 5;
  requires inside: InMem(m, t) && t % 0x1000 == 0;
  terminates \true;
  assigns \nothing;
  ensures value: \result == Ent(m, t, va, lvl);
*/
uint64_t mm_table_entry(const struct mm_mem *m, uint64_t t, uint64_t va, uint32_t lvl);

/* Classify an entry read at level lvl (enum mm_walk_end, never OUTSIDE). */
/*@
  requires cpu: ValidCpu(c);
  requires level: 1 <= lvl <= 5;
  terminates \true;
  assigns \nothing;
  ensures kind: \result == EntryKind(c, e, lvl);
*/
int mm_entry_kind(const struct mm_cpu *c, uint64_t e, uint32_t lvl);

/* The walk of va from root (CR3 bits 51:12): where it ends and the rights
 * combined on the way. Returned by value: the walk writes nothing. */
/*@
  requires mem: MemOk(m);
  requires cpu: ValidCpu(c);
  requires root: root % 0x1000 == 0;
  terminates \true;
  assigns \nothing;
  ensures level: \result.level == EndLevel(m, c, root, va);
  ensures level_range: 1 <= \result.level <= TopLevel(c);
  ensures leaf_level: \result.end == MM_WALK_LEAF ==> \result.level <= 3;
  ensures end_range: MM_WALK_LEAF <= \result.end <= MM_WALK_OUTSIDE;
  ensures flags: Flag(\result.rw) && Flag(\result.us) && Flag(\result.xd);
  ensures table: \result.table == EndTable(m, c, root, va);
  ensures end: \result.end == EndKind(m, c, root, va);
  ensures entry: \result.entry ==
    (EndKind(m, c, root, va) == MM_WALK_OUTSIDE ? 0 : EndEntry(m, c, root, va));
  ensures rights: \result.rw == WWritable(m, c, root, va, TopLevel(c)) &&
                  \result.us == WUser(m, c, root, va, TopLevel(c)) &&
                  \result.xd == WXd(m, c, root, va, TopLevel(c));
*/
struct mm_walk mm_walk(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root,
                       uint64_t va);

/* The physical address va maps to through the leaf entry e of level lvl. */
/*@
  requires level: 1 <= lvl <= 3;
  terminates \true;
  assigns \nothing;
  ensures value: \result == ELeafFrame(e, lvl) + va % LevelPageSize(lvl);
*/
uint64_t mm_leaf_pa(uint64_t e, uint32_t lvl, uint64_t va);

/*@
  requires cpu: ValidCpu(c);
  requires access: ValidAccess(acc, user);
  requires rights: Flag(rw) && Flag(us) && Flag(xd);
  terminates \true;
  assigns \nothing;
  behavior allowed:
    assumes Allowed(c, acc, user, rw, us, xd);
    ensures yes: \result == 1;
  behavior denied:
    assumes !Allowed(c, acc, user, rw, us, xd);
    ensures no: \result == 0;
  complete behaviors;
  disjoint behaviors;
*/
int mm_access_allowed(const struct mm_cpu *c, uint32_t acc, uint32_t user, uint32_t rw,
                      uint32_t us, uint32_t xd);

/*@
  requires cpu: ValidCpu(c);
  requires access: ValidAccess(acc, user);
  terminates \true;
  assigns \nothing;
  ensures value: \result == ErrAccessBits(c, acc, user);
*/
uint32_t mm_pf_access_bits(const struct mm_cpu *c, uint32_t acc, uint32_t user);

/* The result of a translation from where the walk w of va ended. */
/*@
  requires cpu: ValidCpu(c);
  requires access: ValidAccess(acc, user);
  requires walk: MM_WALK_LEAF <= w.end <= MM_WALK_OUTSIDE && 1 <= w.level <= 5 &&
                 (w.end == MM_WALK_LEAF ==> w.level <= 3) &&
                 Flag(w.rw) && Flag(w.us) && Flag(w.xd);
  requires out: \valid(x) && \separated(x, c);
  terminates \true;
  assigns *x;
  ensures level: x->level == w.level;
  ensures outside: w.end == MM_WALK_OUTSIDE ==> x->outcome == MM_XLATE_OUTSIDE;
  ensures not_present: w.end == MM_WALK_NOT_PRESENT ==>
    x->outcome == MM_XLATE_PF && x->error_code == \old(ErrAccessBits(c, acc, user));
  ensures reserved: w.end == MM_WALK_RESERVED ==>
    x->outcome == MM_XLATE_PF &&
    x->error_code == MM_PF_P + MM_PF_RSVD + \old(ErrAccessBits(c, acc, user));
  ensures denied: w.end == MM_WALK_LEAF && !\old(Allowed(c, acc, user, w.rw, w.us, w.xd)) ==>
    x->outcome == MM_XLATE_PF && x->error_code == MM_PF_P + \old(ErrAccessBits(c, acc, user));
  ensures ok: w.end == MM_WALK_LEAF && \old(Allowed(c, acc, user, w.rw, w.us, w.xd)) ==>
    x->outcome == MM_XLATE_OK && x->page_size == LevelPageSize(w.level) &&
    x->pa == ELeafFrame(w.entry, w.level) + va % LevelPageSize(w.level) &&
    x->entry == w.entry && x->rw == w.rw && x->us == w.us && x->xd == w.xd;
*/
void mm_xlate_finish(const struct mm_cpu *c, struct mm_walk w, uint64_t va, uint32_t acc,
                     uint32_t user, struct mm_xlate *x);

/* Translate va for an access of type acc (enum mm_access) at user (1, CPL 3)
 * or supervisor (0) privilege, with the paging structures rooted at the
 * 4-KiB-aligned physical address root (CR3 bits 51:12). */
/*@
  requires mem: MemOk(m);
  requires cpu: ValidCpu(c);
  requires root: root % 0x1000 == 0;
  requires access: ValidAccess(acc, user);
  requires out: \valid(x) && \separated(x, m, c, m->word + (0 .. m->nframes * 512 - 1));
  terminates \true;
  assigns *x;
  behavior noncanonical:
    assumes !CanonicalFor(c, va);
    ensures gp: x->outcome == MM_XLATE_GP && x->level == 0 && x->error_code == 0;
  behavior canonical:
    assumes CanonicalFor(c, va);
    ensures level: x->level == \old(EndLevel(m, c, root, va));
    ensures outside: \old(EndKind(m, c, root, va)) == MM_WALK_OUTSIDE ==>
      x->outcome == MM_XLATE_OUTSIDE;
    ensures not_present: \old(EndKind(m, c, root, va)) == MM_WALK_NOT_PRESENT ==>
      x->outcome == MM_XLATE_PF && x->error_code == \old(ErrAccessBits(c, acc, user));
    ensures reserved: \old(EndKind(m, c, root, va)) == MM_WALK_RESERVED ==>
      x->outcome == MM_XLATE_PF &&
      x->error_code == MM_PF_P + MM_PF_RSVD + \old(ErrAccessBits(c, acc, user));
    ensures denied: \old(EndKind(m, c, root, va)) == MM_WALK_LEAF &&
      !\old(Allowed(c, acc, user, WWritable(m, c, root, va, TopLevel(c)),
               WUser(m, c, root, va, TopLevel(c)), WXd(m, c, root, va, TopLevel(c)))) ==>
      x->outcome == MM_XLATE_PF && x->error_code == MM_PF_P + \old(ErrAccessBits(c, acc, user));
    ensures ok: \old(EndKind(m, c, root, va)) == MM_WALK_LEAF &&
      \old(Allowed(c, acc, user, WWritable(m, c, root, va, TopLevel(c)),
              WUser(m, c, root, va, TopLevel(c)), WXd(m, c, root, va, TopLevel(c)))) ==> x->outcome == MM_XLATE_OK;
    ensures ok_size: \old(EndKind(m, c, root, va)) == MM_WALK_LEAF &&
      \old(Allowed(c, acc, user, WWritable(m, c, root, va, TopLevel(c)),
              WUser(m, c, root, va, TopLevel(c)), WXd(m, c, root, va, TopLevel(c)))) ==> x->page_size == LevelPageSize(x->level);
    ensures ok_pa: \old(EndKind(m, c, root, va)) == MM_WALK_LEAF &&
      \old(Allowed(c, acc, user, WWritable(m, c, root, va, TopLevel(c)),
              WUser(m, c, root, va, TopLevel(c)), WXd(m, c, root, va, TopLevel(c)))) ==>
      x->pa == ELeafFrame(\old(EndEntry(m, c, root, va)), x->level) + va % LevelPageSize(x->level);
    ensures ok_entry: \old(EndKind(m, c, root, va)) == MM_WALK_LEAF &&
      \old(Allowed(c, acc, user, WWritable(m, c, root, va, TopLevel(c)),
              WUser(m, c, root, va, TopLevel(c)), WXd(m, c, root, va, TopLevel(c)))) ==> x->entry == \old(EndEntry(m, c, root, va));
    ensures ok_rights: \old(EndKind(m, c, root, va)) == MM_WALK_LEAF &&
      \old(Allowed(c, acc, user, WWritable(m, c, root, va, TopLevel(c)),
              WUser(m, c, root, va, TopLevel(c)), WXd(m, c, root, va, TopLevel(c)))) ==>
      x->rw == \old(WWritable(m, c, root, va, TopLevel(c))) &&
      x->us == \old(WUser(m, c, root, va, TopLevel(c))) &&
      x->xd == \old(WXd(m, c, root, va, TopLevel(c)));
  complete behaviors;
  disjoint behaviors;
*/
void mm_translate(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root, uint64_t va,
                  uint32_t acc, uint32_t user, struct mm_xlate *x);

#endif
