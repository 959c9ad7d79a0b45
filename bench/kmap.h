/* bench/kmap.h — a kernel-style page-table mapper for the map benchmark
 * (bench/map.c): written the way Linux's kernel_physical_mapping_init
 * (arch/x86/mm/init_64.c, phys_p4d/pud/pmd/pte_init) and
 * kernel_ident_mapping_init (arch/x86/mm/ident_map.c) are: shifts and
 * masks, one pass, a table allocated the first time an entry is empty, a
 * leaf whenever the entry's span is inside the range and pa is aligned.
 * No count pass, no overlap check, no pool record: that is the point of the
 * comparison. Not proven, not part of the library. */
#ifndef MMSPEC_BENCH_KMAP_H
#define MMSPEC_BENCH_KMAP_H

#include <stdint.h>

struct kmap_pool {
  uint64_t *word;   /* nframes * 512 entries, frame i at base + i * 4096 */
  uint64_t base;
  uint32_t nframes;
  uint32_t used;
};

/* Frame 0 becomes the (zeroed) top-level table. */
void kmap_init(struct kmap_pool *p, uint64_t *word, uint64_t base, uint32_t nframes);

/* Map [va, va + size) -> pa with the leaf flags prot (P added), levels 4
 * or 5, pages up to 1 GiB (gb) or 2 MiB, or 4 KiB only (small). 0, or -1
 * when the pool runs out (the tables then hold part of the range). */
int kmap_range(struct kmap_pool *p, int levels, uint64_t va, uint64_t pa, uint64_t size,
               uint64_t prot, int gb, int small);

#endif
