/* bench/inproc: the in-process cost of what `mmspec gen` does, with the gen/
 * objects linked in: for each profile file, ITER times (default 10000), parse
 * the text (already in memory), run the proven validator, then every format of
 * mm_emitters[] (its check, then the emitter, into a FILE on /dev/null), each
 * step timed on its own with CLOCK_MONOTONIC. Prints per profile the median
 * and p90 in nanoseconds of each step and of the whole iteration.
 *
 *   inproc [-n ITER] PROFILE.layout... */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diag.h"
#include "emit.h"
#include "profile.h"
#include "source.h"
#include "validate.h"

static long long now_ns(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int cmp(const void *a, const void *b)
{
  long long x = *(const long long *)a, y = *(const long long *)b;
  return (x > y) - (x < y);
}

static void report(const char *what, long long *v, long n)
{
  qsort(v, (size_t)n, sizeof *v, cmp);
  printf("  %-22s median %9lld ns  p90 %9lld ns\n", what, v[n / 2], v[(n * 9 + 9) / 10 - 1]);
}

int main(int argc, char **argv)
{
  long iter = 10000;
  int a = 1;
  FILE *sink = fopen("/dev/null", "w");
  static struct mm_profile p;
  if (argc > 2 && strcmp(argv[1], "-n") == 0) {
    iter = strtol(argv[2], NULL, 10);
    a = 3;
  }
  if (!sink || iter < 1 || a >= argc) {
    fprintf(stderr, "usage: inproc [-n ITER] PROFILE.layout...\n");
    return 2;
  }
  size_t nsteps = 3 + mm_nemitters; /* parse, validate, formats..., total */
  long long *t = malloc(nsteps * (size_t)iter * sizeof *t);
  if (!t)
    return 2;
  for (; a < argc; a++) {
    char *text;
    size_t len;
    struct mm_diag d;
    if (mm_source_read(argv[a], &text, &len, &d)) {
      mm_diag_print(stderr, &d);
      return 2;
    }
    for (long i = 0; i < iter; i++) {
      long long t0 = now_ns(), t1, t2, te = 0;
      if (mm_profile_parse(&p, argv[a], text, len, &d)) {
        mm_diag_print(stderr, &d);
        return 2;
      }
      t1 = now_ns();
      if (mm_profile_validate(&p, &d)) {
        mm_diag_print(stderr, &d);
        return 2;
      }
      t2 = now_ns();
      t[0 * iter + i] = t1 - t0;
      t[1 * iter + i] = t2 - t1;
      te = t2;
      for (size_t f = 0; f < mm_nemitters; f++) {
        const struct mm_emitter *e = &mm_emitters[f];
        long long tf;
        if ((e->check && e->check(&p, &d)) || e->emit(sink, &p) || fflush(sink)) {
          fprintf(stderr, "inproc: %s: format %s fails\n", argv[a], e->name);
          return 2;
        }
        tf = now_ns();
        t[(2 + f) * iter + i] = tf - te;
        te = tf;
      }
      t[(2 + mm_nemitters) * iter + i] = te - t0;
    }
    printf("%s: %s, %u regions, %ld iterations\n", argv[a], p.name, (unsigned)p.layout.nregions,
           iter);
    report("parse", t, iter);
    report("validate (proven)", t + iter, iter);
    for (size_t f = 0; f < mm_nemitters; f++) {
      char what[40];
      snprintf(what, sizeof what, "emit %s", mm_emitters[f].name);
      report(what, t + (2 + f) * iter, iter);
    }
    report("all: parse+valid.+emit", t + (2 + mm_nemitters) * iter, iter);
    free(text);
  }
  free(t);
  fclose(sink);
  return 0;
}
