"""Document + Cleaned -> Metadata: what the page says about the article, checked.

This module is the stage's entry: it weighs the fields in order, each from its strongest
source (JSON-LD article objects, <meta>, <time datetime>, byline elements, the visible byline
and date line read with the language's rules in ``newsclean.lang``, the URL path):

- ``markup``: gathers the page's signals (nothing there decides);
- ``language``: the language the byline and date lines are read in;
- ``mend``: plain text only, the date lines and bylines a text dump glued together;
- ``title``: the headline, and which line it is (the other readers look near it);
- ``published``: the published and modified dates, and which lines are date lines;
- ``bylines``: the authors, from structured data or the visible bylines;
- ``dates`` and ``authors``: normalise one date or author string, and reject what is none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser

from .. import lang as languages
from ..model import Cleaned, Document, Metadata
from . import authors as authors_
from . import dates
from .bylines import AUTHOR_KEYS, find_authors, signature_lines, visible_bylines
from .language import language, region
from .markup import Signals, first, from_html, from_text, from_tree, ld_values, meta_values
from .mend import mended
from .published import MODIFIED_KEYS, PUBLISHED_KEYS, any_date_label, article_dates, date_line, date_order, parser
from .title import find_headline, near_headline

# and the <meta> keys of the dates and authors, which benchmarks/metadata.py drops to measure
# what the visible date line and byline alone give
__all__ = ["extract_metadata", "page_signals", "reference_date", "AUTHOR_KEYS", "MODIFIED_KEYS", "PUBLISHED_KEYS"]

SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")


def extract_metadata(
    doc: Document, cleaned: Cleaned, *, lang: str | None = None, signals: Signals | None = None
) -> Metadata:
    """Every field from its strongest source. ``lang`` (BCP-47) overrides the detected
    language, whose rules read the byline and date line. ``signals``: the page's, when
    already read (``page_signals``); else they are read from ``doc`` here."""
    sig = signals if signals is not None else page_signals(doc)
    code = lang or language(sig, cleaned)
    rules = languages.get(code)
    declared_outlets = [*meta_values(sig, SITE_KEYS), *ld_values(sig, "publisher", "name")]
    section = first([*meta_values(sig, ("article:section", "section", "category")), *ld_values(sig, "articleSection")])
    parse = parser(rules, date_order(rules, region(sig, code), sig.lines), doc.fetched)
    if not doc.is_html:
        sig = replace(sig, lines=mended(sig.lines, rules, parse))
    is_date = partial(date_line, parse=parse, label=any_date_label(rules))
    headline, at = find_headline(sig, cleaned, (*declared_outlets, section), doc, rules, is_date)
    nearest = [*range(at or 0, len(sig.lines)), *reversed(range(at or 0))]  # line indices, nearest the headline first
    close = near_headline(sig.lines, at)
    found = {i: b for i in nearest if rules and (b := authors_.from_line(sig.lines[i], [rules], sig.bylines))}
    outlets = [n for n in (*declared_outlets, *(b.site for b in found.values())) if n]
    published, modified = article_dates(sig, nearest, close, at, rules, doc, parse, signature_lines(sig.lines, cleaned))
    bylines = visible_bylines(sig, found, close, rules, is_date, cleaned, headline)  # read only if the markup names no author
    return Metadata(
        title=headline,
        subtitle=cleaned.subtitle or first(ld_values(sig, "alternativeHeadline")),
        description=first([*meta_values(sig, ("og:description", "description", "twitter:description")), *ld_values(sig, "description")]),
        authors=find_authors(sig, bylines, rules, outlets),
        published=dates.iso(published) if published else None,
        modified=dates.iso(modified) if modified else None,
        site=first(outlets),
        lang=code,
        url=_url(sig, doc.url),
        image=first([*meta_values(sig, ("og:image", "twitter:image", "image")), *ld_values(sig, "image")]),
        section=section,
        tags=_tags(sig),
    )


def page_signals(doc: Document, tree: LexborHTMLParser | None = None) -> Signals:
    """What the page says about itself. ``tree``: the HTML page already parsed, not yet
    cleaned (the clean stage strips code from it); without it the page is parsed here."""
    if not doc.is_html:
        return from_text(doc.text)
    return from_tree(tree) if tree is not None else from_html(doc.text)


def reference_date(meta: Metadata, doc: Document) -> date | datetime | None:
    """The date relative expressions in the text are resolved against."""
    if meta.published:
        return datetime.fromisoformat(meta.published) if "T" in meta.published else date.fromisoformat(meta.published)
    return doc.fetched


# --- small fields ------------------------------------------------------------------------


def _url(sig: Signals, page_url: str | None) -> str | None:
    found = first([sig.canonical, *meta_values(sig, ("og:url",)), *ld_values(sig, "url")])
    return urljoin(page_url, found) if found and page_url else found or page_url


def _tags(sig: Signals) -> tuple[str, ...]:
    values = list(meta_values(sig, ("article:tag",))) or list(ld_values(sig, "keywords")) or list(meta_values(sig, ("news_keywords", "keywords")))
    tags = [t.strip() for v in values for t in re.split(r"\s*,\s*", v)]
    return tuple(dict.fromkeys(t for t in tags if t))


