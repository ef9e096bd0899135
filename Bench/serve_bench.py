#!/usr/bin/env python3
"""make bench-serve: the time from saving a one-file edit to `huibao serve` serving the new figure.

usage: serve_bench.py HUIBAO_BINARY CORPUS_DIR [EDITS]

Starts `huibao serve` on a free loopback port over CORPUS_DIR (made by gen_corpus.py), then
EDITS times (default 10) rewrites one write-up with a different count and polls
/data/progress.json until the indicator's value moved; prints each time and the median.
"""
import json, os, re, signal, socket, statistics, subprocess, sys, time, urllib.request

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
        times = []
        for k in range(1, edits + 1):
            edited = re.sub(r"^  trainings: \d+$", f"  trainings: {count + k}", original, flags=re.M)
            want = base + k
            start = time.monotonic()
            with open(path, "w", encoding="utf-8") as f:
                f.write(edited)
            while value(port, "trainings") != want:
                if time.monotonic() - start > 60:
                    sys.exit("the new figure never appeared")
                time.sleep(0.005)
            times.append((time.monotonic() - start) * 1000)
            print(f"  edit {k}: {times[-1]:.0f} ms")
            time.sleep(0.2)
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        print(f"bench-serve: median {statistics.median(times):.0f} ms over {edits} one-file edits "
              f"(min {min(times):.0f}, max {max(times):.0f}; target ≤ 100 ms)")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()

if __name__ == "__main__":
    main()
