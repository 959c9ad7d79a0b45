/* mmspec kaslr PROFILE --mem SIZE [--padding TIB] [--era V] [--seed N |
 * --draws R0,R1,R2] [--stats] [--format FMT] [-o OUT]: a layout randomized
 * as kernel_randomize_memory() does (docs/kaslr.md). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "emit.h"
#include "kaslr_model.h"
#include "output.h"
#include "show.h"
#include "source.h"

static const char help[] =
  "usage: mmspec kaslr PROFILE|FILE --mem SIZE [--padding TIB] [--era 4.8|4.15|6.1]\n"
  "                    [--seed N | --draws R0,R1,R2] [--stats] [--format FMT] [-o OUT]\n"
  "\n"
  "Randomize the direct map, vmalloc and vmemmap of a profile as Linux's\n"
  "arch/x86/mm/kaslr.c kernel_randomize_memory() does (CONFIG_RANDOMIZE_MEMORY),\n"
  "with the proven model of src/kaslr.h, and print the layout that results\n"
  "after the proven validator accepted it (rule dm-size relaxed: kaslr.c sizes\n"
  "the direct map by the memory).\n"
  "\n"
  "options:\n"
  "  --mem SIZE      max_pfn << PAGE_SHIFT: 0x and hex digits, or decimal with K, M, G, T\n"
  "  --padding TIB   CONFIG_RANDOMIZE_MEMORY_PHYSICAL_PADDING (default 0xa, its\n"
  "                  default with MEMORY_HOTPLUG)\n"
  "  --era V         the kernel's rules: 4.8 (4.8-4.14: vaddr_end ESPFIX_BASE_ADDR,\n"
  "                  1 TiB vmemmap), 4.15 (vaddr_end CPU_ENTRY_AREA_BASE, 1 TiB\n"
  "                  vmemmap), 6.1 (vmemmap sized from struct page); default 6.1 for a\n"
  "                  profile with a cpu_entry_area, else 4.8\n"
  "  --seed N        the three draws are splitmix64(N) outputs 1, 2, 3 (default 0)\n"
  "  --draws R0,R1,R2  the three 64-bit draws themselves\n"
  "  --stats         print the exact number of positions of each region instead\n"
  "  --format FMT    table (default, as mmspec show) or a format of mmspec gen\n"
  "  -o OUT          write OUT instead of stdout (as mmspec gen -o)\n"
  "\n"
  "Exit status: 0 printed; 1 the profile cannot be randomized with these rules\n"
  "(a fixed region in the window, a vmemmap too small, no room) or these draws\n"
  "put the vmemmap past vaddr_end; 2 unusable input or usage.\n";

struct args {
  const char *source, *mem, *padding, *era, *seed, *draws, *format, *out;
  int stats;
};

static int parse_args(int argc, char **argv, struct args *a)
{
  static const char *const names[] = {"--mem", "--padding", "--era", "--seed",
                                      "--draws", "--format", "--output", "-o"};
  int opts = 1, npos = 0;
  memset(a, 0, sizeof *a);
  for (int i = 1; i < argc; i++) {
    if (opts && strcmp(argv[i], "--") == 0) {
      opts = 0;
    } else if (opts && strcmp(argv[i], "--stats") == 0) {
      a->stats = 1;
    } else if (opts && argv[i][0] == '-' && argv[i][1] != '\0') {
      const char **slot[] = {&a->mem, &a->padding, &a->era, &a->seed,
                             &a->draws, &a->format, &a->out, &a->out};
      int missing = 0, k;
      const char *v = NULL;
      for (k = 0; k < 8; k++)
        if ((v = mm_cli_opt_value(argc, argv, &i, names[k], &missing)) != NULL || missing)
          break;
      if (missing)
        return mm_cli_usage_error("kaslr", "option '%s' needs a value", argv[i]);
      if (k == 8)
        return mm_cli_usage_error("kaslr", "unknown option '%s'", argv[i]);
      *slot[k] = v;
    } else {
      a->source = argv[i];
      npos++;
    }
  }
  if (npos != 1)
    return mm_cli_usage_error("kaslr", "needs exactly one PROFILE or FILE");
  if (!a->mem)
    return mm_cli_usage_error("kaslr", "needs --mem SIZE");
  if (a->seed && a->draws)
    return mm_cli_usage_error("kaslr", "--seed and --draws exclude each other");
  return MM_EXIT_OK;
}

static int parse_draws(const char *s, uint64_t r[3])
{
  char buf[3][24];
  for (int k = 0; k < 3; k++) {
    size_t n = strcspn(s, ",");
    if (n == 0 || n >= sizeof buf[k] || (k < 2 && s[n] != ',') || (k == 2 && s[n] != '\0'))
      return -1;
    memcpy(buf[k], s, n);
    buf[k][n] = '\0';
    if (mm_cli_u64(buf[k], &r[k]))
      return -1;
    s += n + (k < 2);
  }
  return 0;
}

/* log2(x) for x >= 1, to two decimals: no libm. */
static double log2_u64(uint64_t x)
{
  double m, r = 0;
  int k = 0;
  while (x >> k > 1)
    k++;
  m = (double)x / (double)(1ULL << k); /* in [1, 2) */
  for (double bit = 0.5; bit > 1e-6; bit /= 2) {
    m *= m;
    if (m >= 2) {
      m /= 2;
      r += bit;
    }
  }
  return k + r;
}

static void tib(char *buf, size_t cap, uint64_t v)
{
  if (v % MM_KASLR_TIB == 0)
    snprintf(buf, cap, "%" PRIu64 " TiB", (uint64_t)(v / MM_KASLR_TIB));
  else
    snprintf(buf, cap, "%" PRIu64 " GiB", (uint64_t)(v / MM_P30));
}

static void print_stats(const struct mm_profile *p, const struct mm_kaslr_model *m)
{
  static const char *const rn[3] = {"direct_map", "vmalloc", "vmemmap"};
  const uint64_t size[3] = {m->size.direct_map, m->size.vmalloc, m->size.vmemmap};
  struct mm_kaslr_stats s;
  mm_kaslr_stats(m, &s);
  printf("%s: Linux %s kernel_randomize_memory, window 0x%016" PRIx64 "-0x%016" PRIx64
         " (vaddr_end: start of '%s'), remain_entropy %" PRIu64 " GiB\n",
         p->name, mm_kaslr_era_name(m->era), m->start, m->end - 1, p->rname[m->endr],
         (uint64_t)(m->remain / MM_P30));
  for (int k = 0; k < 3; k++) {
    char t[32];
    tib(t, sizeof t, size[k]);
    printf("%-10s size %-9s positions %" PRIu64 " (%.2f bits)", rn[k], t, s.positions[k],
           log2_u64(s.positions[k]));
    if (k == 2)
      printf(", %" PRIu64 " of them end inside the window", s.vmemmap_fit);
    putchar('\n');
  }
}

static int emit_table(FILE *out, const struct mm_profile *p)
{
  return mm_show(out, p);
}

static const struct mm_emitter table = {"table", "mm.txt-style table", emit_table, NULL};

int mm_cmd_kaslr(int argc, char **argv)
{
  struct args a;
  struct mm_profile *p = NULL, *o = NULL;
  struct mm_kaslr_model m;
  struct mm_kaslr_bases b;
  const struct mm_emitter *e = &table;
  struct mm_diag d;
  uint64_t mem, pad = 0xa, rand[3], seed = 0;
  unsigned era;
  char why[512];
  int status;
  if (mm_cli_wants_help(argc, argv)) {
    fputs(help, stdout);
    return MM_EXIT_OK;
  }
  if ((status = parse_args(argc, argv, &a)) != MM_EXIT_OK)
    return status;
  if (mm_cli_size(a.mem, &mem) || mem == 0)
    return mm_cli_usage_error("kaslr", "--mem '%s' is not a size above 0 (0x and hex digits, "
                                       "or decimal digits with K, M, G or T)", a.mem);
  if (a.padding && (mm_cli_u64(a.padding, &pad) || pad > MM_KASLR_PADDING_MAX))
    return mm_cli_usage_error("kaslr", "--padding '%s' is not a number of TiB up to 0x%x",
                              a.padding, MM_KASLR_PADDING_MAX);
  if (a.seed && mm_cli_u64(a.seed, &seed))
    return mm_cli_usage_error("kaslr", "--seed '%s' is not a number", a.seed);
  if (a.draws && parse_draws(a.draws, rand))
    return mm_cli_usage_error("kaslr", "--draws '%s' is not three numbers R0,R1,R2", a.draws);
  if (a.era && mm_kaslr_era_parse(a.era, &era))
    return mm_cli_usage_error("kaslr", "unknown --era '%s' (4.8, 4.15, 6.1)", a.era);
  if (a.format && strcmp(a.format, "table") != 0 && !(e = mm_emitter_find(a.format)))
    return mm_cli_usage_error("kaslr", "unknown format '%s'", a.format);
  if (a.out && a.out[0] == '\0')
    return mm_cli_usage_error("kaslr", "-o needs a file name");
  p = malloc(sizeof *p);
  o = malloc(sizeof *o);
  if (!p || !o) {
    fputs("mmspec kaslr: out of memory\n", stderr);
    status = MM_EXIT_UNUSABLE;
    goto done;
  }
  if ((status = (int)mm_source_load(p, a.source, &d)) != MM_EXIT_OK) {
    mm_diag_print(stderr, &d);
    goto done;
  }
  if (!a.era)
    era = mm_kaslr_era_default(&p->layout);
  if (mm_kaslr_model(&m, p, era, mem, pad, why, sizeof why)) {
    fprintf(stderr, "%s: %s\n", p->path, why);
    status = MM_EXIT_INVALID;
    goto done;
  }
  if (a.stats) {
    print_stats(p, &m);
    goto done;
  }
  if (!a.draws)
    for (int k = 0; k < 3; k++)
      rand[k] = mm_splitmix64(&seed);
  b = mm_kaslr_place(m.start, m.end, m.size, rand);
  if (mm_kaslr_layout(o, p, &m, &b, why, sizeof why)) {
    fprintf(stderr, "%s: %s\n", p->path, why);
    status = MM_EXIT_INVALID;
    goto done;
  }
  if (e == &table)
    printf("# kaslr (Linux %s): draws 0x%016" PRIx64 ",0x%016" PRIx64 ",0x%016" PRIx64
           "; page_offset_base=0x%016" PRIx64 " vmalloc_base=0x%016" PRIx64
           " vmemmap_base=0x%016" PRIx64 "\n",
           mm_kaslr_era_name(era), rand[0], rand[1], rand[2], b.direct_map, b.vmalloc,
           b.vmemmap);
  if ((e->check && e->check(o, &d) != 0) ||
      (a.out ? mm_output_file(a.out, e, o, &d) : mm_output_stdout(e, o, &d)) != 0) {
    mm_diag_print(stderr, &d);
    status = MM_EXIT_UNUSABLE;
  }
done:
  free(p);
  free(o);
  return status;
}
