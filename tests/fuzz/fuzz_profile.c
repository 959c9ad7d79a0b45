/* libFuzzer harness: the profile parser, the proven validator and every
 * generator format. Any bytes go to mm_profile_parse (which promises to accept
 * any input); a profile that parses goes to mm_profile_validate (the proven
 * mm_layout_validate and its explanation), and a valid one to every emitter of
 * mm_emitters[] (its check first, as `mmspec gen` does), written to a memory
 * stream, and to `show`. Besides the sanitizers, the harness aborts when
 *   - a diagnostic or a parsed string is not NUL-terminated within its array,
 *   - mm_profile_validate and mm_layout_validate disagree,
 *   - an emitter or show fails on a memory stream (no write error is possible),
 *   - an emitter writes nothing.
 * Built by tests/fuzz/fuzz.mk (make fuzz-build). */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit.h"
#include "layout_validate.h"
#include "profile.h"
#include "show.h"
#include "validate.h"

#define REQUIRE(c)                                                            \
  do {                                                                        \
    if (!(c)) {                                                               \
      fprintf(stderr, "fuzz_profile: %s:%d: %s\n", __FILE__, __LINE__, #c);   \
      abort();                                                                \
    }                                                                         \
  } while (0)

#define TERMINATED(a) (memchr((a), 0, sizeof(a)) != NULL)

static void check_diag(const struct mm_diag *d)
{
  REQUIRE(TERMINATED(d->file));
  REQUIRE(TERMINATED(d->rule));
  REQUIRE(TERMINATED(d->msg));
  REQUIRE(d->rule[0] != '\0');
}

/* Write with f into a memory stream; the size written, or -1 when f failed. */
static long to_memory(int (*f)(FILE *, const struct mm_profile *), const struct mm_profile *p)
{
  char *buf = NULL;
  size_t n = 0;
  FILE *out = open_memstream(&buf, &n);
  int r;
  REQUIRE(out != NULL);
  r = f(out, p);
  REQUIRE(fclose(out) == 0);
  free(buf);
  return r == 0 ? (long)n : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static struct mm_profile p; /* about 10 KB: not on the stack */
  struct mm_diag d;
  struct mm_verdict v;
  int bad;

  if (size > MM_PROFILE_TEXT_MAX)
    return 0;
  memset(&d, 0, sizeof d);
  if (mm_profile_parse(&p, "fuzz.layout", (const char *)data, size, &d) != 0) {
    check_diag(&d);
    return 0;
  }
  REQUIRE(TERMINATED(p.name) && TERMINATED(p.title) && TERMINATED(p.path));
  REQUIRE(p.layout.nregions <= MM_MAX_REGIONS);
  for (uint32_t i = 0; i < p.layout.nregions; i++)
    REQUIRE(TERMINATED(p.rname[i]) && TERMINATED(p.rdesc[i]));

  v = mm_layout_validate(&p.layout);
  bad = mm_profile_validate(&p, &d);
  REQUIRE((v.rule == MM_OK) == (bad == 0));
  if (bad) {
    check_diag(&d);
    (void)mm_verdict_line(&p, v);
    return 0;
  }

  REQUIRE(to_memory(mm_show, &p) > 0);
  for (size_t i = 0; i < mm_nemitters; i++) {
    const struct mm_emitter *e = &mm_emitters[i];
    if (e->check) {
      memset(&d, 0, sizeof d);
      if (e->check(&p, &d) != 0) {
        check_diag(&d);
        continue;
      }
    }
    REQUIRE(to_memory(e->emit, &p) > 0);
  }
  return 0;
}
