/* mmspec — the subcommands of the CLI (one file each, cmd_<name>.c) and the
 * helpers they share. main.c dispatches to them. Every subcommand returns its
 * exit status: 0 success, 1 a layout breaks a rule, 2 unusable input or usage. */
#ifndef MMSPEC_CLI_H
#define MMSPEC_CLI_H

#include <stdint.h>

#define MM_EXIT_OK 0
#define MM_EXIT_INVALID 1
#define MM_EXIT_UNUSABLE 2

/* argv[0] is the subcommand name; argv[1..argc) its arguments. */
int mm_cmd_list(int argc, char **argv);
int mm_cmd_show(int argc, char **argv);
int mm_cmd_check(int argc, char **argv);
int mm_cmd_gen(int argc, char **argv);
int mm_cmd_walk(int argc, char **argv);
int mm_cmd_dump(int argc, char **argv);
int mm_cmd_kaslr(int argc, char **argv);
int mm_cmd_build(int argc, char **argv);

/* mmspec check with --profile, --defines/--map or --dump (cmd_check_live.c),
 * and whether argv[1..argc) holds one of those options (before any "--"). */
int mm_cmd_check_live(int argc, char **argv);
int mm_check_live_wanted(int argc, char **argv);

/* Whether argv[1..argc) asks for help (--help or -h before any "--"). */
int mm_cli_wants_help(int argc, char **argv);

/* Collect the positional arguments of argv[1..argc) (those after a "--" too)
 * into pos (room for max; *npos may exceed max, counting all). Returns 0, or
 * -1 after a usage error for an unknown option of cmd. */
int mm_cli_positionals(const char *cmd, int argc, char **argv, char **pos, int max, int *npos);

/* Parse s as an unsigned 64-bit number: 0x followed by hex digits, or
 * decimal digits. 0, or -1 (syntax or overflow) with *v untouched. */
int mm_cli_u64(const char *s, uint64_t *v);

/* Parse s as a size: 0x and hex digits, or decimal digits with an optional
 * binary suffix K, M, G or T (KiB ... TiB). 0, or -1 when it is none or does
 * not fit in 64 bits. */
int mm_cli_size(const char *s, uint64_t *v);

/* The value of option name at argv[*i]: "--name=V" or "--name V" (then *i
 * moves past V). NULL when argv[*i] is not that option; *missing set when it
 * is but has no value. */
const char *mm_cli_opt_value(int argc, char **argv, int *i, const char *name, int *missing);

/* Print "mmspec CMD: message" and a pointer to --help on stderr; returns
 * MM_EXIT_UNUSABLE. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
int mm_cli_usage_error(const char *cmd, const char *fmt, ...);

#endif
