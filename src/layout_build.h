/* mmspec — the kernel page tables of a layout profile, built the way Linux
 * builds them at boot (arch/x86/kernel/head_64.S, arch/x86/mm/init.c
 * init_mem_mapping, arch/x86/mm/init_64.c kernel_physical_mapping_init,
 * arch/x86/platform/efi/efi_64.c efi_sync_low_kernel_mappings), in the
 * frames of a page pool (pt_pool.h) through mm_map_range (pagemap.h).
 *
 * Under the pool's first top-level table (frame 0, fresh):
 *   - the direct map: [0, mem_size) at the direct-map region's start (the
 *     profile's page_offset, __PAGE_OFFSET), pages of up to 1 GiB when the CPU
 *     has them (CPUID.80000001H:EDX.Page1GB, Linux's direct_gbpages) else up
 *     to 2 MiB; mm_map_range picks the largest the alignment allows, which is
 *     split_mem_range's 4K head, 2M, 1G middle, 2M, 4K tail. PAGE_KERNEL:
 *     supervisor, RW, NX, global, accessed, dirty;
 *   - the kernel image at the kernel-text region's start (__START_KERNEL_map)
 *     -> phys_base, 2-MiB pages, in its three sections as mark_rodata_ro
 *     leaves them: text PAGE_KERNEL_RX, rodata PAGE_KERNEL_RO (NX), data
 *     PAGE_KERNEL (RW, NX);
 *   - the vsyscall page at the vsyscall region's start (VSYSCALL_ADDR) ->
 *     vsyscall_pa, as vsyscall=native maps it in 4.x (map_vsyscall,
 *     __PAGE_KERNEL_VSYSCALL: user, read-only, executable, global);
 *   - when the profile has a fixmap region, its last page (FIXADDR_TOP,
 *     fix_to_virt(0)) -> fixmap_pa, PAGE_KERNEL.
 * In a second top-level table, efi_pgd (mm_pool_new_root):
 *   - when efi_size > 0, [efi_pa, efi_pa + efi_size) at the top of the EFI
 *     region (efi_map_region allocates down from EFI_VA_START), RW and
 *     executable, not global (4.8 __map_region: _PAGE_RW, no NX);
 *   - the kernel half of the main table: every top-level entry 256 .. 511 but
 *     the EFI region's own is copied (mm_pgd_sync_slots, as
 *     efi_sync_low_kernel_mappings copies the PGD entries); the mappings above
 *     that share the EFI region's top-level entry (kernel text, vsyscall,
 *     fixmap: all of slot 511) are made in efi_pgd as well, with the same
 *     arguments. Linux copies the PUD entries around the EFI range instead;
 *     both give every kernel-half address outside the EFI region the same
 *     translation in both tables.
 * Every address and size comes from the layout (its regions by kind) and
 * the parameters; no region constant is written here.
 *
 * The CPU's IA32_EFER.NXE decides NX: without it no entry gets XD (Linux
 * clears _PAGE_NX from __supported_pte_mask).
 *
 * Errors: MM_PT_EINVAL when an argument rule breaks (no direct-map region; a
 * pool that is not fresh or whose top level is not the layout's; sizes not
 * multiples of 4 KiB or 2 MiB where stated; a range not inside its region;
 * the EFI region not within one kernel-half top-level entry or sharing it
 * with the direct map: spec/acsl/Build.acsl). Every rule is checked before
 * anything is written, so MM_PT_EINVAL leaves the pool as it was. Otherwise
 * any error of mm_map_range / mm_pool_new_root / mm_pgd_sync_slots
 * (MM_PT_ENOMEM when the pool is too small); after such an error the pool
 * holds a partial build (still PoolOk): discard it.
 *
 * Proven by WP (unit layout_build, docs/proofs.md): no run-time error, the
 * pool stays PoolOk and only grows, both roots are top-level tables of it,
 * efi_pgd's kernel half equals the main table's but for the EFI region's
 * entry, so every kernel-half address outside that entry translates alike
 * from both (SameWalk). That a rejected build changes nothing is tested
 * (tests/unit/test_layout_build.c, rejected()), not part of the contract. */
#ifndef MMSPEC_LAYOUT_BUILD_H
#define MMSPEC_LAYOUT_BUILD_H

#include "pagemap.h"
#include "pgd_sync.h"

/* Linux's protections (arch/x86/include/asm/pgtable_types.h, 4.8), without
 * NX; mm_build_prot adds XD when the CPU has NXE and the mapping is NX. */
#define MM_BUILD_KERNEL_EXEC (MM_PROT_RW + MM_PROT_A + MM_PROT_D + MM_PROT_G) /* __PAGE_KERNEL_EXEC */
#define MM_BUILD_KERNEL_RX (MM_PROT_A + MM_PROT_D + MM_PROT_G)               /* __PAGE_KERNEL_RX   */
#define MM_BUILD_VSYSCALL (MM_BUILD_KERNEL_RX + MM_PROT_US)                   /* __PAGE_KERNEL_VSYSCALL */
#define MM_BUILD_EFI MM_PROT_RW                                               /* efi __map_region   */

/* What the layout does not say. */
struct mm_build_params {
  uint64_t mem_size;    /* direct map of [0, mem_size): multiple of 4 KiB, > 0    */
  uint64_t phys_base;   /* physical address of the kernel image: 2-MiB aligned     */
  uint64_t text_size;   /* kernel sections, each a multiple of 2 MiB (may be 0);   */
  uint64_t rodata_size; /* mapped one after the other from __START_KERNEL_map      */
  uint64_t data_size;
  uint64_t vsyscall_pa; /* the vsyscall page (__vsyscall_page): 4-KiB aligned       */
  uint64_t fixmap_pa;   /* the page at FIXADDR_TOP: 4-KiB aligned                   */
  uint64_t efi_pa;      /* the EFI runtime range: 4-KiB aligned                     */
  uint64_t efi_size;    /* its size, a multiple of 4 KiB (0: none)                  */
};

#include "Build.acsl"

/* The tables built. */
struct mm_build_result {
  uint32_t root;     /* frame of the main top-level table: 0               */
  uint32_t efi_root; /* frame of efi_pgd; equal to root when the layout has
                        no EFI region                                       */
  uint32_t efi_slot; /* the EFI region's top-level index, the one entry the
                        two tables do not share (0 without EFI region)      */
};


/* The index of the first region of kind kind in l, or l->nregions. */
/*@
  requires layout: \valid_read(l) && l->nregions <= MM_MAX_REGIONS;
  terminates \true;
  assigns \nothing;
  ensures range: \result <= l->nregions;
  ensures found: \result < l->nregions ==> l->region[\result].kind == kind;
  ensures first: \forall integer i; 0 <= i < \result ==> l->region[i].kind != kind;
*/
uint32_t mm_build_find(const struct mm_layout *l, uint32_t kind);

/* prot, plus XD when nx and the CPU has IA32_EFER.NXE. */
/*@
  requires cpu: \valid_read(c) && (c->nxe == 0 || c->nxe == 1);
  requires prot: prot < 0x200;
  terminates \true;
  assigns \nothing;
  ensures nx: nx != 0 && c->nxe == 1 ==> \result == prot + MM_PROT_XD;
  ensures x: !(nx != 0 && c->nxe == 1) ==> \result == prot;
*/
uint64_t mm_build_prot(const struct mm_cpu *c, uint64_t prot, uint32_t nx);

/* The top-level index of va with levels-level paging (SDM §4.5: bits 47:39
 * for a PML4, 56:48 for a PML5). */
/*@
  requires levels: levels == 4 || levels == 5;
  terminates \true;
  assigns \nothing;
  ensures range: \result < 512;
  ensures value: \result == (levels == 5 ? (va / 0x1000000000000) % 512 : (va / 0x8000000000) % 512);
*/
uint32_t mm_build_top_index(uint64_t va, uint32_t levels);

/* A mapping of the main table that efi_pgd shares: made in root, and in efi
 * too when it lies in the EFI region's top-level entry (efi_slot). */
/*@
  requires pool: PoolOk(p);
  requires cpu: ValidCpu(c);
  requires sep: \separated(c, p, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                           p->level + (0 .. p->mem.nframes - 1),
                           p->prefix + (0 .. p->mem.nframes - 1));
  requires levels: levels == 4 || levels == 5;
  requires last: size >= 1 && va + (size - 1) <= 0xFFFFFFFFFFFFFFFF;
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1];
  ensures pool: PoolOk(p);
  ensures keeps: Keeps{Pre,Post}(p);
  ensures status: 0 <= \result <= MM_PT_ECOUNT;
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
*/
int mm_build_map_shared(struct mm_pool *p, const struct mm_cpu *c, uint32_t root,
                        uint32_t efi, uint32_t efi_slot, uint32_t levels, uint64_t va,
                        uint64_t pa, uint64_t size, uint64_t prot, uint32_t max_level);

/* The argument rules, one per mapping (spec/acsl/Build.acsl); 1 when it
 * holds. Regions by index, nregions for none. */
/*@
  requires layout: \valid_read(l) && l->nregions <= MM_MAX_REGIONS && idm < l->nregions;
  terminates \true;
  assigns \nothing;
  ensures rule: \result == 1 <==> DirectOk(l, idm, mem);
  ensures flag: \result == 0 || \result == 1;
*/
int mm_build_direct_ok(const struct mm_layout *l, uint32_t idm, uint64_t mem);

/*@
  requires layout: \valid_read(l) && l->nregions <= MM_MAX_REGIONS;
  requires text: ikt <= l->nregions;
  requires params: \valid_read(bp);
  terminates \true;
  assigns \nothing;
  ensures rule: \result == 1 <==> KernelOk(l, ikt, bp);
  ensures flag: \result == 0 || \result == 1;
*/
int mm_build_kernel_ok(const struct mm_layout *l, uint32_t ikt,
                       const struct mm_build_params *bp);

/*@
  requires layout: \valid_read(l) && l->nregions <= MM_MAX_REGIONS;
  requires direct: DirectOk(l, idm, mem);
  requires efi: iefi <= l->nregions;
  requires params: \valid_read(bp);
  requires levels: levels == 4 || levels == 5;
  terminates \true;
  assigns \nothing;
  ensures rule: \result == 1 <==> EfiOk(l, iefi, idm, mem, bp, levels);
  ensures flag: \result == 0 || \result == 1;
*/
int mm_build_efi_ok(const struct mm_layout *l, uint32_t iefi, uint32_t idm, uint64_t mem,
                    const struct mm_build_params *bp, uint32_t levels);

/*@
  requires layout: \valid_read(l) && l->nregions <= MM_MAX_REGIONS && i <= l->nregions;
  terminates \true;
  assigns \nothing;
  ensures rule: \result == 1 <==> PageOk(l, i);
  ensures flag: \result == 0 || \result == 1;
*/
int mm_build_page_ok(const struct mm_layout *l, uint32_t i);

/* Build the tables of layout l (see above) in pool p, fresh: one top-level
 * table in frame 0 (mm_pool_init), nothing else used. */
/*@
  requires pool: PoolOk(p);
  requires cpu: ValidCpu(c);
  requires layout: \valid_read(l) && l->nregions <= MM_MAX_REGIONS;
  requires params: \valid_read(bp);
  requires out: \valid(out);
  requires sep: \separated(out, p, c, l, bp, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
                           p->level + (0 .. p->mem.nframes - 1),
                           p->prefix + (0 .. p->mem.nframes - 1));
  requires sep_in: \separated(p, c, l, bp) &&
    \separated(c, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
               p->level + (0 .. p->mem.nframes - 1), p->prefix + (0 .. p->mem.nframes - 1)) &&
    \separated(l, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
               p->level + (0 .. p->mem.nframes - 1), p->prefix + (0 .. p->mem.nframes - 1)) &&
    \separated(bp, p->mem.word + (0 .. p->mem.nframes * 512 - 1),
               p->level + (0 .. p->mem.nframes - 1), p->prefix + (0 .. p->mem.nframes - 1));
  terminates \true;
  assigns p->used, p->mem.word[0 .. p->mem.nframes * 512 - 1],
          p->level[0 .. p->mem.nframes - 1], p->prefix[0 .. p->mem.nframes - 1], *out;
  ensures pool: PoolOk(p);
  ensures keeps: Keeps{Pre,Post}(p);
  ensures status: 0 <= \result <= MM_PT_ECOUNT;
  ensures tree: \old(PoolTree(p)) ==> PoolTree(p);
  ensures roots: \result == MM_PT_OK ==>
    out->root == 0 && TopFrame(p, out->root) && TopFrame(p, out->efi_root);
  ensures efi_half: \result == MM_PT_OK && out->efi_root != out->root ==>
    256 <= out->efi_slot <= 511 && SharedHalf(p, out->root, out->efi_root, out->efi_slot);
  ensures shared: \result == MM_PT_OK ==>
    \forall struct mm_cpu *cpu, integer va;
      256 <= LevelIndex(va, TopLevel(cpu)) <= 511 && LevelIndex(va, TopLevel(cpu)) != out->efi_slot ==>
      SameWalk(&p->mem, cpu, p->mem.base, p->mem.base + out->efi_root * 0x1000, va);
*/
int mm_layout_build(struct mm_pool *p, const struct mm_cpu *c, const struct mm_layout *l,
                    const struct mm_build_params *bp, struct mm_build_result *out);

#endif
