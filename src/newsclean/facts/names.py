"""What the people, organisations and quotes extractors share: the language's patterns,
compiled once per language, and the few word helpers all three need.

A pattern in a language module may use placeholders that stand for the module's own shapes
and word lists: ``{word}``, ``{name}``, ``{surname}``, ``{org}``, ``{office}`` (the shapes ``WORD``,
``NAME``, ``SURNAME``, ``ORG``, ``OFFICE``), and ``{role}``, ``{modifier}``, ``{particle}``, ``{type}``,
``{honorific}``, ``{surnames}``, ``{suffix}``, ``{public}``, ``{givenlike}``, ``{place}``,
``{occupation}``, ``{given}``, ``{title}`` (one alternative per word of ``ROLES``,
``ROLE_MODIFIERS``, ``PARTICLES``, ``ORG_TYPE_NOUNS``, ``HONORIFICS``, ``SURNAMES``,
``ORG_SUFFIXES``, ``ORG_PUBLIC_SUFFIXES``, ``GIVEN_NAMES_LIKE_PEOPLES``, ``PLACES``,
``OCCUPATIONS``, ``GIVEN_NAMES``, ``TITLES``: roles and occupations in one list); the shapes of ``rule_shape`` may
use them too. A list written ``{^surnames}`` matches its words only at the start of a
word, checked after their first letter so that a pattern opening with it lets the regex
engine skip to those letters (``\\b{surnames}`` makes it try every position). Any other
brace, such as ``{0,3}``, is left to the regex engine. A name the language does not define
matches nothing.

A pattern is a string, searched through the whole text, or ``(anchors, pattern)``: then
it is tried only where one of the words its matches open with stands (``Where``); or
``(anchors, pattern, closing)``: there, only where one of the words ``closing`` follows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from types import ModuleType
from typing import Iterable, Iterator

from .. import lang as languages
from . import scan

_SHAPES = {"word": "WORD", "name": "NAME", "surname": "SURNAME", "org": "ORG", "office": "OFFICE"}
_LISTS = {
    "role": "ROLES",
    "modifier": "ROLE_MODIFIERS",
    "particle": "PARTICLES",
    "type": "ORG_TYPE_NOUNS",
    "honorific": "HONORIFICS",
    "surnames": "SURNAMES",
    "suffix": "ORG_SUFFIXES",
    "public": "ORG_PUBLIC_SUFFIXES",
    "givenlike": "GIVEN_NAMES_LIKE_PEOPLES",
    "place": "PLACES",
    "occupation": "OCCUPATIONS",
    "given": "GIVEN_NAMES",
    "title": "TITLES",
    "field": "ROLE_FIELDS",
}
_PLACEHOLDER = re.compile(r"\{(\^?)(" + "|".join([*_SHAPES, *_LISTS]) + r")\}")


NEVER = r"(?!x)x"  # the regex of no words: matches nothing


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first ("부위원장" before "위원장"), as a trie
    (``lang.alternation``); one that never matches for no words."""
    return languages.alternation(words) or NEVER


def word_start_alternation(words: Iterable[str]) -> str:
    """The same as ``alternation``, each word only at the start of a word (no letter or
    digit before it). The start is checked after the word's first letter, "h(?<!\\w.)e", so
    that the pattern opens with a choice of letters and the regex engine skips from one of
    them to the next; a check before the word ("(?<!\\w)he") makes it try every position.
    The words that share a first letter are one branch, the rest of them a trie
    ("대(?<!\\w.)(?:통령|변인)"): the engine tries one branch per letter, not every word."""
    rests: dict[str, list[str]] = {}
    for w in set(words):
        if w:
            rests.setdefault(w[0], []).append(w[1:])
    if not rests:
        return NEVER
    alone = sorted(ch for ch, rest in rests.items() if rest == [""])  # one-letter words
    branches = [re.escape(ch) + r"(?<!\w.)" + languages.alternation(rest) for ch, rest in sorted(rests.items()) if ch not in alone]
    if len(alone) > len(branches):  # mostly one-letter words (Korean surnames): one class, tried
        return "|".join([*branches, _char_class(alone) + r"(?<!\w.)"])  # in one step (1.6x faster)
    return "|".join([*branches, *(re.escape(ch) + r"(?<!\w.)" for ch in alone)])


def trie_alternation(words: Iterable[str]) -> str:
    """The same as ``alternation``, behind a look-ahead at the words' first letters
    (``scan.guarded``): most places of a text open none of the words, and a class turns them
    down in one step where the engine would try each branch (the Korean suffixes, tried at
    each syllable of each word: 1.7x faster). For the long word lists of a language, built once."""
    return scan.guarded(words) or NEVER


def _char_class(letters: Iterable[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(letters)) + "]"


def list_words(lang: ModuleType, key: str) -> list[str]:
    """The words of a placeholder's list ("role": ``ROLES``, also in lower case)."""
    words = list(getattr(lang, _LISTS[key], ()))
    if key in ("role", "occupation", "title"):  # titles are capitalised before a name, lower-case elsewhere
        words = [*words, *(w.lower() for w in words if not w.isupper())]  # and open a sentence: "Chief executive Tim Cook"
        words += [w[0].upper() + w[1:] for w in words if " " in w and w.islower()]
    return words


@cache
def rule_words(lang: ModuleType, name: str) -> frozenset[str]:
    """The language's word list ``name`` as a set, built once: looked up for every name."""
    return frozenset(getattr(lang, name, ()))


@cache
def rule_endings(lang: ModuleType, name: str) -> tuple[str, ...]:
    """The language's word list ``name`` as a tuple, for ``str.endswith``, built once."""
    return tuple(getattr(lang, name, ()))


def after_word(text: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether the word right before ``at``, with the blank after it, is one of ``words``
    (``rule_endings``: "an " before "Online Leader")."""
    return text[text.rfind(" ", 0, at - 1) + 1 : at] in words


def field_title(lang: ModuleType, words: str) -> bool:
    """Whether ``words`` before a role are the field of a title (``ROLE_FIELDS``: "Home" of
    "Home Secretary"), or a nation's name or adjective and the field (``ORG_NOT_SHAPE`` then a
    field: "U.S. Energy" of "U.S. Energy Secretary Chris Wright"), or a word of reach and the
    field, maybe after an organisation's name (``ROLE_SCOPES``: "International Trade" of
    "International Trade Secretary", "AFP Global News" of "AFP Global News Director"), not an
    organisation's name."""
    fields = rule_words(lang, "ROLE_FIELDS")
    if words.lower() in fields:
        return True
    head, _, last = words.rpartition(" ")
    if not head or last.lower() not in fields:
        return False
    if head.rpartition(" ")[2] in rule_words(lang, "ROLE_SCOPES"):
        return True
    return (shape := optional_shape(lang, "ORG_NOT_SHAPE")) is not None and shape.fullmatch(head) is not None


@cache
def rule_pattern(lang: ModuleType | None, name: str) -> re.Pattern[str] | None:
    """The language's regex ``name`` as written, compiled once; None when it has none."""
    source = getattr(lang, name, None)
    return re.compile(source) if source else None


@cache
def rule_shape(lang: ModuleType, name: str) -> re.Pattern[str]:
    """The language's regex ``name`` with its placeholders filled (one that matches nothing
    when it has none), compiled once."""
    return optional_shape(lang, name) or re.compile(NEVER)


@cache
def optional_shape(lang: ModuleType, name: str) -> re.Pattern[str] | None:
    """``rule_shape``, or None when the language has no regex ``name``: its pass is skipped."""
    lazy = lazy_shape(lang, name)
    return lazy() if lazy is not None else None


@cache
def lazy_shape(lang: ModuleType, name: str) -> scan.Lazy | None:
    """``optional_shape`` compiled at its first use: for a pass tried only where its words
    stand, which most texts do not hold."""
    source = getattr(lang, name, None)
    return scan.Lazy(expand(lang, source)) if source else None


@cache
def shared_words(lang: ModuleType, key: str) -> tuple[str, ...]:
    """The words of the language's list ``key`` (words of letters, as anchor words are), in
    order, made anchor words: the one pass of ``scan.word_places`` over a text finds them with
    every extractor's others, where a plain string search for each would read the whole text
    again. Call it before that look-up."""
    words = tuple(getattr(lang, key, ()))
    scan.word_anchors(words)
    return words


@cache
def word_set(lang: ModuleType, key: str) -> frozenset[str]:
    """The words of a placeholder's list, as a set to look words up in."""
    return frozenset(list_words(lang, key))


@cache
def expand(lang: ModuleType, pattern: str) -> str:
    """``pattern`` with its placeholders replaced by the language's shapes and word lists,
    its optional groups written as alternations (``scan.unrepeated``: the same matches, and a
    try costs less; done before the word lists go in, whose tries are long to read)."""

    def fill(m: re.Match[str]) -> str:
        at_word_start, key = m.groups()
        if key in _SHAPES:
            return "(?:" + expand(lang, getattr(lang, _SHAPES[key], NEVER)) + ")"
        return _list_regex(lang, key, bool(at_word_start))

    return _PLACEHOLDER.sub(fill, scan.unrepeated(pattern))


@cache
def _list_regex(lang: ModuleType, key: str, at_word_start: bool) -> str:
    """The regex of a placeholder's list, built once: many patterns hold the same list."""
    words = list_words(lang, key)
    return "(?:" + (word_start_alternation(words) if at_word_start else trie_alternation(words)) + ")"


@cache
def compiled(lang: ModuleType, name: str) -> tuple[re.Pattern[str], ...]:
    """The language's pattern (or tuple of patterns) called ``name``, compiled."""
    return tuple(pattern() for pattern, _ in _searchable(lang, name))


def finditer(lang: ModuleType, name: str, text: str) -> Iterator[re.Match[str]]:
    """The matches of each of the language's patterns ``name`` in turn, as ``finditer``
    gives them. A pattern given with its anchors (see ``Where``) is tried only where one
    stands; the others are searched through the whole text."""
    for lazy, where in _searchable(lang, name):
        if where is None:
            yield from lazy().finditer(text)
            continue
        starts = where.starts(text)
        if not starts:
            continue  # not compiled for a text without its anchors
        match, done = lazy().match, 0
        for start in starts:
            if start >= done and (m := match(text, start)) is not None:
                yield m
                done = max(m.end(), start + 1)


@dataclass(frozen=True)
class Where:
    """Where a pattern can match. A language module gives a pattern as ``(anchors,
    pattern)``: every match opens with one of ``anchors`` ("said|according to", "{role}").
    An anchor that starts with a Latin letter is a whole word, found in the one pass of
    ``scan.word_places`` ("Inc." by "Inc", "according to" by "according"), and so is a word
    of letters of another script ("배우"); ``{head}`` is
    where the language's ``NAME_HEAD`` matches (one search per text, shared by the
    patterns using it), ``{capital}`` where a capital letter opens a Latin word (``CAPITAL``,
    also shared), ``{letter}`` where the language's ``NAME_LETTER`` matches (a capital for a
    name: "A씨"); any other is its first character, found wherever it stands ("'s"
    by "'").

    A pattern given as ``(anchors, pattern, closing)`` also holds one of the words of
    ``closing`` after its start, with nothing but the characters of a name (the language's
    ``NAME_RUN``) between: "Goldman Sachs Group Inc." holds its suffix. It is tried only at
    the anchors from which the first such word after them is reached so (most name heads are
    followed by none). A closing word is found as an anchor is (a whole word; "(" anywhere)."""

    anchors: scan.Anchors
    closing: scan.Anchors | None = None
    run: re.Pattern[str] | None = None

    def starts(self, text: str) -> tuple[int, ...]:
        """Where a match can start, in order."""
        if self.closing is None or self.run is None:
            return _starts(text, self.anchors)
        closing, run = self.closing, self.run
        return scan.remembered(text, self, lambda: _closed_starts(text, self.anchors, closing, run))


def _starts(text: str, anchors: scan.Anchors) -> tuple[int, ...]:
    """The anchors' places, kept for the next pattern of the text with the same anchors (the
    patterns opening at a name, "{head}", are four)."""
    return scan.remembered(text, anchors, lambda: tuple(scan.starts(text, anchors)))


def _closed_starts(text: str, anchors: scan.Anchors, closing: scan.Anchors, run: re.Pattern[str]) -> tuple[int, ...]:
    """The anchors' places from which ``run`` reaches the first place of ``closing`` after
    them: a match holds a closing word after its start, the run's characters only before it,
    so the first closing word after its start too. Kept (by ``Where.starts``) for the next
    pattern with the same three.
    Read closing place by closing place: of the anchors it is the first one after, those from
    the last one back that the run reaches it from (one that does not, none before it does)."""
    starts = _starts(text, anchors)
    found: list[int] = []
    first = 0  # the first anchor not read yet
    for end in scan.starts(text, closing):
        stop = bisect.bisect_left(starts, end, first)
        at = stop
        while at > first and (m := run.match(text, starts[at - 1], end)) is not None and m.end() == end:
            at -= 1
        found.extend(starts[at:stop])
        first = stop
    return tuple(found)


@cache
def _searchable(lang: ModuleType, name: str) -> tuple[tuple[scan.Lazy, Where | None], ...]:
    value = getattr(lang, name, ())
    entries = (value,) if isinstance(value, str) else value
    found: list[tuple[scan.Lazy, Where | None]] = []
    for entry in entries:
        if isinstance(entry, str):
            if entry:
                found.append((scan.Lazy(expand(lang, _letter_first(entry))), None))
            continue
        anchors, pattern, *closing = entry
        found.append((scan.Lazy(expand(lang, pattern)), _where(lang, anchors, closing[0] if closing else None)))
    return tuple(found)


@cache
def _where(lang: ModuleType, anchors: str, closing: str | None) -> Where:
    """One ``Where`` for the patterns whose anchors (and closing words) are written the same
    (the organisations' two suffixed patterns; the people's and organisations' patterns at a
    name's head share their ``Anchors``): the places found for a text are kept by the
    object's identity (``scan.remembered``), so they are found once for all of them."""
    return Where(_anchors(lang, anchors), *((_anchors(lang, closing), re.compile(lang.NAME_RUN)) if closing else ()))


_WORDS_FIRST = re.compile(r"\\b\(\?:((?:[^\W\d_]+\|)*[^\W\d_]+)\)")


def _letter_first(pattern: str) -> str:
    """A pattern that opens with a choice of words, "\\b(?:a|an|the) ...", rewritten to open
    with their first letters, "(?:a(?<!\\w.)|a(?<!\\w.)n|t(?<!\\w.)he) ..." (the same matches):
    the regex engine then skips from one such letter to the next, where before the word
    boundary it tried every position of the text (3x slower on the quotes' sentences)."""
    m = _WORDS_FIRST.match(pattern)
    if m is None:
        return pattern
    words = m.group(1).split("|")
    return "(?:" + "|".join(w[0] + r"(?<!\w.)" + w[1:] for w in words) + ")" + pattern[m.end() :]


_PLACEHOLDER_ONLY = re.compile(r"\{(\w+)\}")
_LATIN_LETTERS = re.compile(r"[A-Za-z]+")


@cache
def _anchors(lang: ModuleType, spec: str) -> scan.Anchors:
    """The words and characters of ``spec`` ("said|{role}|,"), as ``Where`` reads them."""
    words: set[str] = set()
    chars: set[str] = set()
    heads: tuple[re.Pattern[str], ...] = ()
    for item in spec.split("|"):
        if item == "{head}":
            heads = (*heads, _name_head(lang))
            continue
        if item == "{capital}":
            heads = (*heads, CAPITAL)
            continue
        if item == "{letter}":
            heads = (*heads, rule_shape(lang, "NAME_LETTER"))
            continue
        placeholder = _PLACEHOLDER_ONLY.fullmatch(item)
        for anchor in list_words(lang, placeholder.group(1)) if placeholder else (item,):
            latin = _LATIN_LETTERS.match(anchor)
            if latin:
                words.add(latin.group())
            elif anchor.isalpha():  # a word of another script, whole ("배우")
                words.add(anchor)
            else:
                chars.add(anchor[0])
    return scan.word_anchors(words)._replace(patterns=heads, chars="".join(sorted(chars)))


# A capital letter opening a Latin word of two letters or more; the letter first, then the
# look back, lets the regex engine skip to capitals (3.5x faster than the other way round).
CAPITAL = re.compile(r"[A-Z](?<![A-Za-z].)[A-Za-z&]")


@cache
def _name_head(lang: ModuleType) -> re.Pattern[str]:
    return re.compile(expand(lang, getattr(lang, "NAME_HEAD", r"\b\w")))


def strip_particle(lang: ModuleType, word: str, known: Iterable[str] = ()) -> str:
    """``word`` without its trailing particle (the longest: "산업부는" -> "산업부", "Apple's" -> "Apple"),
    unless the whole word is a known name or a particle. String tests, not the regex: called
    for every word of a Korean text."""
    if word in known:
        return word
    particles, sizes = _particles(lang)
    for size in sizes:
        if word[-size:] in particles:
            return word[:-size] or word
    return word


@cache
def _particles(lang: ModuleType) -> tuple[frozenset[str], tuple[int, ...]]:
    """The language's particles, and their lengths, longest first."""
    particles = frozenset(getattr(lang, "PARTICLES", ()))
    return particles, tuple(sorted({len(p) for p in particles}, reverse=True))


@cache
def particle_after(lang: ModuleType, key: str) -> re.Pattern[str] | None:
    """One of the language's particles ``key`` (``SUBJECT_PARTICLES``: "서울시는", "국회가";
    ``TOPIC_PARTICLES``) ending a word, matched right after a name or a role; None when the
    language has none (English), as ``rule_pattern``: a caller tells by it that the language
    does not mark subjects so."""
    particles = getattr(lang, key, ())
    return re.compile("(?:" + alternation(particles) + r")(?!\w)") if particles else None


@cache
def _word_end(lang: ModuleType) -> re.Pattern[str]:
    return re.compile(expand(lang, r"(?:{particle})?(?![\w&])"))


def occurrences(lang: ModuleType | None, text: str, forms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where the article's own names (found before) stand as whole words, maybe followed
    by a particle: (start, end, form), the longest form first where two overlap. Plain
    string search: no regex is built for each article."""
    hits = []
    word_end = _word_end(lang).match
    for form in forms:
        i = text.find(form)
        while i >= 0:
            end = i + len(form)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "&._")) and word_end(text, end):
                hits.append((i, end, form))
            i = text.find(form, i + 1)
    kept: list[tuple[int, int, str]] = []
    for hit in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


class Spans:
    """Spans of the text, to ask whether a new span overlaps one of them: a bisect over the
    starts finds the spans that start before the new one ends, and the furthest end among
    them (kept for each prefix of the sorted spans) says whether one reaches into it. One
    long span (a quotation left open for paragraphs) costs nothing more."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]  # ints: a bisect compares them faster than pairs
        self._reach = list(accumulate((e for _, e in ordered), max))  # of the first i + 1 spans

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._reach.insert(i, max(self._reach[i - 1], end) if i else end)
        for j in range(i + 1, len(self._reach)):  # the longer prefixes now reach at least to end
            if self._reach[j] >= end:
                break
            self._reach[j] = end

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self._starts, end)  # the spans starting before end
        return before > 0 and self._reach[before - 1] > start
