"""Batch runs: pages/s at -j1 and -j2, the speed-up, and peak memory at two input counts.

Builds, in a temporary folder, N inputs from ../shared/eval/scrapinghub-aeb/html (hard links
to its gzipped pages, cycled) with 5% broken ones mixed in (empty, a PNG, corrupt gzip, NUL
bytes, markup nested 100,000 deep), and runs ``newsclean extract DIR --format jsonl -j J`` in
a subprocess. Each run's output is checked: one valid JSON line per input, in input order,
an error record exactly for each broken input, exit code 1. Peak memory is the resident set
of the run's process tree (the CLI and its workers), sampled every 20 ms from /proc.

The machine is shared, so -j1 and -j2 runs alternate and the speed-up is the ratio of the
median wall times of the same size. Two more figures, measured in the runs themselves, say
what the machine allowed: the *cores used* (CPU seconds of the process tree / wall seconds:
up to 1 for -j1 and 2 for -j2 on idle cores; less when other work takes them), and the CPU
seconds per input (-j2 over -j1 is the cost of running in parallel: pickling, more
processes). ``2 x CPU(-j1) / CPU(-j2)`` is then the speed-up two idle cores would give.

With ``--against SRC`` every run is made twice, alternating, with this checkout's newsclean
and with the one in SRC (the ``src`` folder of another checkout, e.g. made by ``git worktree
add /tmp/old HEAD~1``): an A/B of two versions on the same inputs under the same load.

    python benchmarks/batch.py                       # 1000 and 4000 inputs, 2 rounds
    python benchmarks/batch.py --sizes 200 --rounds 1
    python benchmarks/batch.py --against /tmp/old/src
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AEB = Path(__file__).resolve().parents[2] / "shared" / "eval" / "scrapinghub-aeb" / "html"
BROKEN_EVERY = 20  # 5%
BROKEN = {
    "empty": b"",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "corrupt-gzip": b"\x1f\x8b\x08\x00" + b"not deflate data" * 64,
    "nul": b"<html><body><p>text\x00with\x00NUL bytes</p></body></html>",
    "deep": b"<html><body>" + b"<div>" * 100_000 + b"<p>x</p>" + b"</div>" * 100_000 + b"</body></html>",
}


def build(folder: Path, count: int) -> list[tuple[Path, bool]]:
    """``count`` inputs named in input order; each is (path, broken)."""
    pages = sorted(AEB.glob("*.html.gz"))
    if not pages:
        sys.exit(f"no pages in {AEB}")
    originals = folder / ".originals"
    originals.mkdir(parents=True)
    broken_files = []
    for name, data in BROKEN.items():
        (originals / name).write_bytes(data)
        broken_files.append(originals / name)
    inputs = []
    for n in range(count):
        if n % BROKEN_EVERY == BROKEN_EVERY - 1:
            path, source = folder / f"{n:05}.html", broken_files[(n // BROKEN_EVERY) % len(broken_files)]
        else:
            source = pages[n % len(pages)]
            path = folder / f"{n:05}.html.gz"
        os.link(source, path)
        inputs.append((path, source in broken_files))
    return inputs


def tree_rss(pid: int) -> tuple[int, int]:
    """(resident KB of ``pid`` itself, of ``pid`` and all its descendants)."""
    own = total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            kb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{p}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
        total += kb
        own = own or kb
    return own, total


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(folder: Path, jobs: int, out: Path, src: str | None = None) -> dict:
    """One run of the CLI; ``src``: the folder to import newsclean from instead of this checkout's."""
    command = [sys.executable, "-m", "newsclean", "extract", str(folder), "--format", "jsonl", "-j", str(jobs)]
    env = {**os.environ, "PYTHONPATH": src} if src else None
    cpu = children_cpu()
    start = time.perf_counter()
    with open(out, "w") as stdout:
        proc = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE, text=True, env=env)
        peak_main = peak_tree = 0
        while proc.poll() is None:
            own, total = tree_rss(proc.pid)
            peak_main, peak_tree = max(peak_main, own), max(peak_tree, total)
            time.sleep(0.02)
        stderr = proc.stderr.read()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu": children_cpu() - cpu, "code": proc.returncode, "stderr": stderr,
            "peak_main_mb": peak_main / 1024, "peak_tree_mb": peak_tree / 1024}


def check(result: dict, out: Path, inputs: list[tuple[Path, bool]]) -> None:
    """The run's output is complete, valid and in input order; else exit with the reason."""
    records = [json.loads(line) for line in out.read_text().splitlines()]
    problems = []
    if [r["source"] for r in records] != [str(p) for p, _ in inputs]:
        problems.append(f"{len(records)} records for {len(inputs)} inputs, or not in input order")
    elif [("error" in r) for r in records] != [broken for _, broken in inputs]:
        problems.append("error records do not match the broken inputs")
    if result["code"] != 1:
        problems.append(f"exit code {result['code']}, expected 1")
    if "Traceback" in result["stderr"]:
        problems.append("a traceback on stderr: " + result["stderr"].strip().splitlines()[-1])
    if problems:
        sys.exit("; ".join(problems))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--against", metavar="SRC", help="also run the newsclean in SRC, alternating (an A/B)")
    args = parser.parse_args()
    versions = [None, str(Path(args.against).resolve())] if args.against else [None]
    with tempfile.TemporaryDirectory(prefix="newsclean-batch-") as tmp:
        rows = []
        for size in args.sizes:
            folder = Path(tmp) / f"pages-{size}"
            inputs = build(folder, size)
            runs: dict[str | None, dict[int, list[dict]]] = {src: {1: [], 2: []} for src in versions}
            for n in range(args.rounds):
                for src in versions[::-1] if n % 2 else versions:  # neither version always goes first
                    for jobs in (1, 2):
                        out = Path(tmp) / f"out-{size}-{jobs}.jsonl"
                        result = run(folder, jobs, out, src)
                        check(result, out, inputs)
                        runs[src][jobs].append(result)
                        print(f"  {src or 'this checkout'}: {size} inputs -j{jobs}: {result['seconds']:.1f} s, "
                              f"{size / result['seconds']:.1f} pages/s, {result['cpu']:.1f} CPU s, peak {result['peak_tree_mb']:.0f} MB "
                              f"(main {result['peak_main_mb']:.0f} MB), {result['cpu'] / result['seconds']:.2f} cores used",
                              file=sys.stderr)
            rows.extend((src, size, runs[src]) for src in versions)
    print("| code | inputs (5% broken) | pages/s -j1 / -j2 | speed-up | cores used -j1 / -j2 | CPU ms per input -j1 / -j2 "
          "| speed-up on 2 idle cores (estimate) | peak memory -j1 | peak memory -j2 (main process) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for src, size, runs in rows:
        t1, t2 = (statistics.median(r["seconds"] for r in runs[j]) for j in (1, 2))
        c1, c2 = (statistics.median(r["cpu"] for r in runs[j]) for j in (1, 2))
        u1, u2 = (statistics.median(r["cpu"] / r["seconds"] for r in runs[j]) for j in (1, 2))
        m1, m2 = (max(r["peak_tree_mb"] for r in runs[j]) for j in (1, 2))
        main2 = max(r["peak_main_mb"] for r in runs[2])
        print(f"| {src or 'this checkout'} | {size} | {size / t1:.1f} / {size / t2:.1f} | {t1 / t2:.2f}x | {u1:.2f} / {u2:.2f} "
              f"| {1000 * c1 / size:.1f} / {1000 * c2 / size:.1f} | {2 * c1 / c2:.2f}x "
              f"| {m1:.0f} MB | {m2:.0f} MB ({main2:.0f} MB) |")


if __name__ == "__main__":
    main()
