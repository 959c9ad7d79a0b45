# make crosscheck: boot Debian's kernel (linux-image-amd64, fetched with
# apt-get download, never installed) under QEMU TCG with 4- and 5-level
# paging, with and without KASLR, and check its page tables and KASLR bases
# with `mmspec check --dump` (tests/crosscheck/run.sh, docs/live-check.md).
# Needs qemu-system-x86, busybox-static, cpio, python3 and the Debian archive;
# without them it says so and counts as skipped (a failure when CI=true or
# CROSSCHECK_REQUIRE=1). Its files go to $(B)/crosscheck/.
#
# Then the MMU cross-check (tests/crosscheck/mmu/run.sh, docs/crosscheck-mmu.md):
# the test guest of tests/crosscheck/guest/ probes random page tables under
# QEMU TCG (4- and 5-level) and KVM, every probe compared with the proven
# mm_translate. `make crosscheck-mmu` runs that part alone.
.PHONY: crosscheck crosscheck-mmu
MMU_DEPS = $(B)/tests/mmu-xcheck $(B)/guest/guest.bin $(B)/guest/bochs-boot.bin
crosscheck: $(B)/mmspec $(MMU_DEPS)
	@rc=0; bash tests/crosscheck/run.sh $(B) || rc=1; \
	 bash tests/crosscheck/mmu/run.sh $(B) || rc=1; exit $$rc
crosscheck-mmu: $(MMU_DEPS)
	@bash tests/crosscheck/mmu/run.sh $(B)
include tests/crosscheck/guest/guest.mk
