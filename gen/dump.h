/* mmspec — dumps of live page tables, one line at a time:
 *
 *   ptdump  Linux's /sys/kernel/debug/page_tables/{kernel,current_kernel,
 *           current_user,efi} (arch/x86/mm/dump_pagetables.c):
 *           `---[ Name ]---` markers and lines
 *           `0xSTART-0xEND   SIZE FLAGS... LEVEL`, END exclusive (0 = 2^64);
 *           a line whose flags hold RW or ro is mapped, one without is not
 *   tlb     QEMU monitor `info tlb` (target/i386/monitor.c, print_pte):
 *           `VADDR: PADDR FLAGS`, one mapped page a line, FLAGS nine of
 *           XGPDACTUW or -; P is a 2 MiB or 1 GiB page (see dump.c)
 *   mem     QEMU monitor `info mem` (mem_print): `START-END SIZE PROT`, one
 *           mapped range a line, END exclusive, PROT [u-]r[w-]
 *
 * docs/live-check.md describes the formats and how each line is read. The
 * parser accepts any bytes: lines are bounded, nothing relies on a NUL. */
#ifndef MMSPEC_DUMP_H
#define MMSPEC_DUMP_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"

#define MM_DUMP_LINE_MAX 4096 /* bytes in a line; longer lines are an error */
#define MM_DUMP_MARKER_MAX 48 /* a ptdump marker's name, with its NUL */

enum mm_dump_format { MM_DUMP_AUTO = 0, MM_DUMP_PTDUMP = 1, MM_DUMP_TLB = 2, MM_DUMP_MEM = 3 };

/* A mapped range: first and last address (inclusive), the line it is on. */
struct mm_dump_range {
  uint64_t start;
  uint64_t last;
  unsigned line;
};

struct mm_dump_parser {
  unsigned format;  /* enum mm_dump_format; AUTO until the first data line */
  unsigned va_bits; /* 48 or 57: how QEMU's raw addresses are sign-extended */
  unsigned line;    /* lines read */
  /* tlb: a large page whose size (2 MiB or 1 GiB) the next line decides */
  int pending;
  struct mm_dump_range pend;
  /* ptdump: the last marker */
  char marker[MM_DUMP_MARKER_MAX];
  unsigned marker_line;
};

/* The format named by s ("ptdump", "tlb", "mem", "auto"); -1 if none. */
int mm_dump_format_lookup(const char *s);

/* The name of format f ("ptdump"). */
const char *mm_dump_format_name(unsigned f);

void mm_dump_init(struct mm_dump_parser *p, unsigned format, unsigned va_bits);

/* Read the next line s[0..n) (without its line feed; a CR before it is
 * allowed). Returns -1 with *d set (FILE:LINE: rule) when the line is not of
 * the format; otherwise the number of ranges stored in out[0..2) (a line can
 * decide a pending large page and be a page itself), with *marker set to 1
 * when the line is a ptdump marker (its name in p->marker). */
int mm_dump_line(struct mm_dump_parser *p, const char *path, const char *s, size_t n,
                 struct mm_dump_range out[2], int *marker, struct mm_diag *d);

/* At the end of the input: the pending range, if any (returns 0 or 1). */
int mm_dump_finish(struct mm_dump_parser *p, struct mm_dump_range *out);

#endif
