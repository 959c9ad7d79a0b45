/* Address translation: the IA-32e page walk (Intel SDM vol. 3A §4.5-§4.7).
 * Contracts in translate.h. Entry fields are read with / and % by constant
 * powers of two, which gcc compiles to shifts and masks (docs/proofs.md);
 * a variable divisor would be a real division: the code branches per level. */
#include "translate.h"

int mm_entry_reserved(const struct mm_cpu *c, uint64_t e, uint32_t lvl)
{
  uint64_t ps = (e / 128) % 2;
  if (e % MM_P52 >= c->pa_limit) /* address bits 51:MAXPHYADDR (§4.5.4) */
    return 1;
  if (c->nxe == 0 && e >= MM_P63) /* XD with IA32_EFER.NXE = 0 */
    return 1;
  if (ps == 1 && (lvl >= 4 || (lvl == 3 && c->pdpe1gb == 0))) /* PS in PML5E/PML4E; no 1-GiB pages */
    return 1;
  if (ps == 1 && lvl == 3 && (e / 0x2000) % 0x20000 != 0) /* 1-GiB leaf: bits 29:13 */
    return 1;
  if (ps == 1 && lvl == 2 && (e / 0x2000) % 0x100 != 0) /* 2-MiB leaf: bits 20:13 */
    return 1;
  return 0;
}

int mm_table_inside(const struct mm_mem *m, uint64_t t)
{
  return t >= m->base && t - m->base < (uint64_t)m->nframes * MM_P12;
}

uint64_t mm_table_entry(const struct mm_mem *m, uint64_t t, uint64_t va, uint32_t lvl)
{
  /* Constant divisors per level: gcc turns each into a shift and a mask. */
  uint64_t idx = lvl == 5 ? (va / MM_P48) % 512 : lvl == 4 ? (va / MM_P39) % 512 :
                 lvl == 3 ? (va / MM_P30) % 512 : lvl == 2 ? (va / MM_P21) % 512 :
                 (va / MM_P12) % 512;
  return m->word[(t - m->base) / 8 + idx];
}

int mm_entry_kind(const struct mm_cpu *c, uint64_t e, uint32_t lvl)
{
  if (e % 2 == 0)
    return MM_WALK_NOT_PRESENT;
  if (mm_entry_reserved(c, e, lvl))
    return MM_WALK_RESERVED;
  if (lvl == 1 || (lvl <= 3 && (e / 128) % 2 == 1))
    return MM_WALK_LEAF;
  return MM_WALK_NEXT;
}

/* The walk is a loop over the levels that writes no memory, so the loop
 * invariants and the contract speak of one memory state (docs/paging.md). */
struct mm_walk mm_walk(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root,
                       uint64_t va)
{
  struct mm_walk w;
  uint64_t t = root, e = 0;
  uint32_t lvl = c->la57 == 1 ? 5 : 4;
  uint8_t rw = 1, us = 1, xd = 0;
  int k;

  /*@ loop invariant level: 1 <= lvl <= TopLevel(c);
      loop invariant aligned: t % 0x1000 == 0;
      loop invariant end_level: WLevel(m, c, t, va, lvl) == EndLevel(m, c, root, va);
      loop invariant end_table: WTable(m, c, t, va, lvl) == EndTable(m, c, root, va);
      loop invariant rw: Flag(rw) && WWritable(m, c, root, va, TopLevel(c)) ==
                         (rw == 0 ? 0 : WWritable(m, c, t, va, lvl));
      loop invariant us: Flag(us) && WUser(m, c, root, va, TopLevel(c)) ==
                         (us == 0 ? 0 : WUser(m, c, t, va, lvl));
      loop invariant xd: Flag(xd) && WXd(m, c, root, va, TopLevel(c)) ==
                         (xd == 1 ? 1 : WXd(m, c, t, va, lvl));
      loop assigns t, e, lvl, rw, us, xd, k;
      loop variant lvl;
  */
  for (;;) {
    if (!mm_table_inside(m, t)) {
      e = 0;
      k = MM_WALK_OUTSIDE;
      break;
    }
    e = mm_table_entry(m, t, va, lvl);
    k = mm_entry_kind(c, e, lvl);
    /*@ assert step: k == StepKind(m, c, t, va, lvl); */
    if ((e / 2) % 2 == 0) /* fold R/W, U/S, XD (§4.6.1) */
      rw = 0;
    if ((e / 4) % 2 == 0)
      us = 0;
    if (e / MM_P63 == 1)
      xd = 1;
    if (k != MM_WALK_NEXT || lvl == 1)
      break;
    t = e % MM_P52 / MM_P12 * MM_P12;
    lvl--;
  }
  /*@ assert ends: WLevel(m, c, t, va, lvl) == lvl && WTable(m, c, t, va, lvl) == t; */
  /*@ assert kind: k == StepKind(m, c, t, va, lvl); */
  /*@ assert leaf_level: k == MM_WALK_LEAF ==> lvl <= 3; */
  /*@ assert end_range: MM_WALK_LEAF <= k <= MM_WALK_OUTSIDE; */
  /*@ assert entry: e == (k == MM_WALK_OUTSIDE ? 0 : Ent(m, t, va, lvl)); */
  w.table = t;
  w.entry = e;
  w.level = (uint8_t)lvl;
  w.end = (uint8_t)k;
  w.rw = rw;
  w.us = us;
  w.xd = xd;
  w.reserved_[0] = 0;
  w.reserved_[1] = 0;
  w.reserved_[2] = 0;
  return w;
}

uint64_t mm_leaf_pa(uint64_t e, uint32_t lvl, uint64_t va)
{
  /* Constant sizes per level: shifts and masks after compilation. */
  if (lvl == 3)
    return e % MM_P52 / MM_P30 * MM_P30 + va % MM_P30;
  if (lvl == 2)
    return e % MM_P52 / MM_P21 * MM_P21 + va % MM_P21;
  return e % MM_P52 / MM_P12 * MM_P12 + va % MM_P12;
}

int mm_access_allowed(const struct mm_cpu *c, uint32_t acc, uint32_t user, uint32_t rw,
                      uint32_t us, uint32_t xd)
{
  int nx = c->nxe == 1 && xd == 1;
  if (user == 1) /* CPL 3: user-mode addresses only (§4.6.1) */
    return us == 1 && (acc != MM_ACC_WRITE || rw == 1) && (acc != MM_ACC_FETCH || !nx);
  if (acc == MM_ACC_FETCH) /* supervisor fetch: SMEP, XD */
    return !(c->smep == 1 && us == 1) && !nx;
  if (us == 1 && c->smap == 1 && c->ac == 0) /* SMAP: explicit data access */
    return 0;
  return acc != MM_ACC_WRITE || c->wp == 0 || rw == 1;
}

uint32_t mm_pf_access_bits(const struct mm_cpu *c, uint32_t acc, uint32_t user)
{
  uint32_t bits = 0;
  if (acc == MM_ACC_WRITE)
    bits += MM_PF_WR;
  if (user == 1)
    bits += MM_PF_US;
  if (acc == MM_ACC_FETCH && (c->smep == 1 || c->nxe == 1))
    bits += MM_PF_ID;
  return bits;
}

void mm_xlate_finish(const struct mm_cpu *c, struct mm_walk w, uint64_t va, uint32_t acc,
                     uint32_t user, struct mm_xlate *x)
{
  x->pa = 0;
  x->page_size = 0;
  x->entry = 0;
  x->error_code = 0;
  x->rw = 0;
  x->us = 0;
  x->xd = 0;
  x->level = w.level;
  if (w.end == MM_WALK_OUTSIDE) {
    x->outcome = MM_XLATE_OUTSIDE;
    return;
  }
  if (w.end == MM_WALK_NOT_PRESENT) {
    x->outcome = MM_XLATE_PF;
    x->error_code = mm_pf_access_bits(c, acc, user);
    return;
  }
  if (w.end == MM_WALK_RESERVED) {
    x->outcome = MM_XLATE_PF;
    x->error_code = MM_PF_P + MM_PF_RSVD + mm_pf_access_bits(c, acc, user);
    return;
  }
  if (!mm_access_allowed(c, acc, user, w.rw, w.us, w.xd)) {
    x->outcome = MM_XLATE_PF;
    x->error_code = MM_PF_P + mm_pf_access_bits(c, acc, user);
    return;
  }
  x->outcome = MM_XLATE_OK;
  x->page_size = w.level == 3 ? MM_P30 : w.level == 2 ? MM_P21 : MM_P12;
  x->pa = mm_leaf_pa(w.entry, w.level, va);
  x->entry = w.entry;
  x->rw = w.rw;
  x->us = w.us;
  x->xd = w.xd;
}

void mm_translate(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root, uint64_t va,
                  uint32_t acc, uint32_t user, struct mm_xlate *x)
{
  struct mm_walk w;
  int canonical = c->la57 == 1 ? (va < MM_P56 || va >= 0xFF00000000000000ULL)
                               : (va < MM_P47 || va >= 0xFFFF800000000000ULL);
  if (!canonical) { /* #GP(0): SDM vol. 1 §3.3.7.1 */
    x->pa = 0;
    x->page_size = 0;
    x->entry = 0;
    x->error_code = 0;
    x->outcome = MM_XLATE_GP;
    x->level = 0;
    x->rw = 0;
    x->us = 0;
    x->xd = 0;
    return;
  }
  /* Walk before writing *x: the contract speaks of the tables at entry. */
  w = mm_walk(m, c, root, va);
  mm_xlate_finish(c, w, va, acc, user, x);
}
