#!/bin/busybox sh
# /init of the crosscheck initramfs (tests/crosscheck/run.sh builds it with
# busybox-static): mount /proc, print the addresses of the kernel's layout
# variables from /proc/kallsyms, then sleep, so that the CPU idles in the
# kernel while the host reads and dumps through the QEMU monitor
# (tests/crosscheck/boot.py). Lines for the host start with MMSPEC-.
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
# kallsyms shows addresses to a reader with CAP_SYSLOG when kptr_restrict is
# 0 or 1; this init is root, set it to 0 anyway and say what it is.
echo 0 >/proc/sys/kernel/kptr_restrict
echo "MMSPEC-KPTR $(cat /proc/sys/kernel/kptr_restrict)"
echo "MMSPEC-UNAME $(uname -r)"
grep -E ' (page_offset_base|vmalloc_base|vmemmap_base|max_pfn|phys_base|init_top_pgt|_text|_end)$' /proc/kallsyms |
  sed 's/^/MMSPEC-SYM /'
echo MMSPEC-READY
while :; do sleep 1000; done
