/* mmspec — the address window CONFIG_RANDOMIZE_MEMORY places the randomized
 * regions in. ONE function, with a narrow interface, so that the exact model
 * of kernel_randomize_memory() (issue 6) can replace its body: for now the
 * window is an approximation read off the profile (kaslr_window.c). */
#ifndef MMSPEC_KASLR_WINDOW_H
#define MMSPEC_KASLR_WINDOW_H

#include <stdint.h>

#include "mm_types.h"

/* The first and last address (inclusive) of the window of layout l in *lo
 * and *hi. 0, or -1 when l has no randomized region. */
int mm_kaslr_window(const struct mm_layout *l, uint64_t *lo, uint64_t *hi);

#endif
