/* Address translation: the IA-32e page walk (Intel SDM vol. 3A §4.5-§4.7).
 * Contracts in translate.h. Entry fields are read with / and % over powers
 * of two (gcc emits the same shifts and masks; docs/proofs.md). */
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

int mm_walk_step(const struct mm_mem *m, const struct mm_cpu *c, uint64_t t, uint64_t va,
                 uint32_t lvl, uint64_t *e)
{
  uint64_t div, idx, v;
  if (t < m->base || t - m->base >= (uint64_t)m->nframes * MM_P12) {
    *e = 0;
    return MM_WALK_OUTSIDE;
  }
  div = lvl == 5 ? MM_P48 : lvl == 4 ? MM_P39 : lvl == 3 ? MM_P30 : lvl == 2 ? MM_P21 : MM_P12;
  idx = (va / div) % 512;
  v = m->word[(t - m->base) / 8 + idx];
  *e = v;
  if (v % 2 == 0)
    return MM_WALK_NOT_PRESENT;
  if (mm_entry_reserved(c, v, lvl))
    return MM_WALK_RESERVED;
  if (lvl == 1 || (lvl <= 3 && (v / 128) % 2 == 1))
    return MM_WALK_LEAF;
  return MM_WALK_NEXT;
}

/* Fold one entry's R/W, U/S and XD into the combined rights (§4.6.1). */
#define MM_FOLD_RIGHTS(e, rw, us, xd)                                          \
  {                                                                            \
    if (((e) / 2) % 2 == 0) (rw) = 0;                                          \
    if (((e) / 4) % 2 == 0) (us) = 0;                                          \
    if ((e) >= MM_P63) (xd) = 1;                                               \
  }

void mm_walk(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root, uint64_t va,
             struct mm_walk *w)
{
  uint64_t t = root, e = 0;
  uint32_t lvl = 4;
  uint8_t rw = 1, us = 1, xd = 0;
  int k = MM_WALK_NEXT;

  if (c->la57 == 1) {
    k = mm_walk_step(m, c, t, va, 5, &e);
    lvl = 5;
    if (k != MM_WALK_OUTSIDE)
      MM_FOLD_RIGHTS(e, rw, us, xd)
    if (k == MM_WALK_NEXT) {
      t = e % MM_P52 / MM_P12 * MM_P12;
      lvl = 4;
    }
  }
  if (k == MM_WALK_NEXT) {
    k = mm_walk_step(m, c, t, va, 4, &e);
    if (k != MM_WALK_OUTSIDE)
      MM_FOLD_RIGHTS(e, rw, us, xd)
    if (k == MM_WALK_NEXT) {
      t = e % MM_P52 / MM_P12 * MM_P12;
      lvl = 3;
    }
  }
  if (k == MM_WALK_NEXT) {
    k = mm_walk_step(m, c, t, va, 3, &e);
    if (k != MM_WALK_OUTSIDE)
      MM_FOLD_RIGHTS(e, rw, us, xd)
    if (k == MM_WALK_NEXT) {
      t = e % MM_P52 / MM_P12 * MM_P12;
      lvl = 2;
    }
  }
  if (k == MM_WALK_NEXT) {
    k = mm_walk_step(m, c, t, va, 2, &e);
    if (k != MM_WALK_OUTSIDE)
      MM_FOLD_RIGHTS(e, rw, us, xd)
    if (k == MM_WALK_NEXT) {
      t = e % MM_P52 / MM_P12 * MM_P12;
      lvl = 1;
    }
  }
  if (k == MM_WALK_NEXT) {
    k = mm_walk_step(m, c, t, va, 1, &e);
    if (k != MM_WALK_OUTSIDE)
      MM_FOLD_RIGHTS(e, rw, us, xd)
  }
  w->table = t;
  w->entry = e;
  w->level = (uint8_t)lvl;
  w->end = (uint8_t)k;
  w->rw = rw;
  w->us = us;
  w->xd = xd;
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

void mm_translate(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root, uint64_t va,
                  uint32_t acc, uint32_t user, struct mm_xlate *x)
{
  struct mm_walk w;
  uint64_t size;
  int canonical = c->la57 == 1 ? (va < MM_P56 || va >= 0xFF00000000000000ULL)
                               : (va < MM_P47 || va >= 0xFFFF800000000000ULL);
  x->pa = 0;
  x->page_size = 0;
  x->entry = 0;
  x->error_code = 0;
  x->rw = 0;
  x->us = 0;
  x->xd = 0;
  if (!canonical) { /* #GP(0): SDM vol. 1 §3.3.7.1 */
    x->outcome = MM_XLATE_GP;
    x->level = 0;
    return;
  }
  mm_walk(m, c, root, va, &w);
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
  size = w.level == 3 ? MM_P30 : w.level == 2 ? MM_P21 : MM_P12;
  x->outcome = MM_XLATE_OK;
  x->page_size = size;
  x->pa = w.entry % MM_P52 / size * size + va % size;
  x->entry = w.entry;
  x->rw = w.rw;
  x->us = w.us;
  x->xd = w.xd;
}
