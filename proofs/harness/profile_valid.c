/* Proof unit "profile-<name>": the generated constants of one layout profile
 * (build/gen/profile_<name>.h, generated from spec/profiles/<name>.layout)
 * form a ValidLayout.
 *
 * Two analyses, one chain: Eva executes the proven mm_layout_validate on the
 * generated constants and establishes `accepted` (the verdict is MM_OK); WP
 * then proves `valid` from mm_layout_validate's proven contract
 * (sound: rule == MM_OK ==> ValidLayout). This file is included by a wrapper
 * that proofs/proofs.mk generates per profile, after the profile header and a
 * definition of MMSPEC_PROFILE_LAYOUT (the generated constant's name). */
#include "layout_validate.h"

void mmspec_profile_proof(void)
{
  struct mm_verdict v = mm_layout_validate(&MMSPEC_PROFILE_LAYOUT);
  /*@ assert accepted: v.rule == MM_OK; */
  /*@ assert valid: ValidLayout(&MMSPEC_PROFILE_LAYOUT); */
}
