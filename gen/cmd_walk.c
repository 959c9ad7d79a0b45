/* mmspec walk IMAGE VA: one translation, level by level, with the proven
 * walk steps (mm_table_inside, mm_table_entry, mm_entry_kind) for the lines and the proven mm_translate for the
 * verdict. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "ptargs.h"
#include "ptimage.h"
#include "translate.h"

static const char help[] =
  "usage: mmspec walk IMAGE VA [--access read|write|fetch] [--user] [--ac]\n"
  "                            [IMAGE OPTIONS] [CPU FLAGS]\n"
  "\n"
  "Translate the linear address VA (0x hex or decimal) with the paging\n"
  "structures of a page-table image (docs/page-table-image.md), as the proven\n"
  "page walk of src/translate.h does it (Intel SDM vol. 3A 4.5-4.7).\n"
  "Prints a line for the access, then one line per level visited:\n"
  "\n"
  "  LEVEL  table PA  index N  entry VALUE  FLAGS [-> table PA | -> page PA]\n"
  "\n"
  "(LEVEL is PML5E PML4E PDPTE PDE PTE; FLAGS the entry's P RW US PWT PCD A D\n"
  "PS PAT G XD, RSVD when a reserved bit is set), then the result:\n"
  "\n"
  "  VA -> PA (4K|2M|1G page, rw|ro [us] [nx])   rights combined over the levels\n"
  "  VA -> #PF error 0xN (P W/R U/S RSVD I/D): reason\n"
  "  VA -> #GP (non-canonical)\n"
  "\n"
  "Access options:\n"
  "  --access read|write|fetch   data read (default), data write, instruction fetch\n"
  "  --user                      a user-mode access (CPL 3); default supervisor\n"
  "  --ac                        EFLAGS.AC = 1 (lifts SMAP for data accesses)\n"
  "%s"
  "\n"
  "Exit status: 0 translated, 1 a fault (#PF or #GP), 2 unusable input (a bad\n"
  "image, a table outside the image, or a usage error).\n";

/* The entry's flags in SDM names; RSVD from the proven mm_entry_reserved. */
static void print_flags(FILE *out, const struct mm_cpu *c, uint64_t e, uint32_t lvl)
{
  int large = lvl != 1 && (e & MM_PTE_PS);
  if (!(e & MM_PTE_P)) {
    fputs("not present", out);
    return;
  }
  fputs("P", out);
  if (e & MM_PTE_RW)
    fputs(" RW", out);
  if (e & MM_PTE_US)
    fputs(" US", out);
  if (e & MM_PTE_PWT)
    fputs(" PWT", out);
  if (e & MM_PTE_PCD)
    fputs(" PCD", out);
  if (e & MM_PTE_A)
    fputs(" A", out);
  if ((lvl == 1 || large) && (e & MM_PTE_D))
    fputs(" D", out);
  if (e & MM_PTE_PS)
    fputs(lvl == 1 ? " PAT" : " PS", out);
  if ((lvl == 1 || large) && (e & MM_PTE_G))
    fputs(" G", out);
  if (large && (e & 0x1000u))
    fputs(" PAT", out);
  if (e & MM_PTE_XD)
    fputs(" XD", out);
  if (mm_entry_reserved(c, e, lvl))
    fputs(" RSVD", out);
}

static const char *access_name(uint32_t acc)
{
  return acc == MM_ACC_WRITE ? "write" : acc == MM_ACC_FETCH ? "fetch" : "read";
}

/* Why an access with these combined rights is denied (SDM 4.6.1). */
static const char *denied_reason(const struct mm_cpu *c, uint32_t acc, uint32_t user,
                                 const struct mm_xlate *x)
{
  if (user && !x->us)
    return "access denied: user access to a supervisor page";
  if (acc == MM_ACC_FETCH && c->nxe && x->xd)
    return "access denied: fetch from a no-execute page";
  if (acc == MM_ACC_FETCH)
    return "access denied: SMEP: supervisor fetch from a user page";
  if (!user && x->us && c->smap && !c->ac)
    return "access denied: SMAP: supervisor data access to a user page";
  return "access denied: write to a read-only page";
}

static void print_error_bits(FILE *out, uint32_t ec)
{
  static const char *const name[5] = {"P", "W/R", "U/S", "RSVD", "I/D"};
  int first = 1;
  fprintf(out, "#PF error 0x%" PRIx32, ec);
  for (int b = 0; b < 5; b++)
    if (ec & (1u << b)) {
      fprintf(out, "%s%s", first ? " (" : " ", name[b]);
      first = 0;
    }
  if (!first)
    fputc(')', out);
}

struct walk_args {
  char *pos[2];
  int npos;
  uint32_t acc, user, ac;
  struct mm_ptargs img;
};

static int parse(int argc, char **argv, struct walk_args *w)
{
  int opts = 1;
  memset(w, 0, sizeof *w);
  mm_ptargs_init(&w->img);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int r;
    if (opts && strcmp(a, "--") == 0) {
      opts = 0;
      continue;
    }
    if (!opts || a[0] != '-' || a[1] == '\0') {
      if (w->npos < 2)
        w->pos[w->npos] = argv[i];
      w->npos++;
      continue;
    }
    if (strcmp(a, "--user") == 0) {
      w->user = 1;
    } else if (strcmp(a, "--ac") == 0) {
      w->ac = 1;
    } else if (strcmp(a, "--access") == 0) {
      const char *v = i + 1 < argc ? argv[++i] : NULL;
      if (v && strcmp(v, "read") == 0)
        w->acc = MM_ACC_READ;
      else if (v && strcmp(v, "write") == 0)
        w->acc = MM_ACC_WRITE;
      else if (v && strcmp(v, "fetch") == 0)
        w->acc = MM_ACC_FETCH;
      else
        return mm_cli_usage_error("walk", "--access needs read, write or fetch");
    } else if ((r = mm_ptargs_option("walk", argc, argv, &i, &w->img)) < 0) {
      return MM_EXIT_UNUSABLE;
    } else if (r == 0) {
      return mm_cli_usage_error("walk", "unknown option '%s'", a);
    }
  }
  if (w->npos != 2)
    return mm_cli_usage_error("walk", "needs an IMAGE and a VA");
  return 0;
}

/* The lines of the levels visited; returns the level the walk ended at. */
static uint32_t print_levels(const struct mm_ptimage *img, uint64_t va, uint64_t *outside)
{
  uint64_t t = img->root, e;
  uint32_t lvl = img->cpu.la57 ? 5 : 4;
  *outside = UINT64_MAX;
  for (;;) {
    int k = mm_table_inside(&img->mem, t) ? MM_WALK_NEXT : MM_WALK_OUTSIDE;
    unsigned idx = (unsigned)((va >> (12 + 9 * (lvl - 1))) & 511);
    printf("%-5s  table 0x%016" PRIx64 "  ", mm_pt_sdm_level(lvl), t);
    if (k == MM_WALK_OUTSIDE) {
      printf("outside the image\n");
      *outside = t;
      return lvl;
    }
    e = mm_table_entry(&img->mem, t, va, lvl);
    k = mm_entry_kind(&img->cpu, e, lvl);
    printf("index %3u  entry 0x%016" PRIx64 "  ", idx, e);
    print_flags(stdout, &img->cpu, e, lvl);
    if (k == MM_WALK_NEXT)
      printf("  -> table 0x%016" PRIx64, (uint64_t)(e & 0x000FFFFFFFFFF000ULL));
    if (k == MM_WALK_LEAF) {
      uint64_t size = lvl == 3 ? MM_P30 : lvl == 2 ? MM_P21 : MM_P12;
      printf("  -> page 0x%016" PRIx64, (uint64_t)((e & 0x000FFFFFFFFFFFFFULL) / size * size));
    }
    putchar('\n');
    if (k != MM_WALK_NEXT)
      return lvl;
    t = e & 0x000FFFFFFFFFF000ULL;
    lvl--;
  }
}

static void print_cpu(const struct mm_ptimage *img)
{
  const struct mm_cpu *c = &img->cpu;
  printf("%u-level paging, root 0x%016" PRIx64 ", MAXPHYADDR %u, cpu:", img->cpu.la57 ? 5 : 4,
         img->root, img->maxphyaddr);
  printf("%s%s%s%s%s%s\n", c->nxe ? " nxe" : "", c->wp ? " wp" : "", c->smep ? " smep" : "",
         c->smap ? " smap" : "", c->ac ? " ac" : "", c->pdpe1gb ? " pdpe1gb" : "");
}

static int verdict(const char *path, const struct mm_ptimage *img, uint64_t va,
                   const struct walk_args *w, uint32_t end_level, uint64_t outside)
{
  struct mm_xlate x;
  mm_translate(&img->mem, &img->cpu, img->root, va, w->acc, w->user, &x);
  if (x.outcome == MM_XLATE_GP) {
    printf("0x%016" PRIx64 " -> #GP (non-canonical)\n", va);
    return MM_EXIT_INVALID;
  }
  if (x.level != end_level) { /* cannot happen: both are the proven walk */
    fprintf(stderr, "mmspec walk: internal error: walk ended at level %u, translation at %u\n",
            end_level, x.level);
    return MM_EXIT_UNUSABLE;
  }
  if (x.outcome == MM_XLATE_OUTSIDE) {
    fprintf(stderr,
            "%s: outside: the %s table at 0x%016" PRIx64 " is not in the image (frames "
            "0x%016" PRIx64 "-0x%016" PRIx64 ")\n",
            path, mm_pt_sdm_level(x.level), outside, img->mem.base,
            img->mem.base + (uint64_t)img->mem.nframes * 4096 - 1);
    return MM_EXIT_UNUSABLE;
  }
  printf("0x%016" PRIx64 " -> ", va);
  if (x.outcome == MM_XLATE_OK) {
    printf("0x%016" PRIx64 " (%s page, %s%s%s)\n", x.pa,
           x.page_size == MM_P30 ? "1G" : x.page_size == MM_P21 ? "2M" : "4K",
           x.rw ? "rw" : "ro", x.us ? " us" : "", x.xd ? " nx" : "");
    return MM_EXIT_OK;
  }
  print_error_bits(stdout, x.error_code);
  if (!(x.error_code & MM_PF_P))
    printf(": %s not present\n", mm_pt_sdm_level(x.level));
  else if (x.error_code & MM_PF_RSVD)
    printf(": reserved bit set in the %s\n", mm_pt_sdm_level(x.level));
  else {
    /* the rights of the denied leaf, for the reason */
    struct mm_xlate r = x;
    struct mm_walk wk = mm_walk(&img->mem, &img->cpu, img->root, va);
    r.rw = wk.rw;
    r.us = wk.us;
    r.xd = wk.xd;
    printf(": %s\n", denied_reason(&img->cpu, w->acc, w->user, &r));
  }
  return MM_EXIT_INVALID;
}

int mm_cmd_walk(int argc, char **argv)
{
  struct walk_args w;
  struct mm_ptimage img;
  uint64_t va, outside = UINT64_MAX;
  uint32_t end;
  int r;
  if (mm_cli_wants_help(argc, argv)) {
    printf(help, mm_ptargs_help);
    return MM_EXIT_OK;
  }
  if ((r = parse(argc, argv, &w)) != 0)
    return r;
  if (mm_cli_u64(w.pos[1], &va) != 0)
    return mm_cli_usage_error("walk", "VA '%s' is not a number", w.pos[1]);
  if ((r = mm_ptargs_load("walk", &w.img, w.pos[0], &img)) != 0)
    return r;
  img.cpu.ac = (uint8_t)w.ac;
  printf("0x%016" PRIx64 ": %s %s, ", va, w.user ? "user" : "supervisor", access_name(w.acc));
  print_cpu(&img);
  {
    int canonical = img.cpu.la57 ? (va < MM_P56 || va >= 0xFF00000000000000ULL)
                                 : (va < MM_P47 || va >= 0xFFFF800000000000ULL);
    end = canonical ? print_levels(&img, va, &outside) : 0;
  }
  r = verdict(w.pos[0], &img, va, &w, end, outside);
  mm_ptimage_free(&img);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fputs("mmspec walk: write error\n", stderr);
    return MM_EXIT_UNUSABLE;
  }
  return r;
}
