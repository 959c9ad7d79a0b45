/* TEST TOOL, not part of mmspec: the host side of the MMU cross-check
 * (docs/crosscheck-mmu.md). It builds random page tables and probe lists for
 * the test guest (tests/crosscheck/guest/), computes what each probe must do
 * with the proven page walk mm_translate (src/translate.h), compares the
 * guest's results with it, and compares QEMU's monitor view (`info tlb`,
 * `gva2gpa`) with the proven enumerator mm_enum_next (src/enumerate.h). */
#ifndef MMU_XC_H
#define MMU_XC_H

#include <stdint.h>
#include <stdio.h>

#include "../guest/layout.h"
#include "translate.h"

/* A run directory: what the guest is given and what it gave back. */
struct xc_run {
  struct ctl_header hdr;
  struct ctl_batch batch[MAX_BATCHES];
  struct probe *probe;   /* hdr.nprobes */
  uint64_t *tables;      /* TABLES_FRAMES * 512 words at TABLES_PA */
  struct result *result; /* hdr.nprobes (compare only) */
  struct report rep;     /* (compare only) */
};

/* The CPU the generator assumed (and the guest must report): MAXPHYADDR and
 * the RF_* features. */
struct xc_target {
  uint32_t maxphyaddr;
  uint32_t features;
  uint32_t oracle; /* XC_ORACLE_* (target.bin only) */
};

/* splitmix64 */
static inline uint64_t xc_rand(uint64_t *s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
/* 1 with probability num/1000 */
static inline int xc_chance(uint64_t *s, unsigned num) { return xc_rand(s) % 1000 < num; }

/* The pattern byte at physical address pa (layout.h). */
unsigned xc_pattern_byte(uint64_t pa);
/* The 8 bytes at pa, little-endian. */
uint64_t xc_pattern_u64(uint64_t pa);

/* The memory the walker reads: the tables region. */
void xc_mem(struct mm_mem *m, uint64_t *tables);
/* The CPU of batch flags f on target t, with levels 4 or 5. */
void xc_cpu(struct mm_cpu *c, uint32_t levels, uint32_t f, const struct xc_target *t);

/* Files of a run directory (ctl.bin, tables.bin, probes.bin, report.bin,
 * results.bin). 0, or -1 with a message on stderr. */
int xc_write_file(const char *dir, const char *name, const void *p, size_t n);
int xc_read_file(const char *dir, const char *name, void *p, size_t n);
int xc_load_run(struct xc_run *r, const char *dir, int with_results);

/* Oracles whose documented deviations xc_expect applies. */
#define XC_ORACLE_SDM 0 /* none: KVM (the host CPU), anything else */
#define XC_ORACLE_TCG 1 /* QEMU TCG */
#define XC_DEV_TCG_1G 0x1u
#define XC_DEV_TCG_RMW 0x2u
#define XC_DEV_TCG_RSVDP 0x4u
#define XC_NDEV 3

/* What a probe must do. */
struct xc_outcome {
  uint64_t pa;    /* outcome OK: the physical address reached               */
  uint64_t value; /* outcome OK: what the probe reads (a store: its value)  */
  uint32_t error; /* #PF error code                                          */
  uint8_t vector; /* 13, 14, or RV_NONE                                      */
  uint8_t outcome; /* enum mm_xlate_outcome                                  */
};
struct xc_expect {
  struct xc_outcome o;   /* what the oracle must do                       */
  struct xc_outcome sdm; /* the SDM's (mm_translate's) outcome             */
  uint32_t deviation;    /* XC_DEV_* that make o differ from sdm            */
};
void xc_expect(const struct mm_mem *m, const struct mm_cpu *c, uint64_t root, const struct probe *p, int oracle,
               struct xc_expect *e);
int xc_oracle(const char *name);

int xc_gen_main(int argc, char **argv);
int xc_compare_main(int argc, char **argv);
int xc_monitor_main(int argc, char **argv);
int xc_pins_main(int argc, char **argv);

#endif
