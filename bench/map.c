/* bench/map: map throughput of the proven mm_map_range (src/pagemap.c) and
 * of a kernel-style mapper (bench/kmap.c), side by side in one run, on the
 * same ranges, each into a fresh pool every repetition:
 *
 *   4K   1 GiB at 0xffffc90000000000 (vmalloc) -> 0x100000000 in 4-KiB pages:
 *        262144 PTEs, 512 page tables; reported as PTEs per second;
 *   1G   the 64-TiB direct map of the seed profile, 0xffff880000000000 -> 0,
 *        in 1-GiB pages: 65536 PDPTEs, 128 PDPTs; reported as ms per map;
 *   2M   4 GiB at 0xffff880000000000 -> 0 in 2-MiB pages (no Page1GB).
 * Leaf flags PAGE_KERNEL (RW A D G NX) for both. Before timing, both map
 * every set once and mm_translate must give the same pa, page size and leaf
 * entry for sampled addresses of both results.
 *
 * Timing: REPS repetitions, the two mappers alternating first; a repetition
 * times the map call alone (pool setup outside), CLOCK_MONOTONIC. Prints per
 * set the median and min of each and the ratio of the medians.
 *
 *   map [-r REPS]
 *   map --calls SET WALKER     one map, untimed (for callgrind): SET 4K|1G|2M,
 *                              WALKER mm|kernel */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kmap.h"
#include "pagemap.h"
#include "translate.h"

#define NF 1024u
#define BASE_MM 0x0000004000000000ULL
#define BASE_K 0x0000005000000000ULL

static uint64_t words_mm[NF * 512], words_k[NF * 512], prefs[NF];
static uint8_t lvls[NF];
static struct mm_pool pool;
static struct kmap_pool kpool;
static struct mm_cpu cpu;

#define PROT (MM_PROT_RW + MM_PROT_A + MM_PROT_D + MM_PROT_G + MM_PROT_XD)

struct set {
  const char *name;
  uint64_t va, pa, size;
  uint32_t max_level; /* mm_map_range */
  int gb, small;      /* kmap_range   */
};
static const struct set sets[] = {
  {"4K", 0xffffc90000000000ULL, 0x100000000ULL, 0x40000000ULL, 1, 0, 1},
  {"1G", 0xffff880000000000ULL, 0, 0x400000000000ULL, 3, 1, 0},
  {"2M", 0xffff880000000000ULL, 0, 0x100000000ULL, 2, 0, 0},
};
#define NSETS (sizeof sets / sizeof sets[0])

static double now_ns(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int run_mm(const struct set *s)
{
  return mm_map_range(&pool, &cpu, 0, s->va, s->pa, s->size, PROT, s->max_level, 0);
}

static int run_k(const struct set *s)
{
  return kmap_range(&kpool, 4, s->va, s->pa, s->size, PROT, s->gb, s->small);
}

static void fresh(void)
{
  if (mm_pool_init(&pool, words_mm, lvls, prefs, BASE_MM, NF, 4) != MM_PT_OK) {
    fputs("map: pool init failed\n", stderr);
    exit(2);
  }
  kmap_init(&kpool, words_k, BASE_K, NF);
}

/* Both mappers' tables translate the sampled addresses alike. */
static int cross_check(const struct set *s)
{
  struct mm_mem km = {words_k, BASE_K, NF, 0};
  uint64_t x = 0x243F6A8885A308D3ULL;
  fresh();
  if (run_mm(s) != MM_PT_OK || run_k(s) != 0) {
    fprintf(stderr, "map: set %s: a mapper failed\n", s->name);
    return -1;
  }
  for (int i = 0; i < 20000; i++) {
    struct mm_xlate a, b;
    uint64_t off;
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    off = i < 4 ? (i < 2 ? (uint64_t)i * 0x1000 : s->size - (uint64_t)(i - 1) * 0x1000)
                : x % s->size;
    mm_translate(&pool.mem, &cpu, BASE_MM, s->va + off, MM_ACC_READ, 0, &a);
    mm_translate(&km, &cpu, BASE_K, s->va + off, MM_ACC_READ, 0, &b);
    if (a.outcome != MM_XLATE_OK || b.outcome != MM_XLATE_OK || a.pa != b.pa ||
        a.pa != s->pa + off || a.page_size != b.page_size || a.entry != b.entry) {
      fprintf(stderr, "map: set %s: 0x%" PRIx64 " differs (outcome %u/%u pa 0x%" PRIx64
              "/0x%" PRIx64 ")\n", s->name, s->va + off, a.outcome, b.outcome, a.pa, b.pa);
      return -1;
    }
  }
  return 0;
}

static int cmp_d(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
  int reps = 11;
  memset(&cpu, 0, sizeof cpu);
  cpu.pa_limit = 1ULL << 46;
  cpu.nxe = 1;
  cpu.wp = 1;
  cpu.pdpe1gb = 1;
  if (argc == 4 && strcmp(argv[1], "--calls") == 0) {
    for (unsigned i = 0; i < NSETS; i++)
      if (strcmp(argv[2], sets[i].name) == 0) {
        fresh();
        return strcmp(argv[3], "mm") == 0 ? run_mm(&sets[i]) != MM_PT_OK : run_k(&sets[i]) != 0;
      }
    return 2;
  }
  if (argc == 3 && strcmp(argv[1], "-r") == 0)
    reps = atoi(argv[2]);
  if (reps < 1 || reps > 1000) {
    fputs("usage: map [-r REPS] | map --calls SET mm|kernel\n", stderr);
    return 2;
  }
  for (unsigned i = 0; i < NSETS; i++)
    if (cross_check(&sets[i]) != 0)
      return 1;
  printf("map: mm_map_range and a kernel-style mapper (bench/kmap.c), %d repetitions, "
         "fresh pools; cross-checked by mm_translate\n", reps);
  printf("  %-4s %14s %14s %14s %14s %7s\n", "set", "mm median ns", "mm min", "kernel median",
         "kernel min", "ratio");
  for (unsigned i = 0; i < NSETS; i++) {
    double *tm = calloc((size_t)reps, sizeof *tm), *tk = calloc((size_t)reps, sizeof *tk);
    if (!tm || !tk)
      return 2;
    for (int r = 0; r < reps; r++) {
      for (int w = 0; w < 2; w++) {
        int mm_first = r % 2 == 0, do_mm = (w == 0) == mm_first;
        double t0, t1;
        fresh();
        t0 = now_ns();
        if (do_mm ? run_mm(&sets[i]) != MM_PT_OK : run_k(&sets[i]) != 0)
          return 1;
        t1 = now_ns();
        (do_mm ? tm : tk)[r] = t1 - t0;
      }
    }
    qsort(tm, (size_t)reps, sizeof *tm, cmp_d);
    qsort(tk, (size_t)reps, sizeof *tk, cmp_d);
    printf("  %-4s %14.0f %14.0f %14.0f %14.0f %7.2f\n", sets[i].name, tm[reps / 2], tm[0],
           tk[reps / 2], tk[0], tm[reps / 2] / tk[reps / 2]);
    if (strcmp(sets[i].name, "4K") == 0)
      printf("       4-KiB PTEs per second: mm %.3g, kernel-style %.3g\n",
             (double)(sets[i].size / 4096) / (tm[reps / 2] / 1e9),
             (double)(sets[i].size / 4096) / (tk[reps / 2] / 1e9));
    if (strcmp(sets[i].name, "1G") == 0)
      printf("       64-TiB direct map in 1-GiB pages: mm %.3f ms, kernel-style %.3f ms\n",
             tm[reps / 2] / 1e6, tk[reps / 2] / 1e6);
    free(tm);
    free(tk);
  }
  return 0;
}
