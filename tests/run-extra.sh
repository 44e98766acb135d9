#!/bin/sh
# run-extra.sh - test suites that need more than the unit and CLI runners
# (local servers, scripts); called by `make check` with the tidings binary.
# The HTTP service's route test and the feed tests run again on the
# sanitizer build (build/san/tidings) when it exists.
TIDINGS=${1:?usage: run-extra.sh TIDINGS_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
status=0
sh "$here/feeds/run.sh" "$TIDINGS" || status=1
sh "$here/web/run.sh" "$TIDINGS" || status=1
for t in "$here"/server/test_*.py; do
	python3 "$t" "$TIDINGS" || status=1
done
san=$(dirname "$TIDINGS")/san/tidings
if [ -x "$san" ]; then
	LSAN_OPTIONS=suppressions=$here/lsan.supp:print_suppressions=0
	export LSAN_OPTIONS
	ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 python3 "$here/server/test_http.py" "$san" || status=1
	ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 sh "$here/feeds/run.sh" "$san" || status=1
fi
exit $status
