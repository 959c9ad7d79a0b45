/* The kernel page tables of a layout profile (layout_build.h). Each step
 * names the Linux code it models; arithmetic on power-of-two constants only
 * (docs/proofs.md). */
#include "layout_build.h"

uint32_t mm_build_find(const struct mm_layout *l, uint32_t kind)
{
  uint32_t i;
  /*@
    loop invariant range: 0 <= i <= l->nregions;
    loop invariant before: \forall integer k; 0 <= k < i ==> l->region[k].kind != kind;
    loop assigns i;
    loop variant l->nregions - i;
  */
  for (i = 0; i < l->nregions; i++)
    if (l->region[i].kind == kind)
      return i;
  return l->nregions;
}

uint64_t mm_build_prot(const struct mm_cpu *c, uint64_t prot, uint32_t nx)
{
  /* __supported_pte_mask drops _PAGE_NX without EFER.NXE (init_64.c) */
  if (nx != 0 && c->nxe == 1)
    return prot + MM_PROT_XD;
  return prot;
}

uint32_t mm_build_top_index(uint64_t va, uint32_t levels)
{
  /* pgd_index(): bits 56:48 (PML5) or 47:39 (PML4), SDM vol. 3A §4.5.4 */
  if (levels == 5)
    return (uint32_t)((va / MM_P48) % 512);
  return (uint32_t)((va / MM_P39) % 512);
}

int mm_build_map_shared(struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                        uint32_t efi, uint32_t efi_slot, uint32_t levels, uint64_t va,
                        uint64_t pa, uint64_t size, uint64_t prot, uint32_t max_level)
{
  int rc = mm_map_range(p, c, root, va, pa, size, prot, max_level, 0);
  if (rc != MM_PT_OK || efi == root)
    return rc;
  if (mm_build_top_index(va, levels) != efi_slot &&
      mm_build_top_index(va + (size - 1), levels) != efi_slot)
    return MM_PT_OK;
  return mm_map_range(p, c, efi, va, pa, size, prot, max_level, 0);
}

int mm_layout_build(struct mm_pool *p, const struct mm_cpu *c, const struct mm_layout *l,
                    const struct mm_build_params *bp, struct mm_build_result *out)
{
  uint32_t levels = p->top, n = l->nregions;
  uint32_t idm, ikt, ivs, ifx, iefi, efi = 0, slot = 0, gb;
  uint64_t mem = bp->mem_size, pb = bp->phys_base;
  uint64_t ts = bp->text_size, rs = bp->rodata_size, ds = bp->data_size;
  int rc;

  if (p->used != 1 || (levels != 4 && levels != 5) || l->levels != levels)
    return MM_PT_EINVAL;
  idm = mm_build_find(l, MM_KIND_DIRECT_MAP);
  ikt = mm_build_find(l, MM_KIND_KERNEL_TEXT);
  ivs = mm_build_find(l, MM_KIND_VSYSCALL);
  ifx = mm_build_find(l, MM_KIND_FIXMAP);
  iefi = mm_build_find(l, MM_KIND_EFI);
  if (idm == n)
    return MM_PT_EINVAL;
  {
    const struct mm_region *dm = &l->region[idm];
    if (dm->end < dm->start || mem == 0 || mem % MM_P12 != 0 || mem - 1 > dm->end - dm->start)
      return MM_PT_EINVAL;
  }
  gb = c->pdpe1gb == 1 ? 3 : 2; /* direct_gbpages */

  /* efi_pgd (efi_alloc_page_tables) and the EFI runtime range, mapped down
   * from the top of the EFI region (efi_map_region, EFI_VA_START) */
  if (iefi < n) {
    const struct mm_region *e = &l->region[iefi];
    const struct mm_region *dm = &l->region[idm];
    uint64_t es = bp->efi_size;
    uint32_t lo = mm_build_top_index(dm->start, levels);
    uint32_t hi = mm_build_top_index(dm->start + (mem - 1), levels);
    if (e->end < e->start)
      return MM_PT_EINVAL;
    slot = mm_build_top_index(e->start, levels);
    /* efi_sync_low_kernel_mappings' BUILD_BUG_ONs: one top-level entry for
     * the EFI region, not the direct map's */
    if (mm_build_top_index(e->end, levels) != slot || (lo <= slot && slot <= hi))
      return MM_PT_EINVAL;
    if (slot < MM_PGD_KERNEL_FIRST)
      return MM_PT_EINVAL;
    if (es > 0 && es - 1 > e->end - e->start)
      return MM_PT_EINVAL;
    rc = mm_pool_new_root(p, &efi);
    if (rc != MM_PT_OK)
      return rc;
    if (es > 0) {
      rc = mm_map_range(p, c, efi, e->end - (es - 1), bp->efi_pa, es, MM_BUILD_EFI, gb, 0);
      if (rc != MM_PT_OK)
        return rc;
    }
  }

  /* the direct map: init_mem_mapping -> kernel_physical_mapping_init over
   * split_mem_range's pieces, PAGE_KERNEL */
  rc = mm_map_range(p, c, 0, l->region[idm].start, 0, mem,
                    mm_build_prot(c, MM_BUILD_KERNEL_EXEC, 1), gb, 0);
  if (rc != MM_PT_OK)
    return rc;

  /* the kernel image: head_64.S level2_kernel_pgt (2-MiB pages from
   * phys_base), as mark_rodata_ro leaves the sections */
  if (ts > 0 || rs > 0 || ds > 0) {
    const struct mm_region *k;
    uint64_t tot;
    if (ikt == n)
      return MM_PT_EINVAL;
    k = &l->region[ikt];
    if (ts % MM_P21 != 0 || rs % MM_P21 != 0 || ds % MM_P21 != 0 || pb % MM_P21 != 0 ||
        ts > MM_P47 || rs > MM_P47 || ds > MM_P47 || pb > MM_P52 || k->end < k->start)
      return MM_PT_EINVAL;
    tot = ts + rs + ds;
    if (tot - 1 > k->end - k->start)
      return MM_PT_EINVAL;
    if (ts > 0) {
      rc = mm_build_map_shared(p, c, 0, efi, slot, levels, k->start, pb, ts,
                               mm_build_prot(c, MM_BUILD_KERNEL_RX, 0), 2);
      if (rc != MM_PT_OK)
        return rc;
    }
    if (rs > 0) {
      rc = mm_build_map_shared(p, c, 0, efi, slot, levels, k->start + ts, pb + ts, rs,
                               mm_build_prot(c, MM_BUILD_KERNEL_RX, 1), 2);
      if (rc != MM_PT_OK)
        return rc;
    }
    if (ds > 0) {
      rc = mm_build_map_shared(p, c, 0, efi, slot, levels, k->start + (ts + rs), pb + (ts + rs),
                               ds, mm_build_prot(c, MM_BUILD_KERNEL_EXEC, 1), 2);
      if (rc != MM_PT_OK)
        return rc;
    }
  }

  /* the vsyscall page: map_vsyscall, __set_fixmap(VSYSCALL_PAGE, ...,
   * PAGE_KERNEL_VSYSCALL) at VSYSCALL_ADDR */
  if (ivs < n) {
    const struct mm_region *v = &l->region[ivs];
    if (v->end < v->start || v->end - v->start < MM_P12 - 1)
      return MM_PT_EINVAL;
    rc = mm_build_map_shared(p, c, 0, efi, slot, levels, v->start, bp->vsyscall_pa, MM_P12,
                             MM_BUILD_VSYSCALL, 1);
    if (rc != MM_PT_OK)
      return rc;
  }

  /* the fixmap: its first slot, fix_to_virt(0) = FIXADDR_TOP, the region's
   * last page, PAGE_KERNEL */
  if (ifx < n) {
    const struct mm_region *x = &l->region[ifx];
    if (x->end < x->start || x->end - x->start < MM_P12 - 1)
      return MM_PT_EINVAL;
    rc = mm_build_map_shared(p, c, 0, efi, slot, levels, x->end - (MM_P12 - 1), bp->fixmap_pa,
                             MM_P12, mm_build_prot(c, MM_BUILD_KERNEL_EXEC, 1), 1);
    if (rc != MM_PT_OK)
      return rc;
  }

  /* efi_sync_low_kernel_mappings: the kernel half of the main table into
   * efi_pgd, all but the EFI region's entry */
  if (iefi < n) {
    if (slot > MM_PGD_KERNEL_FIRST) {
      rc = mm_pgd_sync_slots(p, 0, efi, MM_PGD_KERNEL_FIRST, slot - 1);
      if (rc != MM_PT_OK)
        return rc;
    }
    if (slot < MM_PGD_KERNEL_LAST) {
      rc = mm_pgd_sync_slots(p, 0, efi, slot + 1, MM_PGD_KERNEL_LAST);
      if (rc != MM_PT_OK)
        return rc;
    }
  }
  out->root = 0;
  out->efi_root = iefi < n ? efi : 0;
  return MM_PT_OK;
}
