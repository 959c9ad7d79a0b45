/* generated from spec/profiles/linux-4.15-4level.layout by mmspec 0.1.0 — do not edit */
/* profile linux-4.15-4level: Linux 4.15-4.19 x86-64, 4-level paging, PTI (mm.txt) */
#ifndef MMSPEC_LAYOUT_LINUX_4_15_4LEVEL_H
#define MMSPEC_LAYOUT_LINUX_4_15_4LEVEL_H

/*
 * The layout: 23 regions, va-bits 48, 4-level paging. END is inclusive.
 *
 *   start                end                 size               kind         name
 *   0x0000000000000000 - 0x00007fffffffffff  128 TB = 2^47      user         user
 *   0x0000800000000000 - 0xffff7fffffffffff  16776960 TB        noncanonical noncanonical
 *   0xffff800000000000 - 0xffff87ffffffffff  8 TB = 2^43        guard        guard_hole
 *   0xffff880000000000 - 0xffffc7ffffffffff  64 TB = 2^46       direct-map   direct_map
 *   0xffffc80000000000 - 0xffffc8ffffffffff  1 TB = 2^40        hole         hole_direct_vmalloc
 *   0xffffc90000000000 - 0xffffe8ffffffffff  32 TB = 2^45       vmalloc      vmalloc
 *   0xffffe90000000000 - 0xffffe9ffffffffff  1 TB = 2^40        hole         hole_vmalloc_vmemmap
 *   0xffffea0000000000 - 0xffffeaffffffffff  1 TB = 2^40        vmemmap      vmemmap
 *   0xffffeb0000000000 - 0xffffebffffffffff  1 TB = 2^40        hole         hole_vmemmap_kasan
 *   0xffffec0000000000 - 0xfffffbffffffffff  16 TB = 2^44       kasan        kasan_shadow
 *   0xfffffc0000000000 - 0xfffffdffffffffff  2 TB = 2^41        hole         hole_kasan_cea
 *   0xfffffe0000000000 - 0xfffffe7fffffffff  512 GB = 2^39      cpu-entry    cpu_entry_area
 *   0xfffffe8000000000 - 0xfffffeffffffffff  512 GB = 2^39      ldt-remap    ldt_remap
 *   0xffffff0000000000 - 0xffffff7fffffffff  512 GB = 2^39      espfix       espfix
 *   0xffffff8000000000 - 0xffffffeeffffffff  444 GB             hole         hole_espfix_efi
 *   0xffffffef00000000 - 0xfffffffeffffffff  64 GB = 2^36       efi          efi
 *   0xffffffff00000000 - 0xffffffff7fffffff  2 GB = 2^31        hole         hole_efi_text
 *   0xffffffff80000000 - 0xffffffff9fffffff  512 MB = 2^29      kernel-text  kernel_text
 *   0xffffffffa0000000 - 0xfffffffffeffffff  1520 MB            modules      modules
 *   0xffffffffff000000 - 0xffffffffff5fffff  6 MB               fixmap       fixmap
 *   0xffffffffff600000 - 0xffffffffff600fff  4 KB = 2^12        vsyscall     vsyscall
 *   0xffffffffff601000 - 0xffffffffffdfffff  8188 KB            hole         hole_vsyscall_top
 *   0xffffffffffe00000 - 0xffffffffffffffff  2 MB = 2^21        hole         hole_top
 */

/* MMSPEC_AC(X, ULL): X with the suffix ULL in C and C++, and bare in
 * assembly (__ASSEMBLY__ or __ASSEMBLER__) and in linker scripts
 * (MMSPEC_LINKER_SCRIPT), whose syntax has no integer suffixes. ISO C90 and
 * C++98 have no long long: there it is UL, 64 bits on x86-64 (LP64). */
#if defined(__ASSEMBLY__) || defined(__ASSEMBLER__) || defined(MMSPEC_LINKER_SCRIPT)
#define MMSPEC_AC(X, Y) X
#elif (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || \
    (defined(__cplusplus) && __cplusplus >= 201103L)
#define MMSPEC__AC(X, Y) X##Y
#define MMSPEC_AC(X, Y) MMSPEC__AC(X, Y)
#else
#define MMSPEC__AC(X, Y) X##UL
#define MMSPEC_AC(X, Y) MMSPEC__AC(X, Y)
#endif

/* parameters */
#define MMSPEC_VA_BITS                       48
#define MMSPEC_LEVELS                        4
#define MMSPEC_PA_BITS                       46
#define MMSPEC_NREGIONS                      23
#define MMSPEC_PAGE_OFFSET                   MMSPEC_AC(0xffff880000000000, ULL)
#define MMSPEC_PHYS_LIMIT                    MMSPEC_AC(0x0000400000000000, ULL)
#define MMSPEC_CANONICAL_LOW_LIMIT           MMSPEC_AC(0x0000800000000000, ULL)
#define MMSPEC_CANONICAL_HIGH_BASE           MMSPEC_AC(0xffff800000000000, ULL)

/* paging levels */
#define MMSPEC_PTE_SHIFT                     12
#define MMSPEC_PTE_SIZE                      MMSPEC_AC(0x0000000000001000, ULL)
#define MMSPEC_PTE_MASK                      MMSPEC_AC(0xfffffffffffff000, ULL)
#define MMSPEC_PMD_SHIFT                     21
#define MMSPEC_PMD_SIZE                      MMSPEC_AC(0x0000000000200000, ULL)
#define MMSPEC_PMD_MASK                      MMSPEC_AC(0xffffffffffe00000, ULL)
#define MMSPEC_PUD_SHIFT                     30
#define MMSPEC_PUD_SIZE                      MMSPEC_AC(0x0000000040000000, ULL)
#define MMSPEC_PUD_MASK                      MMSPEC_AC(0xffffffffc0000000, ULL)
#define MMSPEC_PGD_SHIFT                     39
#define MMSPEC_PGD_SIZE                      MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_PGD_MASK                      MMSPEC_AC(0xffffff8000000000, ULL)

/* regions */
/* user: user space, different per mm */
#define MMSPEC_USER_START                    MMSPEC_AC(0x0000000000000000, ULL)
#define MMSPEC_USER_END                      MMSPEC_AC(0x00007fffffffffff, ULL)
#define MMSPEC_USER_SIZE                     MMSPEC_AC(0x0000800000000000, ULL)
#define MMSPEC_USER_ALIGN                    MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_USER_PGD_SLOT                 0
/* noncanonical: hole caused by [47:63] sign extension */
#define MMSPEC_NONCANONICAL_START            MMSPEC_AC(0x0000800000000000, ULL)
#define MMSPEC_NONCANONICAL_END              MMSPEC_AC(0xffff7fffffffffff, ULL)
#define MMSPEC_NONCANONICAL_SIZE             MMSPEC_AC(0xffff000000000000, ULL)
#define MMSPEC_NONCANONICAL_ALIGN            MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_NONCANONICAL_PGD_SLOT         256
/* guard_hole: guard hole, reserved for hypervisor */
#define MMSPEC_GUARD_HOLE_START              MMSPEC_AC(0xffff800000000000, ULL)
#define MMSPEC_GUARD_HOLE_END                MMSPEC_AC(0xffff87ffffffffff, ULL)
#define MMSPEC_GUARD_HOLE_SIZE               MMSPEC_AC(0x0000080000000000, ULL)
#define MMSPEC_GUARD_HOLE_ALIGN              MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_GUARD_HOLE_PGD_SLOT           256
/* direct_map: direct mapping of all phys. memory */
#define MMSPEC_DIRECT_MAP_START              MMSPEC_AC(0xffff880000000000, ULL)
#define MMSPEC_DIRECT_MAP_END                MMSPEC_AC(0xffffc7ffffffffff, ULL)
#define MMSPEC_DIRECT_MAP_SIZE               MMSPEC_AC(0x0000400000000000, ULL)
#define MMSPEC_DIRECT_MAP_ALIGN              MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_DIRECT_MAP_PGD_SLOT           272
/* hole_direct_vmalloc: hole */
#define MMSPEC_HOLE_DIRECT_VMALLOC_START     MMSPEC_AC(0xffffc80000000000, ULL)
#define MMSPEC_HOLE_DIRECT_VMALLOC_END       MMSPEC_AC(0xffffc8ffffffffff, ULL)
#define MMSPEC_HOLE_DIRECT_VMALLOC_SIZE      MMSPEC_AC(0x0000010000000000, ULL)
#define MMSPEC_HOLE_DIRECT_VMALLOC_ALIGN     MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_HOLE_DIRECT_VMALLOC_PGD_SLOT  400
/* vmalloc: vmalloc/ioremap space */
#define MMSPEC_VMALLOC_START                 MMSPEC_AC(0xffffc90000000000, ULL)
#define MMSPEC_VMALLOC_END                   MMSPEC_AC(0xffffe8ffffffffff, ULL)
#define MMSPEC_VMALLOC_SIZE                  MMSPEC_AC(0x0000200000000000, ULL)
#define MMSPEC_VMALLOC_ALIGN                 MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_VMALLOC_PGD_SLOT              402
/* hole_vmalloc_vmemmap: hole */
#define MMSPEC_HOLE_VMALLOC_VMEMMAP_START    MMSPEC_AC(0xffffe90000000000, ULL)
#define MMSPEC_HOLE_VMALLOC_VMEMMAP_END      MMSPEC_AC(0xffffe9ffffffffff, ULL)
#define MMSPEC_HOLE_VMALLOC_VMEMMAP_SIZE     MMSPEC_AC(0x0000010000000000, ULL)
#define MMSPEC_HOLE_VMALLOC_VMEMMAP_ALIGN    MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_HOLE_VMALLOC_VMEMMAP_PGD_SLOT 466
/* vmemmap: virtual memory map (1TB) */
#define MMSPEC_VMEMMAP_START                 MMSPEC_AC(0xffffea0000000000, ULL)
#define MMSPEC_VMEMMAP_END                   MMSPEC_AC(0xffffeaffffffffff, ULL)
#define MMSPEC_VMEMMAP_SIZE                  MMSPEC_AC(0x0000010000000000, ULL)
#define MMSPEC_VMEMMAP_ALIGN                 MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_VMEMMAP_PGD_SLOT              468
/* hole_vmemmap_kasan: unused hole */
#define MMSPEC_HOLE_VMEMMAP_KASAN_START      MMSPEC_AC(0xffffeb0000000000, ULL)
#define MMSPEC_HOLE_VMEMMAP_KASAN_END        MMSPEC_AC(0xffffebffffffffff, ULL)
#define MMSPEC_HOLE_VMEMMAP_KASAN_SIZE       MMSPEC_AC(0x0000010000000000, ULL)
#define MMSPEC_HOLE_VMEMMAP_KASAN_ALIGN      MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_HOLE_VMEMMAP_KASAN_PGD_SLOT   470
/* kasan_shadow: kasan shadow memory (16TB) */
#define MMSPEC_KASAN_SHADOW_START            MMSPEC_AC(0xffffec0000000000, ULL)
#define MMSPEC_KASAN_SHADOW_END              MMSPEC_AC(0xfffffbffffffffff, ULL)
#define MMSPEC_KASAN_SHADOW_SIZE             MMSPEC_AC(0x0000100000000000, ULL)
#define MMSPEC_KASAN_SHADOW_ALIGN            MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_KASAN_SHADOW_PGD_SLOT         472
/* hole_kasan_cea: unused hole */
#define MMSPEC_HOLE_KASAN_CEA_START          MMSPEC_AC(0xfffffc0000000000, ULL)
#define MMSPEC_HOLE_KASAN_CEA_END            MMSPEC_AC(0xfffffdffffffffff, ULL)
#define MMSPEC_HOLE_KASAN_CEA_SIZE           MMSPEC_AC(0x0000020000000000, ULL)
#define MMSPEC_HOLE_KASAN_CEA_ALIGN          MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_HOLE_KASAN_CEA_PGD_SLOT       504
/* cpu_entry_area: cpu_entry_area mapping */
#define MMSPEC_CPU_ENTRY_AREA_START          MMSPEC_AC(0xfffffe0000000000, ULL)
#define MMSPEC_CPU_ENTRY_AREA_END            MMSPEC_AC(0xfffffe7fffffffff, ULL)
#define MMSPEC_CPU_ENTRY_AREA_SIZE           MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_CPU_ENTRY_AREA_ALIGN          MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_CPU_ENTRY_AREA_PGD_SLOT       508
/* ldt_remap: LDT remap for PTI */
#define MMSPEC_LDT_REMAP_START               MMSPEC_AC(0xfffffe8000000000, ULL)
#define MMSPEC_LDT_REMAP_END                 MMSPEC_AC(0xfffffeffffffffff, ULL)
#define MMSPEC_LDT_REMAP_SIZE                MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_LDT_REMAP_ALIGN               MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_LDT_REMAP_PGD_SLOT            509
/* espfix: %esp fixup stacks */
#define MMSPEC_ESPFIX_START                  MMSPEC_AC(0xffffff0000000000, ULL)
#define MMSPEC_ESPFIX_END                    MMSPEC_AC(0xffffff7fffffffff, ULL)
#define MMSPEC_ESPFIX_SIZE                   MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_ESPFIX_ALIGN                  MMSPEC_AC(0x0000008000000000, ULL)
#define MMSPEC_ESPFIX_PGD_SLOT               510
/* hole_espfix_efi: unused hole */
#define MMSPEC_HOLE_ESPFIX_EFI_START         MMSPEC_AC(0xffffff8000000000, ULL)
#define MMSPEC_HOLE_ESPFIX_EFI_END           MMSPEC_AC(0xffffffeeffffffff, ULL)
#define MMSPEC_HOLE_ESPFIX_EFI_SIZE          MMSPEC_AC(0x0000006f00000000, ULL)
#define MMSPEC_HOLE_ESPFIX_EFI_ALIGN         MMSPEC_AC(0x0000000040000000, ULL)
#define MMSPEC_HOLE_ESPFIX_EFI_PGD_SLOT      511
/* efi: EFI region mapping space */
#define MMSPEC_EFI_START                     MMSPEC_AC(0xffffffef00000000, ULL)
#define MMSPEC_EFI_END                       MMSPEC_AC(0xfffffffeffffffff, ULL)
#define MMSPEC_EFI_SIZE                      MMSPEC_AC(0x0000001000000000, ULL)
#define MMSPEC_EFI_ALIGN                     MMSPEC_AC(0x0000000040000000, ULL)
#define MMSPEC_EFI_PGD_SLOT                  511
/* hole_efi_text: unused hole */
#define MMSPEC_HOLE_EFI_TEXT_START           MMSPEC_AC(0xffffffff00000000, ULL)
#define MMSPEC_HOLE_EFI_TEXT_END             MMSPEC_AC(0xffffffff7fffffff, ULL)
#define MMSPEC_HOLE_EFI_TEXT_SIZE            MMSPEC_AC(0x0000000080000000, ULL)
#define MMSPEC_HOLE_EFI_TEXT_ALIGN           MMSPEC_AC(0x0000000040000000, ULL)
#define MMSPEC_HOLE_EFI_TEXT_PGD_SLOT        511
/* kernel_text: kernel text mapping, from phys 0 */
#define MMSPEC_KERNEL_TEXT_START             MMSPEC_AC(0xffffffff80000000, ULL)
#define MMSPEC_KERNEL_TEXT_END               MMSPEC_AC(0xffffffff9fffffff, ULL)
#define MMSPEC_KERNEL_TEXT_SIZE              MMSPEC_AC(0x0000000020000000, ULL)
#define MMSPEC_KERNEL_TEXT_ALIGN             MMSPEC_AC(0x0000000000200000, ULL)
#define MMSPEC_KERNEL_TEXT_PGD_SLOT          511
/* modules: module mapping space */
#define MMSPEC_MODULES_START                 MMSPEC_AC(0xffffffffa0000000, ULL)
#define MMSPEC_MODULES_END                   MMSPEC_AC(0xfffffffffeffffff, ULL)
#define MMSPEC_MODULES_SIZE                  MMSPEC_AC(0x000000005f000000, ULL)
#define MMSPEC_MODULES_ALIGN                 MMSPEC_AC(0x0000000000200000, ULL)
#define MMSPEC_MODULES_PGD_SLOT              511
/* fixmap: kernel-internal fixmap range */
#define MMSPEC_FIXMAP_START                  MMSPEC_AC(0xffffffffff000000, ULL)
#define MMSPEC_FIXMAP_END                    MMSPEC_AC(0xffffffffff5fffff, ULL)
#define MMSPEC_FIXMAP_SIZE                   MMSPEC_AC(0x0000000000600000, ULL)
#define MMSPEC_FIXMAP_ALIGN                  MMSPEC_AC(0x0000000000200000, ULL)
#define MMSPEC_FIXMAP_PGD_SLOT               511
/* vsyscall: legacy vsyscall ABI */
#define MMSPEC_VSYSCALL_START                MMSPEC_AC(0xffffffffff600000, ULL)
#define MMSPEC_VSYSCALL_END                  MMSPEC_AC(0xffffffffff600fff, ULL)
#define MMSPEC_VSYSCALL_SIZE                 MMSPEC_AC(0x0000000000001000, ULL)
#define MMSPEC_VSYSCALL_ALIGN                MMSPEC_AC(0x0000000000001000, ULL)
#define MMSPEC_VSYSCALL_PGD_SLOT             511
/* hole_vsyscall_top: unused hole (undocumented in mm.txt) */
#define MMSPEC_HOLE_VSYSCALL_TOP_START       MMSPEC_AC(0xffffffffff601000, ULL)
#define MMSPEC_HOLE_VSYSCALL_TOP_END         MMSPEC_AC(0xffffffffffdfffff, ULL)
#define MMSPEC_HOLE_VSYSCALL_TOP_SIZE        MMSPEC_AC(0x00000000007ff000, ULL)
#define MMSPEC_HOLE_VSYSCALL_TOP_ALIGN       MMSPEC_AC(0x0000000000001000, ULL)
#define MMSPEC_HOLE_VSYSCALL_TOP_PGD_SLOT    511
/* hole_top: unused hole */
#define MMSPEC_HOLE_TOP_START                MMSPEC_AC(0xffffffffffe00000, ULL)
#define MMSPEC_HOLE_TOP_END                  MMSPEC_AC(0xffffffffffffffff, ULL)
#define MMSPEC_HOLE_TOP_SIZE                 MMSPEC_AC(0x0000000000200000, ULL)
#define MMSPEC_HOLE_TOP_ALIGN                MMSPEC_AC(0x0000000000200000, ULL)
#define MMSPEC_HOLE_TOP_PGD_SLOT             511

/* The facts of the layout, checked by the compiler: C11 _Static_assert,
 * C++11 static_assert, or else a typedef of an array whose size is -1 when
 * the fact is false. Not in assembly or linker scripts. */
#if !defined(__ASSEMBLY__) && !defined(__ASSEMBLER__) && !defined(MMSPEC_LINKER_SCRIPT)
#if defined(__cplusplus) && __cplusplus >= 201103L
#define MMSPEC_STATIC_ASSERT(ID, E, MSG) static_assert(E, MSG)
#elif !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define MMSPEC_STATIC_ASSERT(ID, E, MSG) _Static_assert(E, MSG)
#else
#define MMSPEC_STATIC_ASSERT(ID, E, MSG) typedef char mmspec_assert_##ID[(E) ? 1 : -1]
/* MMSPEC_AC uses UL here: unsigned long must have 64 bits. */
MMSPEC_STATIC_ASSERT(ulong_64, (~0UL >> 31 >> 31) == 3UL, "unsigned long has 64 bits");
#endif
MMSPEC_STATIC_ASSERT(range_0,
    MMSPEC_USER_START <= MMSPEC_USER_END,
    "user: start <= end");
MMSPEC_STATIC_ASSERT(size_0,
    MMSPEC_USER_SIZE == MMSPEC_USER_END - MMSPEC_USER_START + 1,
    "user: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_0,
    MMSPEC_USER_START % MMSPEC_USER_ALIGN == 0 && MMSPEC_USER_END % MMSPEC_USER_ALIGN == MMSPEC_USER_ALIGN - 1,
    "user: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_0,
    MMSPEC_USER_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_USER_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "user: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_0,
    MMSPEC_USER_PGD_SLOT == MMSPEC_USER_START / MMSPEC_PGD_SIZE % 512,
    "user: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_1,
    MMSPEC_NONCANONICAL_START <= MMSPEC_NONCANONICAL_END,
    "noncanonical: start <= end");
MMSPEC_STATIC_ASSERT(size_1,
    MMSPEC_NONCANONICAL_SIZE == MMSPEC_NONCANONICAL_END - MMSPEC_NONCANONICAL_START + 1,
    "noncanonical: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_1,
    MMSPEC_NONCANONICAL_START % MMSPEC_NONCANONICAL_ALIGN == 0 && MMSPEC_NONCANONICAL_END % MMSPEC_NONCANONICAL_ALIGN == MMSPEC_NONCANONICAL_ALIGN - 1,
    "noncanonical: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_1,
    MMSPEC_NONCANONICAL_START == MMSPEC_CANONICAL_LOW_LIMIT && MMSPEC_NONCANONICAL_END == MMSPEC_CANONICAL_HIGH_BASE - 1,
    "noncanonical: exactly the non-canonical hole");
MMSPEC_STATIC_ASSERT(slot_1,
    MMSPEC_NONCANONICAL_PGD_SLOT == MMSPEC_NONCANONICAL_START / MMSPEC_PGD_SIZE % 512,
    "noncanonical: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_2,
    MMSPEC_GUARD_HOLE_START <= MMSPEC_GUARD_HOLE_END,
    "guard_hole: start <= end");
MMSPEC_STATIC_ASSERT(size_2,
    MMSPEC_GUARD_HOLE_SIZE == MMSPEC_GUARD_HOLE_END - MMSPEC_GUARD_HOLE_START + 1,
    "guard_hole: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_2,
    MMSPEC_GUARD_HOLE_START % MMSPEC_GUARD_HOLE_ALIGN == 0 && MMSPEC_GUARD_HOLE_END % MMSPEC_GUARD_HOLE_ALIGN == MMSPEC_GUARD_HOLE_ALIGN - 1,
    "guard_hole: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_2,
    MMSPEC_GUARD_HOLE_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_GUARD_HOLE_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "guard_hole: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_2,
    MMSPEC_GUARD_HOLE_PGD_SLOT == MMSPEC_GUARD_HOLE_START / MMSPEC_PGD_SIZE % 512,
    "guard_hole: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_3,
    MMSPEC_DIRECT_MAP_START <= MMSPEC_DIRECT_MAP_END,
    "direct_map: start <= end");
MMSPEC_STATIC_ASSERT(size_3,
    MMSPEC_DIRECT_MAP_SIZE == MMSPEC_DIRECT_MAP_END - MMSPEC_DIRECT_MAP_START + 1,
    "direct_map: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_3,
    MMSPEC_DIRECT_MAP_START % MMSPEC_DIRECT_MAP_ALIGN == 0 && MMSPEC_DIRECT_MAP_END % MMSPEC_DIRECT_MAP_ALIGN == MMSPEC_DIRECT_MAP_ALIGN - 1,
    "direct_map: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_3,
    MMSPEC_DIRECT_MAP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_DIRECT_MAP_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "direct_map: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_3,
    MMSPEC_DIRECT_MAP_PGD_SLOT == MMSPEC_DIRECT_MAP_START / MMSPEC_PGD_SIZE % 512,
    "direct_map: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_4,
    MMSPEC_HOLE_DIRECT_VMALLOC_START <= MMSPEC_HOLE_DIRECT_VMALLOC_END,
    "hole_direct_vmalloc: start <= end");
MMSPEC_STATIC_ASSERT(size_4,
    MMSPEC_HOLE_DIRECT_VMALLOC_SIZE == MMSPEC_HOLE_DIRECT_VMALLOC_END - MMSPEC_HOLE_DIRECT_VMALLOC_START + 1,
    "hole_direct_vmalloc: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_4,
    MMSPEC_HOLE_DIRECT_VMALLOC_START % MMSPEC_HOLE_DIRECT_VMALLOC_ALIGN == 0 && MMSPEC_HOLE_DIRECT_VMALLOC_END % MMSPEC_HOLE_DIRECT_VMALLOC_ALIGN == MMSPEC_HOLE_DIRECT_VMALLOC_ALIGN - 1,
    "hole_direct_vmalloc: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_4,
    MMSPEC_HOLE_DIRECT_VMALLOC_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_DIRECT_VMALLOC_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "hole_direct_vmalloc: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_4,
    MMSPEC_HOLE_DIRECT_VMALLOC_PGD_SLOT == MMSPEC_HOLE_DIRECT_VMALLOC_START / MMSPEC_PGD_SIZE % 512,
    "hole_direct_vmalloc: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_5,
    MMSPEC_VMALLOC_START <= MMSPEC_VMALLOC_END,
    "vmalloc: start <= end");
MMSPEC_STATIC_ASSERT(size_5,
    MMSPEC_VMALLOC_SIZE == MMSPEC_VMALLOC_END - MMSPEC_VMALLOC_START + 1,
    "vmalloc: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_5,
    MMSPEC_VMALLOC_START % MMSPEC_VMALLOC_ALIGN == 0 && MMSPEC_VMALLOC_END % MMSPEC_VMALLOC_ALIGN == MMSPEC_VMALLOC_ALIGN - 1,
    "vmalloc: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_5,
    MMSPEC_VMALLOC_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_VMALLOC_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "vmalloc: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_5,
    MMSPEC_VMALLOC_PGD_SLOT == MMSPEC_VMALLOC_START / MMSPEC_PGD_SIZE % 512,
    "vmalloc: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_6,
    MMSPEC_HOLE_VMALLOC_VMEMMAP_START <= MMSPEC_HOLE_VMALLOC_VMEMMAP_END,
    "hole_vmalloc_vmemmap: start <= end");
MMSPEC_STATIC_ASSERT(size_6,
    MMSPEC_HOLE_VMALLOC_VMEMMAP_SIZE == MMSPEC_HOLE_VMALLOC_VMEMMAP_END - MMSPEC_HOLE_VMALLOC_VMEMMAP_START + 1,
    "hole_vmalloc_vmemmap: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_6,
    MMSPEC_HOLE_VMALLOC_VMEMMAP_START % MMSPEC_HOLE_VMALLOC_VMEMMAP_ALIGN == 0 && MMSPEC_HOLE_VMALLOC_VMEMMAP_END % MMSPEC_HOLE_VMALLOC_VMEMMAP_ALIGN == MMSPEC_HOLE_VMALLOC_VMEMMAP_ALIGN - 1,
    "hole_vmalloc_vmemmap: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_6,
    MMSPEC_HOLE_VMALLOC_VMEMMAP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_VMALLOC_VMEMMAP_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "hole_vmalloc_vmemmap: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_6,
    MMSPEC_HOLE_VMALLOC_VMEMMAP_PGD_SLOT == MMSPEC_HOLE_VMALLOC_VMEMMAP_START / MMSPEC_PGD_SIZE % 512,
    "hole_vmalloc_vmemmap: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_7,
    MMSPEC_VMEMMAP_START <= MMSPEC_VMEMMAP_END,
    "vmemmap: start <= end");
MMSPEC_STATIC_ASSERT(size_7,
    MMSPEC_VMEMMAP_SIZE == MMSPEC_VMEMMAP_END - MMSPEC_VMEMMAP_START + 1,
    "vmemmap: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_7,
    MMSPEC_VMEMMAP_START % MMSPEC_VMEMMAP_ALIGN == 0 && MMSPEC_VMEMMAP_END % MMSPEC_VMEMMAP_ALIGN == MMSPEC_VMEMMAP_ALIGN - 1,
    "vmemmap: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_7,
    MMSPEC_VMEMMAP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_VMEMMAP_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "vmemmap: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_7,
    MMSPEC_VMEMMAP_PGD_SLOT == MMSPEC_VMEMMAP_START / MMSPEC_PGD_SIZE % 512,
    "vmemmap: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_8,
    MMSPEC_HOLE_VMEMMAP_KASAN_START <= MMSPEC_HOLE_VMEMMAP_KASAN_END,
    "hole_vmemmap_kasan: start <= end");
MMSPEC_STATIC_ASSERT(size_8,
    MMSPEC_HOLE_VMEMMAP_KASAN_SIZE == MMSPEC_HOLE_VMEMMAP_KASAN_END - MMSPEC_HOLE_VMEMMAP_KASAN_START + 1,
    "hole_vmemmap_kasan: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_8,
    MMSPEC_HOLE_VMEMMAP_KASAN_START % MMSPEC_HOLE_VMEMMAP_KASAN_ALIGN == 0 && MMSPEC_HOLE_VMEMMAP_KASAN_END % MMSPEC_HOLE_VMEMMAP_KASAN_ALIGN == MMSPEC_HOLE_VMEMMAP_KASAN_ALIGN - 1,
    "hole_vmemmap_kasan: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_8,
    MMSPEC_HOLE_VMEMMAP_KASAN_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_VMEMMAP_KASAN_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "hole_vmemmap_kasan: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_8,
    MMSPEC_HOLE_VMEMMAP_KASAN_PGD_SLOT == MMSPEC_HOLE_VMEMMAP_KASAN_START / MMSPEC_PGD_SIZE % 512,
    "hole_vmemmap_kasan: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_9,
    MMSPEC_KASAN_SHADOW_START <= MMSPEC_KASAN_SHADOW_END,
    "kasan_shadow: start <= end");
MMSPEC_STATIC_ASSERT(size_9,
    MMSPEC_KASAN_SHADOW_SIZE == MMSPEC_KASAN_SHADOW_END - MMSPEC_KASAN_SHADOW_START + 1,
    "kasan_shadow: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_9,
    MMSPEC_KASAN_SHADOW_START % MMSPEC_KASAN_SHADOW_ALIGN == 0 && MMSPEC_KASAN_SHADOW_END % MMSPEC_KASAN_SHADOW_ALIGN == MMSPEC_KASAN_SHADOW_ALIGN - 1,
    "kasan_shadow: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_9,
    MMSPEC_KASAN_SHADOW_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_KASAN_SHADOW_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "kasan_shadow: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_9,
    MMSPEC_KASAN_SHADOW_PGD_SLOT == MMSPEC_KASAN_SHADOW_START / MMSPEC_PGD_SIZE % 512,
    "kasan_shadow: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_10,
    MMSPEC_HOLE_KASAN_CEA_START <= MMSPEC_HOLE_KASAN_CEA_END,
    "hole_kasan_cea: start <= end");
MMSPEC_STATIC_ASSERT(size_10,
    MMSPEC_HOLE_KASAN_CEA_SIZE == MMSPEC_HOLE_KASAN_CEA_END - MMSPEC_HOLE_KASAN_CEA_START + 1,
    "hole_kasan_cea: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_10,
    MMSPEC_HOLE_KASAN_CEA_START % MMSPEC_HOLE_KASAN_CEA_ALIGN == 0 && MMSPEC_HOLE_KASAN_CEA_END % MMSPEC_HOLE_KASAN_CEA_ALIGN == MMSPEC_HOLE_KASAN_CEA_ALIGN - 1,
    "hole_kasan_cea: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_10,
    MMSPEC_HOLE_KASAN_CEA_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_KASAN_CEA_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "hole_kasan_cea: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_10,
    MMSPEC_HOLE_KASAN_CEA_PGD_SLOT == MMSPEC_HOLE_KASAN_CEA_START / MMSPEC_PGD_SIZE % 512,
    "hole_kasan_cea: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_11,
    MMSPEC_CPU_ENTRY_AREA_START <= MMSPEC_CPU_ENTRY_AREA_END,
    "cpu_entry_area: start <= end");
MMSPEC_STATIC_ASSERT(size_11,
    MMSPEC_CPU_ENTRY_AREA_SIZE == MMSPEC_CPU_ENTRY_AREA_END - MMSPEC_CPU_ENTRY_AREA_START + 1,
    "cpu_entry_area: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_11,
    MMSPEC_CPU_ENTRY_AREA_START % MMSPEC_CPU_ENTRY_AREA_ALIGN == 0 && MMSPEC_CPU_ENTRY_AREA_END % MMSPEC_CPU_ENTRY_AREA_ALIGN == MMSPEC_CPU_ENTRY_AREA_ALIGN - 1,
    "cpu_entry_area: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_11,
    MMSPEC_CPU_ENTRY_AREA_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_CPU_ENTRY_AREA_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "cpu_entry_area: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_11,
    MMSPEC_CPU_ENTRY_AREA_PGD_SLOT == MMSPEC_CPU_ENTRY_AREA_START / MMSPEC_PGD_SIZE % 512,
    "cpu_entry_area: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_12,
    MMSPEC_LDT_REMAP_START <= MMSPEC_LDT_REMAP_END,
    "ldt_remap: start <= end");
MMSPEC_STATIC_ASSERT(size_12,
    MMSPEC_LDT_REMAP_SIZE == MMSPEC_LDT_REMAP_END - MMSPEC_LDT_REMAP_START + 1,
    "ldt_remap: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_12,
    MMSPEC_LDT_REMAP_START % MMSPEC_LDT_REMAP_ALIGN == 0 && MMSPEC_LDT_REMAP_END % MMSPEC_LDT_REMAP_ALIGN == MMSPEC_LDT_REMAP_ALIGN - 1,
    "ldt_remap: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_12,
    MMSPEC_LDT_REMAP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_LDT_REMAP_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "ldt_remap: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_12,
    MMSPEC_LDT_REMAP_PGD_SLOT == MMSPEC_LDT_REMAP_START / MMSPEC_PGD_SIZE % 512,
    "ldt_remap: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_13,
    MMSPEC_ESPFIX_START <= MMSPEC_ESPFIX_END,
    "espfix: start <= end");
MMSPEC_STATIC_ASSERT(size_13,
    MMSPEC_ESPFIX_SIZE == MMSPEC_ESPFIX_END - MMSPEC_ESPFIX_START + 1,
    "espfix: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_13,
    MMSPEC_ESPFIX_START % MMSPEC_ESPFIX_ALIGN == 0 && MMSPEC_ESPFIX_END % MMSPEC_ESPFIX_ALIGN == MMSPEC_ESPFIX_ALIGN - 1,
    "espfix: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_13,
    MMSPEC_ESPFIX_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_ESPFIX_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "espfix: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_13,
    MMSPEC_ESPFIX_PGD_SLOT == MMSPEC_ESPFIX_START / MMSPEC_PGD_SIZE % 512,
    "espfix: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_14,
    MMSPEC_HOLE_ESPFIX_EFI_START <= MMSPEC_HOLE_ESPFIX_EFI_END,
    "hole_espfix_efi: start <= end");
MMSPEC_STATIC_ASSERT(size_14,
    MMSPEC_HOLE_ESPFIX_EFI_SIZE == MMSPEC_HOLE_ESPFIX_EFI_END - MMSPEC_HOLE_ESPFIX_EFI_START + 1,
    "hole_espfix_efi: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_14,
    MMSPEC_HOLE_ESPFIX_EFI_START % MMSPEC_HOLE_ESPFIX_EFI_ALIGN == 0 && MMSPEC_HOLE_ESPFIX_EFI_END % MMSPEC_HOLE_ESPFIX_EFI_ALIGN == MMSPEC_HOLE_ESPFIX_EFI_ALIGN - 1,
    "hole_espfix_efi: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_14,
    MMSPEC_HOLE_ESPFIX_EFI_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_ESPFIX_EFI_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "hole_espfix_efi: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_14,
    MMSPEC_HOLE_ESPFIX_EFI_PGD_SLOT == MMSPEC_HOLE_ESPFIX_EFI_START / MMSPEC_PGD_SIZE % 512,
    "hole_espfix_efi: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_15,
    MMSPEC_EFI_START <= MMSPEC_EFI_END,
    "efi: start <= end");
MMSPEC_STATIC_ASSERT(size_15,
    MMSPEC_EFI_SIZE == MMSPEC_EFI_END - MMSPEC_EFI_START + 1,
    "efi: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_15,
    MMSPEC_EFI_START % MMSPEC_EFI_ALIGN == 0 && MMSPEC_EFI_END % MMSPEC_EFI_ALIGN == MMSPEC_EFI_ALIGN - 1,
    "efi: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_15,
    MMSPEC_EFI_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_EFI_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "efi: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_15,
    MMSPEC_EFI_PGD_SLOT == MMSPEC_EFI_START / MMSPEC_PGD_SIZE % 512,
    "efi: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_16,
    MMSPEC_HOLE_EFI_TEXT_START <= MMSPEC_HOLE_EFI_TEXT_END,
    "hole_efi_text: start <= end");
MMSPEC_STATIC_ASSERT(size_16,
    MMSPEC_HOLE_EFI_TEXT_SIZE == MMSPEC_HOLE_EFI_TEXT_END - MMSPEC_HOLE_EFI_TEXT_START + 1,
    "hole_efi_text: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_16,
    MMSPEC_HOLE_EFI_TEXT_START % MMSPEC_HOLE_EFI_TEXT_ALIGN == 0 && MMSPEC_HOLE_EFI_TEXT_END % MMSPEC_HOLE_EFI_TEXT_ALIGN == MMSPEC_HOLE_EFI_TEXT_ALIGN - 1,
    "hole_efi_text: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_16,
    MMSPEC_HOLE_EFI_TEXT_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_EFI_TEXT_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "hole_efi_text: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_16,
    MMSPEC_HOLE_EFI_TEXT_PGD_SLOT == MMSPEC_HOLE_EFI_TEXT_START / MMSPEC_PGD_SIZE % 512,
    "hole_efi_text: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_17,
    MMSPEC_KERNEL_TEXT_START <= MMSPEC_KERNEL_TEXT_END,
    "kernel_text: start <= end");
MMSPEC_STATIC_ASSERT(size_17,
    MMSPEC_KERNEL_TEXT_SIZE == MMSPEC_KERNEL_TEXT_END - MMSPEC_KERNEL_TEXT_START + 1,
    "kernel_text: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_17,
    MMSPEC_KERNEL_TEXT_START % MMSPEC_KERNEL_TEXT_ALIGN == 0 && MMSPEC_KERNEL_TEXT_END % MMSPEC_KERNEL_TEXT_ALIGN == MMSPEC_KERNEL_TEXT_ALIGN - 1,
    "kernel_text: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_17,
    MMSPEC_KERNEL_TEXT_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_KERNEL_TEXT_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "kernel_text: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_17,
    MMSPEC_KERNEL_TEXT_PGD_SLOT == MMSPEC_KERNEL_TEXT_START / MMSPEC_PGD_SIZE % 512,
    "kernel_text: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_18,
    MMSPEC_MODULES_START <= MMSPEC_MODULES_END,
    "modules: start <= end");
MMSPEC_STATIC_ASSERT(size_18,
    MMSPEC_MODULES_SIZE == MMSPEC_MODULES_END - MMSPEC_MODULES_START + 1,
    "modules: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_18,
    MMSPEC_MODULES_START % MMSPEC_MODULES_ALIGN == 0 && MMSPEC_MODULES_END % MMSPEC_MODULES_ALIGN == MMSPEC_MODULES_ALIGN - 1,
    "modules: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_18,
    MMSPEC_MODULES_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_MODULES_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "modules: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_18,
    MMSPEC_MODULES_PGD_SLOT == MMSPEC_MODULES_START / MMSPEC_PGD_SIZE % 512,
    "modules: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_19,
    MMSPEC_FIXMAP_START <= MMSPEC_FIXMAP_END,
    "fixmap: start <= end");
MMSPEC_STATIC_ASSERT(size_19,
    MMSPEC_FIXMAP_SIZE == MMSPEC_FIXMAP_END - MMSPEC_FIXMAP_START + 1,
    "fixmap: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_19,
    MMSPEC_FIXMAP_START % MMSPEC_FIXMAP_ALIGN == 0 && MMSPEC_FIXMAP_END % MMSPEC_FIXMAP_ALIGN == MMSPEC_FIXMAP_ALIGN - 1,
    "fixmap: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_19,
    MMSPEC_FIXMAP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_FIXMAP_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "fixmap: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_19,
    MMSPEC_FIXMAP_PGD_SLOT == MMSPEC_FIXMAP_START / MMSPEC_PGD_SIZE % 512,
    "fixmap: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_20,
    MMSPEC_VSYSCALL_START <= MMSPEC_VSYSCALL_END,
    "vsyscall: start <= end");
MMSPEC_STATIC_ASSERT(size_20,
    MMSPEC_VSYSCALL_SIZE == MMSPEC_VSYSCALL_END - MMSPEC_VSYSCALL_START + 1,
    "vsyscall: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_20,
    MMSPEC_VSYSCALL_START % MMSPEC_VSYSCALL_ALIGN == 0 && MMSPEC_VSYSCALL_END % MMSPEC_VSYSCALL_ALIGN == MMSPEC_VSYSCALL_ALIGN - 1,
    "vsyscall: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_20,
    MMSPEC_VSYSCALL_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_VSYSCALL_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "vsyscall: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_20,
    MMSPEC_VSYSCALL_PGD_SLOT == MMSPEC_VSYSCALL_START / MMSPEC_PGD_SIZE % 512,
    "vsyscall: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_21,
    MMSPEC_HOLE_VSYSCALL_TOP_START <= MMSPEC_HOLE_VSYSCALL_TOP_END,
    "hole_vsyscall_top: start <= end");
MMSPEC_STATIC_ASSERT(size_21,
    MMSPEC_HOLE_VSYSCALL_TOP_SIZE == MMSPEC_HOLE_VSYSCALL_TOP_END - MMSPEC_HOLE_VSYSCALL_TOP_START + 1,
    "hole_vsyscall_top: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_21,
    MMSPEC_HOLE_VSYSCALL_TOP_START % MMSPEC_HOLE_VSYSCALL_TOP_ALIGN == 0 && MMSPEC_HOLE_VSYSCALL_TOP_END % MMSPEC_HOLE_VSYSCALL_TOP_ALIGN == MMSPEC_HOLE_VSYSCALL_TOP_ALIGN - 1,
    "hole_vsyscall_top: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_21,
    MMSPEC_HOLE_VSYSCALL_TOP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_VSYSCALL_TOP_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "hole_vsyscall_top: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_21,
    MMSPEC_HOLE_VSYSCALL_TOP_PGD_SLOT == MMSPEC_HOLE_VSYSCALL_TOP_START / MMSPEC_PGD_SIZE % 512,
    "hole_vsyscall_top: top-level slot of its start");
MMSPEC_STATIC_ASSERT(range_22,
    MMSPEC_HOLE_TOP_START <= MMSPEC_HOLE_TOP_END,
    "hole_top: start <= end");
MMSPEC_STATIC_ASSERT(size_22,
    MMSPEC_HOLE_TOP_SIZE == MMSPEC_HOLE_TOP_END - MMSPEC_HOLE_TOP_START + 1,
    "hole_top: size == end - start + 1");
MMSPEC_STATIC_ASSERT(align_22,
    MMSPEC_HOLE_TOP_START % MMSPEC_HOLE_TOP_ALIGN == 0 && MMSPEC_HOLE_TOP_END % MMSPEC_HOLE_TOP_ALIGN == MMSPEC_HOLE_TOP_ALIGN - 1,
    "hole_top: start and end + 1 aligned");
MMSPEC_STATIC_ASSERT(canonical_22,
    MMSPEC_HOLE_TOP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_TOP_START >= MMSPEC_CANONICAL_HIGH_BASE,
    "hole_top: wholly in one canonical half");
MMSPEC_STATIC_ASSERT(slot_22,
    MMSPEC_HOLE_TOP_PGD_SLOT == MMSPEC_HOLE_TOP_START / MMSPEC_PGD_SIZE % 512,
    "hole_top: top-level slot of its start");
MMSPEC_STATIC_ASSERT(first_0,
    MMSPEC_USER_START == 0,
    "user: the first region starts at 0");
MMSPEC_STATIC_ASSERT(disjoint_1,
    MMSPEC_USER_END < MMSPEC_NONCANONICAL_START,
    "user and noncanonical are disjoint");
MMSPEC_STATIC_ASSERT(order_1,
    MMSPEC_USER_END < MMSPEC_NONCANONICAL_START && MMSPEC_NONCANONICAL_START - MMSPEC_USER_END == 1,
    "noncanonical starts right after user");
MMSPEC_STATIC_ASSERT(disjoint_2,
    MMSPEC_NONCANONICAL_END < MMSPEC_GUARD_HOLE_START,
    "noncanonical and guard_hole are disjoint");
MMSPEC_STATIC_ASSERT(order_2,
    MMSPEC_NONCANONICAL_END < MMSPEC_GUARD_HOLE_START && MMSPEC_GUARD_HOLE_START - MMSPEC_NONCANONICAL_END == 1,
    "guard_hole starts right after noncanonical");
MMSPEC_STATIC_ASSERT(disjoint_3,
    MMSPEC_GUARD_HOLE_END < MMSPEC_DIRECT_MAP_START,
    "guard_hole and direct_map are disjoint");
MMSPEC_STATIC_ASSERT(order_3,
    MMSPEC_GUARD_HOLE_END < MMSPEC_DIRECT_MAP_START && MMSPEC_DIRECT_MAP_START - MMSPEC_GUARD_HOLE_END == 1,
    "direct_map starts right after guard_hole");
MMSPEC_STATIC_ASSERT(disjoint_4,
    MMSPEC_DIRECT_MAP_END < MMSPEC_HOLE_DIRECT_VMALLOC_START,
    "direct_map and hole_direct_vmalloc are disjoint");
MMSPEC_STATIC_ASSERT(order_4,
    MMSPEC_DIRECT_MAP_END < MMSPEC_HOLE_DIRECT_VMALLOC_START && MMSPEC_HOLE_DIRECT_VMALLOC_START - MMSPEC_DIRECT_MAP_END == 1,
    "hole_direct_vmalloc starts right after direct_map");
MMSPEC_STATIC_ASSERT(disjoint_5,
    MMSPEC_HOLE_DIRECT_VMALLOC_END < MMSPEC_VMALLOC_START,
    "hole_direct_vmalloc and vmalloc are disjoint");
MMSPEC_STATIC_ASSERT(order_5,
    MMSPEC_HOLE_DIRECT_VMALLOC_END < MMSPEC_VMALLOC_START && MMSPEC_VMALLOC_START - MMSPEC_HOLE_DIRECT_VMALLOC_END == 1,
    "vmalloc starts right after hole_direct_vmalloc");
MMSPEC_STATIC_ASSERT(disjoint_6,
    MMSPEC_VMALLOC_END < MMSPEC_HOLE_VMALLOC_VMEMMAP_START,
    "vmalloc and hole_vmalloc_vmemmap are disjoint");
MMSPEC_STATIC_ASSERT(order_6,
    MMSPEC_VMALLOC_END < MMSPEC_HOLE_VMALLOC_VMEMMAP_START && MMSPEC_HOLE_VMALLOC_VMEMMAP_START - MMSPEC_VMALLOC_END == 1,
    "hole_vmalloc_vmemmap starts right after vmalloc");
MMSPEC_STATIC_ASSERT(disjoint_7,
    MMSPEC_HOLE_VMALLOC_VMEMMAP_END < MMSPEC_VMEMMAP_START,
    "hole_vmalloc_vmemmap and vmemmap are disjoint");
MMSPEC_STATIC_ASSERT(order_7,
    MMSPEC_HOLE_VMALLOC_VMEMMAP_END < MMSPEC_VMEMMAP_START && MMSPEC_VMEMMAP_START - MMSPEC_HOLE_VMALLOC_VMEMMAP_END == 1,
    "vmemmap starts right after hole_vmalloc_vmemmap");
MMSPEC_STATIC_ASSERT(disjoint_8,
    MMSPEC_VMEMMAP_END < MMSPEC_HOLE_VMEMMAP_KASAN_START,
    "vmemmap and hole_vmemmap_kasan are disjoint");
MMSPEC_STATIC_ASSERT(order_8,
    MMSPEC_VMEMMAP_END < MMSPEC_HOLE_VMEMMAP_KASAN_START && MMSPEC_HOLE_VMEMMAP_KASAN_START - MMSPEC_VMEMMAP_END == 1,
    "hole_vmemmap_kasan starts right after vmemmap");
MMSPEC_STATIC_ASSERT(disjoint_9,
    MMSPEC_HOLE_VMEMMAP_KASAN_END < MMSPEC_KASAN_SHADOW_START,
    "hole_vmemmap_kasan and kasan_shadow are disjoint");
MMSPEC_STATIC_ASSERT(order_9,
    MMSPEC_HOLE_VMEMMAP_KASAN_END < MMSPEC_KASAN_SHADOW_START && MMSPEC_KASAN_SHADOW_START - MMSPEC_HOLE_VMEMMAP_KASAN_END == 1,
    "kasan_shadow starts right after hole_vmemmap_kasan");
MMSPEC_STATIC_ASSERT(disjoint_10,
    MMSPEC_KASAN_SHADOW_END < MMSPEC_HOLE_KASAN_CEA_START,
    "kasan_shadow and hole_kasan_cea are disjoint");
MMSPEC_STATIC_ASSERT(order_10,
    MMSPEC_KASAN_SHADOW_END < MMSPEC_HOLE_KASAN_CEA_START && MMSPEC_HOLE_KASAN_CEA_START - MMSPEC_KASAN_SHADOW_END == 1,
    "hole_kasan_cea starts right after kasan_shadow");
MMSPEC_STATIC_ASSERT(disjoint_11,
    MMSPEC_HOLE_KASAN_CEA_END < MMSPEC_CPU_ENTRY_AREA_START,
    "hole_kasan_cea and cpu_entry_area are disjoint");
MMSPEC_STATIC_ASSERT(order_11,
    MMSPEC_HOLE_KASAN_CEA_END < MMSPEC_CPU_ENTRY_AREA_START && MMSPEC_CPU_ENTRY_AREA_START - MMSPEC_HOLE_KASAN_CEA_END == 1,
    "cpu_entry_area starts right after hole_kasan_cea");
MMSPEC_STATIC_ASSERT(disjoint_12,
    MMSPEC_CPU_ENTRY_AREA_END < MMSPEC_LDT_REMAP_START,
    "cpu_entry_area and ldt_remap are disjoint");
MMSPEC_STATIC_ASSERT(order_12,
    MMSPEC_CPU_ENTRY_AREA_END < MMSPEC_LDT_REMAP_START && MMSPEC_LDT_REMAP_START - MMSPEC_CPU_ENTRY_AREA_END == 1,
    "ldt_remap starts right after cpu_entry_area");
MMSPEC_STATIC_ASSERT(disjoint_13,
    MMSPEC_LDT_REMAP_END < MMSPEC_ESPFIX_START,
    "ldt_remap and espfix are disjoint");
MMSPEC_STATIC_ASSERT(order_13,
    MMSPEC_LDT_REMAP_END < MMSPEC_ESPFIX_START && MMSPEC_ESPFIX_START - MMSPEC_LDT_REMAP_END == 1,
    "espfix starts right after ldt_remap");
MMSPEC_STATIC_ASSERT(disjoint_14,
    MMSPEC_ESPFIX_END < MMSPEC_HOLE_ESPFIX_EFI_START,
    "espfix and hole_espfix_efi are disjoint");
MMSPEC_STATIC_ASSERT(order_14,
    MMSPEC_ESPFIX_END < MMSPEC_HOLE_ESPFIX_EFI_START && MMSPEC_HOLE_ESPFIX_EFI_START - MMSPEC_ESPFIX_END == 1,
    "hole_espfix_efi starts right after espfix");
MMSPEC_STATIC_ASSERT(disjoint_15,
    MMSPEC_HOLE_ESPFIX_EFI_END < MMSPEC_EFI_START,
    "hole_espfix_efi and efi are disjoint");
MMSPEC_STATIC_ASSERT(order_15,
    MMSPEC_HOLE_ESPFIX_EFI_END < MMSPEC_EFI_START && MMSPEC_EFI_START - MMSPEC_HOLE_ESPFIX_EFI_END == 1,
    "efi starts right after hole_espfix_efi");
MMSPEC_STATIC_ASSERT(disjoint_16,
    MMSPEC_EFI_END < MMSPEC_HOLE_EFI_TEXT_START,
    "efi and hole_efi_text are disjoint");
MMSPEC_STATIC_ASSERT(order_16,
    MMSPEC_EFI_END < MMSPEC_HOLE_EFI_TEXT_START && MMSPEC_HOLE_EFI_TEXT_START - MMSPEC_EFI_END == 1,
    "hole_efi_text starts right after efi");
MMSPEC_STATIC_ASSERT(disjoint_17,
    MMSPEC_HOLE_EFI_TEXT_END < MMSPEC_KERNEL_TEXT_START,
    "hole_efi_text and kernel_text are disjoint");
MMSPEC_STATIC_ASSERT(order_17,
    MMSPEC_HOLE_EFI_TEXT_END < MMSPEC_KERNEL_TEXT_START && MMSPEC_KERNEL_TEXT_START - MMSPEC_HOLE_EFI_TEXT_END == 1,
    "kernel_text starts right after hole_efi_text");
MMSPEC_STATIC_ASSERT(disjoint_18,
    MMSPEC_KERNEL_TEXT_END < MMSPEC_MODULES_START,
    "kernel_text and modules are disjoint");
MMSPEC_STATIC_ASSERT(order_18,
    MMSPEC_KERNEL_TEXT_END < MMSPEC_MODULES_START && MMSPEC_MODULES_START - MMSPEC_KERNEL_TEXT_END == 1,
    "modules starts right after kernel_text");
MMSPEC_STATIC_ASSERT(disjoint_19,
    MMSPEC_MODULES_END < MMSPEC_FIXMAP_START,
    "modules and fixmap are disjoint");
MMSPEC_STATIC_ASSERT(order_19,
    MMSPEC_MODULES_END < MMSPEC_FIXMAP_START && MMSPEC_FIXMAP_START - MMSPEC_MODULES_END == 1,
    "fixmap starts right after modules");
MMSPEC_STATIC_ASSERT(disjoint_20,
    MMSPEC_FIXMAP_END < MMSPEC_VSYSCALL_START,
    "fixmap and vsyscall are disjoint");
MMSPEC_STATIC_ASSERT(order_20,
    MMSPEC_FIXMAP_END < MMSPEC_VSYSCALL_START && MMSPEC_VSYSCALL_START - MMSPEC_FIXMAP_END == 1,
    "vsyscall starts right after fixmap");
MMSPEC_STATIC_ASSERT(disjoint_21,
    MMSPEC_VSYSCALL_END < MMSPEC_HOLE_VSYSCALL_TOP_START,
    "vsyscall and hole_vsyscall_top are disjoint");
MMSPEC_STATIC_ASSERT(order_21,
    MMSPEC_VSYSCALL_END < MMSPEC_HOLE_VSYSCALL_TOP_START && MMSPEC_HOLE_VSYSCALL_TOP_START - MMSPEC_VSYSCALL_END == 1,
    "hole_vsyscall_top starts right after vsyscall");
MMSPEC_STATIC_ASSERT(disjoint_22,
    MMSPEC_HOLE_VSYSCALL_TOP_END < MMSPEC_HOLE_TOP_START,
    "hole_vsyscall_top and hole_top are disjoint");
MMSPEC_STATIC_ASSERT(order_22,
    MMSPEC_HOLE_VSYSCALL_TOP_END < MMSPEC_HOLE_TOP_START && MMSPEC_HOLE_TOP_START - MMSPEC_HOLE_VSYSCALL_TOP_END == 1,
    "hole_top starts right after hole_vsyscall_top");
MMSPEC_STATIC_ASSERT(last_22,
    MMSPEC_HOLE_TOP_END == MMSPEC_AC(0xffffffffffffffff, ULL),
    "hole_top: the last region ends at 2^64 - 1");
MMSPEC_STATIC_ASSERT(dm_base_3,
    MMSPEC_DIRECT_MAP_START == MMSPEC_PAGE_OFFSET,
    "direct_map: the direct map starts at page-offset");
MMSPEC_STATIC_ASSERT(dm_size_3,
    MMSPEC_DIRECT_MAP_SIZE >= MMSPEC_PHYS_LIMIT,
    "direct_map: the direct map covers 2^pa-bits bytes");
#endif /* C or C++ */

#endif
