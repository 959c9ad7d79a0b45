// generated from spec/profiles/linux-4.20-4level.layout by mmspec 0.1.0 — do not edit
// profile linux-4.20-4level: Linux 4.20+ x86-64, 4-level paging (mm.rst)
// Every region is START..=END (END inclusive); SIZE = END - START + 1.

// parameters
pub const MMSPEC_VA_BITS: u64 = 48;
pub const MMSPEC_LEVELS: u64 = 4;
pub const MMSPEC_PA_BITS: u64 = 46;
pub const MMSPEC_NREGIONS: u64 = 24;
pub const MMSPEC_PAGE_OFFSET: u64 = 0xffff888000000000;
pub const MMSPEC_PHYS_LIMIT: u64 = 0x0000400000000000;
pub const MMSPEC_CANONICAL_LOW_LIMIT: u64 = 0x0000800000000000;
pub const MMSPEC_CANONICAL_HIGH_BASE: u64 = 0xffff800000000000;

// paging levels
pub const MMSPEC_PTE_SHIFT: u64 = 12;
pub const MMSPEC_PTE_SIZE: u64 = 0x0000000000001000;
pub const MMSPEC_PTE_MASK: u64 = 0xfffffffffffff000;
pub const MMSPEC_PMD_SHIFT: u64 = 21;
pub const MMSPEC_PMD_SIZE: u64 = 0x0000000000200000;
pub const MMSPEC_PMD_MASK: u64 = 0xffffffffffe00000;
pub const MMSPEC_PUD_SHIFT: u64 = 30;
pub const MMSPEC_PUD_SIZE: u64 = 0x0000000040000000;
pub const MMSPEC_PUD_MASK: u64 = 0xffffffffc0000000;
pub const MMSPEC_PGD_SHIFT: u64 = 39;
pub const MMSPEC_PGD_SIZE: u64 = 0x0000008000000000;
pub const MMSPEC_PGD_MASK: u64 = 0xffffff8000000000;

// regions
// user: user-space virtual memory, different per mm
pub const MMSPEC_USER_START: u64 = 0x0000000000000000;
pub const MMSPEC_USER_END: u64 = 0x00007fffffffffff;
pub const MMSPEC_USER_SIZE: u64 = 0x0000800000000000;
pub const MMSPEC_USER_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_USER_PGD_SLOT: u64 = 0;
// noncanonical: huge, almost 64 bits wide hole of non-canonical virtual memory addresses
pub const MMSPEC_NONCANONICAL_START: u64 = 0x0000800000000000;
pub const MMSPEC_NONCANONICAL_END: u64 = 0xffff7fffffffffff;
pub const MMSPEC_NONCANONICAL_SIZE: u64 = 0xffff000000000000;
pub const MMSPEC_NONCANONICAL_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_NONCANONICAL_PGD_SLOT: u64 = 256;
// guard_hole: guard hole, also reserved for hypervisor
pub const MMSPEC_GUARD_HOLE_START: u64 = 0xffff800000000000;
pub const MMSPEC_GUARD_HOLE_END: u64 = 0xffff87ffffffffff;
pub const MMSPEC_GUARD_HOLE_SIZE: u64 = 0x0000080000000000;
pub const MMSPEC_GUARD_HOLE_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_GUARD_HOLE_PGD_SLOT: u64 = 256;
// ldt_remap: LDT remap for PTI
pub const MMSPEC_LDT_REMAP_START: u64 = 0xffff880000000000;
pub const MMSPEC_LDT_REMAP_END: u64 = 0xffff887fffffffff;
pub const MMSPEC_LDT_REMAP_SIZE: u64 = 0x0000008000000000;
pub const MMSPEC_LDT_REMAP_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_LDT_REMAP_PGD_SLOT: u64 = 272;
// direct_map: direct mapping of all physical memory (page_offset_base)
pub const MMSPEC_DIRECT_MAP_START: u64 = 0xffff888000000000;
pub const MMSPEC_DIRECT_MAP_END: u64 = 0xffffc87fffffffff;
pub const MMSPEC_DIRECT_MAP_SIZE: u64 = 0x0000400000000000;
pub const MMSPEC_DIRECT_MAP_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_DIRECT_MAP_PGD_SLOT: u64 = 273;
// hole_direct_vmalloc: unused hole
pub const MMSPEC_HOLE_DIRECT_VMALLOC_START: u64 = 0xffffc88000000000;
pub const MMSPEC_HOLE_DIRECT_VMALLOC_END: u64 = 0xffffc8ffffffffff;
pub const MMSPEC_HOLE_DIRECT_VMALLOC_SIZE: u64 = 0x0000008000000000;
pub const MMSPEC_HOLE_DIRECT_VMALLOC_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_HOLE_DIRECT_VMALLOC_PGD_SLOT: u64 = 401;
// vmalloc: vmalloc/ioremap space (vmalloc_base)
pub const MMSPEC_VMALLOC_START: u64 = 0xffffc90000000000;
pub const MMSPEC_VMALLOC_END: u64 = 0xffffe8ffffffffff;
pub const MMSPEC_VMALLOC_SIZE: u64 = 0x0000200000000000;
pub const MMSPEC_VMALLOC_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_VMALLOC_PGD_SLOT: u64 = 402;
// hole_vmalloc_vmemmap: unused hole
pub const MMSPEC_HOLE_VMALLOC_VMEMMAP_START: u64 = 0xffffe90000000000;
pub const MMSPEC_HOLE_VMALLOC_VMEMMAP_END: u64 = 0xffffe9ffffffffff;
pub const MMSPEC_HOLE_VMALLOC_VMEMMAP_SIZE: u64 = 0x0000010000000000;
pub const MMSPEC_HOLE_VMALLOC_VMEMMAP_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_HOLE_VMALLOC_VMEMMAP_PGD_SLOT: u64 = 466;
// vmemmap: virtual memory map (vmemmap_base)
pub const MMSPEC_VMEMMAP_START: u64 = 0xffffea0000000000;
pub const MMSPEC_VMEMMAP_END: u64 = 0xffffeaffffffffff;
pub const MMSPEC_VMEMMAP_SIZE: u64 = 0x0000010000000000;
pub const MMSPEC_VMEMMAP_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_VMEMMAP_PGD_SLOT: u64 = 468;
// hole_vmemmap_kasan: unused hole
pub const MMSPEC_HOLE_VMEMMAP_KASAN_START: u64 = 0xffffeb0000000000;
pub const MMSPEC_HOLE_VMEMMAP_KASAN_END: u64 = 0xffffebffffffffff;
pub const MMSPEC_HOLE_VMEMMAP_KASAN_SIZE: u64 = 0x0000010000000000;
pub const MMSPEC_HOLE_VMEMMAP_KASAN_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_HOLE_VMEMMAP_KASAN_PGD_SLOT: u64 = 470;
// kasan_shadow: KASAN shadow memory
pub const MMSPEC_KASAN_SHADOW_START: u64 = 0xffffec0000000000;
pub const MMSPEC_KASAN_SHADOW_END: u64 = 0xfffffbffffffffff;
pub const MMSPEC_KASAN_SHADOW_SIZE: u64 = 0x0000100000000000;
pub const MMSPEC_KASAN_SHADOW_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_KASAN_SHADOW_PGD_SLOT: u64 = 472;
// hole_kasan_cea: unused hole
pub const MMSPEC_HOLE_KASAN_CEA_START: u64 = 0xfffffc0000000000;
pub const MMSPEC_HOLE_KASAN_CEA_END: u64 = 0xfffffdffffffffff;
pub const MMSPEC_HOLE_KASAN_CEA_SIZE: u64 = 0x0000020000000000;
pub const MMSPEC_HOLE_KASAN_CEA_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_HOLE_KASAN_CEA_PGD_SLOT: u64 = 504;
// cpu_entry_area: cpu_entry_area mapping
pub const MMSPEC_CPU_ENTRY_AREA_START: u64 = 0xfffffe0000000000;
pub const MMSPEC_CPU_ENTRY_AREA_END: u64 = 0xfffffe7fffffffff;
pub const MMSPEC_CPU_ENTRY_AREA_SIZE: u64 = 0x0000008000000000;
pub const MMSPEC_CPU_ENTRY_AREA_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_CPU_ENTRY_AREA_PGD_SLOT: u64 = 508;
// hole_cea_espfix: unused hole
pub const MMSPEC_HOLE_CEA_ESPFIX_START: u64 = 0xfffffe8000000000;
pub const MMSPEC_HOLE_CEA_ESPFIX_END: u64 = 0xfffffeffffffffff;
pub const MMSPEC_HOLE_CEA_ESPFIX_SIZE: u64 = 0x0000008000000000;
pub const MMSPEC_HOLE_CEA_ESPFIX_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_HOLE_CEA_ESPFIX_PGD_SLOT: u64 = 509;
// espfix: %esp fixup stacks
pub const MMSPEC_ESPFIX_START: u64 = 0xffffff0000000000;
pub const MMSPEC_ESPFIX_END: u64 = 0xffffff7fffffffff;
pub const MMSPEC_ESPFIX_SIZE: u64 = 0x0000008000000000;
pub const MMSPEC_ESPFIX_ALIGN: u64 = 0x0000008000000000;
pub const MMSPEC_ESPFIX_PGD_SLOT: u64 = 510;
// hole_espfix_efi: unused hole
pub const MMSPEC_HOLE_ESPFIX_EFI_START: u64 = 0xffffff8000000000;
pub const MMSPEC_HOLE_ESPFIX_EFI_END: u64 = 0xffffffeeffffffff;
pub const MMSPEC_HOLE_ESPFIX_EFI_SIZE: u64 = 0x0000006f00000000;
pub const MMSPEC_HOLE_ESPFIX_EFI_ALIGN: u64 = 0x0000000040000000;
pub const MMSPEC_HOLE_ESPFIX_EFI_PGD_SLOT: u64 = 511;
// efi: EFI region mapping space
pub const MMSPEC_EFI_START: u64 = 0xffffffef00000000;
pub const MMSPEC_EFI_END: u64 = 0xfffffffeffffffff;
pub const MMSPEC_EFI_SIZE: u64 = 0x0000001000000000;
pub const MMSPEC_EFI_ALIGN: u64 = 0x0000000040000000;
pub const MMSPEC_EFI_PGD_SLOT: u64 = 511;
// hole_efi_text: unused hole
pub const MMSPEC_HOLE_EFI_TEXT_START: u64 = 0xffffffff00000000;
pub const MMSPEC_HOLE_EFI_TEXT_END: u64 = 0xffffffff7fffffff;
pub const MMSPEC_HOLE_EFI_TEXT_SIZE: u64 = 0x0000000080000000;
pub const MMSPEC_HOLE_EFI_TEXT_ALIGN: u64 = 0x0000000040000000;
pub const MMSPEC_HOLE_EFI_TEXT_PGD_SLOT: u64 = 511;
// kernel_text: kernel text mapping, mapped to physical address 0
pub const MMSPEC_KERNEL_TEXT_START: u64 = 0xffffffff80000000;
pub const MMSPEC_KERNEL_TEXT_END: u64 = 0xffffffff9fffffff;
pub const MMSPEC_KERNEL_TEXT_SIZE: u64 = 0x0000000020000000;
pub const MMSPEC_KERNEL_TEXT_ALIGN: u64 = 0x0000000000200000;
pub const MMSPEC_KERNEL_TEXT_PGD_SLOT: u64 = 511;
// modules: module mapping space
pub const MMSPEC_MODULES_START: u64 = 0xffffffffa0000000;
pub const MMSPEC_MODULES_END: u64 = 0xfffffffffeffffff;
pub const MMSPEC_MODULES_SIZE: u64 = 0x000000005f000000;
pub const MMSPEC_MODULES_ALIGN: u64 = 0x0000000000200000;
pub const MMSPEC_MODULES_PGD_SLOT: u64 = 511;
// fixmap: kernel-internal fixmap range, variable size and offset
pub const MMSPEC_FIXMAP_START: u64 = 0xffffffffff000000;
pub const MMSPEC_FIXMAP_END: u64 = 0xffffffffff5fffff;
pub const MMSPEC_FIXMAP_SIZE: u64 = 0x0000000000600000;
pub const MMSPEC_FIXMAP_ALIGN: u64 = 0x0000000000200000;
pub const MMSPEC_FIXMAP_PGD_SLOT: u64 = 511;
// vsyscall: legacy vsyscall ABI
pub const MMSPEC_VSYSCALL_START: u64 = 0xffffffffff600000;
pub const MMSPEC_VSYSCALL_END: u64 = 0xffffffffff600fff;
pub const MMSPEC_VSYSCALL_SIZE: u64 = 0x0000000000001000;
pub const MMSPEC_VSYSCALL_ALIGN: u64 = 0x0000000000001000;
pub const MMSPEC_VSYSCALL_PGD_SLOT: u64 = 511;
// hole_vsyscall_top: unused hole (undocumented in mm.rst)
pub const MMSPEC_HOLE_VSYSCALL_TOP_START: u64 = 0xffffffffff601000;
pub const MMSPEC_HOLE_VSYSCALL_TOP_END: u64 = 0xffffffffffdfffff;
pub const MMSPEC_HOLE_VSYSCALL_TOP_SIZE: u64 = 0x00000000007ff000;
pub const MMSPEC_HOLE_VSYSCALL_TOP_ALIGN: u64 = 0x0000000000001000;
pub const MMSPEC_HOLE_VSYSCALL_TOP_PGD_SLOT: u64 = 511;
// hole_top: unused hole
pub const MMSPEC_HOLE_TOP_START: u64 = 0xffffffffffe00000;
pub const MMSPEC_HOLE_TOP_END: u64 = 0xffffffffffffffff;
pub const MMSPEC_HOLE_TOP_SIZE: u64 = 0x0000000000200000;
pub const MMSPEC_HOLE_TOP_ALIGN: u64 = 0x0000000000200000;
pub const MMSPEC_HOLE_TOP_PGD_SLOT: u64 = 511;

// The facts of the layout, checked at compile time.
const _: () = assert!(MMSPEC_USER_START <= MMSPEC_USER_END, "user: start <= end");
const _: () = assert!(MMSPEC_USER_SIZE == MMSPEC_USER_END - MMSPEC_USER_START + 1, "user: size == end - start + 1");
const _: () = assert!(MMSPEC_USER_START % MMSPEC_USER_ALIGN == 0 && MMSPEC_USER_END % MMSPEC_USER_ALIGN == MMSPEC_USER_ALIGN - 1, "user: start and end + 1 aligned");
const _: () = assert!(MMSPEC_USER_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_USER_START >= MMSPEC_CANONICAL_HIGH_BASE, "user: wholly in one canonical half");
const _: () = assert!(MMSPEC_USER_PGD_SLOT == MMSPEC_USER_START / MMSPEC_PGD_SIZE % 512, "user: top-level slot of its start");
const _: () = assert!(MMSPEC_NONCANONICAL_START <= MMSPEC_NONCANONICAL_END, "noncanonical: start <= end");
const _: () = assert!(MMSPEC_NONCANONICAL_SIZE == MMSPEC_NONCANONICAL_END - MMSPEC_NONCANONICAL_START + 1, "noncanonical: size == end - start + 1");
const _: () = assert!(MMSPEC_NONCANONICAL_START % MMSPEC_NONCANONICAL_ALIGN == 0 && MMSPEC_NONCANONICAL_END % MMSPEC_NONCANONICAL_ALIGN == MMSPEC_NONCANONICAL_ALIGN - 1, "noncanonical: start and end + 1 aligned");
const _: () = assert!(MMSPEC_NONCANONICAL_START == MMSPEC_CANONICAL_LOW_LIMIT && MMSPEC_NONCANONICAL_END == MMSPEC_CANONICAL_HIGH_BASE - 1, "noncanonical: exactly the non-canonical hole");
const _: () = assert!(MMSPEC_NONCANONICAL_PGD_SLOT == MMSPEC_NONCANONICAL_START / MMSPEC_PGD_SIZE % 512, "noncanonical: top-level slot of its start");
const _: () = assert!(MMSPEC_GUARD_HOLE_START <= MMSPEC_GUARD_HOLE_END, "guard_hole: start <= end");
const _: () = assert!(MMSPEC_GUARD_HOLE_SIZE == MMSPEC_GUARD_HOLE_END - MMSPEC_GUARD_HOLE_START + 1, "guard_hole: size == end - start + 1");
const _: () = assert!(MMSPEC_GUARD_HOLE_START % MMSPEC_GUARD_HOLE_ALIGN == 0 && MMSPEC_GUARD_HOLE_END % MMSPEC_GUARD_HOLE_ALIGN == MMSPEC_GUARD_HOLE_ALIGN - 1, "guard_hole: start and end + 1 aligned");
const _: () = assert!(MMSPEC_GUARD_HOLE_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_GUARD_HOLE_START >= MMSPEC_CANONICAL_HIGH_BASE, "guard_hole: wholly in one canonical half");
const _: () = assert!(MMSPEC_GUARD_HOLE_PGD_SLOT == MMSPEC_GUARD_HOLE_START / MMSPEC_PGD_SIZE % 512, "guard_hole: top-level slot of its start");
const _: () = assert!(MMSPEC_LDT_REMAP_START <= MMSPEC_LDT_REMAP_END, "ldt_remap: start <= end");
const _: () = assert!(MMSPEC_LDT_REMAP_SIZE == MMSPEC_LDT_REMAP_END - MMSPEC_LDT_REMAP_START + 1, "ldt_remap: size == end - start + 1");
const _: () = assert!(MMSPEC_LDT_REMAP_START % MMSPEC_LDT_REMAP_ALIGN == 0 && MMSPEC_LDT_REMAP_END % MMSPEC_LDT_REMAP_ALIGN == MMSPEC_LDT_REMAP_ALIGN - 1, "ldt_remap: start and end + 1 aligned");
const _: () = assert!(MMSPEC_LDT_REMAP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_LDT_REMAP_START >= MMSPEC_CANONICAL_HIGH_BASE, "ldt_remap: wholly in one canonical half");
const _: () = assert!(MMSPEC_LDT_REMAP_PGD_SLOT == MMSPEC_LDT_REMAP_START / MMSPEC_PGD_SIZE % 512, "ldt_remap: top-level slot of its start");
const _: () = assert!(MMSPEC_DIRECT_MAP_START <= MMSPEC_DIRECT_MAP_END, "direct_map: start <= end");
const _: () = assert!(MMSPEC_DIRECT_MAP_SIZE == MMSPEC_DIRECT_MAP_END - MMSPEC_DIRECT_MAP_START + 1, "direct_map: size == end - start + 1");
const _: () = assert!(MMSPEC_DIRECT_MAP_START % MMSPEC_DIRECT_MAP_ALIGN == 0 && MMSPEC_DIRECT_MAP_END % MMSPEC_DIRECT_MAP_ALIGN == MMSPEC_DIRECT_MAP_ALIGN - 1, "direct_map: start and end + 1 aligned");
const _: () = assert!(MMSPEC_DIRECT_MAP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_DIRECT_MAP_START >= MMSPEC_CANONICAL_HIGH_BASE, "direct_map: wholly in one canonical half");
const _: () = assert!(MMSPEC_DIRECT_MAP_PGD_SLOT == MMSPEC_DIRECT_MAP_START / MMSPEC_PGD_SIZE % 512, "direct_map: top-level slot of its start");
const _: () = assert!(MMSPEC_HOLE_DIRECT_VMALLOC_START <= MMSPEC_HOLE_DIRECT_VMALLOC_END, "hole_direct_vmalloc: start <= end");
const _: () = assert!(MMSPEC_HOLE_DIRECT_VMALLOC_SIZE == MMSPEC_HOLE_DIRECT_VMALLOC_END - MMSPEC_HOLE_DIRECT_VMALLOC_START + 1, "hole_direct_vmalloc: size == end - start + 1");
const _: () = assert!(MMSPEC_HOLE_DIRECT_VMALLOC_START % MMSPEC_HOLE_DIRECT_VMALLOC_ALIGN == 0 && MMSPEC_HOLE_DIRECT_VMALLOC_END % MMSPEC_HOLE_DIRECT_VMALLOC_ALIGN == MMSPEC_HOLE_DIRECT_VMALLOC_ALIGN - 1, "hole_direct_vmalloc: start and end + 1 aligned");
const _: () = assert!(MMSPEC_HOLE_DIRECT_VMALLOC_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_DIRECT_VMALLOC_START >= MMSPEC_CANONICAL_HIGH_BASE, "hole_direct_vmalloc: wholly in one canonical half");
const _: () = assert!(MMSPEC_HOLE_DIRECT_VMALLOC_PGD_SLOT == MMSPEC_HOLE_DIRECT_VMALLOC_START / MMSPEC_PGD_SIZE % 512, "hole_direct_vmalloc: top-level slot of its start");
const _: () = assert!(MMSPEC_VMALLOC_START <= MMSPEC_VMALLOC_END, "vmalloc: start <= end");
const _: () = assert!(MMSPEC_VMALLOC_SIZE == MMSPEC_VMALLOC_END - MMSPEC_VMALLOC_START + 1, "vmalloc: size == end - start + 1");
const _: () = assert!(MMSPEC_VMALLOC_START % MMSPEC_VMALLOC_ALIGN == 0 && MMSPEC_VMALLOC_END % MMSPEC_VMALLOC_ALIGN == MMSPEC_VMALLOC_ALIGN - 1, "vmalloc: start and end + 1 aligned");
const _: () = assert!(MMSPEC_VMALLOC_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_VMALLOC_START >= MMSPEC_CANONICAL_HIGH_BASE, "vmalloc: wholly in one canonical half");
const _: () = assert!(MMSPEC_VMALLOC_PGD_SLOT == MMSPEC_VMALLOC_START / MMSPEC_PGD_SIZE % 512, "vmalloc: top-level slot of its start");
const _: () = assert!(MMSPEC_HOLE_VMALLOC_VMEMMAP_START <= MMSPEC_HOLE_VMALLOC_VMEMMAP_END, "hole_vmalloc_vmemmap: start <= end");
const _: () = assert!(MMSPEC_HOLE_VMALLOC_VMEMMAP_SIZE == MMSPEC_HOLE_VMALLOC_VMEMMAP_END - MMSPEC_HOLE_VMALLOC_VMEMMAP_START + 1, "hole_vmalloc_vmemmap: size == end - start + 1");
const _: () = assert!(MMSPEC_HOLE_VMALLOC_VMEMMAP_START % MMSPEC_HOLE_VMALLOC_VMEMMAP_ALIGN == 0 && MMSPEC_HOLE_VMALLOC_VMEMMAP_END % MMSPEC_HOLE_VMALLOC_VMEMMAP_ALIGN == MMSPEC_HOLE_VMALLOC_VMEMMAP_ALIGN - 1, "hole_vmalloc_vmemmap: start and end + 1 aligned");
const _: () = assert!(MMSPEC_HOLE_VMALLOC_VMEMMAP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_VMALLOC_VMEMMAP_START >= MMSPEC_CANONICAL_HIGH_BASE, "hole_vmalloc_vmemmap: wholly in one canonical half");
const _: () = assert!(MMSPEC_HOLE_VMALLOC_VMEMMAP_PGD_SLOT == MMSPEC_HOLE_VMALLOC_VMEMMAP_START / MMSPEC_PGD_SIZE % 512, "hole_vmalloc_vmemmap: top-level slot of its start");
const _: () = assert!(MMSPEC_VMEMMAP_START <= MMSPEC_VMEMMAP_END, "vmemmap: start <= end");
const _: () = assert!(MMSPEC_VMEMMAP_SIZE == MMSPEC_VMEMMAP_END - MMSPEC_VMEMMAP_START + 1, "vmemmap: size == end - start + 1");
const _: () = assert!(MMSPEC_VMEMMAP_START % MMSPEC_VMEMMAP_ALIGN == 0 && MMSPEC_VMEMMAP_END % MMSPEC_VMEMMAP_ALIGN == MMSPEC_VMEMMAP_ALIGN - 1, "vmemmap: start and end + 1 aligned");
const _: () = assert!(MMSPEC_VMEMMAP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_VMEMMAP_START >= MMSPEC_CANONICAL_HIGH_BASE, "vmemmap: wholly in one canonical half");
const _: () = assert!(MMSPEC_VMEMMAP_PGD_SLOT == MMSPEC_VMEMMAP_START / MMSPEC_PGD_SIZE % 512, "vmemmap: top-level slot of its start");
const _: () = assert!(MMSPEC_HOLE_VMEMMAP_KASAN_START <= MMSPEC_HOLE_VMEMMAP_KASAN_END, "hole_vmemmap_kasan: start <= end");
const _: () = assert!(MMSPEC_HOLE_VMEMMAP_KASAN_SIZE == MMSPEC_HOLE_VMEMMAP_KASAN_END - MMSPEC_HOLE_VMEMMAP_KASAN_START + 1, "hole_vmemmap_kasan: size == end - start + 1");
const _: () = assert!(MMSPEC_HOLE_VMEMMAP_KASAN_START % MMSPEC_HOLE_VMEMMAP_KASAN_ALIGN == 0 && MMSPEC_HOLE_VMEMMAP_KASAN_END % MMSPEC_HOLE_VMEMMAP_KASAN_ALIGN == MMSPEC_HOLE_VMEMMAP_KASAN_ALIGN - 1, "hole_vmemmap_kasan: start and end + 1 aligned");
const _: () = assert!(MMSPEC_HOLE_VMEMMAP_KASAN_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_VMEMMAP_KASAN_START >= MMSPEC_CANONICAL_HIGH_BASE, "hole_vmemmap_kasan: wholly in one canonical half");
const _: () = assert!(MMSPEC_HOLE_VMEMMAP_KASAN_PGD_SLOT == MMSPEC_HOLE_VMEMMAP_KASAN_START / MMSPEC_PGD_SIZE % 512, "hole_vmemmap_kasan: top-level slot of its start");
const _: () = assert!(MMSPEC_KASAN_SHADOW_START <= MMSPEC_KASAN_SHADOW_END, "kasan_shadow: start <= end");
const _: () = assert!(MMSPEC_KASAN_SHADOW_SIZE == MMSPEC_KASAN_SHADOW_END - MMSPEC_KASAN_SHADOW_START + 1, "kasan_shadow: size == end - start + 1");
const _: () = assert!(MMSPEC_KASAN_SHADOW_START % MMSPEC_KASAN_SHADOW_ALIGN == 0 && MMSPEC_KASAN_SHADOW_END % MMSPEC_KASAN_SHADOW_ALIGN == MMSPEC_KASAN_SHADOW_ALIGN - 1, "kasan_shadow: start and end + 1 aligned");
const _: () = assert!(MMSPEC_KASAN_SHADOW_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_KASAN_SHADOW_START >= MMSPEC_CANONICAL_HIGH_BASE, "kasan_shadow: wholly in one canonical half");
const _: () = assert!(MMSPEC_KASAN_SHADOW_PGD_SLOT == MMSPEC_KASAN_SHADOW_START / MMSPEC_PGD_SIZE % 512, "kasan_shadow: top-level slot of its start");
const _: () = assert!(MMSPEC_HOLE_KASAN_CEA_START <= MMSPEC_HOLE_KASAN_CEA_END, "hole_kasan_cea: start <= end");
const _: () = assert!(MMSPEC_HOLE_KASAN_CEA_SIZE == MMSPEC_HOLE_KASAN_CEA_END - MMSPEC_HOLE_KASAN_CEA_START + 1, "hole_kasan_cea: size == end - start + 1");
const _: () = assert!(MMSPEC_HOLE_KASAN_CEA_START % MMSPEC_HOLE_KASAN_CEA_ALIGN == 0 && MMSPEC_HOLE_KASAN_CEA_END % MMSPEC_HOLE_KASAN_CEA_ALIGN == MMSPEC_HOLE_KASAN_CEA_ALIGN - 1, "hole_kasan_cea: start and end + 1 aligned");
const _: () = assert!(MMSPEC_HOLE_KASAN_CEA_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_KASAN_CEA_START >= MMSPEC_CANONICAL_HIGH_BASE, "hole_kasan_cea: wholly in one canonical half");
const _: () = assert!(MMSPEC_HOLE_KASAN_CEA_PGD_SLOT == MMSPEC_HOLE_KASAN_CEA_START / MMSPEC_PGD_SIZE % 512, "hole_kasan_cea: top-level slot of its start");
const _: () = assert!(MMSPEC_CPU_ENTRY_AREA_START <= MMSPEC_CPU_ENTRY_AREA_END, "cpu_entry_area: start <= end");
const _: () = assert!(MMSPEC_CPU_ENTRY_AREA_SIZE == MMSPEC_CPU_ENTRY_AREA_END - MMSPEC_CPU_ENTRY_AREA_START + 1, "cpu_entry_area: size == end - start + 1");
const _: () = assert!(MMSPEC_CPU_ENTRY_AREA_START % MMSPEC_CPU_ENTRY_AREA_ALIGN == 0 && MMSPEC_CPU_ENTRY_AREA_END % MMSPEC_CPU_ENTRY_AREA_ALIGN == MMSPEC_CPU_ENTRY_AREA_ALIGN - 1, "cpu_entry_area: start and end + 1 aligned");
const _: () = assert!(MMSPEC_CPU_ENTRY_AREA_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_CPU_ENTRY_AREA_START >= MMSPEC_CANONICAL_HIGH_BASE, "cpu_entry_area: wholly in one canonical half");
const _: () = assert!(MMSPEC_CPU_ENTRY_AREA_PGD_SLOT == MMSPEC_CPU_ENTRY_AREA_START / MMSPEC_PGD_SIZE % 512, "cpu_entry_area: top-level slot of its start");
const _: () = assert!(MMSPEC_HOLE_CEA_ESPFIX_START <= MMSPEC_HOLE_CEA_ESPFIX_END, "hole_cea_espfix: start <= end");
const _: () = assert!(MMSPEC_HOLE_CEA_ESPFIX_SIZE == MMSPEC_HOLE_CEA_ESPFIX_END - MMSPEC_HOLE_CEA_ESPFIX_START + 1, "hole_cea_espfix: size == end - start + 1");
const _: () = assert!(MMSPEC_HOLE_CEA_ESPFIX_START % MMSPEC_HOLE_CEA_ESPFIX_ALIGN == 0 && MMSPEC_HOLE_CEA_ESPFIX_END % MMSPEC_HOLE_CEA_ESPFIX_ALIGN == MMSPEC_HOLE_CEA_ESPFIX_ALIGN - 1, "hole_cea_espfix: start and end + 1 aligned");
const _: () = assert!(MMSPEC_HOLE_CEA_ESPFIX_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_CEA_ESPFIX_START >= MMSPEC_CANONICAL_HIGH_BASE, "hole_cea_espfix: wholly in one canonical half");
const _: () = assert!(MMSPEC_HOLE_CEA_ESPFIX_PGD_SLOT == MMSPEC_HOLE_CEA_ESPFIX_START / MMSPEC_PGD_SIZE % 512, "hole_cea_espfix: top-level slot of its start");
const _: () = assert!(MMSPEC_ESPFIX_START <= MMSPEC_ESPFIX_END, "espfix: start <= end");
const _: () = assert!(MMSPEC_ESPFIX_SIZE == MMSPEC_ESPFIX_END - MMSPEC_ESPFIX_START + 1, "espfix: size == end - start + 1");
const _: () = assert!(MMSPEC_ESPFIX_START % MMSPEC_ESPFIX_ALIGN == 0 && MMSPEC_ESPFIX_END % MMSPEC_ESPFIX_ALIGN == MMSPEC_ESPFIX_ALIGN - 1, "espfix: start and end + 1 aligned");
const _: () = assert!(MMSPEC_ESPFIX_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_ESPFIX_START >= MMSPEC_CANONICAL_HIGH_BASE, "espfix: wholly in one canonical half");
const _: () = assert!(MMSPEC_ESPFIX_PGD_SLOT == MMSPEC_ESPFIX_START / MMSPEC_PGD_SIZE % 512, "espfix: top-level slot of its start");
const _: () = assert!(MMSPEC_HOLE_ESPFIX_EFI_START <= MMSPEC_HOLE_ESPFIX_EFI_END, "hole_espfix_efi: start <= end");
const _: () = assert!(MMSPEC_HOLE_ESPFIX_EFI_SIZE == MMSPEC_HOLE_ESPFIX_EFI_END - MMSPEC_HOLE_ESPFIX_EFI_START + 1, "hole_espfix_efi: size == end - start + 1");
const _: () = assert!(MMSPEC_HOLE_ESPFIX_EFI_START % MMSPEC_HOLE_ESPFIX_EFI_ALIGN == 0 && MMSPEC_HOLE_ESPFIX_EFI_END % MMSPEC_HOLE_ESPFIX_EFI_ALIGN == MMSPEC_HOLE_ESPFIX_EFI_ALIGN - 1, "hole_espfix_efi: start and end + 1 aligned");
const _: () = assert!(MMSPEC_HOLE_ESPFIX_EFI_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_ESPFIX_EFI_START >= MMSPEC_CANONICAL_HIGH_BASE, "hole_espfix_efi: wholly in one canonical half");
const _: () = assert!(MMSPEC_HOLE_ESPFIX_EFI_PGD_SLOT == MMSPEC_HOLE_ESPFIX_EFI_START / MMSPEC_PGD_SIZE % 512, "hole_espfix_efi: top-level slot of its start");
const _: () = assert!(MMSPEC_EFI_START <= MMSPEC_EFI_END, "efi: start <= end");
const _: () = assert!(MMSPEC_EFI_SIZE == MMSPEC_EFI_END - MMSPEC_EFI_START + 1, "efi: size == end - start + 1");
const _: () = assert!(MMSPEC_EFI_START % MMSPEC_EFI_ALIGN == 0 && MMSPEC_EFI_END % MMSPEC_EFI_ALIGN == MMSPEC_EFI_ALIGN - 1, "efi: start and end + 1 aligned");
const _: () = assert!(MMSPEC_EFI_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_EFI_START >= MMSPEC_CANONICAL_HIGH_BASE, "efi: wholly in one canonical half");
const _: () = assert!(MMSPEC_EFI_PGD_SLOT == MMSPEC_EFI_START / MMSPEC_PGD_SIZE % 512, "efi: top-level slot of its start");
const _: () = assert!(MMSPEC_HOLE_EFI_TEXT_START <= MMSPEC_HOLE_EFI_TEXT_END, "hole_efi_text: start <= end");
const _: () = assert!(MMSPEC_HOLE_EFI_TEXT_SIZE == MMSPEC_HOLE_EFI_TEXT_END - MMSPEC_HOLE_EFI_TEXT_START + 1, "hole_efi_text: size == end - start + 1");
const _: () = assert!(MMSPEC_HOLE_EFI_TEXT_START % MMSPEC_HOLE_EFI_TEXT_ALIGN == 0 && MMSPEC_HOLE_EFI_TEXT_END % MMSPEC_HOLE_EFI_TEXT_ALIGN == MMSPEC_HOLE_EFI_TEXT_ALIGN - 1, "hole_efi_text: start and end + 1 aligned");
const _: () = assert!(MMSPEC_HOLE_EFI_TEXT_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_EFI_TEXT_START >= MMSPEC_CANONICAL_HIGH_BASE, "hole_efi_text: wholly in one canonical half");
const _: () = assert!(MMSPEC_HOLE_EFI_TEXT_PGD_SLOT == MMSPEC_HOLE_EFI_TEXT_START / MMSPEC_PGD_SIZE % 512, "hole_efi_text: top-level slot of its start");
const _: () = assert!(MMSPEC_KERNEL_TEXT_START <= MMSPEC_KERNEL_TEXT_END, "kernel_text: start <= end");
const _: () = assert!(MMSPEC_KERNEL_TEXT_SIZE == MMSPEC_KERNEL_TEXT_END - MMSPEC_KERNEL_TEXT_START + 1, "kernel_text: size == end - start + 1");
const _: () = assert!(MMSPEC_KERNEL_TEXT_START % MMSPEC_KERNEL_TEXT_ALIGN == 0 && MMSPEC_KERNEL_TEXT_END % MMSPEC_KERNEL_TEXT_ALIGN == MMSPEC_KERNEL_TEXT_ALIGN - 1, "kernel_text: start and end + 1 aligned");
const _: () = assert!(MMSPEC_KERNEL_TEXT_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_KERNEL_TEXT_START >= MMSPEC_CANONICAL_HIGH_BASE, "kernel_text: wholly in one canonical half");
const _: () = assert!(MMSPEC_KERNEL_TEXT_PGD_SLOT == MMSPEC_KERNEL_TEXT_START / MMSPEC_PGD_SIZE % 512, "kernel_text: top-level slot of its start");
const _: () = assert!(MMSPEC_MODULES_START <= MMSPEC_MODULES_END, "modules: start <= end");
const _: () = assert!(MMSPEC_MODULES_SIZE == MMSPEC_MODULES_END - MMSPEC_MODULES_START + 1, "modules: size == end - start + 1");
const _: () = assert!(MMSPEC_MODULES_START % MMSPEC_MODULES_ALIGN == 0 && MMSPEC_MODULES_END % MMSPEC_MODULES_ALIGN == MMSPEC_MODULES_ALIGN - 1, "modules: start and end + 1 aligned");
const _: () = assert!(MMSPEC_MODULES_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_MODULES_START >= MMSPEC_CANONICAL_HIGH_BASE, "modules: wholly in one canonical half");
const _: () = assert!(MMSPEC_MODULES_PGD_SLOT == MMSPEC_MODULES_START / MMSPEC_PGD_SIZE % 512, "modules: top-level slot of its start");
const _: () = assert!(MMSPEC_FIXMAP_START <= MMSPEC_FIXMAP_END, "fixmap: start <= end");
const _: () = assert!(MMSPEC_FIXMAP_SIZE == MMSPEC_FIXMAP_END - MMSPEC_FIXMAP_START + 1, "fixmap: size == end - start + 1");
const _: () = assert!(MMSPEC_FIXMAP_START % MMSPEC_FIXMAP_ALIGN == 0 && MMSPEC_FIXMAP_END % MMSPEC_FIXMAP_ALIGN == MMSPEC_FIXMAP_ALIGN - 1, "fixmap: start and end + 1 aligned");
const _: () = assert!(MMSPEC_FIXMAP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_FIXMAP_START >= MMSPEC_CANONICAL_HIGH_BASE, "fixmap: wholly in one canonical half");
const _: () = assert!(MMSPEC_FIXMAP_PGD_SLOT == MMSPEC_FIXMAP_START / MMSPEC_PGD_SIZE % 512, "fixmap: top-level slot of its start");
const _: () = assert!(MMSPEC_VSYSCALL_START <= MMSPEC_VSYSCALL_END, "vsyscall: start <= end");
const _: () = assert!(MMSPEC_VSYSCALL_SIZE == MMSPEC_VSYSCALL_END - MMSPEC_VSYSCALL_START + 1, "vsyscall: size == end - start + 1");
const _: () = assert!(MMSPEC_VSYSCALL_START % MMSPEC_VSYSCALL_ALIGN == 0 && MMSPEC_VSYSCALL_END % MMSPEC_VSYSCALL_ALIGN == MMSPEC_VSYSCALL_ALIGN - 1, "vsyscall: start and end + 1 aligned");
const _: () = assert!(MMSPEC_VSYSCALL_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_VSYSCALL_START >= MMSPEC_CANONICAL_HIGH_BASE, "vsyscall: wholly in one canonical half");
const _: () = assert!(MMSPEC_VSYSCALL_PGD_SLOT == MMSPEC_VSYSCALL_START / MMSPEC_PGD_SIZE % 512, "vsyscall: top-level slot of its start");
const _: () = assert!(MMSPEC_HOLE_VSYSCALL_TOP_START <= MMSPEC_HOLE_VSYSCALL_TOP_END, "hole_vsyscall_top: start <= end");
const _: () = assert!(MMSPEC_HOLE_VSYSCALL_TOP_SIZE == MMSPEC_HOLE_VSYSCALL_TOP_END - MMSPEC_HOLE_VSYSCALL_TOP_START + 1, "hole_vsyscall_top: size == end - start + 1");
const _: () = assert!(MMSPEC_HOLE_VSYSCALL_TOP_START % MMSPEC_HOLE_VSYSCALL_TOP_ALIGN == 0 && MMSPEC_HOLE_VSYSCALL_TOP_END % MMSPEC_HOLE_VSYSCALL_TOP_ALIGN == MMSPEC_HOLE_VSYSCALL_TOP_ALIGN - 1, "hole_vsyscall_top: start and end + 1 aligned");
const _: () = assert!(MMSPEC_HOLE_VSYSCALL_TOP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_VSYSCALL_TOP_START >= MMSPEC_CANONICAL_HIGH_BASE, "hole_vsyscall_top: wholly in one canonical half");
const _: () = assert!(MMSPEC_HOLE_VSYSCALL_TOP_PGD_SLOT == MMSPEC_HOLE_VSYSCALL_TOP_START / MMSPEC_PGD_SIZE % 512, "hole_vsyscall_top: top-level slot of its start");
const _: () = assert!(MMSPEC_HOLE_TOP_START <= MMSPEC_HOLE_TOP_END, "hole_top: start <= end");
const _: () = assert!(MMSPEC_HOLE_TOP_SIZE == MMSPEC_HOLE_TOP_END - MMSPEC_HOLE_TOP_START + 1, "hole_top: size == end - start + 1");
const _: () = assert!(MMSPEC_HOLE_TOP_START % MMSPEC_HOLE_TOP_ALIGN == 0 && MMSPEC_HOLE_TOP_END % MMSPEC_HOLE_TOP_ALIGN == MMSPEC_HOLE_TOP_ALIGN - 1, "hole_top: start and end + 1 aligned");
const _: () = assert!(MMSPEC_HOLE_TOP_END < MMSPEC_CANONICAL_LOW_LIMIT || MMSPEC_HOLE_TOP_START >= MMSPEC_CANONICAL_HIGH_BASE, "hole_top: wholly in one canonical half");
const _: () = assert!(MMSPEC_HOLE_TOP_PGD_SLOT == MMSPEC_HOLE_TOP_START / MMSPEC_PGD_SIZE % 512, "hole_top: top-level slot of its start");
const _: () = assert!(MMSPEC_USER_START == 0, "user: the first region starts at 0");
const _: () = assert!(MMSPEC_USER_END < MMSPEC_NONCANONICAL_START, "user and noncanonical are disjoint");
const _: () = assert!(MMSPEC_USER_END < MMSPEC_NONCANONICAL_START && MMSPEC_NONCANONICAL_START - MMSPEC_USER_END == 1, "noncanonical starts right after user");
const _: () = assert!(MMSPEC_NONCANONICAL_END < MMSPEC_GUARD_HOLE_START, "noncanonical and guard_hole are disjoint");
const _: () = assert!(MMSPEC_NONCANONICAL_END < MMSPEC_GUARD_HOLE_START && MMSPEC_GUARD_HOLE_START - MMSPEC_NONCANONICAL_END == 1, "guard_hole starts right after noncanonical");
const _: () = assert!(MMSPEC_GUARD_HOLE_END < MMSPEC_LDT_REMAP_START, "guard_hole and ldt_remap are disjoint");
const _: () = assert!(MMSPEC_GUARD_HOLE_END < MMSPEC_LDT_REMAP_START && MMSPEC_LDT_REMAP_START - MMSPEC_GUARD_HOLE_END == 1, "ldt_remap starts right after guard_hole");
const _: () = assert!(MMSPEC_LDT_REMAP_END < MMSPEC_DIRECT_MAP_START, "ldt_remap and direct_map are disjoint");
const _: () = assert!(MMSPEC_LDT_REMAP_END < MMSPEC_DIRECT_MAP_START && MMSPEC_DIRECT_MAP_START - MMSPEC_LDT_REMAP_END == 1, "direct_map starts right after ldt_remap");
const _: () = assert!(MMSPEC_DIRECT_MAP_END < MMSPEC_HOLE_DIRECT_VMALLOC_START, "direct_map and hole_direct_vmalloc are disjoint");
const _: () = assert!(MMSPEC_DIRECT_MAP_END < MMSPEC_HOLE_DIRECT_VMALLOC_START && MMSPEC_HOLE_DIRECT_VMALLOC_START - MMSPEC_DIRECT_MAP_END == 1, "hole_direct_vmalloc starts right after direct_map");
const _: () = assert!(MMSPEC_HOLE_DIRECT_VMALLOC_END < MMSPEC_VMALLOC_START, "hole_direct_vmalloc and vmalloc are disjoint");
const _: () = assert!(MMSPEC_HOLE_DIRECT_VMALLOC_END < MMSPEC_VMALLOC_START && MMSPEC_VMALLOC_START - MMSPEC_HOLE_DIRECT_VMALLOC_END == 1, "vmalloc starts right after hole_direct_vmalloc");
const _: () = assert!(MMSPEC_VMALLOC_END < MMSPEC_HOLE_VMALLOC_VMEMMAP_START, "vmalloc and hole_vmalloc_vmemmap are disjoint");
const _: () = assert!(MMSPEC_VMALLOC_END < MMSPEC_HOLE_VMALLOC_VMEMMAP_START && MMSPEC_HOLE_VMALLOC_VMEMMAP_START - MMSPEC_VMALLOC_END == 1, "hole_vmalloc_vmemmap starts right after vmalloc");
const _: () = assert!(MMSPEC_HOLE_VMALLOC_VMEMMAP_END < MMSPEC_VMEMMAP_START, "hole_vmalloc_vmemmap and vmemmap are disjoint");
const _: () = assert!(MMSPEC_HOLE_VMALLOC_VMEMMAP_END < MMSPEC_VMEMMAP_START && MMSPEC_VMEMMAP_START - MMSPEC_HOLE_VMALLOC_VMEMMAP_END == 1, "vmemmap starts right after hole_vmalloc_vmemmap");
const _: () = assert!(MMSPEC_VMEMMAP_END < MMSPEC_HOLE_VMEMMAP_KASAN_START, "vmemmap and hole_vmemmap_kasan are disjoint");
const _: () = assert!(MMSPEC_VMEMMAP_END < MMSPEC_HOLE_VMEMMAP_KASAN_START && MMSPEC_HOLE_VMEMMAP_KASAN_START - MMSPEC_VMEMMAP_END == 1, "hole_vmemmap_kasan starts right after vmemmap");
const _: () = assert!(MMSPEC_HOLE_VMEMMAP_KASAN_END < MMSPEC_KASAN_SHADOW_START, "hole_vmemmap_kasan and kasan_shadow are disjoint");
const _: () = assert!(MMSPEC_HOLE_VMEMMAP_KASAN_END < MMSPEC_KASAN_SHADOW_START && MMSPEC_KASAN_SHADOW_START - MMSPEC_HOLE_VMEMMAP_KASAN_END == 1, "kasan_shadow starts right after hole_vmemmap_kasan");
const _: () = assert!(MMSPEC_KASAN_SHADOW_END < MMSPEC_HOLE_KASAN_CEA_START, "kasan_shadow and hole_kasan_cea are disjoint");
const _: () = assert!(MMSPEC_KASAN_SHADOW_END < MMSPEC_HOLE_KASAN_CEA_START && MMSPEC_HOLE_KASAN_CEA_START - MMSPEC_KASAN_SHADOW_END == 1, "hole_kasan_cea starts right after kasan_shadow");
const _: () = assert!(MMSPEC_HOLE_KASAN_CEA_END < MMSPEC_CPU_ENTRY_AREA_START, "hole_kasan_cea and cpu_entry_area are disjoint");
const _: () = assert!(MMSPEC_HOLE_KASAN_CEA_END < MMSPEC_CPU_ENTRY_AREA_START && MMSPEC_CPU_ENTRY_AREA_START - MMSPEC_HOLE_KASAN_CEA_END == 1, "cpu_entry_area starts right after hole_kasan_cea");
const _: () = assert!(MMSPEC_CPU_ENTRY_AREA_END < MMSPEC_HOLE_CEA_ESPFIX_START, "cpu_entry_area and hole_cea_espfix are disjoint");
const _: () = assert!(MMSPEC_CPU_ENTRY_AREA_END < MMSPEC_HOLE_CEA_ESPFIX_START && MMSPEC_HOLE_CEA_ESPFIX_START - MMSPEC_CPU_ENTRY_AREA_END == 1, "hole_cea_espfix starts right after cpu_entry_area");
const _: () = assert!(MMSPEC_HOLE_CEA_ESPFIX_END < MMSPEC_ESPFIX_START, "hole_cea_espfix and espfix are disjoint");
const _: () = assert!(MMSPEC_HOLE_CEA_ESPFIX_END < MMSPEC_ESPFIX_START && MMSPEC_ESPFIX_START - MMSPEC_HOLE_CEA_ESPFIX_END == 1, "espfix starts right after hole_cea_espfix");
const _: () = assert!(MMSPEC_ESPFIX_END < MMSPEC_HOLE_ESPFIX_EFI_START, "espfix and hole_espfix_efi are disjoint");
const _: () = assert!(MMSPEC_ESPFIX_END < MMSPEC_HOLE_ESPFIX_EFI_START && MMSPEC_HOLE_ESPFIX_EFI_START - MMSPEC_ESPFIX_END == 1, "hole_espfix_efi starts right after espfix");
const _: () = assert!(MMSPEC_HOLE_ESPFIX_EFI_END < MMSPEC_EFI_START, "hole_espfix_efi and efi are disjoint");
const _: () = assert!(MMSPEC_HOLE_ESPFIX_EFI_END < MMSPEC_EFI_START && MMSPEC_EFI_START - MMSPEC_HOLE_ESPFIX_EFI_END == 1, "efi starts right after hole_espfix_efi");
const _: () = assert!(MMSPEC_EFI_END < MMSPEC_HOLE_EFI_TEXT_START, "efi and hole_efi_text are disjoint");
const _: () = assert!(MMSPEC_EFI_END < MMSPEC_HOLE_EFI_TEXT_START && MMSPEC_HOLE_EFI_TEXT_START - MMSPEC_EFI_END == 1, "hole_efi_text starts right after efi");
const _: () = assert!(MMSPEC_HOLE_EFI_TEXT_END < MMSPEC_KERNEL_TEXT_START, "hole_efi_text and kernel_text are disjoint");
const _: () = assert!(MMSPEC_HOLE_EFI_TEXT_END < MMSPEC_KERNEL_TEXT_START && MMSPEC_KERNEL_TEXT_START - MMSPEC_HOLE_EFI_TEXT_END == 1, "kernel_text starts right after hole_efi_text");
const _: () = assert!(MMSPEC_KERNEL_TEXT_END < MMSPEC_MODULES_START, "kernel_text and modules are disjoint");
const _: () = assert!(MMSPEC_KERNEL_TEXT_END < MMSPEC_MODULES_START && MMSPEC_MODULES_START - MMSPEC_KERNEL_TEXT_END == 1, "modules starts right after kernel_text");
const _: () = assert!(MMSPEC_MODULES_END < MMSPEC_FIXMAP_START, "modules and fixmap are disjoint");
const _: () = assert!(MMSPEC_MODULES_END < MMSPEC_FIXMAP_START && MMSPEC_FIXMAP_START - MMSPEC_MODULES_END == 1, "fixmap starts right after modules");
const _: () = assert!(MMSPEC_FIXMAP_END < MMSPEC_VSYSCALL_START, "fixmap and vsyscall are disjoint");
const _: () = assert!(MMSPEC_FIXMAP_END < MMSPEC_VSYSCALL_START && MMSPEC_VSYSCALL_START - MMSPEC_FIXMAP_END == 1, "vsyscall starts right after fixmap");
const _: () = assert!(MMSPEC_VSYSCALL_END < MMSPEC_HOLE_VSYSCALL_TOP_START, "vsyscall and hole_vsyscall_top are disjoint");
const _: () = assert!(MMSPEC_VSYSCALL_END < MMSPEC_HOLE_VSYSCALL_TOP_START && MMSPEC_HOLE_VSYSCALL_TOP_START - MMSPEC_VSYSCALL_END == 1, "hole_vsyscall_top starts right after vsyscall");
const _: () = assert!(MMSPEC_HOLE_VSYSCALL_TOP_END < MMSPEC_HOLE_TOP_START, "hole_vsyscall_top and hole_top are disjoint");
const _: () = assert!(MMSPEC_HOLE_VSYSCALL_TOP_END < MMSPEC_HOLE_TOP_START && MMSPEC_HOLE_TOP_START - MMSPEC_HOLE_VSYSCALL_TOP_END == 1, "hole_top starts right after hole_vsyscall_top");
const _: () = assert!(MMSPEC_HOLE_TOP_END == u64::MAX, "hole_top: the last region ends at 2^64 - 1");
const _: () = assert!(MMSPEC_DIRECT_MAP_START == MMSPEC_PAGE_OFFSET, "direct_map: the direct map starts at page-offset");
const _: () = assert!(MMSPEC_DIRECT_MAP_SIZE >= MMSPEC_PHYS_LIMIT, "direct_map: the direct map covers 2^pa-bits bytes");
