/* The physical memory of the MMU test guest and the protocol between it and
 * the host (tests/crosscheck/mmu/, docs/crosscheck-mmu.md). Shared by the
 * guest (freestanding) and the host tool; plain integers only.
 *
 * Physical layout (guest RAM 128 MiB):
 *   0x0000000 .. 0x01FFFFF  the guest image at 1 MiB (multiboot), its user
 *                           page pair at GUEST_USER_CODE / GUEST_USER_STACK
 *   0x0200000               the control block (host -> guest)
 *   0x0210000               the report (guest -> host)
 *   0x0800000 .. 0x0FFFFFF  the page tables the host built (2048 frames)
 *   0x1000000 .. 0x15FFFFF  the probe list (host -> guest)
 *   0x1600000 .. 0x1BFFFFF  the results (guest -> host)
 *   0x2000000 .. 0x3FFFFFF  the pattern (host -> guest): every probe that
 *                           succeeds lands here
 * The host's tables identity-map [0, GUEST_MAP_END) supervisor-only (but for
 * the user page pair), the guest's linear region [0, 1 GiB); no probe is
 * made there. */
#ifndef MMU_GUEST_LAYOUT_H
#define MMU_GUEST_LAYOUT_H

#define GUEST_LOAD 0x100000
#define GUEST_USER_CODE 0x110000  /* ring-3 probe stub (US = 1, 4 KiB) */
#define GUEST_USER_STACK 0x111000 /* ring-3 stack page (US = 1, RW)    */
#define GUEST_MAP_END 0x4000000   /* identity map of the guest, 64 MiB */
#define GUEST_REGION 0x40000000   /* linear [0, 1 GiB): the guest's    */

#define CTL_PA 0x200000
#define REPORT_PA 0x210000
#define TABLES_PA 0x800000
#define TABLES_FRAMES 2048
#define PROBES_PA 0x1000000
#define RESULTS_PA 0x1600000
#define MAX_PROBES 0x30000 /* 196608: 32-byte probes, 32-byte results */
#define PAT_PA 0x2000000
#define PAT_END 0x4000000

#define CTL_MAGIC 0x314B484358554D4DULL    /* "MMUXCHK1" */
#define REPORT_MAGIC 0x3154504552554D4DULL /* "MMUREPT1" */
#define MAX_BATCHES 1024

/* Batch flags: the CPU state the batch's probes run under. */
#define BF_NXE 0x01  /* IA32_EFER.NXE */
#define BF_WP 0x02   /* CR0.WP        */
#define BF_SMEP 0x04 /* CR4.SMEP      */
#define BF_SMAP 0x08 /* CR4.SMAP      */
#define BF_AC 0x10   /* EFLAGS.AC     */

/* Probe kinds. */
#define PK_LOAD 0   /* mov rax, [va]                                       */
#define PK_STORE 1  /* mov [va], value; mov rax, [va]                      */
#define PK_FETCH 2  /* call va                                             */
#define PK_RMW 3    /* lock xadd [va], rax with rax = 0: a locked read-modify-write */
#define PK_KINDS 4

/* Report features (CPUID as the guest saw it). */
#define RF_PDPE1GB 0x01 /* CPUID.80000001H:EDX[26] */
#define RF_SMEP 0x02    /* CPUID.(EAX=7,ECX=0):EBX[7]  */
#define RF_SMAP 0x04    /* CPUID.(EAX=7,ECX=0):EBX[20] */
#define RF_LA57 0x08    /* CPUID.(EAX=7,ECX=0):ECX[16] */
#define RF_NX 0x10      /* CPUID.80000001H:EDX[20] */

/* Result status. */
#define RS_DONE 1    /* the probe ran                                     */
#define RS_SKIPPED 2 /* its batch needs a feature the CPU lacks           */
#define RV_NONE 0xFF /* vector: no exception                              */

/* The pattern (SDM-independent: ours). Every 16-byte slot at physical
 * address s (16-aligned) holds `movabs rax, PAT_TAG | s; ret` followed by
 * the low 5 bytes of s, so a fetch returns PAT_TAG | s and either 8-byte half
 * names the slot. */
#define PAT_TAG 0x5A00000000000000ULL

#ifndef __ASSEMBLER__
#include <stdint.h>

/* The control block at CTL_PA: batches[nbatches] follow it. */
struct ctl_header {
  uint64_t magic; /* CTL_MAGIC */
  uint32_t levels; /* 4 or 5 */
  uint32_t nbatches;
  uint32_t nprobes;
  uint32_t flags; /* CTLF_* */
};
/* For Bochs (no loader for the pattern, no monitor): the guest writes the
 * pattern itself before the probes, and stops at a Bochs magic breakpoint
 * (xchg %bx, %bx) at the end, where the debugger reads memory back. */
#define CTLF_BOCHS 0x1
/* A batch: probes[first .. first + count) under the tables at root with
 * the flags (BF_*). */
struct ctl_batch {
  uint64_t root;
  uint32_t first;
  uint32_t count;
  uint32_t flags;
  uint32_t reserved_;
};
/* A probe (PROBES_PA + 32 * i). A store writes value: the pattern's 8
 * bytes at the physical address the host expects it to reach (memory stays
 * as it was when the MMU agrees), or STORE_MARK | i where it expects a fault;
 * the host checks the pattern afterwards. */
struct probe {
  uint64_t va;
  uint64_t value;
  uint8_t kind; /* PK_* */
  uint8_t user; /* 1: CPL 3 */
  uint8_t reserved_[14];
};
#define STORE_MARK 0x5354000000000000ULL /* "ST" */
/* Its result (RESULTS_PA + 32 * i). */
struct result {
  uint64_t value; /* the value read (vector RV_NONE)          */
  uint64_t cr2;   /* CR2 after a #PF                          */
  uint64_t rip;   /* RIP of the faulting instruction          */
  uint32_t error; /* the error code (vectors that push one)   */
  uint8_t vector; /* the exception, or RV_NONE                */
  uint8_t status; /* RS_*                                     */
  uint8_t reserved_[2];
};
/* The report at REPORT_PA. */
struct report {
  uint64_t magic; /* REPORT_MAGIC when the guest got that far */
  uint32_t maxphyaddr;
  uint32_t features; /* RF_* */
  uint32_t done;     /* 1: every batch ran or was skipped */
  uint32_t nrun;
  uint32_t nskipped;
  uint32_t panic_vector; /* an exception outside a probe (0xFFFFFFFF: none) */
  uint64_t panic_rip;
};
#endif

#endif
