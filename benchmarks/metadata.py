"""Metadata quality: newsclean vs trafilatura (with metadata), side by side, on fundus-dev.

    python benchmarks/metadata.py [--misses] [--only newsclean] [--visible | --dump]

Measures (fundus-dev README): title exact match after whitespace/Unicode normalisation
(and token F1), authors set F1 on normalised names, published same calendar day, and same
minute where the gold gives a time. Gold author strings carry Korean role words
("박준석 기자 외 1명"); names are compared without role words, and "X 외 N명" ("X and N
others") counts as X plus N names we cannot see: a system is right on them if it names X
and N others.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
import warnings
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from newsclean.clean import clean
from newsclean.decode import decode
from newsclean.errors import NewscleanError
from newsclean.metadata import AUTHOR_KEYS, MODIFIED_KEYS, PUBLISHED_KEYS, extract_metadata, page_signals
from newsclean.metadata.markup import Signals
from newsclean.model import Cleaned, RawPage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from textdump import text_dump  # noqa: E402

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "fundus-dev"
ROLE_WORDS = re.compile(r"\s*(선임기자|기자|특파원)\s*")
OTHERS = re.compile(r"\s*외\s*(\d+)\s*명\s*$")


def pages() -> list[tuple[dict[str, Any], bytes]]:
    out = []
    for expected in sorted(EVAL.glob("*/*/*/expected.json")):
        gold = json.loads(expected.read_text("utf-8"))
        out.append((gold, gzip.decompress((expected.parent / "page.html.gz").read_bytes())))
    return out


def run_newsclean(gold: dict[str, Any], data: bytes, visible: bool = False, dump: bool = False) -> dict[str, Any]:
    if dump:  # the page's visible text as a naive scraper saves it, read as plain text
        data = text_dump(data.decode(gold.get("declared_charset") or "utf-8", "replace")).encode()
        if not data.strip():
            return {"title": None, "authors": [], "published": None}
    doc = decode(RawPage(source=gold["id"], data=data, url=None if visible or dump else gold["url"], http_charset=None if dump else gold.get("declared_charset")))
    try:
        cleaned = clean(doc)
    except NewscleanError:
        cleaned = Cleaned(None, ())
    meta = extract_metadata(doc, cleaned, signals=without_structured(page_signals(doc)) if visible else None)
    return {"title": meta.title, "authors": [a.name for a in meta.authors], "published": meta.published}


def without_structured(sig: Signals) -> Signals:
    """The page's signals with no author or date in JSON-LD or <meta> (and, by the caller,
    no URL): what a page without them leaves to the visible byline and date line."""
    dropped = {*AUTHOR_KEYS, *PUBLISHED_KEYS, *MODIFIED_KEYS}
    ld = tuple({k: v for k, v in obj.items() if k not in ("author", "datePublished", "dateModified")} for obj in sig.ld)
    return replace(sig, ld=ld, meta={k: v for k, v in sig.meta.items() if k not in dropped})


def run_trafilatura(gold: dict[str, Any], data: bytes) -> dict[str, Any]:
    import trafilatura

    html = data.decode(gold.get("declared_charset") or "utf-8", errors="replace")
    doc = trafilatura.bare_extraction(
        html, url=gold["url"], with_metadata=True,
        date_extraction_params={"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"},
    )
    if doc is None:
        return {"title": None, "authors": [], "published": None}
    authors = [a for a in re.split(r";\s*", doc.author or "") if a]
    return {"title": doc.title, "authors": authors, "published": doc.date}


# --- scoring -----------------------------------------------------------------------------


def norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split()).casefold()


def tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", norm(text))


def f1(a: list[str], b: list[str]) -> float:
    if not a and not b:
        return 1.0
    common = sum(min(a.count(t), b.count(t)) for t in set(a))
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def author_f1(got: list[str], gold: list[str]) -> float:
    got_n = [norm(ROLE_WORDS.sub(" ", g)).strip() for g in got]
    gold_n, unseen = [], 0
    for g in gold:
        if m := OTHERS.search(g):
            unseen += int(m.group(1))
            g = g[: m.start()]
        gold_n.append(norm(ROLE_WORDS.sub(" ", g)).strip())
    got_set, gold_set = set(got_n), set(gold_n)
    if not got_set and not gold_set:
        return 1.0
    hits = len(got_set & gold_set)
    extra = len(got_set - gold_set)
    hits += min(extra, unseen) if hits else 0  # "X 외 N명": N names the gold does not spell out
    gold_size = len(gold_set) + unseen
    if not hits:
        return 0.0
    p, r = hits / len(got_set), hits / gold_size
    return 2 * p * r / (p + r)


def parse_iso(text: str | None) -> datetime | date | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")) if len(text) > 10 else date.fromisoformat(text)
    except ValueError:
        return None


def same_day(got: str | None, gold: dict[str, Any]) -> bool:
    g = parse_iso(got)
    return g is not None and (g.date() if isinstance(g, datetime) else g) == parse_iso(gold["published"]).date()


def same_minute(got: str | None, gold: dict[str, Any]) -> bool:
    g, t = parse_iso(got), parse_iso(gold["published"])
    if not isinstance(g, datetime):
        return False
    if g.tzinfo is not None and t.tzinfo is not None and gold["published_has_tz"]:
        return abs((g - t).total_seconds()) < 60
    return g.replace(tzinfo=None, second=0, microsecond=0) == t.replace(tzinfo=None, second=0, microsecond=0)


def judge(got: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    return {
        "ko": gold["language"] == "ko",
        "title": norm(got["title"]) == norm(gold["title"]),
        "title_f1": f1(tokens(got["title"]), tokens(gold["title"])),
        "authors": author_f1(got["authors"], gold["authors"] or []),
        "day": same_day(got["published"], gold),
        "minute": same_minute(got["published"], gold) if gold["published_has_time"] else None,
    }


def summary(rows: list[dict[str, Any]], seconds: float) -> dict[str, Any]:
    mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")  # noqa: E731
    ko = [r for r in rows if r["ko"]]
    timed = [r["minute"] for r in rows if r["minute"] is not None]
    return {
        "title exact": mean([r["title"] for r in rows]),
        "title token F1": mean([r["title_f1"] for r in rows]),
        "authors F1": mean([r["authors"] for r in rows]),
        "published, same day": mean([r["day"] for r in rows]),
        f"published, same minute ({len(timed)} pages with a time)": mean(timed),
        f"Korean pages ({len(ko)}): title / authors / day": " / ".join(
            f"{mean([r[k] for r in ko]):.2f}" for k in ("title", "authors", "day")
        ),
        "seconds, all pages (interleaved)": seconds,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print each page a system gets wrong (stderr)")
    ap.add_argument("--only", choices=("newsclean", "trafilatura"))
    ap.add_argument("--visible", action="store_true", help="newsclean only, with no structured author or date and no URL")
    ap.add_argument("--dump", action="store_true", help="newsclean only, on the page's text dump (benchmarks/textdump.py) as plain text")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    data = pages()
    only = "newsclean" if args.visible or args.dump else args.only
    newsclean = partial(run_newsclean, visible=args.visible, dump=args.dump)
    systems = {n: s for n, s in (("newsclean", newsclean), ("trafilatura", run_trafilatura)) if only in (None, n)}
    rows: dict[str, list[dict[str, Any]]] = {n: [] for n in systems}
    seconds = dict.fromkeys(systems, 0.0)
    for i, (gold, page) in enumerate(data):
        names = list(systems) if i % 2 == 0 else list(reversed(systems))  # interleaved, order alternating
        for name in names:
            start = time.perf_counter()
            got = systems[name](gold, page)
            seconds[name] += time.perf_counter() - start
            row = judge(got, gold)
            rows[name].append(row)
            if args.misses and (not row["title"] or row["authors"] < 1 or not row["day"] or row["minute"] is False):
                fields = {k: (got[k], gold[k]) for k in ("title", "authors", "published")}
                print(f"  {name} {gold['id']}: {json.dumps(fields, ensure_ascii=False)}", file=sys.stderr)
    results = {n: summary(rows[n], seconds[n]) for n in systems}
    names = list(results)
    print(f"{len(data)} pages from {EVAL.name}\n")
    print("| measure | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for measure in results[names[0]]:
        cells = [v if isinstance(v := results[n][measure], str) else f"{v:.3f}" for n in names]
        print(f"| {measure} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
