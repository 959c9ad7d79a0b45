# The MMU test guest (tests/crosscheck/guest/): freestanding, no libc, a flat
# multiboot image that `qemu-system-x86_64 -kernel` boots. docs/crosscheck-mmu.md.
GUEST_DIR := tests/crosscheck/guest
GUEST_CFLAGS := -std=c11 $(WARN) -O2 -ffreestanding -fno-builtin -nostdlib -fno-pic -fno-pie \
                -fno-stack-protector -mno-red-zone -mgeneral-regs-only -mcmodel=small \
                -fno-asynchronous-unwind-tables -I$(GUEST_DIR)
$(B)/guest/%.o: $(GUEST_DIR)/%.c $(GUEST_DIR)/layout.h
	@mkdir -p $(dir $@)
	$(CC) $(GUEST_CFLAGS) -c $< -o $@
$(B)/guest/%.o: $(GUEST_DIR)/%.S $(GUEST_DIR)/layout.h
	@mkdir -p $(dir $@)
	$(CC) $(GUEST_CFLAGS) -c $< -o $@
$(B)/guest/guest.elf: $(B)/guest/entry.o $(B)/guest/main.o $(GUEST_DIR)/link.ld
	ld -static -nostdlib -z max-page-size=0x1000 -z noexecstack --no-warn-rwx-segments \
	  -T $(GUEST_DIR)/link.ld $(B)/guest/entry.o $(B)/guest/main.o -o $@
# flat binary from 1 MiB up to the end of the ring-3 stack page (the
# multiboot header's load_end_addr)
$(B)/guest/guest.bin: $(B)/guest/guest.elf
	objcopy -O binary --pad-to=0x112000 $< $@

# The host tool (tests/crosscheck/mmu/): linked with the proven library and
# the gen/ objects (page-table images) like the unit tests.
XC_SRC := $(wildcard tests/crosscheck/mmu/xc_*.c)
$(B)/tests/mmu-xcheck: $(XC_SRC) tests/crosscheck/mmu/xc.h $(GUEST_DIR)/layout.h $(GEN_HDR) $(LIB_HDR) \
                       $$(GEN_OBJ) $(B)/libmmspec.a
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) -Igen $(XC_SRC) $(GEN_OBJ) $(B)/libmmspec.a -o $@

# The Bochs boot sector (tests/crosscheck/bochs/boot.S): enters protected
# mode and jumps to the guest's 32-bit entry, whose address nm gives.
$(B)/guest/bochs-boot.bin: tests/crosscheck/bochs/boot.S $(B)/guest/guest.elf
	$(CC) -c -DENTRY=0x$$(nm $(B)/guest/guest.elf | awk '$$3 == "_start" { print $$1 }') $< -o $(B)/guest/bochs-boot.o
	ld -Ttext=0x7c00 --oformat binary -o $@ $(B)/guest/bochs-boot.o
