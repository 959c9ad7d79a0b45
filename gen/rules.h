/* mmspec — the names and one-line meanings of the layout rules (enum mm_rule)
 * that the proven validator reports. docs/profile-format.md lists the same. */
#ifndef MMSPEC_RULES_H
#define MMSPEC_RULES_H

#include <stdint.h>

/* The short name of rule r ("gap"); "ok" for MM_OK, "unknown-rule" for a value
 * outside enum mm_rule. */
const char *mm_rule_name(uint32_t r);

/* A one-line explanation of rule r. */
const char *mm_rule_meaning(uint32_t r);

#endif
