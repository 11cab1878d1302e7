#!/usr/bin/env python3
"""Time from saving one communiqué to the preview server's reload event.

Starts `cxo serve --port 0` on a site, listens to its event stream as an open
browser tab would, then saves one meeting's communique.md several times and
measures, for each save, the time until the reload event arrives and until
the rebuilt page (holding the edit) has been fetched. The communiqué is put
back as it was at the end. Prints one JSON object; the target is 50 ms.

    tests/serve/reload_latency.py --cxo build/cxo --site /tmp/corpus-10000 \
        [--meeting 2024-12-09-dubai] [--runs 9]

Use a copy of a site, never the repository's own content: it is edited.
Only the standard library; everything stays on 127.0.0.1.
"""

import argparse
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time


def read_until(stream, pattern, timeout):
    """Reads lines from `stream` until one matches; the match, or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            return None
        match = re.search(pattern, line)
        if match:
            return match
    return None


def http_get(port, path, timeout=30):
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                     "Connection: close\r\n\r\n".encode())
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    return int(head.split()[1]), body.decode("utf-8", "replace")


class EventStream:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.sock.sendall(f"GET /__cxo/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                          "Accept: text/event-stream\r\n\r\n".encode())
        self.buffer = b""

    def next(self, name, timeout):
        """Waits for the next event called `name`; its data, or None."""
        deadline = time.monotonic() + timeout
        while True:
            while b"\n\n" in self.buffer:
                block, self.buffer = self.buffer.split(b"\n\n", 1)
                lines = block.decode().split("\n")
                if f"event: {name}" in lines:
                    return next(l[6:] for l in lines if l.startswith("data: "))
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return None
            if not chunk:
                return None
            self.buffer += chunk


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cxo", default="build/cxo", help="the cxo binary")
    parser.add_argument("--site", required=True, help="a COPY of a site folder (it is edited)")
    parser.add_argument("--meeting", help="meeting id (default: the last one in content/meetings)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--start-timeout", type=float, default=600, help="seconds to load the site")
    args = parser.parse_args()

    meetings = os.path.join(args.site, "content", "meetings")
    meeting = args.meeting or sorted(
        m for m in os.listdir(meetings) if os.path.exists(os.path.join(meetings, m, "communique.md")))[-1]
    communique = os.path.join(meetings, meeting, "communique.md")
    with open(communique, encoding="utf-8") as f:
        original = f.read()

    server = subprocess.Popen([args.cxo, "serve", "--source", args.site, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    result = {}
    try:
        started = time.monotonic()
        url = read_until(server.stdout, r"Serving http://127\.0\.0\.1:(\d+)(/\S*)", args.start_timeout)
        if not url:
            sys.exit("cxo serve did not start")
        port, base = int(url.group(1)), url.group(2)
        result["start_s"] = round(time.monotonic() - started, 3)
        page = f"{base}meetings/{meeting}/index.html"
        status, _ = http_get(port, page)
        if status != 200:
            sys.exit(f"{page}: HTTP {status}")
        events = EventStream(port)
        if events.next("hello", 30) is None:
            sys.exit("no hello event")

        to_event, to_page = [], []
        for run in range(args.runs):
            marker = f"Latency marker {run} {time.time_ns()}."
            saved = time.perf_counter()
            with open(communique, "w", encoding="utf-8") as f:
                f.write(original + "\n" + marker + "\n")
            if events.next("reload", 60) is None:
                sys.exit(f"run {run}: no reload event")
            evented = time.perf_counter()
            status, body = http_get(port, page)
            fetched = time.perf_counter()
            if status != 200 or marker not in body:
                sys.exit(f"run {run}: the page does not show the edit")
            to_event.append((evented - saved) * 1000)
            to_page.append((fetched - saved) * 1000)
            time.sleep(0.2)  # separate saves, as an editor's are

        def summary(values):
            return {"median": round(statistics.median(values), 1), "min": round(min(values), 1),
                    "max": round(max(values), 1)}

        result.update({"site": args.site, "meeting": meeting, "runs": args.runs,
                       "save_to_reload_event_ms": summary(to_event),
                       "save_to_new_page_ms": summary(to_page), "target_ms": 50})
    finally:
        with open(communique, "w", encoding="utf-8") as f:
            f.write(original)
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
