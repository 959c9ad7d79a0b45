/* libFuzzer harness: the page-table dump parsers and the dump check
 * (gen/dump.h, gen/dump_check.h). The first byte picks the format (auto,
 * ptdump, tlb, mem), 4 or 5 levels and whether to give bases; the rest is the
 * dump, checked through mm_dump_check_text against a small profile. Besides
 * the sanitizers, the harness aborts when a range is reversed, a line number
 * is out of range, or the status is not 0, 1 or 2. Built by
 * tests/fuzz/fuzz.mk. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dump.h"
#include "dump_check.h"
#include "profile.h"

#define REQUIRE(c)                                                            \
  do {                                                                        \
    if (!(c)) {                                                               \
      fprintf(stderr, "fuzz_dump: %s:%d: %s\n", __FILE__, __LINE__, #c);      \
      abort();                                                                \
    }                                                                         \
  } while (0)

static const char profile_text[] =
  "profile t\nva-bits 0x30\nlevels 0x4\npa-bits 0x2e\npage-offset 0xffff888000000000\n"
  "randomize direct_map vmalloc\n"
  "region 0x0000000000000000 0x00007fffffffffff user 512g user u\n"
  "region 0x0000800000000000 0xffff7fffffffffff noncanonical 512g noncanonical n\n"
  "region 0xffff800000000000 0xffff887fffffffff guard 512g guard_hole g\n"
  "region 0xffff888000000000 0xffffc87fffffffff direct-map 512g direct_map d\n"
  "region 0xffffc88000000000 0xffffc8ffffffffff hole 512g hole_a h\n"
  "region 0xffffc90000000000 0xffffe8ffffffffff vmalloc 512g vmalloc v\n"
  "region 0xffffe90000000000 0xffffffff7fffffff hole 1g hole_b h\n"
  "region 0xffffffff80000000 0xffffffffffffffff kernel-text 2m kernel_text k\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static struct mm_profile prof;
  static int have;
  struct mm_dump_parser p;
  struct mm_diag d;
  const char *text;
  unsigned format, lines = 1;
  char *o = NULL, *e = NULL;
  size_t on = 0, en = 0, pos = 0;
  FILE *out, *err;
  /* Linux's sizes (--mem 512M) when bit 4 of the first byte is set */
  const struct mm_kaslr_mem kmem = {0x20000000u, 0xa};
  if (size < 1 || size > 1024u * 1024u)
    return 0;
  if (!have) {
    REQUIRE(mm_profile_parse(&prof, "t", profile_text, sizeof profile_text - 1, &d) == 0);
    have = 1;
  }
  format = data[0] & 3u;
  text = (const char *)data + 1;
  size--;
  for (size_t i = 0; i < size; i++)
    lines += text[i] == '\n';

  /* the parser on its own */
  mm_dump_init(&p, format, (data[0] & 4u) ? 57 : 48);
  while (pos < size) {
    const char *nl = memchr(text + pos, '\n', size - pos);
    size_t n = nl ? (size_t)(nl - (text + pos)) : size - pos;
    struct mm_dump_range r[2];
    int marker, k = mm_dump_line(&p, "f", text + pos, n, r, &marker, &d);
    if (k < 0) {
      REQUIRE(d.line >= 1 && d.line <= lines && d.rule[0]);
      break;
    }
    REQUIRE(k <= 2);
    for (int i = 0; i < k; i++)
      REQUIRE(r[i].start <= r[i].last && r[i].line >= 1 && r[i].line <= lines);
    if (marker)
      REQUIRE(memchr(p.marker, 0, sizeof p.marker) != NULL);
    pos += n + 1;
  }

  /* the whole check */
  out = open_memstream(&o, &on);
  err = open_memstream(&e, &en);
  REQUIRE(out && err);
  REQUIRE((unsigned)mm_dump_check_text(text, size, "f", &prof, format,
                                       (data[0] & 8u) ? "page_offset_base=0xffff88c240000000,"
                                                        "vmalloc_base=0xffffc93a80000000"
                                                      : NULL,
                                       (data[0] & 16u) ? &kmem : NULL, out, err) <= 2);
  REQUIRE(fclose(out) == 0 && fclose(err) == 0);
  free(o);
  free(e);
  return 0;
}
