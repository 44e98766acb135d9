#!/usr/bin/env python3
# test_http.py - routes, status codes and limits of `tidings serve`, over 127.0.0.1 only.
import json
import os
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from srvutil import HOST, Checks, Server  # noqa: E402

BIN = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
T = Checks("http")


def article(title, text, lang, date="2020-01-02"):
    return json.dumps({"title": title, "text": text, "lang": lang, "date": date}).encode()


EN1 = article("Parliament passes the new budget",
              "The parliament approved the budget for next year on Tuesday, "
              "the finance minister said after the vote.", "en")
EN2 = article("Storm closes airports in the north",
              "Flights were cancelled on Monday as a strong storm hit the northern coast.", "en")
RU1 = article("Парламент принял бюджет на следующий год",
              "Депутаты одобрили бюджет во вторник, сообщил министр финансов.", "ru")
JSON = {"Content-Type": "application/json"}


def put(s, name, body, headers=None):
    h = dict(JSON)
    h.update(headers or {})
    st, _, b = s.request("PUT", "/" + name, body, h)
    return st, b


def error_body(b):
    try:
        e = json.loads(b)["error"]
        return isinstance(e["message"], str) and isinstance(e["status"], int)
    except (ValueError, KeyError, TypeError):
        return False


def test_basic(s):
    st, b = put(s, "en1.json", EN1, {"Cache-Control": "max-age=3600"})
    T.eq(st, 201, "PUT new")
    T.eq(json.loads(b)["name"], "en1.json", "PUT reply names the article")
    T.eq(put(s, "en1.json", EN1, {"Cache-Control": "max-age=3600"})[0], 204, "PUT again updates")
    T.eq(put(s, "en2.json", EN2)[0], 201, "PUT second")
    T.eq(put(s, "ru1.json", RU1)[0], 201, "PUT Russian")
    txt = " date 2020-01-02 \nTrain strike ends\nRail workers returned to work on Friday.\n"
    T.eq(s.request("PUT", "/t1.txt", txt.encode(), {"Content-Type": "text/plain"})[0], 201,
         "PUT text/plain")
    html = ("<html><head><meta property='og:title' content='Museum reopens'>"
            "<meta property='article:published_time' content='2020-01-02T08:00:00Z'></head>"
            "<body><p>The city museum reopened after repairs.</p></body></html>")
    T.eq(s.request("PUT", "/h1.html", html.encode(), {"Content-Type": "text/html"})[0], 201,
         "PUT text/html")
    T.eq(s.request("PUT", "/h2.html", html.encode())[0], 201, "PUT without Content-Type")
    cp = " date 2020-01-02 \nНовости дня\nТекст новости.\n".encode("cp1251")
    T.eq(s.request("PUT", "/cp.txt", cp, {"Content-Type": "text/plain; charset=windows-1251"})[0],
         201, "PUT in windows-1251")
    T.eq(s.json("GET", "/api/articles/cp.txt")[1]["title"], "Новости дня", "converted to UTF-8")
    T.eq(s.request("DELETE", "/cp.txt")[0], 204, "DELETE converted article")

    st, a = s.json("GET", "/api/articles/en1.json")
    T.eq(st, 200, "GET article")
    T.eq(a and a["title"], "Parliament passes the new budget", "article title")
    T.eq(a and a["lang"], "en", "article lang")
    T.ok(a and a["expires"] and a["expires"] > time.time() + 3000, "max-age sets expires")
    T.eq(s.json("GET", "/api/articles/nope.json")[0], 404, "GET unknown article")

    st, th = s.json("GET", "/threads?period=86400&lang_code=en&category=any")
    T.eq(st, 200, "GET /threads")
    names = sorted(n for t in th["threads"] for n in t["articles"])
    # t1.txt and h1/h2.html carry no language: they are identified as English.
    EN = ["en1.json", "en2.json", "h1.html", "h2.html", "t1.txt"]
    T.eq(names, EN, "threads of lang en")
    T.ok(all("title" in t and "category" in t for t in th["threads"]), "thread fields")
    st, th = s.json("GET", "/threads?period=86400&lang_code=ru")
    T.eq([t["articles"] for t in th["threads"]], [["ru1.json"]], "threads of lang ru")
    st, th = s.json("GET", "/threads?period=86400&lang_code=en&category=sports")
    T.ok(st == 200 and all("category" not in t for t in th["threads"]),
         "category filter answers without category field")

    st, st_body = s.json("GET", "/api/stories?lang_code=en")
    T.eq(st, 200, "GET /api/stories")
    T.eq(st_body["clustering"], "cluster", "stories are clustered")
    en_stories = len(st_body["stories"])
    T.ok(1 <= en_stories <= len(EN) and sorted(a["name"] if isinstance(a, dict) else a for x in st_body["stories"] for a in x["articles"]) == EN,
         "stories of lang en: %d" % en_stories)
    st, one = s.json("GET", "/api/stories?lang_code=en&limit=1")
    T.ok(len(one["stories"]) == 1 and one["total"] == en_stories, "stories limit and total")
    sid = st_body["stories"][0]["id"]
    st, story = s.json("GET", "/api/stories/" + sid)
    T.ok(st == 200 and story["id"] == sid and story["articles"] and story["title"],
         "GET /api/stories/<id>: %r" % (story,))
    T.eq(s.request("GET", "/api/stories/0123456789abcdef")[0], 404, "unknown story -> 404")
    T.eq(s.request("GET", "/api/stories/zz")[0], 404, "malformed story id -> 404")

    st, r = s.json("GET", "/api/search?q=budget")
    T.eq(st, 200, "search")
    T.eq(sorted(x["name"] for x in r["results"]), ["en1.json"], "search hits")
    st, r = s.json("GET", "/api/search?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82")  # бюджет
    T.eq([x["name"] for x in r["results"]], ["ru1.json"], "search Cyrillic")
    for q in ["%22", "NEAR(a%20b)", "a%3Ab", "*", "%22%22%22OR", "(", "AND%20OR%20NOT"]:
        T.eq(s.request("GET", "/api/search?q=" + q)[0], 200, "search with FTS syntax " + q)
    T.eq(s.request("GET", "/api/search?q=")[0], 400, "empty search")
    T.eq(s.request("GET", "/api/search?q=x&limit=0")[0], 400, "bad search limit")

    T.eq(s.request("DELETE", "/en2.json")[0], 204, "DELETE")
    T.eq(s.request("DELETE", "/en2.json")[0], 404, "DELETE again")
    st, th = s.json("GET", "/threads?period=86400&lang_code=en")
    T.eq(sorted(n for t in th["threads"] for n in t["articles"]), [x for x in EN if x != "en2.json"],
         "deleted article left threads")

    st, h = s.json("GET", "/healthz")
    T.ok(st == 200 and h["status"] == "ok" and h["articles"] == 5, "healthz %r" % (h,))
    st, hd, b = s.request("GET", "/metrics")
    m = b.decode()
    T.eq(st, 200, "metrics")
    T.ok('tidings_http_requests_total{route="put",code="201"} 7' in m, "metrics count PUTs")
    T.ok('tidings_http_request_duration_seconds_bucket{route="threads",le="+Inf"}' in m,
         "metrics latency histogram")
    T.ok("tidings_articles 5" in m and any("tidings_stories %d\n" % k in m for k in range(1, 6)),
         "metrics gauges")
    st, hd, b = s.request("GET", "/")
    T.ok(st == 200 and hd.get("Content-Type", "").startswith("text/html") and b"<html" in b,
         "web page at /")


def test_errors(s):
    st, b = put(s, "bad.txt", b"caf\xe9 latin-1 text here", {"Content-Type": "text/plain"})
    T.ok(st == 400 and error_body(b) and b"UTF-8" in b, "invalid UTF-8 -> 400: %d %r" % (st, b))
    st, b = put(s, "big.txt", b"x" * 5000, {"Content-Type": "text/plain"})
    T.ok(st == 413 and error_body(b), "oversized -> 413")
    # A chunked body without Content-Length is cut at the limit too.
    sock = socket.create_connection((HOST, s.port), timeout=5)
    sock.sendall(b"PUT /chunk.txt HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n")
    for _ in range(6):
        sock.sendall(b"400\r\n" + b"y" * 1024 + b"\r\n")
    sock.sendall(b"0\r\n\r\n")
    reply = sock.recv(4096)
    sock.close()
    T.ok(reply.startswith(b"HTTP/1.1 413"), "chunked oversized -> 413: %r" % reply[:40])
    st, b = put(s, "img.png", b"\x89PNG", {"Content-Type": "image/png"})
    T.ok(st == 415 and error_body(b), "unsupported type -> 415")
    T.eq(put(s, "empty.json", b"")[0], 400, "empty body -> 400")
    T.eq(s.request("PUT", "/cs.txt", b"x", {"Content-Type": "text/plain; charset=no-such"})[0],
         415, "unknown charset -> 415")
    T.eq(put(s, "broken.json", b"{\"title\": ")[0], 400, "broken JSON -> 400")
    T.eq(put(s, "two.json", b'[{"title":"a","text":"b"},{"title":"c","text":"d"}]')[0], 400,
         "two articles in one PUT -> 400")
    for name in ["..%2Fetc%2Fpasswd", ".hidden", "a%2Fb", "a/b", "%00x", "a%5Cb"]:
        st, b = put(s, name, EN1)
        T.ok(st == 400 and error_body(b), "bad name %s -> 400 (%d)" % (name, st))
    T.eq(s.request("GET", "/api/articles/..%2F..%2Fetc%2Fpasswd")[0], 404, "article path escape")
    T.eq(s.request("PUT", "/%FF%FE", EN1, JSON)[0], 400, "non-UTF-8 URL -> 400")
    for q in ["period=abc", "period=-5", "period=1e9", "category=bogus", "lang_code=EN",
              "lang_code=english"]:
        st, _, b = s.request("GET", "/threads?" + q)
        T.ok(st == 400 and error_body(b), "threads %s -> 400 (%d)" % (q, st))
    T.eq(s.request("GET", "/threads?category=any&lang_code=any")[0], 200, "threads any")
    st, _, b = s.request("GET", "/nope")
    T.ok(st == 404 and error_body(b), "unknown route -> 404")
    T.eq(s.request("GET", "/api/nope")[0], 404, "unknown api route -> 404")
    st, h, b = s.request("POST", "/threads", b"")
    T.ok(st == 405 and "GET" in h.get("Allow", "") and error_body(b), "POST /threads -> 405")
    T.eq(s.request("PUT", "/threads", EN1, JSON)[0], 405, "PUT /threads -> 405")
    T.eq(s.request("DELETE", "/metrics")[0], 405, "DELETE /metrics -> 405")
    T.eq(s.request("PATCH", "/x.json", EN1)[0], 405, "PATCH -> 405")
    # Headers beyond the connection's memory limit are refused.
    sock = socket.create_connection((HOST, s.port), timeout=5)
    try:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100000 +
                     b"\r\n\r\n")
        reply = sock.recv(4096)
    except OSError:
        reply = b"HTTP/1.1 4xx (reset)"
    sock.close()
    T.ok(reply.startswith(b"HTTP/1.1 431"), "huge header -> 431: %r" % reply[:40])


def test_concurrent(s):
    # Concurrent writers share commits; each still gets its own answer.
    import threading
    codes = []
    lock = threading.Lock()

    def worker(w):
        for i in range(10):
            name = "c%d-%d.json" % (w, i)
            st1 = put(s, name, EN2)[0]
            st2 = put(s, name, EN2)[0]
            st3 = s.request("DELETE", "/" + name)[0] if i % 2 else 0
            with lock:
                codes.append((st1, st2, st3))

    before = s.json("GET", "/healthz")[1]["articles"]
    ts = [threading.Thread(target=worker, args=(w,)) for w in range(16)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    T.eq(sorted(set(codes)), [(201, 204, 0), (201, 204, 204)], "concurrent PUT/PUT/DELETE codes")
    T.eq(s.json("GET", "/healthz")[1]["articles"], before + 80, "live count after concurrent writes")
    m = s.request("GET", "/metrics")[2].decode()
    commits = int(m.split("\ntidings_commits_total ")[1].split()[0])
    writes = int(m.split("\ntidings_committed_writes_total ")[1].split()[0])
    T.ok(0 < commits <= writes, "commit counters (%d commits for %d writes)" % (commits, writes))


def test_expiry(s):
    t0 = time.time()
    T.eq(put(s, "short.json", EN2, {"Cache-Control": "public, max-age=3"})[0], 201,
         "PUT with max-age=3")
    st, th = s.json("GET", "/threads?period=86400&lang_code=en")
    if time.time() - t0 < 2.5:  # not when the machine stalled that long
        T.ok(any("short.json" in t["articles"] for t in th["threads"]),
             "short-lived article shown")
    time.sleep(max(0, t0 + 5.2 - time.time()))
    st, th = s.json("GET", "/threads?period=86400&lang_code=en")
    T.ok(not any("short.json" in t["articles"] for t in th["threads"]), "expired article hidden")
    T.eq(s.request("GET", "/api/articles/short.json")[0], 404, "expired article deleted")


def test_slow_client(s):
    # A client that stops sending is cut off after --timeout (1 s here).
    sock = socket.create_connection((HOST, s.port), timeout=6)
    sock.sendall(b"PUT /slow.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc")
    t0 = time.time()
    try:
        data = sock.recv(4096)
        while data:
            data = sock.recv(4096)
        closed = True
    except OSError:
        closed = False
    sock.close()
    T.ok(closed and time.time() - t0 < 5, "stalled upload cut off (%.1f s)" % (time.time() - t0))


def test_token(binary, tmp):
    s = Server(binary, os.path.join(tmp, "tok.db"), "--write-token", "s3cret")
    try:
        st, h, b = s.request("PUT", "/a.json", EN1, JSON)
        T.ok(st == 401 and error_body(b), "PUT without token -> 401")
        h = dict(JSON, Authorization="Bearer wrong")
        T.eq(s.request("PUT", "/a.json", EN1, h)[0], 401, "PUT with a wrong token -> 401")
        h = dict(JSON, Authorization="Bearer s3cret")
        T.eq(s.request("PUT", "/a.json", EN1, h)[0], 201, "PUT with the token -> 201")
        T.eq(s.request("DELETE", "/a.json")[0], 401, "DELETE without token -> 401")
        T.eq(s.request("GET", "/threads?period=100")[0], 200, "reads need no token")
        T.eq(s.request("DELETE", "/a.json", None, {"Authorization": "Bearer s3cret"})[0], 204,
             "DELETE with the token")
    finally:
        s.stop()


def test_loading(binary, tmp):
    db = os.path.join(tmp, "load.db")
    s = Server(binary, db)
    T.eq(put(s, "x.json", EN1)[0], 201, "PUT before restart")
    T.eq(s.stop(), 0, "clean stop exits 0")
    s = Server(binary, db, env={"TIDINGS_TEST_LOAD_DELAY_MS": "1500"}, wait_ready=False)
    try:
        st, h, b = s.request("GET", "/threads?period=100")
        T.ok(st == 503 and h.get("Retry-After") == "1" and error_body(b), "503 while loading")
        T.eq(put(s, "y.json", EN1)[0], 503, "PUT while loading -> 503")
        T.eq(s.json("GET", "/healthz")[1]["status"], "loading", "healthz says loading")
        s.wait_ready()
        st, th = s.json("GET", "/threads?period=100")
        T.eq([t["articles"] for t in th["threads"]], [["x.json"]], "state rebuilt after restart")
    finally:
        s.stop()


def test_pending_budget(binary, tmp):
    # Bodies being received share a memory budget: past it, uploads get 503.
    s = Server(binary, os.path.join(tmp, "budget.db"), "--max-bytes", "3000000",
               "--max-pending-mb", "3")
    try:
        head = ("PUT /%s HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                "Content-Length: %d\r\n\r\n")
        a = socket.create_connection((HOST, s.port), timeout=10)
        a.sendall((head % ("a.txt", 2500000)).encode() + b"Title\n" + b"a " * 750000)
        time.sleep(0.5)
        st, _, b = s.request("PUT", "/b.txt", b"Title\n" + b"b " * 1000000,
                             {"Content-Type": "text/plain"})
        T.ok(st == 503 and error_body(b), "upload past the memory budget -> 503 (%d)" % st)
        a.sendall(b"a" * (2500000 - 6 - 1500000))  # the rest of the declared length
        reply = a.recv(4096)
        a.close()
        T.ok(reply.startswith(b"HTTP/1.1 201"), "the upload within budget is stored: %r" % reply[:30])
        T.eq(put(s, "c.json", EN1)[0], 201, "budget returned after the uploads")
    finally:
        s.stop()


def test_group_commit(binary, tmp):
    # With a slow disk (a test hook delays every commit by 30 ms), writes
    # that arrive together share commits.
    import threading
    s = Server(binary, os.path.join(tmp, "group.db"), "--threads", "16",
               env={"TIDINGS_TEST_COMMIT_DELAY_MS": "30"})
    try:
        codes = []

        def worker(w):
            for i in range(5):
                codes.append(put(s, "g%d-%d.json" % (w, i), EN2)[0])
        ts = [threading.Thread(target=worker, args=(w,)) for w in range(16)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        T.eq(codes.count(201), 80, "all grouped writes acknowledged")
        m = s.request("GET", "/metrics")[2].decode()
        commits = int(m.split("\ntidings_commits_total ")[1].split()[0])
        writes = int(m.split("\ntidings_committed_writes_total ")[1].split()[0])
        T.ok(writes == 80 and commits <= 40, "group commit: %d commits for %d writes"
             % (commits, writes))
        T.eq(s.json("GET", "/healthz")[1]["articles"], 80, "all grouped writes live")
    finally:
        s.stop()


def test_shutdown_drains(binary, tmp):
    # SIGTERM while a write waits for its commit: it is still committed
    # and answered, then the server exits 0.
    import threading
    db = os.path.join(tmp, "drain.db")
    s = Server(binary, db, env={"TIDINGS_TEST_COMMIT_DELAY_MS": "400"})
    got = []
    t = threading.Thread(target=lambda: got.append(put(s, "late.json", EN1)[0]))
    t.start()
    # The hook delays after the commit: once the row is on disk, the write
    # is in flight and not yet answered.
    import sqlite3
    deadline = time.time() + 10
    while time.time() < deadline:
        c = sqlite3.connect(db)
        try:
            if c.execute("SELECT 1 FROM articles WHERE name = 'late.json'").fetchone():
                break
        except sqlite3.OperationalError:
            pass
        finally:
            c.close()
        time.sleep(0.01)
    T.eq(s.stop(), 0, "exit 0 with a write in flight")
    t.join()
    T.eq(got, [201], "the write in flight was answered")
    s = Server(binary, db)
    try:
        T.eq(s.request("GET", "/api/articles/late.json")[0], 200, "and is stored")
    finally:
        s.stop()


def test_period(binary, tmp):
    # period counts back from the newest article, to the second when the
    # document gives a time of day.
    s = Server(binary, os.path.join(tmp, "period.db"))
    try:
        # Three unrelated events: three stories.
        events = {"p1.html": "Volcano erupts near Catania, ash closes the airport of Sicily",
                  "p2.html": "Chess champion Magnus wins the Oslo tournament after twelve rounds",
                  "p3.html": "Central bank of Brazil raises interest rates to 13.75 percent"}
        for name, when in [("p1.html", "2022-06-01T09:00:00Z"), ("p2.html", "2022-06-01T11:30:00Z"),
                           ("p3.html", "2022-06-01T15:00:00+03:00")]:
            html = ("<html><head><meta property='og:title' content='%s'>"
                    "<meta property='article:published_time' content='%s'></head>"
                    "<body><p>%s.</p></body></html>" % (events[name], when, events[name]))
            T.eq(s.request("PUT", "/" + name, html.encode(), {"Content-Type": "text/html"})[0],
                 201, "PUT " + name)
        st, a = s.json("GET", "/api/articles/p3.html")
        T.eq(a["published"], 1654084800, "published time with zone")

        def names(period):
            th = s.json("GET", "/threads?period=%d" % period)[1]["threads"]
            return sorted(n for t in th for n in t["articles"])
        T.eq(names(3600), ["p2.html", "p3.html"], "period of one hour")
        T.eq(names(1800), ["p2.html", "p3.html"], "period boundary is inclusive")
        T.eq(names(1799), ["p3.html"], "period just under the gap")
        T.eq(names(86400), ["p1.html", "p2.html", "p3.html"], "period of a day")
    finally:
        s.stop()


EV_EN = article("Earthquake of magnitude 6.4 hits Izmir, 12 dead",
                "An earthquake of magnitude 6.4 struck Izmir in Turkey on 14 March 2021, killing "
                "12 people, officials said. Rescue teams in Izmir searched for 37 missing people. "
                "Erdogan said 450 buildings were damaged.", "en", "2021-03-14")
EV_RU = article("Землетрясение магнитудой 6,4 в Измире: 12 погибших",
                "Землетрясение магнитудой 6,4 произошло в Измире (Турция) 14 марта 2021 года, "
                "погибли 12 человек, сообщили власти. Спасатели в Измире ищут 37 пропавших. "
                "Эрдоган сообщил, что повреждены 450 зданий.", "ru", "2021-03-14")
EV_OTHER = article("Football club Benfica signs a new coach",
                   "Benfica of Lisbon signed a new coach for three seasons on Sunday, "
                   "the football club announced.", "en", "2021-03-14")


EV_LATE = article("Volcano erupts on a remote island",
                  "A volcano erupted on a remote Pacific island on Sunday, sending ash eight "
                  "kilometres into the sky, the geological survey said.", "en", "2021-03-14")


def test_stories(binary, tmp):
    # Two reports of one event in two languages make one story; its id
    # stays when a member goes and when the server restarts.
    db = os.path.join(tmp, "stories.db")
    s = Server(binary, db)
    try:
        for name, body in [("ev-en.json", EV_EN), ("ev-ru.json", EV_RU), ("other.json", EV_OTHER)]:
            T.eq(put(s, name, body)[0], 201, "PUT " + name)
        st, body = s.json("GET", "/api/stories")
        stories = body["stories"]
        ev = [x for x in stories if any(a["name"] == "ev-en.json" for a in x["articles"])]
        T.ok(len(ev) == 1 and sorted(a["name"] for a in ev[0]["articles"]) ==
             ["ev-en.json", "ev-ru.json"], "one story of 2 articles across languages: %r" % stories)
        T.eq(len(stories), 2, "the other event is its own story")
        sid = ev[0]["id"] if ev else ""
        T.ok(len(sid) == 16 and int(sid, 16) > 0, "story id is 16 hex digits")
        T.ok(ev and sorted(ev[0]["langs"]) == ["en", "ru"], "story languages")
        st, capped = s.json("GET", "/api/stories?articles=1")
        big = [x for x in capped["stories"] if x["id"] == sid]
        T.ok(big and big[0]["size"] == 2 and len(big[0]["articles"]) == 1,
             "articles=1 caps the records, size still counts all: %r" % big)
        st, whole = s.json("GET", "/api/stories?articles=0")
        T.ok(any(len(x["articles"]) == 2 for x in whole["stories"]), "articles=0 lists every member")
        T.eq(s.request("GET", "/api/stories?articles=-1")[0], 400, "bad articles -> 400")
        # Answers are cached per snapshot: a change must show at once.
        before = s.json("GET", "/api/stories")[1]["total"]
        T.eq(s.json("GET", "/api/stories")[1]["total"], before, "a repeated answer is the same")
        T.eq(put(s, "late.json", EV_LATE)[0], 201, "PUT a new event")
        after = s.json("GET", "/api/stories")[1]
        T.ok(after["total"] == before + 1 and any(a["name"] == "late.json" for x in after["stories"]
                                                  for a in x["articles"]),
             "a PUT shows in the next answer: %r" % after)
        T.eq(s.request("DELETE", "/late.json")[0], 204, "DELETE the new event")
        T.eq(s.json("GET", "/api/stories")[1]["total"], before, "a DELETE shows in the next answer")
        st, th = s.json("GET", "/threads?period=86400")
        T.ok(sorted(len(t["articles"]) for t in th["threads"]) == [1, 2], "threads sizes %r" % th)
        T.eq(th["threads"][0]["articles"] if th["threads"] else None, ["ev-en.json", "ev-ru.json"],
             "the bigger story ranks first")
        st, th = s.json("GET", "/threads?period=86400&lang_code=ru")
        T.eq([t["articles"] for t in th["threads"]], [["ev-ru.json"]],
             "a language lists its own members of a story")
        st, story = s.json("GET", "/api/stories/" + sid)
        T.ok(st == 200 and story["id"] == sid and len(story["articles"]) == 2,
             "full story of both members")
        T.eq(s.request("DELETE", "/ev-ru.json")[0], 204, "DELETE a member")
        st, body = s.json("GET", "/api/stories")
        ev = [x for x in body["stories"] if x["id"] == sid]
        T.ok(len(ev) == 1 and [a["name"] for a in ev[0]["articles"]] == ["ev-en.json"],
             "story keeps its id with 1 member: %r" % body["stories"])
        T.eq(put(s, "ev-ru.json", EV_RU)[0], 201, "PUT the member again")
        st, body = s.json("GET", "/api/stories")
        ev = [x for x in body["stories"] if x["id"] == sid]
        T.ok(len(ev) == 1 and ev[0]["size"] == 2, "the member rejoins its story")
        T.eq(put(s, "ev-copy.json", EV_EN)[0], 201, "PUT a copy of a member")
        st, story = s.json("GET", "/api/stories/" + sid)
        T.ok(st == 200 and story["article_count"] == 3 and story["unique_articles"] == 2,
             "the copy joins the story and counts once: %r" %
             ({k: story.get(k) for k in ("article_count", "unique_articles")},))
        T.eq(s.request("DELETE", "/ev-copy.json")[0], 204, "DELETE the copy")
    finally:
        s.stop()
    s = Server(binary, db)
    try:
        st, body = s.json("GET", "/api/stories")
        ev = [x for x in body["stories"] if x["id"] == sid]
        T.ok(len(ev) == 1 and sorted(a["name"] for a in ev[0]["articles"]) ==
             ["ev-en.json", "ev-ru.json"], "story id survives a restart: %r" % body["stories"])
        T.eq(s.json("GET", "/api/stories/" + sid)[0], 200, "story by id after restart")
        # The article that started the story goes: the story keeps its id,
        # now and after the next restart (the store keeps the ids).
        T.eq(s.request("DELETE", "/ev-en.json")[0], 204, "DELETE the story's first article")
        T.eq(put(s, "late.json", EV_LATE)[0], 201, "PUT a new event")
        st, body = s.json("GET", "/api/stories")
        late = [x["id"] for x in body["stories"] if x["articles"][0]["name"] == "late.json"]
        T.ok(len(late) == 1 and late[0] != sid, "a new story gets a new id: %r" % late)
    finally:
        s.stop()
    s = Server(binary, db)
    try:
        st, body = s.json("GET", "/api/stories")
        ev = [x for x in body["stories"] if x["id"] == sid]
        T.ok(len(ev) == 1 and [a["name"] for a in ev[0]["articles"]] == ["ev-ru.json"],
             "story id survives a restart without its first article: %r" % body["stories"])
        T.ok(late and any(x["id"] == late[0] for x in body["stories"]),
             "the new story's id survives a restart: %r" % body["stories"])
    finally:
        s.stop()


def test_ingest(binary, tmp):
    d = os.path.join(tmp, "in")
    os.makedirs(os.path.join(d, "sub"))
    with open(os.path.join(d, "a.txt"), "w") as f:
        f.write(" date 2020-01-02 \nFirst title\nFirst body text.\n")
    with open(os.path.join(d, "sub", "b.html"), "w") as f:
        f.write("<html><head><meta property='og:title' content='Second'></head>"
                "<body><p>Second body.</p></body></html>")
    with open(os.path.join(d, "c.jsonl"), "w") as f:
        f.write('{"id":"c1","title":"Third","text":"Third body."}\n'
                '{"id":"c2","title":"Fourth","text":"Fourth body."}\n')
    with open(os.path.join(d, "bad.txt"), "wb") as f:
        f.write(b"\xff\xfe bad bytes")
    db = os.path.join(tmp, "ingest.db")
    r = subprocess.run([binary, "ingest", d, "--db", db], capture_output=True, text=True)
    T.eq(r.returncode, 1, "ingest exits 1 when a file fails")
    T.ok("4 articles new" in r.stderr, "ingest summary: " + r.stderr.strip())
    r = subprocess.run([binary, "ingest", "--db", db, d], capture_output=True, text=True)
    T.ok("4 updated" in r.stderr, "ingest again updates: " + r.stderr.strip())
    s = Server(binary, db)
    try:
        st, h = s.json("GET", "/healthz")
        T.eq(h["articles"], 4, "served articles after ingest")
        T.eq(s.json("GET", "/api/articles/c.jsonl%23c2")[1]["title"], "Fourth",
             "multi-item article rebuilt")
        T.eq(s.json("GET", "/api/articles/sub%2Fb.html")[1]["title"], "Second",
             "ingested article by relative name")
    finally:
        s.stop()


def test_rebuild_second_pass(binary, tmp):
    # The start-up rebuild clusters the store as the batch CLI does, with
    # its second pass: reports of one event that one pass in date order
    # leaves in several stories (13 ECB+ reports of two events) come out
    # grouped as `tidings threads` groups them. No report is near the join
    # threshold (three that were, cosine about 0.2 with their event's
    # reports, were taken out; the third when "Brooklyn" became a listed
    # city and its cosines moved by 0.002): the service keeps 48 features per article
    # and counts frequencies as articles arrive, the CLI keeps whole
    # vectors and counts first, so a borderline join may differ.
    d = os.path.join(HERE, "rebuild")
    db = os.path.join(tmp, "rebuild.db")
    r = subprocess.run([binary, "ingest", d, "--db", db], capture_output=True, text=True)
    T.eq(r.returncode, 0, "ingest of the rebuild fixture: " + r.stderr.strip())
    r = subprocess.run([binary, "threads", d, "--no-progress"], capture_output=True, text=True)
    cli = sorted(sorted(os.path.basename(a) for a in t["articles"]) for t in json.loads(r.stdout))
    s = Server(binary, db)
    try:
        st, body = s.json("GET", "/api/stories?period=0&limit=10000&articles=0")
        T.eq(st, 200, "stories after the rebuild")
        srv = sorted(sorted(os.path.basename(a["name"]) for a in x["articles"])
                     for x in body["stories"])
        n = len(os.listdir(d))
        T.eq(sum(map(len, srv)), n, "every fixture article listed")
        T.ok(len(srv) < n, "the rebuild groups reports: %d stories" % len(srv))
        T.eq(srv, cli, "the rebuild groups as `tidings threads` does")
    finally:
        s.stop()


def test_live_refinement(binary, tmp):
    # Articles PUT one by one are clustered once each; when writes pause
    # the service adds the newest again, as the batch's second pass does.
    # 21 ECB+ reports of two arrests of one football player (events.tsv):
    # one pass in name order splits them into three stories, the
    # refinement gives the two events.
    d = os.path.join(HERE, "live")
    with open(os.path.join(d, "events.tsv")) as fh:
        event = dict(line.split() for line in fh if line.strip())
    s = Server(binary, os.path.join(tmp, "refine.db"))
    try:
        for f in sorted(event):
            with open(os.path.join(d, f), "rb") as fh:
                T.eq(s.request("PUT", "/" + f, fh.read(), {"Content-Type": "text/plain"})[0], 201,
                     "PUT " + f)
        deadline = time.time() + 10
        refined = 0
        while time.time() < deadline and not refined:
            st, _, body = s.request("GET", "/metrics")
            for line in body.decode().split("\n"):
                if line.startswith("tidings_refinements_total "):
                    refined = int(line.split()[1])
            time.sleep(0.05)
        T.ok(refined >= 1, "the stories were refined after the writes")
        st, body = s.json("GET", "/api/stories?period=0&limit=100&articles=0")
        srv = sorted(sorted(a["name"] for a in x["articles"]) for x in body["stories"])
        gold = sorted(sorted(f for f in event if event[f] == e) for e in set(event.values()))
        T.eq(srv, gold, "refined live stories are the two events")
        # Refining again without new articles moves nothing.
        ids = sorted(x["id"] for x in body["stories"])
        time.sleep(0.5)
        st, body = s.json("GET", "/api/stories?period=0&limit=100&articles=0")
        T.eq(sorted(x["id"] for x in body["stories"]), ids, "story ids stay when nothing is new")
    finally:
        s.stop()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        s = Server(BIN, os.path.join(tmp, "main.db"), "--max-bytes", "4096", "--timeout", "1")
        try:
            test_basic(s)
            test_errors(s)
            test_concurrent(s)
            test_expiry(s)
            test_slow_client(s)
            T.eq(s.request("GET", "/healthz")[0], 200, "server alive after the abuse")
        finally:
            T.eq(s.stop(), 0, "server exits 0 on SIGTERM")
        test_token(BIN, tmp)
        test_stories(BIN, tmp)
        test_loading(BIN, tmp)
        test_period(BIN, tmp)
        test_pending_budget(BIN, tmp)
        test_group_commit(BIN, tmp)
        test_shutdown_drains(BIN, tmp)
        test_ingest(BIN, tmp)
        test_rebuild_second_pass(BIN, tmp)
        test_live_refinement(BIN, tmp)
    print("server-http: %d passed, %d failed" % (T.passed, T.failed))
    return 1 if T.failed else 0


if __name__ == "__main__":
    sys.exit(main())
