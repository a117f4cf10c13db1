"""Facts: organisations. Which words of a text mention an organisation, and under which
canonical name: not a product or a place named after one ("Nissan Connect", "Google Maps"),
a body named by its seat only when the text makes it act, and the precision fixes of the
audit of the AEB and Korean pages (a role's own possessive, a place, a title's modifier)."""

from __future__ import annotations

import pytest

from newsclean.facts import extract_facts


def orgs(text: str, lang: str) -> list[tuple[str, str]]:
    """Each organisation mention as (its words, its canonical name), in text order."""
    facts = extract_facts(text, lang=lang, types=["organisation"])
    for f in facts:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.value) for f in facts]


# --- a name inside a longer capitalised name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product, a service or a venue named after the organisation: no mention of it
        (
            "Nissan North America Inc. showed the car. It comes with Nissan Connect. Nissan said sales rose.",
            [("Nissan North America Inc.", "Nissan North America Inc."), ("Nissan", "Nissan North America Inc.")],
        ),
        ("Google Inc. updated Google Maps on Monday. Google said more people use it.", [("Google Inc.", "Google Inc."), ("Google", "Google Inc.")]),
        ("Apple Inc. launched Apple Music in June. Apple's chief executive spoke.", [("Apple Inc.", "Apple Inc."), ("Apple", "Apple Inc.")]),
        ("Amazon's chief executive said Amazon Prime Video will show ads.", [("Amazon", "Amazon")]),
        ("DTE Energy Co. will pay. The show is at DTE Energy Music Theatre.", [("DTE Energy Co.", "DTE Energy Co.")]),
        # the organisation's people, a place of it, a division, its own longer name: a mention
        ("Apple's chief executive left. Apple CEO Tim Cook said so.", [("Apple", "Apple"), ("Apple", "Apple")]),
        ("Disney's chairman spoke before Disney Chief Executive Bob Iger did.", [("Disney", "Disney"), ("Disney", "Disney")]),
        ("Nissan's chief executive spoke. Nissan North America sells more sedans.", [("Nissan", "Nissan"), ("Nissan", "Nissan")]),
        (
            "Take-Two's chief executive said Take-Two Interactive will buy Zynga.",
            [("Take-Two", "Take-Two"), ("Take-Two", "Take-Two")],
        ),
        ("The Associated Press reported it. (AP Photo/Jae C. Hong)", [("Associated Press", "Associated Press"), ("AP", "Associated Press")]),
        # a stop word after it, or a code with digits
        ("Shares of Apple rose. Apple Monday said it would buy back stock.", [("Apple", "Apple"), ("Apple", "Apple")]),
        ("Aluminum on the London Metal Exchange CMAL3 lost 0.06%.", [("London Metal Exchange", "London Metal Exchange")]),
        # a headline in title case: every word is capitalised, the next one tells nothing
        ("Nissan Unveils All-New Sentra Sedan\nNissan's chief executive was there.", [("Nissan", "Nissan"), ("Nissan", "Nissan")]),
    ],
)
def test_en_a_name_inside_a_longer_name_is_no_mention(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


def test_ko_has_no_longer_name_rule() -> None:
    assert orgs("삼성전자는 갤럭시 신제품을 공개했다.", "ko") == [("삼성전자", "삼성전자")]


# --- bodies named by their seat, acting ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("서울시는 20일 새 대책을 밝혔다.", "ko", ["서울시"]),
        ("국회가 법안을 통과시켰다. 국회 앞에서 집회가 열렸다.", "ko", ["국회", "국회"]),
        ("서울시 강남구에서 집회가 열렸다.", "ko", []),
        ("국회의원들이 모였다.", "ko", []),
        ("The White House said on Monday it would not comment.", "en", ["White House"]),
        ("A Pentagon spokesman declined to comment.", "en", ["Pentagon"]),
        ("Tourists gathered on the White House lawn.", "en", []),
        ("Congressional leaders met.", "en", []),
    ],
)
def test_a_body_named_by_its_seat_is_an_organisation_once_it_acts(text: str, lang: str, expected: list[str]) -> None:
    assert [words for words, _ in orgs(text, lang)] == expected


# --- precision audit: general errors found on the AEB and Korean pages --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role followed by its own possessive is a product's name, not the name's role
        ("At $129, Stadia's Founder's Edition is the only way in.", []),
        # a place whose last word is an organisation suffix
        ("More than 600,000 Israelis live in east Jerusalem and the West Bank.", []),
        # a title's modifier before the name is no part of it
        ("Interim BART Police Chief Ed Alvarez told reporters.", [("BART Police", "BART Police")]),
        ("Acting Commerce Department head Jane Doe said so.", [("Commerce Department", "Commerce Department")]),
        ("Key Security Council powers distanced themselves.", [("Security Council", "Security Council")]),
        # a people's possessive opens the name
        ("The People’s Liberation Army could be deployed.", [("People’s Liberation Army", "People’s Liberation Army")]),
        # a name written only before nouns, once before "program": a programme and its short form
        (
            "NASA picked five firms for its Commercial Lunar Payload Services program (CLPS). The CLPS initiative "
            "pays for landers. Nine firms won Commercial Lunar Payload Services (CLPS) contracts before.",
            [],
        ),
        ("It reminds us of NASA’s Commercial Orbital Transportation Services effort.", []),
        # initials after the name they shorten are its short form
        (
            "The Department of Health said so. The CEO of DH agreed.",
            [("Department of Health", "Department of Health"), ("DH", "Department of Health")],
        ),
        # an organisation written before "program" and elsewhere as a name is one
        (
            "The Federal Reserve program buys bonds. The Federal Reserve said it would stop.",
            [("Federal Reserve", "Federal Reserve"), ("Federal Reserve", "Federal Reserve")],
        ),
    ],
)
def test_en_audit_fixes(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected
