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

# pkg-config names of the libraries, and the Debian packages that hold them.
PKGS         = icu-uc icu-i18n libutf8proc json-c
DEB_BUILD    = build-essential pkg-config libicu-dev libutf8proc-dev libjson-c-dev
DEB_TEST     = bats bats-assert bats-support jq sqlite3 parallel
DEB_PACKAGES = $(DEB_BUILD) $(DEB_TEST)

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

# --- vn-normalize tables (data/README, section vn-normalize) ---
# Kept here, before the build rules, because those rules read GENHDR;
# the rules below must not become the default goal.
.DEFAULT_GOAL := all
GENHDR += $(BUILD)/gen/vi_letters.h $(BUILD)/gen/vi_syllables.h \
          $(BUILD)/gen/html_entities.h $(BUILD)/gen/legacy_tables.h
# name:passthrough:table for each legacy encoding (data/gen-legacy.awk)
LEGACY_TABLES = cp1258:0:cp1258_glibc-iconv viscii:0:viscii_glibc-iconv \
                tcvn3:1:tcvn3-abc_unikey vni:1:vni-windows_unikey viqr:1:viqr_unikey
$(BUILD)/gen/vi_letters.h: data/vi-letters.tsv data/gen-vi-letters.awk
	@mkdir -p $(@D)
	awk -f data/gen-vi-letters.awk data/vi-letters.tsv > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/vi_syllables.h: data/vi-onsets.txt data/vi-rimes.txt data/gen-strings.awk
	@mkdir -p $(@D)
	{ LC_ALL=C sort data/vi-onsets.txt | awk -v name=vn_onsets -v src=data/vi-onsets.txt -f data/gen-strings.awk && \
	  LC_ALL=C sort data/vi-rimes.txt | awk -v name=vn_rimes -v src=data/vi-rimes.txt -f data/gen-strings.awk; \
	} > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/html_entities.h: data/html-entities.tsv data/gen-html-entities.awk
	@mkdir -p $(@D)
	grep -v '^#' data/html-entities.tsv | LC_ALL=C sort | awk -f data/gen-html-entities.awk > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/legacy_tables.h: data/gen-legacy.awk $(wildcard data/encodings/*.tsv)
	@mkdir -p $(@D)
	for t in $(LEGACY_TABLES); do \
	  set -- $$(echo $$t | tr : ' '); \
	  awk -v name=$$1 -v passthrough=$$2 -f data/gen-legacy.awk data/encodings/$$3.tsv || exit 1; \
	done > $@.tmp && mv $@.tmp $@

.PHONY: all demo test deps check-deps install uninstall clean format bench
all: $(BINS)

# ---------------------------------------------------------------------------
# Dependencies: one clear message instead of a wall of compiler errors.
check-deps:
	@for p in $(PKGS); do \
	  pkg-config --exists $$p 2>/dev/null || missing=yes; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "vnpipe: missing build libraries (ICU, utf8proc or json-c)." >&2; \
	  echo "vnpipe: run 'make deps' as root, or: apt-get install $(DEB_BUILD)" >&2; \
	  exit 1; \
	fi

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	done | tr '\n' ' '); \
	if [ -z "$$missing" ]; then echo "vnpipe: all Debian packages present"; exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "vnpipe: installing $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
	  echo "vnpipe: missing Debian packages; run as root:" >&2; \
	  echo "  apt-get install $$missing" >&2; \
	  exit 1; \
	fi

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
demo: deps
	@$(MAKE) --no-print-directory all
	@sh examples/demo.sh $(BUILD)/bin

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
