"""Money, percent, counts, quantities and durations, in English and Korean prose."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from newsclean.facts import extract_facts
from newsclean.facts.numbers import number_pattern, parse_number
from newsclean.lang import get


def one(text: str, lang: str, type_: str) -> Any:
    facts = [f for f in extract_facts(text, lang=lang) if f.type == type_]
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(
    "text, lang, surface, value, currency",
    [
        ("펀드 800억원 규모", "ko", "800억원", 80_000_000_000, "KRW"),
        ("총 58조2000억원이 투입된다", "ko", "58조2000억원", 58_200_000_000_000, "KRW"),
        ("5천만원을 냈다", "ko", "5천만원", 50_000_000, "KRW"),
        ("2천500만원을 냈다", "ko", "2천500만원", 25_000_000, "KRW"),
        ("10만 원대 제품", "ko", "10만 원", 100_000, "KRW"),  # 대 (bracket) is a suffix, not a counter
        ("1만 달러를 받았다", "ko", "1만 달러", 10_000, "USD"),
        ("3억 위안 규모", "ko", "3억 위안", 300_000_000, "CNY"),
        ("27,350,000원", "ko", "27,350,000원", 27_350_000, "KRW"),
        ("It raised $2.5 billion.", "en", "$2.5 billion", 2_500_000_000, "USD"),
        ("a €40m deal", "en", "€40m", 40_000_000, "EUR"),
        ("It sold for £1.2m.", "en", "£1.2m", 1_200_000, "GBP"),  # a short scale after a decimal, in lower case
        ("It cost a million and a half dollars.", "en", "a million and a half dollars", 1_500_000, "USD"),  # half of the scale
        ("It cost two and a half million dollars.", "en", "two and a half million dollars", 2_500_000, "USD"),
        ("It sold for $3.5M.", "en", "$3.5M", 3_500_000, "USD"),
        ("£1.2bn of debt", "en", "£1.2bn", 1_200_000_000, "GBP"),
        ("USD 12.5 million in fees", "en", "USD 12.5 million", 12_500_000, "USD"),
        ("paid 300 million yen", "en", "300 million yen", 300_000_000, "JPY"),
        ("cost 20 euros", "en", "20 euros", 20, "EUR"),
        ("USD3.14 each", "en", "USD3.14", 3.14, "USD"),
        ("it costs 50 cents", "en", "50 cents", 0.5, "USD"),
        ("it paid US$ 4.7 billion", "en", "US$ 4.7 billion", 4_700_000_000, "USD"),
        ("TSMC earned NT$325.3 billion", "en", "NT$325.3 billion", 325_300_000_000, "TWD"),  # not US dollars
        ("a HK$300m loan", "en", "HK$300m", 300_000_000, "HKD"),
        ("The firm lost RM42 million last year.", "en", "RM42 million", 42_000_000, "MYR"),
        ("a RMB 5 billion fund", "en", "RMB 5 billion", 5_000_000_000, "CNY"),
        ("He handed over $5 million to the fund.", "en", "$5 million", 5_000_000, "USD"),  # "over" is the verb's
    ],
)
def test_money(text: str, lang: str, surface: str, value: float, currency: str) -> None:
    f = one(text, lang, "money")
    assert (f.text, f.value, f.attrs["unit"]) == (surface, value, currency)


@pytest.mark.parametrize(
    "text, lang, low, high",
    [
        ("3억~5억원을 투자", "ko", 300_000_000, 500_000_000),
        ("25000원 - 30000원", "ko", 25_000, 30_000),
        ("a $5-7 million fund", "en", 5_000_000, 7_000_000),
        ("between 10 dollars and 20 dollars", "en", 10, 20),
        ("from $3 to $5 billion", "en", 3_000_000_000, 5_000_000_000),
        # a scale word only after the high end is both ends' (not "two million to one billion")
        ("would cost one to two billion dollars a year", "en", 1_000_000_000, 2_000_000_000),
        ("raised three to four hundred dollars", "en", 300, 400),
        ("cost two million to one billion dollars", "en", 2_000_000, 1_000_000_000),
        ("let you go $50 or $100 into the red", "en", 50, 100),
    ],
)
def test_money_ranges(text: str, lang: str, low: float, high: float) -> None:
    f = one(text, lang, "money")
    assert f.value == low and f.attrs["range"] == {"from": low, "to": high}


def test_two_amounts_joined_by_a_range_word_are_not_a_range() -> None:
    facts = extract_facts("It rose 0.25 percentage points to 3.5 per cent, and 5% to $3 billion.", lang="en")
    assert [(f.type, f.text) for f in facts] == [
        ("percent", "0.25 percentage points"),
        ("percent", "3.5 per cent"),
        ("percent", "5%"),
        ("money", "$3 billion"),
    ]
    assert [f.text for f in extract_facts("160조원에서 58조2000억원이", lang="ko")] == ["160조원", "58조2000억원"]
    assert [f.text for f in extract_facts("The index fell 2.3% to 4,500 points.", lang="en")] == ["2.3%", "4,500 points"]  # an index's level, no range


@pytest.mark.parametrize(
    "text, lang, surface, value, unit, qualifier",
    [
        ("30% 증가", "ko", "30%", 30, "percent", None),
        ("60% 이상인", "ko", "60% 이상", 60, "percent", "at least"),
        ("3.5%p 상승", "ko", "3.5%p", 3.5, "point", None),
        ("20퍼센트 미만", "ko", "20퍼센트 미만", 20, "percent", "less than"),
        ("rose 0.25 percentage points", "en", "0.25 percentage points", 0.25, "point", None),
        ("fell 3 per cent", "en", "3 per cent", 3, "percent", None),
        ("more than 40% of voters", "en", "more than 40%", 40, "percent", "more than"),
        ("cut by 25 basis points", "en", "25 basis points", 25, "basis point", None),
        ("a 0.25 percentage-point cut", "en", "0.25 percentage-point", 0.25, "point", None),
        ("Inflation rose to 5pc.", "en", "5pc", 5, "percent", None),
        ("Unemployment fell 0.5pp.", "en", "0.5pp", 0.5, "point", None),
        ("Unemployment ticked up to 4.2% in October.", "en", "4.2%", 4.2, "percent", None),  # "up" is the verb's
        ("GDP was revised up to 2.9%.", "en", "2.9%", 2.9, "percent", None),
        ("Sales could rise up to 5% next year.", "en", "up to 5%", 5, "percent", "at most"),
    ],
)
def test_percent(text: str, lang: str, surface: str, value: float, unit: str, qualifier: str | None) -> None:
    f = one(text, lang, "percent")
    assert (f.text, f.value, f.attrs["unit"], f.attrs["qualifier"]) == (surface, value, unit, qualifier)


@pytest.mark.parametrize(
    "text, lang, surface, value, approx, qualifier, counted",
    [
        ("200여개 기업", "ko", "200여개", 200, True, None, "기업"),
        ("일자리 190만개를 창출", "ko", "190만개", 1_900_000, False, None, "일자리"),
        ("세 곳을 방문했다", "ko", "세 곳", 3, False, None, None),
        ("차량 3대가 부서졌다", "ko", "3대", 3, False, None, "차량"),
        ("연간 30만대 규모의 공장", "ko", "30만대", 300_000, False, None, None),  # a scale word: no age or rank
        ("약 1,200명이 참석", "ko", "약 1,200명", 1200, True, None, None),
        ("about 3,000 workers", "en", "about 3,000 workers", 3000, True, None, "workers"),
        ("NASA will pick up to four finalists", "en", "up to four finalists", 4, False, "at most", "finalists"),  # a bound
        ("more than a dozen people", "en", "more than a dozen people", 12, False, "more than", "people"),
        ("hired 50 new engineers", "en", "50 new engineers", 50, False, None, "engineers"),
        ("access to 15 news sites", "en", "15 news sites", 15, False, None, "sites"),  # the second plural is the head
        ("three police officers were hurt", "en", "three police officers", 3, False, None, "officers"),
    ],
)
def test_counts(text: str, lang: str, surface: str, value: int, approx: bool, qualifier: str | None, counted: str | None) -> None:
    f = one(text, lang, "count")
    assert (f.text, f.value, f.attrs["approx"], f.attrs["qualifier"], f.attrs["counted"]) == (surface, value, approx, qualifier, counted)


@pytest.mark.parametrize(
    "text, lang, type_, value, unit",
    [
        ("1.2 million barrels of oil a day", "en", "quantity", 1_200_000, "barrel"),
        ("쌀 10톤", "ko", "quantity", 10, "ton"),
        ("108개월 만에", "ko", "duration", 108, "month"),
        ("6년 5개월간 투병했다", "ko", "duration", 77, "month"),  # 간 ("during") glued, as in 년간
        ("10여분 만에 끝났다", "ko", "duration", 10, "minute"),
        ("3년 만에", "ko", "duration", 3, "year"),
        ("두 달 동안", "ko", "duration", 2, "month"),
        ("it took nearly two years", "en", "duration", 2, "year"),
        ("it can reach -30C in winter", "en", "quantity", -30, "°C"),
    ],
)
def test_quantities_and_durations(text: str, lang: str, type_: str, value: float, unit: str) -> None:
    f = one(text, lang, type_)
    assert (f.value, f.attrs["unit"]) == (value, unit)


def test_what_a_quantity_measures() -> None:
    f = one("1.2 million barrels of oil a day", "en", "quantity")
    assert f.text == "1.2 million barrels of oil" and f.attrs["counted"] == "oil"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("3대 강국으로 도약", "ko"),  # 대 as "the top three", not vehicles
        ("20대 남성", "ko"),  # an age group
        ("경쟁률은 1만대 1을 기록했다", "ko"),  # 대 as "to": a ratio
        ("이명박 정부와 이곳에서", "ko"),  # 이 + counter inside a word
        ("사원 모집과 구원 투수", "ko"),  # 사/구 + 원 are words
        ("두 분이 오셨다", "ko"),  # 분 after a native number: persons, not minutes
        ("오전 10시 30분에 시작", "ko"),  # a time of day
        ("언론사 만평에서", "ko"),  # a lone 만 is a number only in money
        ("회의 시작 10여 만에", "ko"),  # no counter, no count
        ("If one analyst catches it", "en"),  # a plural after "one" is a verb
        ("New COVID-19 cases and F-35 jets", "en"),  # numbers inside names
        ("the firm's Boeing 737 planes", "en"),  # a model number after a name
        ("The iPhone 16 goes on sale Friday.", "en"),  # a name with a capital inside it
        ("Refurbished iPhone 7 refurbs are cheap.", "en"),
        ("24/7 news", "en"),
        ("new 5G networks", "en"),  # G is not grams
        ("about one third of a mile", "en"),  # a fraction of one thing, no share nor count
        ("She was named a 40 Under 40 Award recipient.", "en"),  # a capitalised qualifier mid-sentence: a name
        ('He never used the term "three amigos".', "en"),  # a spelled count all a quotation holds: a term
        ("코로나19 확진", "ko"),  # digits inside a word
        ("the 2020 elections", "en"),  # a year
        ("chapter 3, verse 5 and item 12", "en"),  # bare numbers
        ("G20 leaders", "en"),
    ],
)
def test_not_amounts(text: str, lang: str) -> None:
    assert [f for f in extract_facts(text, lang=lang) if f.type != "date"] == []


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("58조2000억", "ko", 58_200_000_000_000),
        ("오백팔십일만구천십사", "ko", 5_819_014),
        ("일점이삼", "ko", 1.23),
        ("마흔일곱", "ko", 47),
        ("1억 2천만", "ko", 120_000_000),
        ("seven hundred twenty-one thousand twelve", "en", 721_012),
        ("Two dozen", "en", 24),
        ("minus 1,200,000", "en", -1_200_000),
        ("3,000,000", None, 3_000_000),
    ],
)
def test_numbers(text: str, lang: str | None, value: float) -> None:
    rules = get(lang)
    assert re.fullmatch(number_pattern(rules), text, re.IGNORECASE)
    assert parse_number(text, rules) == value


@pytest.mark.parametrize("text", ["9" * 400 + "조원", "$" + "9" * 310, "3" + "만" * 50 + "원", "9" * 400 + "%"])
def test_absurdly_large_numbers_are_not_amounts(text: str) -> None:
    assert extract_facts(text, lang="ko") == ()
    assert extract_facts(text, lang="en") == ()


@pytest.mark.parametrize(
    "text, lang, surface, value, unit",
    [
        ("He was jailed for two years and six months.", "en", "two years and six months", 30, "month"),
        ("The flight took one hour and 45 minutes.", "en", "one hour and 45 minutes", 105, "minute"),
        ("The talks ran 3 days, 4 hours before a deal.", "en", "3 days, 4 hours", 76, "hour"),
        ("법원은 징역 2년 6개월을 선고했다.", "ko", "2년 6개월", 30, "month"),
    ],
)
def test_a_duration_in_two_units_is_one_amount(text: str, lang: str, surface: str, value: float, unit: str) -> None:
    fact = one(text, lang, "duration")
    assert (fact.text, fact.value, fact.attrs["unit"]) == (surface, value, unit)


@pytest.mark.parametrize(
    "text, lang, surface, value, currency",
    [
        ("A gallon cost 3 dollars and 43 cents.", "en", "3 dollars and 43 cents", 3.43, "USD"),
        ("Tickets were 3 CAD 5 cents.", "en", "3 CAD 5 cents", 3.05, "CAD"),
    ],
)
def test_cents_after_an_amount_belong_to_it(text: str, lang: str, surface: str, value: float, currency: str) -> None:
    fact = one(text, lang, "money")
    assert (fact.text, fact.value, fact.attrs["unit"]) == (surface, value, currency)


@pytest.mark.parametrize(
    "text, count",
    [
        ("It fell for 5 days, and 3 months later it recovered.", 2),  # the second unit is larger
        ("Sales rose 10 years ago and about 3 months ago.", 2),  # the second is approximate
        ("Prices rose 3% and 4% in a year.", 0),  # percentages are not added
    ],
)
def test_amounts_that_are_not_one_stay_apart(text: str, count: int) -> None:
    durations = [f for f in extract_facts(text, lang="en") if f.type == "duration"]
    assert len(durations) == count, durations


@pytest.mark.parametrize(
    "text, type_, surface, value",
    [
        ("He spent two and a half years in prison.", "duration", "two and a half years", 2.5),
        ("The hearing lasted 1 and a half hours.", "duration", "1 and a half hours", 1.5),
        ("They raised two and a half million dollars.", "money", "two and a half million dollars", 2_500_000),
        ("Output rose three and a quarter percent.", "percent", "three and a quarter percent", 3.25),
    ],
)
def test_and_a_half_belongs_to_the_number(text: str, type_: str, surface: str, value: float) -> None:
    fact = one(text, "en", type_)
    assert (fact.text, fact.value) == (surface, value)


def test_and_a_half_needs_a_number_before_it() -> None:
    assert [f for f in extract_facts("He and a half-brother left with a half share.", lang="en")] == []


@pytest.mark.parametrize(
    "text, type_, surface, value",
    [
        ("Half a million people marched on Saturday.", "count", "Half a million people", 500_000),
        ("The state spent half a billion dollars.", "money", "half a billion dollars", 500_000_000),
        ("About half a dozen firms bid.", "count", "About half a dozen firms", 6),
    ],
)
def test_half_a_scale_is_half_of_it(text: str, type_: str, surface: str, value: float) -> None:
    fact = one(text, "en", type_)
    assert (fact.text, fact.value) == (surface, value)


def test_half_of_a_number_is_not_a_fraction_of_it() -> None:
    fact = one("Half of the 200 workers quit.", "en", "count")
    assert (fact.text, fact.value) == ("200 workers", 200)


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("협상은 2년 반 만에 재개됐다.", "2년 반", 2.5, "year"),
        ("회의는 1시간 반 동안 진행됐다.", "1시간 반", 1.5, "hour"),
    ],
)
def test_ban_after_a_korean_duration_is_a_half(text: str, surface: str, value: float, unit: str) -> None:
    fact = one(text, "ko", "duration")
    assert (fact.text, fact.value, fact.attrs["unit"]) == (surface, value, unit)


@pytest.mark.parametrize("text", ["그는 10년 반대해 온 법안을 철회했다.", "업체는 3년 반도체 투자를 늘렸다."])
def test_ban_starting_a_word_is_not_a_half(text: str) -> None:
    assert all(f.value == int(f.value) for f in extract_facts(text, lang="ko") if f.type == "duration")


@pytest.mark.parametrize(
    "text, lang, surface, value, currency",
    [
        ("The club was fined 42 RM on Monday.", "en", "42 RM", 42, "MYR"),
        ("A cup of tea costs 10 Rs here.", "en", "10 Rs", 10, "INR"),
        ("Tickets cost 500 Canadian dollars each.", "en", "500 Canadian dollars", 500, "CAD"),
        ("The fund holds 3 billion Saudi riyals.", "en", "3 billion Saudi riyals", 3_000_000_000, "SAR"),
        ("Bread now costs 10 Egyptian pounds.", "en", "10 Egyptian pounds", 10, "EGP"),
        ("A kilo of rice costs 10 dinars.", "en", "10 dinars", 10, "Dinar"),  # Iraq, Kuwait, Jordan...: not guessed
        ("주당 10센트를 배당했다.", "ko", "10센트", 0.1, "USD"),
        ("2천만 홍콩달러 규모의 거래", "ko", "2천만 홍콩달러", 20_000_000, "HKD"),
    ],
)
def test_currencies_news_names(text: str, lang: str, surface: str, value: float, currency: str) -> None:
    f = one(text, lang, "money")
    assert (f.text, f.value, f.attrs["unit"]) == (surface, value, currency)


@pytest.mark.parametrize("text", ["The RM team met 42 times.", "바트는 태국의 통화다.", "Le Monde cited 42 sources."])
def test_currency_names_need_a_number(text: str) -> None:
    assert [f for f in extract_facts(text, lang="ko" if "바트" in text else "en") if f.type == "money"] == []


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("3/4", "en", 0.75),
        ("1/5", "ko", 0.2),
        ("사분의삼", "ko", 0.75),
        ("3분의 1", "ko", 0.333333),
        ("-1.2M", "en", -1_200_000),
        ("5.5B", "en", 5_500_000_000),
        ("three hundred Cr", "en", 3_000_000_000),
        ("12 lacs", "en", 1_200_000),
        ("forty-five (45)", "en", 45),
        ("마이너스삼", "ko", -3),
    ],
)
def test_fractions_indian_scales_and_signs(text: str, lang: str, value: float) -> None:
    rules = get(lang)
    assert re.fullmatch(number_pattern(rules), text, re.IGNORECASE)
    assert parse_number(text, rules) == value


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("24/7", "en", None),  # not a proper fraction
        ("forty-five (46)", "en", None),  # the digits must restate the words
    ],
)
def test_numbers_that_do_not_read(text: str, lang: str, value: None) -> None:
    assert parse_number(text, get(lang)) is value


@pytest.mark.parametrize("text", ["3M", "5B", "3/10/2021"])
def test_a_capital_scale_needs_a_decimal_and_a_date_is_no_fraction(text: str) -> None:
    assert not re.fullmatch(number_pattern(get("en")), text, re.IGNORECASE)


@pytest.mark.parametrize(
    "text, lang, type_, surface, value",
    [
        ("Stir in 1/2 cup of sugar.", "en", "quantity", "1/2 cup of sugar", 0.5),
        ("The deal was worth Rs 300 cr, officials said.", "en", "money", "Rs 300 cr", 3_000_000_000),
        ("The fine was 12 lakh rupees.", "en", "money", "12 lakh rupees", 1_200_000),
        ("The tenant must leave within forty-five (45) days.", "en", "duration", "forty-five (45) days", 45),
        ("The startup has 1.5M users.", "en", "count", "1.5M users", 1_500_000),
        ("가격은 구파운드였다.", "ko", "money", "구파운드", 9),
    ],
)
def test_fractions_and_scales_in_amounts(text: str, lang: str, type_: str, surface: str, value: float) -> None:
    f = one(text, lang, type_)
    assert (f.text, f.value) == (surface, value)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Families of 9/11 victims and 24/7 news crews met.", "en"),  # no count is a fraction
        ("3M workers went on strike.", "en"),  # 3M is a company
        ("그는 이유로 이 달러를 들었다.", "ko"),  # 이 + 유로 is a word; 이 달러 is "this dollar"
        ("이불과 사원 복지", "ko"),
    ],
)
def test_not_fraction_or_lone_digit_amounts(text: str, lang: str) -> None:
    assert [f for f in extract_facts(text, lang=lang) if f.type in ("count", "money")] == []


@pytest.mark.parametrize(
    "text, type_, surface, value, unit",
    [
        ("A loaf now costs a dollar.", "money", "a dollar", 1, "USD"),
        ("She trained for a month before the race.", "duration", "a month", 1, "month"),
        ("The crowd waited half an hour.", "duration", "half an hour", 0.5, "hour"),
        ("The count took an hour and 45 minutes.", "duration", "an hour and 45 minutes", 105, "minute"),
        ("The strike lasted a month and a half.", "duration", "a month and a half", 1.5, "month"),
        ("Prices have risen for more than a year.", "duration", "more than a year", 1, "year"),
        ("The Fed raised rates by a quarter of a percentage point.", "percent", "a quarter of a percentage point", 0.25, "point"),
        ("Police seized a kilogram of cocaine.", "quantity", "a kilogram of cocaine", 1, "kg"),
        ("The talks need two more weeks.", "duration", "two more weeks", 2, "week"),
        ("Sales fell for three straight months.", "duration", "three straight months", 3, "month"),
        ("Add 1 1/2 cups of flour.", "quantity", "1 1/2 cups of flour", 1.5, "cup"),
    ],
)
def test_a_unit_after_an_article_is_one(text: str, type_: str, surface: str, value: float, unit: str) -> None:
    f = one(text, "en", type_)
    assert (f.text, f.value, f.attrs["unit"]) == (surface, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The board meets twice a year.",  # a rate: "a" is "per"
        "Workers earn $5 a day.",
        "The field pumps 1 million barrels a day.",
        "They worked nine and a half hours a day.",
        "He won in a second round.",  # an ordinal, not a duration
        "The year began badly.",
    ],
)
def test_a_rate_or_an_ordinal_is_no_article_amount(text: str) -> None:
    assert [f.text for f in extract_facts(text, lang="en") if f.text.lower().startswith(("a ", "an ", "half "))] == []


def test_an_approximate_second_end_of_a_range() -> None:
    for text in ("between 2.0 g and about 7.0 g", "2 - ~7 grams"):
        f = one(text, "en", "quantity")
        assert (f.attrs["range"], f.attrs["approx"]) == ({"from": 2, "to": 7}, True)


@pytest.mark.parametrize(
    "text, lang, surface, value, unit",
    [
        ("The fare is 50,000 Kenyan shillings.", "en", "50,000 Kenyan shillings", 50_000, "KES"),
        ("The bridge cost 5 billion dong.", "en", "5 billion dong", 5_000_000_000, "VND"),
        ("외국인은 1조원어치를 순매도했다.", "ko", "1조원", 1_000_000_000_000, "KRW"),
        ("1인당 100만원꼴로 지급한다.", "ko", "100만원", 1_000_000, "KRW"),
    ],
)
def test_more_currencies_and_korean_endings(text: str, lang: str, surface: str, value: float, unit: str) -> None:
    f = one(text, lang, "money")
    assert (f.text, f.value, f.attrs["unit"]) == (surface, value, unit)


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("The meeting took a half hour.", "a half hour", 0.5, "hour"),
        ("He served two years and a month.", "two years and a month", 25, "month"),
        ("It ran two days and a half hour.", "two days and a half hour", 48.5, "hour"),
        ("3개월치 월급을 받았다.", "3개월", 3, "month"),
    ],
)
def test_durations_with_articles_and_endings(text: str, surface: str, value: float, unit: str) -> None:
    f = one(text, "ko" if "개월" in text else "en", "duration")
    assert (f.text, f.value, f.attrs["unit"]) == (surface, value, unit)


def test_half_year_alone_is_a_period_word_not_a_duration() -> None:
    assert [f for f in extract_facts("In the first half year, sales rose.", lang="en") if f.type == "duration"] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Two hundred and fifty people attended.", 250),  # "and" holds no "an" (one)
        ("twenty one thousand and eleven", 21_011),
    ],
)
def test_and_inside_a_spelled_number_adds_nothing(text: str, value: int) -> None:
    rules = get("en")
    number = re.match(number_pattern(rules), text, re.IGNORECASE)
    assert number is not None and parse_number(number.group(), rules) == value


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("Oil rose $1.20 to $85.40 a barrel.", ["$1.20", "$85.40"]),  # a change and a level
        ("Profit fell 10% to $5 billion.", ["10%", "$5 billion"]),
        ("Revenue rose to $3.2bn from $2.9bn.", ["$3.2bn", "$2.9bn"]),  # "from" with no "to" is no part of it
        ("It fell by $2 to $40.", ["$2", "$40"]),
    ],
)
def test_a_change_to_a_level_is_not_a_range(text: str, surfaces: list[str]) -> None:
    facts = [f for f in extract_facts(text, lang="en") if f.type in ("money", "percent")]
    assert [f.text for f in facts] == surfaces and not any("range" in f.attrs for f in facts)


def test_a_range_after_a_verb_of_change_keeps_its_unit() -> None:
    f = one("Shares jumped 20 to 30 percent.", "en", "percent")
    assert f.attrs["range"] == {"from": 20, "to": 30}


def test_a_hyphenated_fraction_is_no_count() -> None:
    assert [f for f in extract_facts("Nearly two-thirds of voters agreed.", lang="en") if f.type == "count"] == []


@pytest.mark.parametrize(
    "text, lang, surface",
    [
        ("It paid $1bn (about 1.3 trillion won).", "en", "about 1.3 trillion won"),
        ('He said "about 500 people" came.', "en", "about 500 people"),
        ("1,200억 달러(약 160조원)를 투자한다.", "ko", "약 160조원"),
    ],
)
def test_a_qualifier_after_a_bracket_or_a_quote_belongs_to_the_amount(text: str, lang: str, surface: str) -> None:
    assert any(f.text == surface and f.attrs["approx"] for f in extract_facts(text, lang=lang))


@pytest.mark.parametrize(
    "text, lang, surface, value, unit",
    [
        ("Winds reached 120 mph on Sunday.", "en", "120 mph", 120, "mph"),
        ("The charger delivers 120 kW.", "en", "120 kW", 120, "kW"),
        ("He ran for 235 yards.", "en", "235 yards", 235, "yd"),
        ("The limit is 50 km/h in towns.", "en", "50 km/h", 50, "km/h"),  # the longer unit first
        ("낮 최고기온은 35℃까지 오른다.", "ko", "35℃", 35, "°C"),
        ("필로폰 1.5㎏을 압수했다.", "ko", "1.5㎏", 1.5, "kg"),
        ("시간당 50㎜의 비가 내렸다.", "ko", "50㎜", 50, "mm/h"),
    ],
)
def test_units_of_weather_energy_and_sport(text: str, lang: str, surface: str, value: float, unit: str) -> None:
    f = one(text, lang, "quantity")
    assert (f.text, f.value, f.attrs["unit"]) == (surface, value, unit)


def test_a_latin_unit_in_korean_text_ends_the_word() -> None:
    assert [f for f in extract_facts("목요일 8:00 gmt", lang="ko") if f.type == "quantity"] == []


def test_a_hyphenated_plus_is_at_least() -> None:
    f = one("The company has 3,000-plus employees.", "en", "count")
    assert (f.text, f.attrs["qualifier"], f.attrs["counted"]) == ("3,000-plus employees", "at least", "employees")
    assert [f for f in extract_facts("a 40-plus-year career; 3 plus 4", lang="en") if f.type == "count"] == []


@pytest.mark.parametrize(
    "text, type_, surface, value",
    [
        ("The world has 7.8bn people.", "count", "7.8bn people", 7_800_000_000),
        ("It sold 3mn units last year.", "count", "3mn units", 3_000_000),
        ("It lost £1.2tn.", "money", "£1.2tn", 1_200_000_000_000),
    ],
)
def test_bn_mn_tn_glued_to_digits_are_scales_anywhere(text: str, type_: str, surface: str, value: float) -> None:
    f = one(text, "en", type_)
    assert (f.text, f.value) == (surface, value)


@pytest.mark.parametrize("text, surface", [("협상은 1년여 만에 재개됐다.", "1년여"), ("10년여의 공백을 깼다.", "10년여")])
def test_yeo_after_a_korean_unit_is_approximate(text: str, surface: str) -> None:
    f = one(text, "ko", "duration")
    assert (f.text, f.attrs["approx"]) == (surface, True)


def test_yeo_starting_a_word_is_not_approximate() -> None:
    assert all(not f.attrs.get("approx") for f in extract_facts("3명여러분과 10년 여 의원", lang="ko"))


@pytest.mark.parametrize("text", ["He kept two and half the staff.", "The 25 percent cap on 22.4 drivers stays.", "He averaged 11.1 assists."])
def test_a_count_is_a_whole_number(text: str) -> None:
    assert [f for f in extract_facts(text, lang="en") if f.type == "count"] == []


def test_and_half_without_a_is_a_half() -> None:
    f = one("It took five and half minutes.", "en", "duration")
    assert (f.text, f.value) == ("five and half minutes", 5.5)


def test_a_spelled_decimal_point() -> None:
    rules = get("en")
    assert re.fullmatch(number_pattern(rules), "twenty point zero five", re.IGNORECASE)
    assert parse_number("twenty point zero five", rules) == 20.05
    f = one("Warming must stay below one point five degrees.", "en", "quantity")
    assert (f.value, f.attrs["qualifier"]) == (1.5, "less than")
    assert extract_facts("At one point the crowd left.", lang="en") == ()


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("The talks lasted a fortnight.", "a fortnight", 2, "week"),
        ("It took three fortnights.", "three fortnights", 6, "week"),
        ("He was jailed for 2 yrs.", "2 yrs", 2, "year"),
    ],
)
def test_fortnights_and_abbreviated_years(text: str, surface: str, value: float, unit: str) -> None:
    f = one(text, "en", "duration")
    assert (f.text, f.value, f.attrs["unit"]) == (surface, value, unit)


@pytest.mark.parametrize(
    "text",
    ["More than 1 in 10 young children had a parent.", "About 3 in 10 independents agree.", "About 3 out of 4 voters agreed."],
)
def test_a_share_x_in_y_is_no_count(text: str) -> None:
    assert [f for f in extract_facts(text, lang="en") if f.type == "count"] == []


def test_a_count_before_a_year_is_still_a_count() -> None:
    f = one("Deaths rose to more than 300 in 2021.", "en", "count")
    assert (f.text, f.attrs["qualifier"]) == ("more than 300", "more than")


@pytest.mark.parametrize(
    ("text", "durations"),
    [
        ("Trump is 73 years old and is the oldest person ever elected.", []),
        ("The 47 year old was one of the guests.", []),
        ("Her daughter reached the top of a waiting list at 18 months old.", []),
        ("He served 13 months in a jail work-release program.", [("13 months", 13, "month")]),
    ],
)
def test_an_age_is_no_duration(text: str, durations: list[tuple[str, int, str]]) -> None:
    found = [(f.text, f.value, f.attrs["unit"]) for f in extract_facts(text, lang="en") if f.type == "duration"]
    assert found == durations


def test_a_korean_count_takes_a_bare_noun_before_it_not_a_word_with_a_particle():
    counted = lambda text: [f.attrs["counted"] for f in extract_facts(text, lang="ko") if f.type == "count"]  # noqa: E731
    assert counted("직원 3만 명이 일한다.") == ["직원"]
    assert counted("정부는 내년 하반기까지 약 3만 명을 채용할 계획이다.") == [None]


@pytest.mark.parametrize(
    "text, counted",
    [
        # a predicate before the number or after the counter counts nothing
        ("경기 화성의 한 공장에서 불이 나 근로자 2명이 숨지고 5명이 다쳤다.", ["근로자", None]),
        ("지난달 취업자 수는 2,880만명으로 전년 동월 대비 21만1000명 늘었다.", [None, None]),
        ("올해 신입생은 작년보다 2천명 줄어든 3만4천명이다.", [None, None]),
        ("신규 확진자는 하루 평균 1,200명 수준이다.", [None]),
        ("부동산 거래량은 12.5% 감소한 4만3천건으로 집계됐다.", [None]),
        # nouns, with the copula or after 의
        ("지원 대상은 50여개 기업이다.", ["기업"]),
        ("이번 사고로 3명의 사망자가 나왔다.", ["사망자"]),
        ("코스닥 상장사 1,100곳의 영업이익은 8조원이다.", ["상장사"]),  # after 의, theirs: the noun before is counted
        ("올해 교통사고 3건이 접수됐다.", ["교통사고"]),  # 고 of a noun, not of a verb
        ("현장에는 의료진 30명이 투입됐다.", ["의료진"]),
        # a date, a word glued to a number, an adverb or "among" before the number
        ("폐업한 자영업자는 지난해 98만6000명에 달했다.", [None]),
        ("이 지역에서는 최근 5년간 40건의 사고가 발생했다.", ["사고"]),
        ("부상자는 모두 12명이다.", [None]),
        ("부상자 가운데 3명은 중상이다.", [None]),
        ("설 연휴 기간 1,200만명이 이동할 것으로 예상된다.", [None]),
        ("가입자 수가 500만명을 넘었다.", [None]),  # 수: "the number of"
        ("회사는 인력을 500명 늘리기로 했다.", [None]),  # a verb made a noun (-기로), no particle's 로
        ("직원 3명을 채용하기로 했다.", ["직원"]),
        ("한은은 올해 5차례 금리를 올렸다.", [None]),  # times: 금리 is what was raised
        ("정상회담 3차례를 가졌다.", ["정상회담"]),
        ("자료에 따르면 두 차례 회의가 열렸다.", ["회의"]),  # a subject after times is counted; 따르면 is a verb
        ("자료에 따르면 5차례 금리를 올렸다.", [None]),
        ("전문가 3명이 참석했다.", ["전문가"]),  # 가 of the noun, not a particle
        ("어린이 2명이 다쳤다.", ["어린이"]),
        ("정부가 3명을 파견했다.", [None]),
    ],
)
def test_a_korean_count_counts_a_noun_not_a_predicate_a_date_or_an_adverb(text: str, counted: list[str | None]) -> None:
    facts = [f for f in extract_facts(text, lang="ko", ref_date=date(2024, 10, 8)) if f.type == "count"]
    assert [f.attrs["counted"] for f in facts] == counted


@pytest.mark.parametrize(
    ("text", "type_", "unit"),
    [("서울 아파트값은 15주 연속 상승했다.", "duration", "week"), ("3주째 상승했다.", "duration", "week"), ("주식 100주를 샀다.", "count", "주")],
)
def test_korean_ju_counts_weeks_when_they_are_counted_and_shares_otherwise(text: str, type_: str, unit: str) -> None:
    assert [(f.type, f.attrs["unit"]) for f in extract_facts(text, lang="ko") if f.type in ("count", "duration")] == [(type_, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("오는 22일부터 사흘간 열린다.", [("사흘간", 3)]), ("이틀 만에 풀려났다.", [("이틀 만에", 2)]), ("열흘째 이어지고 있다.", [("열흘째", 10)]), ("하루 평균 3만명이 찾는다.", [])],
)
def test_korean_words_that_count_days(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.text, f.value) for f in extract_facts(text, lang="ko") if f.type == "duration"] == expected


def test_a_rejected_range_leaves_its_second_amount_and_mixed_fractions_take_a_hyphen():
    facts = lambda text: [(f.text, f.value) for f in extract_facts(text, lang="en") if f.type in ("money", "duration", "percent")]  # noqa: E731
    assert facts("Oil prices climbed $2 a barrel to $85.20 on Monday.") == [("$2", 2), ("$85.20", 85.2)]
    assert facts("They hope to end a near 1-1/2 year trade war.") == [("1-1/2 year", 1.5)]
    assert facts("Rates rose to 2-1/2 percent.") == [("2-1/2 percent", 2.5)]


@pytest.mark.parametrize(
    "text",
    [
        "At approximately 3:18 a.m. the camera was installed.",  # a time of day
        "I would be doing 4 am shifts at the plant.",
        "The series ended close to 2 a.m. local time.",
        "one of the best 16:9 gaming monitors",  # a ratio
        "It is about 350MB per second faster.",  # a unit glued to the number
        "It is very quiet at less than 52dB.",
        "Up to 22-inch tires will be available.",  # a measure before a noun
        "Prince Andrew, the nearly 60-year-old brother of the heir",
    ],
)
def test_times_ratios_and_measures_are_no_counts(text: str) -> None:
    assert [f.text for f in extract_facts(text, lang="en") if f.type == "count"] == []


def test_a_scale_word_glued_to_the_digits() -> None:
    f = one("Chelsea paid the £71.6million fee this morning.", "en", "money")
    assert (f.text, f.value, f.attrs["unit"]) == ("£71.6million", 71_600_000, "GBP")


@pytest.mark.parametrize(
    "text",
    [
        "He told a few thousand teachers on the lawn.",  # a scale with no number: how many is not said
        "We consumed several hundred calories.",
        "When tens of thousands more residents marched, police fired.",
        "Though the two pour millions of dollars into causes, they gave little.",  # a verb between
    ],
)
def test_a_scale_word_without_its_number_is_no_count(text: str) -> None:
    assert [f.text for f in extract_facts(text, lang="en") if f.type == "count"] == []


def test_a_scale_word_after_its_number_or_article_still_counts() -> None:
    assert one("It hired three hundred workers.", "en", "count").value == 300
    assert one("It hired a hundred workers.", "en", "count").value == 100


@pytest.mark.parametrize(
    "text",
    ["Patients with type 2 diabetes drugs improved.", "The Phase 3 trials showed little.", "The room 101 guests left.", "Section 230 protections stay."],
)
def test_a_number_a_noun_names_things_by_is_no_count(text: str) -> None:
    assert [f.text for f in extract_facts(text, lang="en") if f.type == "count"] == []


def test_a_number_after_an_adjective_or_possessive_still_counts() -> None:
    assert one("A further 17 manufacturers made cells.", "en", "count").value == 17
    assert one("The company's 3,000 workers went on strike.", "en", "count").value == 3000


def test_an_age_group_is_no_duration() -> None:
    assert [f.text for f in extract_facts("Turnout rose among 18-24 year olds.", lang="en") if f.type == "duration"] == []


def test_a_unit_inside_a_compound_unit_is_no_quantity() -> None:
    assert [f.text for f in extract_facts("It makes 406 lb-ft of torque and 275 hp.", lang="en") if f.type == "quantity"] == []
    assert one("It weighs 5 kg.", "en", "quantity").attrs["unit"] == "kg"


@pytest.mark.parametrize(
    ("text", "type_", "band"),
    [("지지율이 20%대 박스권에 갇혔다.", "percent", (20, 30)), ("1조원대 매출을 올렸다.", "money", (10**12, 2 * 10**12)), ("2%대 성장률", "percent", (2, 3))],
)
def test_korean_a_band_after_the_unit_is_a_range(text: str, type_: str, band: tuple[int, int]) -> None:
    assert one(text, "ko", type_).attrs["range"] == {"from": band[0], "to": band[1]}


def test_korean_a_band_ends_one_up_in_the_last_digit_that_is_not_zero() -> None:
    assert one("15억원대 아파트", "ko", "money").attrs["range"] == {"from": 15 * 10**8, "to": 16 * 10**8}


@pytest.mark.parametrize(
    ("text", "type_", "unit"),
    [
        ("The club paid 2 million pounds for him.", "money", "GBP"),
        ("He faces a fine of 5,000 pounds.", "money", "GBP"),
        ("He lost 50 pounds in a year.", "quantity", "lb"),
        ("The firm paid for 2 million pounds of beef.", "quantity", "lb"),
    ],
)
def test_pounds_are_money_after_a_word_of_paying(text: str, type_: str, unit: str) -> None:
    assert one(text, "en", type_).attrs["unit"] == unit


@pytest.mark.parametrize(
    "text, surface, value",
    [("기준금리는 0.25%p 인하된 3.25%다.", "3.25%", 3.25), ("실업률은 3.0%다.", "3.0%", 3), ("이 상품의 가격은 100달러다.", "100달러", 100)],
)
def test_korean_an_amount_before_the_copula_is_read(text: str, surface: str, value: float) -> None:
    found = [(f.text, f.value) for f in extract_facts(text, lang="ko") if f.type in ("percent", "money") and f.attrs["unit"] != "point"]
    assert found == [(surface, value)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("3일 서울 낮 기온이 30도까지 올랐다.", [("30도", 30)]),
        ("아침 최저기온은 영하 10도로 떨어졌다.", [("영하 10도", -10)]),
        ("체감온도는 영하 15도 안팎이다.", [("영하 15도 안팎", -15)]),
        ("대출 한도를 늘렸다.", []),  # 한도: a limit, no "one degree"
        ("만도는 실적을 발표했다.", []),
    ],
)
def test_korean_degrees(text: str, found: list[tuple[str, int]]) -> None:
    assert [(f.text, f.value) for f in extract_facts(text, lang="ko") if f.type == "quantity"] == found


@pytest.mark.parametrize(
    "text, found",
    [("손흥민은 이날 2골을 넣었다.", [("2골", 2)]), ("한국은 2승 1패를 기록했다.", [("2승", 2), ("1패", 1)]), ("3골목에서 만났다.", [])],
)
def test_korean_sports_counters(text: str, found: list[tuple[str, int]]) -> None:
    assert [(f.text, f.value) for f in extract_facts(text, lang="ko") if f.type == "count"] == found


def test_abbreviated_areas() -> None:
    found = [(f.text, f.value, f.attrs["unit"]) for f in extract_facts("The office spans 5,000 sq ft and the park 30 sq km.", lang="en") if f.type == "quantity"]
    assert found == [("5,000 sq ft", 5000, "sq ft"), ("30 sq km", 30, "km²")]


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        ("차량은 시속 100㎞로 달렸다.", "100㎞", "km/h"),
        ("최대 순간풍속은 초속 30m에 달했다.", "30m", "m/s"),
        ("시간당 50㎜ 이상의 폭우가 쏟아졌다.", "50㎜ 이상", "mm/h"),
        ("누적 강수량은 300㎜를 넘었다.", "300㎜", "mm"),
    ],
)
def test_korean_speeds_and_rates(text: str, surface: str, unit: str) -> None:
    assert [(f.text, f.attrs["unit"]) for f in extract_facts(text, lang="ko") if f.type == "quantity"] == [(surface, unit)]


@pytest.mark.parametrize("text", ["응답자 10명 중 7명이 찬성했다.", "국민 10명 가운데 3명은 반대했다.", "10명 중 3명꼴로 감염됐다."])
def test_a_korean_share_of_a_whole_is_no_count(text: str) -> None:
    """As "7 in 10 voters": neither number counts people."""
    assert [f for f in extract_facts(text, lang="ko") if f.type == "count"] == []


@pytest.mark.parametrize(
    "text, lang, surface, fraction, qualifier",
    [
        ("국민 10명 중 약 7명은 찬성했다.", "ko", "약 7명", "7/10", None),
        ("성인 100명 가운데 최대 30명이 반대했다.", "ko", "최대 30명", "30/100", "at most"),
        ("Nearly one in about five voters backed him.", "en", "Nearly one in about five", "1/5", None),
    ],
)
def test_a_ratio_whose_part_is_approximate_is_a_share(text: str, lang: str, surface: str, fraction: str, qualifier: str | None) -> None:
    """A word of approximation or bound before the second number keeps the ratio: the whole is
    no count ("10명" was a count of 국민)."""
    facts = [f for f in extract_facts(text, lang=lang) if f.type in ("count", "percent")]
    assert [(f.type, f.text, f.attrs.get("fraction"), f.attrs["qualifier"]) for f in facts] == [("percent", surface, fraction, qualifier)]


def test_an_approximate_part_of_a_counted_whole_stays_a_count() -> None:
    counts = [(f.text, f.attrs["approx"]) for f in extract_facts("부상자 10명 중 약 3명은 중상이다.", lang="ko") if f.type == "count"]
    assert counts == [("10명", False), ("약 3명", True)]


@pytest.mark.parametrize(
    "text, counts",
    [
        ("부상자 10명 중 3명은 중상이다.", [("10명", "부상자"), ("3명", None)]),
        ("국회의원 300명 가운데 180명이 찬성했다.", [("300명", "국회의원"), ("180명", None)]),
        ("응답자 1,012명 중 54%가 찬성했다.", [("1,012명", "응답자")]),
    ],
)
def test_a_korean_whole_of_a_group_is_a_count(text: str, counts: list[tuple[str, str | None]]) -> None:
    """The whole of a ratio is a count of its group, and so is its part, unless the whole is a
    proportion's base (10, 100, 1000 of a population, or of none named)."""
    assert [(f.text, f.attrs["counted"]) for f in extract_facts(text, lang="ko") if f.type == "count"] == counts


@pytest.mark.parametrize(
    "text, surface, value, fraction",
    [
        ("One in five children lives in poverty.", "One in five", 20, "1/5"),
        ("3 out of 4 voters agreed.", "3 out of 4", 75, "3/4"),
        ("7 in 10 adults own a phone.", "7 in 10", 70, "7/10"),
        ("국민 10명 중 7명은 찬성했다.", "7명", 70, "7/10"),
        ("10명 중 3명꼴로 감염됐다.", "3명", 30, "3/10"),
        ("성인 100명 가운데 15명이 흡연자다.", "15명", 15, "15/100"),
    ],
)
def test_a_ratio_of_a_population_is_a_share(text: str, surface: str, value: float, fraction: str) -> None:
    """"7 in 10 voters" is a share, as "two-thirds of voters": a percent fact with ``fraction``."""
    fact = one(text, "ko" if re.search("[가-힣]", text) else "en", "percent")
    assert (fact.text, fact.value, fact.attrs["fraction"]) == (surface, value, fraction)


@pytest.mark.parametrize(
    "text, surface, value, fraction, qualifier, approx",
    [
        ("Two-thirds of voters backed the plan.", "Two-thirds", 66.67, "2/3", None, False),
        ("A third of the budget goes to defence.", "A third", 33.33, "1/3", None, False),
        ("Half of the 200 jobs will go.", "Half", 50, "1/2", None, False),
        ("Three-quarters of respondents agreed.", "Three-quarters", 75, "3/4", None, False),
        ("three quarters of them", "three quarters", 75, "3/4", None, False),
        ("More than half of Americans own a home.", "More than half", 50, "1/2", "more than", False),
        ("Nearly two-thirds of the staff quit.", "Nearly two-thirds", 66.67, "2/3", None, True),
        ("It laid off half its staff.", "half", 50, "1/2", None, False),
        ("about one tenth of the oil", "about one tenth", 10, "1/10", None, True),
        ("응답자의 3분의 2가 반대했다.", "3분의 2", 66.67, "2/3", None, False),
        ("의석의 3분의 2 이상을 차지했다.", "3분의 2 이상", 66.67, "2/3", "at least", False),
        ("예산의 3분의 1을 삭감했다.", "3분의 1", 33.33, "1/3", None, False),
        ("약 3분의 1이 떠났다.", "약 3분의 1", 33.33, "1/3", None, True),
        ("삼분의 이가 찬성했다.", "삼분의 이", 66.67, "2/3", None, False),
        ("응답자의 절반이 반대했다.", "절반", 50, "1/2", None, False),
        ("절반 이상이 찬성했다.", "절반 이상", 50, "1/2", "at least", False),
        ("절반가량이 반대했다.", "절반가량", 50, "1/2", None, True),
    ],
)
def test_a_fraction_of_a_whole_is_a_share(text: str, surface: str, value: float, fraction: str, qualifier: str | None, approx: bool) -> None:
    """A share is a percent fact; ``fraction`` says how the text wrote it."""
    fact = one(text, "ko" if re.search("[가-힣]", text) else "en", "percent")
    assert (fact.text, fact.value, fact.attrs["fraction"], fact.attrs["qualifier"], fact.attrs["approx"]) == (surface, value, fraction, qualifier, approx)


@pytest.mark.parametrize(
    "text",
    [
        "He waited half an hour.",
        "She is seeking a third term.",
        "Profits rose in the third quarter.",
        "He is one half of the duo.",
        "In the second half of the year sales fell.",
        "The other half of the money went to charity.",
        "Rates rose by a quarter of a percentage point.",
        "He replaced the upper half of the laptop.",
        "I use a cup and a half of honey.",
        "A third of the season is gone.",
        "Half of 2023 was lost.",
        "She won half the time.",
        "기록을 3분의 1초 앞당겼다.",
        "13분의 기록으로 우승했다.",
    ],
)
def test_a_fraction_that_is_no_share(text: str) -> None:
    """A time, an ordinal, a part in order or space, a member of a pair, a fraction of one thing."""
    lang = "ko" if re.search("[가-힣]", text) else "en"
    assert [f for f in extract_facts(text, lang=lang) if f.attrs.get("fraction")] == []


@pytest.mark.parametrize(
    "text, surface, counted",
    [
        ("정부는 3차례 회의를 열었다.", "3차례", "회의"),
        ("양측은 두 차례 협상을 가졌다.", "두 차례", "협상"),
        ("두 차례 회의가 열렸다.", "두 차례", "회의"),
        ("한은은 5차례 금리를 올렸다.", "5차례", None),  # what was done five times
        ("3차례 연속 동결했다.", "3차례", None),
    ],
)
def test_korean_a_counter_of_times_counts_an_event_held(text: str, surface: str, counted: str | None) -> None:
    assert [(f.text, f.attrs["counted"]) for f in extract_facts(text, lang="ko") if f.type == "count"] == [(surface, counted)]


@pytest.mark.parametrize(
    "text, surface, value, approx",
    [
        ("올여름 폭염일수는 24일로 평년보다 많았다.", "24일", 24, False),
        ("폭염 일수는 24일로 집계됐다.", "24일", 24, False),
        ("열대야 일수가 20일을 넘었다.", "20일", 20, False),
        ("처리 기간은 30일이다.", "30일", 30, False),
        ("2박 3일 일정으로 방문했다.", "3일", 3, False),
        ("축제는 15일 동안 진행됐다.", "15일 동안", 15, False),
        ("파업이 3일째 이어졌다.", "3일째", 3, False),
        ("5일 연속 하락했다.", "5일 연속", 5, False),
        ("10여일 만에 돌아왔다.", "10여일 만에", 10, True),
    ],
)
def test_korean_counted_days_are_a_duration(text: str, surface: str, value: int, approx: bool) -> None:
    """A count of days (a -일수/기간 subject before, a word of counting after) is a duration,
    the dates extractor reads no day of the month there."""
    facts = [f for f in extract_facts(text, lang="ko") if f.type in ("duration", "date") and "일" in f.text]
    assert [(f.type, f.text, f.value, f.attrs["unit"], f.attrs["approx"]) for f in facts] == [("duration", surface, value, "day", approx)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("회의는 24일로 연기됐다.", "2024-06-24"),  # moved to the 24th: still to come, though told in the past
        ("회의는 당초 10일에서 24일로 미뤄졌다.", "2024-06-24"),
        ("지난 24일 발표했다.", "2024-05-24"),
        ("24일 오후 열렸다.", "2024-05-24"),
    ],
)
def test_korean_a_day_not_counted_stays_a_date(text: str, value: str) -> None:
    assert [(f.type, f.value) for f in extract_facts(text, lang="ko", ref_date=date(2024, 6, 12))][-1] == ("date", value)


def test_a_korean_count_after_a_year_and_during_stays() -> None:
    assert [f.text for f in extract_facts("2020년 중 3명이 다쳤다.", lang="ko") if f.type == "count"] == ["3명"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Use rose by 37 percent, from 0.90 percent to 1.23 percent, after legalization.", ["37 percent", "0.90 percent", "1.23 percent"]),
        ("Tariffs were increased from 10% to 25% in May.", ["10%", "25%"]),
        ("increasing protein intake from 15% to 30% led to weight loss", ["15%", "30%"]),
        ("Prices range from $10 to $20.", ["from $10 to $20"]),  # no verb of change: a range
        ("Rose Smith said estimates vary from 3% to 7%.", ["from 3% to 7%"]),
    ],
)
def test_from_to_after_a_verb_of_change_is_two_levels(text: str, found: list[str]) -> None:
    assert [f.text for f in extract_facts(text, lang="en") if f.type in ("percent", "money")] == found


@pytest.mark.parametrize(
    "text, surface, low, high",
    [
        ("It takes between two and three years.", "between two and three years", 2, 3),
        ("He waited 10 or 15 minutes.", "10 or 15 minutes", 10, 15),
        ("I heard three or four loud explosions.", "three or four loud explosions", 3, 4),
        ("One or two analysts expect a cut.", "One or two analysts", 1, 2),
    ],
)
def test_en_two_numbers_joined_by_and_or_or_are_a_range(text: str, surface: str, low: float, high: float) -> None:
    """"and" joins the words of one number only after a scale ("two hundred and fifty"):
    "two and three years" is no five years; "X or Y units" is a range, as "X to Y" is."""
    [f] = [f for f in extract_facts(text, lang="en") if f.type in ("count", "duration")]
    assert (f.text, f.value, f.attrs["range"]) == (surface, low, {"from": low, "to": high})


def test_en_and_after_a_scale_stays_inside_one_number_and_a_range_of_years_ago_is_a_date() -> None:
    f = one("It cost two hundred and fifty thousand dollars.", "en", "money")
    assert (f.value, "range" in f.attrs) == (250_000, False)
    f = one("two thousand and twelve people came", "en", "count")
    assert (f.value, "range" in f.attrs) == (2012, False)
    facts = extract_facts("It was two or three years ago.", lang="en", ref_date=date(2025, 6, 18))
    assert [(f.type, f.text, f.value) for f in facts] == [("date", "three years ago", "2022")]
    facts = extract_facts("a fine of $500 or 30 days in jail", lang="en")  # two amounts of two kinds
    assert [(f.type, f.text, "range" in f.attrs) for f in facts] == [("money", "$500", False), ("duration", "30 days", False)]


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("It reopened after a two-year renovation.", "two-year", 2, "year"),
        ("They went on a 10-day trip.", "10-day", 10, "day"),
        ("the 24-hour strike", "24-hour", 24, "hour"),
    ],
)
def test_en_a_duration_joined_to_its_number_by_a_hyphen(text: str, surface: str, value: float, unit: str) -> None:
    f = one(text, "en", "duration")
    assert (f.text, f.value, f.attrs["unit"]) == (surface, value, unit)


@pytest.mark.parametrize("text", ["A 30-year-old man was arrested.", "a class of three-year-olds", "It bans zero-hours contracts.", "a 3-point lead"])
def test_en_an_age_or_a_hyphenated_name_is_no_duration(text: str) -> None:
    assert [f for f in extract_facts(text, lang="en") if f.type in ("duration", "percent", "count")] == []


@pytest.mark.parametrize(
    "text",
    ["The 10-year Treasury yield rose.", "The 10-year U.S. Treasury yield fell.", "Investors sold 30-year bonds.", "Three-month aluminum rose."],
)
def test_en_a_hyphenated_term_naming_an_instrument_is_no_duration(text: str) -> None:
    """A debt's term or a metal contract's month in its name, not a span of time."""
    assert [f for f in extract_facts(text, lang="en") if f.type == "duration"] == []


@pytest.mark.parametrize("text", ["They sold the bonds after a two-year wait.", "A 10-day trip, notes say."])
def test_en_a_hyphenated_duration_near_an_instrument_word_is_one(text: str) -> None:
    assert [f.type for f in extract_facts(text, lang="en") if f.type == "duration"] == ["duration"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The dissent is more than three times as long.", []),  # a multiple
        ("Ads there get about 10 times higher engagement.", []),
        ("He posted over a thousand times.", []),  # how often
        ("More than 100 people came three times.", [("count", "More than 100 people")]),
    ],
)
def test_en_a_number_of_times_is_no_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.type, f.text) for f in extract_facts(text, lang="en")] == expected


def test_en_a_capital_scale_after_a_decimal_is_a_million_without_a_currency_and_a_small_one_is_not() -> None:
    f = one("It has 1.2M users.", "en", "count")
    assert (f.text, f.value) == ("1.2M users", 1_200_000)
    assert [f for f in extract_facts("The wall is 1.2m high and 1.2m people saw it.", lang="en") if f.value == 1_200_000] == []


def test_a_model_number_is_no_count_the_number_before_it_is() -> None:
    counts = [(f.text, f.value) for f in extract_facts("It ordered 50 Airbus A350-900 jets.", lang="en") if f.type == "count"]
    assert counts == [("50 Airbus A350-900 jets", 50)]  # not 900


def test_korean_fraction_of_a_second_is_no_minutes() -> None:
    """"3분의 1초" is a third of a second (as "3분의 1시간" a third of an hour), not three minutes."""
    assert [(f.type, round(f.value, 3), f.attrs["unit"]) for f in extract_facts("기록을 3분의 1초 앞당겼다", lang="ko")] == [("duration", 0.333, "second")]
