/* --format c: a header of the layout's constants for C, C++, assembly and
 * preprocessed linker scripts, with static assertions of the layout's facts
 * for C and C++. docs/headers.md describes how to use it. */
#include <ctype.h>
#include <inttypes.h>
#include <string.h>

#include "consts.h"
#include "emit.h"
#include "kinds.h"
#include "size.h"
#include "version.h"

/* The preamble after the map: MMSPEC_AC, like the kernel's _AC. */
static const char ac_text[] =
  "/* MMSPEC_AC(X, ULL): X with the suffix ULL in C and C++, and bare in\n"
  " * assembly (__ASSEMBLY__ or __ASSEMBLER__) and in linker scripts\n"
  " * (MMSPEC_LINKER_SCRIPT), whose syntax has no integer suffixes. ISO C90 and\n"
  " * C++98 have no long long: there it is UL, 64 bits on x86-64 (LP64). */\n"
  "#if defined(__ASSEMBLY__) || defined(__ASSEMBLER__) || defined(MMSPEC_LINKER_SCRIPT)\n"
  "#define MMSPEC_AC(X, Y) X\n"
  "#elif (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || \\\n"
  "    (defined(__cplusplus) && __cplusplus >= 201103L)\n"
  "#define MMSPEC__AC(X, Y) X##Y\n"
  "#define MMSPEC_AC(X, Y) MMSPEC__AC(X, Y)\n"
  "#else\n"
  "#define MMSPEC__AC(X, Y) X##UL\n"
  "#define MMSPEC_AC(X, Y) MMSPEC__AC(X, Y)\n"
  "#endif\n";

static const char assert_text[] =
  "/* The facts of the layout, checked by the compiler: C11 _Static_assert,\n"
  " * C++11 static_assert, or else a typedef of an array whose size is -1 when\n"
  " * the fact is false. Not in assembly or linker scripts. */\n"
  "#if !defined(__ASSEMBLY__) && !defined(__ASSEMBLER__) && !defined(MMSPEC_LINKER_SCRIPT)\n"
  "#if defined(__cplusplus) && __cplusplus >= 201103L\n"
  "#define MMSPEC_STATIC_ASSERT(ID, E, MSG) static_assert(E, MSG)\n"
  "#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L\n"
  "#define MMSPEC_STATIC_ASSERT(ID, E, MSG) _Static_assert(E, MSG)\n"
  "#else\n"
  "#define MMSPEC_STATIC_ASSERT(ID, E, MSG) typedef char mmspec_assert_##ID[(E) ? 1 : -1]\n"
  "/* MMSPEC_AC uses UL here: unsigned long must have 64 bits. */\n"
  "MMSPEC_STATIC_ASSERT(ulong_64, (~0UL >> 31 >> 31) == 3UL, \"unsigned long has 64 bits\");\n"
  "#endif\n";

static void ident_upper(char *dst, size_t cap, const char *name)
{
  size_t i = 0;
  for (; name[i] && i + 1 < cap; i++) {
    unsigned char c = (unsigned char)name[i];
    dst[i] = (char)(isalnum(c) && c < 0x80 ? toupper(c) : '_');
  }
  dst[i] = '\0';
}

static void put_fact(FILE *out, const char *id, const char *expr, const char *msg)
{
  fprintf(out, "MMSPEC_STATIC_ASSERT(%s,\n    %s,\n    \"%s\");\n", id, expr, msg);
}

static void map(FILE *out, const struct mm_profile *p, uint32_t n)
{
  fprintf(out,
          "/*\n * The layout: %" PRIu32 " regions, va-bits %" PRIu32 ", %" PRIu32
          "-level paging. END is inclusive.\n *\n",
          n, p->layout.va_bits, p->layout.levels);
  fprintf(out, " *   %-18s   %-18s  %-18s %-12s %s\n", "start", "end", "size", "kind", "name");
  for (uint32_t i = 0; i < n; i++) {
    const struct mm_region *r = &p->layout.region[i];
    const char *k = mm_kind_name(r->kind);
    char size[40];
    mm_size_format(size, sizeof size, r->start, r->end);
    fprintf(out, " *   0x%016" PRIx64 " - 0x%016" PRIx64 "  %-18s %-12s %s\n", r->start,
            r->end, size, k ? k : "?", p->rname[i]);
  }
  fputs(" */\n", out);
}

int mm_emit_c(FILE *out, const struct mm_profile *p)
{
  static struct mm_consts cs;
  char up[MM_PROFILE_NAME_MAX];
  size_t w = 0;
  uint32_t n = p->layout.nregions <= MM_MAX_REGIONS ? p->layout.nregions : MM_MAX_REGIONS;
  mm_consts_build(&cs, p);
  ident_upper(up, sizeof up, p->name);
  fputs("/* generated from ", out);
  mm_put_comment_text(out, p->path);
  fputs(" by mmspec " VERSION " \xe2\x80\x94 do not edit */\n", out);
  fputs("/* profile ", out);
  mm_put_comment_text(out, p->name);
  if (p->title[0]) {
    fputs(": ", out);
    mm_put_comment_text(out, p->title);
  }
  fputs(" */\n", out);
  fprintf(out, "#ifndef MMSPEC_LAYOUT_%s_H\n#define MMSPEC_LAYOUT_%s_H\n\n", up, up);
  map(out, p, n);
  fputc('\n', out);
  fputs(ac_text, out);
  for (size_t i = 0; i < cs.n; i++)
    if (strlen(cs.c[i].name) > w)
      w = strlen(cs.c[i].name);
  for (size_t i = 0; i < cs.n; i++) {
    const struct mm_const *c = &cs.c[i];
    if (c->group)
      fprintf(out, "\n/* %s */\n", c->group);
    if (c->region >= 0 && (i == 0 || cs.c[i - 1].region != c->region)) {
      fprintf(out, "/* %s", p->rname[c->region]);
      if (p->rdesc[c->region][0]) {
        fputs(": ", out);
        mm_put_comment_text(out, p->rdesc[c->region]);
      }
      fputs(" */\n", out);
    }
    if (c->hex)
      fprintf(out, "#define %-*s MMSPEC_AC(0x%016" PRIx64 ", ULL)\n", (int)w, c->name, c->value);
    else
      fprintf(out, "#define %-*s %" PRIu64 "\n", (int)w, c->name, c->value);
  }
  fputc('\n', out);
  fputs(assert_text, out);
  mm_facts(out, p, "MMSPEC_AC(0xffffffffffffffff, ULL)", put_fact);
  fputs("#endif /* C or C++ */\n\n#endif\n", out);
  return ferror(out) ? -1 : 0;
}
