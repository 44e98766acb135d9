#!/bin/sh
# bench_entities.sh - CPU time of the entity stage against the foundation
# stage (read, clean, language, dates), cold (word-form tables mapped, new
# words answered from them), cold without the tables (TIDINGS_LEXTAB_DIR=none:
# dictionaries load, every new word asks hunspell; the gazetteer is built, out
# of the timed stage) and warm (--repeat 3), on
# a labelled folder with a
# labels.tsv (file, lang columns): ENTITIES_BENCH_DIR, by default the BSNLP
# dev folder; skipped when absent. Also `analyze --threads 1` user time on
# the same articles as JSON lines carrying their language.
TIDINGS=${1:?usage: bench_entities.sh TIDINGS}
dir=${ENTITIES_BENCH_DIR:-/work/shared/data/bsnlp-dev}
if [ ! -f "$dir/labels.tsv" ]; then
	echo "bench_entities: no labelled folder at $dir, skipped"
	exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
echo "entities: cold"
"$TIDINGS" eval-entities "$dir" --threads 1 2>&1 | grep -E '^(all|foundation|entity)' || exit 1
echo "entities: cold, hunspell only"
TIDINGS_LEXTAB_DIR=none "$TIDINGS" eval-entities "$dir" --threads 1 2>&1 | grep -E '^entity' || exit 1
echo "entities: warm"
"$TIDINGS" eval-entities "$dir" --threads 1 --repeat 3 2>&1 | grep -E '^entity' || exit 1
echo
python3 - "$dir" "$tmp/in.jsonl" <<'PY' || exit 1
import csv, json, re, sys
d, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for r in csv.DictReader(open(d + "/labels.tsv", encoding="utf-8"), delimiter="\t"):
        t = open(d + "/" + r["file"], encoding="utf-8").read()
        o = {"id": r["file"], "lang": r["lang"]}
        m = re.match(r"\s*date (\d{4}-\d\d-\d\d) ", t)
        if m:
            o["date"], t = m.group(1), t[m.end():]
        o["title"], _, o["text"] = t.partition("\n")
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
PY
/usr/bin/time -f "analyze --threads 1: %e s wall, %U s user" \
	"$TIDINGS" analyze "$tmp/in.jsonl" --threads 1 --no-progress >/dev/null || exit 1
# One long article dense with names (4 MB: persons, organisations with
# acronyms in parentheses, short and full names): the stage must stay linear
# in the article's length; its rate is printed beside the folder's.
python3 - "$tmp/long.txt" <<'PY' || exit 1
import random, sys
names = ["Anna Kowalska", "Jan Nowak", "Kowalska", "Nowak", "Piotr Zieliński", "Zieliński",
         "Głównego Urzędu Statystycznego (GUS)", "Banku Polskiego", "Unii Europejskiej (UE)",
         "Unii", "Rady Polityki Pieniężnej", "Rady"]
random.seed(1)
out, n = ["Wiadomości\n"], 0
while n < 4000000:
    s = " ".join(random.choice(names) for _ in range(3)) + " powiedział, że " + random.choice(names) + " wie. "
    out.append(s)
    n += len(s.encode())
open(sys.argv[1], "w", encoding="utf-8").write("".join(out))
PY
/usr/bin/time -f "analyze, one 4 MB article dense with names: %e s wall, %U s user" \
	"$TIDINGS" analyze "$tmp/long.txt" --threads 1 --no-progress >/dev/null || exit 1
mkdir -p "$tmp/long" && cp "$tmp/long.txt" "$tmp/long/" || exit 1
/usr/bin/time -f "threads, the same article alone (no dictionaries): %e s wall, %U s user" \
	"$TIDINGS" threads "$tmp/long" --no-progress >/dev/null || exit 1
/usr/bin/time -f "stories, the same article alone: %e s wall, %U s user" \
	"$TIDINGS" stories "$tmp/long" --no-progress >/dev/null || exit 1
