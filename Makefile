# vnpipe: one Makefile, no autotools. See README.md.
#
#   make            build the tools into build/bin
#   make demo       check dependencies, build, run the pipeline on examples/
#   make test       every test (C unit tests and bats suites); SANITIZE=1
#                   builds with AddressSanitizer + UBSan and runs the same
#   make deps       install the Debian packages the build and tests need
#                   (as root), or print the apt-get line to run
#   make fuzz       run every libFuzzer harness for FUZZ_SECONDS (clang)
#   make memcheck   run every tool under valgrind (tests/FUZZING.md)

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
# The tools link utf8proc and json-c only; ICU is the reference the unit
# tests check Vietnamese number words against (README, Dependencies).
TOOL_PKGS = libutf8proc json-c

BUILD = build
ifeq ($(SANITIZE),1)
BUILD    = build/sanitize
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
CFLAGS  += $(SANFLAGS)
LDFLAGS += $(SANFLAGS)
endif
# FUZZ=1 is the libFuzzer build that `make fuzz` makes (see tests/FUZZING.md):
# clang, the library instrumented for coverage, ASan and UBSan.
ifeq ($(FUZZ),1)
BUILD    = build/fuzz
CC       = $(FUZZ_CC)
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
CFLAGS  += -fsanitize=fuzzer-no-link $(SANFLAGS)
LDFLAGS += $(SANFLAGS)
endif
FUZZ_CC ?= clang

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(TOOL_PKGS) 2>/dev/null)
TEST_LIBS  := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
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
$(BUILD)/gen/vi_letters.h: data/vi-letters.tsv data/gen-vi-letters.awk data/gen-common.awk
	@mkdir -p $(@D)
	awk -f data/gen-common.awk -f data/gen-vi-letters.awk data/vi-letters.tsv > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/vi_syllables.h: data/vi-onsets.txt data/vi-rimes.txt data/gen-strings.awk data/gen-common.awk
	@mkdir -p $(@D)
	{ LC_ALL=C sort data/vi-onsets.txt | awk -v name=vn_onsets -v src=data/vi-onsets.txt -f data/gen-common.awk -f data/gen-strings.awk && \
	  LC_ALL=C sort data/vi-rimes.txt | awk -v name=vn_rimes -v src=data/vi-rimes.txt -f data/gen-common.awk -f data/gen-strings.awk; \
	} > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/html_entities.h: data/html-entities.tsv data/gen-html-entities.awk data/gen-common.awk
	@mkdir -p $(@D)
	grep -v '^#' data/html-entities.tsv | LC_ALL=C sort | awk -f data/gen-common.awk -f data/gen-html-entities.awk > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/legacy_tables.h: data/gen-legacy.awk $(wildcard data/encodings/*.tsv) data/gen-common.awk
	@mkdir -p $(@D)
	for t in $(LEGACY_TABLES); do \
	  set -- $$(echo $$t | tr : ' '); \
	  awk -v name=$$1 -v passthrough=$$2 -f data/gen-common.awk -f data/gen-legacy.awk data/encodings/$$3.tsv || exit 1; \
	done > $@.tmp && mv $@.tmp $@


# --- vn-segment tables (rules at the end) ---
GENHDR += $(BUILD)/gen/abbrev_table.h $(BUILD)/gen/continue_table.h $(BUILD)/gen/places_table.h
GENSRC += $(BUILD)/gen/wordseg_model.c

.PHONY: all demo test deps check-deps install uninstall clean format bench \
        fuzz fuzzers check-fuzz-deps memcheck
.PHONY: model seg-accuracy
all: $(BINS)

# --- cite-extract tables ---
GENSRC += $(BUILD)/gen/cite_tables.c
CITE_DATA = data/cite-types.tsv data/cite-heads.tsv data/cite-issuers.tsv
$(BUILD)/gen/cite_tables.c: $(CITE_DATA) data/gen-cite-tables.awk data/gen-common.awk
	@mkdir -p $(@D)
	LC_ALL=C awk -f data/gen-common.awk -f data/gen-cite-tables.awk $(CITE_DATA) > $@.tmp && mv $@.tmp $@

# --- metric-extract word lists (data/metric-*.txt) ---
METRIC_LISTS = units units-vtb nouns-vtb non-units labels time-units currencies idioms
GENSRC += $(BUILD)/gen/metric_lists.c
$(BUILD)/gen/metric_lists.c: $(METRIC_LISTS:%=data/metric-%.txt) data/gen-wordlist.awk data/gen-common.awk
	@mkdir -p $(@D)
	@{ echo '/* generated from data/metric-*.txt by data/gen-wordlist.awk, do not edit */'; \
	  echo '#include "wordlist.h"'; echo; \
	  for l in $(METRIC_LISTS); do \
	    sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$$//' -e '/^$$/d' \
	      data/metric-$$l.txt | LC_ALL=C sort -u | LC_ALL=C awk -v name=$$l -f data/gen-common.awk -f data/gen-wordlist.awk; \
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
	$(CC) $(ALL_CFLAGS) -MMD -MP $(LDFLAGS) -o $@ $< $(LIBA) $(TEST_LIBS) $(LDLIBS) -lm

.SECONDARY:

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# ---------------------------------------------------------------------------
# Run and test.
demo:
	@sh examples/demo.sh

test: $(BINS) $(UNITS)
	@VNPIPE_BIN=$(CURDIR)/$(BUILD)/bin VNPIPE_UNITS="$(UNITS)" tests/run

# --- bench: corpus generator and harness (bench/README.md) ---
# The generator is a program of its own, not a tool: it lives in bench/gen
# and is built for `make bench` and for its bats test.
GENCORPUS     = $(BUILD)/bench/gencorpus
GENCORPUS_OBJ = $(patsubst bench/gen/%.c,$(BUILD)/bench/%.o,$(wildcard bench/gen/*.c))

$(BUILD)/bench/%.o: bench/gen/%.c | check-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Ibench/gen -MMD -MP -c -o $@ $<

$(GENCORPUS): $(GENCORPUS_OBJ) $(LIBA)
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) $(LDLIBS) -lm

test: $(GENCORPUS)

bench: all $(GENCORPUS)
	@GENCORPUS=$(GENCORPUS) bash bench/run.sh $(BUILD)/bin

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

# Much of the code is laid out by hand where clang-format cannot keep it
# (word lists, usage texts, tables), so `make format` formats only the
# lines changed since the last commit, in the style of .clang-format.
format:
	@command -v git-clang-format >/dev/null || { \
	  echo "vnpipe: make format needs git-clang-format: run 'make deps' as root, or: apt-get install clang-format" >&2; exit 2; }
	git clang-format --force --style=file -- lib tools tests/unit tests/fuzz

# --- vn-segment: abbreviation table and the word segmentation model ---
$(BUILD)/gen/abbrev_table.h: data/vn-segment-abbrev.txt data/gen-abbrev.awk data/gen-common.awk
	@mkdir -p $(@D); awk -f data/gen-common.awk -f data/gen-abbrev.awk data/vn-segment-abbrev.txt > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/continue_table.h: data/vn-segment-continue.txt data/gen-word-entries.awk data/gen-common.awk
	@mkdir -p $(@D); awk -v name=vn_continue_table -f data/gen-common.awk -f data/gen-word-entries.awk data/vn-segment-continue.txt > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/places_table.h: data/vn-segment-places.txt data/gen-word-entries.awk data/gen-common.awk
	@mkdir -p $(@D); awk -v name=vn_places_table -f data/gen-common.awk -f data/gen-word-entries.awk data/vn-segment-places.txt > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/wordseg_model.c: data/vn-segment-words.model data/gen-cstring.awk data/gen-common.awk
	@mkdir -p $(@D); awk -v name=vn_wordseg_model -f data/gen-common.awk -f data/gen-cstring.awk data/vn-segment-words.model > $@.tmp && mv $@.tmp $@

# The trainer, and `make model`: retrain data/vn-segment-words.model from
# the treebank and the lexicon in ../shared. Every 10th sentence of
# train+dev (0-based numbers 0, 10, 20, ...) is held out; fixed epochs and
# seed make the model the same on every run.
SHARED      ?= ../shared
VTB          = $(SHARED)/corpus/ud-vtb
VTB_FILES    = $(VTB)/vi_vtb-ud-train.conllu $(VTB)/vi_vtb-ud-dev.conllu
VNVOCAB      = $(SHARED)/lexicon/vnvocab/VnVocab.txt
MODEL_ARGS   = -k 10 -e 20 -s 1 -p 1
$(BUILD)/gen/wordseg-train: data/wordseg-train.c $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIBA) $(PKG_LIBS) $(LDLIBS) -lm

# The bats suite trains a small model to test the trainer.
test: $(BUILD)/gen/wordseg-train

model: $(BUILD)/gen/wordseg-train
	$(BUILD)/gen/wordseg-train $(MODEL_ARGS) -l $(VNVOCAB) $(VTB_FILES) > data/vn-segment-words.model.tmp
	{ echo "# vn-segment word model, generated by 'make model', do not edit (see data/README)."; \
	  echo "# Trained with wordseg-train $(MODEL_ARGS) on UD_Vietnamese-VTB train+dev (CC BY-SA 4.0,"; \
	  echo "# commit $$(cat $(VTB)/SOURCE_COMMIT)) and VnVocab (Apache-2.0, commit $$(cat $(SHARED)/lexicon/vnvocab/SOURCE_COMMIT))."; \
	  cat data/vn-segment-words.model.tmp; } > data/vn-segment-words.model
	rm -f data/vn-segment-words.model.tmp

# Word and sentence F1 on the held-out tenth, with ../shared/tools/score-seg.
seg-accuracy: $(BUILD)/bin/vn-segment
	@mkdir -p $(BUILD)/eval
	awk 'BEGIN{RS="";ORS="\n\n"} (NR-1)%10==0' $(VTB_FILES) > $(BUILD)/eval/heldout.conllu
	$(SHARED)/tools/score-seg input words $(BUILD)/eval/heldout.conllu | $(BUILD)/bin/vn-segment -w --lines > $(BUILD)/eval/words.out
	@echo "words:"; $(SHARED)/tools/score-seg words $(BUILD)/eval/heldout.conllu $(BUILD)/eval/words.out
	$(SHARED)/tools/score-seg input sents $(BUILD)/eval/heldout.conllu | $(BUILD)/bin/vn-segment > $(BUILD)/eval/sents.out
	@echo "sentences:"; $(SHARED)/tools/score-seg sents $(BUILD)/eval/heldout.conllu $(BUILD)/eval/sents.out


# --- hardening: fuzz harnesses, their replay, memcheck (tests/FUZZING.md) ---
# Every tests/fuzz/fuzz_NAME.c is a harness. `make test` builds each with
# the normal compiler and replay.c and replays its seeds and regressions
# (tests/fuzz/replay.bats); `make fuzz` builds it with libFuzzer and runs
# it for FUZZ_SECONDS on the seeds, examples/ and ../shared/corpus/.
FUZZSRC   = $(wildcard tests/fuzz/fuzz_*.c)
FUZZERS   = $(FUZZSRC:tests/fuzz/%.c=%)
REPLAYS   = $(FUZZERS:%=$(BUILD)/fuzz-replay/%)
FUZZ_SECONDS ?= 20
FUZZ_TARGETS ?= $(FUZZERS)

test: $(REPLAYS)

$(BUILD)/fuzz-replay/%.o: tests/fuzz/%.c | check-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -MMD -MP -c -o $@ $<

$(BUILD)/fuzz-replay/%: $(BUILD)/fuzz-replay/%.o $(BUILD)/fuzz-replay/replay.o $(LIBA)
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) $(LDLIBS) -lm

$(BUILD)/fuzzers/%: tests/fuzz/%.c $(LIBA) | check-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -MMD -MP $(LDFLAGS) -fsanitize=fuzzer -o $@ $< $(LIBA) $(PKG_LIBS) $(LDLIBS) -lm

fuzzers: $(FUZZ_TARGETS:%=$(BUILD)/fuzzers/%)

check-fuzz-deps:
	@printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return d && n; }\n' | \
	  $(FUZZ_CC) -x c -fsanitize=fuzzer,address,undefined -o /dev/null - 2>/dev/null || { \
	  echo "vnpipe: make fuzz needs clang with libFuzzer: run 'make deps' as root, or: apt-get install clang libclang-rt-14-dev" >&2; \
	  exit 1; }

fuzz: check-fuzz-deps
	@$(MAKE) --no-print-directory FUZZ=1 fuzzers
	@tests/fuzz/run build/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Valgrind over every built tool (the normal build: valgrind and ASan do
# not mix) on examples/ and generated messy input; zero errors wanted.
memcheck: $(BINS) $(REPLAYS)
	@tests/memcheck $(BUILD)
