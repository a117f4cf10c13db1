"""Amounts: a number with what it measures — money, percent, count, quantity, duration.

One pattern per language, built from its rules (``UNITS``, qualifiers, range separators):

    [qualifier] [currency] number [(unit) separator [currency] number] [여] [unit] [qualifier]

The unit decides the fact type (``UNITS[surface] -> (type, unit)``; currency signs and ISO
codes work in every language). A bare number is not a fact, with two exceptions: a number
with a qualifier ("more than a dozen") is a count, and in English a plural noun after a
number is what it counts ("3,000 workers").

Fields: ``value`` (the number; for a range, its low end), ``unit`` (ISO currency, "percent"
or "point", a counter such as 명, a measure such as "ton", or a duration unit such as
"month"), ``approx`` (about, 약, 200여개, 가량), ``qualifier`` ("at least", "more than", "at
most", "less than" or None), ``range`` ({"from": low, "to": high}, on ranges only) and, for
counts and quantities, ``counted`` (what is counted when the text says it: "일자리",
"workers", "oil"). ``_plausible`` holds the readings that look like amounts but are not
(a year, "3대 강국", "Boeing 737 planes", "10시 30분"...). The pattern is tried only at
anchors (see scan.py).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any, Iterable, Iterator, NamedTuple, Sequence, TypeGuard

from ..model import Fact
from . import Context, make_fact, scan, sentence_bounds
from .numbers import LARGEST, _alternation, as_number, guarded, number_pattern, number_words, parse_number
from .names import rule_pattern

# Currency signs and codes, the same in every language. Signs go before the number
# ("$2.5 billion"), codes before or after ("USD 12.5 million", "42 BGN"), € also after.
CURRENCY_SIGNS = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "￦": "KRW", "Rs.": "INR", "Rs": "INR",
    "C$": "CAD", "A$": "AUD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "NT$": "TWD", "MX$": "MXN", "₹": "INR",
    "RM": "MYR", "RMB": "CNY",
}
CURRENCY_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "KRW", "CHF", "CAD", "AUD", "HKD", "SGD", "INR", "RUB",
    "BRL", "NZD", "MXN", "SEK", "NOK", "DKK", "TWD", "BGN", "MYR", "AED", "SAR", "ZAR", "TRY",
    "THB", "VND", "IDR", "PHP", "PLN", "ILS", "UAH", "EGP", "MNT", "NGN", "KES", "PKR", "ARS", "CLP",
    "COP", "CZK", "HUF", "QAR", "KWD",
)
COMMON_UNITS: dict[str, tuple[str, str]] = {
    "%": ("percent", "percent"), "％": ("percent", "percent"), "€": ("money", "EUR"),
    "$": ("money", "USD"), "US$": ("money", "USD"), "bp": ("percent", "basis point"), "bps": ("percent", "basis point"),
    **{code: ("money", code) for code in CURRENCY_CODES},
}
_HANGUL_WORD = "[가-힣]"


@cache
def amount_pattern(rules: ModuleType | None, ranges: bool = True) -> re.Pattern[str]:
    units = units_of(rules)
    number = number_pattern(rules)
    hangul = rules is not None and hasattr(rules, "SPELLED_DIGITS")
    if hangul:  # a unit may be followed by a particle, not by the rest of a word
        unit_end = rf"(?=(?:{guarded([*rules.UNIT_FOLLOWERS, *_rule(rules, 'UNIT_COPULA')])})|[^가-힣A-Za-z]|$)"  # type: ignore[union-attr]
    else:
        unit_end = r"(?![A-Za-z])"
    before = [*_rule(rules, "APPROX_BEFORE"), *_rule(rules, "QUALIFIERS_BEFORE")]
    after = [*_rule(rules, "APPROX_AFTER"), *_rule(rules, "QUALIFIERS_AFTER")]
    separators = guarded(_rule(rules, "RANGE_SEPARATORS") or ("-", "–", "~"))
    currency = rf"(?:{guarded(CURRENCY_SIGNS)}|(?:{guarded(CURRENCY_CODES)})(?![A-Za-z]))"
    short = _rule(rules, "SHORT_SCALES")
    short_scale = rf"(?(cur)(?P<{{}}>{guarded(short)})(?![A-Za-z]))?+" if short else ""
    short_units = [u for u in units if len(u) <= 3 and u.isalpha()]
    long_units = [u for u in units if u not in short_units]
    unit = rf"(?:{guarded(long_units)}|(?-i:{guarded(short_units)})){unit_end}"  # "km/h" before "km"
    # "a two-year renovation", "a 10-day trip": a unit joined to its number by a hyphen, in the
    # singular (not "zero-hours contracts", a name): a duration, a sum ("a 5-euro fee"), a measure
    # of more than one letter ("an 11,000-mile flight", "a 1,200-square-foot home"), a percent or a point
    # of a rate ("a 25-basis-point cut", "a 0.5-percentage-point rise", "a 10-point lead in the poll")
    joinable = [u for u, (kind, _) in units.items() if (kind != "count" and u.replace("-", "").isalpha() and len(u) > 1 or kind == "percent") and not u.endswith("s")]
    joined = rf"-(?=(?:{guarded(joinable)})(?![A-Za-z]))" if joinable and not hangul else "(?!)"
    openers = _rule(rules, "RANGE_OPENERS", {})
    lead = [rf"(?<!\w)(?P<opener>{guarded(openers)})\s+"] if openers else []
    if before:
        lead.append(rf"(?<!\w)(?P<before>{guarded(before)})\s*")
    range_separator = rf"\s?(?:{separators})\s?"
    if openers:  # "between 10 and 20": the opener's own separator
        range_separator = rf"(?(opener)\s+(?:{guarded(openers.values())})\s+|{range_separator})"
    inside = _rule(rules, "APPROX_INSIDE")  # "200여개"
    approx2 = rf"(?:(?P<approx2>{guarded(_rule(rules, 'APPROX_BEFORE'))})\s*)?" if _rule(rules, "APPROX_BEFORE") else ""
    # not at a clock or a ratio: "3:18", "16:9", "close to 2 a.m."; nor after a digit and a
    # slash ("3/10", "24/7"): after a unit and a slash, a second amount ("15°F/-9°C", "48°F/9°C")
    clock = rf"(?!:\d{'|' + _rule(rules, 'CLOCK_AFTER') if _rule(rules, 'CLOCK_AFTER', None) else ''})"
    modifiers = _rule(rules, "UNIT_MODIFIERS")
    modifier = rf"(?:(?:{guarded(modifiers)})\s+)?+" if modifiers else ""
    # The unit after each number is tried once (no unit starts with a blank: none is tried
    # there): "u1" after the first, "unit" after the second of a range.
    inside = rf"(?P<{{}}>{guarded(inside)})?+" if inside else ""
    # What follows a number (and the clock test after the first) is all optional, so the
    # match never backtracks into it: those parts are possessive (?+), which the regex
    # engine tries at a third of the cost of a plain optional group.
    pattern = (
        ("".join(rf"(?:{part})?" for part in lead) if lead else "")  # "from more than 300 witnesses": an opener, then a qualifier
        + rf"(?P<cur>{currency}\s?)?(?(cur)|(?<![\w.,])(?<!\d/)(?<!\w-)(?<!\d:))(?P<n1>{_article_one(rules)}{number}){clock}{short_scale.format('s1')}"
        + inside.format("inside") + rf"(?:(?:\s|{joined})?+{modifier}(?P<u1>{unit}))?+"
        + (
            rf"(?:{range_separator}{approx2}(?P<cur2>{currency}\s?)?(?(cur2)|(?<![\w.,/]))(?P<n2>{number}){short_scale.format('s2')}"
            + inside.format("inside2") + rf"(?:\s?+{modifier}(?P<unit>{unit}))?+)?+"
            if ranges
            else "(?P<cur2>(?!))?+(?P<n2>(?!))?+(?P<unit>(?!))?+"  # the groups, never set
        )
        # not before a number or a sign ("$549 plus $50": two amounts); "1 million-plus dollars",
        # "five or more years": the unit after the qualifier ("u3"), a word
        + (rf"(?:\s?(?P<after>{guarded(after)})(?![A-Za-z-])(?![ ][\d{''.join(s for s in CURRENCY_SIGNS if len(s) == 1)}])(?(u1)|(?(unit)|(?:\s(?=[^\W\d_])(?P<u3>{unit}))?+)))?+" if after else "(?P<u3>(?!))?+")
    )
    return re.compile(pattern, re.IGNORECASE)


def _article_one(rules: ModuleType | None) -> str:
    """"a dollar", "half an hour": an article before a unit that takes one (``ARTICLE_UNITS``),
    as the first alternative of a number."""
    units = _rule(rules, "ARTICLE_UNITS")
    if not units:
        return ""
    articles = [w for w, v in _rule(rules, "NUMBER_WORDS", {}).items() if v == 1 and len(w) <= 2]  # "a", "an"
    lead = guarded([*_rule(rules, "FRACTIONS_BEFORE", {}), *articles])
    one = rf"(?:{lead})(?=\s+(?:{guarded(units)})(?![A-Za-z]))"
    if fraction_units := _rule(rules, "FRACTION_ARTICLE_UNITS"):  # "half a point", not "a point"
        one += rf"|(?:{guarded(_rule(rules, 'FRACTIONS_BEFORE', {}))})(?=\s+(?:{guarded(fraction_units)})(?![A-Za-z]))"
    if _rule(rules, "ONE_MORE"):  # "another half-point hike": before a rate move only
        moves = [u for u in units if units_of(rules).get(u.lower(), ("",))[0] == "percent"]
        one += rf"|(?:{guarded(rules.ONE_MORE)})(?=\s+(?:{guarded(moves)})(?![A-Za-z]))"  # type: ignore[union-attr]
    return rf"(?P<one>(?<![\w'-])(?:{one}))|"


@cache
def amount_anchors(rules: ModuleType | None) -> tuple[scan.Anchors, scan.Prefix | None]:
    """Anchors — numbers, currency signs and codes — and the words an amount may start with
    before them: qualifiers ("more than", "약"), range openers, an article ("a dozen")."""
    lead = [*_rule(rules, "RANGE_OPENERS", {}), *_rule(rules, "APPROX_BEFORE"), *_rule(rules, "QUALIFIERS_BEFORE")]
    lead += _rule(rules, "NEGATIVE_WORDS")
    words, glued = number_words(rules)
    signs = "".join(s for s in CURRENCY_SIGNS if not s[0].isalpha())  # "$", "€": one character each
    lettered = [s for s in CURRENCY_SIGNS if s[0].isalpha()]  # "US$", "HK$", "Rs."
    codes = rf"(?:{_alternation([*CURRENCY_CODES, *lettered])})(?=\.?\s?[\d.])"  # "USD3.14", "Rs. 20": before a number
    # "a dollar": the unit, with "a" in the lead; "a quarter-point" at "quarter" ("a three-quarter-point" at "three", a number's anchor)
    only = [u.replace("-", " ") for u in (*_rule(rules, "ARTICLE_UNITS"), *_rule(rules, "FRACTION_ARTICLE_UNITS")) if re.split(r"[\s-]", u)[0] not in words]
    found = scan.anchors(r"-(?=\s?\d)", words=words, glued=glued, chars=signs, before_digits=codes, lookback=6, lead_only=only)
    if _rule(rules, "SHORT_SCALES"):
        lead += ["a", "an", *_rule(rules, "FRACTIONS_BEFORE", {})]  # "a dozen", "a million", "half a million"
        lead += _rule(rules, "ONE_MORE")  # "another half-point hike"
    if not lead:
        return found, None
    prefix = re.compile(rf"(?<![\w$])(?:(?:{guarded(lead)})\s*)+$", re.IGNORECASE)  # searched: most places start no lead
    last = frozenset(w.split()[-1].lower() for w in lead)
    return found, scan.Prefix(prefix, 24, last)


def units_of(rules: ModuleType | None) -> dict[str, tuple[str, str]]:
    return {**COMMON_UNITS, **_rule(rules, "UNITS", {})}


def _rule(rules: ModuleType | None, name: str, default: Any = ()) -> Any:
    return getattr(rules, name, default) if rules is not None else default


@dataclass(frozen=True)
class Tables:
    """A language's amount words, looked up in lower case (built once per language)."""

    units: dict[str, tuple[str, str]]
    qualifiers: dict[str, str]
    particle_verbs: dict[str, frozenset[str]]  # verbs after which a qualifier's first word is their particle ("ticked up to")
    approx: frozenset[str]
    not_counted: frozenset[str]
    not_counted_endings: tuple[str, ...]  # a figure's noun, of the count, not counted ("1개 소매가격은")
    not_measured: frozenset[str]
    plurals: frozenset[str]
    people_endings: tuple[str, ...]  # the endings of a capitalised plural of people ("Americans")
    tolls: frozenset[str]  # adjectives counted as people right after a number ("1,000 dead")
    toll_verbs: frozenset[str]  # verbs a bare number after counts people ("killed 38")
    particles: tuple[str, ...]  # longest first
    per_time: dict[str, str]  # a word before a quantity that makes it a speed or rate ("시속": per hour)
    scale_before: dict[str, str]  # a word before a bare decimal number that names its scale ("규모 4.8": magnitude)
    predicates: tuple[str, ...]  # endings of a verb or adjective ("늘었다", "줄어든"): counts nothing
    predicate_nouns: tuple[str, ...]  # nouns that end as a predicate does ("피해 3건": counted)
    times: frozenset[str]  # counters of times ("5차례"): the object after is the verb's, not counted
    objects: tuple[str, ...]  # object particles ("를")
    holding: tuple[str, ...]  # verbs of holding an event ("열었다"): their object is what a counter of times counts
    whole_nouns: tuple[str, ...]  # nouns that end as a word with a particle does ("전문가")
    next_words: re.Pattern[str]  # the words after a Korean counter ("3명의 사망자가": after 의)
    strict: tuple[str, ...]
    counter_nouns: dict[str, tuple[str, ...]]  # a counter read only after one of its nouns: "원전 4기", not "트럼프 2기"
    alone: frozenset[str]  # scale words that may stand alone as a number ("만원")
    scales: frozenset[str]  # scale words ("hundred", "millions"): no number alone
    namers: frozenset[str]  # nouns that name a thing by the number after them ("type 2")
    natives: frozenset[str]  # native Korean numbers ("두", "세")
    factors: dict[str, float]  # units counted in parts of another ("cents": hundredths)
    glued_units: dict[str, frozenset[float]]  # units read only glued to their number, and the numbers they never follow ("1080p")
    word_starts: dict[str, tuple[str, ...]]  # after a unit, the letters that make it another word ("10초과")
    marks: dict[str, re.Pattern[str]]  # after a unit, a record's hundredths ("10초07", "2m33")
    decimal_quantity: bool  # a counter after a decimal number is a quantity's unit ("0.72명")
    glued_parts: re.Pattern[str] | None  # a smaller part of a duration glued after it ("1분44초")
    rate_base_before: re.Pattern[str] | None  # a rate's round base right before the amount ("10만명당 ")
    money_readings: dict[str, str]  # units that are money after a word of paying ("pounds")
    money_cue: re.Pattern[str] | None  # such a word, a few words before the amount
    prices: re.Pattern[str] | None  # a price's noun earlier in the sentence ("the price of a home")
    weights: re.Pattern[str] | None  # a weight's word there ("weighed"), which keeps pounds a weight
    cued_units: frozenset[str]  # units read only in a sentence that shows their kind ("points": a poll's)
    unit_cue: re.Pattern[str] | None  # a word that shows it ("poll", "%")
    unit_veto: re.Pattern[str] | None  # a word that shows another kind ("scored", "Dow")
    exchange: re.Pattern[str] | None  # after a bare number, "per" and a currency ("1,382.5 per dollar")
    exchange_starts: tuple[str, ...]  # what the text after such a number starts with
    subject_ends: tuple[str, ...]  # " rose ", " to ": what the text before a number a plural subject counts ends with
    index_cue: re.Pattern[str] | None  # a word that shows an index's points ("Dow")
    index_veto: re.Pattern[str] | None  # a word that shows a game's or a list's ("scored", "plan")
    stock: re.Pattern[str] | None  # a word of a stock, whose points are no index's ("shares")
    names: bool  # capitalised words before a bare number make a name ("Boeing 737 planes")
    sizes: frozenset[str]  # units that glued to a number before a SIZE_NAMED noun name its kind ("9mm")
    clock: re.Pattern[str] | None  # an hour of the clock before minutes
    fractions: frozenset[str]  # "third", "half": the number before is a fraction
    sino_only: frozenset[str]  # units never read with a native number
    hangul: bool
    joiner: re.Pattern[str]  # between the parts of "two years and six months"
    half: re.Pattern[str] | None  # "반" after a duration: "2년 반"
    inside_after: re.Pattern[str] | None  # "여" after the unit too: "1년여 만에"
    band: re.Pattern[str] | None  # "대" after the unit: "20%대", a band of amounts
    band_words: tuple[str, ...]  # the words of ``band``, for a quick test before it
    rate: re.Pattern[str] | None  # before "a" meaning "per": "twice a year", "$5 a day"
    rate_base: re.Pattern[str] | None  # after an amount, a rate's base: " per 100,000 people"
    rate_base_starts: tuple[str, ...]  # what the rate's base starts with: " per "
    change: frozenset[str]  # verbs after which "X to Y" is no range ("rose 5% to 7%")
    change_openers: frozenset[str]  # "from": after a verb of change, "from X to Y" is no range
    change_before: re.Pattern[str] | None  # such a verb earlier in the sentence, up to its end
    ratio: tuple[re.Pattern[str], re.Pattern[str]] | None  # "one in five": after the first number, before the second
    whole_first: bool  # the ratio names the whole first: "10명 중 7명" (not "7 in 10")
    ratio_words: frozenset[str]  # "중", "in": between the numbers of a ratio
    ratio_ends: tuple[str, ...]  # " in ", " 중 ": what ends the text before a ratio's second number
    bare_ratio_ends: tuple[str, ...]  # " in ", " out of ": those before a whole that may stand bare ("one in five is poor"; not "3 of 4")
    small_ratio_words: frozenset[str]  # "of": a ratio's word only for a small whole of a population ("3 of 4 voters")
    populations: frozenset[str]  # what such a whole counts ("voters", "adults")
    articles: bool  # the pattern has the group "one" ("a dollar")
    part_of: re.Pattern[str] | None  # after a number, "of", a determiner and the number of a whole ("52 of the 99 seats")
    part_of_starts: tuple[str, ...]  # " of ": what the text after such a number starts with


@cache
def tables(rules: ModuleType | None) -> Tables:
    qualifiers = {**_rule(rules, "QUALIFIERS_BEFORE", {}), **_rule(rules, "QUALIFIERS_AFTER", {})}
    approx = {w.lower() for w in (*_rule(rules, "APPROX_BEFORE"), *_rule(rules, "APPROX_AFTER"))}
    return Tables(
        units={k.lower(): v for k, v in units_of(rules).items()},
        qualifiers={k.lower(): v for k, v in qualifiers.items()},
        particle_verbs={k: frozenset(v) for k, v in _rule(rules, "QUALIFIER_PARTICLE_VERBS", {}).items()},
        approx=frozenset(approx - {k.lower() for k in _rule(rules, "QUALIFIERS_BEFORE", {})}),
        not_counted=frozenset(_rule(rules, "NOT_COUNTED")),
        not_counted_endings=tuple(_rule(rules, "NOT_COUNTED_ENDINGS")),
        not_measured=frozenset(_rule(rules, "NOT_MEASURED")),
        plurals=frozenset(_rule(rules, "IRREGULAR_PLURALS")),
        people_endings=tuple(_rule(rules, "PEOPLE_ENDINGS")),
        tolls=frozenset(_rule(rules, "TOLL_ADJECTIVES")),
        toll_verbs=frozenset(_rule(rules, "TOLL_VERBS")),
        particles=tuple(sorted(set(_rule(rules, "UNIT_FOLLOWERS")) - set(_rule(rules, "UNIT_ONLY_FOLLOWERS")), key=len, reverse=True)),
        per_time=dict(_rule(rules, "PER_TIME_BEFORE", {})),
        scale_before=dict(_rule(rules, "SCALE_BEFORE", {})),
        predicates=tuple(_rule(rules, "PREDICATE_ENDINGS")),
        predicate_nouns=tuple(_rule(rules, "PREDICATE_LIKE_NOUNS")),
        times=frozenset(_rule(rules, "TIMES_COUNTERS")),
        objects=tuple(_rule(rules, "OBJECT_PARTICLES")),
        holding=tuple(_rule(rules, "HOLDING_VERBS")),
        whole_nouns=tuple(_rule(rules, "PARTICLE_LIKE_NOUNS")),
        next_words=_next_words_pattern(tuple(_rule(rules, "OF_PARTICLES"))),
        strict=tuple(_rule(rules, "STRICT_COUNTERS")),
        counter_nouns={k: tuple(v) for k, v in _rule(rules, "COUNTER_NOUNS", {}).items()},
        alone=frozenset(_rule(rules, "SPELLED_ALONE")),
        scales=frozenset(w.lower() for w in (*_rule(rules, "SMALL_SCALES", {}), *_rule(rules, "BIG_SCALES", {}))),
        namers=frozenset(_rule(rules, "NUMBER_NAMERS")),
        natives=frozenset(_rule(rules, "NATIVE_NUMBERS")),
        factors={k.lower(): v for k, v in _rule(rules, "UNIT_FACTORS", {}).items()},
        glued_units={k: frozenset(v) for k, v in _rule(rules, "GLUED_UNITS", {}).items()},
        word_starts={k.lower(): tuple(v) for k, v in _rule(rules, "UNIT_WORD_STARTS", {}).items()},
        marks={k.lower(): _mark_pattern(gap, (*_rule(rules, "UNIT_FOLLOWERS"), *_rule(rules, "UNIT_COPULA"))) for k, gap in _rule(rules, "MARK_DECIMALS_AFTER", {}).items()},
        decimal_quantity=bool(_rule(rules, "DECIMAL_COUNT_IS_QUANTITY", False)),
        rate_base_before=re.compile(rules.RATE_BASE_BEFORE_AMOUNT + "$") if _rule(rules, "RATE_BASE_BEFORE_AMOUNT", None) else None,  # type: ignore[union-attr]
        glued_parts=_glued_parts_pattern(tuple(_rule(rules, "GLUED_DURATION_PARTS")), (*_rule(rules, "UNIT_FOLLOWERS"), *_rule(rules, "UNIT_COPULA"))),
        money_readings=dict(_rule(rules, "MONEY_READINGS", {})),
        money_cue=_money_cue(rules),
        prices=_words_pattern(_rule(rules, "PRICE_WORDS")),
        weights=_words_pattern(_rule(rules, "WEIGHT_WORDS")),
        cued_units=frozenset(_rule(rules, "CUED_UNITS")),
        unit_cue=_words_pattern(_rule(rules, "POINT_CUES")),
        unit_veto=_words_pattern(_rule(rules, "POINT_VETOES")),
        exchange=re.compile(rf"[ \t]+(?:{_alternation(_rule(rules, 'EXCHANGE_RATE_PER'))})[ \t]+(?P<base>[a-z]+)\b") if _rule(rules, "EXCHANGE_RATE_PER") else None,
        exchange_starts=tuple(f" {w} " for w in _rule(rules, "EXCHANGE_RATE_PER")),
        subject_ends=tuple(f" {w} " for w in _rule(rules, "SUBJECT_COUNT_ENDS")),
        index_cue=_words_pattern(_rule(rules, "INDEX_POINT_CUES")),
        stock=_words_pattern(_rule(rules, "INDEX_POINT_STOCKS")),
        index_veto=_words_pattern([*(w for w in _rule(rules, "POINT_VETOES") if w not in _rule(rules, "INDEX_POINT_CUES")), *_rule(rules, "INDEX_POINT_VETOES")]),
        names=bool(_rule(rules, "IRREGULAR_PLURALS")),
        sizes=frozenset(_rule(rules, "SIZE_UNITS")),
        fractions=frozenset(_rule(rules, "FRACTION_WORDS")),
        clock=re.compile(_rule(rules, "CLOCK_BEFORE")) if _rule(rules, "CLOCK_BEFORE", None) else None,
        sino_only=frozenset(_rule(rules, "SINO_ONLY_UNITS")),
        hangul=rules is not None and hasattr(rules, "SPELLED_DIGITS"),
        joiner=_joiner_pattern(tuple(_rule(rules, "AMOUNT_JOINERS"))),
        half=_half_pattern(tuple(_rule(rules, "HALF_AFTER")), tuple(_rule(rules, "UNIT_FOLLOWERS")), tuple(_rule(rules, "ARTICLE_UNITS"))),
        inside_after=_inside_after_pattern(tuple(_rule(rules, "APPROX_INSIDE")), tuple(_rule(rules, "UNIT_FOLLOWERS"))),
        band=_inside_after_pattern(tuple(_rule(rules, "BAND_AFTER")), (*_rule(rules, "UNIT_FOLLOWERS"), *_rule(rules, "UNIT_COPULA"))),  # "20%대다"
        band_words=tuple(_rule(rules, "BAND_AFTER")),
        rate=_rate_pattern(rules),
        rate_base_starts=tuple(f" {w} " for w in _rule(rules, "RATE_BASE_BEFORE")),
        rate_base=re.compile(rf"[ \t]+(?:{_alternation(_rule(rules, 'RATE_BASE_BEFORE'))})[ \t]+(?P<n>\d{{1,3}}(?:,\d{{3}})*)(?![\d.,]\d)(?:[ \t]+(?P<w1>[a-z][\w-]*)(?:[ \t]+(?P<w2>[a-z][\w-]*))?)?") if _rule(rules, "RATE_BASE_BEFORE") else None,
        change=frozenset(_rule(rules, "CHANGE_VERBS")),
        change_openers=frozenset(_rule(rules, "CHANGE_OPENERS")),
        change_before=re.compile(rf"\b(?:{_alternation(_rule(rules, 'CHANGE_VERBS'))})\b[^.!?;\n]*$") if _rule(rules, "CHANGE_OPENERS") else None,  # lower case: not "Rose Smith"
        ratio=_ratio_patterns(rules),
        whole_first=bool(_rule(rules, "RATIO_WHOLE_FIRST", False)),
        ratio_words=frozenset(_rule(rules, "RATIO_WORDS")),
        ratio_ends=tuple(f" {w} {e}" for w in (*_rule(rules, "RATIO_WORDS"), *_rule(rules, "SMALL_RATIO_WORDS")) for e in ("", *(f"{e} " for e in _rule(rules, "RATIO_EVERY")))),
        bare_ratio_ends=() if _rule(rules, "RATIO_WHOLE_FIRST", False) else tuple(f" {w} {e}" for w in _rule(rules, "RATIO_WORDS") for e in ("", *(f"{e} " for e in _rule(rules, "RATIO_EVERY")))),
        small_ratio_words=frozenset(_rule(rules, "SMALL_RATIO_WORDS")),
        populations=frozenset(_rule(rules, "RATIO_POPULATIONS")),
        articles=bool(_rule(rules, "ARTICLE_UNITS")),
        part_of=_part_of_pattern(rules),
        part_of_starts=tuple(f" {w} " for w in _rule(rules, "PART_OF")),
    )


def _mark_pattern(gap: str, followers: tuple[str, ...]) -> re.Pattern[str]:
    """A record's hundredths after its unit ("10초07", "9초 95를"): two or three digits, then a
    particle or no letter (not "9초 95명", a count of its own)."""
    particle = rf"(?:{_alternation(followers)})|" if followers else ""
    return re.compile(rf"{gap}(?P<d>\d{{2,3}})(?![\d.,:])(?={particle}[^가-힣A-Za-z]|$)")


def _glued_parts_pattern(units: tuple[str, ...], followers: tuple[str, ...]) -> re.Pattern[str] | None:
    """A number glued to a unit of ``units`` after another duration ("1분44초"): group "n" and "u"."""
    if not units:
        return None
    particle = rf"(?:{_alternation(followers)})|" if followers else ""
    return re.compile(rf"(?P<n>\d{{1,2}})(?P<u>{_alternation(units)})(?=\d|{particle}[^가-힣A-Za-z]|$)")


def _money_cue(rules: ModuleType | None) -> re.Pattern[str] | None:
    """A word of paying, then up to one word, before an amount ("paid 2 million pounds"); or a
    verb of paying and whom it costs ("cost the average household 300 pounds")."""
    if not _rule(rules, "MONEY_CUES"):
        return None
    cue = rf"\b(?:{_alternation(_rule(rules, 'MONEY_CUES'))})\W+(?:[^\W\d]+\W+)?$"
    if _rule(rules, "MONEY_CUE_OBJECTS"):
        verbs, whom = rules.MONEY_CUE_OBJECTS  # type: ignore[union-attr]
        cue = rf"{cue}|\b(?:{_alternation(verbs)})\W+{whom}$"
    return re.compile(cue, re.IGNORECASE)


def _words_pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    """Any of ``words`` as a whole word, in any case, or a sign or a Hangul word wherever it is
    ("%" after its digits; "코스피는", "다우지수": Korean glues particles and compounds)."""
    if not words:
        return None
    anywhere = [w for w in words if not w[0].isalnum() or "가" <= w[-1] <= "힣"]
    whole = [w for w in words if w not in anywhere]
    parts = ([rf"(?<!\w)(?:{_alternation(whole)})(?!\w)"] if whole else []) + ([_alternation(anywhere)] if anywhere else [])
    return re.compile("|".join(parts), re.IGNORECASE)


def _cued(ctx: Context, start: int, words: Tables) -> bool:
    """Does the sentence at ``start`` show the kind of a cued unit (a poll's points: "poll",
    "%") and no other kind ("scored", "Dow")?"""
    lo, hi = sentence_bounds(ctx, start, start + 1) or (0, len(ctx.text))
    cue, veto = words.unit_cue, words.unit_veto
    return cue is not None and cue.search(ctx.text, lo, hi) is not None and (veto is None or veto.search(ctx.text, lo, hi) is None)


def _exchange_rate(ctx: Context, m: re.Match[str], words: Tables) -> Fact | None:
    """A bare number that is a currency's price in another (``EXCHANGE_RATE_PER``: "the won
    traded at 1,382.5 per dollar", "India's rupee hit 83.57 against the dollar"): money in the
    currency its sentence names before it ("the won", "India's rupee", "the Japanese yen": after
    "the", a possessive or a capitalised word, so not the verb "won"), or no fact."""
    per = words.exchange.match(ctx.text, m.end())  # type: ignore[union-attr]
    value = _value(m["n1"], m.groupdict().get("s1"), ctx.lang)
    if per is None or value is None or words.units.get(per["base"].lower(), ("",))[0] != "money":
        return None
    base = words.units[per["base"].lower()][1]
    lo = (sentence_bounds(ctx, m.start(), m.start() + 1) or (0, 0))[0]
    named = [w["name"].lower() for w in _CURRENCY_NAMED.finditer(ctx.text, lo, m.start())]
    codes = [words.units[w][1] for w in named if words.units.get(w, ("",))[0] == "money" and words.units[w][1] != base]
    if not codes:
        return None
    return make_fact(ctx, "money", m.start(), m.end(), value, unit=codes[-1], approx=False, qualifier=None)


_CURRENCY_NAMED = re.compile(r"(?:\b[Tt]he|\b[A-Z][a-z]+|['’]s)[ \t]+(?P<name>[a-z]+)\b")


def _index_cued(ctx: Context, start: int, words: Tables) -> bool:
    """Does the sentence at ``start`` tell an index ("Dow", "Kospi", ``INDEX_POINT_CUES``) and
    no game nor list (the other ``POINT_VETOES``: "scored", "plan") nor a rate or a poll
    (``INDEX_POINT_VETOES``: "yield", "poll"), whose points they may be as well, nor a stock
    (``INDEX_POINT_STOCKS``: "shares") named after the last index before the number, whose
    points they are then?"""
    if words.index_cue is None:
        return False
    lo, hi = sentence_bounds(ctx, start, start + 1) or (0, len(ctx.text))
    if words.index_cue.search(ctx.text, lo, hi) is None or words.index_veto is not None and words.index_veto.search(ctx.text, lo, hi) is not None:
        return False
    if words.stock is not None and (stock := words.stock.search(ctx.text, lo, start)) is not None:
        last = None
        for last in words.stock.finditer(ctx.text, stock.end(), start):
            pass
        return words.index_cue.search(ctx.text, (last or stock).end(), start) is not None  # "Apple shares lost 5 points while the Nasdaq rose 1%": the stock's
    return True


def _part_of_pattern(rules: ModuleType | None) -> re.Pattern[str] | None:
    if not _rule(rules, "PART_OF"):
        return None
    determiners = _alternation(_rule(rules, "PART_OF_DETERMINERS"))
    if _rule(rules, "PART_OF_OWNER", None):
        determiners += f"|{rules.PART_OF_OWNER}"  # type: ignore[union-attr]
    orders = rf"(?:(?:{_alternation(_rule(rules, 'PART_OF_ORDERS'))})[ \t]+)?" if _rule(rules, "PART_OF_ORDERS") else ""
    approx = rf"(?:(?:{_alternation(_rule(rules, 'APPROX_BEFORE'))})[ \t]+)?" if _rule(rules, "APPROX_BEFORE") else ""
    return re.compile(rf"[ \t]+(?:{_alternation(rules.PART_OF)})[ \t]+(?:(?P<det>{determiners})[ \t]+)?{orders}{approx}(?P<n>{number_pattern(rules)})(?![\w.,-])", re.IGNORECASE)  # type: ignore[union-attr]


def _ratio_patterns(rules: ModuleType | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """What follows a ratio's first number ("in 10", "명 중 7") and what precedes its second
    ("1 in ", "10명 중 ", "one child in ", "1 in every "): a counter may follow a number, a noun
    in the singular too. The second is searched only where the text before the number ends
    with a ratio word (``Tables.ratio_ends``): that spares most numbers the search of the
    costly number pattern at every place before them."""
    words = (*_rule(rules, "RATIO_WORDS"), *_rule(rules, "SMALL_RATIO_WORDS"))
    if not words:
        return None
    number, joiner = number_pattern(rules), _alternation(words)
    said = _alternation((*_rule(rules, "APPROX_BEFORE"), *_rule(rules, "QUALIFIERS_BEFORE", {})))
    every = rf"(?:(?:{_alternation(_rule(rules, 'RATIO_EVERY'))})[ \t]+)?" if _rule(rules, "RATIO_EVERY") else ""
    return (  # the second number may be approximate or bounded: "10명 중 약 7명", "one in about five"
        re.compile(rf"[^\W\d_]*(?P<noun>[ \t]+(?!(?:{joiner})\b)(?-i:[a-z]++)(?<!s))?[ \t]+(?P<j>{joiner})[ \t]+{every}(?:(?:{said})[ \t]+)?(?P<n>{number})", re.IGNORECASE),
        re.compile(rf"(?<![\w.,])(?P<n>{number})(?P<noun>[ \t]+(?!(?:{joiner})\b)(?-i:[a-z]++)(?<!s))?[^\W\d_]*[ \t]+(?P<j>{joiner})[ \t]+{every}$", re.IGNORECASE),
    )


def _next_words_pattern(particles: tuple[str, ...]) -> re.Pattern[str]:
    of = rf"(?:{_alternation(particles)})?" if particles else ""
    return re.compile(rf"{of}[ \t]+{_HANGUL_WORD_}(?:[ \t]+{_HANGUL_WORD_})?(?:[ \t]+{_HANGUL_WORD_})?")


def _rate_pattern(rules: ModuleType | None) -> re.Pattern[str] | None:
    """The end of what makes a following "a" mean "per": a rate word ("twice"), a unit ("nine
    and a half hours a day") or a number and at most two words ("$5", "1 million barrels",
    "two meetings"), and what they are of ("800,000 barrels of oil")."""
    if not _rule(rules, "RATE_WORDS"):
        return None
    numbers, _ = number_words(rules)
    joiner = rf"(?!(?:{_alternation(_rule(rules, 'AMOUNT_JOINERS'))})\b)" if _rule(rules, "AMOUNT_JOINERS") else ""
    number = rf"(?:\d|\b(?:{_alternation(numbers)})\b)\S*(?:\s+{joiner}[A-Za-z]+){{0,2}}(?:\s+of\s+[A-Za-z]+(?:\s+[a-z]+)?)?"  # not "two days and a month"; "barrels of (crude) oil"
    words = _alternation([*_rule(rules, "RATE_WORDS"), *units_of(rules)])
    return re.compile(rf"(?:\b(?:{words})|{number})\s+$", re.IGNORECASE)


def _joiner_pattern(joiners: tuple[str, ...]) -> re.Pattern[str]:
    words = rf"(?:(?:{_alternation(joiners)})\s+)?" if joiners else ""
    return re.compile(rf"\s*,?\s*{words}", re.IGNORECASE)


def _inside_after_pattern(inside: tuple[str, ...], followers: tuple[str, ...]) -> re.Pattern[str] | None:
    """"여" glued after a unit, then a particle or the end of the word ("1년여의", not "10년여름")."""
    if not inside:
        return None
    particle = rf"(?:{_alternation(followers)})?" if followers else ""
    return re.compile(rf"(?:{_alternation(inside)})(?={particle}(?![가-힣A-Za-z]))")


def _half_pattern(halves: tuple[str, ...], followers: tuple[str, ...], units: tuple[str, ...]) -> re.Pattern[str] | None:
    if not halves:
        return None
    particle = rf"(?:{_alternation(followers)})?" if followers else ""
    unit = rf"(?![ \t]+(?:{_alternation(units)})(?![A-Za-z]))" if units else ""  # "two days and a half hour"
    return re.compile(rf"[ ]?(?:{_alternation(halves)})(?={particle}(?![가-힣A-Za-z])){unit}")


def find(ctx: Context, found: Sequence[Fact]) -> Iterable[Fact]:
    words = tables(ctx.lang)
    anchors, prefix = amount_anchors(ctx.lang)
    # a range that is not one ("5% to $3 billion") is read again as its first amount; a
    # rejected match with no second number is not: the plain pattern matches the same text
    patterns = (amount_pattern(ctx.lang), amount_pattern(ctx.lang, ranges=False))
    dates = frozenset(f.end for f in found if f.type == "date")  # "지난해 98만명": a date counts nothing
    has_range = lambda m: m["n2"] is not None  # noqa: E731
    # most texts tell no toll nor "the number of": no number is tested for one
    tolls, numbers_of = (_says(ctx, name) for name in ("TOLL_WORD", "NUMBER_OF_WORD"))
    yield from _compounds(ctx, scan.read(ctx.text, patterns, anchors, prefix, lambda m: _amount(ctx, m, words, dates, tolls, numbers_of), has_range), words)
    if (day_counts := _day_counts(ctx.lang)) is not None:
        for m in day_counts.finditer(ctx.text):  # "사흘간": a count of days in one word
            n = ctx.lang.DAY_COUNT_WORDS[m.group(1)]  # type: ignore[union-attr]
            yield make_fact(ctx, "duration", m.start(), m.end(), n, unit="day", approx=False, qualifier=None)
    if (counted_days := _counted_days(ctx.lang)) is not None:
        yield from _days(ctx, *counted_days)
    if (share := _share_rules(ctx.lang)) is not None:
        yield from _shares(ctx, share, words)
    if (several := _several_pattern(ctx.lang)) is not None:
        yield from _several(ctx, several, words, dates)
    if (ratio := _to_one_pattern(ctx.lang)) is not None and any(cue in ctx.text for cue in ctx.rule("RATIO_CUES")):
        yield from _to_one(ctx, ratio)


@cache
def _to_one_pattern(rules: ModuleType | None) -> re.Pattern[str] | None:
    """A ratio to one written after a number (``RATIO_TO_ONE``: "6.27대 1"), then no digit."""
    to_one = _rule(rules, "RATIO_TO_ONE", None)
    return re.compile(rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|\d+(?:\.\d+)?){to_one}(?![\d.,])") if to_one else None


def _to_one(ctx: Context, pattern: re.Pattern[str]) -> Iterator[Fact]:
    """Ratios to one in a sentence that names what they are (``RATIO_CUES``: "평균 경쟁률이 6.27대
    1을 기록했다": 6.27 applicants to a place), quantities of unit ``ratio``; elsewhere "3대 1로
    이겼다" is a game's score, no fact."""
    cues = ctx.rule("RATIO_CUES")
    for m in pattern.finditer(ctx.text):
        lo, hi = sentence_bounds(ctx, m.start(), m.end()) or (0, len(ctx.text))
        if any(ctx.text.find(cue, lo, hi) >= 0 for cue in cues):
            yield make_fact(ctx, "quantity", m.start(), m.end(), as_number(float(m["n"].replace(",", ""))), unit="ratio", approx=False, qualifier=None)


@cache
def _several_pattern(rules: ModuleType | None) -> re.Pattern[str] | None:
    """"수백억원", "수십만 명", "수십 년": a word for some digit (``SEVERAL_DIGITS``) glued to a scale,
    then a unit of money, a counter or a unit of time (maybe after 여, "수십여 명"), then a particle
    or the word's end; or one of ``SEVERAL_ALONE`` before a unit of ``SEVERAL_ALONE_UNITS`` ("수년간",
    "수개월")."""
    several = _rule(rules, "SEVERAL_DIGITS")
    if not several:
        return None
    units = [u for u, (kind, _) in _rule(rules, "UNITS", {}).items() if kind in ("money", "count", "duration")]
    small, big = _alternation(_rule(rules, "SMALL_SCALES", {})), _alternation(_rule(rules, "BIG_SCALES", {}))
    inside = rf"(?:{_alternation(_rule(rules, 'APPROX_INSIDE'))})?" if _rule(rules, "APPROX_INSIDE") else ""
    end = rf"(?=(?:{_alternation(_rule(rules, 'UNIT_FOLLOWERS'))})|[^가-힣A-Za-z]|$)"
    # (each word first, then what is before it: a pattern opening with a lookbehind is tried at
    # every place of the text)
    words = "|".join(rf"{re.escape(w)}(?<![\w.,]{re.escape(w)})" for w in several)
    scaled = rf"(?:{words})(?={small}|{big})(?P<small>{small})?(?P<big>{big})?{inside}\s?(?P<unit>{_alternation(units)}){end}"
    alone = _rule(rules, "SEVERAL_ALONE", {})
    if not alone:
        return re.compile(scaled)
    words = "|".join(rf"{re.escape(w)}(?<![\w.,]{re.escape(w)})" for w in alone)
    return re.compile(rf"{scaled}|(?P<alone>{words}){inside}\s?(?P<unit2>{_alternation(_rule(rules, 'SEVERAL_ALONE_UNITS'))}){end}")


@cache
def _counted_from(rules: ModuleType | None) -> re.Pattern[str]:
    """After a unit of time, the words that count a date from it ("수년 전", "수십 년 후")."""
    return re.compile(rf"\s?(?:{_alternation([*_rule(rules, 'AGO_WORDS'), *_rule(rules, 'LATER_WORDS')])})")


def _several(ctx: Context, pattern: re.Pattern[str], words: Tables, dates: frozenset[int]) -> Iterator[Fact]:
    """Amounts of some digit ("수백억원": 100억 to 900억 won; "수년간": 2 to 9 years), approximate ranges."""
    scales = {**ctx.rule("SMALL_SCALES", {}), **ctx.rule("BIG_SCALES", {})}
    for m in pattern.finditer(ctx.text):
        if _counted_from(ctx.lang).match(ctx.text, m.end()) and words.units[(m["unit"] or m["unit2"]).lower()][0] == "duration":
            continue  # "수년 전": some years ago, no duration (nor a date: how many is not said)
        if m["alone"]:
            unit = words.units[m["unit2"]][1]
            low = ctx.lang.SEVERAL_ALONE[m["alone"]]  # type: ignore[union-attr]
            yield make_fact(ctx, "duration", m.start(), m.end(), low, unit=unit, approx=True, qualifier=None, range={"from": low, "to": 9})
            continue
        type_, unit = words.units[m["unit"].lower()]
        if m["unit"] in words.strict and not re.match(_HANGUL_WORD, ctx.text[m.end() : m.end() + 1]):
            continue  # "수십 대 기업": as "3대 강국", a counter of ranks unless a particle follows
        low = scales.get(m["small"], 1) * scales.get(m["big"], 1)
        attrs: dict[str, Any] = {"unit": unit, "approx": True, "qualifier": None}
        if type_ == "count":
            attrs["counted"] = _counted(ctx, m, m["unit"], m.end(), words, dates)[0]
        yield make_fact(ctx, type_, m.start(), m.end(), low, **attrs, range={"from": low, "to": 9 * low})


@cache
def _counted_days(rules: ModuleType | None) -> tuple[scan.Anchors, re.Pattern[str], re.Pattern[str]] | None:
    """Days that are counted, not a day of the month ("15일 동안", "3일째", "폭염일수는 24일로",
    "2박 3일", "평년보다 14일": ``DAYS_COUNTED_BEFORE``, ``DAYS_COUNTED_AFTER`` and
    ``DAYS_COMPARED_AFTER``, which the dates extractor
    reads no date in): where they may be, their pattern, and the subject before them."""
    before, after = _rule(rules, "DAYS_COUNTED_BEFORE"), (*_rule(rules, "DAYS_COUNTED_AFTER"), *_rule(rules, "DAYS_COMPARED_AFTER"))
    if not before or not after:
        return None
    day = rules.DAY_SUFFIX  # type: ignore[union-attr]
    inside = rf"(?P<inside>{_alternation(_rule(rules, 'APPROX_INSIDE'))})?" if _rule(rules, "APPROX_INSIDE") else ""
    end = rf"(?=(?:{_alternation(_rule(rules, 'UNIT_FOLLOWERS'))})|[^가-힣]|$)"
    days = re.compile(rf"(?<![\w.,])(?P<n>\d{{1,4}}){inside}{day}(?:(?P<counted>\s?(?:{_alternation(before)})){end}|{end})")
    subject = re.compile(rf"(?:{_alternation(after)})[ \t]$")
    return scan.Anchors((), digits_where=re.compile(rf"\d{{1,4}}{inside}{day}")), days, subject


def _days(ctx: Context, anchors: scan.Anchors, days: re.Pattern[str], subject: re.Pattern[str]) -> Iterator[Fact]:
    for at in scan.starts(ctx.text, anchors):
        m = days.match(ctx.text, at)
        if m is not None and (m["counted"] or subject.search(ctx.text, max(0, at - 8), at)):
            approx = bool(m.groupdict().get("inside"))
            yield make_fact(ctx, "duration", at, m.end(), int(m["n"]), unit="day", approx=approx, qualifier=None)


class _Share(NamedTuple):
    """How a language writes a share (see ``SHARE_WORDS``): where one may be, where it starts
    before that, and the pattern of the whole of it."""

    anchors: scan.Anchors
    lead: re.Pattern[str]  # the qualifier and number before the anchor, ending at it
    last_words: frozenset[str]  # the word before the anchor when a lead is there (or a glued number)
    pattern: re.Pattern[str]


@cache
def _share_rules(rules: ModuleType | None) -> _Share | None:
    """A qualifier ("more than", "약"), then a fraction — numerator and fraction word ("two-thirds",
    "a third"), denominator, ``FRACTION_OF`` and numerator ("3분의 2") or a word alone ("half",
    "절반") — then a bound ("이상") and what shows it is a share: "of" or a determiner and the
    next word (checked in ``_share``), or a particle and the word's end (Hangul)."""
    alone = _rule(rules, "SHARE_WORDS", {})
    if not alone:
        return None
    of = _rule(rules, "FRACTION_OF", None)
    denominators = {} if of else _rule(rules, "FRACTION_WORDS", {})
    quals = _alternation([*_rule(rules, "APPROX_BEFORE"), *_rule(rules, "QUALIFIERS_BEFORE")])
    small = [w for w, v in _rule(rules, "NUMBER_WORDS", {}).items() if 0 < v < 10]  # numerators: "two", "a"
    if of:  # "3분의 2", "삼분의 이": the denominator first
        digits = rf"\d+|[{rules.SPELLED_DIGITS}]"  # type: ignore[union-attr]
        fraction = rf"(?<![\d.,])(?P<den>{digits}+){of} ?(?P<num>{digits})(?!\d)|(?<![가-힣])(?P<word>{_alternation(alone)})"
        number = rf"(?<![\d.,])(?:{digits})+"
        anchors = scan.Anchors((), chars=(of, *alone))
    else:  # "two-thirds", "a third", "half"
        numbers = _alternation(small)
        fraction = rf"(?:(?P<num>{numbers})[ -])?(?P<word>{_alternation([*denominators, *alone])})(?![\w-])"
        number = rf"(?<![\w'-])(?:{numbers})[ -]"
        anchors = scan.word_anchors({v for w in (*denominators, *alone) for v in (w, w.capitalize())})
    bounds = _rule(rules, "SHARE_BOUNDS")
    bound = rf"(?:\s?(?P<after>{_alternation(bounds)}))?" if bounds else ""
    if _rule(rules, "UNIT_FOLLOWERS"):
        shown = rf"(?=(?:{_alternation(rules.UNIT_FOLLOWERS)}){{0,2}}(?![가-힣A-Za-z\d]))"  # type: ignore[union-attr]
    else:
        det = rf"(?:{_alternation(_rule(rules, 'SHARE_DETERMINERS'))})[ \t]"
        # (or nothing, checked in ``_share``: "fell by a third", a change's size)
        shown = rf"(?:(?=[ \t]+(?:(?P<of>{_alternation(_rule(rules, 'SHARE_OF'))})[ \t]+|(?={det}))(?P<det>{det}+)?(?P<whole>[\w'-]+)))?"
    lead = re.compile(rf"(?:(?<![\w-])(?:{quals})\s*)?(?:{number})?$", re.IGNORECASE)
    pattern = re.compile(rf"(?:(?P<q>{quals})\s*)?(?:{fraction}){bound}{shown}", re.IGNORECASE)
    last = frozenset(w.split()[-1].lower() for w in (*_rule(rules, "APPROX_BEFORE"), *_rule(rules, "QUALIFIERS_BEFORE"), *small))
    return _Share(anchors, lead, last, pattern)


def _shares(ctx: Context, share: _Share, words: Tables) -> Iterator[Fact]:
    """Fractions that are shares of a whole, as percent facts: "two-thirds of voters" is
    66.67 percent, ``fraction`` "2/3"."""
    done = 0
    text = ctx.text
    for at in scan.starts(text, share.anchors):
        glued = at > 0 and text[at - 1].isalnum()  # "3분의"
        lead = share.lead.search(text, max(done, at - 24), at) if glued or scan.word_before(text, at) in share.last_words else None
        start = at if lead is None else lead.start()
        m = share.pattern.match(text, start)
        if m is None and start < at:
            m = share.pattern.match(text, at)
        if m is not None and (fact := _share(ctx, m, words)) is not None:
            done = fact.end
            yield fact


def _share(ctx: Context, m: re.Match[str], words: Tables) -> Fact | None:
    rules, groups = ctx.lang, m.groupdict()
    alone = _rule(rules, "SHARE_WORDS", {})
    word = (m["word"] or "").lower()
    if groups.get("den"):  # "3분의 2"
        top, bottom = parse_number(m["num"], rules), parse_number(m["den"], rules)
    elif word in alone:  # "half"; "one half of the rung", "a cup and a half of honey": a part
        top, bottom = (0, 0) if m["num"] else alone[word]
    elif m["num"]:  # "two-thirds"
        top, bottom = parse_number(m["num"], rules), _rule(rules, "FRACTION_WORDS", {}).get(word)
    else:
        return None  # "third" alone: an ordinal
    if not top or not bottom or not 0 < top < bottom:
        return None
    if "whole" in groups and m["whole"] is None:  # English, no whole: a change by so much of itself
        if not _by_change(ctx, m.start()):
            return None
    elif "whole" in groups:  # English: "of" and a whole, or "half" and a determiner
        whole = m["whole"].lower()
        if not (m["of"] or (m["det"] and word in alone)) or whole in ctx.rule("NOT_SHARED") or _YEAR_LIKE.fullmatch(whole):
            return None
        if not m["q"] and not m["num"] and scan.word_before(ctx.text, m.start()) in ctx.rule("NOT_SHARE_BEFORE"):
            return None  # "the second half of the year"
    around = [w.lower() for w in (m["q"], groups.get("after")) if w]
    qualifier = next((words.qualifiers[w] for w in around if w in words.qualifiers), None)
    approx = any(w in words.approx for w in around)
    value = as_number(round(100 * top / bottom, 2))
    return make_fact(ctx, "percent", m.start(), m.end(), value, unit="percent", approx=approx, qualifier=qualifier, fraction=f"{top}/{bottom}")


def _by_change(ctx: Context, start: int) -> bool:
    """Does "by" stand right before ``start``, after a verb of change in its clause ("fell by a
    third", "cut its staff by half", ``CHANGE_VERBS``)?"""
    if scan.word_before(ctx.text, start) not in ctx.rule("SHARE_CHANGE_BEFORE"):
        return False
    change = tables(ctx.lang).change_before
    at = ctx.text.rfind(" ", 0, start - 1)
    return change is not None and at > 0 and change.search(ctx.text, max(0, at - 40), at) is not None


@cache
def _day_counts(rules: ModuleType | None) -> re.Pattern[str] | None:
    """Words that are a count of days in themselves, before a word that makes them a
    duration (``DAY_COUNT_WORDS``, ``DAY_COUNT_AFTER``)."""
    if not _rule(rules, "DAY_COUNT_WORDS", None):
        return None
    return re.compile(rf"(?<![가-힣])({_alternation(_rule(rules, 'DAY_COUNT_WORDS'))})(?:{_alternation(_rule(rules, 'DAY_COUNT_AFTER'))})")


# Duration units in seconds (a month is 30 days, a year 365, but 12 months): "two years and
# six months" adds up in its smaller unit.
_DURATION_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 2592000, "year": 31536000}
_MONTHS_A_YEAR = 12


def _compounds(ctx: Context, facts: Iterable[Fact], words: Tables) -> Iterator[Fact]:
    """An amount followed, after a joiner ("and", a comma or nothing), by one of the same kind
    in a smaller unit is one amount: "two years and six months", "20 dollars 43 cents"."""
    pending: Fact | None = None
    for fact in facts:
        joined = _join(ctx, pending, fact, words) if pending is not None else None
        if joined is None and pending is not None:
            yield pending
        pending = joined or fact
    if pending is not None:
        yield pending


def _join(ctx: Context, first: Fact, second: Fact, words: Tables) -> Fact | None:
    if first.type != second.type or "range" in first.attrs or "range" in second.attrs:
        return None
    if second.attrs.get("qualifier") or second.attrs.get("approx") or not words.joiner.fullmatch(ctx.text, first.end, second.start):
        return None
    attrs = dict(first.attrs)
    if first.type == "duration":
        big, small = _DURATION_SECONDS.get(first.attrs["unit"]), _DURATION_SECONDS.get(second.attrs["unit"])
        if not big or not small or big <= small:
            return None
        ratio = _MONTHS_A_YEAR if (first.attrs["unit"], second.attrs["unit"]) == ("year", "month") else big / small
        value = as_number(first.value * ratio + second.value)
        attrs["unit"] = second.attrs["unit"]
    elif first.type == "money":  # "20 dollars 43 cents": hundredths of the first amount's currency
        cents = second.text.lower().endswith(tuple(words.factors))  # "43 cents", "이십삼센트"
        if not cents or not second.value < 1 or first.value != int(first.value):
            return None
        value = as_number(first.value + second.value)
    else:
        return None
    return make_fact(ctx, first.type, first.start, second.end, value, **attrs)


def _says(ctx: Context, name: str) -> bool:
    """Does the text hold the language's word ``name`` ("toll", "number of") anywhere?"""
    word = ctx.rule(name, None)
    return word is not None and word in ctx.text


def _amount(ctx: Context, m: re.Match[str], words: Tables, dates: frozenset[int] = frozenset(), tolls: bool = False, numbers_of: bool = False) -> Fact | None:
    bare = m.span() == m.span("n1") and not (words.articles and m["one"])
    bare_count = _counted(ctx, m, None, m.end(), words, dates) if bare else None  # a bare number is a count: read once
    number_of, toll = None, False
    if bare and words.scale_before and "." in m["n1"] and (scale := words.scale_before.get(scan.word_before(ctx.text, m.start()))) and (
        not ctx.text[m.end() : m.end() + 1].isalpha() or ctx.text.startswith(words.particles, m.end())  # not "규모 2.5배"
    ):
        value = _value(m["n1"], m.groupdict().get("s1"), ctx.lang)  # "규모 4.8의 지진": an earthquake's magnitude
        return None if value is None else make_fact(ctx, "quantity", m.start(), m.end(), value, unit=scale, approx=False, qualifier=None)
    if bare_count is not None and bare_count[0] is None:  # a bare number, nothing counted after it
        number_of = _group_counted(ctx, m.start(), m.end(), words, numbers_of)  # "a crew of 1,200", "the number of cases doubled to 4,400"
        toll = not number_of and (tolls and _toll(ctx, m.start()) or bool(words.toll_verbs) and scan.word_before(ctx.text, m.start()) in words.toll_verbs)  # "the death toll rose to 236", "killed 38"
        if not number_of and not toll:
            if words.bare_ratio_ends and ctx.text.endswith(words.bare_ratio_ends, 0, m.start()) and not _YEAR_LIKE.fullmatch(m["n1"]):
                return _bare_whole_share(ctx, m, words)  # "one in five is poor", "one home in 10 was flooded"
            if (base := _rate_base(ctx, m.end(), words)) and scan.word_before(ctx.text, m.start()) not in ctx.rule("RATE_BASE_BEFORE"):
                return _rate(ctx, m, base, None, False, None, words)  # "the murder rate was 5.2 per 100,000 people"
            if words.exchange is not None and ctx.text.startswith(words.exchange_starts, m.end()):
                return _exchange_rate(ctx, m, words)  # "the won traded at 1,382.5 per dollar"
            return None  # nothing around it ("2002 after", "5,000."): most digit runs
    rules = ctx.lang
    groups = m.groupdict()
    surface = groups["unit"] or groups["u1"] or groups["u3"]
    cur = groups["cur"] or groups["cur2"]
    if cur:
        if cur in ctx.rule("GLUED_CODE_NAMES"):
            return None  # "COP30": a conference's name, no Colombian pesos ("COP 5,000" is)
        type_, unit = "money", CURRENCY_SIGNS.get(cur.strip(), cur.strip().upper())
    elif surface:
        type_, unit = words.units[surface.lower()]
        if surface.lower() in words.cued_units and not _cued(ctx, m.start(), words):
            if not _index_cued(ctx, m.start(), words):
                return None  # "scored 30 points": a game's points, no fact
            type_, unit = "quantity", ctx.rule("INDEX_POINT_UNIT")  # "the Dow fell 412.5 points": an index's
        if surface.lower() in words.cued_units and not surface.endswith("s") and scan.word_before(ctx.text, m.start()) in ctx.rule("POINT_MOMENT_BEFORE"):
            return None  # "at one point the yield touched 5%": a moment
        if surface.lower() in words.money_readings and (
            _scaled(groups, ctx) or words.money_cue and words.money_cue.search(ctx.text, max(0, m.start() - 40), m.start())
            or ctx.text.startswith(ctx.rule("MONEY_READING_RATES"), m.end())  # "2,250 pounds a month": a rent, a wage
            or _priced(ctx, m.start(), words)  # "the average price of a home rose 1.2% to 285,000 pounds"
        ):
            if not _MEASURED.match(ctx.text, m.end()):  # "paid 2 million pounds", not "… pounds of beef"
                type_, unit = "money", words.money_readings[surface.lower()]
    else:
        type_, unit = "count", None
    qualifier, approx, particle = None, bool(groups.get("inside") or groups.get("inside2") or groups.get("approx2")), False
    before, after = groups.get("before"), groups.get("after")
    if before or after:  # most amounts have neither: no generators built for them
        around = [w.lower() for w in (before, after) if w]
        qualifier = next((words.qualifiers[w] for w in around if w in words.qualifiers), None)
        approx = approx or not words.approx.isdisjoint(around)
        if before and scan.word_before(ctx.text, m.start()) in words.particle_verbs.get(before.lower(), ()):
            qualifier, particle = None, True  # "ticked up to 4.2%", "handed over $5 million": no bound
        elif before and type_ == "duration" and before.lower() in ctx.rule("SPAN_QUALIFIERS") and _spread(ctx, m.start(), words):
            qualifier, particle = None, True  # "$1.2tn over 10 years": the span across, no bound
    end = m.end()
    if after and after.lower() in ctx.rule("ADDITION_AFTER") and (cur or groups["u1"] or groups["unit"]) and _WORD_NEXT.match(ctx.text, end):
        qualifier, end = None, m.start("after")  # "$100,000 plus bonuses": an addition, no bound
        end -= ctx.text[end - 1] == " "
    counted = None
    if groups.get("one") and words.rate and words.rate.search(ctx.text, max(0, m.start("n1") - 40), m.start("n1")):
        return None  # "twice a year", "$5 a day": "a" is "per"
    if type_ == "count":
        counted, end = bare_count or _counted(ctx, m, surface, end, words, dates)
        counted = number_of or counted
        if unit in words.counter_nouns:
            counted = _counter_noun(ctx, m.start(), words)  # "원전 2기 건설": the noun the counter needs (checked in _plausible)
        if counted is None and not (qualifier or approx or toll) and unit is None:
            return None  # a bare number: most digit runs end here, so it is the first check
        if counted is None and unit is None and _word_after(ctx, end, "MULTIPLE_AFTER"):
            return None  # "more than three times as long", "over a thousand times": how many times, no count of things
        if counted is None and unit is None and before and before.lower() in ctx.rule("NOUN_BOUNDS") and _plural(scan.word_before(ctx.text, m.start()), words):
            return None  # "children under 5", "adults over 65": a bound of the noun's age or size, no count
        if counted is not None and scan.word_before(ctx.text, m.start()) in ctx.rule("RATE_BASE_BEFORE"):
            return None  # "per 100,000 people": a rate's base
        if counted is not None and (base := _rate_base(ctx, end, words)):
            return _rate(ctx, m, base, counted, approx, qualifier, words)  # "12.4 cases per 100,000 people"
    attrs: dict[str, Any] = {"unit": unit, "approx": approx, "qualifier": qualifier}
    if words.fractions and not groups["u1"] and _fraction_follows(ctx.text, m.end("n1"), words):
        return None  # "about one third", "3분의 1": a fraction ("a quarter-point" is a unit)
    if type_ == "count":
        if counted is not None and unit is None and not groups["n2"] and parse_number(groups["n1"], rules) == 1:
            return None  # "one analyst catches": a plural after "one" is a verb
        if not words.hangul and (before and before[0].isupper() and not _opens_sentence(ctx.text, m.start()) or not before and groups["n1"][0].isalpha() and _quoted(ctx.text, m.start(), end)):
            return None  # "a 40 Under 40 Award", 'the term "three amigos"': a name or a term, no count ('"about 500 people"' is one)
        attrs["counted"] = counted
    elif type_ == "quantity" and not words.hangul and (_glued(ctx.text[end : end + 2]) or ctx.text.startswith("-", end) and ctx.text[end + 1 : end + 2].isdigit()):
        if ctx.text[end : end + 1] == "-" and ctx.text[end + 1 : end + 2].isdigit() and not groups["n2"] and m.start("u1") > m.end("n1"):
            return _model_count(ctx, m, words, dates, qualifier, approx)  # "48 F-35 jets", "12 C-130 transport planes": a count of a model
        return None  # "406 lb-ft of torque", "a 5 km-long queue": the unit is part of a compound
    elif type_ == "quantity" and groups["u1"] in words.sizes and m.start("u1") == m.end("n1") and _word_after(ctx, end, "SIZE_NAMED"):
        return None  # "a 9mm handgun", "155mm artillery shells", "35mm film": a calibre or a format, a name
    elif type_ == "quantity" and (measured := _MEASURED.match(ctx.text, end)):
        if measured.group(1).lower() not in words.not_measured:  # "barrels of oil"
            attrs["counted"], end = _measured(ctx, measured, words)
    if type_ == "quantity" and words.per_time and "/" not in (unit or "") and (per := words.per_time.get(scan.word_before(ctx.text, m.start()))):
        attrs["unit"] = f"{unit}/{per}"  # "시속 100㎞": km/h ("시속 160km/h" says it already)
    low = _value(groups["n1"], groups.get("s1"), rules)
    if low is None and groups.get("one") and groups["n1"].lower() in ctx.rule("ONE_MORE"):
        low = 1  # "another half-point hike": one more
    high = _value(groups["n2"], groups.get("s2"), rules) if groups["n2"] else None
    if low is None or (groups["n2"] and high is None):
        return None
    if surface in words.glued_units and _loose_unit(m, groups, low, words.glued_units[surface]):
        return None  # "page 5 p", "1080p video": no pence
    if surface and surface.lower() in words.word_starts and ctx.text.startswith(words.word_starts[surface.lower()], m.end("unit" if groups["unit"] else "u1")):
        return None  # "10초과": more than ten, no seconds
    if high is None and surface and words.marks:
        low, end = _hundredths(ctx, surface, low, end, words)  # "9초 95": 9.95 seconds
    if high is None and type_ == "duration" and unit and words.glued_parts is not None:
        low, attrs["unit"], end = _glued_parts(ctx, low, unit, end, words)  # "1분44초40": 104.4 seconds
    if type_ == "count" and unit and words.rate_base_before is not None and (per := _rate_base_before(ctx, m.start(), words)):
        type_, attrs["unit"] = "quantity", per  # "인구 10만명당 27.3명": 27.3 per 100,000
    elif type_ == "count" and words.decimal_quantity and unit and low != int(low):
        type_ = "quantity"  # "합계출산율은 0.72명", "평균 58.3점": a rate or a mean, no count
    factor = words.factors.get((surface or "").lower())
    if factor and not cur:  # "50 cents" is 0.5 USD
        low, high = as_number(low * factor), None if high is None else as_number(high * factor)
    if high is not None:
        low = _shared_scale(groups["n1"], groups["n2"], low, high, rules)
        if not low < high or _mixed_units(groups, words.units) or _change(ctx.text, m, groups, words, high > 3 * low and not attrs.get("counted")):
            return None
        attrs["range"] = {"from": low, "to": high}
        if groups.get("opener") and before:
            attrs["qualifier"] = None  # "from over $20 to $25": the bound is the first end's, not the range's
    if type_ == "count" and words.ratio and high is None and (share := _ratio_share(ctx, m, low, end, words, qualifier, approx, counted)) is not None:
        return share  # "7 in 10 voters", "10명 중 7명", "3 of 4 voters": a share
    if not _plausible(ctx, m, type_, unit, low, groups, words, counted):
        return None
    if type_ == "duration" and _word_after(ctx, end, "AGE_AFTER", joined=True):
        return None  # "the 47 year old", "a 30-year-old man": an age
    if type_ == "duration" and m.start("u1") > 0 and ctx.text[m.start("u1") - 1] == "-" and _names_instrument(ctx, end):
        return None  # "the 10-year Treasury yield", "30-year bonds", "a 10-year high": a name or a level
    if high is not None and type_ == "duration" and _word_after(ctx, end, "AGO_WORDS"):
        return None  # "two or three years ago": a date (its second end, read alone), no range of durations
    if type_ == "duration" and high is None and words.half and (half := words.half.match(ctx.text, end)):
        low, end = as_number(low + 0.5), half.end()  # "2년 반": two and a half years
    elif words.inside_after and (groups["unit"] or groups["u1"]) and (more := words.inside_after.match(ctx.text, end)):
        attrs["approx"], end = True, more.end()  # "1년여 만에": some more than a year
    elif words.band and ctx.text.startswith(words.band_words, end) and high is None and type_ != "duration" and words.band.match(ctx.text, end) and (top := _band_top(low)):
        attrs["range"] = {"from": low, "to": top}  # "20%대": 20 to 30 percent (대 stays out, as a particle)
    opened = groups.get("opener") and high is None  # "from $2.9bn" alone: no range, no "from"
    start = m.start("before" if before and not particle else "cur" if groups["cur"] else "n1") if opened or particle else m.start()
    return make_fact(ctx, type_, start, end, low, **attrs)


def _hundredths(ctx: Context, surface: str, low: float, end: int, words: Tables) -> tuple[float, int]:
    """The amount with a record's hundredths after its unit (``MARK_DECIMALS_AFTER``: "10초07",
    "2m33"), and its end."""
    mark = words.marks.get(surface.lower())
    if mark is None or (hundredths := mark.match(ctx.text, end)) is None:
        return low, end
    digits = hundredths["d"]
    return as_number(round(low + int(digits) / 10 ** len(digits), len(digits) + 2)), hundredths.end()


def _glued_parts(ctx: Context, low: float, unit: str, end: int, words: Tables) -> tuple[float, str, int]:
    """A duration with the smaller parts glued after it (``GLUED_DURATION_PARTS``: "2시간7분",
    "1분44초40"), in the smallest unit, and its end."""
    assert words.glued_parts is not None
    while (part := words.glued_parts.match(ctx.text, end)) is not None:
        small = words.units[part["u"]][1]
        if _DURATION_SECONDS[small] >= _DURATION_SECONDS[unit]:
            break
        value, end = _hundredths(ctx, part["u"], int(part["n"]), part.end(), words)
        low, unit = as_number(round(low * _DURATION_SECONDS[unit] / _DURATION_SECONDS[small] + value, 3)), small
    return low, unit, end


def _model_count(ctx: Context, m: re.Match[str], words: Tables, dates: frozenset[int], qualifier: str | None, approx: bool) -> Fact | None:
    """The count before a model's name that opens with a unit's letter and a hyphen ("48 F-35
    jets", "12 C-130 transport planes"): what the plural after the name counts, or no fact."""
    counted, end = _counted(ctx, m, None, m.end("n1"), words, dates)
    value = _value(m["n1"], m.groupdict().get("s1"), ctx.lang)
    if counted is None or value is None or not _plausible(ctx, m, "count", None, value, m.groupdict(), words, counted):
        return None
    return make_fact(ctx, "count", m.start(), end, value, unit=None, approx=approx, qualifier=qualifier, counted=counted)


def _priced(ctx: Context, start: int, words: Tables) -> bool:
    """Does the sentence before ``start`` name a price (``PRICE_WORDS``: "the average price of
    a home rose 1.2% to …") and no weight (``WEIGHT_WORDS``: "weighed")?"""
    lo = (sentence_bounds(ctx, start, start + 1) or (0, 0))[0]
    prices, weights = words.prices, words.weights
    return prices is not None and prices.search(ctx.text, lo, start) is not None and not (weights and weights.search(ctx.text, lo, start))


def _scaled(groups: dict[str, Any], ctx: Context) -> bool:
    """Does the amount's number end with a scale of millions (``MONEY_READING_SCALES``: "1.1
    billion", "£2m")?"""
    last = (groups["n2"] or groups["n1"]).rsplit(None, 1)[-1].lower()
    scales = ctx.rule("MONEY_READING_SCALES")
    return (groups.get("s2") or groups.get("s1") or "").lower() in scales or last in scales or last.rstrip(".0123456789") in scales


def _loose_unit(m: re.Match[str], groups: dict[str, Any], low: float, never: frozenset[float]) -> bool:
    """Is a unit read only glued to its number (``GLUED_UNITS``) apart from it, or after one
    of the numbers it never follows?"""
    number, unit = ("n1", "u1") if groups["u1"] else ("n2", "unit")
    return m.start(unit) != m.end(number) or low in never


def _spread(ctx: Context, at: int, words: Tables) -> bool:
    """Is the duration at ``at`` (after "over") the span an amount is spread across: one ends
    right before it ("$1.2tn over 10 years"), or earlier in its clause, and no word that makes
    "over" a bound stands right before it (``SPAN_BOUND_AFTER``: "invest $3.2 billion in
    Sweden over two years", not "paid $2 million in rent for over two years")?"""
    if _after_amount(ctx.text, at, words):
        return True
    if scan.word_before(ctx.text, at).lower() in ctx.rule("SPAN_BOUND_AFTER"):
        return False
    clause = ctx.text[max(0, at - 80) : at]
    clause = clause[max(clause.rfind(". "), *(clause.rfind(c) for c in ",;:\n")) + 1 :]  # from the clause's start
    return any(_amount_word(word.strip("()"), words) for word in clause.split())


def _amount_word(word: str, words: Tables) -> bool:
    """Does ``word`` end an amount of money or a percent ("$1.2tn", "5%", "billion", "euros")?"""
    if any(c.isdigit() for c in word):
        return word[:1] in CURRENCY_SIGNS or word.endswith("%")
    return word.lower() in words.scales or words.units.get(word.lower(), ("",))[0] in ("money", "percent")


def _after_amount(text: str, at: int, words: Tables) -> bool:
    """Does an amount end right before ``at``: a word with a digit ("$1.2tn", "5%"), a scale
    ("billion") or a unit ("percent")?"""
    word = scan.word_before(text, at)
    return any(c.isdigit() for c in word) or word in words.scales or word in words.units


def _quoted(text: str, start: int, end: int) -> bool:
    """Is the span all a quotation holds ('"three amigos"')?"""
    return text[start - 1 : start] in _OPENING_QUOTES and text[end : end + 1] in _CLOSING_QUOTES and start > 0 and end < len(text)


_OPENING_QUOTES, _CLOSING_QUOTES = "\"'“‘", "\"'”’"


def _opens_sentence(text: str, at: int) -> bool:
    """Does ``at`` open a sentence, a line or a dateline's story ("(AP) — About a dozen"),
    after a quote or bracket too?"""
    head = text[max(0, at - 8) : at].rstrip(" \t\"'“‘(")
    return not head or head[-1] in ".!?:;\n—–"


def _band_top(low: float) -> int | float | None:
    """The top of the band an amount opens, one more in its last digit that is not zero
    ("20%대": 30; "3000억원대": 4000억; "1,400원대": 1,500; "15억원대": 16억), None for none above zero."""
    if low <= 0:
        return None
    scale = 10.0 ** math.floor(math.log10(low))
    while scale > 1e-6 and abs(low / scale - round(low / scale)) > 1e-9:
        scale /= 10  # down to the last digit that is not zero
    return as_number(low + scale)


def _in_ratio(text: str, m: re.Match[str], value: float, words: Tables, rules: ModuleType | None, counted: str | None = None) -> bool:
    """Is the number the first of a ratio ("one in five", "3 of 4") or its second ("1 in 10
    children")? The part is the smaller number, first or (``whole_first``) second."""
    ratio, sign = words.ratio, -1 if words.whole_first else 1
    assert ratio is not None
    if (after := ratio[0].match(text, m.end("n1"))) and (other := parse_number(after["n"], rules)) is not None:
        if after["j"].lower() in words.small_ratio_words and not _small_ratio(value, other, rules) or not _ratio_noun(after["noun"], value, words):
            return False  # "24 of 30 drones", "one of three diseases": a part, counted as such
        return sign * value < sign * other and not _YEAR_LIKE.fullmatch(after["n"])  # not "more than 300 in 2020"
    return _ratio_before(text, m, value, words, rules, counted) is not None


def _small_ratio(part: float, whole: float, rules: ModuleType | None) -> bool:
    """Do two numbers around a ``SMALL_RATIO_WORDS`` word ("3 of 4") make a share: the whole at
    most ``PART_OF_SHARE_UP_TO``, the part more than one ("one of three" is one among them)?"""
    return 1 < part < whole <= _rule(rules, "PART_OF_SHARE_UP_TO", 0)


def _ratio_noun(noun: str | None, part: float, words: Tables, any_noun: bool = False) -> bool:
    """May a ratio's part have this noun (or none) between it and the ratio's word? Only one,
    in the singular, of a population ("one child in five", "one patient in 20"; not "one study
    in 496 girls", "two people in 10 homes"), or of anything (``any_noun``) when the whole has
    no noun of its own ("one home in 10 was flooded")."""
    if not noun:
        return True
    noun = noun.strip().lower()
    return part == 1 and (any_noun or noun in words.populations or noun + "s" in words.populations)


def _population(counted: str | None, words: Tables) -> bool:
    """Is what a count counts a population a share is of ("voters", "Americans")?"""
    return counted is not None and (counted.lower() in words.populations or counted[:1].isupper() and counted.endswith(words.people_endings))


def _ratio_before(text: str, m: re.Match[str], value: float, words: Tables, rules: ModuleType | None, counted: str | None = None, bare: bool = False) -> re.Match[str] | None:
    """The first number of the ratio the number closes ("1 in " before "10 children", "10명
    중 " before "7명", "3 of " before "4 voters"), its value in group "n"; None when it closes
    none. After a ``bare`` whole (no noun of its own) any noun of one may stand between ("one
    home in 10 was flooded")."""
    ratio, sign = words.ratio, -1 if words.whole_first else 1
    assert ratio is not None
    if not text.endswith(words.ratio_ends, 0, m.start()):
        return None  # no ratio word right before: most numbers
    before = ratio[1].search(text, max(0, m.start() - 40), m.start())
    if before is None or (other := parse_number(before["n"], rules)) is None or not sign * other < sign * value:
        return None
    if before["j"].lower() in words.small_ratio_words and not (_small_ratio(other, value, rules) and _population(counted, words)):
        return None  # "two of three requirements": the whole is counted
    if not _ratio_noun(before["noun"], other, words, bare):
        return None  # "one study in 496 girls", "20 people in 30 homes": no share
    if _YEAR_LIKE.fullmatch(before["n"]) or _SCORE_BEFORE.search(text, max(0, before.start("n") - 8), before.start("n")):
        return None  # not "2020년 중 3명"; not "beat the Red Sox 5-3 in 11 innings", a score's number
    return before


_SCORE_BEFORE = re.compile(r"\d[-–]$")  # "5-3": the second number of a score


def _bare_whole_share(ctx: Context, m: re.Match[str], words: Tables) -> Fact | None:
    """The share a ratio whose whole is a bare number says ("one in five is poor", "one home
    in 10 was flooded"; not "3 of 4 were", whose whole counts no population), or None."""
    value = parse_number(m["n1"], ctx.lang)
    return None if value is None else _ratio_share(ctx, m, value, m.end(), words, None, False, None, bare=True)


def _ratio_share(ctx: Context, m: re.Match[str], value: float, end: int, words: Tables, qualifier: str | None, approx: bool, counted: str | None, bare: bool = False) -> Fact | None:
    """The share a ratio closed by this count says, a percent fact as a fraction's ("7 in 10
    voters": 70, ``fraction`` "7/10", the text "7 in 10"; "국민 10명 중 7명은": "7명" is 70);
    None when it closes none. The qualifier is the count's or the first number's ("about one in five")."""
    if words.ratio is None or (before := _ratio_before(ctx.text, m, value, words, ctx.lang, counted, bare)) is None:
        return None
    other = parse_number(before["n"], ctx.lang)
    assert other is not None
    part, whole = (value, other) if words.whole_first else (other, value)
    if not 0 < part < whole or part != int(part) or whole != int(whole):
        return None
    if words.whole_first and not _base(ctx, before.start("n"), whole, words):
        return None  # "국회의원 300명 가운데 180명이": a count of the group, as its whole is
    start, end = (m.start(), end) if words.whole_first else (before.start("n"), m.end("n1"))
    if (share := _share_rules(ctx.lang)) is not None and (lead := share.lead.search(ctx.text, max(0, start - 24), start)) and lead.start() < start:
        said = ctx.text[lead.start() : start].strip().lower()  # "about one in five", "nearly 7 in 10"
        qualifier, approx, start = words.qualifiers.get(said), said in words.approx, lead.start()
    value = as_number(round(100 * part / whole, 2))
    return make_fact(ctx, "percent", start, end, value, unit="percent", approx=approx, qualifier=qualifier, fraction=f"{int(part)}/{int(whole)}")


def _counted_whole(ctx: Context, m: re.Match[str], value: float, words: Tables) -> bool:
    """Is a ratio's whole, named first, a count of a group: "부상자 10명 중 3명" (the ten
    injured), "응답자 1,012명 중"; not a proportion's base (``_base``)."""
    if not words.whole_first or words.ratio is None or not words.ratio[0].match(ctx.text, m.end("n1")):
        return False  # the part, or a language naming the whole last ("7 in 10 voters")
    return not _base(ctx, m.start(), value, words)


def _in_group(ctx: Context, m: re.Match[str], value: float, words: Tables) -> bool:
    """Is a number of a ratio a count of a group: its whole (``_counted_whole``) or a part of
    such a whole ("국회의원 300명 가운데 180명이")?"""
    if _counted_whole(ctx, m, value, words):
        return True
    before = _ratio_before(ctx.text, m, value, words, ctx.lang) if words.whole_first else None
    return before is not None and not _base(ctx, before.start("n"), parse_number(before["n"], ctx.lang) or 0, words)


def _base(ctx: Context, at: int, whole: float, words: Tables) -> bool:
    """Is the whole of a ratio starting at ``at`` a proportion's base, 10, 100 or 1000 people of
    a population (``RATIO_POPULATIONS``) or of none named ("국민 10명 중 7명", "10명 중 3명꼴")?
    Else its part is a count too ("부상자 10명 중 3명은 중상": three of the ten injured)."""
    noun = _noun_before(ctx, at, words, frozenset())
    return whole in (10, 100, 1000) and (noun is None or noun in ctx.rule("RATIO_POPULATIONS"))


def _change(text: str, m: re.Match[str], groups: dict[str, Any], words: Tables, far: bool) -> bool:
    """"rose $1.20 to $85.40": a word between the numbers after a verb of change, the first
    with a unit of its own ("jumped 20 to 30 percent" is a range), or both bare, nothing counted
    after them and the second over three times the first (``far``: "Claims rose by 13,000 to
    231,000", the change and the level; "rose 2 to 3", "cut 200 to 1,000 jobs" stay ranges); "rose from 2% to 3%": an opener of a change
    (``CHANGE_OPENERS``) after such a verb in the sentence."""
    if groups.get("opener"):
        opener = groups["opener"].lower()
        return words.change_before is not None and opener in words.change_openers and words.change_before.search(text, max(0, m.start() - 160), m.start()) is not None
    if not words.change or not _LETTERS.search(text, m.end("n1"), m.start("n2")):
        return False
    if not (groups["u1"] or groups["cur"]) and (groups["unit"] or groups["cur2"] or not far):
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    return before is not None and before.group(1).lower() in words.change


_WORD_NEXT = re.compile(r" [^\W\d_]")  # a blank and a letter
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+(?:by[ \t]+)?$")  # "rose (by) 5% to 7%"


def _fraction_follows(text: str, at: int, words: Tables) -> bool:
    """Is the number ending at ``at`` followed by a fraction word ("third", "분의")?"""
    word = _WORD_AFTER.match(text, at)  # "two-thirds"
    return word is not None and word.group(1).lower() in words.fractions


_WORD_AFTER = re.compile(r"[ \t-]*([^\W\d_]+)")


_LETTERS = re.compile(r"[^\W\d_]+")
_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")


def _mixed_units(groups: dict[str, Any], units: dict[str, tuple[str, str]]) -> bool:
    """"0.25 points to 3.5%" is two amounts, not a range."""
    if groups["u1"] and (not groups["unit"] or units[groups["u1"].lower()] != units[groups["unit"].lower()]):
        return True  # "2.3% to 4,500": the second number has no unit of its own
    if groups["u1"] and groups["cur2"] or groups["cur"] and groups["unit"] and units[groups["unit"].lower()][0] != "money":
        return True
    return bool(groups["cur"] and groups["cur2"] and groups["cur"].strip() != groups["cur2"].strip())


def _value(text: str, short: str | None, rules: ModuleType | None) -> int | float | None:
    value = parse_number(text, rules)
    if value is None or not short:
        return value
    value = value * _rule(rules, "SHORT_SCALES", {})[short.lower()]
    return as_number(value) if value <= LARGEST else None


def _word_after(ctx: Context, end: int, name: str, joined: bool = False) -> bool:
    """Whether the word after ``end`` (after a blank; or after a hyphen, when ``joined``:
    "-old" of "30-year-old") is one of the language's words ``name``."""
    after = _NEXT_WORDS.match(ctx.text, end) or (_JOINED_WORD.match(ctx.text, end) if joined else None)
    return after is not None and after.group(1).lower() in ctx.rule(name)


def _names_instrument(ctx: Context, end: int) -> bool:
    """Whether one of the two words after ``end`` names a financial instrument (a debt's
    term, "the 10-year U.S. Treasury yield"; a metal's contract, "three-month copper") or a
    level ("a 10-year high": the highest in ten years, no span of time)."""
    after, names = _NAME_WORDS.match(ctx.text, end), ctx.rule("INSTRUMENT_AFTER")
    return after is not None and any(w and w.rstrip(".").lower() in names for w in after.groups())


def _shared_scale(n1: str, n2: str, low: float, high: float, rules: ModuleType | None) -> int | float:
    """"$5-7 million", "one to two billion dollars": a scale written only after the high end
    applies to both ends (not "two million to one billion", whose low end has its own)."""
    if re.fullmatch(r"[\d,.]+", n1.strip()):
        plain = parse_number(n2.rstrip(), None)  # the digits alone
    else:
        scales = {*_rule(rules, "SMALL_SCALES", {}), *_rule(rules, "BIG_SCALES", {})}
        head, _, scale = n2.rstrip().rpartition(" ")
        own = scale.lower() not in scales or any(w in scales for w in n1.lower().split())
        plain = None if own or not head else parse_number(head, rules)
    if plain and high != plain and low < plain:
        return as_number(low * (high / plain))
    return low


def _countable(word: str | None, words: Tables) -> TypeGuard[str]:
    """A word an English count may count: opening in lower case ("workers", "iPhones"), and no
    ``NOT_COUNTED`` word ("of")."""
    return word is not None and word[:1].islower() and word.lower() not in words.not_counted


def _named_plural(word: str, following: str | None, words: Tables) -> bool:
    """A capitalised plural of people standing alone (``PEOPLE_ENDINGS``: "Americans",
    "Democrats", "Teamsters"; not "5 Tips", "10 Things", headlines' words), no word of a name
    ("5 Guys Burgers"; and not after a capitalised number inside a sentence: "the Three Amigos")."""
    return (
        word[:1].isupper() and word[1:].islower() and word.endswith(words.people_endings)
        and not (following and following[:1].isupper()) and word.lower() not in words.units
    )


def _plural(word: str | None, words: Tables) -> bool:
    """A countable word in the plural: a known one (``PLURALS``: "people") or one of four
    letters or more ending in "s" (not "-ss", "-us", "-is": "business", "bonus", "analysis")."""
    return _countable(word, words) and (word in words.plurals or len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


_MEASURED = re.compile(r"[ \t]+of[ \t]+([a-z][\w-]*)")
_NEXT_LOWER = re.compile(r"[ \t]+([a-z][\w-]*)")


def _measured(ctx: Context, measured: re.Match[str], words: Tables) -> tuple[str, int]:
    """What a quantity measures and where it ends: the word after "of" ("barrels of oil"), or,
    past words that describe it (``MEASURED_MODIFIERS``, or a word with one of their endings,
    ``MEASURED_MODIFIER_ENDINGS``), the noun they describe ("tonnes of green hydrogen", "500
    tonnes of liquefied natural gas": hydrogen, gas; not "tonnes of metal a year")."""
    word, end = measured.group(1), measured.end()
    modifiers, endings = ctx.rule("MEASURED_MODIFIERS"), ctx.rule("MEASURED_MODIFIER_ENDINGS")
    for _ in range(3):
        if word not in modifiers and not word.endswith(endings):
            break
        head = _NEXT_LOWER.match(ctx.text, end)
        if head is None or head.group(1) in words.not_counted or head.group(1) in words.not_measured or head.group(1).endswith("ly") or head.group(1) in ctx.rule("MEASURED_AFTER"):
            break
        word, end = head.group(1), head.end()
    head = _NEXT_LOWER.match(ctx.text, end)
    if head is not None and head.group(1) in ctx.rule("MEASURED_HEADS"):
        word, end = head.group(1), head.end()  # "5GB of free cloud storage", "barrels of jet fuel": the noun the first word names a kind of
    return word, end
_NEXT_WORDS = re.compile(r"[ \t]+([A-Za-z][\w'-]*)(?:[ \t]+([A-Za-z][\w'-]*))?")
_COUNTED_WORDS = re.compile(r"[ \t]+([A-Za-z][\w'-]*)(?:[ \t]+([A-Za-z][\w'-]*)(?:[ \t]+([A-Za-z][\w'-]*))?)?")  # "350 million monthly active users"
# A model's number after a count, maybe its maker before it and its variant and its name after
# it: " 737 MAX", " 737 MAX 10", " 787-9", " 787 Dreamliners", " Boeing 737 MAX 9".
_MODEL = re.compile(r"(?:[ \t]+(?P<maker>[A-Z][a-z]+))?[ \t]+(?P<number>\d{3}(?:-\d{1,2})?)(?![\w,.])(?P<name>(?:[ \t]+[A-Z][A-Za-z]*)(?:[ \t]+\d{1,2}(?!\d))?)?")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "GPUs", "EVs", "NGOs": a plural a count counts (not a unit's: "TBs")
_JOINED_WORD = re.compile(r"-([A-Za-z]+)")  # "-old" of "30-year-old"
_NAMED_KIND = re.compile(r"(?P<kind>(?:[ \t]+(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w&-]*)){1,3})[ \t]+([a-z][\w'-]*)(?:[ \t]+([a-z][\w'-]*))?")  # "U.S. troops", "Grand Slam titles", "C-130 transport planes"
_NAME_WORDS = re.compile(r"[ \t]+([A-Za-z][\w.'-]*)(?:[ \t]+([A-Za-z][\w.'-]*))?")  # "U.S. Treasury"
_HANGUL_WORD_ = r"([가-힣A-Za-z][가-힣A-Za-z‧·]*)(?![\w‧·])"
_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*여?([가-힣]+)[ \t]+$")  # "13개 " before a noun: its count
_HANGUL_PREV = re.compile(r"(?<![^\s(\[“‘\"'·,])([가-힣A-Za-z]+)(?:\([A-Z][A-Za-z&]{1,7}\))?[ \t]+$")  # a whole word ("5년간 40건": no "년간"; "1.2㎏으로 4만명": no "으로"), maybe with its short form ("저비용항공사(LCC) 9곳")


def _counted(ctx: Context, m: re.Match[str], counter: str | None, end: int, words: Tables, dates: frozenset[int]) -> tuple[str | None, int]:
    """What a count counts, and where the fact ends (English nouns are part of it). A Korean
    predicate, a word with a particle or a date (ending in ``dates``) counts nothing."""
    if not counter:  # English: "3,000 workers", "3,000 new jobs"
        if words.hangul or not words.not_counted:
            return None, end
        if (ctx.text[end + 1 : end + 2].isdigit() or ctx.text[end + 1 : end + 2].isupper()) and (model := _MODEL.match(ctx.text, end)):
            return _model_counted(ctx, m, model, words, dates)  # "12 737 MAX jets", "five 787 Dreamliners", "171 Boeing 737 MAX 9 jets"
        after = _COUNTED_WORDS.match(ctx.text, end)
        if after is None:
            return None, end
        if ctx.text.startswith(words.part_of_starts, end) and (whole := words.part_of.match(ctx.text, end)):  # type: ignore[union-attr]
            return _part_counted(ctx, m, whole, words, dates), end
        if after.group(1)[0].isupper():
            if _ACRONYM_PLURAL.fullmatch(after.group(1)) and _acronym_counted(m, after.group(1), words):
                return after.group(1), after.end(1)  # "3,000 EVs", "12 NGOs"
            if (kind := _NAMED_KIND.match(ctx.text, end)) and (head := 3 if _countable(kind.group(2), words) and _plural(kind.group(3), words) else 2) and _plural(kind.group(head), words) and kind.group(head) not in words.units:
                if not any(w.lower() in ctx.rule("MONTHS") for w in kind["kind"].split()):  # not "on 3 May voters …"
                    return kind.group(head), kind.end(head)  # "33 Ukrainian drones", "13,000 U.S. troops", "17 NBA seasons", "12 C-130 transport planes": a named kind of the plural
            if _named_plural(after.group(1), after.group(2), words) and not (m["n1"][0].isupper() and not _opens_sentence(ctx.text, m.start("n1"))):
                return after.group(1), after.end(1)  # "1 million Americans", "five Republicans", "Teamsters"
        for i in (1, 2, 3):
            word = after.group(i)
            if i > 1 and word and _ACRONYM_PLURAL.fullmatch(word) and _acronym_counted(m, word, words):
                return word, after.end(i)  # "3.76 million data-center GPUs"
            if not _countable(word, words):
                break
            if i == 1 and word in words.tolls:
                return word, after.end(1)  # "left 1,000 dead"
            if i == 1 and word in ctx.rule("COUNT_HEADS") and after.group(2) == "of" and _countable(after.group(3), words):
                return after.group(3), after.end(3)  # "1.3 million head of cattle"
            if _plural(word, words):
                if (i == 1 or word in ctx.rule("MODIFIERS_IN_S")) and i < 3 and _plural(after.group(i + 1), words):
                    return after.group(i + 1), after.end(i + 1)  # "15 news sites", "1,312 new measles cases": the second is the head
                return word, after.end(i)
        return None, end
    # Korean: the noun after the counter ("50여개 기업이"; in "200여개 제조‧AI 기업으로", the
    # first word that takes a particle), else the bare noun before ("일자리 190만개를").
    following = words.next_words.match(ctx.text, m.end())
    if following and counter in words.times and following.group(1).endswith(words.objects) and not (following.group(2) or "").startswith(words.holding):
        following = None  # "5차례 금리를 올렸다": what was done five times, not counted ("3차례 회의를 열었다" is)
    if following and not ctx.text[m.end()].isspace() and (before := _noun_before(ctx, m.start(), words, dates)):
        return before, end  # "상장사 1,100곳의 영업이익": the noun before is counted, the one after 의 is theirs
    if following:
        candidates = [w for w in following.groups() if w]
        first = _strip_particle(candidates[0], words.particles)
        if first in words.ratio_words:
            return _noun_before(ctx, m.start(), words, dates), end  # "부상자 10명 중 3명": the whole's noun is before
        if first in words.not_counted or first.endswith(words.not_counted_endings) or _predicate(candidates[0], first, words):
            return None, end  # "1,200명 수준이다", "21만1000명 늘었다", "500명 늘리기로"
        with_particle = [w for w in candidates if _strip_particle(w, words.particles) != w]
        return _strip_particle((with_particle or candidates)[0], words.particles), end
    return _noun_before(ctx, m.start(), words, dates), end


def _acronym_counted(m: re.Match[str], word: str, words: Tables) -> bool:
    """May a count count a plural of capitals ("3,000 EVs", "two INTs", "3.76 million data-center
    GPUs")? Not a unit's ("2 TBs"), nor after a number ending in a capital ("4K TVs": a resolution)."""
    return word[:-1].lower() not in words.units and not m["n1"][-1:].isupper()


def _model_counted(ctx: Context, m: re.Match[str], model: re.Match[str], words: Tables, dates: frozenset[int]) -> tuple[str | None, int]:
    """What a count before a model's number counts: the plural after the model's name ("12 737
    MAX jets", "150 737 MAX 10 jets", "20 787-9 jets") or the name itself when it is a plural
    ("five 787 Dreamliners"); a number with neither after it ("12 300 people") counts nothing."""
    name = model["name"]
    if not name and "-" not in model["number"] and not model["maker"]:
        return None, m.end()
    counted, end = _counted(ctx, m, None, model.end(), words, dates)
    if counted is not None and counted[:1].islower():
        return counted, end
    last = name.split()[-1] if name else ""
    if last and _named_plural(last, None, words):
        return last, model.end()
    return None, m.end()


def _part_counted(ctx: Context, m: re.Match[str], whole: re.Match[str], words: Tables, dates: frozenset[int]) -> str | None:
    """What the count of a whole after a number counts ("52 of the 99 seats": seats), when
    the number is the smaller."""
    part, total = parse_number(m["n2"] or m["n1"], ctx.lang), parse_number(whole["n"], ctx.lang)
    if part is None or total is None or not part < total:
        return None
    if not whole["det"] and (total <= ctx.rule("PART_OF_SHARE_UP_TO", 0) or _YEAR_LIKE.fullmatch(whole["n"])):
        return None  # "3 of 4 voters", "7 of 10 adults": a share, no count of voters; "of 2024": a year
    return _counted(ctx, m, None, whole.end(), words, dates)[0]


def _predicate(word: str, stem: str, words: Tables) -> bool:
    """Does a Korean word end as a predicate does, in more than the particle its ``stem``
    (the word without it) leaves out: "늘었다", "늘리기로" (-기로 is a verb's, longer than the
    particle 로), not "수는" (는 is the particle)."""
    return any(word.endswith(e) and len(e) > len(word) - len(stem) for e in words.predicates) and not stem.endswith(words.predicate_nouns)


def _noun_before(ctx: Context, at: int, words: Tables, dates: frozenset[int]) -> str | None:
    """The bare noun right before a Korean count ("근로자 2명"): with a particle it is no part
    of the count ("하반기까지 3만 명을"), nor a predicate, a date or an adverb."""
    previous = _HANGUL_PREV.search(ctx.text, max(0, at - 30), at)
    if previous is None:
        return None
    word = previous.group(1)
    if (counter := _COUNT_BEFORE.search(ctx.text, max(0, previous.start(1) - 16), previous.start(1))) and words.units.get(counter.group(1), ("",))[0] == "count":
        return None  # "13개 구역 3만6천가구": the noun is the count's before it
    bare = word not in words.not_counted and not word.endswith(words.not_counted_endings) and not (word.endswith(words.predicates) and not word.endswith(words.predicate_nouns)) and previous.end(1) not in dates
    return word if bare and (_strip_particle(word, words.particles) == word or word.endswith(words.whole_nouns)) else None


def _counter_noun(ctx: Context, at: int, words: Tables) -> str:
    """The word before a count, without its particle or its short form in brackets ("원전은 4기",
    "소형모듈원전(SMR) 1기")."""
    word = scan.word_before(ctx.text, at)
    if ctx.text.endswith(") ", 0, at):
        head = ctx.text[max(0, at - 24) : at - 1]
        word = head[head.rfind(" ") + 1 : head.rfind("(")] if "(" in head[head.rfind(" ") + 1 :] else word
    return _strip_particle(word, words.particles)


def _strip_particle(word: str, particles: tuple[str, ...]) -> str:
    for p in particles:
        if word.endswith(p) and (len(word) > len(p) + 1 or p[0] == "으" and len(word) > len(p)):  # "동으로": 동
            return word[: -len(p)]
    return word




def _things_counted(ctx: Context, counted: str | None) -> bool:
    """Is ``counted``, the bare word before a decade and a strict counter ("장비 60대를"), a
    thing's noun: no word that makes the decade an age (``DECADE_AGE_BEFORE``: an opener, "특히
    60대가"; ``DECADE_AGE_BEFORE_ENDINGS``: people, "남성 60대의", "운전자 60대가")?"""
    return counted is not None and counted not in ctx.rule("DECADE_AGE_BEFORE") and not counted.endswith(ctx.rule("DECADE_AGE_BEFORE_ENDINGS"))


def _glued(after: str) -> bool:
    """Are the two characters after a number a letter, or a hyphen and a letter ("350MB", "22-inch")?"""
    return after[:1].isalpha() or after[:1] == "-" and after[1:].isalpha()


_NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)\b[a-z]?[A-Z][\w&'-]*(?<!'s)\s$")  # "Boeing", "iPhone" (not "Apple's": its count)


def after_name(text: str, start: int) -> bool:
    """A capitalised word (not a sentence's first) right before ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[max(line_start, start - 40) : start]
    word = _NAME_BEFORE.search(head)
    return word is not None and word.start() > 0 and not re.search(r"[.!?:;]\s*$", head[: word.start()])


_FIRST_WORD = re.compile(r"(?<![\w'’.-])([a-z]?[A-Z][\w&-]*)[ \t]+$")  # "Windows", "iPhone" (not "Stadia's": its count)


_SHORT_FORM = re.compile(r"(?<![\w.])([A-Z][a-z]{2,3})\. $")  # "Jan. ", "Sept. "


def _after_month(ctx: Context, start: int) -> bool:
    """Is the word right before ``start`` a month's short form with its full stop ("Jan.")?"""
    word = _SHORT_FORM.search(ctx.text, max(0, start - 6), start)
    return word is not None and word.group(1).lower() in ctx.rule("MONTHS")


def _name_opens_sentence(ctx: Context, start: int) -> bool:
    """Is the word right before ``start`` a capitalised one opening a sentence, none of the
    words a count may follow there (``COUNT_OPENERS``: "The", "All")?"""
    word = _FIRST_WORD.search(ctx.text, max(0, start - 24), start)
    return word is not None and _opens_sentence(ctx.text, word.start()) and word.group(1).lower() not in ctx.rule("COUNT_OPENERS")


def _after_number(ctx: Context, start: int) -> bool:
    """Is the word right before ``start`` a number in digits or a spelled one ("400", "five";
    not "a", nor a year: "By 2019 30 people had died")?"""
    word = scan.word_before(ctx.text, start)
    return bool(_DIGIT_WORD.fullmatch(word)) and not _YEAR_LIKE.fullmatch(word) or len(word) > 2 and word in ctx.rule("NUMBER_WORDS", {})


_DIGIT_WORD = re.compile(r"\d[\d,.]*\d|\d")


_LISTED_MODEL = re.compile(r"(?<![\w'’.-])[a-z]?[A-Z][\w&-]*(?:['’]s)?[ \t]+\d+[ \t]*(?:,|[ \t](?:and|or|&))[ \t]+$")


def _listed_model(ctx: Context, start: int) -> bool:
    """Is the number at ``start`` listed after a number with no noun of its own that a
    capitalised word, maybe possessive, stands before ("Boeing's 767 and 777 jets", "the
    Embraer 175 or 190 jets"): a maker's models, no count?"""
    return ctx.text.endswith((" and ", " or ", ", ", " & "), 0, start) and _LISTED_MODEL.search(ctx.text, max(0, start - 40), start) is not None


def _toll(ctx: Context, start: int) -> bool:
    """Does a toll's noun and verb stand right before a bare number (``TOLL_BEFORE``: "the
    death toll rose to 236", "raised the toll to 57"): a count of the dead?"""
    if ctx.text.rfind(ctx.rule("TOLL_WORD"), max(0, start - 48), start) < 0:
        return False  # most numbers: no toll before them
    before = rule_pattern(ctx.lang, "TOLL_BEFORE")
    return before is not None and before.search(ctx.text, max(0, start - 48), start) is not None


def _group_counted(ctx: Context, start: int, end: int, words: Tables, number_of: bool) -> str | None:
    """What a bare number (from ``start`` to ``end``) counts by what stands before it: a group's
    noun and "of" (``GROUPS_OF``: "a crew of 1,200", "a workforce of 4,000"), or, when the text
    says "the number of" somewhere (``number_of``), that phrase, a plural and a verb
    (``_number_of``), or a plural subject and its verb (``_subject_counted``; not before a
    score's other number: "Bears fell to 2-7")."""
    if ctx.text.endswith(" of ", 0, start) and (group := scan.word_before(ctx.text, start - 3)) in ctx.rule("GROUPS_OF"):
        tally = rule_pattern(ctx.lang, "GROUPS_TALLY_AFTER")
        return None if tally is not None and tally.match(ctx.text, end) else group
    if number_of and (said := _number_of(ctx, start, words)):
        return said
    return _subject_counted(ctx, start, words) if ctx.text.endswith(words.subject_ends, 0, start) and not _SCORE_AFTER.match(ctx.text, end) else None


_SCORE_AFTER = re.compile(r"[-–]\d")  # "fell to 2-7": a record or a score, no count


def _subject_counted(ctx: Context, start: int, words: Tables) -> str | None:
    """What a bare number counts when a plural and a verb of change or of reaching stand right
    before it (``SUBJECT_COUNT_VERBS``, then maybe "to", "at" or "by", ``SUBJECT_COUNT_LAST``,
    and the size of the change: "Jobless claims rose by 13,000 to 231,000", "Overdose deaths
    fell 3% to 107,543", "Cases doubled to 4,400"), maybe with a phrase after the plural
    (``SUBJECT_PHRASE_OPENERS``: "Deaths from overdoses topped 107,000", "Downloads of the game
    topped 10 million"), or a singular that names a number of people (``SUBJECT_COUNT_NOUNS``:
    "Attendance reached 74,512"): that noun, unless it names a level, not things
    (``SUBJECT_NOT_COUNTED``: "Prices rose to 4,400", "Shares closed at 245"). Read word by word
    backwards from the number (a regex searched there cost 5M instructions a round)."""
    tokens = ctx.text[max(0, start - 80) : start].split()
    i = len(tokens)
    if i and tokens[i - 1] in ctx.rule("SUBJECT_COUNT_LAST"):
        i -= 1  # "to"
    if i and tokens[i - 1].lower() in ctx.rule("SUBJECT_CHANGE_WORDS"):
        i -= 1 + (i > 1 and tokens[i - 2] == "per")  # "12 percent", "1.2 million", "3 per cent"
    if i and tokens[i - 1][:1].isdigit():
        i -= 1  # "3%", "13,000"
        i -= bool(i and tokens[i - 1].lower() in words.approx)  # "by about 13,000"
        i -= bool(i and tokens[i - 1] == "by")
    i -= bool(i and tokens[i - 1] in ctx.rule("SUBJECT_VERB_PARTICLES"))  # "edged up"
    if i < 2 or tokens[i - 1] not in ctx.rule("SUBJECT_COUNT_VERBS"):
        return None
    i -= 1
    i -= bool(i > 1 and tokens[i - 1] in ctx.rule("SUBJECT_COUNT_AUXILIARIES"))  # "have doubled"
    head = i - 1
    openers = ctx.rule("SUBJECT_PHRASE_OPENERS")
    for k in range(max(1, i - 5), i - 1):  # the farthest opener first: "Deaths of people in care"
        if tokens[k] in openers and all(t in openers or t.lower() not in words.not_counted for t in tokens[k + 1 : i]):
            head = k - 1
            break
    what = tokens[head]
    if what[:1].isupper() and what[1:].islower() and (head == 0 and start - 80 <= 0 or head > 0 and tokens[head - 1].endswith((".", "!", "?"))):
        what = what.lower()  # "Cases doubled": a sentence's first word
    if not (_plural(what, words) or what in ctx.rule("SUBJECT_COUNT_NOUNS")) or what in ctx.rule("SUBJECT_NOT_COUNTED"):
        return None
    return what


def _number_of(ctx: Context, start: int, words: Tables) -> str | None:
    """What "the number of" and a verb right before a bare number count (``NUMBER_OF_BEFORE``:
    "the number of cases doubled to 4,400", "the number of people who lost jobs rose by
    12,000"): the first plural after "of", or None."""
    if ctx.text.rfind(ctx.rule("NUMBER_OF_WORD"), max(0, start - 96), start) < 0:
        return None  # most numbers: no "number of" before them
    before = rule_pattern(ctx.lang, "NUMBER_OF_BEFORE")
    said = before.search(ctx.text, max(0, start - 96), start) if before is not None else None
    what = said["what"].split() if said else []
    first = next((i for i, w in enumerate(what) if _plural(w, words)), None)
    if first is None:
        return None
    return what[first + 1] if first + 1 < len(what) and _plural(what[first + 1], words) else what[first]  # "measles cases": the second is the head


def _rate_base(ctx: Context, end: int, words: Tables) -> re.Match[str] | None:
    """The base of a rate after an amount: "per" (``RATE_BASE_BEFORE``), a round number of digits
    and maybe what it counts (" per 100,000 people", " per 1,000 live births")."""
    if words.rate_base is None or not ctx.text.startswith(words.rate_base_starts, end):
        return None  # most amounts: no " per " after them
    base = words.rate_base.match(ctx.text, end)
    if base is None or not base["n"].replace(",", "").rstrip("0") == "1":
        return None  # "per 100,000", "per 1,000"; not "12 per 15 minutes"
    return base


def _rate_base_before(ctx: Context, start: int, words: Tables) -> str | None:
    """The unit of a rate whose round base stands before the amount (``RATE_BASE_BEFORE_AMOUNT``:
    "10만명당 27.3명", "10만명당 자살률은 27.3명": "per 100,000"), else None."""
    assert words.rate_base_before is not None
    base = words.rate_base_before.search(ctx.text, max(0, start - 40), start)
    value = parse_number(base["n"], ctx.lang) if base is not None else None
    if value is None or value < 100 or value != int(value) or str(int(value)).rstrip("0") != "1":
        return None  # "1인당 300만원": per head, no rate over a base
    return f"per {int(value):,}"


def _rate(ctx: Context, m: re.Match[str], base: re.Match[str], counted: str | None, approx: bool, qualifier: str | None, words: Tables) -> Fact | None:
    """A rate over a round base: a quantity of unit "per <base>" ("12.4 cases per 100,000
    people": 12.4 per 100,000, counting cases), the base's noun in the span when it is a plural."""
    low = _value(m["n1"], m.groupdict().get("s1"), ctx.lang)
    if low is None or m["n2"]:
        return None
    end = next((base.end(g) for g in ("w1", "w2") if _plural(base[g], words)), base.end("n"))  # "per 1,000 live births"
    attrs: dict[str, Any] = {"unit": f"per {base['n']}", "approx": approx, "qualifier": qualifier}
    if counted is not None:
        attrs["counted"] = counted
    return make_fact(ctx, "quantity", m.start(), end, low, **attrs)




def _plausible(ctx: Context, m: re.Match[str], type_: str, unit: str | None, value: float, groups: dict[str, Any], words: Tables, counted: str | None = None) -> bool:
    """Reject readings that are not amounts in news prose."""
    n1 = groups["n1"]
    has_digit = any(map(str.isdigit, n1))
    if words.hangul and type_ == "count" and not (groups["unit"] or groups["u1"]):
        return False  # Korean counts have a counter: "10여" alone is not one
    if type_ == "duration" and words.clock and words.clock.search(ctx.text, max(0, m.start() - 8), m.start()):
        return False  # "오전 10시 30분": a time of day
    if type_ == "count" and unit is None and not words.hangul and not groups.get("after") and _glued(ctx.text[m.end("n1") : m.end("n1") + 2]):
        return False  # "about 350MB", "up to 22-inch tires", "nearly 60-year-old": a measure, no count
    if type_ == "count" and not groups.get("before") and n1 in ctx.rule("SERVICE_NUMBERS") and counted in ctx.rule("SERVICE_NOUNS"):
        return False  # "911 calls", "999 calls": a service's telephone number
    if type_ == "count" and not groups.get("before") and words.namers and scan.word_before(ctx.text, m.start()) in words.namers:
        return False  # "type 2 diabetes patients", "room 101 guests": a label
    if words.names and type_ == "count" and not groups.get("before") and after_name(ctx.text, m.start()):
        return False  # "Boeing 737 planes", "Top 10 lists", "Form 990 filings": a name
    if type_ == "count" and not groups.get("before") and has_digit and ctx.text.endswith(". ", 0, m.start()) and _after_month(ctx, m.start()):
        return False  # "On Jan. 15 officials met": a day after a month's short form (a capitalised month is a name before it)
    if words.names and type_ == "count" and not groups.get("before") and has_digit and _after_number(ctx, m.start()):
        return False  # "roughly 400 737 Max jets", "five 787 Dreamliners": a model's number after the count
    if words.names and type_ == "count" and len(n1) == 3 and has_digit and _word_after(ctx, m.end("n1"), "MODEL_NAMES"):
        return False  # "The 737 MAX jets were grounded", "the 787 Dreamliners": a model's number
    if words.names and type_ == "count" and not groups.get("before") and has_digit and _listed_model(ctx, m.start()):
        return False  # "Boeing's 767 and 777 jets": a model listed after one its maker's name stands before
    if words.names and type_ == "count" and not groups.get("before") and has_digit and _name_opens_sentence(ctx, m.start()):
        return False  # "iPhone 15 users reported …", "Windows 11 users can …": a name, first in its sentence
    if not has_digit and (groups["unit"] or groups["u1"] or "") in words.sino_only and n1.strip() in words.natives:
        return False  # "두 분" are two persons, not two minutes
    if not has_digit and groups["u1"] and ctx.text[m.start("n1") : m.end("u1")] in ctx.rule("NATIVE_COUNTER_WORDS"):
        return False  # "세종", "세척": a word of its own, not three kinds or three ships
    if not has_digit and len(spelled := n1.strip()) > 1 and spelled.strip(ctx.rule("SPELLED_PLAIN_DIGITS", "")) == "":
        return False  # "오영주 장관": digits read one by one are a name, not five shares
    if not has_digit and type_ == "count" and len(spelled) == 2 and spelled[0] in ctx.rule("SPELLED_PLAIN_DIGITS", "") and spelled[1] in ctx.rule("BIG_SCALES", {}) and groups["u1"] and m.start("u1") == m.end("n1"):
        return False  # "구조대는": a word (a rescue team), not 9조 counted; a count spelled so is written apart ("삼만 명")
    if not has_digit and n1.strip() in words.alone and type_ != "money":
        return False  # a lone 만/천 is a number only in money ("만원"): "만평" is a cartoon
    if not has_digit and not words.hangul and n1.strip().lower() in words.scales:
        return False  # "several hundred workers", "thousands more residents": no number said
    if type_ == "count" and value != int(value):
        return False  # "9/11 victims", "two and half the staff": a count is whole
    if type_ == "count" and words.ratio and _in_ratio(ctx.text, m, value, words, ctx.lang, counted) and not _in_group(ctx, m, value, words):
        return False  # "1 in 10 children", "3 out of 4 voters", "nearly 3 of 4", "국민 10명 중 7명": a share, no count
    if type_ in ("count", "duration") and unit in (None, "year") and _YEAR_LIKE.fullmatch(n1.strip()):
        return False  # a year: "2020 elections", "2025년" (dates read those)
    if unit in words.counter_nouns and not _counter_noun(ctx, m.start(), words).endswith(words.counter_nouns[unit]):
        return False  # "트럼프 2기 행정부", "폐암 4기": a term or a stage ("원전 4기" counts plants)
    if unit in words.strict:
        # "3대 강국", "20대 남성": only "차량 3대가" (a particle follows; a decade, "60대가", only
        # after a thing's noun: "장비 60대를", not "특히 60대가", "남성 60대의", people in their
        # sixties), or a number with a scale word ("30만대 규모": no age or rank is that big),
        # not before another number ("1만대 1": a ratio)
        nxt = ctx.text[m.end() : m.end() + 1]
        scaled = not n1.isdigit() and value >= 10000 and not re.match(r"\s?\d", ctx.text[m.end() : m.end() + 2])
        if not scaled and (not nxt or not re.match(_HANGUL_WORD, nxt) or (value % 10 == 0 and value < 100 and not _things_counted(ctx, counted))):
            return False
    return True
