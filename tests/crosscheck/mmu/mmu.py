#!/usr/bin/env python3
"""The MMU cross-check of one oracle (docs/crosscheck-mmu.md): build random
page tables and probes (mmu-xcheck gen), boot the test guest under QEMU with
them (TCG or KVM; Bochs: bochs.py), read its results back over QMP (pmemsave), compare every
probe with the proven page walk (mmu-xcheck compare), then QEMU's monitor
view of the last tables with the proven enumerator (mmu-xcheck monitor).

    mmu.py --name NAME --qemu QEMU --accel tcg|kvm [--cpu CPU] --levels 4|5
           --seed S --probes N --tool MMU-XCHECK --guest GUEST.BIN --out DIR

First a boot with no probes asks the guest for the CPU it sees (MAXPHYADDR,
1-GiB pages, SMEP, SMAP, LA57): the tables are built for that CPU. Last line:
    mmu NAME: PASS|FAIL|SKIP ...
Exit status 0 (pass), 1 (fail), 3 (skip: the CPU lacks LA57 for 5 levels).
"""
import argparse
import os
import random
import socket
import struct
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from boot import Qmp  # noqa: E402  (the QMP plumbing of the kernel crosscheck)
from bochs import boot_bochs  # noqa: E402

# tests/crosscheck/guest/layout.h
CTL_PA = 0x200000
REPORT_PA = 0x210000
TABLES_PA = 0x800000
PROBES_PA = 0x1000000
RESULTS_PA = 0x1600000
PAT_PA = 0x2000000
PAT_SIZE = 0x2000000
TABLES_SIZE = 2048 * 4096
REPORT_SIZE = 40
RESULT_SIZE = 32
RF_LA57 = 0x08


def boot(a, d, tag):
    """Run the guest on the files in d; return (seconds, error or None)."""
    dbg = os.path.join(d, "debugcon.log")
    qmp_path = os.path.join(d, "qmp.sock")
    for f in (dbg, qmp_path):
        if os.path.exists(f):
            os.unlink(f)
    cmd = [a.qemu, "-machine", "q35", "-accel", a.accel, "-smp", "1", "-m", "128M",
           "-display", "none", "-nographic", "-no-reboot", "-serial", "none", "-monitor", "none",
           "-kernel", a.guest, "-debugcon", "file:" + dbg,
           "-qmp", "unix:%s,server=on,wait=off" % qmp_path]
    if a.cpu:
        cmd[5:5] = ["-cpu", a.cpu]
    for path, addr in ((os.path.join(d, "ctl.bin"), CTL_PA), (os.path.join(d, "tables.bin"), TABLES_PA),
                       (os.path.join(d, "probes.bin"), PROBES_PA), (a.pattern, PAT_PA)):
        cmd += ["-device", "loader,file=%s,addr=0x%x,force-raw=on" % (path, addr)]
    with open(os.path.join(d, "qemu.cmd"), "w") as f:
        f.write(" ".join(cmd) + "\n")
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        while True:
            text = ""
            if os.path.exists(dbg):
                with open(dbg, "rb") as f:
                    text = f.read().decode("ascii", "replace")
            if "MMSPEC-MMU-DONE" in text:
                break
            for bad in ("MMSPEC-MMU-PANIC", "MMSPEC-MMU-BADCTL"):
                if bad in text:
                    break
            else:
                bad = None
            if bad or (text and text[-1:] == "L"):
                time.sleep(0.2)
                qmp = Qmp(qmp_path, 30.0)
                qmp.command("pmemsave", val=REPORT_PA, size=REPORT_SIZE, filename=os.path.join(d, "report.bin"))
                regs = qmp.hmp("info registers")
                with open(os.path.join(d, "registers.txt"), "w") as f:
                    f.write(regs)
                return time.monotonic() - t0, "the guest said %r (%s boot; report.bin, registers.txt)" % (
                    bad or "L: no LA57", tag)
            if proc.poll() is not None:
                out = proc.stdout.read().decode("utf-8", "replace").strip()
                return time.monotonic() - t0, "QEMU exited with status %d: %s" % (proc.returncode, out)
            if time.monotonic() - t0 > a.timeout:
                return time.monotonic() - t0, "no MMSPEC-MMU-DONE within %.0f s (%s boot)" % (a.timeout, tag)
            time.sleep(0.02)
        qmp = Qmp(qmp_path, 60.0)
        qmp.command("stop")
        qmp.command("pmemsave", val=REPORT_PA, size=REPORT_SIZE, filename=os.path.join(d, "report.bin"))
        n = struct.unpack_from("<I", open(os.path.join(d, "ctl.bin"), "rb").read(), 16)[0]
        qmp.command("pmemsave", val=RESULTS_PA, size=max(n, 1) * RESULT_SIZE,
                    filename=os.path.join(d, "results.bin"))
        if tag == "probe":
            qmp.command("pmemsave", val=PAT_PA, size=PAT_SIZE, filename=os.path.join(d, "pattern.bin"))
            qmp.command("pmemsave", val=TABLES_PA, size=TABLES_SIZE, filename=os.path.join(d, "tables_after.bin"))
            monitor(a, d, qmp)
        try:
            qmp.command("quit")
        except (RuntimeError, OSError):
            pass
        proc.wait(timeout=20)
        return time.monotonic() - t0, None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def monitor(a, d, qmp):
    """`info tlb` of the last tables, and gva2gpa of a sample of the last batch's probes."""
    with open(os.path.join(d, "tlb.txt"), "w") as f:
        f.write(qmp.hmp("info tlb"))
    ctl = open(os.path.join(d, "ctl.bin"), "rb").read()
    nb = struct.unpack_from("<I", ctl, 12)[0]
    root, first, count, flags = struct.unpack_from("<QIII", ctl, 24 + 24 * (nb - 1))
    probes = open(os.path.join(d, "probes.bin"), "rb").read()
    rng = random.Random(a.seed)
    idx = sorted(rng.sample(range(first, first + count), min(count, a.gva)))
    with open(os.path.join(d, "gva.txt"), "w") as f:
        for i in idx:
            va = struct.unpack_from("<Q", probes, 32 * i)[0]
            out = qmp.hmp("gva2gpa 0x%x" % va).strip().replace("\n", " ")
            f.write("0x%016x\t%s\n" % (va, out))


def tool(a, *args):
    r = subprocess.run([a.tool] + list(args), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return r.returncode, r.stdout.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser()
    for o in ("--name", "--qemu", "--accel", "--tool", "--guest", "--out"):
        ap.add_argument(o, required=True)
    ap.add_argument("--cpu", default="")
    ap.add_argument("--levels", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--probes", type=int, required=True)
    ap.add_argument("--gva", type=int, default=300)
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--bochs-boot", default="", help="the Bochs boot sector (with --accel bochs; --qemu names bochs)")
    ap.add_argument("--pins", action="store_true", help="the fixed minimal reproducers instead of random probes")
    a = ap.parse_args()
    d = os.path.abspath(a.out)
    os.makedirs(d, exist_ok=True)
    a.pattern = os.path.join(d, "..", "pattern-in.bin")
    if not os.path.exists(a.pattern):
        rc, out = tool(a, "pattern", a.pattern)
        if rc != 0:
            print(out)
            return 1
    t0 = time.monotonic()

    def done(status, msg, rc):
        print("mmu %s: %s %s (seed %d, %.1f s)" % (a.name, status, msg, a.seed, time.monotonic() - t0))
        return rc

    # 1. the CPU as the guest sees it
    d0 = os.path.join(d, "cpuid")
    os.makedirs(d0, exist_ok=True)
    rc, out = tool(a, "gen", d0, "--seed", "1", "--levels", str(a.levels), "--probes", "0", "--sets", "1",
                   "--batches", "1")
    if rc != 0:
        return done("FAIL", "mmu-xcheck gen: " + out.strip(), 1)
    run_boot = boot_bochs if a.accel == "bochs" else boot
    secs, err = run_boot(a, d0, "cpuid")
    rep = open(os.path.join(d0, "report.bin"), "rb").read() if os.path.exists(os.path.join(d0, "report.bin")) else b""
    if err and "no LA57" in err:
        return done("SKIP", "the CPU has no LA57 (CPUID.7.0:ECX[16] = 0): no 5-level paging", 3)
    if err or len(rep) < 16:
        return done("FAIL", "the CPUID boot: %s" % err, 1)
    maxphy, features = struct.unpack_from("<II", rep, 8)
    print("mmu %s: the guest's CPU: MAXPHYADDR %d, features 0x%x (%s); CPUID boot %.1f s" % (
        a.name, maxphy, features, " ".join(n for b, n in ((1, "pdpe1gb"), (2, "smep"), (4, "smap"),
                                                           (8, "la57"), (16, "nx")) if features & b), secs))
    # 2. the probes
    oracle = "tcg" if a.accel == "tcg" else "sdm"  # Bochs, KVM: the SDM's outcome
    if a.pins:
        rc, out = tool(a, "pins", d, "--levels", str(a.levels), "--maxphyaddr", str(maxphy),
                       "--features", str(features), "--oracle", oracle)
    else:
        rc, out = tool(a, "gen", d, "--seed", str(a.seed), "--levels", str(a.levels), "--probes",
                       str(a.probes), "--maxphyaddr", str(maxphy), "--features", str(features), "--oracle", oracle)
    print(out.strip())
    if rc != 0:
        return done("FAIL", "mmu-xcheck gen failed", 1)
    secs, err = run_boot(a, d, "probe")
    if err:
        return done("FAIL", err, 1)
    print("mmu %s: qemu: %s" % (a.name, open(os.path.join(d, "qemu.cmd")).read().strip()))
    print("mmu %s: probe boot %.1f s" % (a.name, secs))
    # 3. every probe against mm_translate, the monitor against mm_enum_next
    if a.accel == "bochs":
        # no monitor to compare (Bochs's debugger has its own views; not used)
        rc1, out1 = tool(a, "compare", d)
        rc2, out2 = 0, ""
    else:
        rc1, out1 = tool(a, "compare", d)
        rc2, out2 = tool(a, "monitor", d)
    print(out1.rstrip())
    print(out2.rstrip())
    summary = [l for l in (out1 + out2).splitlines() if l.startswith(("compare: ", "monitor: "))]
    probes_line = [l for l in summary if l.startswith("compare: ") and "probes run" in l]
    msg = (probes_line[-1][len("compare: "):] if probes_line else "no compare summary")
    mon = "; ".join(l[len("monitor: "):] for l in summary if l.startswith("monitor: "))
    if rc1 == 0 and rc2 == 0:
        return done("PASS", msg + "; " + mon, 0)
    return done("FAIL", msg + "; " + mon, 1)


if __name__ == "__main__":
    sys.exit(main())
