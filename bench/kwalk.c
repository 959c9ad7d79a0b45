/* bench/kwalk.c: the IA-32e walk as kernels write it — pgd_offset,
 * p4d_offset (folded into the PGD under 4-level paging), pud_offset,
 * pmd_offset, pte_offset with pud_large/pmd_large, _PAGE_* masks and
 * constant shifts — computing what mm_translate computes: #GP for a
 * non-canonical address, "outside" for a table outside the memory, #PF with
 * its error code for P = 0, a reserved bit (one mask per level, as emulators
 * precompute them) or an access the rights forbid, else pa, page size, leaf
 * entry and the combined rights. Same signature and struct mm_xlate as
 * mm_translate, compiled with the library's flags (LIBCFLAGS), so the two
 * differ only in how they are written. bench/translate.c checks that they
 * agree before it times them. */
#include "kwalk.h"

typedef uint64_t pteval_t;

#define _PAGE_PRESENT (1ULL << 0)
#define _PAGE_RW (1ULL << 1)
#define _PAGE_USER (1ULL << 2)
#define _PAGE_PSE (1ULL << 7)
#define _PAGE_NX (1ULL << 63)
#define PTE_PFN_MASK 0x000FFFFFFFFFF000ULL
#define PHYS_BITS_MASK 0x000FFFFFFFFFFFFFULL

#define PAGE_SHIFT 12
#define PMD_SHIFT 21
#define PUD_SHIFT 30
#define P4D_SHIFT 39
#define PGDIR_SHIFT_4 39
#define PGDIR_SHIFT_5 48
#define PTRS_PER_TABLE 512

#define PF_PROT 0x01u
#define PF_WRITE 0x02u
#define PF_USER 0x04u
#define PF_RSVD 0x08u
#define PF_INSTR 0x10u

/* __va(): the table at physical address pa, or NULL outside the memory. */
static inline const pteval_t *table_va(const struct mm_mem *m, uint64_t pa)
{
  uint64_t off = pa - m->base;
  if (pa < m->base || off >= ((uint64_t)m->nframes << PAGE_SHIFT))
    return 0;
  return m->word + (off >> 3);
}

static inline unsigned pgd_index(uint64_t va, int l5)
{
  return (unsigned)(va >> (l5 ? PGDIR_SHIFT_5 : PGDIR_SHIFT_4)) & (PTRS_PER_TABLE - 1);
}
static inline unsigned p4d_index(uint64_t va) { return (unsigned)(va >> P4D_SHIFT) & 511; }
static inline unsigned pud_index(uint64_t va) { return (unsigned)(va >> PUD_SHIFT) & 511; }
static inline unsigned pmd_index(uint64_t va) { return (unsigned)(va >> PMD_SHIFT) & 511; }
static inline unsigned pte_index(uint64_t va) { return (unsigned)(va >> PAGE_SHIFT) & 511; }

static inline int pte_present(pteval_t v) { return (v & _PAGE_PRESENT) != 0; }
static inline int pud_large(pteval_t v) { return (v & _PAGE_PSE) != 0; }
static inline int pmd_large(pteval_t v) { return (v & _PAGE_PSE) != 0; }

static inline const pteval_t *pgd_offset(const struct mm_mem *m, uint64_t cr3, uint64_t va, int l5)
{
  const pteval_t *t = table_va(m, cr3 & PTE_PFN_MASK);
  return t ? t + pgd_index(va, l5) : 0;
}
/* Under 4-level paging the P4D level is folded: p4d_offset returns the PGD
 * entry itself. */
static inline const pteval_t *p4d_offset(const struct mm_mem *m, const pteval_t *pgd,
                                         uint64_t va, int l5)
{
  const pteval_t *t;
  if (!l5)
    return pgd;
  t = table_va(m, *pgd & PTE_PFN_MASK);
  return t ? t + p4d_index(va) : 0;
}
static inline const pteval_t *pud_offset(const struct mm_mem *m, pteval_t p4d, uint64_t va)
{
  const pteval_t *t = table_va(m, p4d & PTE_PFN_MASK);
  return t ? t + pud_index(va) : 0;
}
static inline const pteval_t *pmd_offset(const struct mm_mem *m, pteval_t pud, uint64_t va)
{
  const pteval_t *t = table_va(m, pud & PTE_PFN_MASK);
  return t ? t + pmd_index(va) : 0;
}
static inline const pteval_t *pte_offset(const struct mm_mem *m, pteval_t pmd, uint64_t va)
{
  const pteval_t *t = table_va(m, pmd & PTE_PFN_MASK);
  return t ? t + pte_index(va) : 0;
}

/* SDM §4.6.1 on the combined flags (R/W, U/S ANDed, NX ORed). */
static inline int access_ok(const struct mm_cpu *c, uint32_t acc, uint32_t user, pteval_t and_f,
                            pteval_t nx)
{
  int ua = (and_f & _PAGE_USER) != 0, w = (and_f & _PAGE_RW) != 0;
  int x = c->nxe && nx;
  if (user)
    return ua && (acc != MM_ACC_WRITE || w) && (acc != MM_ACC_FETCH || !x);
  if (acc == MM_ACC_FETCH)
    return !(ua && c->smep) && !x;
  if (ua && c->smap && !c->ac)
    return 0;
  return acc != MM_ACC_WRITE || !c->wp || w;
}

void kwalk_translate(const struct mm_mem *m, const struct mm_cpu *c, uint64_t cr3, uint64_t va,
                     uint32_t acc, uint32_t user, struct mm_xlate *x)
{
  const int l5 = c->la57;
  const int sh = l5 ? 7 : 16; /* 64 - 57, 64 - 48 */
  const pteval_t rsvd = (PHYS_BITS_MASK & ~(c->pa_limit - 1)) | (c->nxe ? 0 : _PAGE_NX);
  const pteval_t rsvd_pud = c->pdpe1gb ? rsvd : rsvd | _PAGE_PSE;
  uint32_t ec = (acc == MM_ACC_WRITE ? PF_WRITE : 0) | (user ? PF_USER : 0) |
                (acc == MM_ACC_FETCH && (c->smep || c->nxe) ? PF_INSTR : 0);
  pteval_t and_f = _PAGE_RW | _PAGE_USER, nx = 0, v;
  const pteval_t *pgd, *p4d, *pud, *pmd, *pte;
  uint64_t size;

  x->pa = 0;
  x->page_size = 0;
  x->entry = 0;
  x->error_code = 0;
  x->rw = 0;
  x->us = 0;
  x->xd = 0;
  if ((uint64_t)((int64_t)(va << sh) >> sh) != va) {
    x->outcome = MM_XLATE_GP;
    x->level = 0;
    return;
  }

  x->level = l5 ? 5 : 4;
  pgd = pgd_offset(m, cr3, va, l5);
  if (!pgd)
    goto outside;
  if (l5) {
    v = *pgd;
    if (!pte_present(v))
      goto not_present;
    if (v & (rsvd | _PAGE_PSE))
      goto reserved;
    and_f &= v;
    nx |= v;
    x->level = 4;
  }
  p4d = p4d_offset(m, pgd, va, l5);
  if (!p4d)
    goto outside;
  v = *p4d;
  if (!pte_present(v))
    goto not_present;
  if (v & (rsvd | _PAGE_PSE))
    goto reserved;
  and_f &= v;
  nx |= v;

  x->level = 3;
  pud = pud_offset(m, v, va);
  if (!pud)
    goto outside;
  v = *pud;
  if (!pte_present(v))
    goto not_present;
  if (v & rsvd_pud)
    goto reserved;
  if (pud_large(v)) {
    if (v & 0x3FFFE000ULL) /* 1 GiB: bits 29:13 */
      goto reserved;
    size = 1ULL << PUD_SHIFT;
    goto leaf;
  }
  and_f &= v;
  nx |= v;

  x->level = 2;
  pmd = pmd_offset(m, v, va);
  if (!pmd)
    goto outside;
  v = *pmd;
  if (!pte_present(v))
    goto not_present;
  if (v & rsvd)
    goto reserved;
  if (pmd_large(v)) {
    if (v & 0x1FE000ULL) /* 2 MiB: bits 20:13 */
      goto reserved;
    size = 1ULL << PMD_SHIFT;
    goto leaf;
  }
  and_f &= v;
  nx |= v;

  x->level = 1;
  pte = pte_offset(m, v, va);
  if (!pte)
    goto outside;
  v = *pte;
  if (!pte_present(v))
    goto not_present;
  if (v & rsvd)
    goto reserved;
  size = 1ULL << PAGE_SHIFT;

leaf:
  and_f &= v;
  nx |= v;
  nx >>= 63;
  if (!access_ok(c, acc, user, and_f, nx)) {
    x->outcome = MM_XLATE_PF;
    x->error_code = PF_PROT | ec;
    return;
  }
  x->outcome = MM_XLATE_OK;
  x->page_size = size;
  x->pa = (v & PHYS_BITS_MASK & ~(size - 1)) | (va & (size - 1));
  x->entry = v;
  x->rw = (and_f & _PAGE_RW) != 0;
  x->us = (and_f & _PAGE_USER) != 0;
  x->xd = (uint8_t)nx;
  return;

outside:
  x->outcome = MM_XLATE_OUTSIDE;
  return;
not_present:
  x->outcome = MM_XLATE_PF;
  x->error_code = ec;
  return;
reserved:
  x->outcome = MM_XLATE_PF;
  x->error_code = PF_PROT | PF_RSVD | ec;
}
