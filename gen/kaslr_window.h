/* mmspec — the KASLR window and sizes `mmspec check --dump --bases [--mem]`
 * moves the randomized regions in: thin layout-level wrappers of the model
 * (kaslr_model.h: the window per Linux version; src/kaslr.h: the proven
 * sizes), in the era mm_kaslr_era_default picks (6.1 for a profile with a
 * cpu_entry_area, else 4.8). */
#ifndef MMSPEC_KASLR_WINDOW_H
#define MMSPEC_KASLR_WINDOW_H

#include <stdint.h>

#include "kaslr.h"
#include "mm_types.h"

/* What kernel_randomize_memory() sizes the regions by. */
struct mm_kaslr_mem {
  uint64_t mem_end;    /* max_pfn << PAGE_SHIFT: one past the last byte of RAM */
  uint64_t padding_tb; /* CONFIG_RANDOMIZE_MEMORY_PHYSICAL_PADDING, in TiB */
};

/* The kernel's window, vaddr_start .. vaddr_end - 1, in *lo and *hi: from
 * the randomized direct map at page-offset (__PAGE_OFFSET_BASE_L4/_L5) to
 * the last address before vaddr_end, the start of the espfix region (Linux
 * 4.8-4.14, ESPFIX_BASE_ADDR) or of the cpu_entry_area (4.15 on,
 * CPU_ENTRY_AREA_BASE). 0, or -1 when l has no such window. */
int mm_kaslr_linux_window(const struct mm_layout *l, uint64_t *lo, uint64_t *hi);

/* The window the bases are checked in with the profile's sizes (no --mem),
 * read off the profile alone: from the first randomized region to the end of
 * the holes after the last one. Not Linux's window (that is
 * mm_kaslr_linux_window): a check of the profile's own sizes, which Linux
 * does not use. */
int mm_kaslr_window(const struct mm_layout *l, uint64_t *lo, uint64_t *hi);

/* The size in bytes kaslr.c gives each randomized region of l, in size[i]
 * (0 for a region that is not randomized), from the proven mm_kaslr_sizes:
 * the direct map min(2^(pa_bits - 40), DIV_ROUND_UP(mem_end, 1 TiB) +
 * padding) TiB, vmalloc its size in the profile (VMALLOC_SIZE_TB), the
 * vmemmap 1 TiB (4.8) or sized from sizeof(struct page) (6.1). 0, or -1
 * when m->padding_tb is above MM_KASLR_PADDING_MAX or m->mem_end is 0. */
int mm_kaslr_linux_sizes(const struct mm_layout *l, const struct mm_kaslr_mem *m,
                         uint64_t size[MM_MAX_REGIONS]);

#endif
