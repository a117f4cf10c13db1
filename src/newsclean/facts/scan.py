"""Fast matching of a big pattern: try it only where cheap anchor patterns match.

A pattern full of optional words and alternations is slow to *search* (every position of
the text is a try), but fast to *match* at one position. Every amount holds a digit or a
number word, every date a digit or a date word: those are the anchors. ``read`` runs the
full pattern only at each anchor, or earlier where a short ``prefix`` (an article: words a
match may start with) ends right at the anchor. The result is what ``finditer`` would
give, several times faster. Anchors are a few simple patterns searched separately (a
digit run, a set of glued words): Python's regex engine skips fast only through those.
Anchor words ("said", "March", "billion") are found otherwise: every anchor word of every
extractor goes into one Aho-Corasick automaton, which finds them all in one pass over a
text (compiled code, ``ahocorasick_rs``), where a search per word would scan the text
again for each. A big pattern is also written to cost less at each try, with the same
matches: optional groups as alternations (``unrepeated``), alternatives and word lists behind
a look-ahead at the characters they can start with (``guard``, ``guarded``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _parser  # type: ignore[attr-defined]  # the regex engine's own parse of a pattern (see guard)
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Sequence, TypeVar

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from ..lang import alternation

T = TypeVar("T")


def guarded(words: Iterable[str]) -> str:
    """``alternation`` of ``words`` behind a look-ahead at their first characters (``guard``):
    in an ignore-case pattern the regex engine enters each branch of the trie in turn to test
    its first letter (it skips a branch by its first character only where case matters), one
    character class tests them all (the amount pattern tries a dozen such lists at every
    number). The same string as ``guard(alternation(words))``, whose first characters are
    the words' own: no parse of the trie to read them (a list of thousands of names)."""
    unique = set(words)
    pattern = alternation(unique)
    if not unique or "" in unique:
        return pattern  # it may match empty: no look-ahead, as guard
    return f"(?=[{''.join(sorted({re.escape(w[0]) for w in unique}))}]){pattern}"


class Lazy:
    """A regex compiled when first called for (``lazy()``): a text in which it is never
    tried, its anchors absent, does not pay for compiling it. Compiling is most of what the
    first article costs (a one-page run: 0.1-0.2 s of big patterns no sentence of it needs)."""

    __slots__ = ("source", "_compiled")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled


def unrepeated(pattern: str) -> str:
    """``pattern`` with every optional group ``(…)?`` written ``(?:(…)|)``: the same match
    (the group first, then nothing), but the regex engine runs an optional group through its
    repeat machinery, which saves and restores the marks of every group set so far (a date
    pattern has 75) each time; an alternation does not (the English pattern's tries cost
    0.83x the instructions). Lazy ``??``, possessive ``?+`` and look-arounds are left as
    they are."""
    out: list[str] = []
    opened: list[int] = []  # where in ``out`` each open group starts
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":  # an escaped character, in a class or not
            out.append(pattern[i : i + 2])
            i += 2
            continue
        i += 1
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith("]", i) or pattern.startswith("^]", i):  # a "]" first is a member
                c += pattern[i : pattern.index("]", i) + 1]
                i += len(c) - 1
        elif c == "(":
            opened.append(len(out))
        elif c == ")":
            start = opened.pop()
            group = "".join(out[start:]) + c
            if pattern.startswith("?", i) and not pattern.startswith(("??", "?+"), i) and not group.startswith(_LOOK_AROUNDS):
                del out[start:]
                out.append(f"(?:{group}|)")
                i += 1
                continue
            del out[start:]
            c = group
        out.append(c)
    return "".join(out)


_LOOK_AROUNDS = ("(?=", "(?!", "(?<=", "(?<!", "(?(")


def guard(pattern: str) -> str:
    """``pattern`` behind a look-ahead at the characters its match can start with: the
    regex engine tries the alternatives of a big alternation one by one, each through its
    optional words and groups before it fails; a look-ahead fails at once where the
    alternative cannot start (the English pattern's tries cost 0.87x the instructions with
    its alternatives and lead words so guarded). The same matches: the set holds every
    character a match can start with, read from the engine's own parse of the pattern."""
    starts = _first_characters(_parser.parse(pattern).data, False)
    if starts is None or starts[2]:
        return pattern  # it may start with anything, or match empty
    cased, folded = ("".join(sorted(atoms)) for atoms in starts[:2])
    classes = ([f"[{cased}]"] if cased else []) + ([f"(?i:[{folded}])"] if folded else [])
    return f"(?={'|'.join(classes)}){pattern}"


_Starts = tuple[set[str], set[str], bool]  # atoms of a class, as written and in any case; may it match empty?
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _first_characters(items: Any, folded: bool) -> _Starts | None:
    """What a sequence of the regex engine's parse (``re._parser``) can start with: the
    atoms of a character class (a literal, a range, a category), those under an ignore-case
    flag apart, and whether the sequence can match empty; None when it can start with any
    character (a negated class, a dot) or a construct read here not at all (a back-reference)."""
    cased: set[str] = set()
    anycase: set[str] = set()
    for op, av in items:
        found = _first_of(op.name, av, folded)
        if found is None:
            return None
        cased |= found[0]
        anycase |= found[1]
        if not found[2]:
            return cased, anycase, False
    return cased, anycase, True


def _first_of(op: str, av: Any, folded: bool) -> _Starts | None:
    if op in ("LITERAL", "IN"):
        items = [(op, av)] if op == "LITERAL" else [(o.name, a) for o, a in av]
        if any(o not in ("LITERAL", "RANGE", "CATEGORY") or o == "CATEGORY" and a.name not in _CATEGORIES for o, a in items):
            return None  # a negated class
        atoms = {re.escape(chr(a)) if o == "LITERAL" else _CATEGORIES[a.name] if o == "CATEGORY" else f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}" for o, a in items}
        return (set(), atoms, False) if folded else (atoms, set(), False)
    if op in _ZERO_WIDTH:
        return set(), set(), True
    if op == "SUBPATTERN":
        _, on, off, inner = av
        return _first_characters(inner, (folded or bool(on & re.IGNORECASE)) and not off & re.IGNORECASE)
    if op in _REPEATS:
        least, _, inner = av
        found = _first_characters(inner, folded)
        return found and (found[0], found[1], found[2] or least == 0)
    if op in ("BRANCH", "GROUPREF_EXISTS"):
        branches = av[1] if op == "BRANCH" else av[1:]
        every = [_first_characters(b, folded) if b is not None else (set(), set(), True) for b in branches]  # a condition with no "no" branch matches empty
        if any(found is None for found in every):
            return None
        return set().union(*(f[0] for f in every)), set().union(*(f[1] for f in every)), any(f[2] for f in every)  # type: ignore[index]
    return None


class Prefix(NamedTuple):
    """Words a match may start with before its anchor, all within ``lookback`` characters.
    Keep it short: it is searched before every anchor. Frequent lead words are better
    made anchors themselves."""

    pattern: re.Pattern[str]
    lookback: int
    last_words: frozenset[str] | None = None  # lower case; the word before the anchor must be one
    # Lower case; when given, every word a lead can hold (words are separated by blanks and
    # hyphens; pieces with digits are always allowed). See ``_lead_window``.
    words: frozenset[str] | None = None
    # Lower case; a lead ending in one of these words that read nothing is tried again from
    # that word alone: "a year from 2026", whose lead "a year from" is that of "a year from
    # now", holds the lead "from" of "from 2026".
    again: frozenset[str] = frozenset()


def word_before(text: str, at: int) -> str:
    """The word just before ``at`` and its separator (space or hyphen), in lower case; an
    opening bracket or quote is no part of it ("(약 160조원)", '"about 500')."""
    if not at or text[at - 1] not in " \t-":  # no separator right before: no word
        return ""
    head = text[max(0, at - 24) : at]
    stripped = head.rstrip(" \t-")
    word = stripped[stripped.rfind(" ") + 1 :]
    if "\n" in word or "\t" in word:  # rare: a line break or tab after the last space
        word = word[max(word.rfind("\n"), word.rfind("\t")) + 1 :]
    if not word.isalnum():  # rare: only then look for a bracket or quote in it
        word = _LAST_WORD.search(word).group()  # type: ignore[union-attr]
    return word.lower()


_LAST_WORD = re.compile(r"[^\s(\[{\"“‘]*$")


class Anchors(NamedTuple):
    """Where a match may be: places matched by ``patterns`` (each should start with a
    literal character or a set of them, so that the regex engine skips quickly to where it
    can match), and the places of ``words`` (see ``word_places``)."""

    patterns: tuple[re.Pattern[str], ...]
    words: frozenset[str] = frozenset()
    word: re.Pattern[str] | None = None  # what a word of the text is (ASCII letters when the words are)
    # Characters that are anchors ("$", "€"), or short strings ("://"): str.find jumps to
    # each, where a regex would try every position of the text.
    chars: str | tuple[str, ...] = ""
    # A pattern found in the ``lookback`` characters before a digit run (it may look at the
    # run's first two characters): "Q2", "H1", "USD 5", "Rs. 20". Searched only there, at
    # the digit runs already found, instead of through the whole text.
    before_digits: re.Pattern[str] | None = None
    lookback: int = 1
    # Words glued to what follows them (Hangul, before particles), as anchors only where no
    # letter or digit is right before: the patterns using them never match inside a word
    # ("사" in "회사" is no number), so the places inside words are not tried at all.
    glued: re.Pattern[str] | None = None
    # Words that are anchors only for the lead before them ("year" of "a year"): no match
    # starts at the word itself, so it is not tried there.
    lead_only: frozenset[str] = frozenset()
    # When given, digit runs are anchors only where this matches: a test every match through
    # a digit run passes (for a pattern with no lead that only a digit run starts, a phone
    # number or "2020-07-15", the pattern itself). Most digit runs are bare numbers: one
    # quick loop tries them all instead of ``read``'s lead search and big pattern.
    digits_where: re.Pattern[str] | None = None
    # Anchor words (lower case) that no match ends at or goes through unless ``next_word``
    # matches right after them ("this" year, "first" quarter): elsewhere ("this is") they
    # are no anchors.
    needs_next: frozenset[str] = frozenset()
    next_word: re.Pattern[str] | None = None
    # When given, places of ``chars`` are anchors only where this matches: a rare pattern
    # found from strings every match of it starts with ("www." in any case: "ww", "wW"...).
    chars_where: re.Pattern[str] | None = None


# A digit run (group 1) after the non-digits before it: the regex engine passes over those
# in one loop, where a search for the run tries the pattern at each of them (1.3x faster).
# At the text's end it matches the last non-digits alone. The key of the digit runs' places.
DIGITS = re.compile(r"\D*+(\d[\d,.]*)?")
# The same places found so: after the non-digits opening the text, each match of a run and
# the non-digits after it starts at a run (the last one, empty, at the text's end), so the
# places are the matches' starts, read by ``map`` in C with no Python code for each run.
_LEAD = re.compile(r"\D*+")
_RUN = re.compile(r"[\d,.]*+\D*+")
_START = re.Match.start
_ASCII_WORD = re.compile(r"[A-Za-z]+")  # twice as fast to find as any letters
_WORD = re.compile(r"[^\W\d_]+")


def anchors(
    *patterns: str,
    words: Iterable[str] = (),
    glued: Iterable[str] = (),
    chars: str = "",
    before_digits: str | None = None,
    lookback: int = 1,
    lead_only: Iterable[str] = (),
    digits_where: re.Pattern[str] | None = None,
    needs_next: Iterable[str] = (),
    next_word: re.Pattern[str] | None = None,
    chars_where: re.Pattern[str] | None = None,
) -> Anchors:
    """Anchors: digit runs (those where ``digits_where`` matches, when given), each of
    ``patterns``, ``words`` and ``lead_only`` words as whole words (also Capitalised; a phrase
    by its first word; ``needs_next`` ones only where ``next_word`` follows), ``glued`` words
    that may run on into the next (Hangul, before particles), each of ``chars``, and
    ``before_digits`` (see ``Anchors``; ``chars_where`` and ``digits_where`` keep only some)."""
    glued = set(glued)
    compiled = [*([] if digits_where else [DIGITS]), *(re.compile(p) for p in patterns)]
    only = {w.split()[0] for w in lead_only}
    firsts = {w.split()[0] for w in words if w.split()[0].isalpha()} | only  # "~" is no word to find
    word = _ASCII_WORD if all(w.isascii() for w in firsts) else _WORD
    after = None if before_digits is None else re.compile(before_digits)
    glued_pattern = re.compile(alternation(glued)) if glued else None
    only_words = frozenset((only | {w.capitalize() for w in only}) - {w.split()[0] for w in words})
    words_found = frozenset(firsts | {w.capitalize() for w in firsts})
    needs = frozenset(w.lower() for w in needs_next)
    _learn(words_found)
    return Anchors(tuple(compiled), words_found, word, chars, after, lookback, glued_pattern, only_words, digits_where, needs, next_word, chars_where)


def word_anchors(words: Iterable[str]) -> Anchors:
    """Anchors at exactly these whole words, in the case written (no digits)."""
    words = frozenset(words)
    _learn(words)
    return Anchors((), words, _ASCII_WORD if all(w.isascii() for w in words) else _WORD)


# Every anchor word of every ``Anchors`` made (they are made once per language and
# extractor): what ``word_places`` finds in one pass.
_vocabulary: frozenset[str] = frozenset()


def _learn(words: frozenset[str]) -> None:
    global _vocabulary
    if not words <= _vocabulary:
        _vocabulary = _vocabulary | words


def _automaton(words: frozenset[str]) -> tuple[AhoCorasick, tuple[str, ...], bool]:
    """The automaton finding ``words``, the words in the order its matches number them, and
    whether it must report overlapping matches. Words of letters and digits alone (every
    anchor word) need not: no match can cover the character before a whole word (a blank, a
    bracket), nor start where it starts and be longer, so the leftmost-longest matches hold
    every whole word, with fewer pieces of other words to reject.
    A DFA (one table look-up per character) once the same set is asked for again; the first
    time a contiguous NFA, a third of a DFA's cost to build: the first article's extractors
    add their anchor words one after another (a one-page run builds a dozen sets), and a
    batch asks for its last set ever after."""
    return _dfa(words) if words is _asked[0] else _nfa(words)


_asked: list[frozenset[str]] = [frozenset()]  # the set the last automaton was built for


@lru_cache(maxsize=1)
def _dfa(words: frozenset[str]) -> tuple[AhoCorasick, tuple[str, ...], bool]:
    return _built(words, Implementation.DFA)


def _nfa(words: frozenset[str]) -> tuple[AhoCorasick, tuple[str, ...], bool]:
    _asked[0] = words
    return _built(words, Implementation.ContiguousNFA)


def _built(words: frozenset[str], implementation: Implementation) -> tuple[AhoCorasick, tuple[str, ...], bool]:
    ordered = tuple(sorted(words))
    overlapping = not all(w.isalnum() for w in ordered)
    kind = MatchKind.Standard if overlapping else MatchKind.LeftmostLongest
    return AhoCorasick(ordered, matchkind=kind, implementation=implementation), ordered, overlapping


_SURROGATE = re.compile("[\ud800-\udfff]")  # one character each: offsets stay the same


def word_places(text: str) -> dict[str, tuple[int, ...]]:
    """Where each anchor word (of any ``Anchors``) stands as a whole word in the text."""
    return _word_places(text, _vocabulary)


@lru_cache(maxsize=4)
def _word_places(text: str, words: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """One pass of the automaton over the text, kept for every extractor's anchors."""
    automaton, ordered, overlapping = _automaton(words)
    try:
        matches = automaton.find_matches_as_indexes(text, overlapping=overlapping)
    except UnicodeEncodeError:  # lone surrogates (bytes read with surrogateescape): no UTF-8
        matches = automaton.find_matches_as_indexes(_SURROGATE.sub("\ufffd", text), overlapping=overlapping)
    found: dict[str, list[int]] = {}
    size = len(text)
    for i, at, end in matches:
        if not (at and text[at - 1].isalnum()) and not (end < size and text[end].isalnum()):
            found.setdefault(ordered[i], []).append(at)
    return {word: tuple(places) for word, places in found.items()}


def substrings(text: str, words: frozenset[str]) -> set[str]:
    """Which of ``words`` the text holds anywhere, inside other words too (one pass of an
    automaton): for a language whose particles are letters, a name glued to one."""
    automaton = _substring_automaton(words)
    try:
        return set(automaton.find_matches_as_strings(text, overlapping=True))
    except UnicodeEncodeError:  # lone surrogates (bytes read with surrogateescape): no UTF-8
        return set(automaton.find_matches_as_strings(_SURROGATE.sub("\ufffd", text), overlapping=True))


@lru_cache(maxsize=8)
def _substring_automaton(words: frozenset[str]) -> AhoCorasick:
    return AhoCorasick(sorted(words), matchkind=MatchKind.Standard, implementation=Implementation.DFA)


@lru_cache(maxsize=16)
def memo(text: str) -> dict[int, tuple[object, Any]]:
    """What was worked out for ``text`` (one of the last 16), by the identity of the object
    it was worked out for (a pattern, ``Anchors``): see ``remembered``."""
    return {}


def remembered(text: str, key: object, work: Callable[[], T]) -> T:
    """``work()`` for ``text`` and ``key``, done once: kept for the next extractor asking.
    Kept by the key's identity (the key is kept too, so its id is never another's): an
    ``lru_cache`` hashes its arguments at every call, and the hash of a compiled pattern
    reads all of its code (a name head's is thousands of words long)."""
    kept = memo(text)
    found = kept.get(id(key))
    if found is not None and found[0] is key:
        return found[1]  # type: ignore[no-any-return]
    value = work()
    kept[id(key)] = (key, value)
    return value


def _matches(text: str, pattern: re.Pattern[str]) -> tuple[int, ...]:
    """Where a pattern matches (where the digit runs start, for ``DIGITS``): kept for the
    next extractor using the same anchor."""
    if pattern is DIGITS:
        return remembered(text, pattern, lambda: tuple(map(_START, _RUN.finditer(text, _LEAD.match(text).end())))[:-1])  # type: ignore[union-attr]
    return remembered(text, pattern, lambda: tuple(map(_START, pattern.finditer(text))))


@lru_cache(maxsize=1024)
def whole_word_places(text: str, word: str) -> tuple[int, ...]:
    """Where ``word`` (a name the text gave, not an anchor word known beforehand) stands
    as a whole word: kept for the next look-up of that word."""
    found = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            found.append(at)
        at = text.find(word, end)
    return tuple(found)


@lru_cache(maxsize=16)
def _char_places(text: str, chars: str | tuple[str, ...]) -> tuple[int, ...]:
    """Where any of ``chars`` (characters, or strings) is, in order."""
    found = []
    for c in chars:
        at = text.find(c)
        while at >= 0:
            found.append(at)
            at = text.find(c, at + 1)
    if len(chars) > 1:
        return tuple(sorted(set(found)))  # "ww" and "www" may both be at one place
    return tuple(found)


def starts(text: str, found: Anchors) -> list[int]:
    """Where the anchors are, in order. Each kind of anchor gives its places in order (a
    run); one run is the answer as it is (a name head's places), several are merged."""
    runs: list[Sequence[int]] = [_matches(text, pattern) for pattern in found.patterns]
    if found.chars:
        if found.chars_where is None:
            runs.append(_char_places(text, found.chars))
        else:
            match = found.chars_where.match
            runs.append([at for at in _char_places(text, found.chars) if match(text, at)])
    if found.digits_where is not None:
        match = found.digits_where.match
        runs.append([at for at in _matches(text, DIGITS) if match(text, at)])
    if found.before_digits is not None:  # every digit run starts right after a non-digit
        search, back = found.before_digits.search, found.lookback
        near: list[int] = []  # the windows of near runs overlap: a place may come twice
        for at in _matches(text, DIGITS):
            if at:
                m = search(text, max(0, at - back), at + 2)
                while m is not None:
                    near.append(m.start())
                    m = search(text, m.end(), at + 2)
        runs.append(near)
        runs.append(())  # never the only run
    if found.glued is not None:
        runs.append([at for at in _matches(text, found.glued) if not (at and text[at - 1].isalnum())])
    if found.words:
        found_places = word_places(text)
        for word in found.words.intersection(found_places):  # no set made of the text's words
            if found.next_word is not None and word.lower() in found.needs_next:
                after, size = found.next_word.match, len(word)
                runs.append([at for at in found_places[word] if after(text, at + size)])
            else:
                runs.append(found_places[word])
    if len(runs) == 1:
        return list(runs[0])
    return sorted(set().union(*runs))


def read(
    text: str,
    patterns: Sequence[re.Pattern[str]],
    anchors: Anchors,
    prefix: Prefix | None,
    reader: Callable[[re.Match[str]], T | None],
    retry: Callable[[re.Match[str]], bool] | None = None,
) -> Iterator[T]:
    """What ``reader`` makes of non-overlapping matches, left to right. At each place the
    patterns are tried in order until the reader accepts one (returns non-None); text
    that matched but was rejected ("Vision 2030", "2월 30일") is passed over, as finditer would.
    ``retry`` (when given) says whether a rejected match is worth trying the next patterns
    on: a caller whose next pattern would match the very same text says no and saves it.
    A caller giving it also says that the next patterns are narrower: where one matches
    nothing, they are not tried."""
    done = 0
    last_words = None if prefix is None else prefix.last_words
    for at in starts(text, anchors):
        if at < done:
            continue
        if prefix is not None and (last_words is None or word_before(text, at) in last_words):
            lo = max(done, at - prefix.lookback)
            if prefix.words is not None:
                lo = _lead_window(text, lo, at, prefix.words)
            lead = prefix.pattern.search(text, lo, at)
            if lead is not None and lead.start() < at:
                value, end = _first(text, lead.start(), at, patterns, reader, retry)
                if value is None and end == lead.start() and prefix.again and word_before(text, at) in prefix.again:
                    if (last := text.rfind(" ", lead.start(), at - 1) + 1) > lead.start():
                        value, end = _first(text, last, at, patterns, reader, retry)
                done = max(done, end)
                if value is not None:
                    yield value
                    continue
        if anchors.lead_only and text[at].isalpha() and _word_at(text, at, anchors) in anchors.lead_only:
            continue  # no match starts at the word itself
        value, end = _first(text, at, at, patterns, reader, retry)
        done = max(done, end)
        if value is not None:
            yield value


_DIGIT = re.compile(r"\d")


def _word_at(text: str, at: int, anchors: Anchors) -> str | None:
    """The anchor word at ``at``."""
    word = (anchors.word or _WORD).match(text, at)
    return None if word is None else word.group()


def _lead_window(text: str, lo: int, at: int, words: frozenset[str]) -> int:
    """Where a lead ending at ``at`` can start at the earliest: at the last piece (run of
    characters between blanks and hyphens) after ``lo`` that is none of ``words``. A lead
    cannot hold such a piece whole, but may start inside it ('"in 2019'). A search from
    there finds the lead a search from ``lo`` would, without trying the pattern at every
    place in between (where it backtracks through all its optional words before failing).
    Pieces with a digit or a non-ASCII letter (the regex folds more cases than lower())
    never stop the walk."""
    window = text[lo:at].replace("-", " ")
    end = len(window)
    for piece in reversed(window.split()):  # the same blanks as the regex's \s
        end = window.rfind(piece, 0, end)  # where this piece is: nothing right of it is
        if piece.isascii() and piece.lower() not in words and _DIGIT.search(piece) is None:
            return lo + end
    return lo


def _first(
    text: str,
    start: int,
    at: int,
    patterns: Sequence[re.Pattern[str]],
    reader: Callable[[re.Match[str]], T | None],
    retry: Callable[[re.Match[str]], bool] | None,
) -> tuple[T | None, int]:
    """The first accepted reading at ``start`` and its end, or None and the end of the
    text the patterns matched there (``start`` if none did). When a narrower pattern matched
    again after a wider one was rejected, only its text is passed over: a rejected range
    ("a barrel to $85.20") leaves its second amount to be read."""
    end = start
    for pattern in patterns:
        m = pattern.match(text, start)
        if m is not None and m.end() > at:
            value = reader(m)
            if value is not None:
                return value, m.end()
            end = m.end()
            if retry is not None and not retry(m):
                break
        elif retry is not None:
            break  # the next patterns are narrower: they match nothing here either
    return None, end
