/* Canonical addresses: range comparisons and arithmetic sign extension. gcc -O2
 * turns `va % MM_P48` into one `and` and the comparison into `bt`; see
 * docs/proofs.md for why the proof wants this form rather than shifts. */
#include "canonical.h"

uint64_t mm_hole_start(uint32_t va_bits)
{
  return va_bits == 48u ? MM_P47 : MM_P56;
}

uint64_t mm_hole_end(uint32_t va_bits)
{
  return va_bits == 48u ? 0xFFFF7FFFFFFFFFFFULL : 0xFEFFFFFFFFFFFFFFULL;
}

int mm_is_canonical48(uint64_t va)
{
  return va < MM_P47 || va >= 0xFFFF800000000000ULL;
}

int mm_is_canonical57(uint64_t va)
{
  return va < MM_P56 || va >= 0xFF00000000000000ULL;
}

int mm_is_canonical(uint32_t va_bits, uint64_t va)
{
  return va_bits == 48u ? mm_is_canonical48(va) : mm_is_canonical57(va);
}

uint64_t mm_canonicalize48(uint64_t va)
{
  uint64_t low = va % MM_P48;
  return low < MM_P47 ? low : low + 0xFFFF000000000000ULL;
}

uint64_t mm_canonicalize57(uint64_t va)
{
  uint64_t low = va % MM_P57;
  return low < MM_P56 ? low : low + 0xFE00000000000000ULL;
}

uint64_t mm_canonicalize(uint32_t va_bits, uint64_t va)
{
  return va_bits == 48u ? mm_canonicalize48(va) : mm_canonicalize57(va);
}
