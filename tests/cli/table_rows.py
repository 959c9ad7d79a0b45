"""Cross-check a kernel layout table against a profile.

    python3 tests/cli/table_rows.py TABLE PROFILE.json

TABLE is an mm.txt (rows `START - END ...`) or mm.rst (rows `START | OFFSET |
END | SIZE | ...`) copy from tests/data/; PROFILE.json is `mmspec gen PROFILE
--format json`. Every row of the table must be exactly one region of the
profile (same first and last address; an END of the form ...000 is read as
exclusive, as `mmspec check` reads it). Prints "ok N rows" or each row that is
not a region, and exits 1 then. Rows given symbolically (`[fixmap start]`,
`FIXADDR_START`) are not rows and are not compared.
"""
import json
import re
import sys

HEX = r"[0-9a-fA-F]{16}"
TXT_ROW = re.compile(r"(?<![0-9A-Za-z])(" + HEX + r")\s*-\s*(" + HEX + r")(?![0-9A-Za-z])")


def rows(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.count("|") >= 4:
                cols = [c.strip() for c in line.split("|")]
                if re.fullmatch(HEX, cols[0]) and re.fullmatch(HEX, cols[2]):
                    out.append((n, int(cols[0], 16), int(cols[2], 16)))
                continue
            for m in TXT_ROW.finditer(line):
                out.append((n, int(m.group(1), 16), int(m.group(2), 16)))
    return out


def main():
    table, profile = sys.argv[1], sys.argv[2]
    with open(profile, encoding="utf-8") as f:
        regions = {(int(r["start"], 16), int(r["end"], 16)): r["name"]
                   for r in json.load(f)["regions"]}
    found = rows(table)
    bad = 0
    for n, start, end in found:
        if end & 0xfff == 0:
            end -= 1
        if (start, end) not in regions:
            bad += 1
            print("%s:%d: row %016x - %016x is not a region of %s" % (table, n, start, end, profile))
    if not found:
        print("%s: no rows" % table)
        return 1
    if bad:
        return 1
    print("ok %d rows" % len(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
