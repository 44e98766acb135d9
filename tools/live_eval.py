#!/usr/bin/env python3
"""live_eval.py - B-cubed of the live service's stories on a labelled folder.

Usage: python3 tools/live_eval.py BINARY DIR [PORT]

Starts `BINARY serve` on an empty temporary database, PUTs every file of
DIR/articles (sorted by name) one by one, and scores `/api/stories` against
the topics of DIR/labels.tsv right after the writes and again once the
service has been idle for two seconds (after its refinement), as
docs/server.md reports.
"""
import collections
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time


def main():
    binary, d = sys.argv[1], sys.argv[2]
    port = int(sys.argv[3]) if len(sys.argv) > 3 else 18666
    lab = {}
    with open(os.path.join(d, "labels.tsv")) as f:
        for line in f:
            q = line.rstrip("\n").split("\t")
            if q[0] != "file":
                lab[os.path.basename(q[0])] = q[3]

    def req(method, path, body=None):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        c.request(method, path, body=body, headers={"Content-Type": "text/plain"})
        r = c.getresponse()
        data = r.read()
        c.close()
        return r.status, data

    def score():
        _, data = req("GET", "/api/stories?period=0&limit=10000&articles=0")
        stories = json.loads(data)["stories"]
        cl = {a["name"]: s["id"] for s in stories for a in s["articles"]}
        items = [x for x in lab if x in cl]
        bc, bg = collections.defaultdict(set), collections.defaultdict(set)
        for x in items:
            bc[cl[x]].add(x)
            bg[lab[x]].add(x)
        p = sum(len(bc[cl[x]] & bg[lab[x]]) / len(bc[cl[x]]) for x in items) / len(items)
        r = sum(len(bc[cl[x]] & bg[lab[x]]) / len(bg[lab[x]]) for x in items) / len(items)
        return "stories %d P %.3f R %.3f F1 %.3f" % (len(stories), p, r, 2 * p * r / (p + r))

    with tempfile.TemporaryDirectory() as tmp:
        log = open(os.path.join(tmp, "serve.log"), "w")
        proc = subprocess.Popen([binary, "serve", "--db", os.path.join(tmp, "live.db"), "--port",
                                 str(port)], stdout=log, stderr=log)
        try:
            for _ in range(100):
                try:
                    if req("GET", "/healthz")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.1)
            for name in sorted(lab):
                with open(os.path.join(d, "articles", name), "rb") as f:
                    req("PUT", "/" + name, f.read())
            print("right after the writes:", score())
            time.sleep(2)
            print("after 2 s idle:        ", score())
        finally:
            proc.terminate()
            proc.wait()


if __name__ == "__main__":
    main()
