/* mmspec — the profile-format names of the region kinds (enum mm_kind) and of
 * the alignment sizes. */
#ifndef MMSPEC_KINDS_H
#define MMSPEC_KINDS_H

#include <stddef.h>
#include <stdint.h>

/* The profile name of kind k ("direct-map"), or NULL for an unknown kind. */
const char *mm_kind_name(uint32_t k);

/* The C enumerator of kind k ("MM_KIND_DIRECT_MAP"), or NULL. */
const char *mm_kind_enum(uint32_t k);

/* The kind named by the n bytes at s; 0 and *k set when known, -1 otherwise. */
int mm_kind_lookup(const char *s, size_t n, uint32_t *k);

/* The alignment named by the n bytes at s ("2m" -> 0x200000); 0 when the
 * name is not one of 4k 2m 1g 512g 256t. */
uint64_t mm_align_lookup(const char *s, size_t n);

/* The name of alignment a ("2m"), or NULL when a is not one of the sizes. */
const char *mm_align_name(uint64_t a);

#endif
