/* CONFIG_RANDOMIZE_MEMORY: the placement arch/x86/mm/kaslr.c
 * kernel_randomize_memory() gives the direct map, vmalloc and vmemmap
 * (docs/kaslr.md: the model per Linux version, where it differs, what is
 * proven).
 *
 * The three random 64-bit values Linux draws with prandom_bytes_state() are
 * inputs (rand[0..2], one per region), so every contract here holds for every
 * draw. The window (vaddr_start, vaddr_end) and the vmalloc size come from a
 * profile (gen/kaslr_model.c reads them off its regions); nothing here
 * hard-codes a region address. Logic: spec/acsl/Kaslr.acsl. */
#ifndef MMSPEC_KASLR_H
#define MMSPEC_KASLR_H

#include "mm_types.h"
#include "Kaslr.acsl"

#define MM_KASLR_TIB 0x0000010000000000ULL /* 1UL << TB_SHIFT */

/* The largest CONFIG_RANDOMIZE_MEMORY_PHYSICAL_PADDING accepted (TiB): far
 * above any direct map (2^12 TiB with 5 levels), small enough that no sum
 * overflows. */
#define MM_KASLR_PADDING_MAX 0x100000u

/* The largest vaddr_end accepted: 2^64 - 4 GiB, so that the end of the last
 * region (at most vaddr_end + 2 GiB, see mm_kaslr_place) stays in 64 bits.
 * Linux's vaddr_end is CPU_ENTRY_AREA_BASE or ESPFIX_BASE_ADDR, far below. */
#define MM_KASLR_END_MAX 0xFFFFFFFF00000000ULL

/* The largest region size accepted: 2^60 bytes (Linux's largest, the 5-level
 * vmalloc, is 12800 TiB < 2^54). */
#define MM_KASLR_SIZE_MAX 0x1000000000000000ULL

/* How kaslr_regions[2].size_tb (the vmemmap) is set. */
enum mm_kaslr_vmemmap {
  /* Linux 4.8 .. 2019: { &vmemmap_base, 1 }, 1 TiB whatever the memory */
  MM_KASLR_VMEMMAP_1TB = 0,
  /* the 2019 fix ("x86/mm/KASLR: Compute the size of the vmemmap section
   * properly"), 6.1 has it: DIV_ROUND_UP(size_tb[0] << 28 * sizeof(struct page), 1 TiB) */
  MM_KASLR_VMEMMAP_STRUCT_PAGE = 1
};

/* Sizes in bytes (kaslr_regions[i].size_tb << TB_SHIFT, get_padding()). */
struct mm_kaslr_sizes {
  uint64_t direct_map;
  uint64_t vmalloc;
  uint64_t vmemmap;
};

enum mm_kaslr_status {
  MM_KASLR_FIT = 0,     /* every region ends before vaddr_end                */
  MM_KASLR_SPILL = 1,   /* the vmemmap ends past vaddr_end - 1 (by <= 2 GiB) */
  MM_KASLR_NO_ROOM = 2  /* the sizes exceed the window: remain_entropy wraps  */
};

/* The bases kernel_randomize_memory() stores in page_offset_base,
 * vmalloc_base and vmemmap_base, and whether the result fits the window. */
struct mm_kaslr_bases {
  uint64_t direct_map;
  uint64_t vmalloc;
  uint64_t vmemmap;
  uint32_t status; /* enum mm_kaslr_status */
  uint32_t reserved_;
};

/* One turn of the loop of kernel_randomize_memory() (Linux 4.8 .. 6.10):
 *   entropy = remain_entropy / (ARRAY_SIZE(kaslr_regions) - i);
 *   entropy = (rand % (entropy + 1)) & PUD_MASK;
 *   vaddr += entropy;  *kaslr_regions[i].base = vaddr;
 *   vaddr += get_padding(&kaslr_regions[i]);
 *   vaddr = round_up(vaddr + 1, PUD_SIZE);
 *   remain_entropy -= entropy;
 * with left = 3 - i. */
struct mm_kaslr_step {
  uint64_t base;   /* *kaslr_regions[i].base            */
  uint64_t vaddr;  /* vaddr for the next region          */
  uint64_t remain; /* remain_entropy for the next region */
};

/*@
  requires left:    1 <= left <= 3;
  requires aligned: vaddr % KPud == 0 && size % KPud == 0;
  requires room:    vaddr + remain + size + KPud <= 0xFFFFFFFFFFFFFFFF;
  terminates \true;
  assigns \nothing;
  ensures base:     \result.base == vaddr + KaslrEntropy(rand, remain, left);
  ensures entropy:  0 <= \result.base - vaddr <= remain / left;
  ensures next:     \result.vaddr == KaslrRoundUp(\result.base + size + 1);
  ensures gap:      \result.vaddr == \result.base + size + KPud;
  ensures remain:   \result.remain == remain - (\result.base - vaddr);
  ensures base_aligned: \result.base % KPud == 0;
*/
struct mm_kaslr_step mm_kaslr_step(uint64_t vaddr, uint64_t remain, uint64_t size,
                                   uint64_t rand, uint32_t left);

/* The sizes kernel_randomize_memory() gives the three regions:
 *   memory_tb = DIV_ROUND_UP(max_pfn << PAGE_SHIFT, 1UL << TB_SHIFT) +
 *               CONFIG_RANDOMIZE_MEMORY_PHYSICAL_PADDING;
 *   size_tb[0] = min(1 << (MAX_PHYSMEM_BITS - TB_SHIFT), memory_tb)   (4.8: 64 TiB)
 *   size_tb[1] = VMALLOC_SIZE_TB                       (here: vmalloc_size bytes)
 *   size_tb[2] = 1, or from sizeof(struct page) (enum mm_kaslr_vmemmap).
 * mem_end is max_pfn << PAGE_SHIFT, one past the last byte of RAM. */
/*@
  requires pa_bits: pa_bits == 46 || pa_bits == 52;
  requires mem:     mem_end > 0;
  requires padding: padding_tb <= MM_KASLR_PADDING_MAX;
  requires rule:    rule == MM_KASLR_VMEMMAP_1TB || rule == MM_KASLR_VMEMMAP_STRUCT_PAGE;
  terminates \true;
  assigns \nothing;
  ensures direct_map: \result.direct_map ==
                        KaslrDirectTb(pa_bits, mem_end, padding_tb) * KTib;
  ensures vmalloc:    \result.vmalloc == vmalloc_size;
  ensures vmemmap_1tb:  rule == MM_KASLR_VMEMMAP_1TB ==> \result.vmemmap == KTib;
  ensures vmemmap_page: rule == MM_KASLR_VMEMMAP_STRUCT_PAGE ==>
                          \result.vmemmap ==
                          KaslrVmemmapTb(KaslrDirectTb(pa_bits, mem_end, padding_tb)) * KTib;
  ensures dm_bounds:  KTib <= \result.direct_map <= PhysLimit(pa_bits);
  ensures dm_tib:     \result.direct_map % KTib == 0;
  ensures vmemmap_bounds: KTib <= \result.vmemmap <= 64 * KTib && \result.vmemmap % KTib == 0;
  ensures covers_memory: mem_end <= PhysLimit(pa_bits) ==> \result.direct_map >= mem_end;
  ensures covers_vmemmap: rule == MM_KASLR_VMEMMAP_STRUCT_PAGE ==>
                            KaslrVmemmapCovers(\result.direct_map, \result.vmemmap);
*/
struct mm_kaslr_sizes mm_kaslr_sizes(uint32_t pa_bits, uint64_t mem_end, uint64_t padding_tb,
                                     uint64_t vmalloc_size, uint32_t rule);

/* Whether the vmemmap holds a struct page for every page of the direct map
 * (the 1 TiB vmemmap before the 2019 fix does not with 5-level memory > 64 TiB). */
/*@
  terminates \true;
  assigns \nothing;
  ensures result: \result == 0 || \result == 1;
  ensures covers: \result == 1 <==> KaslrVmemmapCovers(s.direct_map, s.vmemmap);
*/
int mm_kaslr_vmemmap_ok(struct mm_kaslr_sizes s);

/* kernel_randomize_memory()'s placement in the window start .. end - 1
 * (vaddr_start .. vaddr_end - 1), for the draws rand[0..2].
 *
 * What holds for every draw (Linux's algorithm, not a tidied one):
 * remain_entropy counts the window minus the three sizes but not the two
 * PUD_SIZE gaps round_up(vaddr + 1, PUD_SIZE) leaves after the first two
 * regions, so the direct map and vmalloc always end inside the window while
 * the vmemmap ends at most 2 GiB - 1 past vaddr_end - 1 (bound_vmemmap; the
 * bound is reached, docs/kaslr.md). status says which. */
/*@
  requires valid:   \valid_read(rand + (0 .. 2));
  requires aligned: start % KPud == 0;
  requires sizes:   s.direct_map % KPud == 0 && s.vmalloc % KPud == 0 && s.vmemmap % KPud == 0;
  requires nonempty: s.direct_map >= KPud && s.vmalloc >= KPud && s.vmemmap >= KPud;
  requires small:   s.direct_map <= MM_KASLR_SIZE_MAX && s.vmalloc <= MM_KASLR_SIZE_MAX &&
                    s.vmemmap <= MM_KASLR_SIZE_MAX;
  requires window:  start < end <= MM_KASLR_END_MAX;
  terminates \true;
  assigns \nothing;

  behavior no_room:
    assumes end - start < s.direct_map + s.vmalloc + s.vmemmap;
    ensures status: \result.status == MM_KASLR_NO_ROOM;
  behavior placed:
    assumes end - start >= s.direct_map + s.vmalloc + s.vmemmap;
    // remain_entropy R; each later draw sees R minus the entropy already used
    ensures base_direct_map: \let R = end - start - s.direct_map - s.vmalloc - s.vmemmap;
      \result.direct_map == start + KaslrEntropy(rand[0], R, 3);
    ensures base_vmalloc: \let R = end - start - s.direct_map - s.vmalloc - s.vmemmap;
      \result.vmalloc == KaslrRoundUp(\result.direct_map + s.direct_map + 1) +
        KaslrEntropy(rand[1], R - (\result.direct_map - start), 2);
    ensures base_vmemmap: \let R = end - start - s.direct_map - s.vmalloc - s.vmemmap;
      \result.vmemmap == KaslrRoundUp(\result.vmalloc + s.vmalloc + 1) +
        KaslrEntropy(rand[2], R - (\result.direct_map - start) -
                     (\result.vmalloc - (\result.direct_map + s.direct_map + KPud)), 1);
    ensures aligned: \result.direct_map % KPud == 0 && \result.vmalloc % KPud == 0 &&
                     \result.vmemmap % KPud == 0;
    ensures order_start: start <= \result.direct_map;
    ensures gap_direct_map_vmalloc: \result.direct_map + s.direct_map + KPud <= \result.vmalloc;
    ensures gap_vmalloc_vmemmap:    \result.vmalloc + s.vmalloc + KPud <= \result.vmemmap;
    ensures bound_direct_map: \result.direct_map + s.direct_map + KPud + s.vmalloc + KPud +
                              s.vmemmap <= end + 2 * KPud;
    ensures bound_vmalloc: \result.vmalloc + s.vmalloc + KPud + s.vmemmap <= end + 2 * KPud;
    ensures inside_direct_map: \result.direct_map + s.direct_map <= end;
    ensures inside_vmalloc:    \result.vmalloc + s.vmalloc <= end;
    ensures bound_vmemmap: \result.vmemmap + s.vmemmap <= end + 2 * KPud;
    ensures fit:   \result.status == MM_KASLR_FIT <==> \result.vmemmap + s.vmemmap <= end;
    ensures spill: \result.status == MM_KASLR_SPILL <==> \result.vmemmap + s.vmemmap > end;
  complete behaviors;
  disjoint behaviors;
*/
struct mm_kaslr_bases mm_kaslr_place(uint64_t start, uint64_t end, struct mm_kaslr_sizes s,
                                     const uint64_t rand[3]);

/* The KASLR window of a layout, as kernel_randomize_memory() has it:
 * vaddr_start is the start of the randomized direct map at page-offset
 * (__PAGE_OFFSET_BASE, __PAGE_OFFSET_BASE_L4/_L5), region first; vaddr_end is
 * the start of the first region of kind end_kind after it (MM_KIND_ESPFIX:
 * ESPFIX_BASE_ADDR, Linux 4.8-4.14; MM_KIND_CPU_ENTRY: CPU_ENTRY_AREA_BASE,
 * 4.15 on), region endr. */
enum mm_kaslr_window_status {
  MM_KASLR_WINDOW_OK = 0,
  MM_KASLR_WINDOW_NO_DIRECT_MAP = 1, /* no randomized direct map at page-offset */
  MM_KASLR_WINDOW_NO_END = 2,        /* no end_kind region after it               */
  MM_KASLR_WINDOW_FIXED = 3          /* region bad is KaslrFixed, in the window   */
};

struct mm_kaslr_window {
  uint32_t status; /* enum mm_kaslr_window_status */
  uint32_t first;  /* the direct map                                   */
  uint32_t endr;   /* the region at vaddr_end                          */
  uint32_t bad;    /* MM_KASLR_WINDOW_FIXED: the first fixed region    */
};


/*@
  requires valid: \valid_read(l);
  requires count: 1 <= l->nregions <= MM_MAX_REGIONS;
  terminates \true;
  assigns \nothing;
  ensures status: \result.status == MM_KASLR_WINDOW_OK ||
                  \result.status == MM_KASLR_WINDOW_NO_DIRECT_MAP ||
                  \result.status == MM_KASLR_WINDOW_NO_END ||
                  \result.status == MM_KASLR_WINDOW_FIXED;
  ensures no_dm: \result.status == MM_KASLR_WINDOW_NO_DIRECT_MAP ==>
    \forall integer i; 0 <= i < l->nregions ==> !KaslrWindowDm(l, i);
  ensures first: \result.status != MM_KASLR_WINDOW_NO_DIRECT_MAP ==>
    \result.first < l->nregions && KaslrWindowDm(l, \result.first) &&
    \forall integer i; 0 <= i < \result.first ==> !KaslrWindowDm(l, i);
  ensures no_end: \result.status == MM_KASLR_WINDOW_NO_END ==>
    \forall integer i; \result.first < i < l->nregions ==> l->region[i].kind != end_kind;
  ensures endr: (\result.status == MM_KASLR_WINDOW_OK || \result.status == MM_KASLR_WINDOW_FIXED) ==>
    \result.first < \result.endr < l->nregions && l->region[\result.endr].kind == end_kind &&
    \forall integer i; \result.first < i < \result.endr ==> l->region[i].kind != end_kind;
  ensures ok: \result.status == MM_KASLR_WINDOW_OK ==>
    \forall integer i; \result.first <= i < \result.endr ==> !KaslrFixed(l, i);
  ensures fixed: \result.status == MM_KASLR_WINDOW_FIXED ==>
    \result.first < \result.bad < \result.endr && KaslrFixed(l, \result.bad) &&
    \forall integer i; \result.first <= i < \result.bad ==> !KaslrFixed(l, i);
*/
struct mm_kaslr_window mm_kaslr_window_find(const struct mm_layout *l, uint32_t end_kind);

#endif
