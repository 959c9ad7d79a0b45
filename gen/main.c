/* mmspec — the command-line tool: dispatch to the subcommands of cli.h. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "version.h"

struct command {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
};

static const struct command commands[] = {
  {"list", mm_cmd_list, "list the built-in profiles"},
  {"show", mm_cmd_show, "print a layout as an mm.txt-style table"},
  {"check", mm_cmd_check, "parse and validate profile files"},
  {"gen", mm_cmd_gen,
   "generate a file (C or Rust constants, JSON, Markdown, SVG) from a profile"},
  {"walk", mm_cmd_walk, "translate an address with a page-table image, level by level"},
  {"dump", mm_cmd_dump, "print the mappings of a page-table image like Linux's ptdump"},
  {"kaslr", mm_cmd_kaslr, "randomize a layout as CONFIG_RANDOMIZE_MEMORY does"},
  {"build", mm_cmd_build, "build the kernel page tables of a profile into a page-table image"},
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *out)
{
  fputs("usage: mmspec COMMAND [ARGS...]\n"
        "       mmspec --help | --version\n"
        "\n"
        "A formally checked reference specification of the x86-64 virtual memory\n"
        "layout. Profiles (docs/profile-format.md) are validated by the proven\n"
        "mm_layout_validate before any tool uses them.\n"
        "\n"
        "commands:\n",
        out);
  for (size_t i = 0; i < NCOMMANDS; i++)
    fprintf(out, "  %-6s %s\n", commands[i].name, commands[i].summary);
  fputs("\n`mmspec COMMAND --help` describes each command.\n"
        "Exit status: 0 success, 1 a layout breaks a rule (walk: the access faults),\n"
        "2 unusable input or usage.\n",
        out);
}

int main(int argc, char **argv)
{
  if (argc < 2) {
    usage(stderr);
    return MM_EXIT_UNUSABLE;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    usage(stdout);
    return MM_EXIT_OK;
  }
  if (strcmp(argv[1], "--version") == 0) {
    printf("mmspec %s\n", VERSION);
    return MM_EXIT_OK;
  }
  for (size_t i = 0; i < NCOMMANDS; i++)
    if (strcmp(argv[1], commands[i].name) == 0)
      return commands[i].run(argc - 1, argv + 1);
  fprintf(stderr, "mmspec: unknown command '%s' (see mmspec --help)\n", argv[1]);
  return MM_EXIT_UNUSABLE;
}
