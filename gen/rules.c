/* One table mapping enum mm_rule to its name and meaning, in enum order. */
#include "rules.h"

#include "mm_types.h"

struct rule_row {
  const char *name;
  const char *meaning;
};

static const struct rule_row rules[MM_RULE_COUNT_] = {
  [MM_OK] = {"ok", "the layout breaks no rule"},
  [MM_RULE_PARAMS] = {"params",
                      "va-bits/levels/pa-bits are not a supported combination "
                      "(48/4 or 57/5; pa-bits 46 or 52)"},
  [MM_RULE_COUNT] = {"count", "no regions, or more than MM_MAX_REGIONS"},
  [MM_RULE_KIND] = {"kind", "a region has an unknown kind"},
  [MM_RULE_EMPTY] = {"empty", "a region ends before it starts"},
  [MM_RULE_FIRST] = {"first", "the first region does not start at 0"},
  [MM_RULE_GAP] = {"gap", "addresses between two regions belong to no region"},
  [MM_RULE_OVERLAP] = {"overlap", "a region starts at or before the end of its predecessor"},
  [MM_RULE_LAST] = {"last", "the last region does not end at 0xffffffffffffffff"},
  [MM_RULE_ALIGN] = {"align",
                     "the alignment is not a paging size, or start / end + 1 is not a "
                     "multiple of it"},
  [MM_RULE_CANONICAL] = {"canonical",
                         "a region other than the noncanonical one reaches into the "
                         "sign-extension hole"},
  [MM_RULE_HOLE] = {"hole", "the noncanonical region is not exactly the sign-extension hole"},
  [MM_RULE_HALF] = {"half", "a user region above the hole, or a kernel region below it"},
  [MM_RULE_FLAGS] = {"flags",
                     "a flag is not 0/1, or a region is randomized that Linux does not "
                     "move (or with an alignment below 1g)"},
  [MM_RULE_DM_BASE] = {"dm-base", "the direct map does not start at page-offset"},
  [MM_RULE_DM_DUP] = {"dm-dup", "more than one direct-map region"},
  [MM_RULE_DM_MISSING] = {"dm-missing", "no direct-map region"},
  [MM_RULE_DM_SIZE] = {"dm-size", "the direct map is shorter than 2^pa-bits bytes"},
};

const char *mm_rule_name(uint32_t r)
{
  return r < MM_RULE_COUNT_ ? rules[r].name : "unknown-rule";
}

const char *mm_rule_meaning(uint32_t r)
{
  return r < MM_RULE_COUNT_ ? rules[r].meaning : "a rule this build of mmspec does not know";
}
