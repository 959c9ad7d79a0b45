/* Hex number parsing with overflow detection. */
#include "number.h"

int mm_hex_digit(char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

enum mm_number_status mm_number_parse(struct mm_span tok, uint64_t *v)
{
  uint64_t x = 0;
  int overflow = 0;
  if (tok.n < 3 || tok.s[0] != '0' || tok.s[1] != 'x')
    return MM_NUMBER_SYNTAX;
  for (size_t i = 2; i < tok.n; i++) {
    int d = mm_hex_digit(tok.s[i]);
    if (d < 0)
      return MM_NUMBER_SYNTAX;
    if (x > (UINT64_MAX >> 4))
      overflow = 1;
    x = (x << 4) | (uint64_t)d;
  }
  if (overflow)
    return MM_NUMBER_OVERFLOW;
  *v = x;
  return MM_NUMBER_OK;
}
