/* TEST TOOL: compare QEMU's monitor view of the last batch's tables with the
 * proven enumerator and walk.
 *
 *   DIR/tlb.txt  `info tlb`: one line per leaf, "VA: PA FLAGS" with FLAGS the
 *                leaf entry's X G P D A C T U W (QEMU's monitor format)
 *   DIR/gva.txt  "VA<TAB>`gva2gpa VA` output" lines
 *
 * Every mapping mm_enum_next finds must be an `info tlb` line with the same
 * PA and flags, and every `info tlb` line must be such a mapping, unless the
 * proven walk of its VA ends at an entry with a reserved bit set: the
 * monitor's walk does not check reserved bits (deviation M1 of
 * docs/crosscheck-mmu.md: not the MMU, which faults there). Likewise for
 * gva2gpa. */
#include <stdlib.h>
#include <string.h>

#include "enumerate.h"
#include "xc.h"

struct line {
  uint64_t va, pa;
  char flags[10];
};

static int cmp_line(const void *a, const void *b) {
  uint64_t x = ((const struct line *)a)->va, y = ((const struct line *)b)->va;
  return x < y ? -1 : x > y;
}

/* QEMU's letters for a leaf entry; P is the PS flag, which a PTE does not
 * have (its bit 7 is PAT): QEMU prints it for 2-MiB and 1-GiB leaves only. */
static void flags_of(uint64_t e, unsigned level, char out[10]) {
  const char *c = "XGPDACTUW";
  if (level == 1)
    e &= ~MM_PTE_PS;
  const uint64_t bit[9] = {MM_PTE_XD, MM_PTE_G, MM_PTE_PS, MM_PTE_D, MM_PTE_A, MM_PTE_PCD, MM_PTE_PWT, MM_PTE_US, MM_PTE_RW};
  for (int i = 0; i < 9; i++)
    out[i] = (e & bit[i]) ? c[i] : '-';
  out[9] = 0;
}

static struct line *read_tlb(const char *dir, size_t *n) {
  char path[4096], buf[256];
  snprintf(path, sizeof path, "%s/tlb.txt", dir);
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "mmu-xcheck: %s: cannot open\n", path);
    return NULL;
  }
  size_t cap = 1024;
  struct line *v = malloc(cap * sizeof *v);
  *n = 0;
  while (v && fgets(buf, sizeof buf, f)) {
    unsigned long long va, pa;
    char fl[16];
    if (sscanf(buf, "%llx: %llx %15s", &va, &pa, fl) != 3 || strlen(fl) != 9)
      continue;
    if (*n == cap) {
      cap *= 2;
      struct line *w = realloc(v, cap * sizeof *v);
      if (!w) {
        free(v);
        v = NULL;
        break;
      }
      v = w;
    }
    v[*n].va = va;
    v[*n].pa = pa;
    memcpy(v[*n].flags, fl, 10);
    (*n)++;
  }
  fclose(f);
  if (v)
    qsort(v, *n, sizeof *v, cmp_line);
  return v;
}

int xc_monitor_main(int argc, char **argv) {
  static struct xc_run r;
  (void)argc;
  const char *dir = argv[0];
  if (xc_load_run(&r, dir, 1) != 0)
    return 2;
  if (r.hdr.nbatches == 0)
    return 2;
  const struct ctl_batch *last = &r.batch[r.hdr.nbatches - 1];
  struct xc_target t = {r.rep.maxphyaddr, r.rep.features, 0};
  struct mm_cpu cpu;
  xc_cpu(&cpu, r.hdr.levels, last->flags, &t);
  /* the tables as the run left them: the MMU set A and D flags, which
   * `info tlb` prints (compare checks that nothing else changed) */
  if (xc_read_file(dir, "tables_after.bin", r.tables, (size_t)TABLES_FRAMES * 4096u) != 0)
    return 2;
  struct mm_mem mem;
  xc_mem(&mem, r.tables);
  size_t nq = 0;
  struct line *q = read_tlb(dir, &nq);
  if (!q)
    return 2;
  /* ours, in address order, then a merge */
  size_t cap = 1024, no = 0;
  struct line *o = malloc(cap * sizeof *o);
  struct mm_enum s;
  struct mm_mapping m;
  mm_enum_init(&s, 0);
  while (o && mm_enum_next(&mem, &cpu, last->root, &s, &m) == 1) {
    if (no == cap) {
      cap *= 2;
      struct line *w = realloc(o, cap * sizeof *o);
      if (!w)
        return 2;
      o = w;
    }
    o[no].va = m.va;
    o[no].pa = m.pa;
    flags_of(m.entry, m.level, o[no].flags);
    no++;
  }
  if (!o)
    return 2;
  uint64_t same = 0, bad = 0, rsvd = 0;
  size_t i = 0, j = 0;
  while (i < no || j < nq) {
    if (i < no && j < nq && o[i].va == q[j].va) {
      if (o[i].pa == q[j].pa && strcmp(o[i].flags, q[j].flags) == 0)
        same++;
      else if (++bad <= 20)
        printf("  MISMATCH info tlb 0x%016llx: ours PA 0x%llx %s, QEMU PA 0x%llx %s\n", (unsigned long long)o[i].va,
               (unsigned long long)o[i].pa, o[i].flags, (unsigned long long)q[j].pa, q[j].flags);
      i++, j++;
    } else if (j >= nq || (i < no && o[i].va < q[j].va)) {
      if (++bad <= 20)
        printf("  MISMATCH info tlb 0x%016llx: ours PA 0x%llx %s, not in QEMU's\n", (unsigned long long)o[i].va,
               (unsigned long long)o[i].pa, o[i].flags);
      i++;
    } else {
      struct mm_walk w = mm_walk(&mem, &cpu, last->root, q[j].va);
      if (w.end == MM_WALK_RESERVED)
        rsvd++; /* deviation M1: the monitor does not check reserved bits */
      else if (++bad <= 20)
        printf("  MISMATCH info tlb 0x%016llx: QEMU PA 0x%llx %s, ours: walk ends at level %u kind %u\n",
               (unsigned long long)q[j].va, (unsigned long long)q[j].pa, q[j].flags, w.level, w.end);
      j++;
    }
  }
  printf("monitor: info tlb: %zu lines, %zu mappings enumerated, %llu equal, %llu listed by QEMU at a reserved entry "
         "(deviation M1), %llu mismatches\n",
         nq, no, (unsigned long long)same, (unsigned long long)rsvd, (unsigned long long)bad);
  /* gva2gpa */
  char path[4096], buf[512];
  snprintf(path, sizeof path, "%s/gva.txt", dir);
  FILE *f = fopen(path, "r");
  uint64_t gn = 0, gsame = 0, grsvd = 0, gbad = 0;
  while (f && fgets(buf, sizeof buf, f)) {
    unsigned long long va, pa;
    if (sscanf(buf, "%llx", &va) != 1)
      continue;
    const char *g = strstr(buf, "gpa: 0x");
    int mapped = g && sscanf(g, "gpa: 0x%llx", &pa) == 1;
    gn++;
    struct mm_xlate x;
    mm_translate(&mem, &cpu, last->root, va, MM_ACC_READ, 0, &x);
    struct mm_walk w = mm_walk(&mem, &cpu, last->root, va);
    int ours = 0;
    uint64_t opa = 0;
    if (x.outcome != MM_XLATE_GP && w.end == MM_WALK_LEAF) {
      ours = 1;
      opa = mm_leaf_pa(w.entry, w.level, va);
    }
    if (ours == mapped && (!ours || opa == pa))
      gsame++;
    else if (x.outcome != MM_XLATE_GP && w.end == MM_WALK_RESERVED && mapped)
      grsvd++; /* deviation M1 */
    else if (++gbad <= 20)
      printf("  MISMATCH gva2gpa 0x%016llx: ours %s 0x%llx (walk end %u), QEMU: %s", va, ours ? "PA" : "unmapped",
             (unsigned long long)opa, w.end, strchr(buf, '\t') ? strchr(buf, '\t') + 1 : buf);
  }
  if (f)
    fclose(f);
  printf("monitor: gva2gpa: %llu addresses, %llu equal, %llu translated by QEMU at a reserved entry (deviation M1), "
         "%llu mismatches\n",
         (unsigned long long)gn, (unsigned long long)gsame, (unsigned long long)grsvd, (unsigned long long)gbad);
  return bad || gbad ? 1 : 0;
}
