/* The kernel-style mapper (kmap.h). */
#include "kmap.h"

#define PAGE_SHIFT 12
#define PMD_SHIFT 21
#define PUD_SHIFT 30
#define P4D_SHIFT 39
#define PGD5_SHIFT 48
#define PTRS 512
#define ADDR_MASK 0x000ffffffffff000ULL
#define _PAGE_PRESENT 0x001ULL
#define _PAGE_PSE 0x080ULL
#define _KERNPG_TABLE 0x063ULL /* P RW A D, as Linux links kernel tables */

static uint64_t *table_of(struct kmap_pool *p, uint64_t e)
{
  return p->word + (((e & ADDR_MASK) - p->base) >> 3);
}

static uint64_t alloc_table(struct kmap_pool *p)
{
  uint64_t *t;
  if (p->used >= p->nframes)
    return 0;
  t = p->word + ((uint64_t)p->used << 9);
  for (int i = 0; i < PTRS; i++)
    t[i] = 0;
  return p->base + ((uint64_t)p->used++ << PAGE_SHIFT);
}

void kmap_init(struct kmap_pool *p, uint64_t *word, uint64_t base, uint32_t nframes)
{
  p->word = word;
  p->base = base;
  p->nframes = nframes;
  p->used = 0;
  alloc_table(p);
}

struct kmap_op {
  struct kmap_pool *p;
  uint64_t end;    /* last address + 1 (0: 2^64) */
  uint64_t off;    /* pa - va */
  uint64_t prot;
  int gb, small;
};

static int map_level(struct kmap_op *o, uint64_t *t, int shift, uint64_t va, uint64_t end);

/* One table: the entries [va, end) covers. */
static int map_level(struct kmap_op *o, uint64_t *t, int shift, uint64_t va, uint64_t end)
{
  uint64_t size = 1ULL << shift, mask = ~(size - 1);
  while (va != end) {
    uint64_t next = (va & mask) + size;
    uint64_t *e = &t[(va >> shift) & (PTRS - 1)];
    uint64_t pa = va + o->off;
    if (next > end || next == 0)
      next = end;
    if (shift == PAGE_SHIFT) {
      *e = pa | o->prot | _PAGE_PRESENT;
    } else if (!o->small && (shift == PMD_SHIFT || (shift == PUD_SHIFT && o->gb)) &&
               !(va & ~mask) && next - va == size && !(pa & ~mask)) {
      *e = pa | o->prot | _PAGE_PSE | _PAGE_PRESENT; /* set_pmd / set_pud large */
    } else {
      if (!(*e & _PAGE_PRESENT)) {
        uint64_t n = alloc_table(o->p);
        if (!n)
          return -1;
        *e = n | _KERNPG_TABLE;
      }
      if (map_level(o, table_of(o->p, *e), shift - 9, va, next))
        return -1;
    }
    va = next;
  }
  return 0;
}

int kmap_range(struct kmap_pool *p, int levels, uint64_t va, uint64_t pa, uint64_t size,
               uint64_t prot, int gb, int small)
{
  struct kmap_op o = {p, va + size, pa - va, prot, gb, small};
  return map_level(&o, p->word, levels == 5 ? PGD5_SHIFT : P4D_SHIFT, va, va + size);
}
