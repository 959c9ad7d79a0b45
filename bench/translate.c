/* bench/translate: nanoseconds per call of the proven mm_translate and of a
 * kernel-style walker (bench/kwalk.c), side by side in one run, on the same
 * hot tables and the same addresses.
 *
 * The tables: a Linux-like 4-level (and, under a PML5, 5-level) kernel half:
 *   direct map   0xffff888000000000, 64 GiB in 1-GiB pages (PML4[273])
 *   kernel text  0xffffffff80000000, 512 MiB in 2-MiB pages (PML4[511])
 *   vmalloc      0xffffc90000000000, 16 MiB in 4-KiB pages, 8 page tables,
 *                the frames scattered (PML4[402])
 * 15 frames (60 KiB) of paging structures: they stay in the cache.
 *
 * The address sets (ADDRS addresses each, from a fixed-seed xorshift):
 * "mixed" (each address in one of the three regions at random), "4K", "2M",
 * "1G" (one region only), "mixed 5-level". Every access is a supervisor read
 * with NXE, WP, SMEP and SMAP on: every address translates.
 *
 * Before timing, both walkers translate every address of every set and a set
 * of faulting accesses, and must agree field by field.
 *
 * Timing: REPS repetitions; in each, for each set, each walker runs PASSES
 * times over the set (the order of the two walkers alternates between
 * repetitions), timed with CLOCK_MONOTONIC; ns per call = time / (PASSES *
 * ADDRS). Prints per set the median (and min) over the repetitions for each
 * walker and the ratio of the medians.
 *
 *   translate [-r REPS] [-p PASSES]
 *   translate --calls N SET WALKER   N calls, untimed (for callgrind):
 *                                    SET mixed|4K|2M|1G, WALKER mm|kernel */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kwalk.h"
#include "translate.h"

#define NFRAMES 15 /* F_VM_PT0 + NPT */
#define NPT 8
#define ADDRS 4096
#define BASE 0x0000000010000000ULL /* physical address of frame 0 */

enum { F_PML5, F_PML4, F_DM_PDPT, F_VM_PDPT, F_VM_PD, F_KT_PDPT, F_KT_PD, F_VM_PT0 };

static uint64_t words[NFRAMES * 512];
static const struct mm_mem mem = {words, BASE, NFRAMES, 0};
static struct mm_cpu cpu;

#define P 0x001ULL
#define RW 0x002ULL
#define A 0x020ULL
#define D 0x040ULL
#define PS 0x080ULL
#define G 0x100ULL
#define NX 0x8000000000000000ULL

#define DM_START 0xffff888000000000ULL
#define KT_START 0xffffffff80000000ULL
#define VM_START 0xffffc90000000000ULL

static uint64_t frame(int f) { return BASE + (uint64_t)f * 4096; }
static uint64_t *ent(int f, unsigned i) { return &words[(unsigned)f * 512 + i]; }
static unsigned idx(uint64_t va, int shift) { return (unsigned)(va >> shift) & 511; }

static uint64_t rng = 0x2545F4914F6CDD1DULL;
static uint64_t rnd(void)
{
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

static void build_tables(void)
{
  memset(words, 0, sizeof words);
  /* the 5-level root: PML5[511] covers the top 2^48 bytes = the 4-level
   * kernel half, so the same addresses are canonical under both */
  *ent(F_PML5, 511) = frame(F_PML4) | P | RW | A;
  /* direct map: 64 x 1 GiB */
  *ent(F_PML4, idx(DM_START, 39)) = frame(F_DM_PDPT) | P | RW | A;
  for (unsigned i = 0; i < 64; i++)
    *ent(F_DM_PDPT, idx(DM_START, 30) + i) = ((uint64_t)i << 30) | P | RW | A | D | PS | G | NX;
  /* kernel text: 256 x 2 MiB, read-only, executable */
  *ent(F_PML4, idx(KT_START, 39)) = frame(F_KT_PDPT) | P | RW | A;
  *ent(F_KT_PDPT, idx(KT_START, 30)) = frame(F_KT_PD) | P | RW | A;
  for (unsigned i = 0; i < 256; i++)
    *ent(F_KT_PD, i) = (0x1000000ULL + ((uint64_t)i << 21)) | P | A | PS | G;
  /* vmalloc: 8 page tables of 4-KiB pages, frames scattered */
  *ent(F_PML4, idx(VM_START, 39)) = frame(F_VM_PDPT) | P | RW | A;
  *ent(F_VM_PDPT, idx(VM_START, 30)) = frame(F_VM_PD) | P | RW | A;
  for (unsigned t = 0; t < NPT; t++) {
    *ent(F_VM_PD, t) = frame(F_VM_PT0 + (int)t) | P | RW | A;
    for (unsigned i = 0; i < 512; i++)
      *ent(F_VM_PT0 + (int)t, i) = ((0x100000ULL + ((t * 512 + i) * 2654435761u) % 0x400000) << 12) |
                                   P | RW | A | D | G | NX;
  }
}

enum { S_MIXED, S_4K, S_2M, S_1G, S_MIXED5, NSETS };
static const char *const set_name[NSETS] = {"mixed", "4K", "2M", "1G", "mixed 5-level"};
static uint64_t addrs[NSETS][ADDRS];

static uint64_t region_addr(int r)
{
  uint64_t x = rnd();
  if (r == 0)
    return VM_START + x % ((uint64_t)NPT << 21);
  if (r == 1)
    return KT_START + x % (256ULL << 21);
  return DM_START + x % (64ULL << 30);
}

static void build_addrs(void)
{
  for (unsigned i = 0; i < ADDRS; i++) {
    addrs[S_MIXED][i] = region_addr((int)(rnd() % 3));
    addrs[S_4K][i] = region_addr(0);
    addrs[S_2M][i] = region_addr(1);
    addrs[S_1G][i] = region_addr(2);
    addrs[S_MIXED5][i] = region_addr((int)(rnd() % 3));
  }
}

typedef void xlate_fn(const struct mm_mem *, const struct mm_cpu *, uint64_t, uint64_t, uint32_t,
                      uint32_t, struct mm_xlate *);

static struct mm_cpu cpu_for(int set)
{
  struct mm_cpu c = cpu;
  c.la57 = set == S_MIXED5;
  return c;
}
static uint64_t root_for(int set) { return set == S_MIXED5 ? frame(F_PML5) : frame(F_PML4); }

static int same(const struct mm_xlate *a, const struct mm_xlate *b)
{
  return a->outcome == b->outcome && a->level == b->level && a->error_code == b->error_code &&
         a->pa == b->pa && a->page_size == b->page_size && a->entry == b->entry &&
         a->rw == b->rw && a->us == b->us && a->xd == b->xd;
}

/* Both walkers agree on every address of every set, all of which translate,
 * and on faulting accesses around them. */
static int cross_check(void)
{
  unsigned long n = 0, bad = 0, ok = 0;
  for (int s = 0; s < NSETS; s++) {
    struct mm_cpu c = cpu_for(s);
    for (unsigned i = 0; i < ADDRS; i++)
      for (uint32_t acc = 0; acc <= 2; acc++)
        for (uint32_t user = 0; user <= 1; user++) {
          struct mm_xlate a, b;
          uint64_t va = addrs[s][i] ^ (i % 7 == 6 ? 1ULL << (rnd() % 64) : 0);
          mm_translate(&mem, &c, root_for(s), va, acc, user, &a);
          kwalk_translate(&mem, &c, root_for(s), va, acc, user, &b);
          n++;
          ok += acc == 0 && user == 0 && i % 7 != 6 && a.outcome == MM_XLATE_OK;
          if (!same(&a, &b)) {
            if (bad++ < 5)
              fprintf(stderr, "translate bench: walkers disagree: set %s va 0x%016" PRIx64
                      " acc %u user %u: mm outcome %u err 0x%x pa 0x%" PRIx64
                      ", kernel-style outcome %u err 0x%x pa 0x%" PRIx64 "\n",
                      set_name[s], va, acc, user, a.outcome, a.error_code, a.pa, b.outcome,
                      b.error_code, b.pa);
          }
        }
  }
  printf("cross-check: %lu translations compared, %lu disagreements (%lu timed accesses translate)\n",
         n, bad, ok);
  return bad == 0;
}

static double now_ns(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static volatile uint64_t sink;

static double time_walk(xlate_fn *f, int s, int passes)
{
  struct mm_cpu c = cpu_for(s);
  uint64_t root = root_for(s), sum = 0;
  struct mm_xlate x;
  double t0 = now_ns(), t1;
  for (int p = 0; p < passes; p++)
    for (unsigned i = 0; i < ADDRS; i++) {
      f(&mem, &c, root, addrs[s][i], MM_ACC_READ, 0, &x);
      sum += x.pa;
    }
  t1 = now_ns();
  sink += sum;
  return (t1 - t0) / ((double)passes * ADDRS);
}

static int cmpd(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, int n)
{
  qsort(v, (size_t)n, sizeof *v, cmpd);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
  int reps = 15, passes = 100;
  cpu.pa_limit = 1ULL << 46;
  cpu.nxe = cpu.wp = cpu.smep = cpu.smap = cpu.pdpe1gb = 1;
  build_tables();
  build_addrs();

  if (argc == 5 && strcmp(argv[1], "--calls") == 0) {
    long n = strtol(argv[2], NULL, 10);
    int s = -1;
    xlate_fn *f = strcmp(argv[4], "mm") == 0 ? mm_translate
                  : strcmp(argv[4], "kernel") == 0 ? kwalk_translate : NULL;
    for (int k = 0; k < S_MIXED5; k++)
      if (strcmp(argv[3], set_name[k]) == 0)
        s = k;
    if (n < 1 || s < 0 || !f) {
      fprintf(stderr, "usage: translate --calls N mixed|4K|2M|1G mm|kernel\n");
      return 2;
    }
    struct mm_xlate x;
    uint64_t sum = 0;
    for (long i = 0; i < n; i++) {
      f(&mem, &cpu, frame(F_PML4), addrs[s][i % ADDRS], MM_ACC_READ, 0, &x);
      sum += x.pa;
    }
    sink += sum;
    return 0;
  }
  for (int a = 1; a + 1 < argc; a += 2) {
    if (strcmp(argv[a], "-r") == 0)
      reps = atoi(argv[a + 1]);
    else if (strcmp(argv[a], "-p") == 0)
      passes = atoi(argv[a + 1]);
  }
  if (reps < 1 || passes < 1 || argc % 2 == 0) {
    fprintf(stderr, "usage: translate [-r REPS] [-p PASSES] | --calls N SET mm|kernel\n");
    return 2;
  }
  if (!cross_check())
    return 1;

  double *tm = calloc((size_t)reps * NSETS, sizeof *tm);
  double *tk = calloc((size_t)reps * NSETS, sizeof *tk);
  if (!tm || !tk)
    return 1;
  for (int s = 0; s < NSETS; s++) { /* warm-up */
    time_walk(mm_translate, s, 1 + passes / 10);
    time_walk(kwalk_translate, s, 1 + passes / 10);
  }
  for (int r = 0; r < reps; r++)
    for (int s = 0; s < NSETS; s++) {
      if (r % 2 == 0) {
        tm[s * reps + r] = time_walk(mm_translate, s, passes);
        tk[s * reps + r] = time_walk(kwalk_translate, s, passes);
      } else {
        tk[s * reps + r] = time_walk(kwalk_translate, s, passes);
        tm[s * reps + r] = time_walk(mm_translate, s, passes);
      }
    }
  printf("translate: %d repetitions x %d passes x %d addresses per set; ns per call\n", reps,
         passes, ADDRS);
  printf("  %-14s %14s %8s %14s %8s %7s\n", "set", "mm_translate", "(min)", "kernel-style",
         "(min)", "ratio");
  for (int s = 0; s < NSETS; s++) {
    double *vm = tm + s * reps, *vk = tk + s * reps;
    double mm = median(vm, reps), kk = median(vk, reps);
    printf("  %-14s %14.2f %8.2f %14.2f %8.2f %7.2f\n", set_name[s], mm, vm[0], kk, vk[0],
           mm / kk);
  }
  free(tm);
  free(tk);
  return 0;
}
