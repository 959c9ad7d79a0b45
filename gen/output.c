/* Temp file + rename. POSIX: mkstemp, fdopen, fchmod, umask. */
#define _POSIX_C_SOURCE 200809L

#include "output.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int mm_output_with(const char *path, int (*write)(FILE *f, const void *ctx), const void *ctx,
                   struct mm_diag *d)
{
  char tmp[MM_DIAG_FILE_MAX + 16];
  mode_t mask;
  FILE *f;
  int fd, err = 0;
  if (snprintf(tmp, sizeof tmp, "%s.tmpXXXXXX", path) >= (int)sizeof tmp) {
    mm_diag_set(d, path, 0, "io", "output path is too long");
    return -1;
  }
  fd = mkstemp(tmp);
  if (fd < 0) {
    mm_diag_set(d, path, 0, "io", "cannot create a temporary file beside it: %s",
                strerror(errno));
    return -1;
  }
  /* mkstemp makes the file 0600; give it the mode a plain create would. */
  mask = umask(0);
  umask(mask);
  if (fchmod(fd, 0666 & ~mask) != 0)
    err = errno;
  f = err ? NULL : fdopen(fd, "w");
  if (!f) {
    if (!err)
      err = errno;
    close(fd);
  } else {
    errno = 0;
    if (write(f, ctx) != 0 || fflush(f) != 0 || ferror(f))
      err = errno ? errno : EIO;
    if (fclose(f) != 0 && !err)
      err = errno ? errno : EIO;
  }
  if (!err && rename(tmp, path) != 0)
    err = errno;
  if (err) {
    remove(tmp);
    mm_diag_set(d, path, 0, "io", "cannot write: %s", strerror(err));
    return -1;
  }
  return 0;
}

struct emit_job {
  const struct mm_emitter *e;
  const struct mm_profile *p;
};

static int emit_job(FILE *f, const void *ctx)
{
  const struct emit_job *j = ctx;
  return j->e->emit(f, j->p);
}

int mm_output_file(const char *path, const struct mm_emitter *e, const struct mm_profile *p,
                   struct mm_diag *d)
{
  struct emit_job j;
  j.e = e;
  j.p = p;
  return mm_output_with(path, emit_job, &j, d);
}

int mm_output_stdout(const struct mm_emitter *e, const struct mm_profile *p, struct mm_diag *d)
{
  if (e->emit(stdout, p) != 0 || fflush(stdout) != 0 || ferror(stdout)) {
    mm_diag_set(d, "<stdout>", 0, "io", "write error");
    return -1;
  }
  return 0;
}
