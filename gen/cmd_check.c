/* mmspec check FILE...: parse and validate each file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "source.h"

static const char help[] =
  "usage: mmspec check FILE...\n"
  "\n"
  "Parse each profile and validate its layout with the proven validator\n"
  "(mm_layout_validate). A clean file prints `FILE: ok (N regions, valid layout)`\n"
  "on stdout; a problem prints `FILE:LINE: RULE: message` on stderr.\n"
  "A FILE that names a built-in profile (mmspec list) checks that profile.\n"
  "Exit status: 0 all clean, 1 a file parses but its layout breaks a rule,\n"
  "2 a file is unusable (I/O error, syntax, binary, empty); the highest wins.\n";

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
    enum mm_load r = mm_source_load(p, files[i], &d);
    if (r == MM_LOAD_OK) {
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
