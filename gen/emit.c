/* The table of output formats. */
#include "emit.h"

#include "consts.h"

#include <string.h>

const struct mm_emitter mm_emitters[] = {
  {"ctable", "a C header with the layout as a static const struct mm_layout", mm_emit_ctable,
   NULL},
  {"c", "a header of constants and static assertions for C, C++, asm, linker scripts",
   mm_emit_c, mm_consts_check},
  {"rust", "a Rust module of pub const values and const assertions", mm_emit_rust,
   mm_consts_check},
  {"json", "the layout as JSON (schema mmspec-layout/1, docs/layout.schema.json)",
   mm_emit_json, NULL},
  {"md", "the layout as a Markdown table with its parameters", mm_emit_md, NULL},
  {"svg", "a picture of the address space (log-scaled rows) as standalone SVG", mm_emit_svg,
   NULL},
};

const size_t mm_nemitters = sizeof mm_emitters / sizeof mm_emitters[0];

const struct mm_emitter *mm_emitter_find(const char *name)
{
  for (size_t i = 0; i < mm_nemitters; i++)
    if (strcmp(mm_emitters[i].name, name) == 0)
      return &mm_emitters[i];
  return NULL;
}
