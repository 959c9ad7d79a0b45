/* libFuzzer harness: the defines-file reader and the macro evaluator
 * (gen/defines.h, gen/expr.h), and the mapping-file parser with the whole
 * header check (gen/defmap.h, gen/defines_check.h). The input is split at
 * the first "\n%%\n": before it a defines file, after it a mapping file,
 * checked against a small profile parsed from text (the built-in profiles
 * are not linked into harnesses). Every macro of the file is
 * evaluated; the harness aborts when a result is out of range or a string is
 * not terminated. Built by tests/fuzz/fuzz.mk. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "defines.h"
#include "defines_check.h"
#include "defmap.h"
#include "expr.h"
#include "profile.h"

#define REQUIRE(c)                                                            \
  do {                                                                        \
    if (!(c)) {                                                               \
      fprintf(stderr, "fuzz_defines: %s:%d: %s\n", __FILE__, __LINE__, #c);   \
      abort();                                                                \
    }                                                                         \
  } while (0)

static const char profile_text[] =
  "profile t\nva-bits 0x30\nlevels 0x4\npa-bits 0x2e\npage-offset 0xffff888000000000\n"
  "randomize direct_map\n"
  "region 0x0000000000000000 0x00007fffffffffff user 512g user u\n"
  "region 0x0000800000000000 0xffff7fffffffffff noncanonical 512g noncanonical n\n"
  "region 0xffff800000000000 0xffff887fffffffff guard 512g guard_hole g\n"
  "region 0xffff888000000000 0xffffc87fffffffff direct-map 512g direct_map d\n"
  "region 0xffffc88000000000 0xffffffffffffffff hole 512g hole_top h\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static struct mm_profile prof;
  static struct mm_defmap map;
  static int have_prof;
  struct mm_defines ds;
  struct mm_diag d;
  const char *text = (const char *)data, *why;
  const char *sep;
  size_t hlen = size;
  if (size > 256u * 1024u)
    return 0;
  if (!have_prof) {
    REQUIRE(mm_profile_parse(&prof, "t", profile_text, sizeof profile_text - 1, &d) == 0);
    have_prof = 1;
  }
  sep = NULL;
  for (size_t i = 0; i + 4 <= size; i++)
    if (memcmp(text + i, "\n%%\n", 4) == 0) {
      sep = text + i;
      break;
    }
  if (sep)
    hlen = (size_t)(sep - text);

  if (mm_defines_parse(&ds, text, hlen, &why) == 0) {
    unsigned evaluated = 0;
    for (unsigned i = 0; i < ds.n && evaluated < 16; i++) {
      struct mm_expr_result r;
      const struct mm_define *def = &ds.def[i];
      REQUIRE(def->name_n > 0 && def->name >= ds.clean && def->name + def->name_n <= ds.clean + ds.clean_n);
      REQUIRE(def->body + def->body_n <= ds.clean + ds.clean_n);
      if (def->dead || def->function_like)
        continue;
      evaluated++;
      REQUIRE(mm_defines_find(&ds, def->name, def->name_n) == def);
      REQUIRE(mm_expr_eval(&ds, def, &r) <= MM_EXPR_ERROR);
      REQUIRE(memchr(r.rule, 0, sizeof r.rule) && memchr(r.msg, 0, sizeof r.msg));
      REQUIRE(r.status == MM_EXPR_OK || r.where != NULL);
    }
    mm_defines_free(&ds);
  }

  if (sep) {
    const char *mtext = sep + 4;
    size_t mlen = size - hlen - 4;
    if (mm_defmap_parse(&map, "m.map", mtext, mlen, &d) == 0) {
      char *o = NULL, *e = NULL;
      size_t on = 0, en = 0;
      FILE *out = open_memstream(&o, &on), *err = open_memstream(&e, &en);
      REQUIRE(out && err);
      REQUIRE(map.n >= 1 && map.n <= MM_DEFMAP_MAX);
      REQUIRE((unsigned)mm_defines_check("h.h", text, hlen, &map, &prof, out, err) <= 2);
      REQUIRE(fclose(out) == 0 && fclose(err) == 0);
      free(o);
      free(e);
    } else {
      REQUIRE(memchr(d.msg, 0, sizeof d.msg) && d.rule[0]);
    }
  }
  return 0;
}
