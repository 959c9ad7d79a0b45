/* TEST TOOL: what a probe must do, by the proven page walk, and by the
 * documented deviations of an oracle (docs/crosscheck-mmu.md, "Deviations").
 *
 * The SDM outcome (vol. 3A §4.5-§4.7; vol. 1 §3.3.7.1 for #GP) is
 * mm_translate's, for a read (load), a write (store, and the locked
 * read-modify-write: one access that writes, SDM vol. 3A §4.7 "W/R": the
 * access causing the fault was a write) or an instruction fetch.
 *
 * QEMU TCG deviates in three documented ways, each applied only for
 * XC_ORACLE_TCG and counted by its own bit so that the run reports how often
 * it was relied on:
 *   XC_DEV_TCG_1G    a PDPTE with PS = 1 maps a 1-GiB page although the CPU
 *                    model has no 1-GiB pages (CPUID.80000001H:EDX[26] = 0):
 *                    SDM §4.5.4 makes PS reserved there. Modelled by walking
 *                    with pdpe1gb = 1.
 *   XC_DEV_TCG_RMW   a locked read-modify-write is executed as a load, then
 *                    a store (single-threaded TCG): when the read part is not
 *                    allowed, the fault is that of a read (W/R = 0).
 *   XC_DEV_TCG_RSVDP a #PF for a reserved bit has RSVD = 1 but P = 0; the
 *                    SDM (§4.7, RSVD flag): "bit 3 of the error code can be
 *                    set only if bit 0 is also set". */
#include <string.h>

#include "xc.h"

static const uint32_t access_of[PK_KINDS] = {MM_ACC_READ, MM_ACC_WRITE, MM_ACC_FETCH, MM_ACC_WRITE};

static void from_xlate(const struct mm_xlate *x, const struct probe *p, struct xc_outcome *e) {
  e->outcome = x->outcome;
  e->error = x->error_code;
  e->pa = x->pa;
  if (x->outcome == MM_XLATE_GP)
    e->vector = 13;
  else if (x->outcome == MM_XLATE_PF)
    e->vector = 14;
  else
    e->vector = RV_NONE;
  e->value = 0;
  if (x->outcome == MM_XLATE_OK)
    e->value = p->kind == PK_FETCH ? (PAT_TAG | x->pa) : xc_pattern_u64(x->pa);
}

void xc_expect(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root, const struct probe *p, int oracle,
               struct xc_expect *e) {
  struct mm_xlate x;
  unsigned k = p->kind % PK_KINDS;
  mm_translate(m, c, root, p->va, access_of[k], p->user, &x);
  from_xlate(&x, p, &e->sdm);
  e->o = e->sdm;
  e->deviation = 0;
  if (oracle != XC_ORACLE_TCG)
    return;
  struct mm_cpu t = *c;
  if (!c->pdpe1gb) {
    t.pdpe1gb = 1;
    struct mm_xlate y;
    mm_translate(m, &t, root, p->va, access_of[k], p->user, &y);
    if (y.outcome != x.outcome || y.error_code != x.error_code || (y.outcome == MM_XLATE_OK && y.pa != x.pa))
      e->deviation |= XC_DEV_TCG_1G;
    x = y;
  }
  if (k == PK_RMW) {
    struct mm_xlate r;
    mm_translate(m, &t, root, p->va, MM_ACC_READ, p->user, &r);
    if (r.outcome == MM_XLATE_PF) {
      if (r.error_code != x.error_code)
        e->deviation |= XC_DEV_TCG_RMW;
      x = r;
    }
  }
  from_xlate(&x, p, &e->o);
  if (x.outcome == MM_XLATE_PF && (x.error_code & MM_PF_RSVD)) {
    e->o.error &= ~MM_PF_P;
    e->deviation |= XC_DEV_TCG_RSVDP;
  }
}

int xc_oracle(const char *name) {
  if (strcmp(name, "tcg") == 0)
    return XC_ORACLE_TCG;
  if (strcmp(name, "sdm") == 0)
    return XC_ORACLE_SDM;
  return -1;
}
