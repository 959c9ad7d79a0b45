/* Image options of walk and dump (ptargs.h). */
#include "ptargs.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"

const char mm_ptargs_help[] =
  "Image options:\n"
  "  --raw              IMAGE is a raw physical-memory dump (file offset =\n"
  "                     physical address, as QEMU's `pmemsave 0 SIZE FILE`)\n"
  "  --root PA          with --raw: the top-level table (CR3 bits 51:12)\n"
  "  --levels 4|5       with --raw: 4-level or 5-level paging (default 4)\n"
  "  --maxphyaddr N     with --raw: MAXPHYADDR, 36 to 52 (default 52)\n"
  "CPU flags (default: the image header's; with --raw nxe, wp and pdpe1gb on):\n"
  "  --nxe, --no-nxe           IA32_EFER.NXE (the XD bit)\n"
  "  --wp, --no-wp             CR0.WP (supervisor writes honour R/W)\n"
  "  --smep, --no-smep         CR4.SMEP\n"
  "  --smap, --no-smap         CR4.SMAP\n"
  "  --pdpe1gb, --no-pdpe1gb   1-GiB pages (CPUID.80000001H:EDX.Page1GB)\n";

static const char *const flag_names[6] = {"nxe", "wp", "smep", "smap", "pdpe1gb", NULL};

void mm_ptargs_init(struct mm_ptargs *a)
{
  memset(a, 0, sizeof *a);
  for (int k = 0; k < 6; k++)
    a->set_flag[k] = -1;
}

/* The value of option argv[*i]: the next argument. */
static const char *value(const char *cmd, int argc, char **argv, int *i)
{
  if (*i + 1 >= argc) {
    mm_cli_usage_error(cmd, "%s needs a value", argv[*i]);
    return NULL;
  }
  return argv[++*i];
}

static int number(const char *cmd, const char *opt, const char *s, uint64_t *v)
{
  if (mm_cli_u64(s, v) != 0) {
    mm_cli_usage_error(cmd, "%s: '%s' is not a number", opt, s);
    return -1;
  }
  return 0;
}

int mm_ptargs_option(const char *cmd, int argc, char **argv, int *i, struct mm_ptargs *a)
{
  const char *o = argv[*i], *v;
  if (strcmp(o, "--raw") == 0) {
    a->raw = 1;
    return 1;
  }
  if (strcmp(o, "--root") == 0 || strcmp(o, "--levels") == 0 || strcmp(o, "--maxphyaddr") == 0) {
    uint64_t *dst = o[2] == 'r' ? &a->root : o[2] == 'l' ? &a->levels : &a->maxphyaddr;
    if (!(v = value(cmd, argc, argv, i)) || number(cmd, o, v, dst) != 0)
      return -1;
    if (o[2] == 'r')
      a->root_set = 1;
    return 1;
  }
  for (int k = 0; flag_names[k]; k++) {
    if (strncmp(o, "--", 2) == 0 && strcmp(o + 2, flag_names[k]) == 0) {
      a->set_flag[k] = 1;
      return 1;
    }
    if (strncmp(o, "--no-", 5) == 0 && strcmp(o + 5, flag_names[k]) == 0) {
      a->set_flag[k] = 0;
      return 1;
    }
  }
  return 0;
}

int mm_ptargs_load(const char *cmd, const struct mm_ptargs *a, const char *path,
                   struct mm_ptimage *img)
{
  struct mm_diag d;
  int r;
  if (!a->raw && (a->root_set || a->levels || a->maxphyaddr))
    return mm_cli_usage_error(cmd, "--root, --levels and --maxphyaddr go with --raw");
  if (a->raw) {
    struct mm_ptimage_raw o;
    if (!a->root_set)
      return mm_cli_usage_error(cmd, "--raw needs --root PA");
    if (a->levels && a->levels != 4 && a->levels != 5)
      return mm_cli_usage_error(cmd, "--levels must be 4 or 5");
    if (a->maxphyaddr && (a->maxphyaddr < 36 || a->maxphyaddr > 52))
      return mm_cli_usage_error(cmd, "--maxphyaddr must be 36 to 52");
    o.root = a->root;
    o.levels = a->levels ? (uint32_t)a->levels : 4;
    o.maxphyaddr = a->maxphyaddr ? (uint32_t)a->maxphyaddr : 52;
    o.flags = MM_PTIMAGE_NXE | MM_PTIMAGE_WP | MM_PTIMAGE_PDPE1GB;
    r = mm_ptimage_load_raw(img, path, &o, &d);
  } else {
    r = mm_ptimage_load(img, path, &d);
  }
  if (r != 0) {
    mm_diag_print(stderr, &d);
    return MM_EXIT_UNUSABLE;
  }
  if (a->set_flag[0] >= 0)
    img->cpu.nxe = (uint8_t)a->set_flag[0];
  if (a->set_flag[1] >= 0)
    img->cpu.wp = (uint8_t)a->set_flag[1];
  if (a->set_flag[2] >= 0)
    img->cpu.smep = (uint8_t)a->set_flag[2];
  if (a->set_flag[3] >= 0)
    img->cpu.smap = (uint8_t)a->set_flag[3];
  if (a->set_flag[4] >= 0)
    img->cpu.pdpe1gb = (uint8_t)a->set_flag[4];
  return 0;
}

const char *mm_pt_linux_level(uint32_t levels, uint32_t lvl)
{
  static const char *const name[6] = {"?", "pte", "pmd", "pud", "p4d", "pgd"};
  if (lvl == levels)
    return "pgd";
  return lvl <= 5 ? name[lvl] : "?";
}

const char *mm_pt_sdm_level(uint32_t lvl)
{
  static const char *const name[6] = {"?", "PTE", "PDE", "PDPTE", "PML4E", "PML5E"};
  return lvl <= 5 ? name[lvl] : "?";
}
