"""Facts in the clean text: one engine, a list of extractors, language rules as data.

An extractor is a function ``find(ctx, found) -> Iterable[Fact]``: it reads the text and
the language rules in ``ctx`` and the facts earlier extractors found (so quotes can look
up people). ``EXTRACTORS`` lists them in the order they run. The engine then resolves
overlaps and puts the facts in text order.

Overlap rule (one mechanism for every type): each fact type belongs to a *layer*
(``LAYERS``; a type not listed there is in the ``"value"`` layer). Facts of different
layers never compete: a ``quote`` may contain money and dates, a ``person`` span may
coexist with a number next to it. Within one layer, spans that overlap compete: the
longer span wins, and on equal length the fact found first (earlier extractor, then
earlier in the text) wins. So "3주 전" (a date) beats "3주" (a count of shares), and a
date "2025년" found by the dates extractor beats the same span read as a duration.

Extractors may return facts in any order and make them with ``make_fact``: offsets are into
``ctx.text``, ``ctx.text[start:end] == fact.text`` and ``sentence`` is filled.
The whole stage must stay fast (20x search_dates): ``scan.read`` matches a big pattern
only where a cheap anchor (a digit, a vocabulary word) is; the part 1 extractors use it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter
from types import ModuleType
from typing import Any, Callable, Iterable, Sequence

from .. import lang as languages
from ..model import Author, Fact

# Fact types that do not compete with the numbers and dates of the "value" layer.
LAYERS: dict[str, str] = {
    "quote": "quote",
    "person": "entity",
    "organisation": "entity",
}


@dataclass(frozen=True)
class Context:
    text: str
    lang: ModuleType | None  # the rules module (newsclean.lang.ko, ...), None if unknown
    ref_date: date | datetime | None  # what relative dates resolve against
    authors: tuple[Author, ...] = ()  # the article's own authors (metadata, not body facts)
    sentences: tuple[tuple[int, int], ...] = ()  # (start, end) of each sentence in text
    # Where each sentence starts: a binary search among numbers costs less than among pairs.
    starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    # The language module's names: a name it lacks is looked up here without the
    # AttributeError that ``getattr(module, name, default)`` raises, formats and catches
    # (ten times a found name's cost; the extractors ask for some 1,500 missing names a round).
    rules: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(start for start, _ in self.sentences))  # a frozen class sets its own
        object.__setattr__(self, "rules", vars(self.lang) if self.lang is not None else {})

    def rule(self, name: str, default: Any = ()) -> Any:
        """A name from the language module, or ``default`` when the language has none."""
        return self.rules.get(name, default)


Extractor = Callable[[Context, Sequence[Fact]], Iterable[Fact]]


def make_fact(ctx: Context, type_: str, start: int, end: int, value: Any, **attrs: Any) -> Fact:
    """A Fact whose ``text`` is exactly ``ctx.text[start:end]``, with the sentence(s) it
    stands in.

    Every fact is made here, so it is made the cheap way: ``Fact`` is frozen, and its own
    ``__init__`` sets each of the seven fields by a call of ``object.__setattr__``; here the
    fields go into the new object's ``__dict__`` at once (the same object, field for field:
    ``test_make_fact_is_a_fact`` checks it). The sentence of a span within one sentence
    (nearly every fact) is found here too, without the calls of ``sentence_bounds``."""
    text = ctx.text
    starts = ctx.starts
    if not starts:
        sentence = ""
    else:
        first = bisect.bisect_right(starts, start) - 1
        if first < 0:
            first = 0
        if first + 1 < len(starts) and starts[first + 1] < end:  # rare: the span runs on into the next one
            bounds = sentence_bounds(ctx, start, end)
            sentence = text[bounds[0] : bounds[1]]  # type: ignore[index]
        else:
            bounds = ctx.sentences[first]
            sentence = text[bounds[0] : bounds[1]]
    fact = _new(Fact)
    _set(fact, "__dict__", {"type": type_, "text": text[start:end], "start": start, "end": end, "value": value, "sentence": sentence, "attrs": attrs})
    return fact


_new, _set = object.__new__, object.__setattr__


# --- sentences -------------------------------------------------------------------------

# A sentence ends at a line break, or at . ! ? (and closing quotes/brackets) followed by
# space, unless the word before the dot is an abbreviation of the language. The pattern is
# matched only where one of those four characters is, found with str.find: a regex search
# tries its set of characters at every character of the text, which costs more.
_SENTENCE_MARKS = "\n.!?"
_SENTENCE_END = re.compile(r"[\n.!?](?:(?<=\n)\n*|(?<!\n)(?P<quotes>[\"'”’)\]]*)[ \t]+)")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def split_sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, surrounding white space excluded."""
    spans: list[tuple[int, int]] = []
    start = done = 0
    for at in _marks(text):
        if at < done:
            continue  # inside the last sentence end (a run of line breaks)
        m = _SENTENCE_END.match(text, at)
        if m is None:
            continue  # "3.5", "U.S.-led": no sentence end
        done = m.end()
        end = m.end("quotes")  # after the mark and its quotes (-1 after a line break)
        if end < 0:
            end = m.start()
        elif _is_abbreviation(text, end, abbreviations):
            continue
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    # Most sentences have no white space to strip: test their two ends before calling _strip.
    stripped = (_strip(text, s, e) if text[s : s + 1].isspace() or text[e - 1 : e].isspace() else (s, e) for s, e in spans)
    return tuple(span for span in stripped if span[0] < span[1])


def _marks(text: str) -> list[int]:
    """Where each of ``_SENTENCE_MARKS`` is, in text order."""
    found: list[int] = []
    for mark in _SENTENCE_MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _is_abbreviation(text: str, end: int, abbreviations: frozenset[str]) -> bool:
    token = text[max(0, end - 64) : end]  # a word is shorter; never scan back to the start of the text
    token = token[token.rfind(" ") + 1 :]
    if "\n" in token or "\t" in token:  # rare: a line break or tab after the last space
        token = token[max(token.rfind("\n"), token.rfind("\t")) + 1 :]
    token = token.rstrip("\"'”’)]")
    # "U.S." and single initials ("J.") are abbreviations in every language.
    initials = token[-2:-1].isupper() and token.endswith(".") and _INITIALS.fullmatch(token) is not None
    return initials or token.lower() in abbreviations


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_bounds(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """Start of the first and end of the last sentence the span from ``start`` to ``end``
    stands in; None when the text was not split into sentences."""
    sentences = ctx.sentences
    if not sentences:
        return None
    starts = ctx.starts
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    stop, last = max(end - 1, start), first
    if first + 1 < len(starts) and starts[first + 1] <= stop:  # rare: the span runs on into the next one
        last = bisect.bisect_right(starts, stop) - 1
    return sentences[first][0], sentences[last][1]


# --- overlaps --------------------------------------------------------------------------


def resolve_overlaps(facts: Sequence[Fact]) -> list[Fact]:
    """Keep, within each layer, the longest of overlapping spans (first found on ties)."""
    kept: list[Fact] = []
    # Per layer, the kept spans in text order, each (start, end) as one int, start << 32 | end:
    # ordered as the pairs are, and a bisect compares ints many times faster than pairs.
    taken: dict[str, list[int]] = {}
    lengths = [f.start - f.end for f in facts]  # negative: the longest first
    for i in sorted(range(len(facts)), key=lengths.__getitem__):  # a stable sort: on ties, the first found
        fact = facts[i]
        start, end = fact.start, fact.end
        spans = taken.setdefault(LAYERS.get(fact.type, "value"), [])
        key = start << 32 | end
        at = bisect.bisect_left(spans, key)
        before_free = at == 0 or spans[at - 1] & _END <= start
        after_free = at == len(spans) or spans[at] >> 32 >= end
        if before_free and after_free:  # kept spans do not overlap, so neighbours suffice
            spans.insert(at, key)
            kept.append(fact)
    return kept


_END = (1 << 32) - 1  # the end's bits of a span's int (a text is shorter than 4G characters)


# --- the engine ------------------------------------------------------------------------


def extract_facts(
    text: str,
    *,
    lang: str | None = None,
    ref_date: date | datetime | None = None,
    authors: Sequence[Author] = (),
    types: Iterable[str] | None = None,
) -> tuple[Fact, ...]:
    """Every fact in ``text``, in text order. ``types`` keeps only those fact types."""
    rules = languages.with_section(lang, "NUMBER_WORDS")  # a language without facts rules reads as unknown
    abbreviations = frozenset(getattr(rules, "ABBREVIATIONS", ()))
    ctx = Context(text, rules, ref_date, tuple(authors), split_sentences(text, abbreviations))
    found: list[Fact] = []
    for find in EXTRACTORS:
        found.extend(find(ctx, tuple(found)))
    wanted = None if types is None else set(types)
    facts = [f for f in resolve_overlaps(found) if wanted is None or f.type in wanted]
    facts.sort(key=attrgetter("end"), reverse=True)  # two stable sorts: by start, the longest first
    facts.sort(key=attrgetter("start"))
    return tuple(facts)


# The extractors, in the order they run. Imported last: they import Context from here.
from . import amounts, contacts, dates, orgs, people, quotes  # noqa: E402

EXTRACTORS: list[Extractor] = [
    contacts.find,
    dates.find,
    amounts.find,
    orgs.find,  # people look up organisations, quotes look up both
    people.find,
    quotes.find,
]
