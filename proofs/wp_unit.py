#!/usr/bin/env python3
"""Run one proof unit and record its result.

usage: wp_unit.py --unit NAME --out DIR [--fct F ...] [--props P ...]
                  [--profile NAME] [--smoke full|entry] [--wp-opts="OPT ..."]
                  -- FILE...

Runs Frama-C/WP (and, for a profile unit, Eva first) with the project's fixed
options, then reads WP's own JSON report (-wp-report-json) and, for profile
units, Frama-C's consolidated property statuses (-report-csv). Writes
DIR/NAME.json = {unit, files, functions, goals, proved, smoke, smoke_kinds,
seconds, ok} and the full log DIR/NAME.log (goals and proved count the smoke
tests too; smoke is how many there were, smoke_kinds which set ran). Exit
status 1 when any goal is unproved.
"""
import argparse, csv, json, os, re, subprocess, sys, time

# The options every unit is proven with (docs/proofs.md explains each).
WP_OPTS = [
    "-wp", "-wp-rte", "-warn-unsigned-overflow", "-warn-unsigned-downcast",
    "-wp-prover", "z3-wp,cvc4", "-wp-par", os.environ.get("WP_PAR", "2"),
    "-wp-timeout", os.environ.get("WP_TIMEOUT", "20"),
    # Smoke tests pass when no prover refutes the context, so each passing
    # one costs its whole timeout on both provers: at 1 s instead of WP's 2 s
    # the layout_build_rules unit took 95 s instead of 131 s (2026-12-03, one
    # run each, same tree, fresh cache), with the same 55 smoke tests passed.
    "-wp-smoke-tests", "-wp-smoke-timeout", "1", "-wp-msg-key", "shell",
    "-kernel-warn-key", "annot:missing-spec=abort",
    "-kernel-warn-key", "typing:implicit-function-declaration=abort",
    # Results are cached under build/wp-cache (keyed by goal, prover and
    # version): a clean tree proves from scratch; WP_CACHE=offline replays
    # without running any prover (docs/proofs.md, "Cache").
    "-wp-cache", os.environ.get("WP_CACHE", "update"),
    "-wp-cache-dir", os.environ.get("WP_CACHE_DIR", "build/wp-cache"),
]
CPP = ["-Isrc", "-Ispec/acsl", "-Ibuild/gen"]

# Which smoke tests a unit runs (units.mk NAME.smoke; `make reprove
# SMOKE=full` runs them all everywhere). "full": WP's default kinds, i.e. contradictory
# preconditions (default_requires), loop invariants (dead_loop), calls that
# cannot return (dead_call) and unreachable blocks (dead_code). "entry": the
# first two only. The src/ units run "entry": their dead_code and dead_call
# tests were three quarters of their smoke tests and most of the proving time
# (layout_build_rules, 2026-12-04, -wp-cache none, one run each, nothing else
# running: 95 s with all 55, 39 s with the 8 entry ones, 27 s with none), and
# a dead block in a proven function can only be code no state meeting its
# precondition reaches, never an unsound proof. The harnesses that call the
# src/ functions (laws, witnesses) keep "full", so each of those calls is
# still checked to be able to return (docs/proofs.md, "Smoke tests").
SMOKE = {
    "full": [],
    "entry": ["-wp-no-smoke-dead-code", "-wp-no-smoke-dead-call"],
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--unit", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--fct", nargs="*", default=[])
    ap.add_argument("--props", nargs="*", default=[])
    ap.add_argument("--profile", metavar="NAME",
                    help="profile unit: FILE is the generated harness wrapper")
    ap.add_argument("--smoke", choices=sorted(SMOKE), default="full",
                    help="which smoke tests to run (units.mk NAME.smoke)")
    ap.add_argument("--wp-opts", default="",
                    help="extra WP options of this unit, one string (units.mk NAME.opts)")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    report = os.path.join(a.out, a.unit + ".wp.json")
    csvfile = os.path.join(a.out, a.unit + ".csv")
    log = os.path.join(a.out, a.unit + ".log")
    for f in (report, csvfile):
        if os.path.exists(f):
            os.remove(f)

    cpp = list(CPP) + (["-Iproofs/harness"] if a.profile else [])
    cmd = ["frama-c", "-c11", "-cpp-extra-args=" + " ".join(cpp)] + a.files
    if a.profile:
        # Eva executes the proven validator on the generated constants.
        cmd += ["-eva", "-main", "mmspec_profile_proof", "-eva-precision", "5",
                "-eva-msg-key=-summary,-final-states", "-then"]
    cmd += WP_OPTS + ["-wp-report-json", report]
    if a.profile:
        # The constants are known to Eva; WP reasons from the validator's contract.
        cmd += ["-wp-no-init-const"]
    cmd += SMOKE[a.smoke]
    cmd += a.wp_opts.split()
    if a.fct:
        cmd += ["-wp-fct", ",".join(a.fct)]
    if a.props:
        cmd += ["-wp-prop", ",".join(a.props)]
    cmd += ["-then", "-report-csv", csvfile]

    t0 = time.monotonic()
    with open(log, "w") as lf:
        lf.write("# " + " ".join(cmd) + "\n")
        lf.flush()
        rc = subprocess.call(cmd, stdout=lf, stderr=subprocess.STDOUT)
    seconds = time.monotonic() - t0
    text = open(log).read()

    problems = []
    if rc != 0:
        problems.append("frama-c exited with status %d" % rc)
    goals = proved = 0
    smoke = sum(1 for l in text.splitlines() if re.match(r"\[wp\] \[\w+\] Smoke-test ", l))
    if os.path.exists(report):
        g = json.load(open(report)).get("wp:global", {}).get("wp:main", {})
        goals, proved = g.get("total", 0), g.get("valid", 0)
    else:
        problems.append("no WP report written")
    if goals == 0:
        problems.append("no goal generated (wrong function list?)")
    if proved != goals:
        problems.append("%d of %d goals unproved" % (goals - proved, goals))
    for line in text.splitlines():
        if re.match(r"\[wp\] \[(Failed|Unknown)\]", line) or "Smoke-test" in line and "Passed" not in line:
            problems.append(line.strip())
    if a.profile and not os.path.exists(csvfile):
        problems.append("no property report written")
    elif a.profile:
        # Every property of the harness must be consolidated Valid (Eva + WP).
        rows = [r for r in csv.reader(open(csvfile), delimiter="\t")
                if len(r) >= 6 and r[3] == "mmspec_profile_proof"]
        if len(rows) < 3:
            problems.append("profile harness properties missing from the report")
        for r in rows:
            if r[5] != "Valid":
                problems.append("profile property '%s' is %s" % (r[6] if len(r) > 6 else r[4], r[5]))

    fcts = a.fct or a.props
    result = {"unit": a.unit, "files": a.files, "functions": fcts, "goals": goals,
              "proved": proved, "smoke": smoke, "smoke_kinds": a.smoke, "seconds": round(seconds, 1), "ok": not problems}
    if a.profile:
        result["profile"] = a.profile
    json.dump(result, open(os.path.join(a.out, a.unit + ".json"), "w"), indent=1)
    for p in problems:
        print("prove %s: %s" % (a.unit, p), file=sys.stderr)
    if problems:
        print("prove %s: see %s" % (a.unit, log), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
