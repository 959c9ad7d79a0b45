/* mmspec — the address window CONFIG_RANDOMIZE_MEMORY places the randomized
 * regions in, and the sizes it gives them. Narrow interfaces, so that the
 * exact model of kernel_randomize_memory() (issue 6) can replace their
 * bodies: mm_kaslr_window is an approximation read off the profile;
 * mm_kaslr_linux_window and mm_kaslr_linux_sizes follow Linux 6.1's
 * arch/x86/mm/kaslr.c (kaslr_window.c cites it line by line). */
#ifndef MMSPEC_KASLR_WINDOW_H
#define MMSPEC_KASLR_WINDOW_H

#include <stdint.h>

#include "mm_types.h"

/* The first and last address (inclusive) of the window of layout l in *lo
 * and *hi. 0, or -1 when l has no randomized region. */
int mm_kaslr_window(const struct mm_layout *l, uint64_t *lo, uint64_t *hi);

/* What kernel_randomize_memory() sizes the regions by. */
struct mm_kaslr_mem {
  uint64_t mem_end;    /* max_pfn << PAGE_SHIFT: one past the last byte of RAM */
  uint64_t padding_tb; /* CONFIG_RANDOMIZE_MEMORY_PHYSICAL_PADDING, in TiB */
};

/* The largest padding accepted (TiB): far above any direct map (2^12 TiB
 * with 5 levels), small enough that no sum overflows. */
#define MM_KASLR_PADDING_MAX 0x100000u

/* The kernel's window, vaddr_start .. vaddr_end - 1: from the start of the
 * first randomized region (__PAGE_OFFSET_BASE_L4/_L5) to the last address
 * before the first region after the last randomized one that is neither
 * randomized, a hole, nor the KASAN shadow (kaslr_memory_enabled() is false
 * with CONFIG_KASAN, so a kernel that randomizes has no shadow): the
 * cpu_entry_area (vaddr_end = CPU_ENTRY_AREA_BASE since 4.15) in the 4.15
 * and 4.20 profiles. 0, or -1 when l has no randomized region. */
int mm_kaslr_linux_window(const struct mm_layout *l, uint64_t *lo, uint64_t *hi);

/* The size in bytes kaslr.c gives each randomized region of l, in size[i]
 * (0 for a region that is not randomized): the direct map
 * min(2^(pa_bits - 40), DIV_ROUND_UP(mem_end, 1 TiB) + padding) TiB, the
 * vmemmap DIV_ROUND_UP(direct-map TiB << 28 * sizeof(struct page), 1 TiB)
 * TiB (sizeof(struct page) is 64 on x86-64), any other (vmalloc:
 * VMALLOC_SIZE_TB) its size in the profile. 0, or -1 when m->padding_tb is
 * above MM_KASLR_PADDING_MAX. */
int mm_kaslr_linux_sizes(const struct mm_layout *l, const struct mm_kaslr_mem *m,
                         uint64_t size[MM_MAX_REGIONS]);

#endif
