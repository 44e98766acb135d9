# srvutil.py - starts a tidings server on a free loopback port for the server tests.
import http.client
import json
import os
import re
import subprocess
import time

HOST = "127.0.0.1"


class Server:
    """A `tidings serve` process on 127.0.0.1 with its log in a file."""

    def __init__(self, binary, db, *args, env=None, wait_ready=True):
        self.log_path = db + ".log"
        self.log = open(self.log_path, "ab")
        self.log_start = self.log.tell()
        e = dict(os.environ)
        e.update(env or {})
        self.proc = subprocess.Popen(
            [binary, "serve", "--db", db, "--port", "0", "--bind", HOST] + list(args),
            stdout=self.log, stderr=self.log, env=e)
        self.port = self._find_port()
        if wait_ready:
            self.wait_ready()

    def _find_port(self):
        deadline = time.time() + 10
        while time.time() < deadline:
            with open(self.log_path, "rb") as f:
                f.seek(self.log_start)
                text = f.read().decode("utf-8", "replace")
            ports = re.findall(r"listening on http://127\.0\.0\.1:(\d+)/", text)
            if ports:
                return int(ports[-1])
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + text)
            time.sleep(0.02)
        raise RuntimeError("server did not start")

    def wait_ready(self, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            st, _, body = self.request("GET", "/healthz")
            if st == 200 and json.loads(body)["status"] == "ok":
                return
            time.sleep(0.02)
        raise RuntimeError("server did not finish loading")

    def request(self, method, path, body=None, headers=None, timeout=10):
        c = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            return r.status, dict(r.getheaders()), r.read()
        finally:
            c.close()

    def json(self, method, path, body=None, headers=None):
        st, h, b = self.request(method, path, body, headers)
        return st, (json.loads(b) if b else None)

    def kill(self):
        self.proc.kill()
        self.proc.wait()
        self.log.close()

    def stop(self):
        self.proc.terminate()
        try:
            rc = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait()
        self.log.close()
        return rc


class Checks:
    """Counts passed and failed checks and prints failures."""

    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failed = 0

    def ok(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL %s: %s" % (self.name, what))
        return cond

    def eq(self, got, want, what):
        return self.ok(got == want, "%s: got %r, want %r" % (what, got, want))
