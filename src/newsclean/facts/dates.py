"""Dates: a day, month, year, quarter, half or week, resolved against the reference date.

Find, then resolve. A language's pattern captures the parts a date can have — year,
month, day, weekday, relative word ("지난", "next", "내년"), period ("상반기", "third
quarter"), part of a month ("중순", "mid-"), a number of units ago — and ``_resolve``
turns whatever parts were found into a period. Two calendars are written as data:
suffix-marked (``YEAR_SUFFIX``/``MONTH_SUFFIX``/``DAY_SUFFIX``: "2020년 7월 15일") and
month-name (``MONTHS``: "March 3, 2021"); ISO and dotted dates ("2020-07-15",
"2020.07.15") are read in every language.

Value: an ISO string at the date's grain — "2020-07-15" (day), "2020-W29" (week),
"2020-07" (month), "2020-Q3" (quarter), "2021-H1" (half), "2025" (year). Fields:
``grain``, ``from`` and ``to`` (its first and last day, ISO), ``part`` ("early", "mid",
"late" narrow a month or year to its thirds; "earlier", "later" the current one to its part
before or after the reference day), ``qualifier`` ("by", "from", "before", "after",
"during" when a word bounds the date: "2025년까지", "by 2030"; "around" when one makes it
approximate).

Relative dates need a reference date; without one they are skipped. A weekday alone is
the latest such day on or before the reference date (news reports the past).
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from itertools import compress
from operator import attrgetter
from types import ModuleType
from typing import Any, Callable, Iterable, Sequence

from korean_lunar_calendar import KoreanLunarCalendar  # type: ignore[import-untyped]

from ..model import Fact
from . import Context, make_fact, scan
from .amounts import after_name, tables
from .names import rule_pattern
from .numbers import _alternation, number_pattern, parse_number

# Numbers only, with a four-digit year: 2020-07-15, 2020.07.15, 15/07/2020, 7/15/2020.
NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(?:(?P<y>(?:19|20)\d\d)([-./])\s?(?P<m>1[0-2]|0?[1-9])\2\s?(?P<d>3[01]|[12]\d|0?[1-9])"
    r"|(?P<a>\d{1,2})([-./])(?P<b>\d{1,2})\6(?P<y2>(?:19|20)\d\d))(?![\d]|[.,/-]\d)"
)


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    grain: str  # day, week, month, quarter, half, year

    @property
    def value(self) -> str:
        """The ISO name of the period at its grain; of a span ("2020-07-13/2020-07-15",
        "2020-01/2020-02"), of its first and last unit."""
        first, last = self._name(self.start), self._name(self.end)
        return first if first == last else f"{first}/{last}"

    def _name(self, s: date) -> str:
        if self.grain == "day":
            return s.isoformat()
        if self.grain == "week":
            year, week, _ = s.isocalendar()
            return f"{year}-W{week:02d}"
        if self.grain == "month":
            return f"{s.year}-{s.month:02d}"
        if self.grain == "quarter":
            return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
        if self.grain == "half":
            return f"{s.year}-H{(s.month - 1) // 6 + 1}"
        return f"{s.year:04d}"


def day(d: date) -> Period:
    return Period(d, d, "day")


def months(year: int, first: int, count: int, grain: str) -> Period:
    last_month = first + count - 1
    return Period(date(year, first, 1), date(year, last_month, calendar.monthrange(year, last_month)[1]), grain)


def week_of(d: date) -> Period:
    monday = d - timedelta(days=d.weekday())
    return Period(monday, monday + timedelta(days=6), "week")


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


# --- patterns --------------------------------------------------------------------------


def _words(table: Any) -> str:
    return _alternation(table)


@cache
def date_pattern(rules: ModuleType | None) -> re.Pattern[str] | None:
    if rules is None:
        return None
    if hasattr(rules, "DAY_SUFFIX"):
        return _suffix_pattern(rules)
    if hasattr(rules, "MONTHS"):
        return _month_name_pattern(rules)
    return None


def _suffix_pattern(r: ModuleType) -> re.Pattern[str]:
    """"2020년 7월 15일", "지난 14일", "내년 상반기", "9월 중", "3주 전"."""
    end = rf"(?=(?:{_words([*r.UNIT_FOLLOWERS, *r.DATE_FOLLOWERS])})|[^가-힣]|$)"
    rel = _words([*r.DAY_WORDS, *r.MONTH_WORDS, *r.YEAR_WORDS, *r.WEEK_WORDS, *r.WEEKEND_WORDS, *r.QUARTER_WORDS, *r.PAST_WORDS, *r.FUTURE_WORDS, *r.SEASON_WORDS])
    y, m, d = r.YEAR_SUFFIX, r.MONTH_SUFFIX, r.DAY_SUFFIX
    to = rf"(?:{_words(r.DATE_RANGE)})\s?"
    # "15일간", "15일 동안", "15일 이내": days counted, not a day of the month
    not_duration = _words([k[len(d):] for k, v in r.UNITS.items() if k.startswith(d) and v[0] == "duration"])
    not_duration = rf"{not_duration}|\s?(?:{_words(r.DAYS_COUNTED_BEFORE)}){end}"
    stay = "".join(rf"(?<!{re.escape(w)} )" for w in getattr(r, "DAYS_COUNTED_AFTER", ()))  # not "2박 3일" (a day alone: "기간은 12월 2일부터" is a date)
    compared = "".join(rf"(?<!{re.escape(w)} )" for w in getattr(r, "DAYS_COMPARED_AFTER", ()))  # not "평년보다 14일", a day alone
    named = rf"(?!\s?(?:{_words(r.MONTH_NAMED_BY)}){end})" if getattr(r, "MONTH_NAMED_BY", ()) else ""  # not "8월호"
    part_named = rf"(?!\s?(?:{_words(r.PERIOD_PART_NAMED_BY)}))" if getattr(r, "PERIOD_PART_NAMED_BY", ()) else ""  # not "연말 정산"
    calendar_date = (
        rf"(?<![\w.])(?:(?P<rel>{rel})(?:{end}|(?={_words(r.SEASONS)}))\s?)?"
        rf"(?:(?:(?P<year_from>\d{{4}}){y}?\s?{to})?(?P<year>\d{{4}}){y}(?:(?<=0{y})(?P<decade>{_words(r.DECADE_SUFFIXES)}){end})?\s?)?"
        rf"(?:(?P<season>{_words(r.SEASONS)}){end}\s?)?"
        rf"(?:(?P<periodpart>{_words(r.PERIOD_PARTS)}){end}{part_named}\s?)?"
        # "광복절": a day of each year; "광복절인 15일": the holiday that is the 15th, one date
        + (rf"(?:(?P<holiday>{_words(r.HOLIDAYS)})(?:{_words(r.HOLIDAY_IS)}(?=\s?\d))?{end}\s?)?" if getattr(r, "HOLIDAYS", None) else "")
        + (rf"(?:(?P<lunar>{_words(r.LUNAR_HOLIDAYS)}){end}\s?)?" if getattr(r, "LUNAR_HOLIDAYS", None) else "")  # "추석": of the lunar year
        # "4·10 총선": an event named by its month and day, that day (the groups of "10 March")
        + (rf"(?:(?P<month2>1[0-2]|0?[1-9])[·ㆍ‧.](?P<day2>3[01]|[12]\d|0?[1-9])(?=\s?(?:{_words(r.DATED_EVENTS)})))?" if getattr(r, "DATED_EVENTS", None) else "")
        + rf"(?:(?:(?P<month_from>1[0-2]|0?[1-9])\s?{to})?(?P<month>1[0-2]|0?[1-9]){m}{named}\s?)?"
        rf"(?:(?(month)|{stay}{compared})(?:(?P<day_from>3[01]|[12]\d|0?[1-9])\s?{to})?(?P<day>3[01]|[12]\d|0?[1-9]){d}(?!{not_duration})\s?)?"
        rf"(?(day)(?:{to}(?:(?P<month_to>1[0-2]|0?[1-9]){m}\s?)?"
        rf"(?P<day_to>3[01]|[12]\d|0?[1-9]){d}(?!{not_duration})\s?)?)"
        rf"(?(month)(?:(?P<nthweek>{_words(r.ORDINALS)})\s?주{end}\s?)?)"
        rf"(?:(?P<nth>{_words(r.ORDINALS)})\s?(?=[^\s]*요일))?"
        rf"(?:(?P<weekday>{_words(r.WEEKDAYS)})\s?)?"
        rf"(?:(?:(?P<quarter_from>[1-3])\s?{to})?(?P<period>{_words(r.PERIOD_WORDS)})(?!\s?(?:{_words(r.PERIODS_COUNTED_BEFORE)}))\s?)?"
        rf"(?:(?P<part>{_words(r.MONTH_PARTS)}){end}\s?)?"
    )
    # "15일 전 국민에게": the 15th, 전 the prefix of the noun after it ("all the people"), not 15 days ago
    prefixed = rf"(?!(?<={d} {r.AGO_WORDS[0]}) (?:{_words(r.AGO_PREFIX_OF)}){end})" if getattr(r, "AGO_PREFIX_OF", ()) else ""
    ago = (
        rf"(?<![\w.])(?P<n>\d{{1,3}})(?P<approx>{_words(r.APPROX_INSIDE)})?\s?(?P<unit>{_words(r.RELATIVE_UNITS)})"
        rf"(?(approx)|(?P<approx_after>{_words(r.APPROX_INSIDE)})?)\s?"
        rf"(?P<ago>{_words([*r.AGO_WORDS, *r.LATER_WORDS])}){end}{prefixed}"
    )
    span = (
        rf"(?<![\w.])(?P<spanrel>{_words(r.SPAN_WORDS)})\s?(?P<count>\d{{1,3}})\s?"
        rf"(?P<spanunit>{_words(r.SPAN_UNITS)})(?:간|\s?동안)?{end}"
    )
    bound = rf"(?:\s?(?P<bound>{_words(r.DATE_AFTER)}){end})?"
    return re.compile(scan.unrepeated(rf"(?:{ago}|{span}|{calendar_date}){bound}"))


def _names(r: ModuleType, table: Any, lowercase: bool = False) -> str:
    """Month or weekday names: capitalised, and in lower case unless they are also words
    (``lowercase``: all of them, for a month with a day: "march 3" is a date)."""
    names = [w.capitalize() for w in table]
    names += [w for w in table if lowercase or w not in r.NOT_LOWERCASE_NAMES]
    return f"(?:{_words(names)})"


def _lasting_source(r: ModuleType) -> str:
    """"for 10 days", "for a week": how long from a day (its own groups are read apart: a
    group in the big date pattern slows every match of it)."""
    return rf"(?i:{_words(r.LASTING)})\s+(?i:an?|{number_pattern(r)})\s+(?i:{_words(r.RELATIVE_UNITS)})"


def _weekday_plurals(r: ModuleType) -> list[str]:
    """"Sundays", "Thursdays": counted weekdays ("2 Thursdays ago")."""
    return [f"{w}s" for w in r.WEEKDAYS if w not in r.WEEKDAY_ABBREVIATIONS]


_DAY_SUFFIXES = "st|nd|rd|th"  # "3rd", "15th"
_QUARTER_LETTERS = ("q", "Q")  # "18Q4", "4Q18", "2021Q2"


def _glued_after_digits(r: ModuleType) -> list[str]:
    """What the date pattern may read right after digits, with no space: a day's suffix
    ("3rd"), a decade's ("1990s"), an era ("500AD"), a quarter's letter ("18Q4") and a
    number's own suffixes ("2k", "1.2M")."""
    return [
        *_DAY_SUFFIXES.split("|"), *r.DECADE_SUFFIXES, *r.ERAS, *_QUARTER_LETTERS,
        *getattr(r, "DIGIT_SUFFIXES", {}), *getattr(r, "DECIMAL_SUFFIXES", {}),
    ]


def _month_name_pattern(r: ModuleType) -> re.Pattern[str]:
    """"March 3, 2021", "3 March", "mid-December", "last Tuesday", "Q2 2021", "by 2030"."""
    months, weekdays = _names(r, r.MONTHS), _names(r, r.WEEKDAYS)
    full_weekdays = _names(r, {k: v for k, v in r.WEEKDAYS.items() if k not in r.WEEKDAY_ABBREVIATIONS})
    any_month = _names(r, r.MONTHS, lowercase=True)
    seasons = _names(r, r.SEASONS, lowercase=True)
    # a full stop after a month's short form only ("Oct. 1"): after its full name it ends a
    # sentence ("idle since October. The first payments", not "October the first")
    full_names = {n: max((w for w, v in r.MONTHS.items() if v == n), key=len) for n in r.MONTHS.values()}.values()
    full_month_dot = r"\." + "".join(rf"(?<!(?i:{re.escape(name)})\.)" for name in full_names)  # the dot first: most months have none
    day = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:{_DAY_SUFFIXES})?|(?i:{_words(r.DAY_ORDINALS)}))"
    year = r"(?:1[89]\d\d|20\d\d)"
    bound = rf"(?:(?P<bound>(?i:{_words(r.DATE_BEFORE)}))\s+)"
    plain = rf"(?:(?i:{_words(r.PLAIN_BEFORE)})\s+)"
    part = rf"(?:(?P<part>(?i:{_words(r.MONTH_PARTS)}))(?:(?<=-)|[\s-]))"  # "end-2024": a part's own hyphen
    units = _words(r.RELATIVE_UNITS)
    the = r"(?:(?i:the)\s+)?"
    # a month (day) of the year before or after: "June last year", "May of this year" (not
    # "June, last year's champion", "in March this year's budget")
    year_of = rf"|\s+(?:of\s+)?(?P<month_rel>(?i:{_words(r.RELATIVE_WORDS)}))\s+(?i:year)\b(?![’']s)"
    # a plural noun after two numbers: they count it ("between 1800 and 2000 troops"; not "as", "was")
    counted = rf"(?!\s+(?!(?:{_words(getattr(r, 'NOT_COUNTED', ()))})\b)[a-z]+s\b)"
    to = rf"\s*(?i:{_words(r.DATE_RANGE)})\s*{the}"
    # between March 3 and 5, between 3 and 5 March: the opener asks for the second day
    openers = _words(r.DATE_RANGE_OPENERS)
    joiner = rf"\s+(?i:{_words(set(r.DATE_RANGE_OPENERS.values()))})\s+{the}"
    alternatives = "|".join(
        scan.guard(alternative)
        for alternative in [
            # (Monday,) March 3(rd), 2021 / March 2021 / March first
            # and a span of days or months: July 13-15, July 13 - July 15, January to March 2021
            rf"(?:(?P<opener>(?i:{openers}))\s+)?"
            rf"(?:(?P<weekday3>{weekdays}),?\s+)?(?P<month>{any_month})(?![\s-](?i:quarter)\b)(?:{full_month_dot})?(?:\s+{the}(?P<day>{day})(?![\d:])"
            rf"(?:(?(opener){joiner}|{to})(?:(?P<month_to>{any_month})\.?\s+)?(?P<day_to>{day})(?![\d:%]){counted})?)?"
            rf"(?(day)|(?(opener)|(?:{to}(?P<month_end>{months})\b\.?)?))(?:,?\s+(?:of\s+)?(?P<year>{year}){year_of})?\b"
            # March 3, 2020 to May 5, 2021: a span of days over years; January 2020 to December
            # 2023, between March 2020 and May 2021: a span of months over years
            rf"(?(day)(?(day_to)|(?(year)(?:(?(opener){joiner}|{to})(?P<month_last2>{any_month})\.?\s+(?P<day_last>{day})(?![\d:%]),?\s+(?P<year_last2>{year})\b)?))"
            rf"|(?(month_end)|(?(year)(?:(?(opener){joiner}|{to})(?P<month_last>{months})\b(?:\.?,?\s+(?P<year_last>{year})\b)?)?)))"
            rf"(?(opener)(?(day_to)|(?(month_last)|(?(day_last)|(?!)))))"
            rf"(?(day)(?:,\s+(?P<weekday5>{weekdays})\b(?!\s+[A-Z]))?)",  # Jul 18, Fri (not "July 18, Sun Yang")
            # between March and May (2021)
            rf"(?i:{_words(r.DATE_RANGE_OPENERS)})\s+(?P<month_b>{months})\.?\s+(?i:and)\s+(?P<month_and>{months})\b(?:,?\s+(?P<year_b>{year}))?",
            # (the) 3(rd) (of) March (2021); (the) 13th to (the) 15th (of) July
            # and 14th April 15, the year in two digits when nothing follows it but punctuation
            # and 3 March 2020 to 5 May 2021, between 3 March 2020 and 5 May 2021: a span of days over years
            rf"(?:(?P<opener2>(?i:{openers}))\s+)?{the}(?P<day2>{day})(?:(?(opener2){joiner}|{to})(?P<day2_to>{day}))?"
            rf"\s+(?:of\s+)?(?P<month2>{any_month})\b"
            rf"(?:\.?,?\s+(?P<year2>{year})|\s+(?P<year2s>\d\d)(?=[.,;:!?)]*(?:\n|$)|[.,;:!?)]+\s))?"
            rf"(?(day2_to)|(?:(?(opener2){joiner}|{to})(?P<day_last3>{day})\s+(?:of\s+)?(?P<month_last3>{any_month})\b(?:\.?,?\s+(?P<year_last3>{year})\b)?)?)"
            rf"(?(year2)(?(day_last3)(?(year_last3)|(?!))))(?(opener2)(?(day2_to)|(?(day_last3)|(?!))))",
            # the 20th of next month
            rf"{the}(?P<day3>{day})\s+of\s+{the}(?P<rel3>(?i:{_words(r.RELATIVE_WORDS)}))\s+(?i:month)\b",
            # the first Monday of October, the last Friday in the month
            rf"{the}(?P<nth>(?i:{_words(r.ORDINALS)}))\s+(?P<nthday>{weekdays})\s+(?:of|in)\s+"
            rf"(?:(?P<month3>{months})(?:\s+(?P<year3m>{year}))?|(?:the|this)\s+month)\b",
            # the first (full) week of October 2014, the second last week of 2018
            # and the last day of October, the first weekend of next month
            rf"{the}(?P<wk_nth>(?i:{_words(r.ORDINALS)}))\s+(?P<wk_last>(?i:last)\s+)?(?P<wk_kind>(?i:week|day|{_words(r.WEEKEND_UNITS)}))\s+(?:of|in)\s+"
            rf"(?:(?P<wk_month>{any_month})(?:,?\s+(?P<wk_year>{year}))?|(?P<wk_year2>{year})"
            rf"|(?:(?i:the)|(?P<wk_rel>(?i:{_words(r.RELATIVE_WORDS)})))\s+(?P<wk_unit>(?i:month|year)))\b",
            # Wednesday (of) next week
            rf"(?P<weekday2>{weekdays})\s+(?:of\s+)?(?P<rel2>(?i:{_words(r.RELATIVE_WORDS)}))\s+(?i:week)\b",
            # Friday after next, the week after next
            rf"{the}(?P<after_next>{weekdays}|(?i:{_words(u for u, kind in r.RELATIVE_UNITS.items() if u == kind)}))\s+(?i:{_words(r.AFTER_NEXT)})\b",
            # the first nine months of 2025 (of the year, of last year): a span of its months
            rf"{the}(?P<ym_end>(?i:{_words(r.MONTHS_OF_YEAR_ENDS)}))\s+(?P<ym_n>(?i:{number_pattern(r)}))\s+(?i:months)\s+of\s+"
            rf"(?:(?P<ymyear>{year})|(?:(?i:the)|(?P<ym_rel>(?i:{_words(r.RELATIVE_WORDS)})))\s+(?i:year))\b(?![’']s)",
            # next month, last Tuesday, next March; the past two years (not "this Sunday, Nov. 10,
            # 2019, photo", "this Nov. 10 photo": the photo's "this", before a date read whole)
            # and the two previous years, 2 upcoming weeks (the count first)
            rf"(?:(?i:the)\s+)?(?:(?=(?:\S+\s+){{1,3}}?(?i:{_words(r.COUNT_FIRST)})\s)(?P<count_first>(?i:{number_pattern(r)}))\s+(?=(?i:{_words(r.COUNT_FIRST)})\s+(?i:{units})\b))?"
            rf"(?P<rel>(?i:{_words(r.RELATIVE_WORDS)}))\s+(?(count_first)|(?:(?P<count>(?i:{number_pattern(r)}))\s+(?=(?i:{units})\b))?)(?P<relunit>(?i:{units}|{_words(r.WEEKEND_UNITS)})\b|{weekdays}\b(?!,?\s+{months})|{months}\b(?!\.?\s+\d)|{seasons}\b)",
            # (the) summer of 2019, summer 2019
            rf"{the}(?P<season>{seasons})\s+(?:of\s+)?(?P<syear>{year})\b",
            # the third quarter (of 2020), Q2 2021, 2021 Q2, H1 2021
            rf"{the}(?P<ordinal>(?i:{_words(r.ORDINALS)}))\s+(?P<period>(?i:{_words(r.PERIOD_WORDS)}))\b"
            rf"(?:\s+(?:of\s+)?(?P<pyear>{year})|\s+of\s+(?:(?i:the)|(?P<prel>(?i:{_words(r.RELATIVE_WORDS)})))\s+(?i:year)\b)?"
            rf"|Q(?P<q>[1-4])(?:\s+(?:of\s+)?(?P<qyear>{year}))?|(?P<qyear2>{year})\s?Q(?P<q2>[1-4])"
            rf"|(?P<half>H[12])\s+(?P<hyear>{year})|(?P<yq>\d\d[qQ][1-4]|[1-4]Q\d\d)\b"
            # the September quarter (of 2024): the quarter a month ends, as companies name it
            rf"|{the}(?P<qmonth>{months})[\s-](?i:quarter)\b(?!-)(?:\s+(?:of\s+)?(?P<qmyear>{year}))?",
            # Tuesday 19th, Tuesday the 19th: a day of the reference month
            rf"(?P<weekday4>{full_weekdays})\s+{the}(?P<day4>(?:3[01]|[12]\d|0?[1-9])(?:{_DAY_SUFFIXES}))\b(?!\s+(?:of\s+)?{months})",
            rf"(?:(?i:on)\s+)?(?P<weekday>{full_weekdays})\b(?!,?\s+{months}|[-–][A-Z])",  # not "Tuesday-Saturday drivers"
            rf"(?P<dayword>(?i:{_words(r.DAY_WORDS)}))\b",
            rf"{the}(?P<periodpart>{_words(r.PERIOD_PARTS)})\b",  # EOY, the EOM
            rf"(?P<latest_weekend>(?i:{_words(r.LATEST_WEEKEND)}))\b",  # over the weekend
            # (the end of) the month: the current one, named only with a part of it
            r"(?P<thisunit>(?i:(?:the\s+)?(?:week|month|year|decade)))(?![\w-])",
            # two years ago, 2 Thursdays ago, four Tuesdays from now
            # (not "billion two" of "$7.5 billion two years ago": no number opens with a scale)
            rf"(?!(?i:{_words([*r.SMALL_SCALES, *r.BIG_SCALES])})\s)(?P<n>(?i:an?|{number_pattern(r)}))\s+(?P<unit>(?i:{units}|{_words(_weekday_plurals(r))}))\s+"
            rf"(?P<ago>(?i:{_words([*r.AGO_WORDS, *r.LATER_WORDS, *_earlier_words(r)])}))\b(?!\s+than\b)",  # not "two days earlier than planned"
            # 14 a.d., 1890 A.D., 500 CE
            rf"(?<![\w$€£.,])(?P<eyear>[1-9]\d{{0,3}})\s?(?:{_words(r.ERAS)})(?!\w)",
            *(  # before Christmas, on New Year's Eve (2024); not Christmas Island, Christmas shopping
                [
                    rf"(?P<holiday>{_words(r.HOLIDAYS)})(?![\w’'-])(?:,?\s+(?P<holyear>{year})\b)?"
                    rf"(?!\s+[A-Z])(?!\s+(?!(?:{_words(r.HOLIDAY_FOLLOWERS)})\b)[a-z])"
                ]
                if getattr(r, "HOLIDAYS", None)
                else []
            ),
            # the '90s, the mid-’80s: a decade by its last two digits
            rf"(?<![\w'‘’])['‘’](?P<decade_yy>\d0)(?:{_words(r.DECADE_SUFFIXES)})\b",
            # 2019, the 1990s, 2019-2021, 2020-21, between 2019 and 2021 (not "between 1800 and 2000 troops")
            rf"(?:(?P<between>(?i:{_words(r.DATE_RANGE_OPENERS)}))\s+)?"
            rf"(?<![\w$€£.,])(?<!\d-)(?P<year4>{year})(?:(?<=0)(?P<decade>{_words(r.DECADE_SUFFIXES)})\b"
            rf"|(?(between)\s+(?i:and)\s+(?P<year_and>{year}){counted}|(?:{to}(?P<year_to>{year}|\d\d)(?!\d){counted})?))"
            rf"(?![\w%,.]\w|\s?(?:%|per|(?:{_words(r.ERAS_BEFORE)})(?!\w)))",
        ]
    )
    week = rf"(?P<weekof>(?i:{_words(r.WEEK_OF)}))\s+"
    # for 10 days from 18th Dec; 18th Dec for 10 days
    lasting = _lasting_source(r)
    lasting_before = rf"(?P<lasting_before>{lasting})\s+(?=(?i:from)\s)"
    lasting_after = rf"(?P<lasting_after>\s+{lasting}\b)?"
    # not "if Muir were around today": a day word is no estimate
    approx = rf"(?P<approx>(?i:{_words(r.DATE_APPROX)}))\s+(?!(?i:{_words(r.DAY_WORDS)})\b)"
    # each optional word behind the look-ahead of scan.guard: tried at every place a lead may end
    lead = "".join(f"(?:{scan.guard(word)})?" for word in (lasting_before, f"(?:{bound}|{plain})", approx, part, week))
    return re.compile(scan.unrepeated(rf"(?<![\w-]){lead}(?:{alternatives}){lasting_after}"))


# --- finding ---------------------------------------------------------------------------


_DIGIT_ANCHORS = scan.anchors(digits_where=NUMERIC_DATE)
_ASCII_START = re.compile(r"[A-Za-z]+")  # a phrase's anchor word: "Valentine" of "Valentine's Day"


@cache
def date_anchors(rules: ModuleType) -> tuple[scan.Anchors, scan.Prefix | None]:
    """Anchors (digits, date words, the words that may open a date) and the short words
    ("the", "a") a date may start with before an anchor."""
    if hasattr(rules, "DAY_SUFFIX"):  # Hangul: words glue to particles, so no \b
        tables = (rules.DAY_WORDS, rules.MONTH_WORDS, rules.YEAR_WORDS, rules.WEEK_WORDS, rules.WEEKEND_WORDS, rules.QUARTER_WORDS)
        words = [w for table in (*tables, rules.PAST_WORDS, rules.FUTURE_WORDS, rules.SPAN_WORDS, rules.SEASON_WORDS, rules.PERIOD_PARTS, rules.WEEKDAYS, rules.PERIOD_WORDS, getattr(rules, "HOLIDAYS", ()), getattr(rules, "LUNAR_HOLIDAYS", ())) for w in table]
        return scan.anchors(glued=words), None
    later = [w.split()[-1] for w in (*rules.AGO_WORDS, *rules.LATER_WORDS)]
    words = [
        *rules.MONTHS, *rules.WEEKDAYS, *rules.RELATIVE_WORDS, *rules.DAY_ORDINALS, *later,
        *(w for w in rules.ORDINALS if w.isalpha()), *(p.split()[-1] for p in rules.DAY_WORDS if " " not in p), "day",
        *(part.split()[-2] for part in rules.MONTH_PARTS if part.endswith(" of")),  # "(by) the end of the year"
        *(phrase.split()[0] for phrase in rules.LATEST_WEEKEND),  # "over" the weekend
        *rules.PERIOD_PARTS,
        *(_ASCII_START.match(h)[0] for h in getattr(rules, "HOLIDAYS", ())),  # type: ignore[index]
    ]
    # What may follow a word such as "this" or "first" in a date: a number or a word of the
    # date's tables; and a number (but a year): what the pattern reads glued to digits ("3rd",
    # not "10D" or "3.5kg"), a range's sign before its other end (not "20-year-old"), or a
    # month, a unit ("15 March", "3 years"), "of", a scale, an era or the words of a range or
    # fraction ("and").
    follower = rf"(?:\d|(?i:{_words(_vocabulary(rules))})(?![A-Za-z]))"
    compounds = [p.split("-")[0] for p in rules.PERIOD_PARTS if "-" in p]  # "year"-end: found at "end"
    compound = "|(?:" + "|".join(rf"(?<={re.escape(w)}-end)" for w in compounds) + r")(?![\w-])" if compounds else ""
    compound_head = rf"(?:(?i:{_words(compounds)})-)?" if compounds else ""
    symbols = re.escape("".join(sorted({"/", "~", "-", *(c for w in rules.DATE_RANGE if not w.isalpha() for c in w)})))
    after_number = rf"(?:\d|(?i:{_words(_after_number(rules))})(?![A-Za-z]))"  # "500 A.D." whole
    glued = _words(_glued_after_digits(rules))
    # after a range's sign: the other end ("13-15", "2020-21", "3-the 5th"), or a scale ("2-million")
    other_end = rf"\s*(?:\d|(?i:the\s|{_words([*rules.DAY_ORDINALS, *getattr(rules, 'SMALL_SCALES', {}), *getattr(rules, 'BIG_SCALES', {})])}))"
    # (a year may end inside a longer digit run: "20201,000" holds 2020)
    digits = re.compile(rf"1[89]\d\d|20\d\d|[\d,.]*(?:{glued}|[{symbols}]{other_end}|\s+(?:[{symbols}]|{after_number}))")
    date_openers = [*rules.RELATIVE_WORDS, *rules.ORDINALS, *rules.DAY_ORDINALS, *(part.split()[-2] for part in rules.MONTH_PARTS if part.endswith(" of"))]
    weekend = {first.lower(): rest for first, rest in (phrase.split(maxsplit=1) for phrase in rules.LATEST_WEEKEND)}  # "over": "the weekend"
    holidays = getattr(rules, "HOLIDAYS", {})
    # a holiday's first word that is no holiday alone ("New" Year's Day, "Boxing" Day): only before a date's word
    holiday_heads = [h.split()[0] for h in holidays if " " in h and h.split()[0] not in holidays and h.split()[0].isalpha()]
    openers = [*date_openers, *weekend, *holiday_heads]
    ends = {phrase.split()[-1] for phrase in (*rules.AFTER_NEXT, *rules.LATER_WORDS, *rules.AGO_WORDS, *rules.DAY_WORDS)}  # "the week after next"
    needs_next = {w.split()[0] for w in openers if w.split()[0].isalpha()} - ends
    # A word opening only a weekend phrase ("at" the weekend) is an anchor only before the
    # phrase's rest: "at the" is too common to try the pattern at.
    weekend_only = set(weekend) - {o.split()[0].lower() for o in date_openers}
    following = rf"[\s-]+{follower}{compound}"
    if weekend_only:
        rests = "|".join(rf"(?<=\b{re.escape(w)})\s+{re.escape(weekend[w])}\b" for w in sorted(weekend_only))
        others = "".join(rf"(?<!\b{re.escape(w)})" for w in sorted(weekend_only))
        following = rf"(?i:{rests})|(?i:{others}){following}"
    found = scan.anchors(  # "a year earlier" read from its lead only: "earlier Tuesday" is "Tuesday"
        words=words, before_digits=r"[QH][1-4]\b|['‘’](?=\d0)", digits_where=digits, needs_next=needs_next, next_word=re.compile(following),
        lead_only=_earlier_words(rules),
    )
    # before an anchor: "in", "by", "between"; "mid-"; "the", "that", "the summer of"; "two years" (ago)
    # the words of a day phrase before its anchor ("the same" day, "the" day before yesterday)
    day_heads = {w for words in map(str.split, rules.DAY_WORDS) for w in words[: words.index("day") if "day" in words else -1]}
    heads = sorted(day_heads | {"the", "of", *rules.SEASONS})
    counted = _words([*rules.RELATIVE_UNITS, *_weekday_plurals(rules)])
    # "two years" (ago), "two" (upcoming weeks)
    ago = rf"(?:(?!(?:{_words([*rules.SMALL_SCALES, *rules.BIG_SCALES])})\s)(?:an?|{number_pattern(rules)})\s+(?:(?:{counted})\s+(?:from\s+)?)?)?"
    after = _words(w for phrase in rules.AFTER_NEXT for w in phrase.split()[:-1])  # "the week after" (next)
    after_next = rf"(?:(?:{_words(u for u, kind in rules.RELATIVE_UNITS.items() if u == kind)})\s+{after}\s+)?"
    prefix = re.compile(
        rf"(?<![\w-])(?i:(?:{_words([*rules.DATE_BEFORE, *rules.PLAIN_BEFORE, *rules.DATE_RANGE_OPENERS])})\s+)?(?i:(?:{_words(rules.DATE_APPROX)})\s+)?"
        rf"(?i:(?:{_words(rules.MONTH_PARTS)})(?:(?<=-)|[\s-]))?(?i:(?:{_words(rules.WEEK_OF)})\s+)?(?i:(?:{_words(heads)})\s+)*(?i:{ago}{after_next}){compound_head}$"
    )
    lead = (*rules.DATE_BEFORE, *rules.PLAIN_BEFORE, *rules.DATE_RANGE_OPENERS, *rules.DATE_APPROX, *rules.MONTH_PARTS, *rules.WEEK_OF, *heads, *rules.RELATIVE_UNITS, *_weekday_plurals(rules))
    last = {w.split()[-1].lower() for w in (*lead, *compounds)}
    # every word of the prefix: its phrases' words, "a"/"an", "from" and the number words
    phrases = [*lead, *compounds, "a", "an", "from", "and"]
    phrases += [w for table in ("NUMBER_WORDS", "SMALL_SCALES", "BIG_SCALES", "NEGATIVE_WORDS", "DIGIT_SUFFIXES") for w in getattr(rules, table, ())]
    prefix_words = {w.lower() for phrase in phrases for w in re.split(r"[\s-]+", phrase) if w}
    last.update(w.lower() for w in getattr(rules, "NUMBER_WORDS", ()) if len(w) > 2)  # "two" upcoming weeks (not "a", "an")
    again = frozenset(w.split()[-1].lower() for w in rules.DATE_BEFORE)  # "a year from 2026": "from"
    return found, scan.Prefix(prefix, 48, frozenset(last), frozenset(prefix_words), again)


# Every table the English date pattern reads, and the words written into it.
_VOCABULARY_TABLES = (
    "MONTHS", "WEEKDAYS", "RELATIVE_WORDS", "RELATIVE_UNITS", "WEEKEND_UNITS", "ORDINALS", "DAY_ORDINALS", "PERIOD_WORDS",
    "SEASONS", "DATE_RANGE", "DATE_RANGE_OPENERS", "ERAS", "AGO_WORDS", "EARLIER_WORDS", "LATER_WORDS", "AFTER_NEXT", "MONTH_PARTS",
    "DAY_WORDS", "LATEST_WEEKEND", "WEEK_OF", "DATE_BEFORE", "PLAIN_BEFORE", "DATE_APPROX", "LASTING", "DECADE_SUFFIXES",
    "NUMBER_WORDS", "SMALL_SCALES", "BIG_SCALES", "NEGATIVE_WORDS", "DIGIT_SUFFIXES", "DECIMAL_SUFFIXES",
    "FRACTIONS_AFTER", "FRACTIONS_BEFORE", "DECIMAL_POINTS", "COUNT_FIRST", "PERIOD_PARTS", "ERAS_BEFORE",
)
_PATTERN_WORDS = ("of", "the", "and", "in", "this", "month", "year", "week", "day", "a", "an", "from", "for", "last")


def _vocabulary(rules: ModuleType) -> set[str]:
    """The words (lower case) a date of the language may hold: every table the pattern is
    built from, a weekday's plural ("2 Thursdays ago") and the pattern's own words."""
    tables = [getattr(rules, name, ()) for name in _VOCABULARY_TABLES]
    entries = [*(w for table in tables for w in table), *getattr(rules, "DATE_RANGE_OPENERS", {}).values(), *_weekday_plurals(rules), *_PATTERN_WORDS]
    return {w for entry in entries for w in re.findall(r"[a-z]+", entry.lower())}


def _after_number(rules: ModuleType) -> list[str]:
    """What may follow a number in a date: a month ("15 March"), "of" ("the 20th of"), a unit
    ("3 years", "2 Thursdays"), a scale ("2 million years"), an era ("500 A.D."), a range
    ("13 to 15", "between 13 and 15"), a fraction ("2 and a half") or a relative word a count
    may come before ("2 upcoming weeks")."""
    return [
        *rules.MONTHS, "of", *rules.RELATIVE_UNITS, *rules.WEEKEND_UNITS, *_weekday_plurals(rules), *rules.ERAS, *rules.DATE_RANGE,
        *rules.DATE_RANGE_OPENERS.values(), *getattr(rules, "SMALL_SCALES", {}), *getattr(rules, "BIG_SCALES", {}),
        *getattr(rules, "DIGIT_SUFFIXES", {}), *getattr(rules, "FRACTIONS_AFTER", {}), *getattr(rules, "COUNT_FIRST", ()),
    ]


def find(ctx: Context, found: Sequence[Fact]) -> Iterable[Fact]:
    ref = ctx.ref_date.date() if isinstance(ctx.ref_date, datetime) else ctx.ref_date
    dates = list(scan.read(ctx.text, (NUMERIC_DATE,), _DIGIT_ANCHORS, None, lambda m: _numeric(ctx, m)))
    yield from _fiscal_years(ctx)
    pattern = date_pattern(ctx.lang)
    if pattern is None:
        yield from dates
        return
    anchors, prefix = date_anchors(ctx.lang)  # type: ignore[arg-type]
    back: dict[int, tuple[str, int, bool]] = {}  # the dates counted back (on, a negative count) from the one before them ("전년", "a year earlier", "two days later"): start -> (unit, count, earlier)
    counted = _counted_back_words(ctx.lang)  # type: ignore[arg-type]
    earlier = frozenset(w.lower() for w in _earlier_words(ctx.lang))  # type: ignore[arg-type]
    later = frozenset(getattr(ctx.lang, "LATER_COUNTED", ()))
    same_years = frozenset(getattr(ctx.lang, "SAME_PERIOD_BEFORE", ()))
    lead = _same_period_lead(ctx.lang)

    beside = _beside_groups(ctx.lang)  # type: ignore[arg-type]  # the groups of the dates a date beside them may change
    seen: list[int] = []  # where such dates are

    def read(m: re.Match[str]) -> Fact | None:
        fact = _date(ctx, m, ref)
        if fact is not None and counted and m["rel"] in counted:
            unit = _counted_back(ctx.lang, m)  # type: ignore[arg-type]
            if unit:
                back[fact.start] = (unit, 1, False)
        elif fact is not None and m["rel"] in same_years and fact.text == m["rel"] and _same_period(ctx.lang).match(ctx.text, fact.end):
            back[fact.start] = ("year", 1, False)  # "작년 같은 기간": as "전년 같은 기간"
        elif fact is not None and lead is not None and fact.attrs["grain"] == "year" and m["rel"] and lead.search(ctx.text, max(0, fact.start - 32), fact.start):
            if ctx.lang.RELATIVE_WORDS.get(m["rel"].lower()) == -1:  # type: ignore[union-attr]
                back[fact.start] = ("year", 1, False)  # "the same period last year"
        if fact is not None and earlier and m["ago"] and m["ago"].lower() in earlier:
            n = parse_number(m["n"], ctx.lang)  # "a year earlier": NUMBER_WORDS reads "a" as one
            unit = ctx.lang.RELATIVE_UNITS.get(m["unit"].lower())  # type: ignore[union-attr]
            if n is not None and unit is not None:
                back[fact.start] = (unit, -int(n) if m["ago"].lower() in later else int(n), True)
        if fact is not None and not seen:
            for group in beside:
                if m[group]:
                    seen.append(fact.start)  # one is enough: the pass reads every date
        return fact

    dates += scan.read(ctx.text, (pattern,), anchors, prefix, read)
    if not (back or seen):  # most texts: no second pass, no sorting
        yield from dates
        return
    dates.sort(key=_START)
    if seen:
        dates = _weekday_spans(ctx, dates)
    if not back:
        yield from dates
        return
    for i in range(len(dates)):
        if (fact := _from_date_before(ctx, dates, i, back)) is not None:
            yield fact


@cache
def _beside_groups(rules: ModuleType) -> tuple[str, ...]:
    """A weekday ("weekday") or a day word ("dayword": "the same day") is read again beside
    the dates around it (``_weekday_spans``). Cached by language: a compiled pattern hashes
    its whole code."""
    return tuple(g for g in ("weekday", "dayword") if g in date_pattern(rules).groupindex)  # type: ignore[union-attr]


_START = attrgetter("start")
_GRAINS = ("day", "week", "month", "quarter", "half", "year")


def _weekday_spans(ctx: Context, dates: list[Fact]) -> list[Fact]:
    """A weekday alone is the latest such day before the reference day, unless a date beside
    it says otherwise: after another weekday and a range word ("from Monday to Friday",
    "Friday through Sunday") it is the first such day after that one ("Monday to Friday" gave
    a Friday before the Monday); before its day in brackets ("수요일(15일)", "Tuesday (Nov.
    26)") it is that day when the two agree. ``dates`` in text order."""
    weekdays, joiners = lowered(ctx.lang, "WEEKDAYS"), {w.lower() for w in ctx.rule("DATE_RANGE")}  # type: ignore[arg-type]
    anaphoric = ctx.rule("ANAPHORIC_DAY_WORDS")
    if anaphoric:
        found: list[Fact] = []
        for fact in dates:
            if fact.text.lower() not in anaphoric:
                found.append(fact)
            else:
                found.append(_day_named_last(ctx, found, fact))
        dates = found
    for i in range(1, len(dates)):
        first, then = dates[i - 1], dates[i]
        if then.start - first.end > 6 or first.attrs.get("grain") != "day" or first.attrs["from"] != first.attrs["to"]:
            continue  # most dates stand apart: the first test is the cheapest
        before, words = first.text.lower().split(), then.text.lower().split()
        if len(before) > 2 or before[-1] not in weekdays:
            continue
        between = ctx.text[first.end : then.start].strip().lower()
        if between == "(" and then.attrs.get("grain") == "day" and then.attrs["from"] == then.attrs["to"]:
            if date.fromisoformat(then.attrs["from"]).weekday() == weekdays[before[-1]]:
                dates[i - 1] = make_fact(ctx, "date", first.start, first.end, then.value, **{**first.attrs, "from": then.attrs["from"], "to": then.attrs["to"]})
            continue
        if len(words) > 2 or words[-1] not in weekdays:
            continue
        if not (between in joiners and len(words) == 1 or not between and len(words) == 2 and words[0] in joiners):
            continue
        start = date.fromisoformat(first.attrs["from"])
        day_after = (start + timedelta(days=(weekdays[words[-1]] - start.weekday() - 1) % 7 + 1)).isoformat()
        dates[i] = make_fact(ctx, "date", then.start, then.end, day_after, **{**then.attrs, "from": day_after, "to": day_after})
    return dates


def _day_named_last(ctx: Context, before_it: list[Fact], fact: Fact) -> Fact:
    """"the same day", "that day": the last single day the text named before it (``before_it``:
    the dates before it, in text order); the reference day, as read, when it named none."""
    for before in reversed(before_it):
        if before.attrs.get("grain") == "day" and before.attrs["from"] == before.attrs["to"]:
            return make_fact(ctx, "date", fact.start, fact.end, before.value, **{**fact.attrs, "from": before.attrs["from"], "to": before.attrs["to"]})
    return fact


@cache
def _counted_back_words(rules: ModuleType) -> frozenset[str]:
    """The relative words that open a date counted back ("전년", "전 분기", "previous", "Previous")."""
    words = {v for w in getattr(rules, "FROM_DATE_BEFORE", ()) for v in (w, w.split()[0])}
    return frozenset(words | {w.capitalize() for w in words})


def _counted_back(rules: ModuleType, m: re.Match[str]) -> str | None:
    """The unit of a date counted back from the one before it ("전년": year, "the previous
    quarter": quarter), None for the others."""
    unit = m["relunit"] if "relunit" in m.re.groupindex else None
    return lowered(rules, "FROM_DATE_BEFORE").get(f"{m['rel']} {unit}".lower() if unit else m["rel"].lower())


@cache
def _same_period(rules: ModuleType | None) -> re.Pattern[str]:
    return re.compile(rf"\s?(?:{_words(getattr(rules, 'SAME_PERIOD', ()))})" if hasattr(rules, "SAME_PERIOD") else "(?!)")


@cache
def _same_period_lead(rules: ModuleType | None) -> re.Pattern[str] | None:
    leads = getattr(rules, "SAME_PERIOD_LEAD", ())
    return re.compile(rf"\b(?i:{_words(leads)})\s+(?:(?i:of|in)\s+)?$") if leads else None


def _from_date_before(ctx: Context, dates: Sequence[Fact], i: int, back: dict[int, tuple[str, int, bool]]) -> Fact | None:
    """A date counted back from the one its sentence names before it ("지난해 매출은 전년 대비…":
    2022 in 2024; "올해 1분기 영업이익은 전년 동기 대비…": 2023-Q1 with ``SAME_PERIOD`` after it;
    "sales in the second quarter of 2019 rose from the previous quarter": 2019-Q1), not from
    the reference date; so counted when the sentence names none before it, or one of another
    grain for a quarter or month. Units "earlier" count back the base's own period ("revenue in
    the first half rose from a year earlier": last year's first half) and need one: with none,
    they count from the story's events, as "the next day", and are no date (None)."""
    fact = dates[i]
    if fact.start not in back:
        return fact
    kind, count, earlier = back[fact.start]
    lo = _sentence_at(ctx, fact.start)[0]
    before = (dates[j] for j in range(i - 1, -1, -1))
    base = next((f for f in before if f.start >= lo and f.attrs.get("from") and f.start not in back), None)
    if base is None:
        base = _period_told_before(ctx, dates, i, lo, back)
    if base is None:
        if earlier:
            return None
        # "지난해 같은 기간보다 38% 늘었다" with no period named: last year, its words all the date's
        after = _same_period(ctx.lang).match(ctx.text, fact.end) if kind == "year" else None
        return make_fact(ctx, "date", fact.start, after.end(), fact.value, **fact.attrs) if after else fact
    start, end = date.fromisoformat(base.attrs["from"]), date.fromisoformat(base.attrs["to"])
    grain = base.attrs["grain"]
    if kind != "year" and grain != kind and not (earlier and _GRAINS.index(grain) < _GRAINS.index(kind)):
        return None if earlier else fact  # "a week earlier" than a month
    first, last = _shift(start, -count, kind), _shift(end, -count, kind)
    if grain not in ("day", "week"):
        last = months(last.year, last.month, 1, grain).end
    after = _same_period(ctx.lang).match(ctx.text, fact.end) if kind == "year" else None
    lead = _same_period_lead(ctx.lang)
    led = lead.search(ctx.text, max(0, fact.start - 32), fact.start) if lead is not None and kind == "year" else None
    if led and grain == "day":
        return fact  # "the quarter ended June 30 … the same period last year": a period the day ends, not named
    fact_start, fact_end = (led.start() if led else fact.start), (after.end() if after else fact.end)
    if earlier or after or led:  # "a year earlier", "전년 동기", "the same period last year": the base's period, back
        period = Period(first, last, grain)
    else:
        period = months(first.year, 1, 12, "year") if kind == "year" else Period(first, last, grain)
    attrs = {**fact.attrs, "grain": period.grain, "from": period.start.isoformat(), "to": period.end.isoformat()}
    return make_fact(ctx, "date", fact_start, fact_end, period.value, **attrs)


def _period_told_before(ctx: Context, dates: Sequence[Fact], i: int, lo: int, back: dict[int, tuple[str, int, bool]]) -> Fact | None:
    """The period the sentence before the one at ``lo`` names, when both are of one paragraph
    (no line break between): its last week, month, quarter, half or year, not itself counted back
    ("삼성전자가 올해 3분기 영업이익 …을 기록했다고 8일 밝혔다. 전년 동기 대비 274.5% 증가한": 2023-Q3;
    "Revenue in the third quarter rose. It was up 8% from a year earlier"). A day there is
    most often the day the news was told ("8일 밝혔다", "said on Tuesday"), so none."""
    at = bisect.bisect_right(ctx.starts, lo) - 1  # the sentence at lo (a bisect of ints: faster than of pairs)
    if at < 1 or "\n" in ctx.text[ctx.sentences[at - 1][1] : lo]:
        return None
    first = ctx.sentences[at - 1][0]
    for j in range(i - 1, -1, -1):
        f = dates[j]
        if f.start < first:
            return None
        if f.start < lo and f.attrs.get("from") and f.start not in back and f.attrs["grain"] in _GRAINS[1:]:
            return f
    return None


@cache
def _fiscal_words(rules: ModuleType | None) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The pattern of the fiscal-year words, and the fewest strings that every one holds
    ("iscal" for "fiscal year" and "Fiscal"): a text holding none is not searched (a search
    of the whole text cost 15% of the dates' time, each string looked for 0.7%)."""
    words = [*getattr(rules, "FISCAL_BEFORE", ()), *getattr(rules, "FISCAL_AFTER", ())]
    if not words:
        return None
    uncased = {w[1:] if w[:1] != w[:1].swapcase() and w[:1].swapcase() + w[1:] in words else w for w in words}
    cores = tuple(w for w in uncased if not any(v != w and v in w for v in uncased))
    return re.compile(rf"(?<![A-Za-z])(?:{_words(words)})(?![A-Za-z])"), cores


# A fiscal year's number after its word ("FY2023", "fiscal 2024/25", "FY23") or before it
# ("2024-25 fiscal year", "2023 회계연도"): one year, or two years that are one fiscal year or a
# span of them.
_FISCAL_AFTER_WORD = re.compile(r"\s?((?:19|20)\d\d|\d\d(?=[/-]\d\d\b|\b))(?:[/-]((?:19|20)?\d\d))?(?![\d%]|[.,]\d)")
_FISCAL_BEFORE_WORD = re.compile(r"(?<![\w.,$€£/-])((?:19|20)\d\d)(?:[/-]((?:19|20)?\d\d))?\D{0,2}$")


def _fiscal_years(ctx: Context) -> Iterable[Fact]:
    """"in fiscal 2023", "FY 2024/25", "the 2024-25 fiscal year", "2023 회계연도": a year of an
    organisation's books, whose first and last days the text does not give. Value: the year
    (or the first and last, "2024/2025", of one written with two), grain year, ``fiscal``
    True, no ``from``/``to``. The calendar reading of its number ("2024-25") gives way, as
    the shorter span. A quarter or half after the word ("its fiscal third quarter") is left
    out by ``_date``."""
    fiscal = _fiscal_words(ctx.lang)
    text = ctx.text
    if fiscal is None or not any(core in text for core in fiscal[1]):
        return
    words = fiscal[0]
    before, after = ctx.rule("FISCAL_BEFORE"), ctx.rule("FISCAL_AFTER")
    for w in words.finditer(text):
        number = _FISCAL_AFTER_WORD.match(text, w.end()) if w.group() in before else None
        start, end = w.start(), number.end() if number else 0
        if number is None and w.group() in after:
            number = _FISCAL_BEFORE_WORD.search(text, max(0, w.start() - 14), w.start())
            start, end = number.start() if number else 0, w.end()
        if number is None or (len(number[1]) == 2 and not w.group().isupper()):
            continue  # "fiscal 23" is no year; "FY23" is
        first = int(number[1]) if len(number[1]) == 4 else _two_digit_year(number[1])
        last = first if number[2] is None else first // 100 * 100 + int(number[2][-2:])
        if not first <= last <= first + 10:
            continue
        bound = scan.word_before(ctx.text, start)
        qualifier = ctx.rule("DATE_BEFORE", {}).get(bound)
        if qualifier:
            start = text.rindex(bound, 0, start) if bound in text[max(0, start - 24):start] else start
        value = str(first) if last == first else f"{first}/{last}"
        yield make_fact(ctx, "date", start, end, value, grain="year", part=None, qualifier=qualifier, fiscal=True, **{"from": None, "to": None})


def _numeric(ctx: Context, m: re.Match[str]) -> Fact | None:
    if _after_timestamp_label(ctx, m.start()):
        return None
    try:
        period = day(_numeric_date(m, ctx.rule("NUMERIC_MONTH_FIRST", False)))
    except ValueError:
        return None
    return _fact(ctx, m.start(), m.end(), period, None, None)


@cache
def _group_names(rules: ModuleType) -> tuple[str, ...]:
    """The names of the date pattern's groups, in order (every group of it is named). Cached
    by language: a compiled pattern hashes its whole code."""
    pattern = date_pattern(rules)
    number = {i: name for name, i in pattern.groupindex.items()}  # type: ignore[union-attr]
    return tuple(number[i] for i in range(1, pattern.groups + 1))  # type: ignore[union-attr]


def _parts(m: re.Match[str], rules: ModuleType) -> dict[str, str]:
    """The groups that matched, by name: what groupdict() gives without its empty ones, and
    without building all 80 of them (it took longer than the match)."""
    found = m.groups()
    return dict(zip(compress(_group_names(rules), found), filter(None, found)))


def _date(ctx: Context, m: re.Match[str], ref: date | None) -> Fact | None:
    rules = ctx.lang
    parts = _parts(m, rules)  # type: ignore[arg-type]
    if not parts:
        return None
    if "thisunit" in parts and "part" not in parts:
        return None  # "the year" alone is no date; "the end of the year" is
    plain = _plain_word(ctx, m)
    if _bare(parts, rules) and not (parts.get("bound") or plain or "part" in parts) and "lasting_before" not in parts and not _month_after(ctx, m, parts) and not _moved_to(ctx, m, parts) and not _names_period(ctx, m, parts):
        return None  # a bare year ("Vision 2030") or month ("Theresa May") is not a date; "in May" is
    if "year4" in parts and parts.keys() <= _YEARS_ALONE[0] and _measured(ctx, m):
        return None  # "1080 pixels by 1920 pixels": a number of a measure
    if parts.keys() <= _YEARS_ALONE[0] and (house := rule_pattern(rules, "HOUSE_NUMBER_AFTER")) and house.match(ctx.text, m.end()):
        return None  # "of 1909 Jolinda Drive": a house number
    if parts.keys() <= _YEARS_ALONE[0] and (cohort := rule_pattern(rules, "YEAR_NAMED_BEFORE")) and cohort.search(ctx.text, max(0, m.start() - 12), m.start("year4")):
        return None  # "the class of 2028": a cohort's name
    if "month" in parts and parts["month"].islower() and parts["month"] in ctx.rule("NOT_LOWERCASE_NAMES") and "day" not in parts:
        return None  # "may", "march" in lower case are words unless a day goes with them
    if _after_timestamp_label(ctx, m.start()):
        return None
    if (recurring := _recurring_lead(ctx.lang)) is not None and not ctx.text[m.start()].islower() and recurring.search(ctx.text, max(0, m.start() - _RECURRING_REACH), m.start()):
        return None  # "매년 3월", "매주 월요일", "every Monday": no one date ("each of the past three quarters": its lead's "of")
    if (landmark := rule_pattern(rules, "DATE_LANDMARK_AFTER")) and landmark.match(ctx.text, m.end() - ctx.text[m.end() - 1].isspace()):
        return None  # "광복절을 하루 앞둔 14일": the 14th is the date, the holiday its landmark
    weekday_after = scan.word_before(ctx.text, m.start()) if "weekday" in parts else None  # the word before a weekday
    if "holiday" in parts and scan.word_before(ctx.text, m.start("holiday")) in ctx.rule("HOLIDAY_OTHER_CALENDARS"):
        return None  # "Orthodox Christmas", "Lunar New Year's Eve": another calendar's day
    if weekday_after is not None and weekday_after in ctx.rule("WEEKDAY_NAMERS"):
        return None  # "Black Friday", "Super Tuesday": a holiday or an event
    if weekday_after is not None and ctx.text[m.end() : m.end() + 2] in _CAPITALS and weekday_after in ctx.rule("WEEKDAY_TITLE_BEFORE"):
        return None  # "The Sunday Times", "a Saturday Night Live sketch": a title
    if "dayword" in parts and parts["dayword"][0].isupper() and after_name(ctx.text, m.start()):
        return None  # "via USA Today": a name
    if "dayword" in parts and _THE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "the last night of the tour", "the Today programme": its final one, a name
    if "relunit" in parts and ctx.text.startswith(" of ", m.end()) and parts["rel"].lower() == "last" and _THE_BEFORE.search(ctx.text, max(0, m.start("rel") - 8), m.start("rel")):
        return None  # "the last weekend of the festival": its final one, not the one before this
    if "rel" in parts and parts["rel"].lower() in ctx.rule("RELATIVE_VERBS") and _a_verb(ctx, m, parts):
        return None  # "the trial will last six weeks": how long, no date
    if ("period" in parts or "qmonth" in parts) and not ("pyear" in parts or "prel" in parts) and _about_a_game(ctx, m.start()):
        return None  # "in the third quarter" of a game
    if not _PERIOD_GROUPS.isdisjoint(parts) and ctx.text.startswith(ctx.rule("PERIOD_OWNED_AFTER"), m.end()):
        return None  # "the second half of the season", "the first half of the 1990s", "Q3 FY24": of no calendar year
    if "-" in parts.get("periodpart", "") and not (parts.get("bound") or scan.word_before(ctx.text, m.start()) in ctx.rule("COMPOUND_PART_BEFORE")):
        return None  # "year-end bonuses": a modifier, not "by year-end"
    if ("period" in parts or "qmonth" in parts) and scan.word_before(ctx.text, m.start()) in ctx.rule("FISCAL_BEFORE"):
        return None  # "its fiscal third quarter": of a fiscal year the text does not name
    qualifier = ctx.rule("DATE_AFTER", {}).get(parts.get("bound"))
    if qualifier is None and parts.get("bound"):
        qualifier = rules.DATE_BEFORE.get(parts["bound"].lower())  # type: ignore[union-attr]
    if qualifier == "from" and (parts.get("ago", "").lower() in ctx.rule("EARLIER_WORDS") or ctx.text.startswith(ctx.rule("BASELINE_AFTER"), m.end()) or _after_change(ctx, m.start())):
        qualifier = None  # "up 12% from a year earlier", "cut 50% from 2005 levels", "rose 3% from last year": the base of a change, no bound
    # a bound ends something still running, not a period counted up to it ("in the 12 months
    # through March"); a month or day without its year, only where writers leave out next year's
    bounded = (
        qualifier == "by" and scan.word_before(ctx.text, m.start()) not in rules.RELATIVE_UNITS  # type: ignore[union-attr]
        and ("weekday" in parts or ctx.rule("YEARLESS_BOUND_AHEAD", False))
    ) or (weekday_after in ctx.rule("WEEKDAY_AHEAD_AFTER") if weekday_after is not None else _ahead(ctx, m))  # "the deadline is Friday"
    tense = lambda whole_sentence, clause_only=False: _tense(ctx, m.start(), whole_sentence, clause_only)  # noqa: E731
    if parts.get("bound") and parts["bound"].lower() in ctx.rule("FUTURE_BEFORE") or (
        "weekday" in parts and ctx.text.endswith(ctx.rule("WEEKDAY_AHEAD_BEFORE", ()), 0, m.start("weekday"))
    ):
        tense = lambda *_: (1, True)  # noqa: E731  "as soon as September", "ahead of Friday's vote": the future
    told_past = lambda: _told_past(ctx, m.start())  # noqa: E731
    if ctx.text.startswith(ctx.rule("DATE_COMING_AFTER"), m.end()):  # "corn for March delivery rose": the coming March
        tense, told_past = lambda *_: (1, True), lambda: False  # noqa: E731
    grace = 0
    if _moved_to_told_past(ctx, m, tense):  # "축제가 9월로 연기됐다" in November: the nearest September, this year's
        tense, told_past, bounded = lambda *_: (1, False), lambda: False, False  # noqa: E731
    elif (parts.get("bound") or ctx.text.endswith("to ", 0, m.start())) and _put_off(ctx, m) or _ahead_of(ctx, m):  # "was remanded until Dec. 14", "postponed to March": the coming one
        tense, told_past, bounded, grace = lambda *_: (1, True), lambda: False, False, _PUT_OFF_GRACE  # noqa: E731
    one_unit = "relunit" in parts and "count" not in parts and ctx.rule("RELATIVE_UNITS", {}).get(parts["relunit"].lower()) != "decade"
    the = _THE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start("rel")) if one_unit else None
    if the and parts["rel"].lower() in ctx.rule("TOLD_PAST_RELATIVE") and _told_past(ctx, the.start()):
        return None  # "The next year, the Taliban released…", "Sales rose the next month": the story's, as "the next day" (a decade is a plan's: see _STORY_UNITS)
    if not _FRAMED.isdisjoint(parts) and (year := _framed_year(ctx, m, ref)) is not None and _yearless(_normalise(parts, rules) or {}):  # type: ignore[arg-type]
        parts = {**parts, "year": year}  # "In 2019, the firm opened a plant on March 3"
    period = "relunit" in parts and _to_today(ctx, m, parts, ref, tense) or _resolve(parts, ref, rules, tense, bounded, told_past, grace)  # type: ignore[arg-type]
    after_part = 0
    if period is None and _part(rules, parts) in _CURRENT_PARTS:  # "said earlier Tuesday", "later next year":
        parts = {k: v for k, v in parts.items() if k != "part"}  # the date without the word (which reads the current period only)
        period, after_part = _resolve(parts, ref, rules, tense, bounded, told_past, grace), m.end("part") + 1  # type: ignore[arg-type]
    if period is None:
        return None
    if ("thisunit" in parts or "periodpart" in parts) and period.start > ref and _tense(ctx, m.start())[0] < 0:  # type: ignore[operator]
        return None  # "By the end of the decade, the firm had…", "profits rose at year-end": the story's, not ours
    if "weekof" in parts:  # "the week of October 7": the Monday-to-Sunday week holding the day
        if period.grain != "day":
            return None
        period = week_of(period.start)
    start, end = _span(ctx, m, ctx.text[m.start() : after_part] if after_part else plain)
    how_long = parts.get("lasting_before") or parts.get("lasting_after")
    lasting = how_long and period.grain == "day" and period.start == period.end and _lasting(period.start, how_long, rules)  # type: ignore[arg-type]
    if lasting:
        period = lasting
    elif how_long:  # "from 2015 for ten years": the date alone
        start = m.start("bound") if "lasting_before" in parts else start
        end = m.start("lasting_after") if "lasting_after" in parts else end
    if qualifier is None and ("approx" in parts or "approx_after" in parts):  # "10여 년 전", "1년여 전"
        qualifier = "around"
    if parts.get("ago", "").lower() in ctx.rule("AGO_WORDS") and qualifier is None and (lead := _ago_lead(rules)) and (said := lead.search(ctx.text, max(0, start - 24), start)):
        start, qualifier = said.start(1), rules.AGO_LEAD[said.group(1).lower()]  # type: ignore[union-attr]  # "almost five years ago"
    if period.grain == "year" and "relunit" in parts and "count" not in parts and ref is not None and (this_time := _this_time(ctx, start)) is not None:
        period, start, qualifier = day(_shift(ref, period.start.year - ref.year, "year")), this_time, "around"  # "this time last year"
    value = period.value
    if not parts.keys().isdisjoint(_RANGE_PARTS):
        qualifier = None  # "from July 13 to 15", "8일부터 13일까지": the span says it all
    return _fact(ctx, start, end, period, qualifier, _part(rules, parts), value)


# Days before the reference within which a date something was put off to stays this year's:
# "the hearing was adjourned until Nov. 20" in a Nov. 27 story is last week's; "the vote was
# postponed to March" in May is next March.
_PUT_OFF_GRACE = 14
_FRAMED = frozenset({"month", "month2", "month3", "month_b", "wk_month", "period", "qmonth", "ym_n"})  # the dates a year may frame: a month's or a quarter's


def _framed_year(ctx: Context, m: re.Match[str], ref: date | None) -> str | None:
    """The year a sentence opens with ("In 2019, …", ``YEAR_FRAME``; in Korean the last year
    its words before the date make their topic, "올해는", "2019년에는", a year word counted
    from ``ref``), or else of an event named with its year and a verb of its running before the
    date ("The 2024 Paris Olympics ran from …", ``EVENT_YEAR_FRAME``), when the date stands
    after it with no verb of saying between (``YEAR_FRAME_ENDS``)."""
    frame, ends = rule_pattern(ctx.lang, "YEAR_FRAME"), rule_pattern(ctx.lang, "YEAR_FRAME_ENDS")
    if frame is None or ends is None:
        return None
    sentence = _sentence_at(ctx, m.start())[0]
    opened = frame.match(ctx.text, sentence, m.start())
    if opened is None:
        event = rule_pattern(ctx.lang, "EVENT_YEAR_FRAME")
        opened = event.search(ctx.text, sentence, m.start()) if event is not None else None
    if opened is None or ends.search(ctx.text, opened.end(), m.start()):
        return None
    if (word := opened.groupdict().get("yearword")) is not None:
        return None if ref is None else str(ref.year + ctx.rule("YEAR_WORDS")[word])
    return opened["year"]


def _to_today(ctx: Context, m: re.Match[str], parts: dict[str, str], ref: date | None, tense: Callable[..., tuple[int, bool]]) -> Period | None:
    """"over the past year", "the last two years", "the past decade": the units counted back
    from the reference day, up to it; "over the next two years", "the next 12 months", "within
    the next year": those counted on from it, unless the past is told (the story's, then);
    one unit only after a word of a span (``TO_TODAY_SPAN``: not "will arrest him the next
    week"). ``TO_TODAY_RELATIVE`` after "the"; None for the others."""
    if ref is None or "part" in parts or parts["rel"].lower() not in ctx.rule("TO_TODAY_RELATIVE"):
        return None
    unit = ctx.rule("RELATIVE_UNITS", {}).get(parts["relunit"].lower())
    count = parts.get("count") or parts.get("count_first")
    if unit in (None, "quarter") or count is None and parts["relunit"].lower() != unit:
        return None  # "the past weekend"; "the past years": no one period; "the last two quarters": the two reported whole
    first = m.start("count_first") if "count_first" in parts else m.start("rel")
    n = parse_number(count, ctx.lang) if count else 1
    the = _THE_BEFORE.search(ctx.text, max(0, first - 8), first)
    if the is None or n is None or n != int(n) or n < 1:
        return None  # "last year": the calendar year before
    if ctx.rule("RELATIVE_WORDS")[parts["rel"].lower()] > 0:
        if tense(True, True) == (-1, True) or not count and scan.word_before(ctx.text, the.start()) not in ctx.rule("TO_TODAY_SPAN"):
            return None  # "His health declined over the next three months": the story's (``_resolve``)
        try:
            return Period(ref, _shift(ref, int(n), unit), "day")
        except (ValueError, OverflowError):
            return None
    try:
        return Period(_shift(ref, -int(n), unit), ref, "day")
    except (ValueError, OverflowError):
        return None


def _after_change(ctx: Context, at: int) -> bool:
    """Does a percent end right before ``at`` ("up 12% from", "0.3 percent from"): the size of a
    change, which the date after "from" is the base of? (Not a sum, "worth £20,000 from 29 May",
    nor a duration, "served 12 years from 2010": they start then.)"""
    word = scan.word_before(ctx.text, at)
    return word.endswith("%") or tables(ctx.lang).units.get(word, ("",))[0] == "percent"


def _put_off(ctx: Context, m: re.Match[str]) -> bool:
    """Does a verb of putting off stand before the date's "until" (or "to") in its clause (``PUT_OFF_UNTIL``)?"""
    put_off = rule_pattern(ctx.lang, "PUT_OFF_UNTIL")
    end = m.end("bound") if m.groupdict().get("bound") else m.start() - 1
    return put_off is not None and put_off.search(ctx.text, max(0, end - _MOVED_REACH), end) is not None


def _ahead_of(ctx: Context, m: re.Match[str]) -> bool:
    """Is the date one something stands ahead of (``DATE_AHEAD_AFTER``: "성탄절을 앞두고"), is set
    for (``DATE_SET_AFTER``: "개막일을 2월 22일로 확정했다"), however that is told, or is moved to
    (``DATE_MOVED_AFTER``: "회의는 11월 25일로 연기된다"; told in the past, see
    ``_moved_to_told_past``)? (A particle is glued to the date: most dates have none.)"""
    text, end = ctx.text, m.end()
    if not text[end : end + 1].isalpha():
        return False
    return text.startswith((*ctx.rule("DATE_AHEAD_AFTER"), *ctx.rule("DATE_SET_AFTER")), end) or text.startswith(ctx.rule("DATE_MOVED_AFTER"), end) and not _held_there(ctx, end)


def _moved_to_told_past(ctx: Context, m: re.Match[str], tense: Callable[..., tuple[int, bool]]) -> bool:
    """Is the date one something was moved to, told in the past (``DATE_MOVED_AFTER`` after it,
    a past verb in its sentence: "축제가 9월로 연기됐다")? Then it is the nearest such date. (Not
    where the event is told held on it, ``DATE_MOVED_HELD``: "3월 말로 앞당겨 열렸다" is read by
    its tense as any date is, this year's March.)"""
    text, end = ctx.text, m.end()
    return text[end : end + 1].isalpha() and text.startswith(ctx.rule("DATE_MOVED_AFTER"), end) and tense(True)[0] < 0 and not _held_there(ctx, end)


def _held_there(ctx: Context, end: int) -> bool:
    """Does the text after a date moved to tell the event held on it (``DATE_MOVED_HELD``)?"""
    held = rule_pattern(ctx.lang, "DATE_MOVED_HELD")
    return held is not None and held.match(ctx.text, end) is not None


def _this_time(ctx: Context, start: int) -> int | None:
    """Where a phrase of ``THIS_TIME_BEFORE`` ("this time") stands right before ``start`` (its
    blank between), else None."""
    for phrase in ctx.rule("THIS_TIME_BEFORE"):
        at = start - len(phrase) - 1
        if at >= 0 and ctx.text[start - 1] == " " and ctx.text[at : start - 1].lower() == phrase:
            return at
    return None


# The units of a span after "next" that a clause telling the past counts from its own events
# (see ``TOLD_PAST_RELATIVE``); years and decades are plans counted from now ("was awarded a
# contract worth $2.6bn over the next decade").
_STORY_UNITS = ("day", "week", "month")


def _ahead(ctx: Context, m: re.Match[str]) -> bool:
    """Is the date a deadline's (``DEADLINE_AFTER``), or does it open a line of a schedule, a dash after it
    (``SCHEDULE_DASHES``: "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre")? Both are
    what is coming (a weekday's line is opening hours: "Monday – Friday")."""
    text, start, end = ctx.text, m.start(), m.end()
    if text.startswith(ctx.rule("DEADLINE_AFTER"), end):
        return True  # "have until the Jan. 1 deadline": a deadline is ahead unless told past
    if start and text[start - 1] != "\n":
        return False  # most dates: not at a line's start
    return text[end : end + 4].lstrip(" \t").startswith(ctx.rule("SCHEDULE_DASHES"))


def _a_verb(ctx: Context, m: re.Match[str], parts: dict[str, str]) -> bool:
    """Is a relative word that is also a verb ("last") one here: after a modal or "to" and
    before a count or a plural unit ("will last six weeks", "to last months")?"""
    counted = "count" in parts or parts["relunit"].lower().endswith("s")
    return counted and scan.word_before(ctx.text, m.start("rel")).replace("’", "'").endswith(ctx.rule("VERB_MARKERS"))


_CAPITALS = frozenset(f" {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")


# The parts that name a quarter or a half ("the third quarter", "Q3", "H1").
_PERIOD_GROUPS = frozenset({"period", "q", "half", "qmonth"})

# The parts of a span of days, months or years (its ends name it: no qualifier).
_RANGE_PARTS = frozenset(
    {"year_to", "year_and", "year_from", "month_to", "month_end", "month_and", "month_from", "month_last", "day_to", "day2_to", "day_from", "count", "count_first", "spanrel", "day_last", "day_last3"}
)


def _lasting(first: date, how_long: str, rules: ModuleType) -> Period | None:
    """"18th Dec for 10 days": from that day to the day 10 days after it (the end counted as
    a deadline is: "10 days from 18 Dec" is 28 Dec); None for no whole number of units."""
    _, count, unit = _LASTING_PARTS.fullmatch(how_long.strip()).groups()  # type: ignore[union-attr]
    n = parse_number(count, rules)  # "for a week": NUMBER_WORDS reads "a" as one
    if n is None or n != int(n) or n < 1:
        return None
    try:
        return Period(first, _shift(first, int(n), rules.RELATIVE_UNITS[unit.lower()]), "day")
    except (ValueError, OverflowError):
        return None  # past the calendar's last year


def _shift(d: date, n: int, unit: str) -> date:
    """The day ``n`` days, weeks, months, quarters or years after ``d`` (before it when
    ``n`` < 0), on the last day of a shorter month ("Jan 31" + 1 month: "Feb 28")."""
    if unit in ("day", "week"):
        return d + timedelta(days=n * (7 if unit == "week" else 1))
    y, m = add_months(d.year, d.month, n * {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit])
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _numeric_date(m: re.Match[str], month_first: bool) -> date:
    if m["y"]:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    a, b = int(m["a"]), int(m["b"])
    if a > 12 or (b <= 12 and not month_first):
        a, b = b, a
    return date(int(m["y2"]), a, b)


# The parts (``MONTH_PARTS``) that read the current period only, before or after the
# reference day ("earlier this year", "later today"); a past or future one has none.
_CURRENT_PARTS = ("earlier", "later")


def _part(rules: ModuleType | None, parts: dict[str, str]) -> str | None:
    if "periodpart" in parts:
        return rules.PERIOD_PARTS[parts["periodpart"]][1]  # type: ignore[union-attr]
    if "part" not in parts:
        return None
    table = lowered(rules, "MONTH_PARTS")  # type: ignore[union-attr]
    return table.get(parts["part"].lower())


def _fact(ctx: Context, start: int, end: int, period: Period, qualifier: str | None, part: str | None, value: str | None = None) -> Fact:
    return make_fact(
        ctx, "date", start, end, value or period.value,
        grain=period.grain, part=part, qualifier=qualifier,
        **{"from": period.start.isoformat(), "to": period.end.isoformat()},
    )


@cache
def _ago_lead(rules: ModuleType | None) -> re.Pattern[str] | None:
    """The words right before "N units ago" that tell how near it is (``AGO_LEAD``)."""
    words = getattr(rules, "AGO_LEAD", None)
    return re.compile(rf"(?<![\w-])((?i:{_words(words)}))\s+$") if words else None


def _span(ctx: Context, m: re.Match[str], plain: str) -> tuple[int, int]:
    """The match without the white space its optional parts may leave at either end, and
    without a plain preposition (``plain``: "in 2019" is reported as "2019")."""
    start, end = m.start(), m.end()
    text = ctx.text
    if plain:
        start += len(plain)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _plain_word(ctx: Context, m: re.Match[str]) -> str:
    if "lasting_before" in m.re.groupindex and m["lasting_before"]:
        return ""  # "for 10 days from 18 Dec": "for" is part of the span
    head = _HEAD_WORD.match(ctx.text, m.start(), m.end())
    if head and head.group(1).lower() in ctx.rule("PLAIN_BEFORE"):
        return head.group(0)
    return ""


_HEAD_WORD = re.compile(r"(\w+)\s+")


def _bare(parts: dict[str, str], rules: ModuleType | None) -> bool:
    """A year or month alone, which may be a name. A month with its suffix ("8월") is none."""
    named = parts.keys() - _NOT_NAMING
    for alone in _alone(rules):
        if named <= alone:
            return True
    return False  # a span ("2019-2021") is no name


@cache
def _alone(rules: ModuleType | None) -> tuple[frozenset[str], ...]:
    """The groups that make a date alone a bare year or month (see ``_bare``)."""
    return _YEARS_ALONE if getattr(rules, "MONTH_SUFFIX", None) is not None else (*_YEARS_ALONE, _MONTH_ALONE, _HOLIDAY_ALONE)


def _month_after(ctx: Context, m: re.Match[str], parts: dict[str, str]) -> bool:
    """A month alone after a word that makes it a date ("in the year to March")."""
    head = ctx.text[max(0, m.start() - _MONTH_AFTER_REACH) : m.start()].lower()
    return "month" in parts and head.endswith(" ") and head.rstrip().endswith(ctx.rule("MONTH_ALONE_AFTER"))


_MONTH_AFTER_REACH = 20  # characters before a month read for MONTH_ALONE_AFTER ("brought forward to ")


def _moved_to(ctx: Context, m: re.Match[str], parts: dict[str, str]) -> bool:
    """A year alone that something is moved to ("delay the delivery of its jet to 2026",
    ``YEAR_MOVED_TO``), unless a plural noun follows it ("to 2005 levels")."""
    if "year4" not in parts or not ctx.text.endswith("to ", 0, m.start()) or _PLURAL_AFTER.match(ctx.text, m.end()):
        return False  # most bare years
    moved = rule_pattern(ctx.lang, "YEAR_MOVED_TO")
    return moved is not None and moved.search(ctx.text, max(0, m.start() - _MOVED_REACH), m.start()) is not None


_MOVED_REACH = 80  # characters before a year read for YEAR_MOVED_TO


def _names_period(ctx: Context, m: re.Match[str], parts: dict[str, str]) -> bool:
    """A year alone that names the period after it, after a determiner ("for the 2025 season",
    ``YEAR_NAMED_PERIODS``)."""
    if "year4" not in parts or not ctx.text.startswith(" ", m.end()) or scan.word_before(ctx.text, m.start()) not in ctx.rule("YEAR_PERIOD_DETERMINERS"):
        return False
    after = _LOWER_WORD.match(ctx.text, m.end() + 1)
    return after is not None and after.group() in ctx.rule("YEAR_NAMED_PERIODS")


_LOWER_WORD = re.compile(r"[a-z]+\b")
_PLURAL_AFTER = re.compile(r"\s+[a-z]{3,}s\b")


def _measured(ctx: Context, m: re.Match[str]) -> bool:
    """Is a year alone a number of a measure: a unit follows it ("by 2000 feet"), or the word
    that follows the number before its bound ("1080 pixels by 1920 pixels")?"""
    after = _WORD_AFTER.match(ctx.text, m.end())
    if after is None:
        return False
    word = after.group(1).lower()
    before = _MEASURE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    return word in tables(ctx.lang).units or (before is not None and before.group(1).lower() == word)


_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
_MEASURE_BEFORE = re.compile(r"\d[ \t]*([^\W\d_]+)[ \t]+$")
_NOT_NAMING = frozenset({"approx", "lasting_after"})
# The groups of a year or a month alone (maybe with a bound: "by 2020"), which may be names
_YEARS_ALONE = (frozenset({"year4", "bound"}), frozenset({"eyear", "bound"}))
_MONTH_ALONE = frozenset({"month", "bound"})
_HOLIDAY_ALONE = frozenset({"holiday", "bound"})  # "Christmas Day was quiet": a name; "on Christmas Day" a date


def _after_timestamp_label(ctx: Context, start: int) -> bool:
    """A byline's "입력 : 2020.07.15 17:09" or "Updated: March 3" is page furniture; a label in
    lower case after words of its line is prose ("The report, published Thursday, …"), and so is
    one of a script with no case that letters follow before the date: a verb or a noun of it
    ("신약을 승인했다고 19일 밝혔다", "등록한 뒤 3일")."""
    labels = _timestamp_labels(ctx.lang)
    if labels is None:
        return False
    line = max(start - 24, ctx.text.rfind("\n", max(0, start - 24), start) + 1, 0)  # no line break read further back
    window = ctx.text[line:start]
    folded = window.lower() if window.isascii() else None  # in ASCII, ignoring case is lower()
    if folded is not None and not any(label in folded for label in _lower_labels(ctx.lang)):
        return False  # most dates: no label before them
    return any(
        (not m.group()[0].islower() or not any(c.isalpha() for c in ctx.text[line : m.start()]))
        and (m.group()[0].isascii() or not any(c.isalpha() for c in ctx.text[m.end() : start]))
        for m in labels.finditer(ctx.text, line, start)
    )


@cache
def _timestamp_labels(rules: ModuleType | None) -> re.Pattern[str] | None:
    labels = getattr(rules, "TIMESTAMP_LABELS", ())
    return re.compile(_words(labels), re.IGNORECASE) if labels else None


@cache
def _lower_labels(rules: ModuleType | None) -> tuple[str, ...]:
    return tuple(label.lower() for label in getattr(rules, "TIMESTAMP_LABELS", ()))


# --- resolving -------------------------------------------------------------------------


@cache
def lowered(rules: ModuleType, name: str) -> dict[str, Any]:
    """A table of the language, its keys in lower case (built once)."""
    return {k.lower(): v for k, v in getattr(rules, name, {}).items()}


def _earlier_words(rules: ModuleType) -> tuple[str, ...]:
    """The words that count back or on from the date named before them (``EARLIER_WORDS``: "a
    year earlier"; ``LATER_COUNTED``: "two days later"); most languages have none."""
    return (*getattr(rules, "EARLIER_WORDS", ()), *getattr(rules, "LATER_COUNTED", ()))


@cache
def _back_words(rules: ModuleType) -> frozenset[str]:
    """The words that count back, in lower case: "ago" (``AGO_WORDS``) and ``EARLIER_WORDS``."""
    return frozenset(w.lower() for w in (*rules.AGO_WORDS, *_earlier_words(rules)))


def _resolve(
    parts: dict[str, str], ref: date | None, rules: ModuleType, tense: Callable[..., tuple[int, bool]] = lambda *_: (0, False), bounded: bool = False,
    told_past: Callable[[], bool] = lambda: False, grace: int = 0,
) -> Period | None:
    """The period the parts of one date name, or None when they name none. A month, day or
    quarter written without its year is in the reference year, unless the verb nearest it
    tells the past (``tense(True)`` -1) or the future (1): then it is the year before (after)
    when that date is nearer the reference ("the attack on Oct. 13 killed…" in a March
    article is last October's; "consultations launched… end on Sept. 6" in late August this
    year's), and always when the marker stands in the date's own clause ("the law will take
    effect Jan. 1" in May: next January; ``told_past``: "sales fell in December" in March,
    last December). A weekday alone is the latest on or before the
    reference day, the coming one when its own clause is in the future tense ("…, who will
    testify Thursday"; not "said on Tuesday that it will"). A date that ends something
    (``bounded``: "runs through Sunday", "open until Jan. 6") is the coming one unless the
    past is told: what still runs ends ahead. A date told in the future in its own clause
    that ended up to ``grace`` days before the reference stays this year's, the nearer (a
    hearing put off until a day of last week)."""
    p = _normalise(parts, rules)
    if p is None:
        return None
    if ref is None and (p.get("rel") or p.get("ago") or p.get("year") is None):
        return None
    if p.get("rel") == ("latest weekend", 0) and tense(False)[0] > 0:
        p = {**p, "rel": ("weekend", 0)}  # "talks will resume at the weekend": the coming one
    if "rel" in parts and parts["rel"].lower() in getattr(rules, "TOLD_PAST_RELATIVE", ()):
        story_span = p.get("span", (0, ""))[0] > 0 and p["span"][1] in _STORY_UNITS
        if (story_span or p.get("rel") == ("weekend", 0)) and tense(True, True) == (-1, True):
            if story_span:
                return None  # "The next two months were tough": the story's months, not ours
            p = {**p, "rel": ("latest weekend", 0)}  # "troops cleared barricades this weekend" (a Monday story): the one just gone
    if ref is not None and not bounded and "day" in p and p["day"] > ref.day and _day_alone(p) and tense(True, True) == (-1, True):
        p = {**p, "rel": ("direction", -1)}  # "정부는 30일 발표했다" in a June 1 article: May 30
    try:
        period = _period(p, ref)  # type: ignore[arg-type]
        if period is None:
            return None
        if _lone_weekday(p) and period.start < ref:  # type: ignore[operator]
            shift = 1 if bounded and tense(True)[0] >= 0 else tense(False)[0]
            return day(period.start + timedelta(weeks=1)) if shift > 0 else period  # "will vote on Tuesday": the coming one
        if _yearless(p) and "month_to" in p:
            return _months_told(p, ref, _shifted(p, period, ref, rules, tense, bounded, told_past, grace), told_past)  # type: ignore[arg-type]
        return _shifted(p, period, ref, rules, tense, bounded, told_past, grace)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None  # "2월 30일"


def _months_told(p: dict[str, Any], ref: date, period: Period, told_past: Callable[[], bool]) -> Period:
    """A yearless span of months that holds the reference day is the one just ended when its
    own clause tells the past ("Sales were weak between May and March" in May, "The drought
    lasted from October to June": a year before)."""
    if period.start <= ref < period.end and told_past():  # type: ignore[operator]
        before = _period({**p, "year": period.start.year - 1}, ref)  # type: ignore[union-attr]
        if before is not None and before.end < ref:  # type: ignore[operator]
            return before
    return period


def _shifted(p: dict[str, Any], period: Period, ref: date, rules: ModuleType, tense: Callable[..., tuple[int, bool]], bounded: bool, told_past: Callable[[], bool], grace: int) -> Period:
    """A yearless date moved to the year before or after by its tense (see ``_resolve``)."""
    if _yearless(p) and not period.start <= ref <= period.end:  # type: ignore[operator]
        shift, in_clause = tense(True)
        if shift > 0 and period.grain in getattr(rules, "FUTURE_KEEPS_YEAR", ()):
            shift = 0  # "SK하이닉스의 3분기 영업이익이 … 이를 것으로" in October: this year's (Korean names "내년 3분기")
        if bounded and shift >= 0:
            shift, in_clause = 1, True
        other = _period({**p, "year": ref.year + shift}, ref) if shift else None  # type: ignore[union-attr, arg-type]
        told = in_clause and shift > 0 and period.end < ref - timedelta(days=grace) or shift < 0 and period.start > ref and told_past()  # type: ignore[operator]
        if other is not None and (told or _distance(other, ref) < _distance(period, ref)):  # type: ignore[arg-type]
            return other
    return period


def _yearless(p: dict[str, Any]) -> bool:
    """A month (with a day, a part, a week) or a quarter or half named with no year, no
    relative word and no weekday (which fixes the year): its year is the writer's to imply."""
    named = "month" in p or "period" in p or "lunar" in p
    return named and p.keys().isdisjoint(("year", "rel", "ago", "span", "season", "weekday"))


def _day_alone(p: dict[str, Any]) -> bool:
    """A day of the month named alone ("30일"): of the reference month, unless it is still to
    come there and the verb nearest it, in its own clause, tells the past; then of the month
    before (not in '"일정상 수요일(15일) 최고위가 있기 때문에…"고 했다': a quotation's clause)."""
    return "day" in p and p.keys().isdisjoint(("year", "month", "rel", "ago", "weekday", "span"))


def _lone_weekday(p: dict[str, Any]) -> bool:
    """A weekday named alone ("on Tuesday"): the latest on or before the reference day, or the
    coming one when the verb nearest it is in the future tense."""
    return "weekday" in p and p.keys().isdisjoint(("year", "month", "day", "rel", "ago", "nth", "week_of"))


def _distance(period: Period, ref: date) -> int:
    return max((period.start - ref).days, (ref - period.end).days, 0)


_CLAUSE_ENDS = ",;:–—()\"“”"


def _sentence_at(ctx: Context, pos: int) -> tuple[int, int]:
    at = bisect.bisect_right(ctx.starts, pos) - 1  # the last sentence starting at or before pos
    return ctx.sentences[at] if at >= 0 else (0, len(ctx.text))


def _about_a_game(ctx: Context, pos: int) -> bool:
    """Does the sentence at ``pos`` report a game (``GAME_CONTEXT``)?"""
    pattern = rule_pattern(ctx.lang, "GAME_CONTEXT")
    return pattern is not None and pattern.search(ctx.text, *_sentence_at(ctx, pos)) is not None


def _clause_at(text: str, pos: int, start: int, end: int, aside: re.Pattern[str] | None = None) -> tuple[int, int]:
    """(start, end) of the clause at ``pos`` in the sentence from ``start`` to ``end``; a comma
    or colon between digits ends none ("fell to 1,081 in September", "at 5:04 a.m."), nor a
    bracket of a short aside (``aside``, the language's ``CLAUSE_ASIDE``: "24일(현지시간) 발표했다",
    "김모(54)씨가")."""
    clause_start, clause_end = _clause_start(text, start, pos), _clause_end(text, pos, end)
    if aside is None:
        return clause_start, clause_end
    while clause_end < end and text[clause_end] == "(" and (after := aside.match(text, clause_end)) is not None:
        clause_end = _clause_end(text, after.end(), end)  # the clause goes on after the aside
    while clause_start > start and text[clause_start - 1] == ")":
        opening = text.rfind("(", max(start, clause_start - 40), clause_start)
        if opening < 0 or (before := aside.match(text, opening)) is None or before.end() != clause_start:
            break
        clause_start = _clause_start(text, start, opening)  # and began before it
    return clause_start, clause_end


def _clause_start(text: str, start: int, pos: int) -> int:
    """Right after the last clause mark between ``start`` and ``pos`` (``start`` if none)."""
    found = start
    for mark in _CLAUSE_ENDS:  # (a loop, no call for each mark: this runs for most dates)
        at = text.rfind(mark, start, pos)
        while at > start and mark in ",:" and text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():
            at = text.rfind(mark, start, at)  # inside a number
        if at >= found:
            found = at + 1
    return found


def _clause_end(text: str, pos: int, end: int) -> int:
    """The first clause mark between ``pos`` and ``end`` (``end`` if none)."""
    found = end
    for mark in _CLAUSE_ENDS:
        at = text.find(mark, pos, end)
        while at > 0 and mark in ",:" and text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():
            at = text.find(mark, at + 1, end)  # inside a number
        if 0 <= at < found:
            found = at
    return found


def _aside(ctx: Context) -> re.Pattern[str] | None:
    """The language's ``CLAUSE_ASIDE``, if it has one."""
    return rule_pattern(ctx.lang, "CLAUSE_ASIDE")


_RECURRING_REACH = 40  # characters before a date read for its recurrence ("every Tuesday, Thursday and ")


@cache
def _recurring_lead(rules: ModuleType | None) -> re.Pattern[str] | None:
    """A word of ``RECURRING_BEFORE`` and at most ``RECURRING_GAP`` more words (two when the
    language does not say) of the shape ``RECURRING_BETWEEN`` (any word when it does not say), maybe then the language's ``RECURRING_THROUGH`` (a recurring date, its
    event and a word of time after it: "매년 3월 결산 후 "), ending right before a date ("매년 ",
    "매월 첫째 주 ", "매주 월요일과 ", "every other "), or None for a language with none."""
    words = getattr(rules, "RECURRING_BEFORE", ())
    if not words:
        return None
    gap = getattr(rules, "RECURRING_GAP", 2)
    between = getattr(rules, "RECURRING_BETWEEN", r"\S+")  # what a word between may be (any word, when the language does not say)
    through = getattr(rules, "RECURRING_THROUGH", "")  # "매년 3월 결산 후 ": a recurring date's event, then after it
    return re.compile(r"(?<![가-힣A-Za-z])(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?: (?:%s)){0,%d}%s $" % (between, gap, f"(?: {through})?" if through else ""))


def _told_past(ctx: Context, pos: int) -> bool:
    """Does the clause of the date at ``pos`` tell the past of its own verb: a past marker
    stands there, after any word that opens a relative clause (``RELATIVE_CLAUSE``:
    "launched consultations that end on Sept. 6": not the launch's) or a plan (``PLANNED_TO``:
    "were expected to conclude by December": the plan's), no future marker stands
    in the clause ("will be honoured at the star-studded gala on December 4"), and the date
    is no noun's ("met … ahead of the Oct. 27 election": the election's). A clause that opens
    the sentence with no verb of its own ("In October, the child aged out…") is told by the
    clause after its comma."""
    text = ctx.text
    past, future = rule_pattern(ctx.lang, "PAST_TENSE"), rule_pattern(ctx.lang, "FUTURE_TENSE")
    if past is None or _THE_BEFORE.search(text, max(0, pos - 8), pos):
        return False
    sentence = _sentence_at(ctx, pos)
    aside = _aside(ctx)
    start, end = _clause_at(text, pos, *sentence, aside)
    if future is not None and future.search(text, start, end):
        return False
    opening = [rule_pattern(ctx.lang, name) for name in ("RELATIVE_CLAUSE", "PLANNED_TO")]
    own = max([start, *(m.end() for opener in opening if opener for m in opener.finditer(text, start, pos))])
    if past.search(text, own, end) is not None:
        return True
    if start != sentence[0] or not text.startswith(",", end):
        return False
    start, end = _clause_at(text, end + 1, *sentence, aside)  # the opening clause's verb is the next one's
    return not (future is not None and future.search(text, start, end)) and past.search(text, start, end) is not None


def _tense(ctx: Context, pos: int, whole_sentence: bool = True, clause_only: bool = False) -> tuple[int, bool]:
    """The tense of the verb nearest ``pos`` in its clause (else, if ``whole_sentence``, in
    its sentence): 1 future, -1 past, 0 when neither shows ("…will offer the lander the
    company unveiled in May": past; "the campaign – which will be in its third year in
    January – did…": future; "said on Tuesday that it will…": past). In the clause alone
    only the future is told from the rest (1 or 0): a clause with no future marker needs no
    search for past ones, the costly pattern. With the tense, whether its marker stands in
    the clause (rather than elsewhere in the sentence); ``clause_only`` looks no further."""
    past, future = rule_pattern(ctx.lang, "PAST_TENSE"), rule_pattern(ctx.lang, "FUTURE_TENSE")
    if past is None or future is None:
        return 0, False
    start, end = _sentence_at(ctx, pos)
    text = ctx.text
    if not whole_sentence and future.search(text, start, end) is None:
        return 0, False  # no future marker in the sentence, so none in the clause
    reported = rule_pattern(ctx.lang, "REPORTED_BEFORE")
    if reported is not None and reported.search(text, max(0, pos - 32), pos):
        return -1, True
    clause_start, clause_end = _clause_at(text, pos, start, end, _aside(ctx))
    if not whole_sentence and future.search(text, clause_start, clause_end) is None:
        return 0, False
    # the clause, then the rest of the sentence: no marker holds a clause end, so none
    # straddles the clause's bounds and the clause is not searched twice
    rest = ((start, clause_start), (clause_end, end)) if whole_sentence and not clause_only else ()
    nearest = _future_nearest(ctx, start, end)
    for in_clause, spans in ((True, ((clause_start, clause_end),)), (False, rest)):
        markers = [(_distance_to(pos, *m.span()), tense, in_clause)
                   for lo, hi in spans for tense, pattern in ((-1, past), (1, future)) for m in pattern.finditer(text, lo, hi)]
        markers += [(_distance_to(pos, at, to), 1, False) for at, to in nearest if any(lo <= at < hi for lo, hi in spans)]
        if markers:
            return min(markers)[1:]
    return 0, False


def _distance_to(pos: int, start: int, end: int) -> int:
    return start - pos if start > pos else pos - end


def _future_nearest(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Where the sentence from ``start`` to ``end`` tells a future that places a date by its
    distance alone, this year's or next year's (``FUTURE_NEAREST``: "said the bank would cut
    rates", "was unlikely"): never as told in its clause, (1, False)."""
    pattern = rule_pattern(ctx.lang, "FUTURE_NEAREST")
    return [m.span("at") for m in pattern.finditer(ctx.text, start, end)] if pattern is not None else []


def _period(p: dict[str, Any], ref: date) -> Period | None:
    if "lunar" in p:
        return _period(_lunar_day(p, ref), ref)
    if p.get("part") in _CURRENT_PARTS:  # "earlier this year", "later today"
        whole = _period({k: v for k, v in p.items() if k != "part"}, ref)
        if whole is None or p.get("rel", (None, None))[1] != 0 or not whole.start <= ref <= whole.end:
            return None  # the current period only
        return Period(whole.start, ref, whole.grain) if p["part"] == "earlier" else Period(ref, whole.end, whole.grain)
    if "span" in p:
        n, unit = p["span"]
        return _rolling(n, unit, ref)
    if "season" in p:
        return _season(p, ref)
    if "week_of" in p:  # the n-th week, day or weekend of a month or year
        nth, kind = p["week_of"]
        container = _period({k: v for k, v in p.items() if k not in ("week_of", "weekday")}, ref)
        if container is None or kind != "week":
            return container and _nth_day(container, nth, kind)
        week = _full_week(container, nth)
        return day(week.start + timedelta(days=p["weekday"])) if week and "weekday" in p else week
    if "ago" in p:
        n, unit = p["ago"]
        if unit == "weekday":  # the n-th such weekday before (n < 0) or after the reference day
            first = _weekday(ref, p["weekday"], 1 if n > 0 else -1)
            return day(first + timedelta(weeks=n - 1 if n > 0 else n + 1))
        if unit == "year":
            return months(ref.year + n, 1, 12, "year")
        return day(_shift(ref, n, unit))
    kind, offset = p.get("rel", (None, 0))
    if kind == "day":
        return day(ref + timedelta(days=offset))
    if kind == "latest weekend":  # the one under way, or else the one just gone
        kind, offset = "weekend", 0 if ref.weekday() >= 5 else -1
    if kind == "weekend":
        saturday = week_of(ref + timedelta(weeks=offset)).start + timedelta(days=5)
        return Period(saturday, saturday + timedelta(days=1), "day")
    if kind == "week":
        week = week_of(ref + timedelta(weeks=offset))
        return day(week.start + timedelta(days=p["weekday"])) if "weekday" in p else _narrow(week, p.get("part"))
    if kind == "decade":  # this decade: the 2010s
        start = ref.year // 10 * 10 + 10 * offset
        lo, hi = _DECADE_PARTS[p.get("part")]
        return Period(date(start + lo, 1, 1), date(start + hi, 12, 31), "year")
    if kind == "quarter":
        y, m = add_months(ref.year, (ref.month - 1) // 3 * 3 + 1, 3 * offset)
        return months(y, m, 3, "quarter")
    year = p.get("year")
    month = p.get("month")
    if kind == "year":
        year = year or ref.year + offset
    if kind == "month":
        y, m = add_months(ref.year, ref.month, offset)
        year, month = year or y, month or m
    if kind == "monthname" or (kind == "direction" and month and "year" not in p):
        # "next March", "지난 9월", "오는 3월 2일": the first such month (day) after or before this one
        when, now = (month, p.get("day", 0)), (ref.month, ref.day if "day" in p else 0)
        year = ref.year + (offset > 0 and when <= now) - (offset < 0 and when >= now)
    if year is None:
        year = ref.year
    if "nth" in p:
        return day(_nth_weekday(year, month or ref.month, p["weekday"], p["nth"]))
    if "day" in p:
        if month is None:
            return _days(_day_in_month(ref, p["day"], offset if kind == "direction" else 0), p)
        if "weekday" in p and "year" not in p and kind is None:  # "Fri, Jul 18": the year it is a Friday
            year = _year_of_weekday(ref, month, p["day"], p["weekday"])
        return _days(date(year, month, p["day"]), p)
    if "weekday" in p:
        direction = offset if kind in ("direction", "weekday") else None
        return day(_weekday(ref, p["weekday"], direction, next_week=kind == "weekday" and offset > 0))
    if month is not None:
        if "month_to" in p:  # "1~2월", "January to March", "December to February", "May 2020 to June 2021"
            last_year = p["year_to"] if "year_to" in p else year + (p["month_to"] < month)
            if last_year < year or last_year == year and p["month_to"] <= month:
                return None
            return Period(date(year, month, 1), months(last_year, p["month_to"], 1, "month").end, "month") if p["month_to"] != month else None
        return _narrow(months(year, month, 1, "month"), p.get("part"))
    if "period" in p:
        grain, index = p["period"]
        size = 3 if grain == "quarter" else 6
        first = p.get("period_from", index)
        found = months(year, size * (first - 1) + 1, size * (index - first + 1), grain)
        if kind == "direction" and "year" not in p:  # "지난 3분기": the last one over; "오는 3분기": the next
            if offset < 0 and found.end >= ref or offset > 0 and found.start <= ref:
                found = months(year + offset, size * (first - 1) + 1, size * (index - first + 1), grain)
        return found
    if "decade" in p:  # "the 1990s", "1990년대", "2020년대 초" (early: its first three years)
        if "decade_yy" in p:  # "the '90s": the latest such decade over before the reference's ("the '20s" in 2026: the 1920s)
            year = ref.year // 100 * 100 + p["decade_yy"]
            year -= 100 if year >= ref.year // 10 * 10 else 0
        lo, hi = _DECADE_PARTS[p.get("part")]
        return Period(date(year + lo, 1, 1), date(year + hi, 12, 31), "year")
    if "year_to" in p:  # "2019-2021", "between 2019 and 2021", "2019~2021년"
        return Period(date(year, 1, 1), date(p["year_to"], 12, 31), "year") if p["year_to"] > year else None
    if "year" in p or kind == "year":
        return _narrow(months(year, 1, 12, "year"), p.get("part"))
    return None


def _lunar_day(p: dict[str, Any], ref: date) -> dict[str, Any]:
    """A day of the lunar calendar ("추석": the 15th of its 8th month) as the solar day of its
    year: the year given, the reference's moved by a year word ("내년 추석"), or with 지난 / 오는
    the last one before (the next one after) the reference day."""
    month, dom = p["lunar"]
    kind, offset = p.get("rel", (None, 0))
    year = p.get("year") or ref.year + (offset if kind == "year" else 0)
    solar = _solar(year, month, dom)
    if kind == "direction" and "year" not in p and (offset < 0) == (solar >= ref):
        solar = _solar(year + (-1 if offset < 0 else 1), month, dom)
    rest = {k: v for k, v in p.items() if k not in ("lunar", "rel")}
    return {**rest, "year": solar.year, "month": solar.month, "day": solar.day}


def _solar(year: int, month: int, dom: int) -> date:
    """The solar day of a day of the Korean lunar calendar (KARI's tables: 1000 to 2050)."""
    lunar = KoreanLunarCalendar()
    if not lunar.setLunarDate(year, month, dom, False):
        raise ValueError(f"no lunar day {year}-{month}-{dom}")
    return date(lunar.solarYear, lunar.solarMonth, lunar.solarDay)


def _rolling(n: int, unit: str, ref: date) -> Period:
    """The ``n`` whole units after the current one (before it when ``n`` < 0): with the
    reference in 2013, "최근 2년간" is 2011-2012, "향후 3년" 2014-2016."""
    lo, hi = (n, -1) if n < 0 else (1, n)
    if unit == "day":
        return Period(ref + timedelta(days=lo), ref + timedelta(days=hi), "day")
    if unit == "week":
        return Period(week_of(ref + timedelta(weeks=lo)).start, week_of(ref + timedelta(weeks=hi)).end, "week")
    if unit == "year":
        return Period(date(ref.year + lo, 1, 1), date(ref.year + hi, 12, 31), "year")
    size = 3 if unit == "quarter" else 1
    current = (ref.month - 1) // size * size + 1
    first, last = add_months(ref.year, current, lo * size), add_months(ref.year, current, hi * size)
    return Period(date(*first, 1), months(*last, size, unit).end, unit)


def _year_of_weekday(ref: date, month: int, dom: int, weekday: int) -> int:
    """The year, of the reference one and the two beside it, nearest the reference in which
    that day of that month falls on that weekday (the reference year when none does: a typo)."""
    def distance(year: int) -> int:
        try:
            when = date(year, month, dom)
        except ValueError:  # February 29
            return 10**6
        return abs((when - ref).days) if when.weekday() == weekday else 10**6

    best = min((ref.year, ref.year - 1, ref.year + 1), key=distance)
    return best if distance(best) < 10**6 else ref.year


def _days(first: date, p: dict[str, Any]) -> Period | None:
    """One day, or a span of days ending on ``day_to`` (of ``month_to``, in the next year
    when it comes first: "Dec 30 - Jan 2"); None when the end comes before the start
    ("July 15-13" is no span)."""
    if "day_to" not in p:
        return day(first)
    last = date(p.get("year_to", first.year), p.get("month_to", first.month), p["day_to"])
    if last < first and "month_to" in p and "year_to" not in p:
        last = last.replace(year=first.year + 1)
    return Period(first, last, "day") if last > first else None


def _day_in_month(ref: date, dom: int, direction: int) -> date:
    """"15일" in the reference month; "지난 20일" the last 20th before it, "오는 3일" the next."""
    y, m = ref.year, ref.month
    if direction < 0 and dom > ref.day:
        y, m = add_months(y, m, -1)
    elif direction > 0 and dom < ref.day:
        y, m = add_months(y, m, 1)
    return date(y, m, dom)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The n-th (1-5, or -1 for the last) such weekday of a month."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    return date(year, month, days[nth - 1 if nth > 0 else nth])


def _weekday(ref: date, weekday: int, direction: int | None, next_week: bool = False) -> date:
    """The latest such day on or before ``ref``; before it (-1), after it (+1), in its
    week (0), or in the week after it ("next Wednesday")."""
    if direction == 0 or next_week:
        return week_of(ref + timedelta(weeks=1 if next_week else 0)).start + timedelta(days=weekday)
    if direction is not None and direction > 0:
        return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    back = (ref.weekday() - weekday) % 7
    if back == 0 and direction is not None:
        back = 7
    return ref - timedelta(days=back)


def _narrow(period: Period, part: str | None) -> Period:
    """Early, mid or late thirds of a month (days 1-10, 11-20, 21-), a year (4 months each)
    or a week (Monday-Wednesday, Tuesday-Thursday, Friday-Sunday)."""
    if part is None:
        return period
    third = {"early": 0, "mid": 1, "late": 2}[part]
    s = period.start
    if period.grain == "week":
        first = (0, 1, 4)[third]
        return Period(s + timedelta(days=first), s + timedelta(days=first + 2), "week")
    if period.grain == "year":
        start = date(s.year, 4 * third + 1, 1)
        end = months(s.year, 4 * third + 4, 1, "month").end
    else:
        start = s.replace(day=10 * third + 1)
        end = period.end if third == 2 else s.replace(day=10 * third + 10)
    return Period(start, end, period.grain)


def _normalise(parts: dict[str, str], rules: ModuleType) -> dict[str, Any] | None:
    """Language words -> numbers: year, month, day, weekday, period, part, rel, ago."""
    lower = {k: v.lower() for k, v in parts.items()}
    p: dict[str, Any] = {}
    if "season" in parts:
        p["season"] = lowered(rules, "SEASONS")[lower["season"]]
    for key in ("year", "year2", "year3m", "year4", "pyear", "qyear", "qyear2", "qmyear", "ymyear", "hyear", "syear", "year_b", "eyear", "holyear"):
        if key in parts:
            p["year"] = int(parts[key])
    if "yq" in parts:  # "18Q4", "4Q18"
        yq = parts["yq"].upper()
        year, quarter = (yq[:2], yq[3]) if yq[2] == "Q" else (yq[2:], yq[0])
        p["year"], p["period"] = _two_digit_year(year), ("quarter", int(quarter))
    if "year2s" in parts:
        p["year"] = _two_digit_year(parts["year2s"])
    month_names = lowered(rules, "MONTHS")
    if "ym_n" in parts:  # "the first nine months of 2025": months 1 to 9; "the last three" 10 to 12
        count = parse_number(parts["ym_n"], rules)
        if count is None or not 1 < count < 12 or count != int(count):
            return None
        first = 1 if rules.MONTHS_OF_YEAR_ENDS[lower["ym_end"]] > 0 else 13 - int(count)
        p["month"], p["month_to"] = first, first + int(count) - 1
        if "ym_rel" in parts:
            p["rel"] = ("year", rules.RELATIVE_WORDS[lower["ym_rel"]])
    if "qmonth" in parts:  # "the September quarter": the calendar quarter it ends; "the November quarter" is none
        month = month_names[lower["qmonth"].rstrip(".")]
        if month % 3:
            return None
        p["period"] = ("quarter", month // 3)
    for key in ("month", "month2", "month3", "month_b"):
        if key in parts:
            month = parts[key]
            p["month"] = int(month) if month.isdigit() else month_names[month.lower().rstrip(".")]
    if "holiday" in parts:  # "광복절": its month and day
        p["month"], p["day"] = rules.HOLIDAYS[parts["holiday"]]
    if "lunar" in parts:  # "추석": its lunar month and day (its solar day depends on the year: _period)
        p["lunar"] = rules.LUNAR_HOLIDAYS[parts["lunar"]]
    day_words = lowered(rules, "DAY_ORDINALS")
    for key in ("day", "day2", "day3", "day4"):
        if key in parts:
            p["day"] = _day_number(parts[key], day_words)
    if "decade" in parts:
        p["decade"] = True
    if "decade_yy" in parts:  # "the '90s": its century is the reference's (``_period``)
        p["decade"], p["decade_yy"] = True, int(parts["decade_yy"])
    if "year_from" in parts:  # "2019~2021년": the year read so far is the last one
        p["year_to"], p["year"] = p["year"], int(parts["year_from"])
    elif "year_and" in parts or "year_to" in parts:  # "between 2019 and 2021", "2020-21"
        last = parts.get("year_and") or parts["year_to"]
        p["year_to"] = int(last) if len(last) == 4 else p["year"] // 100 * 100 + int(last)
    if "month_from" in parts:  # "1~2월": the month read so far is the last one
        p["month_to"], p["month"] = p["month"], int(parts["month_from"])
    if "month_to" in parts or "month_end" in parts or "month_and" in parts or "month_last" in parts:
        month = parts.get("month_to") or parts.get("month_end") or parts.get("month_and") or parts["month_last"]
        p["month_to"] = int(month) if month.isdigit() else month_names[month.lower().rstrip(".")]
    if "year_last" in parts:  # "January 2020 to December 2023": the last month's year
        p["year_to"] = int(parts["year_last"])
    elif "month_last" in parts:  # "November 2023 to February": the year after when the month comes first
        p["year_to"] = p["year"] + (p["month_to"] < p["month"])
    if "day_last" in parts:  # "March 3, 2020 to May 5, 2021": the last day, its month and year
        p["day_to"], p["year_to"] = _day_number(parts["day_last"], day_words), int(parts["year_last2"])
        p["month_to"] = month_names[parts["month_last2"].lower().rstrip(".")]
    elif "day_last3" in parts:  # "3 March 2020 to 5 May 2021", "20 December to 5 January (2025)"
        p["day_to"], p["month_to"] = _day_number(parts["day_last3"], day_words), month_names[parts["month_last3"].lower().rstrip(".")]
        if "year_last3" in parts and "year" in p:
            p["year_to"] = int(parts["year_last3"])
        elif "year_last3" in parts:  # the year written once, at the end: the start's too, or the one before
            p["year_to"] = int(parts["year_last3"])
            p["year"] = p["year_to"] - ((p["month_to"], p["day_to"]) < (p["month"], p["day"]))
    if "day_from" in parts:  # "13~15일": the day read so far is the last one
        p["day_to"], p["day"] = p["day"], _day_number(parts["day_from"], day_words)
    elif "day_to" in parts or "day2_to" in parts:
        p["day_to"] = _day_number(parts.get("day_to") or parts["day2_to"], day_words)
    weekdays = lowered(rules, "WEEKDAYS")
    for key in ("weekday", "weekday2", "weekday3", "weekday4", "weekday5", "nthday"):
        if key in parts:
            p["weekday"] = weekdays[lower[key]]
    if "nth" in parts:
        p["nth"] = lowered(rules, "ORDINALS")[lower["nth"]]
    if "rel2" in parts:  # "Wednesday of next week"
        p["rel"] = ("week", rules.RELATIVE_WORDS[lower["rel2"]])
    if "prel" in parts:  # "the second quarter of next year"
        p["rel"] = ("year", rules.RELATIVE_WORDS[lower["prel"]])
    if "month_rel" in parts:  # "June last year"
        p["rel"] = ("year", rules.RELATIVE_WORDS[lower["month_rel"]])
    if "rel3" in parts:  # "the 20th of next month"
        p["rel"] = ("month", rules.RELATIVE_WORDS[lower["rel3"]])
    if "part" in parts:
        p["part"] = lowered(rules, "MONTH_PARTS")[lower["part"]]
    if "periodpart" in parts:  # "연말": late this year, "작년 연말": late last year
        kind, p["part"] = rules.PERIOD_PARTS[parts["periodpart"]]
        if "rel" not in parts and kind not in p:
            p["rel"] = (kind, 0)
    _normalise_period(parts, lower, rules, p)
    if "wk_nth" in parts:
        return _normalise_week_of(parts, rules, p)
    if "nthweek" in parts:  # "9월 첫째 주"
        p["week_of"] = (lowered(rules, "ORDINALS")[parts["nthweek"]], "week")
    if "count" in parts or "count_first" in parts:  # "the past two years", "최근 3년간"
        n = parse_number(parts.get("count") or parts["count_first"], rules)
        unit = lower.get("relunit") or parts["spanunit"]
        offset = rules.RELATIVE_WORDS[lower["rel"]] if "rel" in parts else rules.SPAN_WORDS[parts["spanrel"]]
        if n is None or n != int(n) or n < 1 or offset == 0:
            return None
        p["span"] = _in_years(int(n) * offset, {**getattr(rules, "SPAN_UNITS", {}), **rules.RELATIVE_UNITS}[unit])
        return p
    if "rel" in parts and not _normalise_relative(parts["rel"], lower.get("relunit"), rules, weekdays, p):
        return None
    if p.get("period", ("", 1))[1] < 1:
        return None
    if "ago" in parts:
        n = parse_number(parts["n"], rules)
        if n is None or n != int(n):
            return None
        sign = -1 if lower["ago"] in _back_words(rules) else 1
        unit = lower["unit"]
        if unit[:-1] in weekdays:  # "2 Thursdays ago": the second one back
            p["weekday"], p["ago"] = weekdays[unit[:-1]], (sign * int(n), "weekday")
        else:
            p["ago"] = _in_years(sign * int(n), rules.RELATIVE_UNITS[unit])
    if "after_next" in parts:  # "Friday after next" is "2 Fridays from now"
        unit = lower["after_next"]
        if unit in weekdays:
            p["weekday"], p["ago"] = weekdays[unit], (2, "weekday")
        else:
            p["rel"] = (rules.RELATIVE_UNITS[unit], 2)
    if "thisunit" in parts:
        p["rel"] = (rules.RELATIVE_UNITS[lower["thisunit"].split()[-1]], 0)
    if "dayword" in parts:
        p["rel"] = ("day", lowered(rules, "DAY_WORDS")[lower["dayword"]])
    if "latest_weekend" in parts:
        p["rel"] = ("latest weekend", 0)
    return p


def _normalise_week_of(parts: dict[str, str], rules: ModuleType, p: dict[str, Any]) -> dict[str, Any]:
    """"the (second) last / first week of October": the n-th full Monday-to-Sunday week
    inside the month (or year); "the last day of October", "the first weekend of next
    month": the n-th day or Saturday-and-Sunday."""
    if "wk_year" in parts or "wk_year2" in parts:
        p["year"] = int(parts.get("wk_year") or parts["wk_year2"])
    if "wk_month" in parts:
        p["month"] = lowered(rules, "MONTHS")[parts["wk_month"].lower().rstrip(".")]
    if "wk_unit" in parts:  # "of the month", "of next year"
        p["rel"] = (parts["wk_unit"].lower(), rules.RELATIVE_WORDS[parts["wk_rel"].lower()] if "wk_rel" in parts else 0)
    nth = lowered(rules, "ORDINALS")[parts["wk_nth"].lower()]
    kind = parts["wk_kind"].lower()
    p["week_of"] = (-nth if "wk_last" in parts and nth > 0 else nth, kind if kind in ("week", "day") else "weekend")
    return p


def _season(p: dict[str, Any], ref: date) -> Period | None:
    """A season of a year ("the summer of 2019", "작년 겨울": the one that starts in it), or
    this / the last / the next one. "This winter" is, of the winters the reference year
    touches, the one nearest the reference, a coming one counting half its distance (a
    season ahead is named "this" further out than one behind): in April the one just over,
    from July the one to come."""
    (first_month, first_day), (last_month, last_day) = p["season"]

    def of(year: int) -> Period:
        return Period(date(year, first_month, first_day), date(year + (last_month < first_month), last_month, last_day), "day")

    kind, offset = p.get("rel", (None, 0))
    if "year" in p or (kind == "year" and offset):
        return of(p.get("year") or ref.year + offset)
    if kind not in ("year", "season"):
        return None  # a season alone ("fall", "여름") is a word
    def distance(year: int) -> float:
        season = of(year)
        return max((season.start - ref).days / 2, (ref - season.end).days, 0)

    year = min((y for y in (ref.year - 1, ref.year) if ref.year in (of(y).start.year, of(y).end.year)), key=distance)
    while offset < 0 and of(year).end >= ref:  # the last one over
        year -= 1
    while offset > 0 and of(year).start <= ref:  # the next one to start
        year += 1
    return of(year)


def _nth_day(container: Period, nth: int, kind: str) -> Period | None:
    """The n-th (from the end when negative) day or weekend (Saturday and Sunday) of a month
    or year; None when it has fewer."""
    days = [container.start + timedelta(days=i) for i in range((container.end - container.start).days + 1)]
    if kind == "weekend":
        days = [d for d in days if d.weekday() == 5]
    if not 0 < abs(nth) <= len(days):
        return None
    first = days[nth - 1 if nth > 0 else nth]
    return day(first) if kind == "day" else Period(first, first + timedelta(days=1), "day")


def _full_week(container: Period, nth: int) -> Period | None:
    """The n-th (from the end when negative) Monday-to-Sunday week inside a month or year;
    None when it has fewer ("the fifth week of February")."""
    monday = container.start + timedelta(days=-container.start.weekday() % 7)
    mondays = []
    while monday + timedelta(days=6) <= container.end:
        mondays.append(monday)
        monday += timedelta(weeks=1)
    if abs(nth) > len(mondays):
        return None
    return week_of(mondays[nth - 1 if nth > 0 else nth])


# The years of a decade, and of its early, mid and late part.
_DECADE_PARTS = {None: (0, 9), "early": (0, 3), "mid": (3, 6), "late": (7, 9)}


def _in_years(n: int, unit: str) -> tuple[int, str]:
    """``n`` units counted in years when they are decades ("two decades ago": 20 years)."""
    return (n * 10, "year") if unit == "decade" else (n, unit)


def _two_digit_year(yy: str) -> int:
    """"15" -> 2015, "98" -> 1998: 1969-2068, as strptime's %y."""
    return (1900 if int(yy) >= 69 else 2000) + int(yy)


def _day_number(text: str, day_words: dict[str, int]) -> int:
    """"13", "13th" or "thirteenth" -> 13."""
    digits = _DIGIT_RUN.match(text)
    return int(digits.group()) if digits else day_words[text.lower()]


_DIGIT_RUN = re.compile(r"\d+")
_LASTING_PARTS = re.compile(r"(\S+)\s+(.+)\s+(\S+)")  # "for" "two hundred" "days"


_PERIODS_IN_YEAR = {"quarter": 4, "half": 2}  # "the final quarter" (ordinal -1) is the fourth


def _normalise_period(parts: dict[str, str], lower: dict[str, str], rules: ModuleType, p: dict[str, Any]) -> None:
    if "period" in parts:
        table = lowered(rules, "PERIOD_WORDS")
        entry = table[lower["period"]]
        if isinstance(entry, tuple):  # "상반기" -> ("half", 1)
            p["period"] = entry
        else:  # "third quarter" -> ("quarter", 3)
            index = lowered(rules, "ORDINALS")[lower["ordinal"]]
            if entry == "half" and index > 2:
                return
            p["period"] = (entry, index if index > 0 else _PERIODS_IN_YEAR[entry] + 1 + index)  # counted from the end
    for key in ("q", "q2"):
        if key in parts:
            p["period"] = ("quarter", int(parts[key]))
    if "quarter_from" in parts and p.get("period", ("", 0))[0] == "quarter" and int(parts["quarter_from"]) < p["period"][1]:
        p["period_from"] = int(parts["quarter_from"])  # "1∼3분기": the first to the third quarter
    if "half" in parts:
        p["period"] = ("half", int(parts["half"][1]))


def _normalise_relative(rel: str, unit: str | None, rules: ModuleType, weekdays: dict[str, int], p: dict[str, Any]) -> bool:
    """Set ``p["rel"] = (kind, offset)``; False when the word alone names no date."""
    if unit is not None:  # English "next month", "last Tuesday", "next March"
        offset = rules.RELATIVE_WORDS[rel.lower()]
        months = lowered(rules, "MONTHS")
        if unit in weekdays:
            p["weekday"] = weekdays[unit]
            p["rel"] = ("weekday", offset)
        elif unit in months:
            p["month"] = months[unit]
            p["rel"] = ("monthname", offset)
        elif unit in getattr(rules, "WEEKEND_UNITS", ()):
            p["rel"] = ("weekend", offset)
        elif unit in lowered(rules, "SEASONS"):
            p["season"] = lowered(rules, "SEASONS")[unit]
            p["rel"] = ("season", offset)
        elif unit.endswith("s"):
            return False  # "the coming weeks", "the past years": no one period
        elif rules.RELATIVE_UNITS.get(unit) == "day":
            return False  # "the next day", "the previous day": counted from the story's events
        else:
            kind = rules.RELATIVE_UNITS.get(unit, unit)
            if kind == "decade" and offset and "part" not in p:  # "the past decade": ten whole years
                p["span"] = _in_years(offset, kind)
            else:
                p["rel"] = (kind, offset)
        return True
    if "season" in p and rel in getattr(rules, "SEASON_WORDS", {}):
        p["rel"] = ("season", rules.SEASON_WORDS[rel])
        return True
    for kind, table in (("day", "DAY_WORDS"), ("month", "MONTH_WORDS"), ("year", "YEAR_WORDS"), ("week", "WEEK_WORDS"), ("weekend", "WEEKEND_WORDS"), ("quarter", "QUARTER_WORDS")):
        words = getattr(rules, table, {})
        if rel in words:
            p["rel"] = (kind, words[rel])
            return True
    direction = -1 if rel in getattr(rules, "PAST_WORDS", ()) else 1
    p["rel"] = ("direction", direction)
    return "day" in p or "weekday" in p or "month" in p or "year" in p or "period" in p or "lunar" in p
