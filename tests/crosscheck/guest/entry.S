/* The MMU test guest: multiboot (v1) entry in 32-bit protected mode, the
 * switch to IA-32e mode with the host's page tables, the descriptor tables,
 * the exception stubs and the probe primitives. docs/crosscheck-mmu.md.
 *
 * IA-32e mode activation follows SDM vol. 3A §10.8.5 (PAE, CR3, EFER.LME,
 * then CR0.PG); CR4.LA57 can only be set while paging is off (§4.1.1, §4.5),
 * so it is set here, before paging, when the control block asks for 5-level
 * paging. Exceptions: §6.14 (64-bit mode IDT, interrupt gates, the stack
 * frame), the TSS: §8.7. */
#include "layout.h"

#define MB_MAGIC 0x1BADB002
#define MB_FLAGS 0x00010000 /* bit 16: the load addresses are in the header */

#define SEL_CODE32 0x08
#define SEL_DATA 0x10
#define SEL_CODE64 0x18
#define SEL_UDATA 0x23 /* 0x20 | RPL 3 */
#define SEL_UCODE 0x2B /* 0x28 | RPL 3 */
#define SEL_TSS 0x30

	.section .multiboot, "a"
	.align 4
mb_header:
	.long MB_MAGIC
	.long MB_FLAGS
	.long -(MB_MAGIC + MB_FLAGS)
	.long mb_header    /* header_addr   */
	.long GUEST_LOAD   /* load_addr     */
	.long __load_end   /* load_end_addr */
	.long __bss_end    /* bss_end_addr  */
	.long _start       /* entry_addr    */

	.code32
	.text
	.globl _start
_start:
	cli
	movl $boot_stack_top, %esp
	lgdt gdt_ptr
	/* CR4.PAE, and CR4.LA57 for 5-level paging (CPUID.7.0:ECX[16]) */
	movl %cr4, %eax
	orl $0x20, %eax
	cmpl $5, CTL_PA + 8
	jne 1f
	pushl %eax
	movl $7, %eax
	xorl %ecx, %ecx
	cpuid
	popl %eax
	testl $0x10000, %ecx
	jz no_la57
	orl $0x1000, %eax
1:	movl %eax, %cr4
	/* CR3: the root of the first batch (below 4 GiB: TABLES_PA) */
	movl CTL_PA + 24, %eax
	movl %eax, %cr3
	/* IA32_EFER.LME (bit 8) and .NXE (bit 11) */
	movl $0xC0000080, %ecx
	rdmsr
	orl $0x900, %eax
	wrmsr
	/* CR0.PG | CR0.PE; CR0.WP is set per batch */
	movl %cr0, %eax
	orl $0x80000001, %eax
	movl %eax, %cr0
	ljmp $SEL_CODE64, $long_entry
no_la57:
	movl $0xE9, %edx
	movb $'L', %al
	outb %al, %dx
	xchgw %bx, %bx /* the Bochs magic breakpoint (a no-op elsewhere) */
2:	hlt
	jmp 2b

	.code64
long_entry:
	movw $SEL_DATA, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %ss
	movw %ax, %fs
	movw %ax, %gs
	movq $kstack_top, %rsp
	call guest_main
3:	cli
	hlt
	jmp 3b

/* The access of a probe: rdi = va, esi = kind, rdx = the value to store;
 * the value read in rax. */
.macro PROBE_ACCESS
	cmpl $PK_STORE, %esi
	je 2f
	cmpl $PK_FETCH, %esi
	je 3f
	cmpl $PK_RMW, %esi
	je 5f
	movq (%rdi), %rax
	jmp 4f
2:	movq %rdx, (%rdi)
	movq (%rdi), %rax
	jmp 4f
5:	xorl %eax, %eax
	lock xaddq %rax, (%rdi)
	jmp 4f
3:	call *%rdi
4:
.endm

/* ---- probes. The result of the probe running goes to cur (struct result
 * layout: value 0, cr2 8, rip 16, error 24, vector 28). A probe saves the
 * callee-saved registers, RFLAGS and RSP; an exception or the int $0x80
 * return gate puts them back (probe_resume). */
	.globl probe_kernel
/* void probe_kernel(uint64_t va, uint32_t kind, uint32_t ac, uint64_t value) */
probe_kernel:
	pushq %rbx
	pushq %rbp
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	pushfq
	movq %rsp, saved_rsp(%rip)
	movl $1, in_probe(%rip)
	testl %edx, %edx
	jz 1f
	pushfq
	orq $0x40000, (%rsp) /* EFLAGS.AC */
	popfq
1:	movq %rcx, %rdx
	PROBE_ACCESS
	movq %rax, cur(%rip)
	movb $RV_NONE, cur+28(%rip)
probe_resume:
	movl $0, in_probe(%rip)
	movq saved_rsp(%rip), %rsp
	popfq
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbp
	popq %rbx
	ret

	.globl probe_user
/* void probe_user(uint64_t va, uint32_t kind, uint32_t ac, uint64_t value):
 * iretq to the ring-3 stub with rdi = va, esi = kind, rdx = value; it
 * returns through int $0x80. */
probe_user:
	pushq %rbx
	pushq %rbp
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	pushfq
	movq %rsp, saved_rsp(%rip)
	movl $1, in_probe(%rip)
	movq $0x2, %rax
	testl %edx, %edx
	jz 1f
	orq $0x40000, %rax
1:	movq %rcx, %rdx
	pushq $SEL_UDATA
	pushq $(GUEST_USER_STACK + 4096)
	pushq %rax
	pushq $SEL_UCODE
	pushq $user_stub
	iretq

/* Exception stubs: vector and error code (0 when the CPU pushes none). */
#define STUB(v) \
	.align 16; \
	isr_##v: pushq $0; pushq $v; jmp isr_common
#define STUB_ERR(v) \
	.align 16; \
	isr_##v: pushq $v; jmp isr_common
STUB(0)
STUB(1)
STUB(2)
STUB(3)
STUB(4)
STUB(5)
STUB(6)
STUB(7)
STUB_ERR(8)
STUB(9)
STUB_ERR(10)
STUB_ERR(11)
STUB_ERR(12)
STUB_ERR(13)
STUB_ERR(14)
STUB(15)
STUB(16)
STUB_ERR(17)
STUB(18)
STUB(19)
STUB(20)
STUB_ERR(21)
STUB(22)
STUB(23)
STUB(24)
STUB(25)
STUB(26)
STUB(27)
STUB(28)
STUB(29)
STUB_ERR(30)
STUB(31)

/* stack: vector, error code, RIP, CS, RFLAGS, RSP, SS */
isr_common:
	cmpl $0, in_probe(%rip)
	je panic
	movq (%rsp), %rax
	movb %al, cur+28(%rip)
	movq 8(%rsp), %rax
	movl %eax, cur+24(%rip)
	movq 16(%rsp), %rax
	movq %rax, cur+16(%rip)
	movq %cr2, %rax
	movq %rax, cur+8(%rip)
	movq $0, cur(%rip)
	jmp probe_resume
panic:
	movq (%rsp), %rdi
	movq 16(%rsp), %rsi
	call guest_panic
5:	cli
	hlt
	jmp 5b

/* int $0x80 from ring 3: the probe ran, rax holds the value */
	.align 16
isr_return:
	cmpl $0, in_probe(%rip)
	je 6f
	movq %rax, cur(%rip)
	movb $RV_NONE, cur+28(%rip)
	jmp probe_resume
6:	movq $0x80, %rdi
	movq (%rsp), %rsi
	call guest_panic
	jmp 5b

	.globl isr_table
	.section .rodata
	.align 8
isr_table:
	.quad isr_0, isr_1, isr_2, isr_3, isr_4, isr_5, isr_6, isr_7
	.quad isr_8, isr_9, isr_10, isr_11, isr_12, isr_13, isr_14, isr_15
	.quad isr_16, isr_17, isr_18, isr_19, isr_20, isr_21, isr_22, isr_23
	.quad isr_24, isr_25, isr_26, isr_27, isr_28, isr_29, isr_30, isr_31
	.globl isr_return_addr
isr_return_addr:
	.quad isr_return

/* ---- the ring-3 stub: its own page (GUEST_USER_CODE, mapped US = 1) */
	.section .user, "ax"
user_stub:
	PROBE_ACCESS
	int $0x80

/* ---- the GDT (§3.4.5, §8.2.3): 32-bit code for the entry, data, 64-bit
 * kernel code, ring-3 data and 64-bit code, the TSS (filled by guest_main) */
	.data
	.align 16
	.globl gdt
gdt:
	.quad 0
	.quad 0x00CF9A000000FFFF /* 0x08 code32, DPL 0          */
	.quad 0x00CF92000000FFFF /* 0x10 data, DPL 0            */
	.quad 0x00209A0000000000 /* 0x18 code64 (L), DPL 0      */
	.quad 0x00CFF2000000FFFF /* 0x20 data, DPL 3            */
	.quad 0x0020FA0000000000 /* 0x28 code64 (L), DPL 3      */
	.quad 0, 0               /* 0x30 TSS (16 bytes)         */
gdt_end:
gdt_ptr:
	.word gdt_end - gdt - 1
	.quad gdt

	.bss
	.align 16
	.globl cur
cur:	.space 32
saved_rsp: .space 8
in_probe: .space 4
	.align 4096
boot_stack: .space 4096
boot_stack_top:
	.globl kstack_top
kstack: .space 16384
kstack_top:
