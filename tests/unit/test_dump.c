/* Page-table dumps (gen/dump.c) line by line in each format, the KASLR
 * window (gen/kaslr_window.c) of every built-in profile, and the dump check
 * (gen/dump_check.c): the layout built from bases, each rule, and arbitrary
 * bytes. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "dump.h"
#include "dump_check.h"
#include "kaslr_window.h"
#include "layout_validate.h"
#include "source.h"

static struct mm_profile prof;
static struct mm_findings fs;

/* Feed one line; returns the count, ranges in out. */
static int line(struct mm_dump_parser *p, const char *s, struct mm_dump_range out[2],
                struct mm_diag *d)
{
  int marker;
  return mm_dump_line(p, "d.txt", s, strlen(s), out, &marker, d);
}

static void test_ptdump(void)
{
  struct mm_dump_parser p;
  struct mm_dump_range r[2];
  struct mm_diag d;
  int marker;
  mm_dump_init(&p, MM_DUMP_AUTO, 48);
  CHECK(mm_dump_line(&p, "d.txt", "---[ Low Kernel Mapping ]---", 28, r, &marker, &d) == 0 &&
            marker == 1,
        "marker");
  CHECK_STR(p.marker, "Low Kernel Mapping");
  CHECK(p.format == MM_DUMP_PTDUMP, "detected ptdump");
  CHECK(line(&p, "0xffff888000000000-0xffff888000200000           2M     RW         PSE     "
                 "GLB NX pmd",
             r, &d) == 1,
        "a present line");
  CHECK_EQ_U64(r[0].start, 0xffff888000000000ULL);
  CHECK_EQ_U64(r[0].last, 0xffff8880001fffffULL);
  CHECK(r[0].line == 2, "line 2");
  CHECK(line(&p, "0xffff888080000000-0xffff890000000000         510G                       "
                 "        pud",
             r, &d) == 0,
        "not present");
  /* the last range ends at 0 = 2^64; older kernels' units (K first) too */
  CHECK(line(&p, "0xffffffffff800000-0x0000000000000000           8M                       "
                 "        pmd",
             r, &d) == 0,
        "wrap, not present");
  CHECK(line(&p, "0xffffffffffe00000-0x0000000000000000        2048K USR ro GLB x pte", r,
             &d) == 1,
        "wrap, present");
  CHECK_EQ_U64(r[0].last, UINT64_MAX);
  CHECK(line(&p, "... 131056 entries skipped ... ", r, &d) == 0, "skipped entries");
  CHECK(line(&p, "0xffff888000000000-0xffff888000200000 1M RW pmd", r, &d) < 0, "bad size");
  CHECK_STR(d.rule, "size");
  CHECK_STR(d.msg, "0xffff888000000000-0xffff888000200000 holds 0x200000 bytes, not the 1M "
                   "the line states");
  CHECK(line(&p, "0xffff888000000000-0xffff888000200000 2M RW PSE", r, &d) < 0, "no level");
  CHECK_STR(d.msg, "no level (pgd p4d pud pmd pte) at the end");
  CHECK(line(&p, "0xffff888000000000-0xffff888000200000 2M RW FOO pmd", r, &d) < 0, "flag");
  CHECK_STR(d.msg, "'FOO' is neither a flag nor a level");
  CHECK(line(&p, "0xffff888000000000-0xffff888000200000 2Q RW pmd", r, &d) < 0, "unit");
  CHECK(line(&p, "0xffff888000000000-0xffff888000000000 0B RW pmd", r, &d) < 0, "empty");
  /* reversed: 1 - 0xffffffffffe00001 wraps to 0x200000, which is the size
   * stated (found by tests/fuzz/fuzz_dump.c) */
  CHECK(line(&p, "0xffffffffffe00001-0x0000000000000001 2048K USR ro GLB x pte", r, &d) < 0,
        "reversed range");
  CHECK_STR(d.rule, "order");
  CHECK_STR(d.msg, "0xffffffffffe00001-0x0000000000000001 ends at or before its start");
  CHECK(line(&p, "---[ unterminated", r, &d) < 0, "bad marker");
  CHECK(d.line == 13, "line counted: %u", d.line);
}

static void test_tlb(void)
{
  struct mm_dump_parser p;
  struct mm_dump_range r[2];
  struct mm_diag d;
  mm_dump_init(&p, MM_DUMP_AUTO, 48);
  CHECK(line(&p, "(qemu) info tlb", r, &d) == 0, "prompt");
  CHECK(line(&p, "ffff888000000000: 0000000000000000 XG-DA---W", r, &d) == 1, "4K");
  CHECK_EQ_U64(r[0].last, 0xffff888000000fffULL);
  /* a large page at a 1 GiB boundary with a 1 GiB-aligned frame: pending */
  CHECK(line(&p, "ffff888040000000: 0000000040000000 XGPDA---W", r, &d) == 0, "pending");
  /* the next page 2 MiB on: it was a 2 MiB page */
  CHECK(line(&p, "ffff888040200000: 0000000040200000 XGPDA---W", r, &d) == 2, "settled");
  CHECK_EQ_U64(r[0].last, 0xffff8880401fffffULL);
  CHECK_EQ_U64(r[1].start, 0xffff888040200000ULL);
  CHECK_EQ_U64(r[1].last, 0xffff8880403fffffULL);
  CHECK(line(&p, "ffff888080000000: 0000000080000000 XGPDA---W", r, &d) == 0, "pending 2");
  /* the next page 1 GiB on or more: it was a 1 GiB page */
  CHECK(line(&p, "ffffc90000000000: 000000007f000000 XG-DA---W", r, &d) == 2, "settled 2");
  CHECK_EQ_U64(r[0].last, 0xffff8880bfffffffULL);
  CHECK(line(&p, "ffffea0000000000: 0000000040000000 XGPDA---W", r, &d) == 0, "pending 3");
  CHECK(mm_dump_finish(&p, r) == 1, "at the end: a 1 GiB page");
  CHECK_EQ_U64(r[0].last, 0xffffea003fffffffULL);
  /* raw addresses (no sign extension) are extended */
  CHECK(line(&p, "0000888000000000: 0000000000000000 XG-DA---W", r, &d) == 1, "raw");
  CHECK_EQ_U64(r[0].start, 0xffff888000000000ULL);
  CHECK(line(&p, "ffff888000000000: 0000000000000000 XG-DA---Q", r, &d) < 0, "flag");
  CHECK_STR(d.msg, "flag 9 is 'Q': the flags are nine of XGPDACTUW or - in that order");
  CHECK(line(&p, "ffff888000100000: 0000000000000000 XGPDA---W", r, &d) < 0, "unaligned");
  CHECK_STR(d.rule, "align");
  CHECK(line(&p, "ffff888000000000 0000000000000000 XG-DA---W", r, &d) < 0, "no colon");
  CHECK(line(&p, "ffff888000000000: 0000000000000000 XG-DA---W extra", r, &d) < 0, "extra");
}

static void test_mem(void)
{
  struct mm_dump_parser p;
  struct mm_dump_range r[2];
  struct mm_diag d;
  mm_dump_init(&p, MM_DUMP_AUTO, 48);
  CHECK(line(&p, "ffff888000000000-ffff888100000000 0000000100000000 -rw", r, &d) == 1, "mem");
  CHECK_EQ_U64(r[0].last, 0xffff8880ffffffffULL);
  /* the last upper-half range ends at the raw 2^48 */
  CHECK(line(&p, "ffffffffff600000-0001000000000000 0000000000a00000 ur-", r, &d) == 1, "top");
  CHECK_EQ_U64(r[0].last, UINT64_MAX);
  /* a lower-half range ending at 2^47 prints its end sign-extended */
  CHECK(line(&p, "00007ffffffff000-ffff800000000000 0000000000001000 ur-", r, &d) == 1,
        "top of user space");
  CHECK_EQ_U64(r[0].last, 0x00007fffffffffffULL);
  CHECK(line(&p, "ffff888000000000-ffff888100000000 0000000100000000 -rx", r, &d) < 0, "prot");
  CHECK_STR(d.msg, "the protection is [u-]r[w-]");
  mm_dump_init(&p, MM_DUMP_MEM, 57);
  CHECK(line(&p, "ff11000000000000-ff11000001000000 0000000001000000 -rw", r, &d) == 1, "l5");
  CHECK(line(&p, "ffffffffff600000-0200000000000000 0000000000a00000 ur-", r, &d) == 1,
        "l5 top");
  CHECK_EQ_U64(r[0].last, UINT64_MAX);
}

static void test_formats(void)
{
  struct mm_dump_parser p;
  struct mm_dump_range r[2];
  struct mm_diag d;
  CHECK(mm_dump_format_lookup("tlb") == MM_DUMP_TLB, "tlb");
  CHECK(mm_dump_format_lookup("xml") == -1, "xml");
  CHECK_STR(mm_dump_format_name(MM_DUMP_MEM), "mem");
  mm_dump_init(&p, MM_DUMP_AUTO, 48);
  CHECK(line(&p, "hello", r, &d) < 0, "unknown format");
  CHECK_STR(d.rule, "format");
  /* any bytes: no crash */
  for (int seed = 0; seed < 200; seed++) {
    char junk[96];
    int marker;
    for (size_t i = 0; i < sizeof junk; i++)
      junk[i] = (char)((i * 131 + (size_t)seed * 17) % 97 + 32);
    junk[seed % 40] = '-';
    mm_dump_init(&p, (unsigned)(seed % 4), 48);
    (void)mm_dump_line(&p, "j", junk, sizeof junk, r, &marker, &d);
    (void)mm_dump_finish(&p, r);
  }
}

static void test_window(void)
{
  static const struct {
    const char *name;
    uint64_t lo, hi;
  } want[] = {
    {"linux-4.8-4level", 0xffff880000000000ULL, 0xffffebffffffffffULL},
    {"linux-4.15-4level", 0xffff880000000000ULL, 0xffffebffffffffffULL},
    {"linux-4.20-4level", 0xffff888000000000ULL, 0xffffebffffffffffULL},
    {"linux-4.20-5level", 0xff11000000000000ULL, 0xffdeffffffffffffULL},
  };
  struct mm_diag d;
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    uint64_t lo = 0, hi = 0;
    CHECK(mm_source_load(&prof, want[i].name, &d) == MM_LOAD_OK, "%s", want[i].name);
    CHECK(mm_kaslr_window(&prof.layout, &lo, &hi) == 0, "%s: a window", want[i].name);
    CHECK_EQ_U64(lo, want[i].lo);
    CHECK_EQ_U64(hi, want[i].hi);
  }
  for (uint32_t i = 0; i < prof.layout.nregions; i++)
    prof.layout.region[i].randomized = 0;
  {
    uint64_t lo, hi;
    CHECK(mm_kaslr_window(&prof.layout, &lo, &hi) == -1, "no randomized region: no window");
  }
}

static void test_check(void)
{
  struct mm_dump_check c;
  struct mm_diag d;
  char why[256];
  struct mm_dump_range r = {0xffff888000000000ULL, 0xffff8880001fffffULL, 7};
  CHECK(mm_source_load(&prof, "linux-4.20-4level", &d) == MM_LOAD_OK, "4.20");
  mm_findings_init(&fs);
  CHECK(mm_dump_check_init(&c, "d", &prof, "page_offset_base=0xffff88c240000000,"
                                           "vmalloc_base=0xffffc93a80000000,"
                                           "vmemmap_base=0xffffea5f00000000", NULL, &fs, why, sizeof why) == 0,
        "bases: %s", why);
  /* 24 regions: the window's 6 (3 randomized, 3 holes) become 3 + 4 pieces */
  CHECK(c.actual.nregions == 25, "%u regions", c.actual.nregions);
  CHECK(mm_layout_validate(&c.actual).rule == MM_OK, "the layout at the bases is valid");
  CHECK_EQ_U64(c.actual.page_offset, 0xffff88c240000000ULL);
  /* the old direct-map start is now the window's first piece */
  mm_dump_check_range(&c, &r);
  CHECK(fs.nfinding == 1, "a finding");
  CHECK_STR(fs.d[0].rule, "kaslr");
  r.start = 0xffff88c240000000ULL;
  r.last = r.start + 0xfff;
  mm_dump_check_range(&c, &r);
  CHECK(fs.nfinding == 1, "no new finding");
  CHECK(mm_dump_check_touched(&c) == 2, "two regions touched");
  /* the ptdump marker names a kind */
  mm_dump_check_marker(&c, "Vmemmap", 40);
  mm_dump_check_range(&c, &r);
  CHECK(fs.nfinding == 2 && strcmp(fs.d[1].rule, "section") == 0, "section");
  mm_dump_check_marker(&c, "End Modules", 41);
  mm_dump_check_range(&c, &r);
  CHECK(fs.nfinding == 2, "no expectation after End Modules");
  /* usage problems with the bases text */
  mm_findings_init(&fs);
  CHECK(mm_dump_check_init(&c, "d", &prof, "", NULL, &fs, why, sizeof why) == -1, "empty bases");
  CHECK(mm_dump_check_init(&c, "d", &prof, "vmalloc_base", NULL, &fs, why, sizeof why) == -1,
        "no =");
  CHECK_STR(why, "'vmalloc_base' is not NAME=ADDR");
  CHECK(mm_dump_check_init(&c, "d", &prof, "vmalloc_base=0x0,vmalloc=0x0", NULL, &fs, why,
                           sizeof why) == -1,
        "twice");
  CHECK_STR(why, "vmalloc_base is given twice");
  /* a base given alone: the others stay where the profile puts them */
  CHECK(mm_dump_check_init(&c, "d", &prof, "vmemmap_base=0xffffeb0000000000", NULL, &fs, why,
                           sizeof why) == 0,
        "vmemmap alone");
  CHECK(fs.n == 0, "no finding");
}


/* Linux 6.1 kaslr.c's window and sizes (kaslr_window.h) */
static void test_linux_sizes(void)
{
  static const struct {
    const char *name;
    uint64_t mem_end, padding;
    uint64_t direct_tb, vmalloc_tb, vmemmap_tb;
  } want[] = {
    /* the crosscheck's guest: 512 MiB, max_pfn 0x1ffdf, Debian's padding 0xa */
    {"linux-4.20-4level", 0x1ffdf000ULL, 10, 11, 32, 1},
    {"linux-4.20-5level", 0x1ffdf000ULL, 10, 11, 12800, 1},
    /* no padding: DIV_ROUND_UP rounds 512 MiB up to 1 TiB; 0 bytes is 0 TiB */
    {"linux-4.20-4level", 0x20000000ULL, 0, 1, 32, 1},
    /* capped at 2^(MAX_PHYSMEM_BITS - 40) TiB: 64 TiB (4 levels), 4 PiB (5) */
    {"linux-4.20-4level", 0x500000000000ULL, 10, 64, 32, 1},
    {"linux-4.20-5level", 0x100000000000000ULL, 0, 4096, 12800, 64},
    /* vmemmap: 64 bytes a 4 KiB page, 1/64 of the direct map, rounded up */
    {"linux-4.20-5level", 0x410000000000ULL, 0, 65, 12800, 2},
    {"linux-4.20-5level", UINT64_MAX, 0x100000, 4096, 12800, 64},
  };
  struct mm_diag d;
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    uint64_t size[MM_MAX_REGIONS];
    struct mm_kaslr_mem m = {want[i].mem_end, want[i].padding};
    CHECK(mm_source_load(&prof, want[i].name, &d) == MM_LOAD_OK, "%s", want[i].name);
    CHECK(mm_kaslr_linux_sizes(&prof.layout, &m, size) == 0, "sizes %zu", i);
    for (uint32_t r = 0; r < prof.layout.nregions; r++) {
      uint64_t tb = size[r] >> 40;
      switch (prof.layout.region[r].kind) {
      case MM_KIND_DIRECT_MAP: CHECK_EQ_U64(tb, want[i].direct_tb); break;
      case MM_KIND_VMALLOC: CHECK_EQ_U64(tb, want[i].vmalloc_tb); break;
      case MM_KIND_VMEMMAP: CHECK_EQ_U64(tb, want[i].vmemmap_tb); break;
      default: CHECK_EQ_U64(size[r], 0);
      }
    }
  }
  {
    uint64_t size[MM_MAX_REGIONS];
    struct mm_kaslr_mem m = {0, MM_KASLR_PADDING_MAX + 1u};
    CHECK(mm_kaslr_linux_sizes(&prof.layout, &m, size) == -1, "padding too large");
    /* max_pfn is never 0: no 0-byte direct map (src/kaslr.h requires mem_end > 0) */
    m.padding_tb = 0;
    CHECK(mm_kaslr_linux_sizes(&prof.layout, &m, size) == -1, "no memory");
  }
}

static void test_linux_window(void)
{
  static const struct {
    const char *name;
    uint64_t lo, hi;
  } want[] = {
    /* 4.8-4.14: vaddr_end = ESPFIX_BASE_ADDR; 4.15 on: CPU_ENTRY_AREA_BASE */
    {"linux-4.8-4level", 0xffff880000000000ULL, 0xfffffeffffffffffULL},
    {"linux-4.15-4level", 0xffff880000000000ULL, 0xfffffdffffffffffULL},
    {"linux-4.20-4level", 0xffff888000000000ULL, 0xfffffdffffffffffULL},
    {"linux-4.20-5level", 0xff11000000000000ULL, 0xfffffdffffffffffULL},
  };
  struct mm_diag d;
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    uint64_t lo = 0, hi = 0;
    CHECK(mm_source_load(&prof, want[i].name, &d) == MM_LOAD_OK, "%s", want[i].name);
    CHECK(mm_kaslr_linux_window(&prof.layout, &lo, &hi) == 0, "%s: a window", want[i].name);
    CHECK_EQ_U64(lo, want[i].lo);
    CHECK_EQ_U64(hi, want[i].hi);
  }
  for (uint32_t i = 0; i < prof.layout.nregions; i++)
    prof.layout.region[i].randomized = 0;
  {
    uint64_t lo, hi;
    CHECK(mm_kaslr_linux_window(&prof.layout, &lo, &hi) == -1, "no randomized region");
  }
}

/* The check at a real boot's bases (Debian 6.1 under QEMU, make crosscheck)
 * with Linux's sizes */
static void test_check_linux(void)
{
  struct mm_dump_check c;
  struct mm_diag d;
  char why[256];
  const struct mm_kaslr_mem m = {0x1ffdf000ULL, 10};
  const char *b4 = "page_offset_base=0xffff8d3140000000,vmalloc_base=0xffffd08480000000,"
                   "vmemmap_base=0xfffff18980000000";
  struct mm_dump_range r = {0xfffff18980000000ULL, 0xfffff189801fffffULL, 3};
  CHECK(mm_source_load(&prof, "linux-4.20-4level", &d) == MM_LOAD_OK, "4.20");
  mm_findings_init(&fs);
  CHECK(mm_dump_check_init(&c, "d", &prof, b4, NULL, &fs, why, sizeof why) == 1,
        "profile sizes: the bases do not fit");
  mm_findings_init(&fs);
  CHECK(mm_dump_check_init(&c, "d", &prof, b4, &m, &fs, why, sizeof why) == 0, "linux: %s",
        why);
  /* a note, not a finding: these bases come out of kaslr.c only with the
   * direct map kept at 64 TiB (docs/kaslr.md, "Debian's bases") */
  CHECK(fs.nfinding == 0 && fs.n == 1 && strcmp(fs.d[0].rule, "kaslr") == 0 &&
        strstr(fs.d[0].msg, "kept at 64 TiB"), "one note");
  CHECK_EQ_U64(c.actual.page_offset, 0xffff8d3140000000ULL);
  CHECK_STR(c.sizes, "direct_map 11 TiB, vmalloc 32 TiB, vmemmap 1 TiB");
  /* the vmemmap lies where the profile has the KASAN shadow: in the window */
  mm_dump_check_range(&c, &r);
  CHECK(fs.nfinding == 0, "a vmemmap page at vmemmap_base");
  r.start = 0xffff983140000000ULL; /* page_offset_base + 11 TiB: past the direct map */
  r.last = r.start + 0xfff;
  mm_dump_check_range(&c, &r);
  CHECK(fs.nfinding == 1 && strcmp(fs.d[1].rule, "kaslr") == 0, "past the direct map");
  /* a window without the KASAN shadow: the region list is a partition */
  for (uint32_t i = 0; i < c.actual.nregions; i++) {
    CHECK(c.actual.region[i].kind != MM_KIND_KASAN, "no kasan region");
    CHECK(i == 0 || c.actual.region[i].start == c.actual.region[i - 1].end + 1, "adjacent");
  }
  mm_findings_init(&fs);
  CHECK(mm_dump_check_init(&c, "d", &prof, NULL, &m, &fs, why, sizeof why) == -1,
        "mem needs bases");
  CHECK_STR(why, "--mem sizes the randomized regions at --bases: it needs --bases");
}

int main(void)
{
  test_ptdump();
  test_tlb();
  test_mem();
  test_formats();
  test_window();
  test_check();
  test_linux_sizes();
  test_linux_window();
  test_check_linux();
  return check_report("dump");
}
