/* mmspec — paging data: the memory that holds paging structures, the CPU
 * state a page walk depends on, and the result of a translation.
 *
 * The logic that gives these structures their meaning is spec/acsl/Paging.acsl
 * (the IA-32e page walk of Intel SDM vol. 3A §4.5-§4.7). */
#ifndef MMSPEC_PAGING_TYPES_H
#define MMSPEC_PAGING_TYPES_H

#include "mm_types.h"

#define MM_P52 0x0010000000000000ULL /* 2^52: the architectural MAXPHYADDR limit */
#define MM_P63 0x8000000000000000ULL /* bit 63: XD                              */

/* Entry flags (SDM vol. 3A Tables 4-15 .. 4-20). Values, not bit positions:
 * the code reads a flag as (e / MM_PTE_x) % 2 and builds entries by adding
 * disjoint fields. */
#define MM_PTE_P   0x001ULL /* present                                   */
#define MM_PTE_RW  0x002ULL /* read/write                                */
#define MM_PTE_US  0x004ULL /* user/supervisor                           */
#define MM_PTE_PWT 0x008ULL /* page-level write-through                  */
#define MM_PTE_PCD 0x010ULL /* page-level cache disable                  */
#define MM_PTE_A   0x020ULL /* accessed                                  */
#define MM_PTE_D   0x040ULL /* dirty (leaf)                              */
#define MM_PTE_PS  0x080ULL /* page size (PDE, PDPTE); PAT in a PTE      */
#define MM_PTE_G   0x100ULL /* global (leaf)                             */
#define MM_PTE_XD  MM_P63   /* execute-disable (IA32_EFER.NXE = 1)       */

/* Physical memory holding paging structures: nframes 4-KiB frames, frame i
 * at physical address base + i * 4096, its 512 entries at word[i * 512 ..].
 * The caller owns the storage; entries hold physical addresses exactly as
 * the MMU reads them, so the same bytes can be loaded into a real machine. */
struct mm_mem {
  uint64_t *word;   /* nframes * 512 entries                      */
  uint64_t base;    /* physical address of frame 0, 4-KiB aligned */
  uint32_t nframes;
  uint32_t reserved_;
};

/* The processor state a translation depends on (SDM §4.1.3, §4.6). Every
 * flag is 0 or 1. */
struct mm_cpu {
  uint64_t pa_limit; /* 2^MAXPHYADDR (MAXPHYADDR 36 .. 52)            */
  uint8_t la57;      /* CR4.LA57: 5-level paging                      */
  uint8_t nxe;       /* IA32_EFER.NXE: XD bit enabled                 */
  uint8_t wp;        /* CR0.WP: supervisor writes honour R/W          */
  uint8_t smep;      /* CR4.SMEP                                      */
  uint8_t smap;      /* CR4.SMAP                                      */
  uint8_t ac;        /* EFLAGS.AC (lifts SMAP for explicit accesses)  */
  uint8_t pdpe1gb;   /* CPUID.80000001H:EDX.Page1GB: 1-GiB pages      */
  uint8_t reserved_;
};

/* Access types (the I/D and W/R distinction of SDM §4.6, §4.7). */
enum mm_access {
  MM_ACC_READ = 0,
  MM_ACC_WRITE = 1,
  MM_ACC_FETCH = 2
};

/* How a walk step or a whole walk ends. */
enum mm_walk_end {
  MM_WALK_NEXT = 0,        /* (step only) go on to the next level         */
  MM_WALK_LEAF = 1,        /* a present, well-formed leaf entry            */
  MM_WALK_NOT_PRESENT = 2, /* P = 0                                        */
  MM_WALK_RESERVED = 3,    /* a reserved bit is set                        */
  MM_WALK_OUTSIDE = 4      /* the table is not in the modelled memory      */
};

/* Outcome of a translation. */
enum mm_xlate_outcome {
  MM_XLATE_OK = 0,      /* translated: pa, page_size, rights are set       */
  MM_XLATE_GP = 1,      /* #GP: the linear address is not canonical         */
  MM_XLATE_PF = 2,      /* #PF: error_code is set                           */
  MM_XLATE_OUTSIDE = 3  /* a paging structure lies outside struct mm_mem    */
};

/* Page-fault error code bits (SDM §4.7, Figure 4-12). */
#define MM_PF_P    0x01u
#define MM_PF_WR   0x02u
#define MM_PF_US   0x04u
#define MM_PF_RSVD 0x08u
#define MM_PF_ID   0x10u

/* Where a walk ended: the level (5 PML5E .. 1 PTE), the table it read and
 * the entry, and the rights combined over the levels visited. */
struct mm_walk {
  uint64_t table;    /* physical address of the table read last      */
  uint64_t entry;    /* the entry read last (0 when outside)         */
  uint8_t level;     /* level of that table                          */
  uint8_t end;       /* enum mm_walk_end                             */
  uint8_t rw;        /* R/W = 1 at every level visited               */
  uint8_t us;        /* U/S = 1 at every level visited               */
  uint8_t xd;        /* XD = 1 at some level visited                 */
  uint8_t reserved_[3];
};

/* The result of mm_translate. */
struct mm_xlate {
  uint64_t pa;         /* physical address (outcome OK)               */
  uint64_t page_size;  /* 4 KiB, 2 MiB or 1 GiB (outcome OK)          */
  uint64_t entry;      /* the leaf entry (outcome OK): PWT, PCD, G... */
  uint32_t error_code; /* #PF error code (outcome PF)                 */
  uint8_t outcome;     /* enum mm_xlate_outcome                       */
  uint8_t level;       /* level the walk ended at (0 for #GP)         */
  uint8_t rw;          /* combined rights of the leaf (outcome OK)    */
  uint8_t us;
  uint8_t xd;
  uint8_t reserved_[7];
};

#include "Paging.acsl"

#endif
