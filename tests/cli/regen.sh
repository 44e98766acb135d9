#!/bin/sh
# regen.sh - rewrites the expected stdout of the named CLI cases (or all)
# from the current binary. Review the diff before committing it.
TIDINGS=${1:?usage: regen.sh TIDINGS [case...]}
export TIDINGS
shift
here=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- $(ls "$here/cases")
for name in "$@"; do
	c=$here/cases/$name
	[ -f "$c/expected" ] || continue
	dir=$c; [ -d "$c/input" ] && dir=$c/input
	(cd "$dir" && sh "$c/cmd") >"$c/expected" 2>/dev/null
done
