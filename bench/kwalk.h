/* bench/kwalk.h: a page walk written the way kernels write it, with the same
 * interface and the same results as mm_translate (src/translate.h), for the
 * side-by-side timing of bench/translate.c. Not proven. */
#ifndef MMSPEC_BENCH_KWALK_H
#define MMSPEC_BENCH_KWALK_H

#include "paging_types.h"

void kwalk_translate(const struct mm_mem *m, const struct mm_cpu *c, uint64_t cr3, uint64_t va,
                     uint32_t acc, uint32_t user, struct mm_xlate *x);

#endif
