#!/usr/bin/env python3
"""serve_feeds.py - `tidings serve --feeds` and `tidings poll --db` against the fixture site.

Usage: serve_feeds.py TIDINGS BASE_URL TMPDIR REQUEST_LOG
BASE_URL is the fixture server started by run.sh (127.0.0.1 only). Prints
"ok NAME" / "FAIL NAME" lines; exits with the number of failures.
"""
import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "server"))
from srvutil import Server  # noqa: E402

BIN, BASE, TMP, LOG = sys.argv[1:5]
ATOM = "{http://www.w3.org/2005/Atom}"
failed = 0


def check(cond, name, detail=""):
    global failed
    if cond:
        print("ok   " + name)
    else:
        failed += 1
        print("FAIL " + name + (": " + str(detail) if detail else ""))
    return cond


def wait_pass(s, passes=1, timeout=30):
    """Waits until the poller finished `passes` passes; returns /api/feeds."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        st, d = s.json("GET", "/api/feeds")
        if st == 200 and d["passes"] >= passes:
            return d
        time.sleep(0.1)
    return s.json("GET", "/api/feeds")[1]


def log_lines(since=0.0):
    """The test server's request lines received at or after since (a
    request of an earlier step can be logged after the step ended)."""
    out = []
    with open(LOG, encoding="utf-8") as f:
        for ln in f.read().splitlines():
            try:
                t = float(ln.rsplit("t=", 1)[1].split()[0])
            except (IndexError, ValueError):
                t = since
            if t >= since:
                out.append(ln)
    return out


def main():
    feeds = os.path.join(TMP, "serve-feeds.txt")
    with open(feeds, "w", encoding="utf-8") as f:
        f.write("# the service's feeds\n%s/feeds/full.rss\n%s/feeds/summary.atom\n"
                "%s/feeds/broken.xml\n" % (BASE, BASE, BASE))
    db = os.path.join(TMP, "serve.db")
    opts = ["--feeds", feeds, "--allow-private", "--feed-delay", "0", "--feed-timeout", "2"]

    # ---- the poller thread fills a fresh store ---------------------
    open(LOG, "w").close()
    t0 = time.time()
    s = Server(BIN, db, *opts)
    try:
        d = wait_pass(s)
        took = time.time() - t0
        check(d["enabled"] and d["passes"] >= 1, "serve --feeds: a pass within %.1fs" % took, d)
        by = {x["url"].rsplit("/", 1)[1]: x for x in d["feeds"]}
        check(sorted(by) == ["broken.xml", "full.rss", "summary.atom"],
              "/api/feeds lists the three feeds", sorted(by))
        rss, atom, broken = by.get("full.rss", {}), by.get("summary.atom", {}), \
            by.get("broken.xml", {})
        check(rss.get("status") == "ok" and rss.get("items") == 3 and rss.get("stored") == 3
              and rss.get("last_success") and rss.get("title") == "Harbour Gazette",
              "/api/feeds: RSS feed ok, 3 items stored, its title", rss)
        check(atom.get("status") == "ok" and atom.get("items") == 5 and atom.get("stored") == 5,
              "/api/feeds: Atom feed ok, 5 items stored", atom)
        check(broken.get("status") == "error" and "line 8" in (broken.get("last_error") or "")
              and broken.get("failures") == 1 and not broken.get("last_success")
              and broken.get("next_due", 0) >= broken.get("last_fetch", 0) + 60,
              "/api/feeds: the broken feed reported with its error and backoff", broken)
        check(d["ok"] == 2 and d["failing"] == 1, "/api/feeds: 2 ok, 1 failing", d)
        st, lst = s.json("GET", "/api/stories?limit=100")
        titles = {x["title"] for x in lst["stories"]}
        check(st == 200 and lst["total"] == 8 and "Harbour museum reopens after renovation"
              in titles and "Gdańsk otwiera nową linię tramwajową" in titles,
              "the feed articles are live stories", (st, lst.get("total")))
        st, art = s.json("GET", "/api/articles/" + lst["stories"][0]["articles"][0]["name"])
        check(st == 200 and art["name"].startswith("feed-") and art["url"].startswith("http"),
              "a feed article is stored under feed-<id> with its URL", art)
        st, lst_pl = s.json("GET", "/api/stories?lang_code=pl")
        check(st == 200 and [x["title"] for x in lst_pl["stories"]] ==
              ["Gdańsk otwiera nową linię tramwajową"], "the story list filters by language")

        # ---- stories out as feeds ------------------------------------
        st, h, body = s.request("GET", "/feeds/stories.atom")
        try:
            root = ET.fromstring(body)
            entries = root.findall(ATOM + "entry")
        except ET.ParseError as e:
            root, entries = None, []
            check(False, "/feeds/stories.atom is well-formed XML", e)
        check(st == 200 and h.get("Content-Type", "").startswith("application/atom+xml")
              and root is not None and root.tag == ATOM + "feed" and len(entries) == 8,
              "/feeds/stories.atom: well-formed Atom with 8 entries", (st, len(entries)))
        e = [x for x in entries if x.findtext(ATOM + "title") ==
             "City council approves new tram line to the airport"]
        check(len(e) == 1 and e[0].findtext(ATOM + "id").startswith("urn:tidings:story:")
              and any(lk.get("rel") == "related" and lk.get("href") ==
                      "http://harbour-gazette.test/news/tram-line"
                      for lk in e[0].findall(ATOM + "link"))
              and (e[0].findtext(ATOM + "summary") or "").strip() != "",
              "Atom entry: id, title, summary and a link to its source")
        st, h, body = s.request("GET", "/feeds/stories.atom?lang_code=ru")
        ru = ET.fromstring(body).findall(ATOM + "entry") if st == 200 else []
        check(len(ru) == 1 and ru[0].get("{http://www.w3.org/XML/1998/namespace}lang") == "ru",
              "/feeds/stories.atom?lang_code=ru: one Russian entry", len(ru))
        st, h, body = s.request("GET", "/feeds/stories.json?category=economy")
        jf = json.loads(body) if st == 200 else {}
        check(st == 200 and jf.get("version") == "https://jsonfeed.org/version/1.1"
              and h.get("Content-Type", "").startswith("application/feed+json")
              and jf.get("items") and len(jf["items"]) < 8
              and all("economy" in it.get("tags", []) for it in jf["items"]),
              "/feeds/stories.json: JSON Feed 1.1 with the category filter", jf.get("items"))
        st, h, body = s.request("GET", "/feeds/stories.json")
        jf = json.loads(body) if st == 200 else {}
        check(len(jf.get("items", [])) == 8 and all(
            it["url"].startswith("http://127.0.0.1:%d/#story/" % s.port) and
            it["_tidings"]["sources"] for it in jf["items"]),
            "/feeds/stories.json: 8 items with story links and sources")
        st, _ = s.json("GET", "/feeds/stories.atom?lang_code=english")
        check(st == 400, "a bad filter is refused with 400", st)

        # ---- clean shutdown ------------------------------------------
        t0 = time.time()
        rc = s.stop()
        check(rc == 0 and time.time() - t0 < 5, "SIGTERM: clean exit in %.1fs" % (time.time() - t0),
              rc)
    finally:
        if s.proc.poll() is None:
            s.kill()

    # ---- a restart: state from the store, nothing fetched again ----
    open(LOG, "w").close()
    since = time.time()
    s = Server(BIN, db, *opts)
    try:
        d = wait_pass(s)
        by = {x["url"].rsplit("/", 1)[1]: x for x in d["feeds"]}
        check(by["full.rss"]["status"] == "ok" and by["broken.xml"]["status"] == "error",
              "restart: the feeds' health comes back from the store", d)
        st, lst = s.json("GET", "/api/stories")
        check(lst["total"] == 8, "restart: the 8 articles come back from the store", lst["total"])
        check(not [ln for ln in log_lines(since) if "/feeds/" in ln],
              "restart: no feed is fetched before it is due", log_lines(since))
        # SIGHUP re-reads the list: broken.xml goes, missing.xml comes.
        with open(feeds, "w", encoding="utf-8") as f:
            f.write("%s/feeds/full.rss\n%s/feeds/summary.atom\n%s/feeds/missing.xml\n"
                    % (BASE, BASE, BASE))
        s.proc.send_signal(signal.SIGHUP)
        d = wait_pass(s, 2)
        by = {x["url"].rsplit("/", 1)[1]: x for x in d["feeds"]}
        check(sorted(by) == ["full.rss", "missing.xml", "summary.atom"] and
              by["missing.xml"]["status"] == "error" and "404" in by["missing.xml"]["last_error"]
              and by["full.rss"]["status"] == "ok" and s.proc.poll() is None,
              "SIGHUP re-reads the feed list (a feed added, one dropped, the rest kept)", d)
        check(len([ln for ln in log_lines(since) if "/feeds/full.rss" in ln]) == 0,
              "SIGHUP: feeds kept from the old list are not fetched before they are due")
        with open(feeds, "w", encoding="utf-8") as f:
            f.write("%s/feeds/full.rss\n%s/feeds/summary.atom\n%s/feeds/broken.xml\n"
                    % (BASE, BASE, BASE))
    finally:
        s.stop()

    # ---- private addresses are refused unless allowed --------------
    db2 = os.path.join(TMP, "deny.db")
    s = Server(BIN, db2, "--feeds", feeds, "--feed-timeout", "2")
    try:
        d = wait_pass(s)
        check(d["feeds"] and all(x["status"] == "error" and "private or local address" in
                                 (x["last_error"] or "") for x in d["feeds"]),
              "without --allow-private, loopback feeds are refused", d["feeds"])
        st, lst = s.json("GET", "/api/stories")
        check(lst["total"] == 0, "without --allow-private nothing is stored", lst["total"])
    finally:
        s.stop()

    # ---- shutdown in the middle of a slow fetch ---------------------
    slow = os.path.join(TMP, "slow-feeds.txt")
    with open(slow, "w", encoding="utf-8") as f:
        f.write("%s/feeds/slow.xml\n" % BASE)
    s = Server(BIN, os.path.join(TMP, "slow.db"), "--feeds", slow, "--allow-private",
               "--feed-timeout", "3")
    try:
        time.sleep(0.5)
        t0 = time.time()
        rc = s.stop()
        took = time.time() - t0
        check(rc == 0 and took < 6, "SIGTERM during a slow fetch: clean exit in %.1fs" % took, rc)
    finally:
        if s.proc.poll() is None:
            s.kill()

    # ---- tidings poll --db: one pass for cron into the store --------
    db3 = os.path.join(TMP, "cron.db")
    r = subprocess.run([BIN, "poll", feeds, "--db", db3, "--delay", "0", "--timeout", "2"],
                       capture_output=True, text=True, timeout=60)
    check(r.returncode == 0 and "stored in %s: 8 new, 0 updated (8 articles)" % db3 in r.stderr,
          "poll --db stores the articles", r.stderr)
    open(LOG, "w").close()
    since = time.time()
    r = subprocess.run([BIN, "poll", feeds, "--db", db3, "--delay", "0", "--timeout", "2"],
                       capture_output=True, text=True, timeout=60)
    check(r.returncode == 0 and "0 polled, 3 not due" in r.stderr and
          not [ln for ln in log_lines(since) if "/feeds/" in ln],
          "poll --db keeps the poller state in the store", r.stderr)
    s = Server(BIN, db3, *opts)
    try:
        d = wait_pass(s)
        st, lst = s.json("GET", "/api/stories")
        check(lst["total"] == 8 and d["ok"] == 2 and d["failing"] == 1,
              "serve --feeds on the cron store: its articles and feed state", (lst["total"], d))
    finally:
        s.stop()
    return failed


if __name__ == "__main__":
    sys.exit(main())
