#!/usr/bin/env python3
"""Write the synthetic page-table dumps of tests/data/live/ (see
tests/data/README). They are modelled on what a Linux 6.1 x86-64 guest with
2 GiB of memory, PTI on and KASLR off ("nokaslr") shows; the addresses, sizes
and flags are invented to be plausible, not copied from a real dump. The
formats follow arch/x86/mm/dump_pagetables.c (ptdump: printk_prot, note_page)
and QEMU's target/i386/monitor.c (info tlb: print_pte; info mem: mem_print).

    python3 tests/data/live/make_dumps.py     (from the repository root)
"""
import os

K, M, G, T = 1 << 10, 1 << 20, 1 << 30, 1 << 40
HERE = os.path.dirname(os.path.abspath(__file__))

# (start, end exclusive, prot, level, physical base); prot None = not present.
# prot is a set of: USR RW PWT PCD PSE PAT GLB NX (RW absent: read-only).
def layout(l5, dm, vm, vmemmap, name):
    top_user = (1 << 56) if l5 else (1 << 47)
    kbase = (0xff00000000000000 if l5 else 0xffff800000000000)
    ldt = 0xff10000000000000 if l5 else 0xffff880000000000
    pl = 'p4d' if l5 else 'pgd'
    rw, ro = {'RW', 'GLB', 'NX'}, {'GLB', 'NX'}
    x_ro = {'GLB'}
    rows = [
        ('User Space', None),
        (0, kbase, None, pl, 0),
        ('Kernel Space', None),
        (kbase, ldt, None, pl, 0),
        ('LDT remap', None),
        (ldt, dm, None, pl, 0),
        ('Low Kernel Mapping', None),
        (dm, dm + 4 * K, rw, 'pte', 0),
        (dm + 4 * K, dm + 0x9f000, rw, 'pte', 0x1000),
        (dm + 0x9f000, dm + 0x100000, {'RW', 'PCD', 'GLB', 'NX'}, 'pte', 0x9f000),
        (dm + 0x100000, dm + 2 * M, rw, 'pte', 0x100000),
        (dm + 2 * M, dm + 16 * M, rw | {'PSE'}, 'pmd', 2 * M),
        (dm + 16 * M, dm + 46 * M, ro | {'PSE'}, 'pmd', 16 * M),
        (dm + 46 * M, dm + 1 * G, rw | {'PSE'}, 'pmd', 46 * M),
        (dm + 1 * G, dm + 2 * G, rw | {'PSE'}, 'pud', 1 * G),
        (dm + 2 * G, dm + 512 * G, None, 'pud', 0),
        (dm + 512 * G, vm, None, pl, 0),
        ('vmalloc() Area', None),
        (vm, vm + 16 * K, rw, 'pte', 0x7f000000),
        (vm + 16 * K, vm + 20 * K, None, 'pte', 0),
        (vm + 20 * K, vm + 28 * K, rw, 'pte', 0x7f010000),
        (vm + 28 * K, vm + 32 * K, None, 'pte', 0),
        (vm + 32 * K, vm + 64 * K, {'RW', 'PCD', 'GLB', 'NX'}, 'pte', 0xfebf0000),
        (vm + 64 * K, vm + 2 * M, None, 'pte', 0),
        (vm + 2 * M, vm + 1 * G, None, 'pmd', 0),
        (vm + 1 * G, vmemmap, None, 'pud', 0),
        ('Vmemmap', None),
        (vmemmap, vmemmap + 32 * M, rw | {'PSE'}, 'pmd', 0x7c000000),
        (vmemmap + 32 * M, vmemmap + 1 * G, None, 'pmd', 0),
        (vmemmap + 1 * G, 0xfffffe0000000000, None, 'pud', 0),
        ('CPU entry Area', None),
        (0xfffffe0000000000, 0xfffffe0000001000, ro, 'pte', 0x2a00000),
        (0xfffffe0000001000, 0xfffffe0000002000, rw, 'pte', 0x7fc1b000),
        (0xfffffe0000002000, 0xfffffe0000003000, ro, 'pte', 0x7fc1c000),
        (0xfffffe0000003000, 0xfffffe0000008000, rw, 'pte', 0x7fc1d000),
        (0xfffffe0000008000, 0xfffffe0000200000, None, 'pte', 0),
        (0xfffffe0000200000, 0xffffff0000000000, None, 'pmd', 0),
        ('ESPfix Area', None),
        (0xffffff0000000000, 0xffffff0000001000, None, 'pte', 0),
        (0xffffff0000001000, 0xffffff0000002000, ro, 'pte', 0x7fc40000),
        ('skip', 3),
        (0xffffff0000002000, 0xffffffef00000000, None, 'pud', 0),
        ('EFI Runtime Services', None),
        (0xffffffef00000000, 0xffffffff80000000, None, 'pud', 0),
        ('High Kernel Mapping', None),
        (0xffffffff80000000, 0xffffffff81000000, None, 'pmd', 0),
        (0xffffffff81000000, 0xffffffff82e00000, x_ro | {'PSE'}, 'pmd', 16 * M),
        (0xffffffff82e00000, 0xffffffff83600000, ro | {'PSE'}, 'pmd', 46 * M),
        (0xffffffff83600000, 0xffffffff83a00000, rw | {'PSE'}, 'pmd', 54 * M),
        (0xffffffff83a00000, 0xffffffffa0000000, None, 'pmd', 0),
        ('Modules', None),
        (0xffffffffa0000000, 0xffffffffa0002000, x_ro, 'pte', 0x7e0a0000),
        (0xffffffffa0002000, 0xffffffffa0004000, ro, 'pte', 0x7e0a2000),
        (0xffffffffa0004000, 0xffffffffa0005000, rw, 'pte', 0x7e0a4000),
        (0xffffffffa0005000, 0xffffffffa0200000, None, 'pte', 0),
        (0xffffffffa0200000, 0xffffffffff000000, None, 'pmd', 0),
        ('End Modules', None),
        (0xffffffffff000000, 0xffffffffff579000, None, 'pte', 0),
        ('Fixmap Area', None),
        (0xffffffffff579000, 0xffffffffff57a000, {'RW', 'PWT', 'PCD', 'GLB', 'NX'}, 'pte', 0xfee00000),
        (0xffffffffff57a000, 0xffffffffff5fd000, None, 'pte', 0),
        (0xffffffffff5fd000, 0xffffffffff600000, rw, 'pte', 0x7ffde000),
        (0xffffffffff600000, 0xffffffffff601000, {'USR', 'GLB', 'NX'}, 'pte', 0x2c05000),
        (0xffffffffff601000, 0xffffffffff800000, None, 'pte', 0),
        (0xffffffffff800000, 1 << 64, None, 'pmd', 0),
    ]
    return rows


def size_text(delta):
    units = 'BKMGTPE'
    u = 0
    while delta & 1023 == 0 and u < len(units) - 1:
        delta >>= 10
        u += 1
    return '%9d%s ' % (delta, units[u])


def prot_text(p, level):
    if p is None:
        return ' ' * 30 + level
    out = ('USR ' if 'USR' in p else '    ') + ('RW ' if 'RW' in p else 'ro ')
    for f in ('PWT', 'PCD', 'PSE', 'PAT', 'GLB'):
        out += (f + ' ') if f in p else '    '
    out += 'NX ' if 'NX' in p else 'x  '
    return out + level


def ptdump(rows):
    out = []
    for r in rows:
        if r[0] == 'skip':
            out.append('... %d entries skipped ... ' % r[1])
        elif isinstance(r[0], str):
            out.append('---[ %s ]---' % r[0])
        else:
            s, e, p, lv, _ = r
            out.append('0x%016x-0x%016x   %s%s' % (s, e & (2**64 - 1), size_text(e - s), prot_text(p, lv)))
    return '\n'.join(out) + '\n'


def pages(rows):
    """The present pages of the rows: (va, pa, size, prot)."""
    for r in rows:
        if isinstance(r[0], str) or r[2] is None:
            continue
        s, e, p, lv, pa = r
        size = {'pte': 4 * K, 'pmd': 2 * M, 'pud': 1 * G}[lv]
        for va in range(s, e, size):
            yield va, pa + (va - s), size, p


def tlb(rows):
    out = []
    for va, pa, size, p in pages(rows):
        flags = ('X' if 'NX' in p else '-') + ('G' if 'GLB' in p else '-') + \
            ('P' if size > 4 * K else '-') + 'DA' + ('C' if 'PCD' in p else '-') + \
            ('T' if 'PWT' in p else '-') + ('U' if 'USR' in p else '-') + ('W' if 'RW' in p else '-')
        out.append('%016x: %016x %s' % (va, pa, flags))
    return '\n'.join(out) + '\n'


def mem(rows, l5):
    vbits = 57 if l5 else 48
    mask = (1 << vbits) - 1

    def canon(a):
        return a | (~mask & (2**64 - 1)) if a & (1 << (vbits - 1)) and a < (1 << vbits) else a
    out, cur = [], None
    for va, pa, size, p in pages(rows):
        prot = ('u' if 'USR' in p else '-') + 'r' + ('w' if 'RW' in p else '-')
        raw = va & mask
        if cur and cur[1] == raw and cur[2] == prot:
            cur[1] = raw + size
        else:
            if cur:
                out.append(cur)
            cur = [raw, raw + size, prot]
    out.append(cur)
    return ''.join('%016x-%016x %016x %s\n' % (canon(s), canon(e), canon(e - s), pr) for s, e, pr in out)


def write(name, text):
    with open(os.path.join(HERE, name), 'w') as f:
        f.write(text)


l4 = layout(False, 0xffff888000000000, 0xffffc90000000000, 0xffffea0000000000, 'l4')
l5 = layout(True, 0xff11000000000000, 0xffa0000000000000, 0xffd4000000000000, 'l5')
# KASLR on: the bases a boot might pick inside the window (1 GiB-aligned, in
# order, each region with its profile size).
l4k = layout(False, 0xffff88c240000000, 0xffffc93a80000000, 0xffffea5f00000000, 'l4k')
write('ptdump-4level.txt', ptdump(l4))
write('ptdump-5level.txt', ptdump(l5))
write('ptdump-4level-kaslr.txt', ptdump(l4k))
write('tlb-4level.txt', tlb(l4))
write('tlb-5level.txt', tlb(l5))
write('mem-4level.txt', mem(l4, False))
write('mem-5level.txt', mem(l5, True))
