#!/bin/sh
# bench_lang.sh - language identification speed and accuracy: tidings vs CLD2 vs libexttextcat.
# Argument: the tidings binary (unused; the bench links the library). Env: BENCH_DIR, RUNS.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dir=${BENCH_DIR:-/work/shared/data/bsnlp-dev}
[ -d "$dir" ] || dir=$root/data/sample
make -s -C "$root" build/bench_lang || exit 1
echo "== language identification on $dir"
"$root/build/bench_lang" "$dir" "${RUNS:-5}"
