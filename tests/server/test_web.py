#!/usr/bin/env python3
# test_web.py - renders the web page in headless Chromium (when installed) against a
# server on 127.0.0.1 and checks what a reader would see, including HTML in titles.
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from srvutil import Checks, Server  # noqa: E402

BIN = sys.argv[1]
T = Checks("web")


def dom(port, frag):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    r = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--virtual-time-budget=4000", "--dump-dom",
                        "http://127.0.0.1:%d/%s" % (port, frag)],
                       capture_output=True, text=True, timeout=60)
    return r.stdout


def main():
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        print("server-web: 0 passed, 0 failed, 1 skipped (no chromium)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        s = Server(BIN, os.path.join(tmp, "web.db"))
        try:
            docs = {
                "a.json": {"title": "Harbour bridge opens to traffic",
                           "text": "The new harbour bridge opened on Monday.", "lang": "en",
                           "date": "2022-05-02"},
                "b.json": {"title": "<img src=x onerror=alert(1)> Tag soup headline",
                           "text": "A title with markup must be shown as text.", "lang": "en",
                           "date": "2022-05-01"},
            }
            for name, d in docs.items():
                st = s.request("PUT", "/" + name, json.dumps(d).encode(),
                               {"Content-Type": "application/json"})[0]
                T.eq(st, 201, "PUT " + name)
            page = dom(s.port, "")
            T.ok("Harbour bridge opens to traffic" in page, "stories listed")
            T.ok("2 articles · 2 stories" in page, "status line")
            T.ok("&lt;img src=x onerror=alert(1)&gt; Tag soup" in page and "<img" not in page,
                 "markup in titles is shown as text")
            page = dom(s.port, "#search/harbour")
            T.ok("<mark>harbour</mark>" in page.lower(), "search results highlight matches")
            st, lst = s.json("GET", "/api/stories?lang_code=en")
            sid = [x["id"] for x in lst["stories"] if x["title"].startswith("Harbour")][0]
            page = dom(s.port, "#story/" + sid)
            T.ok("The new harbour bridge opened on Monday." in page and "a.json" in page,
                 "story view: summary and members")
            page = dom(s.port, "#article/a.json")
            T.ok("The new harbour bridge opened on Monday." in page, "article view")
        finally:
            s.stop()
    print("server-web: %d passed, %d failed" % (T.passed, T.failed))
    return 1 if T.failed else 0


if __name__ == "__main__":
    sys.exit(main())
