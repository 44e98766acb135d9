#!/usr/bin/env python3
# test_crash.py - SIGKILLs `tidings serve` in the middle of a stream of writes, restarts it,
# and checks that every acknowledged write survived and the database is intact.
import json
import os
import random
import sqlite3
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from srvutil import Checks, Server  # noqa: E402

BIN = sys.argv[1]
ROUNDS = 3
WRITERS = 4
T = Checks("crash")


def doc(name, version):
    return json.dumps({
        "title": "Report %s version %d" % (name, version),
        "text": ("The committee published report %s on Tuesday. " % name) * 20,
        "lang": "en", "date": "2021-03-04"}).encode()


class Writer(threading.Thread):
    """Streams PUTs and DELETEs until the server dies; remembers what was acknowledged."""

    def __init__(self, server, wid, state, pending, lock):
        super().__init__(daemon=True)
        self.s, self.wid, self.state, self.lock = server, wid, state, lock
        self.pending = pending  # name -> the write in flight when the server died
        self.acked = 0
        self.rng = random.Random(wid * 7919 + int(time.time()))

    def run(self):
        i = 0
        deadline = time.time() + 30
        while time.time() < deadline:
            i += 1
            name = "w%d-%d.json" % (self.wid, self.rng.randrange(60))
            try:
                if self.rng.random() < 0.15:
                    self.pending[name] = None
                    st = self.s.request("DELETE", "/" + name, timeout=5)[0]
                    if st in (204, 404):
                        with self.lock:
                            self.state[name] = None  # acknowledged: gone
                else:
                    version = i
                    self.pending[name] = version
                    st = self.s.request("PUT", "/" + name, doc(name, version),
                                        {"Content-Type": "application/json"}, timeout=5)[0]
                    if st in (201, 204):
                        with self.lock:
                            self.state[name] = version
                del self.pending[name]
                if st in (201, 204, 404):
                    self.acked += 1
            except OSError:
                return  # the server is gone


def integrity(db):
    """PRAGMA integrity_check, then the full-text index against the table."""
    c = sqlite3.connect(db)
    try:
        r = c.execute("PRAGMA integrity_check").fetchone()[0]
        if r == "ok":
            try:
                c.execute("INSERT INTO articles_fts(articles_fts, rank) "
                          "VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as e:
                r = "fts: %s" % e
        return r
    finally:
        c.close()


def stored_version(s, name):
    st, _, body = s.request("GET", "/api/articles/" + name)
    if st == 404:
        return None
    title = json.loads(body)["title"]
    return int(title.rsplit(" ", 1)[1])


def verify(s, state, pending, what):
    """Every name must hold its last acknowledged version, or the one whose
    write was in flight at the kill (it may or may not have reached disk);
    the state then takes what was found."""
    bad = 0
    for name in sorted(set(state) | set(pending)):
        got = stored_version(s, name)
        allowed = [state.get(name)]
        if name in pending:
            allowed.append(pending[name])
        if got not in allowed:
            bad += 1
            print("  %s: stored %r, acknowledged %r, in flight %r"
                  % (name, got, state.get(name), pending.get(name, "-")))
        state[name] = got
    pending.clear()
    T.eq(bad, 0, "%s: acknowledged writes lost or stale (of %d names)" % (what, len(state)))
    st, h = s.json("GET", "/healthz")
    live = sum(1 for v in state.values() if v is not None)
    T.eq(h["articles"], live, "%s: live view matches the acknowledged state" % what)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "crash.db")
        state = {}  # name -> last acknowledged version, None when deleted
        pending = {}
        total = 0
        for rnd in range(ROUNDS):
            s = Server(BIN, db)
            if rnd:
                verify(s, state, pending, "round %d after restart" % rnd)
            lock = threading.Lock()
            writers = [Writer(s, w, state, pending, lock) for w in range(WRITERS)]
            for w in writers:
                w.start()
            # Let some writes through, then kill without warning mid-stream.
            time.sleep(0.8 + 0.4 * rnd)
            s.kill()
            for w in writers:
                w.join(timeout=10)
            acked = sum(w.acked for w in writers)
            total += acked
            T.ok(acked > 20, "round %d: writes were acknowledged before the kill (%d)"
                 % (rnd, acked))
            T.eq(integrity(db), "ok", "round %d: integrity_check after SIGKILL" % rnd)
        s = Server(BIN, db)
        verify(s, state, pending, "final restart")
        T.eq(s.stop(), 0, "clean stop")
        T.eq(integrity(db), "ok", "integrity_check after clean stop")
        print("crash: %d acknowledged writes over %d SIGKILLs, %d names checked"
              % (total, ROUNDS, len(state)))
    print("server-crash: %d passed, %d failed" % (T.passed, T.failed))
    return 1 if T.failed else 0


if __name__ == "__main__":
    sys.exit(main())
