/* --format rust: the constants of the `c` format as a Rust module of
 * `pub const NAME: u64`, with the same facts as `const _: () = assert!(..)`,
 * checked when the module is compiled. Only line comments and outer items,
 * so the file works as `mod layout;` and through `include!`. */
#include <inttypes.h>
#include <string.h>

#include "consts.h"
#include "emit.h"
#include "version.h"

static void put_fact(FILE *out, const char *id, const char *expr, const char *msg)
{
  (void)id;
  fprintf(out, "const _: () = assert!(%s, \"%s\");\n", expr, msg);
}

int mm_emit_rust(FILE *out, const struct mm_profile *p)
{
  static struct mm_consts cs;
  mm_consts_build(&cs, p);
  fputs("// generated from ", out);
  mm_put_comment_text(out, p->path);
  fputs(" by mmspec " VERSION " \xe2\x80\x94 do not edit\n", out);
  fputs("// profile ", out);
  mm_put_comment_text(out, p->name);
  if (p->title[0]) {
    fputs(": ", out);
    mm_put_comment_text(out, p->title);
  }
  fputs("\n// Every region is START..=END (END inclusive); SIZE = END - START + 1.\n", out);
  for (size_t i = 0; i < cs.n; i++) {
    const struct mm_const *c = &cs.c[i];
    if (c->group)
      fprintf(out, "\n// %s\n", c->group);
    if (c->region >= 0 && (i == 0 || cs.c[i - 1].region != c->region)) {
      fprintf(out, "// %s", p->rname[c->region]);
      if (p->rdesc[c->region][0]) {
        fputs(": ", out);
        mm_put_comment_text(out, p->rdesc[c->region]);
      }
      fputc('\n', out);
    }
    if (c->hex)
      fprintf(out, "pub const %s: u64 = 0x%016" PRIx64 ";\n", c->name, c->value);
    else
      fprintf(out, "pub const %s: u64 = %" PRIu64 ";\n", c->name, c->value);
  }
  fputs("\n// The facts of the layout, checked at compile time.\n", out);
  mm_facts(out, p, "u64::MAX", put_fact);
  return ferror(out) ? -1 : 0;
}
