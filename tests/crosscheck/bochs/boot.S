/* The Bochs boot sector of the MMU test guest (docs/crosscheck-mmu.md,
 * "Bochs"). Bochs boots a disk image: this sector, then the guest's memory
 * from GUEST_LOAD up to the end of the probe list, which the sector copies
 * into place 64 KiB at a time with the BIOS (INT 13h AH=42h extended read to
 * a buffer at 0x10000, INT 15h AH=87h move to extended memory); then it
 * enables A20 (port 0x92), enters 32-bit protected mode with a flat code and
 * data segment (SDM vol. 3A §10.9.1) and jumps to the guest's 32-bit entry,
 * as a multiboot loader would (the guest reads no multiboot information). */
#define CHUNKS ((0x1600000 - 0x100000) / 0x10000)
	.code16
	.text
	.globl _start
_start:
	cli
	xorw %ax, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %ss
	movw $0x7C00, %sp
	sti
	movb %dl, drive
	inb $0x92, %al
	orb $2, %al
	andb $0xFE, %al
	outb %al, $0x92
1:	movw $dap, %si
	movb drive, %dl
	movb $0x42, %ah
	int $0x13
	jc fail
	movl dst, %eax          /* the destination descriptor's base */
	movw %ax, mdst + 2
	shrl $16, %eax
	movb %al, mdst + 4
	movb %ah, mdst + 7
	movw $mgdt, %si
	movw $0x8000, %cx /* words */
	movb $0x87, %ah
	int $0x15
	jc fail
	addl $128, dap_lba
	addl $0x10000, dst
	decw chunks
	jnz 1b
	cli
	lgdtl gdt_ptr
	movl %cr0, %eax
	orl $1, %eax
	movl %eax, %cr0
	ljmpl $0x08, $pm32
fail:
	movb $'D', %al
	outb %al, $0xE9
2:	hlt
	jmp 2b
	.code32
pm32:
	movw $0x10, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %ss
	movl $ENTRY, %eax
	jmp *%eax

	.align 4
dst:	.long 0x100000
drive:	.byte 0
	.align 2
chunks:	.word CHUNKS
dap:	.byte 16, 0
	.word 128          /* sectors          */
	.word 0, 0x1000    /* buffer 1000:0000 */
dap_lba: .long 1, 0
/* INT 15h AH=87h descriptor table: dummy, GDT, source, destination, BIOS x2 */
	.align 8
mgdt:	.quad 0, 0
	.word 0xFFFF
	.byte 0x00, 0x00, 0x01, 0x93, 0x00, 0x00 /* source 0x010000 */
mdst:	.word 0xFFFF
	.byte 0x00, 0x00, 0x00, 0x93, 0x00, 0x00 /* destination: base set per chunk */
	.quad 0, 0
	.align 8
gdt:
	.quad 0
	.quad 0x00CF9A000000FFFF /* 0x08 code32 */
	.quad 0x00CF92000000FFFF /* 0x10 data   */
gdt_ptr:
	.word gdt_ptr - gdt - 1
	.long gdt
	.org 510
	.byte 0x55, 0xAA
