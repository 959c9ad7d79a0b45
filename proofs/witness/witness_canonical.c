/* Counter-example witnesses for the canonical-address predicates: each
 * predicate is shown false on a specific address (and true on its
 * neighbour), so a vacuous or trivially-true definition cannot pass. */
#include "mm_types.h"

/*@ assigns \nothing;
    ensures first_noncanonical48: !Canonical48(0x0000800000000000);
    ensures last_noncanonical48:  !Canonical48(0xFFFF7FFFFFFFFFFF);
    ensures last_user48:           Canonical48(0x00007FFFFFFFFFFF);
    ensures first_kernel48:        Canonical48(0xFFFF800000000000);
    ensures first_noncanonical57: !Canonical57(0x0100000000000000);
    ensures last_noncanonical57:  !Canonical57(0xFEFFFFFFFFFFFFFF);
    ensures la57_widens:           Canonical57(0x0000800000000000) &&
                                   !Canonical48(0x0000800000000000);
    ensures sign_extend_moves:     SignExtend48(0x0000800000000000) == 0xFFFF800000000000;
    ensures sign_extend_keeps:     SignExtend48(0x00007FFFFFFFFFFF) == 0x00007FFFFFFFFFFF;
*/
void witness_canonical(void)
{
}
