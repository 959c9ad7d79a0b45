# Fuzzing and sanitizer runs. Included by the Makefile.
#
#   make fuzz-build     build the libFuzzer harnesses into $(B)/fuzz/ (clang)
#   make fuzz           build them, then run each, one after the other, for
#                       FUZZ_SECONDS (default 60) seconds; the last line is
#                       "fuzz: NAME N execs N crashes; ... " (exit 1 on a crash)
#   make fuzz-regress   run every harness once over tests/data/fuzz-regressions/
#   make test-sanitize  build the tests and the CLI with ASan+UBSan into
#                       $(B)/asan and run the whole test suite against them
#
# Harnesses (tests/fuzz/fuzz_NAME.c):
#   profile   the profile parser, the proven validator, show and every emitter
#   mmtable   the mm.txt/mm.rst table parser (only when gen/mmtable.h exists)
#   defines   the #define reader, the macro evaluator, mapping files and the
#             header check (`mmspec check --defines`)
#   dump      the ptdump / info tlb / info mem parsers and the dump check
#             (`mmspec check --dump`)
#
# The fuzzer runtime comes with clang: on Debian 12 the packages clang and
# libclang-rt-14-dev (libFuzzer and the sanitizer runtimes; only recommended
# by clang, so not there under --no-install-recommends). docs/fuzzing.md has
# the results of the long runs.

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_B       := $(B)/fuzz
FUZZ_PKGS    := clang libclang-rt-14-dev
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS  := -std=c11 -Wall -Wextra -O1 -g -fno-omit-frame-pointer $(FUZZ_SAN) \
                -fsanitize=fuzzer-no-link $(INC) -Igen
FUZZ_LIBFLAGS := $(FUZZ_CFLAGS) -ffreestanding -fno-builtin
# Per run: stop an input after 10 s (a hang), inputs up to 8 KiB (33 regions
# and more), keep the crash files under $(FUZZ_B)/artifacts/NAME/.
FUZZ_RUNFLAGS := -timeout=10 -max_len=8192 -print_final_stats=1

FUZZ_NAMES   := profile $(if $(wildcard gen/mmtable.h),$(if $(wildcard tests/fuzz/fuzz_mmtable.c),mmtable)) \
                defines dump
FUZZ_BIN     := $(FUZZ_NAMES:%=$(FUZZ_B)/fuzz_%)
FUZZ_OK      := $(FUZZ_B)/toolchain.ok
FUZZ_LIB_OBJ := $(LIB_SRC:src/%.c=$(FUZZ_B)/obj/src/%.o)
FUZZ_GEN_OBJ := $(GEN_SRC:gen/%.c=$(FUZZ_B)/obj/gen/%.o)

# Seeds of each harness (copied into $(FUZZ_B)/seeds/NAME/ before a run).
FUZZ_SEEDS_profile := $(PROFILES) $(shell find tests/data -name '*.layout' 2>/dev/null)
FUZZ_SEEDS_mmtable := $(wildcard tests/data/*.txt tests/data/*.rst tests/data/*/*.txt \
                        tests/data/*/*.rst) $(PROFILES)
FUZZ_SEEDS_defines := $(wildcard tests/data/live/*.h tests/data/fuzz-regressions/defines/*)
FUZZ_SEEDS_dump    := $(wildcard tests/data/live/*.txt)
FUZZ_DICT_profile  := tests/fuzz/profile.dict
FUZZ_DICT_mmtable  := $(wildcard tests/fuzz/mmtable.dict)
FUZZ_DICT_defines  := tests/fuzz/defines.dict
FUZZ_DICT_dump     := tests/fuzz/dump.dict

.PHONY: fuzz fuzz-build fuzz-regress test-sanitize

# Can FUZZ_CC link a libFuzzer program? Say which package is missing if not.
$(FUZZ_OK):
	@mkdir -p $(dir $@)
	@command -v $(FUZZ_CC) >/dev/null 2>&1 || { \
	  echo "fuzz: $(FUZZ_CC) not found; on Debian 12 install the packages: $(FUZZ_PKGS)" >&2; exit 2; }
	@printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
	  'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
	  >$(FUZZ_B)/toolchain.c
	@$(FUZZ_CC) -fsanitize=fuzzer,address,undefined $(FUZZ_B)/toolchain.c -o $(FUZZ_B)/toolchain \
	  2>$(FUZZ_B)/toolchain.err || { cat $(FUZZ_B)/toolchain.err >&2; \
	  echo "fuzz: $(FUZZ_CC) cannot link -fsanitize=fuzzer (no libFuzzer runtime); on Debian 12 install the package libclang-rt-14-dev (with clang: $(FUZZ_PKGS))" >&2; \
	  exit 2; }
	@touch $@

$(FUZZ_B)/obj/src/%.o: src/%.c $(LIB_HDR) | $(FUZZ_OK)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_LIBFLAGS) -c $< -o $@

$(FUZZ_B)/obj/gen/%.o: gen/%.c $(GEN_HDR) $(LIB_HDR) | $(FUZZ_OK)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

# An archive, so that a harness links only the objects it uses (no built-in
# profiles, no CLI).
$(FUZZ_B)/libfuzzgen.a: $(FUZZ_GEN_OBJ) $(FUZZ_LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(FUZZ_B)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_B)/libfuzzgen.a $(GEN_HDR) $(LIB_HDR) | $(FUZZ_OK)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Werror -fsanitize=fuzzer $< $(FUZZ_B)/libfuzzgen.a -o $@

fuzz-build: $(FUZZ_BIN)
	@echo "fuzz-build: $(FUZZ_BIN)"

# One harness after the other (one core). Each run adds to its corpus
# $(FUZZ_B)/corpus/NAME/ (kept between runs); the seeds and the regression
# inputs are read only. A crash stops that harness's run; its input is in
# $(FUZZ_B)/artifacts/NAME/ (minimise with: HARNESS -minimize_crash=1 -runs=10000 FILE).
fuzz: $(FUZZ_BIN)
	@summary=""; crashed=0; \
	for n in $(FUZZ_NAMES); do \
	  case $$n in \
	  profile) seeds="$(FUZZ_SEEDS_profile)"; dict="$(FUZZ_DICT_profile)" ;; \
	  mmtable) seeds="$(FUZZ_SEEDS_mmtable)"; dict="$(FUZZ_DICT_mmtable)" ;; \
	  defines) seeds="$(FUZZ_SEEDS_defines)"; dict="$(FUZZ_DICT_defines)" ;; \
	  dump) seeds="$(FUZZ_SEEDS_dump)"; dict="$(FUZZ_DICT_dump)" ;; \
	  esac; \
	  s=$(FUZZ_B)/seeds/$$n; c=$(FUZZ_B)/corpus/$$n; a=$(FUZZ_B)/artifacts/$$n; \
	  rm -rf $$s; mkdir -p $$s $$c $$a; \
	  for f in $$seeds; do cp "$$f" "$$s/$$(echo "$$f" | tr / _)"; done; \
	  reg=tests/data/fuzz-regressions/$$n; [ -d $$reg ] || reg=; \
	  touch $(FUZZ_B)/run-$$n.start; \
	  echo "== fuzz $$n for $(FUZZ_SECONDS) s (log: $(FUZZ_B)/run-$$n.log)"; \
	  $(FUZZ_B)/fuzz_$$n $(FUZZ_RUNFLAGS) -max_total_time=$(FUZZ_SECONDS) \
	    $${dict:+-dict=$$dict} -artifact_prefix=$$a/ $$c $$s $$reg \
	    >$(FUZZ_B)/run-$$n.log 2>&1; rc=$$?; \
	  execs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_B)/run-$$n.log | tail -n 1); \
	  [ -n "$$execs" ] || execs=$$(grep -oE '^#[0-9]+' $(FUZZ_B)/run-$$n.log | tail -n 1 | tr -d '#'); \
	  rate=$$(sed -n 's/^stat::average_exec_per_sec: *//p' $(FUZZ_B)/run-$$n.log | tail -n 1); \
	  [ -n "$$rate" ] || rate=$$(grep -oE 'exec/s: [0-9]+' $(FUZZ_B)/run-$$n.log | tail -n 1 | tr -dc 0-9); \
	  crashes=$$(find $$a -type f -newer $(FUZZ_B)/run-$$n.start | wc -l); \
	  if [ $$rc -ne 0 ] && [ $$crashes -eq 0 ]; then crashes=1; fi; \
	  grep -E '^#[0-9]+.*cov:' $(FUZZ_B)/run-$$n.log | tail -n 1; \
	  grep -E '^(Done|stat::)' $(FUZZ_B)/run-$$n.log; \
	  if [ $$crashes -gt 0 ]; then crashed=1; \
	    echo "fuzz: $$n CRASHED (exit $$rc): $$(find $$a -type f -newer $(FUZZ_B)/run-$$n.start | tr '\n' ' ')"; \
	    grep -m 1 -A 12 'ERROR:\|runtime error:\|deadly signal' $(FUZZ_B)/run-$$n.log; fi; \
	  corp=$$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' $(FUZZ_B)/run-$$n.log | tail -n 1 | cut -d' ' -f2); \
	  summary="$$summary$${summary:+; }$$n $${execs:-0} execs ($${rate:-0}/s) $$crashes crashes, corpus $${corp:-?}"; \
	done; \
	echo "fuzz: $$summary"; \
	[ $$crashed -eq 0 ]

# The regression inputs must all pass (each harness runs each file once).
fuzz-regress: $(FUZZ_BIN)
	@for n in $(FUZZ_NAMES); do \
	  d=tests/data/fuzz-regressions/$$n; [ -d $$d ] || continue; \
	  files=$$(find $$d -type f); [ -n "$$files" ] || continue; \
	  $(FUZZ_B)/fuzz_$$n $$files >$(FUZZ_B)/regress-$$n.log 2>&1 || \
	    { cat $(FUZZ_B)/regress-$$n.log; echo "fuzz-regress: $$n FAILED"; exit 1; }; \
	  echo "fuzz-regress: $$n: $$(echo "$$files" | wc -l) inputs ok"; \
	done

# --- make test-sanitize: the test suite against an ASan+UBSan build.
# The whole build again with B=$(B)/asan: gen/, the tests and the CLI with
# CFLAGS, the freestanding src/ with LIBCFLAGS (the Makefile's, with the
# sanitizers in place of -O2). The variables are passed with $$ so that WARN
# and INC expand in the sub-make, where INC names $(B)/asan/gen.
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1 -g
test-sanitize:
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(MAKE) --no-print-directory B=$(B)/asan CFLAGS='$(SAN_FLAGS)' \
	  LIBCFLAGS='-std=c11 $$(WARN) $(SAN_FLAGS) -ffreestanding -fno-builtin $$(INC)' test

include bench/bench.mk
