#!/usr/bin/env python3
"""Tests of proofs/wp_unit.py's reading of a two-pass WP log: which goals a
unit has and which are proved (verdicts, prop_of, account). The log lines
are in the form Frama-C 25's WP prints with -wp-msg-key shell. Prints
"wp_unit: N passed, N failed"; exit status 1 on a failure."""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "wp_unit", os.path.join(HERE, "..", "..", "proofs", "wp_unit.py"))
wp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wp)

passed = failed = 0


def check(name, got, want):
    global passed, failed
    if got == want:
        passed += 1
    else:
        failed += 1
        print("FAIL %s: got %r, want %r" % (name, got, want))


# One pass: Qed, a prover, a prover failing then the consolidated [Failed]
# line, a trivial [CFG] goal (not counted, as WP's report does not), smoke
# tests passed and failed (a failed one may print several lines).
PASS1 = """[wp] Running WP plugin...
[wp] [CFG] Goal f_terminates : Valid (Trivial)
[wp] 5 goals scheduled
[wp] [Qed] Goal typed_f_assigns : Valid
[wp] [CVC4] Goal typed_f_ensures_a : Valid (Qed:5ms) (1.4s) (135244)
[wp] [CVC4] Goal typed_f_ensures_b : Timeout (Qed:15ms) (5s)
[wp] [CVC4] Goal typed_f_assert_page_part1 : Valid (Qed:5ms) (0.4s)
[wp] [CVC4] Goal typed_f_assert_page_part2 : Unsuccess
[wp] [CVC4] Goal typed_f_assert_page_part3 : Valid
[wp] Proved goals:    4 / 6
"""
v1 = wp.verdicts(PASS1)
check("verdicts: Qed", v1.get("typed_f_assigns"), True)
check("verdicts: prover valid", v1.get("typed_f_ensures_a"), True)
check("verdicts: timeout", v1.get("typed_f_ensures_b"), False)
check("verdicts: unsuccess", v1.get("typed_f_assert_page_part2"), False)
check("verdicts: CFG trivial not counted", "f_terminates" in v1, False)
check("verdicts: count", len(v1), 6)

# The final pass retries ensures_b (proved by Z3) and `page`, cut into other
# parts than before, and runs the smoke tests.
PASS2 = """[wp] Running WP plugin...
[wp] [CFG] Goal f_terminates : Valid (Trivial)
[wp] [CVC4] Goal typed_f_ensures_b : Timeout (20s)
[wp] [Z3] Goal typed_f_ensures_b : Valid (1.9s)
[wp] [Qed] Goal typed_f_assert_page_part01 : Valid
[wp] [CVC4] Goal typed_f_assert_page_part02 : Valid
[wp] [Passed] Smoke-test typed_f_wp_smoke_default_requires
[wp] [Failed] Smoke-test typed_g_wp_smoke_default_requires
[wp] [Failed] Smoke-test typed_g_wp_smoke_default_requires
"""
v2 = wp.verdicts(PASS2)
check("verdicts: second prover proves", v2.get("typed_f_ensures_b"), True)
check("verdicts: smoke passed", v2.get("typed_f_wp_smoke_default_requires"), True)
check("verdicts: smoke failed", v2.get("typed_g_wp_smoke_default_requires"), False)

check("prop_of: split part", wp.prop_of("typed_f_assert_page_part02"), "typed_f_assert_page")
check("prop_of: plain", wp.prop_of("typed_f_ensures_b"), "typed_f_ensures_b")

out = wp.account(v1, v2)
# kept from pass 1: assigns, ensures_a; page's three old parts replaced by two
# new ones; ensures_b from pass 2; two smoke tests
check("account: goals", sorted(out), sorted([
    "typed_f_assigns", "typed_f_ensures_a", "typed_f_ensures_b",
    "typed_f_assert_page_part01", "typed_f_assert_page_part02",
    "typed_f_wp_smoke_default_requires", "typed_g_wp_smoke_default_requires"]))
check("account: proved", sum(out.values()), 6)
check("account: the failed smoke test stays unproved",
      out["typed_g_wp_smoke_default_requires"], False)

# A goal the first pass failed that the final pass did not retry stays a
# failure (never counted proved by omission).
out = wp.account({"typed_h_ensures_x": False, "typed_h_assigns": True}, {})
check("account: unretried failure", (len(out), sum(out.values())), (2, 1))

print("wp_unit: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
