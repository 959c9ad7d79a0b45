/* --format json: the layout as JSON, schema "mmspec-layout/1"
 * (docs/layout.schema.json, described in docs/headers.md). 64-bit values are
 * strings of "0x" and 16 lower-case hex digits, since JSON numbers are not
 * exact beyond 2^53 in most parsers. JSON has no comments: the banner is the
 * value of "generated". */
#include <inttypes.h>
#include <string.h>

#include "emit.h"
#include "consts.h"
#include "direct_map.h"
#include "kinds.h"
#include "version.h"

/* The bytes of s inside a JSON string. Bytes of a string that is not UTF-8
 * (a path given on the command line can hold any) become U+FFFD. */
static void put_chars(FILE *out, const char *s)
{
  int ok = mm_utf8_ok(s);
  for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
    if (*c == '"' || *c == '\\')
      fprintf(out, "\\%c", *c);
    else if (*c == '\n')
      fputs("\\n", out);
    else if (*c == '\t')
      fputs("\\t", out);
    else if (*c < 0x20 || *c == 0x7F)
      fprintf(out, "\\u%04x", *c);
    else if (*c >= 0x80 && !ok)
      fputs("\\ufffd", out);
    else
      putc(*c, out);
  }
}

static void put_str(FILE *out, const char *key, const char *s, const char *end)
{
  fprintf(out, "\"%s\": \"", key);
  put_chars(out, s);
  fprintf(out, "\"%s", end);
}

static void put_hex(FILE *out, const char *key, uint64_t v, const char *end)
{
  fprintf(out, "\"%s\": \"0x%016" PRIx64 "\"%s", key, v, end);
}

static const char *tf(unsigned b)
{
  return b ? "true" : "false";
}

int mm_emit_json(FILE *out, const struct mm_profile *p)
{
  const struct mm_layout *l = &p->layout;
  uint32_t n = l->nregions <= MM_MAX_REGIONS ? l->nregions : MM_MAX_REGIONS;
  fputs("{\n  \"generated\": \"generated from ", out);
  put_chars(out, p->path);
  fputs(" by mmspec " VERSION " \xe2\x80\x94 do not edit\",\n", out);
  fputs("  \"schema\": \"mmspec-layout/1\",\n  ", out);
  put_str(out, "profile", p->name, ",\n  ");
  put_str(out, "title", p->title, ",\n  ");
  put_str(out, "source", p->path, ",\n  ");
  put_str(out, "generator", "mmspec " VERSION, ",\n");
  fprintf(out, "  \"va_bits\": %" PRIu32 ",\n  \"levels\": %" PRIu32 ",\n  \"pa_bits\": %" PRIu32
               ",\n  ",
          l->va_bits, l->levels, l->pa_bits);
  put_hex(out, "page_offset", l->page_offset, ",\n  ");
  put_hex(out, "phys_limit", mm_phys_limit(l->pa_bits), ",\n");
  fputs("  \"regions\": [\n", out);
  for (uint32_t i = 0; i < n; i++) {
    const struct mm_region *r = &l->region[i];
    const char *k = mm_kind_name(r->kind);
    fputs("    {\n      ", out);
    put_str(out, "name", p->rname[i], ",\n      ");
    put_str(out, "kind", k ? k : "?", ",\n      ");
    put_hex(out, "start", r->start, ",\n      ");
    put_hex(out, "end", r->end, ",\n      ");
    put_hex(out, "size", r->end - r->start + 1u, ",\n      ");
    put_hex(out, "align", r->align, ",\n");
    fprintf(out,
            "      \"randomized\": %s,\n      \"own_pgd\": %s,\n      \"lazy_sync\": %s,\n      ",
            tf(r->randomized), tf(r->own_pgd), tf(r->lazy_sync));
    put_str(out, "description", p->rdesc[i], i + 1 < n ? "\n    },\n" : "\n    }\n");
  }
  fputs("  ]\n}\n", out);
  return ferror(out) ? -1 : 0;
}
