/* mmspec dump IMAGE: the mappings of a page-table image in the format of
 * Linux's ptdump (gen/ptdump.h), optionally with a profile's regions as
 * markers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "output.h"
#include "ptargs.h"
#include "ptdump.h"
#include "source.h"

static const char help[] =
  "usage: mmspec dump IMAGE [--profile PROFILE|FILE] [--format text|json] [-o OUT]\n"
  "                         [IMAGE OPTIONS] [CPU FLAGS]\n"
  "\n"
  "Print every range of the linear-address space of a page-table image\n"
  "(docs/page-table-image.md) in the line format of Linux's ptdump\n"
  "(arch/x86/mm/dump_pagetables.c, debugfs kernel_page_tables):\n"
  "\n"
  "  0xSTART-0xEND   SIZE FLAGS LEVEL\n"
  "\n"
  "END is exclusive (0x0000000000000000 after the last address), SIZE is in\n"
  "the largest of B K M G T P E that divides it, FLAGS are the leaf entry's\n"
  "USR, RW/ro, PWT, PCD, PSE, PAT, GLB, NX/x (blank when not mapped), LEVEL is\n"
  "pgd p4d pud pmd pte. The mappings are those of the proven enumerator\n"
  "(src/enumerate.h); consecutive pages merge into one line when the leaf's\n"
  "flag bits, the rights combined over the levels and the level agree. Ranges\n"
  "never span the non-canonical hole.\n"
  "\n"
  "Options:\n"
  "  --profile P     print \"---[ NAME ]---\" at the start of every region of the\n"
  "                  profile P (a built-in name or a file) and cut ranges there;\n"
  "                  its levels must be the image's\n"
  "  --format F      text (the default) or json (schema mmspec-ptdump/1: start,\n"
  "                  last, level, present, the flag columns, the combined rights\n"
  "                  and the region)\n"
  "  -o, --output OUT  write to OUT through a temporary file renamed over it\n"
  "%s"
  "\n"
  "Exit status: 0 dumped, 2 unusable input (a bad image or profile, a usage\n"
  "or write error).\n";

struct dump_job {
  const struct mm_ptimage *img;
  enum mm_ptd_format format;
  const struct mm_ptd_marker *marker;
  unsigned nmarkers;
  int internal; /* the scan failed */
};

static int write_dump(FILE *f, const void *ctx)
{
  struct dump_job *j = (struct dump_job *)ctx;
  struct mm_ptd st;
  mm_ptd_begin(&st, f, j->format, j->img->levels, j->marker, j->nmarkers);
  if (mm_ptd_scan(&st, j->img) != 0) {
    j->internal = 1;
    return -1;
  }
  mm_ptd_end(&st);
  return 0;
}

/* The markers of the profile named arg: every region but the hole. */
static int load_markers(const char *arg, uint32_t levels, struct mm_profile *p,
                        struct mm_ptd_marker *mk, unsigned *n)
{
  struct mm_diag d;
  enum mm_load r = mm_source_load(p, arg, &d);
  if (r != MM_LOAD_OK) {
    mm_diag_print(stderr, &d);
    return MM_EXIT_UNUSABLE;
  }
  if (p->layout.levels != levels) {
    fprintf(stderr, "mmspec dump: profile %s is for %u-level paging, the image for %u-level\n",
            p->name, p->layout.levels, levels);
    return MM_EXIT_UNUSABLE;
  }
  *n = 0;
  for (uint32_t i = 0; i < p->layout.nregions && *n < MM_PTD_MAX_MARKERS; i++) {
    if (p->layout.region[i].kind == MM_KIND_NONCANONICAL)
      continue;
    mk[*n].start = p->layout.region[i].start;
    mk[*n].name = p->rname[i];
    (*n)++;
  }
  return 0;
}

struct dump_args {
  const char *image, *profile, *out;
  enum mm_ptd_format format;
  struct mm_ptargs img;
};

static int parse(int argc, char **argv, struct dump_args *a)
{
  int npos = 0, opts = 1;
  memset(a, 0, sizeof *a);
  mm_ptargs_init(&a->img);
  for (int i = 1; i < argc; i++) {
    const char *o = argv[i];
    int r;
    if (opts && strcmp(o, "--") == 0) {
      opts = 0;
    } else if (!opts || o[0] != '-' || o[1] == '\0') {
      if (npos++ == 0)
        a->image = o;
    } else if (strcmp(o, "--profile") == 0 || strcmp(o, "--format") == 0 ||
               strcmp(o, "-o") == 0 || strcmp(o, "--output") == 0) {
      if (i + 1 >= argc)
        return mm_cli_usage_error("dump", "%s needs a value", o);
      if (strcmp(o, "--profile") == 0)
        a->profile = argv[++i];
      else if (strcmp(o, "--format") == 0) {
        const char *v = argv[++i];
        if (strcmp(v, "text") == 0)
          a->format = MM_PTD_TEXT;
        else if (strcmp(v, "json") == 0)
          a->format = MM_PTD_JSON;
        else
          return mm_cli_usage_error("dump", "unknown format '%s' (text or json)", v);
      } else
        a->out = argv[++i];
    } else if ((r = mm_ptargs_option("dump", argc, argv, &i, &a->img)) < 0) {
      return MM_EXIT_UNUSABLE;
    } else if (r == 0) {
      return mm_cli_usage_error("dump", "unknown option '%s'", o);
    }
  }
  if (npos != 1)
    return mm_cli_usage_error("dump", "needs exactly one IMAGE");
  return 0;
}

int mm_cmd_dump(int argc, char **argv)
{
  struct dump_args a;
  struct mm_ptimage img;
  struct mm_ptd_marker mk[MM_PTD_MAX_MARKERS];
  struct mm_profile *p = NULL;
  struct dump_job j;
  struct mm_diag d;
  int r;
  if (mm_cli_wants_help(argc, argv)) {
    printf(help, mm_ptargs_help);
    return MM_EXIT_OK;
  }
  if ((r = parse(argc, argv, &a)) != 0)
    return r;
  if ((r = mm_ptargs_load("dump", &a.img, a.image, &img)) != 0)
    return r;
  memset(&j, 0, sizeof j);
  j.img = &img;
  j.format = a.format;
  j.marker = mk;
  if (a.profile) {
    p = malloc(sizeof *p);
    if (!p) {
      fputs("mmspec dump: out of memory\n", stderr);
      r = MM_EXIT_UNUSABLE;
    } else {
      r = load_markers(a.profile, img.levels, p, mk, &j.nmarkers);
    }
  }
  if (r == 0) {
    if (a.out)
      r = mm_output_with(a.out, write_dump, &j, &d);
    else
      r = write_dump(stdout, &j) != 0 || fflush(stdout) != 0 || ferror(stdout) ? -1 : 0;
    if (r != 0 && j.internal)
      fputs("mmspec dump: internal error: a walk between two mappings found a mapping\n",
            stderr);
    else if (r != 0 && a.out)
      mm_diag_print(stderr, &d);
    else if (r != 0)
      fputs("mmspec dump: write error\n", stderr);
    r = r != 0 ? MM_EXIT_UNUSABLE : MM_EXIT_OK;
  }
  free(p);
  mm_ptimage_free(&img);
  return r;
}
