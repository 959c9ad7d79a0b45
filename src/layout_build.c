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
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
  if (rc != MM_PT_OK || efi == root)
    return rc;
  if (mm_build_top_index(va, levels) != efi_slot &&
      mm_build_top_index(va + (size - 1), levels) != efi_slot)
    return MM_PT_OK;
  return mm_map_range(p, c, efi, va, pa, size, prot, max_level, 0);
}

int mm_build_direct_ok(const struct mm_layout *l, uint32_t idm, uint64_t mem)
{
  const struct mm_region *dm = &l->region[idm];
  /* init_mem_mapping maps [0, max_pfn << PAGE_SHIFT) from __PAGE_OFFSET */
  return dm->start <= dm->end && mem > 0 && mem % MM_P12 == 0 && mem - 1 <= dm->end - dm->start;
}

int mm_build_kernel_ok(const struct mm_layout *l, uint32_t ikt, const struct mm_build_params *bp)
{
  uint64_t ts = bp->text_size, rs = bp->rodata_size, ds = bp->data_size, pb = bp->phys_base;
  const struct mm_region *k;
  if (ts == 0 && rs == 0 && ds == 0)
    return 1;
  if (ikt == l->nregions)
    return 0;
  k = &l->region[ikt];
  /* level2_kernel_pgt: 2-MiB pages from phys_base */
  if (k->end < k->start || ts % MM_P21 != 0 || rs % MM_P21 != 0 || ds % MM_P21 != 0 ||
      pb % MM_P21 != 0 || ts > MM_P47 || rs > MM_P47 || ds > MM_P47 || pb > MM_P52)
    return 0;
  return ts + rs + ds - 1 <= k->end - k->start;
}

int mm_build_efi_ok(const struct mm_layout *l, uint32_t iefi, uint32_t idm, uint64_t mem,
                    const struct mm_build_params *bp, uint32_t levels)
{
  const struct mm_region *e, *dm = &l->region[idm];
  uint64_t es = bp->efi_size;
  uint32_t slot, lo, hi;
  if (iefi == l->nregions)
    return 1;
  e = &l->region[iefi];
  if (e->end < e->start)
    return 0;
  slot = mm_build_top_index(e->start, levels);
  lo = mm_build_top_index(dm->start, levels);
  hi = mm_build_top_index(dm->start + (mem - 1), levels);
  /* efi_sync_low_kernel_mappings' BUILD_BUG_ONs: one top-level entry of the
   * kernel half for the EFI region, not the direct map's */
  if (mm_build_top_index(e->end, levels) != slot || slot < MM_PGD_KERNEL_FIRST ||
      (lo <= slot && slot <= hi))
    return 0;
  return es == 0 || es - 1 <= e->end - e->start;
}

int mm_build_page_ok(const struct mm_layout *l, uint32_t i)
{
  const struct mm_region *r;
  if (i == l->nregions)
    return 1;
  r = &l->region[i];
  return r->start <= r->end && r->end - r->start >= MM_P12 - 1;
}

/* efi_pgd (efi_alloc_page_tables) and the EFI runtime range [pa, pa + size),
 * mapped down from the EFI region's last address e_end (efi_map_region,
 * EFI_VA_START): the new root's frame in *efi. */
/*@
  requires pool: PoolOk(p);
  requires cpu: ValidCpu(c);
  requires sep: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                           p->level + (0 .. p->mem.nframes - 1),
                           p->prefix + (0 .. p->mem.nframes - 1));
  requires out: \valid(efi) && \separated(efi, c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                p->level + (0 .. p->mem.nframes - 1), p->prefix + (0 .. p->mem.nframes - 1));
  requires size: size == 0 || size - 1 <= e_end;
  requires gb: gb == 2 || gb == 3;
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1], *efi;
  ensures pool: PoolOk(p);
  ensures keeps: Keeps{Pre,Post}(p);
  ensures status: 0 <= \result <= MM_PT_ECOUNT;
  ensures root: \result == MM_PT_OK ==> *efi == \old(p->used) && TopFrame(p, *efi);
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
*/
static int build_efi(struct mm_pool *p, const struct mm_cpu *c, uint64_t e_end, uint64_t pa,
                     uint64_t size, uint32_t gb, uint32_t *efi)
{
  int rc = mm_pool_new_root(p, efi);
  if (rc != MM_PT_OK) {
    /*@ assert fixed: PoolKept{Pre,Here}(p); */
    /*@ assert storage: PoolStorage(p); */
    /*@ assert frames: \forall integer f; 0 <= f < p->used ==> FrameRecordOk(p, f); */
    return rc;
  }
  /*@ assert kept: Keeps{Pre,Here}(p); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
Root: __attribute__((unused));
  if (size == 0)
    return rc;
  rc = mm_map_range(p, c, *efi, e_end - (size - 1), pa, size, MM_BUILD_EFI, gb, 0);
  /* Keeps in two steps: the callees' contracts carry the tree invariant too,
   * and the transitive step alone timed out beside it (recipe 17). */
  /*@ assert mapped: Keeps{Root,Here}(p); */
  /*@ assert keeps: Keeps{Pre,Here}(p); */
  /*@ assert tree_mapped: \at(PoolTree(p), Root) ==> PoolTree(p); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
  return rc;
}

/* The kernel image: head_64.S level2_kernel_pgt (2-MiB pages from phys_base
 * pb at __START_KERNEL_map k_start), as mark_rodata_ro leaves the sections:
 * text RX, rodata RO + NX, data RW + NX. */
/*@
  requires pool: PoolOk(p);
  requires cpu: ValidCpu(c);
  requires sep: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                           p->level + (0 .. p->mem.nframes - 1),
                           p->prefix + (0 .. p->mem.nframes - 1));
  requires levels: levels == 4 || levels == 5;
  requires sizes: ts <= 0x800000000000 && rs <= 0x800000000000 && ds <= 0x800000000000 &&
                  pb <= 0x10000000000000 && ts + rs + ds >= 1;
  requires room: k_start + (ts + rs + ds - 1) <= 0xFFFFFFFFFFFFFFFF;
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1];
  ensures pool: PoolOk(p);
  ensures keeps: Keeps{Pre,Post}(p);
  ensures status: 0 <= \result <= MM_PT_ECOUNT;
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
*/
static int build_kernel(struct mm_pool *p, const struct mm_cpu *c, uint32_t efi, uint32_t slot,
                        uint32_t levels, uint64_t k_start, uint64_t pb, uint64_t ts, uint64_t rs,
                        uint64_t ds)
{
  int rc = MM_PT_OK;
  if (ts > 0)
    rc = mm_build_map_shared(p, c, 0, efi, slot, levels, k_start, pb, ts,
                             mm_build_prot(c, MM_BUILD_KERNEL_RX, 0), 2);
  /* the CPU record outside what the call assigns, stated step by step */
  /*@ assert cpu: ValidCpu(c); */
  if (rc != MM_PT_OK)
    return rc;
  if (rs > 0)
    rc = mm_build_map_shared(p, c, 0, efi, slot, levels, k_start + ts, pb + ts, rs,
                             mm_build_prot(c, MM_BUILD_KERNEL_RX, 1), 2);
  /*@ assert cpu: ValidCpu(c); */
  if (rc != MM_PT_OK)
    return rc;
  /* the sum is not formed when ds is 0: k_start + ts + rs may be 2^64 then */
  if (ds > 0)
    rc = mm_build_map_shared(p, c, 0, efi, slot, levels, k_start + (ts + rs), pb + (ts + rs), ds,
                             mm_build_prot(c, MM_BUILD_KERNEL_EXEC, 1), 2);
  return rc;
}

/* efi_sync_low_kernel_mappings: the kernel half of the main table (frame 0)
 * into efi_pgd, all but the EFI region's entry. */
/*@
  requires pool: PoolOk(p);
  requires frames: 0 < efi < p->mem.nframes;
  requires slot: MM_PGD_KERNEL_FIRST <= slot <= MM_PGD_KERNEL_LAST;
  terminates \true;
  assigns p->mem.word[efi * 512 + MM_PGD_KERNEL_FIRST .. efi * 512 + MM_PGD_KERNEL_LAST];
  ensures pool: PoolOk(p);
  ensures fixed: PoolKept{Pre,Post}(p);
  ensures status: \result == MM_PT_OK || \result == MM_PT_EEXIST;
  ensures half: \result == MM_PT_OK ==> SharedHalf(p, 0, efi, slot);
  ensures tree: \old(PoolTree(p) && TopFrame(p, 0) && TopFrame(p, efi)) ==> PoolTree(p);
*/
static int build_sync(struct mm_pool *p, uint32_t efi, uint32_t slot)
{
  int rc = MM_PT_OK;
  if (slot > MM_PGD_KERNEL_FIRST) {
    rc = mm_pgd_sync_slots(p, 0, efi, MM_PGD_KERNEL_FIRST, slot - 1);
    /*@ assert tree: \at(PoolTree(p) && TopFrame(p, 0) && TopFrame(p, efi), Pre) ==> PoolTree(p); */
    /*@ assert fixed: PoolKept{Pre,Here}(p); */
    /*@ assert storage: PoolStorage(p); */
    /*@ assert frames: \forall integer f; 0 <= f < p->used ==> FrameRecordOk(p, f); */
  }
  /*@ assert pool: PoolOk(p); */
  if (rc != MM_PT_OK)
    return rc;
  /*@ assert below: \forall integer i; MM_PGD_KERNEL_FIRST <= i < slot ==>
        PWord(p, efi, i) == PWord(p, 0, i); */
Below: __attribute__((unused));
  if (slot < MM_PGD_KERNEL_LAST) {
    /*@ assert twins: \at(TopFrame(p, 0) && TopFrame(p, efi), Pre) ==> TwinTables(p, 0, efi); */
    rc = mm_pgd_sync_slots(p, 0, efi, slot + 1, MM_PGD_KERNEL_LAST);
    /*@ assert tree_high: \at(PoolTree(p), Below) && \at(TwinTables(p, 0, efi), Below) ==> PoolTree(p); */
    /*@ assert fixed: PoolKept{Pre,Here}(p); */
    /*@ assert storage: PoolStorage(p); */
    /*@ assert kept: \forall integer i; 0 <= i < 512 ==> PWord(p, 0, i) == \at(PWord(p, 0, i), Below); */
    /*@ assert kept_below: \forall integer i; MM_PGD_KERNEL_FIRST <= i < slot ==>
          PWord(p, efi, i) == \at(PWord(p, efi, i), Below); */
    /*@ assert frames: \forall integer f; 0 <= f < p->used ==> FrameRecordOk(p, f); */
  }
  /*@ assert pool: PoolOk(p); */
  /*@ assert low: \forall integer i; MM_PGD_KERNEL_FIRST <= i < slot ==>
        PWord(p, efi, i) == PWord(p, 0, i); */
  /*@ assert high: rc == MM_PT_OK ==> \forall integer i; slot < i <= MM_PGD_KERNEL_LAST ==>
        PWord(p, efi, i) == PWord(p, 0, i); */
  return rc;
}

/* What mm_layout_build decided, every rule checked: each mapping's addresses
 * and sizes (a value, like pagemap.c's struct op, so that the stages below
 * reason about numbers, not about the layout's memory). */
struct build_plan {
  uint32_t ok;           /* 1: the arguments keep every rule (build_plan_of) */
  uint32_t levels;       /* 4 or 5                                            */
  uint32_t gb;           /* largest page level of the direct map and EFI: 3
                            with Page1GB (direct_gbpages), else 2             */
  uint32_t has_kernel;   /* 1: map the kernel image                           */
  uint32_t has_vsyscall; /* 1: map the vsyscall page                          */
  uint32_t has_fixmap;   /* 1: map the fixmap's top page                      */
  uint32_t has_efi;      /* 1: build efi_pgd                                  */
  uint32_t slot;         /* the EFI region's top-level index                  */
  uint64_t dm_start, mem, rw_nx;      /* direct map; PAGE_KERNEL with NX       */
  uint64_t kt_start, pb, ts, rs, ds;  /* kernel image                          */
  uint64_t vs_start, vs_pa;           /* vsyscall page                         */
  uint64_t fx_page, fx_pa;            /* fixmap page                           */
  uint64_t efi_end, efi_pa, es;       /* EFI region's last address, the range  */
};

/*@
  // The numbers the stages need: every address sum below 2^64 (Build.acsl's
  // rules, as build_plan_of leaves them).
  predicate PlanOk(struct build_plan b) =
    (b.levels == 4 || b.levels == 5) && (b.gb == 2 || b.gb == 3) &&
    b.mem >= 1 && b.dm_start + (b.mem - 1) <= 0xFFFFFFFFFFFFFFFF &&
    (b.has_kernel != 0 ==>
       b.ts + b.rs + b.ds >= 1 && b.pb <= 0x10000000000000 && b.ts <= 0x800000000000 &&
       b.rs <= 0x800000000000 && b.ds <= 0x800000000000 &&
       b.kt_start + (b.ts + b.rs + b.ds - 1) <= 0xFFFFFFFFFFFFFFFF) &&
    (b.has_vsyscall != 0 ==> b.vs_start + 0xFFF <= 0xFFFFFFFFFFFFFFFF) &&
    (b.has_fixmap != 0 ==> b.fx_page + 0xFFF <= 0xFFFFFFFFFFFFFFFF) &&
    (b.has_efi != 0 ==>
       MM_PGD_KERNEL_FIRST <= b.slot <= MM_PGD_KERNEL_LAST &&
       (b.es == 0 || b.es - 1 <= b.efi_end));
*/

/* The frames a stage may change, and what every stage keeps: the pool, the
 * records of the frames in use (Keeps), both top-level tables, the tree. */
/*@
  predicate StageOk{L1,L2}(struct mm_pool *p, integer efi, integer rc) =
    \at(PoolOk(p), L2) && Keeps{L1,L2}(p) && 0 <= rc <= MM_PT_ECOUNT &&
    (rc == MM_PT_OK ==> \at(TopFrame(p, 0) && TopFrame(p, efi), L2));
*/

/* The direct map, in the main table only (efi = root here): init_mem_mapping
 * -> kernel_physical_mapping_init over split_mem_range's pieces, PAGE_KERNEL;
 * then the kernel image. Stages 2 and 3 of build_tables, in a function of
 * their own so that each goal carries two calls' hypotheses, not six
 * (docs/proofs.md, recipe 17). */
/*@
  requires pool: PoolOk(p) && TopFrame(p, 0) && TopFrame(p, efi);
  requires cpu: ValidCpu(c);
  requires sep: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                           p->level + (0 .. p->mem.nframes - 1),
                           p->prefix + (0 .. p->mem.nframes - 1));
  requires plan: PlanOk(b);
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1];
  ensures stage: StageOk{Pre,Post}(p, efi, \result);
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
*/
static int build_main(struct mm_pool *p, const struct mm_cpu *c, struct build_plan b, uint32_t efi)
{
  int rc = mm_build_map_shared(p, c, 0, 0, 0, b.levels, b.dm_start, 0, b.mem, b.rw_nx, b.gb);
  /*@ assert stage: StageOk{Pre,Here}(p, efi, rc); */
  /*@ assert cpu: ValidCpu(c); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
Direct: __attribute__((unused));
  if (rc != MM_PT_OK || !b.has_kernel)
    return rc;
  rc = build_kernel(p, c, efi, b.slot, b.levels, b.kt_start, b.pb, b.ts, b.rs, b.ds);
  /*@ assert kernel: StageOk{Direct,Here}(p, efi, rc); */
  /*@ assert stage: StageOk{Pre,Here}(p, efi, rc); */
  /*@ assert tree_kernel: \at(PoolTree(p), Direct) ==> PoolTree(p); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
  return rc;
}

/* The vsyscall page (map_vsyscall, __set_fixmap(VSYSCALL_PAGE, ...,
 * PAGE_KERNEL_VSYSCALL) at VSYSCALL_ADDR) and the fixmap's first slot
 * (fix_to_virt(0) = FIXADDR_TOP, the region's last page, PAGE_KERNEL):
 * stages 4 and 5 of build_tables. */
/*@
  requires pool: PoolOk(p) && TopFrame(p, 0) && TopFrame(p, efi);
  requires cpu: ValidCpu(c);
  requires sep: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                           p->level + (0 .. p->mem.nframes - 1),
                           p->prefix + (0 .. p->mem.nframes - 1));
  requires plan: PlanOk(b);
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1];
  ensures stage: StageOk{Pre,Post}(p, efi, \result);
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
*/
static int build_pages(struct mm_pool *p, const struct mm_cpu *c, struct build_plan b, uint32_t efi)
{
  int rc = MM_PT_OK;
  if (b.has_vsyscall) {
    rc = mm_build_map_shared(p, c, 0, efi, b.slot, b.levels, b.vs_start, b.vs_pa, MM_P12,
                             MM_BUILD_VSYSCALL, 1);
    /*@ assert cpu: ValidCpu(c); */
  }
  /*@ assert stage: StageOk{Pre,Here}(p, efi, rc); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
Vsyscall: __attribute__((unused));
  if (rc != MM_PT_OK || !b.has_fixmap)
    return rc;
  rc = mm_build_map_shared(p, c, 0, efi, b.slot, b.levels, b.fx_page, b.fx_pa, MM_P12, b.rw_nx, 1);
  /*@ assert fixmap: StageOk{Vsyscall,Here}(p, efi, rc); */
  /*@ assert stage: StageOk{Pre,Here}(p, efi, rc); */
  /*@ assert tree_fixmap: \at(PoolTree(p), Vsyscall) ==> PoolTree(p); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
  return rc;
}

/* The stages, in Linux's order (the golden images depend on it): efi_pgd and
 * the EFI range, the direct map, the kernel image, the vsyscall page, the
 * fixmap page, the efi_pgd sync. efi_pgd is frame 1 (the pool is fresh). */
/*@
  requires pool: PoolOk(p) && TopFrame(p, 0);
  requires cpu: ValidCpu(c);
  requires sep: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                           p->level + (0 .. p->mem.nframes - 1),
                           p->prefix + (0 .. p->mem.nframes - 1));
  requires plan: PlanOk(b);
  requires fresh: b.has_efi != 0 ==> p->used == 1;
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1];
  ensures pool: PoolOk(p);
  ensures keeps: Keeps{Pre,Post}(p);
  ensures status: 0 <= \result <= MM_PT_ECOUNT;
  ensures root: \result == MM_PT_OK ==> TopFrame(p, 0);
  ensures efi: \result == MM_PT_OK && b.has_efi != 0 ==> TopFrame(p, 1) && SharedHalf(p, 0, 1, b.slot);
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
*/
static int build_tables(struct mm_pool *p, const struct mm_cpu *c, struct build_plan b)
{
  /* one exit: each stage runs while the ones before succeeded, and the
   * assertion after it is all that the next one needs (docs/proofs.md) */
  int rc = MM_PT_OK;
  uint32_t efi = 0;
  if (b.has_efi)
    rc = build_efi(p, c, b.efi_end, b.efi_pa, b.es, b.gb, &efi);
  /*@ assert stage: StageOk{Pre,Here}(p, efi, rc) &&
        (b.has_efi != 0 && rc == MM_PT_OK ==> efi == 1) && (b.has_efi == 0 ==> efi == 0); */
  /*@ assert cpu: ValidCpu(c); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
Efi: __attribute__((unused));
  if (rc == MM_PT_OK)
    rc = build_main(p, c, b, efi);
  /*@ assert main: StageOk{Efi,Here}(p, efi, rc); */
  /*@ assert stage: StageOk{Pre,Here}(p, efi, rc); */
  /*@ assert which: rc == MM_PT_OK ==> (b.has_efi != 0 ==> efi == 1) && (b.has_efi == 0 ==> efi == 0); */
  /*@ assert cpu: ValidCpu(c); */
  /*@ assert tree_main: \at(PoolTree(p), Efi) ==> PoolTree(p); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
Main: __attribute__((unused));
  if (rc == MM_PT_OK)
    rc = build_pages(p, c, b, efi);
  /*@ assert pages: StageOk{Main,Here}(p, efi, rc); */
  /*@ assert stage: StageOk{Pre,Here}(p, efi, rc); */
  /*@ assert which: rc == MM_PT_OK ==> (b.has_efi != 0 ==> efi == 1) && (b.has_efi == 0 ==> efi == 0); */
  /*@ assert tree_pages: \at(PoolTree(p), Main) ==> PoolTree(p); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
Pages: __attribute__((unused));
  if (rc == MM_PT_OK && b.has_efi)
    rc = build_sync(p, efi, b.slot);
  /*@ assert sync: StageOk{Pages,Here}(p, efi, rc); */
  /*@ assert stage: StageOk{Pre,Here}(p, efi, rc); */
  /*@ assert which: rc == MM_PT_OK ==> (b.has_efi != 0 ==> efi == 1) && (b.has_efi == 0 ==> efi == 0); */
  /*@ assert tree_sync: \at(PoolTree(p), Pages) ==> PoolTree(p); */
  /*@ assert tree: \at(PoolTree(p), Pre) ==> PoolTree(p); */
  /*@ assert half: rc == MM_PT_OK && b.has_efi != 0 ==> SharedHalf(p, 0, efi, b.slot); */
  return rc;
}

/* The rules of mm_layout_build's arguments (Build.acsl) and, when they
 * hold, the plan the stages follow: the regions' bases and the parameters,
 * every sum below 2^64 (PlanOk). In a function of its own so that
 * mm_layout_build's goals carry one call's hypotheses, not the five rule
 * checks' (docs/proofs.md, recipe 17). */
/*@
  requires cpu: ValidCpu(c);
  requires layout: \valid_read(l) && l->nregions <= MM_MAX_REGIONS;
  requires params: \valid_read(bp);
  requires levels: levels == 4 || levels == 5;
  terminates \true;
  assigns \nothing;
  ensures flag: \result.ok == 0 || \result.ok == 1;
  ensures plan: \result.ok == 1 ==> PlanOk(\result) && \result.levels == levels;
  ensures params: \result.ok == 1 ==>
    \result.gb == (c->pdpe1gb == 1 ? 3 : 2) && \result.mem == bp->mem_size &&
    \result.pb == bp->phys_base && \result.ts == bp->text_size &&
    \result.rs == bp->rodata_size && \result.ds == bp->data_size &&
    \result.vs_pa == bp->vsyscall_pa && \result.fx_pa == bp->fixmap_pa &&
    \result.efi_pa == bp->efi_pa && \result.es == bp->efi_size &&
    (\result.has_kernel == 1 <==>
       bp->text_size > 0 || bp->rodata_size > 0 || bp->data_size > 0);
*/
static struct build_plan build_plan_of(const struct mm_cpu *c, const struct mm_layout *l,
                                       const struct mm_build_params *bp, uint32_t levels)
{
  uint32_t n = l->nregions;
  uint32_t idm, ikt, ivs, ifx, iefi;
  struct build_plan q = { 0 };

  idm = mm_build_find(l, MM_KIND_DIRECT_MAP);
  ikt = mm_build_find(l, MM_KIND_KERNEL_TEXT);
  ivs = mm_build_find(l, MM_KIND_VSYSCALL);
  ifx = mm_build_find(l, MM_KIND_FIXMAP);
  iefi = mm_build_find(l, MM_KIND_EFI);
  if (idm == n || !mm_build_direct_ok(l, idm, bp->mem_size))
    return q;
  if (!mm_build_efi_ok(l, iefi, idm, bp->mem_size, bp, levels) ||
      !mm_build_kernel_ok(l, ikt, bp) || !mm_build_page_ok(l, ivs) || !mm_build_page_ok(l, ifx))
    return q;

  q.levels = levels;
  q.gb = c->pdpe1gb == 1 ? 3 : 2; /* direct_gbpages */
  q.dm_start = l->region[idm].start;
  q.mem = bp->mem_size;
  q.rw_nx = mm_build_prot(c, MM_BUILD_KERNEL_EXEC, 1); /* PAGE_KERNEL */
  q.has_kernel = bp->text_size > 0 || bp->rodata_size > 0 || bp->data_size > 0;
  q.kt_start = q.has_kernel ? l->region[ikt].start : 0;
  q.pb = bp->phys_base;
  q.ts = bp->text_size;
  q.rs = bp->rodata_size;
  q.ds = bp->data_size;
  q.has_vsyscall = ivs < n;
  q.vs_start = ivs < n ? l->region[ivs].start : 0;
  q.vs_pa = bp->vsyscall_pa;
  q.has_fixmap = ifx < n;
  q.fx_page = ifx < n ? l->region[ifx].end - (MM_P12 - 1) : 0;
  q.fx_pa = bp->fixmap_pa;
  q.has_efi = iefi < n;
  q.slot = iefi < n ? mm_build_top_index(l->region[iefi].start, levels) : 0;
  q.efi_end = iefi < n ? l->region[iefi].end : 0;
  q.efi_pa = bp->efi_pa;
  q.es = bp->efi_size;
  /*@ assert plan_direct: (q.levels == 4 || q.levels == 5) && (q.gb == 2 || q.gb == 3) &&
        q.mem >= 1 && q.dm_start + (q.mem - 1) <= 0xFFFFFFFFFFFFFFFF; */
  /*@ assert plan_kernel: q.has_kernel != 0 ==>
        q.ts + q.rs + q.ds >= 1 && q.pb <= 0x10000000000000 && q.ts <= 0x800000000000 &&
        q.rs <= 0x800000000000 && q.ds <= 0x800000000000 &&
        q.kt_start + (q.ts + q.rs + q.ds - 1) <= 0xFFFFFFFFFFFFFFFF; */
  /*@ assert plan_vsyscall: q.has_vsyscall != 0 ==> q.vs_start + 0xFFF <= 0xFFFFFFFFFFFFFFFF; */
  /*@ assert plan_fixmap: q.has_fixmap != 0 ==> q.fx_page + 0xFFF <= 0xFFFFFFFFFFFFFFFF; */
  /*@ assert plan_efi: q.has_efi != 0 ==> MM_PGD_KERNEL_FIRST <= q.slot <= MM_PGD_KERNEL_LAST &&
        (q.es == 0 || q.es - 1 <= q.efi_end); */
  q.ok = 1;
  return q;
}

int mm_layout_build(struct mm_pool *p, const struct mm_cpu *c, const struct mm_layout *l,
                    const struct mm_build_params *bp, struct mm_build_result *out)
{
  uint32_t levels = p->top, efi = 0;
  struct build_plan b;
  int rc;

  /* every rule first: a rejected build writes nothing */
  if (p->used != 1 || l->levels != levels || p->level[0] != levels || p->prefix[0] != 0)
    return MM_PT_EINVAL;
  b = build_plan_of(c, l, bp, levels);
  if (!b.ok)
    return MM_PT_EINVAL;
  /*@ assert plan: PlanOk(b); */

  /* the result first (it is only meaningful on success): no store between
   * the pool stages and the return (docs/proofs.md, recipe 13) */
  efi = b.has_efi ? 1 : 0; /* mm_pool_new_root's frame in a fresh pool */
  out->root = 0;
  out->efi_root = efi;
  out->efi_slot = b.slot;
  /*@ assert apart: p->mem.nframes == \at(p->mem.nframes, Pre); */
  /* the stores above are to *out (uint32_t): of the pool, only `used` can
   * be in their memory, so the tree invariant follows from tree_same */
  /*@ assert same: PoolSame{Pre,Here}(p); */
  /*@ assert tree_out: \at(PoolTree(p), Pre) ==> PoolTree(p); */
  rc = build_tables(p, c, b);
  /*@ assert half: rc == MM_PT_OK ==> SharedHalf(p, 0, efi, b.slot); */
  /*@ assert stored: out->root == 0 && out->efi_root == efi && out->efi_slot == b.slot; */
  return rc;
}
