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
# it.” campaign'), and is no quote at all: a campaign's name.
def test_an_exclamation_framed_after() -> None:
    text = "Officers searched the motel room.\n“Hey, here she is. Got her!” an officer said."
    assert speakers(text, "en") == [("an officer", "anonymous")]


def test_a_title_ending_in_a_full_stop_takes_no_speaker_after_it() -> None:
    text = "Governor Kristi Noem spoke on Monday.\nWhile the “Meth. We’re on it.” campaign did not appeal to Jane Doe, she said it worked."
    assert speakers(text, "en") == []


# A whole sentence quoted right after the word for a kind of work or message, with no frame,
# is that thing's name (a film's, a campaign's), as is one between a possessive and an
# adjective and its kind; spoken words right after a speech are still a quote.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Years ago Jane Doe saw the documentary “The Last Glacier.” She left the cinema in tears.", []),
        ("The agency also ran the road safety campaign “Slow down. Arrive alive.”\nIt won an award.", []),
        ("The county’s new “Lock it. Keep it.” theft prevention campaign was launched on Monday.", []),
        ("Mayor John Smith said in a speech “We will rebuild this town.”", [("John Smith", "person")]),
    ],
)
def test_en_a_quoted_name_after_or_before_its_kind(text: str, quotes: list[tuple[str, str]]) -> None:
    assert speakers(text, "en") == quotes


# A police officer unnamed speaks as one, not as "police" (a group named by its kind).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The police officer said: “We found the van abandoned near the bridge.”", ("The police officer", "anonymous")),
        ("“We found the van abandoned near the bridge,” the fire officer told reporters.", ("the fire officer", "anonymous")),
        ("“We found the van abandoned near the bridge,” police said.", ("police", "anonymous")),
    ],
)
def test_en_an_officer_of_a_kind_speaks_as_one(text: str, speaker: tuple[str, str]) -> None:
    assert speakers(text, "en") == [speaker]


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
    assert speakers(text, "en") == [("Japan's Foreign Ministry", "organisation")]  # the country's (en.ORG_REGION_BEFORE)
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


# A person named as an object (을, 를) or an owner (의), after the name or its role, or at the end
# of the list a name opens (·), is no speaker: the speaker before goes on.
@pytest.mark.parametrize(
    "text",
    [
        "김민수 후보는 “지역 경제를 살리겠다”고 말했다. 최성진 전 의원을 영입할 계획을 묻자 “많은 분들이 함께하길 기대한다”고 답했다.",
        "김민수 후보는 “지역 경제를 살리겠다”고 말했다. 박영호 전 장관·최성진 전 의원을 포함한 인사 영입 계획을 묻자 “많은 분들이 함께하길 기대한다”고 답했다.",
    ],
)
def test_ko_an_object_does_not_speak(text: str) -> None:
    assert speakers(text, "ko") == [("김민수", "person")] * 2


# A group of people of a role, unnamed, as the subject speaks, not a person named as the subject
# of the clause before (as English "officials said").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("중재에 나선 박철수 원내대표가 중재안을 제시했으나, 친명계 의원들은 “받아들일 수 없다”고 반발했다.", ("친명계 의원들", "anonymous")),
        ("박철수 원내대표는 “받아들일 수 없다”고 말했다.", ("박철수", "person")),
    ],
)
def test_ko_a_group_of_a_role_speaks(text: str, speaker: tuple[str, str]) -> None:
    assert speakers(text, "ko") == [speaker]


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


# A person described by age alone ("said the 36-year-old") stands for the person the text gives
# that age, else for the one "he" would; no one when no person is named, or only one of
# another age; not one spoken of ("said of the 36-year-old").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Defender John Stones has announced his retirement. “I am done,” said the 36-year-old.", "John Stones"),
        ("Defender John Stones has announced his retirement. Said the 36-year-old: “I have given everything to this game.”",
         "John Stones"),
        ("Lucy Hart, 29, and her friend Anna Price queued all night. “It was worth it,” said the 29-year-old.", "Lucy Hart"),
        ("The crash injured 24-year-old Liam Walsh and Ryan Walsh. “It was awful,” the 24-year-old said.", "Liam Walsh"),
        ("Firefighters rescued a man from the river. “I thought I was going to die,” said the 54-year-old.", None),
        ("Bernie Sanders, 83, spoke at the rally. “We need change,” said the 45-year-old.", None),
        ("Pep Guardiola praised John Stones. “He is a great professional,” Guardiola said of the 36-year-old.", "Pep Guardiola"),
    ],
)
def test_a_person_described_by_age(text: str, speaker: str | None) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# A pronoun that speaks but stands for no one found ("…," the agency said, no agency named; "he"
# after only a woman) is a speaker not found: no one else in its sentence, nor the speaker
# before, speaks for it. One that stands for someone does.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Prices will rise,” said Anna Smith.\n“No casualties have been reported,” the agency said, citing local officials.", None),
        ("“Prices will rise,” said Anna Smith. “No casualties have been reported,” he said.", None),
        ("“Demand is strong,” said analyst Kate Moore.\n“Output fell by 3 percent,” it said in its monthly report.", None),
        ("Shell reported record profits on Thursday. “Our strategy is working,” it said.", "Shell"),
        ("“Prices will rise,” said Anna Smith. “No casualties have been reported,” she said.", "Anna Smith"),
    ],
)
def test_a_pronoun_standing_for_no_one_found(text: str, speaker: str | None) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# One told or cited ("told police", "citing the Interior Ministry") does not speak; "asked" right
# after the quotation frames it ('"…?" asked Rachel Reeves'), before a name elsewhere it makes
# them the one asked.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Ten people were killed,” the news agency said, citing the Interior Ministry.", None),
        ("“I saw the car hit the barrier,” the driver, Paul Grant, told police.", "Paul Grant"),
        ("“I saw the car hit the barrier,” the driver told police.", None),
        ("“I heard three loud bangs,” one witness told the Associated Press.", "one witness"),
        ("“Where is the money going?” asked Labour MP Rachel Reeves.", "Rachel Reeves"),
        ("Reporters asked Chancellor Jeremy Hunt about tax cuts. “We will see,” a Treasury source said.", "a Treasury source"),
    ],
)
def test_told_cited_and_asked(text: str, speaker: str | None) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# "The statement said": the one issuing the statement named before speaks ("Aldermoor Council
# issued a statement"), not one the sentence tells of.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aldermoor Council issued a statement on Friday. “The decision was final,” the statement said.", "Aldermoor Council"),
        ("Aldermoor Council criticised Tesco in a statement on Friday. “The decision was final,” the statement said.", None),
    ],
)
def test_the_statement_is_its_issuers(text: str, speaker: str | None) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# A speech verb before a name and its title marks them as speaking ("according to Bank of
# England governor Andrew Bailey", "said Sen. Susan Collins"), not across a sentence's end
# ("said Tom Cotton. Susan Collins disagreed: “…”"); one spoken of is no speaker, a word of
# their title between ("said of firefighter John Doyle").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Inflation is falling,” according to Bank of England governor Andrew Bailey.", "Andrew Bailey"),
        ("“Inflation is falling,” according to the Bank of England.", "Bank of England"),
        ("“It is a good start,” said Sen. Susan Collins, a Republican from Maine.", "Susan Collins"),
        ("“The plan is flawed,” said Senator Tom Cotton. Senator Susan Collins disagreed: “It is a good start.”", "Susan Collins"),
        ("“We will never forget him,” the mayor said of firefighter John Doyle, who died on Monday.", None),
        ("“We will never forget him,” firefighter John Doyle said of the victims.", "John Doyle"),
    ],
)
def test_a_speech_verb_before_a_name_and_title(text: str, speaker: str | None) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# "…," her family said: the family, an unnamed source, speaks, as a friend or a co-worker does;
# not a family spoken of.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Emily Jones died in the crash on Friday. “She lit up every room,” her family said in a statement.", "her family"),
        ("“We are thinking of her family,” said headteacher Mark Evans.", "Mark Evans"),
        ("“Smith was a brilliant colleague,” a former co-worker said.", "a former co-worker"),
    ],
)
def test_a_family_speaks(text: str, speaker: str) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# "He said" stands for a person named a few paragraphs before at most, or stood for by a
# pronoun there: not for one named far above (the speaker meant was not recognised).
_FILLER = (
    "The plant employs about 400 people and supplies parts to carmakers across the region, "
    "though orders have fallen sharply since the spring and managers have cut overtime.\n"
)


def test_a_pronoun_finds_no_person_named_far_above() -> None:
    text = "Union leader Sarah Collins called the strike in May.\n" + _FILLER * 12 + "“We cannot live on this,” she said."
    assert speakers(text, "en") == [(None, None)]


def test_a_pronoun_for_a_person_named_a_few_paragraphs_before() -> None:
    text = "Union leader Sarah Collins called the strike in May.\n" + _FILLER * 2 + "“We cannot live on this,” she said."
    assert speakers(text, "en") == [("Sarah Collins", "person")]


def test_pronouns_carry_a_person_on_over_many_paragraphs() -> None:
    text = "Union leader Sarah Collins called the strike in May.\n" + (_FILLER * 2 + "“We cannot live on this,” she said.\n") * 5
    assert speakers(text, "en") == [("Sarah Collins", "person")] * 5


_KO_FILLER = "공장은 지역 자동차 업체들에 부품을 공급해 왔지만 올봄부터 주문이 크게 줄면서 잔업을 줄였다. 직원들은 임금 동결에 반발하고 있다.\n"


@pytest.mark.parametrize(("paragraphs", "speaker"), [(2, "김민수"), (12, None)])
def test_ko_a_pronoun_reaches_a_few_paragraphs_back(paragraphs: int, speaker: str | None) -> None:
    text = "파업을 이끈 김민수 노조위원장과 사측이 협상을 벌였다.\n" + _KO_FILLER * paragraphs + "그는 “더는 물러설 수 없다”고 말했다."
    assert speakers(text, "ko")[0][0] == speaker


# An honorific and a surname no person found covers speak as the person of that surname and
# gender named first, else as the surname alone; a role after the honorific is no surname.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Donald Trump toured the plant with his son Eric Trump. “We will bring the jobs back,” Mr. Trump told workers.",
         ("Donald Trump", "person")),
        ("Donald Trump toured the plant with his niece Mary Trump. “We will bring the jobs back,” Ms. Trump told workers.",
         ("Mary Trump", "person")),
        ("Ms Yellen met Mr Powell at the Treasury on Monday. “We agreed on the next steps,” she said.", ("Yellen", "person")),
        ("MPs shouted across the chamber. “Order, order,” said Mr Speaker.", (None, None)),
        ("The Lord Mayor spoke at the memorial. He said: “We will rebuild.”", (None, None)),
    ],
)
def test_an_honorific_and_a_surname_speak(text: str, speaker: tuple[str | None, str | None]) -> None:
    assert speakers(text, "en")[-1] == speaker


# A frame with a colon after a quotation that ends a sentence is the next quotation's: its
# subject answers the question, not asks it; a pronoun that is asked does not speak either.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Chancellor Rachel Reeves faced reporters in Leeds. When she was asked, “Will taxes rise again?” Reeves "
         "replied: “We have no plans to do that.”", [(None, None), ("Rachel Reeves", "person")]),
        ("Chancellor Rachel Reeves faced reporters in Leeds. “We have no plans to do that,” Reeves said, adding: "
         "“The budget is fully funded.”", [("Rachel Reeves", "person")] * 2),
        ("Chancellor Rachel Reeves faced reporters in Leeds. “Will taxes rise again?” she asked the governor.",
         [("Rachel Reeves", "person")]),
    ],
)
def test_a_frame_before_the_next_quotation(text: str, quotes: list[tuple[str | None, str | None]]) -> None:
    assert speakers(text, "en") == quotes


# "Reported" frames a quotation as "said" does; a frame after it is no frame when it opens a
# new clause with a conjunction ('“unexplained,” and diagnoses are delayed, Smith said').
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("“Staff numbers have halved within months,” researcher Penelope Abernathy reported.",
         [("Penelope Abernathy", "person")]),
        ("Doctors may call the disease “unexplained,” and treatment is delayed, researcher Penelope Abernathy said.", []),
        ("Analysts had expected “a strong quarter,” and Apple reported record sales on Thursday.", []),
        ("The firm is focused on “financial health,” as analyst Kate Moore told me.", [("Kate Moore", "person")]),
    ],
)
def test_reported_frames_and_a_conjunction_does_not(text: str, quotes: list[tuple[str | None, str | None]]) -> None:
    assert speakers(text, "en") == quotes


# A person and their organisation after "of", "at" or "from" before the verb: the person
# speaks, not the organisation ("Inspector Sarah Mills of Thames Valley Police said").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“There is no evidence of foul play,” Detective Inspector Sarah Mills of Thames Valley Police said.", "Sarah Mills"),
        ("“The results are clear,” Professor Jane Carter from the University of Oxford told the BBC.", "Jane Carter"),
        ("Jane Carter spoke after the hearing. “We will appeal,” Thames Valley Police said.", "Thames Valley Police"),
    ],
)
def test_a_person_of_an_organisation_speaks(text: str, speaker: str) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# Several of a kind of people, unnamed, as the subject speak as one unnamed source (English
# "experts said"); inside the quotation they are no speaker.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("전문가들은 “금리 인하 시점이 늦춰질 수 있다”고 내다봤다.", ("전문가들", "anonymous")),
        ("현지 주민들은 “밤새 한숨도 못 잤다”고 입을 모았다.", ("현지 주민들", "anonymous")),
        ("김철수 교수는 “전문가들은 이미 경고했다”고 말했다.", ("김철수", "person")),
        # several are no "그는"
        ("김민수 노조위원장은 협상에 나섰다. 직원들은 임금 동결에 반발했다. 그는 “물러설 수 없다”고 말했다.", ("김민수", "person")),
    ],
)
def test_ko_unnamed_people_of_a_kind_speak(text: str, speaker: tuple[str, str]) -> None:
    assert speakers(text, "ko") == [speaker]


# A frame after a quotation may hold the speaker's long apposition, set off by commas; a sentence
# whose own subject speaks ("the agency's chief economist has said") does not carry on the
# speaker of the quotation before.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("“We cannot see the risks until it is too late,” Maria Lopez, a researcher at the Institute for Fiscal "
         "Studies, and a former adviser to the Treasury, in London, told the committee. “And we only get one chance.”",
         [("Maria Lopez", "person")] * 2),
        ("“We will not back down,” Shell said on Monday. Oil demand should be studied, the agency’s chief economist "
         "has said, because “these markets are changing fast.”",
         [("Shell", "organisation"), (None, None)]),
    ],
)
def test_a_long_apposition_and_another_subject(text: str, quotes: list[tuple[str | None, str | None]]) -> None:
    assert speakers(text, "en") == quotes


# "He said" after a sentence that opens with one of two men of its paragraph: that sentence's
# subject; not one the sentence before names as its object.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Baker and Paul Grant walked to the edge of the lake. Baker pointed to two trees on the far shore. "
         "“This is where we set up the first camera,” he said.", "Tom Baker"),
        ("Tom Baker and Paul Grant walked to the edge of the lake. The guide pointed Baker to two trees on the far shore. "
         "“This is where we set up the first camera,” he said.", None),
    ],
)
def test_he_after_a_sentence_opened_by_one_of_two_men(text: str, speaker: str | None) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# Quotation paragraphs in the style of English wire copy (written for these tests): each
# quotation's speaker, None when it has none.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Finance Minister Rachel Morgan defended the budget on Tuesday. "We have made difficult choices," she said.',
         ['Rachel Morgan']),
        ('"The company remains committed to its customers," Northwind Energy said in a statement.',
         ['Northwind Energy']),
        ('"There will be no delay," Prime Minister David Carter told reporters in London.',
         ['David Carter']),
        ('"This is a historic day for our country," said President Maria Alvarez.',
         ['Maria Alvarez']),
        ('"The talks were constructive," according to a senior European diplomat.',
         ['a senior European diplomat']),
        ('Elon Musk wrote on X: "The rocket is ready for launch."',
         ['Elon Musk']),
        ('"We are reviewing the decision," a spokesperson for the Department of Health said.',
         ['a spokesperson for the Department of Health']),
        ('Senator James Whitfield said the bill was "a betrayal of working families".',
         ['James Whitfield']),
        ('Defender John Stones has announced his retirement from football. "I am done," said the 36-year-old.',
         ['John Stones']),
        ('Defender John Stones has announced his retirement from football. Said the 36-year-old: "I have given everything to this game."',
         ['John Stones']),
        ('Defender John Stones has announced his retirement from football. "I am done," the 36-year-old said.',
         ['John Stones']),
        ('"We knew the risks when we started," said coach Thomas Bauer. "But nobody expected this.\n"The players deserve credit for how they responded," he added.',
         ['Thomas Bauer', 'Thomas Bauer', 'Thomas Bauer']),
        ('The band\'s new album, "Midnight Roads", is released on Friday.',
         []),
        ("'We will not back down', says union leader\nUnion leader Sharon Graham said on Monday that strikes would continue.",
         []),
        ('"He told me, \'You will never work in this town again,\'" said actress Emily Watson.',
         ['Emily Watson']),
        ('Health Secretary Wes Streeting told the BBC: "Waiting lists are falling."',
         ['Wes Streeting']),
        ('Mark Hughes and Peter Collins met on Sunday. "It went well," he said.',
         [None]),
        ('Mark Hughes met the delegation on Sunday. "It went well," she said.',
         [None]),
        ('"A man has been arrested on suspicion of murder," police said.',
         ['police']),
        ('"The fire is now under control," officials said on Saturday.',
         ['officials']),
        ('Shares in Tesco fell 12 percent. "We expect demand to recover next year," the company said.',
         ['Tesco']),
        ('"The deal could be announced as soon as next week," said a person familiar with the matter.',
         ['a person familiar with the matter']),
        ('"Our priority is the safety of passengers," said airline chief executive Laura Bennett.\n"We will cooperate fully with investigators."',
         ['Laura Bennett', 'Laura Bennett']),
        ('In a speech in Berlin, Chancellor Olaf Scholz said: "Europe must stand together."',
         ['Olaf Scholz']),
        ('"We were shocked," said resident Anne Murphy, adding: "Nobody warned us."',
         ['Anne Murphy', 'Anne Murphy']),
        ('Critics have described the plan as a "power grab".',
         []),
        ('"Why should we pay more?" asked Tom Riley, a farmer from Devon.',
         ['Tom Riley']),
        ('Ms Patel said: "The system is broken and we will fix it."',
         ['Patel']),
        ('Home Secretary Priti Patel visited Dover on Monday. "The system is broken," Ms Patel said.',
         ['Priti Patel']),
        ('Economist Sarah Jennings expects rates to fall. "The data is clear," Jennings said.',
         ['Sarah Jennings']),
        ('Foreign Minister Penny Wong arrived in Beijing on Tuesday. "Dialogue is always better than silence," the minister said.',
         ['Penny Wong']),
        ('"We expect prices to rise further," Michael Brown, an analyst at Capital Economics, told Reuters.',
         ['Michael Brown']),
        ('In a letter to shareholders, chief executive Jane Fraser wrote: "We have a lot of work to do."',
         ['Jane Fraser']),
        ('"I never thought I would play again," Rafael Nadal said in an interview with a Spanish newspaper.',
         ['Rafael Nadal']),
        ('The singer Taylor Swift posted on Instagram: "Thank you for an incredible night."',
         ['Taylor Swift']),
        ('Protesters carried a banner that read: "No more war."',
         [None]),
        ('The World Health Organization warned of a rise in cases. "Countries must act now," it said.',
         ['World Health Organization']),
        ('Liverpool manager Arne Slot praised striker Mohamed Salah after the match. "He was fantastic today," Slot said.',
         ['Arne Slot']),
        ('"He was a true gentleman," his former teammate Gary Lineker said of the late player.',
         ['Gary Lineker']),
        ('Johnson said Smith had told him "the money was never there".',
         []),
        ('Chris Evans has spent 20 years as a firefighter.\nHe still remembers his first call-out. "I was terrified," he said.',
         ['Chris Evans']),
        ('Judge Helen Morris sentenced Daniel Price to six years in prison.\n"You showed no remorse," she said.',
         ['Helen Morris']),
        ('Judge Helen Morris sentenced Daniel Price to six years in prison. "You showed no remorse," the judge said.',
         ['Helen Morris']),
        ('UN Secretary-General Antonio Guterres said the world was "on a highway to climate hell".',
         ['Antonio Guterres']),
        ('Asked whether he would resign, Mr Johnson said: "Absolutely not."',
         ['Johnson']),
        ('"I heard three loud bangs and then people started running," one witness told the Associated Press.',
         ['one witness']),
        ('"We have lost everything," said residents of the flooded village.',
         [None]),
        ('"It is the best job in the world," says Claire Wilson, who has run the bakery since 1998.',
         ['Claire Wilson']),
        ("Trump says 'nobody has done more' for farmers",
         []),
        ('Lucy Hart, 29, from Leeds, said: "I queued for six hours."',
         ['Lucy Hart']),
        ('Lucy Hart, 29, from Leeds, queued all night for tickets.\n"It was worth it," the 29-year-old said.',
         ['Lucy Hart']),
        ('Lucy Hart, 29, and her friend Anna Price queued all night. "It was worth it," said the 29-year-old.',
         ['Lucy Hart']),
        ('Firefighters rescued a man from the river. "I thought I was going to die," said the 54-year-old.',
         [None]),
        ("'I have no regrets,' Boris Johnson tells friends",
         []),
        ('"Safety is our top priority," said Boeing in a statement.',
         ['Boeing']),
        ('"I am not going anywhere," Chelsea manager Enzo Maresca told a news conference, "and I have the support of the owners."',
         ['Enzo Maresca', 'Enzo Maresca']),
        ('"We have to be realistic," said Pep Guardiola. "This league is very difficult."',
         ['Pep Guardiola', 'Pep Guardiola']),
        ('"We have to be realistic," said Pep Guardiola.\nMikel Arteta disagreed. "We can win it," Arteta said.',
         ['Pep Guardiola', 'Mikel Arteta']),
        ('"Prices are too high," said shopper Karen Lee.\nThe government says inflation is falling.\n"I don\'t see it," she added.',
         ['Karen Lee', 'Karen Lee']),
        ('"We are monitoring the situation closely," a White House official said.',
         ['a White House official']),
        ('Nicola Sturgeon said: "I am proud of what we achieved."',
         ['Nicola Sturgeon']),
        ('In a post on social media, the actor Hugh Grant wrote: "Shameful."',
         ['Hugh Grant']),
        ('Amelia Clarke, who runs a food bank in Hull, told the Guardian: "Demand has doubled this year."',
         ['Amelia Clarke']),
        ('The report said that "significant failings" had been found at the hospital.',
         []),
        ('Her memoir, "Becoming", sold more than 10 million copies.',
         []),
        ('The director, Christopher Nolan, won an Oscar for "Oppenheimer".',
         []),
        ('Lisa Nandy spoke after the vote.\n"It was the right decision," he added.',
         [None]),
        ('"Congratulations to the team!" tweeted Prime Minister Keir Starmer.',
         ['Keir Starmer']),
        ('"No casualties have been reported," the agency said, citing local officials.',
         [None]),
        ('Mayor Sadiq Khan visited the site on Sunday. "This should never have happened," the mayor said.',
         ['Sadiq Khan']),
        ('"I spoke to Joe Biden this morning," said Emmanuel Macron.',
         ['Emmanuel Macron']),
        ('Emmanuel Macron arrived in Washington on Monday. "I spoke to Joe Biden this morning," he said.',
         ['Emmanuel Macron']),
        ('A Downing Street spokesperson said: "The prime minister has full confidence in the chancellor."',
         ['A Downing Street spokesperson']),
        ('The crowd chanted "Lock her up" as the candidate spoke.',
         []),
        ('"Growth will slow sharply in the second half," economists at Goldman Sachs wrote in a note to clients.',
         ['Goldman Sachs']),
        ('"We lost. It hurts," midfielder Declan Rice said.',
         ['Declan Rice']),
        ('"A disgrace." That was how opposition leader Kemi Badenoch described the plan on Wednesday.',
         []),
        ('Actor Tom Hanks has been honoured in Los Angeles. "I am humbled," the actor said.',
         ['Tom Hanks']),
        ('A spokesman for Amazon declined to comment.',
         []),
        ('"She was the light of our lives," her family said in a statement.',
         ['her family']),
        ('"We are overjoyed," the couple said.',
         [None]),
        ('Prosecutor Alan Grey told the court: "The defendant planned this attack for months."',
         ['Alan Grey']),
        ('"We will win," said Kamala Harris. "They will lose," said Donald Trump.',
         ['Kamala Harris', 'Donald Trump']),
        ('Dr Sarah Hughes says the findings are worrying. "We need more research."',
         ['Sarah Hughes']),
        ('"Every day is a struggle," said Maria Lopez, a nurse in Madrid.\n"We are exhausted," she added.',
         ['Maria Lopez', 'Maria Lopez']),
        ('Thousands attended the "March for Our Lives" rally in Washington.',
         []),
        ('"The company deeply regrets the incident," read a statement from Meridian Airlines.',
         []),
        ('According to the indictment, the men "conspired to defraud the United States".',
         []),
        ('"What happens next?" she asked. "Nobody knows."',
         [None]),
        ('"We have been here before," said veteran campaigner Peter Tatchell. "The fight is not over.\n"We will keep going."',
         ['Peter Tatchell', 'Peter Tatchell', 'Peter Tatchell']),
        ('Labour MP Diane Abbott told Sky News that the party had "lost its way".',
         ['Diane Abbott']),
        ('Olympic champions Jessica Ennis and Greg Rutherford visited the school. "It was brilliant," the pair said.',
         [None]),
        ('"Services will resume on Monday," the statement said.',
         [None]),
        ('Stones joined City in 2016.\nThe weather was poor on Tuesday and the match was postponed.\n"It is a shame," said the 36-year-old.',
         [None]),
        ('The 41-year-old, who has not been named, was taken to hospital.\n"He was lucky," said the 41-year-old\'s neighbour.',
         [None]),
        ('Manchester City manager Pep Guardiola praised John Stones. "He is a great professional," Guardiola said of the 36-year-old.',
         ['Pep Guardiola']),
        ('Firefighter Sam Cole, 52, and his colleague Emma Reid, 31, rescued the children. "We just did our job," said the 31-year-old.',
         ['Emma Reid']),
        ('The crash killed 24-year-old Liam Walsh and injured his brother Ryan Walsh.\n"He was my best friend," the 19-year-old said.',
         ['Ryan Walsh']),
        ('"Prices will rise sharply," said Anna Smith.\n"No casualties have been reported," the agency said, citing local officials.',
         ['Anna Smith', None]),
        ('"Prices will rise sharply," said Anna Smith. "No casualties have been reported," he said.',
         ['Anna Smith', None]),
        ('"I saw the car hit the barrier," the driver, Paul Grant, told police.',
         ['Paul Grant']),
        ('"Ten people were killed," the news agency said, citing the Interior Ministry.',
         [None]),
        ('"Where is the money going?" asked Labour MP Rachel Reeves.',
         ['Rachel Reeves']),
        ('Reporters asked Chancellor Jeremy Hunt about tax cuts. "We will see," a Treasury source said.',
         ['a Treasury source']),
        ('Emily Jones, 17, died in the crash on Friday. "She lit up every room," her family said in a statement.',
         ['her family']),
        ('"We are thinking of her family," said headteacher Mark Evans.',
         ['Mark Evans']),
        ('Shell reported record profits on Thursday. "Our strategy is working," it said.',
         ['Shell']),
        ('"Demand is strong," said analyst Kate Moore.\n"Output fell by 3 percent," it said in its monthly report.',
         ['Kate Moore', None]),
        ('Kate Moore runs a cafe in Bristol. "Business is slow," she said.',
         ['Kate Moore']),
        ('Bernie Sanders, 83, spoke after Joe Manchin. "We need change," said the 83-year-old.',
         ['Bernie Sanders']),
        ('Bernie Sanders, 83, spoke at the rally. "We need change," said the 45-year-old.',
         [None]),
        ('"The election was a disaster for the Democrats," Donald Trump said in a post on Truth Social.',
         ['Donald Trump']),
        ('"The product is safe to use," according to a statement from Johnson & Johnson.',
         ['Johnson & Johnson']),
        ('Senator Elizabeth Warren told CNN in an interview: "The banks have too much power."',
         ['Elizabeth Warren']),
        ('"This is not the end," said opposition leader Peter Dutton. "It is a new beginning.\n"We will listen to Australians.\n"And we will win their trust back."',
         ['Peter Dutton', 'Peter Dutton', 'Peter Dutton', 'Peter Dutton']),
        ('"The coach said to me, \'Keep going,\' and I did," said sprinter Noah Lyles.',
         ['Noah Lyles']),
        ("Sunak: 'I will fight on'\nRishi Sunak has vowed to stay on as leader.",
         []),
        ('Chancellor Rachel Reeves said the budget would "fix the foundations" of the economy. "We have taken the tough decisions," she said.',
         ['Rachel Reeves']),
        ('"We will appeal," said lawyer Ben Crump, adding that the family was "devastated".',
         ['Ben Crump']),
        ('A spokeswoman for the European Commission said: "We are analysing the proposal."',
         ['A spokeswoman for the European Commission']),
        ('"The water came up so fast," said one resident, who asked not to be named.',
         ['one resident']),
        ('"We did not see this coming," said Maria Garcia, a 45-year-old teacher who lives near the plant.',
         ['Maria Garcia']),
        ('Google said on Tuesday it would cut 1,000 jobs. "These are difficult decisions," he said.',
         [None]),
        ('"Who will pay for this?" says Daniel Kim, 34, a shop owner.',
         ['Daniel Kim']),
        ('Beyonce performed "Texas Hold \'Em" at the ceremony.',
         []),
        ('Nicola Sturgeon announced her resignation on Thursday.\nShe said: "I know what this job takes."',
         ['Nicola Sturgeon']),
        ('"The president is in good health," the White House said in a statement.',
         ['White House']),
        ('"The company will cooperate fully with the investigation," said the statement, issued by Volkswagen.',
         ['Volkswagen']),
        ('Senator Bernie Sanders criticised the bill. "This is a gift to billionaires," the senator said.',
         ['Bernie Sanders']),
        ('The letter, seen by Reuters, said the company had "no plans to sell" the unit.',
         []),
        ('"I have full confidence in him," Joe Biden said of Defense Secretary Lloyd Austin.',
         ['Joe Biden']),
        ('"We will not raise taxes," Keir Starmer told Laura Kuenssberg on Sunday.',
         ['Keir Starmer']),
        ('"It was a mistake," Boris Johnson\'s spokesman said.',
         [None]),
        ('Rishi Sunak said Keir Starmer had "no plan" for the economy.',
         []),
        ('Kamala Harris met Ursula von der Leyen in Brussels. "We agreed on many things," she said.',
         [None]),
        ('Kamala Harris met Olaf Scholz in Munich. "We agreed on many things," he said.',
         ['Olaf Scholz']),
        ('"There is no money left," said Treasury minister Darren Jones.\n"We have to make choices."',
         ['Darren Jones', 'Darren Jones']),
        ('"There is no money left," said Treasury minister Darren Jones.\nConservative leader Kemi Badenoch visited a factory in Essex.\n"We have to make choices."',
         ['Darren Jones', None]),
        ("Lewis Hamilton says: 'I still have the hunger to win.'",
         []),
        ('"The airport is operating normally," Heathrow said in a statement on its website.',
         ['Heathrow']),
        ('"We will never forget him," the mayor said of firefighter John Doyle, who died on Monday.',
         [None]),
        ('"The plan is flawed," said Senator Tom Cotton. Senator Susan Collins disagreed: "It is a good start."',
         ['Tom Cotton', 'Susan Collins']),
        ('In a statement, Amazon said: "We take these allegations seriously."',
         ['Amazon']),
        ('When I asked him about the future, he smiled. "Who knows?"',
         []),
        ('"Smith was a brilliant colleague," a former co-worker said.',
         ['a former co-worker']),
        ('"Inflation is falling faster than expected," according to Bank of England governor Andrew Bailey.',
         ['Andrew Bailey']),
        ('A man was arrested after the attack. "He just kept shouting," said a woman who saw it.',
         [None]),
        ('Coach Ange Postecoglou praised Son Heung-min after the win.\n"He was outstanding," he said.',
         ['Ange Postecoglou']),
        ('Angela Rayner visited the site in the morning.\nLater, Michael Gove arrived. "This is a disgrace," she said.',
         [None]),
        ('Aldermoor Council issued a statement on Friday. "The decision was taken after careful consideration," the statement said.',
         ['Aldermoor Council']),
        ('The central bank governor, Andrew Bailey, said on Thursday that inflation was "heading in the right direction".',
         ['Andrew Bailey']),
        ('"We do not comment on ongoing investigations," a Metropolitan Police spokesman said. "Anyone with information should call 101," the spokesman added.',
         ['a Metropolitan Police spokesman', 'a Metropolitan Police spokesman']),
        ('The National Security Council, chaired by Prime Minister Imran Malik, said in a statement: "We will respond."',
         ['National Security Council']),
        ('Driver Tanner Fischer spoke to workers on Monday. Subcontracting is, as Fischer put it, "giving away good union jobs."',
         ['Tanner Fischer']),
        ('"We have no comment," the spokeswoman said.',
         ['the spokeswoman']),
        ('Maria Lopez won the final in Paris. "It was a tough match," the defending champion said.',
         ['Maria Lopez']),
        ('"It was a tough match," said the defending champion.',
         [None]),
        ('The club named the new manager as Ruben Amorim.\nThe board met on Monday. "We are delighted," he said.',
         [None]),
        ('Speaking at a rally in Ohio, Senator JD Vance said: "We will bring jobs back."',
         ['JD Vance']),
        ('A source close to the prime minister said the decision had been taken. "It is done," the source said.',
         ['A source close to the prime minister']),
        ('Manchester United announced the signing on Friday. "We are delighted to welcome him," the club said.',
         ['Manchester United']),
        ('Ms Yellen met Mr Powell on Monday. "We had a good discussion," he said.',
         ['Powell']),
        ('Andy Murray lost in the first round. "I am disappointed," said the former world number one.',
         ['Andy Murray']),
        ('Police named the victim as Tom Baker.\nOfficers are appealing for witnesses. "Somebody knows something," he said.',
         [None]),
        ('Tesla chief executive Elon Musk wrote on X on Sunday that the company would "double production" next year.',
         ['Elon Musk']),
        ('Manchester City midfielder Phil Foden became a father in 2020.\nSpeaking to the club website, Phil said: "I was there for the birth."',
         ['Phil Foden']),
        ('Phil Foden and Phil Jones trained on Monday.\nSpeaking to reporters, Phil said: "It was hard."',
         [None]),
        ('Economist Sarah Jennings expects rates to fall.\nIn a note to clients, Jennings wrote: "The data is clear."',
         ['Sarah Jennings']),
        ('"Our schools are failing," said teacher Anna Price. As a parent, "we are running out of patience."',
         ['Anna Price', 'Anna Price']),
        ('"Our schools are failing," said teacher Anna Price. When it strikes farmers, the illness is called "acute hay dust lung."',
         ['Anna Price']),  # a term, no quote
        ('"Our schools are failing," said teacher Anna Price. Teachers in the city rallied behind "A Better Deal For Schools."',
         ['Anna Price', None]),
        ('Chancellor Rachel Reeves said that the "growth mission" plan would go ahead next year.',
         []),
        ('Chancellor Rachel Reeves said on Monday that the plan would go ahead, and critics said it would "hurt small firms" badly.',
         []),
        ('Chancellor Rachel Reeves said the plan would "Fix Britain" next year.',
         []),
    ],
)
def test_wire_copy(text: str, want: list[str | None]) -> None:
    facts = extract_facts(text, lang="en", types=["person", "organisation", "quote"])
    assert [f.attrs["speaker"] for f in facts if f.type == "quote"] == want


# An analyst, an economist, a researcher at an organisation, unnamed: an unnamed source, the
# organisation inside it no speaker of its own; named in apposition, the person speaks.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Demand is cooling faster than we thought,” said an economist at Barclays.", ("an economist at Barclays", "anonymous")),
        ("“Margins will recover,” one analyst at Jefferies said.", ("one analyst at Jefferies", "anonymous")),
        ("“Margins will recover,” said Ann Lee, an analyst at Jefferies, on Tuesday.", ("Ann Lee", "person")),
    ],
)
def test_an_unnamed_occupation_at_an_organisation_speaks(text: str, speaker: tuple[str, str]) -> None:
    assert speakers(text, "en") == [speaker]


# The words between a quotation and its frame's verb end no sentence: a verb of the next
# sentence frames no quoted term of this one.
def test_a_frame_after_a_quotation_stays_in_its_sentence() -> None:
    text = "The army said it hit “command centres,” depots and airfields. The ministry added that more strikes would follow."
    assert speakers(text, "en") == []


@pytest.mark.parametrize("verb", ["stated", "recounted"])
def test_stated_and_recounted_frame_a_quotation(verb: str) -> None:
    text = f"Rita Okafor chairs the board. “Every school will reopen on time, as promised,” she {verb} at the meeting."
    assert speakers(text, "en") == [("Rita Okafor", "person")]


# A frame whose verb a colon and a quotation follow introduces that quotation, not the term before it.
def test_a_frame_before_a_colon_introduces_the_next_quotation() -> None:
    text = "Asked about her “Plan B,” she wrote: “There is none, and there never was.”"
    facts = extract_facts(text, lang="en", types=["quote"])
    assert [f.value for f in facts] == ["There is none, and there never was."]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the paragraph moves on to one of two people of a surname, named by it alone: "he" is
        # no longer the senator named before, and which of the two men it is the text does not tell
        (
            "Senator Jon Baxter has raised money from George Holt and Alexander Holt this year.\n"
            "Baxter said he was grateful.\n"
            "The elder Holt gives millions a year to advocacy groups. He funds several of them and has stated, \"I am against guns.\"",
            None,
        ),
        # of the two, only one is of the pronoun's gender: that one
        (
            "Former President Donald Kemp and his wife Mary Kemp attended the gala with Senator Jon Baxter.\n"
            "Baxter spoke first. Kemp arrived late. He told reporters, \"The night was a great success.\"",
            "Donald Kemp",
        ),
        # the surname alone after the full name of one of them: that one still
        (
            "Prime Minister Ahmed Rana met army chief Bilal Rana on Monday.\n"
            "Prime Minister Ahmed Rana said the country would respond. Rana said the nation stood united.\n"
            "\"We will not let the enemy succeed,\" he said.",
            "Ahmed Rana",
        ),
    ],
)
def test_en_a_pronoun_after_a_surname_two_people_share(text: str, speaker: str | None) -> None:
    assert [s for s, _ in speakers(text, "en")] == [speaker]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a short lower-case term after a preposition, an article or a naming verb, its full stop inside
        ("She dismissed the questions about her trip as attempts at “guilt by association.”", []),
        ("Doctors said the condition is often called “farmer’s lung.”", []),
        ("Critics dubbed the minister's role in the talks as \"the Reyes problem.\"", []),
        # a speaker's longer words cut into the clause stay a quote
        (
            "Jane Doe, the EU's foreign policy chief, said ministers will meet to “discuss how to raise the pressure on the regime.”",
            ["Jane Doe"],
        ),
    ],
)
def test_en_a_short_term_ending_its_sentence_is_no_quote(text: str, want: list[str]) -> None:
    assert [s for s, _ in speakers(text, "en")] == want


@pytest.mark.parametrize(
    "text",
    [
        # several people of a trade speak, none of them named: the speaker before does not carry on
        "\"The surgery went well,\" Dr. Alan Reyes said.\n\"He is stable,\" the nurses told reporters.",
        "\"The surgery went well,\" Dr. Alan Reyes said.\n\"We are hopeful,\" stated the physicians.",
    ],
)
def test_en_several_people_of_a_trade_speak_as_no_one_named(text: str) -> None:
    assert [s for s, _ in speakers(text, "en")][-1] is None


# A sentence quoted up to a word the clause goes on with, its frame later in the sentence:
# the speaker's words; a title in title case there is none.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Coach Mark Ellison said the squad was tired. “We are not going to use that as an excuse” for the loss, he added.", [("Mark Ellison", "person")]),
        ("“The market will not wait for us” this time, Finance Minister Ana Ruiz told reporters.", [("Ana Ruiz", "person")]),
        ("The film “Gone With the Wind” won praise, critics said.", []),
        ("The band played “We Will Rock You” twice, fans said.", []),
    ],
)
def test_a_sentence_cut_by_its_clause_is_framed_after_it(text: str, want: list[tuple[str, str]]) -> None:
    assert speakers(text, "en") == want


# "confirmed" is a speech verb: a quotation opening the next paragraph is its subject's.
def test_confirmed_speaks() -> None:
    text = "Health Minister Lena Brandt confirmed that all clinics would stay open.\n“We will not close a single ward this winter.”"
    assert speakers(text, "en") == [("Lena Brandt", "person")]


# A quotation between a determiner or a possessive and a word naming its kind is a name (a
# campaign's, a song's, a speech's), not words spoken, though it is a whole sentence; a frame's
# comma inside it, or no such word after it, leaves it a quote.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The agency launched the “Buckle Up. Every Trip.” campaign on Monday.", []),
        ("Critics mocked the county’s “Stay Home. Stay Safe.” ad campaign, which cost $2 million.", []),
        ("Parents signed up for its “Read Together Tonight!” initiative last year.", []),
        ("Mayor Jane Doe said: “Stay home. Stay safe.”", ["Jane Doe"]),
        ("Jane Doe, the mayor, spoke after the vote. “We will fight on,” the campaign said.", [None]),
    ],
)
def test_en_a_quotation_naming_a_thing_is_no_quote(text: str, want: list[str | None]) -> None:
    assert [s for s, _ in speakers(text, "en")] == want


# "She said" after a paragraph naming two women, one of them only in the possessive ("Anna
# Reyes’s sister, Maria Ortiz, told reporters"): the other is the one the text tells of.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Anna Reyes’s sister, Maria Ortiz, recently told reporters she hoped for a retrial. "
         "She said: “We waited eleven years for this day and we will keep waiting.”", "Maria Ortiz"),
        ("Jack Hill’s brother, Sam Ortega, later drove to the courthouse with the family. "
         "He said: “Nobody here expected the jury to take this long.”", "Sam Ortega"),
        ("Anna Reyes met Maria Ortiz on Friday. She said: “We waited eleven years for this day.”", None),
    ],
)
def test_en_a_pronoun_passes_over_one_named_in_the_possessive(text: str, speaker: str | None) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# A speech verb and a colon introduce a quotation however it ends, with no full stop of its own
# ('…, sorry”.', or none at all before the line's end): its words are spoken; a name after a
# colon with no speech verb is not.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The announcer was then heard saying: “We will have to pause the match, ladies and gentlemen”.", [None]),
        ("Mayor Jane Doe spoke after the flood.\nShe said: “The city will rebuild every bridge we lost”", ["Jane Doe"]),
        ("The project was given its new name: “Northern Light Bridge”.", []),
    ],
)
def test_en_a_speech_verb_and_a_colon_introduce_a_quotation(text: str, want: list[str | None]) -> None:
    assert [s for s, _ in speakers(text, "en")] == want


# "One of the survivors" is an unnamed source as "a survivor" is ("According to one of the
# witnesses, “…”", "“…,” one of the officials said").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to one of the witnesses, “The truck never slowed down. It went straight through the light.”",
         ("one of the witnesses", "anonymous")),
        ("“The talks will resume next week,” one of the officials said.", ("one of the officials", "anonymous")),
    ],
)
def test_en_one_of_an_unnamed_group_speaks(text: str, speaker: tuple[str, str]) -> None:
    assert speakers(text, "en")[-1] == speaker


# "She said" after an unnamed source the text had speak, written after the person named, stands
# for that source ("A neighbour, who asked not to be named, said …. “…,” she said"); not for one
# only spoken of ("Sarah Mills said a neighbour had called the police").
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria Lopez, 42, has lived on the street since 2004. A neighbour, who asked not to be named, said the "
         "water had reached the doors. “We are frightened every time it rains,” she said.", ("A neighbour", "anonymous")),
        ("Tom Hale runs the bakery on Mill Street. One resident said the closure was a blow. “It is the heart of "
         "this village,” she said.", ("One resident", "anonymous")),
        ("Sarah Mills, 34, was at home when the fire started. Her neighbour, a retired teacher, said she heard a "
         "bang. “It was like a bomb going off,” she said.", ("Her neighbour", "anonymous")),
        ("Sarah Mills said a neighbour had called the fire brigade. “It was terrifying,” she said.", ("Sarah Mills", "person")),
        # the source set off beside the person is that person
        ("Jane Porter, an analyst at Acme Bank, said prices fell. “Buyers are waiting,” she said.", ("Jane Porter", "person")),
    ],
)
def test_en_a_pronoun_after_an_unnamed_source_that_spoke(text: str, speaker: tuple[str, str]) -> None:
    assert speakers(text, "en") == [speaker]


# One beaten or played against is no speaker: "she said" after "a win over Parry" is the winner's.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("It was Katie Brand who opened the day with a 6-3, 6-1 victory over Laura Weiss.\n“I was nervous at the "
         "start,” she told reporters.", "Katie Brand"),
        ("Anna Kovac beat Laura Weiss in straight sets on Tuesday. “I was nervous at the start,” she said.", "Anna Kovac"),
    ],
)
def test_en_one_beaten_is_no_speaker(text: str, speaker: str) -> None:
    assert speakers(text, "en")[-1][0] == speaker


# A leader, a member or a representative of an organisation, unnamed, speaks as one of it, not
# as the organisation.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Protests halted the test. “We were never asked,” a leader of the Sami Council told reporters.",
         ("a leader of the Sami Council", "anonymous")),
        ("“We will appeal,” a member of the public said.", ("a member of the public", "anonymous")),
    ],
)
def test_en_a_member_of_an_organisation_speaks_as_one(text: str, speaker: tuple[str, str]) -> None:
    assert speakers(text, "en") == [speaker]
