# mmspec — a formally checked reference specification of the x86-64 virtual
# memory layout and of 4-/5-level paging. See README.md.
#
#   make          build the tool, validate the default profile, print its table
#   make check    unit and CLI tests, fuzzing, the QEMU crosscheck, then the WP proofs
#   make crosscheck  boot Debian's kernel under QEMU and check its page tables
#   make prove    the WP proofs alone          make test   the tests alone

CC      ?= gcc
B       := build
INC     := -Isrc -Ispec/acsl -I$(B)/gen
WARN    := -Wall -Wextra -Werror
# src/ is freestanding: no libc, so that kernels and boot loaders can link it.
LIBCFLAGS := -std=c11 $(WARN) -O2 -g -ffreestanding -fno-builtin $(INC)
CFLAGS  ?= -O2 -g
ALLCFLAGS := -std=c11 $(WARN) $(CFLAGS) $(INC)

DEFAULT_PROFILE := spec/profiles/linux-4.8-4level.layout
PROFILES        := $(wildcard spec/profiles/*.layout)
PROFILE_NAMES   := $(notdir $(PROFILES:.layout=))

LIB_SRC  := $(wildcard src/*.c)
LIB_OBJ  := $(LIB_SRC:src/%.c=$(B)/obj/src/%.o)
LIB_HDR  := $(wildcard src/*.h) $(wildcard spec/acsl/*.acsl)
GEN_SRC  := $(filter-out gen/main.c,$(wildcard gen/*.c))
GEN_OBJ  := $(GEN_SRC:gen/%.c=$(B)/obj/gen/%.o)
GEN_HDR  := $(wildcard gen/*.h)

.PHONY: all check test prove reprove clean install deps
.DELETE_ON_ERROR:

DEFAULT_NAME := $(notdir $(DEFAULT_PROFILE:.layout=))
# format:file of every generator output the main job writes (the ctable
# includes the c header by this name).
OUT_FORMATS := c:layout_$(DEFAULT_NAME).h rust:$(DEFAULT_NAME).rs json:$(DEFAULT_NAME).json \
               md:$(DEFAULT_NAME).md svg:$(DEFAULT_NAME).svg ctable:profile_$(DEFAULT_NAME).h

all: $(B)/mmspec
	@echo "== validating $(DEFAULT_PROFILE) with the proven layout_validate"
	$(B)/mmspec check $(DEFAULT_PROFILE)
	$(B)/mmspec show $(DEFAULT_PROFILE)
	@mkdir -p $(B)/out
	@for fe in $(OUT_FORMATS); do f=$${fe%%:*}; o=$(B)/out/$${fe#*:}; \
	  $(B)/mmspec gen $(DEFAULT_PROFILE) --format $$f -o $$o || exit 1; \
	  echo "wrote $$o ($$f)"; done

$(B)/libmmspec.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/obj/src/%.o: src/%.c $(LIB_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(LIBCFLAGS) -c $< -o $@

$(B)/obj/gen/%.o: gen/%.c $(GEN_HDR) $(LIB_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) -Igen -c $< -o $@

$(B)/mmspec: gen/main.c $(GEN_OBJ) $(B)/libmmspec.a
	$(CC) $(ALLCFLAGS) -Igen gen/main.c $(GEN_OBJ) $(B)/libmmspec.a -o $@

# Headers generated from the profiles (the single source of truth): the `c`
# header kernels include, and the proof/test table built from its constants.
$(B)/gen/layout_%.h: spec/profiles/%.layout $(B)/mmspec
	@mkdir -p $(dir $@)
	$(B)/mmspec gen $< --format c -o $@
$(B)/gen/profile_%.h: spec/profiles/%.layout $(B)/mmspec $(B)/gen/layout_%.h
	@mkdir -p $(dir $@)
	$(B)/mmspec gen $< --format ctable -o $@
# Named explicitly, so make treats them as targets, never as deletable intermediates.
GEN_HEADERS := $(foreach p,$(PROFILE_NAMES),$(B)/gen/layout_$(p).h $(B)/gen/profile_$(p).h)
.PHONY: gen-headers
gen-headers: $(GEN_HEADERS)

include tests/tests.mk
include tests/coverage.mk
include proofs/proofs.mk
include install.mk
include tests/fuzz/fuzz.mk
include gen/gen.mk
include tests/crosscheck/crosscheck.mk

# The tests, the tests again under ASan+UBSan, a short fuzzing run of every
# harness plus its regression inputs and the boots of Debian's kernel under
# QEMU (make crosscheck), CHECK_JOBS of them at a time, then the proofs. Each
# of the four is one process busy on one core, so two at a time take half
# the time on CI's two cores (measured in docs/proofs.md, "Cost"); their
# output is kept whole per part (--output-sync).
CHECK_FUZZ_SECONDS ?= 30
CHECK_JOBS         ?= 2
.PHONY: check-tests check-fuzz
check:
	$(MAKE) --no-print-directory -j$(CHECK_JOBS) --output-sync=target check-tests
	$(MAKE) --no-print-directory prove
	@echo "make check: tests, sanitizer tests, fuzzing, crosscheck and proofs passed"
check-tests: test test-sanitize check-fuzz crosscheck
check-fuzz:
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(CHECK_FUZZ_SECONDS)
	$(MAKE) --no-print-directory fuzz-regress

clean:
	rm -rf $(B)
