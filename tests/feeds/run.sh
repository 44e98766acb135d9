#!/bin/sh
# run.sh - end-to-end test of `tidings poll` against a fixture web site
# served on 127.0.0.1 (a random free port); nothing leaves this machine.
# Usage: run.sh TIDINGS_BINARY
TIDINGS=${1:?usage: run.sh TIDINGS_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
pass=0; fail=0
server=""

cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

ok() { pass=$((pass + 1)); echo "ok   $1"; }
no() { fail=$((fail + 1)); echo "FAIL $1"; }
# check NAME COMMAND...: passes when the command succeeds.
check() {
	name=$1; shift
	if "$@" >/dev/null 2>&1; then ok "$name"; else no "$name"; fi
}
# jcheck NAME FILE PYTHON-EXPR: evaluates the expression with `a`, the
# list of JSON lines of FILE.
jcheck() {
	name=$1 file=$2 expr=$3
	if python3 -c '
import json, sys
a = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
def art(title):
    m = [x for x in a if x["article"]["title"] == title]
    return m[0] if len(m) == 1 else None
sys.exit(0 if eval(sys.argv[2]) else 1)' "$file" "$expr" 2>"$tmp/jerr"; then
		ok "$name"
	else
		no "$name"; sed 's/^/  /' "$tmp/jerr" | tail -3
	fi
}

# The site is served from a copy so a test can change a feed.
cp -r "$here/site" "$tmp/site"
tls=""
if command -v openssl >/dev/null 2>&1 &&
   openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
	-keyout "$tmp/key.pem" -out "$tmp/cert.pem" >/dev/null 2>&1; then
	tls="$tmp/cert.pem $tmp/key.pem"
fi
# shellcheck disable=SC2086
python3 "$here/server.py" "$tmp/site" "$tmp/port" "$tmp/log" $tls 2>"$tmp/server.err" &
server=$!
i=0
while [ ! -f "$tmp/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
if [ ! -f "$tmp/port" ]; then
	echo "FAIL server did not start"; cat "$tmp/server.err"
	echo "feeds: 0 passed, 1 failed"; exit 1
fi
port=$(sed -n 1p "$tmp/port")
tlsport=$(sed -n 2p "$tmp/port")
base="http://127.0.0.1:$port"

cat >"$tmp/feeds.txt" <<EOF
# feeds of the test site
$base/feeds/full.rss
$base/feeds/summary.atom

$base/feeds/moved.xml 10m   # a redirect to full.rss, polled every 10 minutes
$base/feeds/broken.xml
$base/feeds/slow.xml
$base/feeds/wrongtype.xml
$base/feeds/huge.xml
$base/loop/a
$base/feeds/missing.xml
$base/feeds/busy.xml
EOF
[ -n "$tlsport" ] && echo "https://127.0.0.1:$tlsport/feeds/full.rss" >>"$tmp/feeds.txt"

opts="--state $tmp/state.json --delay 20 --timeout 2 --max-bytes 1000000 --interval 0"

# ---- first pass ----------------------------------------------------
start=$(date +%s)
# shellcheck disable=SC2086
"$TIDINGS" poll "$tmp/feeds.txt" $opts >"$tmp/out1" 2>"$tmp/err1"
rc=$?
took=$(($(date +%s) - start))
sed 's/^/  | /' "$tmp/err1"
check "pass 1 exits 0 although some feeds fail" [ $rc = 0 ]
check "pass 1 stays within the time limits (${took}s)" [ "$took" -lt 15 ]
jcheck "pass 1: 2 + 5 + 2 articles, all new" "$tmp/out1" \
	'len(a) == 9 and all(x["event"] == "new" for x in a)'
jcheck "full-text RSS items are read from the feed" "$tmp/out1" \
	'[x["source"] for x in a if x["feed"].endswith("/full.rss")] == ["feed", "feed"]'
jcheck "RSS article: title, language, date, outlet, url, full text" "$tmp/out1" \
	'(lambda x: x["article"]["lang"] == "en" and x["article"]["date"] == "2025-11-24" and x["article"]["outlet"] == "Harbour Gazette" and x["article"]["url"] == "http://harbour-gazette.test/news/tram-line" and x["article"]["text_chars"] > 800)([y for y in a if y["feed"].endswith("/full.rss") and y["article"]["title"] == "City council approves new tram line to the airport"][0])'
jcheck "RSS date with a +0100 zone" "$tmp/out1" \
	'[y for y in a if y["feed"].endswith("/full.rss") and y["article"]["title"] == "Storm closes the northern ferry route"][0]["article"]["date"] == "2025-11-25"'
jcheck "summary-only Atom items are read from their pages" "$tmp/out1" \
	'sorted(x["source"] for x in a if x["feed"].endswith("/summary.atom")) == ["page"] * 4 + ["summary"]'
for spec in "ru|Новый мост через Оку откроют в декабре|2025-11-23" \
	    "en|Port workers end three-day strike|2025-11-24" \
	    "bg|София въвежда нови правила за паркиране|2025-11-24" \
	    "pl|Gdańsk otwiera nową linię tramwajową|2025-11-25"; do
	lang=${spec%%|*}; rest=${spec#*|}; title=${rest%|*}; day=${rest##*|}
	jcheck "page in $lang: language, headline from the feed, date, text" "$tmp/out1" \
		"(lambda x: x is not None and x['source'] == 'page' and x['article']['lang'] == '$lang' and x['article']['date'] == '$day' and x['article']['outlet'] == 'Europe Wire' and x['article']['url'] == '$base' + x['article']['url'][len('$base'):] and x['article']['text_chars'] > 300)(art('$title'))"
done
jcheck "robots.txt: the disallowed page falls back to the summary" "$tmp/out1" \
	'(lambda x: x["source"] == "summary" and "robots.txt" in x["page_error"] and x["article"]["lang"] == "en")(art("Internal memo on staffing"))'
check "robots.txt: the disallowed page is never requested" sh -c "! grep -q '/pages/private/' '$tmp/log'"
check "robots.txt is fetched once for the host" [ "$(grep -c '^GET /robots.txt ' "$tmp/log")" = 1 ]
check "every request names tidings in its User-Agent" sh -c "! grep -v ' tidings/' '$tmp/log' | grep -q ."
check "redirected feed followed (moved.xml -> full.rss)" grep -q "moved.xml: ok rss, 2 items, 2 new" "$tmp/err1"
check "malformed XML reported as a parse error with its line" \
	grep -q "broken.xml: FAILED (parse): malformed document: line 8: Opening and ending tag mismatch" "$tmp/err1"
check "slow feed reported as a timeout" grep -q "slow.xml: FAILED (timeout)" "$tmp/err1"
check "wrong content type reported" grep -q "wrongtype.xml: FAILED (content-type): content type text/html" "$tmp/err1"
check "huge response aborted at the size limit" grep -q "huge.xml: FAILED (too-big): response larger than 1000000 bytes" "$tmp/err1"
check "redirect loop reported" grep -q "loop/a: FAILED (redirect-loop)" "$tmp/err1"
check "HTTP 404 reported" grep -q "missing.xml: FAILED (http-error): HTTP 404" "$tmp/err1"
if [ -n "$tlsport" ]; then
	check "self-signed TLS certificate reported as a TLS error" grep -q "$tlsport/feeds/full.rss: FAILED (tls): TLS error" "$tmp/err1"
else
	echo "skip TLS check (no openssl)"
fi
check "HTTP 503 with Retry-After reported" grep -q "busy.xml: FAILED (http-error): HTTP 503 (retry after 600s); failures 1, retry in 10m" "$tmp/err1"
check "pass 1 summary line" grep -Eq "poll: 1[01] feeds, 1[01] polled, 0 not due, [78] failed, 9 articles" "$tmp/err1"
if python3 - "$tmp/state.json" <<'EOF2'
import json, sys
f = {x["url"].split("/", 3)[3]: x for x in json.load(open(sys.argv[1]))["feeds"] if x["url"].startswith("http:")}
rss, broken = f["feeds/full.rss"], f["feeds/broken.xml"]
assert rss["etag"].startswith('"') and rss["last_modified"].endswith("GMT")
assert rss["failures"] == 0 and len(rss["seen"]) == 2 and rss["last_success"] > 0
assert broken["failures"] == 1 and "line 8" in broken["last_error"]
assert broken["next_due"] >= broken["last_fetch"] + 60
busy = f["feeds/busy.xml"]
assert busy["next_due"] >= busy["last_fetch"] + 600
EOF2
then ok "state: validators kept, failures counted, backoff set"; else no "state: validators kept, failures counted, backoff set"; fi

# ---- second pass: conditional requests, backoff ---------------------
: >"$tmp/log"
# shellcheck disable=SC2086
"$TIDINGS" poll "$tmp/feeds.txt" $opts >"$tmp/out2" 2>"$tmp/err2"
rc=$?
sed 's/^/  | /' "$tmp/err2"
check "pass 2 exits 0" [ $rc = 0 ]
check "pass 2: nothing new" [ ! -s "$tmp/out2" ]
check "pass 2: RSS answered 304 to If-None-Match" sh -c \
	"grep -q 'full.rss: not modified (HTTP 304)' '$tmp/err2' && grep -q '^GET /feeds/full.rss 304 .* | \"' '$tmp/log'"
check "pass 2: Atom answered 304" grep -q "summary.atom: not modified (HTTP 304)" "$tmp/err2"
check "pass 2: a feed with its own 10m interval is not due" grep -q "moved.xml: not due (next in" "$tmp/err2"
check "pass 2: failed feeds back off" sh -c "grep -q 'broken.xml: not due' '$tmp/err2' && ! grep -q 'broken.xml' '$tmp/log'"
check "pass 2: no page is fetched again" sh -c "! grep -q '/pages/' '$tmp/log'"

# ---- third pass: an item changes upstream, one is added ------------
python3 - "$tmp/site/feeds/full.rss" <<'EOF'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = s.replace("Several trees fell on roads in the old town",
              "Several trees fell on roads in the old town and the harbour bridge was closed")
new = """<item>
<title>Harbour museum reopens after renovation</title>
<link>http://harbour-gazette.test/news/museum</link>
<guid isPermaLink="false">hg-1003</guid>
<pubDate>Wed, 26 Nov 2025 10:00:00 +0000</pubDate>
<description>The maritime museum reopens on Saturday.</description>
</item>
"""
s = s.replace("</channel>", new + "</channel>")
open(p, "w", encoding="utf-8").write(s)
EOF
: >"$tmp/log"
mkdir "$tmp/out"
# shellcheck disable=SC2086
"$TIDINGS" poll "$tmp/feeds.txt" $opts --out "$tmp/out" >"$tmp/out3" 2>"$tmp/err3"
sed 's/^/  | /' "$tmp/err3"
check "pass 3: changed feed reported with one new and one updated item" \
	grep -q "full.rss: ok rss, 3 items, 1 new, 1 updated" "$tmp/err3"
check "pass 3: --out writes one file per article" [ "$(ls "$tmp/out" | wc -l)" = 2 ]
check "pass 3: the updated article keeps its id (same file name as in pass 1)" sh -c \
	"python3 -c 'import json,sys; a=[json.loads(l) for l in open(sys.argv[1])]; print([x[\"article\"][\"id\"] for x in a if x[\"article\"][\"title\"].startswith(\"Storm\")][0])' '$tmp/out1' | while read -r id; do [ -f '$tmp/out/'\$id.json ]; done && ls '$tmp/out' | grep -q ."
check "pass 3: the updated text is in the written article" grep -rq "harbour bridge was closed" "$tmp/out"
check "pass 3: the written articles read back with analyze" sh -c \
	"'$TIDINGS' analyze '$tmp/out' --no-progress | grep -c '\"outlet\":\"Harbour Gazette\"' | grep -qx 2"

# ---- politeness: the per-host delay ---------------------------------
: >"$tmp/log"
printf '%s\n' "$base/feeds/full.rss" "$base/feeds/summary.atom" >"$tmp/two.txt"
"$TIDINGS" poll "$tmp/two.txt" --delay 300 --timeout 2 >/dev/null 2>"$tmp/err6"
if python3 - "$tmp/log" <<'EOF2'
import sys
t = sorted(float(l.rsplit("t=", 1)[1]) for l in open(sys.argv[1], encoding="utf-8"))
gaps = [b - a for a, b in zip(t, t[1:])]
# The log stamps when the test server handles a request: on a loaded
# machine a handler can run late, shortening the gap it ends; without the
# delay the gaps are a few milliseconds.
good = len(t) >= 7 and min(gaps) >= 0.2
if not good:
    print("  | requests %d, gaps %s" % (len(t), ["%.3f" % g for g in gaps]), file=sys.stderr)
sys.exit(0 if good else 1)
EOF2
then ok "politeness: requests to one host at least 300 ms apart"; else no "politeness: requests to one host at least 300 ms apart"; fi

# ---- --max-items: the rest waits, and is not lost to a 304 ---------
"$TIDINGS" poll "$tmp/two.txt" --state "$tmp/st7.json" --max-items 1 --delay 0 --all >"$tmp/out7" 2>"$tmp/err7"
"$TIDINGS" poll "$tmp/two.txt" --state "$tmp/st7.json" --max-items 1 --delay 0 --all >>"$tmp/out7" 2>>"$tmp/err7"
check "--max-items: one item per pass, the next one in the next pass" sh -c \
	"grep -q 'full.rss: ok rss, 3 items, 1 new, 0 updated .*2 left for the next pass' '$tmp/err7' && grep -q 'full.rss: ok rss, 3 items, 1 new, 0 updated .*1 left for the next pass' '$tmp/err7' && [ \$(grep -c '\"event\":\"new\"' '$tmp/out7') = 4 ]"

# ---- robots.txt that cannot be read: the host's pages are off limits --
: >"$tmp/log"
: >"$tmp/site/robots-broken"
printf '%s\n' "$base/feeds/summary.atom" >"$tmp/atom.txt"
"$TIDINGS" poll "$tmp/atom.txt" --delay 0 >"$tmp/out8" 2>"$tmp/err8"
rm -f "$tmp/site/robots-broken"
check "robots.txt answering 500: no page of that host is fetched" sh -c \
	"grep -q '^GET /robots.txt 500 ' '$tmp/log' && ! grep -q '/pages/' '$tmp/log' && [ \$(grep -c '\"source\":\"summary\".*robots.txt unreachable' '$tmp/out8') = 5 ]"

# ---- threads: hosts in parallel, politeness shared across workers ----
# cross.atom, served under the name localhost, links to pages on
# 127.0.0.1, which summary.atom's worker fetches at the same time.
python3 - "$tmp/site/feeds/summary.atom" "$tmp/site/feeds/cross.atom" "$base" <<'EOF'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
s = s.replace('href="/pages/', 'href="%s/pages/' % sys.argv[3]).replace("urn:example:ew:", "urn:example:cross:")
open(sys.argv[2], "w", encoding="utf-8").write(s)
EOF
printf '%s\n' "$base/feeds/summary.atom" "http://localhost:$port/feeds/cross.atom" >"$tmp/cross.txt"
: >"$tmp/log"
"$TIDINGS" poll "$tmp/cross.txt" --threads 2 --delay 300 >"$tmp/out9" 2>"$tmp/err9"
if python3 - "$tmp/log" "$port" <<'EOF'
import sys
port = sys.argv[2]
rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    host = line.rsplit("| host=", 1)[1].split(" |")[0]
    rows.append((float(line.rsplit("t=", 1)[1]), host, line.split()[1]))
rows.sort()
local = [t for t, h, p in rows if h == "127.0.0.1:" + port]
gaps = [b - a for a, b in zip(local, local[1:])]
cross = [t for t, h, p in rows if p == "/feeds/cross.atom"]
pages = [t for t, h, p in rows if p.startswith("/pages/")]
assert len(local) == 10, local            # feed, robots.txt, 4 + 4 pages
# One politeness clock for both workers (300 ms): two clocks would let
# requests meet (gaps near 0); the margin absorbs a loaded machine's
# delays between the client's clock and the server's receive time.
assert min(gaps) >= 0.2, gaps
assert len(cross) == 1 and cross[0] < pages[-1]  # the two feeds ran at the same time
EOF
then ok "threads: feeds of two hosts in parallel, one politeness clock per host"; else no "threads: feeds of two hosts in parallel, one politeness clock per host"; fi
check "threads: every article delivered once" sh -c "[ \$(grep -c '\"event\":\"new\"' '$tmp/out9') = 10 ]"

# ---- bad input ------------------------------------------------------
printf 'ftp://example.org/feed\n' >"$tmp/bad.txt"
"$TIDINGS" poll "$tmp/bad.txt" >/dev/null 2>"$tmp/err4"
rc=$?
check "a bad feed list is refused with its line" sh -c "[ $rc = 1 ] && grep -q 'line 1: not an http(s) URL' '$tmp/err4'"
printf 'not json' >"$tmp/badstate.json"
"$TIDINGS" poll "$tmp/feeds.txt" --state "$tmp/badstate.json" >/dev/null 2>"$tmp/err5"
rc=$?
check "a corrupt state file is refused, not overwritten" sh -c "[ $rc = 1 ] && [ \"\$(cat '$tmp/badstate.json')\" = 'not json' ]"

# ---- into the service: serve --feeds, /api/feeds, stories out, poll --db --
python3 "$here/serve_feeds.py" "$TIDINGS" "$base" "$tmp" "$tmp/log" >"$tmp/serve.out" 2>&1
cat "$tmp/serve.out"
pass=$((pass + $(grep -c '^ok ' "$tmp/serve.out")))
fail=$((fail + $(grep -c '^FAIL ' "$tmp/serve.out")))
grep -q '^ok ' "$tmp/serve.out" || { no "serve_feeds.py ran"; }

echo "feeds: $pass passed, $fail failed"
[ $fail = 0 ]
