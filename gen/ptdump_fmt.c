/* The ptdump formatter: merge pieces, print Linux ptdump lines or JSON.
 *
 * The line is the one of Linux arch/x86/mm/dump_pagetables.c (note_page()
 * and printk_prot(), v4.8 .. v6.x):
 *   "0x%016lx-0x%016lx   " start, end (exclusive; the last end wraps to 0)
 *   "%9lu%c "             the size in the largest of B K M G T P E it divides
 *   the flags of the leaf entry, each in a fixed-width column:
 *     "USR "/"    "  "RW "/"ro "  "PWT "/"    "  "PCD "/"    "  "PSE "/"    "
 *     "PAT "/"    "  "GLB "/"    "  "NX "/"x  "
 *   or 30 blanks for a range that is not mapped, then the level name
 *   (pgd p4d pud pmd pte) and a newline; markers are "---[ %s ]---".
 * As in Linux, a range breaks where the leaf entry's flag bits, the rights
 * combined over the levels, or the level change, or at a marker; the physical
 * addresses do not matter. The columns show the leaf entry's own bits; the
 * combined rights are in the JSON. */
#include <inttypes.h>
#include <string.h>

#include "ptargs.h"
#include "ptdump.h"

void mm_ptd_begin(struct mm_ptd *st, FILE *out, enum mm_ptd_format format, uint32_t levels,
                  const struct mm_ptd_marker *marker, unsigned nmarkers)
{
  memset(st, 0, sizeof *st);
  st->out = out;
  st->format = format;
  st->levels = levels;
  st->marker = marker;
  st->nmarkers = nmarkers;
  if (format == MM_PTD_JSON)
    fprintf(out, "{\n  \"schema\": \"mmspec-ptdump/1\",\n  \"levels\": %u,\n  \"ranges\": [",
            levels);
}

void mm_ptd_line(char *buf, size_t cap, const struct mm_ptd_range *r, uint32_t levels)
{
  static const char units[] = "BKMGTPE";
  const char *u = units;
  uint64_t end = r->last + 1; /* 0 after the last address, as Linux prints it */
  uint64_t delta = end - r->start;
  uint64_t f = r->flags;
  int n;
  while (!(delta & 1023) && u[1]) {
    delta >>= 10;
    u++;
  }
  n = snprintf(buf, cap, "0x%016" PRIx64 "-0x%016" PRIx64 "   %9" PRIu64 "%c ", r->start, end,
               delta, *u);
  if (n < 0 || (size_t)n >= cap)
    return;
  if (!r->present)
    snprintf(buf + n, cap - (size_t)n, "%30s%s\n", "", mm_pt_linux_level(levels, r->level));
  else
    snprintf(buf + n, cap - (size_t)n, "%s%s%s%s%s%s%s%s%s\n", f & MM_PTE_US ? "USR " : "    ",
             f & MM_PTE_RW ? "RW " : "ro ", f & MM_PTE_PWT ? "PWT " : "    ",
             f & MM_PTE_PCD ? "PCD " : "    ",
             r->level != 1 && (f & MM_PTE_PS) ? "PSE " : "    ",
             (r->level == 1 && (f & MM_PTE_PS)) || (r->level != 1 && (f & 0x1000u)) ? "PAT "
                                                                                  : "    ",
             f & MM_PTE_G ? "GLB " : "    ", f & MM_PTE_XD ? "NX " : "x  ",
             mm_pt_linux_level(levels, r->level));
}

static void json_string(FILE *out, const char *s)
{
  fputc('"', out);
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\')
      fprintf(out, "\\%c", ch);
    else if (ch < 0x20)
      fprintf(out, "\\u%04x", ch);
    else
      fputc(ch, out);
  }
  fputc('"', out);
}

static const char *jb(uint64_t b)
{
  return b ? "true" : "false";
}

static void print_json(struct mm_ptd *st, const struct mm_ptd_range *r)
{
  FILE *o = st->out;
  uint64_t f = r->flags;
  fprintf(o, "%s\n    {\"start\": \"0x%016" PRIx64 "\", \"last\": \"0x%016" PRIx64 "\", ",
          st->nranges ? "," : "", r->start, r->last);
  fprintf(o, "\"level\": \"%s\", \"present\": %s", mm_pt_linux_level(st->levels, r->level),
          jb(r->present));
  if (r->present) {
    fprintf(o,
            ", \"usr\": %s, \"rw\": %s, \"pwt\": %s, \"pcd\": %s, \"pse\": %s, \"pat\": %s, "
            "\"glb\": %s, \"nx\": %s, \"entry_flags\": \"0x%016" PRIx64 "\", "
            "\"effective\": {\"rw\": %s, \"us\": %s, \"xd\": %s}",
            jb(f & MM_PTE_US), jb(f & MM_PTE_RW), jb(f & MM_PTE_PWT), jb(f & MM_PTE_PCD),
            jb(r->level != 1 && (f & MM_PTE_PS)),
            jb((r->level == 1 && (f & MM_PTE_PS)) || (r->level != 1 && (f & 0x1000u))),
            jb(f & MM_PTE_G), jb(f & MM_PTE_XD), f, jb(r->rw), jb(r->us), jb(r->xd));
  }
  if (st->region) {
    fputs(", \"region\": ", o);
    json_string(o, st->region);
  }
  fputc('}', o);
}

void mm_ptd_flush(struct mm_ptd *st)
{
  char line[160];
  if (!st->have)
    return;
  if (st->format == MM_PTD_JSON) {
    print_json(st, &st->cur);
  } else {
    mm_ptd_line(line, sizeof line, &st->cur, st->levels);
    fputs(line, st->out);
  }
  st->nranges++;
  st->have = 0;
}

static int same(const struct mm_ptd_range *a, const struct mm_ptd_range *b)
{
  return a->present == b->present && a->level == b->level && a->flags == b->flags &&
         a->rw == b->rw && a->us == b->us && a->xd == b->xd;
}

static void add(struct mm_ptd *st, const struct mm_ptd_range *p)
{
  if (st->have && st->cur.last != UINT64_MAX && st->cur.last + 1 == p->start &&
      same(&st->cur, p)) {
    st->cur.last = p->last;
    return;
  }
  mm_ptd_flush(st);
  st->cur = *p;
  st->have = 1;
}

void mm_ptd_piece(struct mm_ptd *st, const struct mm_ptd_range *p)
{
  struct mm_ptd_range q = *p;
  for (;;) {
    while (st->next_marker < st->nmarkers && st->marker[st->next_marker].start <= q.start) {
      mm_ptd_flush(st);
      st->region = st->marker[st->next_marker].name;
      if (st->format == MM_PTD_TEXT)
        fprintf(st->out, "---[ %s ]---\n", st->region);
      st->next_marker++;
    }
    if (st->next_marker < st->nmarkers && st->marker[st->next_marker].start <= q.last) {
      struct mm_ptd_range head = q; /* split at the marker */
      head.last = st->marker[st->next_marker].start - 1;
      add(st, &head);
      q.start = st->marker[st->next_marker].start;
      continue;
    }
    add(st, &q);
    return;
  }
}

void mm_ptd_end(struct mm_ptd *st)
{
  mm_ptd_flush(st);
  if (st->format == MM_PTD_JSON)
    fputs("\n  ]\n}\n", st->out);
}
