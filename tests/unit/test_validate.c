/* From verdict to diagnostic: variants of the seed profile (in memory) that
 * break one rule each must be reported at the right line, with the rule name
 * and the numbers; layout-wide verdicts point at the most relevant key. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "check.h"
#include "layout_validate.h"
#include "source.h"
#include "validate.h"

static struct mm_profile prof;
static struct mm_diag diag;
static char text[16384];

/* The seed text with the first occurrence of old replaced by new. */
static const char *seed_with(const char *old, const char *new)
{
  const struct mm_builtin *b = &mm_builtins[0];
  size_t lo = strlen(old), ln = strlen(new);
  const char *at;
  if (b->len + ln >= sizeof text)
    return NULL;
  memcpy(text, b->text, b->len);
  text[b->len] = '\0';
  at = strstr(text, old);
  if (!at)
    return NULL;
  memmove(text + (at - text) + ln, at + lo, strlen(at + lo) + 1);
  memcpy(text + (at - text), new, ln);
  return text;
}

/* The line number of the first line of t containing s. */
static unsigned line_of(const char *t, const char *s)
{
  const char *at = strstr(t, s);
  unsigned line = 1;
  if (!at)
    return 0;
  for (const char *c = t; c < at; c++)
    line += *c == '\n';
  return line;
}

/* Load t; expect status, and for a broken rule its name, the line of the
 * text marker and a message containing want_msg. */
static void expect(const char *t, enum mm_load status, const char *rule, const char *marker,
                   const char *want_msg)
{
  CHECK(t != NULL, "substitution failed");
  if (!t)
    return;
  enum mm_load r = mm_source_parse(&prof, "seed.layout", t, strlen(t), &diag);
  CHECK(r == status, "status %d, expected %d (%s: %s)", (int)r, (int)status, diag.rule,
        diag.msg);
  if (r != status || status == MM_LOAD_OK)
    return;
  CHECK_STR(diag.rule, rule);
  CHECK_STR(diag.file, "seed.layout");
  CHECK_EQ_U64(diag.line, line_of(t, marker));
  CHECK(strstr(diag.msg, want_msg) != NULL, "message \"%s\" lacks \"%s\"", diag.msg, want_msg);
}

/* The verdict of the proven validator on the profile expect() last loaded. */
static void expect_region(uint32_t rule, uint32_t region)
{
  struct mm_verdict v = mm_layout_validate(&prof.layout);
  CHECK_EQ_U64(v.rule, rule);
  CHECK_EQ_U64(v.region, region);
}

static void test_variants(void)
{
  const char *t;
  char msg[200];
  expect(seed_with("", ""), MM_LOAD_OK, "", "", "");
  expect(seed_with("region 0xffffc90000000000", "region 0xffffca0000000000"), MM_LOAD_INVALID,
         "gap", "region 0xffffca0000000000",
         "region 'vmalloc' starts at 0xffffca0000000000 but the previous region "
         "'hole_direct_vmalloc' ends at 0xffffc8ffffffffff (addresses between belong to no "
         "region)");
  expect(seed_with("region 0xffffc90000000000", "region 0xffffc80000000000"), MM_LOAD_INVALID,
         "overlap", "region 0xffffc80000000000 0xffffe8ffffffffff", "'hole_direct_vmalloc'");
  expect(seed_with("0xffffc7ffffffffff", "0xffffc80000000000"), MM_LOAD_INVALID, "align",
         "region 0xffff880000000000", "region 'direct_map' ends at 0xffffc80000000000");
  t = seed_with("page-offset  0xffff880000000000", "page-offset  0xffff890000000000");
  snprintf(msg, sizeof msg, "starts at 0xffff880000000000 but page-offset (line %u) is "
           "0xffff890000000000", t ? line_of(t, "page-offset ") : 0);
  expect(t, MM_LOAD_INVALID, "dm-base", "region 0xffff880000000000", msg);
  expect_region(MM_RULE_DM_BASE, 3); /* the direct map's index */
  /* A second direct map is dm-dup, at the second one (vmemmap, index 7). */
  expect(seed_with("0xffffeaffffffffff vmemmap ", "0xffffeaffffffffff direct-map "),
         MM_LOAD_INVALID, "dm-dup", "region 0xffffea0000000000",
         "region 'vmemmap' is a second direct-map region (the first is 'direct_map')");
  expect_region(MM_RULE_DM_DUP, 7);
  /* dm-dup comes before dm-base: the second direct map is reported even when
   * the first one (here guard_hole) is the one not at page-offset. */
  expect(seed_with("0xffff87ffffffffff guard ", "0xffff87ffffffffff direct-map "),
         MM_LOAD_INVALID, "dm-dup", "region 0xffff880000000000",
         "region 'direct_map' is a second direct-map region (the first is 'guard_hole')");
  expect_region(MM_RULE_DM_DUP, 3);
  expect(seed_with("randomize    direct_map", "randomize    direct_map kernel_text"),
         MM_LOAD_INVALID, "flags", "region 0xffffffff80000000", "(kind kernel-text)");
  expect(seed_with("randomize    direct_map", "randomize    direct_map espfix"),
         MM_LOAD_INVALID, "flags", "region 0xffffff0000000000", "'espfix'");
  expect(seed_with("pa-bits      0x2e", "pa-bits      0x2f"), MM_LOAD_INVALID, "params",
         "pa-bits ", "pa-bits 0x2f");
  expect(seed_with("va-bits      0x30", "va-bits      0x31"), MM_LOAD_INVALID, "params",
         "va-bits ", "va-bits 0x31");
  expect(seed_with("levels       0x4", "levels       0x5"), MM_LOAD_INVALID, "params",
         "levels ", "levels 0x5");
  expect(seed_with("pa-bits      0x2e", "pa-bits      0x34"), MM_LOAD_INVALID, "dm-size",
         "region 0xffff880000000000", "needs at least 0x10000000000000 (4 PB = 2^52)");
  expect_region(MM_RULE_DM_SIZE, 3);
  expect(seed_with("0xffffc7ffffffffff direct-map", "0xffffc7ffffffffff hole      "),
         MM_LOAD_INVALID, "flags", "region 0xffff880000000000", "'direct_map' (kind hole)");
  expect(seed_with("randomize    direct_map vmalloc", "randomize    vmalloc"), MM_LOAD_OK, "",
         "", "");
  expect(seed_with("ffffffffffffffff hole          2m    hole_top",
                   "ffffffffffefffff hole          2m    hole_top"),
         MM_LOAD_INVALID, "align", "hole_top", "hole_top");
  expect(seed_with("ffffffffffffffff hole          2m    hole_top",
                   "ffffffffffdfffff hole          2m    hole_top"),
         MM_LOAD_INVALID, "empty", "hole_top", "before its start 0xffffffffffe00000");
  expect(seed_with("region 0x0000000000000000 0x00007fffffffffff user          512g",
                   "region 0x0000000000001000 0x00007fffffffffff user          4k  "),
         MM_LOAD_INVALID, "first", "region 0x0000000000001000", "starts at 0x0000000000001000");
  expect(seed_with("0xffff87ffffffffff guard ", "0xffff87ffffffffff efi   "), MM_LOAD_OK, "", "",
         "");
  expect(seed_with("0x00007fffffffffff user ", "0x00007fffffffffff efi  "), MM_LOAD_INVALID,
         "half", "region 0x0000000000000000", "kernel region 'user' (kind efi)");
  /* A parse error is unusable, not invalid. */
  expect(seed_with("levels       0x4", "levels       4"), MM_LOAD_UNUSABLE, "number",
         "levels ", "'4'");
}

/* Layout-wide verdicts and verdicts out of range never index past the
 * regions, and point at the most relevant line. */
static void test_verdict_lines(void)
{
  const char *t = seed_with("", "");
  struct mm_verdict v;
  CHECK(t && mm_profile_parse(&prof, "seed.layout", t, strlen(t), &diag) == 0, "seed parses");
  unsigned last = prof.rline[prof.layout.nregions - 1];
  v.region = prof.layout.nregions;
  v.rule = MM_RULE_DM_MISSING;
  CHECK_EQ_U64(mm_verdict_line(&prof, v), prof.key_line[MM_KEY_PAGE_OFFSET]);
  v.rule = MM_RULE_COUNT;
  CHECK_EQ_U64(mm_verdict_line(&prof, v), prof.header_line);
  v.rule = MM_RULE_PARAMS;
  CHECK_EQ_U64(mm_verdict_line(&prof, v), prof.key_line[MM_KEY_LEVELS]);
  prof.layout.pa_bits = 7;
  CHECK_EQ_U64(mm_verdict_line(&prof, v), prof.key_line[MM_KEY_PA_BITS]);
  prof.layout.pa_bits = 46;
  prof.layout.va_bits = 47;
  CHECK_EQ_U64(mm_verdict_line(&prof, v), prof.key_line[MM_KEY_VA_BITS]);
  v.rule = MM_RULE_GAP;
  CHECK_EQ_U64(mm_verdict_line(&prof, v), last);
  v.rule = 999;
  v.region = 0xffffffffu;
  CHECK_EQ_U64(mm_verdict_line(&prof, v), last);
  v.region = 3;
  CHECK_EQ_U64(mm_verdict_line(&prof, v), prof.rline[3]);
  v.rule = MM_RULE_DM_DUP;
  v.region = 7;
  CHECK_EQ_U64(mm_verdict_line(&prof, v), prof.rline[7]);
}

int main(void)
{
  if (mm_nbuiltins < 1) {
    CHECK(0, "no built-in profile");
    return check_report("test_validate");
  }
  test_variants();
  test_verdict_lines();
  return check_report("test_validate");
}
