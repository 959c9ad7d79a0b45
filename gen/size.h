/* mmspec — the size of an address range in words, as `mmspec show` prints it. */
#ifndef MMSPEC_SIZE_H
#define MMSPEC_SIZE_H

#include <stddef.h>
#include <stdint.h>

/* Write the size of the inclusive range start..end (start <= end) into buf:
 * the count in the largest binary unit (B KB MB GB TB PB EB, each 1024 times
 * the one before, named as Linux mm.txt names them) that divides it exactly,
 * followed by " = 2^N" when the size is a power of two. Examples:
 * "128 TB = 2^47", "1526 MB", "2 MB = 2^21", "16 EB = 2^64". */
void mm_size_format(char *buf, size_t cap, uint64_t start, uint64_t end);

#endif
