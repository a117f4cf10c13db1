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
    "Shares of Tesla fell. overhead, Chairmanship and said2 are not words of a list."
)


def test_lead_words_reads_the_words_a_pattern_opens_with() -> None:
    assert names.lead_words(r"\b(?:said|says|according to) x") == {"said", "says", "according"}
    assert names.lead_words(r"\b[Aa]nalysts? at") == {"Analyst", "Analysts", "analyst", "analysts"}
    assert names.lead_words(r"\bSen\. X") == {"Sen"}
    assert names.lead_words(r"\bfoo(?:bar)?-") == {"foo", "foobar"}
    assert names.lead_words(r"\b(?:foo|bar)\b") == {"foo", "bar"}


@pytest.mark.parametrize(
    "pattern",
    [r"said x", r"\b(?i:said) x", r"(?i)\bsaid x", r"\bG7 x", r"\b(?!x)foo ", r"\b[a-z]+ x", r"\bx*y"],
)
def test_lead_words_gives_up_where_the_words_are_not_a_finite_choice(pattern: str) -> None:
    assert names.lead_words(pattern) is None


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
    assert len(anchored) >= 2


@pytest.mark.parametrize("text", [ENGLISH, "naïve café_x Straße 2one one2 ÉCOLE x\ud800y 한국어abc", ""])
def test_ascii_words_of_a_text_are_those_of_the_regex(text: str) -> None:
    scan.words_of.cache_clear()
    assert scan.words_of(text, scan._ASCII_WORD) == frozenset(re.findall(r"[A-Za-z]+", text))
