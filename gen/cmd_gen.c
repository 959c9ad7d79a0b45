/* mmspec gen PROFILE|FILE [--format FMT] [-o OUT]: generated files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "emit.h"
#include "output.h"
#include "source.h"

static void help(void)
{
  fputs("usage: mmspec gen PROFILE|FILE [--format FORMAT] [-o OUT]\n"
        "\n"
        "Generate a file from a profile, only after the proven validator accepted\n"
        "its layout. Without -o the output goes to stdout; with -o it is written\n"
        "to a temporary file beside OUT and renamed over OUT when complete, so on\n"
        "any error OUT is left as it was (not created if it did not exist).\n"
        "PROFILE is a built-in profile name (mmspec list); anything else is a path.\n"
        "\n"
        "options:\n"
        "  --format FORMAT, --format=FORMAT   output format (default ctable)\n"
        "  -o OUT, --output OUT, --output=OUT write OUT instead of stdout\n"
        "\n"
        "formats:\n",
        stdout);
  for (size_t i = 0; i < mm_nemitters; i++)
    printf("  %-10s %s\n", mm_emitters[i].name, mm_emitters[i].summary);
  fputs("\nExit status: 0 written; 2 on any error (unusable input, a layout that\n"
        "breaks a rule, unknown format, a layout the format cannot express such as\n"
        "two regions whose names would clash, I/O error).\n",
        stdout);
}

struct gen_args {
  const char *source;
  const char *format;
  const char *out;
};

static int parse_args(int argc, char **argv, struct gen_args *g)
{
  int opts = 1, npos = 0;
  g->source = NULL;
  g->format = "ctable";
  g->out = NULL;
  for (int i = 1; i < argc; i++) {
    int missing = 0;
    const char *v;
    if (opts && strcmp(argv[i], "--") == 0) {
      opts = 0;
    } else if (opts && argv[i][0] == '-' && argv[i][1] != '\0') {
      if ((v = mm_cli_opt_value(argc, argv, &i, "--format", &missing)) != NULL)
        g->format = v;
      else if ((v = mm_cli_opt_value(argc, argv, &i, "--output", &missing)) != NULL ||
               (!missing && (v = mm_cli_opt_value(argc, argv, &i, "-o", &missing)) != NULL))
        g->out = v;
      else if (missing)
        return mm_cli_usage_error("gen", "option '%s' needs a value", argv[i]);
      else
        return mm_cli_usage_error("gen", "unknown option '%s'", argv[i]);
    } else {
      g->source = argv[i];
      npos++;
    }
  }
  if (npos != 1)
    return mm_cli_usage_error("gen", "needs exactly one PROFILE or FILE");
  if (g->out && g->out[0] == '\0')
    return mm_cli_usage_error("gen", "-o needs a file name");
  return MM_EXIT_OK;
}

int mm_cmd_gen(int argc, char **argv)
{
  struct gen_args g;
  const struct mm_emitter *e;
  struct mm_profile *p;
  struct mm_diag d;
  int status;
  if (mm_cli_wants_help(argc, argv)) {
    help();
    return MM_EXIT_OK;
  }
  if ((status = parse_args(argc, argv, &g)) != MM_EXIT_OK)
    return status;
  e = mm_emitter_find(g.format);
  if (!e)
    return mm_cli_usage_error("gen", "unknown format '%s'", g.format);
  p = malloc(sizeof *p);
  if (!p) {
    fputs("mmspec gen: out of memory\n", stderr);
    return MM_EXIT_UNUSABLE;
  }
  if (mm_source_load(p, g.source, &d) != MM_LOAD_OK || (e->check && e->check(p, &d) != 0) ||
      (g.out ? mm_output_file(g.out, e, p, &d) : mm_output_stdout(e, p, &d)) != 0) {
    mm_diag_print(stderr, &d);
    status = MM_EXIT_UNUSABLE;
  }
  free(p);
  return status;
}
