#!/bin/sh
# bench_feed.sh - feed parsing speed: `tidings feed` on a generated RSS 2.0
# document of 1000 full-text items (the parser's item cap; about 7 MB), best of 3 runs.
TIDINGS=${1:?usage: bench_feed.sh TIDINGS}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/big.rss" <<'PY'
import sys
para = ("<p>The council approved the plan on Monday after a long debate; the project "
        "will cost 420 million euros and take three years to build, officials said.</p>")
items = []
for i in range(1000):
    items.append("<item><title>Item %d &amp; more</title><link>https://ex.test/%d</link>"
                 "<guid isPermaLink=\"false\">g%d</guid>"
                 "<pubDate>Tue, 25 Nov 2025 08:%02d:00 +0300</pubDate>"
                 "<category>News</category><description>Short summary %d.</description>"
                 "<content:encoded><![CDATA[%s]]></content:encoded></item>"
                 % (i, i, i, i % 60, i, para * 20))
doc = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
       "<title>Bench</title>" + "".join(items) + "</channel></rss>")
open(sys.argv[1], "w").write(doc)
PY
bytes=$(wc -c <"$tmp/big.rss")
best=999999
for i in 1 2 3; do
	s=$(date +%s.%N)
	"$TIDINGS" feed "$tmp/big.rss" --max-bytes 100000000 >"$tmp/out" || exit 1
	e=$(date +%s.%N)
	best=$(awk -v s="$s" -v e="$e" -v b="$best" 'BEGIN { t = e - s; print (t < b ? t : b) }')
done
items=$(wc -l <"$tmp/out")
echo "feed: $items items, $bytes bytes parsed in ${best}s ($(echo "$bytes $best" | awk '{printf "%.1f", $1 / $2 / 1048576}') MB/s)"
