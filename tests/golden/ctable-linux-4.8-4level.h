/* generated from spec/profiles/linux-4.8-4level.layout by mmspec 0.1.0 — do not edit */
/* Linux 4.8-4.14 x86-64, 4-level paging (mm.txt) */
#ifndef MMSPEC_PROFILE_LINUX_4_8_4LEVEL_H
#define MMSPEC_PROFILE_LINUX_4_8_4LEVEL_H

#include "mm_types.h"

#define MMSPEC_PROFILE_LINUX_4_8_4LEVEL_NREGIONS 19u

static const struct mm_layout mmspec_profile_linux_4_8_4level = {
  .va_bits = 0x30u,
  .levels = 0x4u,
  .pa_bits = 0x2eu,
  .nregions = MMSPEC_PROFILE_LINUX_4_8_4LEVEL_NREGIONS,
  .page_offset = 0xffff880000000000ULL,
  .region = {
    [0] = { /* user: user space, different per mm */
      .start = 0x0000000000000000ULL, .end = 0x00007fffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_USER,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [1] = { /* noncanonical: hole caused by [48:63] sign extension */
      .start = 0x0000800000000000ULL, .end = 0xffff7fffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_NONCANONICAL,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [2] = { /* guard_hole: guard hole, reserved for hypervisor */
      .start = 0xffff800000000000ULL, .end = 0xffff87ffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_GUARD,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [3] = { /* direct_map: direct mapping of all phys. memory */
      .start = 0xffff880000000000ULL, .end = 0xffffc7ffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_DIRECT_MAP,
      .randomized = 1, .own_pgd = 0, .lazy_sync = 0 },
    [4] = { /* hole_direct_vmalloc: hole */
      .start = 0xffffc80000000000ULL, .end = 0xffffc8ffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [5] = { /* vmalloc: vmalloc/ioremap space */
      .start = 0xffffc90000000000ULL, .end = 0xffffe8ffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_VMALLOC,
      .randomized = 1, .own_pgd = 0, .lazy_sync = 1 },
    [6] = { /* hole_vmalloc_vmemmap: hole */
      .start = 0xffffe90000000000ULL, .end = 0xffffe9ffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [7] = { /* vmemmap: virtual memory map (1TB) */
      .start = 0xffffea0000000000ULL, .end = 0xffffeaffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_VMEMMAP,
      .randomized = 1, .own_pgd = 0, .lazy_sync = 0 },
    [8] = { /* hole_vmemmap_kasan: unused hole */
      .start = 0xffffeb0000000000ULL, .end = 0xffffebffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [9] = { /* kasan_shadow: kasan shadow memory (16TB) */
      .start = 0xffffec0000000000ULL, .end = 0xfffffbffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_KASAN,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [10] = { /* hole_kasan_espfix: unused hole */
      .start = 0xfffffc0000000000ULL, .end = 0xfffffeffffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [11] = { /* espfix: %esp fixup stacks */
      .start = 0xffffff0000000000ULL, .end = 0xffffff7fffffffffULL,
      .align = 0x0000008000000000ULL, .kind = MM_KIND_ESPFIX,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [12] = { /* hole_espfix_efi: unused hole */
      .start = 0xffffff8000000000ULL, .end = 0xffffffeeffffffffULL,
      .align = 0x0000000040000000ULL, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [13] = { /* efi: EFI region mapping space */
      .start = 0xffffffef00000000ULL, .end = 0xfffffffeffffffffULL,
      .align = 0x0000000040000000ULL, .kind = MM_KIND_EFI,
      .randomized = 0, .own_pgd = 1, .lazy_sync = 0 },
    [14] = { /* hole_efi_text: unused hole */
      .start = 0xffffffff00000000ULL, .end = 0xffffffff7fffffffULL,
      .align = 0x0000000040000000ULL, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [15] = { /* kernel_text: kernel text mapping, from phys 0 */
      .start = 0xffffffff80000000ULL, .end = 0xffffffff9fffffffULL,
      .align = 0x0000000000200000ULL, .kind = MM_KIND_KERNEL_TEXT,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [16] = { /* modules: module mapping space */
      .start = 0xffffffffa0000000ULL, .end = 0xffffffffff5fffffULL,
      .align = 0x0000000000200000ULL, .kind = MM_KIND_MODULES,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [17] = { /* vsyscalls: vsyscalls */
      .start = 0xffffffffff600000ULL, .end = 0xffffffffffdfffffULL,
      .align = 0x0000000000200000ULL, .kind = MM_KIND_VSYSCALL,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [18] = { /* hole_top: unused hole */
      .start = 0xffffffffffe00000ULL, .end = 0xffffffffffffffffULL,
      .align = 0x0000000000200000ULL, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
  },
};

static const char *const mmspec_profile_linux_4_8_4level_names[MMSPEC_PROFILE_LINUX_4_8_4LEVEL_NREGIONS] = {
  "user",
  "noncanonical",
  "guard_hole",
  "direct_map",
  "hole_direct_vmalloc",
  "vmalloc",
  "hole_vmalloc_vmemmap",
  "vmemmap",
  "hole_vmemmap_kasan",
  "kasan_shadow",
  "hole_kasan_espfix",
  "espfix",
  "hole_espfix_efi",
  "efi",
  "hole_efi_text",
  "kernel_text",
  "modules",
  "vsyscalls",
  "hole_top",
};

#endif
