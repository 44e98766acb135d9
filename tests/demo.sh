#!/bin/sh
# demo.sh - runs the engine on the bundled sample. Argument: the tidings binary.
TIDINGS=${1:?usage: demo.sh TIDINGS}
here=$(cd "$(dirname "$0")/.." && pwd)
echo "Top stories of the bundled sample (data/sample: $(ls "$here/data/sample" | grep -c '\.txt$') articles):"
"$TIDINGS" top "$here/data/sample" --no-progress | python3 -c '
import json, sys
top = json.load(sys.stdin)
for i, t in enumerate(top[0]["threads"][:8], 1):
    print("%2d. [%s, %d article%s] %s" % (i, t["category"], len(t["articles"]),
          "" if len(t["articles"]) == 1 else "s", t["title"]))
'
echo
echo "The first story as a reader sees it (tidings stories --format text):"
"$TIDINGS" stories "$here/data/sample" --format text --no-progress | awk 'NR > 1 && /^[^ ]/ { exit } { print }'

# The bundled sample behind the HTTP service: the web page stays up after the demo.
db=${TMPDIR:-/tmp}/tidings-demo.db
rm -f "$db" "$db-wal" "$db-shm" "$db.log"
"$TIDINGS" ingest "$here/data/sample" --db "$db" 2>&1 | sed 's/^tidings ingest: /stored: /'
for port in ${TIDINGS_DEMO_PORT:-8080} 0; do
	nohup "$TIDINGS" serve --db "$db" --port "$port" >>"$db.log" 2>&1 &
	pid=$!
	sleep 0.5
	kill -0 $pid 2>/dev/null && break
done
url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$db.log" | tail -1)
if kill -0 $pid 2>/dev/null && [ -n "$url" ]; then
	echo "Web page: $url (server pid $pid; stop it with: kill $pid)"
else
	echo "the demo server did not start:"; cat "$db.log"; exit 1
fi
