/* mmspec — the checks of a layout table (mmtable.h): stated sizes, inclusive
 * ends, order, canonical halves, undocumented holes; then, for a table with
 * no findings, the struct mm_layout it describes, handed to the proven
 * mm_layout_validate. docs/table-check.md lists the rules with examples. */
#ifndef MMSPEC_MMTABLE_CHECK_H
#define MMSPEC_MMTABLE_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "mm_types.h"
#include "mmtable.h"
#include "source.h"

#define MMT_MAX_FINDINGS 64 /* findings kept; more are counted only */
#define MMT_RULE_MAX 24
#define MMT_MSG_MAX 384

/* A stated size: "47 bits", "64 TB", "0.5 TB", "1526 MB", "4 kB", "~16M TB". */
enum mmt_size_status {
  MMT_SIZE_OK = 0,     /* exact: bytes - 1 in minus1 */
  MMT_SIZE_APPROX = 1, /* starts with `~`: not checked */
  MMT_SIZE_BAD = 2,    /* not a size */
  MMT_SIZE_PART = 3,   /* not a whole number of bytes (0.3 KB) */
  MMT_SIZE_HUGE = 4,   /* 0 bytes, or more than 2^64 */
};

struct mmt_size {
  unsigned status;  /* enum mmt_size_status */
  uint64_t minus1;  /* the size in bytes minus one (2^64 is UINT64_MAX) */
};

/* Read a stated size (NUL-terminated, at most MMT_SIZE_MAX bytes are looked
 * at): a decimal number with an optional fraction and an optional K or M
 * multiplier, then `bits` (2^N bytes) or a unit B KB MB GB TB PB EB (any
 * case; powers of 1024). */
struct mmt_size mmt_size_parse(const char *s);

/* The region kind a description names (docs/table-check.md lists the words),
 * or MM_KIND_COUNT when it names none. */
uint32_t mmt_guess_kind(const char *desc);

struct mmt_finding {
  unsigned line;
  unsigned col; /* 0: none (a row alone on its line) */
  char rule[MMT_RULE_MAX];
  char msg[MMT_MSG_MAX];
};

struct mmt_result {
  unsigned status;     /* 0 clean, 1 findings, 2 unusable (no rows) */
  unsigned nfindings;  /* findings, kept or not */
  /* Per table of the file (mmt_table.ntables; tables without rows skipped). */
  unsigned ntables;
  unsigned table_rows[MMT_MAX_TABLES];
  unsigned table_documented[MMT_MAX_TABLES];
  unsigned table_line[MMT_MAX_TABLES]; /* its heading's line, else its first row's */
  /* The last table checked: */
  unsigned documented; /* gaps documented by a hole marker */
  unsigned va_bits;    /* 48, or 57 for a 5-level table */
  int built;           /* the layout was built and validated */
  struct mm_layout layout;
  unsigned rline[MM_MAX_REGIONS]; /* line of each region (a marker's for a gap) */
  unsigned rcol[MM_MAX_REGIONS];
  struct mm_verdict verdict;
  struct mmt_finding finding[MMT_MAX_FINDINGS];
};

/* Check the parsed table t; fills *r and returns r->status. */
unsigned mmt_check(const struct mmt_table *t, struct mmt_result *r);

/* Print r's findings as `FILE:LINE: RULE: message` (FILE:LINE:COL: for a row
 * of a flattened line), one a line. */
void mmt_print_findings(FILE *err, const char *path, const struct mmt_result *r);

/* `mmspec check` on a table text read from path: parse, check, print the ok
 * line on out (`FILE: ok (N rows, M documented holes, valid layout)`, or one
 * `FILE:LINE: ok (...)` per table, at its heading, for several tables) or
 * the findings on err. Returns MM_LOAD_OK, MM_LOAD_INVALID
 * (findings) or MM_LOAD_UNUSABLE (no rows). */
enum mm_load mmt_check_text(const char *path, const char *text, size_t len, FILE *out,
                            FILE *err);

#endif
