"""Scrapinghub Article Extraction Benchmark: newsclean vs trafilatura and readability-lxml.

    python benchmarks/aeb.py                 # all systems, F1/P/R and pages/s
    python benchmarks/aeb.py --only newsclean --worst 10

Every system gets the same decoded HTML string, in process. Systems run interleaved page
by page (the order rotates), so machine noise hits them alike; speed is reported as a
ratio to trafilatura measured in the same run, by wall clock and by CPU time (the latter
is steadier on a shared machine). Scores use ``aebscore`` (the benchmark's
shingle metric, own implementation).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aebscore import Score, print_worst, score  # noqa: E402

AEB = Path(__file__).resolve().parents[2] / "shared" / "eval" / "scrapinghub-aeb"


def load_pages() -> list[tuple[str, str, str]]:
    """(id, html, true article body) for every benchmark page."""
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (pid, gzip.decompress((AEB / "html" / f"{pid}.html.gz").read_bytes()).decode("utf-8"), item["articleBody"])
        for pid, item in sorted(truth.items())
    ]


def newsclean_text(html: str) -> str:
    """The clean stage as `extract` and `clean` run it without --explain (the list of removed
    blocks is not built), with its fallback to article markup kept in script data."""
    from newsclean.clean import clean
    from newsclean.errors import NoContentError
    from newsclean.model import Document

    try:
        return clean(Document("aeb", html, True, "utf-8"), explain=False).text
    except NoContentError:
        return ""


def trafilatura_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def readability_text(html: str) -> str:
    from lxml.html import fromstring
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return fromstring(summary).text_content() if summary.strip() else ""


def parse_only(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    LexborHTMLParser(html)
    return ""


SYSTEMS: dict[str, tuple[str, Callable[[str], str]]] = {
    "parse-only": ("selectolax", parse_only),  # the floor: selectolax parsing the page, nothing else
    "newsclean": ("newsclean", newsclean_text),
    "trafilatura": ("trafilatura", trafilatura_text),
    "readability": ("readability-lxml", readability_text),
}


def run(names: list[str], pages: list[tuple[str, str, str]], rounds: int) -> dict[str, tuple[list[str], float, float]]:
    """Texts, wall seconds and CPU seconds per system (times summed over ``rounds``)."""
    outputs: dict[str, list[str]] = {n: [] for n in names}
    wall = dict.fromkeys(names, 0.0)
    cpu = dict.fromkeys(names, 0.0)
    for n in names:  # warm up imports and caches outside the clock
        SYSTEMS[n][1](pages[0][1])
    for r in range(rounds):
        for i, (_, html, _) in enumerate(pages):
            shift = (i + r) % len(names)
            for n in names[shift:] + names[:shift]:
                start, start_cpu = time.perf_counter(), time.process_time()
                text = SYSTEMS[n][1](html)
                wall[n] += time.perf_counter() - start
                cpu[n] += time.process_time() - start_cpu
                if r == 0:
                    outputs[n].append(text)
    return {n: (outputs[n], wall[n] / rounds, cpu[n] / rounds) for n in names}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", choices=list(SYSTEMS), default=list(SYSTEMS)[1:])
    ap.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages of the first system")
    ap.add_argument("--rounds", type=int, default=1, help="time every system this many times over the pages")
    args = ap.parse_args()
    pages = load_pages()
    results = run(args.only, pages, args.rounds)
    ref = results.get("trafilatura")
    print(f"{len(pages)} pages; {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'system':<12} {'version':<8} {'F1':>6} {'P':>6} {'R':>6} {'empty':>5} "
          f"{'pages/s':>8} {'x traf':>7} {'cpu p/s':>8} {'x traf':>7}")  # fmt: skip
    for name, (texts, wall, cpu) in results.items():
        s = score(zip(texts, (t for _, _, t in pages)))
        if not any(texts):  # parse-only: speed, no text
            s = Score(float("nan"), float("nan"), float("nan"), s.pages, s.empty)
        ratios = (f"{ref[1] / wall:7.1f}", f"{ref[2] / cpu:7.1f}") if ref else (f"{'-':>7}",) * 2
        ver = version(SYSTEMS[name][0])
        print(f"{name:<12} {ver:<8} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f} {s.empty:5d} "
              f"{len(pages) / wall:8.0f} {ratios[0]} {len(pages) / cpu:8.0f} {ratios[1]}")  # fmt: skip
    if args.worst:
        texts = results[args.only[0]][0]
        print_worst(pages, texts, args.worst)


if __name__ == "__main__":
    main()
