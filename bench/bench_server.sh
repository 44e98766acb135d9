#!/bin/sh
# bench_server.sh - HTTP load on loopback with wrk: GET /threads over a preloaded store and
# PUT ingest of new articles; prints requests/s and p99 latency. Argument: the tidings binary.
TIDINGS=${1:?usage: bench_server.sh TIDINGS}
N=${BENCH_ARTICLES:-10000}
DUR=${BENCH_SECONDS:-5}
CONNS=${BENCH_CONNS:-16}
command -v wrk >/dev/null || { echo "bench_server: wrk is not installed, skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM

# A store of N real news articles when the development data is there (its
# 3,228 articles repeated with dates moved by whole weeks), else N articles
# of random words over 30 days in four languages.
python3 - "$tmp/in" "$N" "${BENCH_DIR:-/work/shared/data/bsnlp-dev/articles}" <<'PY'
import datetime, json, os, random, sys
out, n, src = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(out)
rng = random.Random(1)
real = []
if os.path.isdir(src):
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            first, _, body = f.read().partition("\n")
        first = first.strip()
        date = None
        if first.startswith("date "):
            date, first = first[5:15], first[15:].strip()
        real.append((first, body, date))
words = "government market energy team match vote court storm science film price bank".split()
with open(os.path.join(out, "articles.jsonl"), "w") as f:
    for i in range(n):
        if real:
            title, body, date = real[i % len(real)]
            try:
                d = datetime.date.fromisoformat(date)
            except (TypeError, ValueError):
                d = datetime.date(2019, 1, 1)
            d += datetime.timedelta(days=7 * (i // len(real)))
            rec = {"id": "a%d" % i, "title": title, "text": body, "date": d.isoformat()}
        else:
            rec = {"id": "a%d" % i,
                   "title": " ".join(rng.choice(words) for _ in range(6)).capitalize(),
                   "text": " ".join(rng.choice(words) for _ in range(120)) + ".",
                   "lang": rng.choice(["en", "ru", "de", "fr"]),
                   "date": "2021-03-%02d" % (1 + i % 28)}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("bench_server: store of %d %s articles" % (n, "real news" if real else "random-word"))
PY
"$TIDINGS" ingest "$tmp/in" --db "$tmp/bench.db" 2>"$tmp/ingest.log" || { cat "$tmp/ingest.log"; exit 1; }
sed 's/^/bench_server: /' "$tmp/ingest.log"

"$TIDINGS" serve --db "$tmp/bench.db" --port 0 2>"$tmp/serve.log" &
pid=$!
port=
for _ in $(seq 100); do
	port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$tmp/serve.log")
	[ -n "$port" ] && curl -sf "http://127.0.0.1:$port/threads?period=86400" >/dev/null && break
	sleep 0.1
done
[ -n "$port" ] || { echo "bench_server: server did not start"; cat "$tmp/serve.log"; exit 1; }
url=http://127.0.0.1:$port

report() { # name, wrk output file
	rps=$(awk '/^Requests\/sec/ {print $2}' "$2")
	p99=$(awk '$1 == "99%" {print $2}' "$2")
	errs=$(awk '/Non-2xx/ {print $NF}' "$2")
	echo "bench_server: $1: ${rps} req/s, p99 ${p99}${errs:+, non-2xx $errs} ($CONNS connections, ${DUR}s)"
}

wrk -t2 -c"$CONNS" -d"${DUR}s" --latency "$url/threads?period=604800&category=any" >"$tmp/get.txt"
report "GET /threads (period 7 days, $N articles stored)" "$tmp/get.txt"
curl -s "$url/threads?period=604800&category=any" | python3 -c 'import json,sys; t=json.load(sys.stdin)["threads"]; print("bench_server: that answer: %d threads, %d articles" % (len(t), sum(len(x["articles"]) for x in t)))'
wrk -t2 -c"$CONNS" -d"${DUR}s" --latency "$url/api/stories?limit=20" >"$tmp/stories.txt"
report "GET /api/stories (top 20 of all)" "$tmp/stories.txt"

cat >"$tmp/put.lua" <<'LUA'
local n = 0
local tid = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function request()
  n = n + 1
  local body = '{"title":"Bench article ' .. tid .. '-' .. n .. '","text":"The council met on Monday ' ..
    'to discuss the budget for the coming year and approved it.","lang":"en","date":"2021-03-28"}'
  return wrk.format("PUT", "/bench-" .. tid .. "-" .. n .. ".json",
    {["Content-Type"] = "application/json", ["Cache-Control"] = "max-age=86400"}, body)
end
LUA
wrk -t2 -c"$CONNS" -d"${DUR}s" --latency -s "$tmp/put.lua" "$url" >"$tmp/put.txt"
report "PUT new articles (durable, group commit)" "$tmp/put.txt"
wrk -t2 -c"$CONNS" -d"${DUR}s" --latency "$url/api/search?q=Brexit" >"$tmp/search.txt"
report "GET /api/search?q=Brexit" "$tmp/search.txt"
