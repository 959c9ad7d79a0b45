/* Lemma functions (ghost, no code) for the bits of the entries pagemap.c
 * writes: a leaf maps its page with the rights asked for (LeafBits,
 * spec/acsl/PoolXlateLemmas.acsl), each piece of a split huge page maps its
 * part of the page with the huge page's rights (SplitOf). Intel SDM vol. 3A
 * §4.5, Tables 4-15 (1-GiB PDPTE), 4-17 (2-MiB PDE), 4-19 (PTE).
 *
 * Why functions and not lemmas: each fact needs a few divisions by
 * constants, and the provers finish such a goal only in a small context
 * (docs/proofs.md, recipe 20). A call instantiates a lemma function's
 * contract with the caller's terms (no trigger needed), and its proof
 * (src/entry_bits.c, unit entry_bits) sees only its own precondition. */
#ifndef MMSPEC_ENTRY_BITS_H
#define MMSPEC_ENTRY_BITS_H

#include <stdint.h>
#include "translate.h"  /* Paging.acsl: the walk, ELeafFrame */
#include "pt_pool.h"    /* PoolXlate.acsl: LeafProt */
#include "PoolXlateLemmas.acsl" /* LeafBits, SplitOf */

/*@ ghost
  // ---- Reading a word through its quotient and remainder ----
  /@ terminates \true;
     assigns \nothing;
     ensures frame1: ELeafFrame(s, 1) == s / 0x1000 % 0x10000000000 * 0x1000;
     ensures low52: s % 0x10000000000000 == ELeafFrame(s, 1) + s % 0x1000; @/
  void eb_frame1(uint64_t s);
  /@ terminates \true;
     assigns \nothing;
     ensures frame2: ELeafFrame(s, 2) == s / 0x200000 % 0x80000000 * 0x200000;
     ensures low52: s % 0x10000000000000 == ELeafFrame(s, 2) + s % 0x200000; @/
  void eb_frame2(uint64_t s);
  /@ terminates \true;
     assigns \nothing;
     ensures frame3: ELeafFrame(s, 3) == s / 0x40000000 % 0x400000 * 0x40000000;
     ensures low52: s % 0x10000000000000 == ELeafFrame(s, 3) + s % 0x40000000; @/
  void eb_frame3(uint64_t s);
  // Bits 0, 1, 2 (P, R/W, U/S) are bits of the low seven.
  /@ requires low: s % 0x80 == e % 0x80;
     terminates \true;
     assigns \nothing;
     ensures p: s % 2 == e % 2;
     ensures rw: EWritable(s) == EWritable(e);
     ensures us: EUser(s) == EUser(e); @/
  void eb_low7(uint64_t s, uint64_t e);

  // ---- The room a huge leaf leaves below its frame (split_entry) ----
  /@ requires low: (e / 0x2000) % 0x20000 == 0;
     terminates \true;
     assigns \nothing;
     ensures room: e % 0x40000000 < 0x2000; @/
  void eb_room3(uint64_t e);
  /@ requires huge: (e / 0x80) % 2 == 1;
     requires low2: (e / 0x2000) % 0x100 == 0;
     terminates \true;
     assigns \nothing;
     ensures room: e % 0x200000 < 0x2000 && e % 0x200000 >= 0x80 + (e / 0x1000) % 2 * 0x1000; @/
  void eb_room2(uint64_t e);

  // SplitOf from its parts: its definition, one requirement per conjunct,
  // in the definition's own words (docs/proofs.md, recipe 20).
  /@ requires p: s % 2 == 1;
     requires xd: s / 0x8000000000000000 == e / 0x8000000000000000;
     requires range: 0 <= s < 0x10000000000000000;
     requires below: s % 0x10000000000000 < ELeafFrame(e, k) + LevelPageSize(k);
     requires huge: k == 3 ==> (s / 0x80) % 2 == 1 && (s / 0x2000) % 0x100 == 0;
     requires frame: ELeafFrame(s, k - 1) == ELeafFrame(e, k) + j * LevelPageSize(k - 1);
     requires prot: LeafProt(s, k - 1) == LeafProt(e, k);
     requires rw: EWritable(s) == EWritable(e);
     requires us: EUser(s) == EUser(e);
     terminates \true;
     assigns \nothing;
     ensures split: SplitOf(e, k, j, s); @/
  void eb_split_of(uint64_t s, uint64_t e, uint64_t j, uint64_t k);

  // ---- A piece of a 2-MiB page (level 2 -> PTE) ----
  /@ requires part: j < 512;
     requires huge: (e / 0x80) % 2 == 1;
     requires low2: (e / 0x2000) % 0x100 == 0;
     requires value: s == e - 0x80 - (e / 0x1000) % 2 * 0x1000 + (e / 0x1000) % 2 * 0x80 + j * 0x1000;
     terminates \true;
     assigns \nothing;
     ensures page: s / 0x1000 == e / 0x200000 * 0x200 + j;
     ensures low: s % 0x1000 == e % 0x1000 - 0x80 + (e / 0x1000) % 2 * 0x80; @/
  void eb_split2_parts(uint64_t s, uint64_t e, uint64_t j);
  /@ requires low: s % 0x1000 == e % 0x1000 - 0x80 + (e / 0x1000) % 2 * 0x80;
     requires huge: (e / 0x80) % 2 == 1;
     terminates \true;
     assigns \nothing;
     ensures low7: s % 0x80 == e % 0x80;
     ensures low9: s % 0x200 == e % 0x200 - 0x80 + (e / 0x1000) % 2 * 0x80; @/
  void eb_split2_low(uint64_t s, uint64_t e);
  /@ requires part: j < 512;
     requires page: s / 0x1000 == e / 0x200000 * 0x200 + j;
     terminates \true;
     assigns \nothing;
     ensures xd: s / 0x8000000000000000 == e / 0x8000000000000000;
     ensures frame: ELeafFrame(s, 1) == ELeafFrame(e, 2) + j * LevelPageSize(1);
     ensures below: s % 0x10000000000000 < ELeafFrame(e, 2) + LevelPageSize(2); @/
  void eb_split2_page(uint64_t s, uint64_t e, uint64_t j);
  /@ requires xd: s / 0x8000000000000000 == e / 0x8000000000000000;
     requires low9: s % 0x200 == e % 0x200 - 0x80 + (e / 0x1000) % 2 * 0x80;
     requires p: s % 2 == e % 2;
     requires huge: (e / 0x80) % 2 == 1;
     terminates \true;
     assigns \nothing;
     ensures prot: LeafProt(s, 1) == LeafProt(e, 2); @/
  void eb_split2_prot(uint64_t s, uint64_t e);
  /@ requires part: j < 512;
     requires present: e % 2 == 1;
     requires huge: (e / 0x80) % 2 == 1;
     requires low2: (e / 0x2000) % 0x100 == 0;
     requires value: s == e - 0x80 - (e / 0x1000) % 2 * 0x1000 + (e / 0x1000) % 2 * 0x80 + j * 0x1000;
     terminates \true;
     assigns \nothing;
     ensures split: SplitOf(e, 2, j, s); @/
  void eb_split2(uint64_t s, uint64_t e, uint64_t j);

  // ---- A piece of a 1-GiB page (level 3 -> 2-MiB PDE) ----
  /@ requires part: j < 512;
     requires low: (e / 0x2000) % 0x20000 == 0;
     requires value: s == e + j * 0x200000;
     terminates \true;
     assigns \nothing;
     ensures page: s / 0x2000 == e / 0x2000 + j * 0x100;
     ensures low13: s % 0x2000 == e % 0x2000; @/
  void eb_split3_parts(uint64_t s, uint64_t e, uint64_t j);
  // Bits 12:0 alike: P, R/W, U/S, PS, PAT (bit 12) and bits 8:0 alike.
  /@ requires low13: s % 0x2000 == e % 0x2000;
     terminates \true;
     assigns \nothing;
     ensures low7: s % 0x80 == e % 0x80;
     ensures ps: (s / 0x80) % 2 == (e / 0x80) % 2;
     ensures pat: (s / 0x1000) % 2 == (e / 0x1000) % 2;
     ensures low9: s % 0x200 == e % 0x200; @/
  void eb_low13(uint64_t s, uint64_t e);
  /@ requires part: j < 512;
     requires low: (e / 0x2000) % 0x20000 == 0;
     requires page: s / 0x2000 == e / 0x2000 + j * 0x100;
     terminates \true;
     assigns \nothing;
     ensures rsvd: (s / 0x2000) % 0x100 == 0;
     ensures xd: s / 0x8000000000000000 == e / 0x8000000000000000;
     ensures frame: ELeafFrame(s, 2) == ELeafFrame(e, 3) + j * LevelPageSize(2);
     ensures below: s % 0x10000000000000 < ELeafFrame(e, 3) + LevelPageSize(3); @/
  void eb_split3_page(uint64_t s, uint64_t e, uint64_t j);
  /@ requires xd: s / 0x8000000000000000 == e / 0x8000000000000000;
     requires low13: s % 0x2000 == e % 0x2000;
     terminates \true;
     assigns \nothing;
     ensures prot: LeafProt(s, 2) == LeafProt(e, 3); @/
  void eb_split3_prot(uint64_t s, uint64_t e);
  /@ requires part: j < 512;
     requires present: e % 2 == 1;
     requires huge: (e / 0x80) % 2 == 1;
     requires low: (e / 0x2000) % 0x20000 == 0;
     requires value: s == e + j * 0x200000;
     terminates \true;
     assigns \nothing;
     ensures split: SplitOf(e, 3, j, s); @/
  void eb_split3(uint64_t s, uint64_t e, uint64_t j);

  // ---- A leaf (leaf_entry) ----
  // Bits 12:0 of a word through its remainder by 2^13.
  /@ terminates \true;
     assigns \nothing;
     ensures b0: e % 2 == e % 0x2000 % 2;
     ensures b7: (e / 0x80) % 2 == e % 0x2000 / 0x80 % 2;
     ensures b12: (e / 0x1000) % 2 == e % 0x2000 / 0x1000;
     ensures b9: e % 0x200 == e % 0x2000 % 0x200; @/
  void eb_bits13(uint64_t e);
  // The rights as bits 8:0 and XD apart (prot < 2^64).
  /@ requires low: prot % 0x8000000000000000 < 0x200;
     terminates \true;
     assigns \nothing;
     ensures parts: prot == prot % 0x8000000000000000 + prot / 0x8000000000000000 * 0x8000000000000000;
     ensures xd: prot / 0x8000000000000000 <= 1;
     ensures pat: (prot / 0x80) % 2 == (prot % 0x8000000000000000 / 0x80) % 2; @/
  void eb_prot(uint64_t prot);
  // LeafBits from its parts: its definition, one requirement per conjunct.
  /@ requires range: 0 <= e < 0x10000000000000000;
     requires p: e % 2 == 1;
     requires xd: e / 0x8000000000000000 == prot / 0x8000000000000000;
     requires frame: ELeafFrame(e, k) == pa;
     requires below: e % 0x10000000000000 < pa + LevelPageSize(k);
     requires huge: k >= 2 ==> (e / 0x80) % 2 == 1 && (e / 0x2000) % 0x100 == 0;
     requires huge3: k == 3 ==> (e / 0x2000) % 0x20000 == 0;
     requires prot: LeafProt(e, k) == prot;
     terminates \true;
     assigns \nothing;
     ensures bits: LeafBits(e, k, pa, prot); @/
  void eb_leaf_of(uint64_t e, uint64_t k, uint64_t pa, uint64_t prot);

  // A PTE: e = pa + 1 + prot (PAT stays in bit 7).
  /@ requires pa: pa < 0x10000000000000 && pa % 0x1000 == 0;
     requires prot: prot % 0x8000000000000000 < 0x200 && prot % 2 == 0;
     requires value: e == pa + 1 + prot;
     terminates \true;
     assigns \nothing;
     ensures page: e / 0x1000 == pa / 0x1000 + prot / 0x8000000000000000 * 0x8000000000000;
     ensures low: e % 0x1000 == 1 + prot % 0x8000000000000000; @/
  void eb_leaf1_parts(uint64_t e, uint64_t pa, uint64_t prot);
  /@ requires pa: pa < 0x10000000000000 && pa % 0x1000 == 0;
     requires prot: prot % 0x8000000000000000 < 0x200 && prot % 2 == 0;
     requires value: e == pa + 1 + prot;
     terminates \true;
     assigns \nothing;
     ensures bits: LeafBits(e, 1, pa, prot); @/
  void eb_leaf1(uint64_t e, uint64_t pa, uint64_t prot);

  // A huge leaf (level 2 or 3): PS set, PAT moved from bit 7 to bit 12.
  /@ requires level: k == 2 || k == 3;
     requires pa: pa < 0x10000000000000 && pa % LevelPageSize(k) == 0;
     requires prot: prot % 0x8000000000000000 < 0x200 && prot % 2 == 0;
     requires value: e == pa + 1 + (prot - (prot / 0x80) % 2 * 0x80) + 0x80 + (prot / 0x80) % 2 * 0x1000;
     terminates \true;
     assigns \nothing;
     ensures page: e / 0x2000 == pa / 0x2000 + prot / 0x8000000000000000 * 0x4000000000000;
     ensures low: e % 0x2000 == 1 + prot % 0x8000000000000000 - (prot / 0x80) % 2 * 0x80 + 0x80 +
                                (prot / 0x80) % 2 * 0x1000; @/
  void eb_leaf_huge_parts(uint64_t e, uint64_t k, uint64_t pa, uint64_t prot);
  // Its page: the frame pa, no reserved bit, XD in bit 63 (x is 0 or 1).
  /@ requires level: k == 2 || k == 3;
     requires pa: pa < 0x10000000000000 && pa % LevelPageSize(k) == 0;
     requires xd: x <= 1;
     requires page: e / 0x2000 == pa / 0x2000 + x * 0x4000000000000;
     terminates \true;
     assigns \nothing;
     ensures rsvd: (e / 0x2000) % 0x100 == 0 && (k == 3 ==> (e / 0x2000) % 0x20000 == 0);
     ensures frame: ELeafFrame(e, k) == pa;
     ensures below: e % 0x10000000000000 < pa + LevelPageSize(k); @/
  void eb_leaf_huge_page(uint64_t e, uint64_t k, uint64_t pa, uint64_t x);
  /@ requires level: k == 2 || k == 3;
     requires pa: pa < 0x10000000000000 && pa % LevelPageSize(k) == 0;
     requires prot: prot % 0x8000000000000000 < 0x200 && prot % 2 == 0;
     requires value: e == pa + 1 + (prot - (prot / 0x80) % 2 * 0x80) + 0x80 + (prot / 0x80) % 2 * 0x1000;
     terminates \true;
     assigns \nothing;
     ensures bits: LeafBits(e, k, pa, prot); @/
  void eb_leaf_huge(uint64_t e, uint64_t k, uint64_t pa, uint64_t prot);
*/

#endif
