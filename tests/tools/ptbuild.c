/* TEST UTILITY, not part of mmspec: writes page-table images for the CLI
 * tests (tests/cli/paging.sh) from a small text description, building the
 * tables directly (no proven code involved; the proven layout builder is
 * separate). It can also write broken images on purpose.
 *
 *   ptbuild SPEC -o IMAGE [--raw]
 *
 * SPEC, one directive a line, '#' starts a comment, numbers 0x hex or decimal:
 *   levels 4|5             paging levels (default 4)
 *   base PA                physical address of frame 0 = the root (default 0x100000)
 *   maxphyaddr N           (default 46)
 *   flags F...             CPU flags: nxe wp smep smap pdpe1gb (default nxe wp pdpe1gb;
 *                          la57 follows levels)
 *   map VA PA SIZE FLAGS   map a 4k, 2m or 1g page; FLAGS a comma list of
 *                          rw us pwt pcd a d pat g nx, or - for none (P, and PS
 *                          for 2m/1g, are added)
 *   entry VA LEVEL VALUE   set the raw entry at LEVEL (5..1) on the walk of VA
 *   upper VA LEVEL +F|-F   set (+) or clear (-) the flags of the entry at LEVEL on
 *                          the walk of VA (made as a table entry if missing)
 * Tables on a path are made as needed, their entries P RW US A. Then, to
 * break the image (applied as given, after building):
 *   header FIELD VALUE     magic (8 chars) version levels root base nframes
 *                          maxphyaddr flags
 *   header-byte OFF VALUE  set one header byte
 *   append N | truncate N  add N zero bytes at the end, or drop N bytes
 * --raw writes a raw dump instead (file offset = physical address; the
 * header directives do not apply). */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "ptimage.h"

#define MAXF 4096u

static uint64_t words[MAXF * 512];
static uint32_t nframes = 1;
static struct mm_ptimage_header h;
static const char *spec;
static unsigned lineno;

static _Noreturn void die(const char *msg, const char *arg)
{
  fprintf(stderr, "ptbuild: %s:%u: %s%s%s\n", spec, lineno, msg, arg ? ": " : "", arg ? arg : "");
  exit(2);
}

static uint64_t num(const char *s)
{
  uint64_t v = 0;
  if (!s || mm_cli_u64(s, &v) != 0)
    die("not a number", s);
  return v;
}

static uint64_t *entry(uint64_t table, uint64_t va, unsigned lvl)
{
  unsigned idx = (unsigned)((va >> (12 + 9 * (lvl - 1))) & 511);
  return &words[(table - h.base) / 8 + idx];
}

/* The table at level lvl on the path of va, made as needed. */
static uint64_t table(uint64_t va, unsigned lvl)
{
  uint64_t t = h.base;
  for (unsigned l = h.levels; l > lvl; l--) {
    uint64_t *e = entry(t, va, l);
    if (!(*e & MM_PTE_P)) {
      if (nframes >= MAXF)
        die("too many frames", NULL);
      *e = (h.base + (uint64_t)nframes++ * 4096) | MM_PTE_P | MM_PTE_RW | MM_PTE_US | MM_PTE_A;
    }
    t = *e & 0x000FFFFFFFFFF000ULL;
    if (t < h.base || t >= h.base + (uint64_t)nframes * 4096)
      die("the path leads out of the tables made here", NULL);
  }
  return t;
}

static uint64_t flag_list(const char *s, unsigned lvl)
{
  static const struct { const char *name; uint64_t bit; } f[] = {
    {"rw", MM_PTE_RW}, {"us", MM_PTE_US}, {"pwt", MM_PTE_PWT}, {"pcd", MM_PTE_PCD},
    {"a", MM_PTE_A},   {"d", MM_PTE_D},   {"g", MM_PTE_G},     {"nx", MM_PTE_XD}};
  uint64_t v = 0;
  char buf[256], *tok, *save;
  if (!s)
    die("flags missing", NULL);
  if (strcmp(s, "-") == 0)
    return 0;
  snprintf(buf, sizeof buf, "%s", s);
  for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
    size_t k;
    if (strcmp(tok, "pat") == 0) {
      v |= lvl == 1 ? MM_PTE_PS : 0x1000u;
      continue;
    }
    for (k = 0; k < sizeof f / sizeof f[0] && strcmp(tok, f[k].name) != 0; k++)
      ;
    if (k == sizeof f / sizeof f[0])
      die("unknown flag", tok);
    v |= f[k].bit;
  }
  return v;
}

static unsigned level_arg(const char *s)
{
  uint64_t l = num(s);
  if (l < 1 || l > h.levels)
    die("bad level", s);
  return (unsigned)l;
}

int main(int argc, char **argv)
{
  char line[512];
  const char *out = NULL;
  int raw = 0;
  long adjust = 0;
  unsigned char hdr_bytes[2][4096]; /* [0] override mask, [1] value */
  FILE *f;
  struct mm_diag d;
  int built = 0;

  memset(hdr_bytes, 0, sizeof hdr_bytes);
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
      out = argv[++i];
    else if (strcmp(argv[i], "--raw") == 0)
      raw = 1;
    else
      spec = argv[i];
  }
  if (!spec || !out) {
    fputs("usage: ptbuild SPEC -o IMAGE [--raw]   (a test utility)\n", stderr);
    return 2;
  }
  f = fopen(spec, "r");
  if (!f) {
    perror(spec);
    return 2;
  }
  memcpy(h.magic, MM_PTIMAGE_MAGIC, 8);
  h.version = MM_PTIMAGE_VERSION;
  h.levels = 4;
  h.base = 0x100000;
  h.maxphyaddr = 46;
  h.flags = MM_PTIMAGE_NXE | MM_PTIMAGE_WP | MM_PTIMAGE_PDPE1GB;
  struct mm_ptimage_header over = h; /* header directives, applied at the end */
  unsigned over_set = 0;

  while (fgets(line, sizeof line, f)) {
    char *w[6] = {0}, *save, *c = strchr(line, '#');
    int n = 0;
    lineno++;
    if (c)
      *c = '\0';
    for (char *t = strtok_r(line, " \t\r\n", &save); t && n < 6; t = strtok_r(NULL, " \t\r\n", &save))
      w[n++] = t;
    if (n == 0)
      continue;
    if (!built && (strcmp(w[0], "map") == 0 || strcmp(w[0], "entry") == 0 ||
                   strcmp(w[0], "upper") == 0))
      built = 1;
    if (strcmp(w[0], "levels") == 0 || strcmp(w[0], "base") == 0) {
      if (built)
        die("levels and base go before the first mapping", NULL);
      if (w[0][0] == 'l')
        h.levels = (uint32_t)num(w[1]);
      else
        h.base = num(w[1]);
      if ((h.levels != 4 && h.levels != 5) || h.base % 4096)
        die("bad levels or base", w[1]);
    } else if (strcmp(w[0], "maxphyaddr") == 0) {
      h.maxphyaddr = (uint32_t)num(w[1]);
    } else if (strcmp(w[0], "flags") == 0) {
      h.flags = 0;
      for (int k = 1; k < n; k++) {
        uint32_t b = strcmp(w[k], "nxe") == 0       ? MM_PTIMAGE_NXE
                     : strcmp(w[k], "wp") == 0      ? MM_PTIMAGE_WP
                     : strcmp(w[k], "smep") == 0    ? MM_PTIMAGE_SMEP
                     : strcmp(w[k], "smap") == 0    ? MM_PTIMAGE_SMAP
                     : strcmp(w[k], "pdpe1gb") == 0 ? MM_PTIMAGE_PDPE1GB
                                                    : 0;
        if (!b)
          die("unknown CPU flag", w[k]);
        h.flags |= b;
      }
    } else if (strcmp(w[0], "map") == 0) {
      uint64_t va = num(w[1]), pa = num(w[2]);
      unsigned lvl = w[3] && strcmp(w[3], "4k") == 0   ? 1
                     : w[3] && strcmp(w[3], "2m") == 0 ? 2
                     : w[3] && strcmp(w[3], "1g") == 0 ? 3
                                                       : 0;
      if (!lvl)
        die("size must be 4k, 2m or 1g", w[3]);
      *entry(table(va, lvl), va, lvl) =
        pa | flag_list(w[4], lvl) | MM_PTE_P | (lvl > 1 ? MM_PTE_PS : 0);
    } else if (strcmp(w[0], "entry") == 0) {
      uint64_t va = num(w[1]);
      unsigned lvl = level_arg(w[2]);
      *entry(table(va, lvl), va, lvl) = num(w[3]);
    } else if (strcmp(w[0], "upper") == 0) {
      uint64_t va = num(w[1]);
      unsigned lvl = level_arg(w[2]);
      uint64_t *e;
      if (lvl < 2 || !w[3] || (w[3][0] != '+' && w[3][0] != '-'))
        die("upper VA LEVEL(2..) +FLAGS|-FLAGS", NULL);
      table(va, lvl - 1); /* make the entry a table entry */
      e = entry(table(va, lvl), va, lvl);
      if (w[3][0] == '+')
        *e |= flag_list(w[3] + 1, 2) & ~0x1000ULL;
      else
        *e &= ~(flag_list(w[3] + 1, 2) & ~0x1000ULL);
    } else if (strcmp(w[0], "header") == 0 && w[1] && w[2]) {
      if (strcmp(w[1], "magic") == 0) {
        if (strlen(w[2]) != 8)
          die("magic is 8 characters", w[2]);
        memcpy(over.magic, w[2], 8);
        over_set |= 1;
      } else {
        static const char *const names[] = {"version", "levels", "root",   "base",
                                            "nframes", "maxphyaddr", "flags"};
        unsigned k;
        for (k = 0; k < 7 && strcmp(w[1], names[k]) != 0; k++)
          ;
        if (k == 7)
          die("unknown header field", w[1]);
        uint64_t v = num(w[2]);
        switch (k) {
        case 0: over.version = (uint32_t)v; break;
        case 1: over.levels = (uint32_t)v; break;
        case 2: over.root = v; break;
        case 3: over.base = v; break;
        case 4: over.nframes = v; break;
        case 5: over.maxphyaddr = (uint32_t)v; break;
        default: over.flags = (uint32_t)v; break;
        }
        over_set |= 2u << k;
      }
    } else if (strcmp(w[0], "header-byte") == 0) {
      uint64_t off = num(w[1]);
      if (off >= 4096)
        die("offset beyond the header", w[1]);
      hdr_bytes[0][off] = 1;
      hdr_bytes[1][off] = (unsigned char)num(w[2]);
    } else if (strcmp(w[0], "append") == 0) {
      adjust += (long)num(w[1]);
    } else if (strcmp(w[0], "truncate") == 0) {
      adjust -= (long)num(w[1]);
    } else {
      die("unknown directive", w[0]);
    }
  }
  fclose(f);

  if (h.levels == 5)
    h.flags |= MM_PTIMAGE_LA57;
  h.root = h.base;
  h.nframes = nframes;
  if (raw) {
    if (mm_ptimage_write_raw(out, h.base, nframes, words, &d) != 0) {
      mm_diag_print(stderr, &d);
      return 2;
    }
  } else {
    struct mm_ptimage_header w = h;
    unsigned char buf[4096];
    if (over_set & 1)
      memcpy(w.magic, over.magic, 8);
    if (over_set & 2) w.version = over.version;
    if (over_set & 4) w.levels = over.levels;
    if (over_set & 8) w.root = over.root;
    if (over_set & 16) w.base = over.base;
    if (over_set & 32) w.nframes = over.nframes;
    if (over_set & 64) w.maxphyaddr = over.maxphyaddr;
    if (over_set & 128) w.flags = over.flags;
    /* the frames are those built, whatever nframes says */
    if (mm_ptimage_write(out, &h, words, &d) != 0) {
      mm_diag_print(stderr, &d);
      return 2;
    }
    mm_ptimage_encode(&w, buf);
    for (unsigned k = 0; k < 4096; k++)
      if (hdr_bytes[0][k])
        buf[k] = hdr_bytes[1][k];
    f = fopen(out, "r+b");
    if (!f || fwrite(buf, 1, sizeof buf, f) != sizeof buf || fclose(f) != 0) {
      perror(out);
      return 2;
    }
  }
  if (adjust) {
    FILE *g = fopen(out, "rb");
    long len;
    if (!g || fseek(g, 0, SEEK_END) != 0 || (len = ftell(g)) < 0) {
      perror(out);
      return 2;
    }
    fclose(g);
    if (adjust > 0) {
      g = fopen(out, "ab");
      for (long k = 0; g && k < adjust; k++)
        fputc(0, g);
      if (!g || fclose(g) != 0) {
        perror(out);
        return 2;
      }
    } else if (truncate(out, len + adjust) != 0) {
      perror(out);
      return 2;
    }
  }
  return 0;
}
