#!/usr/bin/env python3
"""Aggregate the per-unit results of a proof run into build/proof-summary.json
and print a table (unit, goals, proved, smoke tests among them, seconds). Exit 1 unless every unit of
the list is present and fully proved."""
import json, os, sys

def main():
    out, summary, units = sys.argv[1], sys.argv[2], sys.argv[3:]
    rows, ok = [], True
    for u in units:
        p = os.path.join(out, u + ".json")
        if not os.path.exists(p):
            rows.append({"unit": u, "goals": 0, "proved": 0, "seconds": 0, "ok": False,
                         "functions": []})
            ok = False
            continue
        r = json.load(open(p))
        rows.append(r)
        ok = ok and r["ok"]
    goals = sum(r["goals"] for r in rows)
    proved = sum(r["proved"] for r in rows)
    seconds = round(sum(r["seconds"] for r in rows), 1)
    with open(summary, "w") as f:
        json.dump({"goals": goals, "proved": proved,
                   "smoke": sum(r.get("smoke", 0) for r in rows), "seconds": seconds, "ok": ok,
                   "units": rows}, f, indent=1)
    w = max(len(r["unit"]) for r in rows)
    smoke = sum(r.get("smoke", 0) for r in rows)
    print("%-*s %7s %7s %6s %8s" % (w, "unit", "goals", "proved", "smoke", "seconds"))
    for r in rows:
        flag = "" if r["ok"] else "   <-- NOT PROVED"
        print("%-*s %7d %7d %6d %8.1f%s" % (w, r["unit"], r["goals"], r["proved"],
                                           r.get("smoke", 0), r["seconds"], flag))
    print("%-*s %7d %7d %6d %8.1f" % (w, "total", goals, proved, smoke, seconds))
    print("proof summary: %s (%d/%d goals proved)" % (summary, proved, goals))
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
