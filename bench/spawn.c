/* bench/spawn: the wall time of whole process runs.
 *
 *   spawn N LABEL CMD [ARG...]
 *
 * Runs CMD N times, one after the other (posix_spawnp, stdin/stdout/stderr on
 * /dev/null), after one untimed warm-up run, and prints one line:
 *   LABEL n=N median=X p90=Y min=Z mean=W (microseconds)
 * Exit status 1 if any run fails (non-zero exit or a signal). */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static double now_us(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static int run(char **argv, posix_spawn_file_actions_t *fa)
{
  pid_t pid;
  int st;
  if (posix_spawnp(&pid, argv[0], fa, NULL, argv, environ) != 0)
    return -1;
  if (waitpid(pid, &st, 0) != pid)
    return -1;
  return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

int main(int argc, char **argv)
{
  posix_spawn_file_actions_t fa;
  double *t, sum = 0;
  long n;
  if (argc < 4 || (n = strtol(argv[1], NULL, 10)) < 1) {
    fprintf(stderr, "usage: spawn N LABEL CMD [ARG...]\n");
    return 2;
  }
  t = malloc((size_t)n * sizeof *t);
  if (!t)
    return 2;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  if (run(argv + 3, &fa)) {
    fprintf(stderr, "spawn: %s: the command fails\n", argv[2]);
    return 1;
  }
  for (long i = 0; i < n; i++) {
    double t0 = now_us();
    if (run(argv + 3, &fa)) {
      fprintf(stderr, "spawn: %s: run %ld fails\n", argv[2], i + 1);
      return 1;
    }
    t[i] = now_us() - t0;
    sum += t[i];
  }
  qsort(t, (size_t)n, sizeof *t, cmp);
  printf("%-28s n=%ld median=%.0f p90=%.0f min=%.0f mean=%.0f us\n", argv[2], n,
         n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2, t[(n * 9 + 9) / 10 - 1], t[0],
         sum / (double)n);
  return 0;
}
