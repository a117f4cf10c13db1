"""The speed devices of the facts stage give what the plain regex search gives."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.facts import amounts, contacts, dates, names, quotes, scan
from newsclean.lang import get

ROOT = Path(__file__).resolve().parents[1]
DUCKLING = Path(__file__).resolve().parents[2] / "shared" / "eval" / "duckling-dev"

ENGLISH = (
    "Treasury Secretary Janet Yellen said on Tuesday that the Fed would act. "
    "\"We are ready,\" said Jerome Powell, the Fed's chair. Analysts at Goldman Sachs "
    "and economists at the European Central Bank (ECB) disagreed; a senior official "
    "familiar with the matter said Apple CEO Tim Cook, the company's chief executive, "
    "met Sen. Elizabeth Warren. According to Ms. Warren, the head of the bank spoke. "
    "Shares of Tesla fell. overhead, Chairmanship and said2 are not words of a list. "
    "Goldman Sachs Group Inc. and the pro-Western Bank of Korea's governor, Lee Chang-yong, said "
    "Xi Jinping's Communist Party (CCP) and DataBank of Asia were not at the Oval Office."
)


def test_anchors_are_whole_latin_words_or_a_first_character() -> None:
    anchors = names._anchors(get("en"), "said|according to|Inc.|{particle}|(")
    assert anchors.words == {"said", "according", "Inc"}
    assert set(anchors.chars) == {"'", "’", "("}


def test_a_match_is_tried_only_where_an_anchor_word_stands() -> None:
    where = names.Where(names._anchors(get("en"), "said|according to"))
    text = "Unsaid, he said so, according to her; Said: said2."  # whole words, in the case given
    assert where.starts(text) == (text.index(" said") + 1, text.index("according"))


@pytest.mark.parametrize(
    "lang, name",
    [
        (lang, name)
        for lang in ("en", "ko")
        for name in ("ORG_SUFFIXED", "ORG_PATTERNS", "ORG_COORDINATION", "PERSON_PATTERNS", "ANONYMOUS_SOURCES")
    ],
)
def test_anchored_search_finds_what_finditer_finds(lang: str, name: str) -> None:
    rules = get(lang)
    seed = (ROOT / "samples" / "000_3a65b3409141d8c2.txt").read_text(encoding="utf-8")
    for text in (ENGLISH, seed, ENGLISH + "\n" + seed):
        plain = [(m.re.pattern, m.span(), m.groupdict()) for p in names.compiled(rules, name) for m in p.finditer(text)]
        anchored = [(m.re.pattern, m.span(), m.groupdict()) for m in names.finditer(rules, name, text)]
        assert anchored == plain


def test_some_english_patterns_are_anchored() -> None:
    anchored = [a for a in (*names._searchable(get("en"), "PERSON_PATTERNS"), *names._searchable(get("en"), "ORG_PATTERNS")) if a[1]]
    assert len(anchored) >= 4


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "naïve saidé said_x Straße 2one one2 ÉSaid x\ud800y 한국어said March/April, said-said. Said",
        "that weekend at year-end; yearly years a week weeks, Mondays Monday days day-to-day at",  # words within words
        "said",
        "",
    ],
)
def test_anchor_words_are_found_in_one_pass_where_a_search_per_word_finds_them(text: str) -> None:
    for rules in (get("en"), get("ko")):  # every extractor's anchors made, so all their words are known
        amounts.amount_anchors(rules), dates.date_anchors(rules)
        for name in ("ORG_SUFFIXED", "ORG_PATTERNS", "ORG_COORDINATION", "PERSON_PATTERNS", "ANONYMOUS_SOURCES"):
            names.compiled(rules, name)
    words = scan._vocabulary
    assert {"said", "according", "March", "billion"} <= words
    found = scan.word_places(text)
    for word in words:
        assert word.isalpha()
        whole = tuple(m.start() for m in re.finditer(rf"(?<![^\W_]){word}(?![^\W_])", text))
        assert found.get(word, ()) == whole, word


def test_a_pattern_opening_with_words_matches_as_with_a_word_boundary() -> None:
    text = ENGLISH + " A spokesman, an aide and two officials; the mayor's spokeswoman; ansible."
    for pattern in (r"\b(?:a|an|the) (?:\w+ )?spokes\w+", r"\b(?:officials|aide)\b", r"\b(?:an|a)\b"):
        rewritten = names._letter_first(pattern)
        assert rewritten != pattern
        assert [m.span() for m in re.finditer(rewritten, text)] == [m.span() for m in re.finditer(pattern, text)]


def test_a_list_at_a_word_start_matches_as_with_a_word_boundary() -> None:
    ko = get("ko")
    seed = (ROOT / "samples" / "000_3a65b3409141d8c2.txt").read_text(encoding="utf-8")
    at_start = re.compile(names.expand(ko, "(?:{^surnames})[가-힣]{1,2}"))
    plain = re.compile(names.expand(ko, r"\b(?:{surnames})[가-힣]{1,2}"))
    assert [m.span() for m in at_start.finditer(seed)] == [m.span() for m in plain.finditer(seed)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)), max_size=12), st.integers(0, 12), st.integers(0, 80), st.integers(0, 10))
def test_spans_tell_overlaps_as_a_plain_scan_does(spans: list[tuple[int, int]], built: int, start: int, length: int) -> None:
    spans = [(s, s + n) for s, n in spans]
    found = names.Spans(spans[:built])
    for s, e in spans[built:]:
        found.add(s, e)
    end = start + length
    assert found.overlaps(start, end) == any(s < end and e > start for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789,. a-x\n’", max_size=40))
def test_digit_runs_are_where_the_regex_finds_them(text: str) -> None:
    """Where each run of digits (with its commas and dots) starts, as the digit-run pattern
    finds it: also a run opening or closing the text, a "," or "." before a digit, no digit."""
    for sample in (text, ENGLISH, ".5 and 3,000.75, then ,12 and 4..5"):
        expected = tuple(at for m in scan.DIGITS.finditer(sample) if (at := m.start(1)) >= 0)
        assert scan._matches(sample, scan.DIGITS) == expected


def test_quotations_are_those_of_the_regex_search() -> None:
    text = 'He said "yes" and “no, "maybe"” then "open\n“a” "b" "c'
    assert [m.span() for m in quotes._quotations(text)] == [m.span() for m in quotes._QUOTED.finditer(text)]


def _through(text: str, at: int, pattern: re.Pattern[str], prefix: scan.Prefix | None) -> bool:
    """Does ``pattern`` match through ``at``, from there or from a lead before it?"""
    starts = [at]
    if prefix is not None:
        lo = max(0, at - prefix.lookback)
        lead = prefix.pattern.search(text, lo if prefix.words is None else scan._lead_window(text, lo, at, prefix.words), at)
        starts += [lead.start()] if lead is not None else []
    return any((m := pattern.match(text, start)) is not None and m.end() > at for start in starts)


def _english_texts() -> list[str]:
    texts = [ENGLISH, "Call +1 (555) 123-4567 or 02-123-4567 on 2020-07-15, 15/07/2020 or 7.15.2020; 1,000 and 3.5."]
    texts.append("Results are due the week after next. The board meets the month after next, two weeks from now")
    texts.append("USD 5, Rs. 20, US$3, HK$ 4, RMB5, USD.5 and xUSD 7 in Q2 2020 or H1 19, not Q23 nor USD.. or EUR .x")
    # digits glued to letters or a range's sign: dates ("3rd", "1990s", "13-15 March", a year
    # inside a longer run) and not ("10D nylon", "3.54kg", "a 20-year-old", "$5-billion")
    texts.append("of 20201,000of by 13-15 March, 2-million years ago, the 3rd-the 5th, 1990s, 18Q4, 500AD, 2k years ago")
    texts.append("a 20-year-old in 10D nylon, 3.54kg and a $5-billion deal; 6-4, 6-2 and 0.1-0.2 to 0.3-0.4")
    for line in (DUCKLING / "en_time.jsonl").read_text(encoding="utf-8").splitlines():
        expression = re.search(r'"text": "((?:[^"\\]|\\.)*)"', line).group(1)  # type: ignore[union-attr]
        texts += [f"It happened {expression}.", f"the {expression}, this is {expression} as of 15 people"]
    return texts


@pytest.mark.skipif(not DUCKLING.is_dir(), reason="../shared/eval is not beside the repo")
@pytest.mark.parametrize(
    "pattern, anchors, prefix",
    [
        (dates.date_pattern(get("en")), *dates.date_anchors(get("en"))),
        (dates.NUMERIC_DATE, dates._DIGIT_ANCHORS, None),
        (contacts.PHONE, contacts.PHONE_ANCHORS, None),
        (amounts.amount_pattern(get("en")), *amounts.amount_anchors(get("en"))),
    ],
    ids=["dates", "numeric dates", "phones", "amounts"],
)
def test_anchors_left_out_are_places_no_match_goes_through(pattern: re.Pattern[str], anchors: scan.Anchors, prefix: scan.Prefix | None) -> None:
    """The digit runs, characters and words a test leaves out ("this is", "15 people", a "("
    before no phone number) are never part of a match: the big pattern tried there, or from
    a lead before, matches nothing through them."""
    searched = (scan.DIGITS, *anchors.patterns, *([anchors.before_digits] if anchors.before_digits else []))
    every = anchors._replace(patterns=searched, before_digits=None, digits_where=None, chars_where=None, needs_next=frozenset())
    left_out = 0
    for text in _english_texts():
        kept = scan.starts(text, anchors)
        for at in sorted(set(scan.starts(text, every)) - set(kept)):
            left_out += 1
            assert not _through(text, at, pattern, prefix), text[at : at + 30]
    assert left_out > 0


_NAME_TOKENS = (
    "Goldman", "Sachs", "Group", "Inc.", "Bank", "of", "America", "the", "said", ",", ".", "\n", "&", "Foo-Bank",
    "People's", "Federal", "Reserve", "and", "for", "chief", "executive", "CEO", "Tim", "Cook", "(", "ECB", ")", "Co.",
    "Department", "Justice", "’s", "Apple",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NAME_TOKENS), st.sampled_from((" ", " ", "", "-"))), max_size=40))
def test_a_pattern_with_closing_words_is_tried_wherever_it_matches(tokens: list[tuple[str, str]]) -> None:
    text = "".join(token + after for token, after in tokens)
    rules = get("en")
    closed = [(pattern, where) for name in ("ORG_SUFFIXED", "ORG_PATTERNS") for pattern, where in names._searchable(rules, name) if where is not None and where.closing is not None]
    assert closed
    for pattern, where in closed:  # each place a match starts at is kept
        kept = set(where.starts(text))
        assert all(at in kept for at in names.Where(where.anchors).starts(text) if pattern().match(text, at) is not None)


_REWRITTEN = [r"(?P<a>ab)?c", r"(?:x(?:s)?)?y", r"[(]?(x)?", r"[^]]?(y)?\)?", r"(?=a)?(b)??(c)?+d", r"(?i:(on))?\s*(?(1)e|f)", r"[\]()](h)?", r"(?i:the\s+)?(?P<n>\d+)(?:st|nd|rd|th)?"]
_SUBJECTS = ["abc", "c", "xsy", "xy", "y", "(x", "]y)", "bcd", "cd", "d", "ON e", "on f", "f", "]h", "The 3rd", "the 15", "21st", "a", ""]


@pytest.mark.parametrize("pattern", _REWRITTEN)
def test_rewritten_patterns_match_as_written(pattern: str) -> None:
    """scan.unrepeated (optional groups as alternations) and scan.guard (a look-ahead at the
    characters a match can start with) give the same match, groups and all."""
    def read(p: str, s: str) -> object:
        m = re.match(p, s)
        return m and (m.span(), m.groups())

    for s in _SUBJECTS:
        for at in range(len(s) + 1):
            assert read(scan.unrepeated(pattern), s[at:]) == read(pattern, s[at:]) == read(scan.guard(pattern), s[at:])


def test_name_patterns_keep_their_last_group_when_rewritten() -> None:
    """names.expand writes a pattern's optional groups as alternations (scan.unrepeated): the
    people's patterns tell a match's kind by the last group it closed (``lastgroup``: "speech",
    "bygiven"), through a condition on a group of an optional part; that stays the same."""
    pattern = r"(?:(?<!-)(?=(?:Tim|Ann|Mary Ann) )(?P<known>))?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, (?P<role>[a-z]+)?|(?=,? said)(?P<speech>)|(?(known)(?P<bygiven>)|(?!)))"
    sentences = ["Tim Cook said", "Jane Roe, who", "Jane Roe said", "Ann Lee spoke", "Mary Ann Smith", "Bob Smith spoke", "Jim-Tim Cook", "Ann Lee, chief"]
    rewritten = re.compile(scan.unrepeated(pattern))
    for s in sentences:
        for at in range(len(s)):
            m, r = re.match(pattern, s[at:]), rewritten.match(s[at:])
            assert (m and (m.span(), m.groups(), m.lastgroup, m.lastindex)) == (r and (r.span(), r.groups(), r.lastgroup, r.lastindex))
    assert "(?:(?<!-)(?=(?:Tim|Ann|Mary Ann) )(?P<known>))?" not in names.expand(get("en"), pattern)


@pytest.mark.parametrize(
    "words",
    [("said", "says", "told"), ("US$", "$", "€", "£", "C$"), ("Mr.", "Ms.", "Dr."), ("km/h", "km", "kg", "(", "[", "\\"),
     ("대통령", "대변인", "장관", "씨"), ("the", ""), ("a",), ()],
)
def test_a_guarded_word_list_is_the_guarded_alternation(words: tuple[str, ...]) -> None:
    """scan.guarded reads the look-ahead off the words' first characters, where guard parses
    the trie (a list of thousands of names): the same pattern."""
    assert scan.guarded(words) == scan.guard(scan.alternation(words))


def test_the_language_lists_guarded_as_guard_reads_them() -> None:
    for code in ("en", "ko"):
        for key in ("role", "surnames", "given", "place", "suffix"):
            words = names.list_words(get(code), key)
            assert scan.guarded(words) == scan.guard(scan.alternation(words))


def test_an_anchored_pattern_is_compiled_only_for_a_text_holding_its_anchors() -> None:
    """A one-page run compiles only the name patterns whose anchors its text holds."""
    toy = ModuleType("toy")
    toy.STEPPED_DOWN = (("resigned|quit", r"(?:resigned|quit) as (?P<role>[a-z]+)"),)
    assert list(names.finditer(toy, "STEPPED_DOWN", "The board met on Monday and approved the budget.")) == []
    ((lazy, _),) = names._searchable(toy, "STEPPED_DOWN")
    assert lazy._compiled is None
    found = names.finditer(toy, "STEPPED_DOWN", "Jane Roe resigned as chairman on Friday, the company said.")
    assert [m["role"] for m in found] == ["chairman"]
    assert lazy._compiled is not None


def test_the_first_automaton_of_a_word_set_finds_what_the_later_one_finds() -> None:
    """A set of anchor words is first searched with a quickly built automaton, then, asked
    for again, with a DFA: the same places."""
    words = frozenset({"said", "told", "billion", "million", "March", "Monday", "percent", "according", "Inc", "대통령", "장관"})
    text = "Jane Roe told reporters on Monday that sales rose 3 percent to $1.2 billion in March, according to Acme Inc. 윤 대통령은 장관을 만났다."
    first, again = scan._automaton(words), scan._automaton(words)
    assert first[0] is not again[0] and first[1:] == again[1:]
    assert first[0].find_matches_as_indexes(text) == again[0].find_matches_as_indexes(text) != []


def test_the_rewrites_of_patterns() -> None:
    assert scan.unrepeated(r"(a)?b(?:c(?:s)?)?") == r"(?:(a)|)b(?:(?:c(?:(?:s)|))|)"
    assert scan.unrepeated(r"(a)??(b)?+(?=c)?[(]?\(?") == r"(a)??(b)?+(?=c)?[(]?\(?"  # lazy, possessive, look-around, no group
    assert scan.guard(r"(?:(?i:the)\s+)?(?P<day>\d\d?)") == r"(?=[\d]|(?i:[t]))(?:(?i:the)\s+)?(?P<day>\d\d?)"
    assert scan.guard(r"(?:on\s+)?") == r"(?:on\s+)?"  # may match empty: no guard
    assert scan.guard(r"[^a]b") == r"[^a]b"  # may start with almost anything
