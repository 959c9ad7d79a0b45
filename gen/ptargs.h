/* mmspec — the command-line options that say which page-table image to load
 * and how the CPU is set up, shared by `mmspec walk` and `mmspec dump`:
 *
 *   --raw --root PA [--levels 4|5] [--maxphyaddr N]   a raw memory dump
 *   --nxe --no-nxe --wp --no-wp --smep --no-smep --smap --no-smap
 *   --pdpe1gb --no-pdpe1gb                            override the CPU flags
 *
 * A header image brings its own CPU flags; a raw dump defaults to NXE, WP
 * and 1-GiB pages on, SMEP and SMAP off, MAXPHYADDR 52, 4 levels. */
#ifndef MMSPEC_PTARGS_H
#define MMSPEC_PTARGS_H

#include <stdint.h>

#include "ptimage.h"

/* The help text of these options (for the commands' --help). */
extern const char mm_ptargs_help[];

struct mm_ptargs {
  int raw;
  int root_set;
  uint64_t root;
  uint64_t levels;     /* 0: not given */
  uint64_t maxphyaddr; /* 0: not given */
  int set_flag[6];     /* -1 unchanged, 0 off, 1 on; by bit of MM_PTIMAGE_* */
};

void mm_ptargs_init(struct mm_ptargs *a);

/* Whether argv[*i] is one of the options above; if so, consume it (and its
 * value, advancing *i) and return 1; 0 when it is not; -1 after a usage
 * error of command cmd. */
int mm_ptargs_option(const char *cmd, int argc, char **argv, int *i, struct mm_ptargs *a);

/* Load the image at path as the options say, then apply the CPU overrides.
 * Returns 0, or the exit status after printing a usage error or the image's
 * diagnostic. */
int mm_ptargs_load(const char *cmd, const struct mm_ptargs *a, const char *path,
                   struct mm_ptimage *img);

/* Linux's name of the paging-structure level lvl (5..1) of an image with
 * levels levels: pgd p4d pud pmd pte (the top level is always pgd). */
const char *mm_pt_linux_level(uint32_t levels, uint32_t lvl);

/* The SDM's name of the entry at level lvl: PML5E PML4E PDPTE PDE PTE. */
const char *mm_pt_sdm_level(uint32_t lvl);

#endif
