/* mmspec — the value of an object-like macro of a defines file (defines.h):
 * a small C preprocessor (object- and function-like macros, `##`, the
 * kernel's _AC/_UL/_ULL/_BITUL/_BITULL/BIT/BIT_ULL when the file does not
 * define them) and an evaluator of integer constant expressions with C's
 * types and rules for LP64 (int, unsigned int, long, unsigned long): decimal,
 * hex and octal literals with U/L/UL/LL/ULL suffixes, parentheses, casts to
 * integer types, unary + - ~, binary * / % + - << >> & ^ |. Signed overflow,
 * a division by zero, a shift by a negative count or by the width or more,
 * and a left shift of a negative value are errors (undefined in C); unsigned
 * arithmetic wraps as in C. The result is converted to unsigned long.
 * Anything else (?:, comparisons, sizeof, floats, strings) is an error.
 * docs/live-check.md lists the grammar. */
#ifndef MMSPEC_EXPR_H
#define MMSPEC_EXPR_H

#include <stdint.h>

#include "defines.h"

enum mm_expr_status {
  MM_EXPR_OK = 0,
  MM_EXPR_NONCONST = 1, /* reads an identifier that is no macro (a variable:
                           page_offset_base) or calls a function */
  MM_EXPR_ERROR = 2     /* unsupported or malformed, or undefined in C */
};

#define MM_EXPR_RULE_MAX 24
#define MM_EXPR_MSG_MAX 320

struct mm_expr_result {
  unsigned status;  /* enum mm_expr_status */
  uint64_t value;   /* MM_EXPR_OK: the value as unsigned long */
  /* Otherwise: the definition of the file whose text holds the offending
   * token (the macro evaluated when the token is in a built-in helper),
   * the rule (expr, overflow, recursion, too-complex; not-constant) and a
   * message naming the token. */
  const struct mm_define *where;
  char rule[MM_EXPR_RULE_MAX];
  char msg[MM_EXPR_MSG_MAX];
};

/* Evaluate the object-like macro d of ds. Returns r->status. */
unsigned mm_expr_eval(const struct mm_defines *ds, const struct mm_define *d,
                      struct mm_expr_result *r);

#endif
