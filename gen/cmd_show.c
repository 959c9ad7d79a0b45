/* mmspec show PROFILE|FILE: the table of a valid layout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "show.h"
#include "source.h"

static const char help[] =
  "usage: mmspec show PROFILE|FILE\n"
  "\n"
  "Print a layout as a table in the style of Linux mm.txt, after the proven\n"
  "validator accepted it: a header with the parameters and the flagged regions,\n"
  "then one row per region:\n"
  "\n"
  "  START - END (=SIZE) KIND NAME DESCRIPTION\n"
  "\n"
  "SIZE is exact, in the largest of B KB MB GB TB PB EB (powers of 1024) that\n"
  "divides it, followed by \" = 2^N\" when it is a power of two.\n"
  "PROFILE is a built-in profile name (mmspec list); anything else is a path.\n"
  "Exit status: 0 shown, 1 the layout breaks a rule, 2 unusable input.\n";

int mm_cmd_show(int argc, char **argv)
{
  struct mm_profile *p;
  struct mm_diag d;
  enum mm_load r;
  char *arg[1];
  int n;
  if (mm_cli_wants_help(argc, argv)) {
    fputs(help, stdout);
    return MM_EXIT_OK;
  }
  if (mm_cli_positionals("show", argc, argv, arg, 1, &n))
    return MM_EXIT_UNUSABLE;
  if (n != 1)
    return mm_cli_usage_error("show", "needs exactly one PROFILE or FILE");
  p = malloc(sizeof *p);
  if (!p) {
    fputs("mmspec show: out of memory\n", stderr);
    return MM_EXIT_UNUSABLE;
  }
  r = mm_source_load(p, arg[0], &d);
  if (r != MM_LOAD_OK)
    mm_diag_print(stderr, &d);
  else if (mm_show(stdout, p) != 0) {
    fputs("mmspec show: write error\n", stderr);
    r = MM_LOAD_UNUSABLE;
  }
  free(p);
  return (int)r;
}
