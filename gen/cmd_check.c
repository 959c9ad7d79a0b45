/* mmspec check FILE...: parse and validate each file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mmtable.h"
#include "mmtable_check.h"
#include "source.h"

static const char help[] =
  "usage: mmspec check FILE...\n"
  "       mmspec check [--profile PROFILE] --defines HEADER --map MAP\n"
  "       mmspec check --profile PROFILE --dump DUMP [--dump-format FMT]\n"
  "                    [--bases NAME=ADDR,... [--mem SIZE [--mem-padding TIB]]]\n"
  "\n"
  "Parse each profile and validate its layout with the proven validator\n"
  "(mm_layout_validate). A clean file prints `FILE: ok (N regions, valid layout)`\n"
  "on stdout; a problem prints `FILE:LINE: RULE: message` on stderr.\n"
  "A FILE that names a built-in profile (mmspec list) checks that profile.\n"
  "A FILE whose first word is not a profile keyword is read as a kernel layout\n"
  "table (mm.txt, its flattened one-line copy, or mm.rst): stated sizes,\n"
  "inclusive ends, order, canonical halves and holes are checked, then the\n"
  "layout it describes goes through the proven validator; a clean table prints\n"
  "`FILE: ok (N rows, M documented holes, valid layout)` (docs/table-check.md).\n"
  "\n"
  "With --defines, HEADER is a file of `#define NAME value` lines (gcc -dM -E of\n"
  "a header); MAP says which macro is which region bound of PROFILE (lines\n"
  "`NAME REGION start|end|end_excl|size [optional] [runtime]`, spec/maps/);\n"
  "each value is evaluated as C would and compared: `HEADER:LINE: mismatch: ...`.\n"
  "PROFILE may come from the map's `profile` line. Clean: `HEADER: ok (...)`.\n"
  "\n"
  "With --dump, DUMP is a dump of live page tables (`-` reads stdin): Linux's\n"
  "ptdump (/sys/kernel/debug/page_tables/kernel), QEMU `info tlb` or QEMU\n"
  "`info mem`, told apart by its first line or named by --dump-format ptdump|\n"
  "tlb|mem. Every mapped range must lie in one region of PROFILE that may hold\n"
  "mappings (not a hole, the guard hole or the non-canonical hole); under a\n"
  "ptdump marker, in a region of the marker's kind. --bases page_offset_base=\n"
  "0x...,vmalloc_base=0x...,vmemmap_base=0x... moves the randomized regions\n"
  "(KASLR) to those bases first: 1 GiB-aligned, in order, inside the KASLR\n"
  "window. --mem SIZE (max_pfn << PAGE_SHIFT: 0x..., or decimal with K, M, G,\n"
  "T) sizes them as Linux 6.1's kaslr.c does for that much memory (the direct\n"
  "map DIV_ROUND_UP(SIZE, 1 TiB) + --mem-padding TiB, default 0xa, at most\n"
  "2^(pa-bits - 40); the vmemmap 1/64 of it, in whole TiB), in the kernel's\n"
  "window (up to CPU_ENTRY_AREA_BASE); without it they keep the profile's sizes.\n"
  "Clean: `DUMP: ok (N ranges, M regions touched, bases ...[, sizes ...])`.\n"
  "docs/live-check.md describes the formats and the rules.\n"
  "\n"
  "Exit status: 0 all clean, 1 a file parses but its layout breaks a rule,\n"
  "2 a file is unusable (I/O error, syntax, binary, empty); the highest wins.\n";

/* A file that is not a built-in name and reads as a layout table (not a
 * profile, not binary) is checked as one: *table is set and the outcome
 * returned. Anything else is left to mm_source_load, which reports it. */
static enum mm_load check_table(const char *arg, int *table)
{
  struct mm_diag d;
  char *text;
  size_t len;
  enum mm_load r = MM_LOAD_UNUSABLE;
  if (mm_builtin_find(arg) >= 0 || mm_source_read(arg, &text, &len, &d))
    return r;
  if (mmt_wants_table(text, len)) {
    *table = 1;
    r = mmt_check_text(arg, text, len, stdout, stderr);
  }
  free(text);
  return r;
}

int mm_cmd_check(int argc, char **argv)
{
  struct mm_profile *p;
  struct mm_diag d;
  char **files;
  int status = MM_EXIT_OK, n = 0;
  if (mm_cli_wants_help(argc, argv)) {
    fputs(help, stdout);
    return MM_EXIT_OK;
  }
  if (mm_check_live_wanted(argc, argv))
    return mm_cmd_check_live(argc, argv);
  files = malloc(sizeof *files * (size_t)(argc > 0 ? argc : 1));
  p = malloc(sizeof *p);
  if (!files || !p) {
    free(files);
    free(p);
    fputs("mmspec check: out of memory\n", stderr);
    return MM_EXIT_UNUSABLE;
  }
  if (mm_cli_positionals("check", argc, argv, files, argc, &n)) {
    status = MM_EXIT_UNUSABLE;
    n = 0;
  } else if (n == 0) {
    status = mm_cli_usage_error("check", "needs one or more FILEs");
  }
  for (int i = 0; i < n; i++) {
    int table = 0;
    enum mm_load r = check_table(files[i], &table);
    if (table) {
      /* reported by check_table */
    } else if ((r = mm_source_load(p, files[i], &d)) == MM_LOAD_OK) {
      printf("%s: ok (%u regions, valid layout)\n", p->path, (unsigned)p->layout.nregions);
    } else {
      fflush(stdout);
      mm_diag_print(stderr, &d);
    }
    if ((int)r > status)
      status = (int)r;
  }
  free(p);
  free(files);
  if (fflush(stdout) || ferror(stdout))
    status = MM_EXIT_UNUSABLE;
  return status;
}
