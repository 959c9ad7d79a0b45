# Tests: every tests/unit/test_*.c becomes a binary (linked with the gen/
# objects and the proven library), tests/tools/ptbuild.c a test utility, and
# tests/cli/run.sh drives build/mmspec
# (tests/cli/run_table.sh: `mmspec check` on kernel layout tables;
# tests/cli/run_live.sh: headers of constants and page-table dumps).
# tests/run.sh runs them all and sums their counts into the last line of
# `make test`: "N passed, N failed" (non-zero exit when any failed).
#
# The unit tests may include the generated profile headers
# ($(B)/gen/profile_NAME.h, one per spec/profiles/NAME.layout).

TEST_SRC  := $(wildcard tests/unit/test_*.c)
TEST_BIN  := $(TEST_SRC:tests/unit/%.c=$(B)/tests/%)
TEST_GEN  := $(PROFILE_NAMES:%=$(B)/gen/profile_%.h)

# Keep the generated headers: make would delete them as intermediate files.
.SECONDARY: $(TEST_GEN)

# GEN_OBJ is completed by gen/gen.mk, included after this file: expand it
# in the prerequisites only once everything has been read.
.SECONDEXPANSION:
$(B)/tests/test_%: tests/unit/test_%.c tests/unit/check.h $(GEN_HDR) $(LIB_HDR) \
                   $$(GEN_OBJ) $(B)/libmmspec.a $(TEST_GEN)
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) -Igen $< $(GEN_OBJ) $(B)/libmmspec.a -o $@

# A test utility (not installed): writes page-table images for
# tests/cli/paging.sh, which finds it beside the mmspec it tests.
$(B)/tests/ptbuild: tests/tools/ptbuild.c $(GEN_HDR) $(LIB_HDR) $$(GEN_OBJ) $(B)/libmmspec.a
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) -Igen $< $(GEN_OBJ) $(B)/libmmspec.a -o $@

# tests/link/link.sh (run by tests/run.sh) links tests/link/freestanding.c
# with $(CC) against the library and the seed's generated profile header.
test: $(B)/mmspec $(TEST_BIN) $(B)/tests/ptbuild $(B)/gen/profile_linux-4.8-4level.h
	@CC="$(CC)" sh tests/run.sh $(B) $(TEST_BIN)
