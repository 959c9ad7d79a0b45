/* generated from spec/profiles/linux-4.20-5level.layout by mmspec 0.1.0 — do not edit */
/* Linux 4.20+ x86-64, 5-level paging (mm.rst) */
#ifndef MMSPEC_PROFILE_LINUX_4_20_5LEVEL_H
#define MMSPEC_PROFILE_LINUX_4_20_5LEVEL_H

#include "mm_types.h"
#include "layout_linux-4.20-5level.h" /* the `c` format of the same profile */

#define MMSPEC_PROFILE_LINUX_4_20_5LEVEL_NREGIONS 24u

static const struct mm_layout mmspec_profile_linux_4_20_5level = {
  .va_bits = MMSPEC_VA_BITS, /* 57 */
  .levels = MMSPEC_LEVELS, /* 5 */
  .pa_bits = MMSPEC_PA_BITS, /* 52 */
  .nregions = MMSPEC_PROFILE_LINUX_4_20_5LEVEL_NREGIONS,
  .page_offset = MMSPEC_PAGE_OFFSET, /* 0xff11000000000000 */
  .region = {
    [0] = { /* user: user-space virtual memory, different per mm */
      .start = MMSPEC_USER_START, /* 0x0000000000000000 */
      .end = MMSPEC_USER_END, /* 0x00ffffffffffffff */
      .align = MMSPEC_USER_ALIGN, .kind = MM_KIND_USER,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [1] = { /* noncanonical: huge, still almost 64 bits wide hole of non-canonical virtual memory addresses */
      .start = MMSPEC_NONCANONICAL_START, /* 0x0100000000000000 */
      .end = MMSPEC_NONCANONICAL_END, /* 0xfeffffffffffffff */
      .align = MMSPEC_NONCANONICAL_ALIGN, .kind = MM_KIND_NONCANONICAL,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [2] = { /* guard_hole: guard hole, also reserved for hypervisor */
      .start = MMSPEC_GUARD_HOLE_START, /* 0xff00000000000000 */
      .end = MMSPEC_GUARD_HOLE_END, /* 0xff0fffffffffffff */
      .align = MMSPEC_GUARD_HOLE_ALIGN, .kind = MM_KIND_GUARD,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [3] = { /* ldt_remap: LDT remap for PTI */
      .start = MMSPEC_LDT_REMAP_START, /* 0xff10000000000000 */
      .end = MMSPEC_LDT_REMAP_END, /* 0xff10ffffffffffff */
      .align = MMSPEC_LDT_REMAP_ALIGN, .kind = MM_KIND_LDT_REMAP,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [4] = { /* direct_map: direct mapping of all physical memory (page_offset_base) */
      .start = MMSPEC_DIRECT_MAP_START, /* 0xff11000000000000 */
      .end = MMSPEC_DIRECT_MAP_END, /* 0xff90ffffffffffff */
      .align = MMSPEC_DIRECT_MAP_ALIGN, .kind = MM_KIND_DIRECT_MAP,
      .randomized = 1, .own_pgd = 0, .lazy_sync = 0 },
    [5] = { /* hole_direct_vmalloc: unused hole */
      .start = MMSPEC_HOLE_DIRECT_VMALLOC_START, /* 0xff91000000000000 */
      .end = MMSPEC_HOLE_DIRECT_VMALLOC_END, /* 0xff9fffffffffffff */
      .align = MMSPEC_HOLE_DIRECT_VMALLOC_ALIGN, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [6] = { /* vmalloc: vmalloc/ioremap space (vmalloc_base) */
      .start = MMSPEC_VMALLOC_START, /* 0xffa0000000000000 */
      .end = MMSPEC_VMALLOC_END, /* 0xffd1ffffffffffff */
      .align = MMSPEC_VMALLOC_ALIGN, .kind = MM_KIND_VMALLOC,
      .randomized = 1, .own_pgd = 0, .lazy_sync = 0 },
    [7] = { /* hole_vmalloc_vmemmap: unused hole */
      .start = MMSPEC_HOLE_VMALLOC_VMEMMAP_START, /* 0xffd2000000000000 */
      .end = MMSPEC_HOLE_VMALLOC_VMEMMAP_END, /* 0xffd3ffffffffffff */
      .align = MMSPEC_HOLE_VMALLOC_VMEMMAP_ALIGN, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [8] = { /* vmemmap: virtual memory map (vmemmap_base) */
      .start = MMSPEC_VMEMMAP_START, /* 0xffd4000000000000 */
      .end = MMSPEC_VMEMMAP_END, /* 0xffd5ffffffffffff */
      .align = MMSPEC_VMEMMAP_ALIGN, .kind = MM_KIND_VMEMMAP,
      .randomized = 1, .own_pgd = 0, .lazy_sync = 0 },
    [9] = { /* hole_vmemmap_kasan: unused hole */
      .start = MMSPEC_HOLE_VMEMMAP_KASAN_START, /* 0xffd6000000000000 */
      .end = MMSPEC_HOLE_VMEMMAP_KASAN_END, /* 0xffdeffffffffffff */
      .align = MMSPEC_HOLE_VMEMMAP_KASAN_ALIGN, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [10] = { /* kasan_shadow: KASAN shadow memory */
      .start = MMSPEC_KASAN_SHADOW_START, /* 0xffdf000000000000 */
      .end = MMSPEC_KASAN_SHADOW_END, /* 0xfffffbffffffffff */
      .align = MMSPEC_KASAN_SHADOW_ALIGN, .kind = MM_KIND_KASAN,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [11] = { /* hole_kasan_cea: unused hole */
      .start = MMSPEC_HOLE_KASAN_CEA_START, /* 0xfffffc0000000000 */
      .end = MMSPEC_HOLE_KASAN_CEA_END, /* 0xfffffdffffffffff */
      .align = MMSPEC_HOLE_KASAN_CEA_ALIGN, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [12] = { /* cpu_entry_area: cpu_entry_area mapping */
      .start = MMSPEC_CPU_ENTRY_AREA_START, /* 0xfffffe0000000000 */
      .end = MMSPEC_CPU_ENTRY_AREA_END, /* 0xfffffe7fffffffff */
      .align = MMSPEC_CPU_ENTRY_AREA_ALIGN, .kind = MM_KIND_CPU_ENTRY,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [13] = { /* hole_cea_espfix: unused hole */
      .start = MMSPEC_HOLE_CEA_ESPFIX_START, /* 0xfffffe8000000000 */
      .end = MMSPEC_HOLE_CEA_ESPFIX_END, /* 0xfffffeffffffffff */
      .align = MMSPEC_HOLE_CEA_ESPFIX_ALIGN, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [14] = { /* espfix: %esp fixup stacks */
      .start = MMSPEC_ESPFIX_START, /* 0xffffff0000000000 */
      .end = MMSPEC_ESPFIX_END, /* 0xffffff7fffffffff */
      .align = MMSPEC_ESPFIX_ALIGN, .kind = MM_KIND_ESPFIX,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [15] = { /* hole_espfix_efi: unused hole */
      .start = MMSPEC_HOLE_ESPFIX_EFI_START, /* 0xffffff8000000000 */
      .end = MMSPEC_HOLE_ESPFIX_EFI_END, /* 0xffffffeeffffffff */
      .align = MMSPEC_HOLE_ESPFIX_EFI_ALIGN, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [16] = { /* efi: EFI region mapping space */
      .start = MMSPEC_EFI_START, /* 0xffffffef00000000 */
      .end = MMSPEC_EFI_END, /* 0xfffffffeffffffff */
      .align = MMSPEC_EFI_ALIGN, .kind = MM_KIND_EFI,
      .randomized = 0, .own_pgd = 1, .lazy_sync = 0 },
    [17] = { /* hole_efi_text: unused hole */
      .start = MMSPEC_HOLE_EFI_TEXT_START, /* 0xffffffff00000000 */
      .end = MMSPEC_HOLE_EFI_TEXT_END, /* 0xffffffff7fffffff */
      .align = MMSPEC_HOLE_EFI_TEXT_ALIGN, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [18] = { /* kernel_text: kernel text mapping, mapped to physical address 0 */
      .start = MMSPEC_KERNEL_TEXT_START, /* 0xffffffff80000000 */
      .end = MMSPEC_KERNEL_TEXT_END, /* 0xffffffff9fffffff */
      .align = MMSPEC_KERNEL_TEXT_ALIGN, .kind = MM_KIND_KERNEL_TEXT,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [19] = { /* modules: module mapping space */
      .start = MMSPEC_MODULES_START, /* 0xffffffffa0000000 */
      .end = MMSPEC_MODULES_END, /* 0xfffffffffeffffff */
      .align = MMSPEC_MODULES_ALIGN, .kind = MM_KIND_MODULES,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [20] = { /* fixmap: kernel-internal fixmap range, variable size and offset */
      .start = MMSPEC_FIXMAP_START, /* 0xffffffffff000000 */
      .end = MMSPEC_FIXMAP_END, /* 0xffffffffff5fffff */
      .align = MMSPEC_FIXMAP_ALIGN, .kind = MM_KIND_FIXMAP,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [21] = { /* vsyscall: legacy vsyscall ABI */
      .start = MMSPEC_VSYSCALL_START, /* 0xffffffffff600000 */
      .end = MMSPEC_VSYSCALL_END, /* 0xffffffffff600fff */
      .align = MMSPEC_VSYSCALL_ALIGN, .kind = MM_KIND_VSYSCALL,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [22] = { /* hole_vsyscall_top: unused hole (undocumented in mm.rst) */
      .start = MMSPEC_HOLE_VSYSCALL_TOP_START, /* 0xffffffffff601000 */
      .end = MMSPEC_HOLE_VSYSCALL_TOP_END, /* 0xffffffffffdfffff */
      .align = MMSPEC_HOLE_VSYSCALL_TOP_ALIGN, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
    [23] = { /* hole_top: unused hole */
      .start = MMSPEC_HOLE_TOP_START, /* 0xffffffffffe00000 */
      .end = MMSPEC_HOLE_TOP_END, /* 0xffffffffffffffff */
      .align = MMSPEC_HOLE_TOP_ALIGN, .kind = MM_KIND_HOLE,
      .randomized = 0, .own_pgd = 0, .lazy_sync = 0 },
  },
};

static const char *const mmspec_profile_linux_4_20_5level_names[MMSPEC_PROFILE_LINUX_4_20_5LEVEL_NREGIONS] = {
  "user",
  "noncanonical",
  "guard_hole",
  "ldt_remap",
  "direct_map",
  "hole_direct_vmalloc",
  "vmalloc",
  "hole_vmalloc_vmemmap",
  "vmemmap",
  "hole_vmemmap_kasan",
  "kasan_shadow",
  "hole_kasan_cea",
  "cpu_entry_area",
  "hole_cea_espfix",
  "espfix",
  "hole_espfix_efi",
  "efi",
  "hole_efi_text",
  "kernel_text",
  "modules",
  "fixmap",
  "vsyscall",
  "hole_vsyscall_top",
  "hole_top",
};

#endif
