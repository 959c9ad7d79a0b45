/* libFuzzer harness: the mm.txt/mm.rst table parser and checker of
 * `mmspec check` (gen/mmtable.h, gen/mmtable_check.h). Any bytes go to
 * mmt_looks_like_profile, mmt_wants_table, mmt_parse, mmt_check (which builds
 * the layout of a clean table and hands it to the proven mm_layout_validate),
 * mmt_print_findings and mmt_check_text (the whole `check` path, printing into
 * memory streams); the first bytes also go to mmt_size_parse and
 * mmt_guess_kind. Besides the sanitizers, the harness aborts when a bound of
 * the structures is broken, a string is not NUL-terminated within its array,
 * the status is out of range, or the stored verdict of a built layout is not
 * what mm_layout_validate says of it. Built by tests/fuzz/fuzz.mk. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_validate.h"
#include "mmtable.h"
#include "mmtable_check.h"

#define REQUIRE(c)                                                            \
  do {                                                                        \
    if (!(c)) {                                                               \
      fprintf(stderr, "fuzz_mmtable: %s:%d: %s\n", __FILE__, __LINE__, #c);   \
      abort();                                                                \
    }                                                                         \
  } while (0)

#define TERMINATED(a) (memchr((a), 0, sizeof(a)) != NULL)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static struct mmt_table t;  /* large: not on the stack */
  static struct mmt_result r;
  const char *text = (const char *)data;
  char buf[MMT_DESC_MAX];
  char *o = NULL, *e = NULL;
  size_t on = 0, en = 0, n;
  FILE *out, *err;
  unsigned st;

  if (size > 1024u * 1024u)
    return 0;
  (void)mmt_looks_like_profile(text, size);
  (void)mmt_wants_table(text, size);

  mmt_parse(&t, text, size);
  REQUIRE(t.nrows <= MMT_MAX_ROWS);
  REQUIRE(t.nrows <= t.rows_seen);
  REQUIRE(t.nmarks <= MMT_MAX_MARKS);
  REQUIRE(t.last_line >= 1);
  for (unsigned i = 0; i < t.nrows; i++) {
    const struct mmt_row *w = &t.row[i];
    REQUIRE(TERMINATED(w->size) && TERMINATED(w->desc));
    REQUIRE(w->line >= 1 && w->line <= t.last_line);
    REQUIRE(w->form == MMT_FORM_TXT || w->form == MMT_FORM_RST);
    REQUIRE(i == 0 || t.row[i - 1].line <= w->line);
  }
  for (unsigned i = 0; i < t.nmarks; i++) {
    REQUIRE(t.mark[i].line >= 1 && t.mark[i].line <= t.last_line);
    REQUIRE(t.mark[i].before <= t.rows_seen);
    REQUIRE(t.mark[i].kind == MMT_MARK_UNUSED || t.mark[i].kind == MMT_MARK_SIGN);
  }

  st = mmt_check(&t, &r);
  REQUIRE(st == r.status && st <= 2);
  REQUIRE((st == 0) == (r.nfindings == 0) || st == 2);
  for (unsigned i = 0; i < r.nfindings && i < MMT_MAX_FINDINGS; i++)
    REQUIRE(TERMINATED(r.finding[i].rule) && TERMINATED(r.finding[i].msg));
  if (r.built) {
    struct mm_verdict v;
    REQUIRE(r.layout.nregions >= 1 && r.layout.nregions <= MM_MAX_REGIONS);
    v = mm_layout_validate(&r.layout);
    REQUIRE(v.rule == r.verdict.rule && v.region == r.verdict.region);
  }

  err = open_memstream(&e, &en);
  REQUIRE(err != NULL);
  mmt_print_findings(err, "fuzz.txt", &r);
  REQUIRE(fclose(err) == 0);
  free(e);

  out = open_memstream(&o, &on);
  err = open_memstream(&e, &en);
  REQUIRE(out != NULL && err != NULL);
  st = (unsigned)mmt_check_text("fuzz.txt", text, size, out, err);
  REQUIRE(st <= 2);
  REQUIRE(fclose(out) == 0 && fclose(err) == 0);
  free(o);
  free(e);

  /* The helpers on a NUL-terminated prefix. */
  n = size < sizeof buf - 1 ? size : sizeof buf - 1;
  memcpy(buf, data, n);
  buf[n] = '\0';
  {
    struct mmt_size s = mmt_size_parse(buf);
    REQUIRE(s.status <= MMT_SIZE_HUGE);
  }
  REQUIRE(mmt_guess_kind(buf) <= MM_KIND_COUNT);
  return 0;
}
