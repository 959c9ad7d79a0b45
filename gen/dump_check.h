/* mmspec — `mmspec check --dump FILE --profile PROFILE [--bases ...
 * [--mem SIZE]]`: every mapped range of a page-table dump (dump.h) must lie in
 * one region of the profile that may hold mappings. With --bases, the
 * randomized regions are first moved to the bases the running kernel chose
 * (page_offset_base, vmalloc_base, vmemmap_base) inside the KASLR window
 * (kaslr_window.h): with their profile sizes, or, with --mem, with the sizes
 * Linux's kaslr.c gives them for that much memory; the layout that results
 * goes through the proven mm_layout_validate, and the ranges are looked up in
 * it with the proven mm_region_lookup. docs/live-check.md lists the rules. */
#ifndef MMSPEC_DUMP_CHECK_H
#define MMSPEC_DUMP_CHECK_H

#include <stdint.h>
#include <stdio.h>

#include "dump.h"
#include "findings.h"
#include "kaslr_window.h"
#include "profile.h"
#include "source.h"

#define MM_BASES_TEXT_MAX 256

struct mm_dump_check {
  const char *path;
  const struct mm_profile *p;
  struct mm_findings *f;
  struct mm_layout actual;              /* the profile, randomized regions at the bases */
  const char *rname[MM_MAX_REGIONS];    /* their names ("kaslr_window": the rest of it) */
  int window;                           /* actual holds window pieces */
  unsigned nranges;                     /* mapped ranges checked */
  unsigned char touched[MM_MAX_REGIONS];
  int section;                          /* kind the current ptdump marker names, or -1 */
  int section_alt;                      /* a second kind it allows, or -1 */
  char marker[MM_DUMP_MARKER_MAX];
  unsigned marker_line;
  char bases[MM_BASES_TEXT_MAX];        /* for the summary */
  char sizes[MM_BASES_TEXT_MAX];        /* with Linux's sizes: them, for the summary */
};

/* Set up the check of a dump read from path against profile p, with the
 * bases text (NULL: the profile's own addresses) "NAME=ADDR,NAME=ADDR"; a
 * NAME is page_offset_base, vmalloc_base, vmemmap_base or the name of a
 * randomized region; ADDR is hex with 0x. mem (NULL: the profile's sizes
 * and window) sizes the randomized regions as Linux's kaslr.c does, in the
 * kernel's window (mm_kaslr_linux_sizes, mm_kaslr_linux_window); it needs
 * bases. Returns 0; -1 after a usage problem with the bases text or mem
 * (message in *why, of size whycap); 1 when the bases break a rule
 * (findings in *f: the ranges are then not checked). */
int mm_dump_check_init(struct mm_dump_check *c, const char *path, const struct mm_profile *p,
                       const char *bases, const struct mm_kaslr_mem *mem,
                       struct mm_findings *f, char *why, size_t whycap);

/* A ptdump marker line (its name, its line). */
void mm_dump_check_marker(struct mm_dump_check *c, const char *name, unsigned line);

/* One mapped range. */
void mm_dump_check_range(struct mm_dump_check *c, const struct mm_dump_range *r);

/* Regions with at least one range. */
unsigned mm_dump_check_touched(const struct mm_dump_check *c);

/* The whole of `mmspec check --dump` on an open stream: read it line by line
 * (any size: nothing but one line is held), check, then print the findings on
 * err, or `FILE: ok (N ranges, M regions touched, bases ...)` on out (with
 * mem: `..., bases ..., sizes ...)`). Returns the exit status. */
enum mm_load mm_dump_check_stream(FILE *in, const char *path, const struct mm_profile *p,
                                  unsigned format, const char *bases,
                                  const struct mm_kaslr_mem *mem, FILE *out, FILE *err);

/* The same on a text in memory (the fuzzer, the unit tests). */
enum mm_load mm_dump_check_text(const char *text, size_t len, const char *path,
                                const struct mm_profile *p, unsigned format,
                                const char *bases, const struct mm_kaslr_mem *mem,
                                FILE *out, FILE *err);

#endif
