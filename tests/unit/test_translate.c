/* mm_translate (src/translate.c) against test vectors derived from the Intel
 * SDM vol. 3A §4.5 (IA-32e paging), §4.6 (access rights) and §4.7 (page-fault
 * error code), independently of translate.c and of spec/acsl/Paging.acsl.
 *
 * The reference is a walker written here the way a kernel or emulator author
 * writes one: a loop over the levels, index = (va >> shift) & 511, the
 * reserved bits of an entry as one mask per level, the rights folded with &
 * and |, the access check as the SDM's list of forbidden cases, the error
 * code assembled from its bit names. It shares no code and no structure with
 * translate.c (which reads fields with / and %, has one function per step and
 * a logic predicate for the rights).
 *
 * Both walk real tables in a struct mm_mem:
 *
 *   hand      ~40 vectors whose expected outcome, error code and physical
 *             address are typed in from the SDM (not computed by either
 *             walker), so a misunderstanding shared by both cannot pass
 *   rights    every combination of R/W, U/S and XD at every level of a path
 *             x read/write/fetch x user/supervisor x CR0.WP x CR4.SMEP x
 *             CR4.SMAP x EFLAGS.AC x EFER.NXE, for 4-KiB, 2-MiB and 1-GiB
 *             pages under 4- and 5-level paging (exhaustive)
 *   reserved  every address bit MAXPHYADDR..51 at every level, for MAXPHYADDR
 *             36, 46 and 52, with and without 1-GiB pages; PS in a PML5E and
 *             PML4E, PS in a PDPTE without 1-GiB pages, bits 20:13 of a 2-MiB
 *             and 29:13 of a 1-GiB leaf (bit 12, PAT, is not reserved), XD
 *             with NXE = 0; the ignored bits 62:52 and 11:8 (not reserved);
 *             each under all six access kinds, with RSVD => P checked
 *   present   P = 0 at every level under every access kind, SMEP and NXE
 *             (I/D only for a fetch with SMEP or NXE)
 *   canon     the 4- and 5-level canonical boundaries (#GP) and every single
 *             bit flip of canonical addresses
 *   outside   a paging structure just below or above the memory
 *   offset    first and last byte of a 4-KiB, 2-MiB and 1-GiB page
 *   random    ~1M random tables, CPU states and addresses; the seed is
 *             printed, and MMSPEC_SEED=N in the environment replays one
 *
 * Every family counts its vectors; a disagreement prints the vector (CPU
 * state, address, access, the entries read, both results). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "translate.h"

/* ---------------------------------------------------------------------------
 * The reference walker (SDM vol. 3A §4.5-§4.7), in the usual bit style.
 */
#define B(n) (1ULL << (n))
#define PTE_P B(0)
#define PTE_RW B(1)
#define PTE_US B(2)
#define PTE_A B(5)
#define PTE_PS B(7)
#define PTE_NX B(63)
#define PHYS_52 (B(52) - 1)               /* bits 51:0                      */
#define FRAME_MASK (PHYS_52 & ~0xfffULL)  /* bits 51:12                     */
#define BITS(hi, lo) (((B(hi) - 1) | B(hi)) & ~(B(lo) - 1))

enum { R_OK, R_GP, R_PF, R_OUTSIDE }; /* same numbers as enum mm_xlate_outcome */

struct ref {
  int outcome;
  int level;
  uint32_t err;
  uint64_t pa, size, leaf;
  int rw, us, xd;
};

static int maxphyaddr(const struct mm_cpu *c)
{
  int n = 0;
  while (n < 64 && (c->pa_limit >> n) > 1)
    n++;
  return n;
}

/* The page-fault error code bits that describe the access (§4.7): W/R for a
 * write, U/S for CPL 3, I/D for an instruction fetch when SMEP or NXE is on
 * (4-level and 5-level paging have CR4.PAE = 1). */
static uint32_t ref_access_bits(const struct mm_cpu *c, int acc, int user)
{
  uint32_t e = 0;
  if (acc == MM_ACC_WRITE)
    e |= 1u << 1;
  if (user)
    e |= 1u << 2;
  if (acc == MM_ACC_FETCH && (c->smep || c->nxe))
    e |= 1u << 4;
  return e;
}

/* §4.6.1, case by case as the SDM lists them. us_all: a user-mode address
 * (U/S = 1 in every entry); rw_all: R/W = 1 in every entry; nx_any: XD = 1 in
 * some entry. Returns 1 when the access is NOT allowed. */
static int ref_forbidden(const struct mm_cpu *c, int acc, int user, int rw_all, int us_all,
                         int nx_any)
{
  int nx = c->nxe && nx_any; /* XD only counts with IA32_EFER.NXE = 1 */
  if (user) {
    /* User-mode accesses: only to user-mode addresses; writes need R/W = 1
     * everywhere (CR0.WP does not matter); fetches need XD = 0 when NXE. */
    if (!us_all)
      return 1;
    if (acc == MM_ACC_WRITE && !rw_all)
      return 1;
    if (acc == MM_ACC_FETCH && nx)
      return 1;
    return 0;
  }
  switch (acc) {
  case MM_ACC_READ:
    /* Supervisor reads: anything, except explicit reads of user-mode
     * addresses with CR4.SMAP = 1 and EFLAGS.AC = 0. */
    return us_all && c->smap && !c->ac;
  case MM_ACC_WRITE:
    /* Supervisor writes to user-mode addresses: forbidden with SMAP = 1 and
     * AC = 0; otherwise (both kinds of address) R/W = 0 somewhere forbids a
     * write only with CR0.WP = 1. */
    if (us_all && c->smap && !c->ac)
      return 1;
    return c->wp && !rw_all;
  default:
    /* Supervisor fetches: never from a user-mode address with SMEP = 1;
     * never with XD = 1 somewhere and NXE = 1. */
    return (us_all && c->smep) || nx;
  }
}

/* Reserved bits of a present entry at level lvl (§4.5.4 Tables 4-14a..4-20,
 * the list in §4.7): one mask, built the way emulators precompute them. */
static uint64_t ref_rsvd_mask(const struct mm_cpu *c, int lvl, uint64_t pte)
{
  uint64_t m = PHYS_52 & ~(c->pa_limit - 1); /* bits 51:MAXPHYADDR */
  if (!c->nxe)
    m |= PTE_NX;
  if (lvl >= 4)
    m |= PTE_PS; /* PML5E, PML4E: bit 7 must be 0 */
  else if (lvl == 3 && !c->pdpe1gb)
    m |= PTE_PS; /* no 1-GByte pages: PS of a PDPTE is reserved */
  else if (lvl == 3 && (pte & PTE_PS))
    m |= BITS(29, 13); /* 1-GByte page: 29:13 (12 is PAT) */
  else if (lvl == 2 && (pte & PTE_PS))
    m |= BITS(20, 13); /* 2-MByte page: 20:13 (12 is PAT) */
  return m;
}

static void ref_translate(const struct mm_mem *m, const struct mm_cpu *c, uint64_t cr3,
                          uint64_t va, int acc, int user, struct ref *r)
{
  int top = c->la57 ? 5 : 4;
  int vabits = c->la57 ? 57 : 48;
  uint64_t sign = va >> (vabits - 1); /* bits 63:vabits-1, all 0s or all 1s */
  uint64_t table = cr3, and_bits = PTE_RW | PTE_US, or_bits = 0, pte = 0;
  uint64_t mem_end = m->base + ((uint64_t)m->nframes << 12);
  uint32_t ab = ref_access_bits(c, acc, user);
  int lvl;

  memset(r, 0, sizeof *r);
  if (sign != 0 && sign != (~0ULL >> (vabits - 1))) {
    r->outcome = R_GP;
    return;
  }
  for (lvl = top; lvl >= 1; lvl--) {
    int shift = 12 + 9 * (lvl - 1);
    r->level = lvl;
    if (table < m->base || table >= mem_end) {
      r->outcome = R_OUTSIDE;
      return;
    }
    pte = m->word[((table - m->base) >> 3) + ((va >> shift) & 511)];
    if (!(pte & PTE_P)) {
      r->outcome = R_PF;
      r->err = ab;
      return;
    }
    if (pte & ref_rsvd_mask(c, lvl, pte)) {
      r->outcome = R_PF;
      r->err = ab | 0x1 | 0x8; /* P = 1: RSVD faults are never "not present" */
      return;
    }
    and_bits &= pte;
    or_bits |= pte & PTE_NX;
    if (lvl == 1 || (pte & PTE_PS)) { /* a PTE, or PS = 1 in a PDE/PDPTE */
      uint64_t size = 1ULL << shift;
      if (ref_forbidden(c, acc, user, !!(and_bits & PTE_RW), !!(and_bits & PTE_US),
                        or_bits != 0)) {
        r->outcome = R_PF;
        r->err = ab | 0x1;
        return;
      }
      r->outcome = R_OK;
      r->size = size;
      r->pa = (pte & PHYS_52 & ~(size - 1)) | (va & (size - 1));
      r->leaf = pte;
      r->rw = !!(and_bits & PTE_RW);
      r->us = !!(and_bits & PTE_US);
      r->xd = or_bits != 0;
      return;
    }
    table = pte & FRAME_MASK;
  }
}

/* ---------------------------------------------------------------------------
 * Comparing the two, family by family.
 */
struct fam {
  const char *name;
  unsigned long n, bad;
};

static uint64_t seed_used; /* of the random family, printed with its failures */
static const struct mm_mem *cur_mem;

static void dump_walk(const struct mm_mem *m, const struct mm_cpu *c, uint64_t cr3, uint64_t va)
{
  uint64_t t = cr3;
  for (int lvl = c->la57 ? 5 : 4; lvl >= 1; lvl--) {
    uint64_t e;
    if (t < m->base || t - m->base >= ((uint64_t)m->nframes << 12)) {
      fprintf(stderr, "    L%d table 0x%" PRIx64 " outside\n", lvl, t);
      return;
    }
    e = m->word[((t - m->base) >> 3) + ((va >> (12 + 9 * (lvl - 1))) & 511)];
    fprintf(stderr, "    L%d table 0x%" PRIx64 "[%3u] = 0x%016" PRIx64 "\n", lvl, t,
            (unsigned)((va >> (12 + 9 * (lvl - 1))) & 511), e);
    if (!(e & 1) || lvl == 1 || (lvl <= 3 && (e & PTE_PS)))
      return;
    t = e & FRAME_MASK;
  }
}

static void dump(struct fam *f, const struct mm_mem *m, const struct mm_cpu *c, uint64_t cr3,
                 uint64_t va, int acc, int user, const struct mm_xlate *x, const struct ref *r,
                 const char *why)
{
  if (f->bad > 5)
    return;
  fprintf(stderr,
          "%s: %s mismatch (seed %" PRIu64 "): va 0x%016" PRIx64 " acc %d user %d cr3 0x%" PRIx64
          "\n  cpu: la57 %u maxphyaddr %d nxe %u wp %u smep %u smap %u ac %u pdpe1gb %u\n"
          "  mm_translate: outcome %u level %u err 0x%x pa 0x%" PRIx64 " size 0x%" PRIx64
          " rw %u us %u xd %u\n"
          "  expected:     outcome %d level %d err 0x%x pa 0x%" PRIx64 " size 0x%" PRIx64
          " rw %d us %d xd %d\n",
          f->name, why, seed_used, va, acc, user, cr3, c->la57, maxphyaddr(c), c->nxe, c->wp,
          c->smep, c->smap, c->ac, c->pdpe1gb, x->outcome, x->level, x->error_code, x->pa,
          x->page_size, x->rw, x->us, x->xd, r->outcome, r->level, r->err, r->pa, r->size, r->rw,
          r->us, r->xd);
  dump_walk(m, c, cr3, va);
}

/* Do x and r say the same? Only the fields the outcome defines. */
static int same(const struct mm_xlate *x, const struct ref *r)
{
  if (x->outcome != r->outcome)
    return 0;
  if (r->outcome == R_GP)
    return x->level == 0 && x->error_code == 0;
  if (x->level != r->level)
    return 0;
  if (r->outcome == R_PF)
    return x->error_code == r->err;
  if (r->outcome == R_OK)
    return x->pa == r->pa && x->page_size == r->size && x->entry == r->leaf &&
           x->rw == r->rw && x->us == r->us && x->xd == r->xd && x->error_code == 0;
  return 1;
}

/* Translate with both, compare; returns 1 when they agree. r gets the
 * reference's result for further checks by the caller. */
static int vec(struct fam *f, const struct mm_mem *m, const struct mm_cpu *c, uint64_t cr3,
               uint64_t va, int acc, int user, struct ref *r)
{
  struct mm_xlate x;
  memset(&x, 0xA5, sizeof x);
  mm_translate(m, c, cr3, va, (uint32_t)acc, (uint32_t)user, &x);
  ref_translate(m, c, cr3, va, acc, user, r);
  f->n++;
  if (!same(&x, r)) {
    f->bad++;
    dump(f, m, c, cr3, va, acc, user, &x, r, "mm_translate vs reference");
    return 0;
  }
  return 1;
}

/* A property the caller checked on top of the comparison. */
static void expect(struct fam *f, int ok, const struct mm_cpu *c, uint64_t cr3, uint64_t va,
                   int acc, int user, const struct ref *r, const char *what)
{
  if (ok)
    return;
  f->bad++;
  if (f->bad <= 5) {
    struct mm_xlate x;
    mm_translate(cur_mem, c, cr3, va, (uint32_t)acc, (uint32_t)user, &x);
    dump(f, cur_mem, c, cr3, va, acc, user, &x, r, what);
  }
}

static void fam_report(const struct fam *f)
{
  printf("  %-9s %9lu vectors, %lu disagreements\n", f->name, f->n, f->bad);
  CHECK(f->n > 0 && f->bad == 0, "%s: %lu of %lu vectors disagree", f->name, f->bad, f->n);
}

/* ---------------------------------------------------------------------------
 * Tables: one path of paging structures for one address.
 */
#define NF 8 /* frames of the fixed tests' memory */
static uint64_t words[NF * 512];
/* 4-KiB aligned only, below 2^36 so that every MAXPHYADDR reaches it. */
#define BASE 0x0000000123456000ULL
static const struct mm_mem mem = {words, BASE, NF, 0};
/* Non-present filler with many other bits set: an entry read at a wrong
 * index or in a wrong table is not present. */
#define JUNK 0x7FF0000ABCDEFFFEULL

static struct mm_cpu cpu_of(int la57, int maxphy, int gb)
{
  struct mm_cpu c;
  memset(&c, 0, sizeof c);
  c.pa_limit = 1ULL << maxphy;
  c.la57 = (uint8_t)la57;
  c.pdpe1gb = (uint8_t)gb;
  return c;
}

static void fill_junk(void)
{
  for (unsigned i = 0; i < NF * 512; i++)
    words[i] = JUNK ^ ((uint64_t)i << 12);
}

/* A path: frame (5 - lvl) holds the table of level lvl. */
struct path {
  int top, leaf;
  uint64_t va, cr3, frame; /* frame: physical address of the mapped page */
  uint64_t *ent[6];        /* the entry the walk reads at each level      */
  uint64_t addr[6];        /* its address field                           */
};

static uint64_t tab_pa(int lvl)
{
  return BASE + (uint64_t)(5 - lvl) * 4096;
}

/* Build the path of va down to a leaf at level leaf (1 4 KiB, 2 2 MiB, 3
 * 1 GiB) mapping frame, every entry P | R/W | U/S | A (+ PS for a big page). */
static void build(struct path *p, int la57, int leaf, uint64_t va, uint64_t frame)
{
  fill_junk();
  p->top = la57 ? 5 : 4;
  p->leaf = leaf;
  p->va = va;
  p->frame = frame;
  p->cr3 = tab_pa(p->top);
  for (int lvl = p->top; lvl >= leaf; lvl--) {
    unsigned idx = (unsigned)((va >> (12 + 9 * (lvl - 1))) & 511);
    p->ent[lvl] = &words[(tab_pa(lvl) - BASE) / 8 + idx];
    p->addr[lvl] = lvl == leaf ? frame : tab_pa(lvl - 1);
    *p->ent[lvl] = p->addr[lvl] | PTE_P | PTE_RW | PTE_US | PTE_A | (lvl == leaf && leaf > 1 ? PTE_PS : 0);
  }
}

/* Set the flags of the entry at lvl, keeping its address (and PS of a leaf). */
static void set_flags(struct path *p, int lvl, uint64_t flags)
{
  *p->ent[lvl] = p->addr[lvl] | flags | (lvl == p->leaf && p->leaf > 1 ? PTE_PS : 0);
}

static uint64_t va_of(int i5, int i4, int i3, int i2, int i1, unsigned off)
{
  return ((uint64_t)i5 << 48) | ((uint64_t)i4 << 39) | ((uint64_t)i3 << 30) |
         ((uint64_t)i2 << 21) | ((uint64_t)i1 << 12) | off;
}

/* Distinct indices at every level, lower half (bit 47 resp. 56 clear), and
 * the mapped frames. */
#define VA_TEST(la57) ((la57) ? va_of(0x0A5, 0x1C3, 0x0F7, 0x151, 0x0E9, 0x7B5) \
                              : va_of(0, 0x0C3, 0x1F7, 0x151, 0x0E9, 0x7B5))
static uint64_t frame_for(int leaf)
{
  return leaf == 3 ? 0x0000000FC0000000ULL : leaf == 2 ? 0x0000000FC2A00000ULL
                                                       : 0x0000000FC2A5D000ULL;
}

/* ---------------------------------------------------------------------------
 * Family "hand": expected values typed in from the SDM.
 *
 * Memory (base 0x100000 in its own array): frame 0 PML4 at 0x100000, 1 PDPT
 * at 0x101000, 2 PD at 0x102000, 3 PT at 0x103000, 4 PML5 at 0x104000.
 * Base tables: PML5[0] = 0x100007, PML4[0] = 0x101007, PDPT[0] = 0x102007,
 * PD[2] = 0x103007, PT[3] = 0x12345007, PML4[273] = 0x101003 (a supervisor
 * entry for the direct map), all others 0. VA 0x403ABC: indices 0, 0, 0, 2, 3,
 * offset 0xABC.
 */
static uint64_t hwords[5 * 512];
static const struct mm_mem hmem = {hwords, 0x100000, 5, 0};

struct set {
  unsigned frame, idx;
  uint64_t val;
};

struct hand {
  const char *what;
  int la57, maxphy, gb, nxe, wp, smep, smap, ac;
  uint64_t va;
  int acc, user;
  struct set set[2];
  int outcome, level;
  uint32_t err;
  uint64_t pa, size;
};

#define RD MM_ACC_READ
#define WR MM_ACC_WRITE
#define EX MM_ACC_FETCH
#define OK_ R_OK
#define PF_ R_PF
#define GP_ R_GP
#define OUT_ R_OUTSIDE
#define PT(v) {{3, 3, v}, {0, 0, 0}}
#define NOSET {{0, 0, 0}, {0, 0, 0}}
#define VA1 0x0000000000403ABCULL

/*  what                                            la57 M gb nxe wp smep smap ac  va  acc user sets  outcome lvl err  pa size */
static const struct hand hand[] = {
  {"user read of a user page",                       0, 46, 1, 1, 1, 1, 1, 0, VA1, RD, 1, NOSET, OK_, 1, 0, 0x12345ABC, 0x1000},
  {"user write to a supervisor page, WP=0 -> 0x7",   0, 46, 1, 1, 0, 0, 0, 0, VA1, WR, 1, PT(0x12345003), PF_, 1, 0x7, 0, 0},
  {"user read of a supervisor page -> 0x5",          0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 1, PT(0x12345003), PF_, 1, 0x5, 0, 0},
  {"user write to a read-only user page -> 0x7",     0, 46, 1, 1, 0, 0, 0, 0, VA1, WR, 1, PT(0x12345005), PF_, 1, 0x7, 0, 0},
  {"sup write to read-only page, WP=0 -> ok",        0, 46, 1, 1, 0, 0, 0, 0, VA1, WR, 0, PT(0x12345001), OK_, 1, 0, 0x12345ABC, 0x1000},
  {"sup write to read-only page, WP=1 -> 0x3",       0, 46, 1, 1, 1, 0, 0, 0, VA1, WR, 0, PT(0x12345001), PF_, 1, 0x3, 0, 0},
  {"R/W=0 in the PDE: user write -> 0x7",            0, 46, 1, 1, 0, 0, 0, 0, VA1, WR, 1, {{2, 2, 0x103005}, {0, 0, 0}}, PF_, 1, 0x7, 0, 0},
  {"R/W=0 in the PDE: user read -> ok",              0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 1, {{2, 2, 0x103005}, {0, 0, 0}}, OK_, 1, 0, 0x12345ABC, 0x1000},
  {"R/W=0 in the PDE: sup write WP=1 -> 0x3",        0, 46, 1, 1, 1, 0, 0, 0, VA1, WR, 0, {{2, 2, 0x103005}, {0, 0, 0}}, PF_, 1, 0x3, 0, 0},
  {"U/S=0 in the PML4E: user read -> 0x5",           0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 1, {{0, 0, 0x101003}, {0, 0, 0}}, PF_, 1, 0x5, 0, 0},
  {"not-present PTE: sup read -> 0x0",               0, 46, 1, 1, 1, 1, 1, 0, VA1, RD, 0, PT(0x12345006), PF_, 1, 0x0, 0, 0},
  {"not-present PTE: user write -> 0x6",             0, 46, 1, 1, 1, 1, 1, 0, VA1, WR, 1, PT(0x12345006), PF_, 1, 0x6, 0, 0},
  {"not-present PTE: user fetch, NXE=1 -> 0x14",     0, 46, 1, 1, 0, 0, 0, 0, VA1, EX, 1, PT(0x12345006), PF_, 1, 0x14, 0, 0},
  {"not-present PTE: sup fetch, NXE=SMEP=0 -> 0x0",  0, 46, 1, 0, 0, 0, 0, 0, VA1, EX, 0, PT(0x12345006), PF_, 1, 0x0, 0, 0},
  {"not-present PTE: sup fetch, SMEP=1 -> 0x10",     0, 46, 1, 0, 0, 1, 0, 0, VA1, EX, 0, PT(0x12345006), PF_, 1, 0x10, 0, 0},
  {"not-present PDE: sup write -> 0x2 at level 2",   0, 46, 1, 1, 1, 0, 0, 0, VA1, WR, 0, {{2, 2, 0x103006}, {0, 0, 0}}, PF_, 2, 0x2, 0, 0},
  {"sup fetch from user page, SMEP=1 -> 0x11",       0, 46, 1, 0, 0, 1, 0, 0, VA1, EX, 0, NOSET, PF_, 1, 0x11, 0, 0},
  {"sup fetch from user page, SMEP=0 -> ok",         0, 46, 1, 1, 1, 0, 1, 0, VA1, EX, 0, NOSET, OK_, 1, 0, 0x12345ABC, 0x1000},
  {"sup read of user page, SMAP=1 AC=0 -> 0x1",      0, 46, 1, 1, 0, 0, 1, 0, VA1, RD, 0, NOSET, PF_, 1, 0x1, 0, 0},
  {"sup read of user page, SMAP=1 AC=1 -> ok",       0, 46, 1, 1, 0, 0, 1, 1, VA1, RD, 0, NOSET, OK_, 1, 0, 0x12345ABC, 0x1000},
  {"sup write to user page, SMAP=1 AC=0 -> 0x3",     0, 46, 1, 1, 0, 0, 1, 0, VA1, WR, 0, NOSET, PF_, 1, 0x3, 0, 0},
  {"sup write, SMAP=1 AC=1, RO, WP=1 -> 0x3",        0, 46, 1, 1, 1, 0, 1, 1, VA1, WR, 0, PT(0x12345005), PF_, 1, 0x3, 0, 0},
  {"sup read of sup page, SMAP=1 AC=0 -> ok",        0, 46, 1, 1, 1, 1, 1, 0, VA1, RD, 0, PT(0x12345003), OK_, 1, 0, 0x12345ABC, 0x1000},
  {"user fetch of XD page, NXE=1 -> 0x15",           0, 46, 1, 1, 0, 0, 0, 0, VA1, EX, 1, PT(0x8000000012345007), PF_, 1, 0x15, 0, 0},
  {"user read of XD page, NXE=1 -> ok",              0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 1, PT(0x8000000012345007), OK_, 1, 0, 0x12345ABC, 0x1000},
  {"XD=1 with NXE=0: sup read -> 0x9 (RSVD)",        0, 46, 1, 0, 0, 0, 0, 0, VA1, RD, 0, PT(0x8000000012345007), PF_, 1, 0x9, 0, 0},
  {"XD=1 in the PDPTE, user fetch NXE=1 -> 0x15",    0, 46, 1, 1, 0, 0, 0, 0, VA1, EX, 1, {{1, 0, 0x8000000000102007}, {0, 0, 0}}, PF_, 1, 0x15, 0, 0},
  {"bit 44 set, MAXPHYADDR 36: user write -> 0xF",   0, 36, 1, 1, 0, 0, 0, 0, VA1, WR, 1, PT(0x0000100012345007), PF_, 1, 0xF, 0, 0},
  {"bit 44 set, MAXPHYADDR 36: user fetch -> 0x1D",  0, 36, 1, 1, 0, 0, 0, 0, VA1, EX, 1, PT(0x0000100012345007), PF_, 1, 0x1D, 0, 0},
  {"bit 44 set, MAXPHYADDR 46 -> ok, pa has it",     0, 46, 1, 1, 0, 0, 0, 0, VA1, WR, 1, PT(0x0000100012345007), OK_, 1, 0, 0x100012345ABC, 0x1000},
  {"bit 51 set, MAXPHYADDR 52 -> ok",                0, 52, 1, 1, 0, 0, 0, 0, VA1, RD, 1, PT(0x0008000012345007), OK_, 1, 0, 0x8000012345ABC, 0x1000},
  {"bits 62:52 and 11:8 ignored -> ok",              0, 36, 1, 1, 0, 0, 0, 0, VA1, RD, 1, PT(0x7FF0000012345F67), OK_, 1, 0, 0x12345ABC, 0x1000},
  {"PS=1 in the PML4E -> 0x9 at level 4",            0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{0, 0, 0x101087}, {0, 0, 0}}, PF_, 4, 0x9, 0, 0},
  {"PS=1 in a PTE is PAT -> ok",                     0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, PT(0x12345087), OK_, 1, 0, 0x12345ABC, 0x1000},
  {"2-MiB page at 0x12600000",                       0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{2, 2, 0x12600087}, {0, 0, 0}}, OK_, 2, 0, 0x12603ABC, 0x200000},
  {"2-MiB page, PAT (bit 12) -> ok",                 0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{2, 2, 0x12601087}, {0, 0, 0}}, OK_, 2, 0, 0x12603ABC, 0x200000},
  {"2-MiB page, bit 13 -> 0x9",                      0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{2, 2, 0x12602087}, {0, 0, 0}}, PF_, 2, 0x9, 0, 0},
  {"2-MiB page, bit 20 -> 0x9",                      0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{2, 2, 0x12700087}, {0, 0, 0}}, PF_, 2, 0x9, 0, 0},
  {"1-GiB page at 0x40000000",                       0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{1, 0, 0x40000087}, {0, 0, 0}}, OK_, 3, 0, 0x40403ABC, 0x40000000},
  {"1-GiB page, PAT (bit 12) -> ok",                 0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{1, 0, 0x40001087}, {0, 0, 0}}, OK_, 3, 0, 0x40403ABC, 0x40000000},
  {"1-GiB page, bit 29 -> 0x9",                      0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{1, 0, 0x60000087}, {0, 0, 0}}, PF_, 3, 0x9, 0, 0},
  {"1-GiB page without Page1GB -> 0x9",              0, 46, 0, 1, 0, 0, 0, 0, VA1, RD, 0, {{1, 0, 0x40000087}, {0, 0, 0}}, PF_, 3, 0x9, 0, 0},
  {"direct map 0xffff888000123456 (1 GiB)",          0, 46, 1, 1, 1, 1, 1, 0, 0xFFFF888000123456ULL, WR, 0, {{1, 0, 0x80000083}, {0, 0, 0}}, OK_, 3, 0, 0x80123456, 0x40000000},
  {"direct map, user read -> 0x5",                   0, 46, 1, 1, 1, 1, 1, 0, 0xFFFF888000123456ULL, RD, 1, {{1, 0, 0x80000083}, {0, 0, 0}}, PF_, 3, 0x5, 0, 0},
  {"2^47 in 4-level -> #GP",                         0, 46, 1, 1, 0, 0, 0, 0, 0x0000800000000000ULL, RD, 0, NOSET, GP_, 0, 0, 0, 0},
  {"0xFFFF7FFFFFFFFFFF in 4-level -> #GP",           0, 46, 1, 1, 0, 0, 0, 0, 0xFFFF7FFFFFFFFFFFULL, RD, 0, NOSET, GP_, 0, 0, 0, 0},
  {"2^47 in 5-level: PML4[256] empty -> 0x0",        1, 46, 1, 1, 0, 0, 0, 0, 0x0000800000000000ULL, RD, 0, NOSET, PF_, 4, 0x0, 0, 0},
  {"5-level: user write, sup page -> 0x7",           1, 46, 1, 1, 0, 0, 0, 0, VA1, WR, 1, PT(0x12345003), PF_, 1, 0x7, 0, 0},
  {"5-level: user read -> ok",                       1, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 1, NOSET, OK_, 1, 0, 0x12345ABC, 0x1000},
  {"5-level: PS=1 in the PML5E -> 0x9 at level 5",   1, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{4, 0, 0x100087}, {0, 0, 0}}, PF_, 5, 0x9, 0, 0},
  {"5-level: U/S=0 in the PML5E -> 0x5",             1, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 1, {{4, 0, 0x100003}, {0, 0, 0}}, PF_, 1, 0x5, 0, 0},
  {"5-level: 2^56 -> #GP",                           1, 46, 1, 1, 0, 0, 0, 0, 0x0100000000000000ULL, RD, 0, NOSET, GP_, 0, 0, 0, 0},
  {"PDPT outside memory -> outside at level 3",      0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{0, 0, 0x105007}, {0, 0, 0}}, OUT_, 3, 0, 0, 0},
  {"PT below memory -> outside at level 1",          0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{2, 2, 0xFF007}, {0, 0, 0}}, OUT_, 1, 0, 0, 0},
  {"not-present PDE pointing outside -> 0x0",        0, 46, 1, 1, 0, 0, 0, 0, VA1, RD, 0, {{2, 2, 0x999006}, {0, 0, 0}}, PF_, 2, 0x0, 0, 0},
};

static void hand_tables(void)
{
  memset(hwords, 0, sizeof hwords);
  hwords[4 * 512 + 0] = 0x100007;   /* PML5[0]   -> PML4 */
  hwords[0 * 512 + 0] = 0x101007;   /* PML4[0]   -> PDPT */
  hwords[0 * 512 + 273] = 0x101003; /* PML4[273] -> PDPT (supervisor) */
  hwords[1 * 512 + 0] = 0x102007;   /* PDPT[0]   -> PD   */
  hwords[2 * 512 + 2] = 0x103007;   /* PD[2]     -> PT   */
  hwords[3 * 512 + 3] = 0x12345007; /* PT[3]     -> 0x12345000 */
}

static void test_hand(void)
{
  struct fam f = {"hand", 0, 0};
  unsigned n = sizeof hand / sizeof hand[0];
  cur_mem = &hmem;
  for (unsigned i = 0; i < n; i++) {
    const struct hand *h = &hand[i];
    struct mm_cpu c = cpu_of(h->la57, h->maxphy, h->gb);
    struct mm_xlate x;
    struct ref r;
    uint64_t cr3 = h->la57 ? 0x104000 : 0x100000;
    c.nxe = (uint8_t)h->nxe;
    c.wp = (uint8_t)h->wp;
    c.smep = (uint8_t)h->smep;
    c.smap = (uint8_t)h->smap;
    c.ac = (uint8_t)h->ac;
    hand_tables();
    for (int k = 0; k < 2; k++)
      if (h->set[k].val)
        hwords[h->set[k].frame * 512 + h->set[k].idx] = h->set[k].val;
    mm_translate(&hmem, &c, cr3, h->va, (uint32_t)h->acc, (uint32_t)h->user, &x);
    ref_translate(&hmem, &c, cr3, h->va, h->acc, h->user, &r);
    f.n++;
    /* mm_translate against the typed-in values */
    int okm = x.outcome == h->outcome && x.level == h->level &&
              (h->outcome != R_PF || x.error_code == h->err) &&
              (h->outcome != R_OK || (x.pa == h->pa && x.page_size == h->size));
    /* and the reference against them too */
    int okr = r.outcome == h->outcome && r.level == h->level &&
              (h->outcome != R_PF || r.err == h->err) &&
              (h->outcome != R_OK || (r.pa == h->pa && r.size == h->size));
    CHECK(okm, "hand vector %u \"%s\": mm_translate outcome %u level %u err 0x%x pa 0x%" PRIx64
          " size 0x%" PRIx64 ", SDM says outcome %d level %d err 0x%x pa 0x%" PRIx64, i, h->what,
          x.outcome, x.level, x.error_code, x.pa, x.page_size, h->outcome, h->level, h->err, h->pa);
    CHECK(okr, "hand vector %u \"%s\": reference outcome %d level %d err 0x%x pa 0x%" PRIx64
          ", SDM says outcome %d level %d err 0x%x pa 0x%" PRIx64, i, h->what, r.outcome, r.level,
          r.err, r.pa, h->outcome, h->level, h->err, h->pa);
    if (!okm || !okr)
      f.bad++;
  }
  printf("  %-9s %9lu vectors, %lu disagreements (typed-in from the SDM)\n", f.name, f.n, f.bad);
  cur_mem = &mem;
}

/* ---------------------------------------------------------------------------
 * Family "rights": exhaustive over the rights bits of a path and the CPU
 * state, for each paging mode and page size.
 */
static void test_rights(void)
{
  struct fam f = {"rights", 0, 0};
  static const uint64_t bit3[3] = {PTE_RW, PTE_US, PTE_NX};
  unsigned long ok = 0, pf = 0;
  for (int la57 = 0; la57 <= 1; la57++)
    for (int leaf = 1; leaf <= 3; leaf++) {
      struct path p;
      struct mm_cpu c = cpu_of(la57, la57 ? 52 : 46, 1);
      int n;
      build(&p, la57, leaf, VA_TEST(la57), frame_for(leaf));
      n = p.top - leaf + 1; /* entries on the path */
      for (unsigned combo = 0; combo < (1u << (3 * n)); combo++) {
        for (int k = 0; k < n; k++) {
          uint64_t fl = PTE_P | PTE_A;
          for (int b = 0; b < 3; b++)
            if (combo >> (3 * k + b) & 1)
              fl |= bit3[b];
          set_flags(&p, p.top - k, fl);
        }
        for (unsigned st = 0; st < 32; st++) {
          c.wp = st & 1;
          c.smep = st >> 1 & 1;
          c.smap = st >> 2 & 1;
          c.ac = st >> 3 & 1;
          c.nxe = st >> 4 & 1;
          for (int user = 0; user <= 1; user++)
            for (int acc = 0; acc <= 2; acc++) {
              struct ref r;
              vec(&f, &mem, &c, p.cr3, p.va, acc, user, &r);
              if (r.outcome == R_OK)
                ok++;
              else
                pf++;
            }
        }
      }
    }
  fam_report(&f);
  printf("            (%lu translated, %lu faulted)\n", ok, pf);
}

/* ---------------------------------------------------------------------------
 * Family "reserved": one reserved (or ignored) bit at a time.
 */
static struct fam frsv = {"reserved", 0, 0};

/* Every access kind on the path. want: RSVD_YES all must fault with RSVD at
 * level lvl (P = 1 too); RSVD_NO none may fault with RSVD; TRANSLATES all
 * must translate. */
enum { RSVD_YES, RSVD_NO, TRANSLATES };

static void rsvd_case(struct path *p, struct mm_cpu *c, int lvl, int want)
{
  for (int user = 0; user <= 1; user++)
    for (int acc = 0; acc <= 2; acc++) {
      struct ref r;
      vec(&frsv, &mem, c, p->cr3, p->va, acc, user, &r);
      if (want == RSVD_YES)
        expect(&frsv,
               r.outcome == R_PF && r.level == lvl && (r.err & 0x9) == 0x9 &&
                   r.err == (0x9 | ref_access_bits(c, acc, user)),
               c, p->cr3, p->va, acc, user, &r, "expected an RSVD fault (P=1, RSVD=1) at the level");
      else if (want == RSVD_NO)
        expect(&frsv, r.outcome == R_OK || (r.outcome == R_PF && !(r.err & 0x8)), c, p->cr3,
               p->va, acc, user, &r, "expected no RSVD fault");
      else
        expect(&frsv, r.outcome == R_OK, c, p->cr3, p->va, acc, user, &r,
               "expected a translation (bit not reserved)");
    }
}

static void test_reserved(void)
{
  static const int maxphys[3] = {36, 46, 52};
  unsigned long nbits = 0;
  for (int la57 = 0; la57 <= 1; la57++)
    for (int mi = 0; mi < 3; mi++)
      for (int gb = 0; gb <= 1; gb++)
        for (int leaf = 1; leaf <= 2 + gb; leaf++) {
          int M = maxphys[mi];
          struct mm_cpu c = cpu_of(la57, M, gb);
          struct path p;
          c.nxe = 1;
          c.wp = 1;
          build(&p, la57, leaf, VA_TEST(la57), frame_for(leaf));
          rsvd_case(&p, &c, 0, TRANSLATES); /* the clean path translates */
          for (int lvl = p.top; lvl >= leaf; lvl--) {
            uint64_t orig = *p.ent[lvl];
            /* address bits MAXPHYADDR..51 */
            for (int b = M; b <= 51; b++, nbits++) {
              *p.ent[lvl] = orig | B(b);
              rsvd_case(&p, &c, lvl, RSVD_YES);
            }
            /* XD with NXE = 0 is reserved; with NXE = 1 it is not */
            *p.ent[lvl] = orig | PTE_NX;
            c.nxe = 0;
            rsvd_case(&p, &c, lvl, RSVD_YES);
            c.nxe = 1;
            rsvd_case(&p, &c, lvl, RSVD_NO); /* fetches fault, without RSVD */
            /* ignored bits 62:52 and 11:8 (and 6:5): never reserved */
            for (int b = 52; b <= 62; b++) {
              *p.ent[lvl] = orig | B(b);
              rsvd_case(&p, &c, lvl, TRANSLATES);
            }
            *p.ent[lvl] = orig | 0xF60;
            rsvd_case(&p, &c, lvl, TRANSLATES);
            /* PS where it is reserved: PML5E, PML4E; PDPTE without Page1GB */
            if (lvl >= 4 || (lvl == 3 && !gb)) {
              *p.ent[lvl] = orig | PTE_PS;
              rsvd_case(&p, &c, lvl, RSVD_YES);
            }
            /* the low bits of a big leaf: 20:13 (2 MiB), 29:13 (1 GiB) */
            if (lvl == leaf && leaf > 1) {
              for (int b = 13; b <= (leaf == 3 ? 29 : 20); b++) {
                *p.ent[lvl] = orig | B(b);
                rsvd_case(&p, &c, lvl, RSVD_YES);
              }
              /* bit 12 is PAT: not reserved, not part of the address */
              *p.ent[lvl] = orig | B(12);
              for (int user = 0; user <= 1; user++) {
                struct ref r;
                vec(&frsv, &mem, &c, p.cr3, p.va, MM_ACC_READ, user, &r);
                expect(&frsv, r.outcome == R_OK && r.pa == (p.frame | (p.va & (r.size - 1))),
                       &c, p.cr3, p.va, MM_ACC_READ, user, &r, "PAT bit 12 of a big leaf");
              }
            }
            /* bit 7 of a PTE is PAT: not reserved */
            if (lvl == 1) {
              *p.ent[lvl] = orig | PTE_PS;
              rsvd_case(&p, &c, lvl, TRANSLATES);
            }
            *p.ent[lvl] = orig;
          }
        }
  fam_report(&frsv);
  printf("            (%lu address-bit cases)\n", nbits);
}

/* ---------------------------------------------------------------------------
 * Family "present": P = 0 at each level, every access kind and SMEP/NXE.
 */
static void test_present(void)
{
  struct fam f = {"present", 0, 0};
  for (int la57 = 0; la57 <= 1; la57++)
    for (int leaf = 1; leaf <= 3; leaf++) {
      struct mm_cpu c = cpu_of(la57, 46, 1);
      struct path p;
      build(&p, la57, leaf, VA_TEST(la57), frame_for(leaf));
      for (int lvl = p.top; lvl >= leaf; lvl--) {
        uint64_t orig = *p.ent[lvl];
        /* P = 0 with every other bit of the entry kept, and even reserved
         * bits set: reserved bits are not checked when P = 0 */
        for (int variant = 0; variant < 2; variant++) {
          *p.ent[lvl] = (orig & ~PTE_P) | (variant ? B(51) | B(13) | PTE_PS | PTE_NX : 0);
          for (unsigned st = 0; st < 4; st++)
            for (int user = 0; user <= 1; user++)
              for (int acc = 0; acc <= 2; acc++) {
                struct ref r;
                c.smep = st & 1;
                c.nxe = st >> 1 & 1;
                c.pa_limit = variant ? B(36) : B(46);
                vec(&f, &mem, &c, p.cr3, p.va, acc, user, &r);
                uint32_t want = (acc == MM_ACC_WRITE ? 0x2u : 0u) | (user ? 0x4u : 0u) |
                                (acc == MM_ACC_FETCH && (c.smep || c.nxe) ? 0x10u : 0u);
                expect(&f, r.outcome == R_PF && r.level == lvl && r.err == want, &c, p.cr3,
                       p.va, acc, user, &r, "expected a not-present fault (P=0)");
              }
        }
        *p.ent[lvl] = orig;
      }
    }
  fam_report(&f);
}

/* ---------------------------------------------------------------------------
 * Family "canon": #GP for non-canonical addresses.
 */
static void test_canonical(void)
{
  struct fam f = {"canon", 0, 0};
  /* va, #GP under 4-level paging, #GP under 5-level paging (typed in) */
  static const struct {
    uint64_t va;
    int gp4, gp5;
  } v[] = {
    {0x0000000000000000ULL, 0, 0}, {0x00007FFFFFFFFFFFULL, 0, 0},
    {0x0000800000000000ULL, 1, 0}, {0x0000FFFFFFFFFFFFULL, 1, 0},
    {0x0001000000000000ULL, 1, 0}, {0x00FFFFFFFFFFFFFFULL, 1, 0},
    {0x0100000000000000ULL, 1, 1}, {0x7FFFFFFFFFFFFFFFULL, 1, 1},
    {0x8000000000000000ULL, 1, 1}, {0xFEFFFFFFFFFFFFFFULL, 1, 1},
    {0xFF00000000000000ULL, 1, 0}, {0xFF7FFFFFFFFFFFFFULL, 1, 0},
    {0xFFFF000000000000ULL, 1, 0}, {0xFFFF7FFFFFFFFFFFULL, 1, 0},
    {0xFFFF800000000000ULL, 0, 0}, {0xFFFFFFFFFFFFFFFFULL, 0, 0},
    {0xFF80000000000000ULL, 1, 0}, {0x00FF800000000000ULL, 1, 0},
  };
  for (int la57 = 0; la57 <= 1; la57++) {
    struct mm_cpu c = cpu_of(la57, 46, 1);
    struct path p;
    build(&p, la57, 1, VA_TEST(la57), frame_for(1));
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
      struct ref r;
      int gp = la57 ? v[i].gp5 : v[i].gp4;
      vec(&f, &mem, &c, p.cr3, v[i].va, MM_ACC_READ, 0, &r);
      expect(&f, (r.outcome == R_GP) == gp, &c, p.cr3, v[i].va, 0, 0, &r,
             gp ? "expected #GP (typed in)" : "expected no #GP (typed in)");
    }
    /* every single-bit flip of a canonical low and high address */
    for (int b = 0; b < 64; b++) {
      const uint64_t base[2] = {VA_TEST(la57), 0xFFFF888000123456ULL};
      for (int k = 0; k < 2; k++) {
        struct ref r;
        /* the upper-half direct map of Linux 4.20: 4-level / 5-level */
        uint64_t va = (la57 && k == 1 ? 0xFF11000000123456ULL : base[k]) ^ B(b);
        int vab = la57 ? 57 : 48;
        int gp = b >= vab - 1; /* flipping a sign bit breaks canonicality */
        vec(&f, &mem, &c, p.cr3, va, MM_ACC_READ, 0, &r);
        expect(&f, (r.outcome == R_GP) == gp, &c, p.cr3, va, 0, 0, &r, "bit flip #GP");
      }
    }
  }
  fam_report(&f);
}

/* ---------------------------------------------------------------------------
 * Family "outside": a paging structure outside the memory.
 */
static void test_outside(void)
{
  struct fam f = {"outside", 0, 0};
  static const uint64_t where[] = {BASE - 4096, BASE + NF * 4096ULL, 0, 0x000FFFFFFFFFF000ULL};
  for (int la57 = 0; la57 <= 1; la57++)
    for (int leaf = 1; leaf <= 3; leaf++) {
      struct mm_cpu c = cpu_of(la57, 52, 1);
      struct path p;
      build(&p, la57, leaf, VA_TEST(la57), frame_for(leaf));
      for (unsigned w = 0; w < sizeof where / sizeof where[0]; w++) {
        struct ref r;
        /* the root itself */
        vec(&f, &mem, &c, where[w], p.va, MM_ACC_READ, 0, &r);
        expect(&f, r.outcome == R_OUTSIDE && r.level == p.top, &c, where[w], p.va, 0, 0, &r,
               "root outside");
        /* each non-leaf entry pointing outside */
        for (int lvl = p.top; lvl > leaf; lvl--) {
          uint64_t orig = *p.ent[lvl];
          *p.ent[lvl] = where[w] | PTE_P | PTE_RW | PTE_US;
          for (int acc = 0; acc <= 2; acc++) {
            vec(&f, &mem, &c, p.cr3, p.va, acc, 1, &r);
            expect(&f, r.outcome == R_OUTSIDE && r.level == lvl - 1, &c, p.cr3, p.va, acc, 1,
                   &r, "table outside");
          }
          *p.ent[lvl] = orig;
        }
      }
    }
  fam_report(&f);
}

/* ---------------------------------------------------------------------------
 * Family "offset": the first and last byte of a page of each size.
 */
static void test_offset(void)
{
  struct fam f = {"offset", 0, 0};
  /* leaf level, frame, va, expected pa (typed in) */
  static const struct {
    int leaf;
    uint64_t frame, va, pa;
  } v[] = {
    {1, 0x00000000ABCDE000ULL, 0xFFFFC90000403000ULL, 0x00000000ABCDE000ULL},
    {1, 0x00000000ABCDE000ULL, 0xFFFFC90000403FFFULL, 0x00000000ABCDEFFFULL},
    {1, 0x000FFFFFFFFFF000ULL, 0x00007FFFFFFFF000ULL, 0x000FFFFFFFFFF000ULL},
    {1, 0x000FFFFFFFFFF000ULL, 0x00007FFFFFFFFFFFULL, 0x000FFFFFFFFFFFFFULL},
    {2, 0x0000000001000000ULL, 0xFFFFFFFF81000000ULL, 0x0000000001000000ULL},
    {2, 0x0000000001000000ULL, 0xFFFFFFFF811FFFFFULL, 0x00000000011FFFFFULL},
    {2, 0x000FFFFFFFE00000ULL, 0x0000000000200000ULL, 0x000FFFFFFFE00000ULL},
    {2, 0x000FFFFFFFE00000ULL, 0x00000000003FFFFFULL, 0x000FFFFFFFFFFFFFULL},
    {3, 0x0000000080000000ULL, 0xFFFF888080000000ULL, 0x0000000080000000ULL},
    {3, 0x0000000080000000ULL, 0xFFFF8880BFFFFFFFULL, 0x00000000BFFFFFFFULL},
    {3, 0x000FFFFFC0000000ULL, 0x0000000040000000ULL, 0x000FFFFFC0000000ULL},
    {3, 0x000FFFFFC0000000ULL, 0x000000007FFFFFFFULL, 0x000FFFFFFFFFFFFFULL},
  };
  for (int la57 = 0; la57 <= 1; la57++)
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
      struct mm_cpu c = cpu_of(la57, 52, 1);
      struct path p;
      struct ref r;
      uint64_t va = v[i].va;
      if (la57 && va >> 63) /* the same address in the upper half of 5-level */
        va |= 0xFF00000000000000ULL;
      build(&p, la57, v[i].leaf, va, v[i].frame);
      c.nxe = 1;
      vec(&f, &mem, &c, p.cr3, va, MM_ACC_WRITE, 1, &r);
      expect(&f, r.outcome == R_OK && r.pa == v[i].pa &&
                     r.size == (v[i].leaf == 3 ? 0x40000000ULL : v[i].leaf == 2 ? 0x200000ULL : 0x1000ULL),
             &c, p.cr3, va, MM_ACC_WRITE, 1, &r, "pa + offset (typed in)");
    }
  fam_report(&f);
}

/* ---------------------------------------------------------------------------
 * Family "random": random tables, CPU states and addresses.
 */
static uint64_t rng_state;

static uint64_t rnd(void)
{
  /* xorshift64* */
  uint64_t x = rng_state;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  rng_state = x;
  return x * 0x2545F4914F6CDD1DULL;
}

#define RNF 64
static uint64_t rwords[RNF * 512];

/* An entry: mostly a frame of the memory, P mostly 1, PS and XD sometimes,
 * sometimes the low bits of a big page clear, sometimes stray high bits. */
static uint64_t rnd_entry(const struct mm_mem *m)
{
  uint64_t a = rnd(), b = rnd(), e;
  unsigned sel = (unsigned)(a & 31);
  if (sel < 29)
    e = m->base + (b % RNF) * 4096;
  else if (sel == 29)
    e = b & FRAME_MASK; /* anywhere: often above MAXPHYADDR */
  else if (sel == 30)
    e = m->base + (RNF + (b & 3)) * 4096; /* just past the memory */
  else
    e = m->base - 4096 * (1 + (b & 3)); /* just below */
  e &= FRAME_MASK;
  e |= (a >> 8) & 0xF7E; /* flags 11:1 except PS */
  if ((a >> 20 & 15) != 0)
    e |= PTE_P;
  if ((a >> 24 & 3) == 0) {
    e |= PTE_PS;
    if ((a >> 5 & 3) != 0)
      e &= ~BITS(29, 13); /* mostly a well-formed 1-GiB (and 2-MiB) leaf */
  }
  if ((a >> 26 & 7) == 0)
    e |= PTE_NX;
  if ((a >> 29 & 1) == 0)
    e |= (a >> 30) & BITS(62, 52); /* ignored bits */
  if ((a >> 41 & 31) == 0)
    e |= B(12 + (b >> 58) % 40); /* a stray address bit */
  return e;
}

static uint64_t seed_from_env(void)
{
  const char *s = getenv("MMSPEC_SEED");
  if (s && *s)
    return strtoull(s, NULL, 0);
  return 0x6D6D737065633453ULL; /* "mmspec4S" */
}

static void test_random(unsigned long count)
{
  struct fam f = {"random", 0, 0};
  /* 0, 1 GiB, the top of 36-bit and of 52-bit physical memory */
  static const uint64_t bases[8] = {0x0, 0x40000000ULL, 0xFFFFC0000ULL, 0x000FFFFFFFFC0000ULL,
                                    0x0, 0x40000000ULL, 0xFFFFC0000ULL, 0x123456000ULL};
  unsigned long ok[4] = {0, 0, 0, 0}, np = 0, rsv = 0, prot = 0, gp = 0, out = 0;
  seed_used = seed_from_env();
  rng_state = seed_used ? seed_used : 1;
  printf("  random seed %" PRIu64 " (MMSPEC_SEED=%" PRIu64 " replays it)\n", seed_used, seed_used);
  for (unsigned long done = 0; done < count;) {
    struct mm_mem m = {rwords, bases[rnd() & 7], RNF, 0};
    struct mm_cpu c;
    uint64_t s = rnd();
    for (unsigned i = 0; i < RNF * 512; i++)
      rwords[i] = rnd_entry(&m);
    cur_mem = &m;
    memset(&c, 0, sizeof c);
    c.la57 = s & 1;
    c.nxe = s >> 1 & 1;
    c.wp = s >> 2 & 1;
    c.smep = s >> 3 & 1;
    c.smap = s >> 4 & 1;
    c.ac = s >> 5 & 1;
    c.pdpe1gb = s >> 6 & 1;
    c.pa_limit = B(36 + (s >> 8) % 17);
    for (unsigned k = 0; k < 4096 && done < count; k++, done++) {
      uint64_t a = rnd(), va = rnd();
      uint64_t cr3 = m.base + (a % RNF) * 4096;
      struct ref r;
      int vab = c.la57 ? 57 : 48;
      if ((a >> 8 & 15) != 0) /* mostly canonical */
        va = (va >> (vab - 1) & 1) ? va | ~(B(vab) - 1) : va & (B(vab) - 1);
      if ((a >> 12 & 63) == 0)
        cr3 = (a >> 18 & 1) ? m.base - 4096 : m.base + RNF * 4096ULL;
      vec(&f, &m, &c, cr3, va, (int)((a >> 20) % 3), (int)(a >> 24 & 1), &r);
      if (r.outcome == R_OK)
        ok[r.level]++;
      np += r.outcome == R_PF && !(r.err & 1);
      rsv += r.outcome == R_PF && (r.err & 8);
      prot += r.outcome == R_PF && (r.err & 9) == 1;
      gp += r.outcome == R_GP;
      out += r.outcome == R_OUTSIDE;
    }
  }
  cur_mem = &mem;
  fam_report(&f);
  printf("            (translated: %lu 4K, %lu 2M, %lu 1G; #PF: %lu not present, %lu RSVD, %lu "
         "protection; %lu #GP, %lu outside)\n", ok[1], ok[2], ok[3], np, rsv, prot, gp, out);
}

int main(int argc, char **argv)
{
  unsigned long nrandom = 1000000;
  if (argc > 1)
    nrandom = strtoul(argv[1], NULL, 0);
  cur_mem = &mem;
  printf("test_translate: mm_translate against an SDM reference walker\n");
  test_hand();
  test_rights();
  test_reserved();
  test_present();
  test_canonical();
  test_outside();
  test_offset();
  test_random(nrandom);
  return check_report("test_translate");
}
