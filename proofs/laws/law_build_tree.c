/* The builder's tables form a tree: a pool set up by mm_pool_init and filled
 * by mm_layout_build satisfies PoolTree (spec/acsl/PoolLinks.acsl), so the
 * walk's locality lemmas of spec/acsl/PoolTree.acsl apply to every table the
 * builder returns. The composition of the two contracts as a kernel's boot
 * code would call them: init's `tree` feeds the builder's
 * `\old(PoolTree(p)) ==> PoolTree(p)`, and init's post-state meets every
 * precondition of the builder (docs/paging.md, "The tree invariant"). */
#include "layout_build.h"

/*@ requires valid:   \valid(p) && \valid(out) && \valid_read(l) && \valid_read(bp);
    requires storage: \valid(word + (0 .. nframes * 512 - 1)) &&
                      \valid(level + (0 .. nframes - 1)) && \valid(prefix + (0 .. nframes - 1));
    requires frames:  nframes >= 1; // mm_pool_init assigns frame 0 whatever nframes is
    requires cpu:     ValidCpu(c);
    requires layout:  l->nregions <= MM_MAX_REGIONS;
    requires apart:   \separated(p, c, l, bp, out, word + (0 .. nframes * 512 - 1),
                                 level + (0 .. nframes - 1), prefix + (0 .. nframes - 1));
    assigns *p, *out, word[0 .. nframes * 512 - 1], level[0 .. nframes - 1],
            prefix[0 .. nframes - 1];
    ensures law: \result == MM_PT_OK ==> PoolTree(p) && PoolOk(p) &&
                 TopFrame(p, out->root) && TopFrame(p, out->efi_root); */
int law_build_tree(struct mm_pool *p, uint64_t *word, uint8_t *level, uint64_t *prefix,
                   uint64_t base, uint32_t nframes, const struct mm_cpu *c,
                   const struct mm_layout *l, const struct mm_build_params *bp,
                   struct mm_build_result *out)
{
  int rc = mm_pool_init(p, word, level, prefix, base, nframes, c->la57 == 1 ? 5 : 4);
  if (rc != MM_PT_OK)
    return rc;
  /* the storage the builder's assigns clause names is the caller's */
  /*@ assert storage: p->mem.word == word && p->level == level && p->prefix == prefix &&
                      p->mem.nframes == nframes; */
  return mm_layout_build(p, c, l, bp, out);
}
