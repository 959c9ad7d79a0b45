/* The `show` table. Column widths follow the widest entry, so the table
 * stays aligned for any profile; no line carries trailing blanks. */
#include "show.h"

#include <inttypes.h>
#include <string.h>

#include "kinds.h"
#include "size.h"

#define SIZE_MAX_TEXT 40

/* The names of the regions whose flag is set, in region order; "-" if none. */
static void flag_line(FILE *out, const struct mm_profile *p, const char *key, int which)
{
  int any = 0;
  fprintf(out, "%-12s", key);
  for (uint32_t i = 0; i < p->layout.nregions; i++) {
    const struct mm_region *r = &p->layout.region[i];
    int set = which == 0 ? r->randomized : which == 1 ? r->own_pgd : r->lazy_sync;
    if (set) {
      fprintf(out, " %s", p->rname[i]);
      any = 1;
    }
  }
  fputs(any ? "\n" : " -\n", out);
}

static void header(FILE *out, const struct mm_profile *p)
{
  const struct mm_layout *l = &p->layout;
  char phys[SIZE_MAX_TEXT] = "?";
  if (l->pa_bits > 0 && l->pa_bits <= 64)
    mm_size_format(phys, sizeof phys, 0, l->pa_bits == 64 ? UINT64_MAX
                                                           : (UINT64_C(1) << l->pa_bits) - 1);
  fprintf(out, "%-12s %s\n", "profile", p->name);
  if (p->title[0])
    fprintf(out, "%-12s %s\n", "title", p->title);
  fprintf(out, "%-12s %s\n", "source", p->path);
  fprintf(out, "%-12s 0x%" PRIx32 " (%" PRIu32 " bits)\n", "va-bits", l->va_bits, l->va_bits);
  fprintf(out, "%-12s 0x%" PRIx32 " (%" PRIu32 "-level paging)\n", "levels", l->levels,
          l->levels);
  fprintf(out, "%-12s 0x%" PRIx32 " (%" PRIu32 " bits: the direct map must cover %s)\n", "pa-bits",
          l->pa_bits, l->pa_bits, phys);
  fprintf(out, "%-12s 0x%016" PRIx64 "\n", "page-offset", l->page_offset);
  flag_line(out, p, "randomize", 0);
  flag_line(out, p, "own-pgd", 1);
  flag_line(out, p, "lazy-sync", 2);
  fprintf(out, "%-12s %" PRIu32 ", a valid layout (proven validator)\n", "regions",
          l->nregions);
}

int mm_show(FILE *out, const struct mm_profile *p)
{
  const struct mm_layout *l = &p->layout;
  char size[MM_MAX_REGIONS][SIZE_MAX_TEXT];
  uint32_t n = l->nregions <= MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  int wsize = 4, wkind = 4, wname = 4;
  header(out, p);
  for (uint32_t i = 0; i < n; i++) {
    const struct mm_region *r = &l->region[i];
    const char *k = mm_kind_name(r->kind);
    char tmp[SIZE_MAX_TEXT - 4];
    mm_size_format(tmp, sizeof tmp, r->start, r->end);
    snprintf(size[i], sizeof size[i], "(=%s)", tmp);
    if ((int)strlen(size[i]) > wsize)
      wsize = (int)strlen(size[i]);
    if (k && (int)strlen(k) > wkind)
      wkind = (int)strlen(k);
    if ((int)strlen(p->rname[i]) > wname)
      wname = (int)strlen(p->rname[i]);
  }
  fprintf(out, "\n%-16s   %-16s %-*s %-*s %-*s %s\n", "start", "end", wsize, "size", wkind,
          "kind", wname, "name", "description");
  for (uint32_t i = 0; i < n; i++) {
    const struct mm_region *r = &l->region[i];
    const char *k = mm_kind_name(r->kind);
    if (p->rdesc[i][0])
      fprintf(out, "%016" PRIx64 " - %016" PRIx64 " %-*s %-*s %-*s %s\n", r->start, r->end,
              wsize, size[i], wkind, k ? k : "?", wname, p->rname[i], p->rdesc[i]);
    else
      fprintf(out, "%016" PRIx64 " - %016" PRIx64 " %-*s %-*s %s\n", r->start, r->end, wsize,
              size[i], wkind, k ? k : "?", p->rname[i]);
  }
  return fflush(out) || ferror(out) ? -1 : 0;
}
