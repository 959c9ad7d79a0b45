# make crosscheck: boot Debian's kernel (linux-image-amd64, fetched with
# apt-get download, never installed) under QEMU TCG with 4- and 5-level
# paging, with and without KASLR, and check its page tables and KASLR bases
# with `mmspec check --dump` (tests/crosscheck/run.sh, docs/live-check.md).
# Needs qemu-system-x86, busybox-static, cpio, python3 and the Debian archive;
# without them it says so and counts as skipped (a failure when CI=true or
# CROSSCHECK_REQUIRE=1). Its files go to $(B)/crosscheck/.
.PHONY: crosscheck
crosscheck: $(B)/mmspec
	@bash tests/crosscheck/run.sh $(B)
include tests/crosscheck/guest/guest.mk
