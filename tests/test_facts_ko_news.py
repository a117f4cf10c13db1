"""Korean facts on news paragraphs written as 연합뉴스 and the business papers write them:
the cases an audit of twelve such paragraphs (politics, economy, society, sports, IT, world)
found wrong, each with variants so that the rule, not the sentence, is tested."""

from __future__ import annotations

from datetime import date

import pytest

from newsclean.facts import extract_facts
from newsclean.model import Fact

REF = date(2024, 10, 31)


def facts(text: str, type_: str) -> list[Fact]:
    return [f for f in extract_facts(text, lang="ko", ref_date=REF) if f.type == type_]


# Deputies numbered by rank: the person, their numbered role and body, and the quote's speaker.
@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        ("대통령실은 전날 윤석열 대통령이 오는 15일 워싱턴을 방문한다고 밝혔다. 김태효 국가안보실 1차장은 브리핑에서 "
         "“양국 정상은 확장억제 강화 방안을 집중적으로 논의할 예정”이라고 설명했다.", "김태효", "1차장", "국가안보실"),
        ("김홍균 외교부 1차관은 이날 “협력을 강화하겠다”고 말했다.", "김홍균", "1차관", "외교부"),
        ("조태열 장관은 “문제 없다”고 말했다. 강인선 외교부 2차관은 “동의한다”고 밝혔다.", "강인선", "2차관", "외교부"),
    ],
)
def test_numbered_deputy_is_a_person_and_the_speaker(text: str, name: str, role: str, org: str) -> None:
    person = next(f for f in facts(text, "person") if f.value == name)
    assert (person.attrs["role"], person.attrs.get("org")) == (role, org)
    assert facts(text, "quote")[-1].attrs["speaker"] == name


# Market sources quoted unnamed: "한 시중은행 외환딜러는 “…”고 전했다".
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("원·달러 환율은 전날보다 12.3원 오른 1,402.5원에 마감했다. 한 시중은행 외환딜러는 "
         "“미국 대선 결과를 앞두고 달러 강세가 이어지고 있다”고 전했다.", "한 시중은행 외환딜러"),
        ("한 자산운용사 펀드매니저는 “당분간 변동성이 클 것”이라고 말했다.", "한 자산운용사 펀드매니저"),
        ("한 외국계 은행 트레이더는 “수급이 한쪽으로 쏠렸다”고 말했다.", "한 외국계 은행 트레이더"),
    ],
)
def test_unnamed_market_source_speaks(text: str, speaker: str) -> None:
    (quote,) = facts(text, "quote")
    assert (quote.attrs["speaker"], quote.attrs["speaker_type"]) == (speaker, "anonymous")


# Police, fire and tax stations are named bodies ("강남소방서"); the bare word is none.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("서울 강남소방서에 따르면 화재는 지난 20일 12층 세대 거실에서 시작됐다. 소방서 관계자는 "
         "“화재 원인을 조사하고 있다”고 말했다.", ["강남소방서"]),
        ("서울 서초경찰서는 A씨를 사기 혐의로 입건했다고 밝혔다. 피해자는 경찰서에 신고했다.", ["서초경찰서"]),
        ("서울 강남세무서는 지난달 세무조사에 착수했다.", ["강남세무서"]),
    ],
)
def test_station_is_an_organisation(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A minute of a match half is a point in the game, no duration; a span of minutes still is.
@pytest.mark.parametrize(
    ("text", "durations"),
    [
        ("손흥민은 후반 17분 결승골을 넣었다. 그는 17분 만에 교체됐다.", ["17분"]),
        ("황희찬은 전반 32분 선제골을 터뜨렸고, 경기는 30분간 중단됐다.", ["30분간"]),
        ("전반 추가시간 2분에 동점골이 나왔다.", []),
    ],
)
def test_match_minute_is_no_duration(text: str, durations: list[str]) -> None:
    assert [f.text for f in facts(text, "duration")] == durations


# A sports lead names the player in one long sentence and quotes them in the next, opened by 그는.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("손흥민(토트넘)이 시즌 5호 골을 터뜨렸다. 손흥민은 24일(한국시간) 영국 런던 토트넘 홋스퍼 스타디움에서 열린 "
         "2024-2025 잉글랜드 프리미어리그 12라운드 경기에서 후반 17분 결승골을 넣었다. 그는 경기 뒤 인터뷰에서 "
         "“동료들이 좋은 패스를 줘서 쉽게 골을 넣을 수 있었다”고 말했다.", "손흥민"),
        ("김하성(샌디에이고 파드리스)은 29일(한국시간) 미국 캘리포니아주 샌디에이고 펫코파크에서 열린 2024 메이저리그 "
         "로스앤젤레스 다저스와 홈경기에 5번 타자 유격수로 선발 출전해 4타수 2안타 1타점을 기록했다. 그는 경기 뒤 "
         "“타격감이 올라오고 있다”고 말했다.", "김하성"),
        ("고진영은 20일(현지시간) 미국 텍사스주 더콜로니의 올드 아메리칸 골프클럽에서 끝난 미국여자프로골프(LPGA) 투어 "
         "더 치프턴 클래식 최종 라운드에서 5타를 줄여 정상에 올랐다. 그는 “마지막 홀까지 긴장을 놓지 않았다”고 밝혔다.", "고진영"),
    ],
)
def test_player_named_in_a_long_lead_speaks_after_he(text: str, name: str) -> None:
    assert name in [f.value for f in facts(text, "person")]
    assert facts(text, "quote")[-1].attrs["speaker"] == name


# A given name ending in 원 (a body's suffix) before a company and a role is a person's, not an
# organisation; a three-syllable body in 원 before its own head or with 출신 stays a body.
@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        ("최태원 SK그룹 회장은 이날 “반도체 투자를 늘리겠다”고 밝혔다.", ["최태원"], ["SK그룹"]),
        ("김태원 현대건설 사장은 이날 현장을 방문했다.", ["김태원"], ["현대건설"]),
        ("최태원 회장은 이날 출국했다.", ["최태원"], []),
        ("국정원 출신 의원은 반대했다. 국정원 원장은 이날 출석했다.", [], ["국가정보원", "국가정보원"]),
    ],
)
def test_name_ending_like_a_body_before_a_role(text: str, people: list[str], orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "person")] == people
    assert [f.value for f in facts(text, "organisation")] == orgs


# A group's two capitals between a name and a role are its organisation ("구광모 LG 회장"), and
# an organisation fact; other capitals are not ("AI", "TV").
@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("염경엽 LG 감독은 “선수들이 1년 내내 믿고 따라와 줬다”며 눈시울을 붉혔다.", "염경엽", "LG"),
        ("최태원 SK 회장은 이날 미국 출장길에 올랐다.", "최태원", "SK"),
        ("김영섭 KT 대표는 이날 “AI 기업으로 전환하겠다”고 밝혔다.", "김영섭", "KT"),
    ],
)
def test_two_capitals_are_a_persons_organisation(text: str, name: str, org: str) -> None:
    (person,) = facts(text, "person")
    assert (person.value, person.attrs.get("org")) == (name, org)
    assert [f.value for f in facts(text, "organisation")] == [org]


# Offices with no suffix that act as bodies: an organisation once the text makes one the subject.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("백악관은 이날 성명을 내고 “깊은 우려를 표한다”고 밝혔다.", ["백악관"]),
        ("엘리제궁은 이날 성명에서 “대화를 지지한다”고 밝혔다.", ["엘리제궁"]),
        ("크렘린궁은 전날 회담 가능성을 부인했다. 드미트리 페스코프 크렘린궁 대변인은 “계획이 없다”고 말했다.",
         ["크렘린궁", "크렘린궁"]),  # (found before as well: the spokesman's organisation, made a subject)
        ("국가안보실은 오는 15일 회의를 연다. 김태효 국가안보실 1차장이 주재한다.", ["국가안보실", "국가안보실"]),
        ("바이든 대통령은 백악관에서 회견을 했다.", []),
    ],
)
def test_office_acting_is_an_organisation(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A span of months, days or years written with ∼ (U+223C) or 〜, as with ~: one date.
@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("현대자동차는 올해 1∼9월 누적 판매량이 313만대로 집계됐다고 1일 밝혔다.", "올해 1∼9월", "2024-01-01", "2024-09-30"),
        ("정상회의는 지난 3∼5일 열렸다.", "지난 3∼5일", "2024-10-03", "2024-10-05"),
        ("7〜9월 평균 수출액은 늘었다.", "7〜9월", "2024-07-01", "2024-09-30"),
    ],
)
def test_date_span_with_a_wave_dash(text: str, span: str, start: str, end: str) -> None:
    dates = [f for f in facts(text, "date") if f.text == span]
    assert [(f.attrs["from"], f.attrs["to"]) for f in dates] == [(start, end)]


# Court and crime news names the unnamed by a capital before 씨: a person, and a speaker.
@pytest.mark.parametrize(
    ("text", "people", "speaker"),
    [
        ("A씨는 경찰 조사에서 “억울하다”고 진술했다.", ["A"], "A"),
        ("검찰은 지난달 28일 A(52)씨를 업무상 횡령 혐의로 구속기소했다.", ["A"], None),
        ("경찰은 A씨와 B씨를 입건했다. B씨는 “몰랐다”고 말했다.", ["A", "B", "B"], "B"),
        ("LG씨름단과 ABC씨 모두", [], None),
    ],
)
def test_capital_before_ssi_is_a_person(text: str, people: list[str], speaker: str | None) -> None:
    assert [(f.value, f.attrs["role"]) for f in facts(text, "person")] == [(p, "씨") for p in people]
    assert [q.attrs.get("speaker") for q in facts(text, "quote")] == ([speaker] if speaker else [])


# A trade of people written with 원 (員: a member) names no organisation ("김동현 특파원",
# "경비원이"), nor does a kind of institution left unnamed ("요양원에서"); a named one does.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("(워싱턴=연합뉴스) 김동현 특파원 = 미국 정부는 이날 성명을 냈다.", ["연합뉴스"]),
        ("아파트 경비원은 경찰에 신고했고, 조합원들은 파업에 들어갔다.", []),
        ("요양원에서 불이 났다. 관리원은 대피했다.", []),
        ("국가정보원은 이날 보고했다. 한국과학기술원은 연구 결과를 발표했다.", ["국가정보원", "한국과학기술원"]),
    ],
)
def test_a_trade_ending_in_won_is_no_organisation(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A party, an office or a city government with no suffix, right before a name and a role, is
# the person's organisation and an organisation ("국민의힘 추경호 원내대표"); a place before a
# resident named with 씨 is not, nor is a place before no name and role.
@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("국민의힘 추경호 원내대표는 이날 기자들과 만나 “받아들일 수 없다”고 밝혔다.", "추경호", "국민의힘"),
        ("대통령실 정진석 비서실장은 오는 3일 국회에 출석한다.", "정진석", "대통령실"),
        ("서울시 이정한 대변인은 “시민 안전을 최우선으로 하겠다”고 밝혔다.", "이정한", "서울시"),
        ("경기도 연천군 김덕현 군수는 이날 주민들을 만났다.", "김덕현", "경기도 연천군"),
        ("서울시 김모(45)씨는 경찰에 신고했다.", "김모", None),
    ],
)
def test_acting_body_before_a_name_and_role(text: str, person: str, org: str | None) -> None:
    (found,) = facts(text, "person")
    assert (found.value, found.attrs.get("org")) == (person, org)
    assert [f.value for f in facts(text, "organisation")] == ([org] if org else [])


def test_acting_body_before_no_name_is_a_place() -> None:
    assert facts("국회 정문 앞에서 집회가 열렸다. 서울시 강남구 주민들이 모였다.", "organisation") == []


# 석 and 넉 are three and four before 달 ("석 달 만에"); 석 is a surname and a seat too.
@pytest.mark.parametrize(
    ("text", "durations"),
    [
        ("가계대출 증가 폭은 석 달 만에 최소를 기록했다.", [("석 달", 3)]),
        ("수출은 넉 달 연속 감소했고, 선거는 넉 달가량 남았다.", [("넉 달", 4), ("넉 달가량", 4)]),
        ("석 대표는 이날 300석 가운데 과반을 얻었다고 말했다.", []),
    ],
)
def test_native_three_and_four_before_months(text: str, durations: list[tuple[str, int]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "duration")] == durations


# A box score's counters: at-bats, hits, home runs, runs batted in, innings, assists.
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("김도영은 4타수 2안타 1홈런 3타점을 기록했다.", [("4타수", 4), ("2안타", 2), ("1홈런", 1), ("3타점", 3)]),
        ("류현진은 6이닝 동안 삼진 7개를 잡았다.", [("6이닝", 6), ("7개", 7)]),
        ("이강인은 이번 시즌 5골 4도움을 기록 중이다.", [("5골", 5), ("4도움", 4)]),
        ("동료의 한 도움이 큰 도움이 됐다.", []),  # a help, after a native number
    ],
)
def test_box_score_counters(text: str, counts: list[tuple[str, int]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "count")] == counts


# "1∼3분기": the first to the third quarter, one date (cumulative results); a quarter counted is none.
@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("SK하이닉스의 1∼3분기 누적 매출은 46조4천억원이다.", "1∼3분기", "2024-01-01", "2024-09-30"),
        ("현대차는 올해 1~3분기 누적 영업이익이 11조원을 넘었다고 밝혔다.", "올해 1~3분기", "2024-01-01", "2024-09-30"),
        ("지난해 2∼4분기 실적은 부진했다.", "지난해 2∼4분기", "2023-04-01", "2023-12-31"),
        ("올해 4분기 실적이 개선될 전망이다.", "올해 4분기", "2024-10-01", "2024-12-31"),
    ],
)
def test_span_of_quarters(text: str, span: str, start: str, end: str) -> None:
    assert [(f.text, f.attrs["from"], f.attrs["to"]) for f in facts(text, "date")] == [(span, start, end)]


def test_quarters_counted_are_no_date() -> None:
    assert facts("영업적자가 1~2분기 연속 이어졌다.", "date") == []


# A Hangul short form in brackets after a body's name is its alias when its letters are the
# name's, in order, maybe past its first words ("건보공단" of 국민건강보험공단); a bracket of
# other words is none.
@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("한국전력공사(한전)는 전기요금을 동결했다. 한전은 이날 밝혔다.", "한국전력공사", "한전"),
        ("국민건강보험공단(건보공단)은 이날 발표했다. 건보공단은 밝혔다.", "국민건강보험공단", "건보공단"),
        ("건강보험심사평가원(심평원)은 이날 발표했다.", "건강보험심사평가원", "심평원"),
        ("미국 연방준비제도(Fed·연준)는 다음 달 회의를 연다.", "연방준비제도", "Fed"),
    ],
)
def test_hangul_short_form_in_brackets(text: str, name: str, alias: str) -> None:
    orgs = facts(text, "organisation")
    assert {f.value for f in orgs} == {name}
    assert alias in [f.text for f in orgs]


def test_bracket_of_other_words_is_no_alias() -> None:
    assert [f.text for f in facts("삼성전자(회장 이재용)는 이날 밝혔다.", "organisation")] == ["삼성전자"]


# A company's head is written with both titles, 대표이사 and the rank ("대표이사 사장"): one role;
# 대표이사 alone stays itself.
@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        ("김동명 LG에너지솔루션 대표이사 사장은 “위기를 기회로 바꾸겠다”고 말했다.", "대표이사 사장", "LG에너지솔루션"),
        ("한종희 삼성전자 대표이사 부회장은 이날 주주총회를 주재했다.", "대표이사 부회장", "삼성전자"),
        ("김철수 대표이사는 이날 사임했다.", "대표이사", None),
    ],
)
def test_chief_executive_and_rank_are_one_role(text: str, role: str, org: str | None) -> None:
    (person,) = facts(text, "person")
    assert (person.attrs["role"], person.attrs.get("org")) == (role, org)


# Sports copy opens with the player and their team in brackets as the subject: a person, the
# team their organisation. Not a company's code, a role, a university or a noun of a price or rate.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("김도영(KIA 타이거즈)은 27일 잠실야구장에서 열린 경기에서 4타수 2안타를 기록했다.", [("김도영", "KIA 타이거즈")]),
        ("류현진(한화 이글스)은 이날 6이닝 동안 삼진 7개를 잡았다.", [("류현진", "한화 이글스")]),
        ("김유진(삼성생명)이 여자 단식에서 우승했다.", [("김유진", "삼성생명")]),
        ("신세계(004170)는 이날 실적을 발표했다.", []),
        ("고려대(세종)는 이날 입시 결과를 발표했다.", []),
        ("전세가(매매가 대비)는 올랐고 고용률(계절조정)은 내렸다.", []),
        ("이마트(대표 한채양)는 이날 밝혔다.", [("한채양", "이마트")]),
    ],
)
def test_player_and_team_in_brackets(text: str, people: list[tuple[str, str | None]]) -> None:
    assert [(f.value, f.attrs.get("org")) for f in facts(text, "person")] == people


# "배럴당", "리터당": per barrel, per litre, no party (당); "더불어민주당" is one.
def test_per_unit_is_no_party() -> None:
    text = "국제유가는 배럴당 80달러를 넘었고 휘발유는 리터당 1천700원이다. 더불어민주당은 대책을 요구했다."
    assert [f.value for f in facts(text, "organisation")] == ["더불어민주당"]
    assert [f.value for f in facts(text, "money")] == [80, 1700]


# A band ends a sentence with the copula ("지지율은 20%대다"), as before a particle; a longer word is none.
@pytest.mark.parametrize(
    ("text", "band"),
    [("대통령 지지율은 20%대다.", {"from": 20, "to": 30}), ("신차 가격은 4천만원대다.", {"from": 40_000_000, "to": 50_000_000}),
     ("응답자의 10%대다수는 반대했다.", None)],
)
def test_band_before_the_copula(text: str, band: dict[str, int] | None) -> None:
    (amount,) = [f for f in extract_facts(text, lang="ko", ref_date=REF) if f.type in ("percent", "money")]
    assert amount.attrs.get("range") == band


# A former office with its body: "조국 전 법무부 장관", "김철수 전 삼성전자 사장" (전 before the
# body, not only before the role); a noun before 전 is none.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("조국 전 법무부 장관은 이날 기자회견을 열었다.", [("조국", "장관", "법무부")]),
        ("김철수 전 삼성전자 사장은 이날 출국했다.", [("김철수", "사장", "삼성전자")]),
        ("한동훈 전 국민의힘 대표는 이날 책을 냈다.", [("한동훈", "대표", "국민의힘")]),
        ("회의 전 기자 간담회가 열렸다.", []),
    ],
)
def test_former_office_with_its_body(text: str, people: list[tuple[str, str, str]]) -> None:
    assert [(f.value, f.attrs["role"], f.attrs.get("org")) for f in facts(text, "person")] == people


# A surname and 모 (某: "a certain") is a person withheld, before any role ("박모 상무", "윤모
# 전 행정관"); "부모 대표" (parents) and "학부모 대표" are none.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("이 회사 박모 상무는 “수주가 늘고 있다”고 전했다.", [("박모", "상무")]),
        ("검찰은 윤모 전 청와대 행정관을 소환했다.", [("윤모", "행정관")]),
        ("부모 대표와 학부모 대표가 참석했다. 이번 공모 대표 주관사는 한국투자증권이다.", []),
    ],
)
def test_surname_and_mo_is_a_person(text: str, people: list[tuple[str, str]]) -> None:
    assert [(f.value, f.attrs["role"]) for f in facts(text, "person")] == people


# A city, county or district after its province's short name acts as its government ("강원
# 춘천시는 … 밝혔다"); a place it stays where it does not act, or with no province before it.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("강원 춘천시는 이날 청년 주거 지원 사업을 추진한다고 밝혔다.", ["춘천시"]),
        ("경기 수원시는 27일 대책을 발표했다. 수원시는 또 예산 100억원을 편성했다.", ["수원시", "수원시"]),
        ("경기 수원시 김철수 과장은 “속도를 내겠다”고 말했다.", ["수원시"]),
        ("서울 중구는 이날 축제를 열었다.", ["중구"]),
        ("서울 강남구에서 불이 났다. 춘천시는 인구가 늘었다.", []),
        ("서울 인구는 940만명이다. 경기 신도시는 늘었고 서울 지역구는 48곳이다.", []),
    ],
)
def test_city_after_its_province_acts(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A council (의회) is a body: "전주시의회", "경남도의회"; "지방의회" (a kind) is none.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("전북 전주시의회는 이날 조례안을 통과시켰다.", ["전주시의회"]),
        ("경남도의회 김철수 의원은 5분 자유발언을 했다.", ["경남도의회"]),
        ("지방의회는 견제 기능을 해야 한다.", []),
    ],
)
def test_council_is_an_organisation(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# An amount before 당 (per) is a rate's base, no count or amount ("인구 10만명당", "1주당"); the
# amount per it is one (over a round base, a rate: a quantity per 100,000).
@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("인구 10만명당 자살자는 27명이다.", [("27명", 27)]),
        ("인구 10만명당 자살자는 27명이다. 사망자는 10만명을 넘었다.", [("27명", 27), ("10만명", 100_000)]),
        ("회사는 1주당 500원을 배당한다.", [("500원", 500)]),
        ("정부는 1인당 25만원을 준다. 사망자는 10만명을 넘었다.", [("25만원", 250_000), ("10만명", 100_000)]),
    ],
)
def test_amount_before_per_is_a_base(text: str, amounts: list[tuple[str, int]]) -> None:
    assert [(f.text, f.value) for f in extract_facts(text, lang="ko", ref_date=REF) if f.type in ("count", "money", "quantity")] == amounts


# A region's branch of a national body ("서울경찰청") does not make the national body's name its
# short form ("경찰청" is the national police); a tail after no region still is ("민주당").
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("경찰청 국가수사본부는 27일 밝혔다. 서울경찰청 광역수사단은 전날 3명을 구속했다.",
         [("경찰청", "경찰청"), ("국가수사본부", "국가수사본부"), ("서울경찰청", "서울경찰청")]),
        ("더불어민주당은 이날 논평을 냈다. 민주당은 또 회의를 열었다.", [("더불어민주당", "더불어민주당"), ("민주당", "더불어민주당")]),
    ],
)
def test_regional_branch_is_not_the_national_bodys_long_form(text: str, orgs: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "organisation")] == orgs


# A nominee's role is the office and 후보자 ("장관 후보자"), as confirmation hearings write it; the
# office alone stays itself.
@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        ("정은경 보건복지부 장관 후보자는 28일 국회 인사청문회에 출석한다.", "장관 후보자", "보건복지부"),
        ("김민석 국무총리 후보자는 이날 “국민 통합에 힘쓰겠다”고 말했다.", "국무총리 후보자", None),
        ("정은경 보건복지부 장관은 이날 브리핑을 했다.", "장관", "보건복지부"),
    ],
)
def test_nominee_role(text: str, role: str, org: str | None) -> None:
    (person,) = facts(text, "person")
    assert (person.attrs["role"], person.attrs.get("org")) == (role, org)


# A party in brackets between a name and its role ("이재명(더불어민주당) 대표"), maybe with the
# constituency after it, is the person's organisation; an age, a photo's position or a pseudonym
# in brackets is none.
@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        ("이재명(더불어민주당) 대표는 이날 국회에서 기자회견을 열었다.", "이재명", "대표", "더불어민주당"),
        ("김철수(국민의힘·부산 해운대갑) 의원은 “반대한다”고 말했다.", "김철수", "의원", "국민의힘"),
        ("이재명(61) 대표는 이날 출국했다.", "이재명", "대표", None),
        ("당대표 후보 김민석(왼쪽부터) 전 국무총리와 정청래 전 대표가 자리하고 있다.", "김민석", "후보", None),
        # or right after the role
        ("김철수 의원(국민의힘·서울 강남갑)은 “반대한다”고 말했다.", "김철수", "의원", "국민의힘"),
        ("조국 대표(조국혁신당)는 기자회견을 열었다.", "조국", "대표", "조국혁신당"),
        ("김민석 전 총리(왼쪽)와 정청래 대표가 악수하고 있다.", "김민석", "총리", None),
    ],
)
def test_party_in_brackets_before_the_role(text: str, name: str, role: str, org: str | None) -> None:
    person = next(f for f in facts(text, "person") if f.value == name)
    assert (person.attrs["role"], person.attrs.get("org")) == (role, org)


# A given name may end in 관, as a body's name does ("백악관"): with an age or a body with its
# suffix before the role, or named later by surname and role, it is a person's; alone before a
# role, or before a word of no body's shape, the body's.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("김정관 산업통상자원부 장관은 “수출을 늘리겠다”고 말했다.", ["김정관"]),
        ("김용관(54) 교수는 “우려된다”고 말했다.", ["김용관"]),
        ("윤재관 대변인은 이날 브리핑을 열었다. 윤 대변인은 “검토 중”이라고 밝혔다.", ["윤재관", "윤재관"]),
        ("백악관 대변인은 “논의 중”이라고 말했다.", []),
        ("백악관 공보 비서관은 “논의 중”이라고 말했다.", []),
    ],
)
def test_name_ending_in_gwan(text: str, people: list[str]) -> None:
    assert [f.value for f in facts(text, "person")] == people


def test_name_ending_in_gwan_speaks() -> None:
    (quote,) = facts("김정관 산업통상자원부 장관은 “수출을 늘리겠다”고 말했다.", "quote")
    assert quote.attrs["speaker"] == "김정관"


# After a known given name, a surname may end in 에 as French names in -ier do ("미셸 바르니에");
# a word ending in the particle 에 before a country and a role is no name ("회의에 프랑스 총리가").
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("미셸 바르니에 프랑스 총리는 이날 사임했다. 바르니에 총리는 “책임을 지겠다”고 말했다.", ["미셸 바르니에", "미셸 바르니에"]),
        ("올리비에 그르니에 프랑스 의원은 반대했다.", ["올리비에 그르니에"]),
        ("이번 회의에 프랑스 총리가 참석한다.", []),
    ],
)
def test_foreign_surname_ending_in_e(text: str, people: list[str]) -> None:
    assert [f.value for f in facts(text, "person")] == people


# "1,400원대" is the band from 1,400 to 1,500 won: one more in the amount's last digit that is
# not zero ("1천200억원대": 1,200억 to 1,300억); a word after the unit that is no band leaves the amount.
@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("원·달러 환율은 1,400원대에서 움직였다.", {"from": 1400, "to": 1500}),
        ("매출은 1천200억원대로 늘었다.", {"from": 1200 * 10**8, "to": 1300 * 10**8}),
        ("주담대 금리는 연 3.5%대로 올랐다.", {"from": 3.5, "to": 3.6}),
        ("환율은 1,400원 대비 10원 올랐다.", None),
        ("환율은 1,400원대비 10원 올랐다.", None),
    ],
)
def test_band_of_an_amount(text: str, band: dict[str, float] | None) -> None:
    first = [f for f in extract_facts(text, lang="ko", ref_date=REF) if f.type in ("money", "percent")][0]
    assert first.attrs.get("range") == band


# A rate of people per a base ("인구 10만명당 13.6명", "합계출산율 0.72명") is no count of people;
# a round count, maybe approximate ("2만5천여 명"), is one.
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("자살률은 인구 10만명당 13.6명으로 집계됐다.", []),
        ("합계출산율은 0.72명으로 역대 최저다.", []),
        ("의사 수는 인구 1천명당 2.6명에 그쳤다.", []),
        ("집회에는 2만5천여 명이 참가했다.", [("2만5천여 명", 25_000, True)]),
        ("관중 2만5000여명이 몰렸다.", [("2만5000여명", 25_000, True)]),
    ],
)
def test_rate_per_base_is_no_count(text: str, counts: list[tuple[str, int, bool]]) -> None:
    assert [(f.text, f.value, f.attrs["approx"]) for f in facts(text, "count")] == counts


# Well-known companies and bodies named with no suffix (ORG_KNOWN), with a particle glued or
# not, and their short forms valued as the full name; not inside a longer word or a person's name.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("현대차는 3분기 매출이 42조원이라고 밝혔다. 카카오와 네이버도 실적을 냈다. 쿠팡 물류센터가 늘었다.",
         [("현대차", "현대자동차"), ("카카오", "카카오"), ("네이버", "네이버"), ("쿠팡", "쿠팡")]),
        ("SK는 배터리 사업을 재편한다. 셀트리온은 신약 허가를 받았다. 공정위는 과징금을 부과했다.",
         [("SK", "SK"), ("셀트리온", "셀트리온"), ("공정위", "공정거래위원회")]),
        ("KB국민은행은 금리를 내렸다. 국민은행 관계자는 설명했다.", [("KB국민은행", "KB국민은행"), ("국민은행", "KB국민은행")]),
        ("카카오톡으로 보냈다. 네이버페이로 결제했다. 김한화 씨는 서울에 산다.", []),
    ],
)
def test_known_organisation_without_suffix(text: str, orgs: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "organisation")] == orgs


# A company whose name also names a currency, hunger or a prefix is one only where the text
# makes it act: "한화 약 1천400억원" is an amount in won, "기아에 시달리는" is hunger.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("한화는 방산 수출을 늘렸다고 밝혔다.", ["한화"]),
        ("1억 달러(한화 약 1천400억원)를 투자했다.", []),
        ("기아는 이날 신형 쏘렌토를 출시했다.", ["기아"]),
        ("주민들이 기아에 시달리고 있다. 기아 인구가 늘었다.", []),
        ("메타는 새 AI 모델을 공개했다.", ["메타"]),
        ("메타 분석 결과 효과가 있었다.", []),
    ],
)
def test_company_named_like_a_currency(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A known company before a role is the person's organisation, never a person itself.
def test_known_company_before_a_role_is_no_person() -> None:
    text = "정용진 신세계 회장은 “투자하겠다”고 말했다."
    (person,) = facts(text, "person")
    assert (person.value, person.attrs["org"]) == ("정용진", "신세계")
    assert [f.value for f in facts(text, "organisation")] == ["신세계"]


# A number right after a stock index (maybe its subject) is its level in points, and 대 after it
# the band of that level: no count of vehicles; after another word it is one.
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("코스피 지수는 2,400대로 밀렸다.", []),
        ("코스닥은 700대에 머물렀다.", []),
        ("현대차는 차량 2,400대를 리콜한다.", [2400]),
        ("지난달 2,400대가 팔렸다.", [2400]),
    ],
)
def test_index_level_is_no_count(text: str, counts: list[int]) -> None:
    assert [f.value for f in facts(text, "count")] == counts


# A known company of a personal name's shape before a role is no person ("위메프 대표", "신라젠
# 대표이사": 위 and 신 are surnames); a name of that shape unknown as a company still is one.
@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        ("위메프 대표는 이날 사과했다.", [], ["위메프"]),
        ("신라젠 대표이사는 사임했다.", [], ["신라젠"]),
        ("위성락 대표는 이날 사과했다.", ["위성락"], []),
    ],
)
def test_known_company_shaped_like_a_name(text: str, people: list[str], orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "person")] == people
    assert [f.value for f in facts(text, "organisation")] == orgs


# 수 or 몇 glued to a scale is some digit of it: an approximate range of money or a count
# ("수백억원": 100억 to 900억 won, the value its low end); not before no scale, nor a unit of
# another kind, nor a word of those letters.
@pytest.mark.parametrize(
    ("text", "type_", "low", "unit"),
    [
        ("정부는 수백억원을 투입했다.", "money", 10**10, "KRW"),
        ("피해액은 수조원에 이른다.", "money", 10**12, "KRW"),
        ("수백만 달러 규모의 계약을 맺었다.", "money", 10**6, "USD"),
        ("수십만 명이 거리로 나섰다.", "count", 10**5, "명"),
        ("수천 개의 부품이 들어간다.", "count", 1000, "개"),
        ("차량 수백 대가 파손됐다.", "count", 100, "대"),
    ],
)
def test_some_digit_of_a_scale_is_a_range(text: str, type_: str, low: int, unit: str) -> None:
    (fact,) = facts(text, type_)
    assert (fact.value, fact.attrs["unit"], fact.attrs["approx"], fact.attrs["range"]) == (low, unit, True, {"from": low, "to": 9 * low})


@pytest.mark.parametrize("text", ["수조에 물을 채웠다.", "사망자 수 명이 늘었다.", "수십 년 동안 이어졌다.", "수원에 도착했다.", "수십 대 기업에 들었다."])
def test_no_range_of_some_digit(text: str) -> None:
    assert [f for f in extract_facts(text, lang="ko", ref_date=REF) if f.type in ("money", "count")] == []


# A vague length of time is a duration of that range: 수 glued to a scale ("수십 년": 10 to 90
# years), or alone before a unit of time ("수년간": 2 to 9 years); not counted from then ("수년
# 전"), not 몇 alone (it asks), nor a word of those letters (수달, 수분, 수주).
@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("카카오는 수년간 적자를 이어오다 지난해 흑자로 돌아섰다.", "수년간", 2, 9, "year"),
        ("선로 복구에는 수개월이 걸릴 것으로 보인다.", "수개월", 2, 9, "month"),
        ("정전은 수 시간 동안 이어졌다.", "수 시간", 2, 9, "hour"),
        ("두 나라는 수십 년 동안 국경 분쟁을 벌여왔다.", "수십 년", 10, 90, "year"),
        ("이 유적은 수백 년간 땅속에 묻혀 있었다.", "수백 년간", 100, 900, "year"),
        ("금리는 수년째 동결돼 있다.", "수년", 2, 9, "year"),
    ],
)
def test_some_length_of_time_is_a_duration_range(text: str, span: str, low: int, high: int, unit: str) -> None:
    (fact,) = facts(text, "duration")
    assert (fact.text, fact.value, fact.attrs["unit"], fact.attrs["approx"], fact.attrs["range"]) == (span, low, unit, True, {"from": low, "to": high})


@pytest.mark.parametrize(
    "text",
    ["수년 전부터 이 사업을 준비했다.", "수십 년 전 일이다.", "완공까지 몇 년이 걸릴지 모른다.", "하천에서 수달이 발견됐다.",
     "토양의 수분이 부족하다.", "조선사들은 수주 실적을 발표했다."],
)
def test_no_duration_of_some_digit(text: str) -> None:
    assert facts(text, "duration") == []


# Holidays of a fixed solar day are that day, their year as a month and day written without
# one (the tense, a year word or 지난/오는 before them).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("광복절 특별사면 대상자가 발표됐다.", "2024-08-15"),
        ("올해 한글날에는 기념식이 열렸다.", "2024-10-09"),
        ("내년 삼일절 기념식은 서울에서 열릴 예정이다.", "2025-03-01"),
        ("성탄절까지 할인 행사를 이어갈 계획이다.", "2024-12-25"),
        ("지난 어린이날 놀이공원에 인파가 몰렸다.", "2024-05-05"),
        ("2023년 현충일 추념식에서 대통령은 묵념했다.", "2023-06-06"),
        ("3·1절 연휴에 여행객이 몰렸다.", "2024-03-01"),
        # the holiday that is a day of the month: one date, the holiday's month (not the reference's)
        ("광복절인 15일 대통령은 경축사를 했다.", "2024-08-15"),
        ("한글날인 9일 세종대왕 동상 앞에서 행사가 열렸다.", "2024-10-09"),
        ("어린이날이었던 5일 놀이공원이 붐볐다.", "2024-05-05"),
        # one something stands ahead of: the coming one, though the sentence tells the past (a Oct. 31 story)
        ("성탄절을 앞두고 백화점 매출이 늘었다.", "2024-12-25"),
        ("성탄절에 백화점 매출이 늘었다.", "2023-12-25"),
    ],
)
def test_fixed_holiday_is_its_day(text: str, value: str) -> None:
    (date_,) = facts(text, "date")
    assert date_.value == value


# A holiday (or any date) that the day named next stands before or after is its landmark: the
# day is the date the sentence tells, one date, not the holiday too.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("광복절을 하루 앞둔 14일 서울 광화문광장에서 기념행사가 열렸다.", "14일"),
        ("한글날을 이틀 앞둔 7일 국립한글박물관에서 학술대회가 열렸다.", "7일"),
        ("추석 연휴를 하루 앞둔 지난 16일 서울역은 귀성객으로 붐볐다.", "지난 16일"),
        ("개천절 다음 날인 4일 국회는 본회의를 열었다.", "4일"),
        ("성탄절을 앞둔 지난 24일 명동 거리는 인파로 붐볐다.", "지난 24일"),
    ],
)
def test_day_beside_a_holiday_is_the_one_date(text: str, span: str) -> None:
    (date_,) = facts(text, "date")
    assert date_.text == span


def test_holiday_inside_a_word_is_no_date() -> None:
    assert facts("광복절날이 아니라 광복절기념관이다.", "date") == []


# 카카오 is the company where the text makes it act (a subject, its code, its side, its nouns,
# an unnamed head, a member named after it), not the crop; 한화 in brackets after an amount is
# the currency.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("카카오는 신규 서비스를 출시했다고 밝혔다.", ["카카오"]),
        ("카카오(035720) 주가는 3% 올랐다.", ["카카오"]),
        ("카카오 관계자는 “검토 중”이라고 말했다.", ["카카오"]),
        ("카카오 정신아 대표는 이날 간담회를 열었다.", ["카카오"]),
        ("카카오 대표는 “서비스 장애에 대해 사과드린다”고 말했다.", ["카카오"]),
        ("서울시 대변인은 “사실이 아니다”라고 반박했다.", ["서울시"]),
        ("카카오 가격이 올랐다.", []),
        ("국제 카카오 선물 가격이 톤당 1만달러를 넘었다.", []),
        ("투자 규모는 10억달러(한화 약 1천억원)다.", []),
    ],
)
def test_kakao_acts_cacao_does_not(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# An organisation and a role with no name, as the subject, is the unnamed official who speaks
# (as "a spokesperson for X"); with a name before it, the person speaks.
@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("위메프 대표는 “환불을 하겠다”고 말했다.", "위메프 대표", "anonymous"),
        ("민주당 의원은 “반대한다”고 말했다.", "민주당 의원", "anonymous"),
        ("류화현 위메프 대표는 “환불을 하겠다”고 말했다.", "류화현", "person"),
        ("국민의힘 추경호 원내대표는 “협조하겠다”고 밝혔다.", "추경호", "person"),
    ],
)
def test_unnamed_head_of_an_organisation_speaks(text: str, speaker: str, kind: str) -> None:
    (quote,) = facts(text, "quote")
    assert (quote.attrs["speaker"], quote.attrs["speaker_type"]) == (speaker, kind)


# "최상목 부총리 겸 기획재정부 장관은": the second office after 겸 is the named person's, who speaks.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("최상목 부총리 겸 기획재정부 장관은 “민생을 챙기겠다”고 강조했다.", "최상목"),
        ("이주호 사회부총리 겸 교육부 장관은 “대화를 이어가겠다”고 밝혔다.", "이주호"),
    ],
)
def test_office_after_gyeom_is_the_named_persons(text: str, speaker: str) -> None:
    (quote,) = facts(text, "quote")
    assert (quote.attrs["speaker"], quote.attrs["speaker_type"]) == (speaker, "person")


# A native number glued to a counter's letters may be a word of its own: the city and the king
# 세종 (a dateline's "(세종=연합뉴스)"), 세척 (washing); spaced, a count.
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("(세종=연합뉴스) 정부는 이날 세종에서 회의를 열었다.", []),
        ("세종대왕 동상 앞에서 행사가 열렸다.", []),
        ("배관 세척을 마쳤다.", []),
        ("신제품 세 종이 출시됐다.", [3]),
        ("화물선 세 척이 입항했다.", [3]),
        ("한편 정부는 12월 중 추가 대책을 내놓을 예정이다.", []),  # meanwhile
        ("미래 세대가 부담을 떠안게 됐다.", []),  # a generation
        ("차량 세 대가 잇따라 부딪혔다.", [3]),
        ("다큐멘터리 한 편이 상영됐다.", [1]),
    ],
)
def test_native_counter_word_is_no_count(text: str, counts: list[int]) -> None:
    assert [f.value for f in facts(text, "count")] == counts


# "주최 측 추산 10만명": the estimate's word before a count is no thing counted.
def test_estimate_word_is_not_counted() -> None:
    (count,) = facts("광화문 일대에는 주최 측 추산 10만명이 모였다.", "count")
    assert (count.value, count.attrs["counted"]) == (100000, None)


# "52주 신고가": the stock's high over 52 weeks, no count of 52 shares ("100주를 샀다" is one).
@pytest.mark.parametrize(("text", "counts"), [("삼성전자는 52주 신저가를 기록했다.", []), ("삼성전자 주식 100주를 샀다.", [100])])
def test_weeks_of_a_stock_high_are_no_shares(text: str, counts: list[int]) -> None:
    assert [f.value for f in facts(text, "count")] == counts


# A quoted predicate ("접수됐다고") or an adverb of time ("당초") after or before a count is not
# what it counts; a noun is.
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("동파 피해가 120여건 접수됐다고 밝혔다.", None),
        ("증원 규모는 당초 2천명에서 줄었다.", None),
        ("의대 40곳이 참여했다.", "의대"),
    ],
)
def test_predicate_or_adverb_is_not_counted(text: str, counted: str | None) -> None:
    (count,) = facts(text, "count")
    assert count.attrs["counted"] == counted


# Unnamed kinds of schools and hospitals and a district ending like a body are no organisations;
# a named hospital is one, and bodies known by their short names are found.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("아이들은 유치원에서 돌아왔다.", []),
        ("환자는 요양병원으로 옮겨졌다.", []),
        ("지난 주말 이태원 일대에 사람들이 몰렸다.", []),
        ("서울대병원은 이날 진료를 축소했다.", ["서울대병원"]),
        ("민주노총은 다음 달 총파업을 예고했다.", ["전국민주노동조합총연맹"]),
        ("경총은 반대 입장을 밝혔다.", ["한국경영자총협회"]),
    ],
)
def test_unnamed_institutions_and_short_named_bodies(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# One of a kind of people, unnamed, as the subject speaks, before or after the quotation ("한
# 상인은 “…”", "“…”이라고 한 전문가는 말했다"); inside the quotation, the speaker is the one outside.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("한 상인은 “손님이 크게 줄었다”고 하소연했다.", "한 상인"),
        ("“경기 회복에 시간이 걸릴 것”이라고 한 전문가는 말했다.", "한 전문가"),
        ("한 대형마트 직원은 “주말 매출이 줄었다”고 말했다.", "한 대형마트 직원"),
        ("한동훈 대표는 “한 전문가의 조언을 들었다”고 말했다.", "한동훈"),
    ],
)
def test_one_unnamed_person_of_a_kind_speaks(text: str, speaker: str) -> None:
    (quote,) = facts(text, "quote")
    assert quote.attrs["speaker"] == speaker


# "온스당 2천700달러": per ounce, no party (당) named 온스.
@pytest.mark.parametrize("text", ["국제 금값은 온스당 2천700달러를 넘어섰다.", "곡물 가격은 톤당 300달러다."])
def test_per_unit_word_is_no_party(text: str) -> None:
    assert facts(text, "organisation") == []


# Written wire paragraphs (연합뉴스 and the business papers' style: economy, politics, society,
# markets, housing, incidents), one sentence each, and every money, percent, count, date,
# person, organisation and quote fact found in them, as read and judged right (the reference
# date a Friday, 2026-11-27): type, text, value, then the role and organisation of a person, the
# speaker and its kind of a quote, the unit of an amount, the grain of a date.
NEWS_REF = date(2026, 11, 27)
_KEYS = {"person": ("role", "org"), "quote": ("speaker", "speaker_type"), "money": ("unit",), "percent": ("unit",), "count": ("unit",), "date": ("grain",), "organisation": ()}
WIRE_SENTENCES = [
    ('한국은행은 27일 기준금리를 연 3.25%에서 3.00%로 0.25%포인트 인하했다고 밝혔다.', [
        ('organisation', '한국은행', '한국은행'),
        ('date', '27일', '2026-11-27', 'day'),
        ('percent', '3.25%', 3.25, 'percent'),
        ('percent', '3.00%', 3, 'percent'),
        ('percent', '0.25%포인트', 0.25, 'point'),
    ]),
    ('이창용 한국은행 총재는 기자간담회에서 “내년 상반기 중 추가 인하 가능성을 열어두겠다”고 말했다.', [
        ('person', '이창용', '이창용', '총재', '한국은행'),
        ('organisation', '한국은행', '한국은행'),
        ('quote', '“내년 상반기 중 추가 인하 가능성을 열어두겠다”', '내년 상반기 중 추가 인하 가능성을 열어두겠다', '이창용', 'person'),
        ('date', '내년 상반기 중', '2027-H1', 'half'),
    ]),
    ('통계청에 따르면 지난달 취업자 수는 2천880만명으로 1년 전보다 8만3천명 늘었다.', [
        ('organisation', '통계청', '통계청'),
        ('date', '지난달', '2026-10', 'month'),
        ('count', '2천880만명', 28800000, '명'),
        ('date', '1년 전', '2025', 'year'),
        ('count', '8만3천명', 83000, '명'),
    ]),
    ('삼성전자는 올해 3분기 연결 기준 영업이익이 9조1천억원으로 잠정 집계됐다고 31일 공시했다.', [
        ('organisation', '삼성전자', '삼성전자'),
        ('date', '올해 3분기', '2026-Q3', 'quarter'),
        ('money', '9조1천억원', 9100000000000, 'KRW'),
        ('date', '31일', '2026-10-31', 'day'),
    ]),
    ('SK하이닉스의 3분기 매출은 17조5천731억원으로 전년 동기 대비 93.8% 증가했다.', [
        ('organisation', 'SK하이닉스', 'SK하이닉스'),
        ('date', '3분기', '2026-Q3', 'quarter'),
        ('money', '17조5천731억원', 17573100000000, 'KRW'),
        ('date', '전년 동기', '2025-Q3', 'quarter'),
        ('percent', '93.8%', 93.8, 'percent'),
    ]),
    ('외국인은 유가증권시장에서 3천200억원어치를 순매도했다.', [
        ('money', '3천200억원', 320000000000, 'KRW'),
    ]),
    ('원·달러 환율은 전날보다 4.2원 내린 1,392.0원에 거래를 마감했다.', [
        ('money', '4.2원', 4.2, 'KRW'),
        ('money', '1,392.0원', 1392, 'KRW'),
    ]),
    ('정부는 내년 예산안을 올해보다 3.2% 늘어난 677조4천억원 규모로 편성했다.', [
        ('date', '내년', '2027', 'year'),
        ('date', '올해', '2026', 'year'),
        ('percent', '3.2%', 3.2, 'percent'),
        ('money', '677조4천억원', 677400000000000, 'KRW'),
    ]),
    ('국토교통부는 다음 달 초 수도권 주택 공급 대책을 발표할 예정이라고 밝혔다.', [
        ('organisation', '국토교통부', '국토교통부'),
        ('date', '다음 달 초', '2026-12', 'month'),
    ]),
    ('서울 아파트 매매가격은 지난주 0.08% 올라 34주 연속 상승세를 이어갔다.', [
        ('date', '지난주', '2026-W47', 'week'),
        ('percent', '0.08%', 0.08, 'percent'),
    ]),
    ('한국부동산원 관계자는 “금리 인하 기대감에 매수세가 일부 살아났다”고 설명했다.', [
        ('organisation', '한국부동산원', '한국부동산원'),
        ('quote', '“금리 인하 기대감에 매수세가 일부 살아났다”', '금리 인하 기대감에 매수세가 일부 살아났다', '한국부동산원 관계자', 'anonymous'),
    ]),
    ('서울 강남구 대치동 은마아파트 전용면적 84㎡는 지난달 28억원에 거래됐다.', [
        ('date', '지난달', '2026-10', 'month'),
        ('money', '28억원', 2800000000, 'KRW'),
    ]),
    ('경찰은 보이스피싱 조직원 12명을 사기 혐의로 구속했다고 밝혔다.', [
        ('count', '12명', 12, '명'),
    ]),
    ('이들은 지난해 3월부터 올해 8월까지 피해자 340여명으로부터 약 52억원을 가로챈 혐의를 받는다.', [
        ('date', '지난해 3월부터', '2025-03', 'month'),
        ('date', '올해 8월까지', '2026-08', 'month'),
        ('count', '340여명', 340, '명'),
        ('money', '약 52억원', 5200000000, 'KRW'),
    ]),
    ('윤석열 대통령은 이날 국무회의에서 “민생 회복에 총력을 다해달라”고 당부했다.', [
        ('person', '윤석열', '윤석열', '대통령', None),
        ('date', '이날', '2026-11-27', 'day'),
        ('quote', '“민생 회복에 총력을 다해달라”', '민생 회복에 총력을 다해달라', '윤석열', 'person'),
    ]),
    ('더불어민주당 이재명 대표는 “정부의 감세 정책은 실패했다”고 비판했다.', [
        ('organisation', '더불어민주당', '더불어민주당'),
        ('person', '이재명', '이재명', '대표', '더불어민주당'),
        ('quote', '“정부의 감세 정책은 실패했다”', '정부의 감세 정책은 실패했다', '이재명', 'person'),
    ]),
    ('국민의힘 한동훈 대표는 기자들과 만나 “당정 협의를 통해 해법을 찾겠다”고 말했다.', [
        ('organisation', '국민의힘', '국민의힘'),
        ('person', '한동훈', '한동훈', '대표', '국민의힘'),
        ('quote', '“당정 협의를 통해 해법을 찾겠다”', '당정 협의를 통해 해법을 찾겠다', '한동훈', 'person'),
    ]),
    ('대통령실 관계자는 “아직 결정된 바 없다”고 말했다.', [
        ('organisation', '대통령실', '대통령실'),
        ('quote', '“아직 결정된 바 없다”', '아직 결정된 바 없다', '대통령실 관계자', 'anonymous'),
    ]),
    ('현대자동차는 지난달 국내외에서 모두 35만6천대를 판매했다고 1일 밝혔다.', [
        ('organisation', '현대자동차', '현대자동차'),
        ('date', '지난달', '2026-10', 'month'),
        ('count', '35만6천대', 356000, '대'),
        ('date', '1일', '2026-11-01', 'day'),
    ]),
    ('현대차 관계자는 “전기차 수요 둔화에도 하이브리드 판매가 늘었다”고 말했다.', [
        ('organisation', '현대차', '현대자동차'),
        ('quote', '“전기차 수요 둔화에도 하이브리드 판매가 늘었다”', '전기차 수요 둔화에도 하이브리드 판매가 늘었다', '현대차 관계자', 'anonymous'),
    ]),
    ('LG에너지솔루션은 미국 애리조나 공장에 7조2천억원을 투자한다고 공시했다.', [
        ('organisation', 'LG에너지솔루션', 'LG에너지솔루션'),
        ('money', '7조2천억원', 7200000000000, 'KRW'),
    ]),
    ('쿠팡은 올해 3분기 매출이 10조6천900억원을 기록했다고 밝혔다.', [
        ('organisation', '쿠팡', '쿠팡'),
        ('date', '올해 3분기', '2026-Q3', 'quarter'),
        ('money', '10조6천900억원', 10690000000000, 'KRW'),
    ]),
    ('김병환 금융위원장은 “가계부채 증가세를 관리 가능한 수준으로 유지하겠다”고 말했다.', [
        ('person', '김병환', '김병환', '금융위원장', None),
        ('quote', '“가계부채 증가세를 관리 가능한 수준으로 유지하겠다”', '가계부채 증가세를 관리 가능한 수준으로 유지하겠다', '김병환', 'person'),
    ]),
    ('금융감독원은 시중은행 5곳에 대한 현장 점검에 나섰다.', [
        ('organisation', '금융감독원', '금융감독원'),
        ('count', '5곳', 5, '곳'),
    ]),
    ('국제유가는 중동 긴장 고조에 배럴당 80달러를 넘어섰다.', [
        ('money', '80달러', 80, 'USD'),
    ]),
    ('산업통상자원부에 따르면 10월 수출은 575억2천만달러로 작년 같은 달보다 4.6% 증가했다.', [
        ('organisation', '산업통상자원부', '산업통상자원부'),
        ('date', '10월', '2026-10', 'month'),
        ('money', '575억2천만달러', 57520000000, 'USD'),
        ('date', '작년 같은 달', '2025-10', 'month'),
        ('percent', '4.6%', 4.6, 'percent'),
    ]),
    ('안덕근 산업부 장관은 “수출 플러스 흐름이 이어지도록 총력을 다하겠다”고 말했다.', [
        ('person', '안덕근', '안덕근', '장관', '산업통상자원부'),
        ('organisation', '산업부', '산업통상자원부'),
        ('quote', '“수출 플러스 흐름이 이어지도록 총력을 다하겠다”', '수출 플러스 흐름이 이어지도록 총력을 다하겠다', '안덕근', 'person'),
    ]),
    ('교육부는 2026학년도 의대 모집 인원을 3천58명으로 확정했다.', [
        ('organisation', '교육부', '교육부'),
        ('count', '3천58명', 3058, '명'),
    ]),
    ('전공의 1만2천여명 가운데 복귀한 인원은 1천명 남짓에 그쳤다.', [
        ('count', '1만2천여명', 12000, '명'),
        ('count', '1천명 남짓', 1000, '명'),
    ]),
    ('공정거래위원회는 구글에 과징금 421억원을 부과했다.', [
        ('organisation', '공정거래위원회', '공정거래위원회'),
        ('organisation', '구글', '구글'),
        ('money', '421억원', 42100000000, 'KRW'),
    ]),
    ('공정위 관계자는 “시장 지배적 지위를 남용한 행위”라고 설명했다.', [
        ('organisation', '공정위', '공정거래위원회'),
        ('quote', '“시장 지배적 지위를 남용한 행위”', '시장 지배적 지위를 남용한 행위', '공정위 관계자', 'anonymous'),
    ]),
    ('네이버와 카카오는 인공지능(AI) 서비스 경쟁에 속도를 내고 있다.', [
        ('organisation', '네이버', '네이버'),
        ('organisation', '카카오', '카카오'),
    ]),
    ('카카오는 올해 4분기 중 새로운 AI 비서 서비스를 선보일 계획이라고 밝혔다.', [
        ('organisation', '카카오', '카카오'),
        ('date', '올해 4분기 중', '2026-Q4', 'quarter'),
    ]),
    ('국제 카카오 가격은 올해 들어 두 배 가까이 올랐다.', [
        ('date', '올해', '2026', 'year'),
    ]),
    ('초콜릿 업체들은 카카오 가격 급등으로 제품 가격을 잇달아 인상했다.', []),
    ('위메프 대표는 “피해 판매자들에게 정산 대금을 최대한 빨리 지급하겠다”고 말했다.', [
        ('organisation', '위메프', '위메프'),
        ('quote', '“피해 판매자들에게 정산 대금을 최대한 빨리 지급하겠다”', '피해 판매자들에게 정산 대금을 최대한 빨리 지급하겠다', '위메프 대표', 'anonymous'),
    ]),
    ('티몬과 위메프의 미정산 금액은 수천억원에 달하는 것으로 추산된다.', [
        ('organisation', '티몬', '티몬'),
        ('organisation', '위메프', '위메프'),
        ('money', '수천억원', 100000000000, 'KRW'),
    ]),
    ('정부는 피해 업체를 위해 수백억원 규모의 긴급 경영안정자금을 지원하기로 했다.', [
        ('money', '수백억원', 10000000000, 'KRW'),
    ]),
    ('광화문 일대에는 주최 측 추산 수십만 명이 모였다.', [
        ('count', '수십만 명', 100000, '명'),
    ]),
    ('경찰은 비공식 추산으로 약 3만명이 집회에 참가한 것으로 파악했다.', [
        ('count', '약 3만명', 30000, '명'),
    ]),
    ('광복절을 맞아 독립유공자 후손 200여명이 초청됐다.', [
        ('date', '광복절', '2026-08-15', 'day'),
        ('count', '200여명', 200, '명'),
    ]),
    ('정부는 올해 광복절 특별사면 대상자 1천219명을 발표했다.', [
        ('date', '올해 광복절', '2026-08-15', 'day'),
        ('count', '1천219명', 1219, '명'),
    ]),
    ('어린이날 연휴 기간 고속도로 통행량은 하루 평균 520만대로 집계됐다.', [
        ('date', '어린이날', '2026-05-05', 'day'),
        ('count', '520만대', 5200000, '대'),
    ]),
    ('현충일 추념식에는 유가족 등 4천여명이 참석했다.', [
        ('date', '현충일', '2026-06-06', 'day'),
        ('count', '4천여명', 4000, '명'),
    ]),
    ('올해 3분기 가계신용 잔액은 1천913조8천억원으로 역대 최대를 기록했다.', [
        ('date', '올해 3분기', '2026-Q3', 'quarter'),
        ('money', '1천913조8천억원', 1913800000000000, 'KRW'),
    ]),
    ('내년 최저임금은 시간당 1만30원으로 결정됐다.', [
        ('date', '내년', '2027', 'year'),
        ('money', '1만30원', 10030, 'KRW'),
    ]),
    ('오세훈 서울시장은 “시민 교통비 부담을 덜겠다”고 말했다.', [
        ('person', '오세훈', '오세훈', '서울시장', None),
        ('quote', '“시민 교통비 부담을 덜겠다”', '시민 교통비 부담을 덜겠다', '오세훈', 'person'),
    ]),
    ('대검찰청은 전국 검사장 회의를 오는 11일 열기로 했다.', [
        ('organisation', '대검찰청', '대검찰청'),
        ('date', '오는 11일', '2026-12-11', 'day'),
    ]),
    ('셀트리온(068270)은 전 거래일보다 4.5% 오른 19만8천원에 거래를 마쳤다.', [
        ('organisation', '셀트리온', '셀트리온'),
        ('percent', '4.5%', 4.5, 'percent'),
        ('money', '19만8천원', 198000, 'KRW'),
    ]),
    ('한 시중은행 관계자는 “주택담보대출 금리를 0.1%포인트 올렸다”고 말했다.', [
        ('quote', '“주택담보대출 금리를 0.1%포인트 올렸다”', '주택담보대출 금리를 0.1%포인트 올렸다', '한 시중은행 관계자', 'anonymous'),
        ('percent', '0.1%포인트', 0.1, 'point'),
    ]),
    ('하나금융지주 함영주 회장은 “주주 환원을 확대하겠다”고 말했다.', [
        ('organisation', '하나금융지주', '하나금융지주'),
        ('person', '함영주', '함영주', '회장', '하나금융지주'),
        ('quote', '“주주 환원을 확대하겠다”', '주주 환원을 확대하겠다', '함영주', 'person'),
    ]),
    ('계약 규모는 약 18억달러(한화 약 2조4천억원)에 달한다.', [
        ('money', '약 18억달러', 1800000000, 'USD'),
        ('money', '약 2조4천억원', 2400000000000, 'KRW'),
    ]),
    ('한화 관계자는 “방산 수출이 꾸준히 늘고 있다”고 말했다.', [
        ('organisation', '한화', '한화'),
        ('quote', '“방산 수출이 꾸준히 늘고 있다”', '방산 수출이 꾸준히 늘고 있다', '한화 관계자', 'anonymous'),
    ]),
    ('통일부 대변인은 정례 브리핑에서 “북한의 도발을 강력히 규탄한다”고 말했다.', [
        ('organisation', '통일부', '통일부'),
        ('quote', '“북한의 도발을 강력히 규탄한다”', '북한의 도발을 강력히 규탄한다', '통일부 대변인', 'anonymous'),
    ]),
    ('정부는 2030년까지 재생에너지 발전 비중을 30% 이상으로 높이겠다는 목표를 제시했다.', [
        ('date', '2030년까지', '2030', 'year'),
        ('percent', '30% 이상', 30, 'percent'),
    ]),
    ('정부는 저출생 대응에 향후 5년간 수십조원을 투입한다.', [
        ('date', '향후 5년간', '2027/2031', 'year'),
        ('money', '수십조원', 10000000000000, 'KRW'),
    ]),
    ('한국갤럽이 지난 5~7일 전국 성인 1천1명을 대상으로 조사한 결과다.', [
        ('organisation', '한국갤럽', '한국갤럽'),
        ('date', '지난 5~7일', '2026-11-05/2026-11-07', 'day'),
        ('count', '1천1명', 1001, '명'),
    ]),
    ('기획재정부는 다음 달 초 내년 경제정책방향을 발표한다.', [
        ('organisation', '기획재정부', '기획재정부'),
        ('date', '다음 달 초', '2026-12', 'month'),
        ('date', '내년', '2027', 'year'),
    ]),
    ('정부는 올해 3분기 실질 국내총생산(GDP)이 전 분기 대비 0.1% 성장했다고 밝혔다.', [
        ('date', '올해 3분기', '2026-Q3', 'quarter'),
        ('date', '전 분기', '2026-Q2', 'quarter'),
        ('percent', '0.1%', 0.1, 'percent'),
    ]),
    ('한국은행은 내년 상반기 성장률이 1%대 중반에 그칠 것으로 내다봤다.', [
        ('organisation', '한국은행', '한국은행'),
        ('date', '내년 상반기', '2027-H1', 'half'),
        ('percent', '1%', 1, 'percent'),
    ]),
    ('오는 2028년까지 총 5조원을 투입할 방침이다.', [
        ('date', '오는 2028년까지', '2028', 'year'),
        ('money', '5조원', 5000000000000, 'KRW'),
    ]),
    ('이 회사는 지난 2분기 2천억원의 영업손실을 냈다.', [
        ('date', '지난 2분기', '2026-Q2', 'quarter'),
        ('money', '2천억원', 200000000000, 'KRW'),
    ]),
    ('올해 1∼9월 누적 수출액은 5천87억달러였다.', [
        ('date', '올해 1∼9월', '2026-01/2026-09', 'month'),
        ('money', '5천87억달러', 508700000000, 'USD'),
    ]),
    ('삼성전자 이재용 회장은 “기술 경쟁력 회복에 집중하겠다”고 말했다.', [
        ('organisation', '삼성전자', '삼성전자'),
        ('person', '이재용', '이재용', '회장', '삼성전자'),
        ('quote', '“기술 경쟁력 회복에 집중하겠다”', '기술 경쟁력 회복에 집중하겠다', '이재용', 'person'),
    ]),
    ('최태원 SK그룹 회장은 “AI 반도체에 투자를 아끼지 않겠다”고 밝혔다.', [
        ('person', '최태원', '최태원', '회장', 'SK그룹'),
        ('organisation', 'SK그룹', 'SK그룹'),
        ('quote', '“AI 반도체에 투자를 아끼지 않겠다”', 'AI 반도체에 투자를 아끼지 않겠다', '최태원', 'person'),
    ]),
    ('카카오 측은 “법적 대응을 검토하고 있다”고 밝혔다.', [
        ('organisation', '카카오', '카카오'),
        ('quote', '“법적 대응을 검토하고 있다”', '법적 대응을 검토하고 있다', '카카오 측', 'anonymous'),
    ]),
    ('금융당국은 “시장 안정을 위해 필요한 조치를 하겠다”고 밝혔다.', [
        ('quote', '“시장 안정을 위해 필요한 조치를 하겠다”', '시장 안정을 위해 필요한 조치를 하겠다', '금융당국', 'anonymous'),
    ]),
    ('서울경찰청 관계자는 “추가 피해자가 있는지 조사하고 있다”고 말했다.', [
        ('organisation', '서울경찰청', '서울경찰청'),
        ('quote', '“추가 피해자가 있는지 조사하고 있다”', '추가 피해자가 있는지 조사하고 있다', '서울경찰청 관계자', 'anonymous'),
    ]),
    ('중앙재난안전대책본부는 한파로 수도관 동파 피해가 120여건 접수됐다고 밝혔다.', [
        ('organisation', '중앙재난안전대책본부', '중앙재난안전대책본부'),
        ('count', '120여건', 120, '건'),
    ]),
    ('전국 아파트 입주 물량은 내년 23만여가구로 올해보다 30% 줄어든다.', [
        ('date', '내년', '2027', 'year'),
        ('count', '23만여가구', 230000, '가구'),
        ('date', '올해', '2026', 'year'),
        ('percent', '30%', 30, 'percent'),
    ]),
    ('정부는 2026년 예산안을 728조원 규모로 확정했다.', [
        ('date', '2026년', '2026', 'year'),
        ('money', '728조원', 728000000000000, 'KRW'),
    ]),
    ('여야는 오는 10일 본회의를 열어 예산안을 처리하기로 합의했다.', [
        ('date', '오는 10일', '2026-12-10', 'day'),
    ]),
    ('박찬대 더불어민주당 원내대표는 “정부안을 대폭 삭감하겠다”고 말했다.', [
        ('person', '박찬대', '박찬대', '원내대표', '더불어민주당'),
        ('organisation', '더불어민주당', '더불어민주당'),
        ('quote', '“정부안을 대폭 삭감하겠다”', '정부안을 대폭 삭감하겠다', '박찬대', 'person'),
    ]),
    ('중앙선거관리위원회는 투표율이 67.2%로 잠정 집계됐다고 밝혔다.', [
        ('organisation', '중앙선거관리위원회', '중앙선거관리위원회'),
        ('percent', '67.2%', 67.2, 'percent'),
    ]),
    ('트럼프 대통령은 취임 첫날 행정명령 수십 건에 서명했다.', [
        ('count', '수십 건', 10, '건'),
    ]),
    ('엔비디아 시가총액은 3조달러를 돌파했다.', [
        ('organisation', '엔비디아', '엔비디아'),
        ('money', '3조달러', 3000000000000, 'USD'),
    ]),
    ('테슬라는 올해 180만대를 인도하겠다는 목표를 제시했다.', [
        ('organisation', '테슬라', '테슬라'),
        ('date', '올해', '2026', 'year'),
        ('count', '180만대', 1800000, '대'),
    ]),
    ('구글 관계자는 “한국 시장에 대한 투자를 확대할 계획”이라고 말했다.', [
        ('organisation', '구글', '구글'),
        ('quote', '“한국 시장에 대한 투자를 확대할 계획”', '한국 시장에 대한 투자를 확대할 계획', '구글 관계자', 'anonymous'),
    ]),
    ('올해 크리스마스에는 전국에 눈이 내릴 것으로 보인다.', [
        ('date', '올해 크리스마스', '2026-12-25', 'day'),
    ]),
    ('지난 성탄절 이태원 일대에 수만 명이 몰렸다.', [
        ('date', '지난 성탄절', '2025-12-25', 'day'),
        ('count', '수만 명', 10000, '명'),
    ]),
    ('제헌절을 공휴일로 다시 지정하는 법안이 발의됐다.', [
        ('date', '제헌절', '2026-07-17', 'day'),
    ]),
    ('한국노총 관계자는 “정부가 노동계와 대화에 나서야 한다”고 말했다.', [
        ('organisation', '한국노총', '한국노동조합총연맹'),
        ('quote', '“정부가 노동계와 대화에 나서야 한다”', '정부가 노동계와 대화에 나서야 한다', '한국노총 관계자', 'anonymous'),
    ]),
    ('민주노총은 다음 달 총파업을 예고했다.', [
        ('organisation', '민주노총', '전국민주노동조합총연맹'),
        ('date', '다음 달', '2026-12', 'month'),
    ]),
    ('정부는 수천억원의 예산을 투입해 지역 의료를 살리겠다고 밝혔다.', [
        ('money', '수천억원', 100000000000, 'KRW'),
    ]),
    ('수만 명의 관중이 경기장을 가득 메웠다.', [
        ('count', '수만 명', 10000, '명'),
    ]),
    ('몇백만 원의 손해를 봤다.', [
        ('money', '몇백만 원', 1000000, 'KRW'),
    ]),
    ('김동연 경기도지사는 이날 도청에서 기자회견을 열고 “정부가 책임 있게 나서야 한다”고 말했다.', [
        ('person', '김동연', '김동연', '경기도지사', None),
        ('date', '이날', '2026-11-27', 'day'),
        ('quote', '“정부가 책임 있게 나서야 한다”', '정부가 책임 있게 나서야 한다', '김동연', 'person'),
    ]),
    ('홍준표 대구시장은 자신의 페이스북에 “당이 변해야 산다”고 적었다.', [
        ('person', '홍준표', '홍준표', '대구시장', None),
        ('quote', '“당이 변해야 산다”', '당이 변해야 산다', '홍준표', 'person'),
    ]),
    ('정부 관계자는 “아직 구체적인 방안은 정해지지 않았다”고 전했다.', [
        ('quote', '“아직 구체적인 방안은 정해지지 않았다”', '아직 구체적인 방안은 정해지지 않았다', '정부 관계자', 'anonymous'),
    ]),
    ('박상우 국토교통부 장관은 지난 21일 국회에서 “주택 공급에 차질이 없도록 하겠다”고 밝혔다.', [
        ('person', '박상우', '박상우', '장관', '국토교통부'),
        ('organisation', '국토교통부', '국토교통부'),
        ('date', '지난 21일', '2026-11-21', 'day'),
        ('quote', '“주택 공급에 차질이 없도록 하겠다”', '주택 공급에 차질이 없도록 하겠다', '박상우', 'person'),
    ]),
    ('정진석 대통령비서실장은 “국정 쇄신에 나서겠다”고 밝혔다.', [
        ('person', '정진석', '정진석', '대통령비서실장', None),
        ('quote', '“국정 쇄신에 나서겠다”', '국정 쇄신에 나서겠다', '정진석', 'person'),
    ]),
    ('삼성전자는 지난해 연간 매출 300조8천709억원을 기록했다.', [
        ('organisation', '삼성전자', '삼성전자'),
        ('date', '지난해', '2025', 'year'),
        ('money', '300조8천709억원', 300870900000000, 'KRW'),
    ]),
    ('이 회사의 올해 1분기 영업이익은 6조6천억원으로 작년 동기 대비 931% 증가했다.', [
        ('date', '올해 1분기', '2026-Q1', 'quarter'),
        ('money', '6조6천억원', 6600000000000, 'KRW'),
        ('date', '작년 동기', '2025-Q1', 'quarter'),
        ('percent', '931%', 931, 'percent'),
    ]),
    ('현대모비스는 내년 하반기까지 북미에 전동화 부품 공장을 짓는다.', [
        ('organisation', '현대모비스', '현대모비스'),
        ('date', '내년 하반기까지', '2027-H2', 'half'),
    ]),
    ('고용노동부에 따르면 지난해 산업재해 사망자는 812명으로 집계됐다.', [
        ('organisation', '고용노동부', '고용노동부'),
        ('date', '지난해', '2025', 'year'),
        ('count', '812명', 812, '명'),
    ]),
    ('지난 9월 소비자물가 상승률은 1.6%로 3년 7개월 만에 최저치를 기록했다.', [
        ('date', '지난 9월', '2026-09', 'month'),
        ('percent', '1.6%', 1.6, 'percent'),
    ]),
    ('금융투자협회에 따르면 투자자예탁금은 50조원대로 줄었다.', [
        ('organisation', '금융투자협회', '금융투자협회'),
        ('money', '50조원', 50000000000000, 'KRW'),
    ]),
    ('이날 유가증권시장에서 외국인과 기관은 각각 2천억원, 1천억원을 순매도했다.', [
        ('date', '이날', '2026-11-27', 'day'),
        ('money', '2천억원', 200000000000, 'KRW'),
        ('money', '1천억원', 100000000000, 'KRW'),
    ]),
    ('국토부 실거래가 자료에 따르면 지난달 서울 아파트 거래량은 3천여건에 그쳤다.', [
        ('organisation', '국토부', '국토교통부'),
        ('date', '지난달', '2026-10', 'month'),
        ('count', '3천여건', 3000, '건'),
    ]),
    ('전국 미분양 주택은 6만5천여가구로 한 달 전보다 2천가구 늘었다.', [
        ('count', '6만5천여가구', 65000, '가구'),
        ('count', '2천가구', 2000, '가구'),
    ]),
    ('인천지검은 전세사기 일당 15명을 재판에 넘겼다.', [
        ('organisation', '인천지검', '인천지검'),
        ('count', '15명', 15, '명'),
    ]),
    ('올해 들어 지난달까지 발생한 교통사고 사망자는 1천700여명이다.', [
        ('date', '올해', '2026', 'year'),
        ('date', '지난달까지', '2026-10', 'month'),
        ('count', '1천700여명', 1700, '명'),
    ]),
    ('질병청은 다음 달 중순부터 독감 유행주의보를 발령할 계획이다.', [
        ('organisation', '질병청', '질병관리청'),
        ('date', '다음 달 중순부터', '2026-12', 'month'),
    ]),
    ('한국은행 금융통화위원회는 이번 달 기준금리를 동결했다.', [
        ('organisation', '한국은행', '한국은행'),
        ('organisation', '금융통화위원회', '금융통화위원회'),
        ('date', '이번 달', '2026-11', 'month'),
    ]),
    ('오는 28일 열리는 금통위에서 추가 인하 여부가 결정된다.', [
        ('date', '오는 28일', '2026-11-28', 'day'),
        ('organisation', '금통위', '금융통화위원회'),
    ]),
    ('행사는 지난 1일부터 오는 15일까지 진행된다.', [
        ('date', '지난 1일부터', '2026-11-01', 'day'),
        ('date', '오는 15일까지', '2026-12-15', 'day'),
    ]),
    ('올 상반기 매출은 1조원을 넘었다.', [
        ('date', '올 상반기', '2026-H1', 'half'),
        ('money', '1조원', 1000000000000, 'KRW'),
    ]),
    ('연말까지 목표치를 달성할 것으로 보인다.', [
        ('date', '연말까지', '2026', 'year'),
    ]),
    ('금융위는 “제도 개선을 추진하겠다”면서 “시장 신뢰를 회복하겠다”고 밝혔다.', [
        ('organisation', '금융위', '금융위원회'),
        ('quote', '“제도 개선을 추진하겠다”', '제도 개선을 추진하겠다', '금융위원회', 'organisation'),
        ('quote', '“시장 신뢰를 회복하겠다”', '시장 신뢰를 회복하겠다', '금융위원회', 'organisation'),
    ]),
    ('그룹 측은 “사실과 다르다”며 강하게 반박했다.', [
        ('quote', '“사실과 다르다”', '사실과 다르다', '그룹 측', 'anonymous'),
    ]),
    ('경찰청은 지난해 마약 사범이 2만7천611명으로 역대 최다를 기록했다고 밝혔다.', [
        ('organisation', '경찰청', '경찰청'),
        ('date', '지난해', '2025', 'year'),
        ('count', '2만7천611명', 27611, '명'),
    ]),
    ('투자 규모는 5억달러(약 6천900억원)다.', [
        ('money', '5억달러', 500000000, 'USD'),
        ('money', '약 6천900억원', 690000000000, 'KRW'),
    ]),
    ('기준금리와 시장금리 차이는 1.5%p로 벌어졌다.', [
        ('percent', '1.5%p', 1.5, 'point'),
    ]),
    ('실업률은 2.8%로 0.2%포인트 하락했다.', [
        ('percent', '2.8%', 2.8, 'percent'),
        ('percent', '0.2%포인트', 0.2, 'point'),
    ]),
    ('전국 1만2천여개 학교가 참여한다.', [
        ('count', '1만2천여개', 12000, '개'),
    ]),
    ('상장사 2천600여곳 가운데 절반가량이 적자를 냈다.', [
        ('count', '2천600여곳', 2600, '곳'),
        ('percent', '절반가량', 50, 'percent'),
    ]),
    ('대상은 중소기업 300개사다.', [
        ('count', '300개사', 300, '개사'),
    ]),
    ('이 같은 사례는 최근 5년간 120건에 달한다.', [
        ('date', '최근 5년간', '2021/2025', 'year'),
        ('count', '120건', 120, '건'),
    ]),
    ('이번 조치는 다음 달 1일부터 시행된다.', [
        ('date', '다음 달 1일부터', '2026-12-01', 'day'),
    ]),
    ('정부는 2차 추경 규모를 30조원 안팎으로 검토하고 있다.', [
        ('money', '30조원 안팎', 30000000000000, 'KRW'),
    ]),
    ('시가총액 1조원 이상 기업이 100곳을 넘었다.', [
        ('money', '1조원 이상', 1000000000000, 'KRW'),
        ('count', '100곳', 100, '곳'),
    ]),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_SENTENCES)
def test_wire_sentence_facts(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [
        (f.type, f.text, f.value, *(f.attrs.get(k) for k in _KEYS[f.type]))
        for f in extract_facts(text, lang="ko", ref_date=NEWS_REF)
        if f.type in _KEYS
    ]
    assert found == expected


# Holidays of the lunar calendar are their solar day in the year the words or the tense give
# (추석 2026: September 25; 설날 2027: February 7); 설 alone may be a rumour.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("올해 추석은 예년보다 이르다.", "2024-09-17"),
        ("내년 설날에는 대체공휴일이 적용된다.", "2025-01-29"),
        ("2023년 추석에 출시됐다.", "2023-09-29"),
        ("지난 추석 연휴에 귀성객이 몰렸다.", "2024-09-17"),
        ("오는 설 연휴에는 귀성객이 늘 전망이다.", "2025-01-29"),
    ],
)
def test_lunar_holiday_is_its_solar_day(text: str, value: str) -> None:
    (date_,) = facts(text, "date")
    assert date_.value == value


@pytest.mark.parametrize("text", ["그런 설이 돌았다.", "사퇴설이 나왔다."])
def test_seol_alone_is_no_date(text: str) -> None:
    assert facts(text, "date") == []


# Sino-Korean digits read one by one ("오영") are no amount: "오영주 장관" is a name, not five
# shares; with a scale they are one ("이십 주").
@pytest.mark.parametrize(("text", "counts"), [("오영주 중소벤처기업부 장관은 이날 말했다.", []), ("주식 이십 주를 샀다.", [20])])
def test_digits_read_one_by_one_are_no_amount(text: str, counts: list[int]) -> None:
    assert [f.value for f in facts(text, "count")] == counts


# A thing's common acronym glued to a noun is no organisation ("LNG운반선", "SUV차량"); a group's
# capitals glued to a company's name are ("HD현대중공업").
@pytest.mark.parametrize(
    ("text", "orgs"),
    [("HD현대중공업은 LNG운반선 4척을 수주했다.", ["HD현대중공업"]), ("SUV차량 판매가 늘었다.", [])],
)
def test_acronym_glued_to_a_thing_is_no_organisation(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# "학급당 학생 수": per class, no party (당); a party named so is one ("정의당은").
@pytest.mark.parametrize(("text", "orgs"), [("학급당 학생 수를 20명 이하로 줄인다.", []), ("정의당은 논평을 냈다.", ["정의당"])])
def test_per_class_is_no_party(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# Students are a population a proportion is told of ("초·중·고교생 10명 중 4명": 40 percent);
# the injured are counted ("부상자 10명 중 3명").
@pytest.mark.parametrize(
    ("text", "percents", "counts"),
    [
        ("전국 초·중·고교생 10명 중 4명은 사교육을 받는다.", [40], []),
        ("부상자 10명 중 3명은 중상이다.", [], [10, 3]),
    ],
)
def test_students_ratio_is_a_share(text: str, percents: list[int], counts: list[int]) -> None:
    assert [f.value for f in facts(text, "percent")] == percents
    assert [f.value for f in facts(text, "count")] == counts


# A body's unnamed head opening the sentence makes it act ("카카오 대표는"); after a name, the
# body is only that person's ("김민수 청와대 대변인은"; see test_facts_who).
@pytest.mark.parametrize(
    ("text", "orgs", "speaker"),
    [
        ("이에 대해 서울시 대변인은 “사실이 아니다”라고 반박했다.", ["서울시"], "서울시 대변인"),
        ("카카오 대표는 “서비스 장애에 대해 사과드린다”고 말했다.", ["카카오"], "카카오 대표"),
        ("정신아 카카오 대표는 “사과드린다”고 말했다.", [], "정신아"),
    ],
)
def test_unnamed_head_makes_a_body_act(text: str, orgs: list[str], speaker: str) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs
    assert [f.attrs["speaker"] for f in facts(text, "quote")] == [speaker]


# An office glued to its body ("재경본부장", "헌재소장", "주한미국대사") follows a name as a role;
# the presiding justice's word (주심) is no name, and a three-syllable name ending in 원 before a
# judge's title is a name, not a body ("이동원 대법관"; after 주심 it is still missed).
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("이승조 현대차 재경본부장은 “하반기에도 수익성을 지키겠다”고 말했다.", "이승조", "재경본부장"),
        ("문형배 헌재소장 권한대행은 “조속한 임명을 바란다”고 말했다.", "문형배", "헌재소장"),
        ("필립 골드버그 주한미국대사는 “동맹은 굳건하다”고 말했다.", "필립 골드버그", "주한미국대사"),
        ("대법원 2부(주심 김상환 대법관)는 상고를 기각했다.", "김상환", "대법관"),
        ("이동원 대법관은 이날 퇴임했다.", "이동원", "대법관"),
    ],
)
def test_glued_office_and_court_names(text: str, name: str, role: str) -> None:
    assert [(f.value, f.attrs["role"]) for f in facts(text, "person")] == [(name, role)]


# Kinds of people quoted unnamed in property, exam and consumer stories.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("한 공인중개사는 “대출 규제로 거래가 눈에 띄게 줄었다”고 말했다.", "한 공인중개사"),
        ("한 세입자는 “보증금을 돌려받지 못했다”고 호소했다.", "한 세입자"),
        ("시험장을 나선 한 수험생은 “국어가 어려웠다”고 말했다.", "한 수험생"),
    ],
)
def test_unnamed_people_of_a_kind_speak(text: str, speaker: str) -> None:
    (quote,) = facts(text, "quote")
    assert (quote.attrs["speaker"], quote.attrs["speaker_type"]) == (speaker, "anonymous")


# "항공사" (an airline) is a kind, not a body, though it ends like "한국공항공사"; "기준" (as of)
# before a count is not what it counts.
def test_airline_is_a_kind_and_as_of_counts_nothing() -> None:
    text = "통합 항공사의 출범을 앞두고 인천국제공항공사는 준비를 마쳤다. 전국 미분양 주택은 9월 말 기준 6만7천가구로 집계됐다."
    assert [f.value for f in facts(text, "organisation")] == ["인천국제공항공사"]
    (count,) = facts(text, "count")
    assert (count.value, count.attrs["counted"]) == (67000, None)


# A later mention by surname and role when two people share the surname is the one whose role
# ends in it ("박 시장" of 박형준 부산시장, not of the reporter 박민수); with no such one, or two, none.
@pytest.mark.parametrize(
    ("text", "mention", "owner"),
    [
        ("박형준 부산시장과 박민수 교수가 현장을 찾았다. 박 시장은 “지원에 부족함이 없도록 하겠다”고 말했다.", "박 시장", "박형준"),
        ("공미숙 통계청 사회통계국장과 공정식 교수가 참석했다. 공 국장은 “건설업 부진이 이어지고 있다”고 말했다.", "공 국장", "공미숙"),
        ("한덕수 국무총리와 한동훈 전 대표가 만났다. 한 전 대표는 “협력하겠다”고 말했다.", "한 전 대표", "한동훈"),
    ],
)
def test_later_mention_is_the_one_of_that_role(text: str, mention: str, owner: str) -> None:
    (later,) = [f for f in facts(text, "person") if f.text == mention]
    assert later.value == owner
    assert facts(text, "quote")[0].attrs["speaker"] == owner


def test_later_mention_of_a_role_two_share_is_nobodys() -> None:
    text = "김철수 교수와 김영희 교수가 참석했다. 김 교수는 “우려된다”고 말했다."
    assert [f.text for f in facts(text, "person")] == ["김철수", "김영희"]


# What follows a count that is a verb's form or a bound is not what it counts: "숨진 2명은",
# "8만3000명 늘어나는", "10만명 아래로"; an adverb after a body and 과 is no body ("긴밀히").
@pytest.mark.parametrize(
    "text",
    ["불이 나 환자 2명이 숨졌다. 숨진 2명은 모두 80대였다.", "취업자가 8만3000명 늘어나는 데 그쳤다.", "증가 폭은 10만명 아래로 떨어졌다."],
)
def test_verb_form_or_bound_is_not_counted(text: str) -> None:
    assert facts(text, "count")[-1].attrs["counted"] in (None, "환자")
    assert all(f.attrs["counted"] not in ("숨진", "늘어나", "아래") for f in facts(text, "count"))


def test_adverb_after_a_body_is_no_body() -> None:
    text = "카카오는 “네이버와 긴밀히 협의하고 있다”고 밝혔다."
    assert [f.value for f in facts(text, "organisation")] == ["카카오", "네이버"]


# Where or for how long is not what a count counts ("전국 1만2천여곳의 투표소": the polling
# stations, "전 세계 35개국", "6이닝 동안"), nor a verb ("2명 늘어").
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("전국 1만2천여곳의 투표소에서 투표가 진행된다.", "투표소"),
        ("이 회사는 전 세계 35개국에 진출해 있다.", None),
        ("류현진은 6이닝 동안 1실점으로 막았다.", None),
        ("사망자는 전날보다 2명 늘어 모두 11명이 됐다.", None),
    ],
)
def test_place_span_or_verb_is_not_counted(text: str, counted: str | None) -> None:
    assert facts(text, "count")[0].attrs["counted"] == counted


# Speeds and miles: "160km/h" is km/h (not km/h per hour after 시속), "150마일" miles.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("오타니는 시속 160km/h의 강속구를 던졌다.", 160, "km/h"),
        ("허리케인은 150마일 떨어진 해상에서 북상하고 있다.", 150, "mile"),
        ("그는 시속 100마일의 공을 던졌다.", 100, "mile/h"),
    ],
)
def test_speed_and_miles(text: str, value: int, unit: str) -> None:
    (quantity,) = facts(text, "quantity")
    assert (quantity.value, quantity.attrs["unit"]) == (value, unit)


# Days' worth ("5일분", "3일치") counts days, no day of the month; a particle after a unit is
# no noun counted ("1.2㎏으로 4만명이": not "으로"); 처장 glued to its body is an office ("식약처장").
def test_days_worth_is_no_date() -> None:
    text = "혈액 보유량은 3.2일분으로 적정 수준(5일분)을 밑돌고 있다. 비축분은 3일치에 그친다."
    assert facts(text, "date") == []
    assert [(f.text, f.value) for f in facts(text, "duration")] == [("5일분", 5), ("3일치", 3)]


def test_particle_after_a_symbol_unit_is_not_counted() -> None:
    (count,) = facts("압수한 필로폰은 1.2㎏으로 4만명이 동시에 투약할 수 있는 양이다.", "count")
    assert (count.value, count.attrs["counted"]) == (40000, None)


def test_office_of_a_cheo_is_a_role() -> None:
    text = "오유경 식약처장은 “안전 관리를 강화하겠다”고 말했다."
    assert [(f.value, f.attrs["role"]) for f in facts(text, "person")] == [("오유경", "식약처장")]
    assert facts(text, "quote")[0].attrs["speaker"] == "오유경"


# A record's draws are counted as its wins and losses: "4승 1무 1패".
def test_draws_of_a_record_are_counted() -> None:
    text = "대표팀은 4승 1무 1패(승점 13)로 조 선두를 지켰다."
    assert [(f.value, f.attrs["unit"]) for f in facts(text, "count")] == [(4, "승"), (1, "무"), (1, "패")]


# A justice or judge named in brackets after the bench, after the presiding role ("주심",
# "재판장"), even when the name ends like a body (원: "국정원").
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("대법원 1부(주심 이동원 대법관)는 14일 사기 혐의로 기소된 A씨의 상고를 기각했다.", "이동원", "대법관"),
        ("대법원 전원합의체(주심 김선원 대법관)는 이날 원심을 깨고 사건을 돌려보냈다.", "김선원", "대법관"),
        ("서울고법 형사3부(재판장 박태원 부장판사)는 항소를 기각했다.", "박태원", "부장판사"),
    ],
)
def test_judge_in_brackets_after_the_presiding_role(text: str, name: str, role: str) -> None:
    people = [(f.value, f.attrs["role"]) for f in facts(text, "person") if f.value != "A"]
    assert people == [(name, role)]


# A company that also names a crop, a currency or a river is one before 의 and a figure only a
# company reports, maybe past its period; not before an ordinary noun.
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("카카오의 3분기 매출은 2조1000억원으로 집계됐다.", "카카오"),
        ("기아의 지난해 영업이익은 11조6000억원으로 사상 최대를 기록했다.", "기아"),
        ("아마존의 올해 1분기 순이익은 104억 달러였다.", "아마존"),
        ("국제 카카오의 가격이 1년 새 두 배로 뛰었다.", None),
        ("한화의 가치로 환산하면 약 1천억원에 이른다.", None),
    ],
)
def test_company_before_its_reported_figure(text: str, org: str | None) -> None:
    assert [f.value for f in facts(text, "organisation")] == ([org] if org else [])


# A reporter named later by surname ("박 기자") is no other person of that surname.
def test_reporter_mention_is_not_another_person_of_the_surname() -> None:
    text = ("박형준 부산시장은 이날 시청에서 기자회견을 열었다. 박 기자가 예산 문제를 묻자 박 시장은 "
            "“검토하겠다”고 답했다.")
    mentions = [(f.text, f.value) for f in facts(text, "person")]
    assert mentions == [("박형준", "박형준"), ("박 시장", "박형준")]
    text = "김민수 기자는 현장을 찾았다. 김 기자는 피해가 크다고 전했다."
    assert [(f.text, f.value) for f in facts(text, "person")] == [("김민수", "김민수"), ("김 기자", "김민수")]


# A sports club is its town or owner and its nickname, one organisation; the nickname alone
# later is the same club, and a nickname after a verb's form names none.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("삼성 라이온즈는 이날 대구에서 LG 트윈스를 5-3으로 꺾었다.", ["삼성 라이온즈", "LG 트윈스"]),
        ("포항 스틸러스가 전북과의 결승에서 승리했다. 스틸러스는 통산 여섯 번째 우승을 차지했다.", ["포항 스틸러스", "포항 스틸러스"]),
        ("대한항공 점보스와 현대캐피탈 스카이워커스가 챔피언결정전에서 맞붙는다.", ["대한항공 점보스", "현대캐피탈 스카이워커스"]),
        ("지난해 우승한 트윈스 팬들이 경기장을 찾았다.", []),
    ],
)
def test_sports_club_is_town_and_nickname(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# An election named by its month and day ("4·10 총선") is that day, of the year its tense
# gives; a past event so named ("5·18 민주화운동") is no date.
@pytest.mark.parametrize(
    ("text", "ref", "span", "value"),
    [
        ("4·10 총선을 앞두고 여야는 공천 작업에 속도를 내고 있다.", date(2024, 2, 20), "4·10", "2024-04-10"),
        ("지난 4·10 총선에서 참패한 여당은 비상대책위원회를 꾸렸다.", date(2024, 6, 3), "지난 4·10", "2024-04-10"),
        ("6ㆍ1 지방선거 투표율은 50.9%로 집계됐다.", date(2022, 6, 2), "6ㆍ1", "2022-06-01"),
        ("5·18 민주화운동 기념식이 광주에서 열렸다.", date(2024, 5, 18), None, None),
    ],
)
def test_election_named_by_its_date(text: str, ref: date, span: str | None, value: str | None) -> None:
    dates = [(f.text, f.value) for f in extract_facts(text, lang="ko", ref_date=ref) if f.type == "date"]
    assert dates == ([(span, value)] if span else [])


# An unnamed source keeps its whole phrase, "한" (one) or "다른" (another) before its field.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("한 업계 관계자는 “수주 경쟁이 갈수록 치열해지고 있다”고 말했다.", "한 업계 관계자"),
        ("다른 정부 관계자는 “아직 결정된 것은 없다”고 전했다.", "다른 정부 관계자"),
        ("업계 관계자는 “하반기 회복을 기대한다”고 말했다.", "업계 관계자"),
    ],
)
def test_unnamed_source_keeps_one_before_its_field(text: str, speaker: str) -> None:
    (quote,) = facts(text, "quote")
    assert (quote.attrs["speaker"], quote.attrs["speaker_type"]) == (speaker, "anonymous")


# A figure or a rate after a kind of company is no company's name ("보험사 순이익이"); a real
# name after one still is ("중소기업 라온피플은").
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("금융감독원은 올해 상반기 보험사 순이익이 9조6000억원이라고 밝혔다.", ["금융감독원"]),
        ("카드사 연체율이 1.9%로 올랐고 증권사 수수료가 줄었다.", []),
        ("중소기업 라온피플은 이날 신제품을 공개했다.", ["라온피플"]),
    ],
)
def test_figure_after_a_kind_of_company_is_no_name(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A ministry's official unnamed ("외교부 당국자") speaks anonymously, keeping the ministry's name.
def test_ministry_official_is_an_unnamed_source() -> None:
    (quote,) = facts("외교부 당국자는 “한미 외교장관 회담에서 북러 군사협력 문제가 논의될 것”이라고 전했다.", "quote")
    assert (quote.attrs["speaker"], quote.attrs["speaker_type"]) == ("외교부 당국자", "anonymous")


# How long, before a count ("사흘간 47만명", "개통 6개월 만에 2만명"), is not what it counts.
@pytest.mark.parametrize(
    "text",
    ["이 영화는 개봉 첫 주말 사흘간 47만명을 동원했다.", "GTX-A 노선 이용객은 개통 6개월 만에 하루 2만명을 넘었다."],
)
def test_how_long_before_a_count_is_not_counted(text: str) -> None:
    (count,) = facts(text, "count")
    assert count.attrs.get("counted") is None


# A region's government reports its budget: "창원시의 올해 예산".
def test_city_before_its_budget_is_its_government() -> None:
    text = "경남 창원시의 올해 예산은 3조5000억원 규모로 지난해보다 4% 늘었다."
    assert [f.value for f in facts(text, "organisation")] == ["창원시"]


# Ships ordered are counted in compensated gross tonnage ("897만CGT").
def test_compensated_gross_tonnage_is_a_quantity() -> None:
    text = "올해 1~10월 국내 조선사의 수주량은 897만CGT로 중국(3212만CGT)에 이어 2위를 기록했다."
    assert [(f.value, f.attrs["unit"]) for f in facts(text, "quantity")] == [(8970000, "CGT"), (32120000, "CGT")]


# A card product ("기후동행카드", "교통카드") is no card company ("신한카드"); a museum is a body.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("기후동행카드 이용자는 출시 100일 만에 100만명을 넘었다.", []),
        ("교통카드 기준 요금은 1500원이다.", []),
        ("신한카드는 이날 연회비를 인하한다고 밝혔다.", ["신한카드"]),
        ("국립중앙박물관은 올해 관람객 378만명을 기록했다. 박물관 관계자는 “역대 최다”라고 말했다.", ["국립중앙박물관"]),
        ("진에어와 에어부산, 에어서울은 통합 저비용항공사 출범을 준비하고 있다.", ["진에어", "에어부산", "에어서울"]),
    ],
)
def test_card_products_museums_and_airlines(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# "연말 정산" is the year-end tax settlement, no date; "연말까지" is one.
def test_year_end_settlement_is_no_date() -> None:
    text = "연말 정산 간소화 서비스는 내년 1월 15일 개통되며 신청은 연말까지 받는다."
    assert [f.text for f in facts(text, "date")] == ["내년 1월 15일", "연말까지"]


# An occupation or a role before a name ending in 은 or 이, then its particle ("배우 김고은은");
# a trainee or a hopeful after one is no name ("배우 지망생은").
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("배우 김고은은 이 영화로 여우주연상 후보에 올랐다.", [("김고은", "배우")]),
        ("가수 이지은이 새 앨범을 냈다.", [("이지은", "가수")]),
        ("배우 지망생은 해마다 늘고 있다. 가수 지망생이 오디션에 몰렸다.", []),
    ],
)
def test_occupation_before_a_name_ending_like_a_particle(text: str, people: list[tuple[str, str]]) -> None:
    assert [(f.value, f.attrs["role"]) for f in facts(text, "person")] == people


# A ministry or an agency written only by its short form is the body's full name.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("기재부는 올해 세수가 당초 예상보다 29조6000억원 부족할 것이라고 밝혔다.", "기획재정부"),
        ("금감원은 이날 은행권 가산금리 산정 체계 점검에 착수했다.", "금융감독원"),
        ("복지부 관계자는 “의료 공백 해소에 주력하겠다”고 말했다.", "보건복지부"),
    ],
)
def test_short_form_of_a_ministry_is_its_full_name(text: str, value: str) -> None:
    assert [f.value for f in facts(text, "organisation")] == [value]


# Copies sold and flights cancelled are counted ("200만장", "12편"); a week before the number
# ("첫 주") or an act done to those counted ("1300만명 유치를") is not what it counts.
@pytest.mark.parametrize(
    ("text", "value", "unit", "counted"),
    [
        ("이 앨범은 발매 첫 주 200만장이 팔렸다.", 2000000, "장", None),
        ("김포공항에서 제주로 가는 항공편 12편이 강풍으로 결항됐다.", 12, "편", "항공편"),
        ("전남 여수시는 관광객 1300만명 유치를 목표로 잡았다.", 13000000, "명", None),
    ],
)
def test_copies_flights_and_acts_on_a_count(text: str, value: int, unit: str, counted: str | None) -> None:
    (count,) = facts(text, "count")
    assert (count.value, count.attrs["unit"], count.attrs.get("counted")) == (value, unit, counted)


# When a count happened is not what it counts: "5개 분기 연속 흑자를", "시즌 10승째", "통산 180승".
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("한국전력은 5개 분기 연속 흑자를 냈다.", 5),
        ("류현진은 이날 6이닝 무실점으로 시즌 10승째를 올렸다.", 10),
        ("양현종은 이날 통산 180승을 달성했다.", 180),
    ],
)
def test_when_a_count_happened_is_not_counted(text: str, value: int) -> None:
    count = next(f for f in facts(text, "count") if f.value == value)
    assert count.attrs.get("counted") is None


# A yearless date with a verb in the plain present (-ㄴ다/-는다) or a decision to act (-기로 했다):
# what is scheduled, so of this year and next year's the nearer ("3월 4일 개학한다" in November is
# next March); a past event reported or inferred in the present stays the past one, and so does a
# date whose own verb right after it is an attributive past ("3월 4일 개학한 학교들은").
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("서울 시내 초중고교는 3월 4일 일제히 개학한다.", "2025-03-04"),
        ("교육청은 3월 4일 개학한다고 밝혔다.", "2025-03-04"),
        ("올해 박람회는 4월 9일 서울 코엑스에서 열린다.", "2025-04-09"),
        ("개정 시행령은 2월 1일부터 시행된다.", "2025-02-01"),
        ("양측은 1월 15일 다시 만나 협상을 재개하기로 했다.", "2025-01-15"),
        ("공단은 2월 10일까지 신청을 받기로 결정했다.", "2025-02-10"),
        ("위원회는 4월 말까지 결론을 내기로 했다.", "2025-04"),  # a decision: ahead, though last April is nearer
        ("축제는 11월 8일 개막한다.", "2024-11-08"),  # a week ahead: this year's
        ("축제는 10월 25일 개막한다.", "2024-10-25"),  # a week ago, in the present: this year's, the nearer
        ("그는 3월 4일 자택에서 숨진 것으로 전해진다.", "2024-03-04"),
        ("두 사람은 3월 4일 비공개로 만났다고 한다.", "2024-03-04"),
        ("3월 4일 개학한 학교들은 다음 달 겨울방학에 들어간다.", "2024-03-04"),
        ("회사는 3월 4일 신제품을 공개했다.", "2024-03-04"),
        ("3월 4일 사고의 책임을 반드시 물어야 한다.", "2024-03-04"),  # what must be: no schedule
    ],
)
def test_plain_present_places_a_yearless_date_by_distance(text: str, value: str) -> None:
    dates = [f for f in extract_facts(text, lang="ko", ref_date=REF) if f.type == "date" and "월" in f.text]
    assert dates[0].value == value


# A court's bench is one organisation with its court ("대법원 3부", "서울고법 형사6부"); the court
# alone stays the court.
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("대법원 3부(주심 노태악 대법관)는 사기 혐의로 기소된 A씨에게 징역 2년을 선고한 원심을 확정했다.", "대법원 3부"),
        ("대법원 1부는 이날 원심을 깨고 사건을 서울고법으로 돌려보냈다.", "대법원 1부"),
        ("서울중앙지법 형사합의25부는 19일 뇌물 혐의로 기소된 전직 시장에게 징역 4년을 선고했다.", "서울중앙지법 형사합의25부"),
        ("수원지법 민사14부는 원고 청구를 기각했다.", "수원지법 민사14부"),
        ("서울중앙지검 반부패수사1부는 이날 전 장관을 소환했다.", "서울중앙지검 반부패수사1부"),
        ("수원지검 형사1부는 그를 불구속 기소했다.", "수원지검 형사1부"),
        ("대법원 전원합의체는 기존 판례를 변경했다.", "대법원 전원합의체"),
    ],
)
def test_court_bench_is_one_organisation(text: str, org: str) -> None:
    assert facts(text, "organisation")[0].text == org


def test_court_alone_is_the_court() -> None:
    assert [f.value for f in facts("대법원은 이날 상고를 기각했다. 대법원 판례에 따르면 이는 위법이다.", "organisation")] == ["대법원", "대법원"]


# Short forms of two known organisations carry one full name wherever the text writes them,
# alone or next to the long form ("연준" the US central bank, "한전" and "한국전력" 한국전력공사).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("연준은 이날 기준금리를 동결했다.", "연방준비제도"),
        ("시장은 연준의 연내 금리 인하를 기대하고 있다.", "연방준비제도"),
        ("미국 연방준비제도(연준)는 기준금리를 0.25%포인트 내렸다. 연준은 추가 인하를 시사했다.", "연방준비제도"),
        ("한전은 내년 1분기 전기요금을 동결하기로 했다.", "한국전력공사"),
        ("한국전력은 3분기 영업이익이 3조원이라고 공시했다.", "한국전력공사"),
        ("한국전력공사(한전)는 요금을 올렸다. 한전 관계자는 적자 해소가 시급하다고 말했다.", "한국전력공사"),
        ("한전은 전기요금을 올렸다. 한국전력공사는 누적 적자가 40조원이라고 밝혔다.", "한국전력공사"),
    ],
)
def test_known_short_forms_carry_one_full_name(text: str, value: str) -> None:
    found = facts(text, "organisation")
    assert found and {f.value for f in found} == {value}


# An occupation, a name and 의: the owner is a person ("가수 임영웅의 콘서트").
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("가수 임영웅의 전국 투어 콘서트가 예매 시작 10분 만에 매진됐다.", "임영웅", "가수"),
        ("시인 윤동주의 육필 원고가 공개됐다.", "윤동주", "시인"),
        ("배우 김고은의 신작이 개봉 첫 주 50만명을 모았다.", "김고은", "배우"),
    ],
)
def test_occupation_name_owner_is_a_person(text: str, name: str, role: str) -> None:
    (person,) = facts(text, "person")
    assert (person.value, person.attrs["role"]) == (name, role)


def test_occupation_before_a_common_noun_of_owner_is_no_person() -> None:
    assert facts("가수 지망생의 절반이 오디션에 떨어졌다. 작가 정신의 문제다.", "person") == []


# A party, a member's name of two syllables and a role: the person ("조국혁신당 조국 대표는"), whose
# later "조 대표" links back; a common noun there is none ("민주당 소속 의원들은").
def test_party_two_syllable_name_and_role_is_a_person() -> None:
    text = "조국혁신당 조국 대표는 20일 국회에서 기자회견을 열었다. 조 대표는 “검찰 개혁을 완수하겠다”고 말했다."
    (person,) = {(f.value, f.attrs["role"], f.attrs.get("org")) for f in facts(text, "person")}
    assert person == ("조국", "대표", "조국혁신당")
    assert facts(text, "quote")[0].attrs["speaker"] == "조국"


@pytest.mark.parametrize(
    "text",
    ["더불어민주당 소속 의원들은 이날 성명을 냈다.", "민주당 예비 후보는 모두 12명이다.", "민주당 경선 후보들은 토론회를 가졌다.",
     "민주당 정책 위원장은 이날 발표했다."],
)
def test_party_and_a_common_noun_before_a_role_is_no_person(text: str) -> None:
    assert facts(text, "person") == []


# Wire copy of IT, courts and health: a model's "프로" is no percent (only glued, "50프로", is);
# storage is a quantity; a bare acronym of a thing ("AI에서") is no organisation; "재판부" (the bench
# at hand) and "수련병원" (a kind of hospital) name none; "올해 들어" is no noun a count counts.
def test_model_name_pro_is_no_percent_and_storage_is_a_quantity() -> None:
    text = "애플은 아이폰 18 프로 512GB 모델을 199만원에 출시한다. 응답자의 50프로가 찬성했다."
    assert [f.text for f in facts(text, "percent")] == ["50프로"]
    assert [(f.value, f.attrs["unit"]) for f in facts(text, "quantity")] == [(512, "GB")]
    assert [(f.value, f.attrs["unit"]) for f in facts("갤럭시 S27 울트라는 최대 1TB 저장 용량을 갖췄다.", "quantity")] == [(1, "TB")]


@pytest.mark.parametrize(
    "text",
    ["구광모 LG 회장은 이날 “AI에서 미래를 찾자”고 말했다.", "재판부는 A씨에게 징역 2년에 집행유예 3년을 선고했다.",
     "전국 수련병원 전공의 1만3천명 가운데 9천명이 복귀하지 않았다.", "정부는 IT와 AI 인재 양성에 나선다."],
)
def test_common_words_are_no_organisations(text: str) -> None:
    assert [f.text for f in facts(text, "organisation")] in ([], ["LG"])


def test_a_verb_before_a_count_is_not_what_it_counts() -> None:
    (count,) = facts("홍역 환자는 올해 들어 49명이 발생해 지난해 같은 기간보다 3배 늘었다.", "count")
    assert count.attrs.get("counted") != "들어"


# A date something is moved to or set for is this year's or next year's, the nearer, however the
# move is told ("회의는 11월 8일로 연기됐다" on Oct 31 is this November, not last year's).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("회의는 11월 8일로 연기됐다.", "2024-11-08"),
        ("한국프로축구연맹은 내년 K리그 개막일을 2월 22일로 확정했다.", "2025-02-22"),
        ("재판부는 선고 기일을 1월 9일로 정했다.", "2025-01-09"),
        ("회의는 오는 5일로 연기됐다.", "2024-11-05"),
        ("회의는 지난 3월 5일로 예정돼 있었다.", "2024-03-05"),
    ],
)
def test_date_moved_to_or_set_for_is_the_nearer_coming_one(text: str, value: str) -> None:
    assert [f.value for f in facts(text, "date") if f.value != "2025"] == [value]


# Short forms of agencies news writes alone carry their full names.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("질병청은 엠폭스 확진자가 1명 추가됐다고 밝혔다.", "질병관리청"),
        ("문체부는 다음 달부터 환급 한도를 올린다.", "문화체육관광부"),
        ("공수처는 이날 압수수색에 나섰다.", "고위공직자범죄수사처"),
        ("심평원에 따르면 진료비는 110조원을 넘었다.", "건강보험심사평가원"),
        ("선관위는 사전투표율이 31.3%라고 밝혔다.", "선거관리위원회"),
    ],
)
def test_agency_short_forms_carry_full_names(text: str, value: str) -> None:
    assert [f.value for f in facts(text, "organisation")] == [value]


# A verb before a count is not what it counts ("불이 나 1명이", "1명 추가돼").
@pytest.mark.parametrize("text", ["서울의 한 빌딩에서 불이 나 1명이 숨졌다.", "확진자가 1명 추가돼 누적 185명이 됐다."])
def test_verb_before_or_after_a_count_counts_nothing(text: str) -> None:
    assert all(f.attrs.get("counted") in (None, "확진자") for f in facts(text, "count"))


def test_a_postposition_of_time_is_not_what_a_count_counts() -> None:
    (count,) = facts("이 제도는 7월 1일 도입된 이후 200만명이 이용했다.", "count")
    assert count.attrs.get("counted") is None


# Clubs abroad of Korean players, as sports copy names them: by their nickname after their town
# ("LA 다저스", "뉴욕 양키스") or by the name news gives them alone ("토트넘", "맨시티").
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("오타니 쇼헤이는 LA 다저스와 10년 7억달러에 계약했다.", "LA 다저스"),
        ("뉴욕 양키스는 이날 연장 접전 끝에 승리했다.", "뉴욕 양키스"),
        ("토트넘은 이날 홈경기에서 3-1로 이겼다.", "토트넘"),
        ("맨시티는 이날 원정에서 비겼다.", "맨체스터 시티"),
        ("황희찬이 뛰는 울버햄프턴은 강등 위기에 놓였다.", "울버햄프턴"),
    ],
)
def test_clubs_abroad_are_organisations(text: str, value: str) -> None:
    assert [f.value for f in facts(text, "organisation")] == [value]


def test_a_race_is_no_club() -> None:
    assert facts("자동차 레이스에서 사고가 났다.", "organisation") == []


# "지난해 같은 기간", "전년 동월" with no period named before: last year, the words all the date's
# (as with one named: "올해 1분기 … 전년 동기" is 2023-Q1 over "전년 동기").
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("중국인 관광객은 지난해 같은 기간보다 38% 늘었다.", "지난해 같은 기간"),
        ("실업률은 3.1%로 전년 동월 대비 0.3%p 상승했다.", "전년 동월"),
        ("매출은 전년 동기 대비 5% 늘었다.", "전년 동기"),
        ("매출은 전년 대비 5% 늘었다.", "전년"),
    ],
)
def test_same_period_last_year_with_no_period_named_is_last_year_whole(text: str, span: str) -> None:
    (d,) = facts(text, "date")
    assert (d.text, d.value) == (span, "2023")


# A role and a name in brackets right after an organisation: its head ("삼성전자(대표 한종희)는",
# "서울중앙지법 형사합의21부(부장판사 김동현)는": the presiding judge of that bench).
@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("서울중앙지법 형사합의21부(부장판사 김동현)는 20일 징역 5년을 선고했다.", "김동현", "서울중앙지법 형사합의21부"),
        ("이마트(대표 한채양)는 이날 새 매장을 열었다.", "한채양", "이마트"),
        ("한국전력공사(사장 김동철)는 요금 인상을 발표했다.", "김동철", "한국전력공사"),
    ],
)
def test_role_and_name_in_brackets_after_an_organisation(text: str, name: str, org: str) -> None:
    (person,) = facts(text, "person")
    assert (person.value, person.attrs.get("org")) == (name, org)


# Particles of source and the quotative copula after a name or a unit: "공정위로부터" is 공정위,
# "4천156억달러라고 밝혔다" an amount.
def test_source_particle_after_a_known_name() -> None:
    text = "카카오모빌리티는 공정위로부터 과징금 724억원을 부과받았다."
    assert [f.value for f in facts(text, "organisation")] == ["카카오모빌리티", "공정거래위원회"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("한국은행은 지난달 말 외환보유액이 4천156억달러라고 밝혔다.", 415_600_000_000), ("회사는 손실이 20억달러라며 감원을 발표했다.", 2_000_000_000)],
)
def test_amount_before_a_quotative_copula(text: str, value: int) -> None:
    assert [f.value for f in facts(text, "money")] == [value]


# 세대 glued to a small number is a generation, no count of households ("8세대 OLED", "5세대 이동통신");
# to a larger one, households ("1천200세대 규모", "입주 예정 500세대가": no 예정 counted).
def test_generation_is_no_count_of_households() -> None:
    assert facts("LG디스플레이는 8세대 OLED 라인에 3조원을 투자한다. 5세대 이동통신 가입자가 늘었다.", "count") == []
    counts = facts("이 단지는 1천200세대 규모로 지어진다. 입주 예정 500세대가 피해를 봤다.", "count")
    assert [(f.value, f.attrs["unit"], f.attrs.get("counted")) for f in counts] == [(1200, "세대", None), (500, "세대", None)]


# A province's short name before a party's or a body's unit and a role is no two-syllable name.
@pytest.mark.parametrize("text", ["더불어민주당 서울 시당 위원장은 이날 사퇴했다.", "국민의힘 경남 도당 위원장은 말했다."])
def test_province_before_a_unit_and_role_is_no_name(text: str) -> None:
    assert facts(text, "person") == []


def test_club_venue_is_the_club_as_written() -> None:
    text = "손흥민은 토트넘 홋스퍼 스타디움에서 열린 홈경기에서 결승골을 넣었다. 토트넘은 4위로 올라섰다."
    assert {f.value for f in facts(text, "organisation")} == {"토트넘"}


# A device's figures: battery, screen, chip process and storage are quantities.
def test_device_figures_are_quantities() -> None:
    text = "갤럭시 S26 울트라는 3나노 공정 칩과 5000mAh 배터리, 6.9인치 화면, 512GB 저장 공간을 갖췄다."
    assert [(f.value, f.attrs["unit"]) for f in facts(text, "quantity")] == [(3, "nm"), (5000, "mAh"), (6.9, "in"), (512, "GB")]
    assert facts("나노 기술 투자가 늘었다.", "quantity") == []


# Two native ones words are an approximate pair, no sum ("두세 명" was 5 people); a tens word and a
# ones word add up ("스물두 명", "열한 명"). A native number before 주 is weeks, not shares.
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("사고로 두세 명이 다쳤다.", []),
        ("서너 곳이 문을 닫았다.", []),
        ("스물두 명이 다쳤다.", [22]),
        ("열한 명이 구조됐다.", [11]),
        ("새로운 한주가 시작됐다.", []),
        ("그는 자사주 100주를 샀다.", [100]),
    ],
)
def test_native_number_pairs_and_weeks(text: str, counts: list[int]) -> None:
    assert [f.value for f in facts(text, "count")] == counts


def facts_on(text: str, type_: str, ref: date) -> list[Fact]:
    return [f for f in extract_facts(text, lang="ko", ref_date=ref) if f.type == type_]


# A short aside in brackets after a date or a name (a time zone, a weekday, an age) ends no clause:
# the verb after it still tells the date's tense ("24일(현지시간) … 발표했다" in a November 20 story is
# October 24, as "24일 … 발표했다" is).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("도널드 트럼프 미국 대통령은 24일(현지시간) 기자회견에서 관세 인상을 발표했다.", "2024-10-24"),
        ("경찰에 따르면 25일 김모(54)씨가 자택에서 숨진 채 발견됐다.", "2024-10-25"),
        ("이스라엘군은 27일(이하 현지시간) 가자지구 북부를 공습했다.", "2024-10-27"),
        ("결승전은 26일(한국시간) 열린다.", "2024-11-26"),
    ],
)
def test_aside_after_a_date_ends_no_clause(text: str, value: str) -> None:
    assert [f.value for f in facts_on(text, "date", date(2024, 11, 20))] == [value]


# An age in brackets may carry the sex or the trade ("B(32·여)씨", "이모(45·회사원)씨").
def test_age_with_sex_or_trade_before_ssi() -> None:
    text = "A(54)씨는 지난 3월 서울의 한 주점에서 B(32·여)씨를 폭행한 혐의를 받는다. 경찰은 이모(45·회사원)씨도 입건했다."
    assert [f.value for f in facts(text, "person")] == ["A", "B", "이모"]


# 대 after a decade counts things where a thing's noun stands bare before it ("장비 60대를"); else
# the decade is an age ("60대 남성", "특히 60대가", "남성 60대의").
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("시는 제설 장비 60대를 투입했다.", [60]),
        ("화재로 차량 30대가 불에 탔다.", [30]),
        ("공군은 전투기 40대와 헬기 3대를 띄웠다.", [40, 3]),
        ("60대 남성이 숨졌다.", []),
        ("확진자는 특히 60대가 가장 많았다.", []),
        ("남성 60대의 고용률이 올랐다.", []),
        ("승용차 운전자 60대가 크게 다쳤다.", []),
    ],
)
def test_decade_of_things_is_a_count(text: str, counts: list[int]) -> None:
    assert [f.value for f in facts(text, "count")] == counts


# Clubs abroad by their town and nickname, the town ending as a particle does ("샌디에이고 파드리스").
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("김하성은 샌디에이고 파드리스와 1년 계약을 맺었다.", "샌디에이고 파드리스"),
        ("시카고 컵스는 이날 스즈키 세이야를 트레이드했다.", "시카고 컵스"),
        ("콜로라도 로키스가 5연패에 빠졌다.", "콜로라도 로키스"),
    ],
)
def test_club_abroad_is_an_organisation(text: str, org: str) -> None:
    assert org in [f.value for f in facts(text, "organisation")]


# A stage name right after a performer's occupation is a person ("가수 아이유가"); a common noun
# there is none ("가수 출신의", "배우 인생의", "가수 지망생이").
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("가수 아이유가 다음 달 새 앨범을 낸다.", [("아이유", "가수")]),
        ("래퍼 지코의 신곡이 음원 차트 1위에 올랐다.", [("지코", "래퍼")]),
        ("방송인 풍자는 “많이 웃었다”고 말했다.", [("풍자", "방송인")]),
        ("가수 출신의 배우가 주연을 맡았다. 이번 작품은 배우 인생의 전환점이다.", []),
        ("가수 지망생이 해마다 늘고 있다. 그는 가수 데뷔가 꿈이었다.", []),
    ],
)
def test_stage_name_after_a_performer(text: str, people: list[tuple[str, str]]) -> None:
    assert [(f.value, f.attrs["role"]) for f in facts(text, "person")] == people


# A date that recurs is no one date ("매년 3월", "매달 15일", "매주 월요일").
@pytest.mark.parametrize(
    "text",
    ["시는 매년 3월 벚꽃 축제를 연다.", "국민연금공단은 매달 25일 연금을 지급한다.", "이 도서관은 매주 월요일 문을 닫는다.", "해마다 4월 5일 기념식이 열린다.",
     "위원회는 매월 첫째 주 월요일 회의를 연다.", "시장은 매주 화요일과 금요일 문을 연다."],
)
def test_recurring_date_is_no_date(text: str) -> None:
    assert facts(text, "date") == []


# A meeting on a month's date where a decision was taken ("3월 회의에서 … 하기로 했다") is past: the
# decision is, not next year's; a coming meeting is told so ("내년 3월 회담에서 논의하기로 했다").
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("이사회는 3월 회의에서 배당을 늘리기로 했다.", "2024-03"),
        ("노사는 7월 임시총회에서 임금을 3% 올리기로 합의했다.", "2024-07"),
        ("위원회는 3월 5일 전체회의에서 요금을 인상하기로 결정했다.", "2024-03-05"),
        ("양측은 내년 3월 회담에서 이 문제를 논의하기로 했다.", "2025-03"),
        ("정부는 3월부터 보조금을 늘리기로 했다.", "2025-03"),
    ],
)
def test_meeting_of_a_decision_taken_is_past(text: str, value: str) -> None:
    assert [f.value for f in facts(text, "date")] == [value]


# A word a number counts right after it is no organisation coordinated with one ("보잉과 여객기 40대").
def test_counted_thing_is_no_coordinated_organisation() -> None:
    text = "조원태 한진그룹 회장은 보잉과 여객기 40대 구매 계약을 맺었다. 삼성전자와 LG디스플레이가 협력한다."
    assert [f.value for f in facts(text, "organisation")] == ["한진그룹", "보잉", "삼성전자", "LG디스플레이"]


# A unit glued to 당 is "per" that unit ("MJ당 1.04원", "㎾h당 5원"), no party.
def test_per_unit_is_no_party() -> None:
    text = "도시가스 요금은 MJ당 1.04원, 전기요금은 ㎾h당 5원 오른다. 국민의힘 경남도당은 성명을 냈다."
    assert [f.value for f in facts(text, "organisation")] == ["국민의힘", "경남도당"]


# A kind of company with its Latin short form in brackets names no organisation, nor does the
# short form ("저비용항공사(LCC)"); an agency ending in 협력단 or a programme of the UN does
# ("한국국제협력단(KOICA)", "세계식량계획(WFP)").
def test_bracketed_short_form_of_a_kind_and_of_agencies() -> None:
    text = "저비용항공사(LCC) 6곳의 매출이 늘었다. 한국국제협력단(KOICA)과 세계식량계획(WFP)은 협약을 맺었다."
    orgs = [(f.text, f.value) for f in facts(text, "organisation")]
    assert orgs == [("한국국제협력단", "한국국제협력단"), ("KOICA", "한국국제협력단"), ("세계식량계획", "세계식량계획"), ("WFP", "세계식량계획")]


# Units of shipping, astronomy and the air, and the Swiss franc.
def test_units_of_new_beats() -> None:
    text = "부산항 물동량은 210만TEU, 이산화탄소 농도는 423ppm이다. 130억광년 떨어진 은하를 찾는 데 2억스위스프랑이 든다."
    assert [(f.type, f.value, f.attrs["unit"]) for f in facts(text, "quantity") + facts(text, "money")] == [
        ("quantity", 2_100_000, "TEU"), ("quantity", 423, "ppm"), ("quantity", 13_000_000_000, "light-year"), ("money", 200_000_000, "CHF")]


# A month's futures contract ("1월물") is the coming month's, not the month past.
def test_futures_contract_month_is_the_coming_one() -> None:
    assert [f.value for f in facts("브렌트유 1월물은 배럴당 75.8달러에 거래를 마쳤다.", "date")] == ["2025-01"]
    assert [f.value for f in facts("1월 물가 상승률은 2%였다.", "date")] == ["2024-01"]


# An office glued to a long body's name ("한국교육과정평가원장"), a full-time vice chairman
# ("상근부회장"), and companies and agencies known by their own word.
def test_long_office_full_time_role_and_known_names() -> None:
    text = ("오승걸 한국교육과정평가원장은 “킬러 문항은 배제했다”고 설명했다. 송영규 한국해운협회 상근부회장은 "
            "“지원이 필요하다”고 말했다. 에쓰오일과 유니세프도 참여했다.")
    assert [(f.value, f.attrs["role"]) for f in facts(text, "person")] == [("오승걸", "한국교육과정평가원장"), ("송영규", "상근부회장")]
    assert [q.attrs["speaker"] for q in facts(text, "quote")] == ["오승걸", "송영규"]
    assert {"에쓰오일", "유니세프"} <= {f.value for f in facts(text, "organisation")}


# After a performer's occupation, a performer's thing or doing is no stage name ("가수 신곡이",
# "배우 얼굴이", "배우 누구도"); a decade after a rate or a group surveyed is an age ("지지율 20대에서",
# "조사 대상 20대의").
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("가수 신곡이 음원 차트 1위에 올랐다.", "person"),
        ("배우 얼굴이 공개되자 화제가 됐다.", "person"),
        ("그 사실은 배우 누구도 몰랐다.", "person"),
        ("정당 지지율 20대에서 가장 낮았다.", "count"),
        ("조사 대상 20대의 절반이 반대했다.", "count"),
    ],
)
def test_no_performer_nor_count_from_common_nouns(text: str, type_: str) -> None:
    assert facts(text, type_) == []


# Counters of plants, railway cars, lots, trainsets and scores or collection items: 기 only after
# a noun it counts ("원전 4기"; "트럼프 2기 행정부", "1기 신도시", "폐암 4기" are a term or a stage).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("정부는 2038년까지 신규 원전 4기를 건설하는 방안을 추진한다.", [(4, "기", "원전")]),
        ("한국수력원자력은 체코 원전 2기 건설 사업의 우선협상대상자로 선정됐다.", [(2, "기", "원전")]),
        ("군은 정찰위성 5기를 차례로 쏘아 올릴 계획이다.", [(5, "기", "정찰위성")]),
        ("트럼프 2기 행정부는 관세를 올릴 것으로 보인다.", []),
        ("1기 신도시 재건축이 속도를 낸다.", []),
        ("그는 폐암 4기 진단을 받았다.", []),
        ("서울교통공사는 노후 전동차 200량을 새 차량으로 바꾼다.", [(200, "량", "전동차")]),
        ("이 지역의 토지 12필지가 경매에 나왔다.", [(12, "필지", "토지")]),
        ("박물관은 이번 전시에서 유물 150점을 선보인다.", [(150, "점", "유물")]),
        ("국어 표준점수 최고점은 139점으로 지난해보다 11점 낮아졌다.", [(139, "점", None), (11, "점", None)]),
    ],
)
def test_counters_of_plants_cars_lots_and_scores(text: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert [(f.value, f.attrs["unit"], f.attrs["counted"]) for f in facts(text, "count")] == expected


# A stock index's points are a quantity in index points where the sentence names the index (a
# percentage point is "%포인트"; a shop's points are none); a typhoon's pressure is in hectopascals.
def test_index_points_and_pressure() -> None:
    text = ("코스피는 전 거래일보다 85.3포인트(3.21%) 오른 2,743.56에 장을 마쳤다. 기준금리는 0.25%포인트 내렸다. "
            "태풍은 중심기압 950hPa의 세력을 유지했다. 소비자심리지수는 3.5포인트 하락했다. 가입하면 5천포인트를 적립해준다.")
    assert [(f.text, f.value, f.attrs["unit"]) for f in facts(text, "quantity")] == [
        ("85.3포인트", 85.3, "index point"), ("950hPa", 950, "hPa"), ("3.5포인트", 3.5, "index point")]
    assert [(f.value, f.attrs["unit"]) for f in facts(text, "percent")] == [(3.21, "percent"), (0.25, "point")]


# A competition ratio ("경쟁률 6.27대 1") is a quantity of unit ratio; a game's score ("3대 1로") is none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("강남구 아파트 청약에서 평균 경쟁률이 6.27대 1을 기록했다.", [("6.27대 1", 6.27)]),
        ("1순위 청약에 3만명이 몰려 평균 1,200대 1의 경쟁률을 보였다.", [("1,200대 1", 1200)]),
        ("최고 경쟁률은 전용 84㎡에서 나온 527대1이었다.", [("527대1", 527)]),
        ("토트넘은 홈경기에서 브렌트퍼드를 3대 1로 꺾었다.", []),
        ("평균 경쟁률은 5.5대 10이 아니었다.", []),
    ],
)
def test_competition_ratio(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(f.text, f.value) for f in facts(text, "quantity") if f.attrs["unit"] == "ratio"] == expected


# "N일 전" before a noun 전 is the prefix of (all, former, previous) is the day, not N days ago.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("윤 대통령은 15일 전 국민에게 담화문을 발표했다.", ("15일", "2024-10-15")),
        ("코스피는 25일 전 거래일보다 1.2% 올랐다.", ("25일", "2024-10-25")),
        ("그는 3일 전 서울에 도착했다.", ("3일 전", "2024-10-28")),
    ],
)
def test_day_before_a_prefixed_noun_is_no_ago(text: str, expected: tuple[str, str]) -> None:
    assert [(f.text, f.value) for f in facts(text, "date")] == [expected]


# Days after a comparison ("평년보다 14일 많았다") are its difference, a duration, not the 14th.
@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("올여름 폭염일수는 24일로 평년보다 14일 많았다.", [24, 14]),
        ("올해 벚꽃은 평년보다 5일 빨리 폈다.", [5]),
        ("장마 기간은 지난해보다 7일 길었다.", [7]),
    ],
)
def test_days_after_a_comparison_are_counted(text: str, days: list[int]) -> None:
    assert [f.value for f in facts(text, "duration")] == days
    assert [f.text for f in facts(text, "date") if f.text.endswith("일")] == []


# "연간 30만대": a year's output, the adverb counts nothing.
def test_adverb_of_a_period_is_not_counted() -> None:
    (count,) = facts("현대자동차는 조지아주 공장에서 연간 30만대를 생산할 계획이다.", "count")
    assert (count.value, count.attrs["counted"]) == (300_000, None)


# A foreign company's Korean arm: the country and capitals ("한국GM", not "한국GDP") or a name
# glued to 코리아 ("르노코리아", not "팀코리아"); pollsters by their own word; a builder unnamed
# ("시공사") is no organisation.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("한국GM은 지난달 내수 시장에서 2천102대를 판매했다.", ["한국GM"]),
        ("한국IBM과 한국P&G는 협약을 맺었다.", ["한국IBM", "한국P&G"]),
        ("한국GDP 성장률은 2%대에 머물렀다.", []),
        ("르노코리아는 지난달 1만1천대를 판매했다고 밝혔다.", ["르노코리아"]),
        ("팀코리아는 금메달 13개를 목표로 한다.", []),
        ("한국갤럽이 지난 5~7일 실시한 조사에서 60%가 찬성했다.", ["한국갤럽"]),
        ("재건축 조합은 총회에서 시공사를 선정했다.", []),
    ],
)
def test_korean_arms_pollsters_and_unnamed_builders(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A verb's connective form before a count (-해: "발생해 3명이") counts nothing; a noun ending so
# ("피해 3건") is counted.
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("사고가 발생해 3명이 숨지고 5명이 다쳤다.", None),
        ("이 선수는 28경기에 출전해 12골을 넣었다.", None),
        ("태풍으로 인한 피해 30건이 접수됐다.", "피해"),
    ],
)
def test_connective_verb_is_not_counted(text: str, counted: str | None) -> None:
    assert facts(text, "count")[0].attrs["counted"] == counted


def test_stolen_bases_and_fine_dust() -> None:
    assert [(f.value, f.attrs["unit"]) for f in facts("오타니는 올 시즌 54홈런 59도루를 기록했다.", "count")] == [(54, "홈런"), (59, "도루")]
    assert [(f.value, f.attrs["unit"]) for f in facts("미세먼지 농도는 ㎥당 75㎍까지 치솟았다.", "quantity")] == [(75, "µg")]


# A date after a recurring one, its event and a word of time after it, recurs too ("매년 3월 결산 후
# 5월 배당"); one the sentence tells apart keeps its date.
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("이 회사는 매년 3월 결산 후 5월 배당을 실시한다.", []),
        ("매달 10일 정산 뒤 25일 대금을 지급한다.", []),
        ("이 회사는 3월 결산 후 5월 배당을 실시했다.", ["2024-03", "2024-05"]),
        ("매년 3월 열리던 행사가 지난 5월 열렸다.", ["2024-05"]),
    ],
)
def test_date_after_a_recurring_one_recurs(text: str, dates: list[str]) -> None:
    assert [f.value for f in facts(text, "date")] == dates


# A meeting's own act decided for a month's meeting ("3월 총회에서 … 확정하기로 했다") is still to
# come: next March; a decision taken at the meeting ("배당을 늘리기로 했다") is past.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("조합은 3월 총회에서 분담금 규모를 확정하기로 했다.", "2025-03"),
        ("회사는 3월 주총에서 사내이사를 선임키로 했다.", "2025-03"),
        ("조합은 지난 3월 총회에서 시공사 선정을 확정하기로 했다.", "2024-03"),
        ("이사회는 3월 회의에서 배당을 늘리기로 했다.", "2024-03"),
    ],
)
def test_meeting_act_decided_for_a_month_is_ahead(text: str, value: str) -> None:
    assert [f.value for f in facts(text, "date")] == [value]


# A noun after a count is that count's, not the next one's ("13개 구역 3만6천가구": households, no
# 구역 counted twice).
def test_noun_of_the_count_before_is_not_counted_again() -> None:
    counts = facts("재건축 선도지구로 13개 구역 3만6천가구가 선정됐다. 주민 80가구 150명이 대피했다.", "count")
    assert [(f.value, f.attrs["counted"]) for f in counts] == [(13, "구역"), (36_000, None), (80, "주민"), (150, None)]


# Doses for so many people ("1천200만명분"), chargers counted by 기 after their noun with its
# particle ("충전기는 40만기를"), a measure after a count counts nothing ("축구장 1천개 크기"), and
# a club whose owner is written in lower case ("kt 위즈").
def test_doses_chargers_measures_and_lowercase_owner() -> None:
    text = "독감 백신은 1천200만명분이 공급된다. 국내 전기차 충전기는 40만기를 돌파했다. 산불은 축구장 1천개 크기의 숲을 태웠다."
    assert [(f.value, f.attrs["unit"], f.attrs["counted"]) for f in facts(text, "count")] == [
        (12_000_000, "명분", None), (400_000, "기", "충전기"), (1000, "개", None)]
    assert [f.value for f in facts("LG 트윈스는 한국시리즈에서 kt 위즈를 4승 1패로 꺾었다.", "organisation")] == ["LG 트윈스", "kt 위즈"]


# "한 달 새 2만명": within a month, no 새 counted.
def test_within_a_time_is_not_counted() -> None:
    assert [f.attrs["counted"] for f in facts("한 달 새 2만명이 가입했다. 1년 사이 3만명이 떠났다.", "count")] == [None, None]


# A record's time: seconds after minutes and hours, glued or not, with its hundredths after the
# seconds ("10초07", "9초 95"); a high jump's metres with theirs ("2m33"). "10초과" is more than ten.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("그는 남자 100m 결승에서 10초07로 우승했다.", [("duration", 10.07, "second"), ("quantity", 100, "m")]),
        ("그는 100m 준결승에서 9초 95를 기록했다.", [("duration", 9.95, "second"), ("quantity", 100, "m")]),
        ("그는 자유형 200m에서 1분44초40으로 들어왔다.", [("duration", 104.4, "second"), ("quantity", 200, "m")]),
        ("그는 마라톤에서 2시간 5분 12초로 우승했다.", [("duration", 7512, "second")]),
        ("그는 2시간7분20초 만에 결승선을 통과했다.", [("duration", 7640, "second")]),
        ("그는 경기 시작 10초 만에 골을 넣었다.", [("duration", 10, "second")]),
        ("우상혁은 2m33을 넘어 우승했다.", [("quantity", 2.33, "m")]),
        ("소음이 기준치 5 초과로 측정됐다. 대기 시간이 10초과인 경우는 없었다.", []),
        ("결승에는 9초 95명이 아니라 8명이 올랐다.", [("count", 8, "명"), ("count", 95, "명"), ("duration", 9, "second")]),
    ],
)
def test_record_times_and_marks(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = [f for f in extract_facts(text, lang="ko", ref_date=REF) if f.type in ("duration", "quantity", "count")]
    assert sorted((f.type, f.value, f.attrs["unit"]) for f in found) == sorted(expected)


# A counter after a decimal number tells a rate or a mean: a quantity in that unit, no count.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("지난해 합계출산율은 0.72명으로 역대 최저를 기록했다.", 0.72, "명"),
        ("가구원 수는 평균 2.3명으로 줄었다.", 2.3, "명"),
        ("이 대학은 평가에서 100점 만점에 58.3점을 받았다.", 58.3, "점"),
    ],
)
def test_decimal_before_a_counter_is_a_quantity(text: str, value: float, unit: str) -> None:
    (quantity,) = facts(text, "quantity")
    assert (quantity.value, quantity.attrs["unit"]) == (value, unit)
    assert all(f.value == int(f.value) for f in facts(text, "count"))


# Buildings of an estate are counted ("12개 동", "8개동"); a building's number ("101동") is none.
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("이 단지는 아파트 12개 동, 1천200가구 규모로 조성된다.", [(12, "개동"), (1200, "가구")]),
        ("재건축 단지는 최고 49층 15개 동으로 지어진다.", [(15, "개동")]),
        ("3개동 규모의 오피스텔이 들어선다.", [(3, "개동")]),
        ("불은 101동 12층에서 시작됐다.", []),
    ],
)
def test_buildings_are_counted(text: str, counts: list[tuple[int, str]]) -> None:
    assert [(f.value, f.attrs["unit"]) for f in facts(text, "count")] == counts


# A club named by its home town and its owner's capitals, no nickname ("원주 DB", "창원 LG"), as
# basketball and football copy writes it; the capitals alone before a noun are no club.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("원주 DB는 이날 홈 경기에서 서울 SK를 85-79로 꺾었다.", ["원주 DB", "서울 SK"]),
        ("수원 KT는 창원 LG에 88-92로 졌다.", ["수원 KT", "창원 LG"]),
        ("울산 HD와 포항 스틸러스는 1-1로 비겼다.", ["울산 HD", "포항 스틸러스"]),
    ],
)
def test_club_of_town_and_owner_capitals(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A professor of a university's department: "김상봉 한성대 경제학과 교수" (the university, whatever
# its fame, is the person's organisation).
@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("김상봉 한성대 경제학과 교수는 “금리 인하 효과는 내년에 나타날 것”이라고 말했다.", "김상봉", "한성대"),
        ("이민호 한양대 경영학과 교수는 이날 토론회에서 발제했다.", "이민호", "한양대"),
    ],
)
def test_professor_of_a_department(text: str, name: str, org: str) -> None:
    (person,) = facts(text, "person")
    assert (person.value, person.attrs["role"], person.attrs["org"]) == (name, "교수", org)


# A year its sentence makes the topic ("올해는", "지난해에는", "2019년에는") before a date without its
# year is that date's, moved or not ("매년 4월 열리던 행사가 올해는 3월 말로 앞당겨 열렸다" in November: this
# year's March, not the coming one); the last such year before the date.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("매년 4월 열리던 행사가 올해는 3월 말로 앞당겨 열렸다.", "2024-03"),
        ("지난해에는 3월에 첫눈이 내렸다.", "2023-03"),
        ("올해는 5월에 열렸지만 지난해는 3월에 열렸다.", "2023-03"),
        ("2019년에는 성장률이 2.5%였고 12월에 바닥을 쳤다.", "2019-12"),
        ("내년에는 10월에 개교한다.", "2025-10"),
    ],
)
def test_year_made_the_topic_frames_a_yearless_date(text: str, value: str) -> None:
    assert facts(text, "date")[-1].value == value


# An organisation with its Latin short form in brackets between a name and a role: "김철수(56)
# 한국항공우주산업(KAI) 대표는".
def test_org_with_its_short_form_between_name_and_role() -> None:
    text = "김철수(56) 한국항공우주산업(KAI) 대표는 “수출 물량을 두 배로 늘리겠다”고 말했다."
    (person,) = facts(text, "person")
    assert (person.value, person.attrs["role"], person.attrs["org"]) == ("김철수", "대표", "한국항공우주산업")
    assert facts(text, "quote")[0].attrs["speaker"] == "김철수"


# A rate over a round base written before it ("인구 10만명당 27.3명", "1만명당 의사 수는 25명"): a
# quantity per that base, as "12.4 deaths per 100,000 people"; "1인당 300만원" is money per head.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("인구 10만명당 자살률은 27.3명으로 가장 높았다.", 27.3, "per 100,000"),
        ("외래환자 1천명당 13.6명으로 유행 기준을 넘었다.", 13.6, "per 1,000"),
        ("인구 1만명당 의사 수는 25명이다.", 25, "per 10,000"),
    ],
)
def test_rate_over_a_base_written_before(text: str, value: float, unit: str) -> None:
    (quantity,) = facts(text, "quantity")
    assert (quantity.value, quantity.attrs["unit"]) == (value, unit)
    assert facts(text, "count") == []


def test_per_head_is_no_rate() -> None:
    assert [(f.type, f.value) for f in extract_facts("피해자 1인당 300만원씩 모두 9억원을 배상하라고 판결했다.", lang="ko", ref_date=REF)] == [
        ("money", 3_000_000), ("money", 900_000_000)]


# A word of "per" ending in 당 is no party: "경기당 평균 2골", "컨테이너당 5천달러", "객실당 30만원".
def test_per_word_is_no_party() -> None:
    text = "그는 경기당 평균 2골을 넣었다. 운임은 컨테이너당 5천달러다. 객실당 30만원을 받는다. 민주당 170석이다."
    assert [f.value for f in facts(text, "organisation")] == ["민주당"]


# What a count counts: a noun ending like a unit's follower is whole ("국제선", "노선"); a noun with
# its short form in brackets before the count is counted ("저비용항공사(LCC) 9곳의", "소형모듈원전(SMR)
# 1기"); a figure or a margin is not ("1개 소매가격은", "수송 실적 2천만명", "2천445표 차로").
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("폭설로 국제선 9편이 결항했다.", ["국제선"]),
        ("항공사는 노선 3개를 신설했다.", ["노선"]),
        ("저비용항공사(LCC) 9곳의 국제선 여객이 늘었다.", ["저비용항공사"]),
        ("정부는 원전 3기와 소형모듈원전(SMR) 1기를 새로 짓는다.", ["원전", "소형모듈원전"]),
        ("배 1개 소매가격은 4천500원이다.", [None]),
        ("이 항공사는 연간 여객 수송 실적 2천만명을 돌파했다.", [None]),
        ("김 후보는 2천445표 차로 이 후보를 따돌렸다.", [None]),
    ],
)
def test_what_a_count_counts(text: str, counted: list[str | None]) -> None:
    assert [f.attrs["counted"] for f in facts(text, "count")] == counted


# Clubs by their town and a Hangul owner ("전북 현대", "안양 정관장") or FC ("FC서울", "대구FC"); a
# verb after a club and 와 is no organisation ("수원FC와 비겼다"); the season is no kind of win.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("전북 현대는 K리그1 최종전에서 대구FC를 2-1로 이겼다.", ["전북 현대", "대구FC"]),
        ("FC서울은 수원FC와 비겼다.", ["FC서울", "수원FC"]),
        ("부산 KCC는 안양 정관장에 78-85로 패했다.", ["부산 KCC", "안양 정관장"]),
    ],
)
def test_clubs_of_a_town_and_owner_or_fc(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


def test_season_is_not_what_wins_count() -> None:
    assert [f.attrs["counted"] for f in facts("KIA 타이거즈는 정규시즌 87승 2무 55패로 1위를 차지했다.", "count")] == [None, None, None]


# A university named short ("○○대") before a department's word or a professor's name is an
# organisation, and the person's when a department stands between it and the name ("강원대
# 농업경제학과 이영수 교수"; a hospital's department too); a common noun ending in 대 is none, and a
# name ending in 대 before a role stays a name's.
@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("강원대 농업경제학과 이영수 교수는 “쌀값 하락이 이어질 것”이라고 말했다.", "이영수", "강원대"),
        ("창원대 이민호 명예교수는 이같이 설명했다.", "이민호", "창원대"),
        ("전남대 의대 박지훈 교수 연구팀은 논문을 발표했다.", "박지훈", "전남대"),
        ("서울대병원 감염내과 최은정 교수는 “접종이 필요하다”고 했다.", "최은정", "서울대병원"),
    ],
)
def test_short_university_and_department_before_a_name(text: str, name: str, org: str) -> None:
    person = next(f for f in facts(text, "person") if f.value == name)
    assert person.attrs.get("org") == org
    assert org in [f.value for f in facts(text, "organisation")]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("한밭대 연구팀은 새 촉매를 개발했다고 밝혔다.", ["한밭대"]),
        ("MZ세대 연구팀은 설문 결과를 공개했다.", []),
        ("근현대 연구팀은 자료를 모았다.", []),
        ("김영대 서울대 교수는 이같이 말했다.", ["서울대"]),
    ],
)
def test_short_university_not_a_common_noun(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# Golf: a score against par and a round's strokes; a ship's or a tanker's class of a size ("급");
# an earthquake's magnitude after 규모 (a decimal number; not a rank or a multiple).
@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("그는 3언더파 69타를 쳐 합계 12언더파로 선두에 올랐다.", [("quantity", 3, "under par"), ("count", 69, "타"), ("quantity", 12, "under par")]),
        ("최종 라운드에서 1오버파 73타로 부진했다.", [("quantity", 1, "over par"), ("count", 73, "타")]),
        ("HMM은 1만3천TEU급 컨테이너선 2척을 인도받았다.", [("quantity", 13_000, "TEU"), ("count", 2, "척")]),
        ("30만t급 유조선이 입항했다.", [("quantity", 300_000, "ton")]),
        ("경북 경주시 남남서쪽에서 규모 4.8의 지진이 발생했다.", [("quantity", 4.8, "magnitude")]),
        ("리히터 규모 6.0 지진으로 건물이 무너졌다.", [("quantity", 6, "magnitude")]),
        ("매출 규모 1위 기업이다. 시장 규모 2.5배로 커졌다.", []),
    ],
)
def test_golf_scores_ship_classes_and_magnitudes(text: str, amounts: list[tuple[str, float, str]]) -> None:
    found = [f for f in extract_facts(text, lang="ko", ref_date=REF) if f.type in ("count", "quantity")]
    assert [(f.type, f.value, f.attrs["unit"]) for f in found] == amounts
    assert "유조선" not in [f.value for f in facts(text, "organisation")]


# A date something was moved to, told in the past, is the nearest such date ("축제가 9월로
# 연기됐다" in November: this year's); told ahead, the coming one; a date set for is always ahead.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("해마다 5월 열리던 축제가 9월로 연기됐다.", "2026-09"),
        ("축제는 3월로 연기됐다.", "2027-03"),
        ("축제는 9월로 연기될 예정이다.", "2027-09"),
        ("행사가 10월 22일로 미뤄졌다.", "2026-10-22"),
        ("개막일을 10월 22일로 확정했다.", "2027-10-22"),
        ("회의는 25일로 연기됐다.", "2026-11-25"),
    ],
)
def test_date_moved_to_by_its_tense(text: str, value: str) -> None:
    assert [f.value for f in facts_on(text, "date", date(2026, 11, 20))] == [value]


# Clubs by their town and owner in every league: V리그's and the K리그's owners written in Hangul.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("인천 대한항공은 대전 삼성화재를 세트스코어 3-1로 꺾었다.", ["인천 대한항공", "대전 삼성화재"]),
        ("김천 상무는 서울 이랜드와 1-1로 비겼다.", ["김천 상무", "서울 이랜드"]),
        ("안산 그리너스는 홈에서 졌다.", ["안산 그리너스"]),
    ],
)
def test_clubs_of_every_league(text: str, orgs: list[str]) -> None:
    assert [f.value for f in facts(text, "organisation")] == orgs


# A time stamp's label used as a verb or a noun, letters between it and the date, is prose: the
# date stays ("승인했다고 19일 밝혔다"); a byline's label with only signs between still stamps it.
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("식품의약품안전처는 신약의 임상시험계획을 승인했다고 19일 밝혔다.", ["2026-11-19"]),
        ("구청은 주민 500명이 신청서를 등록했다고 18일 전했다.", ["2026-11-18"]),
        ("입력 2026.11.19 17:09 수정 2026.11.20 08:10", []),
        ("송고시간2026-11-19 10:00", []),
    ],
)
def test_timestamp_label_as_a_verb_is_prose(text: str, dates: list[str]) -> None:
    assert [f.value for f in facts_on(text, "date", date(2026, 11, 20))] == dates


# A noun that counts days before a day alone ("기간은 30일이다") leaves a month and its day a date
# ("공모 기간은 12월 2일부터 6일까지다").
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("공모 기간은 12월 2일부터 6일까지다.", ["2026-12-02/2026-12-06"]),
        ("접수 기간은 30일이다.", []),
    ],
)
def test_period_noun_before_a_month(text: str, dates: list[str]) -> None:
    assert [f.value for f in facts_on(text, "date", date(2026, 11, 20))] == dates


# An event told held on the date it was moved to is read by its tense ("3월 말로 앞당겨 열렸다" in
# November: this year's March).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("매년 4월 열리던 벚꽃축제는 3월 말로 앞당겨 열렸다.", "2026-03"),
        ("마라톤 대회는 10월로 연기돼 치러졌다.", "2026-10"),
    ],
)
def test_moved_and_held_is_read_by_tense(text: str, value: str) -> None:
    assert [f.value for f in facts_on(text, "date", date(2026, 11, 20))] == [value]


# A wind speed in m/s; a company after 운영사 ("토스 운영사 비바리퍼블리카는"); an institute before its
# short form in brackets and a department is a professor's organisation.
def test_wind_speed_operator_and_bracketed_institute() -> None:
    wind = facts("강원 산지에는 순간풍속 25m/s의 강풍이 불었다.", "quantity")
    assert [(f.value, f.attrs["unit"]) for f in wind] == [(25, "m/s")]
    assert [f.value for f in facts("토스 운영사 비바리퍼블리카는 투자를 유치했다.", "organisation")] == ["비바리퍼블리카"]
    text = "한국과학기술원(KAIST) 물리학과 김용훈 교수 연구팀은 초전도 현상을 확인했다."
    assert next(f for f in facts(text, "person") if f.value == "김용훈").attrs.get("org") == "한국과학기술원"


# A word spelled like one Sino-Korean digit and a big scale, glued to a counter, is no count
# ("구조대는": a rescue team, not 9조 counted); a club named before its coach or player is theirs.
def test_spelled_digit_and_scale_glued_is_a_word() -> None:
    text = "구조대는 실종자 3명을 12시간 만에 구조했다."
    assert [(f.value, f.attrs["counted"]) for f in facts(text, "count")] == [(3, "실종자")]


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("프로축구 울산 HD 김판곤 감독은 “선수들이 잘 버텨줬다”고 말했다.", "김판곤", "울산 HD"),
        ("서울 삼성 김효범 감독은 경기 뒤 선수들을 격려했다.", "김효범", "서울 삼성"),
    ],
)
def test_club_before_its_coach(text: str, name: str, org: str) -> None:
    assert next(f for f in facts(text, "person") if f.value == name).attrs.get("org") == org
    assert org in [f.value for f in facts(text, "organisation")]


# A prosecutor and a government researcher are roles ("박모 검사는", "이지연 연구관은"; "검사 결과" is
# no person); a college of a university between it and a name gives the university; a margin ("2타
# 차") counts nothing.
@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        ("서울중앙지검 이모 검사는 “증거가 충분하다”고 밝혔다.", "이모", "검사", "서울중앙지검"),
        ("국립기상과학원 이지연 연구관은 폭염일수가 늘었다고 말했다.", "이지연", "연구관", "국립기상과학원"),
        ("제주대 해양과학대학 김모 교수 연구팀은 수온이 올랐다고 밝혔다.", "김모", "교수", "제주대"),
    ],
)
def test_prosecutor_researcher_and_college(text: str, name: str, role: str, org: str) -> None:
    person = next(f for f in facts(text, "person") if f.value == name)
    assert (person.attrs["role"], person.attrs.get("org")) == (role, org)


def test_test_is_no_prosecutor_and_a_margin_counts_nothing() -> None:
    assert facts("PCR 검사를 받았다. 검사 결과 양성이었다. 진단 검사 장비가 부족하다.", "person") == []
    counts = facts("그는 최종합계 15언더파 273타로 2타 차 우승을 차지했다.", "count")
    assert [(f.value, f.attrs["counted"]) for f in counts] == [(273, None), (2, None)]


# Games and runs counted ("28경기에서 12골", "5연승"; not the province, "경기도는", nor "경기 침체");
# a prosecutors' office and its branch are one organisation, a prosecutor's there.
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("그는 이번 시즌 28경기에서 12골을 기록했다.", [(28, "경기"), (12, "골")]),
        ("팀은 5연승을 달리며 선두를 지켰다.", [(5, "연승")]),
        ("경기도는 경기 침체에 대응하겠다고 밝혔다.", []),
    ],
)
def test_games_and_runs_counted(text: str, counts: list[tuple[int, str]]) -> None:
    assert [(f.value, f.attrs["unit"]) for f in facts(text, "count")] == counts


def test_prosecutors_branch_is_one_organisation() -> None:
    text = "수원지검 안산지청 박모 검사는 피의자를 불러 조사했다."
    assert [f.value for f in facts(text, "organisation")] == ["수원지검 안산지청"]
    assert next(f for f in facts(text, "person") if f.value == "박모").attrs.get("org") == "수원지검 안산지청"


# "전원" (all of them) and "시대" (an era) after a count are not what it counts.
@pytest.mark.parametrize(
    "text",
    ["헌법재판소는 재판관 8명 전원 일치 의견으로 파면을 결정했다.", "인천공항은 하루 여객 20만명 시대를 열었다.", "탑승객 12명 전원이 숨졌다."],
)
def test_all_of_them_and_an_era_are_not_counted(text: str) -> None:
    assert [f.attrs["counted"] for f in facts(text, "count")] == [None]
