#!/usr/bin/env python3
"""make bench-serve: the time from saving a one-file edit to `huibao serve` serving the new figure.

usage: serve_bench.py HUIBAO_BINARY CORPUS_DIR [EDITS]

Starts `huibao serve` on a free loopback port over CORPUS_DIR (made by gen_corpus.py), then
EDITS times (default 10) rewrites one write-up with a different count and measures until
/data/progress.json serves the indicator's new value, two ways:
- as a browser does it (the headline figure): it listens to the server's reload events
  (/_huibao/events) and fetches progress.json after each one;
- as a client that knows nothing of the events: it fetches progress.json every 5 ms (this
  client's own fetches take CPU from the rebuild on a 2-core machine).
Prints each time and the medians.
"""
import json, os, queue, re, signal, socket, statistics, subprocess, sys, threading, time, urllib.request

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def fetch(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
        return r.read()

def value(port, indicator):
    """The indicator's value in progress.json, read with a pattern: parsing the whole
    2.7 MB file in Python would take longer than the server's rebuild."""
    body = fetch(port, "/data/progress.json")
    match = re.search(rb'"id":\s*"' + indicator.encode() + rb'",.*?"value":\s*(\d+)', body, re.S)
    return int(match.group(1)) if match else None  # None: the error page, while a half-written file does not parse

def listen(port, events):
    """Puts the time of every reload event on `events`, as a browser's EventSource sees them."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(b"GET /_huibao/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    buffer = b""
    while True:
        chunk = sock.recv(4096)
        if not chunk:
            return
        buffer += chunk
        while b"event: reload" in buffer:
            buffer = buffer[buffer.index(b"event: reload") + len(b"event: reload"):]
            events.put(time.monotonic())

def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--source", corpus, "--port", str(port), "--as-of", "2026-04-08"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        started = time.monotonic()
        while True:
            line = server.stdout.readline()
            if not line:
                sys.exit("huibao serve exited before serving")
            print("  serve: " + line.rstrip())
            if "预览地址" in line:
                break
        fetch(port, "/data/progress.json")
        print(f"  first build and serve: {time.monotonic() - started:.2f} s")
        # A write-up that counts toward trainings (a quantitative indicator with a target).
        folder = os.path.join(corpus, "Content", "activities")
        path = None
        for root, _, names in sorted(os.walk(folder)):
            for name in sorted(names):
                text = open(os.path.join(root, name), encoding="utf-8").read()
                if re.search(r"^  trainings: \d+$", text, re.M):
                    path = os.path.join(root, name)
                    break
            if path:
                break
        original = open(path, encoding="utf-8").read()
        count = int(re.search(r"^  trainings: (\d+)$", original, re.M).group(1))
        base = value(port, "trainings")
        events = queue.Queue()
        threading.Thread(target=listen, args=(port, events), daemon=True).start()
        time.sleep(0.3)

        def edit(k):
            edited = re.sub(r"^  trainings: \d+$", f"  trainings: {count + k}", original, flags=re.M)
            with open(path, "w", encoding="utf-8") as f:
                f.write(edited)

        results = {}
        for mode in ("events", "polling"):
            times = []
            for k in range(1, edits + 1):
                step = k if mode == "events" else edits + k
                want = base + step
                while not events.empty():
                    events.get()
                start = time.monotonic()
                edit(step)
                while True:
                    if mode == "events":
                        try:
                            events.get(timeout=max(0.01, 60 - (time.monotonic() - start)))
                        except queue.Empty:
                            sys.exit("no reload event after the edit")
                    elif time.monotonic() - start > 60:
                        sys.exit("the new figure never appeared")
                    if value(port, "trainings") == want:
                        break
                    if mode == "polling":
                        time.sleep(0.005)
                times.append((time.monotonic() - start) * 1000)
                print(f"  {mode} edit {k}: {times[-1]:.0f} ms")
                time.sleep(0.3)
            results[mode] = times
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        times = results["polling"]
        print(f"  polling client: median {statistics.median(times):.0f} ms (min {min(times):.0f}, "
              f"max {max(times):.0f})")
        times = results["events"]
        print(f"bench-serve: median {statistics.median(times):.0f} ms over {edits} one-file edits, write to the new "
              f"figure fetched after the reload event (min {min(times):.0f}, max {max(times):.0f}; target ≤ 100 ms)")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()

if __name__ == "__main__":
    main()
