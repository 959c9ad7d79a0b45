/* TEST TOOL: seeded random page tables and probes for the MMU test guest.
 *
 * The tables live in the guest's tables region, a page pool
 * (src/pt_pool.h), and are built by the proven mm_map_range
 * (src/pagemap.h): every table set (a root of the pool) maps the guest's own
 * region (linear [0, 1 GiB): the first 64 MiB identity, supervisor-only, but
 * for the ring-3 stub and stack pages) and random pages of every size with
 * random R/W, U/S, XD, A, D, G, PAT, PWT, PCD; some large pages are split by
 * remapping (MM_MAP_REPLACE) or unmapping (mm_unmap_range) a 4-KiB piece of
 * them. Then, on top, individual
 * entries of the random part are changed the way mm_map_range never writes
 * them: random R/W, U/S, XD, A, PWT, PCD and ignored bits in the links
 * (mm_map_range writes MM_LINK_FLAGS), ignored and protection-key bits in the
 * leaves, and some entries corrupted: P = 0, an address bit at or above
 * MAXPHYADDR, PS in a PML4E/PML5E, bits 20:13 (2 MiB) / 29:13 (1 GiB) of a
 * large leaf (the reserved bits of SDM vol. 3A §4.5.4, Tables 4-14 to 4-20).
 * A page that is mapped points into the pattern region (a 1 GiB page at
 * physical 0).
 *
 * Probes: addresses in the random pages, next to them, anywhere canonical
 * (both halves), and in the non-canonical hole (SDM vol. 1 §3.3.7.1); loads,
 * stores and fetches at CPL 0 and 3. A probe whose access the proven walk
 * lets through must land in the pattern region (else it is drawn again):
 * the guest must never write its own memory or run off the pattern. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "pagemap.h"
#include "ptimage.h"
#include "xc.h"

struct mapping {
  uint64_t va;
  uint32_t level;
};

struct gen {
  uint64_t rng;
  struct mm_pool pool; /* the tables region                         */
  struct mm_cpu build; /* the CPU mm_map_range builds for            */
  uint64_t *w;         /* pool.mem.word                              */
  uint32_t levels, va_bits;
  struct xc_target t;
  struct mapping map[4096];
  uint32_t nmap;
  uint32_t frame_limit; /* the current set may fill the pool up to here */
  int first_root_used;
  uint64_t stats[8];
};

static uint64_t fpa(uint32_t frame) { return TABLES_PA + (uint64_t)frame * 4096u; }

static uint64_t sext(uint64_t va, unsigned bits) {
  uint64_t top = 1ULL << (bits - 1);
  va &= (top << 1) - 1;
  return (va ^ top) - top;
}

static uint64_t page_size(unsigned lvl) { return 1ULL << (12 + 9 * (lvl - 1)); }

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

/* Map a random page of level lvl at va with the proven mm_map_range. */
static int insert(struct gen *g, uint32_t root, uint64_t va, unsigned lvl) {
  uint64_t frame, *r = &g->rng;
  if (lvl == 1)
    frame = PAT_PA + (xc_rand(r) % ((PAT_END - PAT_PA) / 0x1000u)) * 0x1000u;
  else if (lvl == 2)
    frame = PAT_PA + (xc_rand(r) % ((PAT_END - PAT_PA) / 0x200000u)) * 0x200000u;
  else
    frame = 0; /* the one 1-GiB frame with RAM: the pattern is in it */
  uint64_t prot = 0;
  if (xc_chance(r, 750)) prot |= MM_PROT_RW;
  if (xc_chance(r, 700)) prot |= MM_PROT_US;
  if (xc_chance(r, 150)) prot |= MM_PROT_XD;
  if (xc_chance(r, 500)) prot |= MM_PROT_A;
  if (xc_chance(r, 500)) prot |= MM_PROT_D;
  if (xc_chance(r, 300)) prot |= MM_PROT_G;
  if (xc_chance(r, 200)) prot |= MM_PROT_PAT;
  if (xc_chance(r, 200)) prot |= MM_PROT_PWT;
  if (xc_chance(r, 200)) prot |= MM_PROT_PCD;
  uint64_t n;
  if (mm_map_range_count(&g->pool, &g->build, root, va, frame, page_size(lvl), prot, lvl, 0, &n) != MM_PT_OK ||
      g->pool.used + n > g->frame_limit)
    return 0;
  int rc = mm_map_range(&g->pool, &g->build, root, va, frame, page_size(lvl), prot, lvl, 0);
  if (rc != MM_PT_OK)
    return 0;
  if (g->nmap < sizeof g->map / sizeof g->map[0])
    g->map[g->nmap++] = (struct mapping){va, lvl};
  return 1;
}

/* Some of the large pages mapped, changed with the proven construction code
 * again: one 4-KiB piece remapped elsewhere with MM_MAP_REPLACE (the page is
 * split, the rest keeps its translation) or unmapped with mm_unmap_range
 * (split too). The mapping list keeps the large page: probes land in the
 * split tables, the piece included. */
static void reshape(struct gen *g, uint32_t root) {
  uint64_t *r = &g->rng, n;
  for (uint32_t i = 0; i < g->nmap; i++) {
    const struct mapping *m = &g->map[i];
    if (m->level == 1 || !xc_chance(r, 200))
      continue;
    uint64_t off = m->level == 3 ? PAT_PA + (xc_rand(r) % ((PAT_END - PAT_PA) / 0x1000u)) * 0x1000u
                                 : (xc_rand(r) % 512u) * 0x1000u;
    uint64_t va = m->va + off, pa = PAT_PA + (xc_rand(r) % ((PAT_END - PAT_PA) / 0x1000u)) * 0x1000u;
    uint64_t prot = (xc_chance(r, 700) ? MM_PROT_RW : 0) | (xc_chance(r, 600) ? MM_PROT_US : 0) |
                    (xc_chance(r, 150) ? MM_PROT_XD : 0);
    if (xc_chance(r, 500)) {
      if (mm_map_range_count(&g->pool, &g->build, root, va, pa, 0x1000, prot, 1, MM_MAP_REPLACE, &n) == MM_PT_OK &&
          g->pool.used + n <= g->frame_limit &&
          mm_map_range(&g->pool, &g->build, root, va, pa, 0x1000, prot, 1, MM_MAP_REPLACE) == MM_PT_OK)
        g->stats[5]++;
    } else {
      if (mm_unmap_range_count(&g->pool, &g->build, root, va, 0x1000, &n) == MM_PT_OK &&
          g->pool.used + n <= g->frame_limit && mm_unmap_range(&g->pool, &g->build, root, va, 0x1000) == MM_PT_OK)
        g->stats[6]++;
    }
  }
}

/* The entries of the random part, changed on top of mm_map_range's: the
 * links get random rights and attributes, every entry may get ignored bits
 * and be corrupted. guest: t is on the walk of linear address 0, whose
 * entry 0 (the guest's region) stays as built. */
static void retouch(struct gen *g, uint32_t t, unsigned lvl, int guest) {
  for (unsigned i = 0; i < 512; i++) {
    size_t k = (size_t)t * 512u + i;
    uint64_t e = g->w[k];
    if (e == 0 || (guest && i == 0 && lvl >= 3)) {
      if (e != 0 && lvl > 3) /* the guest's walk goes on below: its other entries are random */
        retouch(g, (uint32_t)(((e & 0x000FFFFFFFFFF000ULL) - TABLES_PA) / 4096u), lvl - 1, 1);
      continue;
    }
    int leaf = lvl == 1 || (lvl <= 3 && (e & MM_PTE_PS));
    if (!leaf) {
      retouch(g, (uint32_t)(((e & 0x000FFFFFFFFFF000ULL) - TABLES_PA) / 4096u), lvl - 1, 0);
      e = (e & 0x000FFFFFFFFFF000ULL) | (attrs(g, lvl, 0) & ~0x000FFFFFFFFFF000ULL);
      g->stats[4]++;
    } else {
      uint64_t x = attrs(g, lvl, 1) & (0xE00ULL | 0x7FF0000000000000ULL); /* ignored, PK */
      e |= x;
    }
    g->w[k] = corrupt(g, e, lvl, leaf);
  }
}

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

/* A new set: a root of the pool with the guest's region, [0, 2 MiB) in
 * 4-KiB pages, [2, 64) MiB in 2-MiB pages, supervisor-only but for the ring-3
 * stub and stack pages. The frame of the root in *root. */
static int new_set(struct gen *g, uint32_t *root) {
  if (!g->first_root_used)
    *root = 0; /* mm_pool_init made frame 0 the first root */
  else if (mm_pool_new_root(&g->pool, root) != MM_PT_OK)
    return -1;
  g->first_root_used = 1;
  const struct {
    uint64_t va, size, prot;
    unsigned lvl;
  } m[] = {
      {0, GUEST_USER_CODE, MM_PROT_RW, 1},
      {GUEST_USER_CODE, GUEST_USER_STACK + 0x1000 - GUEST_USER_CODE, MM_PROT_RW | MM_PROT_US, 1},
      {GUEST_USER_STACK + 0x1000, 0x200000 - (GUEST_USER_STACK + 0x1000), MM_PROT_RW, 1},
      {0x200000, GUEST_MAP_END - 0x200000, MM_PROT_RW, 2},
  };
  for (unsigned i = 0; i < sizeof m / sizeof m[0]; i++)
    if (mm_map_range(&g->pool, &g->build, *root, m[i].va, m[i].va, m[i].size, m[i].prot, m[i].lvl, 0) != MM_PT_OK)
      return -1;
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
  uint8_t *plevel = calloc(TABLES_FRAMES, 1);
  uint64_t *pprefix = calloc(TABLES_FRAMES, sizeof *pprefix);
  if (!g.w || !plevel || !pprefix ||
      mm_pool_init(&g.pool, g.w, plevel, pprefix, TABLES_PA, TABLES_FRAMES, g.levels) != MM_PT_OK)
    return 2;
  /* the CPU the tables are built for: every page size and right allowed
   * (the CPU they are tested on may lack 1-GiB pages: PS in a PDPTE is then
   * a reserved bit, a case worth testing) */
  g.build.pa_limit = 1ULL << 52;
  g.build.la57 = g.levels == 5;
  g.build.nxe = 1;
  g.build.wp = 1;
  g.build.pdpe1gb = 1;
  struct probe *pr = calloc(nprobes + 1, sizeof *pr);
  size_t cb = sizeof(struct ctl_header) + sets * batches * sizeof(struct ctl_batch);
  unsigned char *ctl = calloc(1, cb);
  if (!pr || !ctl)
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
  /* frames for the sets: a share each */
  uint32_t per_set = TABLES_FRAMES / (uint32_t)sets;
  for (uint32_t s = 0; s < sets; s++) {
    uint32_t root;
    g.frame_limit = per_set * (s + 1);
    if (new_set(&g, &root) != 0) {
      fprintf(stderr, "mmu-xcheck gen: cannot map the guest's region in set %u\n", s);
      return 2;
    }
    roots[s] = fpa(root);
    g.nmap = 0;
    for (unsigned k = 0; k < 400; k++) {
      unsigned lvl = 1 + (unsigned)(xc_rand(&g.rng) % 3);
      uint64_t va = random_va(&g) & ~(page_size(lvl) - 1);
      insert(&g, root, va, lvl);
    }
    reshape(&g, root);
    retouch(&g, root, g.levels, 1);
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
         "%u table frames (mm_map_range; %llu large pages split by a MM_MAP_REPLACE remap, %llu by mm_unmap_range), changed on top: %llu links retouched; corrupted: %llu not-present, %llu address>=MAXPHYADDR, %llu PS-in-PML4E/PML5E, %llu large-leaf-low\n",
         (unsigned long long)seed, g.levels, g.t.maxphyaddr, g.t.features, (unsigned long long)sets,
         h->nbatches, h->nprobes, redrawn, g.pool.used, (unsigned long long)g.stats[5], (unsigned long long)g.stats[6],
         (unsigned long long)g.stats[4], (unsigned long long)g.stats[0],
         (unsigned long long)g.stats[1], (unsigned long long)g.stats[2], (unsigned long long)g.stats[3]);
  return 0;
}
