/* The kind and alignment name tables. One row per enum mm_kind value, in
 * enum order, so that the index is the kind. */
#include "kinds.h"

#include <string.h>

#include "mm_types.h"

struct kind_row {
  const char *name;
  const char *cenum;
};

static const struct kind_row kinds[MM_KIND_COUNT] = {
  [MM_KIND_USER] = {"user", "MM_KIND_USER"},
  [MM_KIND_NONCANONICAL] = {"noncanonical", "MM_KIND_NONCANONICAL"},
  [MM_KIND_GUARD] = {"guard", "MM_KIND_GUARD"},
  [MM_KIND_DIRECT_MAP] = {"direct-map", "MM_KIND_DIRECT_MAP"},
  [MM_KIND_HOLE] = {"hole", "MM_KIND_HOLE"},
  [MM_KIND_VMALLOC] = {"vmalloc", "MM_KIND_VMALLOC"},
  [MM_KIND_VMEMMAP] = {"vmemmap", "MM_KIND_VMEMMAP"},
  [MM_KIND_KASAN] = {"kasan", "MM_KIND_KASAN"},
  [MM_KIND_ESPFIX] = {"espfix", "MM_KIND_ESPFIX"},
  [MM_KIND_EFI] = {"efi", "MM_KIND_EFI"},
  [MM_KIND_KERNEL_TEXT] = {"kernel-text", "MM_KIND_KERNEL_TEXT"},
  [MM_KIND_MODULES] = {"modules", "MM_KIND_MODULES"},
  [MM_KIND_VSYSCALL] = {"vsyscall", "MM_KIND_VSYSCALL"},
  [MM_KIND_FIXMAP] = {"fixmap", "MM_KIND_FIXMAP"},
  [MM_KIND_CPU_ENTRY] = {"cpu-entry", "MM_KIND_CPU_ENTRY"},
  [MM_KIND_LDT_REMAP] = {"ldt-remap", "MM_KIND_LDT_REMAP"},
};

struct align_row {
  const char *name;
  uint64_t size;
};

static const struct align_row aligns[] = {
  {"4k", MM_P12}, {"2m", MM_P21}, {"1g", MM_P30}, {"512g", MM_P39}, {"256t", MM_P48},
};

#define NALIGNS (sizeof aligns / sizeof aligns[0])

static int same(const char *name, const char *s, size_t n)
{
  return strlen(name) == n && memcmp(name, s, n) == 0;
}

const char *mm_kind_name(uint32_t k)
{
  return k < MM_KIND_COUNT ? kinds[k].name : NULL;
}

const char *mm_kind_enum(uint32_t k)
{
  return k < MM_KIND_COUNT ? kinds[k].cenum : NULL;
}

int mm_kind_lookup(const char *s, size_t n, uint32_t *k)
{
  for (uint32_t i = 0; i < MM_KIND_COUNT; i++) {
    if (same(kinds[i].name, s, n)) {
      *k = i;
      return 0;
    }
  }
  return -1;
}

uint64_t mm_align_lookup(const char *s, size_t n)
{
  for (size_t i = 0; i < NALIGNS; i++)
    if (same(aligns[i].name, s, n))
      return aligns[i].size;
  return 0;
}

const char *mm_align_name(uint64_t a)
{
  for (size_t i = 0; i < NALIGNS; i++)
    if (aligns[i].size == a)
      return aligns[i].name;
  return NULL;
}
