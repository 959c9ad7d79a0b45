/* The table of output formats. */
#include "emit.h"

#include <string.h>

const struct mm_emitter mm_emitters[] = {
  {"ctable", "a C header with the layout as a static const struct mm_layout", mm_emit_ctable},
};

const size_t mm_nemitters = sizeof mm_emitters / sizeof mm_emitters[0];

const struct mm_emitter *mm_emitter_find(const char *name)
{
  for (size_t i = 0; i < mm_nemitters; i++)
    if (strcmp(mm_emitters[i].name, name) == 0)
      return &mm_emitters[i];
  return NULL;
}
