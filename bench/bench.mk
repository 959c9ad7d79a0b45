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

# make bench-translate: ns per call of the proven mm_translate and of a
# kernel-style walker (bench/kwalk.c), side by side on the same tables and
# addresses (bench/translate.c), then instructions per call under callgrind
# when valgrind is installed (bench/bench_translate.sh). Both walkers are
# compiled with LIBCFLAGS (-O2, freestanding), as the library is.
# BENCH_TR_REPS repetitions of BENCH_TR_PASSES passes over 4096 addresses.
BENCH_TR_REPS   ?= 15
BENCH_TR_PASSES ?= 100
BENCH_TR_CALLS  ?= 40960

.PHONY: bench bench-translate

$(B)/bench/kwalk.o: bench/kwalk.c bench/kwalk.h $(LIB_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(LIBCFLAGS) -Ibench -c $< -o $@

$(B)/bench/translate: bench/translate.c bench/kwalk.h $(LIB_HDR) $(B)/bench/kwalk.o $(B)/libmmspec.a
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) -Ibench $< $(B)/bench/kwalk.o $(B)/libmmspec.a -o $@

bench-translate: $(B)/bench/translate
	@sh bench/bench_translate.sh $(B) $(BENCH_TR_REPS) $(BENCH_TR_PASSES) $(BENCH_TR_CALLS)

# make bench-map: mm_map_range against a kernel-style mapper (bench/kmap.c),
# side by side (bench/map.c), then instructions per map under callgrind
# (bench/bench_map.sh). Both compiled with LIBCFLAGS, as the library is.
BENCH_MAP_REPS ?= 11

.PHONY: bench-map

$(B)/bench/kmap.o: bench/kmap.c bench/kmap.h
	@mkdir -p $(dir $@)
	$(CC) $(LIBCFLAGS) -Ibench -c $< -o $@

$(B)/bench/map: bench/map.c bench/kmap.h $(LIB_HDR) $(B)/bench/kmap.o $(B)/libmmspec.a
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) -Ibench $< $(B)/bench/kmap.o $(B)/libmmspec.a -o $@

bench-map: $(B)/bench/map
	@sh bench/bench_map.sh $(B) $(BENCH_MAP_REPS)

# Every benchmark: the generator, the page walk, then map throughput.
bench: bench-gen bench-translate bench-map
