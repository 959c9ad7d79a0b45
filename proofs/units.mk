# Proof units: one Frama-C/WP run each, over the files and functions listed
# here, so that what is proven can be reviewed in the diff. A function added to
# src/ without being listed here is caught by proofs/coverage.sh (make prove).

UNITS := spec entry_bits canonical page_index layout_validate region_lookup direct_map translate enumerate \
         pt_pool pool_witness tree_witness pagemap pagemap_step pagemap_entry pgd_sync layout_build_rules layout_build build_witness build_law store_law kaslr kaslr_law laws witness kaslr_witness entry_witness xlate_witness

# Smoke tests (proofs/wp_unit.py, SMOKE; docs/proofs.md "Smoke tests"): the
# units over src/ check that their preconditions and loop invariants are not
# contradictory ("entry"); the spec, law, witness and profile units, which
# call the src/ functions under concrete or universal hypotheses, run every
# kind WP has ("full"), dead calls and dead code included. `make reprove
# SMOKE=full` runs every kind in every unit (about 10 minutes more).
SRC_UNITS := entry_bits canonical page_index layout_validate region_lookup direct_map translate enumerate \
             pt_pool pagemap pagemap_step pagemap_entry pgd_sync layout_build_rules layout_build kaslr
$(foreach u,$(SRC_UNITS),$(eval $(u).smoke := entry))

# spec: every lemma of spec/acsl/ (LayoutLemmas.acsl), proven, not assumed.
spec.files := proofs/harness/spec_lemmas.c
spec.props := @lemma

# entry_bits: the lemma functions (ghost) for the bits of the entries
# pagemap.c writes: leaf_entry's leaf maps its page with the rights asked
# for (LeafBits), split_entry's pieces map the huge page's parts (SplitOf).
# Each proven in its own small context (docs/proofs.md, recipe 20).
entry_bits.files := src/entry_bits.c
entry_bits.fct   := eb_room3 eb_room2 eb_frame1 eb_frame2 eb_frame3 eb_low7 eb_split2_parts eb_split2_low eb_split2_page \
                    eb_split2_prot eb_split_of eb_split2 eb_split3_parts eb_low13 eb_split3_page \
                    eb_split3_prot eb_split3 eb_bits13 eb_prot eb_leaf_of eb_leaf1_parts \
                    eb_leaf1 eb_leaf_huge_parts eb_leaf_huge_page eb_leaf_huge

canonical.files := src/canonical.c
canonical.fct   := mm_hole_start mm_hole_end mm_is_canonical48 mm_is_canonical57 \
                   mm_is_canonical mm_canonicalize48 mm_canonicalize57 mm_canonicalize

page_index.files := src/page_index.c
page_index.fct   := mm_pml5_index mm_pml4_index mm_pdpt_index mm_pd_index mm_pt_index \
                    mm_page_offset mm_page_offset_2m mm_page_offset_1g mm_compose4 mm_compose5

layout_validate.files := src/layout_validate.c
layout_validate.fct   := mm_aligned mm_end_aligned mm_kernel_kind mm_randomizable_kind \
                         mm_region_check mm_params_ok mm_check_regions mm_check_adjacent \
                         mm_find_direct_map mm_layout_validate

region_lookup.files := src/region_lookup.c
region_lookup.fct   := mm_region_lookup

direct_map.files := src/direct_map.c
direct_map.fct   := mm_phys_limit mm_phys_to_virt mm_virt_to_phys mm_pa_symbol mm_ktext_virt

# translate: the IA-32e page walk, proven equal to spec/acsl/Paging.acsl.
translate.files := src/translate.c
translate.fct   := mm_entry_reserved mm_table_inside mm_table_entry mm_entry_kind mm_walk mm_leaf_pa mm_access_allowed \
                   mm_pf_access_bits mm_xlate_finish mm_translate
# Goals that prove in seconds alone but timed out at 20 s with a third
# prover process on the two cores (2026-12-03: mm_xlate_finish ensures ok,
# mm_kaslr_place base_vmemmap, mm_layout_build's build_tables call), and one
# that timed out in a fresh-clone CI run alone (build_tables assert stage_5):
# 60 s for those functions (docs/proofs.md, recipe 14).
translate.opts  := -wp-fct-timeout mm_xlate_finish:60

# enumerate: the leaf mappings in increasing address order, by walks at a
# cursor; each mapping is what mm_walk reports for its address.
enumerate.files := src/enumerate.c
enumerate.fct   := mm_level_span mm_enum_canonical_from mm_enum_init mm_span_last \
                   mm_span_next mm_enum_next

# pt_pool: the page pool (frames, records of level and prefix); every
# operation keeps PoolOk and says exactly what it changed.
pt_pool.files := src/pt_pool.c
pt_pool.fct   := mm_pool_frame_pa zero_frame mm_pool_init mm_pool_alloc mm_pool_new_root \
                 mm_pool_frame_of
# mm_pool_alloc's tree_old assertion takes 7-9 s alone: 60 s under load
# (docs/proofs.md, recipes 14 and 17).
pt_pool.opts  := -wp-fct-timeout mm_pool_alloc:60


# pagemap: map and unmap (count pass, then write pass): no run-time error,
# the level recursion ends, PoolOk and PoolTree kept, EINVAL exactly on the argument
# rules, every error but ECOUNT changes nothing, the count pass nothing.
pagemap.files := src/pagemap.c
pagemap.fct   := sat_add index_at span_offset leaf_entry split_entry full_need fresh_need set_entry \
                 fill_split build_child link_child range_in_table new_child child_of range_ok passes run \
                 count_pass map_check make_op \
                 mm_map_range mm_unmap_range mm_map_range_count mm_unmap_range_count
# build_child's split_walk (the 512 parts of a huge page walk as the page,
# through the lemma split_xsame) takes CVC4 10-12 s alone, Z3 none: 60 s
# under load (docs/proofs.md, recipes 14 and 17). new_child's fr_words (no
# word of a table at its level or above changed but its own entry) takes Z3
# 13-14 s alone and failed at 20 s beside another unit: 60 s as well, and
# so for range_in_table (OpStep across the loop's step, 6-8 s alone; its
# kept_frame 14 s) and passes (root_here, 12 s alone).
pagemap.opts  := -wp-fct-timeout build_child:60,new_child:60,range_in_table:60,passes:60
# The _count functions once needed 60 s (their `same` took CVC4 16-20 s
# alone and failed under CI's load): count_pass and the Counted/apart
# assertions around the store to *n bring every goal under 2 s
# (docs/proofs.md, recipe 17), so the unit runs at the default timeout.

# pagemap_step: the write pass's steps, each with what it does to the walks
# (done: the range mapped or unmapped as asked; frame: every other canonical
# address walks as before): clear an entry, write a leaf, descend through a
# link, one step of range_in_table's loop. A unit of their own so that the
# two prover jobs share pagemap.c's goals (docs/paging.md).
pagemap_step.files := src/pagemap.c
pagemap_step.fct   := clear_entry write_leaf descend range_step

# pagemap_entry: the one-entry step of pagemap.c. Its ten return paths merged
# into one goal time out; -wp-split proves them path by path (docs/proofs.md).
pagemap_entry.files := src/pagemap.c
pagemap_entry.fct   := entry_op
pagemap_entry.opts  := -wp-split

# pool_witness: PoolOk and FrameRecordOk true on a pool, false on its
# neighbours (no frame, a level above top, a prefix past its depth).
pool_witness.files := proofs/witness/witness_pool.c
pool_witness.fct   := witness_pool_ok witness_pool_empty witness_pool_level \
                      witness_pool_root_prefix witness_pool_prefix

# entry_witness: LeafBits and SplitOf (what leaf_entry and split_entry
# establish) true on an entry, false on its neighbours.
entry_witness.files := proofs/witness/witness_entry.c
entry_witness.fct   := witness_leaf_bits witness_split_of

# xlate_witness: the translation library's relations (PoolXlate.acsl) on a
# two-table pool: XMapped and XUnmapped true and false at neighbouring
# addresses, XSame between the PML4 and the PDPT it links, and across a store
# (kept for an address off the stored entry), XFrame kept by that store and
# broken by a store that remaps 0x123 and by moving the pool's memory. The
# xlate_fact_* helpers carry the concrete facts, each in a small context.
xlate_witness.files := proofs/witness/witness_xlate.c
xlate_witness.fct   := xlate_fact_entries xlate_fact_words witness_xlate_mapped witness_xlate_unmapped witness_xlate_same witness_xlate_kept \
                       witness_xlate_moved xlate_fact_route witness_xlate_replaced \
                       witness_xlate_claim

# tree_witness: PoolTree, LinkOk and TwinTables true on a pool, false on
# their neighbours (a link to a frame recorded with another prefix, a link
# past the frames in use, a table of another level); Route on the direct
# map's base.
tree_witness.files := proofs/witness/witness_tree.c
tree_witness.fct   := witness_tree_ok witness_tree_prefix witness_tree_outside witness_tree_absent \
                      witness_tree_link witness_tree_twins \
                      witness_tree_route witness_tree_reads

# kaslr: kernel_randomize_memory()'s sizes and placement (arch/x86/mm/kaslr.c),
# for every value of the three random draws (docs/kaslr.md).
kaslr.files := src/kaslr.c
kaslr.fct   := mm_kaslr_step mm_kaslr_sizes mm_kaslr_vmemmap_ok mm_kaslr_place \
               mm_kaslr_window_find
kaslr.opts  := -wp-fct-timeout mm_kaslr_place:60

# kaslr_law: on a valid layout whose window holds no fixed region, the three
# regions placed for any draw that fits miss every fixed region.
kaslr_law.files := proofs/laws/law_kaslr.c
kaslr_law.fct   := law_kaslr_disjoint_fixed

# kaslr_witness: KaslrVmemmapCovers true and false on neighbours; the vmemmap's
# 2 GiB spill past vaddr_end reached on the seed profile's numbers, and the
# draw 2 GiB below it fitting; KaslrFixed and KaslrApart true and false on
# neighbours (docs/kaslr.md).
kaslr_witness.files := proofs/witness/witness_kaslr.c
kaslr_witness.fct   := witness_kaslr_vmemmap witness_kaslr_spill witness_kaslr_fit \
                       witness_kaslr_fixed witness_kaslr_apart
# pgd_sync: the kernel half of a top-level table copied into another
# (Linux 4.x sync_global_pgds); the copied words equal, no other changes.
pgd_sync.files := src/pgd_sync.c
pgd_sync.fct   := mm_pgd_sync_slots mm_pgd_sync

# layout_build: the kernel page tables of a profile (init_mem_mapping,
# head_64.S, map_vsyscall, efi_pgd): every rule checked before any write,
# PoolOk and PoolTree kept, both roots top-level tables, efi_pgd's kernel half shared.
# Two units over one file, so that make prove runs them side by side:
# layout_build_rules (the lookups and the rule checks, each equal to its
# predicate) and layout_build (the stages and mm_layout_build).
layout_build_rules.files := src/layout_build.c
layout_build_rules.fct   := mm_build_find mm_build_prot mm_build_top_index mm_build_direct_ok \
                            mm_build_kernel_ok mm_build_efi_ok mm_build_page_ok
layout_build.files := src/layout_build.c
layout_build.fct   := mm_build_map_shared build_efi build_kernel build_sync build_main build_pages build_tables \
                      build_plan_of mm_layout_build
# mm_layout_build's heaviest goals took CVC4 5-9 s alone (the stores to *out
# and the plan's sums beside the pool) before its checks and plan moved to
# build_plan_of (docs/proofs.md, recipe 21): 60 s for it, a margin under
# CI's load.
# build_tables' sync takes CVC4 13 s alone since pagemap.h includes
# PoolXlate.acsl for mm_map_range's translation post-conditions (3.6 s
# before; something of that file reaches its context) and failed at 20 s
# in CI: 60 s until the cause is removed.
layout_build.opts  := -wp-fct-timeout mm_layout_build:60,build_tables:60

# build_witness: the builder's argument rules (DirectOk, EfiOk, KernelOk,
# PageOk) and SharedHalf each true on a case of the seed profile and false
# on its neighbour.
build_witness.files := proofs/witness/witness_build.c
build_witness.fct   := witness_build_direct witness_build_efi witness_build_efi_size \
                       witness_build_kernel witness_build_kernel_none witness_build_page \
                       witness_build_shared

# build_law: mm_pool_init then mm_layout_build leaves PoolTree (the two
# contracts compose: init's post-state meets every precondition of the builder).
build_law.files := proofs/laws/law_build_tree.c
build_law.fct   := law_build_tree


# store_law: a store into a tree of tables leaves the walk of every address
# that cannot read the word written unchanged, from every root.
store_law.files := proofs/laws/law_store_route.c
store_law.fct   := law_store_off_route

laws.files := proofs/laws/law_canonical.c proofs/laws/law_direct_map.c
laws.fct   := law_canonicalize48_idempotent law_canonicalize57_idempotent \
              law_canonicalize48_is_canonical law_canonical48_fixed_point \
              law_canonical57_fixed_point law_canonical48_implies_57 \
              law_compose4_of_indices law_compose5_of_indices \
              law_direct_map_roundtrip law_direct_map_converse law_lookup_direct_map \
              law_pa_symbol_roundtrip

witness.files := proofs/witness/witness_canonical.c proofs/witness/witness_layout.c \
                 proofs/witness/witness_paging.c
witness.fct   := witness_canonical witness_overlap witness_gap witness_straddle \
                 witness_small_direct_map witness_two_direct_maps witness_misaligned \
                 witness_paging_linux witness_paging_features_off witness_paging_bad_cpu \
                 witness_paging_memory witness_paging_unaligned_memory
