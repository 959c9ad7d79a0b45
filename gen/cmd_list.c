/* mmspec list: the built-in profiles, one per line: NAME  TITLE. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "cli.h"
#include "profile.h"

static const char help[] =
  "usage: mmspec list\n"
  "\n"
  "List the built-in profiles (spec/profiles/*.layout, embedded at build time):\n"
  "one line each, the profile name and its title. A name can be given to\n"
  "`mmspec show` and `mmspec gen` in place of a file.\n";

int mm_cmd_list(int argc, char **argv)
{
  struct mm_profile *p;
  struct mm_diag d;
  int status = MM_EXIT_OK;
  if (mm_cli_wants_help(argc, argv)) {
    fputs(help, stdout);
    return MM_EXIT_OK;
  }
  if (argc > 1)
    return mm_cli_usage_error("list", "takes no arguments");
  p = malloc(sizeof *p);
  if (!p) {
    fputs("mmspec list: out of memory\n", stderr);
    return MM_EXIT_UNUSABLE;
  }
  for (size_t i = 0; i < mm_nbuiltins; i++) {
    const struct mm_builtin *b = &mm_builtins[i];
    if (mm_profile_parse(p, b->path, b->text, b->len, &d)) {
      mm_diag_print(stderr, &d);
      status = MM_EXIT_UNUSABLE;
      continue;
    }
    printf("%-24s %s\n", p->name, p->title);
  }
  free(p);
  if (fflush(stdout) || ferror(stdout))
    status = MM_EXIT_UNUSABLE;
  return status;
}
