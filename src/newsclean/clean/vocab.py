"""The clean stage's vocabulary, merged from every language module.

The stage runs before the language is known, so it reads all languages' words at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lang


@dataclass(frozen=True)
class Vocab:
    junk_class: re.Pattern[str]  # finds a chrome word in a class/id string
    caption_class: re.Pattern[str]
    subtitle_class: re.Pattern[str]
    body_class: re.Pattern[str]
    widget_line: re.Pattern[str]  # matches a compacted line made only of widget labels
    chrome_prefixes: tuple[str, ...]  # a short line starting with one is chrome
    date_words: frozenset[str]  # words a dateline holds besides numbers
    end_headings: tuple[str, ...]  # a heading starting with one opens a related/comments section
    cookie_words: tuple[str, ...]  # with one of consent_words in the same line: a consent notice
    consent_words: tuple[str, ...]
    copyright_markers: tuple[str, ...]  # a line starting with one is a copyright notice
    byline_markers: tuple[str, ...]
    credit_markers: tuple[str, ...]  # a line holding one is a photo caption


def _words(name: str) -> list[str]:
    return sorted({w.lower() for m in lang.all_modules() for w in getattr(m, name, ())}, key=len, reverse=True)


def _any(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def compact(text: str) -> str:
    """Lower case, without spaces, punctuation or bullets: how widget labels are compared."""
    return _NON_WORD.sub("", text.lower())


_NON_WORD = re.compile(r"[\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}")


def is_dateline(text: str, v: Vocab) -> bool:
    """A short line made only of a date or time and date words ("Nov. 19, 2019 at 5:10 pm")."""
    if len(text) > 60 or len(_DIGITS.findall(text)) < 2:
        return False
    words = _LETTERS.findall(text.lower())
    if not all(w in v.date_words for w in words):
        return False
    return bool(words) or bool(_NUMERIC_DATE.search(text))


@cache
def vocab() -> Vocab:
    tokens = "|".join(map(re.escape, _words("CLEAN_JUNK_CLASS_TOKENS")))
    junk = "|".join(map(re.escape, _words("CLEAN_JUNK_CLASS_WORDS")))
    labels = "|".join(map(re.escape, {compact(w) for w in _words("CLEAN_WIDGET_LABELS")}))
    return Vocab(
        junk_class=re.compile(f"{junk}|(?:^|[\\s_-])(?:{tokens})(?:$|[\\s_-])"),
        caption_class=_any(_words("CLEAN_CAPTION_CLASS_WORDS")),
        subtitle_class=_any(_words("CLEAN_SUBTITLE_CLASS_WORDS")),
        body_class=_any(_words("CLEAN_BODY_CLASS_WORDS")),
        widget_line=re.compile(f"(?:{labels})+"),
        chrome_prefixes=tuple(_words("CLEAN_CHROME_PREFIXES")),
        end_headings=tuple(_words("CLEAN_END_HEADINGS")),
        cookie_words=tuple(_words("CLEAN_COOKIE_WORDS")),
        consent_words=tuple(_words("CLEAN_CONSENT_WORDS")),
        copyright_markers=tuple(_words("CLEAN_COPYRIGHT_MARKERS")),
        date_words=frozenset(_words("CLEAN_DATE_WORDS")),
        byline_markers=tuple(_words("CLEAN_BYLINE_MARKERS")),
        credit_markers=tuple(_words("CLEAN_CREDIT_MARKERS")),
    )
