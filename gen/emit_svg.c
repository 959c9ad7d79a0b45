/* --format svg: a standalone SVG picture of the address space. One row per
 * region, in address order from the top, on a log-scaled (broken) axis: a
 * row is MIN_H high plus STEP_H per doubling of its size above 2 MiB, so a
 * 2 MiB region and a 128 TiB one are both visible. The non-canonical hole,
 * 2^64 - 2^va-bits bytes, is drawn hatched, at a fixed height, with break
 * marks and its true size. Each kind has a fixed colour (a legend lists the
 * kinds present); randomized regions have a dashed border and a "KASLR" tag.
 * Everything is integer arithmetic, so the output is the same everywhere. */
#include <inttypes.h>
#include <stddef.h>
#include <string.h>

#include "canonical.h"
#include "consts.h"
#include "direct_map.h"
#include "emit.h"
#include "kinds.h"
#include "size.h"
#include "version.h"

#define WIDTH 1060
#define MARGIN 16
#define TOP 92            /* y of the first row */
#define MIN_H 20          /* height of a row of 2 MiB or less */
#define STEP_H 2          /* added per doubling above 2 MiB */
#define HOLE_H 96         /* the non-canonical hole, compressed: at least this, */
#define HOLE_MORE 24      /* and this more than the tallest other row */
#define X_HALF 16         /* the half brackets */
#define X_START 44        /* start address */
#define X_END 174         /* end address */
#define X_BAR 308         /* the bar */
#define W_BAR 300
#define X_SIZE (X_BAR + W_BAR + 12)
#define X_DESC (X_SIZE + 126)
#define LEGEND_COLS 4

/* Fill of each kind, indexed by enum mm_kind; the hole's is a pattern. */
static const char *const fills[MM_KIND_COUNT] = {
  [MM_KIND_USER] = "#9ecae1",        [MM_KIND_NONCANONICAL] = "url(#hatch)",
  [MM_KIND_GUARD] = "#c7c7c7",       [MM_KIND_DIRECT_MAP] = "#fdae6b",
  [MM_KIND_HOLE] = "#f7f7f7",        [MM_KIND_VMALLOC] = "#a1d99b",
  [MM_KIND_VMEMMAP] = "#80cdc1",     [MM_KIND_KASAN] = "#fc9272",
  [MM_KIND_ESPFIX] = "#ffe082",      [MM_KIND_EFI] = "#bcbddc",
  [MM_KIND_KERNEL_TEXT] = "#fa9fb5", [MM_KIND_MODULES] = "#d8b08c",
  [MM_KIND_VSYSCALL] = "#c994c7",    [MM_KIND_FIXMAP] = "#9ebcda",
  [MM_KIND_CPU_ENTRY] = "#e6f598",   [MM_KIND_LDT_REMAP] = "#fdd0a2",
};

static const char *fill_of(uint32_t k)
{
  return k < MM_KIND_COUNT && fills[k] ? fills[k] : "#ffffff";
}

/* Character data or an attribute value: & < > " escaped, control characters
 * (which XML 1.0 does not allow) and, when s is not UTF-8, bytes above 0x7F
 * replaced by '?'. */
static void put_xml_text(FILE *out, const char *s)
{
  int utf8 = mm_utf8_ok(s);
  for (; *s; s++) {
    char c = *s;
    if ((unsigned char)c < 0x20 || c == 0x7F || ((unsigned char)c >= 0x80 && !utf8))
      c = '?';
    switch (c) {
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs("&quot;", out); break;
    default: putc(c, out);
    }
  }
}

/* ceil(log2(end - start + 1)): the number of bits of end - start. */
static unsigned size_bits(uint64_t start, uint64_t end)
{
  uint64_t m = end - start;
  unsigned b = 0;
  while (m) {
    b++;
    m >>= 1;
  }
  return b;
}

/* The height of a row; the hole's is hole_h. */
static unsigned row_height(const struct mm_region *r, unsigned hole_h)
{
  unsigned b = size_bits(r->start, r->end);
  if (r->kind == MM_KIND_NONCANONICAL)
    return hole_h;
  return b > 21 ? MIN_H + STEP_H * (b - 21) : MIN_H;
}

/* A vertical bracket from y0 to y1 with a rotated label. */
static void half_bracket(FILE *out, unsigned y0, unsigned y1, const char *label)
{
  unsigned mid = (y0 + y1) / 2;
  fprintf(out,
          "<path d=\"M%u %u h-6 V%u h6\" fill=\"none\" stroke=\"#444\" stroke-width=\"1.5\"/>\n",
          X_HALF + 18, y0 + 2, y1 - 2);
  fprintf(out,
          "<text x=\"%u\" y=\"%u\" transform=\"rotate(-90 %u %u)\" text-anchor=\"middle\" "
          "class=\"half\">%s</text>\n",
          X_HALF + 4, mid, X_HALF + 4, mid, label);
}

/* Two zigzag lines across the bar with white between: the axis is broken. */
static void break_marks(FILE *out, unsigned y)
{
  unsigned x;
  fputs("<path d=\"M", out);
  for (x = 0; x <= W_BAR; x += 10)
    fprintf(out, "%s%u %u", x ? " L" : "", X_BAR + x, y + (x % 20 ? 0u : 4u));
  for (x = W_BAR + 10; x >= 10; x -= 10)
    fprintf(out, " L%u %u", X_BAR + x - 10, y + 8 + ((x - 10) % 20 ? 0u : 4u));
  fputs(" Z\" fill=\"#ffffff\" stroke=\"#333\" stroke-width=\"1.2\"/>\n", out);
}

static void tag(FILE *out, unsigned x, unsigned y, const char *text, unsigned w)
{
  fprintf(out,
          "<rect x=\"%u\" y=\"%u\" width=\"%u\" height=\"14\" rx=\"3\" fill=\"#222\"/>"
          "<text x=\"%u\" y=\"%u\" text-anchor=\"middle\" class=\"tag\">%s</text>\n",
          x, y, w, x + w / 2, y + 10, text);
}

int mm_emit_svg(FILE *out, const struct mm_profile *p)
{
  const struct mm_layout *l = &p->layout;
  uint32_t n = l->nregions <= MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  unsigned y, width = WIDTH, height, hole_h = HOLE_H, nkinds = 0, i;
  int seen[MM_KIND_COUNT] = {0};
  char size[40];

  /* The hole is the tallest row; the width fits the longest description
   * (about 6 px a character); the height is the rows, then the legend. */
  for (i = 0; i < n; i++) {
    const struct mm_region *r = &l->region[i];
    const char *k = mm_kind_name(r->kind);
    size_t chars =
      strlen(k ? k : "?") + 3u + strlen(p->rdesc[i]) + 12u * (size_t)(r->own_pgd + r->lazy_sync);
    unsigned w = X_DESC + 6u * (unsigned)chars + 2u * MARGIN;
    if (r->kind != MM_KIND_NONCANONICAL && row_height(r, 0) + HOLE_MORE > hole_h)
      hole_h = row_height(r, 0) + HOLE_MORE;
    if (w > width)
      width = w;
    if (r->kind < MM_KIND_COUNT && !seen[r->kind]) {
      seen[r->kind] = 1;
      nkinds++;
    }
  }
  y = TOP;
  for (i = 0; i < n; i++)
    y += row_height(&l->region[i], hole_h);
  height = y + 38 + 22 * ((nkinds + LEGEND_COLS - 1) / LEGEND_COLS + 1) + 12;

  fputs("<!-- generated from ", out);
  mm_put_markup_comment_text(out, p->path);
  fputs(" by mmspec " VERSION " \xe2\x80\x94 do not edit -->\n", out);
  fprintf(out,
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%u\" height=\"%u\" "
          "viewBox=\"0 0 %u %u\">\n",
          width, height, width, height);
  fputs("<title>Layout ", out);
  put_xml_text(out, p->name);
  if (p->title[0]) {
    fputs(": ", out);
    put_xml_text(out, p->title);
  }
  fputs("</title>\n", out);
  fputs("<defs>\n"
        "<pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\">"
        "<rect width=\"8\" height=\"8\" fill=\"#e3e3e3\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#a8a8a8\" stroke-width=\"3\"/>"
        "</pattern>\n"
        "<style>\n"
        "text { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 11px; fill: #111; }\n"
        ".addr { font-family: 'DejaVu Sans Mono', Menlo, monospace; font-size: 11px; }\n"
        ".name { font-weight: bold; font-size: 12px; }\n"
        ".head { font-weight: bold; fill: #555; }\n"
        ".title { font-size: 17px; font-weight: bold; }\n"
        ".sub { fill: #444; }\n"
        ".half { font-weight: bold; font-size: 12px; fill: #444; }\n"
        ".tag { font-size: 9px; font-weight: bold; fill: #fff; }\n"
        ".hole { font-weight: bold; font-size: 13px; }\n"
        ".bar { stroke: #555; stroke-width: 0.6; }\n"
        ".kaslr { stroke: #000; stroke-width: 1.6; stroke-dasharray: 6 3; }\n"
        "</style>\n"
        "</defs>\n",
        out);
  fprintf(out, "<rect width=\"%u\" height=\"%u\" fill=\"#ffffff\"/>\n", width, height);

  /* Title and scale note. */
  fprintf(out, "<text x=\"%u\" y=\"26\" class=\"title\">", MARGIN);
  put_xml_text(out, p->name);
  fputs("</text>\n", out);
  fprintf(out, "<text x=\"%u\" y=\"44\" class=\"sub\">", MARGIN);
  if (p->title[0]) {
    put_xml_text(out, p->title);
    fputs(" \xe2\x80\x94 ", out);
  }
  mm_size_format(size, sizeof size, 0, mm_phys_limit(l->pa_bits) - 1u);
  fprintf(out,
          "va-bits %" PRIu32 ", %" PRIu32 "-level paging, pa-bits %" PRIu32
          " (%s), page-offset 0x%016" PRIx64 "</text>\n",
          l->va_bits, l->levels, l->pa_bits, size, l->page_offset);
  fprintf(out,
          "<text x=\"%u\" y=\"60\" class=\"sub\">Not to scale: a row is %u px plus %u px per "
          "doubling of its size above 2 MB (log scale); the non-canonical hole is cut "
          "short. END is inclusive.</text>\n",
          MARGIN, MIN_H, STEP_H);
  fprintf(out,
          "<text x=\"%u\" y=\"%u\" class=\"head\">start</text>"
          "<text x=\"%u\" y=\"%u\" class=\"head\">end</text>"
          "<text x=\"%u\" y=\"%u\" class=\"head\">region</text>"
          "<text x=\"%u\" y=\"%u\" class=\"head\">size</text>"
          "<text x=\"%u\" y=\"%u\" class=\"head\">kind \xe2\x80\x94 description</text>\n",
          X_START, TOP - 8, X_END, TOP - 8, X_BAR + 8, TOP - 8, X_SIZE, TOP - 8, X_DESC, TOP - 8);

  /* The rows. */
  y = TOP;
  for (i = 0; i < n; i++) {
    const struct mm_region *r = &l->region[i];
    const char *k = mm_kind_name(r->kind);
    unsigned h = row_height(r, hole_h), mid = y + h / 2 + 4;
    int hole = r->kind == MM_KIND_NONCANONICAL;
    fprintf(out, "<g id=\"region-%u\">\n", (unsigned)i);
    fprintf(out, "<rect x=\"%u\" y=\"%u\" width=\"%u\" height=\"%u\" fill=\"%s\" class=\"%s\"/>\n",
            X_BAR, y, W_BAR, h, fill_of(r->kind), r->randomized ? "bar kaslr" : "bar");
    fprintf(out, "<line x1=\"%u\" y1=\"%u\" x2=\"%u\" y2=\"%u\" stroke=\"#ddd\"/>\n", X_START, y,
            X_BAR, y);
    fprintf(out,
            "<text x=\"%u\" y=\"%u\" class=\"addr\">0x%016" PRIx64 "</text>"
            "<text x=\"%u\" y=\"%u\" class=\"addr\">0x%016" PRIx64 "</text>\n",
            X_START, mid, r->start, X_END, mid, r->end);
    mm_size_format(size, sizeof size, r->start, r->end);
    if (hole) {
      break_marks(out, y + h / 2 - 6);
      fprintf(out, "<text x=\"%u\" y=\"%u\" text-anchor=\"middle\" class=\"hole\">"
                   "non-canonical (sign-extension hole)</text>\n",
              X_BAR + W_BAR / 2, y + h / 2 - 16);
      fprintf(out, "<text x=\"%u\" y=\"%u\" class=\"name\">", X_BAR + 8, y + h / 2 + 24);
      put_xml_text(out, p->rname[i]);
      fprintf(out, "</text><text x=\"%u\" y=\"%u\" text-anchor=\"end\" class=\"sub\">"
                   "cut short \xe2\x80\x94 not to scale</text>\n",
              X_BAR + W_BAR - 8, y + h / 2 + 24);
      fprintf(out,
              "<text x=\"%u\" y=\"%u\">%s</text><text x=\"%u\" y=\"%u\">= 2^64 - 2^%" PRIu32
              "</text>\n",
              X_SIZE, mid - 7, size, X_SIZE, mid + 7, l->va_bits);
    } else {
      fprintf(out, "<text x=\"%u\" y=\"%u\" class=\"name\">", X_BAR + 8, mid);
      put_xml_text(out, p->rname[i]);
      fputs("</text>\n", out);
      fprintf(out, "<text x=\"%u\" y=\"%u\">%s</text>\n", X_SIZE, mid, size);
    }
    if (r->randomized)
      tag(out, X_BAR + W_BAR - 52, y + h / 2 - 7, "KASLR", 44);
    fprintf(out, "<text x=\"%u\" y=\"%u\"><tspan font-style=\"italic\">%s</tspan> \xe2\x80\x94 ",
            X_DESC, mid, k ? k : "?");
    put_xml_text(out, p->rdesc[i]);
    if (r->own_pgd)
      fputs(" [own PGD]", out);
    if (r->lazy_sync)
      fputs(" [lazy sync]", out);
    fputs("</text>\n</g>\n", out);
    y += h;
  }
  fprintf(out, "<line x1=\"%u\" y1=\"%u\" x2=\"%u\" y2=\"%u\" stroke=\"#ddd\"/>\n", X_START, y,
          X_BAR, y);

  /* The canonical halves: the user half up to the hole, the kernel half after. */
  {
    unsigned yh = TOP, hole_top = TOP, hole_bottom = TOP;
    for (i = 0; i < n; i++) {
      unsigned h = row_height(&l->region[i], hole_h);
      if (l->region[i].kind == MM_KIND_NONCANONICAL) {
        hole_top = yh;
        hole_bottom = yh + h;
      }
      yh += h;
    }
    if (hole_top > TOP)
      half_bracket(out, TOP, hole_top, "user half");
    if (hole_bottom < yh)
      half_bracket(out, hole_bottom, yh, "kernel half");
  }

  /* The legend: the kinds present, in enum order, then the KASLR border. */
  y += 28;
  fprintf(out, "<text x=\"%u\" y=\"%u\" class=\"head\">kinds</text>\n", MARGIN, y);
  y += 10;
  {
    unsigned col = 0;
    for (uint32_t kk = 0; kk < MM_KIND_COUNT; kk++) {
      if (!seen[kk])
        continue;
      unsigned x = X_START + col * 240;
      fprintf(out,
              "<rect x=\"%u\" y=\"%u\" width=\"28\" height=\"14\" fill=\"%s\" class=\"bar\"/>"
              "<text x=\"%u\" y=\"%u\">%s</text>\n",
              x, y, fill_of(kk), x + 36, y + 11, mm_kind_name(kk));
      if (++col == LEGEND_COLS) {
        col = 0;
        y += 22;
      }
    }
    if (col)
      y += 22;
    unsigned x = X_START;
    fprintf(out,
            "<rect x=\"%u\" y=\"%u\" width=\"28\" height=\"14\" fill=\"#ffffff\" "
            "class=\"bar kaslr\"/><text x=\"%u\" y=\"%u\">KASLR: randomized at boot "
            "(CONFIG_RANDOMIZE_MEMORY)</text>\n",
            x, y, x + 36, y + 11);
  }
  fputs("</svg>\n", out);
  return ferror(out) ? -1 : 0;
}
