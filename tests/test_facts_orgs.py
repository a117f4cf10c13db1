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
        # an assembly is a body: the known "UN" inside it is no mention of its own; not in lower case
        ("The UN General Assembly voted. The National Assembly passed the bill.", [("UN General Assembly", "UN General Assembly"), ("National Assembly", "National Assembly")]),
        ("The assembly line stopped.", []),
        # a people's possessive opens the name
        ("The People’s Liberation Army could be deployed.", [("People’s Liberation Army", "People’s Liberation Army")]),
        # a name written only before nouns, once before "program": a programme and its short form
        (
            "NASA picked five firms for its Commercial Lunar Payload Services program (CLPS). The CLPS initiative "
            "pays for landers. Nine firms won Commercial Lunar Payload Services (CLPS) contracts before.",
            [("NASA", "NASA")],
        ),
        ("It reminds us of NASA’s Commercial Orbital Transportation Services effort.", [("NASA", "NASA")]),
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


# --- recall on news prose: a region's bodies, names joined by "&" or "and", sources, lists --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region, maybe its city or county, and a body: the whole is the organisation
        (
            "인천시 선거관리위원회는 오는 4월 총선 투표소 위치를 공개했다. 선거관리위원회는 유권자에게 확인을 당부했다.",
            [("인천시 선거관리위원회", "인천시 선거관리위원회"), ("선거관리위원회", "인천시 선거관리위원회")],
        ),
        ("서울시 교육청은 내년 예산을 늘리겠다고 밝혔다.", [("서울시 교육청", "서울시 교육청")]),
        ("경기도 연천군청 관계자는 주민 설명회를 열겠다고 말했다.", [("경기도 연천군청", "경기도 연천군청")]),
        # a county or a city after its region, acting, is its government; alone it is a place
        (
            "(연천=연합뉴스) 경기도 연천군은 20일 군청 상황실에서 협약식을 열었다고 밝혔다.",
            [("연합뉴스", "연합뉴스"), ("경기도 연천군", "경기도 연천군")],
        ),
        ("경상북도 포항시가 지진 피해 복구 계획을 발표했다.", [("경상북도 포항시", "경상북도 포항시")]),
        ("부산시는 내년 예산안을 발표했다.", [("부산시", "부산시")]),
        ("연천군은 인구 4만명의 작은 군이다.", []),
        ("경기도 연천군에서 축제가 열렸다.", []),
        # no body after the region: "정부", "동부" name none
        ("서울시 동부 지역에 비가 내렸다.", []),
        ("당시 선거관리위원회는 결정을 미뤘다.", [("선거관리위원회", "선거관리위원회")]),
    ],
)
def test_ko_a_region_and_its_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "ko") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two names joined by "&", acting (a possessive of the last one is the name's own)
        ("Johnson & Johnson said on Tuesday it would split off its consumer arm.", [("Johnson & Johnson", "Johnson & Johnson")]),
        ("Standard & Poor's announced a downgrade of the bonds late on Friday.", [("Standard & Poor's", "Standard & Poor's")]),
        ("A Procter & Gamble spokesman declined to comment.", [("Procter & Gamble", "Procter & Gamble")]),
        ("Johnson & Johnson's officials declined to comment.", [("Johnson & Johnson", "Johnson & Johnson")]),
        # a book, a section or a product joined by "&" acts in no text
        ("She re-read War & Peace on the flight and liked the Door & Window sensor.", []),
        # "and" inside a name, before the members of a union
        (
            "The International Association of Machinists and Aerospace Workers said the strike would go on.",
            [("International Association of Machinists and Aerospace Workers", "International Association of Machinists and Aerospace Workers")],
        ),
        (
            "Members of the Institute of Electrical and Electronics Engineers voted on the standard.",
            [("Institute of Electrical and Electronics Engineers", "Institute of Electrical and Electronics Engineers")],
        ),
        # ... but two names joined by "and" stay two
        (
            "Bank of America and Goldman Sachs Group Inc. led the deal.",
            [("Bank of America", "Bank of America"), ("Goldman Sachs Group Inc.", "Goldman Sachs Group Inc.")],
        ),
    ],
)
def test_en_names_joined_by_ampersand_or_and(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chief executive told Bloomberg Television on Monday that demand was strong.", ["Bloomberg Television"]),
        ("In an interview with CNBC, he said rates would fall.", ["CNBC"]),
        ("Oil fell after sources told Reuters that Russia would not cut output.", ["Reuters"]),
        ("Sources told CNN that the talks had stalled.", ["CNN"]),
        # at a sentence's end
        ('"We will not raise prices," a spokesperson told Reuters. Sources told CNN.', ["Reuters", "CNN"]),
        # a data provider by its acronym; not a thing, a country or a one-word name (maybe a place)
        ("Its value passed $3 trillion, according to data from LSEG. The figures compiled by IDC agree.", ["LSEG", "IDC"]),
        ("It used data from AI models, data from the US and data from Texas.", []),
        # a person told, an acronym of a place: no outlet
        ("He told John Smith that he would resign. She told U.S. officials the same.", []),
    ],
)
def test_en_a_news_outlet_as_a_source(text: str, expected: list[str]) -> None:
    assert [words for words, _ in orgs(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of names, one a known organisation: all are organisations
        (
            "NASA announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp., Ceres Robotics and Tyvak to bid for lunar "
            "deliveries. SpaceX said it was ready.",
            ["NASA", "SpaceX", "Blue Origin", "Sierra Nevada Corp.", "Ceres Robotics", "Tyvak", "SpaceX"],
        ),
        ("Shares of SpaceX rose. Blue Origin, Ceres Robotics and SpaceX won contracts.", ["SpaceX", "Blue Origin", "Ceres Robotics", "SpaceX"]),
        # a town, a place or a person in the list: no organisation added
        ("Shares of Airbus rose. Berlin, Seattle and Airbus will share the work.", ["Airbus", "Airbus"]),
        (
            "She could not sing her hits due to a legal dispute with Scooter Braun (which owns her former label, Big "
            "Machine). She aired her grievances with Big Machine, Braun and The Carlyle Group.",
            ["Big Machine", "Big Machine", "Carlyle Group"],
        ),
        ("Analysts at Goldman Sachs met Tim Cook, John Smith and Goldman Sachs traders.", ["Goldman Sachs", "Goldman Sachs"]),
        # a list with no known organisation: nothing
        ("Paris, Berlin and Rome hosted the summit.", []),
    ],
)
def test_en_a_list_with_a_known_organisation(text: str, expected: list[str]) -> None:
    assert [words for words, _ in orgs(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a longer name that acts is the organisation's own full name
        (
            "Hanwha Group's chief executive spoke. Hanwha Q Cells said it would build a plant in Georgia.",
            [("Hanwha Group", "Hanwha Group"), ("Hanwha Q Cells", "Hanwha Q Cells")],
        ),
        (
            "Tottenham's manager was sacked. Tottenham Hotspur said on Monday that the club would appoint a new one.",
            [("Tottenham", "Tottenham Hotspur"), ("Tottenham Hotspur", "Tottenham Hotspur")],  # a club (ORG_CLUB_NICKNAMES): its town alone is its short form
        ),
        (
            "Emirates' chief executive spoke. Emirates SkyCargo officials said freight rose.",
            [("Emirates", "Emirates"), ("Emirates SkyCargo", "Emirates SkyCargo")],
        ),
        # a product stays out (a full stop ends the longer name), so does a programme
        ("Nissan's chief executive spoke. It comes with Nissan Connect. Nissan said sales rose.", [("Nissan", "Nissan"), ("Nissan", "Nissan")]),
        ("The International Energy Agency’s Photovoltaic Power Systems Program stated it.", [("International Energy Agency", "International Energy Agency")]),
    ],
)
def test_en_a_longer_name_that_acts_is_the_organisations_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


def test_ko_a_countrys_institution_and_its_hangul_short_form_in_brackets() -> None:
    text = "미국 연방준비제도(연준)는 기준금리를 동결했다. 연준은 다음 달 회의에서 다시 논의한다."
    assert orgs(text, "ko") == [("연방준비제도", "연방준비제도"), ("연준", "연방준비제도"), ("연준", "연방준비제도")]
    # a thing's short form is none: no country before it, or a Latin one after no suffix
    assert orgs("전기자동차(전기차) 판매가 늘었다. 전기차는 인기다.", "ko") == []
    assert orgs("인공지능(AI) 기술이 빠르게 발전하고 있다.", "ko") == []
    # a Hangul short form takes its letters from the name, in order
    assert orgs("미국 국가안전보장(백악관)는 발표했다.", "ko") == []


# --- a name the sentence tells is an organisation: its shares, "it" ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investors cheered. Apple shares rose 3% on Tuesday, and Apple said it was pleased.", ["Apple", "Apple"]),
        # one word opening its sentence, capitalised nowhere else: maybe a common word
        ("Tech shares led the gains.", []),
        ("Markets rallied. Energy shares gained 2%.", []),
        ("Nvidia's market value passed $3 trillion.", ["Nvidia"]),
        ("Home Depot stock fell after the report.", ["Home Depot"]),
        ("Barclays' share price fell.", ["Barclays"]),
        ("The Brent market price rose.", []),
        # someone's holding, a class of shares, a region's market: no organisation
        ("Smith's shares in the firm were sold.", []),
        ("Class A shares rose 2%.", []),
        ("Asia-Pacific shares outside Japan fell.", []),
        ("Britain's shares of the market fell.", []),
        # its revenue, profit, shareholders (a place's revenue is a country's)
        ("Alibaba's revenue grew 5% in the quarter.", ["Alibaba"]),
        ("The vote of WeWork's shareholders is due.", ["WeWork"]),
        ("Britain's revenue from the tax fell.", []),
    ],
)
def test_en_a_name_whose_shares_the_text_quotes(text: str, expected: list[str]) -> None:
    assert [t for t, _ in orgs(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tesla said it would cut 10% of its workforce.", ["Tesla"]),
        ("Flydubai said it would respond shortly to a request for comment.", ["Flydubai"]),
        ("WeWork said on Monday it plans to file for bankruptcy.", ["WeWork"]),
        # a person says what "it" was or would be; a place, a weekday say nothing of themselves
        ("Cook said it was a good day for the team.", []),
        ("Smith said it would be hard to win.", []),
        ("Britain said it would cut taxes.", []),
        ("On Monday said it would rain.", []),
    ],
)
def test_en_a_name_that_speaks_of_itself_as_it(text: str, expected: list[str]) -> None:
    assert [t for t, _ in orgs(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tesla, the carmaker, said sales fell.", ["Tesla"]),
        ("Manchester United, the Premier League club, sacked its manager.", ["Manchester United", "Premier League"]),
        ("They founded Ice911, a nonprofit, to fund her experiments.", ["Ice911"]),
        ("Huawei, the embattled Chinese tech company that has become a symbol", ["Huawei"]),
        # what the apposition only follows, or a person described by a job
        ("On Monday, the bank said rates would rise.", []),
        ("Smith, a bank teller, said no.", []),
        ("John Smith, the company's founder, left.", []),
    ],
)
def test_en_a_name_with_a_kind_of_organisation_in_apposition(text: str, expected: list[str]) -> None:
    assert [t for t, _ in orgs(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Manchester United sacked Erik ten Hag on Monday, the club said in a statement.", ["Manchester United"]),
        ("LONDON (Reuters) - Boeing cut its delivery forecast, the company said on Wednesday.", ["Reuters", "Boeing"]),
        ("Shares of Barclays fell. Barclays will close 40 branches next year, the bank said.", ["Barclays", "Barclays"]),
        # a common word opening the sentence, a place, a person, a name the clause only holds
        ("Revenue rose 5% in the quarter, the company said.", []),
        ("Britain will cut its steel tariffs, the ministry said.", []),
        ("Tim Cook will step down next year, the company said.", []),
        ("Mr. Smith was fired on Monday, the company said.", []),
        ("The fire spread to Boeing Field on Monday, the company said.", []),
        ("“Chelsea played well,” the club said.", []),
    ],
)
def test_en_a_sentences_subject_its_kind_refers_back_to(text: str, expected: list[str]) -> None:
    assert [t for t, _ in orgs(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a central bank with no suffix, known by its short form, which carries its full name
        ("연준은 이번 회의에서 기준금리를 동결했다. 파월 의장은 연준 회의 뒤 말했다.", [("연준", "연방준비제도"), ("연준", "연방준비제도")]),
        ("미국 연방준비제도(연준)는 동결했다. 연준은 다음 달 다시 논의한다.", [("연방준비제도", "연방준비제도"), ("연준", "연방준비제도"), ("연준", "연방준비제도")]),
        # a country's bureau and its short form in brackets, Latin or Hangul
        ("미 연방수사국(FBI)은 수사에 착수했다. FBI는 밝혔다.", [("연방수사국", "연방수사국"), ("FBI", "연방수사국"), ("FBI", "연방수사국")]),
        # a country's thing or its authorities, no institution
        ("미국 주택담보대출(주담대) 금리가 7%를 넘어섰다. 주담대 금리는 더 오를 전망이다.", []),
        ("미국 보건당국(CDC)은 밝혔다.", []),
        ("연준 금리 인하 기대가 커졌다.", [("연준", "연방준비제도")]),
        # a law, no district court (지법) nor a group's company: "MB악법"
        ("한나라당은 국회 폭력방지법 제정도 추진하기로 했다. 서울중앙지법은 판결했다.", [("한나라당", "한나라당"), ("서울중앙지법", "서울중앙지법")]),
        ("민주당은 MB악법을 비판했다.", [("민주당", "민주당")]),
    ],
)
def test_ko_a_central_bank_a_countrys_bureau_and_laws(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "ko") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy writes "Co" with no dot, after "&" too
        ("JPMorgan Chase & Co reported a 6% rise in quarterly profit.", ["JPMorgan Chase & Co"]),
        ("Walt Disney Co said it would cut jobs. Disney shares fell.", ["Walt Disney Co", "Disney"]),
        # a hyphen and a capital go on with a longer name, a newspaper's after "Post", "Press",
        # "Times", "Journal"; "Co-op" is a word
        ("Brian Batko of the Pittsburgh Post-Gazette wrote it.", ["Pittsburgh Post-Gazette"]),
        ("An editorial in the Atlanta Journal-Constitution backed the plan.", ["Atlanta Journal-Constitution"]),
        ("The REI Co-op Magma 15 is a down sleeping bag.", []),
        ("The Democratic Party-controlled House voted.", ["Democratic Party"]),
    ],
)
def test_en_a_suffix_after_an_ampersand_and_before_a_hyphen(text: str, expected: list[str]) -> None:
    assert [t for t, _ in orgs(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a suffix's own short form ends the name's: 현대차 of 현대자동차
        ("현대자동차는 매출이 늘었다고 밝혔다. 현대차 관계자는 말했다.", [("현대자동차", "현대자동차"), ("현대차", "현대자동차")]),
        # a short form of several names is the one it keeps most of; a name keeping a suffix of
        # three syllables whole is its own, no short form
        (
            "한국은행 금융통화위원회는 금리를 동결했다. 금융위원회는 대출 관리를 주문했다. 금융위는 은행권을 점검한다.",
            [("한국은행", "한국은행"), ("금융통화위원회", "금융통화위원회"), ("금융위원회", "금융위원회"), ("금융위", "금융위원회")],
        ),
        # no such suffix short form: "현대차" stays apart from 현대자동차부품 (a known name of its own: ORG_KNOWN)
        ("현대자동차부품협회는 밝혔다. 현대차는 말했다.", [("현대자동차부품협회", "현대자동차부품협회"), ("현대차", "현대자동차")]),
    ],
)
def test_ko_short_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "ko") == expected



# --- a place, an adjective, a common word or a title where a role's organisation goes -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place: its name opens or ends with a compass word or a region's part
        ("Fan Mengguang, deputy director of Inner Mongolia’s disease control centre, spoke.", []),
        ("Cheuk Hau-yip, the commander of Kowloon West district, said so.", []),
        ("the chief executive of South Sudan spoke", []),
        # ... but a suffix still makes it an organisation, and a name without such a word stays
        ("Western Union Co. cut jobs. The chief executive of Western Union spoke.", ["Western Union Co.", "Western Union Co."]),
        ("the chief executive of Mongolia Energy spoke", ["Mongolia Energy"]),
        # an adjective alone: the organisation is the name after it
        ("Will Moy, chief executive of the London-based fact-checking website Full Fact, spoke.", ["Full Fact"]),
        ("the chief executive of Saudi-backed LIV Golf spoke", ["LIV Golf"]),
        # a common word capitalised inside a longer name, written in lower case elsewhere
        ("Charles Simpson, program administrator for the Refugees in Towns Project, said refugees wait.", []),
        ("Once you do, online doors open. Read How to Adopt an Online Leader Success Mindset.", []),
        # ... not a name written in lower case as a brand, that the text also writes alone
        ("a flydubai plane landed. A spokesperson for Flydubai said so. Flydubai said it would respond.", ["Flydubai", "Flydubai"]),
        ("Refugees International said it would sue. The chief executive of Refugees International spoke.", ["Refugees International"] * 2),
        # a title word opens a new name: no organisation "S.C. Former Massachusetts"
        ("in Columbia, S.C. Former Massachusetts Gov. Deval Patrick speaks.", []),
        ("Apple CEO Tim Cook spoke.", ["Apple"]),
    ],
)
def test_en_not_an_organisation_where_a_roles_organisation_goes(text: str, expected: list[str]) -> None:
    assert [value for _, value in orgs(text, "en")] == expected


# --- precision and recall checked against a silver NER (p100a) ---------------------------


def test_en_a_famous_persons_possessive_before_their_coach_is_no_organisation() -> None:
    # a common family name after a word that is no given name: a person's ("Venus Williams' coach")
    assert orgs("Venus Williams' coach said she would play again next year.", "en") == []
    # a name that opens with a given name stays an organisation's ("Morgan Stanley's lawyer")
    assert orgs("Morgan Stanley's lawyer said the deal was off.", "en") == [("Morgan Stanley", "Morgan Stanley")]


def test_en_the_national_capital_is_a_place() -> None:
    assert orgs("The event was held at the National Capital in Ottawa last week.", "en") == []
    assert orgs("The National Capital Commission said the event was held in Ottawa.", "en") == [("National Capital Commission", "National Capital Commission")]


# --- well-known names, with no cue (ORG_KNOWN) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known name counts wherever the text writes it, a sentence's first word too
        ("NASA launched the probe on Monday.", [("NASA", "NASA")]),
        ("Microsoft and Google declined to comment.", [("Microsoft", "Microsoft"), ("Google", "Google")]),
        ("Investors sold Coca-Cola and bought McDonald's stock.", [("Coca-Cola", "Coca-Cola"), ("McDonald's", "McDonald's")]),
        # a short form is linked to the full name the data gives it, written or not
        ("The FBI is investigating.", [("FBI", "Federal Bureau of Investigation")]),
        (
            "The Federal Reserve held rates. The Fed said inflation was easing.",
            [("Federal Reserve", "Federal Reserve"), ("Fed", "Federal Reserve")],
        ),
        # unless the text gives it its own full name in brackets
        (
            "The Centre for Disease Control (CDC) said so. The CDC advises care.",
            [("Centre for Disease Control", "Centre for Disease Control"), ("CDC", "Centre for Disease Control"), ("CDC", "Centre for Disease Control")],
        ),
        (
            "A photographer of Agence France-Presse (AFP) was hurt. Another AFP journalist saw it.",
            [("Agence France-Presse", "Agence France-Presse"), ("AFP", "Agence France-Presse"), ("AFP", "Agence France-Presse")],
        ),
        # not inside a longer word, nor lower case
        ("The Googleplex was quiet. He would google it.", []),
        # an acronym in a line written in capitals may be a plain word
        ("WHO WILL WIN THE CUP\nThe team played well.", []),
        ("The WHO said cases rose.", [("WHO", "World Health Organization")]),
        ("HANOI, Vietnam (AP) — Lawmakers voted.", [("AP", "Associated Press")]),
        ("WASHINGTON (AP) — Lawmakers voted. The car passed the US EPA test.", [("AP", "Associated Press"), ("EPA", "Environmental Protection Agency")]),
    ],
)
def test_en_a_well_known_name_needs_no_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known name that is a common word too: inside a sentence, or before a possessive or a
        # speech verb, it names the organisation (then every mention counts)
        ("Apple said on Tuesday that iPhone sales rose.", ["Apple"]),
        ("Investors bought shares in Target and Visa last week.", ["Target", "Visa"]),
        ("Ford's profit rose. Analysts expect Ford to cut costs.", ["Ford", "Ford"]),
        # a sentence's first word alone, after "the" or after a capitalised word, it may be none
        ("Apple pie is a classic dessert.", []),
        ("Target practice began at noon.", []),
        ("Deforestation in the Amazon rainforest rose again.", []),
        ("The film starred Harrison Ford and Carrie Fisher.", []),
        # nor a person's possessive before a word of kin
        ("But Ford's father told him nothing.", []),
    ],
)
def test_en_a_known_name_that_is_a_common_word_needs_its_place_or_a_possessive(text: str, expected: list[str]) -> None:
    assert [name for name, _ in orgs(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word name after a capitalised word of its sentence ends a person's or a longer name
        ("Shares of Ford fell 3%. Peter Ford starred in the film.", ["Ford"]),
        # (a common word's name the text gives a person as well is left out: see _people)
        ("Shares of Ford fell 3%. The film starred Harrison Ford.", []),
        ("Tesla said it would cut jobs. The inventor Nikola Tesla died in 1943.", ["Tesla"]),
        # a sentence's first word is capitalised anyway: there only a given name, or a word the
        # text capitalises inside a sentence too, is a name's
        ("Getting Disney+ right is a test. Maybe Disney knows it.", ["Disney", "Disney"]),
        # not after a possessive, a stop word, a place or people, an adjective, nor in a
        # headline in title case
        ("Elon Musk's SpaceX won the contract.", ["SpaceX"]),
        ("In Microsoft's view, the deal is fair.", ["Microsoft"]),
        ("The Redmond-based Microsoft said it would hire.", ["Microsoft"]),
        ("Microsoft Beats Google On Cloud\nThe two firms compete.", ["Microsoft", "Google"]),
        # a model's number after the name: a product
        ("The firm's Boeing 737 planes were grounded. Shares of Boeing fell.", ["Boeing"]),
        ("Airbus A320 jets flew. Airbus said it would build more.", ["Airbus"]),
    ],
)
def test_en_a_name_ending_a_persons_name_or_before_a_model_number_is_no_mention(text: str, expected: list[str]) -> None:
    assert [name for name, _ in orgs(text, "en")] == expected


# --- names cut short, dotted initials, a country's bodies, products in title case ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words after "of" stop before a title and a name: the bank's governor
        ("Bank of England Governor Andrew Bailey said cuts would be gradual.", [("Bank of England", "Bank of England")]),
        (
            "Federal Reserve Bank of New York President John Williams spoke.",
            [("Federal Reserve Bank of New York", "Federal Reserve Bank of New York")],
        ),
        # ... but a title that ends the name is its own: an office
        (
            "NASA's Office of the Inspector General released a report.",
            [("NASA", "NASA"), ("Office of the Inspector General", "Office of the Inspector General")],
        ),
        # a council, committee, commission or institute "on" a field; not "on" a day
        ("The House Select Committee on Intelligence met.", [("House Select Committee on Intelligence", "House Select Committee on Intelligence")]),
        ("A report by the Council on Foreign Relations was grim.", [("Council on Foreign Relations", "Council on Foreign Relations")]),
        ("The Senate Intelligence Committee on Monday met.", [("Senate Intelligence Committee", "Senate Intelligence Committee")]),
        # a field that is the first of a list: no piece of the name; a list of known names is none
        ("The Ministry of Health, Labour and Welfare said cases rose.", []),
        (
            "The Department of Energy, Boeing and Lockheed Martin signed the deal.",
            [("Department of Energy", "Department of Energy"), ("Boeing", "Boeing"), ("Lockheed Martin", "Lockheed Martin")],
        ),
    ],
)
def test_en_a_suffixed_name_ends_where_its_words_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name a role's "at" reads, "in" and more capitalised words after it, then a noun: cut short
        ("Jane Smith, a researcher at the Refugees in Towns project, said the data was thin.", []),
        ("Kurinji Selvaraj, an analyst at the Delhi-based Council on Energy, Environment and Water think tank, spoke.", []),
        # a place, a clause's word after it: the name is whole
        ("Tom Lee, an analyst at Jefferies in London who covers banks, said so.", [("Jefferies", "Jefferies")]),
        ("Tom Lee, an analyst at Jefferies in Charlotte said the stock was cheap.", [("Jefferies", "Jefferies")]),
    ],
)
def test_en_a_name_cut_short_by_in_is_no_organisation(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP style dots the initials of the known names
        ("The E.U. said it would impose tariffs.", [("E.U.", "European Union")]),
        ("U.N. Secretary-General Antonio Guterres spoke. The UN said aid was blocked.", [("U.N.", "United Nations"), ("UN", "United Nations")]),
        # "U.S." is a country
        ("The U.S. said it would respond.", []),
        # a country's body, then the body without its country: one organisation
        ("The U.S. Senate voted 51-49. The Senate will return on Monday.", [("U.S. Senate", "U.S. Senate"), ("Senate", "U.S. Senate")]),
        ("The US Senate met. The U.S. Senate left.", [("US Senate", "U.S. Senate"), ("U.S. Senate", "U.S. Senate")]),
        (
            "The Chinese Communist Party met. The Communist Party said so.",
            [("Chinese Communist Party", "Chinese Communist Party"), ("Communist Party", "Chinese Communist Party")],
        ),
        # ... not where the text names two countries' bodies, nor a body no country has one of
        (
            "The Chinese Foreign Ministry and the Russian Foreign Ministry spoke. The Foreign Ministry in Moscow said so.",
            [("Chinese Foreign Ministry", "Chinese Foreign Ministry"), ("Russian Foreign Ministry", "Russian Foreign Ministry"), ("Foreign Ministry", "Foreign Ministry")],
        ),
        (
            "The American University of Kabul closed. The University of Kabul stayed open.",
            [("American University of Kabul", "American University of Kabul"), ("University of Kabul", "University of Kabul")],
        ),
    ],
)
def test_en_dotted_initials_and_a_countrys_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product named by its maker: no mention of the maker, in a line of deals in title case too
        ("Samsung Galaxy S24 Ultra: $899 at Best Buy\nThe phone is on sale.", []),
        ("Apple AirPods Pro 2\nThe earbuds are on sale.", []),
        ("Google Pixel 9 Pro\nThe phone is on sale.", []),
        ("Sony WH-1000XM5 Headphones\nThe set is on sale.", []),
        ("Deals of the week: the Apple iPhone 16 is $100 off.", []),
        # a headline's verb after the maker: a mention (not a quarter's code, nor a count)
        ("Nissan Unveils All-New Sentra Sedan\nThe car is new.", ["Nissan"]),
        ("Samsung Posts Q3 Profit Jump\nThe results beat forecasts.", ["Samsung"]),
        ("Microsoft Sells 10 Million Consoles\nThe figure is a record.", ["Microsoft"]),
    ],
)
def test_en_a_product_named_by_its_maker_is_no_mention(text: str, expected: list[str]) -> None:
    assert [name for name, _ in orgs(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title is no short form of a name with its initials, and a legislator's "for" names a seat
        ("The Metropolitan Police said 20 were held. An MP was taken hostage.", [("Metropolitan Police", "Metropolitan Police")]),
        ("Mr Lammy, the MP for Tottenham, posted a photo. Arsenal won.", []),
        # (initials that are no title stay a short form)
        ("The Transport Safety Board said so. The TSB agreed.", [("Transport Safety Board", "Transport Safety Board"), ("TSB", "Transport Safety Board")]),
    ],
)
def test_en_a_title_is_no_organisation(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name after "and" opens a person's name, not the rest of the organisation's
        (
            "Kevin McAleenan, acting director of the Department of Homeland Security and Alex Azar, the health secretary, wrote.",
            [("Department of Homeland Security", "Department of Homeland Security")],
        ),
        ("The Department of Homeland Security and Alex Azar were named.", [("Department of Homeland Security", "Department of Homeland Security")]),
        ("The Department of Health and Human Services said so.", [("Department of Health and Human Services", "Department of Health and Human Services")]),
        # a known name and its short form
        ("Saudi Aramco reported a drop in profit. Aramco said demand would grow.", [("Saudi Aramco", "Saudi Aramco"), ("Aramco", "Saudi Aramco")]),
    ],
)
def test_en_a_name_ends_before_a_persons(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known name that is a common word, in a headline in title case: named by its speech verb
        ("Apple Says iPhone Sales Rose in China\nThe figures were strong.", ["Apple"]),
        ("Shell Said to Weigh Sale of Chemicals Unit\nThe talks are early.", ["Shell"]),
        # ... not by another word
        ("Apple Unveils a New Watch\nThe watch is thinner.", []),
    ],
)
def test_en_a_common_words_name_in_a_headline_needs_a_speech_verb(text: str, expected: list[str]) -> None:
    assert [name for name, _ in orgs(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short form in brackets is linked to the name before it: by its initials, suffix and all
        (
            "NASA picked Sierra Nevada Corporation (SNC) for the mission. SNC said it was ready.",
            [("NASA", "NASA"), ("Sierra Nevada Corporation", "Sierra Nevada Corporation"), ("SNC", "Sierra Nevada Corporation"), ("SNC", "Sierra Nevada Corporation")],
        ),
        # ... or, after a name of three words or more, in another language: the whole name
        (
            "The study by the Netherlands Organisation for Applied Scientific Research (TNO) was released. TNO said more tests were due.",
            [
                ("Netherlands Organisation for Applied Scientific Research", "Netherlands Organisation for Applied Scientific Research"),
                ("TNO", "Netherlands Organisation for Applied Scientific Research"),
                ("TNO", "Netherlands Organisation for Applied Scientific Research"),
            ],
        ),
        # a name ending in a dot ends its sentence too: the capitalised word after it opens the next
        ("Shares fell at Sierra Nevada Corp. Roth said more cuts were coming.", [("Sierra Nevada Corp.", "Sierra Nevada Corp.")]),
    ],
)
def test_en_short_forms_in_brackets_and_names_ending_in_a_dot(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's office read whole, its place of two words included, and its short form linked
        (
            "The New Jersey State Attorney General (NJAG) opened an inquiry into the lender. A spokesperson for the NJAG declined to comment.",
            [("New Jersey State Attorney General", "New Jersey State Attorney General"), ("NJAG", "New Jersey State Attorney General"), ("NJAG", "New Jersey State Attorney General")],
        ),
        # a name that runs over two "of"s gives no piece of itself: not its end, not its head
        ("Anna Reyes, who chairs the Texas Conference of Clerks of District Court, said filings had doubled.", []),
        ("Maria Lopez, executive director of the Ohio Association of Chiefs of Police, said the rule was unfair.", []),
        # ... but a person's "of" and a title's are no longer name
        ("Alex Horton of the Washington Post reported the find.", [("Washington Post", "Washington Post")]),
        ("Governor Sam Reed of the Bank of Japan said rates would stay low.", [("Bank of Japan", "Bank of Japan")]),
    ],
)
def test_en_a_name_read_whole_or_not_at_all(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


def test_en_a_name_without_its_of_field_is_its_short_form() -> None:
    text = "Canadian Western Bank agreed to be bought by National Bank of Canada. The deal makes National Bank the sixth-largest lender."
    assert orgs(text, "en") == [
        ("Canadian Western Bank", "Canadian Western Bank"),
        ("National Bank of Canada", "National Bank of Canada"),
        ("National Bank", "National Bank of Canada"),
    ]


def test_en_a_known_short_form_is_its_organisations_mention() -> None:
    text = "VW said deliveries rose 4% in March. Volkswagen expects a stronger second half."
    assert orgs(text, "en") == [("VW", "Volkswagen"), ("Volkswagen", "Volkswagen")]
    assert orgs("The VW Golf remains the best-selling car in Germany.", "en") == []  # a product


# --- sports clubs: a town and a word only a club's name ends in --------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Leeds United sacked their manager on Sunday after a 3-0 defeat.", [("Leeds United", "Leeds United")]),
        ("The striker joined Wigan Athletic on loan; Bolton Wanderers had also bid.",
         [("Wigan Athletic", "Wigan Athletic"), ("Bolton Wanderers", "Bolton Wanderers")]),
        ("Tottenham Hotspur confirmed the deal on Friday, a day before the window closed.", [("Tottenham Hotspur", "Tottenham Hotspur")]),
        # a town named with a word of the compass: the word after it is judged, not the stop word
        ("West Ham United beat Everton 3-1 at home on Saturday.", [("West Ham United", "West Ham United")]),
        ("North Ferriby United folded in 2019, and the club's ground was sold.", [("North Ferriby United", "North Ferriby United")]),
        # no club: a capitalised word after the nickname opens another name, a stop word or a
        # common word opening the sentence is no town
        ("The United Nations and United Airlines signed the accord.", [("United Nations", "United Nations"), ("United Airlines", "United Airlines")]),
        ("After United won the cup, fans celebrated.", []),
        ("Then United scored twice. The lead did not last, and then the rain came.", []),
        ("The 1995 World Cup saw South Africa United as never before.", []),
    ],
)
def test_en_sports_clubs_by_town_and_nickname(text: str, want: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == want


def test_en_a_country_opening_a_name_is_no_short_form_of_it() -> None:
    # "US" is the first word of "US State Department", not its initials: the country stays a place
    text = "Delegates of the UK and the US spoke first. Jane Roe, a lawyer for the US State Department, argued the case."
    assert orgs(text, "en") == [("US State Department", "US State Department")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a publication a person speaks to
        ("The chief executive told Business Insider that orders had slowed.", [("Business Insider", "Business Insider")]),
        ("A spokesman told the Daily Mail the club would appeal.", [("Daily Mail", "Daily Mail")]),
        ("The minister told USA Today she would not resign.", [("USA Today", "USA Today")]),
        # a person told: no organisation
        ("The coach told Jamie Ortiz to warm up.", []),
    ],
)
def test_en_a_publication_told_is_an_organisation(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


def test_en_exxon_mobil_written_in_two_words_is_exxonmobil() -> None:
    text = "Chevron stayed, unlike Exxon Mobil, which left in 2007. Exxon said it had no plans to return."
    assert orgs(text, "en") == [("Chevron", "Chevron"), ("Exxon Mobil", "ExxonMobil"), ("Exxon", "ExxonMobil")]


def test_en_a_town_before_a_teams_player_is_no_short_form_of_its_newspaper() -> None:
    # "Pittsburgh quarterback": the club; "in Pittsburgh": the town; neither the Post-Gazette
    text = (
        "Pittsburgh quarterback Mason Rudolph was hit with his own helmet. The rematch in Pittsburgh "
        "starts at 1 p.m., the Pittsburgh Post-Gazette reported."
    )
    assert orgs(text, "en") == [("Pittsburgh", "Pittsburgh"), ("Pittsburgh Post-Gazette", "Pittsburgh Post-Gazette")]


def test_en_a_bracketed_short_form_links_to_the_whole_name_before_it() -> None:
    # the pattern before the bracket reads four words; the whole name ends in a suffix
    text = "The vote cut funds for the UN Relief and Works Agency for Palestine (UNRWA). UNRWA said it would appeal."
    assert orgs(text, "en") == [
        ("UN Relief and Works Agency for Palestine", "UN Relief and Works Agency for Palestine"),
        ("UNRWA", "UN Relief and Works Agency for Palestine"),
        ("UNRWA", "UN Relief and Works Agency for Palestine"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of another language joined by its particles, maybe with its company form, before its short form
        (
            "Exports fell at the state oil company, Petróleos de Venezuela, S.A. (PDVSA). PDVSA blamed the sanctions.",
            [("Petróleos de Venezuela", "Petróleos de Venezuela"), ("PDVSA", "Petróleos de Venezuela"), ("PDVSA", "Petróleos de Venezuela")],
        ),
        (
            "The utility, Comisión Federal de Electricidad (CFE), raised tariffs.",
            [("Comisión Federal de Electricidad", "Comisión Federal de Electricidad"), ("CFE", "Comisión Federal de Electricidad")],
        ),
        # no particle: the bracket pattern's own reading, as before
        ("The Bank of Canada (BOC) held rates.", [("Bank of Canada", "Bank of Canada"), ("BOC", "Bank of Canada")]),
    ],
)
def test_en_a_name_joined_by_particles_before_its_short_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a laboratory's name ends in its word, as a university's does; the word alone is none
        ("The Digital Forensic Research Lab published the report.", ["Digital Forensic Research Lab"]),
        ("Engineers at the Jet Propulsion Laboratory fixed the rover.", ["Jet Propulsion Laboratory"]),
        ("The Lab-grown meat market grew in 2024.", []),
    ],
)
def test_en_a_laboratory_is_an_organisation(text: str, expected: list[str]) -> None:
    assert [t for t, _ in orgs(text, "en")] == expected
