/* mmspec — layout tables as kernels ship them: Linux's
 * Documentation/x86/x86_64/mm.txt (rows `START - END (=SIZE) description`,
 * one per line or, in a flattened copy, many on one line) and mm.rst
 * (Linux >= 4.20: rows `START | OFFSET | END | SIZE | description`), parsed
 * into rows and hole markers with their lines and columns. The checks are in
 * mmtable_check.h; docs/table-check.md describes the formats and the rules.
 *
 * The parser accepts any bytes: it never reads outside text[0..len), never
 * relies on a NUL, and bounds everything it stores. */
#ifndef MMSPEC_MMTABLE_H
#define MMSPEC_MMTABLE_H

#include <stddef.h>
#include <stdint.h>

#define MMT_MAX_ROWS 128                /* rows kept; more are counted only */
#define MMT_MAX_TABLES 8                /* tables in one file (headings) */
#define MMT_MAX_MARKS (MMT_MAX_ROWS + 1 + MMT_MAX_TABLES) /* one per place between rows */
#define MMT_DESC_MAX 128                /* description, with its NUL */
#define MMT_SIZE_MAX 40                 /* stated size text, with its NUL */

enum mmt_form {
  MMT_FORM_TXT = 1, /* START - END (=SIZE) description */
  MMT_FORM_RST = 2  /* START | OFFSET | END | SIZE | description */
};

enum mmt_mark_kind {
  MMT_MARK_UNUSED = 1, /* `... unused hole ...` (any `...` with "hole" or "unused") */
  MMT_MARK_SIGN = 2    /* `hole caused by [48:63] sign extension` */
};

struct mmt_row {
  uint64_t start;
  uint64_t end;          /* as written: inclusive if the table is right */
  unsigned line;         /* physical line, from 1 */
  unsigned col;          /* byte column of START, from 1; 0 unless the line holds more rows */
  unsigned char form;    /* enum mmt_form */
  unsigned char has_size;     /* a stated size was found (mm.txt `(=...)`, mm.rst column) */
  unsigned char symbolic;     /* mm.rst: START is a symbol (FIXADDR_START); start inferred */
  char size[MMT_SIZE_MAX];    /* the stated size, trimmed ("47 bits", "~0.5 MB") */
  char desc[MMT_DESC_MAX];    /* the description, trimmed, cut at a UTF-8 boundary */
};

struct mmt_mark {
  unsigned line;
  unsigned col;    /* as for rows */
  unsigned before; /* index of the row that follows the marker (rows read before it) */
  unsigned kind;   /* enum mmt_mark_kind */
  unsigned table;  /* index of the table it belongs to */
};

struct mmt_table {
  unsigned nrows;     /* rows kept in row[] (<= MMT_MAX_ROWS) */
  unsigned rows_seen; /* rows found, kept or not */
  unsigned nmarks;    /* markers kept: at most one per `before` value */
  unsigned last_line; /* number of the last line (>= 1) */
  /* A heading line with "memory map with" ("Virtual memory map with 5 level
   * page tables:") after rows starts a new table: mm.txt of Linux 4.14-4.19
   * and mm.rst hold a 4-level and a 5-level table. Table k is the rows from
   * table_row[k] up to the next table's first row. */
  unsigned ntables;                     /* >= 1 */
  unsigned table_row[MMT_MAX_TABLES];   /* index of its first row */
  unsigned table_line[MMT_MAX_TABLES];  /* line of its heading, 0 when none */
  struct mmt_row row[MMT_MAX_ROWS];
  struct mmt_mark mark[MMT_MAX_MARKS];
};

/* Parse len bytes of text into *t. Any bytes are accepted; what is not a row
 * or a marker (headings, rulers, prose, garbage) is skipped. */
void mmt_parse(struct mmt_table *t, const char *text, size_t len);

/* Whether the first word of the text, after blank and comment (`#`) lines,
 * is a profile keyword: `profile`, another header key, or `region`. */
int mmt_looks_like_profile(const char *text, size_t len);

/* Whether `mmspec check` should read the text as a table: it does not look
 * like a profile and it is text (see mm_text_first_bad); binary files go to
 * the profile parser, which reports them. */
int mmt_wants_table(const char *text, size_t len);

#endif
