# Built-in profiles: every spec/profiles/*.layout is embedded into mmspec by
# gen/tools/embed (a small C program), so that `mmspec list/show/gen NAME` work
# without the source tree. Included by the Makefile after its other includes.

EMBED            := $(B)/tools/embed
BUILTIN_C        := $(B)/gen/builtin_profiles.c
BUILTIN_OBJ      := $(B)/obj/gen/builtin_profiles.o

GEN_OBJ += $(BUILTIN_OBJ)

# The Makefile's mmspec rule expanded its prerequisites before this file
# added to GEN_OBJ; name the new object here so that make builds it first.
$(B)/mmspec: $(BUILTIN_OBJ)

$(EMBED): gen/tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) $< -o $@

# The list of profile paths, rewritten only when it changes, so that removing
# a profile also rebuilds the table.
$(B)/gen/profiles.list: FORCE
	@mkdir -p $(dir $@)
	@echo '$(sort $(PROFILES))' | cmp -s - $@ || echo '$(sort $(PROFILES))' > $@

.PHONY: FORCE
FORCE:

# Sorted, so that the table and thus `mmspec list` are in a stable order.
$(BUILTIN_C): $(PROFILES) $(B)/gen/profiles.list $(EMBED) gen/gen.mk
	@mkdir -p $(dir $@)
	$(EMBED) $(sort $(PROFILES)) > $@

$(BUILTIN_OBJ): $(BUILTIN_C) gen/builtin.h
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) -Igen -c $< -o $@
