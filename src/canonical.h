/* Canonical linear addresses and sign extension (Intel SDM vol. 1 §3.3.7.1
 * "Canonical Addressing"; vol. 3A §4.5 for 5-level paging, CR4.LA57). Linux: __is_canonical_address() / __canonical_address()
 * in arch/x86/include/asm/page.h. */
#ifndef MMSPEC_CANONICAL_H
#define MMSPEC_CANONICAL_H

#include "mm_types.h"

/*@
  requires bits: ValidVaBits(va_bits);
  terminates \true;
  assigns \nothing;
  ensures value: \result == HoleStart(va_bits);
*/
uint64_t mm_hole_start(uint32_t va_bits);

/*@
  requires bits: ValidVaBits(va_bits);
  terminates \true;
  assigns \nothing;
  ensures value: \result == HoleEnd(va_bits);
*/
uint64_t mm_hole_end(uint32_t va_bits);

/*@
  terminates \true;
  assigns \nothing;
  behavior canonical:
    assumes Canonical48(va);
    ensures yes: \result == 1;
  behavior noncanonical:
    assumes !Canonical48(va);
    ensures no: \result == 0;
  complete behaviors;
  disjoint behaviors;
*/
int mm_is_canonical48(uint64_t va);

/*@
  terminates \true;
  assigns \nothing;
  behavior canonical:
    assumes Canonical57(va);
    ensures yes: \result == 1;
  behavior noncanonical:
    assumes !Canonical57(va);
    ensures no: \result == 0;
  complete behaviors;
  disjoint behaviors;
*/
int mm_is_canonical57(uint64_t va);

/*@
  requires bits: ValidVaBits(va_bits);
  terminates \true;
  assigns \nothing;
  behavior canonical:
    assumes Canonical(va_bits, va);
    ensures yes: \result == 1;
  behavior noncanonical:
    assumes !Canonical(va_bits, va);
    ensures no: \result == 0;
  complete behaviors;
  disjoint behaviors;
*/
int mm_is_canonical(uint32_t va_bits, uint64_t va);

/* Sign-extend from bit 47: the canonical address a 4-level CPU forms from
 * the low 48 bits. */
/*@
  terminates \true;
  assigns \nothing;
  ensures value:      \result == SignExtend48(va);
  ensures canonical:  Canonical48(\result);
  ensures low_bits:   \result % 0x0001000000000000 == va % 0x0001000000000000;
  ensures identity:   Canonical48(va) ==> \result == va;
  ensures idempotent: SignExtend48(\result) == \result;
*/
uint64_t mm_canonicalize48(uint64_t va);

/* Sign-extend from bit 56 (5-level paging, CR4.LA57 = 1). */
/*@
  terminates \true;
  assigns \nothing;
  ensures value:      \result == SignExtend57(va);
  ensures canonical:  Canonical57(\result);
  ensures low_bits:   \result % 0x0200000000000000 == va % 0x0200000000000000;
  ensures identity:   Canonical57(va) ==> \result == va;
  ensures idempotent: SignExtend57(\result) == \result;
*/
uint64_t mm_canonicalize57(uint64_t va);

/*@
  requires bits: ValidVaBits(va_bits);
  terminates \true;
  assigns \nothing;
  ensures value:      \result == SignExtend(va_bits, va);
  ensures canonical:  Canonical(va_bits, \result);
  ensures identity:   Canonical(va_bits, va) ==> \result == va;
  ensures idempotent: SignExtend(va_bits, \result) == \result;
*/
uint64_t mm_canonicalize(uint32_t va_bits, uint64_t va);

#endif
