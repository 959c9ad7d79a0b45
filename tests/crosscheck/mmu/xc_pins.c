/* TEST TOOL: the minimal reproducers of docs/crosscheck-mmu.md as one fixed
 * run (no randomness): a table set built by the proven mm_map_range with
 * four crafted spots, one batch (EFER.NXE = CR0.WP = 1), six probes:
 *   0  T1 tcg-rsvd-p  CPL-0 read under a PML4E with PS = 1 (reserved,
 *                     SDM vol. 3A §4.5.4): SDM #PF P|RSVD
 *   1  T2 tcg-1g      CPL-0 write in a 1-GiB page: SDM #PF P|W|RSVD when
 *                     the CPU has no 1-GiB pages, success when it has them
 *   2  T3 tcg-rmw     CPL-0 lock xadd at an unmapped address: SDM #PF W
 *   3  K1 kvm_pvm     CPL-3 read through a PTE that is 0: SDM #PF U
 *   4  control        CPL-3 read of a user page: success
 *   5  control        a non-canonical read: #GP(0)
 * run.sh checks, per oracle, exactly which of them deviate.
 *
 *   mmu-xcheck pins DIR --levels 4|5 --maxphyaddr M --features F --oracle tcg|sdm */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "pagemap.h"
#include "ptimage.h"
#include "xc.h"

#define A1 0x0000100000000000ULL /* T1 */
#define A2 0x0000200000000000ULL /* T2 */
#define A3 0x0000300000000000ULL /* T3 */
#define A4 0x0000400000000000ULL /* K1, control */

int xc_pins_main(int argc, char **argv) {
  const char *dir = argv[0];
  unsigned long long levels = 4, maxphy = 40, features = 0;
  int oracle = XC_ORACLE_SDM;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--oracle"))
      oracle = xc_oracle(argv[i + 1]);
    else if (!strcmp(argv[i], "--levels"))
      levels = strtoull(argv[i + 1], NULL, 0);
    else if (!strcmp(argv[i], "--maxphyaddr"))
      maxphy = strtoull(argv[i + 1], NULL, 0);
    else if (!strcmp(argv[i], "--features"))
      features = strtoull(argv[i + 1], NULL, 0);
  }
  if (oracle < 0 || (levels != 4 && levels != 5) || maxphy < 36 || maxphy > 52) {
    fprintf(stderr, "mmu-xcheck pins: bad options\n");
    return 2;
  }
  uint64_t *w = calloc((size_t)TABLES_FRAMES * 512u, sizeof *w);
  uint8_t *lv = calloc(TABLES_FRAMES, 1);
  uint64_t *pf = calloc(TABLES_FRAMES, sizeof *pf);
  struct mm_pool pool;
  if (!w || !lv || !pf || mm_pool_init(&pool, w, lv, pf, TABLES_PA, TABLES_FRAMES, (uint32_t)levels) != MM_PT_OK)
    return 2;
  struct mm_cpu build;
  memset(&build, 0, sizeof build);
  build.pa_limit = 1ULL << 52;
  build.la57 = levels == 5;
  build.nxe = build.wp = build.pdpe1gb = 1;
  const struct {
    uint64_t va, pa, size, prot;
    unsigned lvl;
  } m[] = {
      /* the guest's region (xc_gen.c new_set) */
      {0, 0, GUEST_USER_CODE, MM_PROT_RW, 1},
      {GUEST_USER_CODE, GUEST_USER_CODE, GUEST_USER_STACK + 0x1000 - GUEST_USER_CODE, MM_PROT_RW | MM_PROT_US, 1},
      {GUEST_USER_STACK + 0x1000, GUEST_USER_STACK + 0x1000, 0x200000 - (GUEST_USER_STACK + 0x1000), MM_PROT_RW, 1},
      {0x200000, 0x200000, GUEST_MAP_END - 0x200000, MM_PROT_RW, 2},
      /* the spots */
      {A1, PAT_PA, 0x1000, MM_PROT_RW | MM_PROT_US, 1},
      {A2, 0, 0x40000000, MM_PROT_RW, 3},
      {A4, PAT_PA + 0x1000, 0x1000, MM_PROT_RW | MM_PROT_US, 1},
  };
  for (unsigned i = 0; i < sizeof m / sizeof m[0]; i++)
    if (mm_map_range(&pool, &build, 0, m[i].va, m[i].pa, m[i].size, m[i].prot, m[i].lvl, 0) != MM_PT_OK) {
      fprintf(stderr, "mmu-xcheck pins: mm_map_range %u failed\n", i);
      return 2;
    }
  /* T1: PS in the PML4E of A1 (reserved, Table 4-15); with 5 levels the
   * PML4 is the one PML5E 0 links (A1 < 2^48) */
  uint64_t pml4 = TABLES_PA;
  if (levels == 5)
    pml4 = w[(pml4 - TABLES_PA) / 8] & 0x000FFFFFFFFFF000ULL;
  w[(pml4 - TABLES_PA) / 8 + ((A1 >> 39) & 511u)] |= MM_PTE_PS;
  struct probe pr[6];
  memset(pr, 0, sizeof pr);
  pr[0] = (struct probe){.va = A1 + 0x10, .kind = PK_LOAD, .user = 0};
  pr[1] = (struct probe){.va = A2 + PAT_PA + 0x100, .kind = PK_STORE, .user = 0};
  pr[2] = (struct probe){.va = A3 + 0x20, .kind = PK_RMW, .user = 0};
  pr[3] = (struct probe){.va = A4 + 0x1000 + 0x30, .kind = PK_LOAD, .user = 1};
  pr[4] = (struct probe){.va = A4 + 0x40, .kind = PK_LOAD, .user = 1};
  pr[5] = (struct probe){.va = 0x8000000000000000ULL, .kind = PK_LOAD, .user = 0};
  struct xc_target t = {(uint32_t)maxphy, (uint32_t)features, (uint32_t)oracle};
  struct mm_cpu cpu;
  xc_cpu(&cpu, (uint32_t)levels, BF_NXE | BF_WP, &t);
  for (unsigned i = 0; i < 6; i++) {
    struct xc_expect e;
    xc_expect(&pool.mem, &cpu, TABLES_PA, &pr[i], oracle, &e);
    pr[i].value = e.o.outcome == MM_XLATE_OK ? e.o.value : (STORE_MARK | i);
  }
  unsigned char ctl[sizeof(struct ctl_header) + sizeof(struct ctl_batch)];
  memset(ctl, 0, sizeof ctl);
  struct ctl_header *h = (struct ctl_header *)ctl;
  struct ctl_batch *b = (struct ctl_batch *)(ctl + sizeof *h);
  h->magic = CTL_MAGIC;
  h->levels = (uint32_t)levels;
  h->nbatches = 1;
  h->nprobes = 6;
  b->root = TABLES_PA;
  b->first = 0;
  b->count = 6;
  b->flags = BF_NXE | BF_WP;
  struct mm_ptimage_header ih;
  memset(&ih, 0, sizeof ih);
  memcpy(ih.magic, MM_PTIMAGE_MAGIC, 8);
  ih.version = MM_PTIMAGE_VERSION;
  ih.levels = (uint32_t)levels;
  ih.root = TABLES_PA;
  ih.base = TABLES_PA;
  ih.nframes = TABLES_FRAMES;
  ih.maxphyaddr = (uint32_t)maxphy;
  ih.flags = MM_PTIMAGE_NXE | MM_PTIMAGE_WP | (levels == 5 ? MM_PTIMAGE_LA57 : 0) |
             ((features & RF_PDPE1GB) ? MM_PTIMAGE_PDPE1GB : 0);
  char path[4096];
  snprintf(path, sizeof path, "%s/set0.mmpt", dir);
  struct mm_diag d;
  if (xc_write_file(dir, "ctl.bin", ctl, sizeof ctl) != 0 ||
      xc_write_file(dir, "tables.bin", w, (size_t)TABLES_FRAMES * 4096u) != 0 ||
      xc_write_file(dir, "probes.bin", pr, sizeof pr) != 0 || xc_write_file(dir, "target.bin", &t, sizeof t) != 0)
    return 2;
  if (mm_ptimage_write(path, &ih, w, &d) != 0) {
    mm_diag_print(stderr, &d);
    return 2;
  }
  printf("pins: %llu-level, MAXPHYADDR %llu, features 0x%llx: 6 probes, %u table frames (mm_map_range)\n", levels,
         maxphy, features, pool.used);
  free(w);
  free(lv);
  free(pf);
  return 0;
}
