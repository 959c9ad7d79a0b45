/* Counter-example witnesses for the entry predicates of
 * spec/acsl/PoolXlateLemmas.acsl that leaf_entry and split_entry establish
 * (LeafBits, SplitOf): each true on one concrete entry and false on a
 * neighbour that differs in the frame, the rights or the piece, so a vacuous
 * or trivially-true definition cannot pass. */
#include "entry_bits.h"

/* A PTE for the 4-KiB page at 0x5000, read/write: 0x5003. */
/*@ assigns \nothing;
    ensures leaf_pte:         LeafBits(0x5003, 1, 0x5000, 0x2);
    ensures leaf_wrong_frame: !LeafBits(0x5003, 1, 0x6000, 0x2);
    ensures leaf_wrong_prot:  !LeafBits(0x5003, 1, 0x5000, 0x0);
    ensures leaf_huge_no_ps:  !LeafBits(0x200003, 2, 0x200000, 0x2);
    ensures leaf_huge:        LeafBits(0x200083, 2, 0x200000, 0x2); */
void witness_leaf_bits(void)
{
}

/* Piece 1 of the read/write 2-MiB page at 0x200000 (0x200083) is the PTE
 * 0x201003; 0x202003 is piece 2, not 1, and 0x201001 drops R/W. */
/*@ assigns \nothing;
    ensures split_piece:       SplitOf(0x200083, 2, 1, 0x201003);
    ensures split_wrong_piece: !SplitOf(0x200083, 2, 1, 0x202003);
    ensures split_wrong_prot:  !SplitOf(0x200083, 2, 1, 0x201001); */
void witness_split_of(void)
{
}
