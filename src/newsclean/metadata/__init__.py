"""Document + Cleaned -> Metadata: what the page says about the article, checked.

Sources, strongest first: JSON-LD article objects, <meta> (Open Graph, article:*, Dublin
Core, itemprop), <time datetime>, byline elements, the visible byline and date line (language
rules in ``newsclean.lang``), the URL path. ``markup`` gathers the signals, this module
weighs them field by field, ``dates`` and ``authors`` normalise and reject.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from functools import cache, partial
from types import ModuleType
from typing import Callable, Sequence
from urllib.parse import urljoin

from dateutil.parser import parserinfo
from selectolax.lexbor import LexborHTMLParser

from .. import lang as languages
from ..lang import alternation
from ..model import Cleaned, Document, Metadata
from . import authors as authors_
from . import dates
from .bylines import AUTHOR_KEYS, find_authors, visible_bylines
from .language import language, region
from .markup import Signals, first, from_html, from_text, from_tree, ld_values, meta_values
from .published import (
    DATE_LABELS, MODIFIED_KEYS, NEAR_DATE_CHARS, PUBLISHED_KEYS, any_date_label, article_dates,
    date_line, date_order, parser,
)
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
    parse = parser(rules, date_order(rules, region(sig, code)), doc.fetched)
    if not doc.is_html:
        sig = replace(sig, lines=_mended(sig.lines, rules, parse))
    is_date = partial(date_line, parse=parse, label=any_date_label(rules))
    headline, at = find_headline(sig, cleaned, (*declared_outlets, section), doc, rules, is_date)
    nearest = [*range(at or 0, len(sig.lines)), *reversed(range(at or 0))]  # line indices, nearest the headline first
    close = near_headline(sig.lines, at)
    found = {i: b for i in nearest if rules and (b := authors_.from_line(sig.lines[i], [rules], sig.bylines))}
    outlets = [n for n in (*declared_outlets, *(b.site for b in found.values())) if n]
    published, modified = article_dates(sig, nearest, close, at, rules, doc, parse)
    bylines = visible_bylines(sig, found, close, rules, is_date, cleaned)  # read only if the markup names no author
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


# --- plain text: what a text dump broke --------------------------------------------------

# A year with an hour glued on, as a text dump joins a page's date and time ("April 25, 20232:26 PM").
YEAR_TIME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}:\d\d)")
# A time alone on its line, perhaps with a word or two ("15:59 Uhr", "03:26 pm", "4.34 p.m.").
MENDED_CHARS = 120  # a longer line of plain text is no date line or byline: its pieces are left as they are
TIME_ALONE = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[^\W\d]{1,4}\.?){0,2}")


def _mended(lines: Sequence[str], rules: ModuleType | None, parse: Callable[[str], dates.Stamp | None]) -> tuple[str, ...]:
    """Plain text's lines with what a text dump broke mended where a date or byline needs
    it: the spaces lost between a page's pieces (``_unglue``; in lines short enough to be a
    date line or byline), and a time alone on its line joined to the day on the line before
    it ("30. Juni 2025," over "15:59 Uhr")."""
    glued, roles, widgets = _glued_words(rules), tuple(getattr(rules, "AUTHOR_ROLES", ())), _glued_widget(rules)
    out = [_unglue(line, glued, roles, widgets) if len(line) <= MENDED_CHARS else line for line in lines]
    for i in range(len(out) - 1):
        if TIME_ALONE.fullmatch(out[i + 1]) and len(out[i]) <= 2 * NEAR_DATE_CHARS and type(parse(out[i])) is date:
            out[i] = f"{out[i]} {out[i + 1]}"
    return tuple(out)


def _unglue(line: str, glued: tuple[re.Pattern[str], re.Pattern[str]], roles: tuple[str, ...], widgets: re.Pattern[str]) -> str:
    """A line with the spaces a text dump lost between a page's pieces put back: before a
    date label or month name glued to the word or number before it ("Jen MillsPublished Jul
    17", "Associated PressApril 28, 2023", "06 Jan 2026Updated 08:41") and after one a number
    is glued to ("Updated20:49"), between a year and the hour glued to it ("20232:26 PM"),
    and before a byline's role (one of ``roles``, perhaps after a capitalised word) glued to
    the name ("Emma MackenzieLifestyle Writer"); a button's label glued to the end of a name
    (``widgets``: "Sarah LazareTwitter") is dropped."""
    if dates.DIGIT.search(line):  # a date line
        before, after = glued
        line = YEAR_TIME.sub(r"\1 ", after.sub(r"\1 ", before.sub(" ", line)))
    if roles and line.endswith(roles):
        line = _glued_role(roles).sub(" ", line)
    return widgets.sub("", line)


@cache
def _glued_words(rules: ModuleType | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's date labels and month names, and the English month names the date
    parser reads on every page, capitalised, right after a letter or a digit ("UTCUpdated"),
    but in a script without case ("기사입력" is one word); the labels, as written, right
    before a digit ("Updated20:49", "입력2024.05.03")."""
    labels = [label for kind in DATE_LABELS for label in getattr(rules, kind, ())]
    months = [*getattr(rules, "MONTH_NAMES", {}), *(name for pair in parserinfo.MONTHS for name in pair)]
    cased = [w[:1].upper() + w[1:] for w in (*labels, *months) if w[:1].isalpha() and w[:1].lower() != w[:1].upper()]
    return (
        re.compile(rf"(?<=[^\W_])(?=(?:{alternation(cased) or '(?!)'})(?![^\W\d_]))"),
        re.compile(rf"(?<![^\W\d_])({alternation(labels) or '(?!)'})(?=\d)"),
    )


@cache
def _glued_widget(rules: ModuleType | None) -> re.Pattern[str]:
    """A button's label of the language (its clean section's ``CLEAN_WIDGET_LABELS`` of four
    letters or more, capitalised: "Twitter", "Follow") glued to the three lower-case letters
    or more that end a line; or one of two words or more after them and a space ("Tuva
    Mathilde Løland Tips meg": a one-word label after a space may be the line's last word)."""
    widgets = getattr(rules, "CLEAN_WIDGET_LABELS", ())
    glued = [w.capitalize() for w in widgets if len(w) >= 4 and w.isalpha()]
    spaced = [w.capitalize() for w in widgets if " " in w]
    return re.compile(rf"(?<=[^\W\d_]{{3}})(?:(?<=[a-z]{{3}})(?:{alternation(glued) or '(?!)'})| (?:{alternation(spaced) or '(?!)'}))$")


@cache
def _glued_role(roles: tuple[str, ...]) -> re.Pattern[str]:
    """A role word ending the line, or a capitalised word and one, glued to the three lower-case
    letters or more that end a name (not "Mc" in "McDonald")."""
    return re.compile(rf"(?<=[a-z]{{3}})(?=(?:[A-Z][^\W\d_]*\s+)?(?:{alternation(roles)})$)")


# --- small fields ------------------------------------------------------------------------


def _url(sig: Signals, page_url: str | None) -> str | None:
    found = first([sig.canonical, *meta_values(sig, ("og:url",)), *ld_values(sig, "url")])
    return urljoin(page_url, found) if found and page_url else found or page_url


def _tags(sig: Signals) -> tuple[str, ...]:
    values = list(meta_values(sig, ("article:tag",))) or list(ld_values(sig, "keywords")) or list(meta_values(sig, ("news_keywords", "keywords")))
    tags = [t.strip() for v in values for t in re.split(r"\s*,\s*", v)]
    return tuple(dict.fromkeys(t for t in tags if t))


