/* mmspec — a diagnostic: where (file, line), which rule, and a message.
 * Printed as `FILE:LINE: RULE: message`, or `FILE: RULE: message` when the
 * problem has no line (I/O errors). */
#ifndef MMSPEC_DIAG_H
#define MMSPEC_DIAG_H

#include <stdio.h>

#define MM_DIAG_FILE_MAX 512
#define MM_DIAG_RULE_MAX 24
#define MM_DIAG_MSG_MAX 512

struct mm_diag {
  char file[MM_DIAG_FILE_MAX];
  unsigned line; /* 0: no line */
  char rule[MM_DIAG_RULE_MAX];
  char msg[MM_DIAG_MSG_MAX];
};

/* Fill d; the message is printf-formatted and truncated to fit. */
#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
void mm_diag_set(struct mm_diag *d, const char *file, unsigned line, const char *rule,
                 const char *fmt, ...);

/* Print d as one line. */
void mm_diag_print(FILE *out, const struct mm_diag *d);

/* Copy at most n bytes of s into dst (of size cap) for quoting in a message:
 * cut at a UTF-8 character boundary, with "..." appended when shortened.
 * Returns dst. */
char *mm_diag_quote(char *dst, size_t cap, const char *s, size_t n);

#endif
