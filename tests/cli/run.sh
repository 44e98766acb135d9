#!/bin/sh
# run.sh - end-to-end CLI tests. Each folder under tests/cli/cases holds
# `cmd` (a shell line; $TIDINGS is the binary, run inside the folder's
# `input` subfolder when it exists), `expected` (stdout) and optionally
# `expected_rc` and `expected_stderr` (lines that must appear in stderr).
TIDINGS=${1:?usage: run.sh TIDINGS_BINARY}
export TIDINGS
here=$(cd "$(dirname "$0")" && pwd)
pass=0; fail=0
tmp=$(mktemp -d)
for c in "$here"/cases/*/; do
	[ -d "$c" ] || continue
	name=$(basename "$c")
	dir=$c; [ -d "$c/input" ] && dir=$c/input
	(cd "$dir" && sh "$c/cmd") >"$tmp/out" 2>"$tmp/err"
	rc=$?
	want_rc=0; [ -f "$c/expected_rc" ] && want_rc=$(cat "$c/expected_rc")
	ok=1
	if [ "$rc" != "$want_rc" ]; then echo "FAIL $name: exit $rc, want $want_rc"; ok=0; fi
	if [ -f "$c/expected" ] && ! diff -u "$c/expected" "$tmp/out" >"$tmp/diff"; then
		echo "FAIL $name: stdout differs"; head -40 "$tmp/diff"; ok=0
	fi
	if [ -f "$c/expected_stderr" ]; then
		while IFS= read -r line; do
			grep -qF -- "$line" "$tmp/err" || { echo "FAIL $name: stderr lacks: $line"; ok=0; }
		done <"$c/expected_stderr"
	fi
	if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); sed 's/^/  stderr: /' "$tmp/err" | head -10; fi
done
rm -rf "$tmp"
echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
