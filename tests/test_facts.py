"""The facts engine: the seed article's facts, the "not facts" list, offsets, sentences
and the overlap rule that part 2 (people, organisations, quotes) builds on."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.facts import LAYERS, extract_facts, resolve_overlaps, split_sentences
from newsclean.model import Fact

from conftest import SEED

SEED_DATE = date(2020, 7, 15)
PART_1 = ("money", "percent", "count", "quantity", "duration", "date", "email", "url", "phone")


@pytest.fixture(scope="module")
def seed() -> tuple[Fact, ...]:
    return extract_facts(SEED.read_text(encoding="utf-8"), lang="ko", ref_date=SEED_DATE, types=PART_1)


def found(facts: tuple[Fact, ...], type_: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in facts if f.type == type_]


def test_seed_money(seed: tuple[Fact, ...]) -> None:
    money = found(seed, "money")
    assert ("800억원", 80_000_000_000) in money
    assert ("160조원", 160_000_000_000_000) in money
    assert ("58조2000억원", 58_200_000_000_000) in money
    assert ("480억원", 48_000_000_000) in money
    assert ("15억원", 1_500_000_000) in money
    assert all(f.attrs["unit"] == "KRW" for f in seed if f.type == "money")


def test_seed_percent_with_qualifier(seed: tuple[Fact, ...]) -> None:
    percents = {f.text: f for f in seed if f.type == "percent"}
    assert set(percents) == {"30%", "12%", "60% 이상"}
    assert percents["60% 이상"].value == 60
    assert percents["60% 이상"].attrs["qualifier"] == "at least"


def test_seed_counts(seed: tuple[Fact, ...]) -> None:
    counts = {f.text: f for f in seed if f.type == "count"}
    assert counts["200여개"].value == 200 and counts["200여개"].attrs["approx"] is True
    assert counts["200여개"].attrs["counted"] == "기업"  # "200여개 제조‧AI‧데이터 기업으로"
    assert counts["190만개"].value == 1_900_000 and counts["190만개"].attrs["counted"] == "일자리"
    assert counts["14만개"].value == 140_000
    assert counts["50여개"].value == 50 and counts["50여개"].attrs["counted"] == "기업"


def test_seed_dates(seed: tuple[Fact, ...]) -> None:
    dates = {f.text: f for f in seed if f.type == "date"}
    assert dates["15일"].value == "2020-07-15"
    assert dates["지난 14일"].value == "2020-07-14"
    assert dates["오는 22일"].value == "2020-07-22"
    assert dates["다음 달 19일까지"].value == "2020-08-19"
    assert dates["9월 중"].value == "2020-09" and dates["9월 중"].attrs["grain"] == "month"
    half = dates["내년 상반기부터"]
    assert half.value == "2021-H1" and (half.attrs["from"], half.attrs["to"]) == ("2021-01-01", "2021-06-30")
    year = dates["오는 2025년까지"]
    assert year.value == "2025" and year.attrs["qualifier"] == "by"
    assert [f.value for f in seed if f.text == "이날"] == ["2020-07-15"] * 4


def test_seed_has_nothing_from_the_not_facts_list(seed: tuple[Fact, ...]) -> None:
    texts = [f.text for f in seed]
    # the byline's time stamp, "3대축" (ordinal-like), 이/오/세 inside words, the photo file
    assert not any("2020.07.15" in t or "17:09" in t for t in texts)
    assert not any("3대" in t for t in texts)
    assert not any(t in ("이", "오", "세", "한") for t in texts)
    assert not any(".png" in t for t in texts)
    assert {f.type for f in seed} <= {"money", "percent", "count", "date"}


@pytest.mark.parametrize(
    "text",
    [
        "성윤모 장관이 세계 시장에서 오세은 기자와 이번에 만났다.",  # number syllables inside words
        "Vision 2030 is the kingdom's plan.",  # a year inside a name
        "The meeting starts at 10:30.",  # a time of day alone
        "1. Introduction\n2. Methods",  # list markers
        "See section 3 and chapter 12.",  # section numbers
        "IMG_2020.jpg photo_0714.png",  # image file names
        "Share 12 Tweet 3",  # share-button counters
        "Updated: March 3, 2021 10:41 am ET",  # a byline's time stamp
    ],
)
def test_not_facts(text: str) -> None:
    assert extract_facts(text, lang="en" if text.isascii() else "ko", ref_date=SEED_DATE, types=PART_1) == ()


def test_offsets_index_the_text_and_sentences_hold_the_fact() -> None:
    text = "Revenue rose 12% to $2.5 billion.  Mr. Cook said on Tuesday it hired 3,000 workers.\n성장률은 3.5% 올랐다."
    facts = extract_facts(text, lang="en", ref_date=SEED_DATE)
    assert [f.text for f in facts] == ["12%", "$2.5 billion", "Tuesday", "3,000 workers", "3.5%"]
    for f in facts:
        assert text[f.start : f.end] == f.text
        assert f.text in f.sentence
    assert facts[2].sentence == "Mr. Cook said on Tuesday it hired 3,000 workers."


def test_make_fact_is_a_fact() -> None:
    """The engine fills a Fact's fields at once: the same object as ``Fact(...)`` gives,
    for a span inside a sentence, one running on into the next, and text with no sentences."""
    from newsclean.facts import Context, make_fact

    text = "Shares fell 4% on Monday. The company said it would cut 1,200 jobs by March."
    ctx = Context(text, None, None, (), split_sentences(text))
    for start, end, sentence in [(12, 14, "Shares fell 4% on Monday."), (18, 40, text), (0, 0, "Shares fell 4% on Monday."), (72, 77, text[26:])]:
        fact = make_fact(ctx, "count", start, end, 4, unit="jobs")
        assert fact == Fact("count", text[start:end], start, end, 4, sentence, {"unit": "jobs"})
        assert vars(fact) == vars(Fact("count", text[start:end], start, end, 4, sentence, {"unit": "jobs"}))
    bare = make_fact(Context(text, None, None), "money", 0, 6, None)
    assert bare == Fact("money", "Shares", 0, 6, None, "", {})
    with pytest.raises(AttributeError):  # still frozen
        bare.start = 1  # type: ignore[misc]


def test_sentences_split_on_lines_and_end_marks_not_abbreviations() -> None:
    text = "U.S. officials met Mr. Kim. He left!\n둘째 문장이다. 셋째."
    spans = split_sentences(text, frozenset({"mr."}))
    assert [text[s:e] for s, e in spans] == ["U.S. officials met Mr. Kim.", "He left!", "둘째 문장이다.", "셋째."]


def test_overlaps_compete_only_within_a_layer() -> None:
    quote = Fact("quote", "“매출 30% 증가”", 0, 11, "매출 30% 증가")
    person = Fact("person", "Tim Cook", 20, 28, "Tim Cook")
    percent = Fact("percent", "30%", 4, 7, 30)
    count = Fact("count", "30", 4, 6, 30)
    org_number = Fact("count", "Cook 3", 25, 31, 3)
    kept = resolve_overlaps([count, quote, percent, person, org_number])
    assert quote in kept and person in kept and percent in kept  # quote contains a number
    assert count not in kept  # the longer value fact wins
    assert org_number in kept  # a number may overlap a person
    assert LAYERS["quote"] != LAYERS["person"]


def test_equal_spans_go_to_the_fact_found_first() -> None:
    first = Fact("date", "2025년", 0, 5, "2025")
    second = Fact("duration", "2025년", 0, 5, 2025)
    assert resolve_overlaps([first, second]) == [first]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["count", "date", "quote", "person", "organisation"]), st.integers(0, 40), st.integers(0, 12)), max_size=14))
def test_the_facts_kept_are_those_a_plain_scan_keeps(spans: list[tuple[str, int, int]]) -> None:
    """Longest first, then first found: a fact is kept when no fact kept before it in its
    layer overlaps it (empty spans and shared ends included)."""
    facts = [Fact(type_, "x", start, start + length, i) for i, (type_, start, length) in enumerate(spans)]
    expected: list[Fact] = []
    for fact in sorted(facts, key=lambda f: f.start - f.end):
        layer = LAYERS.get(fact.type, "value")
        if not any(LAYERS.get(k.type, "value") == layer and k.start < fact.end and fact.start < k.end for k in expected):
            expected.append(fact)
    assert resolve_overlaps(facts) == expected


def test_types_filter_after_overlaps() -> None:
    text = "지난 14일 3억~5억원을 투자했다."
    assert [f.type for f in extract_facts(text, lang="ko", ref_date=SEED_DATE)] == ["date", "money"]
    assert [f.type for f in extract_facts(text, lang="ko", ref_date=SEED_DATE, types=["money"])] == ["money"]


def test_unknown_language_still_finds_language_independent_facts() -> None:
    text = "Kontakt: info@example.de, +49 30 1234 5678, 25% Rabatt, www.example.de/preise"
    types = [f.type for f in extract_facts(text, lang="de")]
    assert types == ["email", "phone", "percent", "url"]


def test_relative_dates_need_a_reference_date() -> None:
    text = "지난 14일과 2020년 7월 15일"
    assert [f.value for f in extract_facts(text, lang="ko")] == ["2020-07-15"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .,%$-~년월일억만원개명 abcofMarchTuesdaylast\n")), max_size=60))
def test_any_text_gives_facts_whose_text_is_the_slice(text: str) -> None:
    for lang in ("ko", "en", None):
        for f in extract_facts(text, lang=lang, ref_date=SEED_DATE):
            assert text[f.start : f.end] == f.text
            assert f.start < f.end
