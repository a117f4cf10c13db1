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


# A sentence that is all quotation, after a sentence of its paragraph that speaks, is the
# speaker's of that sentence ("Fischer said that …. “…”"); not after one that does not speak.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor John Smith spoke at the rally. But Smith said that the firm can’t dodge it. “If they didn’t want it, they would stop.”",
         "John Smith"),
        ("Mayor John Smith spoke at the rally. But Smith drove home after the strike. “If they didn’t want it, they would stop.”",
         None),
    ],
)
def test_a_quotation_after_the_sentence_of_its_speaker(text: str, speaker: str | None) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# A quotation ending in "!" or "?" with a frame after it is one sentence with its frame
# ('"Got her!" an officer said.'); a title ending in a full stop is not ('the “Meth. We’re on
# it.” campaign').
def test_an_exclamation_framed_after() -> None:
    text = "Officers searched the motel room.\n“Hey, here she is. Got her!” an officer said."
    assert speakers(text, "en") == [("an officer", "anonymous")]


def test_a_title_ending_in_a_full_stop_takes_no_speaker_after_it() -> None:
    text = "Governor Kristi Noem spoke on Monday.\nWhile the “Meth. We’re on it.” campaign did not appeal to Jane Doe, she said it worked."
    assert speakers(text, "en") == [(None, None)]


# The speaker before is not carried on to a quotation whose sentence names them as the one
# told ("Ford’s father told Starner that “…”").
def test_the_one_told_is_not_the_speaker_carried_on() -> None:
    text = (
        "Jane Starner met him in 2010. “I don’t know whether they were estranged,” Starner said. "
        "But Ford’s father told Starner that “the only way I know he’s alive is the cheques.”"
    )
    assert speakers(text, "en") == [("Jane Starner", "person"), (None, None)]


# A frame after a quotation may use any verb of speech, in any tense ("…," Suter
# acknowledged; "…," explains Jennifer Ngo-Anh); a term in running prose with no speech verb
# after it is no quote.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Coach Ryan Suter spoke on Tuesday.\n“It’s hard not to, though,” Suter acknowledged.", [("Ryan Suter", "person")]),
        ("“For a while now hibernation has been proposed as a tool,” explains team leader Jennifer Ngo-Anh.",
         [("Jennifer Ngo-Anh", "person")]),
        ("The service has films from Pixar, “Star Wars,” Marvel Studios and classic Disney titles.", []),
    ],
)
def test_frames_after_with_any_speech_verb(text: str, quotes: list[tuple[str, str]]) -> None:
    assert speakers(text, "en") == quotes


# More unnamed speakers: "one user", "another victim"; "the expert" refers back to one.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“If we were any higher, we’d be North Dakota,” one user quipped.", "one user"),
        ("He hung her by her arms for three days. Another victim said: “She was up there for three days.”", "Another victim"),
        ("One legal expert spoke to us. “It is a clear breach,” the expert explains.", "One legal expert"),
    ],
)
def test_more_unnamed_speakers(text: str, speaker: str) -> None:
    assert speakers(text, "en") == [(speaker, "anonymous")]


# "She" with several women of the paragraph who spoke is the one of them named last ("Jones
# told me …. Smith told me …. When we spoke, Smith …. “…?” she asked"); not one named last
# who did not speak.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mary Jones told me that she had permission. Jane Smith told me it was not consent. When we spoke, Smith "
         "focussed on it. “Shouldn’t we say no?” she asked.", "Jane Smith"),
        ("Mary Jones told me that she had permission. Jane Smith told me it was not consent. Later we met Ann Lee "
         "at the office. “Shouldn’t we say no?” she asked.", None),
    ],
)
def test_a_pronoun_for_the_last_named_of_those_who_spoke(text: str, speaker: str | None) -> None:
    assert speakers(text, "en") == [(speaker, "person" if speaker else None)]


def test_en_a_definite_description_stands_for_the_organisation_of_its_kind() -> None:
    """"the ministry said": the last organisation whose name holds "ministry", not the last named."""
    text = "Japan's Foreign Ministry summoned the envoy. Reuters could not reach him. “We protest strongly,” the ministry said."
    assert speakers(text, "en") == [("Foreign Ministry", "organisation")]
    # with no organisation of that kind before it, nobody (not Reuters)
    text = "Reuters reported the talks. “We protest strongly,” the ministry said."
    assert speakers(text, "en") == [(None, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("삼성전자는 27일 실적을 발표했다. 이 업체는 “수요가 회복되고 있다”고 밝혔다.", ("삼성전자", "organisation")),
        ("한국전력공사는 요금 인상을 발표했다. 해당 기관은 “불가피한 조치”라고 설명했다.", ("한국전력공사", "organisation")),
        # the body's head speaking is no pronoun for the body
        ("삼성전자는 27일 실적을 발표했다. 이 업체 대표는 “수요가 회복되고 있다”고 말했다.", (None, None)),
    ],
)
def test_ko_this_body_stands_for_the_last_organisation(text: str, speaker: tuple[str | None, str | None]) -> None:
    """이/해당 (this, the said) and a kind of body (업체, 기관, 단체, ...) as the subject: the last
    organisation named as a subject, as 이 회사는."""
    assert speakers(text, "ko") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("서울경찰청은 27일 수사에 착수했다. 경찰은 “철저히 수사하겠다”고 밝혔다.", ("경찰", "anonymous")),
        ("방역당국은 “확산세가 꺾였다”고 설명했다.", ("방역당국", "anonymous")),
        # a body found by name speaks as itself; a police officer is no such body
        ("서울경찰청은 “수사를 확대하겠다”고 밝혔다.", ("서울경찰청", "organisation")),
        ("경찰관은 “괜찮다”고 했다.", (None, None)),
    ],
)
def test_ko_police_prosecutors_or_authorities_as_the_subject_speak(text: str, speaker: tuple[str | None, str | None]) -> None:
    """경찰은, 검찰은, 당국은 “…”고 밝혔다: an unnamed body speaking, as English "police said"."""
    assert speakers(text, "ko") == [speaker]


# A partial quotation ending its clause the British way ('said that “…”.') is a quote when a
# person or organisation named in its sentence speaks there; a narrative's fragment is not.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Prime Minister Sir Keir Starmer spoke on Monday. Asked about gifts, Sir Keir said that “all Members of "
         "Parliament get gifts”.", [("Keir Starmer", "person")]),
        ("Mike Pompeo said Washington had concluded the settlements were “not inconsistent with international law”, "
         "saying he trusted the courts.", [("Mike Pompeo", "person")]),
        ("After agreeing to a price, Gary Heidnik took her back to his house where he “came up behind me and grabbed "
         "me by my neck”.", []),
        ("A week later she “heard his voice and a girl’s voice coming down into the basement”.", []),
    ],
)
def test_a_partial_quotation_of_a_named_speaker(text: str, quotes: list[tuple[str, str]]) -> None:
    assert speakers(text, "en") == quotes


# A comma right after the closing mark ends the quotation as one inside it would ('“…”, adds
# X'); a term's few words do not, nor does a full stop after the mark take the next sentence's
# frame ('“the officer left”. The officer recalled: …' is about the next quotation).
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("“The platform is an important addition to our portfolio”, adds Olivier Bosc, General Manager of the unit.",
         [("Olivier Bosc", "person")]),
        ("The service has films from Pixar, “Star Wars”, Marvel Studios and Disney titles, Jane Doe said.", []),
        ("Gary Heidnik shrugged off the smell and “the officer left”. According to reports, the officer recalled: "
         "“I knocked on the door for ten minutes.”", [("the officer", "anonymous")]),
    ],
)
def test_a_comma_after_the_closing_mark(text: str, quotes: list[tuple[str | None, str | None]]) -> None:
    assert speakers(text, "en") == quotes


# A quotation running on over paragraphs (no closing mark at the end of the first) is the
# speaker's named at its end; a closed one before another speaker's is not.
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("“The economy is strong. We see growth everywhere.\n“But inflation remains a risk,” said Jerome Powell.",
         ("Jerome Powell", "person")),
        ("“The economy is strong. We see growth everywhere.”\n“But inflation remains a risk,” said Jerome Powell.",
         (None, None)),
    ],
)
def test_a_quotation_over_paragraphs_is_its_ends_speaker(text: str, first: tuple[str | None, str | None]) -> None:
    assert speakers(text, "en") == [first, ("Jerome Powell", "person")]


# "The expert" stands for one unnamed source or one of a group counted ("two experts"), not
# for a group named by its kind alone ("the experts"): with none, it is the source itself;
# "the officer" refers back as "the expert" does.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The experts spoke to us. “It is a clear breach,” the expert explains.", "the expert"),
        ("Two experts spoke to us. “It is a clear breach,” the expert explains.", "Two experts"),
        ("The experts spoke to us. The plant needs little care, “it does best when you neglect it,” according to the expert.",
         "the expert"),
        ("A police officer first called at the house. “I knocked for ten minutes,” the officer recalled.", "A police officer"),
    ],
)
def test_the_expert_is_one_source(text: str, speaker: str) -> None:
    assert speakers(text, "en") == [(speaker, "anonymous")]


# A plural subject's verb frames a quotation right after its comma ("…," officials say); the
# same verbs in a sentence after a one-word quotation do not make it a quote.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("“We will not back down,” officials say.", [("officials", "anonymous")]),
        ("“The damage is worse than we feared”, the experts explain.", [("experts", "anonymous")]),
        ("Just tell yourself “no.” That’s why I always tell my clients to plan ahead.", []),
    ],
)
def test_a_plural_speakers_frame(text: str, quotes: list[tuple[str, str]]) -> None:
    assert speakers(text, "en") == quotes


# A lone surname framing a quotation names the person with it named last before the
# quotation, not one named later; with none named before, the only one with it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Defence Minister Rajnath Singh spoke on Wednesday. “We killed only those who killed our innocents,” Singh "
         "said. Colonel Sofiya Qureshi and Wing Commander Vyomika Singh briefed reporters.", "Rajnath Singh"),
        ("“We struck nine sites,” Singh said. Wing Commander Vyomika Singh briefed reporters.", "Vyomika Singh"),
    ],
)
def test_a_surname_frame_names_the_one_named_last_before(text: str, speaker: str) -> None:
    assert speakers(text, "en")[0] == (speaker, "person")


# "The statement said" is who issued it: the one a speech verb marks in the last sentence
# naming a statement; nobody when no one speaks there (not one named in it).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pakistan summoned the envoy, the Ministry of Foreign Affairs said. In a statement, it said the strikes killed "
         "civilians. “This is a clear violation of our sovereignty,” the statement said.",
         ("Ministry of Foreign Affairs", "organisation")),
        ("The label issued a statement after Taylor Swift scolded it on Monday. “We were shocked by the claims,” the "
         "statement said.", (None, None)),
    ],
)
def test_the_statement_is_its_issuers(text: str, speaker: tuple[str | None, str | None]) -> None:
    assert speakers(text, "en") == [speaker]


# A quotation opening its paragraph with no speaker of its own is the speaker's of the
# paragraph before when a speech verb follows that one there; not a pronoun's inside what is
# told ("A doctor told Ruptly that he …").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Palestinian negotiator Saeb Erekat said it was only the latest move by the US.\n"
         "“They wanted us on our knees and they used every trick.”", ("Saeb Erekat", "person")),
        ("Protest leader John Smith led the march on Monday. A doctor on the scene told Ruptly that he tried to save a "
         "wounded man.\n“It’s a shame to see a comrade die in this way.”", (None, None)),
    ],
)
def test_a_quoted_paragraph_after_its_speakers_paragraph(text: str, speaker: tuple[str | None, str | None]) -> None:
    assert speakers(text, "en") == [speaker]


# Korean quotative endings frame a quotation (“…”며, “…”라며, “…”이라고, 라고 덧붙였다), its
# speaker the subject (측은, 관계자는 unnamed); a quotation followed by 는 or 이라는 (a
# reaction, an appraisal) is none.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("김민수 서울대 교수는 “금리 인상이 불가피하다”며 “물가가 잡히지 않고 있다”고 설명했다.",
         [("김민수", "person"), ("김민수", "person")]),
        ("이재명 대통령은 27일 “경제 회복이 최우선”이라며 추가 대책을 주문했다. 그는 “민생을 챙기겠다”라고 덧붙였다.",
         [("이재명", "person"), ("이재명", "person")]),
        ("삼성전자 측은 “사실과 다르다”고 반박했다. 삼성전자 관계자는 “법적 대응을 검토하겠다”고 말했다.",
         [("삼성전자 측", "anonymous"), ("삼성전자 관계자", "anonymous")]),
        ("이날 행사에는 시민 500여명이 참석했다. “정말 즐거웠다”는 반응이 많았다.", []),
        ("영화 ‘기생충’은 “올해 최고의 작품”이라는 평가를 받았다.", []),
    ],
)
def test_ko_quotative_endings(text: str, quotes: list[tuple[str, str]]) -> None:
    assert speakers(text, "ko") == quotes


# A quotation inside a quotation (‘…’) is part of it, not a quote of its own; "she" is the
# woman named before, not the man named inside the quotation's sentence.
def test_a_nested_quotation() -> None:
    text = "Mary Jones met John Smith on Friday. “He told me ‘never again’, and I believed him,” she said."
    facts = extract_facts(text, lang="en", types=["person", "quote"])
    quotes = [(f.value, f.attrs["speaker"]) for f in facts if f.type == "quote"]
    assert quotes == [("He told me ‘never again’, and I believed him", "Mary Jones")]


# "…!" an officer shouts: a frame in the present; a chant the crowd shouts is no quote.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("The video shows officers at the door.\n“Police! Open the door! We’re coming in!” an officer shouts.",
         [("an officer", "anonymous")]),
        ("The crowd shouts “Fund our schools” at every rally.", []),
    ],
)
def test_a_shouted_frame(text: str, quotes: list[tuple[str, str]]) -> None:
    assert speakers(text, "en") == quotes


# An organisation's name before "spokesperson" is part of the unnamed source, as after "for".
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are watching it closely,” a World Health Organization spokesperson told Reuters.",
         ("a World Health Organization spokesperson", "anonymous")),
        ("“We are watching it closely,” the World Health Organization said.", ("World Health Organization", "organisation")),
    ],
)
def test_an_organisations_spokesperson(text: str, speaker: tuple[str, str]) -> None:
    assert speakers(text, "en")[-1] == speaker


# "According to AFP, one user posted: “…”": AFP reports the event, the user speaks; a quotation
# "according to AFP" after it is AFP's.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to AFP, one user on Weibo posted: “How did these two come to Beijing?”", ("one user", "anonymous")),
        ("“How did these two come to Beijing?” one user asked, according to AFP.", ("one user", "anonymous")),
        ("“Two cases were found in Beijing,” according to AFP.", ("Agence France-Presse", "organisation")),
    ],
)
def test_according_to_a_source_reports_the_event(text: str, speaker: tuple[str, str]) -> None:
    assert speakers(text, "en")[-1] == speaker


# "it" as an object ("We called it “…”") is no speaker; "it said" is the organisation's.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("We went to Google’s offices in London to try Stadia. We called it “an incredible feat when it works.”", None),
        ("We went to Google’s offices in London. It said: “Stadia is an incredible feat when it works.”", "Google"),
    ],
)
def test_it_as_an_object_does_not_speak(text: str, speaker: str | None) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# A thing written that said it (a heading, a sign) is no speaker; a person saying it is.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("He liked the Air Force and gave the video a heading that said: “Man, the Air Force does cool stuff.”", None),
        ("Protesters met the Air Force with a sign reading: “Man, the Air Force does cool stuff.”", None),
        ("The Air Force said: “Man, the Air Force does cool stuff.”", "Air Force"),
    ],
)
def test_a_written_thing_is_no_speaker(text: str, speaker: str | None) -> None:
    assert speakers(text, "en")[-1][0] == speaker
