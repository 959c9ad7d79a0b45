/* TEST TOOL: mmu-xcheck gen|compare|monitor (docs/crosscheck-mmu.md).
 *
 *   mmu-xcheck gen DIR --seed S --levels 4|5 --probes N --maxphyaddr M --features F
 *   mmu-xcheck compare DIR [--flip-wr]
 *   mmu-xcheck monitor DIR
 *   mmu-xcheck pins DIR --levels 4|5 --maxphyaddr M --features F --oracle tcg|sdm
 *   mmu-xcheck pattern FILE   the pattern region's bytes (layout.h)
 */
#include <stdlib.h>
#include <string.h>

#include "xc.h"

int main(int argc, char **argv) {
  if (argc >= 3 && strcmp(argv[1], "gen") == 0)
    return xc_gen_main(argc - 2, argv + 2);
  if (argc >= 3 && strcmp(argv[1], "compare") == 0)
    return xc_compare_main(argc - 2, argv + 2);
  if (argc >= 3 && strcmp(argv[1], "pins") == 0)
    return xc_pins_main(argc - 2, argv + 2);
  if (argc >= 3 && strcmp(argv[1], "monitor") == 0)
    return xc_monitor_main(argc - 2, argv + 2);
  if (argc == 3 && strcmp(argv[1], "pattern") == 0) {
    size_t n = PAT_END - PAT_PA;
    unsigned char *m = malloc(n);
    if (!m)
      return 2;
    for (size_t i = 0; i < n; i++)
      m[i] = (unsigned char)xc_pattern_byte(PAT_PA + i);
    FILE *f = fopen(argv[2], "wb");
    int bad = !f || fwrite(m, 1, n, f) != n;
    if (f)
      bad |= fclose(f) != 0;
    free(m);
    if (bad)
      fprintf(stderr, "mmu-xcheck: cannot write %s\n", argv[2]);
    return bad ? 2 : 0;
  }
  fprintf(stderr, "usage: mmu-xcheck gen|compare|monitor|pins DIR [OPTIONS] | pattern FILE\n");
  return 2;
}
