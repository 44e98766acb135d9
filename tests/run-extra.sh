#!/bin/sh
# run-extra.sh - tests beyond unit/CLI/fuzz, run by `make check` with the tidings binary:
# the HTTP server's routes and limits, and its crash safety (loopback only). The route
# test runs again on the sanitizer build (build/san/tidings) when it exists.
TIDINGS=${1:?usage: run-extra.sh TIDINGS_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
fail=0
for t in "$here"/server/test_*.py; do
	python3 "$t" "$TIDINGS" || fail=1
done
san=$(dirname "$TIDINGS")/san/tidings
if [ -x "$san" ]; then
	ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 python3 "$here/server/test_http.py" "$san" || fail=1
fi
exit $fail
