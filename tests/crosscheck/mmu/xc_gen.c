/* TEST TOOL: seeded random page tables and probes for the MMU test guest.
 *
 * The tables (built here, directly; docs/crosscheck-mmu.md) live in the
 * guest's tables region. Every table set maps the guest's own region
 * (linear [0, 1 GiB): the first 64 MiB identity, supervisor-only, but for
 * the ring-3 stub and stack pages) and random pages of every size with
 * random R/W, U/S, XD, A, D, G, PAT, PWT, PCD, ignored and protection-key
 * bits at every level, some entries corrupted: P = 0, an address bit at or
 * above MAXPHYADDR, PS in a PML4E/PML5E, bits 20:13 (2 MiB) / 29:13 (1 GiB)
 * of a large leaf (the reserved bits of SDM vol. 3A §4.5.4, Tables 4-14 to
 * 4-20). A page that is mapped points into the pattern region (a 1 GiB page
 * at physical 0).
 *
 * Probes: addresses in the random pages, next to them, anywhere canonical
 * (both halves), and in the non-canonical hole (SDM vol. 1 §3.3.7.1); loads,
 * stores and fetches at CPL 0 and 3. A probe whose access the proven walk
 * lets through must land in the pattern region (else it is drawn again):
 * the guest must never write its own memory or run off the pattern. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "ptimage.h"
#include "xc.h"

#define E_EMPTY 0u
#define E_TABLE 1u
#define E_LEAF 2u
#define E_GUEST 3u

struct mapping {
  uint64_t va;
  uint32_t level;
};

struct gen {
  uint64_t rng;
  uint64_t *w;      /* the tables region                         */
  uint8_t *kind;    /* E_* per entry                             */
  uint32_t *child;  /* frame index of the table an entry points to */
  uint32_t used;    /* frames allocated                          */
  uint32_t levels, va_bits;
  struct xc_target t;
  struct mapping map[4096];
  uint32_t nmap;
  uint64_t stats[8];
};

static int64_t frame_alloc(struct gen *g) {
  if (g->used >= TABLES_FRAMES)
    return -1;
  return g->used++;
}

static uint64_t fpa(uint32_t frame) { return TABLES_PA + (uint64_t)frame * 4096u; }

static uint64_t sext(uint64_t va, unsigned bits) {
  uint64_t top = 1ULL << (bits - 1);
  va &= (top << 1) - 1;
  return (va ^ top) - top;
}

static unsigned index_of(uint64_t va, unsigned lvl) { return (unsigned)(va >> (12 + 9 * (lvl - 1))) & 511u; }

/* Random attribute bits of an entry at lvl (leaf or not), P set. */
static uint64_t attrs(struct gen *g, unsigned lvl, int leaf) {
  uint64_t *r = &g->rng, e = MM_PTE_P;
  if (xc_chance(r, 750)) e |= MM_PTE_RW;
  if (xc_chance(r, 700)) e |= MM_PTE_US;
  if (xc_chance(r, 150)) e |= MM_PTE_XD;
  if (xc_chance(r, 500)) e |= MM_PTE_A;
  if (xc_chance(r, 200)) e |= MM_PTE_PWT;
  if (xc_chance(r, 200)) e |= MM_PTE_PCD;
  if (leaf) {
    if (xc_chance(r, 500)) e |= MM_PTE_D;
    if (xc_chance(r, 300)) e |= MM_PTE_G;
    if (xc_chance(r, 200)) e |= lvl == 1 ? 0x80u : 0x1000u; /* PAT */
  } else {
    if (xc_chance(r, 200)) e |= 0x40u;  /* ignored (Tables 4-15, 4-17, 4-19) */
    if (xc_chance(r, 200)) e |= 0x100u; /* ignored */
  }
  for (unsigned b = 9; b <= 11; b++) /* ignored */
    if (xc_chance(r, 100)) e |= 1ULL << b;
  if (xc_chance(r, 80)) e |= 1ULL << (52 + xc_rand(r) % 7);  /* ignored 58:52 */
  if (xc_chance(r, 80)) e |= 1ULL << (59 + xc_rand(r) % 4);  /* PK, ignored: CR4.PKE = 0 */
  return e;
}

/* Maybe break the entry e at lvl: P = 0 or a reserved bit. */
static uint64_t corrupt(struct gen *g, uint64_t e, unsigned lvl, int leaf) {
  uint64_t *r = &g->rng;
  if (!xc_chance(r, 60))
    return e;
  unsigned what = (unsigned)(xc_rand(r) % 4);
  if (what == 2 && !(lvl >= 4 && !leaf)) what = 0;
  if (what == 3 && !(leaf && lvl >= 2)) what = 1;
  if (what == 1 && g->t.maxphyaddr >= 52) what = 0;
  switch (what) {
  case 0:
    g->stats[0]++;
    return e & ~MM_PTE_P; /* not present */
  case 1:
    g->stats[1]++; /* an address bit >= MAXPHYADDR (§4.5.4) */
    return e | 1ULL << (g->t.maxphyaddr + xc_rand(r) % (52 - g->t.maxphyaddr));
  case 2:
    g->stats[2]++; /* PS in a PML4E / PML5E: reserved (Tables 4-14, 4-15) */
    return e | MM_PTE_PS;
  default:
    g->stats[3]++; /* bits 20:13 / 29:13 of a large leaf (Tables 4-16, 4-18) */
    return e | 1ULL << (13 + xc_rand(r) % (lvl == 2 ? 8 : 17));
  }
}

/* Insert a leaf of level lvl at va into the set rooted at frame root. */
static int insert(struct gen *g, uint32_t root, uint64_t va, unsigned lvl) {
  uint32_t t = root;
  for (unsigned l = g->levels; l > lvl; l--) {
    size_t i = (size_t)t * 512u + index_of(va, l);
    if (g->kind[i] == E_EMPTY) {
      int64_t f = frame_alloc(g);
      if (f < 0)
        return 0;
      g->kind[i] = E_TABLE;
      g->child[i] = (uint32_t)f;
      g->w[i] = corrupt(g, fpa((uint32_t)f) | attrs(g, l, 0), l, 0);
    } else if (g->kind[i] != E_TABLE) {
      return 0;
    }
    t = g->child[i];
  }
  size_t i = (size_t)t * 512u + index_of(va, lvl);
  if (g->kind[i] != E_EMPTY)
    return 0;
  uint64_t frame;
  if (lvl == 1)
    frame = PAT_PA + (xc_rand(&g->rng) % ((PAT_END - PAT_PA) / 0x1000u)) * 0x1000u;
  else if (lvl == 2)
    frame = PAT_PA + (xc_rand(&g->rng) % ((PAT_END - PAT_PA) / 0x200000u)) * 0x200000u;
  else
    frame = 0; /* the one 1-GiB frame with RAM: the pattern is in it */
  g->kind[i] = E_LEAF;
  g->w[i] = corrupt(g, frame | attrs(g, lvl, 1) | (lvl > 1 ? MM_PTE_PS : 0), lvl, 1);
  if (g->nmap < sizeof g->map / sizeof g->map[0])
    g->map[g->nmap++] = (struct mapping){va, lvl};
  return 1;
}

static uint64_t page_size(unsigned lvl) { return 1ULL << (12 + 9 * (lvl - 1)); }

static uint64_t random_va(struct gen *g) {
  for (;;) {
    uint64_t va;
    if (g->nmap > 0 && xc_chance(&g->rng, 500)) {
      /* near an earlier mapping: another index below the top level */
      va = g->map[xc_rand(&g->rng) % g->nmap].va;
      unsigned l = 1 + (unsigned)(xc_rand(&g->rng) % (g->levels - 1));
      va ^= (xc_rand(&g->rng) % 512u) << (12 + 9 * (l - 1));
    } else {
      va = sext(xc_rand(&g->rng), g->va_bits);
    }
    if (va >= GUEST_REGION)
      return va;
  }
}

/* The guest's own region in a set: root[0] (-> PML4[0]) -> PDPT[0] -> the
 * shared PD of the guest. */
static int64_t new_set(struct gen *g, uint32_t guest_pd) {
  int64_t root = frame_alloc(g), t = root;
  if (root < 0)
    return -1;
  for (unsigned l = g->levels; l > 3; l--) {
    int64_t f = frame_alloc(g);
    if (f < 0)
      return -1;
    size_t i = (size_t)t * 512u;
    g->kind[i] = E_TABLE;
    g->child[i] = (uint32_t)f;
    g->w[i] = fpa((uint32_t)f) | MM_PTE_P | MM_PTE_RW | MM_PTE_US;
    t = f;
  }
  size_t i = (size_t)t * 512u;
  g->kind[i] = E_GUEST;
  g->w[i] = fpa(guest_pd) | MM_PTE_P | MM_PTE_RW | MM_PTE_US;
  return root;
}

/* The guest PD and PT: [0, 2 MiB) in 4-KiB pages, [2, 64) MiB in 2-MiB pages. */
static int guest_tables(struct gen *g, uint32_t *pd_out) {
  int64_t pd = frame_alloc(g), pt = frame_alloc(g);
  if (pd < 0 || pt < 0)
    return -1;
  for (uint64_t p = 0; p < 512; p++) {
    uint64_t pa = p * 0x1000u, e = pa | MM_PTE_P | MM_PTE_RW;
    if (pa == GUEST_USER_CODE || pa == GUEST_USER_STACK)
      e |= MM_PTE_US;
    g->w[(size_t)pt * 512u + p] = e;
  }
  g->w[(size_t)pd * 512u] = fpa((uint32_t)pt) | MM_PTE_P | MM_PTE_RW | MM_PTE_US;
  for (uint64_t p = 1; p < GUEST_MAP_END / 0x200000u; p++)
    g->w[(size_t)pd * 512u + p] = p * 0x200000u | MM_PTE_P | MM_PTE_RW | MM_PTE_PS;
  *pd_out = (uint32_t)pd;
  return 0;
}

/* A probe address of one of the kinds above, 16-aligned (+8 for data). */
static uint64_t probe_va(struct gen *g, unsigned kind) {
  uint64_t *r = &g->rng, va;
  unsigned c = (unsigned)(xc_rand(r) % 100);
  if (c < 55 && g->nmap > 0) {
    const struct mapping *m = &g->map[xc_rand(r) % g->nmap];
    uint64_t off;
    if (m->level == 3)
      off = PAT_PA + xc_rand(r) % (PAT_END - PAT_PA);
    else
      off = xc_rand(r) % page_size(m->level);
    va = m->va + off;
  } else if (c < 65 && g->nmap > 0) {
    const struct mapping *m = &g->map[xc_rand(r) % g->nmap];
    uint64_t ps = page_size(1 + (unsigned)(xc_rand(r) % 3));
    va = xc_chance(r, 500) ? m->va + page_size(m->level) + xc_rand(r) % ps : m->va - 1 - xc_rand(r) % ps;
    va = sext(va, g->va_bits);
  } else if (c < 77) {
    /* non-canonical: bit 63 differs from bit va_bits - 1, sometimes at an edge */
    va = xc_rand(r);
    unsigned e = (unsigned)(xc_rand(r) % 4);
    if (e == 0)
      va = (1ULL << (g->va_bits - 1)) + xc_rand(r) % 0x10000u;
    else if (e == 1)
      va = (0ULL - (1ULL << (g->va_bits - 1))) - 1 - xc_rand(r) % 0x10000u;
    else if (((va >> 63) & 1) == ((va >> (g->va_bits - 1)) & 1))
      va ^= 1ULL << 63;
  } else {
    va = sext(xc_rand(r), g->va_bits);
  }
  va &= ~15ULL;
  if (kind != PK_FETCH && xc_chance(r, 500))
    va += 8;
  return va;
}

static uint32_t batch_flags(struct gen *g) {
  uint32_t f = 0;
  if (xc_chance(&g->rng, 850)) f |= BF_NXE;
  if (xc_chance(&g->rng, 500)) f |= BF_WP;
  if ((g->t.features & RF_SMEP) && xc_chance(&g->rng, 500)) f |= BF_SMEP;
  if ((g->t.features & RF_SMAP) && xc_chance(&g->rng, 500)) f |= BF_SMAP;
  if (xc_chance(&g->rng, 500)) f |= BF_AC;
  return f;
}

static int arg_u64(const char *s, uint64_t *v) {
  char *end;
  *v = strtoull(s, &end, 0);
  return *s && !*end ? 0 : -1;
}

int xc_gen_main(int argc, char **argv) {
  static struct gen g;
  const char *dir = argv[0];
  uint64_t seed = 1, levels = 4, nprobes = 30000, maxphy = 40, features = 0, sets = 4, batches = 8;
  int oracle = XC_ORACLE_SDM;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--oracle")) {
      if ((oracle = xc_oracle(argv[i + 1])) < 0) {
        fprintf(stderr, "mmu-xcheck gen: --oracle tcg|sdm\n");
        return 2;
      }
      continue;
    }
    uint64_t *v = !strcmp(argv[i], "--seed") ? &seed : !strcmp(argv[i], "--levels") ? &levels
                : !strcmp(argv[i], "--probes") ? &nprobes : !strcmp(argv[i], "--maxphyaddr") ? &maxphy
                : !strcmp(argv[i], "--features") ? &features : !strcmp(argv[i], "--sets") ? &sets
                : !strcmp(argv[i], "--batches") ? &batches : NULL;
    if (!v || arg_u64(argv[i + 1], v) != 0) {
      fprintf(stderr, "mmu-xcheck gen: bad option %s %s\n", argv[i], argv[i + 1]);
      return 2;
    }
  }
  if ((levels != 4 && levels != 5) || nprobes > MAX_PROBES || maxphy < 36 || maxphy > 52 || sets == 0 ||
      batches == 0 || sets * batches > MAX_BATCHES) {
    fprintf(stderr, "mmu-xcheck gen: option out of range\n");
    return 2;
  }
  g.rng = seed;
  g.levels = (uint32_t)levels;
  g.va_bits = levels == 5 ? 57 : 48;
  g.t.maxphyaddr = (uint32_t)maxphy;
  g.t.features = (uint32_t)features;
  g.t.oracle = (uint32_t)oracle;
  g.w = calloc((size_t)TABLES_FRAMES * 512u, sizeof *g.w);
  g.kind = calloc((size_t)TABLES_FRAMES * 512u, 1);
  g.child = calloc((size_t)TABLES_FRAMES * 512u, sizeof *g.child);
  struct probe *pr = calloc(nprobes + 1, sizeof *pr);
  size_t cb = sizeof(struct ctl_header) + sets * batches * sizeof(struct ctl_batch);
  unsigned char *ctl = calloc(1, cb);
  uint32_t guest_pd;
  if (!g.w || !g.kind || !g.child || !pr || !ctl || guest_tables(&g, &guest_pd) != 0)
    return 2;
  struct ctl_header *h = (struct ctl_header *)ctl;
  struct ctl_batch *b = (struct ctl_batch *)(ctl + sizeof *h);
  h->magic = CTL_MAGIC;
  h->levels = g.levels;
  h->nbatches = (uint32_t)(sets * batches);
  h->nprobes = (uint32_t)nprobes;
  struct mm_mem mem;
  xc_mem(&mem, g.w);
  uint32_t next = 0, redrawn = 0;
  uint64_t roots[MAX_BATCHES];
  /* frames for the sets: the shared guest tables, then a share each */
  uint32_t per_set = (TABLES_FRAMES - g.used) / (uint32_t)sets;
  for (uint32_t s = 0; s < sets; s++) {
    int64_t root = new_set(&g, guest_pd);
    if (root < 0)
      return 2;
    roots[s] = fpa((uint32_t)root);
    g.nmap = 0;
    uint32_t limit = g.used - 4 + per_set;
    for (unsigned k = 0; k < 400 && g.used + 4 <= limit; k++) {
      unsigned lvl = 1 + (unsigned)(xc_rand(&g.rng) % 3);
      uint64_t va = random_va(&g) & ~(page_size(lvl) - 1);
      insert(&g, (uint32_t)root, va, lvl);
    }
    for (uint32_t k = 0; k < batches; k++) {
      struct ctl_batch *cbk = &b[s * batches + k];
      cbk->root = roots[s];
      cbk->flags = batch_flags(&g);
      cbk->first = next;
      uint32_t end = (uint32_t)(nprobes * (s * batches + k + 1) / (sets * batches));
      cbk->count = end - next;
      struct mm_cpu cpu;
      xc_cpu(&cpu, g.levels, cbk->flags, &g.t);
      for (; next < end; next++) {
        struct probe *p = &pr[next];
        for (unsigned tries = 0;; tries++) {
          p->kind = (uint8_t)(xc_rand(&g.rng) % PK_KINDS);
          p->user = (uint8_t)(xc_rand(&g.rng) % 2);
          p->va = tries < 50 ? probe_va(&g, p->kind) : 0x8000000000000000ULL; /* non-canonical */
          struct xc_expect e;
          xc_expect(&mem, &cpu, roots[s], p, oracle, &e);
          /* both the SDM's outcome and the oracle's must keep the guest safe */
          int safe = (e.o.outcome != MM_XLATE_OK || (e.o.pa >= PAT_PA && e.o.pa + 16 <= PAT_END)) &&
                     (e.sdm.outcome != MM_XLATE_OK || (e.sdm.pa >= PAT_PA && e.sdm.pa + 16 <= PAT_END)) &&
                     e.o.outcome != MM_XLATE_OUTSIDE && e.sdm.outcome != MM_XLATE_OUTSIDE;
          p->value = e.o.outcome == MM_XLATE_OK ? e.o.value : (STORE_MARK | next);
          if (safe && p->va >= GUEST_REGION)
            break;
          redrawn++;
        }
      }
    }
  }
  if (xc_write_file(dir, "ctl.bin", ctl, cb) != 0 || xc_write_file(dir, "tables.bin", g.w, (size_t)TABLES_FRAMES * 4096u) != 0 ||
      xc_write_file(dir, "probes.bin", pr, nprobes * sizeof *pr) != 0 ||
      xc_write_file(dir, "target.bin", &g.t, sizeof g.t) != 0)
    return 2;
  /* one mmspec image per set, for `mmspec walk` (docs/page-table-image.md) */
  for (uint32_t s = 0; s < sets; s++) {
    struct mm_ptimage_header ih;
    memset(&ih, 0, sizeof ih);
    memcpy(ih.magic, MM_PTIMAGE_MAGIC, 8);
    ih.version = MM_PTIMAGE_VERSION;
    ih.levels = g.levels;
    ih.root = roots[s];
    ih.base = TABLES_PA;
    ih.nframes = TABLES_FRAMES;
    ih.maxphyaddr = g.t.maxphyaddr;
    ih.flags = MM_PTIMAGE_NXE | MM_PTIMAGE_WP | (g.levels == 5 ? MM_PTIMAGE_LA57 : 0) |
               ((g.t.features & RF_PDPE1GB) ? MM_PTIMAGE_PDPE1GB : 0);
    char path[4096];
    snprintf(path, sizeof path, "%s/set%u.mmpt", dir, s);
    struct mm_diag d;
    if (mm_ptimage_write(path, &ih, g.w, &d) != 0) {
      mm_diag_print(stderr, &d);
      return 2;
    }
  }
  printf("gen: seed %llu, %u-level, MAXPHYADDR %u, features 0x%x: %llu sets, %u batches, %u probes (%u redrawn), "
         "%u table frames, corrupted: %llu not-present, %llu address>=MAXPHYADDR, %llu PS-in-PML4E/PML5E, %llu large-leaf-low\n",
         (unsigned long long)seed, g.levels, g.t.maxphyaddr, g.t.features, (unsigned long long)sets,
         h->nbatches, h->nprobes, redrawn, g.used, (unsigned long long)g.stats[0],
         (unsigned long long)g.stats[1], (unsigned long long)g.stats[2], (unsigned long long)g.stats[3]);
  return 0;
}
