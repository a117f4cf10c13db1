"""What the people, organisations and quotes extractors share: the language's patterns,
compiled once per language, and the few word helpers all three need.

A pattern in a language module may use placeholders that stand for the module's own shapes
and word lists: ``{word}``, ``{name}``, ``{surname}``, ``{org}`` (the shapes ``WORD``,
``NAME``, ``SURNAME``, ``ORG``), and ``{role}``, ``{modifier}``, ``{particle}``, ``{type}``,
``{honorific}``, ``{surnames}``, ``{suffix}`` (one alternative per word of ``ROLES``,
``ROLE_MODIFIERS``, ``PARTICLES``, ``ORG_TYPE_NOUNS``, ``HONORIFICS``, ``SURNAMES``,
``ORG_SUFFIXES``). Any other brace, such as ``{0,3}``, is left to the regex engine. A
name the language does not define matches nothing.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from re import _constants as sre, _parser  # the regex module's own parser: see lead_words
from types import ModuleType
from typing import Iterable, Iterator

from . import scan

_SHAPES = {"word": "WORD", "name": "NAME", "surname": "SURNAME", "org": "ORG"}
_LISTS = {
    "role": "ROLES",
    "modifier": "ROLE_MODIFIERS",
    "particle": "PARTICLES",
    "type": "ORG_TYPE_NOUNS",
    "honorific": "HONORIFICS",
    "surnames": "SURNAMES",
    "suffix": "ORG_SUFFIXES",
}
_PLACEHOLDER = re.compile(r"\{(" + "|".join([*_SHAPES, *_LISTS]) + r")\}")


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first ("부위원장" before "위원장")."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique) or r"(?!x)x"


def word_start_alternation(words: Iterable[str]) -> str:
    """The same as ``alternation``, each word only at the start of a word (no letter or
    digit before it). The start is checked after the word's first letter, "h(?<!\\w.)e", so
    that the pattern opens with a choice of letters and the regex engine skips from one of
    them to the next; a check before the word ("(?<!\\w)he") makes it try every position."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) for w in unique) or r"(?!x)x"


def trie_alternation(words: Iterable[str]) -> str:
    """The same as ``alternation``, written as a trie ("C(?:EO|FO)") so that the regex
    engine tries one branch per character rather than every word at every position: for the
    long word lists of a language, built once."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) if trie else r"(?!x)x"


def _trie_regex(node: dict[str, dict]) -> str:
    branches = sorted((re.escape(ch) + _trie_regex(child) for ch, child in node.items() if ch), key=len, reverse=True)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer words first, then this one
        return "(?:" + body + ")?"
    return body


@cache
def expand(lang: ModuleType, pattern: str) -> str:
    """``pattern`` with its placeholders replaced by the language's shapes and word lists."""

    def fill(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in _SHAPES:
            return "(?:" + expand(lang, getattr(lang, _SHAPES[key], r"(?!x)x")) + ")"
        words = list(getattr(lang, _LISTS[key], ()))
        if key == "role":  # titles are capitalised before a name, lower-case elsewhere
            words = [*words, *(w.lower() for w in words if not w.isupper())]
        return "(?:" + trie_alternation(words) + ")"

    return _PLACEHOLDER.sub(fill, pattern)


@cache
def compiled(lang: ModuleType, name: str) -> tuple[re.Pattern[str], ...]:
    """The language's pattern (or tuple of patterns) called ``name``, compiled."""
    value = getattr(lang, name, ())
    patterns = (value,) if isinstance(value, str) else tuple(value)
    return tuple(re.compile(expand(lang, p)) for p in patterns if p)


def finditer(lang: ModuleType, name: str, text: str) -> Iterator[re.Match[str]]:
    """The matches of each of the language's patterns ``name`` in turn, as ``finditer``
    gives them. A pattern that opens with a choice of words ("\\b(?P<role>{role}) ...") is
    tried only where one of those words stands (``scan.read``): scanning every word of an
    article for a long list of roles is most of part 2's time otherwise."""
    for pattern, anchors in _searchable(lang, name):
        if anchors is None:
            yield from pattern.finditer(text)
        else:
            yield from scan.read(text, (pattern,), anchors, None, lambda m: m)


@cache
def _searchable(lang: ModuleType, name: str) -> tuple[tuple[re.Pattern[str], scan.Anchors | None], ...]:
    found = []
    for pattern in compiled(lang, name):
        words = lead_words(pattern.pattern)
        found.append((pattern, None if words is None else scan.word_anchors(words)))
    return tuple(found)


_MAX_LEAD_WORDS = 2000


def lead_words(pattern: str) -> frozenset[str] | None:
    """The words every match of ``pattern`` starts with (its letters before the first
    other character: "Sen." -> "Sen"), when the pattern opens with ``\\b`` and then spells
    out a finite choice of words; None otherwise. Read from the regex module's own parse
    of the pattern, so the language modules need not list them twice."""
    parsed = _parser.parse(pattern)
    items = list(parsed.data)
    if not items or items[0] != (sre.AT, sre.AT_BOUNDARY) or parsed.state.flags & re.IGNORECASE:
        return None
    words = _words(items[1:], {""})
    return None if words is None or "" in words else frozenset(words)


def _words(items: list, heads: set[str]) -> set[str] | None:
    """The words that ``heads`` (letters read so far) become through ``items``."""
    for i, (op, arg) in enumerate(items):
        rest = items[i + 1 :]
        if op is sre.LITERAL:
            if not chr(arg).isalpha():
                return None if chr(arg).isalnum() else heads  # the word ends at a non-letter
            heads = {h + chr(arg) for h in heads}
        elif op is sre.IN and all(o is sre.LITERAL and chr(a).isalpha() for o, a in arg):
            heads = {h + chr(a) for h in heads for _, a in arg}  # [Aa]
        elif op is sre.SUBPATTERN:
            if arg[1] & re.IGNORECASE:  # (?i:...): the words are in every case
                return None
            return _words([*arg[-1].data, *rest], heads)
        elif op is sre.BRANCH:
            return _union([_words([*branch.data, *rest], heads) for branch in arg[1]])
        elif op is sre.AT and arg is sre.AT_BOUNDARY:  # "\\b" after letters: the word ends
            return heads
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[:2] == (0, 1):  # optional: s?
            return _union([_words(rest, heads), _words([*arg[2].data, *rest], heads)])
        else:
            return None
        if len(heads) > _MAX_LEAD_WORDS:
            return None
    return heads


def _union(choices: list[set[str] | None]) -> set[str] | None:
    if any(c is None for c in choices):
        return None
    return set().union(*choices)  # type: ignore[arg-type]


@cache
def particle_tail(lang: ModuleType) -> re.Pattern[str]:
    """Matches a word's trailing particle ("산업부는" -> "는", "Apple's" -> "'s")."""
    return re.compile("(?:" + trie_alternation(getattr(lang, "PARTICLES", ())) + ")$")


def strip_particle(lang: ModuleType, word: str, known: Iterable[str] = ()) -> str:
    """``word`` without its trailing particle, unless the whole word is a known name."""
    if word in known:
        return word
    stripped = particle_tail(lang).sub("", word)
    return stripped or word


@cache
def _word_end(lang: ModuleType) -> re.Pattern[str]:
    return re.compile(expand(lang, r"(?:{particle})?(?![\w&])"))


def occurrences(lang: ModuleType, text: str, forms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where the article's own names (found before) stand as whole words, maybe followed
    by a particle: (start, end, form), the longest form first where two overlap. Plain
    string search: no regex is built for each article."""
    hits = []
    for form in forms:
        i = text.find(form)
        while i >= 0:
            end = i + len(form)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "&._")) and _word_end(lang).match(text, end):
                hits.append((i, end, form))
            i = text.find(form, i + 1)
    kept: list[tuple[int, int, str]] = []
    for hit in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


class Spans:
    """Spans of the text, to ask whether a new span overlaps one of them: a bisect over the
    starts, looking back no further than the longest span, so each question is quick."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans)
        self._longest = max((e - s for s, e in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        lo = bisect.bisect_left(self._spans, (start - self._longest, -1))
        hi = bisect.bisect_left(self._spans, (end, -1))
        return any(e > start for _, e in self._spans[lo:hi])
