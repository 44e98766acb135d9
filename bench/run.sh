#!/bin/sh
# run.sh - the benchmarks of `make bench`. Argument: the tidings binary.
TIDINGS=${1:?usage: run.sh TIDINGS}
here=$(cd "$(dirname "$0")" && pwd)
for b in "$here"/bench_*.sh; do
	[ -f "$b" ] || continue
	sh "$b" "$TIDINGS" || exit 1
done
