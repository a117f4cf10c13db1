"""Who wrote the article: the authors from structured data, else from the visible bylines.

Decides from structured data naming a person (JSON-LD, then the <meta> author keys), else
structured data naming only the outlet; else from the visible byline near the headline: a
line the language's rules read as a byline ("By ...", "홍길동 기자"), names alone on their
lines beside a date line or a "By" line, names that open a date line; last from a byline
element naming a person. ``authors`` reads the names and rejects what is no name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from html import unescape
from itertools import chain
from types import ModuleType
from typing import Any, Callable, Iterable, Iterator, Sequence

from .. import lang as languages
from ..model import Author, Cleaned
from . import authors as authors_
from .markup import Signals, as_list, first, resolve
from .published import NEAR_DATE_CHARS, PART_SEPARATOR, any_date_label

AUTHOR_KEYS = (
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
    "sailthru.author", "byl", "dable:author", "cxenseparse:author",
)
BIO = "about the author"  # the clean stage's reason for an author's bio it removed
AFTER = "after the article"  # the clean stage's reason for a plain line under the article
ROLE_LINE_WORDS = 5  # a line of a byline's role: "Freelance sports writer", "Deputy Content Hub Director"
LABEL_REPEATS = 3  # a line the page shows this often is a button's label or a notice, between a byline and its date line
SIGNATURE_LINES = 3  # a byline this close under the article's last line signs it ("구현모 기자"); further down, a teaser's


def visible_bylines(
    sig: Signals, found: dict[int, authors_.Byline], close: Sequence[int], rules: ModuleType | None,
    is_date: Callable[[str], bool], cleaned: Cleaned, title: str | None = None,
) -> Iterator[authors_.Byline]:
    """The visible bylines, strongest first: of the lines read as bylines (``found``, by line
    index), those near the headline (``close``); the names alone on their lines near it
    (``_name_lines``); then any line read as a byline, nearest the headline first, down to a
    few lines under the article's last line (a signature; further down, a teaser's); then a
    line there naming the agencies the article comes from ("Quelle: dpa"); last, names alone
    on the line right under the article (``_signature``). ``title``: the headline found, whose
    date line is no byline's."""
    signed = _article_end(sig.lines, cleaned) + SIGNATURE_LINES  # a byline further down is a teaser's
    return chain(
        (found[i] for i in close if i in found),
        _name_lines(sig, close, rules, is_date, _captions(cleaned), title, _bios(cleaned)),
        (b for i, b in found.items() if i <= signed),
        (authors_.Byline(s) for i in signature_lines(sig.lines, cleaned) if (s := authors_.source_line(sig.lines[i], rules))),
        (authors_.Byline(n) for i in signature_lines(sig.lines, cleaned)[:1] if (n := _signature(sig.lines[i], rules, sig.bylines, cleaned))),
    )


def find_authors(
    sig: Signals, bylines: Iterable[authors_.Byline], rules: ModuleType | None, outlets: Sequence[str]
) -> tuple[Author, ...]:
    """Structured data naming a person (JSON-LD, then <meta>); else structured data naming
    only the outlet (an Organization, or the site's own name); else the visible byline
    (the first of ``bylines``), else the first byline element naming a person; else the
    visible byline if it names only the outlet."""
    order = [rules, *(m for m in languages.all_modules() if m is not rules)]  # names split by the page's rules
    structured = [authors_.unique(s) for s in (_ld_authors(sig, order), _first_meta_authors(sig, order))]
    people = [tuple(a for a in authors_.unique(s, not_named=outlets) if authors_.is_person(a, rules)) for s in structured]
    if found := first(people) or first(structured):
        return found
    byline = next(iter(bylines), None)
    visible = (byline.authors if byline else (), *(authors_.from_value(v, order, pieces=sig.bylines) for v in sig.bylines))
    if found := first(tuple(a for a in authors_.unique(s, not_named=outlets) if authors_.full_name(a.name, rules)) for s in visible):
        return found
    # a visible byline naming the outlet itself ("By Associated Press" on AP's site): the outlet wrote it
    named = authors_.unique(byline.authors) if byline else ()
    return tuple(Author(a.name, authors_.ORGANIZATION) for a in named) if named and not authors_.unique(named, not_named=outlets) else ()


def _name_lines(
    sig: Signals, close: Sequence[int], rules: ModuleType | None, is_date: Callable[[str], bool], captions: frozenset[str],
    title: str | None = None, bios: Sequence[str] = (),
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
    label ("입력"); nor names over the date line right over the headline (``title``): a menu's
    last item ("Front Page" over "Wed, Oct 16, 2024" over the headline)."""
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

    def date_at(i: int, over: bool = True) -> int | None:  # i if a date line or a date label alone, or one under a role or place line at i
        if 0 <= i < len(lines) and lines[i] != headline and (is_date(lines[i]) or label.fullmatch(lines[i]) is not None):
            return i
        short = 0 <= i < len(lines) - 1 and len(lines[i].split()) <= ROLE_LINE_WORDS
        role_or_place = over and short and (authors_.ends_with_role(lines[i], rules) or authors_.place(lines[i]))
        return date_at(past_labels(i + 1), over=False) if role_or_place else None

    def dated(i: int, over: bool = True) -> bool:
        return date_at(i, over) is not None

    def dated_under(i: int) -> bool:  # a date line under line i, but not the headline's own right over it
        at = date_at(past_labels(i + 1))
        return at is not None and not (at + 1 < len(lines) and lines[at + 1] == (title or headline))

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
    copies = [i for i in range(close[0], len(lines)) if lines[i] == headline] if close else [0]

    def linked(run: tuple[int, int, tuple[Author, ...]], first_copy: bool) -> tuple[Author, ...]:  # its author links, if nearer the headline's first copy or not
        nearest = min(copies, key=lambda c: abs(c - run[0]))
        return tuple(a for a in run[2] if authors_.linked(a.name, sig.bylines)) if (nearest == copies[0]) == first_copy else ()

    for run in runs:  # the names of a run the page sets apart as author links, if any, by the headline's first copy
        if found := linked(run, True):
            yield authors_.Byline(found)
    for first, last, found in sorted(runs, key=lambda run: captioned(run[1] + 1)):  # names over a caption: who the picture shows
        # a date line above the names, or under them (perhaps under their role or place): a line above is no role or place of theirs
        if (first and authors_.BYLINE_WORD.fullmatch(lines[first - 1])) or dated(over_picture(first - 1), over=False) or dated_under(last):
            yield authors_.Byline(found)
    for _, _, found in runs:  # names an author's bio on the page opens ("John Nichols" under the headline, "John Nichols is a …" under the article)
        if all(any(bio.startswith(a.name + " ") for bio in bios) for a in found):
            yield authors_.Byline(found)
    yield from (b for i in close if lines[i] != headline and (b := _names_then_date(lines[i], rules, sig.bylines, is_date, label)))
    for run in runs:  # author links by a later copy of the headline (in a share box, a teaser's byline) last
        if found := linked(run, False):
            yield authors_.Byline(found)


def _signature(line: str, rules: ModuleType | None, pieces: Sequence[str], cleaned: Cleaned) -> tuple[Author, ...]:
    """The names alone on the line right under the article's last paragraph, which signs it
    ("Jane Roe", "Андрей Колесников"), when the clean stage set that line aside only for
    being after the article (not as a widget's label or a related list's heading: "Most Popular")."""
    if not any(r.text == line and r.reason == AFTER for r in cleaned.removed):
        return ()
    return authors_.name_line(line, rules, pieces)


def _bios(cleaned: Cleaned) -> tuple[str, ...]:
    """The author's bio the clean stage found under the article ("Jane Roe is a correspondent
    for …"): the first of the lines it removed as the bio and what follows it."""
    return next(((r.text,) for r in cleaned.removed if r.reason == BIO), ())


def _captions(cleaned: Cleaned) -> frozenset[str]:
    """The lines the clean stage read as photo captions or credits, in the article or not."""
    return frozenset((*cleaned.captions, *(r.text for r in cleaned.removed if r.reason == "caption")))


def _names_then_date(
    line: str, rules: ModuleType | None, pieces: Sequence[str], is_date: Callable[[str], bool], label: re.Pattern[str]
) -> authors_.Byline | None:
    """The names of a line that dates the article too: a part of it, split at bars, bullets
    or slashes, beside a part that is a date ("Fouzia Van Der Fort|Published 4 months ago",
    "9. September 2025 um 15:46 Uhr / Frank Wunderlich-Pfeiffer", "27. Januar 2026 • Gregor
    Meier • 3 Minuten"), or after its last comma ("… am 28. April 2024, 14:26 Uhr, Tobias
    Költzsch"); else the fewest words opening the line that are names and no date
    ``label`` ("Published Fri, Apr 28 2023") before a date ("Associated Press April 28, 2023 GMT")."""
    if len(line) > 2 * NEAR_DATE_CHARS:
        return None
    if m := authors_.BYLINE_WORD.match(line):  # "Von Moritz Bachmann publiziert am 25. September 2018"
        line = line[m.end() :].lstrip()
    parts = re.split(PART_SEPARATOR, line)
    named = tuple(a for part in parts if not label.search(part) for a in authors_.name_line(part, rules, pieces))
    if named and any(is_date(part) for part in parts):
        role = next((part for part in parts if authors_.role_phrase(part, rules)), None)  # "Jane Doe | Senior Reporter | May 3, 2024"
        return authors_.Byline(tuple(replace(a, role=a.role or role) for a in named))
    date, comma, tail = parts[-1].rpartition(",")  # "Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch"
    if comma and (found := authors_.name_line(tail.strip(), rules, pieces)) and is_date(date):
        return authors_.Byline(found)
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
        return authors_.from_value(unescape(value), order)
    if not isinstance(value, dict):
        return ()
    names = [n for n in as_list(value.get("name")) if isinstance(n, str)]
    if not names:
        names = [" ".join(v for k in ("givenName", "familyName") if isinstance(v := value.get(k), str))]
    role = value.get("jobTitle") if isinstance(value.get("jobTitle"), str) else None
    found = [a for name in names for a in authors_.from_value(unescape(name), order, role=role)]
    if "Organization" in str(value.get("@type")):
        return tuple(Author(a.name, authors_.ORGANIZATION) for a in found)
    return tuple(found)


def _first_meta_authors(sig: Signals, order: Sequence[ModuleType | None]) -> list[Author]:
    for key in AUTHOR_KEYS:
        found = [a for v in sig.meta.get(key, ()) for a in authors_.from_value(v, order)]
        if found:
            return found
    return []


def signature_lines(lines: Sequence[str], cleaned: Cleaned) -> range:
    """The indices of the few lines right under the article's last paragraph, where a page
    signs it (its byline, its date); none when that paragraph is no line of the page."""
    end = _article_end(lines, cleaned)
    return range(end + 1, min(end + 1 + SIGNATURE_LINES, len(lines)))


def _article_end(lines: Sequence[str], cleaned: Cleaned) -> int:
    """The index of the line of the article's last block (the last such line); with no such
    line, the number of lines (past the last)."""
    last = cleaned.blocks[-1].text if cleaned.blocks else None
    return next((i for i in range(len(lines) - 1, -1, -1) if lines[i] == last), len(lines))
