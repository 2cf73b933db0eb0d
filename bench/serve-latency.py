#!/usr/bin/env python3
"""How long an edit takes to be seen through `prongsai serve` (loopback only, bounded).

    python3 bench/serve-latency.py PRONGSAI SITE FILE URLPATH [RUNS]

Starts `PRONGSAI serve` on SITE at a free loopback port, listens on its live-reload stream
(/__prongsai/events), then RUNS times appends a visible marker paragraph to FILE (a Markdown file
of SITE) and measures, from the moment the write returns, (1) until the stream sends its
"reload" event and (2) until URLPATH is served with the marker in it (polled every 2 ms).
Restores FILE and stops the server (the process it started) at the end. Prints one line per run
and the medians, then the median time of the rebuild itself as serve logged it (the rest of the
latency is the watcher's and the live-reload stream's); exit 1 if a run timed out (10 s) or the
server would not start.
"""

import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

TIMEOUT = 10.0


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as r:
        return r.read()


class EventStream:
    """The raw live-reload stream: reads until the next 'event: reload' (or build-error)."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        self.sock.sendall(b"GET /__prongsai/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          b"Accept: text/event-stream\r\n\r\n")
        self.buf = b""

    def next_event(self, deadline):
        while True:
            for name in (b"event: reload", b"event: build-error"):
                i = self.buf.find(name)
                if i >= 0:
                    self.buf = self.buf[i + len(name):]
                    return name.decode()
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                return None
            if not data:
                return None
            self.buf += data


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    prongsai, site, file, url = sys.argv[1:5]
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    port = free_port()
    original = open(file, "rb").read()
    # serve's log, for the time of each rebuild ("rebuilt: ..., 0.0812 s")
    log = tempfile.TemporaryFile()
    server = subprocess.Popen([prongsai, "serve", "--quiet", "--site", site, "--bind", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=log)
    failed = False
    events, served = [], []
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get(port, "/")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit("serve-latency: the server did not start")
                time.sleep(0.05)
        stream = EventStream(port)
        stream.next_event(time.monotonic() + TIMEOUT)  # the current state, sent on connect
        for run in range(1, runs + 1):
            time.sleep(0.6)  # past the watcher's poll and settle time of the previous edit
            # letters only: the site prints digits as Thai digits
            marker = "servebench" + "".join(chr(97 + int(c)) for c in f"{os.getpid()}{run:03d}")
            with open(file, "ab") as f:
                f.write(f"\n\n{marker}\n".encode())
            t0 = time.monotonic()
            deadline = t0 + TIMEOUT
            event = stream.next_event(deadline)
            t_event = time.monotonic() - t0
            t_served = None
            while time.monotonic() < deadline:
                try:
                    if marker.encode() in get(port, url):
                        t_served = time.monotonic() - t0
                        break
                except OSError:
                    pass
                time.sleep(0.002)
            if event != "event: reload" or t_served is None:
                print(f"  run {run}: event {event!r}, page {'not ' if t_served is None else ''}"
                      f"updated within {TIMEOUT:.0f} s")
                failed = True
                continue
            events.append(t_event)
            served.append(t_served)
            print(f"  run {run}: reload event {t_event * 1000:6.0f} ms, new page served "
                  f"{t_served * 1000:6.0f} ms")
    finally:
        with open(file, "wb") as f:
            f.write(original)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    if events:
        print(f"  median of {len(events)}: reload event {statistics.median(events) * 1000:.0f} ms, "
              f"new page served {statistics.median(served) * 1000:.0f} ms after the write")
        log.seek(0)
        builds = [float(m) for m in re.findall(rb"^rebuilt: .*, ([0-9.]+) s$", log.read(), re.M)][:runs]
        if builds:
            print(f"  the rebuild itself (serve's log): median {statistics.median(builds) * 1000:.0f}"
                  f" ms of {len(builds)} rebuilds")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
