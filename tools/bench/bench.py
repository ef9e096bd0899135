#!/usr/bin/env python3
"""huibao vs Hugo vs the floor, on the project's own benchmark corpus (Bench/, issue 9).

usage: bench.py [--sizes 1000,10000,100000] [--runs 5,5,2] [--work /dev/shm/huibao-bench] [--bin PATH]

For each size: generates the corpus with Bench/gen_corpus.py (cached), the Hugo
site with Bench/make_hugo_site.py (cached) and all write-ups concatenated (cached), then runs
rounds in which each tool runs once, in turn (huibao, Hugo, floor), so that a noisy moment
on a shared machine hits all three alike. Every output goes under the work folder (tmpfs);
the previous output is removed before each run, untimed.

- huibao: `huibao build --source CORPUS --output OUT --as-of 2026-04-08` under
  `/usr/bin/time -v` (peak RSS), timed until it exits (the new site is then in place).
- Hugo: `hugo -s SITE --quiet -d OUT`.
- floor: `cmark` over the concatenated write-ups (to /dev/null), then `cp -r` of huibao's
  finished output to a new folder; the two times added.

Above 10,000 write-ups (HUGO_MAX) huibao runs alone: Hugo needs too much memory there, and
the floor's concatenated copy of the write-ups would take as much again in /dev/shm.

Prints medians, the ratios huibao/Hugo and huibao/floor, huibao's peak RSS, the growth
from the smallest to the largest size and from 10,000 to 100,000, and the targets of issue 16.

Then the evidence row (issue 17): at the largest size Hugo runs at, the corpus with two
evidence files per write-up against the same corpus without, in at least 9 paired rounds
(both builds back to back, the order alternating); its ratio is the median of the rounds'
ratios (target ≤ 1.2).
"""
import argparse, hashlib, os, platform, re, resource, shutil, statistics, subprocess, sys, time

AS_OF = "2026-04-08"
# The largest size Hugo and the floor run at; above it huibao runs alone.
HUGO_MAX = 10000
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))


BENCH = os.path.join(REPO, "Bench")


def digest(*paths):
    h = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:16]


def cached(folder, key, make):
    """Runs make(folder) unless folder/.stamp holds key."""
    stamp = os.path.join(folder, ".bench-stamp")
    if os.path.isfile(stamp) and open(stamp).read() == key:
        return
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    make(folder)
    with open(stamp, "w") as f:
        f.write(key)


def prepare(work, n, peers=True):
    gen = os.path.join(BENCH, "gen_corpus.py")
    hugo_script = os.path.join(BENCH, "make_hugo_site.py")
    key = digest(gen, hugo_script) + f"-{n}"
    corpus = os.path.join(work, f"corpus-{n}")
    site = os.path.join(work, f"hugo-site-{n}")
    concatenated = os.path.join(work, f"writeups-{n}", "all.md")

    def make_corpus(folder):
        subprocess.run([sys.executable, gen, folder, str(n)], check=True)

    def make_site(folder):
        subprocess.run([sys.executable, hugo_script, corpus, folder], check=True)

    def make_concatenated(folder):
        files = []
        for root, _, names in os.walk(os.path.join(corpus, "Content", "activities")):
            files += [os.path.join(root, name) for name in names if name.endswith(".md")]
        with open(concatenated, "wb") as out:
            for path in sorted(files):
                with open(path, "rb") as f:
                    out.write(f.read())
                out.write(b"\n")

    t = time.perf_counter()
    cached(corpus, key, make_corpus)
    if peers:
        cached(site, key, make_site)
        cached(os.path.dirname(concatenated), key, make_concatenated)
    took = time.perf_counter() - t
    if took > 1:
        print(f"  corpus, Hugo site and concatenated write-ups for {n}: {took:.1f} s (cached in {work})")
    return corpus, site, concatenated


def run(argv, stdout=subprocess.DEVNULL):
    t = time.perf_counter()
    result = subprocess.run(argv, stdout=stdout, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - t
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(argv)}\n{result.stderr.decode(errors='replace')[-2000:]}")
    return elapsed, result.stderr.decode(errors="replace")


def run_with_cpu(argv):
    """`run`, with the CPU time (user + system) the build took besides its wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed, _ = run(argv)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)


def bench_size(work, binary, n, runs):
    peers = n <= HUGO_MAX
    corpus, site, concatenated = prepare(work, n, peers)
    out = os.path.join(work, "out")
    os.makedirs(out, exist_ok=True)
    huibao_out = os.path.join(out, f"huibao-{n}")
    hugo_out = os.path.join(out, f"hugo-{n}")
    copy_out = os.path.join(out, f"floor-copy-{n}")
    times = {"huibao": []} | ({"hugo": [], "floor": []} if peers else {})
    rss = []
    for i in range(runs):
        fresh(huibao_out)
        elapsed, err = run(["/usr/bin/time", "-v", binary, "build", "--source", corpus, "--output", huibao_out,
                            "--as-of", AS_OF])
        times["huibao"].append(elapsed)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
        rss.append(int(m.group(1)) / 1024 if m else float("nan"))
        if not peers:
            print(f"  {n:>6} round {i + 1}/{runs}: huibao {times['huibao'][-1]:.3f} s (alone)  huibao RSS {rss[-1]:.0f} MiB",
                  flush=True)
            continue

        fresh(hugo_out)
        elapsed, _ = run(["hugo", "-s", site, "--quiet", "-d", hugo_out])
        times["hugo"].append(elapsed)

        fresh(copy_out)
        parse, _ = run(["cmark", concatenated])
        copy, _ = run(["cp", "-r", huibao_out, copy_out])
        times["floor"].append(parse + copy)
        print(f"  {n:>6} round {i + 1}/{runs}: huibao {times['huibao'][-1]:.3f} s  hugo {times['hugo'][-1]:.3f} s"
              f"  floor {times['floor'][-1]:.3f} s (cmark {parse:.3f} + cp {copy:.3f})  huibao RSS {rss[-1]:.0f} MiB",
              flush=True)
    pages = sum(1 for _, _, names in os.walk(huibao_out) for name in names if name == "index.html")
    for path in (hugo_out, copy_out):
        fresh(path)
    return {k: statistics.median(v) for k, v in times.items()}, max(rss), pages


def bench_materials(work, binary, n, runs, per_write_up=2):
    """The same corpus with `per_write_up` evidence files per write-up (佐证材料: files linked,
    thumbnails cached by content hash) against it without, in paired rounds: each round runs
    both builds back to back (the order alternating from round to round), so that both meet the
    same moment of a shared machine; the ratio is the median of the rounds' ratios, and the
    medians of each are printed beside it."""
    gen = os.path.join(BENCH, "gen_corpus.py")
    plain, _, _ = prepare(work, n)
    corpus = os.path.join(work, f"corpus-{n}-materials-{per_write_up}")
    cached(corpus, digest(gen) + f"-{n}-{per_write_up}",
           lambda folder: subprocess.run([sys.executable, gen, folder, str(n), "--materials", str(per_write_up)],
                                         check=True))
    out = os.path.join(work, "out", f"huibao-{n}-materials")
    times = {"plain": [], "materials": []}
    cpu = {"plain": [], "materials": []}
    # One build first fills the thumbnail cache (as the team's first build does).
    fresh(out)
    run([binary, "build", "--source", corpus, "--output", out, "--as-of", AS_OF])
    for i in range(runs):
        order = (("plain", plain), ("materials", corpus))
        for name, source in order if i % 2 == 0 else reversed(order):
            fresh(out)
            elapsed, used = run_with_cpu([binary, "build", "--source", source, "--output", out, "--as-of", AS_OF])
            times[name].append(elapsed)
            cpu[name].append(used)
        print(f"  {n:>6} round {i + 1}/{runs}: without evidence {times['plain'][-1]:.3f} s  "
              f"with {per_write_up} files per write-up {times['materials'][-1]:.3f} s  "
              f"×{times['materials'][-1] / times['plain'][-1]:.2f}  "
              f"(CPU {cpu['plain'][-1]:.3f} s, {cpu['materials'][-1]:.3f} s)", flush=True)
    fresh(out)
    result = {k: statistics.median(v) for k, v in times.items()}
    result["ratio"] = statistics.median(m / p for p, m in zip(times["plain"], times["materials"]))
    # The CPU time moves less than the wall time when the host is busy (it does not count the
    # time waited for a core), so its ratio is printed beside.
    result["cpu_ratio"] = statistics.median(m / p for p, m in zip(cpu["plain"], cpu["materials"]))
    # What each evidence file costs (medians of the rounds' differences): unlike the ratio, it
    # does not shrink when the build without evidence gets slower, nor grow when it gets faster.
    files = n * per_write_up
    result["wall_us_per_file"] = statistics.median(
        m - p for p, m in zip(times["plain"], times["materials"])) / files * 1e6
    result["cpu_us_per_file"] = statistics.median(m - p for p, m in zip(cpu["plain"], cpu["materials"])) / files * 1e6
    return result


def machine_state():
    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"] * 3
    cpu = "?"
    if os.path.exists("/proc/cpuinfo"):
        m = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
        cpu = m.group(1) if m else "?"
    mem = "?"
    if os.path.exists("/proc/meminfo"):
        m = re.search(r"MemAvailable:\s*(\d+)", open("/proc/meminfo").read())
        mem = f"{int(m.group(1)) // 1024} MiB available" if m else "?"
    # The kernel's dentry cache: every file created, linked or looked up walks one of its hash
    # chains, and a VM with a small table and millions of cached names (old build folders, test
    # clones) makes the evidence row's 40,000 lookups and links measurably dearer.
    dentries = "?"
    if os.path.exists("/proc/sys/fs/dentry-state"):
        dentries = f"{int(open('/proc/sys/fs/dentry-state').read().split()[0]):,}"
    return (f"{os.cpu_count()} cores ({cpu}), {mem}, load average {' '.join(load)}, "
            f"{dentries} cached dentries, {platform.platform()}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000,10000,100000"))
    parser.add_argument("--runs", default=os.environ.get("BENCH_RUNS", "5,5,2"),
                        help="rounds per size, one number or one per size")
    parser.add_argument("--work", default=os.environ.get("BENCH_WORK", "/dev/shm/huibao-bench"))
    parser.add_argument("--bin", default=os.path.join(REPO, ".build", "release", "huibao"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    runs = [int(r) for r in args.runs.split(",")]
    runs += [runs[-1]] * (len(sizes) - len(runs))
    os.makedirs(args.work, exist_ok=True)
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    print(f"machine: {machine_state()}")
    print(f"huibao: {args.bin}; {hugo_version.split(' BuildDate')[0]}; cmark {subprocess.run(['cmark', '--version'], capture_output=True, text=True).stdout.split()[1]}")
    results = {}
    for n, r in zip(sizes, runs):
        results[n] = bench_size(args.work, args.bin, n, r)

    print()
    print(f"medians ({', '.join(f'{r} rounds at {n}' for n, r in zip(sizes, runs))}), output under {args.work}:")
    print(f"| write-ups | pages | huibao | Hugo | floor | huibao/Hugo | huibao/floor | huibao peak RSS |")
    print(f"|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        m, rss, pages = results[n]
        if "hugo" in m:
            print(f"| {n:,} | {pages:,} | {m['huibao']:.3f} s | {m['hugo']:.3f} s | {m['floor']:.3f} s "
                  f"| {m['huibao'] / m['hugo']:.3f} | {m['huibao'] / m['floor']:.2f} | {rss:.0f} MiB |")
        else:
            print(f"| {n:,} | {pages:,} | {m['huibao']:.3f} s | — | — | — | — | {rss:.0f} MiB |")
    with_peers = [n for n in sizes if n <= HUGO_MAX]
    if len(with_peers) > 1:
        small, large = with_peers[0], with_peers[-1]
        growth = {k: results[large][0][k] / results[small][0][k] for k in ("huibao", "hugo", "floor")}
        print(f"growth {small:,} → {large:,} write-ups: huibao ×{growth['huibao']:.2f}, Hugo ×{growth['hugo']:.2f}, "
              f"floor ×{growth['floor']:.2f}")
    if HUGO_MAX in results:
        m, rss, _ = results[HUGO_MAX]
        print(f"targets at {HUGO_MAX:,}: huibao/Hugo ≤ 0.15: {m['huibao'] / m['hugo']:.3f}; "
              f"huibao/floor ≤ 1.0: {m['huibao'] / m['floor']:.2f}")
    if HUGO_MAX in results and 100000 in results:
        growth = results[100000][0]["huibao"] / results[HUGO_MAX][0]["huibao"]
        rss = results[100000][1]
        print(f"growth 10,000 → 100,000 write-ups: huibao ×{growth:.2f} (target ≤ 10.5); "
              f"peak RSS at 100,000: {rss:.0f} MiB (target ≤ 1024 MiB)")
    # 佐证材料 (issue 17): two evidence files per write-up at the largest size Hugo runs at, within 1.2 ×.
    large = max(with_peers or sizes)
    # (At least 9 paired rounds: a ratio of two builds moves more than either on a shared machine.)
    m = bench_materials(args.work, args.bin, large, max(9, runs[sizes.index(large)]))
    print(f"evidence files at {large:,}: {m['materials']:.3f} s with 2 per write-up, {m['plain']:.3f} s without "
          f"(medians); paired rounds ×{m['ratio']:.2f} (median; target ≤ 1.2), CPU time ×{m['cpu_ratio']:.2f}; "
          f"per evidence file {m['wall_us_per_file']:.1f} µs of wall time, {m['cpu_us_per_file']:.1f} µs of CPU")
    # The live preview (issue 8): the edit-to-served median on the largest corpus Hugo runs at.
    serve_size = max(with_peers or sizes)
    serve_bench = os.path.join(REPO, "Bench", "serve_bench.py")
    subprocess.run([sys.executable, serve_bench, args.bin, os.path.join(args.work, f"corpus-{serve_size}"), "10"],
                   check=True)
    print(f"machine after: {machine_state()}")


if __name__ == "__main__":
    main()
