/* The lemma functions of entry_bits.h: ghost code only, proven by WP (unit
 * entry_bits); nothing here is compiled into the library. Each body holds
 * the hint assertions its own proof needs, in its own small context. */
#include "entry_bits.h"

/*@ ghost
  void eb_frame1(uint64_t s) {
  }
  void eb_frame2(uint64_t s) {
  }
  void eb_frame3(uint64_t s) {
  }
  void eb_low7(uint64_t s, uint64_t e) {
  }
  void eb_room3(uint64_t e) {
  }
  void eb_room2(uint64_t e) {
  }
  void eb_split_of(uint64_t s, uint64_t e, uint64_t j, uint64_t k) {
  }
  void eb_split2_parts(uint64_t s, uint64_t e, uint64_t j) {
  }
  void eb_split2_low(uint64_t s, uint64_t e) {
  }
  void eb_split2_page(uint64_t s, uint64_t e, uint64_t j) {
    eb_frame1(s);
    eb_frame2(e);
    /@ assert frame: ELeafFrame(s, 1) == ELeafFrame(e, 2) + j * 0x1000; @/
    /@ assert sizes: LevelPageSize(1) == 0x1000 && LevelPageSize(2) == 0x200000; @/
  }
  void eb_split2_prot(uint64_t s, uint64_t e) {
  }
  void eb_split2(uint64_t s, uint64_t e, uint64_t j) {
    eb_split2_parts(s, e, j);
    eb_split2_low(s, e);
    eb_low7(s, e);
    eb_split2_page(s, e, j);
    eb_split2_prot(s, e);
    eb_split_of(s, e, j, 2);
  }
  void eb_split3_parts(uint64_t s, uint64_t e, uint64_t j) {
  }
  void eb_low13(uint64_t s, uint64_t e) {
  }
  void eb_split3_page(uint64_t s, uint64_t e, uint64_t j) {
    eb_frame2(s);
    eb_frame3(e);
    /@ assert e_hi: e / 0x2000 == e / 0x40000000 * 0x20000; @/
    /@ assert s_hi: s / 0x200000 == e / 0x40000000 * 0x200 + j; @/
    /@ assert frame: ELeafFrame(s, 2) == ELeafFrame(e, 3) + j * 0x200000; @/
    /@ assert sizes: LevelPageSize(2) == 0x200000 && LevelPageSize(3) == 0x40000000; @/
  }
  void eb_split3_prot(uint64_t s, uint64_t e) {
    eb_low13(s, e);
    eb_low7(s, e);
  }
  void eb_split3(uint64_t s, uint64_t e, uint64_t j) {
    eb_split3_parts(s, e, j);
    eb_low13(s, e);
    eb_low7(s, e);
    eb_split3_page(s, e, j);
    eb_split3_prot(s, e);
    eb_split_of(s, e, j, 3);
  }
  void eb_prot(uint64_t prot) {
  }
  void eb_leaf_of(uint64_t e, uint64_t k, uint64_t pa, uint64_t prot) {
  }
  void eb_leaf1_parts(uint64_t e, uint64_t pa, uint64_t prot) {
    eb_prot(prot);
  }
  void eb_leaf1(uint64_t e, uint64_t pa, uint64_t prot) {
    eb_prot(prot);
    eb_leaf1_parts(e, pa, prot);
    eb_frame1(e);
    /@ assert xd: e / 0x8000000000000000 == prot / 0x8000000000000000; @/
    /@ assert p: e % 2 == 1; @/
    /@ assert frame: ELeafFrame(e, 1) == pa; @/
    /@ assert below: e % 0x10000000000000 < pa + 0x1000; @/
    /@ assert low9: e % 0x200 == 1 + prot % 0x8000000000000000; @/
    /@ assert prot: LeafProt(e, 1) == prot; @/
    /@ assert size: LevelPageSize(1) == 0x1000; @/
    eb_leaf_of(e, 1, pa, prot);
  }
  void eb_bits13(uint64_t e) {
  }
  void eb_leaf_huge_parts(uint64_t e, uint64_t k, uint64_t pa, uint64_t prot) {
    eb_prot(prot);
    /@ assert pa13: pa % 0x2000 == 0 && pa == pa / 0x2000 * 0x2000; @/
    /@ assert q: prot % 0x8000000000000000 == prot % 0x80 + (prot / 0x80) % 2 * 0x80 +
                   prot % 0x8000000000000000 / 0x100 * 0x100; @/
    /@ assert low: 0 < 1 + prot % 0x8000000000000000 - (prot / 0x80) % 2 * 0x80 + 0x80 +
                       (prot / 0x80) % 2 * 0x1000 < 0x2000; @/
    /@ assert sum: e == (pa / 0x2000 + prot / 0x8000000000000000 * 0x4000000000000) * 0x2000 +
                   (1 + prot % 0x8000000000000000 - (prot / 0x80) % 2 * 0x80 + 0x80 +
                    (prot / 0x80) % 2 * 0x1000); @/
  }
  void eb_leaf_huge_page(uint64_t e, uint64_t k, uint64_t pa, uint64_t x) {
    if (k == 2) {
      /@ assert pa21: pa % 0x200000 == 0; @/
      /@ assert pa13: pa / 0x2000 == pa / 0x200000 * 0x100; @/
      /@ assert sum21: e == (pa / 0x200000 + x * 0x40000000000) * 0x200000 + e % 0x2000; @/
      eb_frame2(e);
      /@ assert low21: e % 0x200000 < 0x2000 && e / 0x200000 == pa / 0x200000 + x * 0x40000000000; @/
      /@ assert frame2: ELeafFrame(e, 2) == pa; @/
    } else {
      /@ assert pa30: pa % 0x40000000 == 0; @/
      /@ assert pa13: pa / 0x2000 == pa / 0x40000000 * 0x20000; @/
      /@ assert sum30: e == (pa / 0x40000000 + x * 0x200000000) * 0x40000000 + e % 0x2000; @/
      eb_frame3(e);
      /@ assert low30: e % 0x40000000 < 0x2000 && e / 0x40000000 == pa / 0x40000000 + x * 0x200000000; @/
      /@ assert frame3: ELeafFrame(e, 3) == pa; @/
    }
    /@ assert sizes: LevelPageSize(2) == 0x200000 && LevelPageSize(3) == 0x40000000; @/
  }
  void eb_leaf_huge(uint64_t e, uint64_t k, uint64_t pa, uint64_t prot) {
    eb_prot(prot);
    eb_leaf_huge_parts(e, k, pa, prot);
    eb_bits13(e);
    /@ assert q: prot % 0x8000000000000000 == prot % 0x80 + (prot / 0x80) % 2 * 0x80 +
                   prot % 0x8000000000000000 / 0x100 * 0x100; @/
    /@ assert xd: e / 0x8000000000000000 == prot / 0x8000000000000000; @/
    /@ assert p: e % 2 == 1; @/
    /@ assert ps: (e / 0x80) % 2 == 1; @/
    /@ assert pat: (e / 0x1000) % 2 == (prot / 0x80) % 2; @/
    eb_leaf_huge_page(e, k, pa, prot / 0x8000000000000000);
    /@ assert low9: e % 0x200 == 1 + prot % 0x8000000000000000 - (prot / 0x80) % 2 * 0x80 + 0x80; @/
    /@ assert prot: LeafProt(e, k) == prot; @/
    eb_leaf_of(e, k, pa, prot);
  }
*/
