#!/usr/bin/env python3
"""Run one proof unit and record its result.

usage: wp_unit.py --unit NAME --out DIR [--fct F ...] [--props P ...]
                  [--profile NAME] [--smoke full|entry] [--wp-opts="OPT ..."]
                  -- FILE...

Runs Frama-C/WP (and, for a profile unit, Eva first) with the project's fixed
options, in two passes (CVC4 alone with a short timeout, then both provers on
what is left; WP_FIRST below), then counts the goals from the log pass by pass
(main, "The goals of the unit") and, for profile units, checks Frama-C's
consolidated property statuses (-report-csv). Writes
DIR/NAME.json = {unit, files, functions, goals, proved, smoke, smoke_kinds,
seconds, ok} and the full log DIR/NAME.log (goals and proved count the smoke
tests too; smoke is how many there were, smoke_kinds which set ran). Exit
status 1 when any goal is unproved.
"""
import argparse, csv, json, os, re, subprocess, sys, time

# The options of both passes of every unit (docs/proofs.md explains each).
WP_COMMON = [
    "-wp", "-wp-rte", "-warn-unsigned-overflow", "-warn-unsigned-downcast",
    "-wp-par", os.environ.get("WP_PAR", "2"), "-wp-msg-key", "shell",
    "-kernel-warn-key", "annot:missing-spec=abort",
    "-kernel-warn-key", "typing:implicit-function-declaration=abort",
    # Results are cached under build/wp-cache (keyed by goal, prover and
    # version): a clean tree proves from scratch; WP_CACHE=offline replays
    # without running any prover (docs/proofs.md, "Cache").
    "-wp-cache", os.environ.get("WP_CACHE", "update"),
    "-wp-cache-dir", os.environ.get("WP_CACHE_DIR", "build/wp-cache"),
]
# Two passes in one Frama-C run (docs/proofs.md, "Two passes"). The first
# gives every goal to CVC4 alone with a short timeout; the second (after
# -then, WP selects only the properties whose status is not yet Valid) gives
# what is left to both provers with the full timeout, exactly as a single
# pass did, and runs the smoke tests. With both provers on every goal, each
# goal cost two Why3 task translations and two prover processes, the loser
# killed only when the winner finished: unit pagemap took 300 s from scratch
# on a quiet machine in one pass, 170 s in two (2026-12-07, same goals, all
# proved; CVC4 proved 777 of 780 goals within 5 s).
WP_FIRST = [
    "-wp-prover", "cvc4", "-wp-timeout", os.environ.get("WP_FIRST_TIMEOUT", "5"),
    "-wp-no-smoke-tests",
]
WP_FINAL = [
    "-wp-prover", "z3-wp,cvc4", "-wp-timeout", os.environ.get("WP_TIMEOUT", "20"),
    # Smoke tests pass when no prover refutes the context, so each passing
    # one costs its whole timeout on both provers: at 1 s instead of WP's 2 s
    # the layout_build_rules unit took 95 s instead of 131 s (2026-12-03, one
    # run each, same tree, fresh cache), with the same 55 smoke tests passed.
    "-wp-smoke-tests", "-wp-smoke-timeout", "1",
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


def verdicts(section):
    """Goal or smoke-test name -> proved, from one pass's lines of the log
    (-wp-msg-key shell prints every goal, Qed's included). A goal is proved
    when a prover said Valid; a smoke test passes when no line failed it."""
    v = {}
    for line in section.splitlines():
        m = re.match(r"\[wp\] \[(\w+)\] Goal (\S+)(?: : (\w+))?", line)
        if m and m.group(1) == "CFG":
            # `terminates` of a function without loops or calls, valid by
            # its control-flow graph; WP's own report does not count them
            continue
        if m:
            v[m.group(2)] = v.get(m.group(2), False) or m.group(3) == "Valid"
            continue
        m = re.match(r"\[wp\] \[(\w+)\] Smoke-test (\S+)", line)
        if m:
            v[m.group(2)] = v.get(m.group(2), True) and m.group(1) == "Passed"
    return v


def run(cmd, log, mode):
    with open(log, mode) as lf:
        lf.write("# " + " ".join(cmd) + "\n")
        lf.flush()
        return subprocess.call(cmd, stdout=lf, stderr=subprocess.STDOUT)


def prop_of(goal):
    """The property a goal belongs to: -wp-split names its parts _partN."""
    return re.sub(r"_part\d+$", "", goal)


def account(first, final):
    """The goals of a unit and whether each is proved: the final pass's, and
    the first pass's of every property the final pass did not take up
    again. WP's JSON report adds up both passes by goal name, and -wp-split
    may cut a property retried in the final pass into other parts than the
    first (entry_op's `page`: 9 parts, then 24), so the counts come from the
    log, pass by pass (tests/tools/test_wp_unit.py)."""
    retried = {prop_of(g) for g in final}
    outcome = {g: ok for g, ok in first.items() if prop_of(g) not in retried}
    outcome.update(final)
    return outcome


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
    head = ["frama-c", "-c11", "-cpp-extra-args=" + " ".join(cpp)] + a.files
    if a.profile:
        # Eva executes the proven validator on the generated constants.
        head += ["-eva", "-main", "mmspec_profile_proof", "-eva-precision", "5",
                 "-eva-msg-key=-summary,-final-states", "-then"]
    select = []
    if a.profile:
        # The constants are known to Eva; WP reasons from the validator's contract.
        select += ["-wp-no-init-const"]
    if a.fct:
        select += ["-wp-fct", ",".join(a.fct)]
    unit_opts = a.wp_opts.split()
    # A unit's longer per-function timeouts (-wp-fct-timeout F:N) belong to
    # the final pass only; its other options (-wp-split) shape the goals and
    # go to both.
    first_opts, i = [], 0
    while i < len(unit_opts):
        if unit_opts[i] == "-wp-fct-timeout":
            i += 2
            continue
        first_opts.append(unit_opts[i])
        i += 1
    final_opts = WP_COMMON + WP_FINAL + SMOKE[a.smoke] + unit_opts
    out = ["-wp-report-json", report, "-then", "-report-csv", csvfile]

    t0 = time.monotonic()
    rc = 0
    passes_missing = False
    if not a.props:
        # Functions: both passes in one run (-then keeps the parsed, annotated
        # program; the final pass reselects what is not yet Valid).
        cmd = (head + WP_COMMON + WP_FIRST + first_opts + select + ["-then"] +
               final_opts + select + out)
        rc = run(cmd, log, "w")
        text = open(log).read()
        starts = [m.start() for m in re.finditer(r"\[wp\] Running WP plugin", text)]
        if len(starts) < 2:
            # no final pass: its retries and every smoke test are missing
            passes_missing = True
            starts = [0, 0] + starts
        first, final = verdicts(text[starts[-2]:starts[-1]]), verdicts(text[starts[-1]:])
        final_text = text[starts[-1]:]
    else:
        # Lemmas: after -then WP takes up every selected lemma again,
        # proven or not, so the final pass is a second run on the lemmas
        # the first left, by name.
        rc = run(head + WP_COMMON + WP_FIRST + first_opts +
                 ["-wp-prop", ",".join(a.props)] + out, log, "w")
        first = verdicts(open(log).read())
        left = sorted(g[len("typed_lemma_"):] for g, ok in first.items()
                      if not ok and g.startswith("typed_lemma_"))
        final, final_text = {}, ""
        if rc == 0 and left:
            size = os.path.getsize(log)
            rc = run(head + final_opts + ["-wp-prop", ",".join(left)] + out, log, "a")
            final_text = open(log).read()[size:]
            final = verdicts(final_text)
        elif rc == 0:
            final_text = open(log).read()
    seconds = time.monotonic() - t0
    text = open(log).read()

    problems = []
    if rc != 0:
        problems.append("frama-c exited with status %d" % rc)
    if passes_missing:
        problems.append("the log does not show both WP passes")
    outcome = account(first, final)
    goals, proved = len(outcome), sum(outcome.values())
    smoke = sum(1 for g in outcome if "_wp_smoke_" in g)
    if not os.path.exists(report):
        problems.append("no WP report written")
    if goals == 0:
        problems.append("no goal generated (wrong function list?)")
    if proved != goals:
        problems.append("%d of %d goals unproved" % (goals - proved, goals))
    # Only the final pass decides (a goal the first pass left is retried).
    for line in final_text.splitlines():
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
