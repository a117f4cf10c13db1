"""Quotes and their speakers: frames of news prose, each rule with a case it applies to and
one it must not."""

from __future__ import annotations

import pytest

from newsclean.facts import extract_facts


def speakers(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    facts = extract_facts(text, lang=lang, types=["person", "organisation", "quote"])
    return [(f.attrs["speaker"], f.attrs["speaker_type"]) for f in facts if f.type == "quote"]


# What a spokesperson speaks for runs to the speech verb after it ("a spokesperson for the
# French foreign ministry said"); with no verb there, only an organisation found is read.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We condemn this attack,” a spokesperson for the French foreign ministry said.",
         "a spokesperson for the French foreign ministry"),
        ("A spokesperson for the ministry in Paris, Jane Doe, said: “We condemn this attack.”", "Jane Doe"),
    ],
)
def test_a_spokesperson_for_what_runs_to_the_speech_verb(text: str, speaker: str) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# "A police officer told AFP": the officer, an unnamed source, speaks; AFP listens. Named in
# apposition, the officer is that person.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We arrested ten people,” a police officer told AFP.", ("a police officer", "anonymous")),
        ("“We arrested ten people,” police told AFP.", ("police", "anonymous")),
        ("Another officer, John Cannon, said: “The television was up.”", ("John Cannon", "person")),
    ],
)
def test_an_officer_speaks_to_a_news_agency(text: str, speaker: tuple[str, str]) -> None:
    assert speakers(text, "en")[-1] == speaker


# "…, adding that “…”" speaks of speech: the quotation is the subject's; a name after "adding
# that" is what is said, not who says it.
def test_adding_frames_a_quotation() -> None:
    text = (
        "Mayor John Smith spoke on Monday, adding that “the city will recover soon.”\n"
        "“Such concerns must be addressed with the agency,” Mayor John Smith said, adding that "
        "Jane Doe “considers any credible allegation very seriously.”"
    )
    assert speakers(text, "en") == [("John Smith", "person")] * 3


def test_a_sentence_without_speech_has_no_speaker() -> None:
    text = "Mayor John Smith spoke on Monday, standing next to “the city will recover soon.”"
    assert speakers(text, "en") == [(None, None)]


# "The source" speaking with no unnamed source before it is that source itself; after one
# who was named in the quotation before it, that one speaks on.
def test_the_insider_with_no_source_before_is_itself() -> None:
    text = "Braun has tried to call Swift.\n“This fight is not something he agrees with,” the insider added."
    assert speakers(text, "en") == [("the insider", "anonymous")]


# 이 회사는 stands for the last organisation named as a subject (with a subject particle), not
# the last organisation named.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("삼성전자는 18일 신제품을 공개했다. 이 제품은 현대자동차와 함께 만들었다. 이 회사는 “올해 안에 출시하겠다”고 밝혔다.", "삼성전자"),
        ("삼성전자와 현대자동차가 18일 신제품을 공개했다. 이 회사는 “올해 안에 출시하겠다”고 밝혔다.", "현대자동차"),
        ("삼성전자의 신제품은 현대자동차와 함께 만들었다. 이 회사는 “올해 안에 출시하겠다”고 밝혔다.", "현대자동차"),
    ],
)
def test_ko_this_company_is_the_last_organisation_subject(text: str, speaker: str) -> None:
    assert speakers(text, "ko") == [(speaker, "organisation")]

