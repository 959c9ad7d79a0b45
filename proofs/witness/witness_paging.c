/* Counter-example witnesses for the paging predicates of spec/acsl/Paging.acsl:
 * each is shown true on one concrete case and false on a neighbour that
 * differs in the one bit or flag the SDM rule is about, so a vacuous or
 * trivially-true definition cannot pass. */
#include "translate.h"

/* A CPU as Linux runs it: MAXPHYADDR 46, NXE, WP, SMEP, SMAP, 1-GiB pages. */
/*@ requires cpu: \valid_read(c) && c->pa_limit == 0x400000000000 && c->la57 == 0 &&
                  c->nxe == 1 && c->wp == 1 && c->smep == 1 && c->smap == 1 &&
                  c->ac == 0 && c->pdpe1gb == 1;
    assigns \nothing;
    ensures valid_cpu:          ValidCpu(c);
    ensures top_level:          TopLevel(c) == 4;
    ensures phys_bit_reserved:  Rsvd(c, 0x0000400000001003, 1);  // bit 46
    ensures phys_below_ok:      !Rsvd(c, 0x00003FFFFFFFF003, 1);
    ensures ignored_bits_ok:    !Rsvd(c, 0x7FF0000000001F03, 1); // 62:52, 11:8
    ensures ps_pml4_reserved:   Rsvd(c, 0x0000000000001083, 4);
    ensures ps_pdpt_leaf:       !Rsvd(c, 0x0000000040000083, 3) && Leaf(0x0000000040000083, 3);
    ensures pdpt_low_reserved:  Rsvd(c, 0x0000000040002083, 3);  // bit 13
    ensures pat_not_reserved:   !Rsvd(c, 0x0000000000201083, 2); // bit 12 = PAT
    ensures pd_low_reserved:    Rsvd(c, 0x0000000000202083, 2);  // bit 13
    ensures pd_table_not_leaf:  !Leaf(0x0000000000201003, 2) && Leaf(0x0000000000201003, 1);
    ensures kind_not_present:   EntryKind(c, 0x0000000000201002, 1) == MM_WALK_NOT_PRESENT;
    ensures kind_next:          EntryKind(c, 0x0000000000201003, 2) == MM_WALK_NEXT;
    ensures kind_leaf:          EntryKind(c, 0x0000000000200083, 2) == MM_WALK_LEAF;
    ensures kind_reserved:      EntryKind(c, 0x0000000000202083, 2) == MM_WALK_RESERVED;
    ensures user_read:          Allowed(c, MM_ACC_READ, 1, 0, 1, 0);
    ensures user_needs_us:      !Allowed(c, MM_ACC_READ, 1, 1, 0, 0);
    ensures user_write_ro:      !Allowed(c, MM_ACC_WRITE, 1, 0, 1, 0);
    ensures user_fetch_xd:      !Allowed(c, MM_ACC_FETCH, 1, 1, 1, 1);
    ensures kernel_write_wp:    !Allowed(c, MM_ACC_WRITE, 0, 0, 0, 0);
    ensures kernel_write_rw:    Allowed(c, MM_ACC_WRITE, 0, 1, 0, 0);
    ensures smap_read:          !Allowed(c, MM_ACC_READ, 0, 1, 1, 0);
    ensures smep_fetch:         !Allowed(c, MM_ACC_FETCH, 0, 1, 1, 0);
    ensures kernel_fetch_xd:    !Allowed(c, MM_ACC_FETCH, 0, 1, 0, 1);
    ensures kernel_fetch:       Allowed(c, MM_ACC_FETCH, 0, 0, 0, 0);
    ensures err_user_write:     ErrAccessBits(c, MM_ACC_WRITE, 1) == 6;
    ensures err_fetch:          ErrAccessBits(c, MM_ACC_FETCH, 0) == 16;
    ensures canonical:          CanonicalFor(c, 0xFFFF800000000000) &&
                                !CanonicalFor(c, 0x0000800000000000);
*/
void witness_paging_linux(const struct mm_cpu *c)
{
  (void)c;
}

/* The same rules with the features off: NXE = 0 makes XD reserved, WP = 0
 * lets the kernel write read-only pages, AC = 1 lifts SMAP, no 1-GiB pages
 * makes PS in a PDPTE reserved, LA57 widens the canonical range. */
/*@ requires cpu: \valid_read(c) && c->pa_limit == 0x10000000000000 && c->la57 == 1 &&
                  c->nxe == 0 && c->wp == 0 && c->smep == 0 && c->smap == 1 &&
                  c->ac == 1 && c->pdpe1gb == 0;
    assigns \nothing;
    ensures valid_cpu:          ValidCpu(c);
    ensures top_level:          TopLevel(c) == 5;
    ensures xd_reserved:        Rsvd(c, 0x8000000000001003, 1);
    ensures bit51_ok:           !Rsvd(c, 0x0008000000001003, 1); // MAXPHYADDR 52
    ensures no_gbpages:         Rsvd(c, 0x0000000040000083, 3);
    ensures ps_pml5_reserved:   Rsvd(c, 0x0000000000001083, 5);
    ensures kernel_write_ro:    Allowed(c, MM_ACC_WRITE, 0, 0, 0, 0);
    ensures smap_lifted:        Allowed(c, MM_ACC_READ, 0, 1, 1, 0);
    ensures fetch_user_page:    Allowed(c, MM_ACC_FETCH, 0, 1, 1, 0);
    ensures err_fetch_no_id:    ErrAccessBits(c, MM_ACC_FETCH, 0) == 0;
    ensures canonical57:        CanonicalFor(c, 0x0000800000000000) &&
                                !CanonicalFor(c, 0x0100000000000000);
*/
void witness_paging_features_off(const struct mm_cpu *c)
{
  (void)c;
}

/* ValidCpu rejects a pa_limit that is not 2^MAXPHYADDR and a flag that is
 * not 0 or 1. */
/*@ requires cpu: \valid_read(c) && (c->pa_limit == 0x400000000001 || c->nxe == 2);
    assigns \nothing;
    ensures invalid: !ValidCpu(c);
*/
void witness_paging_bad_cpu(const struct mm_cpu *c)
{
  (void)c;
}

/* MemOk and InMem on two frames at 0x1000; an unaligned base is rejected. */
/*@ requires mem: \valid_read(m) && m->base == 0x1000 && m->nframes == 2 &&
                  \valid_read(m->word + (0 .. 1023));
    assigns \nothing;
    ensures mem_ok:    MemOk(m);
    ensures inside:    InMem(m, 0x1000) && InMem(m, 0x2000);
    ensures below:     !InMem(m, 0x0000);
    ensures above:     !InMem(m, 0x3000);
*/
void witness_paging_memory(const struct mm_mem *m)
{
  (void)m;
}

/*@ requires mem: \valid_read(m) && m->base == 0x1800;
    assigns \nothing;
    ensures unaligned: !MemOk(m);
*/
void witness_paging_unaligned_memory(const struct mm_mem *m)
{
  (void)m;
}
