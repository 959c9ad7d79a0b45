/* mmspec check --profile PROFILE (--defines HEADER --map MAP | --dump DUMP
 * [--dump-format FMT] [--bases LIST [--mem SIZE [--mem-padding TIB]]]): a running kernel's constants and page
 * tables against a profile (docs/live-check.md). cmd_check.c routes here
 * when one of these options is given. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "defines.h"
#include "defines_check.h"
#include "defmap.h"
#include "dump.h"
#include "dump_check.h"
#include "kaslr_window.h"
#include "number.h"
#include "source.h"

static const char *const live_opts[] = {"--profile", "--defines",     "--map",
                                        "--dump",    "--dump-format", "--bases",
                                        "--mem",     "--mem-padding"};
#define NOPTS (sizeof live_opts / sizeof live_opts[0])

/* The index in live_opts of the option at argv[i] ("--x V" or "--x=V"), its
 * value in *v (NULL when missing). -1 when argv[i] is none of them. */
static int live_opt(int argc, char **argv, int *i, const char **v)
{
  for (size_t k = 0; k < NOPTS; k++) {
    size_t n = strlen(live_opts[k]);
    if (strncmp(argv[*i], live_opts[k], n) != 0)
      continue;
    if (argv[*i][n] == '=') {
      *v = argv[*i] + n + 1;
      return (int)k;
    }
    if (argv[*i][n] != '\0')
      continue;
    *v = *i + 1 < argc ? argv[++*i] : NULL;
    return (int)k;
  }
  return -1;
}

int mm_check_live_wanted(int argc, char **argv)
{
  for (int i = 1; i < argc; i++) {
    const char *v;
    if (strcmp(argv[i], "--") == 0)
      return 0;
    if (live_opt(argc, argv, &i, &v) >= 0)
      return 1;
  }
  return 0;
}

static int read_file(const char *path, size_t max, char **text, size_t *len)
{
  FILE *f;
  size_t cap = 65536, n = 0;
  char *buf;
  *text = NULL;
  errno = 0;
  f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "%s: io: cannot open: %s\n", path, strerror(errno));
    return -1;
  }
  buf = malloc(cap + 1);
  while (buf) {
    size_t k = fread(buf + n, 1, cap - n, f);
    n += k;
    if (n > max)
      break;
    if (n < cap) {
      if (ferror(f)) {
        free(buf);
        buf = NULL;
        fprintf(stderr, "%s: io: cannot read\n", path);
        fclose(f);
        return -1;
      }
      break;
    }
    {
      char *nb = realloc(buf, cap * 2 + 1);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  fclose(f);
  if (!buf) {
    fprintf(stderr, "%s: io: out of memory\n", path);
    return -1;
  }
  if (n > max) {
    free(buf);
    fprintf(stderr, "%s: too-big: more than %zu bytes\n", path, max);
    return -1;
  }
  buf[n] = '\0';
  *text = buf;
  *len = n;
  return 0;
}

int mm_cmd_check_live(int argc, char **argv)
{
  const char *val[NOPTS] = {0};
  struct mm_profile *p = NULL;
  struct mm_defmap *m = NULL;
  struct mm_diag d;
  const char *profile;
  int status = MM_EXIT_OK, fmt = MM_DUMP_AUTO;
  /* CONFIG_RANDOMIZE_MEMORY_PHYSICAL_PADDING's default with MEMORY_HOTPLUG */
  struct mm_kaslr_mem kmem = {0, 0xa};
  for (int i = 1; i < argc; i++) {
    const char *v = NULL;
    int k = live_opt(argc, argv, &i, &v);
    if (k < 0)
      return mm_cli_usage_error("check", "'%s' cannot be combined with --profile, --defines "
                                "or --dump", argv[i]);
    if (!v || !*v)
      return mm_cli_usage_error("check", "option '%s' needs a value", live_opts[k]);
    if (val[k])
      return mm_cli_usage_error("check", "option '%s' given twice", live_opts[k]);
    val[k] = v;
  }
  if (!val[1] != !val[2])
    return mm_cli_usage_error("check", "--defines and --map go together");
  if (!val[1] && !val[3])
    return mm_cli_usage_error("check", "--profile needs --defines HEADER --map MAP or "
                                       "--dump DUMP");
  if ((val[4] || val[5]) && !val[3])
    return mm_cli_usage_error("check", "--dump-format and --bases need --dump");
  if ((val[6] || val[7]) && !val[5])
    return mm_cli_usage_error("check", "--mem and --mem-padding need --bases (and --dump)");
  if (val[7] && !val[6])
    return mm_cli_usage_error("check", "--mem-padding needs --mem");
  if (val[6]) {
    if (mm_cli_size(val[6], &kmem.mem_end))
      return mm_cli_usage_error("check", "--mem '%s' is not a size (0x and hex digits, or "
                                         "decimal digits with K, M, G or T)", val[6]);
    if (val[7] && (mm_cli_size(val[7], &kmem.padding_tb) ||
                   kmem.padding_tb > MM_KASLR_PADDING_MAX))
      return mm_cli_usage_error("check", "--mem-padding '%s' is not a number of TiB up to "
                                         "0x%x", val[7], MM_KASLR_PADDING_MAX);
  }
  if (val[4] && (fmt = mm_dump_format_lookup(val[4])) < 0)
    return mm_cli_usage_error("check", "unknown dump format '%s' (ptdump, tlb, mem, auto)",
                              val[4]);
  p = malloc(sizeof *p);
  m = malloc(sizeof *m);
  if (!p || !m) {
    fputs("mmspec check: out of memory\n", stderr);
    status = MM_EXIT_UNUSABLE;
    goto done;
  }
  if (val[2]) {
    char *text;
    size_t len;
    int bad = mm_source_read(val[2], &text, &len, &d);
    if (!bad) {
      bad = mm_defmap_parse(m, val[2], text, len, &d);
      free(text);
    }
    if (bad) {
      mm_diag_print(stderr, &d);
      status = MM_EXIT_UNUSABLE;
      goto done;
    }
  }
  profile = val[0] ? val[0] : (val[2] && m->profile[0] ? m->profile : NULL);
  if (!profile) {
    status = mm_cli_usage_error("check", "needs --profile PROFILE (the map names none)");
    goto done;
  }
  if (mm_source_load(p, profile, &d) != MM_LOAD_OK) {
    mm_diag_print(stderr, &d);
    status = MM_EXIT_UNUSABLE;
    goto done;
  }
  if (val[1]) {
    char *text;
    size_t len;
    if (read_file(val[1], MM_DEFINES_TEXT_MAX, &text, &len)) {
      status = MM_EXIT_UNUSABLE;
    } else {
      int st = (int)mm_defines_check(val[1], text, len, m, p, stdout, stderr);
      free(text);
      if (st > status)
        status = st;
    }
  }
  if (val[3]) {
    FILE *f;
    errno = 0;
    f = strcmp(val[3], "-") == 0 ? stdin : fopen(val[3], "rb");
    if (!f) {
      fprintf(stderr, "%s: io: cannot open: %s\n", val[3], strerror(errno));
      status = MM_EXIT_UNUSABLE;
    } else {
      int st = (int)mm_dump_check_stream(f, val[3], p, (unsigned)fmt, val[5],
                                         val[6] ? &kmem : NULL, stdout, stderr);
      if (f != stdin)
        fclose(f);
      if (st > status)
        status = st;
    }
  }
done:
  free(p);
  free(m);
  if (fflush(stdout) || ferror(stdout))
    status = MM_EXIT_UNUSABLE;
  return status;
}
