"""Scrapinghub Article Extraction Benchmark: newsclean vs trafilatura and readability-lxml.

    python benchmarks/aeb.py                 # all systems, F1/P/R and pages/s
    python benchmarks/aeb.py --only newsclean --worst 10

Every system gets the page as it is stored, its UTF-8 bytes, in process, and does its own
decoding: newsclean runs the path the pipeline runs on a file (``decode``, one parse of the
bytes, ``clean``), trafilatura and readability-lxml decode bytes themselves. The anchors the
issue quotes (``../shared/eval/results/aeb_anchors_*``) were measured from the bytes too:
selectolax's parse alone there is 39x trafilatura, which only a parse of the bytes gives
(from a decoded str, the parser encodes it back to UTF-8 first).

Systems run interleaved pass by pass: each system makes a whole pass over the 181 pages, as
it would over a folder, then the next; the order rotates from round to round, so machine
noise hits them alike. Speed is the median of the passes' ratios to trafilatura in the same
run, by wall clock and by CPU time (the latter is steadier on a shared machine); the anchors
were measured the same way (7 passes, the median ratio). Interleaving page by page instead
puts every call after another system's, on caches that system filled: that costs a system
of short calls (1.3 ms a page) far more than one of long calls (15 ms), and skews the ratio
by which system runs after which. Scores use ``aebscore`` (the
benchmark's shingle metric, own implementation).
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
from statistics import median
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aebscore import Score, print_worst, score  # noqa: E402

AEB = Path(__file__).resolve().parents[2] / "shared" / "eval" / "scrapinghub-aeb"


def load_pages() -> list[tuple[str, bytes, str]]:
    """(id, html as UTF-8 bytes, true article body) for every benchmark page."""
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (pid, gzip.decompress((AEB / "html" / f"{pid}.html.gz").read_bytes()), item["articleBody"])
        for pid, item in sorted(truth.items())
    ]


def newsclean_text(html: bytes) -> str:
    """The clean stage as `extract` and `clean` run it on a file without --explain (the list
    of removed blocks is not built): the bytes decoded, parsed once, cleaned, with the
    fallback to article markup kept in script data."""
    from newsclean.clean import clean
    from newsclean.decode import decode, parse
    from newsclean.errors import NoContentError
    from newsclean.model import RawPage

    raw = RawPage(source="aeb", data=html)
    doc = decode(raw)
    try:
        return clean(doc, explain=False, tree=parse(raw, doc)).text
    except NoContentError:
        return ""


def trafilatura_text(html: bytes) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def readability_text(html: bytes) -> str:
    from lxml.html import fromstring
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return fromstring(summary).text_content() if summary.strip() else ""


def parse_only(html: bytes) -> str:
    from selectolax.lexbor import LexborHTMLParser

    LexborHTMLParser(html)
    return ""


SYSTEMS: dict[str, tuple[str, Callable[[bytes], str]]] = {
    "parse-only": ("selectolax", parse_only),  # the floor: selectolax parsing the page, nothing else
    "newsclean": ("newsclean", newsclean_text),
    "trafilatura": ("trafilatura", trafilatura_text),
    "readability": ("readability-lxml", readability_text),
}


def run(names: list[str], pages: list[tuple[str, bytes, str]], rounds: int) -> dict[str, tuple[list[str], list[float], list[float]]]:
    """Texts (of the first pass), and wall and CPU seconds of each pass over all pages, per
    system. A round is one pass of every system, in an order that rotates from round to
    round; each system runs a whole pass at a time, as it would over a folder of pages."""
    outputs: dict[str, list[str]] = {}
    wall: dict[str, list[float]] = {n: [] for n in names}
    cpu: dict[str, list[float]] = {n: [] for n in names}
    for n in names:  # warm up imports and caches outside the clock
        SYSTEMS[n][1](pages[0][1])
    for r in range(rounds):
        shift = r % len(names)
        for n in names[shift:] + names[:shift]:
            extract = SYSTEMS[n][1]
            start, start_cpu = time.perf_counter(), time.process_time()
            texts = [extract(html) for _, html, _ in pages]
            wall[n].append(time.perf_counter() - start)
            cpu[n].append(time.process_time() - start_cpu)
            outputs.setdefault(n, texts)
    return {n: (outputs[n], wall[n], cpu[n]) for n in names}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", choices=list(SYSTEMS), default=list(SYSTEMS)[1:])
    ap.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages of the first system")
    ap.add_argument("--rounds", type=int, default=3, help="passes of every system over the pages (speed: the median)")
    args = ap.parse_args()
    pages = load_pages()
    results = run(args.only, pages, args.rounds)
    ref = results.get("trafilatura")
    print(f"{len(pages)} pages, {args.rounds} passes each; {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'system':<12} {'version':<8} {'F1':>6} {'P':>6} {'R':>6} {'empty':>5} "
          f"{'pages/s':>8} {'x traf':>7} {'cpu p/s':>8} {'x traf':>7} {'(min-max)':>11}")  # fmt: skip
    for name, (texts, wall, cpu) in results.items():
        s = score(zip(texts, (t for _, _, t in pages)))
        if not any(texts):  # parse-only: speed, no text
            s = Score(float("nan"), float("nan"), float("nan"), s.pages, s.empty)
        ratios = f"{'-':>7} {'-':>8} {'-':>7} {'':>11}"
        if ref:  # the median of the passes' ratios: one slow pass (a noisy neighbour) does not sway it
            by_cpu = [t / c for t, c in zip(ref[2], cpu)]
            ratios = (f"{median(t / w for t, w in zip(ref[1], wall)):7.1f} {len(pages) / median(cpu):8.0f} "
                      f"{median(by_cpu):7.1f} ({min(by_cpu):4.1f}-{max(by_cpu):4.1f})")  # fmt: skip
        ver = version(SYSTEMS[name][0])
        print(f"{name:<12} {ver:<8} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f} {s.empty:5d} "
              f"{len(pages) / median(wall):8.0f} {ratios}")  # fmt: skip
    if args.worst:
        texts = results[args.only[0]][0]
        print_worst(pages, texts, args.worst)


if __name__ == "__main__":
    main()
