#!/usr/bin/env python3
"""Boot a kernel under QEMU (TCG), wait for the crosscheck initramfs to report,
then read the kernel's layout variables and dump its page tables through the
QEMU monitor (QMP, `human-monitor-command`). Used by tests/crosscheck/run.sh;
docs/live-check.md ("Live checks against Debian's kernel") says what is read
and why.

    boot.py --qemu QEMU --kernel BZIMAGE --initrd INITRD --append CMDLINE
            --cpu CPU --mem 512M --out DIR [--timeout 240]

The guest's /init (tests/crosscheck/init.sh) prints `MMSPEC-SYM ADDR TYPE NAME`
lines from /proc/kallsyms and then `MMSPEC-READY`, and sleeps. This script then
stops the virtual CPU (QMP `stop`), checks it is in the kernel (CPL 0), reads
every symbol's 8-byte value with the monitor's `x /1gx ADDR` (a read through
the guest's current page tables), and writes into DIR:

    serial.log   the guest's console
    qemu.cmd     the QEMU command line
    facts        NAME=VALUE lines (the symbols' addresses and values, CR3, CR4,
                 the time each step took)
    tlb.txt      `info tlb`          mem.txt   `info mem`
    registers.txt `info registers`

Exit status 0, or 1 with a message on stderr (a boot that does not report
within the timeout, a QEMU that exits, a monitor error).
"""
import argparse
import json
import os
import re
import socket
import subprocess
import sys
import time

SYMS = ("page_offset_base", "vmalloc_base", "vmemmap_base", "max_pfn", "phys_base",
        "init_top_pgt", "_text", "_end")


class Qmp:
    def __init__(self, path, timeout):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(path)
        self.buf = b""
        self.reply()  # the greeting
        self.command("qmp_capabilities")

    def reply(self):
        while True:
            nl = self.buf.find(b"\n")
            if nl >= 0:
                line, self.buf = self.buf[:nl], self.buf[nl + 1:]
                msg = json.loads(line)
                if "event" in msg:
                    continue
                return msg
            data = self.sock.recv(1 << 20)
            if not data:
                raise RuntimeError("QMP: the connection closed")
            self.buf += data

    def command(self, name, **args):
        req = {"execute": name}
        if args:
            req["arguments"] = args
        self.sock.sendall(json.dumps(req).encode() + b"\n")
        msg = self.reply()
        if "error" in msg:
            raise RuntimeError("QMP %s: %s" % (name, msg["error"].get("desc", msg["error"])))
        return msg.get("return")

    def hmp(self, line):
        return self.command("human-monitor-command", **{"command-line": line})


def fail(msg):
    sys.stderr.write("boot.py: %s\n" % msg)
    return 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--qemu", required=True)
    ap.add_argument("--kernel", required=True)
    ap.add_argument("--initrd", required=True)
    ap.add_argument("--append", required=True)
    ap.add_argument("--cpu", required=True)
    ap.add_argument("--mem", default="512M")
    ap.add_argument("--out", required=True)
    ap.add_argument("--timeout", type=float, default=240.0)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    serial = os.path.join(a.out, "serial.log")
    qmp_path = os.path.join(a.out, "qmp.sock")
    for f in (serial, qmp_path):
        if os.path.exists(f):
            os.unlink(f)
    cmd = [a.qemu, "-machine", "q35", "-accel", "tcg", "-cpu", a.cpu, "-smp", "1",
           "-m", a.mem, "-display", "none", "-nographic", "-no-reboot",
           "-kernel", a.kernel, "-initrd", a.initrd, "-append", a.append,
           "-serial", "file:" + serial, "-monitor", "none",
           "-qmp", "unix:%s,server=on,wait=off" % qmp_path]
    with open(os.path.join(a.out, "qemu.cmd"), "w") as f:
        f.write(" ".join("'%s'" % c if (" " in c or c == "") else c for c in cmd) + "\n")
    facts = []
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        return run(a, proc, serial, qmp_path, facts, t0)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        with open(os.path.join(a.out, "facts"), "w") as f:
            f.write("".join("%s=%s\n" % kv for kv in facts))


def run(a, proc, serial, qmp_path, facts, t0):
    # 1. the guest's report on the serial console
    text = ""
    while True:
        if proc.poll() is not None:
            out = proc.stdout.read().decode("utf-8", "replace").strip()
            return fail("QEMU exited with status %d before the guest reported (%s); see %s"
                        % (proc.returncode, out or "no output", serial))
        if time.monotonic() - t0 > a.timeout:
            return fail("no MMSPEC-READY on the console within %.0f s; see %s" % (a.timeout, serial))
        try:
            with open(serial, "rb") as f:
                text = f.read().decode("utf-8", "replace")
        except FileNotFoundError:
            text = ""
        if "MMSPEC-READY" in text:
            break
        if "Kernel panic" in text:
            time.sleep(1)
            return fail("the kernel panicked; see %s" % serial)
        time.sleep(0.2)
    t_boot = time.monotonic() - t0
    facts.append(("boot_seconds", "%.1f" % t_boot))
    addr = {}
    for m in re.finditer(r"^MMSPEC-SYM ([0-9a-f]{16}) \S+ (\S+)\s*$", text, re.M):
        addr[m.group(2)] = int(m.group(1), 16)
    for m in re.finditer(r"^MMSPEC-(UNAME|KPTR) (.*?)\s*$", text, re.M):
        facts.append((m.group(1).lower(), m.group(2)))
    missing = [s for s in SYMS if s not in addr]
    if missing:
        return fail("the guest did not print the address of %s; see %s" % (", ".join(missing), serial))
    if any(v == 0 for v in addr.values()):
        return fail("/proc/kallsyms shows zero addresses (kptr_restrict?); see %s" % serial)

    # 2. the monitor: stop the CPU in the kernel, read, dump
    t1 = time.monotonic()
    qmp = Qmp(qmp_path, 60.0)
    regs = ""
    for attempt in range(20):
        qmp.command("stop")
        regs = qmp.hmp("info registers")
        if re.search(r"\bCPL=0\b", regs):
            break
        qmp.command("cont")  # stopped in user mode: let it go back to sleep
        time.sleep(0.2)
    else:
        return fail("the CPU was in user mode at 20 stops; cannot dump the kernel's tables")
    with open(os.path.join(a.out, "registers.txt"), "w") as f:
        f.write(regs)
    for r in ("CR0", "CR3", "CR4", "EFER"):
        m = re.search(r"\b%s=([0-9a-f]+)" % r, regs)
        facts.append((r.lower(), "0x" + (m.group(1) if m else "?")))
    for s in SYMS:
        facts.append((s + "_addr", "0x%016x" % addr[s]))
    for s in ("page_offset_base", "vmalloc_base", "vmemmap_base", "max_pfn", "phys_base"):
        out = qmp.hmp("x /1gx 0x%x" % addr[s])
        m = re.match(r"^([0-9a-f]+): 0x([0-9a-f]+)\s*$", out.strip())
        if not m or int(m.group(1), 16) != addr[s]:
            return fail("cannot read %s at 0x%x through the monitor: %r" % (s, addr[s], out))
        facts.append((s, "0x%016x" % int(m.group(2), 16)))
    t2 = time.monotonic()
    facts.append(("read_seconds", "%.1f" % (t2 - t1)))
    for what in ("tlb", "mem"):
        t3 = time.monotonic()
        out = qmp.hmp("info " + what)
        with open(os.path.join(a.out, what + ".txt"), "w") as f:
            f.write(out)
        facts.append(("info_%s_seconds" % what, "%.1f" % (time.monotonic() - t3)))
    facts.append(("dump_seconds", "%.1f" % (time.monotonic() - t2)))
    try:
        qmp.command("quit")
    except (RuntimeError, OSError):
        pass
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
