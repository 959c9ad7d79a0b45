/* check.h — a tiny header-only test framework for the unit tests.
 *
 *   CHECK(cond, fmt, ...)  count a pass, or a failure printed with file:line
 *                          and the printf-style message
 *   CHECK_EQ_U64(a, b)     CHECK that two integers are equal (shown in hex)
 *   CHECK_STR(a, b)        CHECK that two C strings are equal
 *   check_report(name)     print "<name>: N passed, N failed" (the line
 *                          tests/run.sh sums) and return the exit status
 *
 * Each test program includes it once (it defines static state). */
#ifndef MMSPEC_CHECK_H
#define MMSPEC_CHECK_H

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static unsigned check_passed_;
static unsigned check_failed_;

/* Record one result; the message is printed only on failure. */
#define CHECK(cond, ...)                                                   \
  do {                                                                     \
    if (cond) {                                                            \
      check_passed_++;                                                     \
    } else {                                                               \
      check_failed_++;                                                     \
      fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
      fprintf(stderr, __VA_ARGS__);                                        \
      fputc('\n', stderr);                                                 \
    }                                                                      \
  } while (0)

#define CHECK_EQ_U64(a, b)                                                   \
  do {                                                                       \
    uint64_t check_a_ = (uint64_t)(a), check_b_ = (uint64_t)(b);             \
    CHECK(check_a_ == check_b_, "%s = 0x%" PRIx64 ", %s = 0x%" PRIx64, #a,  \
          check_a_, #b, check_b_);                                           \
  } while (0)

#define CHECK_STR(a, b)                                                      \
  do {                                                                       \
    const char *check_sa_ = (a), *check_sb_ = (b);                           \
    CHECK(check_sa_ && check_sb_ && strcmp(check_sa_, check_sb_) == 0,       \
          "%s = \"%s\", %s = \"%s\"", #a, check_sa_ ? check_sa_ : "(null)", #b, \
          check_sb_ ? check_sb_ : "(null)");                                 \
  } while (0)

static inline int check_report(const char *name)
{
  printf("%s: %u passed, %u failed\n", name, check_passed_, check_failed_);
  fflush(stdout);
  return check_failed_ ? 1 : 0;
}

#endif
