/* Page-table images: load (validating every field) and write (temp file +
 * rename, gen/output.c). The format: docs/page-table-image.md. */
#define _POSIX_C_SOURCE 200809L

#include "ptimage.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "output.h"

static uint32_t get32(const unsigned char *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t get64(const unsigned char *p)
{
  return (uint64_t)get32(p) | (uint64_t)get32(p + 4) << 32;
}

static void put32(unsigned char *p, uint32_t v)
{
  for (int i = 0; i < 4; i++)
    p[i] = (unsigned char)(v >> (8 * i));
}

static void put64(unsigned char *p, uint64_t v)
{
  for (int i = 0; i < 8; i++)
    p[i] = (unsigned char)(v >> (8 * i));
}

void mm_ptimage_encode(const struct mm_ptimage_header *h, unsigned char out[MM_PTIMAGE_FRAME])
{
  memset(out, 0, MM_PTIMAGE_FRAME);
  memcpy(out + MM_PTIMAGE_OFF_MAGIC, h->magic, 8);
  put32(out + MM_PTIMAGE_OFF_VERSION, h->version);
  put32(out + MM_PTIMAGE_OFF_LEVELS, h->levels);
  put64(out + MM_PTIMAGE_OFF_ROOT, h->root);
  put64(out + MM_PTIMAGE_OFF_BASE, h->base);
  put64(out + MM_PTIMAGE_OFF_NFRAMES, h->nframes);
  put32(out + MM_PTIMAGE_OFF_MAXPHYADDR, h->maxphyaddr);
  put32(out + MM_PTIMAGE_OFF_FLAGS, h->flags);
}

static void decode(const unsigned char *in, struct mm_ptimage_header *h)
{
  memcpy(h->magic, in + MM_PTIMAGE_OFF_MAGIC, 8);
  h->version = get32(in + MM_PTIMAGE_OFF_VERSION);
  h->levels = get32(in + MM_PTIMAGE_OFF_LEVELS);
  h->root = get64(in + MM_PTIMAGE_OFF_ROOT);
  h->base = get64(in + MM_PTIMAGE_OFF_BASE);
  h->nframes = get64(in + MM_PTIMAGE_OFF_NFRAMES);
  h->maxphyaddr = get32(in + MM_PTIMAGE_OFF_MAXPHYADDR);
  h->flags = get32(in + MM_PTIMAGE_OFF_FLAGS);
}

void mm_ptimage_cpu(struct mm_cpu *c, uint32_t flags, uint32_t maxphyaddr)
{
  memset(c, 0, sizeof *c);
  c->pa_limit = 1ULL << maxphyaddr;
  c->nxe = (flags & MM_PTIMAGE_NXE) != 0;
  c->wp = (flags & MM_PTIMAGE_WP) != 0;
  c->smep = (flags & MM_PTIMAGE_SMEP) != 0;
  c->smap = (flags & MM_PTIMAGE_SMAP) != 0;
  c->pdpe1gb = (flags & MM_PTIMAGE_PDPE1GB) != 0;
  c->la57 = (flags & MM_PTIMAGE_LA57) != 0;
}

void mm_ptimage_free(struct mm_ptimage *img)
{
  free(img->mem.word);
  img->mem.word = NULL;
}

/* The rules shared by both kinds of image: frames below 2^MAXPHYADDR and
 * the root a frame among them. */
static int check_frames(const char *path, uint64_t base, uint64_t nframes, uint64_t root,
                        uint32_t maxphyaddr, struct mm_diag *d)
{
  uint64_t end = base + nframes * MM_PTIMAGE_FRAME; /* nframes <= MAX: no overflow */
  uint64_t limit = 1ULL << maxphyaddr;
  if (end > limit || end < base) {
    mm_diag_set(d, path, 0, "phys-limit",
                "the frames end at 0x%" PRIx64 ", above 2^MAXPHYADDR = 0x%" PRIx64
                " (MAXPHYADDR %" PRIu32 ")",
                end, limit, maxphyaddr);
    return -1;
  }
  if (root % MM_PTIMAGE_FRAME != 0) {
    mm_diag_set(d, path, 0, "root", "root 0x%" PRIx64 " is not a multiple of 4096", root);
    return -1;
  }
  if (root < base || root >= end) {
    mm_diag_set(d, path, 0, "root",
                "root 0x%" PRIx64 " is not in the image's frames 0x%" PRIx64 "-0x%" PRIx64, root,
                base, end - 1);
    return -1;
  }
  return 0;
}

/* The header rules, in the order docs/page-table-image.md lists them. */
static int check_header(const char *path, const struct mm_ptimage_header *h,
                        const unsigned char *raw, struct mm_diag *d)
{
  if (memcmp(h->magic, MM_PTIMAGE_MAGIC, 8) != 0) {
    mm_diag_set(d, path, 0, "magic",
                "not an mmspec page-table image (no MMSPECPT magic; a raw memory dump needs "
                "--raw --root PA)");
    return -1;
  }
  if (h->version != MM_PTIMAGE_VERSION) {
    mm_diag_set(d, path, 0, "version", "format version %" PRIu32 ", expected %u", h->version,
                MM_PTIMAGE_VERSION);
    return -1;
  }
  if (h->levels != 4 && h->levels != 5) {
    mm_diag_set(d, path, 0, "levels", "levels %" PRIu32 ", expected 4 or 5", h->levels);
    return -1;
  }
  if (h->maxphyaddr < 36 || h->maxphyaddr > 52) {
    mm_diag_set(d, path, 0, "maxphyaddr", "MAXPHYADDR %" PRIu32 ", expected 36 to 52",
                h->maxphyaddr);
    return -1;
  }
  if (h->flags & ~MM_PTIMAGE_FLAGS_ALL) {
    mm_diag_set(d, path, 0, "flags", "unknown flag bits 0x%" PRIx32 " set (known: 0x%x)",
                h->flags & ~MM_PTIMAGE_FLAGS_ALL, MM_PTIMAGE_FLAGS_ALL);
    return -1;
  }
  if (((h->flags & MM_PTIMAGE_LA57) != 0) != (h->levels == 5)) {
    mm_diag_set(d, path, 0, "flags", "the la57 flag is %d with %" PRIu32 "-level paging",
                (h->flags & MM_PTIMAGE_LA57) != 0, h->levels);
    return -1;
  }
  for (unsigned i = MM_PTIMAGE_OFF_RESERVED; i < MM_PTIMAGE_FRAME; i++)
    if (raw[i] != 0) {
      mm_diag_set(d, path, 0, "reserved", "reserved header byte %u is 0x%02x, expected 0", i,
                  raw[i]);
      return -1;
    }
  if (h->base % MM_PTIMAGE_FRAME != 0) {
    mm_diag_set(d, path, 0, "base", "base 0x%" PRIx64 " is not a multiple of 4096", h->base);
    return -1;
  }
  if (h->nframes == 0 || h->nframes > MM_PTIMAGE_MAX_FRAMES) {
    mm_diag_set(d, path, 0, "nframes", "nframes %" PRIu64 ", expected 1 to %u", h->nframes,
                MM_PTIMAGE_MAX_FRAMES);
    return -1;
  }
  return check_frames(path, h->base, h->nframes, h->root, h->maxphyaddr, d);
}

/* Open path as a regular file and get its size. */
static FILE *open_image(const char *path, uint64_t *size, struct mm_diag *d)
{
  struct stat st;
  FILE *f = fopen(path, "rb");
  if (!f) {
    mm_diag_set(d, path, 0, "io", "cannot open: %s", strerror(errno));
    return NULL;
  }
  if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
    mm_diag_set(d, path, 0, "io", "not a regular file");
    fclose(f);
    return NULL;
  }
  *size = (uint64_t)st.st_size;
  return f;
}

/* Read nframes frames from f into a fresh img->mem (entries little-endian). */
static int read_frames(FILE *f, const char *path, uint64_t base, uint64_t nframes,
                       struct mm_ptimage *img, struct mm_diag *d)
{
  size_t nwords = (size_t)nframes * 512;
  uint64_t *w = malloc(nwords * sizeof *w);
  if (!w) {
    mm_diag_set(d, path, 0, "io", "out of memory for %" PRIu64 " frames", nframes);
    return -1;
  }
  if (fread(w, sizeof *w, nwords, f) != nwords) {
    mm_diag_set(d, path, 0, "io", "read error");
    free(w);
    return -1;
  }
  for (size_t i = 0; i < nwords; i++) /* a no-op on a little-endian host */
    w[i] = get64((const unsigned char *)&w[i]);
  img->mem.word = w;
  img->mem.base = base;
  img->mem.nframes = (uint32_t)nframes;
  img->mem.reserved_ = 0;
  return 0;
}

int mm_ptimage_load(struct mm_ptimage *img, const char *path, struct mm_diag *d)
{
  unsigned char raw[MM_PTIMAGE_FRAME];
  struct mm_ptimage_header h;
  uint64_t size, want;
  int rc = -1;
  FILE *f = open_image(path, &size, d);
  memset(img, 0, sizeof *img);
  if (!f)
    return -1;
  if (size < MM_PTIMAGE_FRAME) {
    mm_diag_set(d, path, 0, "short", "%" PRIu64 " bytes, shorter than the %u-byte header", size,
                MM_PTIMAGE_FRAME);
    goto out;
  }
  if (fread(raw, 1, sizeof raw, f) != sizeof raw) {
    mm_diag_set(d, path, 0, "io", "read error");
    goto out;
  }
  decode(raw, &h);
  if (check_header(path, &h, raw, d) != 0)
    goto out;
  want = MM_PTIMAGE_FRAME + h.nframes * MM_PTIMAGE_FRAME;
  if (size != want) {
    mm_diag_set(d, path, 0, "length",
                "%" PRIu64 " bytes, but the header says 4096 + %" PRIu64 " frames = %" PRIu64,
                size, h.nframes, want);
    goto out;
  }
  if (read_frames(f, path, h.base, h.nframes, img, d) != 0)
    goto out;
  mm_ptimage_cpu(&img->cpu, h.flags, h.maxphyaddr);
  img->root = h.root;
  img->levels = h.levels;
  img->maxphyaddr = h.maxphyaddr;
  rc = 0;
out:
  fclose(f);
  return rc;
}

int mm_ptimage_load_raw(struct mm_ptimage *img, const char *path, const struct mm_ptimage_raw *o,
                        struct mm_diag *d)
{
  uint64_t size, nframes;
  uint32_t flags = o->flags & ~MM_PTIMAGE_LA57;
  int rc = -1;
  FILE *f = open_image(path, &size, d);
  memset(img, 0, sizeof *img);
  if (!f)
    return -1;
  if (size == 0 || size % MM_PTIMAGE_FRAME != 0) {
    mm_diag_set(d, path, 0, "length",
                "%" PRIu64 " bytes: a raw dump is a non-zero multiple of 4096 bytes", size);
    goto out;
  }
  nframes = size / MM_PTIMAGE_FRAME;
  if (nframes > MM_PTIMAGE_MAX_FRAMES) {
    mm_diag_set(d, path, 0, "nframes", "%" PRIu64 " frames, more than the limit %u (16 GiB)",
                nframes, MM_PTIMAGE_MAX_FRAMES);
    goto out;
  }
  if (check_frames(path, 0, nframes, o->root, o->maxphyaddr, d) != 0)
    goto out;
  if (read_frames(f, path, 0, nframes, img, d) != 0)
    goto out;
  if (o->levels == 5)
    flags |= MM_PTIMAGE_LA57;
  mm_ptimage_cpu(&img->cpu, flags, o->maxphyaddr);
  img->root = o->root;
  img->levels = o->levels;
  img->maxphyaddr = o->maxphyaddr;
  img->raw = 1;
  rc = 0;
out:
  fclose(f);
  return rc;
}

/* --- writing */

struct frames_job {
  const unsigned char *header; /* NULL: none */
  uint64_t zero_frames;        /* zero frames before the data */
  uint64_t nframes;
  const uint64_t *words;
};

static int write_frames(FILE *f, const void *ctx)
{
  const struct frames_job *j = ctx;
  unsigned char buf[MM_PTIMAGE_FRAME];
  if (j->header && fwrite(j->header, 1, MM_PTIMAGE_FRAME, f) != MM_PTIMAGE_FRAME)
    return -1;
  memset(buf, 0, sizeof buf);
  for (uint64_t i = 0; i < j->zero_frames; i++)
    if (fwrite(buf, 1, sizeof buf, f) != sizeof buf)
      return -1;
  for (uint64_t i = 0; i < j->nframes; i++) {
    for (unsigned k = 0; k < 512; k++)
      put64(buf + 8 * k, j->words[i * 512 + k]);
    if (fwrite(buf, 1, sizeof buf, f) != sizeof buf)
      return -1;
  }
  return 0;
}

int mm_ptimage_write(const char *path, const struct mm_ptimage_header *h, const uint64_t *words,
                     struct mm_diag *d)
{
  unsigned char hdr[MM_PTIMAGE_FRAME];
  struct frames_job j;
  mm_ptimage_encode(h, hdr);
  j.header = hdr;
  j.zero_frames = 0;
  j.nframes = h->nframes;
  j.words = words;
  return mm_output_with(path, write_frames, &j, d);
}

int mm_ptimage_write_raw(const char *path, uint64_t base, uint64_t nframes, const uint64_t *words,
                         struct mm_diag *d)
{
  struct frames_job j;
  j.header = NULL;
  j.zero_frames = base / MM_PTIMAGE_FRAME;
  j.nframes = nframes;
  j.words = words;
  return mm_output_with(path, write_frames, &j, d);
}
