/* mmspec — the data model shared by every unit: a virtual memory layout as a
 * list of regions that partitions the 64-bit linear-address space.
 *
 * The logic that gives these structures their meaning lives in spec/acsl/;
 * this header only declares them and pulls the logic in. */
#ifndef MMSPEC_MM_TYPES_H
#define MMSPEC_MM_TYPES_H

#include <stdint.h>

/* Powers of two used throughout, spelled as constants so that both the C code
 * and WP see plain arithmetic (see docs/proofs.md, "arithmetic, not bits"). */
#define MM_P12 0x0000000000001000ULL /* 4 KiB: one page, one PTE        */
#define MM_P21 0x0000000000200000ULL /* 2 MiB: one PDE (Linux PMD)       */
#define MM_P30 0x0000000040000000ULL /* 1 GiB: one PDPTE (Linux PUD)     */
#define MM_P39 0x0000008000000000ULL /* 512 GiB: one PML4E              */
#define MM_P47 0x0000800000000000ULL
#define MM_P48 0x0001000000000000ULL /* 256 TiB: one PML5E              */
#define MM_P56 0x0100000000000000ULL
#define MM_P57 0x0200000000000000ULL
#define MM_U64_MAX 0xFFFFFFFFFFFFFFFFULL

/* Largest number of regions a layout may have. */
#define MM_MAX_REGIONS 32u

/* What a region is for. The validator knows which half of the address space
 * each kind belongs to and which kinds CONFIG_RANDOMIZE_MEMORY may move. */
enum mm_kind {
  MM_KIND_USER = 0,         /* user space, different per mm               */
  MM_KIND_NONCANONICAL = 1, /* the sign-extension hole: not addressable   */
  MM_KIND_GUARD = 2,        /* guard hole, reserved for a hypervisor       */
  MM_KIND_DIRECT_MAP = 3,   /* direct mapping of all physical memory       */
  MM_KIND_HOLE = 4,         /* unused                                      */
  MM_KIND_VMALLOC = 5,      /* vmalloc/ioremap space                       */
  MM_KIND_VMEMMAP = 6,      /* virtual memory map (struct page array)      */
  MM_KIND_KASAN = 7,        /* KASAN shadow memory                         */
  MM_KIND_ESPFIX = 8,       /* %esp fixup stacks                           */
  MM_KIND_EFI = 9,          /* EFI runtime services mapping space          */
  MM_KIND_KERNEL_TEXT = 10, /* kernel text mapping (__START_KERNEL_map)    */
  MM_KIND_MODULES = 11,     /* module mapping space                        */
  MM_KIND_VSYSCALL = 12,    /* legacy vsyscall page(s)                     */
  MM_KIND_FIXMAP = 13,      /* fixed-address mappings                      */
  MM_KIND_CPU_ENTRY = 14,   /* cpu_entry_area (PTI, Linux >= 4.15)         */
  MM_KIND_LDT_REMAP = 15,   /* LDT remap for PTI (Linux >= 4.15)           */
  MM_KIND_COUNT = 16
};

/* The rule a layout breaks; MM_OK when it breaks none. docs/profile-format.md
 * lists them with their meaning; gen/ prints their names. */
enum mm_rule {
  MM_OK = 0,
  MM_RULE_PARAMS = 1,      /* va-bits/levels/pa-bits not a supported combination */
  MM_RULE_COUNT = 2,       /* no regions, or more than MM_MAX_REGIONS            */
  MM_RULE_KIND = 3,        /* unknown kind                                       */
  MM_RULE_EMPTY = 4,       /* start > end                                        */
  MM_RULE_FIRST = 5,       /* first region does not start at 0                   */
  MM_RULE_GAP = 6,         /* addresses between two regions belong to none       */
  MM_RULE_OVERLAP = 7,     /* a region starts at or before its predecessor's end */
  MM_RULE_LAST = 8,        /* last region does not end at 2^64 - 1               */
  MM_RULE_ALIGN = 9,       /* alignment not one of the paging sizes, or not met  */
  MM_RULE_CANONICAL = 10,  /* a region is neither wholly canonical nor the hole  */
  MM_RULE_HOLE = 11,       /* a non-canonical region is not exactly the hole     */
  MM_RULE_HALF = 12,       /* user kind above the hole, kernel kind below it     */
  MM_RULE_FLAGS = 13,      /* flag not 0/1, or randomized on a kind Linux fixes  */
  MM_RULE_DM_BASE = 14,    /* direct map does not start at page-offset           */
  MM_RULE_DM_DUP = 15,     /* more than one direct-map region                    */
  MM_RULE_DM_MISSING = 16, /* no direct-map region                               */
  MM_RULE_DM_SIZE = 17,    /* direct map shorter than 2^pa-bits                  */
  MM_RULE_COUNT_ = 18
};

struct mm_region {
  uint64_t start;     /* first address                                     */
  uint64_t end;       /* last address, inclusive                           */
  uint64_t align;     /* start and end + 1 are multiples of this           */
  uint32_t kind;      /* enum mm_kind                                      */
  uint8_t randomized; /* moved at boot by CONFIG_RANDOMIZE_MEMORY (0/1)    */
  uint8_t own_pgd;    /* mapped only in a private top-level table (0/1)    */
  uint8_t lazy_sync;  /* synced lazily into process top-level tables (0/1) */
  uint8_t reserved_;  /* zero                                              */
};

struct mm_layout {
  uint32_t va_bits;     /* 48 (4-level) or 57 (5-level)                    */
  uint32_t levels;      /* 4 or 5                                          */
  uint32_t pa_bits;     /* MAX_PHYSMEM_BITS: 46 or 52                      */
  uint32_t nregions;    /* 1 .. MM_MAX_REGIONS                             */
  uint64_t page_offset; /* base of the direct map (__PAGE_OFFSET)          */
  struct mm_region region[MM_MAX_REGIONS];
};

/* The verdict of layout_validate: the first rule broken and where. */
struct mm_verdict {
  uint32_t rule;   /* enum mm_rule                                        */
  uint32_t region; /* index of the offending region (nregions: layout-wide) */
};

#include "Canonical.acsl"
#include "SignExtend.acsl"
#include "PageIndex.acsl"
#include "Region.acsl"
#include "DirectMap.acsl"
#include "Layout.acsl"
#include "LayoutLemmas.acsl"

#endif
