/* --format md: the layout as Markdown: the parameters as a list, then one
 * table row per region (start, end, size, kind, name, description), sizes in
 * the words of `mmspec show` (gen/size.c). */
#include <inttypes.h>
#include <stddef.h>
#include <string.h>

#include "canonical.h"
#include "consts.h"
#include "direct_map.h"
#include "emit.h"
#include "kinds.h"
#include "size.h"
#include "version.h"

/* Text in a table cell or list item: Markdown punctuation escaped, control
 * characters replaced by '?'. */
static void put_md_text(FILE *out, const char *s)
{
  for (; *s; s++) {
    char c = *s;
    if ((unsigned char)c < 0x20 || c == 0x7F)
      c = '?';
    if (strchr("\\`*_[]<>|#!~&", c))
      putc('\\', out);
    putc(c, out);
  }
}

/* The names of the regions with flag f set, as a list item. */
static void flag_item(FILE *out, const struct mm_profile *p, uint32_t n, const char *key,
                      size_t off, const char *meaning)
{
  int any = 0;
  fprintf(out, "- %s:", key);
  for (uint32_t i = 0; i < n; i++) {
    const unsigned char *r = (const unsigned char *)&p->layout.region[i];
    if (r[off]) {
      fprintf(out, "%s `%s`", any ? "," : "", p->rname[i]);
      any = 1;
    }
  }
  fprintf(out, "%s (%s)\n", any ? "" : " none", meaning);
}

int mm_emit_md(FILE *out, const struct mm_profile *p)
{
  const struct mm_layout *l = &p->layout;
  uint32_t n = l->nregions <= MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  uint64_t limit = mm_phys_limit(l->pa_bits);
  char size[40];
  fputs("<!-- generated from ", out);
  mm_put_markup_comment_text(out, p->path);
  fputs(" by mmspec " VERSION " \xe2\x80\x94 do not edit -->\n\n", out);
  fprintf(out, "# Layout `%s`\n\n", p->name);
  if (p->title[0]) {
    put_md_text(out, p->title);
    fputs("\n\n", out);
  }
  fputs("## Parameters\n\n", out);
  fprintf(out, "- va-bits: %" PRIu32 " (canonical halves below `0x%016" PRIx64
               "` and from `0x%016" PRIx64 "`)\n",
          l->va_bits, mm_hole_start(l->va_bits), mm_hole_end(l->va_bits) + 1u);
  fprintf(out, "- levels: %" PRIu32 " (%" PRIu32 "-level paging)\n", l->levels, l->levels);
  mm_size_format(size, sizeof size, 0, limit - 1u);
  fprintf(out, "- pa-bits: %" PRIu32 " (physical limit `0x%016" PRIx64 "`, %s)\n", l->pa_bits,
          limit, size);
  fprintf(out, "- page-offset: `0x%016" PRIx64 "` (start of the direct map)\n", l->page_offset);
  fprintf(out, "- regions: %" PRIu32 ", END inclusive\n", n);
  flag_item(out, p, n, "randomized", offsetof(struct mm_region, randomized),
            "moved at boot by CONFIG_RANDOMIZE_MEMORY");
  flag_item(out, p, n, "own-pgd", offsetof(struct mm_region, own_pgd),
            "mapped only in a private top-level table");
  flag_item(out, p, n, "lazy-sync", offsetof(struct mm_region, lazy_sync),
            "synchronized lazily into the processes' top-level tables");
  fputs("\n## Regions\n\n", out);
  fputs("| start | end | size | kind | name | description |\n", out);
  fputs("| --- | --- | --- | --- | --- | --- |\n", out);
  for (uint32_t i = 0; i < n; i++) {
    const struct mm_region *r = &l->region[i];
    const char *k = mm_kind_name(r->kind);
    mm_size_format(size, sizeof size, r->start, r->end);
    fprintf(out, "| `0x%016" PRIx64 "` | `0x%016" PRIx64 "` | %s | %s | `%s` | ", r->start,
            r->end, size, k ? k : "?", p->rname[i]);
    put_md_text(out, p->rdesc[i]);
    fputs(" |\n", out);
  }
  return ferror(out) ? -1 : 0;
}
