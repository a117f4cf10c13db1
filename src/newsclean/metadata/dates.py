"""Date strings -> date / datetime, as precise as the page says and no more.

A result is a ``date`` when only the day is known, a naive ``datetime`` when the time is
known but not the zone, and an aware ``datetime`` when both are. ``iso()`` writes it out.
"""

from __future__ import annotations

import re
import warnings
from functools import cache
from datetime import date, datetime, timedelta, timezone
from typing import Any, Mapping, NamedTuple

from dateutil import parser as dateutil_parser
from dateutil import tz as dateutil_tz

Stamp = date | datetime  # datetime is a subclass of date: test datetime first


class Units(NamedTuple):
    """A language's words after the parts of a date and time ("2020년 7월 15일 17시 9분"), as
    its ``DATE_UNITS`` names them; a language may name only its ``hour``, the word or sign
    between hours and minutes ("14h07", "kl. 19.25")."""

    year: str = ""
    month: str = ""
    day: str = ""
    hour: str = ""
    minute: str = ""


@cache
def _numeric_pattern(units: Units = Units()) -> re.Pattern[str]:
    """2020-07-15, 2020.07.15, 2020/7/15, then an optional time and offset, the language's
    ``units`` allowed after each part and in place of the numeric forms' separators."""
    y, mo, d, h, mi = (re.escape(u) for u in units)

    def after(unit: str) -> str:
        return f"(?:\\s*{unit})?" if unit else ""

    minute = rf"\d{{2}}(?!\d)|\d(?=\s*{mi})" if mi else r"\d{2}(?!\d)"  # one digit before its unit too: "14시 7분"
    return re.compile(
        rf"(?P<y>(?:19|20)\d\d)\s*[-./{y}]\s*(?P<m>\d{{1,2}})\s*[-./{mo}]\s*(?P<d>\d{{1,2}})(?!\d){after(d)}\.?"
        r"(?:(?:T|,?\s*)(?:\([^)]{1,4}\)\s*)?(?P<ampm1>[^\d\s]{1,3}\s*)?"
        rf"(?P<H>\d{{1,2}})\s*[:{h}]\s*(?P<M>{minute})(?:\s*[:{mi}]\s*(?P<S>\d{{2}})(?:\.\d+)?)?{after(mi)}"
        + TIME_TAIL
    )


# AM/PM and a zone after a time, as either numeric form writes them, perhaps in brackets:
# Z, UTC or GMT, perhaps with a signed hour ("GMT+1", "UTC-05:30": ``zoff``), an offset
# ("+0900", "+09:00"), or a zone name the language's ``tzinfos`` may know ("KST", "CET").
TIME_TAIL = (
    r"\s*(?P<ampm2>[AaPp]\.?[Mm]\.?)?\s*(?:\(?(?:(?P<z>Z|UTC|GMT)(?:\s?(?P<zoff>[+-]\d{1,2}(?::?\d{2})?))?"
    r"|(?P<off>[+-]\d{2}:?\d{2})|(?P<name>[A-Z]{2,5}))(?!\w))?)?"
)


def _time_after_day(hour: str = "", words: tuple[str, ...] = ()) -> str:
    """A time after a day-first date: after a comma, a bar, a short word or one of a
    language's ``words`` ("05.01.2025, 15:23", "| 14:07 Uhr", "um 14:07", "kl. 21:35"),
    hours and minutes split by a colon or the language's ``hour`` unit ("14h07")."""
    word = "".join(f"(?i:{w})\\s*|" for w in sorted(map(re.escape, words), key=len, reverse=True))
    split = f"[:{re.escape(hour)}]" if hour else ":"
    return rf"(?:\W{{0,3}}(?:{word}[^\W\d]{{1,3}}\s+)?(?P<H>\d{{1,2}}){split}(?P<M>\d{{2}})(?!\d)(?::(?P<S>\d{{2}}))?" + TIME_TAIL


@cache
def _day_first_pattern(hour: str = "", words: tuple[str, ...] = ()) -> re.Pattern[str]:
    """15.07.2020, 15.07.20, 15/07/2020, 15-07-2020: day, month and year written with dots
    (day first wherever) or slashes or hyphens (in the order of the page's language,
    ``_month_day``), then a time."""
    return re.compile(
        r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./-])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<y>(?:19|20)?\d\d)(?![\d./]?\d)"
        + _time_after_day(hour, words)
    )


@cache
def _day_month_pattern(
    months: tuple[str, ...], hour: str = "", words: tuple[str, ...] = (), connectors: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """13. Mai 2026, 5. März 2025 um 14:07, 13 de mayo de 2026: a day, one of a language's
    month names (or abbreviations, "Febr.", "Mrz"), a year, perhaps a ``connector`` word
    before the month and the year ("de", "del"), then a time as ``_day_first_pattern`` reads it."""
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    joint = f"(?:(?i:{'|'.join(map(re.escape, connectors))})\\s+)?" if connectors else ""
    return re.compile(
        rf"(?<![\d.])(?P<d>\d{{1,2}})\.?\s*{joint}(?P<mon>(?i:{names}))(?!\w)\.?,?\s*{joint}(?P<y>(?:19|20)\d\d)(?!\d)"
        + _time_after_day(hour, words)
    )


DIGIT = re.compile(r"\d")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
TWO_NUMBERS = re.compile(r"\d\D+\d")
# "4.34pm", "11.05 a.m.": hours and minutes split by a dot, as British and Australian English
# write a time said with AM or PM (or with a zone's name: ``_dotted_zoned``).
DOTTED_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.([0-5]\d)(\s*[AaPp]\.?[Mm]\b\.?)")
# "GMT+7", "UTC+07:00": the offset alone, as a page means it (7 hours ahead of UTC).
GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*(?=[+-]\d)")


def parse(
    text: str,
    *,
    default_zone: str | None = None,
    meridiem: Mapping[str, str] | None = None,
    units: Units = Units(),
    tzinfos: Mapping[str, str] | None = None,
    ago: tuple[str, Mapping[str, int]] | None = None,
    fetched: datetime | None = None,
    months: Mapping[str, int] | None = None,
    order: str | None = None,
    time_words: tuple[str, ...] = (),
    connectors: tuple[str, ...] = (),
) -> Stamp | None:
    """The first date in ``text``: numeric forms first, then a day before one of the
    language's ``months`` (lower-case name -> 1-12), then English month names (dateutil),
    then "N hours ago" (``ago``: a pattern with groups ``n`` and ``unit``, and seconds
    per unit) against ``fetched``. Naive times get ``default_zone`` if given (``fixed``). ``order``
    ("dmy", "mdy") reads slashed dates; ``time_words`` may come before a time ("kl.",
    "alle"), ``connectors`` between day, month and year ("de")."""
    text = text.strip()
    if not DIGIT.search(text):  # every form has one: most candidate lines are no date
        return None
    patterns = (
        _numeric_pattern(units),
        _day_first_pattern(units.hour, time_words),  # the hour unit splits hours from minutes there too ("14h07")
        *((_day_month_pattern(tuple(months), units.hour, time_words, connectors),) if months else ()),
    )
    stamp = _numeric(text, patterns, meridiem or {}, months or {}, order, tzinfos or {})
    if not isinstance(stamp, datetime) or stamp.tzinfo is None:
        # a zone name after a numeric time ("10:00 AM EDT"), a time before the day ("20:00, 29 Jan 2024") too
        worded = _worded(text, tzinfos or {})
        stamp = richer(stamp, worded) if stamp and worded else stamp or worded
    stamp = stamp or _relative(text, ago, fetched)
    if isinstance(stamp, datetime) and stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=fixed(default_zone, stamp))
    return stamp


def _numeric(
    text: str,
    patterns: tuple[re.Pattern[str], ...],
    meridiem: Mapping[str, str],
    months: Mapping[str, int],
    order: str | None,
    tzinfos: Mapping[str, str],
) -> Stamp | None:
    """Year first, day first, day and month name, each form in turn: a form that reads no
    real day ("2025 - 16.03 Uhr" is no 16th month) leaves the text to the next."""
    return next(
        (stamp for p in patterns if (m := p.search(text)) and (stamp := _stamp(m, meridiem, months, order, tzinfos))), None
    )


def _stamp(
    m: re.Match[str], meridiem: Mapping[str, str], months: Mapping[str, int], order: str | None, tzinfos: Mapping[str, str]
) -> Stamp | None:
    """The match as a day and perhaps a time; None if it names no real day."""
    if (month_day := _month_day(m, months, order)) is None:
        return None
    try:
        day = date(int(m["y"]) + (2000 if len(m["y"]) == 2 else 0), *month_day)
    except ValueError:
        return None
    if m["H"] is None:
        return day
    hour, minute, second = int(m["H"]), int(m["M"]), int(m["S"] or 0)
    ampm = (m["ampm2"] or meridiem.get((m.groupdict().get("ampm1") or "").strip(), "")).replace(".", "").upper()
    if ampm == "PM" and hour < 12:
        hour += 12
    elif ampm == "AM" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return day
    wall = datetime(day.year, day.month, day.day, hour, minute, second)
    return wall.replace(tzinfo=_zone(m, wall, tzinfos))


def _zone(m: re.Match[str], wall: datetime, tzinfos: Mapping[str, str]) -> timezone | None:
    """The zone ``TIME_TAIL`` read after the time ``wall``, as a fixed offset; None if there
    is none, or none we know."""
    if m["zoff"] or m["off"]:
        return offset(m["zoff"] or m["off"])
    if m["z"]:
        return timezone.utc
    return fixed(tzinfos[m["name"]], wall) if m["name"] in tzinfos else None


def _month_day(m: re.Match[str], months: Mapping[str, int], order: str | None) -> tuple[int, int] | None:
    """Month and day: named, or after the year, or dotted (day first), or slashed in the
    language's ``order`` ("dmy", "mdy"); a number over 12 is the day whatever the order. Two
    numbers up to 12 in no known order: None (dateutil reads them after, month first, as before)."""
    if "mon" in m.re.groupindex:
        month = _month(m["mon"], months)
        return (month, int(m["d"])) if month is not None else None
    if "sep" not in m.re.groupindex:
        return int(m["m"]), int(m["d"])
    first, second = int(m["a"]), int(m["b"])
    if m["sep"] == "." or first > 12 or (order == "dmy" and second <= 12):
        return second, first
    if second > 12 or order == "mdy":
        return first, second
    return None


def _month(name: str, months: Mapping[str, int]) -> int | None:
    """The month a matched name stands for. The pattern matches names ignoring case, which
    the regex engine reads more widely than ``str.casefold``: "KASIM" matches Turkish
    "kasım" (ı and i alike) and a Greek name ending in "ς" matches one ending in "σ". So a name
    not found case-folded is compared with every name folded alike (ı as i)."""
    found = months.get(name.casefold())
    if found is not None:
        return found
    key = _month_key(name)
    return next((month for written, month in months.items() if _month_key(written) == key), None)


def _month_key(name: str) -> str:
    return name.casefold().replace("ı", "i")


def _worded(text: str, tzinfos: Mapping[str, str]) -> Stamp | None:
    """Dates with month names ("Tue July 14, 2020 3:45 PM ET"). Parsed twice with
    different defaults: a part that changes with the default was not in the text, so a
    date needs a word and two numbers at least (its day and year)."""
    if not re.search(r"[^\W\d_]{3}", text) or not TWO_NUMBERS.search(text):
        return None
    text = GMT_OFFSET.sub("", text)  # dateutil reads "GMT+7" as POSIX does: 7 hours *behind* UTC
    text = DOTTED_TIME.sub(r"\1:\2\3", text)  # "4.34pm": dateutil reads only a colon between hours and minutes
    if tzinfos and "." in text:
        text = _dotted_zoned(tuple(tzinfos)).sub(r"\1:\2\3", text)  # "Fri 27 Nov 2026 10.04 GMT"
    zones = _zones(tuple(tzinfos.items()))
    stamp = _dateutil(text, zones)
    if stamp is None and (year := YEAR.search(text)) and DIGIT.search(text, year.end()):
        stamp = _dateutil(text[: year.end()], zones)  # "Wed, Oct 16, 2024 page1": a number after the year spoils the date
    return stamp


def _dateutil(text: str, zones: Mapping[str, Any]) -> Stamp | None:
    """The date dateutil reads in ``text`` (see ``_worded``), the same with both defaults."""
    try:
        with warnings.catch_warnings():  # an unknown zone name ("CEST") just leaves the time naive
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            a = dateutil_parser.parse(text, fuzzy=True, default=datetime(2001, 1, 1, 0, 0), tzinfos=zones)
            b = dateutil_parser.parse(text, fuzzy=True, default=datetime(2002, 2, 2, 1, 1), tzinfos=zones)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.date() != b.date():
        return None
    if (a.hour, a.minute) != (b.hour, b.minute):
        return a.date()
    if (offset := a.utcoffset()) is not None:
        a = a.replace(tzinfo=timezone(offset))
    return a.replace(microsecond=0)


@cache
def _dotted_zoned(names: tuple[str, ...]) -> re.Pattern[str]:
    """Hours and minutes split by a dot before one of the language's zone names ("10.04 GMT";
    not "3.50 USD")."""
    return re.compile(rf"(?<![\d.])(\d{{1,2}})\.([0-5]\d)(\s(?:{'|'.join(map(re.escape, names))})\b)")


@cache
def _zones(names: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """Zone names -> tzinfo objects, made once a language: dateutil keeps only the last
    few zones it read, and reread each zone file on every date otherwise."""
    return {name: dateutil_tz.gettz(value) for name, value in names}


def _relative(text: str, ago: tuple[str, Mapping[str, int]] | None, fetched: datetime | None) -> Stamp | None:
    """"2 hours ago" -> the day it names; the time is approximate, so it is not kept."""
    if ago is None or fetched is None or not (m := re.search(ago[0], text, re.I)):
        return None
    seconds = ago[1].get(m["unit"].lower())
    return (fetched - timedelta(seconds=int(m["n"]) * seconds)).date() if seconds else None


def plausible(stamp: Stamp, fetched: datetime | None) -> bool:
    """Not before 1990, not after the fetch time (a day of slack for time zones)."""
    day = stamp.date() if isinstance(stamp, datetime) else stamp
    if day.year < 1990:
        return False
    return fetched is None or day <= (fetched + timedelta(days=1)).date()


def iso(stamp: Stamp) -> str:
    if isinstance(stamp, datetime):
        return stamp.replace(microsecond=0).isoformat()
    return stamp.isoformat()


def richer(a: Stamp, b: Stamp) -> Stamp:
    """``a`` unless ``b`` says the same moment more precisely (a time, or an offset)."""
    if not isinstance(b, datetime) or (a.date() if isinstance(a, datetime) else a) != b.date():
        return a
    if not isinstance(a, datetime):
        return b
    same_wall = (a.hour, a.minute) == (b.hour, b.minute)
    return b if same_wall and a.tzinfo is None and b.tzinfo is not None else a


def fixed(zone: str | None, wall: datetime) -> timezone | None:
    """A zone as a language's data gives it, an offset ("+09:00") or an IANA name
    ("Europe/Berlin"), as the offset it has at the time ``wall`` ("CET" in summer is "CEST")."""
    if zone is None:
        return None
    if (found := offset(zone)) is not None:
        return found
    named = dateutil_tz.gettz(zone)
    gap = wall.replace(tzinfo=named).utcoffset() if named is not None else None
    return timezone(gap) if gap is not None else None


def offset(text: str | None) -> timezone | None:
    """"+09:00", "+0900", "+9", "-5:30" -> a fixed time zone."""
    m = re.fullmatch(r"([+-])(\d{1,2})(?::?(\d{2}))?", text or "")
    if not m:
        return None
    hours, minutes = int(m[2]), int(m[3] or 0)
    if hours > 14 or minutes > 59:  # no such offset
        return None
    return timezone((-1 if m[1] == "-" else 1) * timedelta(hours=hours, minutes=minutes))
