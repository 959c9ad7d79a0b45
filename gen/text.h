/* mmspec — the text layer of the profile format: which bytes a profile may
 * hold, and splitting a line into whitespace-separated tokens. */
#ifndef MMSPEC_TEXT_H
#define MMSPEC_TEXT_H

#include <stddef.h>

/* The offset of the first byte of text[0..len) that is not text: NUL, an ASCII
 * control character other than tab, line feed and a carriage return before a
 * line feed, DEL, or a byte that is not part of well-formed UTF-8. len when
 * every byte is text. */
size_t mm_text_first_bad(const char *text, size_t len);

/* A span of bytes inside a line: not NUL-terminated. */
struct mm_span {
  const char *s;
  size_t n;
};

/* The next token of *rest (space- and tab-separated): returns 1 and the token
 * in *tok, advancing *rest past it; 0 when only whitespace remains. */
int mm_text_next(struct mm_span *rest, struct mm_span *tok);

/* *rest with leading and trailing spaces and tabs removed. */
struct mm_span mm_text_trim(struct mm_span rest);

/* Whether the span is n bytes equal to the C string word. */
int mm_text_is(struct mm_span sp, const char *word);

#endif
