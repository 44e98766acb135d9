#!/bin/sh
# run.sh - the browser test of the web page: installs playwright-core from the
# lock file (tests/web/node_modules, not in git) when missing, then drives
# Debian's Chromium with it. Fails loudly when node, npm, the registry or
# Chromium is missing; every step has a time limit.
# Usage: run.sh TIDINGS_BINARY   (screenshots go to the binary's folder/web)
TIDINGS=${1:?usage: run.sh TIDINGS_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$(dirname "$TIDINGS")" && pwd)/web
fail() {
	echo "FAIL web: $1"
	echo "web: 0 passed, 1 failed"
	exit 1
}
command -v node >/dev/null 2>&1 || fail "node is not installed"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing (Debian package chromium)"
want=$(sed -n 's/.*"playwright-core": "\([0-9.]*\)".*/\1/p' "$here/package.json")
have=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$here/node_modules/playwright-core/package.json" 2>/dev/null)
if [ "$have" != "$want" ]; then
	command -v npm >/dev/null 2>&1 || fail "npm is not installed"
	echo "web: installing playwright-core $want with npm ci"
	(cd "$here" && timeout 300 npm ci --no-audit --no-fund --loglevel=error) >"$here/npm.log" 2>&1 ||
		{ cat "$here/npm.log"; fail "npm ci failed (is the npm registry reachable?)"; }
fi
timeout 240 node "$here/test_web.js" "$TIDINGS" "$out"
rc=$?
[ $rc = 124 ] && fail "the browser test timed out"
[ $rc = 0 ] && echo "web: screenshots in $out"
exit $rc
