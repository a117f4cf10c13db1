"""Plain text that still carries page chrome: whole-page text dumps of the fundus pages.

    python benchmarks/textdump.py [--worst N]

A dump is what a naive scraper saves: all visible text of <body> (scripts and styles
dropped), one block per line. newsclean cleans the dump as plain text; as references, the
dump left as it is and trafilatura fed the same lines as <p> paragraphs. Score: body F1
with the AEB shingle metric (``aebscore``) against the fundus ground-truth text.
A second table cleans the same pages from their HTML (newsclean and trafilatura), a check
that the HTML cleaner holds up on pages it was not tuned on.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import sys
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aebscore import print_worst, score  # noqa: E402

FUNDUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "fundus-dev"
INVISIBLE = ["script", "style", "noscript", "template", "head"]
INLINE = frozenset(
    "a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var img".split()
)


def load_pages() -> list[tuple[str, str, str]]:
    """(id, decoded html, true body text) for every fundus-dev page."""
    pages = []
    for expected in sorted(FUNDUS.glob("*/*/*/expected.json")):
        meta = json.loads(expected.read_text(encoding="utf-8"))
        raw = gzip.decompress((expected.parent / "page.html.gz").read_bytes())
        pages.append((meta["id"], raw.decode(meta.get("declared_charset") or "utf-8", "replace"), meta["text"]))
    return pages


def text_dump(markup: str) -> str:
    """All visible text of <body>, one block-level element per line."""
    tree = LexborHTMLParser(markup)
    tree.strip_tags(INVISIBLE)
    lines: list[str] = [""]
    _dump(tree.body, lines) if tree.body else None
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _dump(node: LexborNode, lines: list[str]) -> None:
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            lines[-1] += child.text_content or ""
        elif child.tag in INLINE:
            _dump(child, lines)
        else:
            lines.append("")
            _dump(child, lines)
            lines.append("")


def newsclean_text(dump: str) -> str:
    from newsclean.clean.text import clean_plain

    return clean_plain(dump).text


def trafilatura_text(dump: str) -> str:
    import trafilatura

    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in dump.splitlines())
    return trafilatura.extract(f"<html><body><article>{paragraphs}</article></body></html>") or ""


SYSTEMS = {"dump as is": lambda dump: dump, "trafilatura": trafilatura_text, "newsclean": newsclean_text}


def newsclean_html(markup: str) -> str:
    """The clean stage as the pipeline runs it (with its fallback to article markup that a
    page rendered in the browser keeps in its scripts)."""
    from newsclean.clean import clean
    from newsclean.errors import NoContentError
    from newsclean.model import Document

    try:
        return clean(Document("fundus", markup, True, "utf-8"), explain=False).text
    except NoContentError:
        return ""


def trafilatura_html(markup: str) -> str:
    import trafilatura

    return trafilatura.extract(markup, include_comments=False) or ""


HTML_SYSTEMS = {"trafilatura": trafilatura_html, "newsclean": newsclean_html}


def report(name: str, texts: list[str], pages: list[tuple[str, str, str]]) -> None:
    s = score(zip(texts, (t for _, _, t in pages)))
    kr = score((t, g) for t, (pid, _, g) in zip(texts, pages) if pid.startswith("kr/"))
    print(f"{name:<12} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f}   {kr.f1:6.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages for newsclean")
    args = ap.parse_args()
    pages = load_pages()
    dumps = [text_dump(markup) for _, markup, _ in pages]
    print(f"{len(pages)} fundus-dev pages as whole-page text dumps; body F1 (AEB shingles)")
    print(f"{'system':<12} {'F1':>6} {'P':>6} {'R':>6}   {'kr F1':>6}")
    for name, run in SYSTEMS.items():
        texts = [run(d) for d in dumps]
        report(name, texts, pages)
        if name == "newsclean" and args.worst:
            print_worst(pages, texts, args.worst)
    print(f"\nthe same {len(pages)} pages cleaned from their HTML")
    for name, run in HTML_SYSTEMS.items():
        report(name, [run(markup) for _, markup, _ in pages], pages)


if __name__ == "__main__":
    main()
