"""HTML or plain text -> Signals: everything a page says about itself, gathered once.

Nothing here decides; ``newsclean.metadata`` weighs the signals, read with the helpers at
the end (``meta_values``, ``ld_values``). For plain text only ``lines`` is set.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape
from typing import Any, Iterable, Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Block-level tags: a line of visible text is the text of one innermost block element.
BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header li main nav ol p section table td th tr ul".split()
)
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
# Elements whose short text may be a byline: author links, itemprop=author, class names.
BYLINE_SELECTOR = (
    '[rel="author"], [itemprop="author"], [class*="byline"], [class*="author"], address, '
    'a[href*="/author"], a[href*="/autor"], a[href*="/reporter"]'
)
MAX_BYLINE_CHARS = 120
CDATA_OPEN = re.compile(r"(?://\s*)?<!\[CDATA\[")


@dataclass(frozen=True)
class Signals:
    ld: tuple[dict[str, Any], ...] = ()  # JSON-LD article objects, best first
    ld_ids: dict[str, dict[str, Any]] = field(default_factory=dict)  # every JSON-LD object by @id
    meta: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lower-case key -> values
    html_lang: str | None = None
    canonical: str | None = None
    headings: tuple[str, ...] = ()  # <h1> texts in page order
    title_tag: str | None = None
    times: tuple[tuple[int, str], ...] = ()  # <time datetime> values, with the index of their line
    bylines: tuple[str, ...] = ()  # short texts of byline elements
    lines: tuple[str, ...] = ()  # visible text, one block per line


def from_text(text: str) -> Signals:
    return Signals(lines=tuple(ln.strip() for ln in text.splitlines() if ln.strip()))


def from_html(html: str) -> Signals:
    return from_tree(LexborHTMLParser(html))


def from_tree(tree: LexborHTMLParser) -> Signals:
    """The signals of a parsed page, read before the clean stage strips its scripts and
    styles: the JSON-LD is in scripts, and the texts read here count what is inside them."""
    root = tree.css_first("html")
    canonical = tree.css_first('link[rel="canonical"]')
    title = tree.css_first("title")
    lines, times = _visible(tree.body) if tree.body else ((), ())
    objects = [obj for script in tree.css('script[type="application/ld+json"]') for obj in _flatten(_load(script.text()))]
    return Signals(
        ld=_article_objects(objects),
        ld_ids={obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and len(obj) > 1},
        meta=_meta(tree),
        html_lang=(root.attributes.get("lang") or root.attributes.get("xml:lang")) if root else None,
        canonical=canonical.attributes.get("href") if canonical else None,
        headings=tuple(t for h in tree.css("h1") if (t := _text(h))),
        title_tag=_text(title) if title else None,
        times=times,
        bylines=_bylines(tree),
        lines=lines,
    )


def _bylines(tree: LexborHTMLParser) -> tuple[str, ...]:
    """The short texts of byline elements, then those of two words or more of the innermost
    elements in them: the names a byline sets apart ('<span>Birgit Baumann</span><span>Anna
    Giulia Fink</span>', '<span>Tuva Mathilde Løland</span><a href="mailto:…">Tips meg</a>'),
    not the parts of one name ('<span>Ingrid</span> <span>Treborg</span>')."""
    found = [(n, t) for n in tree.css(BYLINE_SELECTOR) if 0 < len(t := _text(n)) <= MAX_BYLINE_CHARS]
    inner = [t for n, _ in found for leaf in n.css("*") if next(leaf.iter(), None) is None and " " in (t := _text(leaf))]
    return tuple(dict.fromkeys([*(t for _, t in found), *inner]))


def _text(node: LexborNode) -> str:
    return " ".join(node.text(separator=" ").split())


def _meta(tree: LexborHTMLParser) -> dict[str, tuple[str, ...]]:
    """<meta name|property|itemprop content>, every value; then elements with an itemprop,
    the first of each (later ones are mostly teasers for other articles). Keys lower-cased."""
    found: dict[str, list[str]] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        _add(found, key, attrs.get("content"))
    itemprops: dict[str, list[str]] = {}
    for node in tree.css("[itemprop]:not(meta)"):
        attrs = node.attributes
        value = attrs.get("content") or attrs.get("datetime")
        if value is None and len(node.text()) <= MAX_BYLINE_CHARS:
            value = _text(node)
        _add(itemprops, attrs.get("itemprop"), value)
    for key, values in itemprops.items():
        found.setdefault(key, values[:1])
    return {k: tuple(v) for k, v in found.items()}


def _add(found: dict[str, list[str]], key: str | None, value: str | None) -> None:
    if key and value and value.strip():
        for k in key.lower().split():
            found.setdefault(k, []).append(" ".join(value.split()))


def _visible(body: LexborNode) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]]:
    """The visible text, one line per innermost block element, its text nodes split by a
    space (inline elements styled apart: '<a>Jen Mills</a><span>Published …'), and the
    <time datetime> values with the index of the line they sit on."""
    lines: list[str] = []
    times: list[tuple[int, str]] = []
    parts: list[str] = []
    block = None
    blocks: dict[int | None, int | None] = {}  # parent element -> its innermost block

    def flush() -> None:
        if line := " ".join(" ".join(parts).split()):
            lines.append(line)
        parts.clear()

    def enter(parent: LexborNode | None) -> None:
        """A node under ``parent`` comes next: a new line if that is in another block."""
        nonlocal block
        key = parent.mem_id if parent is not None else None
        if key not in blocks:
            blocks[key] = _block_of(parent)
        if (here := blocks[key]) != block:
            flush()
            block = here

    for node in body.traverse(include_text=True):
        tag = node.tag  # each property read calls into lexbor (parent: a new node object): read each once
        if tag == "-text":
            parent = node.parent
            if parent is not None and parent.tag not in HIDDEN_TAGS:
                enter(parent)
                parts.append(node.text_content or "")
        elif tag == "time" and (value := node.attributes.get("datetime")):
            enter(node.parent)
            times.append((len(lines), value))
    flush()
    return tuple(lines), tuple(times)


def _block_of(node: LexborNode | None) -> int | None:
    """The innermost block element that is ``node`` or holds it."""
    while node is not None and node.tag not in BLOCK_TAGS:
        node = node.parent
    return node.mem_id if node is not None else None


# --- JSON-LD ---------------------------------------------------------------------------


def _article_objects(objects: list[dict[str, Any]]) -> tuple[dict[str, Any], ...]:
    """Objects typed as an article (any *Article, BlogPosting, Report), those with a
    headline first; then WebPage objects and other dated works (a ClaimReview), which
    some sites use for the same fields."""

    def rank(obj: dict[str, Any]) -> int:
        if _is_article(obj):
            return 0 if "headline" in obj else 1
        return 2 if "WebPage" in _types(obj) else 3

    return tuple(sorted((o for o in objects if rank(o) < 3 or "datePublished" in o), key=rank))


def _load(text: str) -> Any:
    # Some sites wrap the JSON in a CDATA comment, leave a trailing ';' or raw line breaks.
    try:
        return json.loads(_unwrap(text.strip()), strict=False)
    except ValueError:
        return None


def _unwrap(text: str) -> str:
    """``text`` without a CDATA opening (``//<![CDATA[``) and closing (``//]]>``) or a
    trailing ';'. Only the two ends are read: a regex searched the whole text for them, and
    took 8x as long as parsing the JSON."""
    if m := CDATA_OPEN.match(text):
        text = text[m.end() :]
    if text.endswith("]]>"):
        before = text[:-3].rstrip()
        return before[:-2] if before.endswith("//") else text[:-3]
    return text[:-1] if text.endswith(";") else text


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def _types(obj: dict[str, Any]) -> tuple[str, ...]:
    t = obj.get("@type", ())
    return tuple(str(x).rsplit("/", 1)[-1] for x in (t if isinstance(t, list) else [t]))


def _is_article(obj: dict[str, Any]) -> bool:
    return any(t.endswith("Article") or t in ("BlogPosting", "LiveBlogPosting", "Report") for t in _types(obj))


# --- reading the signals -------------------------------------------------------------------


def meta_values(sig: Signals, keys: Iterable[str]) -> Iterator[str]:
    """The values of the <meta> ``keys``, in the order of the keys."""
    for key in keys:
        yield from sig.meta.get(key, ())


def ld_values(sig: Signals, key: str, sub: str | None = None) -> Iterator[str]:
    """String values of ``key`` in the JSON-LD article objects (``sub`` inside objects;
    lists and {"url": ...} / {"name": ...} objects unpacked)."""
    for obj in sig.ld:
        for value in as_list(obj.get(key)):
            value = resolve(sig, value)
            if isinstance(value, dict):
                value = value.get(sub) if sub else value.get("url") or value.get("name") or value.get("@id")
            if isinstance(value, str) and value.strip():
                yield " ".join(unescape(value).split())


def resolve(sig: Signals, value: Any) -> Any:
    """A JSON-LD reference ({"@id": ...}) replaced by the object it names, if the page has it."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
        return sig.ld_ids.get(value["@id"], value)
    return value


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def first(values: Iterable[Any]) -> Any:
    """The first value that is not empty, else None."""
    return next((v for v in values if v), None)
