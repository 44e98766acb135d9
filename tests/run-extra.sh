#!/bin/sh
# run-extra.sh - test suites that need more than the unit and CLI runners
# (local servers, scripts); called by `make check` with the tidings binary.
TIDINGS=${1:?usage: run-extra.sh TIDINGS_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
status=0
sh "$here/feeds/run.sh" "$TIDINGS" || status=1
exit $status
