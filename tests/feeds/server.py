#!/usr/bin/env python3
"""server.py - the fixture web site of the feed tests, on 127.0.0.1 only.

Usage: server.py ROOT PORTFILE LOGFILE [TLS_CERT TLS_KEY]
Serves ROOT on a free loopback port (written to PORTFILE) with ETag and
Last-Modified validators, and a few misbehaving routes: /feeds/slow.xml
sleeps past the client's timeout, /feeds/huge.xml streams megabytes without
a length, /loop/a and /loop/b redirect to each other. Each request is
logged as "METHOD PATH STATUS USER-AGENT | INM | host=HOST | t=RECEIVED" to
LOGFILE (RECEIVED: the arrival time, seconds). While a file "robots-broken"
exists in ROOT, robots.txt answers 500. With a
certificate, a second HTTPS listener's port goes on PORTFILE's second line.
"""
import hashlib
import http.server
import os
import ssl
import sys
import threading
import time
from email.utils import formatdate, parsedate_to_datetime

ROOT, PORTFILE, LOGFILE = sys.argv[1:4]
LOCK = threading.Lock()
TYPES = {".rss": "application/rss+xml; charset=utf-8", ".atom": "application/atom+xml",
         ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
         ".html": "text/html; charset=utf-8"}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def log(self, status):
        with LOCK, open(LOGFILE, "a", encoding="utf-8") as f:
            f.write("%s %s %d %s | %s | host=%s | t=%.3f\n" % (
                self.command, self.path, status, self.headers.get("User-Agent", "-"),
                self.headers.get("If-None-Match", "-"), self.headers.get("Host", "-"),
                self.t0))

    def send(self, status, body=b"", ctype="text/plain", extra=()):
        self.log(status)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.t0 = time.time()
        path = self.path.split("?")[0]
        if path == "/feeds/slow.xml":
            time.sleep(5)
        if path == "/feeds/huge.xml":
            self.log(200)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
                for _ in range(64):
                    self.wfile.write(b"<item><title>" + b"x" * 65536 + b"</title></item>")
            except OSError:
                pass
            self.close_connection = True
            return
        if path.startswith("/loop/"):
            other = "/loop/b" if path == "/loop/a" else "/loop/a"
            return self.send(302, b"", extra=[("Location", other)])
        if path == "/robots.txt" and os.path.exists(os.path.join(ROOT, "robots-broken")):
            return self.send(500, b"robots.txt is broken")
        if path == "/feeds/busy.xml":
            return self.send(503, b"busy", extra=[("Retry-After", "600")])
        if path == "/feeds/moved.xml":
            return self.send(301, b"", extra=[("Location", "/feeds/full.rss")])
        file = os.path.normpath(os.path.join(ROOT, path.lstrip("/")))
        if not file.startswith(os.path.abspath(ROOT)) or not os.path.isfile(file):
            return self.send(404, b"not found")
        with open(file, "rb") as f:
            body = f.read()
        ext = os.path.splitext(file)[1]
        ctype = TYPES.get(ext, "application/octet-stream")
        if path == "/feeds/wrongtype.xml":
            ctype = "text/html; charset=utf-8"
        if path.startswith("/pages/ru-"):
            ctype = "text/html; charset=windows-1251"
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        mtime = os.path.getmtime(file)
        lm = formatdate(mtime, usegmt=True)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        fresh = inm is not None and inm == etag
        if inm is None and ims:
            try:
                fresh = parsedate_to_datetime(ims).timestamp() >= int(mtime)
            except (TypeError, ValueError):
                fresh = False
        validators = [("ETag", etag), ("Last-Modified", lm)]
        if fresh:
            self.log(304)
            self.send_response(304)
            for k, v in validators:
                self.send_header(k, v)
            self.end_headers()
            return
        self.send(200, body, ctype, validators)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


def main():
    httpd = Server(("127.0.0.1", 0), Handler)
    ports = [str(httpd.server_address[1])]
    if len(sys.argv) > 5:
        tls = Server(("127.0.0.1", 0), Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[4], sys.argv[5])
        tls.socket = ctx.wrap_socket(tls.socket, server_side=True)
        ports.append(str(tls.server_address[1]))
        threading.Thread(target=tls.serve_forever, daemon=True).start()
    tmp = PORTFILE + ".tmp"
    with open(tmp, "w") as f:
        f.write("\n".join(ports) + "\n")
    os.rename(tmp, PORTFILE)
    httpd.serve_forever()


main()
