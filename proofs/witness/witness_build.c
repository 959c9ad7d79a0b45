/* Counter-examples for the layout builder's argument rules and its sharing
 * predicate (spec/acsl/Build.acsl): each shown true on one case and false on
 * its neighbour, so that none can be vacuous. The numbers are the 4.8 seed
 * profile's (docs/seed-mm.txt): the 64-TiB direct map at 0xffff880000000000,
 * the EFI region 0xffffffef00000000 .. 0xfffffffeffffffff (top-level slot
 * 511), the 512-MiB kernel text at 0xffffffff80000000. */
#include "layout_build.h"

/*@ predicate SeedDirect{L}(struct mm_layout *l, integer i) =
      l->region[i].start == 0xffff880000000000 && l->region[i].end == 0xffffc7ffffffffff;
    predicate SeedEfi{L}(struct mm_layout *l, integer i) =
      l->region[i].start == 0xffffffef00000000 && l->region[i].end == 0xfffffffeffffffff;
    predicate SeedText{L}(struct mm_layout *l, integer i) =
      l->region[i].start == 0xffffffff80000000 && l->region[i].end == 0xffffffff9fffffff;
*/

/* The direct map holds exactly 64 TiB, in 4-KiB multiples, not zero. */
/*@ requires layout: \valid_read(l) && l->nregions == 1 && SeedDirect(l, 0);
    assigns \nothing;
    ensures fits: DirectOk(l, 0, 0x400000000000);
    ensures over: !DirectOk(l, 0, 0x400000001000);
    ensures zero: !DirectOk(l, 0, 0);
    ensures unaligned: !DirectOk(l, 0, 0x100001000 + 1);
    ensures absent: !DirectOk(l, 1, 0x1000);
*/
void witness_build_direct(const struct mm_layout *l) { (void)l; }

/* The EFI region in slot 511 beside a direct map of 4 GiB in slot 272; the
 * same region starting one slot lower spans two entries; a direct map that
 * starts in slot 511 shares its entry; a runtime range one page larger than
 * the 64-GiB region does not fit; no EFI region at all is allowed. */
/*@ requires layout: \valid_read(l) && l->nregions == 3 && SeedDirect(l, 0) && SeedEfi(l, 1) &&
                     l->region[2].start == 0xffffff7f00000000 &&
                     l->region[2].end == 0xfffffffeffffffff;
    requires params: \valid_read(bp) && bp->efi_size == 0x1000;
    assigns \nothing;
    ensures ok: EfiOk(l, 1, 0, 0x100000000, bp, 4);
    ensures two_slots: !EfiOk(l, 2, 0, 0x100000000, bp, 4);
    ensures direct_slot: !EfiOk(l, 1, 1, 0x1000, bp, 4);
    ensures none: EfiOk(l, 3, 0, 0x100000000, bp, 4);
*/
void witness_build_efi(const struct mm_layout *l, const struct mm_build_params *bp)
{
  (void)l;
  (void)bp;
}

/*@ requires layout: \valid_read(l) && l->nregions == 2 && SeedDirect(l, 0) && SeedEfi(l, 1);
    requires params: \valid_read(bp) && bp->efi_size == 0x1000001000;
    assigns \nothing;
    ensures too_big: !EfiOk(l, 1, 0, 0x100000000, bp, 4);
*/
void witness_build_efi_size(const struct mm_layout *l, const struct mm_build_params *bp)
{
  (void)l;
  (void)bp;
}

/* Kernel sections of 8 + 2 + 4 MiB at phys_base 16 MiB fit the 512-MiB
 * region; a 3-MiB data section is not 2-MiB aligned; 512 MiB of data after
 * them does not fit; no section at all needs no region. */
/*@ requires layout: \valid_read(l) && l->nregions == 1 && SeedText(l, 0);
    requires params: \valid_read(bp) && bp->text_size == 0x800000 &&
                     bp->rodata_size == 0x200000 && bp->phys_base == 0x1000000;
    assigns \nothing;
    ensures fits: bp->data_size == 0x400000 ==> KernelOk(l, 0, bp);
    ensures unaligned: bp->data_size == 0x300000 ==> !KernelOk(l, 0, bp);
    ensures too_big: bp->data_size == 0x20000000 ==> !KernelOk(l, 0, bp);
    ensures no_region: bp->data_size == 0x400000 ==> !KernelOk(l, 1, bp);
*/
void witness_build_kernel(const struct mm_layout *l, const struct mm_build_params *bp)
{
  (void)l;
  (void)bp;
}

/*@ requires layout: \valid_read(l) && l->nregions == 1;
    requires params: \valid_read(bp) && KernelNone(bp);
    assigns \nothing;
    ensures none: KernelOk(l, 1, bp);
*/
void witness_build_kernel_none(const struct mm_layout *l, const struct mm_build_params *bp)
{
  (void)l;
  (void)bp;
}

/* A region of one page holds the vsyscall page, one of half a page not; an
 * absent region is allowed. */
/*@ requires layout: \valid_read(l) && l->nregions == 2 &&
                     l->region[0].start == 0xffffffffff600000 &&
                     l->region[0].end == 0xffffffffff600fff &&
                     l->region[1].start == 0xffffffffff600000 &&
                     l->region[1].end == 0xffffffffff6007ff;
    assigns \nothing;
    ensures page: PageOk(l, 0);
    ensures half: !PageOk(l, 1);
    ensures absent: PageOk(l, 2);
*/
void witness_build_page(const struct mm_layout *l) { (void)l; }

/* Two tables whose kernel halves agree but for slot 511 share a half with
 * slot 511 and not with slot 510. */
/*@ requires pool: PoolWords(p) && p->mem.nframes == 2;
    requires agree: \forall integer i; 256 <= i <= 510 ==> PWord(p, 1, i) == PWord(p, 0, i);
    requires differ: PWord(p, 1, 511) != PWord(p, 0, 511);
    assigns \nothing;
    ensures shared: SharedHalf(p, 0, 1, 511);
    ensures not_shared: !SharedHalf(p, 0, 1, 510);
*/
void witness_build_shared(struct mm_pool *p) { (void)p; }
