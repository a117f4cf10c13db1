"""Scrapinghub Article Extraction Benchmark: newsclean vs trafilatura and readability-lxml.

    python benchmarks/aeb.py                 # all systems, F1/P/R and pages/s
    python benchmarks/aeb.py --only newsclean --worst 10

Every system gets the same decoded HTML string, in process. Systems run interleaved page
by page (the order rotates), so machine noise hits them alike; speed is reported as a
ratio to trafilatura measured in the same run. Scores use ``aebscore`` (the benchmark's
shingle metric, own implementation).
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aebscore import page_scores, score  # noqa: E402

AEB = Path(__file__).resolve().parents[2] / "shared" / "eval" / "scrapinghub-aeb"


def load_pages() -> list[tuple[str, str, str]]:
    """(id, html, true article body) for every benchmark page."""
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (pid, gzip.decompress((AEB / "html" / f"{pid}.html.gz").read_bytes()).decode("utf-8"), item["articleBody"])
        for pid, item in sorted(truth.items())
    ]


def newsclean_text(html: str) -> str:
    from newsclean.clean.html import clean_html

    return clean_html(html).text


def trafilatura_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def readability_text(html: str) -> str:
    from lxml.html import fromstring
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return fromstring(summary).text_content() if summary.strip() else ""


SYSTEMS: dict[str, tuple[str, Callable[[str], str]]] = {
    "newsclean": ("newsclean", newsclean_text),
    "trafilatura": ("trafilatura", trafilatura_text),
    "readability": ("readability-lxml", readability_text),
}


def run(names: list[str], pages: list[tuple[str, str, str]]) -> dict[str, tuple[list[str], float]]:
    outputs: dict[str, list[str]] = {n: [] for n in names}
    seconds = dict.fromkeys(names, 0.0)
    for n in names:  # warm up imports and caches outside the clock
        SYSTEMS[n][1](pages[0][1])
    for i, (_, html, _) in enumerate(pages):
        order = names[i % len(names) :] + names[: i % len(names)]
        for n in order:
            start = time.perf_counter()
            text = SYSTEMS[n][1](html)
            seconds[n] += time.perf_counter() - start
            outputs[n].append(text)
    return {n: (outputs[n], seconds[n]) for n in names}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", choices=list(SYSTEMS), default=list(SYSTEMS))
    ap.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages of the first system")
    args = ap.parse_args()
    pages = load_pages()
    results = run(args.only, pages)
    ref = results["trafilatura"][1] if "trafilatura" in results else None
    print(f"{len(pages)} pages; {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"{'system':<12} {'version':<8} {'F1':>6} {'P':>6} {'R':>6} {'empty':>5} {'pages/s':>8} {'x trafilatura':>13}")
    for name, (texts, secs) in results.items():
        s = score(zip(texts, (t for _, _, t in pages)))
        ratio = f"{ref / secs:13.1f}" if ref else f"{'-':>13}"
        ver = version(SYSTEMS[name][0])
        print(f"{name:<12} {ver:<8} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f} {s.empty:5d} {len(pages) / secs:8.0f} {ratio}")
    if args.worst:
        texts = results[args.only[0]][0]
        rows = []
        for (pid, _, truth), text in zip(pages, texts):
            p, r = page_scores(text, truth)
            p = p or 0.0
            rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, pid))
        for f1, p, r, pid in sorted(rows)[: args.worst]:
            print(f"  {f1:.3f} P={p:.3f} R={r:.3f} {pid}")


if __name__ == "__main__":
    main()
