#!/bin/sh
# bench_large.sh - large and deep single inputs: `tidings analyze` must stay
# linear in an article's length whatever it holds. For each language of a
# labelled folder (LARGE_BENCH_DIR, by default the BSNLP dev folder) one
# article made of the folder's articles of that language, 1 MB and 4 MB long:
# user seconds (median of 3) and their ratio once the time of one article of
# the folder (loading the dictionaries) is taken off both (4 when linear;
# cleaning drops a long text's repeated paragraphs, so less). Then inputs no
# real page has but anyone can send: HTML nested 100,000 <div>s and 400,000
# <span>s deep, an element of 400,000 attributes, 300,000 written dates, one
# ministry named 100,000 times.
TIDINGS=${1:?usage: bench_large.sh TIDINGS}
dir=${LARGE_BENCH_DIR:-/work/shared/data/bsnlp-dev}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# Median user seconds of three runs of analyze on $1.
med() {
	for r in 1 2 3; do
		/usr/bin/time -f "%U" "$TIDINGS" analyze "$1" --threads 1 --no-progress 2>&1 >/dev/null | tail -1
	done | sort -n | sed -n 2p
}

echo "large inputs: analyze, one article, user seconds (median of 3)"
if [ -f "$dir/labels.tsv" ]; then
	python3 - "$dir" "$tmp" <<'PY' || exit 1
import csv, sys
d, out = sys.argv[1], sys.argv[2]
by = {}
for r in csv.DictReader(open(d + "/labels.tsv", encoding="utf-8"), delimiter="\t"):
    by.setdefault(r["lang"], []).append(r["file"])
for lang, files in sorted(by.items()):
    text = "\n".join(open(d + "/" + f, encoding="utf-8").read() for f in files).encode()
    if len(text) < 200000:
        continue
    open("%s/%s_0.txt" % (out, lang), "w", encoding="utf-8").write(open(d + "/" + files[0], encoding="utf-8").read())
    for mb in (1, 4):
        n = mb * 1000000
        b = (text * (n // len(text) + 1))[:n].decode("utf-8", "ignore")
        open("%s/%s_%d.txt" % (out, lang, mb), "w", encoding="utf-8").write("Title\n" + b)
PY
	for one in "$tmp"/*_1.txt; do
		[ -f "$one" ] || continue
		lang=$(basename "$one" _1.txt)
		z=$(med "$tmp/${lang}_0.txt")
		a=$(med "$one")
		b=$(med "$tmp/${lang}_4.txt")
		echo "$lang one article $z s, 1 MB $a s, 4 MB $b s, ratio of the two less the first $(echo "$z $a $b" |
			awk '{printf "%.2f", ($2 > $1) ? ($3 - $1) / ($2 - $1) : 0}')"
	done
else
	echo "bench_large: no labelled folder at $dir, languages skipped"
fi
python3 - "$tmp" <<'PY' || exit 1
import random, sys
out = sys.argv[1]
random.seed(1)
open(out + "/divs.html", "w").write("<html><body><p>Top.</p>" + "<div>" * 100000 + "<p>Deep.</p>")
open(out + "/spans.html", "w").write("<html><body><p>Top " + "<span>" * 400000 + "deep.</p>")
open(out + "/attrs.html", "w").write("<html><body><p " + " ".join("a%d=v" % i for i in range(400000)) + ">Text.</p>")
forms = ["5 ноября 2019 года", "в понедельник", "15.11.2019", "November 5, 2019", "вчера"]
open(out + "/dates.txt", "w").write("Title\n" + " ".join(random.choice(forms) for _ in range(300000)))
open(out + "/bodies.txt", "w").write("Title\n" + " ".join(["Министерства иностранных дел и"] * 100000))
PY
for f in divs.html spans.html attrs.html dates.txt bodies.txt; do
	echo "$f ($(wc -c <"$tmp/$f") bytes) $(med "$tmp/$f") s"
done
