/* mmspec — page-table images (docs/page-table-image.md): a 4096-byte header
 * frame followed by raw 4-KiB frames, or a raw physical-memory dump (file
 * offset = physical address, as QEMU's `pmemsave 0 SIZE FILE` writes it).
 * Loading validates everything and yields the struct mm_mem, struct mm_cpu
 * and root that the proven walker (src/translate.h) takes. */
#ifndef MMSPEC_PTIMAGE_H
#define MMSPEC_PTIMAGE_H

#include <stdint.h>

#include "diag.h"
#include "paging_types.h"

#define MM_PTIMAGE_MAGIC "MMSPECPT" /* 8 bytes, no NUL in the file */
#define MM_PTIMAGE_VERSION 1u
#define MM_PTIMAGE_FRAME 4096u
/* At most this many frames (16 GiB) are loaded: the file is read into memory. */
#define MM_PTIMAGE_MAX_FRAMES 0x400000u

/* Byte offsets of the header fields (all little-endian). */
#define MM_PTIMAGE_OFF_MAGIC 0
#define MM_PTIMAGE_OFF_VERSION 8     /* u32 */
#define MM_PTIMAGE_OFF_LEVELS 12     /* u32 */
#define MM_PTIMAGE_OFF_ROOT 16       /* u64 */
#define MM_PTIMAGE_OFF_BASE 24       /* u64 */
#define MM_PTIMAGE_OFF_NFRAMES 32    /* u64 */
#define MM_PTIMAGE_OFF_MAXPHYADDR 40 /* u32 */
#define MM_PTIMAGE_OFF_FLAGS 44      /* u32 */
#define MM_PTIMAGE_OFF_RESERVED 48   /* .. 4095: zero */

/* The CPU flags word. */
#define MM_PTIMAGE_NXE 0x01u     /* IA32_EFER.NXE                        */
#define MM_PTIMAGE_WP 0x02u      /* CR0.WP                               */
#define MM_PTIMAGE_SMEP 0x04u    /* CR4.SMEP                             */
#define MM_PTIMAGE_SMAP 0x08u    /* CR4.SMAP                             */
#define MM_PTIMAGE_PDPE1GB 0x10u /* CPUID.80000001H:EDX.Page1GB          */
#define MM_PTIMAGE_LA57 0x20u    /* CR4.LA57: must be set iff levels = 5 */
#define MM_PTIMAGE_FLAGS_ALL 0x3Fu

/* The header fields, decoded. */
struct mm_ptimage_header {
  char magic[8];
  uint32_t version;
  uint32_t levels;
  uint64_t root;
  uint64_t base;
  uint64_t nframes;
  uint32_t maxphyaddr;
  uint32_t flags;
};

/* A loaded image: everything the proven walker needs. mem.word is malloc'd
 * (mm_ptimage_free). */
struct mm_ptimage {
  struct mm_mem mem;
  struct mm_cpu cpu;
  uint64_t root;       /* CR3 bits 51:12 */
  uint32_t levels;     /* 4 or 5 */
  uint32_t maxphyaddr; /* 36 .. 52 */
  int raw;             /* loaded from a raw physical-memory dump */
};

/* What --raw needs besides the file. */
struct mm_ptimage_raw {
  uint64_t root;
  uint32_t levels;     /* 4 or 5 */
  uint32_t maxphyaddr; /* 36 .. 52 */
  uint32_t flags;      /* MM_PTIMAGE_* (LA57 is set from levels) */
};

/* The header of h as its 4096 bytes (the reserved bytes zero). */
void mm_ptimage_encode(const struct mm_ptimage_header *h, unsigned char out[MM_PTIMAGE_FRAME]);

/* Load the image file at path. 0, or -1 with a diagnostic `PATH: RULE: msg`
 * (rules: io short magic version levels maxphyaddr flags reserved base
 * nframes phys-limit root length) and nothing allocated. */
int mm_ptimage_load(struct mm_ptimage *img, const char *path, struct mm_diag *d);

/* Load the raw physical-memory dump at path (frame i at physical address
 * i * 4096). Same contract; rules io length nframes phys-limit root. */
int mm_ptimage_load_raw(struct mm_ptimage *img, const char *path,
                        const struct mm_ptimage_raw *o, struct mm_diag *d);

/* Write an image (header h, then h->nframes frames from words, 512 host
 * uint64_t each, stored little-endian) to path through a temporary file
 * renamed over it when complete. h is written as given, not validated. 0, or
 * -1 with an `io` diagnostic and path untouched. */
int mm_ptimage_write(const char *path, const struct mm_ptimage_header *h, const uint64_t *words,
                     struct mm_diag *d);

/* Write words as a raw dump: zeros from physical address 0 up to base, then
 * the frames. Same contract. */
int mm_ptimage_write_raw(const char *path, uint64_t base, uint64_t nframes, const uint64_t *words,
                         struct mm_diag *d);

/* The CPU state a flags word and MAXPHYADDR describe. */
void mm_ptimage_cpu(struct mm_cpu *c, uint32_t flags, uint32_t maxphyaddr);

void mm_ptimage_free(struct mm_ptimage *img);

#endif
