"""Document + Cleaned -> Metadata: what the page says about the article, checked.

Sources, strongest first: JSON-LD article objects, <meta> (Open Graph, article:*, Dublin
Core, itemprop), <time datetime>, byline elements, the visible byline and date line (language
rules in ``newsclean.lang``), the URL path. ``markup`` gathers the signals, this module
weighs them field by field, ``dates`` and ``authors`` normalise and reject.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from functools import cache, partial
from itertools import chain
from types import ModuleType
from typing import Any, Callable, Iterable, Iterator, Sequence
from urllib.parse import urljoin

from dateutil.parser import parserinfo
from selectolax.lexbor import LexborHTMLParser

from .. import lang as languages
from ..lang import alternation
from ..model import Author, Cleaned, Document, Metadata
from . import authors as authors_
from . import dates
from .language import language, region
from .markup import Signals, as_list, first, from_html, from_text, from_tree, ld_values, meta_values, resolve
from .published import (
    DATE_LABELS, MODIFIED_KEYS, NEAR_DATE_CHARS, PART_SEPARATOR, PUBLISHED_KEYS, any_date_label, article_dates,
    date_line, date_order, parser,
)
from .title import find_headline, near_headline

# and the <meta> keys of the dates and authors, which benchmarks/metadata.py drops to measure
# what the visible date line and byline alone give
__all__ = ["extract_metadata", "page_signals", "reference_date", "AUTHOR_KEYS", "MODIFIED_KEYS", "PUBLISHED_KEYS"]

SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")
AUTHOR_KEYS = (
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
    "sailthru.author", "byl", "dable:author", "cxenseparse:author",
)
ROLE_LINE_WORDS = 5  # a line of a byline's role: "Freelance sports writer", "Deputy Content Hub Director"
LABEL_REPEATS = 3  # a line the page shows this often is a button's label or a notice, between a byline and its date line
SIGNATURE_LINES = 3  # a byline this close under the article's last line signs it ("구현모 기자"); further down, a teaser's


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
    signed = _article_end(sig.lines, cleaned) + SIGNATURE_LINES  # a byline further down is a teaser's
    bylines = chain(  # the visible bylines, strongest first, read only if the markup names no author
        (found[i] for i in close if i in found),
        _name_lines(sig, close, rules, is_date, _captions(cleaned)),
        (b for i, b in found.items() if i <= signed),
    )
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


# --- authors -----------------------------------------------------------------------------


def find_authors(
    sig: Signals, bylines: Iterable[authors_.Byline], rules: ModuleType | None, outlets: Sequence[str]
) -> tuple[Author, ...]:
    """Structured data naming a person (JSON-LD, then <meta>); else structured data naming
    only the outlet (an Organization, or the site's own name); else the visible byline
    (the first of ``bylines``), else the first byline element naming a person."""
    order = [rules, *(m for m in languages.all_modules() if m is not rules)]  # names split by the page's rules
    structured = [authors_.unique(s) for s in (_ld_authors(sig, order), _first_meta_authors(sig, order))]
    people = [tuple(a for a in authors_.unique(s, not_named=outlets) if authors_.is_person(a, rules)) for s in structured]
    if found := first(people) or first(structured):
        return found
    byline = next(iter(bylines), None)
    visible = (byline.authors if byline else (), *(authors_.from_value(v, order, pieces=sig.bylines) for v in sig.bylines))
    return first(tuple(a for a in authors_.unique(s, not_named=outlets) if authors_.full_name(a.name, rules)) for s in visible) or ()


def _name_lines(
    sig: Signals, close: Sequence[int], rules: ModuleType | None, is_date: Callable[[str], bool], captions: frozenset[str]
) -> Iterator[authors_.Byline]:
    """Bylines of names alone on their lines near the headline, in runs of such lines (and
    lone ',' or 'and' between them): first the names of a run the page also sets apart as
    author links ("Piotr Jendroszczyk"; not "Lesen Hören" under it); then a run with a line
    of the byline word just above it ("By" over "Emma Mackenzie Lifestyle Writer"), or a
    date line or a date label alone right above or under it ("Angus Thompson" over "Friday
    22 November 2024 08:49 GMT", "Chris Wilson-Smith" over "Published"), perhaps a line of
    their role or place between ("Freelance sports writer", "Córdoba"), or a picture (one
    of the ``captions``, and the names right over it: who the picture shows); names right
    over a caption after the others ("Friedrich Merz" over "Foto: REUTERS/…", the byline
    under it); last, names that open a date line. Not the headline's own line, nor a date
    label ("입력")."""
    lines = sig.lines
    headline = lines[close[0]] if close else None
    label = any_date_label(rules)
    repeats = Counter(lines)

    @cache
    def names(i: int) -> tuple[Author, ...]:
        if not 0 <= i < len(lines) or lines[i] == headline or label.fullmatch(lines[i]):
            return ()
        return authors_.name_line(lines[i], rules, sig.bylines)

    def joins(i: int) -> bool:  # a name line, or a lone separator between two
        return bool(names(i)) or (authors_.SEPARATOR_LINE.fullmatch(lines[i]) is not None and bool(names(i - 1)) and bool(names(i + 1)))

    def dated(i: int, over: bool = True) -> bool:  # a date line or a date label alone, or a role or place line over one
        if 0 <= i < len(lines) and lines[i] != headline and (is_date(lines[i]) or label.fullmatch(lines[i]) is not None):
            return True
        short = 0 <= i < len(lines) - 1 and len(lines[i].split()) <= ROLE_LINE_WORDS
        return over and short and (authors_.ends_with_role(lines[i], rules) or _place(lines[i])) and dated(past_labels(i + 1), over=False)

    def past_labels(i: int) -> int:  # the first line from i on that is no button's label or notice the page shows again and again
        while 0 <= i < len(lines) and repeats[lines[i]] >= LABEL_REPEATS and not is_date(lines[i]):
            i += 1
        return i

    def captioned(i: int) -> bool:  # a picture's caption or credit ("Foto: REUTERS/Nadja Wohlleben"), not a date line read as one
        return 0 <= i < len(lines) and lines[i] in captions and not is_date(lines[i])

    def over_picture(i: int) -> int:  # the line over a picture that ends at line i (its caption, the names over it), else i
        while captioned(i):
            i -= 1
            while names(i):
                i -= 1
        return i

    runs = []
    starts = (i + 1 if authors_.BYLINE_WORD.fullmatch(lines[i]) else i for i in close)  # "By" may end the window
    for i in (i for i in starts if names(i)):
        first = last = i
        while first > 0 and joins(first - 1):
            first -= 1
        while last + 1 < len(lines) and joins(last + 1):
            last += 1
        runs.append((first, last, tuple(a for j in range(first, last + 1) for a in names(j))))
    for _, _, found in runs:  # the names of a run the page sets apart as author links, if any
        if linked := tuple(a for a in found if authors_.linked(a.name, sig.bylines)):
            yield authors_.Byline(linked)
    for first, last, found in sorted(runs, key=lambda run: captioned(run[1] + 1)):  # names over a caption: who the picture shows
        if (first and authors_.BYLINE_WORD.fullmatch(lines[first - 1])) or dated(over_picture(first - 1)) or dated(past_labels(last + 1)):
            yield authors_.Byline(found)
    yield from (b for i in close if lines[i] != headline and (b := _names_then_date(lines[i], rules, sig.bylines, is_date, label)))


def _captions(cleaned: Cleaned) -> frozenset[str]:
    """The lines the clean stage read as photo captions or credits, in the article or not."""
    return frozenset((*cleaned.captions, *(r.text for r in cleaned.removed if r.reason == "caption")))


def _place(line: str) -> bool:
    """A line that may name the place a byline's author writes from ("Córdoba", "Sevilla, Los
    Gallardos"): capitalised words (and short ones between: "Corresponsal en Atenas"), no digit,
    no slash (a breadcrumb: "Nyheter / Sverige / Lundsberg")."""
    return all(w[0].isupper() or len(w) <= 3 for w in line.split()) and not any(ch.isdigit() or ch in ".:!?|•/" for ch in line)


def _names_then_date(
    line: str, rules: ModuleType | None, pieces: Sequence[str], is_date: Callable[[str], bool], label: re.Pattern[str]
) -> authors_.Byline | None:
    """The names of a line that dates the article too: a part of it, split at bars, bullets
    or slashes, beside a part that is a date ("Fouzia Van Der Fort|Published 4 months ago",
    "9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer", "27. Januar 2026 • Gregor
    Meier • 3 Minuten"); else the fewest words opening the line that are names and no date
    ``label`` ("Published Fri, Apr 28 2023") before a date ("Associated Press April 28, 2023 GMT")."""
    if len(line) > 2 * NEAR_DATE_CHARS:
        return None
    if m := authors_.BYLINE_WORD.match(line):  # "Von Moritz Bachmann publiziert am 25. September 2018"
        line = line[m.end() :].lstrip()
    parts = re.split(PART_SEPARATOR, line)
    named = tuple(a for part in parts if not label.search(part) for a in authors_.name_line(part, rules, pieces))
    if named and any(is_date(part) for part in parts):
        return authors_.Byline(named)
    words = parts[0].split()
    for head, rest in ((" ".join(words[:k]), " ".join(words[k:])) for k in range(2, len(words))):
        if not label.search(head) and (found := authors_.name_line(head, rules, pieces)) and is_date(rest):
            return authors_.Byline(found)
    return None


def _ld_authors(sig: Signals, order: Sequence[ModuleType | None]) -> list[Author]:
    for obj in sig.ld:
        found = [a for person in as_list(obj.get("author")) for a in _person(resolve(sig, person), order)]
        if found:
            return found
    return []


def _person(value: Any, order: Sequence[ModuleType | None]) -> tuple[Author, ...]:
    """A JSON-LD author: a string, or a Person / Organization object."""
    if isinstance(value, str):
        return authors_.from_value(html.unescape(value), order)
    if not isinstance(value, dict):
        return ()
    names = [n for n in as_list(value.get("name")) if isinstance(n, str)]
    if not names:
        names = [" ".join(v for k in ("givenName", "familyName") if isinstance(v := value.get(k), str))]
    role = value.get("jobTitle") if isinstance(value.get("jobTitle"), str) else None
    found = [a for name in names for a in authors_.from_value(html.unescape(name), order, role=role)]
    if "Organization" in str(value.get("@type")):
        return tuple(Author(a.name, authors_.ORGANIZATION) for a in found)
    return tuple(found)


def _first_meta_authors(sig: Signals, order: Sequence[ModuleType | None]) -> list[Author]:
    for key in AUTHOR_KEYS:
        found = [a for v in sig.meta.get(key, ()) for a in authors_.from_value(v, order)]
        if found:
            return found
    return []


def _article_end(lines: Sequence[str], cleaned: Cleaned) -> int:
    """The index of the line of the article's last block (the last such line); with no such
    line, the number of lines (past the last)."""
    last = cleaned.blocks[-1].text if cleaned.blocks else None
    return next((i for i in range(len(lines) - 1, -1, -1) if lines[i] == last), len(lines))


# --- small fields ------------------------------------------------------------------------


def _url(sig: Signals, page_url: str | None) -> str | None:
    found = first([sig.canonical, *meta_values(sig, ("og:url",)), *ld_values(sig, "url")])
    return urljoin(page_url, found) if found and page_url else found or page_url


def _tags(sig: Signals) -> tuple[str, ...]:
    values = list(meta_values(sig, ("article:tag",))) or list(ld_values(sig, "keywords")) or list(meta_values(sig, ("news_keywords", "keywords")))
    tags = [t.strip() for v in values for t in re.split(r"\s*,\s*", v)]
    return tuple(dict.fromkeys(t for t in tags if t))


