/* TEST TOOL: compare the guest's results with the proven page walk.
 *
 * For every probe that ran, mm_translate (src/translate.h) under the batch's
 * CPU state (CR0.WP, CR4.SMEP/SMAP, EFLAGS.AC, EFER.NXE from the batch;
 * MAXPHYADDR and 1-GiB-page support as the guest's CPUID reported them)
 * gives what the MMU must do (SDM vol. 3A §4.5-§4.7, vol. 1 §3.3.7.1):
 *   #GP(0)  the address is not canonical: vector 13, error code 0;
 *   #PF     vector 14, the error code, CR2 = the address, and for a fetch
 *           the faulting RIP = the address;
 *   success the value read names the physical address reached: the
 *           pattern's 8 bytes there (load, store: lock xadd of 0), or
 *           PAT_TAG | PA for a fetch (the slot's `movabs rax, imm`).
 * Any other outcome is a mismatch, printed with a reproducer. --flip-wr
 * flips the expected W/R bit of every #PF, --shift-pa expects every access
 * that succeeds 16 bytes further on (checks that must then fail). */
#include <stdlib.h>
#include <string.h>

#include "xc.h"

static const char *kind_name[PK_KINDS] = {"read", "write", "fetch", "rmw"};
static const char *dev_name[XC_NDEV] = {"tcg-1g", "tcg-rmw", "tcg-rsvd-p"};
static const char *walk_access[PK_KINDS] = {"read", "write", "fetch", "write"};

/* The pattern after the run: a store that went where the walk did not say
 * (or happened where it said #PF) left its value somewhere else. */
static uint64_t check_pattern(const char *dir) {
  size_t n = PAT_END - PAT_PA;
  unsigned char *m = malloc(n);
  if (!m || xc_read_file(dir, "pattern.bin", m, n) != 0) {
    free(m);
    printf("  MISMATCH: no pattern.bin to check\n");
    return 1;
  }
  uint64_t bad = 0;
  for (size_t i = 0; i < n; i += 8) {
    uint64_t v;
    memcpy(&v, m + i, 8);
    uint64_t want = xc_pattern_u64(PAT_PA + i);
    if (v != want && ++bad <= 10)
      printf("  MISMATCH pattern at PA 0x%llx: 0x%016llx, expected 0x%016llx%s\n", (unsigned long long)(PAT_PA + i),
             (unsigned long long)v, (unsigned long long)want,
             (v >> 48) == (STORE_MARK >> 48) ? " (a store the walk said faults)" : " (a store went elsewhere)");
  }
  free(m);
  printf("compare: pattern after the run: %zu words checked, %llu changed\n", n / 8, (unsigned long long)bad);
  return bad;
}

/* The tables after the run: the MMU may only have set A (bit 5) and D
 * (bit 6) flags (SDM vol. 3A §4.8). */
static uint64_t check_tables(const char *dir, const struct xc_run *r) {
  size_t n = (size_t)TABLES_FRAMES * 512u;
  uint64_t *w = malloc(n * 8), bad = 0, a = 0, d = 0;
  if (!w || xc_read_file(dir, "tables_after.bin", w, n * 8) != 0) {
    free(w);
    printf("  MISMATCH: no tables_after.bin to check\n");
    return 1;
  }
  for (size_t i = 0; i < n; i++) {
    uint64_t x = w[i] ^ r->tables[i];
    if ((x & ~(MM_PTE_A | MM_PTE_D)) || (x & r->tables[i])) {
      if (++bad <= 10)
        printf("  MISMATCH table entry at PA 0x%llx: 0x%016llx before, 0x%016llx after\n",
               (unsigned long long)(TABLES_PA + i * 8), (unsigned long long)r->tables[i], (unsigned long long)w[i]);
    }
    a += (x & MM_PTE_A) != 0;
    d += (x & MM_PTE_D) != 0;
  }
  free(w);
  printf("compare: tables after the run: %llu A and %llu D flags set by the MMU, %llu other changes\n",
         (unsigned long long)a, (unsigned long long)d, (unsigned long long)bad);
  return bad;
}

static void reproducer(const char *dir, const struct xc_run *r, uint32_t b, const struct probe *p) {
  uint32_t f = r->batch[b].flags, set = 0;
  for (uint32_t i = 1; i <= b; i++) /* the sets' batches are consecutive */
    set += r->batch[i].root != r->batch[i - 1].root;
  printf("    reproduce: mmspec walk %s/set%u.mmpt 0x%016llx --access %s%s%s %s %s%s%s\n", dir, set,
         (unsigned long long)p->va, walk_access[p->kind % PK_KINDS], p->user ? " --user" : "", (f & BF_AC) ? " --ac" : "",
         (f & BF_NXE) ? "--nxe" : "--no-nxe", (f & BF_WP) ? "--wp" : "--no-wp", (f & BF_SMEP) ? " --smep" : "",
         (f & BF_SMAP) ? " --smap" : "");
}

int xc_compare_main(int argc, char **argv) {
  static struct xc_run r;
  const char *dir = argv[0];
  int flip = argc > 1 && strcmp(argv[1], "--flip-wr") == 0;
  int shift = argc > 1 && strcmp(argv[1], "--shift-pa") == 0; /* a wrong PA expected: must fail */
  if (xc_load_run(&r, dir, 1) != 0)
    return 2;
  struct xc_target want;
  if (xc_read_file(dir, "target.bin", &want, sizeof want) != 0)
    return 2;
  if (r.rep.magic != REPORT_MAGIC || !r.rep.done) {
    printf("compare: the guest did not finish (report magic 0x%llx, done %u, panic vector 0x%x at 0x%llx)\n",
           (unsigned long long)r.rep.magic, r.rep.done, r.rep.panic_vector, (unsigned long long)r.rep.panic_rip);
    return 1;
  }
  struct xc_target t = {r.rep.maxphyaddr, r.rep.features, 0};
  printf("compare: the guest's CPU: MAXPHYADDR %u, features 0x%x (pdpe1gb %u smep %u smap %u la57 %u nx %u)\n",
         t.maxphyaddr, t.features, !!(t.features & RF_PDPE1GB), !!(t.features & RF_SMEP),
         !!(t.features & RF_SMAP), !!(t.features & RF_LA57), !!(t.features & RF_NX));
  if (t.maxphyaddr != want.maxphyaddr || (t.features & RF_PDPE1GB) != (want.features & RF_PDPE1GB) ||
      (want.features & ~t.features & (RF_SMEP | RF_SMAP))) {
    printf("compare: the tables were built for MAXPHYADDR %u, features 0x%x: not this CPU\n", want.maxphyaddr,
           want.features);
    return 1;
  }
  struct mm_mem mem;
  xc_mem(&mem, r.tables);
  uint64_t run = 0, skipped = 0, bad = 0, by_kind[PK_KINDS] = {0}, by_ring[2] = {0}, ok = 0, pf = 0, rsvd = 0,
           gp = 0, dev[XC_NDEV] = {0};
  for (uint32_t b = 0; b < r.hdr.nbatches; b++) {
    struct mm_cpu cpu;
    xc_cpu(&cpu, r.hdr.levels, r.batch[b].flags, &t);
    for (uint32_t j = r.batch[b].first; j < r.batch[b].first + r.batch[b].count; j++) {
      const struct probe *p = &r.probe[j];
      const struct result *got = &r.result[j];
      if (got->status == RS_SKIPPED) {
        skipped++;
        continue;
      }
      char why[200] = "";
      struct xc_expect e;
      xc_expect(&mem, &cpu, r.batch[b].root, p, (int)want.oracle, &e);
      const struct xc_outcome *o = &e.o;
      for (unsigned d = 0; d < XC_NDEV; d++) {
        if (!((e.deviation >> d) & 1))
          continue;
        if (dev[d]++ == 0) { /* the first probe that relies on it: an example */
          printf("  deviation %s, first relied on by probe %u (batch %u, flags 0x%x): %s 0x%016llx CPL %u: SDM %s "
                 "error 0x%x, oracle must give %s error 0x%x; got vector %u error 0x%x\n",
                 dev_name[d], j, b, r.batch[b].flags, kind_name[p->kind % PK_KINDS], (unsigned long long)p->va,
                 p->user ? 3 : 0, e.sdm.vector == 14 ? "#PF" : e.sdm.vector == 13 ? "#GP" : "success", e.sdm.error,
                 o->vector == 14 ? "#PF" : o->vector == 13 ? "#GP" : "success", o->error, got->vector, got->error);
          reproducer(dir, &r, b, p);
        }
      }
      if (got->status != RS_DONE) {
        snprintf(why, sizeof why, "did not run (status %u)", got->status);
      } else if (o->outcome == MM_XLATE_GP) {
        gp++;
        if (got->vector != 13 || got->error != 0)
          snprintf(why, sizeof why, "expected #GP(0)");
      } else if (o->outcome == MM_XLATE_PF) {
        pf++;
        rsvd += (o->error & MM_PF_RSVD) != 0;
        uint32_t ec = o->error ^ (flip ? MM_PF_WR : 0);
        if (got->vector != 14 || got->error != ec || got->cr2 != p->va ||
            (p->kind == PK_FETCH && got->rip != p->va))
          snprintf(why, sizeof why, "expected #PF error 0x%x, CR2 0x%016llx", ec, (unsigned long long)p->va);
      } else if (o->outcome == MM_XLATE_OK) {
        ok++;
        /* a store reads back what it wrote; the pattern check below finds
         * where it went */
        uint64_t v = p->kind == PK_STORE ? p->value : o->value;
        if (shift) /* the value 16 bytes further on: another pattern slot */
          v = p->kind == PK_FETCH ? o->value + 16 : p->kind == PK_STORE ? v + 1 : xc_pattern_u64(o->pa + 16);
        if (got->vector != RV_NONE || got->value != v)
          snprintf(why, sizeof why, "expected success at PA 0x%llx (value 0x%016llx)", (unsigned long long)o->pa,
                   (unsigned long long)v);
      } else {
        snprintf(why, sizeof why, "the walk left the tables region (generator bug)");
      }
      if (why[0] && e.deviation)
        snprintf(why + strlen(why), sizeof why - strlen(why), " [deviations 0x%x applied; SDM: vector %u error 0x%x]",
                 e.deviation, e.sdm.vector, e.sdm.error);
      run += got->status == RS_DONE;
      by_kind[p->kind % PK_KINDS]++;
      by_ring[p->user & 1]++;
      if (why[0]) {
        if (++bad <= 20 || getenv("XC_ALL")) {
          printf("  MISMATCH probe %u (batch %u, flags 0x%x): %s 0x%016llx CPL %u: %s; got ", j, b, r.batch[b].flags,
                 kind_name[p->kind % PK_KINDS], (unsigned long long)p->va, p->user ? 3 : 0, why);
          if (got->vector == RV_NONE)
            printf("success, value 0x%016llx\n", (unsigned long long)got->value);
          else
            printf("vector %u error 0x%x CR2 0x%016llx RIP 0x%016llx\n", got->vector, got->error,
                   (unsigned long long)got->cr2, (unsigned long long)got->rip);
          reproducer(dir, &r, b, p);
        }
      }
    }
  }
  bad += check_pattern(dir);
  bad += check_tables(dir, &r);
  printf("compare: %llu probes run (load %llu, store %llu, fetch %llu, rmw %llu; CPL0 %llu, CPL3 %llu), %llu skipped, "
         "%llu mismatches; expected: %llu success, %llu #PF (%llu RSVD), %llu #GP; documented deviations relied on: "
         "%llu tcg-1g, %llu tcg-rmw, %llu tcg-rsvd-p%s\n",
         (unsigned long long)run, (unsigned long long)by_kind[0], (unsigned long long)by_kind[1],
         (unsigned long long)by_kind[2], (unsigned long long)by_kind[3], (unsigned long long)by_ring[0],
         (unsigned long long)by_ring[1],
         (unsigned long long)skipped, (unsigned long long)bad, (unsigned long long)ok, (unsigned long long)pf,
         (unsigned long long)rsvd, (unsigned long long)gp, (unsigned long long)dev[0], (unsigned long long)dev[1],
         (unsigned long long)dev[2], flip ? " [--flip-wr: W/R expectation flipped]" : shift ? " [--shift-pa: PA expectation shifted]" : "");
  return bad ? 1 : 0;
}
