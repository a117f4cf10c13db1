"""Dates resolved against the reference date, in English and Korean prose."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsclean.facts import extract_facts

REF = date(2020, 7, 15)  # a Wednesday: the seed's publication date


def dates(text: str, lang: str, ref: date | datetime | None = REF) -> list[tuple[str, str, str]]:
    return [(f.text, f.value, f.attrs["grain"]) for f in extract_facts(text, lang=lang, ref_date=ref) if f.type == "date"]


@pytest.mark.parametrize(
    "text, surface, value, grain",
    [
        ("협회가 15일 출범했다", "15일", "2020-07-15", "day"),
        ("지난 14일 열린", "지난 14일", "2020-07-14", "day"),
        ("지난 20일 열린", "지난 20일", "2020-06-20", "day"),
        ("오는 22일 개최", "오는 22일", "2020-07-22", "day"),
        ("오는 3일 개최", "오는 3일", "2020-08-03", "day"),
        ("다음 달 19일까지", "다음 달 19일까지", "2020-08-19", "day"),
        ("9월 중 선정", "9월 중", "2020-09", "month"),
        ("내년 상반기부터", "내년 상반기부터", "2021-H1", "half"),
        ("올해 3분기 실적", "올해 3분기", "2020-Q3", "quarter"),
        ("2025년까지 투자", "2025년까지", "2025", "year"),
        ("2019년 3월 5일 발표", "2019년 3월 5일", "2019-03-05", "day"),
        ("이날 밝혔다", "이날", "2020-07-15", "day"),
        ("지난주 금요일", "지난주 금요일", "2020-07-10", "day"),
        ("3주 전 발표", "3주 전", "2020-06-24", "day"),
        ("3월 말 예정", "3월 말", "2021-03", "month"),  # planned in July: next March
        ("2020.07.15 발표", "2020.07.15", "2020-07-15", "day"),
        ("지난 9월 개최", "지난 9월", "2019-09", "month"),
        ("지난 9월 5일 개최", "지난 9월 5일", "2019-09-05", "day"),
        ("오는 3월 개최", "오는 3월", "2021-03", "month"),
        ("이달 중순", "이달 중순", "2020-07", "month"),
    ],
)
def test_korean_dates(text: str, surface: str, value: str, grain: str) -> None:
    assert dates(text, "ko") == [(surface, value, grain)]


@pytest.mark.parametrize(
    "text, surface, value, grain",
    [
        ("The board met last Tuesday.", "last Tuesday", "2020-07-14", "day"),
        ("It said on Monday that", "Monday", "2020-07-13", "day"),
        ("Talks resume next month.", "next month", "2020-08", "month"),
        ("It was signed on March 3.", "March 3", "2020-03-03", "day"),
        ("It was signed on March 3, 2019.", "March 3, 2019", "2019-03-03", "day"),
        ("on 3 March 2021", "3 March 2021", "2021-03-03", "day"),
        ("Profit fell in the third quarter.", "the third quarter", "2020-Q3", "quarter"),
        ("Emissions fall by 2030.", "by 2030", "2030", "year"),
        ("Results for Q2 2021 are due.", "Q2 2021", "2021-Q2", "quarter"),
        ("Work stops in mid-December.", "mid-December", "2020-12", "month"),
        ("It was founded in 2019.", "2019", "2019", "year"),
        ("Two years ago it failed.", "Two years ago", "2018", "year"),
        ("in the first half of 2021", "the first half of 2021", "2021-H1", "half"),
        ("That day, it rained.", "That day", "2020-07-15", "day"),
        ("the first Monday of October", "the first Monday of October", "2020-10-05", "day"),
        ("signed 7/4/2019", "7/4/2019", "2019-07-04", "day"),
        ("since January", "since January", "2020-01", "month"),
        ("growth slowed in mid-2021", "mid-2021", "2021", "year"),
        ("by the end of 2020", "by the end of 2020", "2020", "year"),
        ("on Friday, Oct. 4", "Friday, Oct. 4", "2019-10-04", "day"),  # the year it was a Friday
        ("on Sunday, Oct. 4", "Sunday, Oct. 4", "2020-10-04", "day"),
    ],
)
def test_english_dates(text: str, surface: str, value: str, grain: str) -> None:
    assert dates(text, "en") == [(surface, value, grain)]


def test_periods_carry_their_first_and_last_day_and_a_qualifier() -> None:
    [half] = extract_facts("내년 상반기부터 투자", lang="ko", ref_date=REF)
    assert (half.attrs["from"], half.attrs["to"], half.attrs["qualifier"]) == ("2021-01-01", "2021-06-30", "from")
    [mid] = extract_facts("in mid-December", lang="en", ref_date=REF)
    assert (mid.attrs["from"], mid.attrs["to"], mid.attrs["part"]) == ("2020-12-11", "2020-12-20", "mid")
    [week] = extract_facts("next week", lang="en", ref_date=REF)
    assert (week.value, week.attrs["from"], week.attrs["to"]) == ("2020-W30", "2020-07-20", "2020-07-26")


def test_a_timestamp_word_inside_a_sentence_is_prose() -> None:
    text = "The report, published Thursday, found the findings were published online today in a journal."
    assert dates(text, "en") == [("Thursday", "2020-07-09", "day"), ("today", "2020-07-15", "day")]


def test_reference_date_may_be_a_datetime() -> None:
    assert dates("yesterday", "en", datetime(2020, 7, 15, 23, 30)) == [("yesterday", "2020-07-14", "day")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Vision 2030 is a plan.", "en"),  # a year inside a name
        ("Theresa May said she may go.", "en"),  # a name and a verb
        ("입력 : 2020.07.15 17:09 | 수정 : 2020.07.15 17:09", "ko"),  # a byline's time stamp
        ("Published: 2020-07-15", "en"),
        ("By Jane Doe\nlast updated July 14, 2020", "en"),  # a label opening its line: furniture
        ("UPDATED: March 3, 2024", "en"),  # a label in capitals
        ("By Jane Doe | Posted Tuesday", "en"),  # a capitalised label after words of its line
        ("15일간 진행된", "ko"),  # a duration, not a day
        ("2월 30일", "ko"),  # no such day
        ("the score was 15/2", "en"),  # numbers without a year are not dates
        ("at 10:30 am", "en"),  # a time of day alone
        ("He told The Sun: no.", "en"),  # a weekday abbreviation alone
        ("The following week he resigned.", "en"),  # counts from the story, not from the paper's date
        ("He died the next day.", "en"),  # the same
        ("사고 전날 그는 출국했다", "ko"),  # the day before the accident, not before the paper's date
        ("다음날 회의가 열렸다", "ko"),
        ("The previous day, talks had stalled.", "en"),
    ],
)
def test_not_dates(text: str, lang: str) -> None:
    assert dates(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, surface, value",
    [
        ("The talks run July 13-15 in Geneva.", "en", "July 13-15", "2020-07-13/2020-07-15"),
        ("The show runs from the 13th to the 15th of August.", "en", "from the 13th to the 15th of August", "2020-08-13/2020-08-15"),
        ("Voting is open June 30 to July 2, 2021.", "en", "June 30 to July 2, 2021", "2021-06-30/2021-07-02"),
        ("Shops close Dec 30 - Jan 2.", "en", "Dec 30 - Jan 2", "2020-12-30/2021-01-02"),
        ("행사는 8월 8일부터 8월 13일까지 열린다", "ko", "8월 8일부터 8월 13일까지", "2020-08-08/2020-08-13"),
        ("지난 13~15일 열린 회의", "ko", "지난 13~15일", "2020-07-13/2020-07-15"),
        ("7월 13일~15일 사흘간", "ko", "7월 13일~15일", "2020-07-13/2020-07-15"),
    ],
)
def test_spans_of_days(text: str, lang: str, surface: str, value: str) -> None:
    """A span of days is one date fact: its value an ISO interval, from/to its ends."""
    assert dates(text, lang) == [(surface, value, "day")]


def test_a_span_is_not_a_score_or_a_reversed_range() -> None:
    assert dates("July 15-13", "en") == []
    assert dates("On March 3, 10 people died.", "en") == [("March 3", "2020-03-03", "day")]


def test_spans_of_months() -> None:
    assert dates("Sales rose from January to March.", "en") == [("from January to March", "2020-01/2020-03", "month")]
    assert dates("Heating costs peak Dec. to Feb.", "en") == [("Dec. to Feb", "2020-12/2021-02", "month")]
    assert dates("the March to Washington", "en") == []
    assert dates("Sales rose between March and May.", "en") == [("between March and May", "2020-03/2020-05", "month")]
    assert dates("올해 1~2월 수출이 줄었다", "ko") == [("올해 1~2월", "2020-01/2020-02", "month")]
    assert dates("2019년 3~5월 판매량", "ko") == [("2019년 3~5월", "2019-03/2019-05", "month")]


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("The deal should close by the end of the year.", "by the end of the year", "2020-09-01", "2020-12-31"),
        ("Rents are due at the beginning of the month.", "the beginning of the month", "2020-07-01", "2020-07-10"),
        ("A vote is expected early next week.", "early next week", "2020-07-20", "2020-07-22"),
        ("Talks ended at the end of last week.", "the end of last week", "2020-07-10", "2020-07-12"),
    ],
)
def test_parts_of_the_current_or_a_relative_period(text: str, surface: str, start: str, end: str) -> None:
    facts = [f for f in extract_facts(text, lang="en", ref_date=REF) if f.type == "date"]
    assert [(f.text, f.attrs["from"], f.attrs["to"]) for f in facts] == [(surface, start, end)]


def test_the_year_alone_is_no_date() -> None:
    assert dates("In the end, the year was good and the month was calm.", "en") == []
    assert dates("at the start of month-long talks", "en") == []
    assert dates("The loan is due by end of year.", "en") == [("by end of year", "2020", "year")]


@pytest.mark.parametrize(
    "text, lang, surface, value",
    [
        ("Prices rose 40% over past two years.", "en", "past two years", "2018/2019"),  # no "the": as "last year"
        ("Hiring will slow in next three months.", "en", "next three months", "2020-08/2020-10"),  # no "the": as "next month"
        ("Hiring will slow in the next three months.", "en", "the next three months", "2020-07-15/2020-10-15"),  # from the reference day
        ("Sales fell in the last two quarters.", "en", "the last two quarters", "2020-Q1/2020-Q2"),
        ("최근 3년간 매출이 늘었다", "ko", "최근 3년간", "2017/2019"),
        ("향후 5년 동안 투자한다", "ko", "향후 5년 동안", "2021/2025"),
    ],
)
def test_spans_of_whole_units_before_or_after_the_current_one(text: str, lang: str, surface: str, value: str) -> None:
    assert [(s, v) for s, v, _ in dates(text, lang)] == [(surface, value)]


def test_a_korean_day_after_jinan_stays_a_day() -> None:
    assert dates("지난 3일 열린 회의", "ko") == [("지난 3일", "2020-07-03", "day")]


@pytest.mark.parametrize(
    "text, surface, start",
    [
        ("Polls open in the first week of October 2014.", "the first week of October 2014", "2014-10-06"),
        ("Sales peak in the last week of March.", "the last week of March", "2020-03-23"),
        ("It was the second last week of October 2018.", "the second last week of October 2018", "2018-10-15"),
    ],
)
def test_weeks_of_a_month(text: str, surface: str, start: str) -> None:
    """The n-th full Monday-to-Sunday week inside the month."""
    facts = [f for f in extract_facts(text, lang="en", ref_date=REF) if f.type == "date"]
    assert [(f.text, f.attrs["grain"], f.attrs["from"]) for f in facts] == [(surface, "week", start)]


def test_a_week_of_a_year_in_prose_keeps_the_year() -> None:
    assert dates("It was the worst week of 2020.", "en") == [("2020", "2020", "year")]


@pytest.mark.parametrize(
    "text, lang, surface, value",
    [
        ("Travel demand will rebound this summer.", "en", "this summer", "2020-06-21/2020-09-23"),
        ("Prices spiked last winter.", "en", "last winter", "2019-12-21/2020-03-20"),
        ("Talks stalled in the summer of 2019.", "en", "the summer of 2019", "2019-06-21/2019-09-23"),
        ("올여름 전력 수요가 늘었다", "ko", "올여름", "2020-06-21/2020-09-23"),
        ("이번 겨울 난방비가 오른다", "ko", "이번 겨울", "2020-12-21/2021-03-20"),
    ],
)
def test_seasons(text: str, lang: str, surface: str, value: str) -> None:
    assert [(s, v) for s, v, _ in dates(text, lang)] == [(surface, value)]


@pytest.mark.parametrize("text, lang", [("Prices fall in spring.", "en"), ("a fall in prices", "en"), ("여름 휴가철", "ko")])
def test_a_season_alone_is_a_word(text: str, lang: str) -> None:
    assert dates(text, lang) == []


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The vote is on Tuesday the 21st.", "Tuesday the 21st", "2020-07-21"),
        ("The hall was built in 1890 A.D.", "1890 A.D.", "1890"),
        ("The fair opened Thu, Jul 18.", "Thu, Jul 18", "2019-07-18"),  # the nearest year it is a Thursday
        ("The fair opens Mon, Jul 18.", "Mon, Jul 18", "2020-07-18"),  # no year near: a typo, the reference year
    ],
)
def test_weekday_and_era_readings(text: str, surface: str, value: str) -> None:
    assert [(s, v) for s, v, _ in dates(text, "en")] == [(surface, value)]


@pytest.mark.parametrize("text", ["He won 3 AD titles.", "On Tuesday 3 people died."])
def test_no_day_or_era_from_a_bare_number(text: str) -> None:
    assert [s for s, _, _ in dates(text, "en")] in ([], ["Tuesday"])


def test_korean_weeks_of_a_month() -> None:
    assert dates("9월 첫째 주에 발표한다", "ko") == [("9월 첫째 주", "2020-W37", "week")]
    assert dates("2014년 9월 마지막주", "ko") == [("2014년 9월 마지막주", "2014-W39", "week")]
    assert dates("10월 둘째 주 월요일", "ko") == [("10월 둘째 주 월요일", "2020-10-12", "day")]


def test_a_number_of_weeks_ago() -> None:
    assert dates("He left a week ago.", "en") == [("a week ago", "2020-07-08", "day")]
    assert dates("It was the worst week of March.", "en") == [("March", "2020-03", "month")]


@pytest.mark.parametrize(
    "text, lang, surface, value",
    [
        ("Output fell between 2019 and 2021.", "en", "between 2019 and 2021", "2019/2021"),
        ("the 2019-2021 plan", "en", "2019-2021", "2019/2021"),
        ("during the 2020-21 season", "en", "2020-21", "2020/2021"),
        ("2019~2021년 실적", "ko", "2019~2021년", "2019/2021"),
        ("2019년부터 2021년까지 투자했다", "ko", "2019년부터 2021년까지", "2019/2021"),
    ],
)
def test_spans_of_years(text: str, lang: str, surface: str, value: str) -> None:
    assert dates(text, lang) == [(surface, value, "year")]


def test_two_numbers_before_a_plural_noun_are_no_years() -> None:
    assert dates("between 1800 and 2000 troops", "en") == []
    assert dates("He served from 1990 to 1995 as mayor.", "en") == [("from 1990 to 1995", "1990/1995", "year")]


def test_this_winter_in_april_is_the_one_just_over() -> None:
    assert dates("This winter, they built four glaciers.", "en", date(2023, 4, 25)) == [("This winter", "2022-12-21/2023-03-20", "day")]
    assert dates("This winter will be cold.", "en", date(2023, 11, 10)) == [("This winter", "2023-12-21/2024-03-20", "day")]


@pytest.mark.parametrize(
    "text, lang, surface, value, start",
    [
        ("Growth should pick up in the second quarter of next year.", "en", "the second quarter of next year", "2021-Q2", "2021-04-01"),
        ("Sales fell in the second half of the year.", "en", "the second half of the year", "2020-H2", "2020-07-01"),
        ("연말까지 완료한다", "ko", "연말까지", "2020", "2020-09-01"),
        ("작년 연말 발표", "ko", "작년 연말", "2019", "2019-09-01"),
        ("월말 결제", "ko", "월말", "2020-07", "2020-07-21"),
    ],
)
def test_parts_of_a_year_in_one_phrase(text: str, lang: str, surface: str, value: str, start: str) -> None:
    facts = [f for f in extract_facts(text, lang=lang, ref_date=REF) if f.type == "date"]
    assert [(f.text, f.value, f.attrs["from"]) for f in facts] == [(surface, value, start)]


def test_year_end_inside_a_word_is_no_date() -> None:
    assert dates("연말정산 서류와 연말연시 특근", "ko") == []


@pytest.mark.parametrize(
    "text, lang, surface, value",
    [
        ("Crime fell in the 1990s.", "en", "1990s", "1990/1999"),
        ("1990년대 후반 외환위기", "ko", "1990년대 후반", "1997/1999"),
        ("Stores were packed last weekend.", "en", "last weekend", "2020-07-11/2020-07-12"),
        ("이번 주말 비가 온다", "ko", "이번 주말", "2020-07-18/2020-07-19"),
    ],
)
def test_decades_and_weekends(text: str, lang: str, surface: str, value: str) -> None:
    assert [(s, v) for s, v, _ in dates(text, lang)] == [(surface, value)]


def test_daebi_is_compared_to_not_a_decade() -> None:
    assert dates("2019년대비 10% 증가", "ko") == [("2019년", "2019", "year")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks resume the week of October 7.", [("the week of October 7", "2020-W41", "week")]),
        ("Shipments start the week of Oct. 5, 2021.", [("the week of Oct. 5, 2021", "2021-W40", "week")]),
        ("The week of action began on May 3.", [("May 3", "2020-05-03", "day")]),  # a week named by what fills it
        ("It was the worst week of 2020.", [("2020", "2020", "year")]),
    ],
)
def test_the_week_of_a_day_is_that_week(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en") == expected


@pytest.mark.parametrize(
    "text, surface, value",
    [
        # REF is Wednesday 2020-07-15
        ("The trial resumes two Mondays from now.", "two Mondays from now", "2020-07-27"),
        ("The plant shut 2 Thursdays ago.", "2 Thursdays ago", "2020-07-02"),
        ("The vote is on Friday after next.", "Friday after next", "2020-07-24"),
        ("Results are due the week after next.", "the week after next", "2020-W31"),
        ("The board meets the month after next.", "the month after next", "2020-09"),
    ],
)
def test_counted_weekdays_and_after_next(text: str, surface: str, value: str) -> None:
    """"2 Thursdays ago" is the second Thursday before the reference day; "Friday after
    next" the second Friday after it."""
    assert [(s, v) for s, v, _ in dates(text, "en")] == [(surface, value)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He pushed the launch two weeks back.", []),  # "back" is a direction here, not "ago"
        ("Shops close on Sundays after next week's vote.", ["after next week"]),  # no weekday counted
        ("Two days after next month's vote, he quit.", ["after next month"]),  # no "days after next"
    ],
)
def test_no_counted_weekday_or_after_next_in_other_phrases(text: str, expected: list[str]) -> None:
    assert [s for s, _, _ in dates(text, "en")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fair opens Jul 18, Sat.", [("Jul 18, Sat", "2020-07-18", "day")]),  # a weekday after the date
        ("On July 18, Sun Yang won gold.", [("July 18", "2019-07-18", "day")]),  # a name, not a weekday; won: last July's
        ("The deal closed on 14th April 15.", [("14th April 15", "2015-04-14", "day")]),  # a two-digit year
        ("On 14 April 15 people died.", [("14 April", "2020-04-14", "day")]),  # a count, not a year
        ("Margins fell in 18Q4 and 4Q19.", [("18Q4", "2018-Q4", "quarter"), ("4Q19", "2019-Q4", "quarter")]),
        ("The town was founded in 14 a.d. by Romans.", [("14 a.d.", "0014", "year")]),
        ("He won 3 AD titles.", []),  # an era needs a year a lead word names
    ],
)
def test_written_forms_of_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The festival runs for 10 days from 18th Dec.", [("for 10 days from 18th Dec", "2020-12-18/2020-12-28", "day")]),
        ("Shops close from Monday for two weeks.", [("from Monday for two weeks", "2020-07-13/2020-07-27", "day")]),
        ("He was jailed on 18 Dec for 10 days for theft.", [("18 Dec for 10 days", "2019-12-18/2019-12-28", "day")]),  # in July: last December
        ("The plan runs from 2015 for ten years.", [("from 2015", "2015", "year")]),  # not one day: the date alone
        ("It rained in 2019 for 10 days.", [("2019", "2019", "year")]),
    ],
)
def test_a_day_and_how_long_from_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    """"for 10 days from 18 Dec": from that day to the day ten days after it."""
    assert dates(text, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A ruling is expected around next week.", [("around next week", "2020-W30", "around")]),
        ("The rift began around two years ago.", [("around two years ago", "2018", "around")]),
        ("Around 2000 people marched.", []),  # a count, not a year
        ("If Muir were around today, he would agree.", [("today", "2020-07-15", None)]),  # "around" the adverb
    ],
)
def test_an_approximate_date(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    facts = [f for f in extract_facts(text, lang="en", ref_date=REF) if f.type == "date"]
    assert [(f.text, f.value, f.attrs["qualifier"]) for f in facts] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The day before yesterday, talks failed.", [("The day before yesterday", "2020-07-13", "day")]),
        ("Voting ends the day after tomorrow.", [("the day after tomorrow", "2020-07-17", "day")]),
        ("The plant reopens two weeks from today.", [("two weeks from today", "2020-07-29", "day")]),
        ("The fair ran 14 - 20 Sept. 2014 in Leeds.", [("14 - 20 Sept. 2014", "2014-09-14/2014-09-20", "day")]),
        ("It was the worst day of 2020.", [("2020", "2020", "year")]),  # "day" opens no date of its own
        ("On the day before the vote, he quit.", []),
    ],
)
def test_days_counted_from_today(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rallies are planned for the last weekend of October.", [("the last weekend of October", "2020-10-31/2020-11-01", "day")]),
        ("The law takes effect on the first day of next month.", [("the first day of next month", "2020-08-01", "day")]),
        ("It expires on the last day of 2021.", [("the last day of 2021", "2021-12-31", "day")]),
        ("On the second day of the trial, he wept.", []),  # a day of an event, not of a calendar period
        ("Talks were held between 13 and 15 July in Geneva.", [("between 13 and 15 July", "2020-07-13/2020-07-15", "day")]),
        ("Polls open between March 3 and March 5.", [("between March 3 and March 5", "2020-03-03/2020-03-05", "day")]),
        ("It fell between March and May.", [("between March and May", "2020-03/2020-05", "month")]),
        ("Somewhere between March 3 and the vote, he left.", [("March 3", "2020-03-03", "day")]),
    ],
)
def test_days_and_weekends_of_a_period_and_spans_between_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en") == expected


def test_no_later_than_bounds_a_date() -> None:
    [fact] = extract_facts("The report is due no later than March 1.", lang="en", ref_date=REF)
    assert (fact.text, fact.value, fact.attrs["qualifier"]) == ("no later than March 1", "2021-03-01", "by")


def test_weeks_days_and_weekends_of_a_relative_month_or_year() -> None:
    assert dates("Talks resume in the first week of next month.", "en") == [("the first week of next month", "2020-W32", "week")]
    assert dates("It shuts in the last week of the year.", "en") == [("the last week of the year", "2020-W52", "week")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("신제품을 연내 출시할 계획이다", [("연내", "2020", None)]),
        ("공장을 올해 안에 완공한다", [("올해 안에", "2020", "by")]),
        ("이달 내에 발표한다", [("이달 내에", "2020-07", "by")]),
        ("다음해 3월 개통", [("다음해 3월", "2021-03", None)]),
        ("2주일 뒤 발표한다", [("2주일 뒤", "2020-07-29", None)]),
        ("신청 후 15일 이내 처리한다", []),  # fifteen days counted, not the 15th
        ("오늘 내 사진을 봤다", [("오늘", "2020-07-15", None)]),  # 내 = my, not "within"
        ("어제 내가 본 것", [("어제", "2020-07-14", None)]),
    ],
)
def test_korean_within_a_period(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    facts = [f for f in extract_facts(text, lang="ko", ref_date=REF) if f.type == "date"]
    assert [(f.text, f.value, f.attrs["qualifier"]) for f in facts] == expected


@pytest.mark.parametrize(
    "text, surface, start, end, part",
    [
        ("Earlier this year, the firm cut jobs.", "Earlier this year", "2020-01-01", "2020-07-15", "earlier"),
        ("A vote is due later this month.", "later this month", "2020-07-15", "2020-07-31", "later"),
        ("He will speak later today.", "later today", "2020-07-15", "2020-07-15", "later"),
    ],
)
def test_earlier_or_later_in_the_current_period(text: str, surface: str, start: str, end: str, part: str) -> None:
    """The part of this year / month / week / day before or after the reference day."""
    [fact] = [f for f in extract_facts(text, lang="en", ref_date=REF) if f.type == "date"]
    assert (fact.text, fact.attrs["from"], fact.attrs["to"], fact.attrs["part"]) == (surface, start, end, part)


def test_earlier_or_later_name_no_other_period() -> None:
    assert dates("Talks resume later next year.", "en") == [("next year", "2021", "year")]
    assert dates("Earlier, this year's budget passed.", "en") == [("this year", "2020", "year")]


def test_a_span_past_the_calendar_is_no_span() -> None:
    assert dates("It lasts for 10000 years from March 3.", "en") == [("from March 3", "2020-03-03", "day")]


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        ("Protests spread over the weekend.", date(2020, 7, 13), [("over the weekend", "2020-07-11/2020-07-12", "day")]),  # a Monday
        ("Protests spread over the weekend.", date(2020, 7, 19), [("over the weekend", "2020-07-18/2020-07-19", "day")]),  # a Sunday
        ("Over 2000 people marched.", REF, []),
        ("Sales fell this past week.", REF, [("this past week", "2020-W28", "week")]),
    ],
)
def test_over_the_weekend_and_this_past(text: str, ref: date, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en", ref) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant closed a decade ago.", [("a decade ago", "2010", "year")]),
        ("Prices doubled over the past decade.", [("the past decade", "2010-07-15/2020-07-15", "day")]),  # up to the reference day
        ("Emissions must halve by the end of this decade.", [("by the end of this decade", "2027/2029", "year")]),
        ("It took decades to build.", []),  # no number of them
    ],
)
def test_decades_counted_from_the_reference_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref", "value"),
    [
        # the past: a date still to come in the reference year is last year's
        ("The attack on Oct. 13 killed a journalist.", "en", date(2024, 3, 7), "2023-10-13"),
        ("When Jane Roberts gave birth in November, she stopped work.", "en", date(2024, 4, 28), "2023-11"),
        ("Sales rose in the fourth quarter.", "en", date(2024, 2, 7), "2023-Q4"),
        ("The production opened in December and will run for weeks.", "en", date(2025, 1, 28), "2024-12"),
        ("The hearing was on Dec. 2, he added.", "en", date(2024, 3, 7), "2023-12-02"),
        ("회사는 10월 13일 신제품을 발표했다.", "ko", date(2024, 3, 7), "2023-10-13"),
        # the future: a date over in the reference year is next year's
        ("The company will open the plant in February.", "en", date(2024, 11, 7), "2025-02"),
        ("The class will be honored at the auditorium on May 2.", "en", date(2019, 11, 19), "2020-05-02"),
        ("The campaign – which will be in its third year in January – did research.", "en", date(2019, 11, 19), "2020-01"),
        # no tense, a nearer date this year, or a verb of another clause: the reference year
        ("The plant opens in December.", "en", date(2024, 3, 7), "2024-12"),
        ("It launched consultations that end on Sept. 6.", "en", date(2024, 8, 28), "2024-09-06"),
        ("Blue Origin will offer the lander that the company unveiled in May.", "en", date(2019, 11, 19), "2019-05"),
        ("회사는 10월 13일 신제품을 발표할 예정이다.", "ko", date(2024, 3, 7), "2024-10-13"),
        ("In October 2023 sales fell.", "en", date(2024, 3, 7), "2023-10"),
    ],
)
def test_a_date_without_its_year_takes_the_year_its_tense_implies(text: str, lang: str, ref: date, value: str) -> None:
    dates = [f.value for f in extract_facts(text, lang=lang, ref_date=ref) if f.type == "date"]
    assert dates == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coming span, like "the next two weeks" (Duckling: the one week two ahead)
        ("Talks go on over the upcoming two weeks.", [("the upcoming two weeks", "2013-02-12/2013-02-26")]),
        ("Rates hold for 2 upcoming months.", [("2 upcoming months", "2013-03/2013-04")]),
        ("Output fell in the two past years.", [("the two past years", "2011-02-12/2013-02-12")]),
        ("The upcoming year looks better.", [("The upcoming year", "2014")]),
        # a part of the month or year, abbreviated as in business writing
        ("The deal should close by EOY.", [("by EOY", "2013")]),
        ("Invoices are due at the EOM.", [("the EOM", "2013-02")]),
        # an era before year 1 is no calendar year
        ("The city was founded in 2014 B.C. by settlers.", []),
        ("Work began in 2014, B.C. officials said.", [("2014", "2014")]),
    ],
)
def test_counted_spans_period_abbreviations_and_eras(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.text, f.value) for f in extract_facts(text, lang="en", ref_date=date(2013, 2, 12)) if f.type == "date"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday alone: the latest on or before the reference day (Wednesday 2013-02-13)...
        ("The committee voted on Tuesday.", [("Tuesday", "2013-02-12")]),
        ("The president said on Tuesday that China is going to have to make a deal.", [("Tuesday", "2013-02-12")]),
        # ...the coming one when its own clause is in the future tense
        ("The committee will vote on Tuesday.", [("Tuesday", "2013-02-19")]),
        ("Another batch is expected on Monday, though little is known.", [("Monday", "2013-02-18")]),
        ("\"We will fight,\" said Hill, who will testify Thursday.", [("Thursday", "2013-02-14")]),
        ("He will speak on Wednesday.", [("Wednesday", "2013-02-13")]),
        # ...and after a present copula: "launch day is Tuesday"; a past one stays the past
        ("Stadia's launch day is Tuesday, sort of.", [("Tuesday", "2013-02-19")]),
        ("The deadline for bids is on Friday.", [("Friday", "2013-02-15")]),
        ("The deadline was Friday.", [("Friday", "2013-02-08")]),
        # a line of a schedule, a date and a dash: the coming one, unless the past is told
        ("Tour dates:\nJune 9 – West Palm Beach, FL @ Coral Sky Amphitheatre\nAug. 2 -- Clarkston, MI", [("June 9", "2013-06-09"), ("Aug. 2", "2013-08-02")]),
        ("Dates:\nJan. 9 – West Palm Beach, FL\nJan. 20 – Tampa, FL", [("Jan. 9", "2014-01-09"), ("Jan. 20", "2014-01-20")]),
        ("Timeline:\nJan. 9 – Protesters stormed the building.", [("Jan. 9", "2013-01-09")]),
        ("She flew to Tampa on Jan. 9 – a day late.", [("Jan. 9", "2013-01-09")]),
        # in a clause telling the past, "this weekend" is the one just gone, "the next two months" the story's
        ("Troops cleared the barricades this weekend.", [("this weekend", "2013-02-09/2013-02-10")]),
        ("Talks will resume this weekend.", [("this weekend", "2013-02-16/2013-02-17")]),
        ("His health declined over the next three months.", []),
        ("It won a contract worth $2.6bn over the next decade.", [("the next decade", "2014/2023")]),
        ("Sales will grow over the next two months.", [("the next two months", "2013-02-13/2013-04-13")]),  # from the reference day
        # a holiday or an event named with a weekday is no date
        ("Shoppers lined up for Black Friday and Cyber Monday deals.", []),
        ("On Easter Sunday, the church was full.", []),
        # a game's quarter or half is no date; a business quarter is
        ("The Eagles led 14-7 at halftime before scoring 24 points in the third quarter.", []),
        ("Bruno Fernandes scored the winner in the first half.", []),
        ("The company reported a loss in the third quarter.", [("the third quarter", "2012-Q3")]),  # told in the past: last year's
    ],
)
def test_weekday_tense_holidays_and_game_periods(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.text, f.value) for f in extract_facts(text, lang="en", ref_date=date(2013, 2, 13)) if f.type == "date"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # 지난/오는 before a quarter or half: the last one over, the next to come
        ("지난 3분기 매출은 1조2000억원이었다.", date(2024, 5, 15), [("지난 3분기", "2023-Q3")]),
        ("지난 3분기 매출은 1조2000억원이었다.", date(2024, 11, 2), [("지난 3분기", "2024-Q3")]),
        ("오는 3분기에 출시한다.", date(2024, 11, 2), [("오는 3분기", "2025-Q3")]),
        ("지난 상반기 실적이 나왔다.", date(2024, 5, 15), [("지난 상반기", "2023-H1")]),
        # a quarter counted is no date
        ("회사는 2분기 연속 적자를 기록했다.", date(2024, 5, 15), []),
        ("5분기 만에 흑자로 돌아섰다.", date(2024, 5, 15), []),
    ],
)
def test_korean_quarters_before_and_after(text: str, ref: date, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.value) for f in extract_facts(text, lang="ko", ref_date=ref) if f.type == "date"] == expected


MAY = date(2024, 5, 15)  # a Wednesday


OCT = date(2024, 10, 8)  # an earnings season


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # an earnings preview: the quarter just ended, its results still to come
        ("업계에서는 SK하이닉스의 3분기 영업이익이 6조7000억원 안팎에 이를 것으로 내다봤다.", OCT, [("3분기", "2024-Q3")]),
        ("LG전자는 3분기 실적을 발표할 예정이다.", OCT, [("3분기", "2024-Q3")]),
        ("상반기 실적이 개선될 것으로 예상된다.", OCT, [("상반기", "2024-H1")]),
        ("4분기 매출이 늘어날 것으로 보인다.", date(2024, 2, 10), [("4분기", "2024-Q4")]),
        # next year's is named; a past tense still reads last year's; a month told ahead moves
        ("내년 3분기에 출시할 예정이다.", OCT, [("내년 3분기", "2025-Q3")]),
        ("4분기 매출이 줄었다.", date(2024, 2, 10), [("4분기", "2023-Q4")]),
        ("2월에 출시할 예정이다.", date(2024, 11, 8), [("2월", "2025-02")]),
    ],
)
def test_korean_quarters_and_halves_told_ahead_keep_the_reference_year(text: str, ref: date, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in dates(text, "ko", ref)] == expected


@pytest.mark.parametrize(
    "text",
    ["Analysts expect profit will rise in the second quarter.", "The company will report its results for the second quarter."],
)
def test_english_quarters_told_ahead_are_still_the_coming_ones(text: str) -> None:
    assert dates(text, "en", OCT) == [("the second quarter", "2025-Q2", "quarter")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # the sentence before, of the same paragraph, names the period compared
        ("삼성전자가 올해 3분기 영업이익 9조1000억원을 기록했다고 8일 밝혔다. 전년 동기 대비 274.5% 증가한 수치로, 시장 전망치인 10조원을 밑돌았다.", "ko",
         [("올해 3분기", "2024-Q3"), ("8일", "2024-10-08"), ("전년 동기", "2023-Q3")]),
        ("지난해 매출은 300조원이었다. 전년 대비 5% 증가했다.", "ko", [("지난해", "2023"), ("전년", "2022")]),
        ("1분기 매출은 70조원이었다. 전 분기 대비 3% 늘었다.", "ko", [("1분기", "2024-Q1"), ("전 분기", "2023-Q4")]),
        ("8월 수출은 500억달러였다. 전월 대비 2% 줄었다.", "ko", [("8월", "2024-08"), ("전월", "2024-07")]),
        ("Revenue in the third quarter rose to $5bn, the company said on Tuesday. Revenue rose 8% from a year earlier.", "en",
         [("the third quarter", "2024-Q3"), ("Tuesday", "2024-10-08"), ("from a year earlier", "2023-Q3")]),
        ("Sales in August rose 3%. Prices were 2% higher than the same month last year.", "en", [("August", "2024-08"), ("the same month last year", "2023-08")]),
        # none there: as before, the year before the reference's, its words all the date's (another
        # paragraph, two sentences back, a day alone: the day it was told)
        ("삼성전자가 올해 3분기 영업이익을 발표했다.\n\n전년 동기 대비 10% 증가했다.", "ko", [("올해 3분기", "2024-Q3"), ("전년 동기", "2023")]),
        ("올해 3분기 매출은 늘었다. 회사는 이를 밝혔다. 전년 동기 대비 10% 증가했다.", "ko", [("올해 3분기", "2024-Q3"), ("전년 동기", "2023")]),
        ("삼성전자는 8일 실적을 발표했다. 전년 동기 대비 10% 증가했다.", "ko", [("8일", "2024-10-08"), ("전년 동기", "2023")]),
        ("Revenue in the third quarter rose to $5bn.\nSales were up 4% from a year earlier.", "en", [("the third quarter", "2024-Q3")]),
        ("The store opened on Tuesday. Sales were up 4% from a year earlier.", "en", [("Tuesday", "2024-10-08")]),
    ],
)
def test_a_period_counted_back_may_be_named_in_the_sentence_before(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in dates(text, lang, OCT)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The festival runs through Sunday.", "2024-05-19"),  # what still runs ends ahead
        ("The exhibition is open until Friday, organisers said.", "2024-05-17"),
        ("Applications are due by March 31.", "2025-03-31"),
        ("The offer runs until Dec. 31.", "2024-12-31"),
        ("The law takes effect Jan. 1.", "2025-01-01"),  # the present of a schedule
        ("The rules will take effect on Feb. 1.", "2025-02-01"),  # future in its own clause
        ("The trial begins Monday.", "2024-05-20"),
        ("The shelter was open until Sunday.", "2024-05-12"),  # the past told
        ("Sales had recovered by March 31.", "2024-03-31"),
        ("The law took effect Jan. 1.", "2024-01-01"),
        ("Inflation is 3% in the 12 months through March.", "2024-03"),  # a period counted up to it
        ("The show runs through March.", "2025-03"),
    ],
)
def test_a_bound_or_a_schedule_in_the_present_is_ahead(text: str, value: str) -> None:
    assert [v for _, v, _ in dates(text, "en", MAY)] == [value]


def test_korean_bounds_move_only_a_weekday_ahead() -> None:
    assert dates("금요일까지 진행된다.", "ko", MAY) == [("금요일까지", "2024-05-17", "day")]
    assert dates("3월까지 누적 판매량은 10만대다.", "ko", MAY) == [("3월까지", "2024-03", "month")]


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [
        ("The company reported a loss in fiscal 2023.", "en", "fiscal 2023", "2023"),
        ("Home Depot sees fiscal year 2019 sales growth of 1.8 percent.", "en", "fiscal year 2019", "2019"),
        ("Revenue for FY2023 was $5 billion.", "en", "FY2023", "2023"),
        ("The FY 2024/25 budget was approved.", "en", "FY 2024/25", "2024/2025"),
        ("Costs rise in the 2024-25 fiscal year.", "en", "2024-25 fiscal year", "2024/2025"),
        ("a strong earnings recovery over FY2020-22.", "en", "FY2020-22", "2020/2022"),
        ("2023 회계연도 예산안이 통과됐다.", "ko", "2023 회계연도", "2023"),
        ("2024회계연도 실적", "ko", "2024회계연도", "2024"),
    ],
)
def test_a_fiscal_year_is_marked_and_has_no_calendar_days(text: str, lang: str, surface: str, value: str) -> None:
    [fact] = [f for f in extract_facts(text, lang=lang, ref_date=MAY) if f.type == "date"]
    assert (fact.text, fact.value, fact.attrs["grain"], fact.attrs["fiscal"]) == (surface, value, "year", True)
    assert fact.attrs["from"] is None and fact.attrs["to"] is None


def test_fiscal_words_without_a_year_name_no_date() -> None:
    assert dates("In its fiscal third quarter, sales fell. Its fiscally prudent 2020 plan failed.", "en", MAY) == []
    assert [f.attrs["qualifier"] for f in extract_facts("It aims to cut costs by fiscal 2025.", lang="en", ref_date=MAY)] == ["by"]


def test_the_decade_and_its_parts() -> None:
    got = extract_facts("The plant will close by the end of the decade.", lang="en", ref_date=MAY)
    assert [(f.text, f.value, f.attrs["part"], f.attrs["qualifier"]) for f in got] == [("by the end of the decade", "2027/2029", "late", "by")]
    assert dates("Prices have doubled this decade, as in the 1990s.", "en", MAY) == [("this decade", "2020/2029", "year"), ("1990s", "1990/1999", "year")]
    assert dates("It was the best film of the decade.", "en", MAY) == []  # "the decade" alone


def test_the_current_unit_told_in_the_past_is_the_storys() -> None:
    assert dates("By the end of the decade, the firm had 500 staff.", "en", MAY) == []
    assert dates("By the end of the year, the firm had 500 staff.", "en", MAY) == []
    assert dates("Games are slated to roll out through the end of the year.", "en", MAY) == [("through the end of the year", "2024", "year")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "part", "qualifier"),
    [
        ("다음 달 말께 발표할 예정이다.", "다음 달 말께", "2024-06", "late", "around"),
        ("이달 중순께 나온다.", "이달 중순께", "2024-05", "mid", "around"),
        ("3월 말쯤 공개됐다.", "3월 말쯤", "2024-03", "late", "around"),
        ("지난달 말 발표했다.", "지난달 말", "2024-04", "late", None),
        ("내달 초 발표한다.", "내달 초", "2024-06", "early", None),
        ("올 상반기 매출이 늘었다.", "올 상반기", "2024-H1", None, None),
        ("작년 말 기준이다.", "작년 말", "2023", "late", None),
    ],
)
def test_korean_parts_of_months_and_years(text: str, surface: str, value: str, part: str | None, qualifier: str | None) -> None:
    [fact] = [f for f in extract_facts(text, lang="ko", ref_date=MAY) if f.type == "date"]
    assert (fact.text, fact.value, fact.attrs["part"], fact.attrs["qualifier"]) == (surface, value, part, qualifier)


@pytest.mark.parametrize("text", ["12년 만에 우승했다.", "3년 만의 최대치다.", "5년여 만에 흑자로 돌아섰다.", "3년째 적자다."])
def test_korean_years_counted_are_no_dates(text: str) -> None:
    assert dates(text, "ko", MAY) == []


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [
        ("지난해 매출은 전년 대비 5% 증가했다.", "ko", "전년", "2022"),  # the year before the one reported
        ("회사는 30일 올해 1분기 영업이익이 전년 동기 대비 932% 증가했다고 밝혔다.", "ko", "전년 동기", "2023-Q1"),
        ("지난 2분기 매출은 전년동기 대비 늘었다.", "ko", "전년동기", "2022-Q2"),
        ("1~3월 누적 수출은 전년 같은 기간보다 5% 늘었다.", "ko", "전년 같은 기간", "2023-01/2023-03"),
        ("지난달 신규 취업자는 전년 같은 달보다 14만4천명 증가했다.", "ko", "전년 같은 달", "2023-04"),
        ("올해 2분기 매출은 전년 같은 분기보다 5% 늘었다.", "ko", "전년 같은 분기", "2023-Q2"),
        ("올해 1~3월 매출은 작년 같은 기간보다 5% 늘었다.", "ko", "작년 같은 기간", "2023-01/2023-03"),
        ("1분기 누적 영업이익은 지난해 동기 대비 20% 늘었다.", "ko", "지난해 동기", "2023-Q1"),
        ("올해 1분기 실적은 지난해 4분기보다 좋았다.", "ko", "지난해 4분기", "2023-Q4"),  # no same period: as written
        ("1분기 매출은 전 분기 대비 3% 늘었다.", "ko", "전 분기", "2023-Q4"),
        ("지난달 수출은 전월 대비 2% 줄었다.", "ko", "전월", "2024-03"),
        ("전년 동기 대비 10% 증가했다.", "ko", "전년 동기", "2023"),  # no date before: from the reference
        ("In 2022, 1 in 10 parents quit a job in the previous year.", "en", "the previous year", "2021"),
        ("Sales in the second quarter of 2019 rose from the previous quarter.", "en", "from the previous quarter", "2019-Q1"),
        ("Sales rose 5% from the previous year.", "en", "from the previous year", "2023"),
        ("Sales in the first quarter rose 5% from the same period last year.", "en", "the same period last year", "2023-Q1"),
        ("In August, prices were 3% higher than the same month last year.", "en", "the same month last year", "2022-08"),  # were: last August
        ("Sales rose 5% from the same period last year.", "en", "last year", "2023"),  # no period named
        ("Profit for the quarter ended June 30 beat the same period last year.", "en", "last year", "2023"),  # a day ends the period
    ],
)
def test_previous_periods_count_back_from_the_date_reported(text: str, lang: str, surface: str, value: str) -> None:
    last = [f for f in extract_facts(text, lang=lang, ref_date=MAY) if f.type == "date"][-1]
    assert (last.text, last.value) == (surface, value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Finland joined NATO in April last year.", "April last year", "2023-04"),
        ("At the end of June last year, a statement said so.", "the end of June last year", "2023-06"),
        ("The fix came as recently as May of this year.", "May of this year", "2024-05"),
        ("The vote is on March 3 next year.", "March 3 next year", "2025-03-03"),
        ("She wrote to her lawyers in October of 2006, the file shows.", "October of 2006", "2006-10"),
    ],
)
def test_a_month_with_its_year_named_after_it(text: str, surface: str, value: str) -> None:
    assert [(f.text, f.value) for f in extract_facts(text, lang="en", ref_date=MAY) if f.type == "date"] == [(surface, value)]


def test_a_month_before_a_year_that_owns_something_else_stays_apart() -> None:
    found = [(f.text, f.value) for f in extract_facts("In June, last year's champion lost.", lang="en", ref_date=MAY) if f.type == "date"]
    assert found == [("June", "2023-06"), ("last year", "2023")]  # lost: last June


@pytest.mark.parametrize(
    "text",
    [
        "Richardson, via USA Today, said that he would not appeal.",  # a newspaper
        "The award is presented in the last weekend of the festival.",  # its final weekend
        "It could not hire enough Tuesday-Saturday drivers.",  # a schedule
    ],
)
def test_names_final_periods_and_schedules_are_no_dates(text: str) -> None:
    assert [f.text for f in extract_facts(text, lang="en", ref_date=MAY) if f.type == "date"] == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [("그 일은 10여 년 전 일이다.", "10여 년 전", "2014"), ("20여일 전 발표했다.", "20여일 전", "2024-04-25")],
)
def test_korean_some_more_units_ago_is_an_approximate_date(text: str, surface: str, value: str) -> None:
    [fact] = [f for f in extract_facts(text, lang="ko", ref_date=MAY) if f.type == "date"]
    assert (fact.text, fact.value, fact.attrs["qualifier"]) == (surface, value, "around")


@pytest.mark.parametrize("text", ["The Sunday Times reported it first.", "It was a Saturday Night Live sketch.", "the Sunday Telegraph said"])
def test_a_weekday_in_a_title_is_no_date(text: str) -> None:
    assert dates(text, "en", MAY) == []


def test_a_weekday_before_a_name_is_still_a_date() -> None:
    assert dates("On Monday President Biden said so.", "en", MAY) == [("Monday", "2024-05-13", "day")]


def test_korean_days_after_nights_are_a_stay_not_a_day_of_the_month() -> None:
    assert dates("2박 3일 일정으로 방문한다.", "ko", MAY) == []
    assert dates("지난 3일 발표했다.", "ko", MAY) == [("지난 3일", "2024-05-03", "day")]


@pytest.mark.parametrize(
    ("text", "second"),
    [("The office is open Monday to Friday.", "2024-05-17"), ("It will run from Friday through Sunday.", "2024-05-19"), ("Monday – Friday", "2024-05-17")],
)
def test_a_weekday_after_another_and_a_range_word_comes_after_it(text: str, second: str) -> None:
    assert dates(text, "en", MAY)[-1][1] == second


def test_weekdays_joined_by_and_keep_their_own_reading() -> None:
    assert [d[1] for d in dates("On Monday, Friday was chosen.", "en", MAY)] == ["2024-05-13", "2024-05-10"]


def test_a_weekday_takes_the_day_in_brackets_after_it_when_they_agree() -> None:
    ref = date(2026, 7, 12)  # a Sunday
    assert dates("일정상 수요일(15일) 최고위가 있다.", "ko", ref) == [("수요일", "2026-07-15", "day"), ("15일", "2026-07-15", "day")]
    assert dates("목요일(15일) 회의", "ko", ref)[0] == ("목요일", "2026-07-09", "day")  # the 15th is no Thursday


@pytest.mark.parametrize(("text", "value"), [("Sales fell in 2020/21.", "2020/2021"), ("the 2021/22 season", "2021/2022")])
def test_two_years_with_a_slash_are_a_span(text: str, value: str) -> None:
    assert [d[1] for d in dates(text, "en", MAY)] == [value]


def test_a_slash_between_numbers_that_are_no_years_is_no_date() -> None:
    assert dates("It runs 24/7 since 9/11.", "en", MAY) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("정부는 30일 서울 정부청사에서 열린 회의에서 이같이 밝혔다.", "2024-05-30"),  # past: the month before
        ("정부는 31일 발표했다.", "2024-05-31"),
        ("회의는 30일 열릴 예정이다.", "2024-06-30"),  # future: this month
        ("정부는 13~15일 회의를 열었다.", "2024-05-13/2024-05-15"),
    ],
)
def test_korean_a_day_still_to_come_told_in_the_past_is_of_the_month_before(text: str, value: str) -> None:
    assert [d[1] for d in dates(text, "ko", date(2024, 6, 1))] == [value]


def test_korean_a_day_in_a_quotation_keeps_the_reference_month() -> None:
    found = dates('강 대변인은 "일정상 수요일(15일) 최고위가 있기 때문에 끝내면 된다"고 했다.', "ko", date(2026, 7, 12))
    assert found == [("수요일", "2026-07-15", "day"), ("15일", "2026-07-15", "day")]


def test_korean_some_more_than_units_ago_after_the_unit_is_an_approximate_date() -> None:
    [fact] = [f for f in extract_facts("1년여 전 일이다.", lang="ko", ref_date=MAY) if f.type == "date"]
    assert (fact.text, fact.value, fact.attrs["qualifier"]) == ("1년여 전", "2023", "around")


def test_the_same_day_is_the_day_named_last() -> None:
    text = "He set himself on fire Sunday.\nAnalysts linked the accounts.\nIn a post the same day, he wrote."
    assert dates(text, "en", date(2024, 2, 28)) == [("Sunday", "2024-02-25", "day"), ("the same day", "2024-02-25", "day")]


@pytest.mark.parametrize(
    "text, found",
    [
        ("The trial is expected to last six weeks, starting Jan. 15.", []),
        ("The programme will last two years.", []),
        ("It won't last two years.", []),
        ("He has lived there for the last six years.", [("the last six years", "2014-07-15/2020-07-15", "day")]),
        ("Sales rose 5% compared to last year.", [("last year", "2019", "year")]),
        ("The ban will last until next month.", [("until next month", "2020-08", "month")]),
    ],
)
def test_last_after_a_modal_or_to_before_a_count_is_a_verb(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [d for d in dates(text, "en") if "Jan" not in d[0]] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("정부는 8월에 대책을 발표했다.", [("8월", "2024-08", "month")]),
        ("8월 한 달간 120만명이 다녀갔다.", [("8월", "2024-08", "month")]),
        ("9월 수출은 늘었다.", [("9월", "2024-09", "month")]),
    ],
)
def test_korean_a_month_with_its_suffix_alone_is_a_date(text: str, found: list[tuple[str, str, str]]) -> None:
    assert dates(text, "ko", date(2024, 10, 8)) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Revenue in the first half rose 8% from a year earlier.", [("the first half", "2024-H1", "half"), ("from a year earlier", "2023-H1", "half")]),
        ("Passengers rose 12% in the second quarter from a year earlier.", [("the second quarter", "2024-Q2", "quarter"), ("from a year earlier", "2023-Q2", "quarter")]),
        ("The government borrowed £13.7bn in August, £3.3bn more than a year earlier.", [("August", "2024-08", "month"), ("a year earlier", "2023-08", "month")]),
        ("In September, prices rose 2.1% from a month earlier.", [("September", "2024-09", "month"), ("from a month earlier", "2024-08", "month")]),
        ("Sales were up 4% from a year earlier.", []),  # no period named: it counts from the story's events
        ("He finished on Tuesday, two days earlier than planned.", [("Tuesday", "2024-10-08", "day")]),
        ("Trump said earlier Tuesday that he hoped it ends.", [("Tuesday", "2024-10-08", "day")]),
        ("The vote, set for earlier next week, was delayed.", [("next week", "2024-W42", "week")]),
    ],
)
def test_units_earlier_count_back_from_the_period_their_sentence_names(text: str, found: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en", date(2024, 10, 8)) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Profit fell 3% in the year to March.", [("March", "2024-03", "month")]),
        ("Prices rose 2.2% in the 12 months to August, official figures showed.", [("August", "2024-08", "month")]),
        ("Prior to September, I would have said otherwise.", [("September", "2024-09", "month")]),
        ("It was a blow to May.", []),  # a name
        ("The index rose to 2030 points.", []),  # a level
    ],
)
def test_a_month_alone_after_a_period_to_is_a_date(text: str, found: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en", date(2024, 10, 8)) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Sales in the final quarter of 2023 rose 5%.", [("the final quarter of 2023", "2023-Q4", "quarter")]),
        ("The final Friday of the month is payday.", [("The final Friday of the month", "2024-10-25", "day")]),
        ("Debt will peak at end-2024.", [("end-2024", "2024", "year")]),
        ("Reserves stood at $400 billion at end-March.", [("end-March", "2024-03", "month")]),
        ("At the end 2024 was a good year.", []),
        ("McClatchy plans to end Saturday publication.", [("Saturday", "2024-10-12", "day")]),  # "end" the verb: no part
    ],
)
def test_final_and_end_hyphen(text: str, found: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en", date(2024, 10, 8)) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("The iPhone 16 goes on sale Friday.", [("Friday", "2024-10-11", "day")]),
        ("The exhibition opens Saturday at the Tate.", [("Saturday", "2024-10-12", "day")]),
        ("Early voting starts Monday in Georgia.", [("Monday", "2024-10-14", "day")]),
        ("The exhibition opened Saturday.", [("Saturday", "2024-10-05", "day")]),
        ("The 2025 session, which starts in early January, will be short.", [("early January", "2025-01", "month")]),
    ],
)
def test_the_present_of_a_schedule_is_the_future(text: str, found: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en", date(2024, 10, 8)) == found


@pytest.mark.parametrize(
    "text",
    ["파업은 3일째 이어졌다.", "코스피는 5일 연속 상승했다.", "그는 24일 만에 풀려났다.", "폭염일수는 24일로 역대 최장이었다.", "열대야 일수가 20일을 넘었다."],
)
def test_korean_days_counted_in_a_row_or_by_a_noun_of_days_are_no_day_of_the_month(text: str) -> None:
    assert dates(text, "ko", MAY) == []


def test_a_korean_day_a_thing_is_moved_to_stays_a_day() -> None:
    assert [d[0] for d in dates("회의를 24일로 연기한다.", "ko", MAY)] == ["24일"]


@pytest.mark.parametrize("text", ["잡지 8월호에 실렸다.", "6월 항쟁 기념식이 열렸다.", "6월항쟁 37주년을 맞았다.", "법안은 8월 국회에서 처리된다."])
def test_a_korean_month_that_names_an_issue_or_an_event_is_no_date(text: str) -> None:
    assert dates(text, "ko", MAY) == []


def test_a_korean_month_before_other_words_stays_a_date() -> None:
    assert dates("8월 호우로 피해가 크다.", "ko", MAY) == [("8월", "2024-08", "month")]


MARCH = date(2024, 3, 8)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales fell in December.", "2023-12"),
        ("Sales fell in April.", "2023-04"),  # still to come in March: the past tense makes it last April
        ("Fischer got married in September to Jacob Sales.", "2023-09"),
        ("Sales will rise in April.", "2024-04"),
        ("The leaders met on Saturday ahead of the April 27 election.", "2024-04-27"),  # the election's date
        ("It launched consultations that end on April 6.", "2024-04-06"),  # the relative clause's verb
        ("He will be honoured at the star-studded gala on April 4, where he'll speak.", "2024-04-04"),  # a future clause
    ],
)
def test_a_yearless_month_in_a_past_clause_is_the_last_one(text: str, value: str) -> None:
    assert dates(text, "en", MARCH)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In October, the child aged out of a program.", "2023-10"),  # the opening phrase's verb follows its comma
        ("But by December, they worsened.", "2023-12"),
        ("In October, the firm will launch it.", "2024-10"),
        ("In October, sales rose and prices will fall.", "2024-10"),  # a future in the clause after: no past told
    ],
)
def test_a_yearless_month_opening_a_sentence_takes_the_tense_after_its_comma(text: str, value: str) -> None:
    assert dates(text, "en", date(2024, 4, 28))[-1][1] == value


def test_a_house_number_before_a_street_is_no_year() -> None:
    assert dates("The man, of 1909 Jolinda Drive, was charged.", "en") == []
    assert dates("In 1909 the club was founded.", "en") == [("1909", "1909", "year")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Protests spread at the weekend.", "2024-03-02/2024-03-03"),
        ("Talks will resume at the weekend.", "2024-03-09/2024-03-10"),
        ("He will visit over the weekend.", "2024-03-09/2024-03-10"),
        ("Protests spread over the weekend.", "2024-03-02/2024-03-03"),
    ],
)
def test_the_weekend_is_the_last_one_or_in_a_future_clause_the_coming_one(text: str, value: str) -> None:
    assert dates(text, "en", MARCH)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant will close by year-end.", [("by year-end", "2024", "year")]),
        ("The firm will pay by month-end.", [("by month-end", "2024-03", "month")]),
        ("Staff got year-end bonuses.", []),  # a modifier
        ("Profits rose at year-end.", []),  # the story's year-end, which the text does not name
    ],
)
def test_year_end_and_month_end_after_a_bound_are_the_late_part(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en", MARCH) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Fed signaled it could cut them as soon as September.", [("as soon as September", "2024-09", "month", "from")]),
        ("The bank said it could cut rates as soon as March.", [("as soon as March", "2025-03", "month", "from")]),
        ("The plant will open no sooner than October.", [("no sooner than October", "2024-10", "month", "from")]),
        ("A ruling could come as early as 2026.", [("as early as 2026", "2026", "year", "from")]),
        ("Officials knew as early as March that the dam was weak.", [("as early as March", "2024-03", "month", "from")]),
        ("The vote could come as late as December.", [("as late as December", "2024-12", "month", "by")]),
        ("It sold as many as 2000 units.", []),
    ],
)
def test_as_soon_as_early_as_late_as_bound_a_date(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """The earliest ("as soon as", "as early as") or latest ("as late as") a date may be; "as soon
    as" tells the future itself, whatever the clause's verb (ref July 31)."""
    facts = [f for f in extract_facts(text, lang="en", ref_date=date(2024, 7, 31)) if f.type == "date"]
    assert [(f.text, f.value, f.attrs["grain"], f.attrs["qualifier"]) for f in facts] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Boeing would also delay the first delivery of its 777X jet to 2026.", [("2026", "2026", "year")]),
        ("The launch was pushed back to 2027 after the test failed.", [("2027", "2027", "year")]),
        ("The company postponed the opening of the plant to 2025.", [("2025", "2025", "year")]),
        ("Sales rose from 2019 to 2026.", [("from 2019 to 2026", "2019/2026", "year")]),  # a span
        ("The target rose to 2030.", []),  # a level
        ("The plan delays cuts to 2005 levels.", []),  # a plural noun after: no year
        ("They moved 300 staff to 2000 desks.", []),
    ],
)
def test_a_year_something_is_moved_to_is_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en", date(2024, 7, 31)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The screen is 1080 pixels by 1920 pixels.", []),
        ("The hall is 50 feet by 1900 feet.", []),
        ("The runway was extended by 2000 feet.", []),
        ("Emissions will fall 40 percent by 2030.", [("by 2030", "2030", "year")]),
        ("It will be finished by 2026.", [("by 2026", "2026", "year")]),
    ],
)
def test_a_number_of_a_measure_after_by_is_no_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en", date(2024, 7, 31)) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("Talks were expected to conclude by December.", "2024-12"),  # the plan's December
        ("The firm agreed to pay the fine by December.", "2024-12"),
        ("The firm had finished the deal by December.", "2023-12"),  # the past told
        ("The firm sold shares to investors in December.", "2023-12"),  # "to" of no plan
    ],
)
def test_a_date_of_a_plan_told_in_the_past_is_not_moved_back(text: str, value: str) -> None:
    assert [v for _, v, _ in dates(text, "en", date(2024, 11, 15))] == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Lowe's reports earnings Wednesday.", "2024-11-20"),  # a Monday story: the coming one
        ("The company releases its quarterly results on Thursday.", "2024-11-21"),
        ("Lowe's reported earnings Wednesday.", "2024-11-13"),
        ("Analysts read the reports Wednesday.", "2024-11-13"),  # a noun: no schedule
    ],
)
def test_a_company_calendar_in_the_present_is_ahead(text: str, value: str) -> None:
    assert [v for _, v, _ in dates(text, "en", date(2024, 11, 18))] == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Prices could fall as early as March.", "2025-03"),  # a July story: the coming March
        ("The deal may close in March, analysts said.", "2025-03"),
        ("Talks might not resume until March.", "2025-03"),
        ("Shares could rebound in October.", "2024-10"),  # still to come this year
        ("The plant would have closed in March.", "2024-03"),  # a perfect: the past
        ("The firm could have sold the unit in March.", "2024-03"),
        ("Officials could not say in March whether the dam held.", "2024-03"),  # a past inability
        ("He vowed that Britain would leave the EU in March.", "2024-03"),  # the future of a past vow
        ("Theresa May said in March that she would go.", "2024-03"),  # a name, no modal
    ],
)
def test_a_modal_of_what_may_come_points_ahead(text: str, value: str) -> None:
    assert [v for _, v, _ in dates(text, "en", date(2024, 7, 15))] == [value]


@pytest.mark.parametrize(
    "text, ref, value",
    [
        # the future of a reported clause: after the report, of this year's and next year's the nearer
        ("The central bank said it would cut interest rates in March.", date(2024, 10, 15), "2025-03"),
        ("The minister told parliament the bill would be put to a vote in February.", date(2024, 10, 15), "2025-02"),
        ("The company said it would not reopen the plant in January, as it had hoped.", date(2024, 10, 15), "2025-01"),
        ("His vow that Britain would leave the EU on Oct. 31 was broken.", date(2019, 11, 20), "2019-10-31"),  # already gone
        ("He told investors on Oct. 31 that the merger would allow savings.", date(2020, 11, 20), "2020-10-31"),
        # no report before "would": a habit or a condition; "would have": a past
        ("In March, he would walk to work every day.", date(2024, 10, 15), "2024-03"),
        ("As a boy he would visit the farm in March.", date(2024, 10, 15), "2024-03"),
        ("He said he would have voted in March.", date(2024, 10, 15), "2024-03"),
        ("Sales rose in March, the company said.", date(2024, 10, 15), "2024-03"),
    ],
)
def test_a_reported_would_points_to_the_nearer_year_ahead(text: str, ref: date, value: str) -> None:
    assert [v for _, v, _ in dates(text, "en", ref)] == [value]


@pytest.mark.parametrize(
    "text, ref, value",
    [
        ("A cut in March was unlikely, analysts said.", date(2024, 1, 15), "2024-03"),  # not last March
        ("A rate cut in March was seen as likely, traders said.", date(2024, 1, 15), "2024-03"),
        ("A ruling was expected in March, lawyers said.", date(2024, 1, 15), "2024-03"),
        ("A cut in March is unlikely, economists said.", date(2024, 10, 15), "2025-03"),
        # a noun's date is no expectation's: the nearer one
        ("The envoy is likely to face questions about Trump's July 25 call.", date(2019, 11, 20), "2019-07-25"),
        ("Sales rose in November, the company said.", date(2024, 1, 15), "2023-11"),  # the past
        ("The deal was signed in March, the company said.", date(2024, 1, 15), "2023-03"),
    ],
)
def test_what_is_expected_of_a_month_points_ahead(text: str, ref: date, value: str) -> None:
    assert [v for _, v, _ in dates(text, "en", ref)] == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        ("한국은행의 3월 기준금리 인하가 전망된다.", "2025-03"),  # an October story
        ("전문가들은 3월 인하가 예상된다고 말했다.", "2025-03"),
        ("3월 수출은 증가세를 이어갈 것으로 예상되며 반도체가 이끌 전망이다.", "2025-03"),
        ("3월 매출이 예상됐던 것보다 늘었다.", "2024-03"),  # the past
        ("3월 매출은 예상된 수준을 넘었다.", "2024-03"),
    ],
)
def test_korean_expectations_point_ahead(text: str, value: str) -> None:
    assert [v for _, v, _ in dates(text, "ko", date(2024, 10, 15))] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In this Sunday, Nov. 10, 2019, photograph, cars stand.", [("Sunday, Nov. 10, 2019", "2019-11-10")]),  # the photo's "this"
        ("In this Nov. 10, 2019, file photo, cars stand.", [("Nov. 10, 2019", "2019-11-10")]),
        ("The listing is due next Tuesday, Nov. 26.", [("Tuesday, Nov. 26", "2019-11-26")]),
        ("We meet this Sunday, then go home.", [("this Sunday", "2019-11-24")]),  # no date after: the coming one
    ],
)
def test_a_relative_word_before_a_weekday_or_month_with_its_date_is_no_date_of_its_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in dates(text, "en", date(2019, 11, 20))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The next year, the Taliban released two videos.", []),  # the story's next year, as "the next day"
        ("Sales rose the next month.", []),
        ("Police will arrest him the next week.", [("the next week", "2019-W48")]),  # not told in the past
        ("The firm grew next year.", [("next year", "2020")]),  # no "the": the calendar's next year
    ],
)
def test_the_next_unit_told_in_the_past_is_the_storys(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in dates(text, "en", date(2019, 11, 19))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell in the second half of the season.", []),  # the season's half, no calendar one
        ("It grew in the first half of the 1990s.", [("1990s", "1990/1999")]),
        ("Sales rose in the second half of 2024.", [("the second half of 2024", "2024-H2")]),
        ("Sales will rise in the first half of next year.", [("the first half of next year", "2026-H1")]),
        ("Sales rose in Q3 FY24.", [("FY24", "2024")]),  # the fiscal year's quarter, no calendar one
        ("Sales rose in Q3 of 2024.", [("Q3 of 2024", "2024-Q3")]),
    ],
)
def test_a_quarter_or_half_of_something_else_is_no_calendar_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in dates(text, "en", date(2025, 6, 18))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She got the job almost five years ago.", [("almost five years ago", "2018", "around")]),  # a date, no duration
        ("More than two decades ago, NASA found it.", [("More than two decades ago", "2003", "before")]),
        ("It closed less than a week ago.", [("less than a week ago", "2023-05-08", "after")]),
        ("It closed four years ago.", [("four years ago", "2019", None)]),
    ],
)
def test_a_word_of_how_near_before_ago_is_part_of_the_date(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    facts = extract_facts(text, lang="en", ref_date=date(2023, 5, 15), types=["date"])
    assert [(f.text, f.value, f.attrs["qualifier"]) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The license, which is now set to expire in February, was renewed.", "2020-02"),  # an adverb inside "is … set to"
        ("The talks are still expected to end in February.", "2020-02"),
        ("Sales are now higher than in February.", "2019-02"),  # no plan told
    ],
)
def test_a_plan_told_with_an_adverb_is_still_ahead(text: str, value: str) -> None:
    assert [v for _, v, _ in dates(text, "en", date(2019, 11, 19))] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The trek kicks off June 9th and concludes October 10th in Houston.", "2020-10-10"),  # a schedule's present
        ("The tour wraps up Oct. 10 in Houston.", "2020-10-10"),
        ("The tour concluded Oct. 10 in Houston.", "2019-10-10"),
        ("The report concludes that sales fell in October.", "2019-10"),  # the past nearest the date
    ],
)
def test_a_schedule_told_in_the_present_ends_ahead(text: str, value: str) -> None:
    assert dates(text, "en", date(2019, 11, 19))[-1][1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in spring 2025.", [("spring 2025", "2025-03-20/2025-06-20")]),
        ("Sales fell last autumn.", [("last autumn", "2024-09-23/2024-12-20")]),
        ("In winter, roads freeze.", []),  # a season with no year or relative word is no date
    ],
)
def test_a_season_is_a_date_with_a_year_or_a_relative_word_only(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in dates(text, "en", date(2025, 6, 18))] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a Wednesday story: what is done "ahead of" a weekday waits for it, whatever the tense
        ("Candidates made their final pitch ahead of Friday's election.", "2026-11-27"),
        ("Markets were calm ahead of Tuesday's vote.", "2026-12-01"),
        ("Stocks rose ahead of Wednesday's data.", "2026-11-25"),
        # without it, a weekday told in the past is the latest one
        ("Candidates made their final pitch on Friday.", "2026-11-20"),
    ],
)
def test_a_weekday_after_ahead_of_is_the_coming_one(text: str, value: str) -> None:
    assert [v for _, v, _ in dates(text, "en", date(2026, 11, 25))] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday on one day of the solar calendar everywhere: that day, its year by the tense
        ("The store will stay open until Christmas.", [("until Christmas", "2026-12-25")]),
        ("He was arrested on Christmas Day.", [("Christmas Day", "2025-12-25")]),
        ("The deal must close by New Year's Eve.", [("by New Year's Eve", "2026-12-31")]),
        ("Police were called on Halloween.", [("Halloween", "2026-10-31")]),
        ("He proposed on Valentine’s Day.", [("Valentine’s Day", "2026-02-14")]),
        ("Retailers expect record sales before Christmas 2027.", [("before Christmas 2027", "2027-12-25")]),
        # a name, not a date: alone, before a noun, another calendar's, an island
        ("Christmas Day was quiet.", []),
        ("She spent $200 on Christmas shopping.", [("$200", None)]),
        ("The Boxing Day sales began.", []),
        ("Russians marked Orthodox Christmas with services.", []),
        ("Orthodox Christmas 2027 falls on Jan. 7, 2027.", [("Jan. 7, 2027", "2027-01-07")]),
        ("Celebrations for Lunar New Year's Eve began.", []),
        ("Flights to Christmas Island resumed.", []),
        ("New York City is large.", []),
    ],
)
def test_a_fixed_day_holiday_is_a_date_after_a_word_of_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    facts = extract_facts(text, lang="en", ref_date=date(2026, 11, 27))
    assert [(f.text, f.value if f.type == "date" else None) for f in facts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening with a year frames the dates without theirs after it
        ("In 2019, the firm opened a plant on March 3.", [("2019", "2019"), ("March 3", "2019-03-03")]),
        ("In 2019, sales rose in the third quarter.", [("2019", "2019"), ("the third quarter", "2019-Q3")]),
        ("In 2020, the plant closed in May and reopened in September.", [("2020", "2020"), ("May", "2020-05"), ("September", "2020-09")]),
        # not past a verb of saying (the statement's date), nor in the next sentence
        ("In 2023, sales rose 5%, the company said on Feb. 14.", [("2023", "2023"), ("Feb. 14", "2026-02-14")]),
        ("In 2019, the firm was founded. The plant opened on March 3.", [("2019", "2019"), ("March 3", "2026-03-03")]),
    ],
)
def test_a_year_opening_a_sentence_is_the_year_of_its_dates(text: str, expected: list[tuple[str, str]]) -> None:
    facts = extract_facts(text, lang="en", ref_date=date(2026, 11, 27))
    assert [(f.text, f.value) for f in facts if f.type == "date"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The farmers' market is held every Monday in the town square.", []),
        ("Each March, the festival draws visitors from across the region.", []),
        ("Every January, retail sales fall after the holiday rush.", []),
        # a word between: the date is one ("every day in March"), or a span ("since 2010")
        ("He said every day in March was hard.", [("March", "2020-03", "month")]),
        ("Each year since 2010, rents have risen.", [("since 2010", "2010", "year")]),
        ("Trading resumed Monday, each side said.", [("Monday", "2020-07-13", "day")]),
        # the dates listed with it recur too; names and "and", "or", "other" between
        ("The committee meets every Tuesday and Friday.", []),
        ("The clinic opens every Monday, Wednesday and Friday.", []),
        ("Every other Thursday, the council meets in the town hall.", []),
        ("Each April and October, the board reviews its budget.", []),
        ("Every Olympic Games since 1996 has made a loss.", [("since 1996", "1996", "year")]),
        ("Each Labour MP in May 2024 voted for the bill.", [("May 2024", "2024-05", "month")]),
        # any other word between: a subject and its verb, and the date is the verb's
        ("Each side said Tuesday it would keep talking.", [("Tuesday", "2020-07-14", "day")]),
        ("Every lawmaker voted Monday to approve the bill.", [("Monday", "2020-07-13", "day")]),
        # but a word of time: it recurs ("each year May 1")
        ("Each year May 1 is a public holiday in the country.", []),
        ("Every spring March 3 marks the start of the season.", []),
    ],
)
def test_a_date_after_every_or_each_recurs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, "en") == expected
