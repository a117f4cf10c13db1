"""Emails, URLs and phone numbers: found in any language, values normalised."""

from __future__ import annotations

import pytest

from newsclean.facts import extract_facts


def contacts(text: str, lang: str | None = None) -> list[tuple[str, str, object]]:
    return [(f.type, f.text, f.value) for f in extract_facts(text, lang=lang) if f.type in ("email", "url", "phone")]


@pytest.mark.parametrize("lang", ["en", "ko", None])
def test_email_url_phone_in_any_language(lang: str | None) -> None:
    text = "문의: press@example.co.kr (02-3456-7890), 자세한 내용은 https://www.example.co.kr/news?id=3."
    assert contacts(text, lang) == [
        ("email", "press@example.co.kr", "press@example.co.kr"),
        ("phone", "02-3456-7890", "0234567890"),
        ("url", "https://www.example.co.kr/news?id=3", "https://www.example.co.kr/news?id=3"),
    ]


@pytest.mark.parametrize(
    "text, value",
    [
        ("(+1) 650-701-8887", "(+1) 6507018887"),
        ("+82 10-1234-5678", "(+82) 1012345678"),
        ("call 650.701.8887 ext 897", "6507018887 ext 897"),
        ("대표번호 1588-1234", "15881234"),
        ("전화 010-1234-5678로 문의하면 된다.", "01012345678"),  # a particle after the number
        ("Call 1-800-273-8255 for help.", "18002738255"),  # a trunk 1 before a US area code
        ("tel. +82-2-2100-1234", "(+82) 221001234"),  # Seoul's one-digit area code after a country code
    ],
)
def test_phone_values(text: str, value: str) -> None:
    [phone] = [f for f in extract_facts(text) if f.type == "phone"]
    assert phone.value == value


def test_url_keeps_balanced_brackets_and_drops_sentence_punctuation() -> None:
    text = "See https://en.wikipedia.org/wiki/Foo_(bar). Or (www.example.com)."
    facts = [f for f in extract_facts(text) if f.type == "url"]
    assert [f.text for f in facts] == ["https://en.wikipedia.org/wiki/Foo_(bar)", "www.example.com"]
    assert [f.attrs["domain"] for f in facts] == ["en.wikipedia.org", "example.com"]


@pytest.mark.parametrize(
    "text",
    [
        "version 3.5 of e.g. the file",  # dotted words are not URLs
        "2019-2020 season, 12345 fans",  # year ranges and plain numbers are not phones
        "2020-07-15",  # an ISO date is a date
        "user@localhost",  # no top-level domain
        "The army sent 1800-2000 troops",  # a range of things, not a nationwide number
        "between 1200-1500 people",  # 12xx is no Korean nationwide number
        "Wśród nich są m.in. Polska i Niemcy.",  # an abbreviation with dots (Polish "among others")
    ],
)
def test_not_contacts(text: str) -> None:
    assert contacts(text, "en") == []


def test_short_bare_domains_are_urls() -> None:
    text = "He posted on x.com. See t.co/abc or bbc.co.uk."
    assert [f[1] for f in contacts(text)] == ["x.com", "t.co/abc", "bbc.co.uk"]


@pytest.mark.parametrize("text", ["ISBN 978-3-16-148410-0", "The vote was 1-2020-1234 in code", "In 2019-2020 it was 3-2."])
def test_codes_and_scores_are_no_phones(text: str) -> None:
    assert [f for f in extract_facts(text, lang="en") if f.type == "phone"] == []
