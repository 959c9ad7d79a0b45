# make bench-gen: timings of the generator (bench/bench_gen.sh). Included by
# tests/fuzz/fuzz.mk. BENCH_N process runs per line, BENCH_ITER in-process
# iterations per profile. docs/performance.md has the figures.

BENCH_N    ?= 200
BENCH_ITER ?= 10000

.PHONY: bench-gen

$(B)/bench/spawn: bench/spawn.c
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) $< -o $@

# Linked with the same gen/ objects and proven library as mmspec.
$(B)/bench/inproc: bench/inproc.c $(GEN_HDR) $(LIB_HDR) $$(GEN_OBJ) $(B)/libmmspec.a
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) -Igen $< $(GEN_OBJ) $(B)/libmmspec.a -o $@

bench-gen: $(B)/mmspec $(B)/bench/spawn $(B)/bench/inproc
	@sh bench/bench_gen.sh $(B) $(BENCH_N) $(BENCH_ITER)
