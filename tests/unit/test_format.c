/* The small tables and formatters of gen/: sizes, kinds, alignments, rule
 * names, hex numbers, the text check and diagnostics. */
#include <string.h>

#include "check.h"
#include "diag.h"
#include "kinds.h"
#include "mm_types.h"
#include "number.h"
#include "rules.h"
#include "size.h"
#include "text.h"

static void size_is(uint64_t start, uint64_t end, const char *want)
{
  char buf[64];
  mm_size_format(buf, sizeof buf, start, end);
  CHECK(strcmp(buf, want) == 0, "size of 0x%llx..0x%llx is \"%s\", expected \"%s\"",
        (unsigned long long)start, (unsigned long long)end, buf, want);
}

static void test_sizes(void)
{
  size_is(0, 0x00007fffffffffffULL, "128 TB = 2^47");
  size_is(0xffff880000000000ULL, 0xffffc7ffffffffffULL, "64 TB = 2^46");
  size_is(0xffffffffa0000000ULL, 0xffffffffff5fffffULL, "1526 MB");
  size_is(0xfffffc0000000000ULL, 0xfffffeffffffffffULL, "3 TB");
  size_is(0xffffffffffe00000ULL, UINT64_MAX, "2 MB = 2^21");
  size_is(0x0000800000000000ULL, 0xffff7fffffffffffULL, "16776960 TB");
  size_is(0, UINT64_MAX, "16 EB = 2^64");
  size_is(0, 0x7fffffffffffffffULL, "8 EB = 2^63");
  size_is(5, 5, "1 B = 2^0");
  size_is(0, 2, "3 B");
  size_is(0, 0x3ff, "1 KB = 2^10");
  size_is(0, 0x5ff, "1536 B");
  size_is(0, 0xbffff, "768 KB");
}

static void test_kinds_and_aligns(void)
{
  for (uint32_t k = 0; k < MM_KIND_COUNT; k++) {
    const char *n = mm_kind_name(k);
    uint32_t back = 99;
    CHECK(n != NULL, "kind %u has no name", (unsigned)k);
    if (!n)
      continue;
    CHECK(mm_kind_lookup(n, strlen(n), &back) == 0 && back == k, "kind %s round trip", n);
    CHECK(mm_kind_enum(k) && strncmp(mm_kind_enum(k), "MM_KIND_", 8) == 0, "enum of %s", n);
  }
  CHECK(mm_kind_name(MM_KIND_COUNT) == NULL, "no kind past the end");
  CHECK(mm_kind_enum(0xffffffffu) == NULL, "no enum past the end");
  CHECK_STR(mm_kind_name(MM_KIND_DIRECT_MAP), "direct-map");
  CHECK_STR(mm_kind_enum(MM_KIND_LDT_REMAP), "MM_KIND_LDT_REMAP");
  uint32_t k = 0;
  CHECK(mm_kind_lookup("user", 3, &k) == -1, "prefix is not a kind");
  CHECK(mm_kind_lookup("userx", 5, &k) == -1, "longer is not a kind");
  CHECK_EQ_U64(mm_align_lookup("4k", 2), MM_P12);
  CHECK_EQ_U64(mm_align_lookup("2m", 2), MM_P21);
  CHECK_EQ_U64(mm_align_lookup("1g", 2), MM_P30);
  CHECK_EQ_U64(mm_align_lookup("512g", 4), MM_P39);
  CHECK_EQ_U64(mm_align_lookup("256t", 4), MM_P48);
  CHECK_EQ_U64(mm_align_lookup("512", 3), 0);
  CHECK_EQ_U64(mm_align_lookup("", 0), 0);
  CHECK_STR(mm_align_name(MM_P39), "512g");
  CHECK(mm_align_name(0x2000) == NULL, "0x2000 has no name");
}

static void test_rules(void)
{
  static const char *const want[MM_RULE_COUNT_] = {
    "ok",    "params", "count",     "kind", "empty", "first",  "gap",     "overlap",    "last",
    "align", "canonical", "hole",   "half", "flags", "dm-base", "dm-dup", "dm-missing", "dm-size",
  };
  for (uint32_t r = 0; r < MM_RULE_COUNT_; r++) {
    CHECK_STR(mm_rule_name(r), want[r]);
    CHECK(mm_rule_meaning(r) && mm_rule_meaning(r)[0], "rule %u has a meaning", (unsigned)r);
  }
  CHECK_STR(mm_rule_name(MM_RULE_COUNT_), "unknown-rule");
  CHECK_STR(mm_rule_name(0xffffffffu), "unknown-rule");
  CHECK(mm_rule_meaning(1000) != NULL, "meaning of an unknown rule");
}

static enum mm_number_status num(const char *s, uint64_t *v)
{
  struct mm_span sp = {s, strlen(s)};
  return mm_number_parse(sp, v);
}

static void test_numbers(void)
{
  uint64_t v = 7;
  CHECK(num("0x0", &v) == MM_NUMBER_OK && v == 0, "0x0");
  CHECK(num("0xffffffffffffffff", &v) == MM_NUMBER_OK && v == UINT64_MAX, "max");
  CHECK(num("0x000000000000000000000000000000000000000000001", &v) == MM_NUMBER_OK && v == 1,
        "leading zeros");
  CHECK(num("0xDeadBeef", &v) == MM_NUMBER_OK && v == 0xdeadbeef, "mixed case");
  v = 7;
  CHECK(num("0x10000000000000000", &v) == MM_NUMBER_OVERFLOW && v == 7, "2^64 overflows");
  CHECK(num("0x1ffffffffffffffff", &v) == MM_NUMBER_OVERFLOW, "65 bits");
  CHECK(num("0x", &v) == MM_NUMBER_SYNTAX, "0x");
  CHECK(num("0", &v) == MM_NUMBER_SYNTAX, "0");
  CHECK(num("10", &v) == MM_NUMBER_SYNTAX, "decimal");
  CHECK(num("0X10", &v) == MM_NUMBER_SYNTAX, "0X");
  CHECK(num("0x1g", &v) == MM_NUMBER_SYNTAX, "0x1g");
  CHECK(num("0x-1", &v) == MM_NUMBER_SYNTAX, "0x-1");
  CHECK(num("", &v) == MM_NUMBER_SYNTAX, "empty");
}

static void test_text(void)
{
  struct mm_span rest = {" \tab  c\t", 8}, tok;
  CHECK(mm_text_next(&rest, &tok) && tok.n == 2 && memcmp(tok.s, "ab", 2) == 0, "token ab");
  CHECK(mm_text_next(&rest, &tok) && tok.n == 1 && tok.s[0] == 'c', "token c");
  CHECK(!mm_text_next(&rest, &tok), "no more tokens");
  struct mm_span t = mm_text_trim((struct mm_span){"  x y \t", 7});
  CHECK(t.n == 3 && memcmp(t.s, "x y", 3) == 0, "trim");
  CHECK(mm_text_is((struct mm_span){"abc", 3}, "abc"), "is");
  CHECK(!mm_text_is((struct mm_span){"abc", 2}, "abc"), "is not");
  CHECK_EQ_U64(mm_text_first_bad("ok\r\n\t\xc3\xa9", 7), 7);
  CHECK_EQ_U64(mm_text_first_bad("ok\rx", 4), 2);
  CHECK_EQ_U64(mm_text_first_bad("abc\xc3", 4), 3);
  CHECK_EQ_U64(mm_text_first_bad("", 0), 0);
}

static void test_diag(void)
{
  struct mm_diag d;
  char q[8];
  char long_path[700];
  CHECK_STR(mm_diag_quote(q, sizeof q, "abc", 3), "abc");
  CHECK_STR(mm_diag_quote(q, sizeof q, "abcdefghij", 10), "abcd...");
  /* A 2-byte character that the cut would split is left out whole. */
  CHECK_STR(mm_diag_quote(q, sizeof q, "abc\xc3\xa9yzw", 8), "abc...");
  CHECK_STR(mm_diag_quote(q, sizeof q, "ab\xc3\xa9yzwv", 8), "ab\xc3\xa9...");
  mm_diag_set(&d, "f.layout", 3, "gap", "x=%d", 5);
  CHECK_STR(d.file, "f.layout");
  CHECK_STR(d.rule, "gap");
  CHECK_STR(d.msg, "x=5");
  CHECK_EQ_U64(d.line, 3);
  memset(long_path, 'p', sizeof long_path - 1);
  long_path[sizeof long_path - 1] = '\0';
  mm_diag_set(&d, long_path, 0, "io", "%s", long_path);
  CHECK_EQ_U64(strlen(d.file), MM_DIAG_FILE_MAX - 1);
  CHECK_EQ_U64(strlen(d.msg), MM_DIAG_MSG_MAX - 1);
}

int main(void)
{
  test_sizes();
  test_kinds_and_aligns();
  test_rules();
  test_numbers();
  test_text();
  test_diag();
  return check_report("test_format");
}
