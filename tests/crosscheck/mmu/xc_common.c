/* TEST TOOL: the pattern, the walker's view of a run, run-directory files. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "xc.h"

unsigned xc_pattern_byte(uint64_t pa) {
  uint64_t s = pa & ~15ULL, imm = PAT_TAG | s;
  unsigned i = (unsigned)(pa & 15);
  if (i == 0)
    return 0x48;
  if (i == 1)
    return 0xB8;
  if (i < 10)
    return (unsigned)(imm >> (8 * (i - 2))) & 0xFFu;
  if (i == 10)
    return 0xC3;
  return (unsigned)(s >> (8 * (i - 11))) & 0xFFu;
}

uint64_t xc_pattern_u64(uint64_t pa) {
  uint64_t v = 0;
  for (unsigned i = 0; i < 8; i++)
    v |= (uint64_t)xc_pattern_byte(pa + i) << (8 * i);
  return v;
}

void xc_mem(struct mm_mem *m, uint64_t *tables) {
  memset(m, 0, sizeof *m);
  m->word = tables;
  m->base = TABLES_PA;
  m->nframes = TABLES_FRAMES;
}

void xc_cpu(struct mm_cpu *c, uint32_t levels, uint32_t f, const struct xc_target *t) {
  memset(c, 0, sizeof *c);
  c->pa_limit = 1ULL << t->maxphyaddr;
  c->la57 = levels == 5;
  c->nxe = (f & BF_NXE) != 0;
  c->wp = (f & BF_WP) != 0;
  c->smep = (f & BF_SMEP) != 0;
  c->smap = (f & BF_SMAP) != 0;
  c->ac = (f & BF_AC) != 0;
  c->pdpe1gb = (t->features & RF_PDPE1GB) != 0;
}

static FILE *open_in(const char *dir, const char *name, const char *mode) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, mode);
  if (!f)
    fprintf(stderr, "mmu-xcheck: %s: %s\n", path, strerror(errno));
  return f;
}

int xc_write_file(const char *dir, const char *name, const void *p, size_t n) {
  FILE *f = open_in(dir, name, "wb");
  if (!f)
    return -1;
  int bad = fwrite(p, 1, n, f) != n;
  bad |= fclose(f) != 0;
  if (bad)
    fprintf(stderr, "mmu-xcheck: %s/%s: write failed\n", dir, name);
  return bad ? -1 : 0;
}

int xc_read_file(const char *dir, const char *name, void *p, size_t n) {
  FILE *f = open_in(dir, name, "rb");
  if (!f)
    return -1;
  size_t got = fread(p, 1, n, f);
  fclose(f);
  if (got != n) {
    fprintf(stderr, "mmu-xcheck: %s/%s: %zu bytes, expected %zu\n", dir, name, got, n);
    return -1;
  }
  return 0;
}

int xc_load_run(struct xc_run *r, const char *dir, int with_results) {
  memset(r, 0, sizeof *r);
  if (xc_read_file(dir, "ctl.bin", &r->hdr, sizeof r->hdr) != 0)
    return -1;
  if (r->hdr.magic != CTL_MAGIC || r->hdr.nbatches > MAX_BATCHES || r->hdr.nprobes > MAX_PROBES ||
      (r->hdr.levels != 4 && r->hdr.levels != 5)) {
    fprintf(stderr, "mmu-xcheck: %s/ctl.bin: not a control block\n", dir);
    return -1;
  }
  size_t cb = sizeof r->hdr + r->hdr.nbatches * sizeof r->batch[0];
  unsigned char *ctl = malloc(cb);
  if (!ctl || xc_read_file(dir, "ctl.bin", ctl, cb) != 0) {
    free(ctl);
    return -1;
  }
  memcpy(r->batch, ctl + sizeof r->hdr, cb - sizeof r->hdr);
  free(ctl);
  r->probe = calloc(r->hdr.nprobes + 1u, sizeof *r->probe);
  r->tables = calloc((size_t)TABLES_FRAMES * 512u, sizeof *r->tables);
  if (!r->probe || !r->tables)
    return -1;
  if (xc_read_file(dir, "probes.bin", r->probe, r->hdr.nprobes * sizeof *r->probe) != 0 ||
      xc_read_file(dir, "tables.bin", r->tables, (size_t)TABLES_FRAMES * 4096u) != 0)
    return -1;
  if (!with_results)
    return 0;
  r->result = calloc(r->hdr.nprobes + 1u, sizeof *r->result);
  if (!r->result)
    return -1;
  if (xc_read_file(dir, "report.bin", &r->rep, sizeof r->rep) != 0 ||
      xc_read_file(dir, "results.bin", r->result, r->hdr.nprobes * sizeof *r->result) != 0)
    return -1;
  return 0;
}
