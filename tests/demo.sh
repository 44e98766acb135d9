#!/bin/sh
# demo.sh - runs the engine on the bundled sample. Argument: the tidings binary.
TIDINGS=${1:?usage: demo.sh TIDINGS}
here=$(cd "$(dirname "$0")/.." && pwd)
echo "Languages of the bundled sample (data/sample):"
"$TIDINGS" languages "$here/data/sample" --no-progress
