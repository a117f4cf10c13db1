"""The speed devices of the facts stage give what the plain regex search gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsclean.facts import names, scan
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
