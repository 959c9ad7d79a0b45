/* Laws of canonical addresses and of index extraction, proven as ordinary C
 * functions that combine the proven functions: WP may use only their
 * contracts, so each law shows the contracts are strong enough to compose.
 * Each law returns 1 for every input; the contract says so. */
#include "canonical.h"
#include "page_index.h"

/*@ assigns \nothing;
    ensures law: \result == 1; */
int law_canonicalize48_idempotent(uint64_t va)
{
  uint64_t once = mm_canonicalize48(va);
  return mm_canonicalize48(once) == once;
}

/*@ assigns \nothing;
    ensures law: \result == 1; */
int law_canonicalize57_idempotent(uint64_t va)
{
  uint64_t once = mm_canonicalize57(va);
  return mm_canonicalize57(once) == once;
}

/*@ assigns \nothing;
    ensures law: \result == 1; */
int law_canonicalize48_is_canonical(uint64_t va)
{
  return mm_is_canonical48(mm_canonicalize48(va));
}

/*@ requires canonical: Canonical48(va);
    assigns \nothing;
    ensures law: \result == 1; */
int law_canonical48_fixed_point(uint64_t va)
{
  return mm_canonicalize48(va) == va;
}

/*@ requires canonical: Canonical57(va);
    assigns \nothing;
    ensures law: \result == 1; */
int law_canonical57_fixed_point(uint64_t va)
{
  return mm_canonicalize57(va) == va;
}

/* A canonical 48-bit address sign-extended from bit 47 is canonical under
 * LA57 too: 4-level addresses are a subset of 5-level ones. */
/*@ requires canonical: Canonical48(va);
    assigns \nothing;
    ensures law: \result == 1; */
int law_canonical48_implies_57(uint64_t va)
{
  return mm_is_canonical57(va);
}

/* compose4 is a left inverse of the index extraction on canonical addresses. */
/*@ requires canonical: Canonical48(va);
    assigns \nothing;
    ensures law: \result == 1; */
int law_compose4_of_indices(uint64_t va)
{
  /*@ assert low: Compose4(Pml4Index(va), PdptIndex(va), PdIndex(va), PtIndex(va),
                           PageOffset4K(va)) == va % 0x0001000000000000; */
  return mm_compose4(mm_pml4_index(va), mm_pdpt_index(va), mm_pd_index(va), mm_pt_index(va),
                     mm_page_offset(va)) == va;
}

/*@ requires canonical: Canonical57(va);
    assigns \nothing;
    ensures law: \result == 1; */
int law_compose5_of_indices(uint64_t va)
{
  /*@ assert low48: Compose4(Pml4Index(va), PdptIndex(va), PdIndex(va), PtIndex(va),
                             PageOffset4K(va)) == va % 0x0001000000000000; */
  /*@ assert split: va % 0x0200000000000000 ==
                    Pml5Index(va) * 0x0001000000000000 + va % 0x0001000000000000; */
  /*@ assert low: Compose5(Pml5Index(va), Pml4Index(va), PdptIndex(va), PdIndex(va),
                           PtIndex(va), PageOffset4K(va)) == va % 0x0200000000000000; */
  return mm_compose5(mm_pml5_index(va), mm_pml4_index(va), mm_pdpt_index(va), mm_pd_index(va),
                     mm_pt_index(va), mm_page_offset(va)) == va;
}
