#!/bin/sh
# bench_stories.sh - `tidings stories` against `tidings threads` on the same
# folder: medians of 5 runs (wall and CPU seconds) and their ratio.
# Argument: the tidings binary. Env: BENCH_DIR, RUNS.
TIDINGS=${1:?usage: bench_stories.sh TIDINGS}
here=$(cd "$(dirname "$0")" && pwd)
dir=${BENCH_DIR:-/work/shared/data/bsnlp-dev}
[ -d "$dir" ] || dir=$here/../data/sample
python3 - "$TIDINGS" "$dir" "${RUNS:-5}" <<'PY'
import os, resource, statistics, subprocess, sys, time
tid, d, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
n = sum(1 for _, _, fs in os.walk(d) for f in fs if f.endswith((".txt", ".html", ".json", ".jsonl")))
def once(mode):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([tid, mode, d, "--no-progress"], stdout=subprocess.DEVNULL, check=True)
    t1 = time.perf_counter()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return t1 - t0, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
res = {}
for mode in ("threads", "stories"):
    ws, cs = zip(*[once(mode) for _ in range(runs)])
    res[mode] = (statistics.median(ws), statistics.median(cs))
    print("stories bench: %-8s %5d files  wall %.3f s (%6.0f articles/s)  cpu %.3f s" %
          (mode, n, res[mode][0], n / res[mode][0], res[mode][1]))
print("stories bench: stories/threads ratio  wall %.2f  cpu %.2f  (target <= 1.5), median of %d" %
      (res["stories"][0] / res["threads"][0], res["stories"][1] / res["threads"][1], runs))
PY
