/* CONFIG_RANDOMIZE_MEMORY placement (contracts: kaslr.h). Linux 4.8 .. 6.10,
 * arch/x86/mm/kaslr.c, kernel_randomize_memory(); the bit operations of
 * the kernel written as arithmetic (docs/proofs.md): x & PUD_MASK is
 * x / PUD_SIZE * PUD_SIZE, round_up(x, PUD_SIZE) is
 * (x + PUD_SIZE - 1) / PUD_SIZE * PUD_SIZE, x << TB_SHIFT is x * 2^40. */
#include "kaslr.h"

#define PUD MM_P30      /* PUD_SIZE */
#define TIB MM_KASLR_TIB /* 1UL << TB_SHIFT */

struct mm_kaslr_step mm_kaslr_step(uint64_t vaddr, uint64_t remain, uint64_t size,
                                   uint64_t rand, uint32_t left)
{
  struct mm_kaslr_step r;
  uint64_t entropy = remain / left;          /* remain_entropy / (3 - i) */
  entropy = rand % (entropy + 1) / PUD * PUD; /* (rand % (entropy + 1)) & PUD_MASK */
  /*@ assert entropy_le: entropy <= remain / left; */
  r.base = vaddr + entropy;                   /* vaddr += entropy; *base = vaddr */
  /*@ assert base_aligned: r.base % KPud == 0; */
  r.vaddr = r.base + size;                    /* vaddr += get_padding(&kaslr_regions[i]) */
  r.vaddr = (r.vaddr + 1 + (PUD - 1)) / PUD * PUD; /* round_up(vaddr + 1, PUD_SIZE) */
  /*@ assert gap: r.vaddr == r.base + size + KPud; */
  r.remain = remain - entropy;                /* remain_entropy -= entropy */
  return r;
}

struct mm_kaslr_sizes mm_kaslr_sizes(uint32_t pa_bits, uint64_t mem_end, uint64_t padding_tb,
                                     uint64_t vmalloc_size, uint32_t rule)
{
  struct mm_kaslr_sizes s;
  uint64_t phys_tb = pa_bits == 46 ? 64 : 4096; /* 1 << (MAX_PHYSMEM_BITS - TB_SHIFT) */
  /* DIV_ROUND_UP(max_pfn << PAGE_SHIFT, 1UL << TB_SHIFT) + PADDING: < 2^24 + 2^20 */
  uint64_t memory_tb = mem_end / TIB + (mem_end % TIB != 0) + padding_tb;
  uint64_t direct_tb = memory_tb < phys_tb ? memory_tb : phys_tb;
  s.direct_map = direct_tb * TIB;
  s.vmalloc = vmalloc_size;
  if (rule == MM_KASLR_VMEMMAP_1TB)
    s.vmemmap = TIB; /* { &vmemmap_base, 1 } */
  else /* DIV_ROUND_UP((size_tb[0] << (TB_SHIFT - PAGE_SHIFT)) * sizeof(struct page), 1 TiB) */
    s.vmemmap = (direct_tb * 0x10000000u * 64u + (TIB - 1)) / TIB * TIB;
  return s;
}

int mm_kaslr_vmemmap_ok(struct mm_kaslr_sizes s)
{
  /* s.vmemmap >= s.direct_map / 64 without forming s.vmemmap * 64 */
  return s.vmemmap >= s.direct_map / 64 + (s.direct_map % 64 != 0);
}

struct mm_kaslr_bases mm_kaslr_place(uint64_t start, uint64_t end, struct mm_kaslr_sizes s,
                                     const uint64_t rand[3])
{
  struct mm_kaslr_bases b = {0, 0, 0, MM_KASLR_NO_ROOM, 0};
  struct mm_kaslr_step st;
  uint64_t remain;
  if (end - start < s.direct_map || end - start - s.direct_map < s.vmalloc ||
      end - start - s.direct_map - s.vmalloc < s.vmemmap)
    return b; /* Linux: remain_entropy would wrap (a BUILD_BUG_ON keeps it from it) */
  /* remain_entropy = vaddr_end - vaddr_start - the three get_padding() */
  remain = end - start - s.direct_map - s.vmalloc - s.vmemmap;
  /*@ assert remain: remain == end - start - s.direct_map - s.vmalloc - s.vmemmap; */
  st = mm_kaslr_step(start, remain, s.direct_map, rand[0], 3);
  b.direct_map = st.base;
  st = mm_kaslr_step(st.vaddr, st.remain, s.vmalloc, rand[1], 2);
  b.vmalloc = st.base;
  st = mm_kaslr_step(st.vaddr, st.remain, s.vmemmap, rand[2], 1);
  b.vmemmap = st.base;
  b.status = b.vmemmap + s.vmemmap <= end ? MM_KASLR_FIT : MM_KASLR_SPILL;
  return b;
}

struct mm_kaslr_window mm_kaslr_window_find(const struct mm_layout *l, uint32_t end_kind)
{
  struct mm_kaslr_window w = {MM_KASLR_WINDOW_NO_DIRECT_MAP, 0, 0, 0};
  uint32_t i = 0, e;
  /*@
    loop invariant bound: 0 <= i <= l->nregions;
    loop invariant none:  \forall integer j; 0 <= j < i ==> !KaslrWindowDm(l, j);
    loop assigns i;
    loop variant l->nregions - i;
  */
  while (i < l->nregions && !(l->region[i].kind == MM_KIND_DIRECT_MAP &&
                              l->region[i].randomized == 1 &&
                              l->region[i].start == l->page_offset))
    i++;
  if (i == l->nregions)
    return w;
  w.first = i;
  w.status = MM_KASLR_WINDOW_NO_END;
  /*@
    loop invariant bound: i < e <= l->nregions;
    loop invariant none:  \forall integer j; i < j < e ==> l->region[j].kind != end_kind;
    loop assigns e;
    loop variant l->nregions - e;
  */
  for (e = i + 1; e < l->nregions && l->region[e].kind != end_kind; e++)
    ;
  if (e == l->nregions)
    return w;
  w.endr = e;
  w.status = MM_KASLR_WINDOW_OK;
  /*@
    loop invariant range: w.first <= i <= e;
    loop invariant clean: \forall integer j; w.first <= j < i ==> !KaslrFixed(l, j);
    loop assigns i;
    loop variant e - i;
  */
  for (; i < e; i++) {
    uint32_t k = l->region[i].kind;
    /* KaslrFixed: neither randomizable, nor a hole, nor the KASAN shadow */
    if (k != MM_KIND_DIRECT_MAP && k != MM_KIND_VMALLOC && k != MM_KIND_VMEMMAP &&
        k != MM_KIND_HOLE && k != MM_KIND_KASAN) {
      w.status = MM_KASLR_WINDOW_FIXED;
      w.bad = i;
      return w;
    }
  }
  return w;
}
