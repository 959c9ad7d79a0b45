/* Byte classification and tokenizing. */
#include "text.h"

#include <string.h>

/* Length of the well-formed UTF-8 sequence starting at t[i] (a byte >= 0x80),
 * or 0 when it is not one (RFC 3629: no overlongs, no surrogates, <= U+10FFFF). */
static size_t utf8_len(const unsigned char *t, size_t i, size_t len)
{
  unsigned char b = t[i];
  unsigned char lo = 0x80, hi = 0xBF;
  size_t n;
  if (b >= 0xC2 && b <= 0xDF) {
    n = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 3;
    if (b == 0xE0)
      lo = 0xA0;
    if (b == 0xED)
      hi = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4;
    if (b == 0xF0)
      lo = 0x90;
    if (b == 0xF4)
      hi = 0x8F;
  } else {
    return 0;
  }
  if (len - i < n)
    return 0;
  if (t[i + 1] < lo || t[i + 1] > hi)
    return 0;
  for (size_t k = 2; k < n; k++)
    if (t[i + k] < 0x80 || t[i + k] > 0xBF)
      return 0;
  return n;
}

size_t mm_text_first_bad(const char *text, size_t len)
{
  const unsigned char *t = (const unsigned char *)text;
  size_t i = 0;
  while (i < len) {
    unsigned char b = t[i];
    if (b >= 0x80) {
      size_t n = utf8_len(t, i, len);
      if (n == 0)
        return i;
      i += n;
      continue;
    }
    if (b == '\r') {
      if (i + 1 >= len || t[i + 1] != '\n')
        return i;
    } else if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7F) {
      return i;
    }
    i++;
  }
  return len;
}

static int blank(char c)
{
  return c == ' ' || c == '\t';
}

int mm_text_next(struct mm_span *rest, struct mm_span *tok)
{
  size_t i = 0, j;
  while (i < rest->n && blank(rest->s[i]))
    i++;
  if (i == rest->n) {
    rest->s += i;
    rest->n = 0;
    return 0;
  }
  j = i;
  while (j < rest->n && !blank(rest->s[j]))
    j++;
  tok->s = rest->s + i;
  tok->n = j - i;
  rest->s += j;
  rest->n -= j;
  return 1;
}

struct mm_span mm_text_trim(struct mm_span rest)
{
  while (rest.n > 0 && blank(rest.s[0])) {
    rest.s++;
    rest.n--;
  }
  while (rest.n > 0 && blank(rest.s[rest.n - 1]))
    rest.n--;
  return rest;
}

int mm_text_is(struct mm_span sp, const char *word)
{
  return strlen(word) == sp.n && memcmp(sp.s, word, sp.n) == 0;
}
