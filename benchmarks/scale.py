"""WARC at scale: records/s at 1 and 2 workers, locally (-j) and on Dask, with peak memory.

Builds, in a temporary folder, ``--files`` WARC files (gzip, record by record) that each
hold every page of ../shared/eval/scrapinghub-aeb/html and the two Korean Naver pages as
HTTP 200 responses, plus a request record per page and four non-page responses (image,
PDF, 404, 301) that must be skipped. Then runs, as a user would, in a subprocess:

    local  newsclean extract DIR -j J -o out.jsonl
    dask   newsclean extract DIR --dask --scheduler ADDRESS -o out/    (a LocalCluster of J
           worker processes started beforehand by this script, one thread each)

Each run's output is checked (one record per page, none failed). Peak memory is the resident
set of each process, sampled every 20 ms from /proc: the CLI process and, per worker, the
largest worker (the -j pool processes; the Dask worker processes). *Cores used* is the CPU
seconds of the CLI, its children and the Dask workers over the wall seconds: what the
shared machine gave the run. Cluster start-up is not timed; the CLI's own start-up is, in
both modes.

The machine is shared, so the four set-ups alternate in each round and speed is reported
as the ratio to local -j1 in the same round (median over rounds), next to the records/s.

    python benchmarks/scale.py                  # 4 files (732 records), 2 rounds
    python benchmarks/scale.py --files 2 --rounds 1
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import logging
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
AEB = EVAL / "scrapinghub-aeb" / "html"
NAVER = EVAL / "korean-dev" / "naver"
NOT_PAGES = (
    ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(256)),
    ("https://news.example/report.pdf", "200 OK", "application/pdf", b"%PDF-1.4\n%%EOF\n"),
    ("https://news.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
    ("https://news.example/moved", "301 Moved Permanently", "text/html", b""),
)


def build(folder: Path, files: int) -> int:
    """``files`` WARC files in ``folder``; returns the number of page records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [gzip.decompress(p.read_bytes()) for p in sorted(AEB.glob("*.html.gz"))]
    pages += [p.read_bytes() for p in sorted(NAVER.glob("*.html"))]
    folder.mkdir(parents=True)
    when = {"WARC-Date": datetime(2024, 3, 1, tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    for n in range(files):
        with open(folder / f"crawl-{n:03}.warc.gz", "wb") as f:
            writer = WARCWriter(f, gzip=True)
            records = [(f"https://news.example/{n}/{i}", "200 OK", "text/html; charset=utf-8", html) for i, html in enumerate(pages)]
            for url, status, content_type, body in records + list(NOT_PAGES):
                request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "news.example")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=request, warc_headers_dict=dict(when)))
                http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=dict(when)))
    return files * len(pages)


def rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
    except (OSError, StopIteration, ValueError):
        return 0


def children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found.extend(int(c) for c in (task / "children").read_text().split())
    except OSError:
        pass
    return found


def descendants(pid: int) -> list[int]:
    out, stack = [], children(pid)
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(children(p))
    return out


def cpu_seconds(pids: list[int]) -> float:
    """CPU seconds used so far by the running processes ``pids``."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return total / os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], workers: list[int] | None) -> dict:
    """Run ``command``; sample the CLI's RSS and each worker's (``workers``: Dask worker
    pids; None: the CLI's own child processes, the -j pool). CPU seconds: the CLI's tree,
    plus the Dask workers'."""
    cpu = children_cpu() + cpu_seconds(workers or [])
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_cli, peak_worker = 0, {}
    while proc.poll() is None:
        peak_cli = max(peak_cli, rss_kb(proc.pid))
        for pid in workers if workers is not None else descendants(proc.pid):
            peak_worker[pid] = max(peak_worker.get(pid, 0), rss_kb(pid))
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    cpu = children_cpu() + cpu_seconds(workers or []) - cpu
    stderr = proc.stderr.read()
    if "Traceback" in stderr or proc.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}): {stderr.strip()[-500:]}")
    worker_mb = max(peak_worker.values(), default=0) / 1024
    return {"seconds": seconds, "cpu": cpu, "cli_mb": peak_cli / 1024, "worker_mb": worker_mb}


def count_records(path: Path) -> int:
    files = sorted(path.glob("part-*.jsonl")) if path.is_dir() else [path]
    records = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    if any("error" in r for r in records):
        sys.exit(f"failed records in {path}")
    return len(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from dask.distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)
    cli = [sys.executable, "-m", "newsclean", "extract"]
    with tempfile.TemporaryDirectory(prefix="newsclean-scale-") as tmp:
        folder = Path(tmp) / "warcs"
        expected = build(folder, args.files)
        size_mb = sum(f.stat().st_size for f in folder.iterdir()) / 2**20
        clusters = {}
        for workers in (1, 2):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.ERROR)
            client = Client(cluster)
            clusters[workers] = (cluster, client, list(client.run(lambda: __import__("os").getpid()).values()))
        runs: dict[tuple[str, int], list[dict]] = {}
        for r in range(args.rounds):
            for mode, workers in (("local", 1), ("local", 2), ("dask", 1), ("dask", 2)):
                out = Path(tmp) / f"out-{mode}-{workers}-{r}"
                if mode == "local":
                    result = timed([*cli, str(folder), "-j", str(workers), "-o", f"{out}.jsonl"], None)
                    got = count_records(Path(f"{out}.jsonl"))
                else:
                    cluster, client, pids = clusters[workers]
                    result = timed([*cli, str(folder), "--dask", "--scheduler", cluster.scheduler_address, "-o", str(out)], pids)
                    got = count_records(out)
                if got != expected:
                    sys.exit(f"{mode} x{workers}: {got} records, expected {expected}")
                result["rate"] = expected / result["seconds"]
                runs.setdefault((mode, workers), []).append(result)
        for cluster, client, _ in clusters.values():
            client.close()
            cluster.close()
    base = [run["seconds"] for run in runs[("local", 1)]]
    print(f"{args.files} WARC files, {size_mb:.1f} MB gzip, {expected} page records; {args.rounds} rounds\n")
    print("| run | workers | records/s | vs local -j1 (same round) | cores used | CPU ms per record | peak MB, CLI | peak MB, largest worker |")
    print("|---|---|---|---|---|---|---|---|")
    for (mode, workers), results in runs.items():
        ratio = statistics.median(b / r["seconds"] for b, r in zip(base, results))
        rate = statistics.median(r["rate"] for r in results)
        cli_mb = max(r["cli_mb"] for r in results)
        worker_mb = max(r["worker_mb"] for r in results)
        worker = f"{worker_mb:.0f}" if worker_mb else "(in the CLI)"
        cores = statistics.median(r["cpu"] / r["seconds"] for r in results)
        cpu_ms = statistics.median(r["cpu"] for r in results) / expected * 1000
        print(f"| {mode} | {workers} | {rate:.1f} | {ratio:.2f}x | {cores:.2f} | {cpu_ms:.0f} | {cli_mb:.0f} | {worker} |")


if __name__ == "__main__":
    main()
