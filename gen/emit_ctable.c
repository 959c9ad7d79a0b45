/* --format ctable: the layout as a struct mm_layout, for the proofs and the
 * tests. Every number is taken from the `c` header of the same profile
 * (layout_<profile>.h, which the build generates beside it), so that the
 * proof that this table is a ValidLayout is a proof about the constants that
 * kernels include; the hex value is repeated in a comment for the reader. */
#include <ctype.h>
#include <inttypes.h>
#include <string.h>

#include "consts.h"
#include "emit.h"
#include "kinds.h"
#include "version.h"

/* Text inside a C comment: never forms a comment delimiter, never a control
 * character (a path from the command line may hold anything). */
static void put_comment_text(FILE *out, const char *s)
{
  char prev = 0;
  for (; *s; s++) {
    char c = *s;
    if ((prev == '/' && c == '*') || (prev == '*' && c == '/'))
      putc(' ', out);
    if ((unsigned char)c < 0x20 || c == 0x7F)
      c = '?';
    putc(c, out);
    prev = c;
  }
}

/* The profile name as a C identifier fragment: every byte that is not a
 * letter or digit becomes '_'; upper selects upper case. */
static void ident(char *dst, size_t cap, const char *name, int upper)
{
  size_t i = 0;
  for (; name[i] && i + 1 < cap; i++) {
    unsigned char c = (unsigned char)name[i];
    if (!isalnum(c) || c > 0x7F)
      c = '_';
    dst[i] = (char)(upper ? toupper(c) : tolower(c));
  }
  dst[i] = '\0';
}

static void region(FILE *out, const struct mm_profile *p, uint32_t i)
{
  const struct mm_region *r = &p->layout.region[i];
  const char *k = mm_kind_enum(r->kind);
  char pre[MM_REGION_NAME_MAX + 16];
  mm_consts_region_prefix(pre, sizeof pre, p, i);
  fprintf(out, "    [%" PRIu32 "] = { /* %s", i, p->rname[i]);
  if (p->rdesc[i][0]) {
    fputs(": ", out);
    put_comment_text(out, p->rdesc[i]);
  }
  fputs(" */\n", out);
  fprintf(out,
          "      .start = %s_START, /* 0x%016" PRIx64 " */\n"
          "      .end = %s_END, /* 0x%016" PRIx64 " */\n"
          "      .align = %s_ALIGN, .kind = %s,\n"
          "      .randomized = %u, .own_pgd = %u, .lazy_sync = %u },\n",
          pre, r->start, pre, r->end, pre, k ? k : "MM_KIND_COUNT", (unsigned)r->randomized,
          (unsigned)r->own_pgd, (unsigned)r->lazy_sync);
}

int mm_emit_ctable(FILE *out, const struct mm_profile *p)
{
  const struct mm_layout *l = &p->layout;
  uint32_t n = l->nregions <= MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  char lo[MM_PROFILE_NAME_MAX], up[MM_PROFILE_NAME_MAX];
  ident(lo, sizeof lo, p->name, 0);
  ident(up, sizeof up, p->name, 1);
  fputs("/* generated from ", out);
  put_comment_text(out, p->path);
  fputs(" by mmspec " VERSION " \xe2\x80\x94 do not edit */\n", out);
  if (p->title[0]) {
    fputs("/* ", out);
    put_comment_text(out, p->title);
    fputs(" */\n", out);
  }
  fprintf(out, "#ifndef MMSPEC_PROFILE_%s_H\n#define MMSPEC_PROFILE_%s_H\n\n", up, up);
  fputs("#include \"mm_types.h\"\n", out);
  fputs("#include \"layout_", out);
  put_comment_text(out, p->name);
  fputs(".h\" /* the `c` format of the same profile */\n\n", out);
  fprintf(out, "#define MMSPEC_PROFILE_%s_NREGIONS %" PRIu32 "u\n\n", up, n);
  fprintf(out, "static const struct mm_layout mmspec_profile_%s = {\n", lo);
  fprintf(out, "  .va_bits = MMSPEC_VA_BITS, /* %" PRIu32 " */\n", l->va_bits);
  fprintf(out, "  .levels = MMSPEC_LEVELS, /* %" PRIu32 " */\n", l->levels);
  fprintf(out, "  .pa_bits = MMSPEC_PA_BITS, /* %" PRIu32 " */\n", l->pa_bits);
  fprintf(out, "  .nregions = MMSPEC_PROFILE_%s_NREGIONS,\n", up);
  fprintf(out, "  .page_offset = MMSPEC_PAGE_OFFSET, /* 0x%016" PRIx64 " */\n", l->page_offset);
  fputs("  .region = {\n", out);
  for (uint32_t i = 0; i < n; i++)
    region(out, p, i);
  fputs("  },\n};\n\n", out);
  fprintf(out, "static const char *const mmspec_profile_%s_names[MMSPEC_PROFILE_%s_NREGIONS] = {\n",
          lo, up);
  for (uint32_t i = 0; i < n; i++)
    fprintf(out, "  \"%s\",\n", p->rname[i]);
  fputs("};\n\n#endif\n", out);
  return ferror(out) ? -1 : 0;
}
