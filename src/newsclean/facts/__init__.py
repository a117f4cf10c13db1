"""Facts in the clean text: one engine, a list of extractors, language rules as data.

An extractor is a function ``find(ctx, found) -> Iterable[Fact]``: it reads the text and
the language rules in ``ctx`` and the facts earlier extractors found (so quotes can look
up people). ``EXTRACTORS`` lists them in the order they run. The engine fills each fact's
``sentence`` and resolves overlaps.
(First cut: the facts issues grow this.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from types import ModuleType
from typing import Callable, Iterable, Sequence

from .. import lang as languages
from ..model import Author, Fact


@dataclass(frozen=True)
class Context:
    text: str
    lang: ModuleType | None  # the rules module (newsclean.lang.ko, ...), None if unknown
    ref_date: date | datetime | None  # what relative dates resolve against
    authors: tuple[Author, ...] = ()  # the article's own authors (metadata, not body facts)


Extractor = Callable[[Context, Sequence[Fact]], Iterable[Fact]]

EXTRACTORS: list[Extractor] = []


def extract_facts(
    text: str,
    *,
    lang: str | None = None,
    ref_date: date | datetime | None = None,
    authors: Sequence[Author] = (),
) -> tuple[Fact, ...]:
    ctx = Context(text, languages.get(lang), ref_date, tuple(authors))
    found: list[Fact] = []
    for find in EXTRACTORS:
        found.extend(find(ctx, tuple(found)))
    return tuple(sorted(found, key=lambda f: (f.start, -f.end)))
