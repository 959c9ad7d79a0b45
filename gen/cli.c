/* Helpers shared by the subcommands. */
#include "cli.h"

#include "number.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int mm_cli_wants_help(int argc, char **argv)
{
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0)
      return 0;
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
      return 1;
  }
  return 0;
}

int mm_cli_usage_error(const char *cmd, const char *fmt, ...)
{
  va_list ap;
  fprintf(stderr, "mmspec %s: ", cmd);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, " (see mmspec %s --help)\n", cmd);
  return MM_EXIT_UNUSABLE;
}

int mm_cli_positionals(const char *cmd, int argc, char **argv, char **pos, int max, int *npos)
{
  int opts = 1;
  *npos = 0;
  for (int i = 1; i < argc; i++) {
    if (opts && strcmp(argv[i], "--") == 0) {
      opts = 0;
      continue;
    }
    if (opts && argv[i][0] == '-' && argv[i][1] != '\0') {
      mm_cli_usage_error(cmd, "unknown option '%s'", argv[i]);
      return -1;
    }
    if (*npos < max)
      pos[*npos] = argv[i];
    (*npos)++;
  }
  return 0;
}

int mm_cli_u64(const char *s, uint64_t *v)
{
  unsigned base = 10;
  uint64_t x = 0;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s += 2;
  }
  if (*s == '\0')
    return -1;
  for (; *s; s++) {
    unsigned dig;
    if (*s >= '0' && *s <= '9')
      dig = (unsigned)(*s - '0');
    else if (base == 16 && *s >= 'a' && *s <= 'f')
      dig = (unsigned)(*s - 'a' + 10);
    else if (base == 16 && *s >= 'A' && *s <= 'F')
      dig = (unsigned)(*s - 'A' + 10);
    else
      return -1;
    if (x > (UINT64_MAX - dig) / base)
      return -1;
    x = x * base + dig;
  }
  *v = x;
  return 0;
}

const char *mm_cli_opt_value(int argc, char **argv, int *i, const char *name, int *missing)
{
  size_t n = strlen(name);
  if (strncmp(argv[*i], name, n) != 0)
    return NULL;
  if (argv[*i][n] == '=')
    return argv[*i] + n + 1;
  if (argv[*i][n] != '\0')
    return NULL;
  if (*i + 1 >= argc) {
    *missing = 1;
    return NULL;
  }
  return argv[++*i];
}

/* A size: 0x and hex digits, or decimal digits with an optional binary
 * suffix K, M, G or T (KiB ... TiB). 0, or -1 when it is none or does not
 * fit in 64 bits. */
int mm_cli_size(const char *s, uint64_t *v)
{
  uint64_t x = 0, mul = 1;
  const char *q = s;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    struct mm_span t = {s, strlen(s)};
    return mm_number_parse(t, v) == MM_NUMBER_OK ? 0 : -1;
  }
  if (*q < '0' || *q > '9')
    return -1;
  for (; *q >= '0' && *q <= '9'; q++) {
    if (x > (UINT64_MAX - (uint64_t)(*q - '0')) / 10)
      return -1;
    x = x * 10 + (uint64_t)(*q - '0');
  }
  switch (*q) {
  case '\0': break;
  case 'K': mul = 1ULL << 10; q++; break;
  case 'M': mul = 1ULL << 20; q++; break;
  case 'G': mul = 1ULL << 30; q++; break;
  case 'T': mul = 1ULL << 40; q++; break;
  default: return -1;
  }
  if (*q != '\0' || (x != 0 && x > UINT64_MAX / mul))
    return -1;
  *v = x * mul;
  return 0;
}
