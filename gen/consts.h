/* mmspec — the named constants and the compile-time facts of a layout, shared
 * by the `c` and `rust` emitters so that both define the same names with the
 * same values and assert the same facts. docs/headers.md lists them. */
#ifndef MMSPEC_CONSTS_H
#define MMSPEC_CONSTS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "profile.h"

#define MM_CONST_NAME_MAX 80
/* 8 parameters + 3 per paging level (at most 5) + 5 per region. */
#define MM_CONSTS_MAX (8u + 3u * 5u + 5u * MM_MAX_REGIONS)

struct mm_const {
  char name[MM_CONST_NAME_MAX]; /* MMSPEC_... */
  uint64_t value;
  int hex;           /* 1: an address or size, written as 16 hex digits */
  const char *group; /* non-NULL on the first constant of a group: its title */
  int region;        /* the region it belongs to, or -1 */
};

struct mm_consts {
  struct mm_const c[MM_CONSTS_MAX];
  size_t n;
};

/* Fill *cs with the constants of p, in the order they are emitted. */
void mm_consts_build(struct mm_consts *cs, const struct mm_profile *p);

/* 0 when every name of cs is unique and every region is shorter than 2^64;
 * -1 with a `name-clash` (or `size`) diagnostic at the region's line
 * otherwise. The check of the `c` and `rust` formats. */
int mm_consts_check(const struct mm_profile *p, struct mm_diag *d);

/* The macro prefix of region i: "MMSPEC_" and its name in upper case. */
void mm_consts_region_prefix(char *dst, size_t cap, const struct mm_profile *p, uint32_t i);

/* One compile-time fact: id is unique and a C identifier fragment
 * ("order_5"), expr uses only the constant names, decimal literals, and
 * `u64max` for 2^64 - 1, with the operators < <= >= == - + / % && || (no
 * parentheses; C and Rust give them the same precedence), msg is plain ASCII
 * text without quotes or backslashes. */
typedef void (*mm_fact_fn)(FILE *out, const char *id, const char *expr, const char *msg);

/* Call put for every fact of p, in order: per region start <= end, the size,
 * the alignment, canonicality, the top-level slot; the first region at 0; per
 * pair of neighbours disjointness and order; the last region at 2^64 - 1; the
 * direct map at page-offset and covering 2^pa-bits. */
void mm_facts(FILE *out, const struct mm_profile *p, const char *u64max, mm_fact_fn put);

/* Whether s is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF). */
int mm_utf8_ok(const char *s);

/* Text inside a block or line comment: no comment delimiters, no trigraphs;
 * control characters, backslashes and, when s is not UTF-8, every byte
 * above 0x7F replaced by '?'. */
void mm_put_comment_text(FILE *out, const char *s);

/* Text inside an HTML or XML comment (the md and svg banners): never "--"
 * (which may end it), no control characters, no bytes above 0x7F unless s is
 * UTF-8. */
void mm_put_markup_comment_text(FILE *out, const char *s);

#endif
