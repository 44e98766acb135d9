#!/bin/sh
# bench_numbers.sh - CPU time of the quantity scanner per article on data/sample.
# Argument: the tidings binary (its folder holds libtidings.a).
TIDINGS=${1:?usage: bench_numbers.sh TIDINGS}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$(dirname "$TIDINGS")
cc -O2 -std=c11 -D_GNU_SOURCE -I"$root/include" -o "$build/numbers_timing" \
	"$here/numbers_timing.c" "$build/libtidings.a" \
	$(pkg-config --libs icu-uc) -lstemmer -lm || exit 1
"$build/numbers_timing" "${NUMBERS_BENCH_DIR:-$root/data/sample}" "${NUMBERS_BENCH_LANG:-}"
