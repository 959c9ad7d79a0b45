/* mmspec — numbers in profiles: hexadecimal with a mandatory 0x prefix. */
#ifndef MMSPEC_NUMBER_H
#define MMSPEC_NUMBER_H

#include <stdint.h>

#include "text.h"

enum mm_number_status {
  MM_NUMBER_OK = 0,
  MM_NUMBER_SYNTAX = 1,   /* not 0x followed by one or more hex digits */
  MM_NUMBER_OVERFLOW = 2  /* well formed, but the value needs more than 64 bits */
};

/* The value of one hex digit, or -1. */
int mm_hex_digit(char c);

/* Parse tok as 0x[0-9a-fA-F]+ into *v (left alone unless MM_NUMBER_OK).
 * Leading zeros are allowed; the value, not the digit count, must fit. */
enum mm_number_status mm_number_parse(struct mm_span tok, uint64_t *v);

#endif
