/* Parser tests on in-memory texts: every header key, every kind and
 * alignment, flags, comments, and each parse error with its line and rule. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "check.h"
#include "profile.h"

static struct mm_profile prof;
static struct mm_diag diag;

#define HEADER                                                                 \
  "profile t\n"                                                                \
  "va-bits 0x30\n"                                                             \
  "levels 0x4\n"                                                               \
  "pa-bits 0x2e\n"                                                             \
  "page-offset 0xffff880000000000\n"

#define REGION_A "region 0x0 0xfff user 4k a\n"

static int parse_n(const char *text, size_t len)
{
  memset(&diag, 0, sizeof diag);
  return mm_profile_parse(&prof, "t.layout", text, len, &diag);
}

static int parse(const char *text)
{
  return parse_n(text, strlen(text));
}

/* The text must fail with rule at line. */
#define EXPECT_ERR_N(text, len, want_line, want_rule)                                 \
  do {                                                                                \
    int rc_ = parse_n((text), (len));                                                 \
    CHECK(rc_ == -1, "expected %s at line %u, parse succeeded", (want_rule),          \
          (unsigned)(want_line));                                                     \
    if (rc_ == -1) {                                                                  \
      CHECK(strcmp(diag.rule, (want_rule)) == 0 && diag.line == (unsigned)(want_line), \
            "expected %s at line %u, got %s at line %u: %s", (want_rule),             \
            (unsigned)(want_line), diag.rule, diag.line, diag.msg);                   \
      CHECK_STR(diag.file, "t.layout");                                               \
      CHECK(diag.msg[0] != '\0', "empty message for %s", diag.rule);                  \
    }                                                                                 \
  } while (0)

#define EXPECT_ERR(text, line, rule) EXPECT_ERR_N((text), strlen(text), (line), (rule))

#define EXPECT_OK(text)                                                       \
  do {                                                                        \
    int rc_ = parse(text);                                                    \
    CHECK(rc_ == 0, "parse failed: %s:%u: %s: %s", diag.file, diag.line,      \
          diag.rule, diag.msg);                                               \
  } while (0)

static void test_header_keys(void)
{
  EXPECT_OK("# leading comment\n"
            "profile  linux-6.x_test.1\n"
            "title\tSome title, with (punctuation) and UTF-8: \xe2\x80\x94 ok   # comment\n"
            "va-bits 0x39\n"
            "levels 0x5\n"
            "pa-bits 0x34\n"
            "page-offset 0xFF11000000000000\n"
            "\n"
            "region 0x0 0xffffffffffffffff hole 4k all\n");
  CHECK_STR(prof.name, "linux-6.x_test.1");
  CHECK_STR(prof.title, "Some title, with (punctuation) and UTF-8: \xe2\x80\x94 ok");
  CHECK_STR(prof.path, "t.layout");
  CHECK_EQ_U64(prof.layout.va_bits, 57);
  CHECK_EQ_U64(prof.layout.levels, 5);
  CHECK_EQ_U64(prof.layout.pa_bits, 52);
  CHECK_EQ_U64(prof.layout.page_offset, 0xff11000000000000ULL);
  CHECK_EQ_U64(prof.layout.nregions, 1);
  CHECK_EQ_U64(prof.header_line, 2);
  CHECK_EQ_U64(prof.key_line[MM_KEY_PROFILE], 2);
  CHECK_EQ_U64(prof.key_line[MM_KEY_TITLE], 3);
  CHECK_EQ_U64(prof.key_line[MM_KEY_VA_BITS], 4);
  CHECK_EQ_U64(prof.key_line[MM_KEY_LEVELS], 5);
  CHECK_EQ_U64(prof.key_line[MM_KEY_PA_BITS], 6);
  CHECK_EQ_U64(prof.key_line[MM_KEY_PAGE_OFFSET], 7);
  CHECK_EQ_U64(prof.key_line[MM_KEY_RANDOMIZE], 0);
  CHECK_EQ_U64(prof.rline[0], 9);
  CHECK_EQ_U64(prof.last_line, 9);
  CHECK_EQ_U64(prof.layout.region[0].end, UINT64_MAX);

  /* Keys in another order; no title. */
  EXPECT_OK("page-offset 0x0\npa-bits 0x1\nlevels 0x2\nva-bits 0x3\nprofile p\n" REGION_A);
  CHECK_STR(prof.title, "");
  CHECK_EQ_U64(prof.header_line, 5);
  CHECK_EQ_U64(prof.layout.va_bits, 3);
  CHECK_EQ_U64(prof.layout.pa_bits, 1);

  CHECK_STR(mm_key_name(MM_KEY_PAGE_OFFSET), "page-offset");
  CHECK_STR(mm_key_name(MM_KEY_LAZY_SYNC), "lazy-sync");
}

static void test_kinds(void)
{
  static const char *const names[MM_KIND_COUNT] = {
    "user",    "noncanonical", "guard",  "direct-map", "hole",        "vmalloc",
    "vmemmap", "kasan",        "espfix", "efi",        "kernel-text", "modules",
    "vsyscall", "fixmap",      "cpu-entry", "ldt-remap",
  };
  char text[4096];
  size_t n = (size_t)snprintf(text, sizeof text, "%s", HEADER);
  for (unsigned k = 0; k < MM_KIND_COUNT; k++)
    n += (size_t)snprintf(text + n, sizeof text - n, "region 0x%x 0x%x %s 4k r%u d %u\n",
                          k * 0x1000u, k * 0x1000u + 0xfffu, names[k], k, k);
  EXPECT_OK(text);
  CHECK_EQ_U64(prof.layout.nregions, MM_KIND_COUNT);
  for (unsigned k = 0; k < MM_KIND_COUNT; k++) {
    char want[16];
    CHECK(prof.layout.region[k].kind == k, "kind %s parsed as %u", names[k],
          (unsigned)prof.layout.region[k].kind);
    snprintf(want, sizeof want, "r%u", k);
    CHECK_STR(prof.rname[k], want);
    snprintf(want, sizeof want, "d %u", k);
    CHECK_STR(prof.rdesc[k], want);
    CHECK_EQ_U64(prof.rline[k], 6 + k);
  }
}

static void test_aligns_and_numbers(void)
{
  EXPECT_OK(HEADER
            "region 0x0 0x1 user 4k a\n"
            "region 0x2 0x3 user 2m b\n"
            "region 0x4 0x5 user 1g c\n"
            "region 0x00000000000000000000000006 0xFFFFFFFFFFFFFFFF user 512g d\n"
            "region 0x8 0xaBcDeF user 256t e\n");
  CHECK_EQ_U64(prof.layout.region[0].align, 0x1000);
  CHECK_EQ_U64(prof.layout.region[1].align, 0x200000);
  CHECK_EQ_U64(prof.layout.region[2].align, 0x40000000);
  CHECK_EQ_U64(prof.layout.region[3].align, 0x8000000000ULL);
  CHECK_EQ_U64(prof.layout.region[4].align, 0x1000000000000ULL);
  CHECK_EQ_U64(prof.layout.region[3].start, 6);
  CHECK_EQ_U64(prof.layout.region[3].end, UINT64_MAX);
  CHECK_EQ_U64(prof.layout.region[4].end, 0xabcdef);
  /* The parser does not validate: end < start parses. */
  EXPECT_OK(HEADER "region 0x10 0x1 hole 4k backwards\n");
  CHECK_EQ_U64(prof.layout.region[0].start, 0x10);
}

static void test_flags(void)
{
  EXPECT_OK(HEADER
            "randomize b c\n"
            "own-pgd c\n"
            "lazy-sync\ta   b  # comment\n"
            "region 0x0 0x1 user 4k a\n"
            "region 0x2 0x3 user 4k b\n"
            "region 0x4 0x5 user 4k c\n"
            "region 0x6 0x7 user 4k d\n");
  CHECK_EQ_U64(prof.layout.region[0].randomized, 0);
  CHECK_EQ_U64(prof.layout.region[1].randomized, 1);
  CHECK_EQ_U64(prof.layout.region[2].randomized, 1);
  CHECK_EQ_U64(prof.layout.region[0].own_pgd, 0);
  CHECK_EQ_U64(prof.layout.region[2].own_pgd, 1);
  CHECK_EQ_U64(prof.layout.region[0].lazy_sync, 1);
  CHECK_EQ_U64(prof.layout.region[1].lazy_sync, 1);
  CHECK_EQ_U64(prof.layout.region[2].lazy_sync, 0);
  CHECK_EQ_U64(prof.layout.region[3].randomized + prof.layout.region[3].own_pgd +
                 prof.layout.region[3].lazy_sync + prof.layout.region[3].reserved_, 0);
  CHECK_EQ_U64(prof.key_line[MM_KEY_RANDOMIZE], 6);
  CHECK_EQ_U64(prof.key_line[MM_KEY_LAZY_SYNC], 8);
  CHECK(mm_profile_find(&prof, "c") == 2, "find c");
  CHECK(mm_profile_find(&prof, "zz") == -1, "find zz");
}

static void test_comments_and_whitespace(void)
{
  EXPECT_OK("#\n"
            "   # indented comment\n"
            "\t\n"
            "  profile\tt   #x\r\n"
            "va-bits 0x30#no space before the comment\n"
            "levels 0x4\n"
            "pa-bits 0x2e\n"
            "page-offset 0xffff880000000000\n"
            "region 0x0 0xfff user 4k a   text # not part of it\r\n"
            "region 0x1000 0x1fff user 4k b\n"
            "region 0x2000 0x2fff user 4k c    \t  \n"
            "region 0x3000 0x3fff user 4k d  #\n"
            "region 0x4000 0x4fff user 4k e  two  words\n"
            "# trailing comment without a newline");
  CHECK_STR(prof.name, "t");
  CHECK_EQ_U64(prof.layout.va_bits, 0x30);
  CHECK_STR(prof.rdesc[0], "text");
  CHECK_STR(prof.rdesc[1], "");
  CHECK_STR(prof.rdesc[2], "");
  CHECK_STR(prof.rdesc[3], "");
  CHECK_STR(prof.rdesc[4], "two  words");
  CHECK_EQ_U64(prof.rline[0], 9);
  CHECK_EQ_U64(prof.last_line, 14);
  /* No newline at the end of the last region line. */
  EXPECT_OK(HEADER "region 0x0 0xfff user 4k a last line");
  CHECK_STR(prof.rdesc[0], "last line");
}

static void test_boundaries(void)
{
  char text[4096];
  char name[80], desc[200], title[200];
  memset(name, 'n', 47);
  name[47] = '\0';
  memset(desc, 'd', 127);
  desc[127] = '\0';
  memset(title, 't', 159);
  title[159] = '\0';
  snprintf(text, sizeof text, "title %s\n" HEADER "region 0x0 0x1 user 4k %s %s\n", title, name,
           desc);
  EXPECT_OK(text);
  CHECK_STR(prof.rname[0], name);
  CHECK_STR(prof.rdesc[0], desc);
  CHECK_STR(prof.title, title);

  strcat(name, "n");
  snprintf(text, sizeof text, HEADER "region 0x0 0x1 user 4k %s\n", name);
  EXPECT_ERR(text, 6, "too-long");
  strcat(desc, "d");
  snprintf(text, sizeof text, HEADER "region 0x0 0x1 user 4k a %s\n", desc);
  EXPECT_ERR(text, 6, "too-long");
  strcat(title, "t");
  snprintf(text, sizeof text, HEADER "title %s\n" REGION_A, title);
  EXPECT_ERR(text, 6, "too-long");

  memset(name, 'p', 63);
  name[63] = '\0';
  snprintf(text, sizeof text, "profile %s\nva-bits 0x30\nlevels 0x4\npa-bits 0x2e\n"
           "page-offset 0x0\n" REGION_A, name);
  EXPECT_OK(text);
  CHECK_STR(prof.name, name);
  strcat(name, "p");
  snprintf(text, sizeof text, "profile %s\n", name);
  EXPECT_ERR(text, 1, "too-long");

  /* 32 regions are fine, the 33rd is not. */
  size_t n = (size_t)snprintf(text, sizeof text, "%s", HEADER);
  for (unsigned i = 0; i < MM_MAX_REGIONS; i++)
    n += (size_t)snprintf(text + n, sizeof text - n, "region 0x%x 0x%x hole 4k r%u\n", i, i, i);
  EXPECT_OK(text);
  CHECK_EQ_U64(prof.layout.nregions, MM_MAX_REGIONS);
  snprintf(text + n, sizeof text - n, "# a comment\nregion 0x100 0x101 hole 4k r99\n");
  EXPECT_ERR(text, 5 + MM_MAX_REGIONS + 2, "too-many-regions");
}

static void test_syntax_errors(void)
{
  EXPECT_ERR(HEADER "region 0x0 0x1 user 4k\n", 6, "syntax");
  EXPECT_ERR(HEADER "region\n", 6, "syntax");
  EXPECT_ERR("profile\n", 1, "syntax");
  EXPECT_ERR("profile a b\n", 1, "syntax");
  EXPECT_ERR("title    # only a comment\n", 1, "syntax");
  EXPECT_ERR("va-bits\n", 1, "syntax");
  EXPECT_ERR("va-bits 0x30 0x30\n", 1, "syntax");
  EXPECT_ERR(HEADER "randomize\n" REGION_A, 6, "syntax");
  EXPECT_ERR(HEADER "own-pgd   # none\n" REGION_A, 6, "syntax");

  EXPECT_ERR("va-bits 48\n", 1, "number");
  EXPECT_ERR("va-bits 0x\n", 1, "number");
  EXPECT_ERR("va-bits 0X30\n", 1, "number");
  EXPECT_ERR("va-bits 0x3g\n", 1, "number");
  EXPECT_ERR("va-bits x30\n", 1, "number");
  EXPECT_ERR("\n\npage-offset -0x1\n", 3, "number");
  EXPECT_ERR(HEADER "region 0x0 4095 user 4k a\n", 6, "number");
  EXPECT_ERR(HEADER "region 0x0 0x1_000 user 4k a\n", 6, "number");
  /* A syntax error in a number wins over its overflow. */
  EXPECT_ERR(HEADER "region 0x100000000000000000z 0x1 user 4k a\n", 6, "number");

  EXPECT_ERR(HEADER "region 0x10000000000000000 0x1 user 4k a\n", 6, "overflow");
  EXPECT_ERR(HEADER "region 0x0 0x1ffffffffffffffff user 4k a\n", 6, "overflow");
  EXPECT_ERR("page-offset 0xffffffffffffffff0\n", 1, "overflow");
  EXPECT_ERR("levels 0x100000000\n", 1, "overflow");
  EXPECT_OK(HEADER "region 0x0 0x0000ffffffffffffffff user 4k a\n");

  EXPECT_ERR(HEADER "region 0x0 0x1 User 4k a\n", 6, "unknown-kind");
  EXPECT_ERR(HEADER "region 0x0 0x1 direct_map 4k a\n", 6, "unknown-kind");
  EXPECT_ERR(HEADER "region 0x0 0x1 user 4K a\n", 6, "unknown-align");
  EXPECT_ERR(HEADER "region 0x0 0x1 user 0x1000 a\n", 6, "unknown-align");
  EXPECT_ERR(HEADER "region 0x0 0x1 user 8k a\n", 6, "unknown-align");

  EXPECT_ERR("profiles t\n", 1, "unknown-key");
  EXPECT_ERR(HEADER "Region 0x0 0x1 user 4k a\n", 6, "unknown-key");
  EXPECT_ERR(HEADER "va_bits 0x30\n", 6, "unknown-key");

  EXPECT_ERR(HEADER "region 0x0 0x1 user 4k A\n", 6, "bad-name");
  EXPECT_ERR(HEADER "region 0x0 0x1 user 4k a-b\n", 6, "bad-name");
  EXPECT_ERR(HEADER "region 0x0 0x1 user 4k \xc3\xa9\n", 6, "bad-name");
  EXPECT_ERR("profile Linux\n", 1, "bad-name");
  EXPECT_ERR("profile a/b\n", 1, "bad-name");

  EXPECT_ERR(HEADER REGION_A "region 0x1000 0x1fff user 4k a\n", 7, "duplicate-name");
  EXPECT_ERR(HEADER "randomize a a\n" REGION_A, 6, "duplicate-name");
  EXPECT_ERR(HEADER "va-bits 0x30\n", 6, "duplicate-key");
  EXPECT_ERR("profile a\n\nprofile a\n", 3, "duplicate-key");
  EXPECT_ERR(HEADER "title a\ntitle b\n", 7, "duplicate-key");
  EXPECT_ERR(HEADER "lazy-sync a\nlazy-sync a\n" REGION_A, 7, "duplicate-key");
  EXPECT_ERR(HEADER REGION_A "title late\n", 7, "order");
  EXPECT_ERR(HEADER REGION_A "randomize a\n", 7, "order");
}

static void test_missing_and_empty(void)
{
  EXPECT_ERR("va-bits 0x30\nlevels 0x4\npa-bits 0x2e\npage-offset 0x0\n\n" REGION_A, 6,
             "missing-key");
  EXPECT_ERR("profile t\nlevels 0x4\npa-bits 0x2e\npage-offset 0x0\n" REGION_A, 5,
             "missing-key");
  EXPECT_ERR("profile t\nva-bits 0x30\npa-bits 0x2e\npage-offset 0x0\n" REGION_A, 5,
             "missing-key");
  EXPECT_ERR("profile t\nva-bits 0x30\nlevels 0x4\npage-offset 0x0\n" REGION_A, 5,
             "missing-key");
  EXPECT_ERR("profile t\nva-bits 0x30\nlevels 0x4\npa-bits 0x2e\n" REGION_A, 5, "missing-key");
  CHECK(strstr(diag.msg, "page-offset") != NULL, "message names the key: %s", diag.msg);

  EXPECT_ERR("", 1, "empty");
  EXPECT_ERR("\n", 1, "empty");
  EXPECT_ERR("# only\n# comments\n\n", 3, "empty");
  EXPECT_ERR(HEADER, 5, "empty");
  EXPECT_ERR("profile t", 1, "empty");

  EXPECT_ERR(HEADER "randomize a b\n" REGION_A, 6, "unknown-region");
  EXPECT_ERR(HEADER "own-pgd A\n" REGION_A, 6, "unknown-region");
  EXPECT_ERR(HEADER "randomize a\nlazy-sync zz\n" REGION_A, 7, "unknown-region");
}

static void test_binary(void)
{
  static const char nul[] = HEADER "\nregion 0x0 0x1 user 4k a\0b\n";
  EXPECT_ERR_N(nul, sizeof nul - 1, 7, "binary");
  EXPECT_ERR_N("\0", 1, 1, "binary");
  EXPECT_ERR("profile t\x01\n", 1, "binary");
  EXPECT_ERR("a\nb\rc\n", 2, "binary");
  EXPECT_ERR("a\r", 1, "binary");
  EXPECT_ERR("\x7f", 1, "binary");
  EXPECT_ERR("\x1b[0m", 1, "binary");
  EXPECT_ERR("\f\n", 1, "binary");
  EXPECT_ERR("# \x80\n", 1, "binary");              /* lone continuation */
  EXPECT_ERR("# \xc0\xaf\n", 1, "binary");          /* overlong '/' */
  EXPECT_ERR("# \xe0\x80\xaf\n", 1, "binary");      /* overlong */
  EXPECT_ERR("# \xed\xa0\x80\n", 1, "binary");      /* surrogate */
  EXPECT_ERR("# \xf4\x90\x80\x80\n", 1, "binary");  /* above U+10FFFF */
  EXPECT_ERR("# \xf5\x80\x80\x80\n", 1, "binary");
  EXPECT_ERR("# \xff\n", 1, "binary");
  EXPECT_ERR("\n\n# \xe2\x80", 3, "binary");        /* truncated at the end */
  EXPECT_ERR("# \xe2\x80z\n", 1, "binary");
  /* Well-formed UTF-8 of every length is text. */
  EXPECT_OK("# \xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf\n" HEADER REGION_A);
}

static void test_too_big(void)
{
  size_t len = (size_t)MM_PROFILE_TEXT_MAX + 1;
  char *big = malloc(len);
  if (!big) {
    CHECK(0, "out of memory");
    return;
  }
  memset(big, '\n', len);
  EXPECT_ERR_N(big, len, 0, "too-big");
  free(big);
}

/* Deterministic pseudo-random bytes and mutations of the seed profile: the
 * parser must return 0 or -1 with a diagnostic, whatever it is given. */
static uint64_t rng = 0x9e3779b97f4a7c15ULL;
static unsigned next_rand(void)
{
  rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
  return (unsigned)(rng >> 33);
}

static void test_robustness(void)
{
  static const char alphabet[] = "region 0x0123456789abcdefxyz\n\t #-_";
  const struct mm_builtin *seed = &mm_builtins[0];
  char buf[8192];
  unsigned bad = 0, ok = 0;
  CHECK(mm_nbuiltins >= 1 && seed->len < sizeof buf, "seed profile embedded");
  if (mm_nbuiltins < 1 || seed->len >= sizeof buf)
    return;
  for (unsigned iter = 0; iter < 3000; iter++) {
    size_t len;
    if (iter % 3 == 0) {
      len = next_rand() % 300;
      for (size_t i = 0; i < len; i++)
        buf[i] = iter % 2 ? (char)next_rand() : alphabet[next_rand() % (sizeof alphabet - 1)];
    } else {
      len = seed->len;
      memcpy(buf, seed->text, len);
      for (unsigned m = next_rand() % 4 + 1; m > 0; m--) {
        size_t at = next_rand() % len;
        if (next_rand() % 2)
          buf[at] = alphabet[next_rand() % (sizeof alphabet - 1)];
        else
          buf[at] = (char)next_rand();
      }
    }
    unsigned lines = 1;
    for (size_t i = 0; i < len; i++)
      lines += buf[i] == '\n';
    int rc = parse_n(buf, len);
    if (rc == 0)
      ok++;
    else if (rc != -1 || diag.rule[0] == '\0' || diag.msg[0] == '\0' || diag.line > lines)
      bad++;
  }
  CHECK(bad == 0, "%u of 3000 random texts gave a malformed result", bad);
  CHECK(ok > 0, "no mutated seed parsed at all");
}

int main(void)
{
  test_header_keys();
  test_kinds();
  test_aligns_and_numbers();
  test_flags();
  test_comments_and_whitespace();
  test_boundaries();
  test_syntax_errors();
  test_missing_and_empty();
  test_binary();
  test_too_big();
  test_robustness();
  return check_report("test_profile");
}
