/* mmspec — CONFIG_RANDOMIZE_MEMORY applied to a profile: the window and the
 * rules of a Linux version read off the profile's regions, the proven sizes
 * and placement of src/kaslr.h, and the layout that results (docs/kaslr.md).
 * The layout is accepted only after the proven validator has (with rule
 * dm-size relaxed, as kaslr.c sizes the direct map by the memory). */
#ifndef MMSPEC_KASLR_MODEL_H
#define MMSPEC_KASLR_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "kaslr.h"
#include "profile.h"

/* The Linux versions whose kernel_randomize_memory() is modelled. */
enum mm_kaslr_era {
  MM_KASLR_ERA_4_8 = 0,  /* 4.8-4.14: vaddr_end ESPFIX_BASE_ADDR, vmemmap 1 TiB        */
  MM_KASLR_ERA_4_15 = 1, /* 4.15-2019: vaddr_end CPU_ENTRY_AREA_BASE, vmemmap 1 TiB    */
  MM_KASLR_ERA_6_1 = 2,  /* 2019 on (6.1): CPU_ENTRY_AREA_BASE, vmemmap by struct page */
  MM_KASLR_ERA_COUNT = 3
};

/* "4.8", "4.15", "6.1"; era_parse: 0, or -1 for an unknown name. */
const char *mm_kaslr_era_name(unsigned era);
int mm_kaslr_era_parse(const char *s, unsigned *era);
/* The era a layout is randomized with by default: 6.1 when it has a
 * cpu_entry_area, else 4.8. */
unsigned mm_kaslr_era_default(const struct mm_layout *l);

/* Everything kernel_randomize_memory() needs, read off a profile. */
struct mm_kaslr_model {
  unsigned era;
  uint32_t dm, vm, vmemmap;   /* indices of the three randomized regions        */
  uint32_t first, endr;       /* window regions first .. endr - 1; endr starts at vaddr_end */
  uint64_t start, end;        /* vaddr_start, vaddr_end                          */
  struct mm_kaslr_sizes size; /* proven mm_kaslr_sizes                           */
  uint64_t remain;            /* remain_entropy                                  */
};

/* The window of layout l in era: the direct map at page-offset (randomized)
 * is region *first, the region whose start is vaddr_end is *endr. 0; 1 when
 * there is no such direct map, 2 when no region of the era's end kind
 * follows it. */
int mm_kaslr_window_of(const struct mm_layout *l, unsigned era, uint32_t *first, uint32_t *endr);

/* Read the model of p for era, memory size mem_end and padding (TiB).
 * 0, or -1 with the rule and message in why ("window: ...", "vmemmap: ...",
 * "room: ..."). */
int mm_kaslr_model(struct mm_kaslr_model *m, const struct mm_profile *p, unsigned era,
                   uint64_t mem_end, uint64_t padding_tb, char *why, size_t whycap);

/* The layout with the three regions at the bases b (status FIT), as profile
 * *out (names kept; the window's holes renamed kaslr_hole_N, the KASAN
 * shadow, unused when memory is randomized, dropped). Validated by the proven
 * mm_layout_validate: 0, or -1 with why. */
int mm_kaslr_layout(struct mm_profile *out, const struct mm_profile *p,
                    const struct mm_kaslr_model *m, const struct mm_kaslr_bases *b,
                    char *why, size_t whycap);

/* Whether the bases b can come out of kernel_randomize_memory() for some
 * draw: 0, or -1 with the region index (0 direct map, 1 vmalloc, 2 vmemmap)
 * in *which and the reason in why. */
int mm_kaslr_reachable(const struct mm_kaslr_model *m, const uint64_t b[3], unsigned *which,
                       char *why, size_t whycap);

/* The exact number of bases each region can get (PUD-aligned positions),
 * and how many of the vmemmap's end inside the window (fit). */
struct mm_kaslr_stats {
  uint64_t positions[3];
  uint64_t vmemmap_fit;
};
void mm_kaslr_stats(const struct mm_kaslr_model *m, struct mm_kaslr_stats *s);

/* splitmix64 (Steele, Lea, Flood 2014; the public-domain reference
 * constants): the draws of `mmspec kaslr --seed N`. */
uint64_t mm_splitmix64(uint64_t *state);

#endif
