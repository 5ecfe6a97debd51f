#!/usr/bin/env python3
"""Which code and data of a running static margintop are resident, grouped by library.

Reads the present bit of every page the executable maps (/proc/PID/pagemap, needs root) and the
executable's symbol table (nm), and adds each symbol's resident bytes to its owner: the Swift
module named in its mangled name, ICU (C++ namespace icu_NN, C functions with the _NN version
suffix, the icudt data), or "C/C++ other". Resident bytes no symbol covers (metadata sections,
unwind tables, relocations) are listed per ELF section. Answers, for example, whether Foundation's
internationalisation and ICU cost memory in the process.

Usage: resident_symbols.py PID [--top 25]
"""
import argparse
import bisect
import os
import re
import struct
import subprocess
from collections import defaultdict

PAGE = os.sysconf("SC_PAGE_SIZE")
SWIFT = re.compile(r"^\$s(?:s|(\d+)([A-Za-z_][A-Za-z0-9_]*))")
ICU_CXX = re.compile(r"^_ZN(?:K|NK)?\d*icu_\d+")
ICU_C = re.compile(r"^(u|ucol|ubrk|uloc|ures|unorm2?|ucnv|udat|unum|uset|utrans|ucal|uenum|ustr|utext|uprv|udata|ucase|uchar|uscript|ulist|ucurr|uidna|uregex|usearch|uspoof|utf8|ubidi|ushape|udatpg|uplrules|ufmt|umsg|utmscale|upvec|utrie2?|ucptrie|umutablecptrie|icu4x|ucln)_\w+_\d+$")


def owner(symbol):
    if symbol.startswith("icudt") or ICU_CXX.match(symbol) or ICU_C.match(symbol) or "_ZN6icu_" in symbol:
        return "ICU"
    m = SWIFT.match(symbol)
    if m:
        return "Swift stdlib" if m.group(1) is None else m.group(2)[: int(m.group(1))]
    if symbol.startswith("_ZN") or symbol.startswith("_ZNK"):
        space = re.match(r"_ZNK?(\d+)", symbol)
        if space:
            n = int(space.group(1))
            start = space.end()
            return "C++ " + symbol[start:start + n]
    return "C/C++ other"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pid", type=int)
    parser.add_argument("--top", type=int, default=25)
    options = parser.parse_args()
    executable = os.path.realpath(f"/proc/{options.pid}/exe")

    # The executable's mappings: (start, end, file offset).
    mappings = []
    with open(f"/proc/{options.pid}/maps") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 6 and os.path.realpath(parts[5]) == executable:
                start, end = (int(x, 16) for x in parts[0].split("-"))
                mappings.append((start, end, int(parts[2], 16)))
    base = min(start - offset for start, _, offset in mappings)

    resident = set()
    with open(f"/proc/{options.pid}/pagemap", "rb") as f:
        for start, end, _ in mappings:
            f.seek(start // PAGE * 8)
            data = f.read((end - start) // PAGE * 8)
            for i, (entry,) in enumerate(struct.iter_unpack("<Q", data)):
                if entry >> 63:
                    resident.add(start + i * PAGE)

    # ELF sections (virtual address ranges) for bytes no symbol covers.
    sections = []
    for line in subprocess.run(["readelf", "-SW", executable], capture_output=True, text=True).stdout.splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", line)
        if m and int(m.group(2), 16):
            sections.append((int(m.group(2), 16), int(m.group(2), 16) + int(m.group(3), 16), m.group(1)))
    sections.sort()

    symbols = []
    out = subprocess.run(["nm", "-S", "--defined-only", "-n", executable], capture_output=True, text=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and int(parts[1], 16) > 0:
            symbols.append((int(parts[0], 16), int(parts[1], 16), parts[3]))

    by_owner = defaultdict(int)
    covered = set()
    for address, size, name in symbols:
        start, end = base + address, base + address + size
        page = start - start % PAGE
        total = 0
        while page < end:
            if page in resident:
                lo, hi = max(start, page), min(end, page + PAGE)
                total += hi - lo
                covered.add(page)
            page += PAGE
        if total:
            by_owner[owner(name)] += total

    # Resident pages touched by no symbol, by section.
    by_section = defaultdict(int)
    starts = [s[0] for s in sections]
    for page in resident - covered:
        address = page - base
        i = bisect.bisect_right(starts, address) - 1
        name = sections[i][2] if i >= 0 and address < sections[i][1] else "(no section)"
        by_section[name] += PAGE

    total_resident = len(resident) * PAGE
    print(f"{executable}: {total_resident / 1048576:.1f} MB of its mapped file resident")
    print(f"by owner of the symbols on resident pages (bytes of the symbols themselves):")
    for name, size in sorted(by_owner.items(), key=lambda kv: -kv[1])[: options.top]:
        print(f"  {size / 1048576:7.2f} MB  {name}")
    print("resident pages no symbol touches, by section:")
    for name, size in sorted(by_section.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {size / 1048576:7.2f} MB  {name}")


if __name__ == "__main__":
    main()
