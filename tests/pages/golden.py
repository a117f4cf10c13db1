"""Golden pages for the clean stage: one folder per page.

    tests/pages/<slug>/page.json    {"source": ..., "must_have": [...], "must_not_have": [...]}
    tests/pages/<slug>/expected.txt what ``clean`` gives: title, subtitle, blocks, captions

``source`` is ``source.html`` in the folder (pages written for the tests), or a path that
starts with ``eval/`` (real pages read from ../shared/eval, never copied here) or
``samples/``. Regenerate the expected files after a deliberate change, and review the diff:

    python tests/pages/golden.py            # every page
    python tests/pages/golden.py <slug>...  # some pages
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

PAGES = Path(__file__).resolve().parent
REPO = PAGES.parents[1]
EVAL = REPO.parent / "shared" / "eval"


def slugs() -> list[str]:
    return sorted(p.parent.name for p in PAGES.glob("*/page.json"))


def spec(slug: str) -> dict:
    return json.loads((PAGES / slug / "page.json").read_text(encoding="utf-8"))


def source_bytes(slug: str) -> bytes:
    source = spec(slug)["source"]
    if source.startswith("eval/"):
        path = EVAL / source.removeprefix("eval/")
    elif source.startswith("samples/"):
        path = REPO / source
    else:
        path = PAGES / slug / source
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def render(slug: str) -> str:
    """The clean result of a page as reviewable text."""
    from newsclean.clean import clean
    from newsclean.decode import decode
    from newsclean.model import RawPage

    cleaned = clean(decode(RawPage(source=slug, data=source_bytes(slug))))
    lines = [f"# title: {cleaned.title}", f"# subtitle: {cleaned.subtitle}"]
    lines += [f"[{b.kind}{b.level or ''}] {b.text}" for b in cleaned.blocks]
    lines += [f"[caption] {c}" for c in cleaned.captions]
    return "\n".join(lines) + "\n"


def expected(slug: str) -> str:
    return (PAGES / slug / "expected.txt").read_text(encoding="utf-8")


def main(args: list[str]) -> None:
    for slug in args or slugs():
        (PAGES / slug / "expected.txt").write_text(render(slug), encoding="utf-8")
        print("wrote", slug)


if __name__ == "__main__":
    main(sys.argv[1:])
