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

/*@
  requires mem: MemOk(m);
  requires cpu: ValidCpu(c);
  requires level: 1 <= lvl <= 5;
  requires aligned: t % 0x1000 == 0;
  requires out: \valid(e) && \separated(e, m, c, m->word + (0 .. m->nframes * 512 - 1));
  terminates \true;
  assigns *e;
  behavior outside:
    assumes !InMem(m, t);
    ensures kind: \result == MM_WALK_OUTSIDE;
    ensures entry: *e == 0;
  behavior not_present:
    assumes InMem(m, t) && EPresent(Ent(m, t, va, lvl)) == 0;
    ensures kind: \result == MM_WALK_NOT_PRESENT;
    ensures entry: *e == Ent(m, t, va, lvl);
  behavior reserved:
    assumes InMem(m, t) && EPresent(Ent(m, t, va, lvl)) == 1 && Rsvd(c, Ent(m, t, va, lvl), lvl);
    ensures kind: \result == MM_WALK_RESERVED;
    ensures entry: *e == Ent(m, t, va, lvl);
  behavior leaf:
    assumes InMem(m, t) && EPresent(Ent(m, t, va, lvl)) == 1 && !Rsvd(c, Ent(m, t, va, lvl), lvl) &&
            Leaf(Ent(m, t, va, lvl), lvl);
    ensures kind: \result == MM_WALK_LEAF;
    ensures entry: *e == Ent(m, t, va, lvl);
  behavior next:
    assumes Next(m, c, t, va, lvl);
    ensures kind: \result == MM_WALK_NEXT;
    ensures entry: *e == Ent(m, t, va, lvl);
  complete behaviors;
  disjoint behaviors;
*/
int mm_walk_step(const struct mm_mem *m, const struct mm_cpu *c, uint64_t t, uint64_t va,
                 uint32_t lvl, uint64_t *e);

/*@
  requires mem: MemOk(m);
  requires cpu: ValidCpu(c);
  requires root: root % 0x1000 == 0;
  requires out: \valid(w) && \separated(w, m, c, m->word + (0 .. m->nframes * 512 - 1));
  terminates \true;
  assigns *w;
  ensures level: EndsAt(m, c, root, va, w->level);
  ensures table: w->table == TabAt(m, c, root, va, w->level);
  ensures outside: w->end == MM_WALK_OUTSIDE <==> !InMem(m, w->table);
  ensures entry: InMem(m, w->table) ==> w->entry == EntAt(m, c, root, va, w->level);
  ensures not_present: InMem(m, w->table) ==>
    (w->end == MM_WALK_NOT_PRESENT <==> EPresent(w->entry) == 0);
  ensures reserved: InMem(m, w->table) ==>
    (w->end == MM_WALK_RESERVED <==> (EPresent(w->entry) == 1 && Rsvd(c, w->entry, w->level)));
  ensures leaf: w->end == MM_WALK_LEAF <==>
    (InMem(m, w->table) && EPresent(w->entry) == 1 && !Rsvd(c, w->entry, w->level));
  ensures leaf_kind: w->end == MM_WALK_LEAF ==> Leaf(w->entry, w->level);
  ensures rights: InMem(m, w->table) ==>
    w->rw == CombWritable(m, c, root, va, w->level) &&
    w->us == CombUser(m, c, root, va, w->level) &&
    w->xd == CombXd(m, c, root, va, w->level);
*/
void mm_walk(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root, uint64_t va,
             struct mm_walk *w);

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
    ensures level: EndsAt(m, c, root, va, x->level);
    ensures outside: x->outcome == MM_XLATE_OUTSIDE <==>
      !InMem(m, TabAt(m, c, root, va, x->level));
    ensures not_present: InMem(m, TabAt(m, c, root, va, x->level)) &&
      EPresent(EntAt(m, c, root, va, x->level)) == 0 ==>
      x->outcome == MM_XLATE_PF && x->error_code == ErrAccessBits(c, acc, user);
    ensures reserved: InMem(m, TabAt(m, c, root, va, x->level)) &&
      EPresent(EntAt(m, c, root, va, x->level)) == 1 &&
      Rsvd(c, EntAt(m, c, root, va, x->level), x->level) ==>
      x->outcome == MM_XLATE_PF &&
      x->error_code == MM_PF_P + MM_PF_RSVD + ErrAccessBits(c, acc, user);
    ensures denied: InMem(m, TabAt(m, c, root, va, x->level)) &&
      EPresent(EntAt(m, c, root, va, x->level)) == 1 &&
      !Rsvd(c, EntAt(m, c, root, va, x->level), x->level) &&
      !Allowed(c, acc, user, CombWritable(m, c, root, va, x->level),
               CombUser(m, c, root, va, x->level), CombXd(m, c, root, va, x->level)) ==>
      x->outcome == MM_XLATE_PF && x->error_code == MM_PF_P + ErrAccessBits(c, acc, user);
    ensures ok: InMem(m, TabAt(m, c, root, va, x->level)) &&
      EPresent(EntAt(m, c, root, va, x->level)) == 1 &&
      !Rsvd(c, EntAt(m, c, root, va, x->level), x->level) &&
      Allowed(c, acc, user, CombWritable(m, c, root, va, x->level),
              CombUser(m, c, root, va, x->level), CombXd(m, c, root, va, x->level)) ==>
      x->outcome == MM_XLATE_OK &&
      Leaf(EntAt(m, c, root, va, x->level), x->level) &&
      x->page_size == LevelPageSize(x->level) &&
      x->pa == ELeafFrame(EntAt(m, c, root, va, x->level), x->level) + va % LevelPageSize(x->level) &&
      x->entry == EntAt(m, c, root, va, x->level) &&
      x->rw == CombWritable(m, c, root, va, x->level) &&
      x->us == CombUser(m, c, root, va, x->level) &&
      x->xd == CombXd(m, c, root, va, x->level);
  complete behaviors;
  disjoint behaviors;
*/
void mm_translate(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root, uint64_t va,
                  uint32_t acc, uint32_t user, struct mm_xlate *x);

#endif
