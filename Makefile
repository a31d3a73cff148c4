# vnpipe: one Makefile, no autotools. See README.md.
#
#   make            build the tools into build/bin
#   make demo       check dependencies, build, run the pipeline on examples/
#   make test       every test (C unit tests and bats suites); SANITIZE=1
#                   builds with AddressSanitizer + UBSan and runs the same
#   make deps       install the Debian packages the build and tests need
#                   (as root), or print the apt-get line to run

PREFIX    ?= /usr/local
MANPREFIX ?= $(PREFIX)/share/man
DESTDIR   ?=

CC      ?= cc
AR      ?= ar
CFLAGS  ?= -O2 -g
WARN     = -Wall -Wextra -Werror
CPPFLAGS += -D_GNU_SOURCE
LDLIBS  ?=

# pkg-config names of the libraries; the Debian packages are listed in
# .ci/debian-packages, read by `make deps`, examples/demo.sh and CI alike.
PKGS = icu-uc icu-i18n libutf8proc json-c

BUILD = build
ifeq ($(SANITIZE),1)
BUILD    = build/sanitize
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
CFLAGS  += $(SANFLAGS)
LDFLAGS += $(SANFLAGS)
endif

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS  = -std=c11 $(WARN) $(CPPFLAGS) $(PKG_CFLAGS) -I$(BUILD)/gen -Ilib $(CFLAGS)

TOOLS   = $(patsubst tools/%.c,%,$(wildcard tools/*.c))
BINS    = $(TOOLS:%=$(BUILD)/bin/%)
LIBSRC  = $(wildcard lib/*.c)
LIBOBJ  = $(LIBSRC:lib/%.c=$(BUILD)/lib/%.o) $(GENOBJ)
LIBA    = $(BUILD)/libvn.a
UNITSRC = $(wildcard tests/unit/*.c)
UNITS   = $(UNITSRC:tests/unit/%.c=$(BUILD)/tests/%)

# Tables generated from data/ (each tool's section adds its own): GENSRC
# are compiled into the library, GENHDR are headers lib/ includes.
GENSRC =
GENHDR =
GENOBJ = $(GENSRC:$(BUILD)/gen/%.c=$(BUILD)/lib/gen-%.o)

.PHONY: all demo test deps check-deps install uninstall clean format bench
all: $(BINS)

# --- cite-extract tables ---
GENSRC += $(BUILD)/gen/cite_tables.c
CITE_DATA = data/cite-types.tsv data/cite-heads.tsv data/cite-issuers.tsv
$(BUILD)/gen/cite_tables.c: $(CITE_DATA) data/gen-cite-tables.awk
	@mkdir -p $(@D)
	LC_ALL=C awk -f data/gen-cite-tables.awk $(CITE_DATA) > $@.tmp && mv $@.tmp $@

# --- metric-extract word lists (data/metric-*.txt) ---
METRIC_LISTS = units units-vtb nouns-vtb non-units labels time-units currencies idioms
GENSRC += $(BUILD)/gen/metric_lists.c
$(BUILD)/gen/metric_lists.c: $(METRIC_LISTS:%=data/metric-%.txt) data/gen-wordlist.awk
	@mkdir -p $(@D)
	@{ echo '/* generated from data/metric-*.txt by data/gen-wordlist.awk, do not edit */'; \
	  echo '#include "wordlist.h"'; echo; \
	  for l in $(METRIC_LISTS); do \
	    sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$$//' -e '/^$$/d' \
	      data/metric-$$l.txt | LC_ALL=C sort -u | LC_ALL=C awk -v name=$$l -f data/gen-wordlist.awk; \
	  done; } > $@.tmp && mv $@.tmp $@

# ---------------------------------------------------------------------------
# Dependencies: one clear message instead of a wall of compiler errors.
check-deps:
	@for p in $(PKGS); do \
	  pkg-config --exists $$p 2>/dev/null || missing=yes; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "vnpipe: missing build libraries (ICU, utf8proc or json-c)." >&2; \
	  echo "vnpipe: run 'make deps' as root, or: apt-get install libicu-dev libutf8proc-dev libjson-c-dev" >&2; \
	  exit 1; \
	fi

deps:
	@sh .ci/deps

# ---------------------------------------------------------------------------
# Build. Objects depend on the headers they include (-MMD).
$(BUILD)/lib/%.o: lib/%.c | check-deps $(GENHDR) $(GENSRC)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/lib/gen-%.o: $(BUILD)/gen/%.c | check-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tools/%.o: tools/%.c | check-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(LIBA): $(LIBOBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/bin/%: $(BUILD)/tools/%.o $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) $(LDLIBS) -lm

$(BUILD)/tests/%: tests/unit/%.c $(LIBA) | check-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP $(LDFLAGS) -o $@ $< $(LIBA) $(PKG_LIBS) $(LDLIBS) -lm

.SECONDARY:

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# ---------------------------------------------------------------------------
# Run and test.
demo:
	@sh examples/demo.sh

test: $(BINS) $(UNITS)
	@VNPIPE_BIN=$(CURDIR)/$(BUILD)/bin VNPIPE_UNITS="$(UNITS)" tests/run

bench: all
	@sh bench/run.sh $(BUILD)/bin

# ---------------------------------------------------------------------------
install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1
	for t in $(TOOLS); do cp -f $(BUILD)/bin/$$t $(DESTDIR)$(PREFIX)/bin/$$t; done
	for m in man/*.1; do [ -f "$$m" ] && cp -f $$m $(DESTDIR)$(MANPREFIX)/man1/ || :; done

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(PREFIX)/bin/$$t; done
	for m in man/*.1; do rm -f $(DESTDIR)$(MANPREFIX)/man1/$${m#man/}; done

clean:
	rm -rf build citations.tsv metrics.tsv

format:
	clang-format -i lib/*.c lib/*.h tools/*.c tests/unit/*.c
