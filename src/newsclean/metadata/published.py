"""When the article was published and last modified, and which lines are date lines.

Candidates, strongest first: JSON-LD datePublished / dateModified, <meta> (article:*, Dublin
Core ...), the <time> nearest the headline, a date line labelled by the language's rules
("Published", "입력"), a short line right under or just above the headline, the URL's path,
and last a date labelled "as of" ("Stand: ..."). ``dates`` parses each; the first plausible
one wins. ``date_line`` tells the headline and byline readers which lines are dates.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache, partial
from types import ModuleType
from typing import Callable, Iterable, Iterator, Sequence

from ..lang import alternation
from ..model import Document
from . import dates
from .markup import Signals, ld_values, meta_values
from .title import NEAR_ABOVE_HEADLINE_LINES, NEAR_HEADLINE_LINES

PUBLISHED_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "datecreated",
)
MODIFIED_KEYS = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "last-modified", "article.updated", "lastmod",
)
# /2020/07/15/, /2020-07-15, or a compact 20200715 inside an article id.
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![/-]?\d\d?(?:[/-]|$))")
# /2019/nov/18/: a month name the date parser reads.
URL_WORDED_DATE = re.compile(r"/((?:19|20)\d\d)/([a-z]{3,9})/(\d{1,2})/", re.I)
DATE_LABELS = ("PUBLISHED_LABELS", "MODIFIED_LABELS", "AS_OF_LABELS")  # names of a language's date labels
DATE_LINE_WORDS = 8  # words of a date line beside a byline at most ("Friday 22 November 2024 08:49 GMT": 6)
NEAR_DATE_CHARS = 40  # a line under the headline this short, or of parts this short split by '|', may be its date
SHORT_WORD_END = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}\.$")  # "p.m.", "Bd.": an abbreviation's full stop, not a sentence's
SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d\d)(?![\d/])")  # "06/01/2026", "30/04/24"
UTC_OFFSET = re.compile(r"\b(?:GMT|UTC)\s?([+\-−])\s?(\d{1,2})(?!\d)")  # "GMT+1", "UTC -05:00"
DAY_FIRST_OFFSETS = range(-1, 8)  # hours from UTC of the regions where English writes the day first, and only those
PART_SEPARATOR = r"\s*[|•]\s*|\s+/\s+"  # between the parts of a date line: "16:24 Uhr • Lesezeit", "15:46 Uhr / Frank …"


def article_dates(
    sig: Signals, nearest: Sequence[int], close: Sequence[int], at: int | None, rules: ModuleType | None,
    doc: Document, parse: Callable[[str], dates.Stamp | None], under: Sequence[int] = (),
) -> tuple[dates.Stamp | None, dates.Stamp | None]:
    """When the article was published and last modified: of each, the first candidate the
    parser reads as a plausible date (``_date``). ``nearest``: line indices, nearest the
    headline's line ``at`` first; ``close``: those of the lines near it (``near_headline``);
    ``under``: those of the lines right under the article's last paragraph, where a page may
    sign it with its date ("5 gennaio 2025 (modifica il 6 gennaio 2025 | 15:24)").
    No modified date before the published one."""
    ordered = [sig.lines[i] for i in nearest]
    near = [sig.lines[i] for i in close if not _sentence_tail(sig.lines, i)]
    label = any_date_label(rules)
    signed = [sig.lines[i] for i in under if date_line(sig.lines[i], parse, label)]
    as_of = _as_of(ordered, rules)
    published = _date(_published_candidates(sig, ordered, near, at, rules, doc, as_of, signed), parse, doc.fetched)
    modified = _date(_modified_candidates(sig, ordered, rules, as_of), parse, doc.fetched)
    if published and modified and _earlier(modified, published):
        modified = None
    return published, modified


def date_line(line: str, parse: Callable[[str], dates.Stamp | None], label: re.Pattern[str]) -> bool:
    """A short line that opens with a date label ("Published 4 hours ago"), or a date of a
    few words up to one ("08:39, 06 Jan 2026 Updated 08:41, 06 Jan 2026"; not a headline
    the parser finds a date in: "Mexico's economy grew 1.1% in 1st quarter, 3.8% year on year")."""
    if len(line) > 2 * NEAR_DATE_CHARS or not any(ch.isdigit() for ch in line):
        return False
    m = label.search(line)
    head = line[: m.start()] if m else line
    if m is not None and m.start() == 0:
        return True
    day = re.split(r"\s+[-–—|•]\s+", head)[0]  # "June 30, 2026 - 4.34pm": the day, if the time is not read
    return len(head.split()) <= DATE_LINE_WORDS and (parse(head) is not None or (day != head and parse(day) is not None))


def _published_candidates(
    sig: Signals,
    lines: Sequence[str],
    near: Sequence[str],
    at: int | None,
    rules: ModuleType | None,
    doc: Document,
    as_of: Sequence[str],
    signed: Sequence[str] = (),
) -> Iterator[str]:
    """Structured data, the <time> nearest the headline, a labelled date line, a short line
    right under the headline ("Do 25.04.24 | 14:07 Uhr | Von ...", "03.05.2024, 16:24 Uhr •
    Lesezeit: 5 Minuten" count as short: their parts are; only when the headline was found) or just above it, up to a modified label ("08:39,
    06 Jan 2026 Updated 08:41, …"; none if it opens with one: "Akt.: 29. Juni 2025"), the URL; last, a date labelled "as of" ("Stand:
    …"): the time of the page's last edit, so not before its publication, but the date
    the page gives its reader when it gives no other (mostly its publication time)."""
    yield from ld_values(sig, "datePublished")
    yield from meta_values(sig, PUBLISHED_KEYS)
    yield from _nearest(sig.times, at)
    yield from _labelled(lines, rules, "PUBLISHED_LABELS")
    updated = _label_pattern(tuple(getattr(rules, "MODIFIED_LABELS", ())))
    heads = (ln[: m.start()] if (m := updated.search(ln)) else ln for ln in near)  # the part before a modified label
    yield from (h for h in heads if h.strip() and all(len(part) <= NEAR_DATE_CHARS for part in re.split(PART_SEPARATOR, h)))
    yield from _labelled_after_a_word(near, rules)
    if doc.url and (m := URL_DATE.search(doc.url)):
        yield f"{m[1]}-{m[3]}-{m[4]}"
    if doc.url and (m := URL_WORDED_DATE.search(doc.url)):
        yield f"{m[2]} {m[3]} {m[1]}"
    yield from (ln[: m.start()] if (m := updated.search(ln)) and m.start() else ln for ln in signed)  # the date signing the article
    yield from as_of


def _modified_candidates(sig: Signals, lines: Sequence[str], rules: ModuleType | None, as_of: Sequence[str]) -> Iterator[str]:
    yield from ld_values(sig, "dateModified")
    yield from meta_values(sig, MODIFIED_KEYS)
    yield from _labelled(lines, rules, "MODIFIED_LABELS")
    yield from as_of


def _sentence_tail(lines: Sequence[str], i: int) -> bool:
    """Is line ``i`` the end of a sentence a text dump broke over lines, not a date line: it ends
    with a full stop, and opens in lower case or comes after a line of one lower-case word
    ("Über dieses Thema berichtet:" / "BR24 Radio" / "am" / "14.04.2026 um 17:50 Uhr.": when a
    programme covered the story)."""
    line = lines[i]
    if not line.endswith(".") or SHORT_WORD_END.search(line):
        return False
    before = lines[i - 1] if i else ""
    return line[:1].islower() or (" " not in before and before[:1].islower())


def _nearest(times: Sequence[tuple[int, str]], at: int | None) -> Iterator[str]:
    """The <time> value nearest the headline's line, after it or a few lines above (a page
    may date its article over its picture; the site's header dates today), else the first one."""
    near = [(abs(line - at), line < at, value) for line, value in times if at is not None and line >= at - NEAR_ABOVE_HEADLINE_LINES]
    yield from [min(near, key=lambda n: n[:2])[2]] if near else [value for _, value in times][:1]


def _labelled(lines: Sequence[str], rules: ModuleType | None, kind: str) -> Iterator[str]:
    """The text after a date label of the kind ("PUBLISHED_LABELS": "입력 :", "Published") on
    the lines near the headline, up to the next date label of any kind ("Published November
    18, 2024 9:26pm Updated November 19, …": two dates are none to the parser)."""
    labels = tuple(getattr(rules, kind, ()))
    if not labels:
        return
    pattern = _label_pattern(labels)
    every = any_date_label(rules)
    written = (*labels, *(label.upper() for label in labels))
    for line in lines[:NEAR_HEADLINE_LINES]:
        if any(label in line for label in written):  # the cheap test first: the pattern scans long lines slowly
            for m in pattern.finditer(line):
                end = min(n.start() if (n := every.search(line, m.end())) else len(line), m.end() + 60)
                yield line[m.end() : end]


def _labelled_after_a_word(lines: Sequence[str], rules: ModuleType | None) -> Iterator[str]:
    """The text after a published label in lower case right after the first word of a short
    line near the headline ("Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, …"), up to
    the next date label; after the other short lines: the same words open prose ("He posted
    on May 3 …")."""
    pattern = _after_a_word(tuple(getattr(rules, "PUBLISHED_LABELS", ())))
    every = any_date_label(rules)
    for line in lines:
        if len(line) <= 2 * NEAR_DATE_CHARS and (m := pattern.match(line)):
            yield line[m.end() : n.start() if (n := every.search(line, m.end())) else len(line)]



@cache
def _after_a_word(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A word, then one of the labels with its first letter in lower case, as a word."""
    lowered = [label[:1].lower() + label[1:] for label in labels if label[:1].isupper()]
    return re.compile(rf"[^\W\d_]+\s+(?:{alternation(lowered) or '(?!)'})(?!\w)\s*:?\s*")


def _as_of(lines: Sequence[str], rules: ModuleType | None) -> list[str]:
    """Dates labelled "as of" on a line near the headline, or on a short line of their own
    anywhere (German pages end the article with "Stand: 28.04.2023 17:23 Uhr"; a chart's
    "Quelle: …, Stand: 31.12.2023" is no such line)."""
    labels = tuple(getattr(rules, "AS_OF_LABELS", ()))
    if not labels:
        return []
    label = _label_pattern(labels).match
    opening = [ln for ln in lines[NEAR_HEADLINE_LINES:] if ln.startswith(labels)]  # the cheap test first: many lines
    return [*_labelled(lines, rules, "AS_OF_LABELS"), *(ln[m.end() :] for ln in opening if len(ln) <= NEAR_DATE_CHARS and (m := label(ln)))]


def any_date_label(rules: ModuleType | None) -> re.Pattern[str]:
    """A date label of the language of any kind (published, modified, as of)."""
    return _label_pattern(tuple(label for kind in DATE_LABELS for label in getattr(rules, kind, ())))



@cache
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A date label as a word, as written or in capitals ("UPDATED: 11:50"), then an optional
    colon ("Stand:"); no labels: never matches."""
    if not labels:
        return re.compile(r"(?!)")
    written = {*labels, *(label.upper() for label in labels)}
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, written), key=len, reverse=True)) + r")(?!\w)\s*[:：]?\s*")


def date_order(rules: ModuleType | None, region: str | None, lines: Sequence[str] = ()) -> str | None:
    """The order of slashed dates: day first in a region the language lists as writing so
    (DAY_FIRST_REGIONS: en-GB). A language written both ways, in no region the markup names,
    is read as the page writes it (``_page_order``). Else the language's (DATE_ORDER)."""
    day_first = getattr(rules, "DAY_FIRST_REGIONS", ())
    if region is None and day_first and (order := _page_order(lines)):
        return order
    return "dmy" if region in day_first else getattr(rules, "DATE_ORDER", None)


def _page_order(lines: Sequence[str]) -> str | None:
    """How the page writes slashed dates: as its first one that reads one way only ("30/04/2024"
    day first, "04/30/2024" month first); else day first if a line gives a time's offset from
    UTC between -1 and +7 hours ("06/01/2026 - 13:55 GMT+1": Europe, Africa, western and
    southern Asia, where English writes the day first; the Americas and the Philippines,
    which write the month first, lie outside); else None."""
    slashed = [ln for ln in lines if "/" in ln]
    for line in slashed:
        for m in SLASHED_DATE.finditer(line):
            first, second = int(m[1]), int(m[2])
            if first > 12 >= second:
                return "dmy"
            if second > 12 >= first:
                return "mdy"
    offsets = (int(m[2]) * (-1 if m[1] in "-−" else 1) for ln in lines if "GMT" in ln or "UTC" in ln for m in UTC_OFFSET.finditer(ln))
    return "dmy" if any(hours in DAY_FIRST_OFFSETS for hours in offsets) else None


def parser(rules: ModuleType | None, order: str | None, fetched: datetime | None) -> Callable[[str], dates.Stamp | None]:
    """The date parser of the language's rules; slashed dates read in ``order``."""
    return partial(
        dates.parse,
        default_zone=getattr(rules, "DEFAULT_TZ", None),
        meridiem=getattr(rules, "MERIDIEM", None),
        units=dates.Units(**getattr(rules, "DATE_UNITS", {})),
        tzinfos=getattr(rules, "TZ_NAMES", None),
        ago=(rules.AGO, rules.AGO_UNITS) if rules is not None and hasattr(rules, "AGO") else None,
        fetched=fetched,
        months=getattr(rules, "MONTH_NAMES", None),
        order=order,
        time_words=getattr(rules, "TIME_WORDS", ()),
        connectors=getattr(rules, "DATE_CONNECTORS", ()),
    )


def _date(candidates: Iterable[str], parse: Callable[[str], dates.Stamp | None], fetched: datetime | None) -> dates.Stamp | None:
    """The first plausible candidate, made more precise by a later one saying the same day."""
    best: dates.Stamp | None = None
    for text in candidates:
        stamp = parse(text)
        if stamp is None or not dates.plausible(stamp, fetched):
            continue
        best = stamp if best is None else dates.richer(best, stamp)
        if isinstance(best, datetime) and best.tzinfo is not None:
            break
    return best


def _earlier(a: dates.Stamp, b: dates.Stamp) -> bool:
    if isinstance(a, datetime) and isinstance(b, datetime) and (a.tzinfo is None) == (b.tzinfo is None):
        return a < b
    return (a.date() if isinstance(a, datetime) else a) < (b.date() if isinstance(b, datetime) else b)
