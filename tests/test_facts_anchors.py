"""The speed devices of the facts stage give what the plain regex search gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.facts import names, quotes, scan
from newsclean.lang import get

ROOT = Path(__file__).resolve().parents[1]

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
    assert where.starts(text) == [text.index(" said") + 1, text.index("according")]


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


@pytest.mark.parametrize("text", [ENGLISH, "naïve café_x Straße 2one one2 ÉCOLE x\ud800y 한국어abc", ""])
def test_ascii_words_of_a_text_are_those_of_the_regex(text: str) -> None:
    scan.words_of.cache_clear()
    assert scan.words_of(text, scan._ASCII_WORD) == frozenset(re.findall(r"[A-Za-z]+", text))


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


def test_quotations_are_those_of_the_regex_search() -> None:
    text = 'He said "yes" and “no, "maybe"” then "open\n“a” "b" "c'
    assert [m.span() for m in quotes._quotations(text)] == [m.span() for m in quotes._QUOTED.finditer(text)]
