/* mmspec — `mmspec dump`: the mappings of a page-table image as Linux's
 * ptdump prints them (arch/x86/mm/dump_pagetables.c, debugfs
 * kernel_page_tables): consecutive pages with the same attributes merged into
 * one line, not-mapped ranges included, and `---[ Name ]---` markers.
 *
 * Two parts: the scan (ptdump_scan.c) cuts the address space into pieces —
 * the mappings of the proven enumerator mm_enum_next, and the not-mapped
 * spans between them, each found with the proven mm_walk — and hands them
 * in increasing order to the formatter (ptdump_fmt.c), which merges and
 * prints them. */
#ifndef MMSPEC_PTDUMP_H
#define MMSPEC_PTDUMP_H

#include <stdint.h>
#include <stdio.h>

#include "ptimage.h"

/* A piece or a merged range of the linear-address space. */
struct mm_ptd_range {
  uint64_t start;
  uint64_t last;  /* inclusive: 2^64 - 1 has no successor */
  uint64_t flags; /* present: the leaf entry without its address bits 51:12
                     (bit 12, PAT, kept for 2M/1G leaves); else 0 */
  uint8_t level;  /* SDM level the walk ended at: 1 PTE .. 5 PML5E */
  uint8_t present;
  uint8_t rw, us, xd; /* rights combined over the levels (present only) */
};

struct mm_ptd_marker {
  uint64_t start;
  const char *name;
};

enum mm_ptd_format { MM_PTD_TEXT = 0, MM_PTD_JSON = 1 };

#define MM_PTD_MAX_MARKERS 64

/* The formatter's state. */
struct mm_ptd {
  FILE *out;
  enum mm_ptd_format format;
  uint32_t levels;
  const struct mm_ptd_marker *marker; /* sorted by start */
  unsigned nmarkers;
  unsigned next_marker; /* first marker not printed yet */
  const char *region;   /* name of the last marker printed, or NULL */
  int have;             /* cur holds a range not printed yet */
  struct mm_ptd_range cur;
  unsigned long nranges;
};

void mm_ptd_begin(struct mm_ptd *st, FILE *out, enum mm_ptd_format format, uint32_t levels,
                  const struct mm_ptd_marker *marker, unsigned nmarkers);
/* The next piece: starts where the previous one ended, or after a break. */
void mm_ptd_piece(struct mm_ptd *st, const struct mm_ptd_range *p);
/* Print what is pending: at the non-canonical hole and at the end. */
void mm_ptd_flush(struct mm_ptd *st);
void mm_ptd_end(struct mm_ptd *st);

/* The Linux ptdump line of r (with its newline) into buf of size cap. */
void mm_ptd_line(char *buf, size_t cap, const struct mm_ptd_range *r, uint32_t levels);

/* Scan the whole address space of img into st. 0, or -1 when the proven
 * enumerator and the gap walk disagree (an internal error, reported). */
int mm_ptd_scan(struct mm_ptd *st, const struct mm_ptimage *img);

#endif
