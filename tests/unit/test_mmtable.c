/* Layout tables (gen/mmtable.c, gen/mmtable_check.c) on in-memory texts: the
 * three forms (mm.txt lines, the flattened one-line copy, mm.rst), stated
 * sizes, kinds, every check positive and negative, the layout handed to the
 * proven validator, and robustness against arbitrary bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "layout_validate.h"
#include "mmtable.h"
#include "mmtable_check.h"

static struct mmt_table tab;
static struct mmt_result res;
static char buf[65536];

/* Linux 4.8 mm.txt, the table part, one row a line. */
#define L_HEAD "Virtual memory map with 4 level page tables:\n"
#define L_USER "0000000000000000 - 00007fffffffffff (=47 bits) user space, different per mm\n"
#define L_SIGN "hole caused by [48:63] sign extension\n"
#define L_GUARD "ffff800000000000 - ffff87ffffffffff (=43 bits) guard hole, reserved for hypervisor\n"
#define L_DM "ffff880000000000 - ffffc7ffffffffff (=64 TB) direct mapping of all phys. memory\n"
#define L_HOLE1 "ffffc80000000000 - ffffc8ffffffffff (=40 bits) hole\n"
#define L_VMALLOC "ffffc90000000000 - ffffe8ffffffffff (=45 bits) vmalloc/ioremap space\n"
#define L_HOLE2 "ffffe90000000000 - ffffe9ffffffffff (=40 bits) hole\n"
#define L_VMEMMAP "ffffea0000000000 - ffffeaffffffffff (=40 bits) virtual memory map (1TB)\n"
#define L_UNUSED "... unused hole ...\n"
#define L_KASAN "ffffec0000000000 - fffffbffffffffff (=44 bits) kasan shadow memory (16TB)\n"
#define L_ESP "ffffff0000000000 - ffffff7fffffffff (=39 bits) %esp fixup stacks\n"
#define L_EFI "ffffffef00000000 - fffffffeffffffff (=64 GB) EFI region mapping space\n"
#define L_TEXT "ffffffff80000000 - ffffffff9fffffff (=512 MB) kernel text mapping, from phys 0\n"
#define L_MOD "ffffffffa0000000 - ffffffffff5fffff (=1526 MB) module mapping space\n"
#define L_VSYS "ffffffffff600000 - ffffffffffdfffff (=8 MB) vsyscalls\n"
#define L_TOP "ffffffffffe00000 - ffffffffffffffff (=2 MB) unused hole\n"
#define L_PROSE                                                                         \
  "The direct mapping covers all memory in the system up to the highest\n"               \
  "memory address (this means in some cases it can also include PCI memory\n"           \
  "holes).\n"

static const char mm48[] =
    L_HEAD L_USER L_SIGN L_GUARD L_DM L_HOLE1 L_VMALLOC L_HOLE2 L_VMEMMAP L_UNUSED L_KASAN
        L_UNUSED L_ESP L_UNUSED L_EFI L_UNUSED L_TEXT L_MOD L_VSYS L_TOP "\n" L_PROSE;

/* mm.rst (Linux >= 4.20), an excerpt of the 4-level table. */
static const char rst[] =
    "========================================================================\n"
    "    Start addr    |   Offset   |     End addr     |  Size   | VM area description\n"
    "========================================================================\n"
    "                  |            |                  |         |\n"
    " 0000000000000000 |    0       | 00007fffffffffff |  128 TB | user-space virtual memory, different per mm\n"
    "__________________|____________|__________________|_________|_____________\n"
    "                  |            |                  |         |\n"
    " 0000800000000000 | +128    TB | ffff7fffffffffff | ~16M TB | ... huge, almost 64 bits wide hole of non-canonical\n"
    "                  |            |                  |         |     virtual memory addresses up to the -128 TB\n"
    "                  |            |                  |         |     starting offset of kernel mappings.\n"
    "__________________|____________|__________________|_________|_____________\n"
    "                                                            |\n"
    "                                                            | Kernel-space virtual memory, shared between all processes:\n"
    "____________________________________________________________|_____________\n"
    " ffff800000000000 | -128    TB | ffff87ffffffffff |    8 TB | ... guard hole, also reserved for hypervisor\n"
    " ffff880000000000 | -120    TB | ffff887fffffffff |  0.5 TB | LDT remap for PTI\n"
    " ffff888000000000 | -119.5  TB | ffffc87fffffffff |   64 TB | direct mapping of all physical memory (page_offset_base)\n"
    " ffffc88000000000 |  -55.5  TB | ffffffff9fffffff | 58194432 MB | ... unused hole\n"
    " ffffffffa0000000 |-1536    MB | fffffffffeffffff | 1520 MB | module mapping space\n"
    " ffffffffff000000 |  -16    MB |                  |         |\n"
    "    FIXADDR_START | ~-11    MB | ffffffffff5fffff | ~0.5 MB | kernel-internal fixmap range, variable size and offset\n"
    " ffffffffff600000 |  -10    MB | ffffffffff600fff |    4 kB | legacy vsyscall ABI\n"
    " ffffffffff601000 |  -10    MB | ffffffffffffffff | 10236 kB | ... unused hole\n"
    "__________________|____________|__________________|_________|_____________\n";

/* A 5-level table (constructed). */
static const char mm57[] =
    "0000000000000000 - 00ffffffffffffff (=56 bits) user space, different per mm\n"
    "hole caused by [56:63] sign extension\n"
    "ff00000000000000 - ff0fffffffffffff (=52 bits) guard hole, reserved for hypervisor\n"
    "ff10000000000000 - ff8fffffffffffff (=55 bits) direct mapping of all phys. memory\n"
    "ff90000000000000 - ffffffffffffffff (=28 PB) vmalloc/ioremap space\n";

static unsigned check_text(const char *t)
{
  mmt_parse(&tab, t, strlen(t));
  return mmt_check(&tab, &res);
}

/* The text t with the first occurrence of old replaced by new (in buf). */
static const char *with(const char *t, const char *old, const char *new)
{
  const char *at = strstr(t, old);
  size_t pre, lo = strlen(old), ln = strlen(new), lt = strlen(t);
  if (!at || lt - lo + ln >= sizeof buf)
    return "";
  pre = (size_t)(at - t);
  memcpy(buf, t, pre);
  memcpy(buf + pre, new, ln);
  memcpy(buf + pre + ln, at + lo, lt - pre - lo + 1);
  return buf;
}

/* The number of findings of rule, and the line of the first one in *line. */
static unsigned count_rule(const char *rule, unsigned *line)
{
  unsigned n = 0;
  for (unsigned i = 0; i < res.nfindings && i < MMT_MAX_FINDINGS; i++)
    if (strcmp(res.finding[i].rule, rule) == 0) {
      if (n++ == 0 && line)
        *line = res.finding[i].line;
    }
  return n;
}

#define EXPECT_ONLY(text, want_rule, want_line)                                               \
  do {                                                                                   \
    unsigned st_ = check_text(text), ln_ = 0;                                            \
    CHECK(st_ == 1u, "status %u, expected findings (%s)", st_, (want_rule));                  \
    CHECK(res.nfindings == 1u && count_rule((want_rule), &ln_) == 1u && ln_ == (want_line),   \
          "expected one %s at line %u; %u findings, first %s at %u: %s", (want_rule),         \
          (unsigned)(want_line), res.nfindings, res.nfindings ? res.finding[0].rule : "-", \
          res.nfindings ? res.finding[0].line : 0u, res.nfindings ? res.finding[0].msg : ""); \
  } while (0)

#define EXPECT_CLEAN(text)                                                                \
  do {                                                                                    \
    unsigned st_ = check_text(text);                                                      \
    CHECK(st_ == 0u, "status %u, %u findings, first %s at %u: %s", st_, res.nfindings,     \
          res.nfindings ? res.finding[0].rule : "-", res.nfindings ? res.finding[0].line : 0u, \
          res.nfindings ? res.finding[0].msg : "");                                       \
  } while (0)

static void test_sizes(void)
{
  static const struct {
    const char *s;
    unsigned status;
    uint64_t minus1;
  } cases[] = {
      {"47 bits", MMT_SIZE_OK, 0x00007fffffffffffu},
      {"1 bit", MMT_SIZE_OK, 1u},
      {"0 bits", MMT_SIZE_OK, 0u},
      {"64 bits", MMT_SIZE_OK, UINT64_MAX},
      {"65 bits", MMT_SIZE_HUGE, 0},
      {"64 TB", MMT_SIZE_OK, 0x3fffffffffffu},
      {"64 tb", MMT_SIZE_OK, 0x3fffffffffffu},
      {"1TB", MMT_SIZE_OK, 0xffffffffffu},
      {"0.5 TB", MMT_SIZE_OK, 0x7fffffffffu},
      {"-1 TB", MMT_SIZE_BAD, 0},
      {"119.5 TB", MMT_SIZE_OK, 0x777fffffffffu},
      {"1526 MB", MMT_SIZE_OK, 0x5f5fffffu},
      {"1520 MB", MMT_SIZE_OK, 0x5effffffu},
      {"4 kB", MMT_SIZE_OK, 0xfffu},
      {"4 KB", MMT_SIZE_OK, 0xfffu},
      {"1.25 KB", MMT_SIZE_OK, 1279u},
      {"0.3 KB", MMT_SIZE_PART, 0},
      {"0.6 TB", MMT_SIZE_PART, 0},
      {"1.024 KB", MMT_SIZE_PART, 0},
      {"12 B", MMT_SIZE_OK, 11u},
      {"0.5 PB", MMT_SIZE_OK, 0x1ffffffffffffu},
      {"12800 TB", MMT_SIZE_OK, 0x31ffffffffffffu},
      {"16 EB", MMT_SIZE_OK, UINT64_MAX},
      {"17 EB", MMT_SIZE_HUGE, 0},
      {"16M TB", MMT_SIZE_OK, UINT64_MAX},
      {"16K PB", MMT_SIZE_OK, UINT64_MAX},
      {"~16M TB", MMT_SIZE_APPROX, 0},
      {"~0.5 MB", MMT_SIZE_APPROX, 0},
      {"0 MB", MMT_SIZE_HUGE, 0},
      {"99999999999999999999 B", MMT_SIZE_HUGE, 0},
      {"18446744073709551615 B", MMT_SIZE_OK, UINT64_MAX - 1},
      {"", MMT_SIZE_BAD, 0},
      {"TB", MMT_SIZE_BAD, 0},
      {"64", MMT_SIZE_BAD, 0},
      {"64 TB x", MMT_SIZE_BAD, 0},
      {"64 XB", MMT_SIZE_BAD, 0},
      {"1.5 bits", MMT_SIZE_BAD, 0},
      {"1.", MMT_SIZE_BAD, 0},
      {"1.0000000000000000001 KB", MMT_SIZE_BAD, 0},
      {"16Q TB", MMT_SIZE_BAD, 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct mmt_size z = mmt_size_parse(cases[i].s);
    CHECK(z.status == cases[i].status, "'%s': status %u, expected %u", cases[i].s, z.status,
          cases[i].status);
    if (z.status == MMT_SIZE_OK && cases[i].status == MMT_SIZE_OK)
      CHECK_EQ_U64(z.minus1, cases[i].minus1);
  }
  CHECK(mmt_size_parse(NULL).status == MMT_SIZE_BAD, "NULL");
}

static void test_kinds(void)
{
  static const struct {
    const char *desc;
    uint32_t kind;
  } cases[] = {
      {"user space, different per mm", MM_KIND_USER},
      {"user-space virtual memory, different per mm", MM_KIND_USER},
      {"... huge, almost 64 bits wide hole of non-canonical", MM_KIND_NONCANONICAL},
      {"guard hole, reserved for hypervisor", MM_KIND_GUARD},
      {"direct mapping of all phys. memory", MM_KIND_DIRECT_MAP},
      {"hole", MM_KIND_HOLE},
      {"... unused hole", MM_KIND_HOLE},
      {"unused", MM_KIND_HOLE},
      {"vmalloc/ioremap space (vmalloc_base)", MM_KIND_VMALLOC},
      {"virtual memory map (1TB)", MM_KIND_VMEMMAP},
      {"kasan shadow memory (16TB)", MM_KIND_KASAN},
      {"KASAN shadow memory", MM_KIND_KASAN},
      {"%esp fixup stacks", MM_KIND_ESPFIX},
      {"EFI region mapping space", MM_KIND_EFI},
      {"kernel text mapping, from phys 0", MM_KIND_KERNEL_TEXT},
      {"module mapping space", MM_KIND_MODULES},
      {"vsyscalls", MM_KIND_VSYSCALL},
      {"legacy vsyscall ABI", MM_KIND_VSYSCALL},
      {"kernel-internal fixmap range", MM_KIND_FIXMAP},
      {"cpu_entry_area mapping", MM_KIND_CPU_ENTRY},
      {"LDT remap for PTI", MM_KIND_LDT_REMAP},
      {"something else", MM_KIND_COUNT},
      {"benefits of definitions", MM_KIND_COUNT}, /* efi only as a word */
      {"", MM_KIND_COUNT},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    CHECK(mmt_guess_kind(cases[i].desc) == cases[i].kind, "'%s': kind %u, expected %u",
          cases[i].desc, (unsigned)mmt_guess_kind(cases[i].desc), (unsigned)cases[i].kind);
  CHECK(mmt_guess_kind(NULL) == MM_KIND_COUNT, "NULL");
}

static void test_parse_lines(void)
{
  mmt_parse(&tab, mm48, strlen(mm48));
  CHECK(tab.nrows == 14u && tab.rows_seen == 14u, "%u rows", tab.nrows);
  CHECK(tab.nmarks == 5u, "%u markers", tab.nmarks);
  CHECK_EQ_U64(tab.row[0].start, 0);
  CHECK_EQ_U64(tab.row[0].end, 0x00007fffffffffffu);
  CHECK_EQ_U64(tab.row[0].line, 2);
  CHECK_EQ_U64(tab.row[0].col, 0);
  CHECK_STR(tab.row[0].size, "47 bits");
  CHECK_STR(tab.row[0].desc, "user space, different per mm");
  CHECK_STR(tab.row[6].desc, "virtual memory map (1TB)");
  CHECK_STR(tab.row[13].desc, "unused hole");
  CHECK_EQ_U64(tab.mark[0].before, 1);
  CHECK_EQ_U64(tab.mark[0].kind, MMT_MARK_SIGN);
  CHECK_EQ_U64(tab.mark[0].line, 3);
  CHECK_EQ_U64(tab.mark[1].before, 7);
  CHECK_EQ_U64(tab.mark[1].kind, MMT_MARK_UNUSED);
  CHECK_EQ_U64(tab.last_line, 24);
  for (unsigned i = 0; i < tab.nrows; i++)
    CHECK(tab.row[i].form == MMT_FORM_TXT && tab.row[i].has_size, "row %u", i);
  /* a row without (=SIZE), and a (= without its ) */
  {
    static const char t2[] = "0000000000000000 - 0000000000000fff user\n"
                             "0000000000001000 - 0000000000001fff (=4 KB user\n";
    mmt_parse(&tab, t2, strlen(t2));
  }
  CHECK(tab.nrows == 2u && !tab.row[0].has_size && tab.row[1].has_size, "no size");
  CHECK_STR(tab.row[0].desc, "user");
  /* not rows: 15 or 17 digits, a word around the digits, no dash */
  {
    static const char t3[] = "000000000000000 - 0000000000000fff (=4 KB) x\n"
                             "00000000000000000 - 0000000000000fff (=4 KB) x\n"
                             "x0000000000000000 - 0000000000000fff (=4 KB) x\n"
                             "0000000000000000 + 0000000000000fff (=4 KB) x\n"
                             "0000000000000000 - 0000000000000fffz (=4 KB) x\n";
    mmt_parse(&tab, t3, strlen(t3));
  }
  CHECK(tab.nrows == 0u, "%u rows from non-rows", tab.nrows);
  CHECK(check_text("just prose\n") == 2u, "prose is not a table");
  CHECK(check_text("") == 2u, "empty");
}

/* The seed's flattened copy: the rows of mm48 joined by spaces on one line. */
static const char *flatten(const char *t)
{
  size_t n = 0;
  for (; *t && n + 1 < sizeof buf; t++)
    buf[n++] = *t == '\n' ? ' ' : *t;
  buf[n] = '\0';
  return buf;
}

static void test_parse_flat(void)
{
  const char *flat = flatten(mm48);
  mmt_parse(&tab, flat, strlen(flat));
  CHECK(tab.nrows == 14u && tab.nmarks == 5u, "%u rows %u markers", tab.nrows, tab.nmarks);
  CHECK_STR(tab.row[0].desc, "user space, different per mm");
  CHECK_STR(tab.row[1].desc, "guard hole, reserved for hypervisor");
  CHECK_STR(tab.row[2].desc, "direct mapping of all phys. memory");
  CHECK_STR(tab.row[3].desc, "hole");
  CHECK_STR(tab.row[6].desc, "virtual memory map (1TB)");
  CHECK_STR(tab.row[9].desc, "EFI region mapping space");
  CHECK_STR(tab.row[10].desc, "kernel text mapping, from phys 0");
  CHECK_STR(tab.row[13].desc, "unused hole"); /* "The direct mapping ..." is prose */
  CHECK_EQ_U64(tab.row[0].col, strlen(L_HEAD) + 1);
  CHECK_EQ_U64(tab.row[0].line, 1);
  CHECK_EQ_U64(tab.row[13].line, 1);
  CHECK_EQ_U64(tab.mark[0].col, strlen(L_HEAD L_USER) + 1);
  CHECK_EQ_U64(tab.last_line, 1);
  EXPECT_CLEAN(flat);
  CHECK(res.documented == 5u && res.built && res.layout.nregions == 19u, "flat layout");
  /* the real seed file, when the tests run from the repository root */
  {
    FILE *f = fopen("tests/data/seed-mm.txt", "rb");
    if (f) {
      size_t n = fread(buf, 1, sizeof buf - 1, f);
      fclose(f);
      buf[n] = '\0';
      EXPECT_CLEAN(buf);
      CHECK(tab.nrows == 14u && res.documented == 5u, "seed: %u rows", tab.nrows);
      CHECK_STR(tab.row[13].desc, "unused hole");
    }
  }
}

static void test_parse_rst(void)
{
  mmt_parse(&tab, rst, strlen(rst));
  CHECK(tab.nrows == 10u, "%u rst rows", tab.nrows);
  CHECK(tab.nmarks == 0u, "%u rst markers", tab.nmarks);
  CHECK_EQ_U64(tab.row[0].line, 5);
  CHECK_STR(tab.row[0].size, "128 TB");
  CHECK_STR(tab.row[0].desc, "user-space virtual memory, different per mm");
  CHECK_STR(tab.row[1].size, "~16M TB");
  /* continued over three lines, cut to MMT_DESC_MAX - 1 bytes */
  CHECK(strncmp(tab.row[1].desc, "... huge, almost 64 bits wide hole of non-canonical virtual "
                "memory addresses up to the -128 TB starting", 103) == 0 &&
            strlen(tab.row[1].desc) == MMT_DESC_MAX - 1,
        "'%s'", tab.row[1].desc);
  CHECK(tab.row[0].form == MMT_FORM_RST, "rst form");
  /* FIXADDR_START starts at the address-only line before it */
  CHECK(tab.row[7].symbolic, "symbolic start");
  CHECK_EQ_U64(tab.row[7].start, 0xffffffffff000000u);
  CHECK_EQ_U64(tab.row[7].end, 0xffffffffff5fffffu);
  EXPECT_CLEAN(rst);
  CHECK(res.built && res.layout.nregions == 10u, "rst layout: %u regions",
        (unsigned)res.layout.nregions);
  CHECK_EQ_U64(res.layout.region[1].kind, MM_KIND_NONCANONICAL);
  CHECK_EQ_U64(res.layout.region[3].kind, MM_KIND_LDT_REMAP);
  CHECK_EQ_U64(res.layout.region[7].kind, MM_KIND_FIXMAP);
  CHECK_EQ_U64(res.layout.page_offset, 0xffff888000000000u);
  /* without the address-only line the symbol starts after the previous row */
  EXPECT_CLEAN(with(rst, " ffffffffff000000 |  -16    MB |                  |         |\n", ""));
  CHECK_EQ_U64(tab.row[7].start, 0xffffffffff000000u);
}

static void test_clean_layout(void)
{
  EXPECT_CLEAN(mm48);
  CHECK(res.documented == 5u && res.va_bits == 48u, "documented %u", res.documented);
  CHECK(res.built && res.verdict.rule == MM_OK, "built and valid");
  CHECK_EQ_U64(res.layout.nregions, 19);
  CHECK_EQ_U64(res.layout.va_bits, 48);
  CHECK_EQ_U64(res.layout.levels, 4);
  CHECK_EQ_U64(res.layout.pa_bits, 46);
  CHECK_EQ_U64(res.layout.page_offset, 0xffff880000000000u);
  CHECK_EQ_U64(res.layout.region[0].kind, MM_KIND_USER);
  CHECK_EQ_U64(res.layout.region[1].kind, MM_KIND_NONCANONICAL);
  CHECK_EQ_U64(res.layout.region[1].start, 0x0000800000000000u);
  CHECK_EQ_U64(res.layout.region[1].end, 0xffff7fffffffffffu);
  CHECK_EQ_U64(res.rline[1], 3);
  CHECK_EQ_U64(res.layout.region[2].kind, MM_KIND_GUARD);
  CHECK_EQ_U64(res.layout.region[3].kind, MM_KIND_DIRECT_MAP);
  CHECK_EQ_U64(res.layout.region[8].kind, MM_KIND_HOLE); /* ffffeb..: documented gap */
  CHECK_EQ_U64(res.layout.region[8].start, 0xffffeb0000000000u);
  CHECK_EQ_U64(res.rline[8], 10);
  CHECK_EQ_U64(res.layout.region[0].align, 0x8000000000u);
  CHECK_EQ_U64(res.layout.region[16].align, 0x200000u); /* modules: 2m */
  CHECK_EQ_U64(res.layout.region[18].kind, MM_KIND_HOLE);
  CHECK_EQ_U64(res.layout.region[18].end, UINT64_MAX);
  CHECK(mm_layout_validate(&res.layout).rule == MM_OK, "valid");
  /* five-level */
  EXPECT_CLEAN(mm57);
  CHECK(res.va_bits == 57u && res.layout.levels == 5u, "five-level: va %u", res.va_bits);
  CHECK_EQ_U64(res.layout.region[1].kind, MM_KIND_NONCANONICAL);
  CHECK_EQ_U64(res.layout.region[1].start, 0x0100000000000000u);
  CHECK_EQ_U64(res.layout.region[1].end, 0xfeffffffffffffffu);
}

static void test_rule_size(void)
{
  EXPECT_ONLY(with(mm48, "(=44 bits) kasan", "(=45 bits) kasan"), "size", 11);
  EXPECT_ONLY(with(mm48, "(=64 TB)", "(=63 TB)"), "size", 5);
  EXPECT_ONLY(with(mm48, "(=1526 MB)", "(=1525 MB)"), "size", 18);
  EXPECT_ONLY(with(mm48, "(=64 TB)", "(=64 XB)"), "size", 5);
  EXPECT_ONLY(with(mm48, "(=64 TB)", "(=65 bits)"), "size", 5);
  EXPECT_ONLY(with(mm48, "(=64 TB)", "(=0.3 TB)"), "size", 5);
  EXPECT_CLEAN(with(mm48, "(=64 TB)", "(=46 bits)"));
  EXPECT_CLEAN(with(mm48, "(=64 TB)", "(=65536 GB)"));
  EXPECT_CLEAN(with(mm48, "(=64 TB)", "(=~65 TB)"));
  EXPECT_CLEAN(with(mm48, "(=64 TB) direct", "direct"));
  check_text(with(mm48, "(=44 bits) kasan", "(=45 bits) kasan"));
  CHECK(strstr(res.finding[0].msg, "0x200000000000") && strstr(res.finding[0].msg, "0x100000000000"),
        "both sizes: %s", res.finding[0].msg);
}

static void test_rule_inclusive_end(void)
{
  /* an exclusive end: only inclusive-end (size and order use END - 1) */
  EXPECT_ONLY(with(mm48, "ffffc7ffffffffff", "ffffc80000000000"), "inclusive-end", 5);
  /* not page-granular */
  check_text(with(mm48, "ffffc7ffffffffff", "ffffc7fffffff7ff"));
  CHECK(count_rule("inclusive-end", NULL) == 1u, "inclusive-end on ...7ff");
  EXPECT_CLEAN(mm48);
}

static void test_rule_order(void)
{
  /* swapped */
  check_text(with(mm48, L_MOD L_VSYS, L_VSYS L_MOD));
  CHECK(res.status == 1u && count_rule("order", NULL) == 1u && count_rule("hole", NULL) == 1u,
        "swapped: %u findings", res.nfindings);
  /* duplicate */
  EXPECT_ONLY(with(mm48, L_VMALLOC, L_VMALLOC L_VMALLOC), "order", 8);
  /* overlapping by one page */
  EXPECT_ONLY(with(mm48, "ffffc90000000000 - ffffe8ffffffffff (=45 bits)",
                   "ffffc8fffffff000 - ffffe8ffffffffff (=34359738372 KB)"),
              "order", 7);
  /* ends before it starts */
  check_text(with(mm48, "ffffc90000000000 - ffffe8ffffffffff", "ffffc90000000000 - ffffc8ffffffffff"));
  CHECK(count_rule("order", NULL) >= 1u, "end before start");
  EXPECT_CLEAN(mm48);
}

static void test_rule_canonical(void)
{
  EXPECT_ONLY(with(mm48, "00007fffffffffff (=47 bits)", "0000ffffffffffff (=48 bits)"), "canonical",
              2);
  EXPECT_ONLY(with(mm48, "ffff800000000000 - ffff87ffffffffff (=43 bits)",
                   "ffff7f8000000000 - ffff87ffffffffff (=8704 GB)"),
              "canonical", 4);
  /* the same row is fine in a 5-level table */
  EXPECT_CLEAN(with(mm57, "00ffffffffffffff (=56 bits)", "00ffffffffffffff (=56 bits)"));
  check_text(with(mm57, "00ffffffffffffff (=56 bits)", "01ffffffffffffff (=57 bits)"));
  CHECK(count_rule("canonical", NULL) == 1u, "5-level straddle");
  /* the mm.rst non-canonical row: exact is fine, anything else is not */
  check_text(with(rst, "ffff7fffffffffff | ~16M TB", "ffff6fffffffffff | ~16M TB"));
  CHECK(count_rule("canonical", NULL) == 1u, "inexact non-canonical row: %u findings",
        res.nfindings);
  EXPECT_CLEAN(rst);
}

static void test_rule_hole(void)
{
  unsigned line = 0;
  /* the "... unused hole ..." before %esp removed */
  EXPECT_ONLY(with(mm48, L_UNUSED L_ESP, L_ESP), "hole", 12);
  /* the sign-extension line removed */
  EXPECT_ONLY(with(mm48, L_SIGN, ""), "hole", 3);
  /* before the first row and after the last */
  EXPECT_ONLY(with(mm48, L_USER L_SIGN, ""), "hole", 2);
  EXPECT_ONLY(with(mm48, L_TOP, ""), "hole", 19);
  check_text(with(mm48, L_TOP, ""));
  CHECK(strstr(res.finding[0].msg, "ffffffffffe00000 - ffffffffffffffff") != NULL, "%s",
        res.finding[0].msg);
  /* documented by a marker: the table checks pass, and the validator rejects
   * the hole region 0 - ffff7fffffffffff at the marker's line */
  EXPECT_ONLY(with(mm48, L_USER L_SIGN, L_SIGN), "canonical", 2);
  CHECK(res.documented == 5u, "leading gap documented");
  CHECK(res.built && res.verdict.rule == MM_RULE_CANONICAL && res.verdict.region == 0u,
        "validator verdict %u", (unsigned)res.verdict.rule);
  EXPECT_CLEAN(with(mm48, L_TOP, L_UNUSED));
  CHECK(res.documented == 6u && res.layout.region[res.layout.nregions - 1].end == UINT64_MAX,
        "trailing gap documented");
  /* a hole between two contiguous rows documents nothing */
  EXPECT_CLEAN(with(mm48, L_HOLE1, L_HOLE1 L_UNUSED));
  CHECK(res.documented == 5u, "documented %u", res.documented);
  (void)line;
}

static void test_rule_kind_count_validator(void)
{
  EXPECT_ONLY(with(mm48, "kernel text mapping", "the kernel image"), "kind", 17);
  /* the validator: user space described as kernel text */
  EXPECT_ONLY(with(mm48, "user space, different", "kernel text mapping, different"), "half", 2);
  CHECK(res.built && res.verdict.rule == MM_RULE_HALF, "validator verdict");
  /* no direct map */
  EXPECT_ONLY(with(mm48, "direct mapping of all phys. memory", "vmalloc too"), "dm-missing", 2);
  /* too many regions: 40 rows of 4 KB from 0, then a hole */
  {
    size_t n = 0;
    for (unsigned i = 0; i < 40; i++)
      n += (size_t)snprintf(buf + n, sizeof buf - n,
                            "%016llx - %016llx (=4 KB) user space\n", (unsigned long long)i * 4096,
                            (unsigned long long)i * 4096 + 4095);
    snprintf(buf + n, sizeof buf - n, "... unused hole ...\n");
    check_text(buf);
    CHECK(count_rule("count", NULL) == 1u, "count: %u findings", res.nfindings);
  }
  /* more rows than the parser keeps */
  {
    size_t n = 0;
    for (unsigned i = 0; i < MMT_MAX_ROWS + 10 && n + 100 < sizeof buf; i++)
      n += (size_t)snprintf(buf + n, sizeof buf - n,
                            "%016llx - %016llx (=4 KB) user space\n", (unsigned long long)i * 4096,
                            (unsigned long long)i * 4096 + 4095);
    mmt_parse(&tab, buf, n);
    CHECK(tab.nrows == MMT_MAX_ROWS && tab.rows_seen == MMT_MAX_ROWS + 10, "kept %u of %u",
          tab.nrows, tab.rows_seen);
    mmt_check(&tab, &res);
    CHECK(count_rule("count", NULL) >= 1u, "too many rows");
  }
}

static void test_two_tables(void)
{
  static char two[8192];
  snprintf(two, sizeof two, "%s\nVirtual memory map with 5 level page tables:\n\n%s", mm48, mm57);
  EXPECT_CLEAN(two);
  CHECK(tab.ntables == 2u && res.ntables == 2u, "%u tables", tab.ntables);
  CHECK_EQ_U64(tab.table_line[0], 1);
  CHECK_EQ_U64(tab.table_line[1], 26);
  CHECK_EQ_U64(tab.table_row[1], 14);
  CHECK_EQ_U64(res.table_rows[0], 14);
  CHECK_EQ_U64(res.table_rows[1], 4);
  CHECK_EQ_U64(res.table_documented[0], 5);
  CHECK_EQ_U64(res.table_documented[1], 1);
  CHECK_EQ_U64(res.table_line[1], 26);
  CHECK(res.va_bits == 57u && res.layout.levels == 5u, "the second table is 5-level");
  /* a trailing marker of the first table and no leading one in the second */
  snprintf(two, sizeof two, "%s\nVirtual memory map with 5 level page tables:\n%s",
           with(mm48, L_TOP, L_UNUSED), mm57);
  EXPECT_CLEAN(two);
  CHECK(res.table_documented[0] == 6u && res.table_documented[1] == 1u, "documented %u %u",
        res.table_documented[0], res.table_documented[1]);
  /* a trailing marker of the first table does not document a leading gap of the second */
  {
    static char first[4096];
    snprintf(first, sizeof first, "%s", with(mm48, L_TOP, L_UNUSED));
    snprintf(two, sizeof two, "%s\nVirtual memory map with 5 level page tables:\n%s", first,
             with(mm57,
                  "0000000000000000 - 00ffffffffffffff (=56 bits) user space, different per mm\n"
                  "hole caused by [56:63] sign extension\n",
                  ""));
  }
  check_text(two);
  CHECK(res.status == 1u && count_rule("hole", NULL) == 1u, "leading gap of table 2: %u findings",
        res.nfindings);
  /* without the heading the second table's rows go backwards */
  snprintf(two, sizeof two, "%s%s", mm48, mm57);
  check_text(two);
  CHECK(tab.ntables == 1u && count_rule("order", NULL) >= 1u, "one table");
  /* a heading before any row names the first table */
  mmt_parse(&tab, "x\nComplete virtual memory map with 4-level page tables\n" L_USER, 100);
  CHECK(tab.ntables == 1u && tab.table_line[0] == 2u, "heading line %u", tab.table_line[0]);
}

static void test_detection(void)
{
  static const char *profiles[] = {
      "profile x\n", "# c\n\n  profile x", "region 0x0", "va-bits 0x30", "page-offset#c",
      "\n\t# only a comment\n title x\n",
  };
  static const char *tables[] = {
      "", "Virtual memory map", "profiles x", "# profile\nmm.txt", "\n\n", "profilex",
  };
  for (size_t i = 0; i < sizeof profiles / sizeof profiles[0]; i++)
    CHECK(mmt_looks_like_profile(profiles[i], strlen(profiles[i])) == 1, "'%s'", profiles[i]);
  for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
    CHECK(mmt_looks_like_profile(tables[i], strlen(tables[i])) == 0, "'%s'", tables[i]);
  CHECK(mmt_wants_table(mm48, strlen(mm48)) == 1, "mm.txt is a table");
  CHECK(mmt_wants_table("a\0b", 3) == 0, "binary is not");
  CHECK(mmt_wants_table("profile x", 9) == 0, "a profile is not");
  CHECK(mmt_looks_like_profile(NULL, 0) == 0, "NULL");
}

/* xorshift: deterministic pseudo-random bytes */
static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint64_t next_rand(void)
{
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

static void test_robustness(void)
{
  static char noise[4096];
  static const char alphabet[] = "0123456789abcdefABCDEF -|(=)~.\n\tKMGTPBbits.hole...unused";
  size_t len = strlen(mm48), rl = strlen(rst);
  unsigned runs = 0, bad_mutation = 0;
  /* every prefix of the texts */
  for (size_t n = 0; n <= len; n++) {
    mmt_parse(&tab, mm48, n);
    mmt_check(&tab, &res);
    runs++;
  }
  for (size_t n = 0; n <= rl; n += 7) {
    mmt_parse(&tab, rst, n);
    mmt_check(&tab, &res);
    runs++;
  }
  /* random bytes, and random bytes from the table alphabet */
  for (unsigned k = 0; k < 400; k++) {
    size_t n = (size_t)(next_rand() % sizeof noise);
    for (size_t i = 0; i < n; i++)
      noise[i] = (k & 1) ? (char)(next_rand() & 0xFF)
                         : alphabet[next_rand() % (sizeof alphabet - 1)];
    mmt_parse(&tab, noise, n);
    mmt_check(&tab, &res);
    runs++;
  }
  /* the texts with bytes changed */
  for (unsigned k = 0; k < 2000; k++) {
    const char *src = (k & 1) ? rst : mm48;
    size_t n = (k & 1) ? rl : len;
    memcpy(buf, src, n);
    for (unsigned j = 0; j < 1 + k % 8; j++)
      buf[next_rand() % n] = (k & 2) ? (char)(next_rand() & 0xFF)
                                     : alphabet[next_rand() % (sizeof alphabet - 1)];
    mmt_parse(&tab, buf, n);
    mmt_check(&tab, &res);
    if (!(res.status <= 2u && tab.nrows <= MMT_MAX_ROWS && tab.nmarks <= MMT_MAX_MARKS))
      bad_mutation = k + 1;
    for (unsigned i = 0; i < tab.nrows; i++)
      if (!memchr(tab.row[i].desc, '\0', sizeof tab.row[i].desc) ||
          !memchr(tab.row[i].size, '\0', sizeof tab.row[i].size))
        bad_mutation = k + 1;
    runs++;
  }
  CHECK(bad_mutation == 0u, "mutation %u: bad result", bad_mutation - 1u);
  /* a long line of rows, a huge description, a (= with no ) */
  {
    size_t n = 0;
    while (n + 80 < sizeof buf)
      n += (size_t)snprintf(buf + n, sizeof buf - n, "ffffffffffe00000 - ffffffffffffffff (=2 MB) ");
    mmt_parse(&tab, buf, n);
    CHECK(tab.nrows == MMT_MAX_ROWS && tab.rows_seen > MMT_MAX_ROWS, "long line");
    memset(buf, 'x', sizeof buf);
    memcpy(buf, "0000000000000000 - ffffffffffffffff (=", 38);
    mmt_parse(&tab, buf, sizeof buf);
    CHECK(tab.nrows == 1u && strlen(tab.row[0].desc) < MMT_DESC_MAX &&
              strlen(tab.row[0].size) < MMT_SIZE_MAX,
          "unterminated size");
    mmt_check(&tab, &res);
    CHECK(count_rule("size", NULL) == 1u, "unreadable size");
  }
  CHECK(runs > 0u, "runs");
  mmt_parse(&tab, NULL, 10);
  CHECK(tab.nrows == 0u, "NULL text");
}

int main(void)
{
  test_sizes();
  test_kinds();
  test_parse_lines();
  test_parse_flat();
  test_parse_rst();
  test_clean_layout();
  test_rule_size();
  test_rule_inclusive_end();
  test_rule_order();
  test_rule_canonical();
  test_rule_hole();
  test_rule_kind_count_validator();
  test_two_tables();
  test_detection();
  test_robustness();
  return check_report("test_mmtable");
}
