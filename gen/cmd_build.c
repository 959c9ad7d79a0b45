/* mmspec build PROFILE --mem SIZE [-o IMAGE] ...: the kernel page tables of a
 * profile, built by the proven layout builder (src/layout_build.h) into
 * a page pool whose frames sit at a chosen physical base, written as a
 * page-table image (docs/page-table-image.md) that `mmspec walk` and
 * `mmspec dump` read. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "layout_build.h"
#include "number.h"
#include "ptimage.h"
#include "source.h"

static const char help[] =
  "usage: mmspec build PROFILE|FILE --mem SIZE [-o IMAGE] [OPTIONS]\n"
  "\n"
  "Build the kernel page tables of a layout as Linux does at boot\n"
  "(init_mem_mapping, head_64.S, map_vsyscall, efi_pgd) with the layout\n"
  "builder of src/layout_build.h, and write them as a page-table image\n"
  "(docs/page-table-image.md) for mmspec walk and mmspec dump:\n"
  "\n"
  "  - the direct map of [0, SIZE) at the direct-map region's start, pages of\n"
  "    up to 1 GiB (2 MiB with --no-pdpe1gb), supervisor RW NX global;\n"
  "  - the kernel image at the kernel-text region's start -> --phys-base,\n"
  "    2-MiB pages: text RX, rodata RO NX, data RW NX;\n"
  "  - the vsyscall page (user, read-only, executable) and, when the profile\n"
  "    has a fixmap region, its last page (RW NX);\n"
  "  - efi_pgd: the EFI range at the top of the EFI region (RW, executable)\n"
  "    and the kernel half of the main table.\n"
  "Without -o nothing is written; the summary is printed either way.\n"
  "\n"
  "Options (PA and SIZE: 0x hex, or decimal with an optional K, M, G or T):\n"
  "  --mem SIZE          memory to direct-map (required), a multiple of 4K\n"
  "  -o, --output IMAGE  write the image (a temporary file renamed over IMAGE)\n"
  "  --root main|efi     the top-level table the image header names (CR3):\n"
  "                      the main table (default) or efi_pgd\n"
  "  --phys-base PA      physical address of the kernel image (default 16M,\n"
  "                      CONFIG_PHYSICAL_START), 2-MiB aligned\n"
  "  --kernel-size SIZE  the image, rounded up to 2M (default 32M)\n"
  "  --text SIZE         its text section (default half the image), 2M multiple\n"
  "  --rodata SIZE       its rodata section (default a quarter), 2M multiple;\n"
  "                      data is the rest\n"
  "  --vsyscall-pa PA    the vsyscall page (default: the first rodata page)\n"
  "  --fixmap-pa PA      the fixmap page (default 0xfee00000, the local APIC)\n"
  "  --efi-pa PA         the EFI runtime range (default 0x7e000000)\n"
  "  --efi-size SIZE     its size, a multiple of 4K (default 0: none)\n"
  "  --pool-base PA      physical address of the first table frame (default:\n"
  "                      the end of the kernel image, like Linux's brk tables)\n"
  "  --levels 4|5        must be the profile's (a check)\n"
  "  --no-pdpe1gb        no 1-GiB pages (CPUID.80000001H:EDX.Page1GB = 0)\n"
  "  --no-nxe            IA32_EFER.NXE = 0: no entry gets XD\n"
  "\n"
  "The image's CPU: MAXPHYADDR = the profile's pa-bits, NXE, WP, PDPE1GB as\n"
  "chosen, LA57 for 5 levels. Exit status: 0 built, 1 the layout breaks a\n"
  "rule, 2 unusable input or the tables cannot be built (nothing written).\n";

static const char *const status_name[] = {
  "ok",
  ("einval: an argument breaks a rule (alignment, a range outside its region or above "
   "MAXPHYADDR)"),
  "enomem: the pool is too small",
  "eexist: a range overlaps an existing mapping",
  "ebadtable: a table entry points outside the pool",
  "ecount: the write pass needed a frame the count pass did not reserve"};

enum opt { O_MEM, O_OUT, O_ROOT, O_PHYS, O_KSIZE, O_TEXT, O_RODATA, O_VSYS, O_FIX, O_EFIPA,
           O_EFISIZE, O_POOL, O_LEVELS, O_COUNT };
static const char *const opt_name[O_COUNT] = {"--mem", "--output", "--root", "--phys-base",
                                              "--kernel-size", "--text", "--rodata",
                                              "--vsyscall-pa", "--fixmap-pa", "--efi-pa",
                                              "--efi-size", "--pool-base", "--levels"};

struct build_args {
  const char *profile;
  const char *val[O_COUNT];
  uint64_t num[O_COUNT];
  int no_gb, no_nxe;
};

static int parse(int argc, char **argv, struct build_args *a)
{
  int opts = 1, npos = 0;
  memset(a, 0, sizeof *a);
  for (int i = 1; i < argc; i++) {
    const char *s = argv[i];
    int k;
    if (opts && strcmp(s, "--") == 0) {
      opts = 0;
      continue;
    }
    if (!opts || s[0] != '-' || s[1] == '\0') {
      if (npos++ == 0)
        a->profile = s;
      continue;
    }
    if (strcmp(s, "--no-pdpe1gb") == 0) {
      a->no_gb = 1;
      continue;
    }
    if (strcmp(s, "--no-nxe") == 0) {
      a->no_nxe = 1;
      continue;
    }
    if (strcmp(s, "-o") == 0)
      s = "--output";
    for (k = 0; k < O_COUNT; k++) {
      size_t n = strlen(opt_name[k]);
      if (strncmp(s, opt_name[k], n) == 0 && (s[n] == '\0' || s[n] == '='))
        break;
    }
    if (k == O_COUNT)
      return mm_cli_usage_error("build", "unknown option '%s'", argv[i]);
    if (strchr(s, '=')) {
      a->val[k] = strchr(s, '=') + 1;
    } else {
      if (i + 1 >= argc)
        return mm_cli_usage_error("build", "%s needs a value", opt_name[k]);
      a->val[k] = argv[++i];
    }
    if (k != O_OUT && k != O_ROOT && mm_cli_size(a->val[k], &a->num[k]) != 0)
      return mm_cli_usage_error("build", "%s '%s' is not a size (0x and hex digits, or decimal "
                                         "digits with K, M, G or T)", opt_name[k], a->val[k]);
  }
  if (npos != 1)
    return mm_cli_usage_error("build", "needs exactly one PROFILE or FILE");
  if (!a->val[O_MEM])
    return mm_cli_usage_error("build", "needs --mem SIZE");
  if (a->val[O_ROOT] && strcmp(a->val[O_ROOT], "main") != 0 && strcmp(a->val[O_ROOT], "efi") != 0)
    return mm_cli_usage_error("build", "--root needs main or efi");
  return 0;
}

#define M2 0x200000ULL

static uint64_t round_up_2m(uint64_t x)
{
  return x % M2 ? x - x % M2 + M2 : x;
}

/* A guess at the frames the build takes: roots, the direct map's tables
 * (pa 0 at an aligned va), the few of the kernel image, vsyscall and
 * fixmap in both top-level tables, and the EFI range's in large pages. */
static uint64_t frames_bound(const struct mm_build_params *b, int gb)
{
  uint64_t n = 32;
  n += b->mem_size / (1ULL << 48) + 2;              /* P4Ds (5-level) */
  n += b->mem_size / (1ULL << 39) + 2;              /* PDPTs          */
  n += gb ? 2 : b->mem_size / (1ULL << 30) + 2;     /* PDs            */
  n += b->efi_size / (1ULL << 30) + 4;              /* EFI: PDs       */
  n += b->efi_size / M2 < 8 ? 8 : 8 + (gb ? 0 : b->efi_size / (1ULL << 30));
  return n;
}

static int fail(const char *prof, const char *fmt, uint64_t v)
{
  fprintf(stderr, "mmspec build: %s: ", prof);
  fprintf(stderr, fmt, v);
  fputc('\n', stderr);
  return MM_EXIT_UNUSABLE;
}

int mm_cmd_build(int argc, char **argv)
{
  struct build_args a;
  struct mm_profile *prof;
  struct mm_diag d;
  struct mm_build_params b;
  struct mm_build_result res;
  struct mm_cpu cpu;
  struct mm_pool pool;
  uint64_t *words = NULL, *prefix = NULL, nf, ksize;
  uint8_t *level = NULL;
  const struct mm_layout *l;
  enum mm_load lr;
  int r, rc = MM_EXIT_UNUSABLE;

  if (mm_cli_wants_help(argc, argv)) {
    fputs(help, stdout);
    return MM_EXIT_OK;
  }
  if ((r = parse(argc, argv, &a)) != 0)
    return r;
  prof = malloc(sizeof *prof);
  if (!prof) {
    fputs("mmspec build: out of memory\n", stderr);
    return MM_EXIT_UNUSABLE;
  }
  lr = mm_source_load(prof, a.profile, &d);
  if (lr != MM_LOAD_OK) {
    mm_diag_print(stderr, &d);
    free(prof);
    return (int)lr;
  }
  l = &prof->layout;
  if (a.val[O_LEVELS] && a.num[O_LEVELS] != l->levels) {
    rc = mm_cli_usage_error("build", "--levels %" PRIu64 ": the profile has %u levels",
                            a.num[O_LEVELS], l->levels);
    free(prof);
    return rc;
  }

  memset(&b, 0, sizeof b);
  b.mem_size = a.num[O_MEM];
  b.phys_base = a.val[O_PHYS] ? a.num[O_PHYS] : 0x1000000;
  ksize = round_up_2m(a.val[O_KSIZE] ? a.num[O_KSIZE] : 0x2000000);
  b.text_size = a.val[O_TEXT] ? a.num[O_TEXT] : ksize / 2 / M2 * M2;
  b.rodata_size = a.val[O_RODATA] ? a.num[O_RODATA] : ksize / 4 / M2 * M2;
  if (b.text_size > ksize || b.rodata_size > ksize - b.text_size) {
    rc = fail(prof->path, "--text and --rodata exceed the kernel size 0x%" PRIx64, ksize);
    goto out;
  }
  b.data_size = ksize - b.text_size - b.rodata_size;
  b.vsyscall_pa = a.val[O_VSYS] ? a.num[O_VSYS] : b.phys_base + b.text_size;
  b.fixmap_pa = a.val[O_FIX] ? a.num[O_FIX] : 0xfee00000;
  b.efi_pa = a.val[O_EFIPA] ? a.num[O_EFIPA] : 0x7e000000;
  b.efi_size = a.val[O_EFISIZE] ? a.num[O_EFISIZE] : 0;

  memset(&cpu, 0, sizeof cpu);
  cpu.pa_limit = 1ULL << l->pa_bits;
  cpu.la57 = l->levels == 5;
  cpu.nxe = !a.no_nxe;
  cpu.wp = 1;
  cpu.pdpe1gb = !a.no_gb;
  if (b.mem_size == 0 || b.mem_size % 0x1000 != 0) {
    rc = fail(prof->path, "--mem 0x%" PRIx64 " is not a positive multiple of 4K", b.mem_size);
    goto out;
  }
  if (b.mem_size > cpu.pa_limit) {
    rc = fail(prof->path, "--mem 0x%" PRIx64 " is above 2^pa-bits", b.mem_size);
    goto out;
  }

  /* A first guess at the frames, doubled while the pool is too small (the
   * EFI range may need 4-KiB pages throughout when its va and pa are not
   * 2-MiB apart by a multiple); the image holds only the frames used. */
  nf = frames_bound(&b, cpu.pdpe1gb);
  for (;;) {
    uint64_t base = a.val[O_POOL] ? a.num[O_POOL] : b.phys_base + ksize;
    if (nf > MM_PTIMAGE_MAX_FRAMES)
      nf = MM_PTIMAGE_MAX_FRAMES;
    free(words);
    free(level);
    free(prefix);
    words = calloc(nf * 512, sizeof *words);
    level = calloc(nf, 1);
    prefix = calloc(nf, sizeof *prefix);
    if (!words || !level || !prefix) {
      fputs("mmspec build: out of memory\n", stderr);
      goto out;
    }
    if (mm_pool_init(&pool, words, level, prefix, base, (uint32_t)nf, l->levels) != MM_PT_OK) {
      rc = fail(prof->path, "--pool-base 0x%" PRIx64 " is not 4K aligned, or the frames reach 2^52",
                base);
      goto out;
    }
    r = mm_layout_build(&pool, &cpu, l, &b, &res);
    if (r != MM_PT_ENOMEM || nf == MM_PTIMAGE_MAX_FRAMES)
      break;
    nf *= 2;
  }
  if (r != MM_PT_OK) {
    fprintf(stderr, "mmspec build: %s: the tables cannot be built: %s%s\n", prof->path,
            r >= 0 && r <= MM_PT_ECOUNT ? status_name[r] : "unknown status",
            r == MM_PT_ENOMEM ? " (more frames than an image holds)" : "");
    goto out;
  }
  {
    int efi = a.val[O_ROOT] && strcmp(a.val[O_ROOT], "efi") == 0;
    uint64_t root = mm_pool_frame_pa(&pool, efi ? res.efi_root : res.root);
    printf("%s: %u-level, %u table frames at 0x%016" PRIx64 ", root 0x%016" PRIx64
           ", efi_pgd 0x%016" PRIx64 "\n", prof->name, l->levels, pool.used, pool.mem.base,
           mm_pool_frame_pa(&pool, res.root), mm_pool_frame_pa(&pool, res.efi_root));
    printf("direct map 0x%" PRIx64 " bytes, kernel image 0x%" PRIx64 " at 0x%" PRIx64
           " (text 0x%" PRIx64 ", rodata 0x%" PRIx64 ", data 0x%" PRIx64 "), efi 0x%" PRIx64
           " bytes at 0x%" PRIx64 "\n", b.mem_size, ksize, b.phys_base, b.text_size,
           b.rodata_size, b.data_size, b.efi_size, b.efi_pa);
    if (a.val[O_OUT]) {
      struct mm_ptimage_header h;
      memset(&h, 0, sizeof h);
      memcpy(h.magic, MM_PTIMAGE_MAGIC, 8);
      h.version = MM_PTIMAGE_VERSION;
      h.levels = l->levels;
      h.root = root;
      h.base = pool.mem.base;
      h.nframes = pool.used;
      h.maxphyaddr = l->pa_bits;
      h.flags = MM_PTIMAGE_WP + (cpu.nxe ? MM_PTIMAGE_NXE : 0) +
                (cpu.pdpe1gb ? MM_PTIMAGE_PDPE1GB : 0) + (cpu.la57 ? MM_PTIMAGE_LA57 : 0);
      if (mm_ptimage_write(a.val[O_OUT], &h, words, &d) != 0) {
        mm_diag_print(stderr, &d);
        goto out;
      }
      printf("wrote %s (%s root)\n", a.val[O_OUT], efi ? "efi_pgd" : "main");
    }
  }
  rc = MM_EXIT_OK;
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fputs("mmspec build: write error\n", stderr);
    rc = MM_EXIT_UNUSABLE;
  }
out:
  free(words);
  free(level);
  free(prefix);
  free(prof);
  return rc;
}
