/* tests/link/freestanding.c — build/libmmspec.a linked into a program with
 * no C library at all (-ffreestanding -nostdlib -static, its own _start), as
 * a boot loader or kernel would link it: the link fails on any undefined
 * symbol (memset/memcpy that gcc may emit for struct copies or zeroing
 * loops included). The program builds the seed profile's tables with the
 * layout builder, syncs a process table, translates through the direct map
 * and exits with status 0 when the translation is right (Linux x86-64 exit
 * system call; run by `make test` on x86-64 Linux). */
#include "layout_build.h"
#include "pgd_sync.h"
#include "profile_linux-4.8-4level.h"
#include "translate.h"

#define NF 64u
static uint64_t words[NF * 512];
static uint8_t level[NF];
static uint64_t prefix[NF];

static int check(void)
{
  struct mm_pool p;
  struct mm_cpu c = {0x400000000000ULL, 0, 1, 1, 0, 0, 0, 1, 0};
  struct mm_build_params b = {0x100000000ULL, 0x1000000, 0x1000000, 0x800000, 0x800000,
                              0x2000000, 0xfee00000, 0x7e000000, 0x200000};
  struct mm_build_result r;
  struct mm_xlate x;
  uint32_t proc;
  if (mm_pool_init(&p, words, level, prefix, 0x3000000, NF, 4) != MM_PT_OK)
    return 1;
  if (mm_layout_build(&p, &c, &mmspec_profile_linux_4_8_4level, &b, &r) != MM_PT_OK)
    return 2;
  if (mm_pool_new_root(&p, &proc) != MM_PT_OK || mm_pgd_sync(&p, r.root, proc) != MM_PT_OK)
    return 3;
  mm_translate(&p.mem, &c, mm_pool_frame_pa(&p, proc), 0xffff880012345678ULL, MM_ACC_READ, 0,
               &x);
  return x.outcome == MM_XLATE_OK && x.pa == 0x12345678ULL ? 0 : 4;
}

/* _start: the stack aligned as a call expects it (SysV ABI), then
 * exit(check()) by the Linux x86-64 exit system call (60). */
int fs_main(void);
int fs_main(void)
{
  return check();
}
__asm__(".globl _start\n"
        "_start:\n"
        "  xorl %ebp, %ebp\n"
        "  andq $-16, %rsp\n"
        "  call fs_main\n"
        "  movl %eax, %edi\n"
        "  movl $60, %eax\n"
        "  syscall\n"
        "  hlt\n");
