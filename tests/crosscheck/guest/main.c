/* The MMU test guest, 64-bit part: descriptor tables, the pattern, CPUID,
 * and the batches of probes the host asked for (layout.h,
 * docs/crosscheck-mmu.md). Runs at CPL 0 on the host's page tables, with
 * interrupts off throughout. */
#include <stdint.h>

#include "layout.h"

void guest_main(void);
void guest_panic(uint64_t vector, uint64_t rip);
void probe_kernel(uint64_t va, uint32_t kind, uint32_t ac, uint64_t value);
void probe_user(uint64_t va, uint32_t kind, uint32_t ac, uint64_t value);

extern const uint64_t isr_table[32];
extern const uint64_t isr_return_addr;
extern uint64_t gdt[8];
extern struct result cur;

#define SEL_CODE64 0x18u
#define SEL_TSS 0x30u

static uint64_t idt[256 * 2] __attribute__((aligned(16)));
static uint32_t tss[26] __attribute__((aligned(16)));
static uint8_t tss_stack[16384] __attribute__((aligned(16)));

static inline void outb(uint16_t port, uint8_t v) {
  __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

/* isa-debugcon at 0xE9: the host waits for the last line. */
static void say(const char *s) {
  while (*s)
    outb(0xE9, (uint8_t)*s++);
}

static void cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4]) {
  __asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(sub));
}

static uint64_t rdcr0(void) {
  uint64_t v;
  __asm__ volatile("mov %%cr0, %0" : "=r"(v));
  return v;
}
static uint64_t rdcr4(void) {
  uint64_t v;
  __asm__ volatile("mov %%cr4, %0" : "=r"(v));
  return v;
}
static void wrcr0(uint64_t v) { __asm__ volatile("mov %0, %%cr0" : : "r"(v) : "memory"); }
static void wrcr3(uint64_t v) { __asm__ volatile("mov %0, %%cr3" : : "r"(v) : "memory"); }
static void wrcr4(uint64_t v) { __asm__ volatile("mov %0, %%cr4" : : "r"(v) : "memory"); }
static uint64_t rdmsr(uint32_t msr) {
  uint32_t lo, hi;
  __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
  return ((uint64_t)hi << 32) | lo;
}
static void wrmsr(uint32_t msr, uint64_t v) {
  __asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32)) : "memory");
}

/* A 64-bit interrupt gate (SDM vol. 3A §6.14.1, Figure 6-8). */
static void gate(unsigned v, uint64_t handler, unsigned dpl) {
  idt[2 * v] = (handler & 0xFFFFu) | ((uint64_t)SEL_CODE64 << 16) |
               ((uint64_t)(0x8Eu | (dpl << 5)) << 40) | ((handler >> 16 & 0xFFFFu) << 48);
  idt[2 * v + 1] = handler >> 32;
}

static void tables(void) {
  for (unsigned v = 0; v < 32; v++)
    gate(v, isr_table[v], 0);
  gate(0x80, isr_return_addr, 3); /* the ring-3 stub returns through it */
  struct {
    uint16_t limit;
    uint64_t base;
  } __attribute__((packed)) idtr = {sizeof idt - 1, (uint64_t)(uintptr_t)idt};
  __asm__ volatile("lidt %0" : : "m"(idtr));
  /* the 64-bit TSS (§8.7): RSP0 at byte 4, the I/O map base past the limit */
  uint64_t sp = (uint64_t)(uintptr_t)(tss_stack + sizeof tss_stack);
  tss[1] = (uint32_t)sp;
  tss[2] = (uint32_t)(sp >> 32);
  tss[25] = (uint32_t)sizeof tss << 16;
  uint64_t base = (uint64_t)(uintptr_t)tss, limit = sizeof tss - 1;
  gdt[6] = (limit & 0xFFFFu) | ((base & 0xFFFFFFu) << 16) | (0x89ULL << 40) |
           ((base >> 24 & 0xFFu) << 56);
  gdt[7] = base >> 32;
  __asm__ volatile("ltr %w0" : : "r"(SEL_TSS));
}

/* CTLF_BOCHS: the pattern of layout.h, two 8-byte stores a slot. */
static void fill_pattern(void) {
  for (uint64_t s = PAT_PA; s < PAT_END; s += 16) {
    volatile uint64_t *p = (volatile uint64_t *)(uintptr_t)s;
    uint64_t imm = PAT_TAG | s;
    p[0] = 0xB848u | (imm << 16);
    p[1] = (imm >> 48) | (0xC3ULL << 16) | ((s & 0xFFFFFFFFFFULL) << 24);
  }
}

static volatile struct report *const rep = (volatile struct report *)(uintptr_t)REPORT_PA;

void guest_panic(uint64_t vector, uint64_t rip) {
  rep->panic_vector = (uint32_t)vector;
  rep->panic_rip = rip;
  say("MMSPEC-MMU-PANIC\n");
  if (((const volatile struct ctl_header *)(uintptr_t)CTL_PA)->flags & CTLF_BOCHS)
    __asm__ volatile("xchg %%bx, %%bx" : : : "memory"); /* Bochs magic breakpoint */
  for (;;)
    __asm__ volatile("cli; hlt");
}

void guest_main(void) {
  const volatile struct ctl_header *h = (const volatile struct ctl_header *)(uintptr_t)CTL_PA;
  const volatile struct ctl_batch *b = (const volatile struct ctl_batch *)(uintptr_t)(CTL_PA + sizeof *h);
  const volatile struct probe *pr = (const volatile struct probe *)(uintptr_t)PROBES_PA;
  volatile struct result *res = (volatile struct result *)(uintptr_t)RESULTS_PA;
  uint32_t r[4];
  rep->panic_vector = 0xFFFFFFFFu;
  tables();
  if (h->magic != CTL_MAGIC || h->nbatches > MAX_BATCHES || h->nprobes > MAX_PROBES) {
    say("MMSPEC-MMU-BADCTL\n");
    return;
  }
  uint32_t feat = 0;
  cpuid(0x80000000u, 0, r);
  uint32_t maxext = r[0];
  cpuid(0x80000001u, 0, r);
  if (r[3] >> 26 & 1)
    feat |= RF_PDPE1GB;
  if (r[3] >> 20 & 1)
    feat |= RF_NX;
  cpuid(0, 0, r);
  if (r[0] >= 7) {
    cpuid(7, 0, r);
    if (r[1] >> 7 & 1)
      feat |= RF_SMEP;
    if (r[1] >> 20 & 1)
      feat |= RF_SMAP;
    if (r[2] >> 16 & 1)
      feat |= RF_LA57;
  }
  uint32_t maxphy = 36; /* SDM vol. 3A §4.1.4: 36 without CPUID.80000008H */
  if (maxext >= 0x80000008u) {
    cpuid(0x80000008u, 0, r);
    maxphy = r[0] & 0xFFu;
  }
  rep->maxphyaddr = maxphy;
  rep->features = feat;
  if (h->flags & CTLF_BOCHS)
    fill_pattern();
  uint32_t nrun = 0, nskip = 0;
  for (uint32_t i = 0; i < h->nbatches; i++) {
    uint32_t f = b[i].flags, first = b[i].first, n = b[i].count;
    int ok = (!(f & BF_SMEP) || (feat & RF_SMEP)) && (!(f & BF_SMAP) || (feat & RF_SMAP)) &&
             (!(f & BF_NXE) || (feat & RF_NX));
    if (!ok || first > h->nprobes || n > h->nprobes - first) {
      for (uint32_t j = first; ok == 0 && j < first + n && j < MAX_PROBES; j++)
        res[j].status = RS_SKIPPED;
      nskip += n;
      continue;
    }
    /* the CPU state of the batch, then CR3 reloaded: with CR4.PGE = 0 that
     * flushes every TLB entry and paging-structure cache (§4.10.4.1) */
    uint64_t efer = rdmsr(0xC0000080u);
    efer = (f & BF_NXE) ? (efer | 0x800u) : (efer & ~0x800ULL);
    wrmsr(0xC0000080u, efer);
    uint64_t cr0 = rdcr0();
    wrcr0((f & BF_WP) ? (cr0 | 0x10000u) : (cr0 & ~0x10000ULL));
    uint64_t cr4 = rdcr4() & ~(0x100000ULL | 0x200000ULL | 0x80ULL); /* SMEP, SMAP, PGE */
    if (f & BF_SMEP)
      cr4 |= 0x100000u;
    if (f & BF_SMAP)
      cr4 |= 0x200000u;
    wrcr4(cr4);
    wrcr3(b[i].root);
    uint32_t ac = (f & BF_AC) ? 1u : 0u;
    for (uint32_t j = first; j < first + n; j++) {
      cur.vector = RV_NONE;
      cur.value = cur.cr2 = cur.rip = 0;
      cur.error = 0;
      if (pr[j].user)
        probe_user(pr[j].va, pr[j].kind, ac, pr[j].value);
      else
        probe_kernel(pr[j].va, pr[j].kind, ac, pr[j].value);
      res[j].value = cur.value;
      res[j].cr2 = cur.cr2;
      res[j].rip = cur.rip;
      res[j].error = cur.error;
      res[j].vector = cur.vector;
      res[j].status = RS_DONE;
      nrun++;
    }
  }
  rep->nrun = nrun;
  rep->nskipped = nskip;
  rep->done = 1;
  rep->magic = REPORT_MAGIC;
  say("MMSPEC-MMU-DONE\n");
  if (h->flags & CTLF_BOCHS)
    __asm__ volatile("xchg %%bx, %%bx" : : : "memory"); /* Bochs magic breakpoint */
}
