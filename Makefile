# Makefile - builds, tests and benchmarks tidings (GNU make, Debian 12).

BUILD ?= build
CC ?= cc
SAN ?=
OPT ?= -O2 -g

# Debian packages the build, tests and benchmarks need.
DEB_PKGS = build-essential pkg-config clang libicu-dev libstemmer-dev libcld2-dev \
	libexttextcat-dev libexttextcat-data libgumbo-dev libjansson-dev libxxhash-dev \
	libmicrohttpd-dev libsqlite3-dev libcmocka-dev libhunspell-dev \
	hunspell-ru hunspell-uk hunspell-bg hunspell-pl hunspell-cs hunspell-sk \
	hunspell-sl hunspell-hr hunspell-en-us hunspell-de-de hunspell-fr \
	hunspell-es hunspell-it hunspell-pt-pt hunspell-nl hunspell-be libcurl4-openssl-dev libxml2-dev \
	python3 wrk chromium

PKG_LIBS = icu-uc icu-i18n jansson gumbo libxxhash sqlite3 libmicrohttpd hunspell libcurl libxml-2.0

WARN = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 -Wstrict-prototypes \
	-Wmissing-prototypes -Wvla
CPPFLAGS += -D_GNU_SOURCE -Iinclude -Isrc
CFLAGS += $(OPT) $(WARN) -pthread
ifeq ($(SAN),1)
CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
endif

PKG_CFLAGS = $(shell pkg-config --cflags $(PKG_LIBS) 2>/dev/null)
PKG_LDLIBS = $(shell pkg-config --libs $(PKG_LIBS) 2>/dev/null)
LDLIBS += $(PKG_LDLIBS) -lstemmer -lm -pthread

LIB_SRC = $(wildcard src/*.c)
LIB_OBJ = $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
CLI_SRC = $(wildcard src/cli/*.c) $(wildcard src/server/*.c)
CLI_OBJ = $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
# The web page (web/) is compiled into the binary as a generated C file.
WEB_FILES = $(sort $(wildcard web/*.html web/*.css web/*.js web/*.svg))
WEB_OBJ = $(BUILD)/obj/gen/web_assets.o
TEST_SRC = $(wildcard tests/unit/test_*.c)
TEST_BIN = $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_REPLAY = $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzz-replay/%)

DEPS_STAMP = .deps-ok

.PHONY: all deps demo check unit cli-tests fuzz fuzz-replay bench clean lexicon
all: $(DEPS_STAMP) $(BUILD)/tidings lexicon

# Installs missing Debian packages (as root), or names the command to run.
deps: $(DEPS_STAMP)
$(DEPS_STAMP):
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing) >$(BUILD)-apt.log 2>&1 \
	      || { cat $(BUILD)-apt.log; exit 1; }; \
	  else \
	    echo "missing packages; run as root:"; \
	    echo "  apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi; touch $@

$(BUILD)/obj/%.o: src/%.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

# The language model is compiled into lang.o (.incbin).
$(BUILD)/obj/lang.o: data/lang/model.bin

# Word-form tables of the hunspell dictionaries (docs/entities.md), built
# once under build/lexicon by the plain build's generator, mapped at run
# time; a dictionary the generator does not cover gets an empty file and
# stays with hunspell.
LEX_LANGS = ru uk bg pl cs sk sl hr en
LEXDIR = build/lexicon
LEXTABS = $(LEX_LANGS:%=$(LEXDIR)/%.lextab)
$(BUILD)/obj/entities_lex.o: CPPFLAGS += -DTD_LEXTAB_DIR='"$(abspath $(LEXDIR))"'
# The gazetteer, built by the same code the engine would run at start and
# mapped at run time from the same folder (docs/entities.md).
GAZTAB = $(LEXDIR)/gazetteer.tab
$(BUILD)/obj/entities_gaz.o: CPPFLAGS += -DTD_LEXTAB_DIR='"$(abspath $(LEXDIR))"'
lexicon: $(LEXTABS) $(GAZTAB)
build/gen_gaztab: tools/gen_gaztab.c src/entities_int.h build/libtidings.a
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(OPT) $(WARN) -pthread -o $@ $< build/libtidings.a $(LDLIBS)
$(GAZTAB): build/gen_gaztab
	@mkdir -p $(LEXDIR)
	build/gen_gaztab $@.tmp && mv $@.tmp $@
build/gen_lexicon: tools/gen_lexicon.c src/lextab.h build/obj/entities_lex.o build/obj/entities_lextab.o | build/libtidings.a
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(OPT) $(WARN) -pthread -o $@ $< build/libtidings.a $(LDLIBS)
$(LEXDIR)/%.lextab: build/gen_lexicon $(wildcard $(LEX_LANGS:%=/usr/share/hunspell/%_*.aff) $(LEX_LANGS:%=/usr/share/hunspell/%_*.dic))
	@mkdir -p $(LEXDIR)
	@build/gen_lexicon $* $@ || { rc=$$?; [ $$rc = 2 ] && : >$@; }

$(BUILD)/libtidings.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/gen/web_assets.c: $(WEB_FILES) tools/embed_assets.sh
	@mkdir -p $(dir $@)
	sh tools/embed_assets.sh $(WEB_FILES) >$@.tmp && mv $@.tmp $@

$(WEB_OBJ): $(BUILD)/gen/web_assets.c src/server/server.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/tidings: $(CLI_OBJ) $(WEB_OBJ) $(BUILD)/libtidings.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(WEB_OBJ) $(BUILD)/libtidings.a $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(BUILD)/libtidings.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -Wno-missing-prototypes $(LDFLAGS) -o $@ $< \
	  $(BUILD)/libtidings.a $(LDLIBS) -lcmocka

$(BUILD)/fuzz-replay/%: tests/fuzz/%.c tests/fuzz/replay.c $(wildcard tests/fuzz/*.h) $(BUILD)/libtidings.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -Wno-missing-prototypes $(LDFLAGS) -o $@ $< tests/fuzz/replay.c \
	  $(BUILD)/libtidings.a $(LDLIBS)

unit: $(TEST_BIN) lexicon
	@fail=0; for t in $(TEST_BIN); do $$t || fail=1; done; exit $$fail

cli-tests: $(BUILD)/tidings lexicon
	@sh tests/cli/run.sh $(abspath $(BUILD)/tidings)

fuzz-replay: $(FUZZ_REPLAY)
	@fail=0; for f in $(FUZZ_REPLAY); do n=$$(basename $$f); \
	  $$f tests/fuzz/corpus/$${n#fuzz_} || fail=1; done; exit $$fail

# Every test: plain build, then the same under AddressSanitizer and UBSan.
check: $(DEPS_STAMP)
	$(MAKE) --no-print-directory all unit cli-tests fuzz-replay
	LSAN_OPTIONS=suppressions=$(abspath tests/lsan.supp):print_suppressions=0 \
	  $(MAKE) --no-print-directory BUILD=build/san SAN=1 OPT="-O1 -g" all unit cli-tests fuzz-replay
	@[ ! -f tests/run-extra.sh ] || sh tests/run-extra.sh $(abspath $(BUILD)/tidings)

# libFuzzer builds of every parser target (clang).
fuzz: $(DEPS_STAMP)
	@mkdir -p $(BUILD)/fuzz
	$(MAKE) --no-print-directory BUILD=build/fuzzlib CC=clang OPT="-O1 -g -fsanitize=fuzzer-no-link,address" $(BUILD:build=build/fuzzlib)/libtidings.a
	@for f in $(FUZZ_SRC); do n=$$(basename $$f .c); \
	  clang $(CPPFLAGS) $(PKG_CFLAGS) -O1 -g -fsanitize=fuzzer,address -o $(BUILD)/fuzz/$$n $$f \
	    build/fuzzlib/libtidings.a $(LDLIBS) && echo "built $(BUILD)/fuzz/$$n"; done

bench: all
	@sh bench/run.sh $(abspath $(BUILD)/tidings)

demo: all
	@sh tests/demo.sh $(abspath $(BUILD)/tidings)

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

# Language benchmark: links CLD2 through a C++ shim (benchmark only).
$(BUILD)/bench_lang: bench/bench_lang.c bench/cld2_shim.cc $(BUILD)/libtidings.a
	g++ -O2 -c bench/cld2_shim.cc -o $(BUILD)/cld2_shim.o
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -o $@ bench/bench_lang.c $(BUILD)/cld2_shim.o \
	  $(BUILD)/libtidings.a $(LDLIBS) -lexttextcat-2.0 -lcld2 -lstdc++
