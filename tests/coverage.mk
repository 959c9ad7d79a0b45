# --- make coverage: which lines and branches of src/ the tests execute.
# The whole test suite again with B=$(B)/cov, src/ and the rest built with
# gcc's --coverage at -O0, then gcov on every src/*.c: a table of lines and
# branches executed, and each line no test reaches. It complements the proofs'
# smoke tests, which in the src/ units look for contradictory preconditions
# and loop invariants only. A report, not a gate: some of the lines it lists
# are defensive error returns no valid input reaches (docs/proofs.md, "Smoke
# tests", lists them).
COV_FLAGS := --coverage -O0 -g
.PHONY: coverage
coverage:
	@rm -f $(B)/cov/obj/src/*.gcda
	@$(MAKE) --no-print-directory B=$(B)/cov CC=gcc CFLAGS='$(COV_FLAGS)' \
	  LIBCFLAGS='-std=c11 $$(WARN) $(COV_FLAGS) -ffreestanding -fno-builtin $$(INC)' test
	@sh tests/coverage.sh $(B)/cov/obj/src src/*.c
