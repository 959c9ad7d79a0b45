/* The KASLR window and sizes of a layout (kaslr_window.h), from the model:
 * kaslr_model.c reads the window per Linux version, src/kaslr.c (proven)
 * gives the sizes. */
#include "kaslr_window.h"

#include "kaslr_model.h"

int mm_kaslr_linux_window(const struct mm_layout *l, uint64_t *lo, uint64_t *hi)
{
  uint32_t first, endr;
  if (mm_kaslr_window_of(l, mm_kaslr_era_default(l), &first, &endr))
    return -1;
  *lo = l->region[first].start;
  *hi = l->region[endr].start - 1;
  return 0;
}

/* The first and last randomized region: 0, or -1 when there is none. */
static int randomized_span(const struct mm_layout *l, uint32_t *first, uint32_t *last)
{
  uint32_t n = l->nregions < MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  *first = n;
  *last = 0;
  for (uint32_t i = 0; i < n; i++)
    if (l->region[i].randomized) {
      if (*first == n)
        *first = i;
      *last = i;
    }
  return *first == n ? -1 : 0;
}

int mm_kaslr_window(const struct mm_layout *l, uint64_t *lo, uint64_t *hi)
{
  uint32_t first, last, n = l->nregions < MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  if (randomized_span(l, &first, &last))
    return -1;
  while (last + 1 < n && l->region[last + 1].kind == MM_KIND_HOLE)
    last++;
  *lo = l->region[first].start;
  *hi = l->region[last].end;
  return 0;
}

int mm_kaslr_linux_sizes(const struct mm_layout *l, const struct mm_kaslr_mem *m,
                         uint64_t size[MM_MAX_REGIONS])
{
  static const uint32_t rule[MM_KASLR_ERA_COUNT] = {
    MM_KASLR_VMEMMAP_1TB, MM_KASLR_VMEMMAP_1TB, MM_KASLR_VMEMMAP_STRUCT_PAGE};
  uint32_t n = l->nregions < MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  uint64_t vmalloc = 0;
  struct mm_kaslr_sizes s;
  if (m->padding_tb > MM_KASLR_PADDING_MAX || m->mem_end == 0 ||
      (l->pa_bits != 46 && l->pa_bits != 52))
    return -1;
  for (uint32_t i = 0; i < n; i++)
    if (l->region[i].randomized && l->region[i].kind == MM_KIND_VMALLOC)
      vmalloc = l->region[i].end - l->region[i].start + 1;
  s = mm_kaslr_sizes(l->pa_bits, m->mem_end, m->padding_tb, vmalloc,
                     rule[mm_kaslr_era_default(l)]);
  for (uint32_t i = 0; i < MM_MAX_REGIONS; i++)
    size[i] = 0;
  for (uint32_t i = 0; i < n; i++) {
    const struct mm_region *r = &l->region[i];
    if (!r->randomized)
      continue;
    if (r->kind == MM_KIND_DIRECT_MAP)
      size[i] = s.direct_map;
    else if (r->kind == MM_KIND_VMEMMAP)
      size[i] = s.vmemmap;
    else
      size[i] = r->end - r->start + 1 == 0 ? UINT64_MAX : r->end - r->start + 1;
  }
  return 0;
}
