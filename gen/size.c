/* Range sizes in words. The size of 0..2^64-1 does not fit in 64 bits, so
 * the count is kept as (size - 1) until it is divided. */
#include "size.h"

#include <inttypes.h>
#include <stdio.h>

static const char *const units[] = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};

void mm_size_format(char *buf, size_t cap, uint64_t start, uint64_t end)
{
  uint64_t m = end - start; /* size - 1 */
  unsigned u = 0, shift = 0;
  /* size = m + 1 is a multiple of 2^(shift+10) iff the low shift+10 bits of m
   * are all ones. */
  while (u + 1 < sizeof units / sizeof units[0]) {
    uint64_t mask = (UINT64_C(1) << (shift + 10)) - 1;
    if ((m & mask) != mask)
      break;
    shift += 10;
    u++;
  }
  uint64_t count = (m >> shift) + 1; /* (m + 1) / 2^shift, without overflow */
  int n = snprintf(buf, cap, "%" PRIu64 " %s", count, units[u]);
  if ((m & (m + 1)) == 0 && n >= 0 && (size_t)n < cap) {
    unsigned bits = 0;
    while (bits < 64 && ((m >> bits) & 1u))
      bits++;
    snprintf(buf + n, cap - (size_t)n, " = 2^%u", bits);
  }
}
