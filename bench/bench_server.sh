#!/bin/sh
# bench_server.sh - HTTP load on loopback with wrk: GET /threads over a preloaded store and
# PUT ingest of new articles; prints requests/s and p99 latency. Argument: the tidings binary.
TIDINGS=${1:?usage: bench_server.sh TIDINGS}
N=${BENCH_ARTICLES:-5000}
DUR=${BENCH_SECONDS:-5}
CONNS=${BENCH_CONNS:-16}
command -v wrk >/dev/null || { echo "bench_server: wrk is not installed, skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM

# A store of N articles over 30 days in four languages.
python3 - "$tmp/in" "$N" <<'PY'
import json, os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out)
rng = random.Random(1)
words = "government market energy team match vote court storm science film price bank".split()
with open(os.path.join(out, "articles.jsonl"), "w") as f:
    for i in range(n):
        title = " ".join(rng.choice(words) for _ in range(6)).capitalize()
        body = " ".join(rng.choice(words) for _ in range(120)) + "."
        f.write(json.dumps({"id": "a%d" % i, "title": title, "text": body,
                            "lang": rng.choice(["en", "ru", "de", "fr"]),
                            "date": "2021-03-%02d" % (1 + i % 28)}) + "\n")
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

wrk -t2 -c"$CONNS" -d"${DUR}s" --latency "$url/threads?period=86400&lang_code=en&category=any" >"$tmp/get.txt"
report "GET /threads (period 1 day, $N articles stored)" "$tmp/get.txt"

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
wrk -t2 -c"$CONNS" -d"${DUR}s" --latency "$url/api/search?q=energy+market" >"$tmp/search.txt"
report "GET /api/search (worst case: both words in every article)" "$tmp/search.txt"
