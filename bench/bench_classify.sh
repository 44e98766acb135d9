#!/bin/sh
# bench_classify.sh - cost of the classify stage: `categories` (read, clean, lang,
# dates, classify) against `languages` (read, clean, lang) on the sample copied
# 50 times, one thread, medians of five runs. Argument: the tidings binary.
TIDINGS=${1:?usage: bench_classify.sh TIDINGS}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
while [ $i -lt 50 ]; do
	mkdir -p "$tmp/in/$i" && cp "$here"/data/sample/*.txt "$tmp/in/$i/"
	i=$((i + 1))
done
n=$(find "$tmp/in" -name '*.txt' | wc -l)
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
run() {
	k=0
	while [ $k -lt 5 ]; do
		s=$(date +%s%N)
		"$TIDINGS" "$1" "$tmp/in" --threads 1 --no-progress >/dev/null || exit 1
		e=$(date +%s%N)
		echo $(((e - s) / 1000))
		k=$((k + 1))
	done | median
}
base=$(run languages)
full=$(run categories)
awk -v n="$n" -v b="$base" -v f="$full" 'BEGIN {
	printf "classify: %d articles, languages %.1f ms, categories %.1f ms, classify %.1f us/article (ratio %.2f)\n",
	       n, b / 1000, f / 1000, (f - b) / n, f / b }'
