/* The layout builder (src/layout_build.c) and the kernel-half sync
 * (src/pgd_sync.c), checked through the proven walk (mm_translate) and the
 * proven enumerator (mm_enum_next), against expectations computed here from
 * the profile's regions and Linux's rules:
 *
 *   - for every profile, CPU (1-GiB pages or not, NXE or not) and memory size:
 *     the direct map's first and last page, +-1 page around its end and
 *     around 2-MiB / 1-GiB boundaries, samples in between: pa = offset,
 *     supervisor RW, NX, global, and the page size split_mem_range gives
 *     (4K head to 2M, 2M to 1G, 1G middle, 2M tail, 4K tail, recomputed
 *     here); the number of pages of each size in the direct map, by
 *     enumeration, equals split_mem_range's count;
 *   - the kernel image (text RX, rodata RO NX, data RW NX, 2-MiB pages at
 *     phys_base), the vsyscall page (user, read-only, executable), the
 *     fixmap page; user space, the holes, vmalloc, the end of the direct map
 *     and of the image not mapped;
 *   - the EFI range only in efi_pgd; every other kernel-half address sampled
 *     translates identically in efi_pgd and the main table;
 *   - errors: no direct map (EINVAL), pool too small (ENOMEM), a pool that is
 *     not fresh, a misaligned phys_base, sizes outside their region;
 *   - the EFI region in the entry below the kernel image's, none, no kernel
 *     image: built, the kernel half still alike from both roots;
 *   - mm_pgd_sync: words 256..511 copied, the user half untouched, identical
 *     kernel-half translations, idempotent, a differing entry refused with
 *     nothing changed. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "enumerate.h"
#include "layout_build.h"
#include "translate.h"

#include "source.h" /* the built-in profiles, validated */

#define NF 8192u
#define BASE 0x7f000000000ULL /* the pool's frames, away from the mapped pas */
static uint64_t words[NF * 512];
static uint64_t snap[NF * 512];
static uint8_t lvls[NF];
static uint64_t prefs[NF];
static struct mm_pool pool;
static struct mm_cpu cpu;
static struct mm_build_result res;

#define K4 0x1000ULL
#define M2 0x200000ULL
#define G1 0x40000000ULL

static const char *const profiles[] = {"linux-4.8-4level", "linux-4.15-4level",
                                       "linux-4.20-4level", "linux-4.20-5level"};
static struct mm_profile prof;

static const struct mm_region *region_of(const struct mm_layout *l, uint32_t kind)
{
  for (uint32_t i = 0; i < l->nregions; i++)
    if (l->region[i].kind == kind)
      return &l->region[i];
  return NULL;
}

static void cpu_setup(const struct mm_layout *l, int gb, int nxe)
{
  memset(&cpu, 0, sizeof cpu);
  cpu.la57 = l->levels == 5;
  cpu.nxe = (uint8_t)nxe;
  cpu.wp = 1;
  cpu.pdpe1gb = (uint8_t)gb;
  cpu.pa_limit = 1ULL << l->pa_bits;
}

static int pool_setup(const struct mm_layout *l, uint32_t nframes)
{
  memset(words, 0xA5, sizeof words);
  return mm_pool_init(&pool, words, lvls, prefs, BASE, nframes, l->levels);
}

static struct mm_build_params params(uint64_t mem)
{
  struct mm_build_params b;
  memset(&b, 0, sizeof b);
  b.mem_size = mem;
  b.phys_base = 0x1000000; /* CONFIG_PHYSICAL_START */
  b.text_size = 8 * M2;
  b.rodata_size = 2 * M2;
  b.data_size = 3 * M2;
  b.vsyscall_pa = 0x1a3f000;
  b.fixmap_pa = 0xfee00000;
  b.efi_pa = 0x7e000000;
  b.efi_size = M2 + 5 * K4; /* a 2-MiB page and five 4-KiB ones */
  return b;
}

static struct mm_xlate xl(uint32_t root, uint64_t va, uint32_t acc, uint32_t user)
{
  struct mm_xlate x;
  mm_translate(&pool.mem, &cpu, mm_pool_frame_pa(&pool, root), va, acc, user, &x);
  return x;
}

/* The page size split_mem_range gives the direct-map page of physical
 * address pa for [0, mem): 4K tail below the last 2-MiB boundary, 2M between
 * the 1-GiB and 2-MiB boundaries at each end, 1G in the middle (gbpages). */
static uint64_t expect_size(uint64_t pa, uint64_t mem, int gb)
{
  uint64_t end2 = mem / M2 * M2, end1 = mem / G1 * G1;
  if (pa >= end2)
    return K4;
  if (gb && pa < end1)
    return G1;
  return M2;
}

static const char *what = "";

static void expect_mapped(uint32_t root, uint64_t va, uint64_t pa, int rw, int us, int xd,
                          uint64_t size, int global)
{
  struct mm_xlate x = xl(root, va, MM_ACC_READ, 0);
  int ok = x.outcome == MM_XLATE_OK && x.pa == pa && x.rw == rw && x.us == us && x.xd == xd &&
           (size == 0 || x.page_size == size) && ((x.entry & MM_PTE_G) != 0) == global;
  CHECK(ok, "%s: 0x%016" PRIx64 " -> outcome %u pa 0x%" PRIx64 " size 0x%" PRIx64
        " rw %u us %u xd %u entry 0x%" PRIx64 "; want pa 0x%" PRIx64 " size 0x%" PRIx64
        " rw %d us %d xd %d g %d", what, va, x.outcome, x.pa, x.page_size, x.rw, x.us, x.xd,
        x.entry, pa, size, rw, us, xd, global);
}

static void expect_unmapped(uint32_t root, uint64_t va)
{
  struct mm_xlate x = xl(root, va, MM_ACC_READ, 0);
  CHECK(x.outcome == MM_XLATE_PF && (x.error_code & MM_PF_P) == 0,
        "%s: 0x%016" PRIx64 " should be unmapped (outcome %u pa 0x%" PRIx64 ")", what, va,
        x.outcome, x.pa);
}

static void expect_same(uint64_t va)
{
  struct mm_xlate a = xl(res.root, va, MM_ACC_READ, 0), b = xl(res.efi_root, va, MM_ACC_READ, 0);
  CHECK(a.outcome == b.outcome && a.pa == b.pa && a.page_size == b.page_size &&
        a.entry == b.entry && a.rw == b.rw && a.us == b.us && a.xd == b.xd &&
        a.error_code == b.error_code,
        "%s: 0x%016" PRIx64 " differs in efi_pgd (outcome %u/%u pa 0x%" PRIx64 "/0x%" PRIx64 ")",
        what, va, a.outcome, b.outcome, a.pa, b.pa);
}

/* Pages of each size in [va, va + size) of the main table, by enumeration. */
static void count_pages(uint64_t va, uint64_t size, uint64_t n[4])
{
  struct mm_enum e;
  struct mm_mapping m;
  n[1] = n[2] = n[3] = 0;
  mm_enum_init(&e, va);
  while (mm_enum_next(&pool.mem, &cpu, mm_pool_frame_pa(&pool, res.root), &e, &m) &&
         m.va < va + size)
    n[m.level]++;
}

/* split_mem_range's page counts for [0, mem), pa 0 at a 1-GiB-aligned va. */
static void split_counts(uint64_t mem, int gb, uint64_t n[4])
{
  uint64_t end2 = mem / M2 * M2, end1 = gb ? mem / G1 * G1 : 0;
  n[3] = end1 / G1;
  n[2] = (end2 - end1) / M2;
  n[1] = (mem - end2) / K4;
}

/* Samples around the boundaries of [0, mem) and in between. */
static unsigned dm_samples(uint64_t mem, uint64_t *s)
{
  unsigned n = 0;
  uint64_t cand[] = {0, K4, M2 - K4, M2, G1 - K4, G1, G1 + M2, mem / 2 / K4 * K4,
                     mem / G1 * G1 - K4, mem / G1 * G1, mem / M2 * M2 - K4, mem / M2 * M2,
                     mem - K4};
  for (unsigned i = 0; i < sizeof cand / sizeof cand[0]; i++)
    if (cand[i] < mem)
      s[n++] = cand[i];
  return n;
}

static void check_build(const char *name, const struct mm_layout *l, uint64_t mem, int gb,
                        int nxe)
{
  static char buf[160];
  struct mm_build_params b = params(mem);
  const struct mm_region *dm = region_of(l, MM_KIND_DIRECT_MAP),
                         *kt = region_of(l, MM_KIND_KERNEL_TEXT),
                         *vs = region_of(l, MM_KIND_VSYSCALL), *fx = region_of(l, MM_KIND_FIXMAP),
                         *efi = region_of(l, MM_KIND_EFI), *vm = region_of(l, MM_KIND_VMALLOC),
                         *mo = region_of(l, MM_KIND_MODULES);
  uint64_t s[16], n[4], want[4], ktot = b.text_size + b.rodata_size + b.data_size;
  unsigned ns, i;
  int rc, xd = nxe;
  snprintf(buf, sizeof buf, "%s mem 0x%" PRIx64 " gb %d nxe %d", name, mem, gb, nxe);
  what = buf;
  cpu_setup(l, gb, nxe);
  CHECK(pool_setup(l, NF) == MM_PT_OK, "%s: pool", what);
  rc = mm_layout_build(&pool, &cpu, l, &b, &res);
  CHECK(rc == MM_PT_OK, "%s: build %d", what, rc);
  if (rc != MM_PT_OK)
    return;
  CHECK(res.root == 0 && res.efi_root != 0 && res.efi_root < pool.used, "%s: roots", what);

  /* the direct map */
  ns = dm_samples(mem, s);
  for (i = 0; i < ns; i++)
    expect_mapped(res.root, dm->start + s[i] + 0x123, s[i] + 0x123, 1, 0, xd,
                  expect_size(s[i], mem, gb), 1);
  expect_unmapped(res.root, dm->start + mem);
  expect_unmapped(res.root, dm->start - K4);
  count_pages(dm->start, mem, n);
  split_counts(mem, gb, want);
  CHECK(n[1] == want[1] && n[2] == want[2] && n[3] == want[3],
        "%s: pages 4K/2M/1G %" PRIu64 "/%" PRIu64 "/%" PRIu64 ", split_mem_range %" PRIu64
        "/%" PRIu64 "/%" PRIu64, what, n[1], n[2], n[3], want[1], want[2], want[3]);

  /* the kernel image: text RX, rodata RO NX, data RW NX, 2-MiB pages */
  expect_mapped(res.root, kt->start, b.phys_base, 0, 0, 0, M2, 1);
  expect_mapped(res.root, kt->start + b.text_size - 1, b.phys_base + b.text_size - 1, 0, 0, 0,
                M2, 1);
  expect_mapped(res.root, kt->start + b.text_size, b.phys_base + b.text_size, 0, 0, xd, M2, 1);
  expect_mapped(res.root, kt->start + b.text_size + b.rodata_size,
                b.phys_base + b.text_size + b.rodata_size, 1, 0, xd, M2, 1);
  expect_mapped(res.root, kt->start + ktot - 1, b.phys_base + ktot - 1, 1, 0, xd, M2, 1);
  expect_unmapped(res.root, kt->start + ktot);
  expect_unmapped(res.root, kt->start - K4);
  {
    struct mm_xlate x = xl(res.root, kt->start, MM_ACC_FETCH, 0);
    CHECK(x.outcome == MM_XLATE_OK, "%s: text fetch", what);
    x = xl(res.root, kt->start, MM_ACC_WRITE, 0);
    CHECK(x.outcome == MM_XLATE_PF, "%s: text write must fault (WP)", what);
  }
  count_pages(kt->start, kt->end - kt->start + 1, n);
  CHECK(n[2] == ktot / M2 && n[1] == 0 && n[3] == 0, "%s: kernel pages %" PRIu64, what, n[2]);

  /* the vsyscall page: user, read-only, executable; a user fetch works */
  expect_mapped(res.root, vs->start + 0x400, b.vsyscall_pa + 0x400, 0, 1, 0, K4, 1);
  expect_unmapped(res.root, vs->start + K4);
  {
    struct mm_xlate x = xl(res.root, vs->start, MM_ACC_FETCH, 1);
    CHECK(x.outcome == MM_XLATE_OK, "%s: user fetch of the vsyscall page", what);
  }
  /* the fixmap's top slot */
  if (fx) {
    expect_mapped(res.root, fx->end - 0xfff, b.fixmap_pa, 1, 0, xd, K4, 1);
    expect_unmapped(res.root, fx->end - 0xfff - K4);
  }

  /* EFI: only in efi_pgd, at the top of its region */
  {
    uint64_t ev = efi->end + 1 - b.efi_size;
    expect_unmapped(res.root, ev);
    expect_unmapped(res.root, efi->end - 0xfff);
    expect_mapped(res.efi_root, ev, b.efi_pa, 1, 0, 0, 0, 0);
    expect_mapped(res.efi_root, efi->end - 0xfff, b.efi_pa + b.efi_size - K4, 1, 0, 0, K4, 0);
    expect_unmapped(res.efi_root, ev - K4);
    expect_unmapped(res.efi_root, efi->start);
  }

  /* nothing else: user space, holes, vmalloc, modules */
  expect_unmapped(res.root, 0);
  expect_unmapped(res.root, 0x400000);
  expect_unmapped(res.root, l->levels == 5 ? 0x00fffffffffff000ULL : 0x00007ffffffff000ULL);
  expect_unmapped(res.root, vm->start);
  expect_unmapped(res.root, vm->end - 0xfff);
  expect_unmapped(res.root, mo->start);
  for (i = 0; i < l->nregions; i++) {
    const struct mm_region *r = &l->region[i];
    if (r->kind == MM_KIND_HOLE || r->kind == MM_KIND_GUARD || r->kind == MM_KIND_KASAN ||
        r->kind == MM_KIND_VMEMMAP || r->kind == MM_KIND_ESPFIX || r->kind == MM_KIND_CPU_ENTRY ||
        r->kind == MM_KIND_LDT_REMAP) {
      expect_unmapped(res.root, r->start);
      expect_unmapped(res.root, r->end - 0xfff);
      expect_unmapped(res.efi_root, r->start);
    }
  }

  /* efi_pgd carries the kernel half: the same translations outside EFI */
  for (i = 0; i < ns; i++)
    expect_same(dm->start + s[i]);
  expect_same(dm->start + mem);
  expect_same(kt->start);
  expect_same(kt->start + ktot - K4);
  expect_same(kt->start + ktot);
  expect_same(vs->start);
  if (fx)
    expect_same(fx->end - 0xfff);
  expect_same(vm->start);
  expect_same(mo->start);
  for (i = 0; i < l->nregions; i++)
    if (l->region[i].kind != MM_KIND_EFI && l->region[i].start >= 0x8000000000000000ULL &&
        l->region[i].kind != MM_KIND_NONCANONICAL) {
      expect_same(l->region[i].start);
      expect_same(l->region[i].end - 0xfff);
    }
}

/* A build of layout l with b that the argument rules reject: MM_PT_EINVAL,
 * and the pool (set up for layout good) exactly as mm_pool_init left it (no frame taken, frame 0
 * still empty, the frames after it still the 0xA5 filler). The builder
 * checks every rule before its first write. */
static void rejected(const char *name, const char *rule, const struct mm_layout *good,
                     const struct mm_layout *l, const struct mm_build_params *b)
{
  uint32_t i;
  int rc, zero = 1, filler = 1;
  pool_setup(good, NF);
  rc = mm_layout_build(&pool, &cpu, l, b, &res);
  CHECK(rc == MM_PT_EINVAL, "%s: %s: %d", name, rule, rc);
  for (i = 0; i < 512; i++)
    zero &= words[i] == 0;
  for (i = 512; i < 8 * 512; i++)
    filler &= words[i] == 0xA5A5A5A5A5A5A5A5ULL;
  CHECK(pool.used == 1 && zero && filler, "%s: %s: the pool was touched (used %u)", name, rule,
        pool.used);
}

static void check_errors(const char *name, const struct mm_layout *l)
{
  struct mm_layout bad = *l;
  struct mm_build_params b = params(4 * G1);
  uint32_t i;
  int rc;
  what = name;
  cpu_setup(l, 1, 1);
  /* no direct map */
  for (i = 0; i < bad.nregions; i++)
    if (bad.region[i].kind == MM_KIND_DIRECT_MAP)
      bad.region[i].kind = MM_KIND_HOLE;
  rejected(name, "no direct map", l, &bad, &b);
  /* pool too small: every size below what a build takes */
  pool_setup(l, NF);
  CHECK(mm_layout_build(&pool, &cpu, l, &b, &res) == MM_PT_OK, "%s: build", name);
  {
    uint32_t need = pool.used;
    for (i = 1; i < need; i++) {
      pool_setup(l, i);
      rc = mm_layout_build(&pool, &cpu, l, &b, &res);
      CHECK(rc == MM_PT_ENOMEM, "%s: %u frames of %u: %d", name, i, need, rc);
    }
    pool_setup(l, need);
    CHECK(mm_layout_build(&pool, &cpu, l, &b, &res) == MM_PT_OK, "%s: exactly %u frames", name,
          need);
  }
  /* a pool that is not fresh */
  CHECK(mm_layout_build(&pool, &cpu, l, &b, &res) == MM_PT_EINVAL, "%s: used pool", name);
  /* a misaligned phys_base, a kernel section not a multiple of 2 MiB */
  b.phys_base += K4;
  rejected(name, "phys_base", l, l, &b);
  b = params(4 * G1);
  b.rodata_size += K4;
  rejected(name, "rodata size", l, l, &b);
  /* a kernel image larger than its region; sections but no kernel-text
   * region; a vsyscall region smaller than its page */
  b = params(4 * G1);
  b.data_size = region_of(l, MM_KIND_KERNEL_TEXT)->end - region_of(l, MM_KIND_KERNEL_TEXT)->start +
                1 - b.text_size - b.rodata_size + M2;
  rejected(name, "kernel image size", l, l, &b);
  b = params(4 * G1);
  bad = *l;
  for (i = 0; i < bad.nregions; i++)
    if (bad.region[i].kind == MM_KIND_KERNEL_TEXT)
      bad.region[i].kind = MM_KIND_HOLE;
  rejected(name, "no kernel-text region", l, &bad, &b);
  bad = *l;
  for (i = 0; i < bad.nregions; i++)
    if (bad.region[i].kind == MM_KIND_VSYSCALL)
      bad.region[i].end = bad.region[i].start + 0x7ff;
  rejected(name, "vsyscall region", l, &bad, &b);
  /* memory larger than the direct map, zero, not a page multiple */
  {
    const struct mm_region *dm = region_of(l, MM_KIND_DIRECT_MAP);
    uint64_t sizes[3] = {dm->end - dm->start + 1 + K4, 0, 4 * G1 + 1};
    for (i = 0; i < 3; i++) {
      b = params(sizes[i]);
      rejected(name, i == 0 ? "mem above the direct map" : i == 1 ? "mem 0" : "mem not paged", l,
               l, &b);
    }
  }
  /* EFI range larger than its region; a levels mismatch */
  b = params(4 * G1);
  b.efi_size = region_of(l, MM_KIND_EFI)->end - region_of(l, MM_KIND_EFI)->start + 1 + K4;
  rejected(name, "efi size", l, l, &b);
  b = params(4 * G1);
  bad = *l;
  bad.levels = l->levels == 5 ? 4 : 5;
  rejected(name, "levels", l, &bad, &b);
  /* more memory than MAXPHYADDR allows: mm_map_range's EINVAL */
  cpu.pa_limit = 1ULL << 36;
  b = params(0x1000000000ULL + G1);
  pool_setup(l, NF);
  rc = mm_layout_build(&pool, &cpu, l, &b, &res);
  CHECK(rc == MM_PT_EINVAL, "%s: mem above pa_limit: %d", name, rc);
}

/* The top-level entry the kernel image is in (511 in every profile) and the
 * first address it covers. */
static uint64_t slot_base(const struct mm_layout *l, uint64_t va)
{
  uint64_t span = l->levels == 5 ? 1ULL << 48 : 1ULL << 39;
  return va & ~(span - 1);
}

/* The EFI region in another top-level entry than the kernel image: the last
 * GiB of the entry below it (510). Then efi_pgd takes the kernel image only
 * by the sync of the entries above the EFI slot (the second
 * mm_pgd_sync_slots call), and mm_build_map_shared maps the kernel into the
 * main table alone; every kernel-half address outside the EFI range still
 * translates alike from both roots. Also: a layout with no EFI region (one
 * table, efi_root == root) and one without a kernel image (no section), both
 * accepted; an EFI region over two top-level entries or ending before it
 * starts, rejected. */
static void check_efi_elsewhere(const char *name, const struct mm_layout *l)
{
  static struct mm_layout moved;
  static char buf[160];
  struct mm_build_params b = params(4 * G1 + 3 * M2);
  const struct mm_region *kt = region_of(l, MM_KIND_KERNEL_TEXT),
                         *vs = region_of(l, MM_KIND_VSYSCALL), *fx = region_of(l, MM_KIND_FIXMAP),
                         *dm = region_of(l, MM_KIND_DIRECT_MAP);
  uint64_t base = slot_base(l, kt->start), ev;
  uint32_t i, top = l->levels == 5 ? 48 : 39;
  int rc;
  snprintf(buf, sizeof buf, "%s EFI below the kernel's entry", name);
  what = buf;
  moved = *l;
  for (i = 0; i < moved.nregions; i++)
    if (moved.region[i].kind == MM_KIND_EFI) {
      moved.region[i].start = base - G1;
      moved.region[i].end = base - 1;
    }
  cpu_setup(l, 1, 1);
  CHECK(pool_setup(l, NF) == MM_PT_OK, "%s: pool", what);
  rc = mm_layout_build(&pool, &cpu, &moved, &b, &res);
  CHECK(rc == MM_PT_OK, "%s: build %d", what, rc);
  if (rc != MM_PT_OK)
    return;
  CHECK(res.efi_slot == (uint32_t)((base >> top) & 511) - 1 && res.efi_root != res.root,
        "%s: efi_slot %u", what, res.efi_slot);
  ev = base - b.efi_size;
  expect_mapped(res.efi_root, ev, b.efi_pa, 1, 0, 0, 0, 0);
  expect_mapped(res.efi_root, base - K4, b.efi_pa + b.efi_size - K4, 1, 0, 0, K4, 0);
  expect_unmapped(res.efi_root, ev - K4);
  expect_unmapped(res.root, ev);
  expect_unmapped(res.root, base - K4);
  /* the kernel image, the vsyscall and fixmap pages, the direct map: the
   * same from efi_pgd, by the shared entries on both sides of the slot */
  expect_mapped(res.efi_root, kt->start, b.phys_base, 0, 0, 0, M2, 1);
  expect_same(kt->start);
  expect_same(kt->start + b.text_size + b.rodata_size);
  expect_same(vs->start);
  if (fx)
    expect_same(fx->end - 0xfff);
  expect_same(dm->start);
  expect_same(dm->start + 4 * G1);
  expect_same(base - G1 - K4);
  for (i = MM_PGD_KERNEL_FIRST; i < 512; i++)
    if (i != res.efi_slot && words[res.efi_root * 512 + i] != words[res.root * 512 + i]) {
      CHECK(0, "%s: efi_pgd entry %u differs from the main table's", what, i);
      break;
    }

  /* no EFI region: one table */
  snprintf(buf, sizeof buf, "%s without EFI region", name);
  moved = *l;
  for (i = 0; i < moved.nregions; i++)
    if (moved.region[i].kind == MM_KIND_EFI)
      moved.region[i].kind = MM_KIND_HOLE;
  pool_setup(l, NF);
  rc = mm_layout_build(&pool, &cpu, &moved, &b, &res);
  CHECK(rc == MM_PT_OK && res.efi_root == res.root && res.efi_slot == 0, "%s: build %d", what,
        rc);
  expect_mapped(res.root, kt->start, b.phys_base, 0, 0, 0, M2, 1);

  /* no kernel image: nothing mapped at the kernel-text region */
  snprintf(buf, sizeof buf, "%s without kernel image", name);
  b.text_size = b.rodata_size = b.data_size = 0;
  pool_setup(l, NF);
  rc = mm_layout_build(&pool, &cpu, l, &b, &res);
  CHECK(rc == MM_PT_OK, "%s: build %d", what, rc);
  expect_unmapped(res.root, kt->start);
  expect_mapped(res.root, vs->start, b.vsyscall_pa, 0, 1, 0, K4, 1);

  /* an EFI region reaching into the next top-level entry */
  b = params(4 * G1);
  moved = *l;
  for (i = 0; i < moved.nregions; i++)
    if (moved.region[i].kind == MM_KIND_EFI) {
      moved.region[i].start = base - G1;
      moved.region[i].end = base + G1 - 1;
    }
  rejected(name, "efi over two entries", l, &moved, &b);
  /* an EFI region that ends before it starts */
  for (i = 0; i < moved.nregions; i++)
    if (moved.region[i].kind == MM_KIND_EFI) {
      moved.region[i].start = base - K4;
      moved.region[i].end = base - G1;
    }
  rejected(name, "efi reversed", l, &moved, &b);
}

static void check_sync(const char *name, const struct mm_layout *l)
{
  struct mm_build_params b = params(4 * G1 + 3 * M2);
  const struct mm_region *dm = region_of(l, MM_KIND_DIRECT_MAP),
                         *kt = region_of(l, MM_KIND_KERNEL_TEXT),
                         *vs = region_of(l, MM_KIND_VSYSCALL);
  uint32_t proc, i;
  uint64_t q, r = 0;
  int same;
  what = name;
  cpu_setup(l, 1, 1);
  pool_setup(l, NF);
  CHECK(mm_layout_build(&pool, &cpu, l, &b, &res) == MM_PT_OK, "%s: build", name);
  CHECK(mm_pool_new_root(&pool, &proc) == MM_PT_OK, "%s: proc root", name);
  q = (uint64_t)proc * 512;
  CHECK(mm_map_range(&pool, &cpu, proc, 0x400000, 0x5000000, 3 * K4, MM_PROT_US + MM_PROT_RW, 1,
                     0) == MM_PT_OK, "%s: user map", name);
  memcpy(snap, words, (size_t)pool.used * 4096);
  /* before: the kernel half is not mapped in the process */
  {
    struct mm_xlate x;
    mm_translate(&pool.mem, &cpu, mm_pool_frame_pa(&pool, proc), dm->start, MM_ACC_READ, 0, &x);
    CHECK(x.outcome == MM_XLATE_PF, "%s: not synced yet", name);
  }
  CHECK(mm_pgd_sync(&pool, res.root, proc) == MM_PT_OK, "%s: sync", name);
  same = 1;
  for (i = 256; i < 512; i++)
    same &= words[q + i] == words[r + i];
  CHECK(same, "%s: words 256..511 copied", name);
  CHECK(memcmp(words + q, snap + q, 256 * 8) == 0, "%s: the user half untouched", name);
  for (i = 0; i < pool.used; i++)
    if (i != proc && memcmp(words + (uint64_t)i * 512, snap + (uint64_t)i * 512, 4096) != 0)
      break;
  CHECK(i == pool.used, "%s: only the process table changed (frame %u)", name, i);
  {
    uint64_t vas[] = {dm->start, dm->start + 4 * G1 + 2 * M2, dm->start + 5 * G1, kt->start,
                      vs->start, 0xfffffffffffff000ULL};
    for (i = 0; i < sizeof vas / sizeof vas[0]; i++) {
      struct mm_xlate a, c;
      mm_translate(&pool.mem, &cpu, mm_pool_frame_pa(&pool, res.root), vas[i], MM_ACC_READ, 0, &a);
      mm_translate(&pool.mem, &cpu, mm_pool_frame_pa(&pool, proc), vas[i], MM_ACC_READ, 0, &c);
      CHECK(a.outcome == c.outcome && a.pa == c.pa && a.page_size == c.page_size &&
            a.entry == c.entry, "%s: 0x%" PRIx64 " differs after sync", name, vas[i]);
    }
    expect_mapped(proc, 0x401000, 0x5001000, 1, 1, 0, K4, 0);
  }
  /* idempotent */
  memcpy(snap, words, (size_t)pool.used * 4096);
  CHECK(mm_pgd_sync(&pool, res.root, proc) == MM_PT_OK, "%s: sync again", name);
  CHECK(memcmp(words, snap, (size_t)pool.used * 4096) == 0, "%s: sync again changes nothing",
        name);
  /* a differing present entry: refused, nothing written (sync_global_pgds' BUG_ON) */
  words[q + 300] = 0;
  words[q + 511] ^= 0x10; /* PCD: not the reference entry */
  memcpy(snap, words, (size_t)pool.used * 4096);
  CHECK(mm_pgd_sync(&pool, res.root, proc) == MM_PT_EEXIST, "%s: conflict", name);
  CHECK(memcmp(words, snap, (size_t)pool.used * 4096) == 0, "%s: conflict changes nothing", name);
  /* a range that stops before the conflict copies */
  CHECK(mm_pgd_sync_slots(&pool, res.root, proc, 256, 510) == MM_PT_OK, "%s: slots", name);
  CHECK(words[q + 300] == words[r + 300] && words[q + 511] != words[r + 511], "%s: slots copy",
        name);
}

int main(void)
{
  static const uint64_t mems[] = {
    0x1000000,                              /* 16 MiB: no 1-GiB page at all          */
    0x100000000,                            /* 4 GiB                                 */
    0x100000000 + 3 * 0x200000 + 5 * 0x1000, /* 4 GiB + 2M tail + 4K tail            */
    0x1080000000 + 0x1000,                  /* 66 GiB + 4 KiB: past a 64-GiB PUD mix  */
    0x10000000000,                          /* 1 TiB: two PML4 entries               */
  };
  for (unsigned p = 0; p < sizeof profiles / sizeof profiles[0]; p++) {
    struct mm_diag d;
    const struct mm_layout *l = &prof.layout;
    const char *name = profiles[p];
    CHECK(mm_source_load(&prof, name, &d) == MM_LOAD_OK, "load %s", name);
    for (unsigned m = 0; m < sizeof mems / sizeof mems[0]; m++)
      for (int gb = 0; gb < 2; gb++)
        for (int nxe = 0; nxe < 2; nxe++)
          if (gb || mems[m] <= 0x1080000000ULL + 0x1000)
            check_build(name, l, mems[m], gb, nxe);
    /* the whole direct map the profile allows, 2^pa_bits with 1-GiB pages
     * (64 TiB for 4-level; 5-level: 64 TiB too, the pool would not hold 4 PiB) */
    check_build(name, l, 0x400000000000ULL, 1, 1);
    check_errors(name, l);
    check_efi_elsewhere(name, l);
    check_sync(name, l);
  }
  return check_report("layout_build");
}
