# make install / make uninstall. Included by the Makefile.
#
#   make install PREFIX=/usr/local [DESTDIR=/staging]
#
# installs
#   $(PREFIX)/bin/mmspec                            the tool
#   $(PREFIX)/lib/libmmspec.a                       the proven core (src/)
#   $(PREFIX)/include/mmspec/*.h, *.acsl            its headers and their ACSL logic
#                                                   (the headers include the .acsl files
#                                                   by plain name: one flat directory)
#   $(PREFIX)/include/mmspec/layouts/layout_NAME.h  the `gen --format c` header of every
#                                                   profile
#   $(PREFIX)/share/mmspec/profiles/NAME.layout     the profiles
#   $(PREFIX)/lib/pkgconfig/mmspec.pc               Cflags -I${includedir}/mmspec,
#                                                   Libs -L${libdir} -lmmspec
#   $(PREFIX)/share/man/man1/mmspec.1               the man page (docs/mmspec.1)
#
# DESTDIR is prepended to every path written, never to the paths in
# mmspec.pc, so a staged tree (DESTDIR=/tmp/stage PREFIX=/usr) describes its
# final place. `make uninstall` with the same PREFIX and DESTDIR removes it
# all again. The directory variables can be set one by one as well.

PREFIX      ?= /usr/local
DESTDIR     ?=
INSTALL     ?= install
BINDIR      ?= $(PREFIX)/bin
LIBDIR      ?= $(PREFIX)/lib
INCLUDEDIR  ?= $(PREFIX)/include
DATADIR     ?= $(PREFIX)/share
MANDIR      ?= $(DATADIR)/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig

MMSPEC_VERSION = $(shell sed -n 's/^.define VERSION "\(.*\)"$$/\1/p' gen/version.h)
INSTALL_LAYOUTS := $(PROFILE_NAMES:%=$(B)/gen/layout_%.h)

.PHONY: install uninstall

install: $(B)/mmspec $(B)/libmmspec.a $(INSTALL_LAYOUTS) $(LIB_HDR) $(PROFILES) docs/mmspec.1
	$(INSTALL) -d '$(DESTDIR)$(BINDIR)' '$(DESTDIR)$(LIBDIR)' '$(DESTDIR)$(PKGCONFIGDIR)' \
	  '$(DESTDIR)$(INCLUDEDIR)/mmspec/layouts' '$(DESTDIR)$(DATADIR)/mmspec/profiles' \
	  '$(DESTDIR)$(MANDIR)/man1'
	$(INSTALL) -m 755 $(B)/mmspec '$(DESTDIR)$(BINDIR)/mmspec'
	$(INSTALL) -m 644 $(B)/libmmspec.a '$(DESTDIR)$(LIBDIR)/libmmspec.a'
	$(INSTALL) -m 644 $(LIB_HDR) '$(DESTDIR)$(INCLUDEDIR)/mmspec/'
	$(INSTALL) -m 644 $(INSTALL_LAYOUTS) '$(DESTDIR)$(INCLUDEDIR)/mmspec/layouts/'
	$(INSTALL) -m 644 $(PROFILES) '$(DESTDIR)$(DATADIR)/mmspec/profiles/'
	$(INSTALL) -m 644 docs/mmspec.1 '$(DESTDIR)$(MANDIR)/man1/mmspec.1'
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' 'includedir=$(INCLUDEDIR)' '' \
	  'Name: mmspec' \
	  'Description: formally checked x86-64 virtual memory layout: proven core and layout headers' \
	  'Version: $(MMSPEC_VERSION)' \
	  'Cflags: -I$${includedir}/mmspec' 'Libs: -L$${libdir} -lmmspec' \
	  >'$(DESTDIR)$(PKGCONFIGDIR)/mmspec.pc'
	chmod 644 '$(DESTDIR)$(PKGCONFIGDIR)/mmspec.pc'

# The include/mmspec and share/mmspec trees are mmspec's own: removed whole,
# so that layouts of profiles removed since the install go too.
uninstall:
	rm -f '$(DESTDIR)$(BINDIR)/mmspec' '$(DESTDIR)$(LIBDIR)/libmmspec.a' \
	  '$(DESTDIR)$(PKGCONFIGDIR)/mmspec.pc' '$(DESTDIR)$(MANDIR)/man1/mmspec.1'
	rm -rf '$(DESTDIR)$(INCLUDEDIR)/mmspec' '$(DESTDIR)$(DATADIR)/mmspec'
