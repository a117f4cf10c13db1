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
most", "less than" or None), ``range`` ({"from": low, "to": high} or None) and, for counts,
``counted`` (the thing counted when the text says it: "일자리", "workers").
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType
from typing import Any, Iterable, Sequence

from ..model import Fact
from . import Context, make_fact
from .numbers import _alternation, as_number, number_pattern, parse_number

# Currency signs and codes, the same in every language. Signs go before the number
# ("$2.5 billion"), codes before or after ("USD 12.5 million", "42 BGN"), € also after.
CURRENCY_SIGNS = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "￦": "KRW", "Rs.": "INR", "Rs": "INR",
    "C$": "CAD", "A$": "AUD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "₹": "INR",
}
CURRENCY_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "KRW", "CHF", "CAD", "AUD", "HKD", "SGD", "INR", "RUB",
    "BRL", "NZD", "MXN", "SEK", "NOK", "DKK", "TWD", "BGN", "MYR", "AED", "SAR", "ZAR", "TRY",
    "THB", "VND", "IDR", "PHP", "PLN", "ILS", "UAH", "EGP", "MNT", "NGN", "KES", "PKR", "ARS", "CLP",
    "COP", "CZK", "HUF", "QAR", "KWD",
)
COMMON_UNITS: dict[str, tuple[str, str]] = {
    "%": ("percent", "percent"), "％": ("percent", "percent"), "€": ("money", "EUR"),
    "$": ("money", "USD"), "US$": ("money", "USD"),
    **{code: ("money", code) for code in CURRENCY_CODES},
}
_HANGUL_WORD = "[가-힣]"


@cache
def amount_pattern(rules: ModuleType | None, ranges: bool = True) -> re.Pattern[str]:
    units = units_of(rules)
    number = number_pattern(rules)
    hangul = rules is not None and hasattr(rules, "SPELLED_DIGITS")
    if hangul:  # a unit may be followed by a particle, not by the rest of a word
        unit_end = rf"(?=(?:{_alternation(rules.PARTICLES)})|[^가-힣]|$)"  # type: ignore[union-attr]
    else:
        unit_end = r"(?![A-Za-z])"
    before = [*_rule(rules, "APPROX_BEFORE"), *_rule(rules, "QUALIFIERS_BEFORE")]
    after = [*_rule(rules, "APPROX_AFTER"), *_rule(rules, "QUALIFIERS_AFTER")]
    separators = _alternation(_rule(rules, "RANGE_SEPARATORS") or ("-", "–", "~"))
    currency = rf"(?:{_alternation(CURRENCY_SIGNS)}|(?:{_alternation(CURRENCY_CODES)})(?![A-Za-z]))"
    short = _rule(rules, "SHORT_SCALES")
    short_scale = rf"(?(cur)(?P<{{}}>{_alternation(short)})(?![A-Za-z]))?" if short else ""
    unit = rf"(?:{_alternation(units)}){unit_end}"
    openers = _rule(rules, "RANGE_OPENERS", {})
    lead = [rf"(?<!\w)(?P<opener>{_alternation(openers)})\s+"] if openers else []
    if before:
        lead.append(rf"(?<!\w)(?P<before>{_alternation(before)})\s*")
    range_separator = rf"\s?(?:{separators})\s?"
    if openers:  # "between 10 and 20": the opener's own separator
        range_separator = rf"(?(opener)\s+(?:{_alternation(openers.values())})\s+|{range_separator})"
    inside = _rule(rules, "APPROX_INSIDE")
    pattern = (
        (rf"(?:{'|'.join(lead)})?" if lead else "")
        + rf"(?P<cur>{currency}\s?)?(?(cur)|(?<![\w.,]))(?P<n1>{number}){short_scale.format('s1')}"
        + (
            rf"(?:(?:\s?(?P<u1>{unit}))?{range_separator}"
            rf"(?P<cur2>{currency}\s?)?(?(cur2)|(?<![\w.,]))(?P<n2>{number}){short_scale.format('s2')})?"
            if ranges
            else "(?P<u1>)?(?P<cur2>)?(?P<n2>)?"
        )
        + (rf"(?P<inside>{_alternation(inside)})?" if inside else "")
        + rf"(?:\s?(?P<unit>{unit}))?"
        + (rf"(?:\s?(?P<after>{_alternation(after)})(?![A-Za-z]))?" if after else "")
    )
    return re.compile(pattern, re.IGNORECASE)


def units_of(rules: ModuleType | None) -> dict[str, tuple[str, str]]:
    return {**COMMON_UNITS, **_rule(rules, "UNITS", {})}


def _rule(rules: ModuleType | None, name: str, default: Any = ()) -> Any:
    return getattr(rules, name, default) if rules is not None else default


def find(ctx: Context, found: Sequence[Fact]) -> Iterable[Fact]:
    units = {k.lower(): v for k, v in units_of(ctx.lang).items()}
    pattern, pos = amount_pattern(ctx.lang), 0
    while (m := pattern.search(ctx.text, pos)) is not None:
        fact = _amount(ctx, m, units)
        if fact is None and m.group("n2"):  # not a range after all: read the first number alone
            m = amount_pattern(ctx.lang, ranges=False).match(ctx.text, m.start()) or m
            fact = _amount(ctx, m, units)
        if fact is not None:
            yield fact
        pos = max(m.end(), m.start() + 1)


def _amount(ctx: Context, m: re.Match[str], units: dict[str, tuple[str, str]]) -> Fact | None:
    rules = ctx.lang
    groups = m.groupdict()
    low = _value(groups["n1"], groups.get("s1"), rules)
    high = _value(groups["n2"], groups.get("s2"), rules) if groups["n2"] else None
    if low is None or (groups["n2"] and high is None):
        return None
    if high is not None:
        low = _shared_scale(groups["n1"], groups["n2"], low, high, rules)
        if not low < high or _mixed_units(groups, units):
            return None
    surface = groups["unit"] or groups["u1"]
    cur = groups["cur"] or groups["cur2"]
    if cur:
        type_, unit = "money", CURRENCY_SIGNS.get(cur.strip(), cur.strip().upper())
    elif surface:
        type_, unit = units[surface.lower()]
    else:
        type_, unit = "count", None
    words = [w for w in (groups.get("before"), groups.get("after")) if w]
    qualifier = _qualifier(rules, words)
    approx = bool(groups.get("inside")) or any(_is_approx(rules, w) for w in words)
    end = m.end()
    attrs: dict[str, Any] = {"unit": unit, "approx": approx, "qualifier": qualifier}
    if high is not None:
        attrs["range"] = {"from": low, "to": high}
    if type_ == "count":
        counted, end = _counted(ctx, m, surface, end)
        if counted is None and not (qualifier or approx) and unit is None:
            return None
        attrs["counted"] = counted
    elif type_ == "quantity" and (measured := _MEASURED.match(ctx.text, end)):
        if measured.group(1).lower() not in ctx.rule("NOT_MEASURED"):  # "barrels of oil"
            attrs["counted"], end = measured.group(1), measured.end()
    if not _plausible(ctx, m, type_, unit, low, groups):
        return None
    start = m.start()
    return make_fact(ctx, type_, start, end, low, **attrs)


def _mixed_units(groups: dict[str, Any], units: dict[str, tuple[str, str]]) -> bool:
    """"0.25 points to 3.5%" is two amounts, not a range."""
    if groups["u1"] and groups["unit"] and units[groups["u1"].lower()] != units[groups["unit"].lower()]:
        return True
    if groups["u1"] and groups["cur2"] or groups["cur"] and groups["unit"] and units[groups["unit"].lower()][0] != "money":
        return True
    return bool(groups["cur"] and groups["cur2"] and groups["cur"].strip() != groups["cur2"].strip())


def _value(text: str, short: str | None, rules: ModuleType | None) -> int | float | None:
    value = parse_number(text, rules)
    if value is None or not short:
        return value
    return as_number(value * _rule(rules, "SHORT_SCALES", {})[short.lower()])


def _shared_scale(n1: str, n2: str, low: float, high: float, rules: ModuleType | None) -> int | float:
    """"$5-7 million": a scale written only after the high end applies to both ends."""
    plain = parse_number(n2.rstrip(), None)  # the digits alone
    if re.fullmatch(r"[\d,.]+", n1.strip()) and plain and high != plain and low < plain:
        return as_number(low * (high / plain))
    return low


def _qualifier(rules: ModuleType | None, words: list[str]) -> str | None:
    table = {**_rule(rules, "QUALIFIERS_BEFORE", {}), **_rule(rules, "QUALIFIERS_AFTER", {})}
    table = {k.lower(): v for k, v in table.items()}
    for w in words:
        if w.lower() in table:
            return table[w.lower()]
    return None


def _is_approx(rules: ModuleType | None, word: str) -> bool:
    approx = {w.lower() for w in (*_rule(rules, "APPROX_BEFORE"), *_rule(rules, "APPROX_AFTER"))}
    return word.lower() in approx and word.lower() not in {k.lower() for k in _rule(rules, "QUALIFIERS_BEFORE", {})}


_MEASURED = re.compile(r"[ \t]+of[ \t]+([a-z][\w-]*)")
_NEXT_WORDS = re.compile(r"[ \t]+([A-Za-z][\w'-]*)(?:[ \t]+([A-Za-z][\w'-]*))?")
_HANGUL_NEXT = re.compile(r"[ \t]+([가-힣A-Za-z][\w‧·]*)")
_HANGUL_PREV = re.compile(r"([가-힣A-Za-z]+)[ \t]+$")


def _counted(ctx: Context, m: re.Match[str], counter: str | None, end: int) -> tuple[str | None, int]:
    """What a count counts, and where the fact ends (English nouns are part of it)."""
    rules = ctx.lang
    if counter is None:  # English: "3,000 workers", "3,000 new jobs"
        if not ctx.rule("IRREGULAR_PLURALS") and not ctx.rule("NOT_COUNTED"):
            return None, end
        words = _NEXT_WORDS.match(ctx.text, end)
        if words is None:
            return None, end
        not_counted = set(ctx.rule("NOT_COUNTED"))
        for i in (1, 2):
            word = words.group(i)
            if word is None or word.lower() in not_counted or not word.islower():
                break
            if _is_plural(rules, word):
                return word, words.end(i)
        return None, end
    # Korean: the noun after the counter ("50여개 기업"), else the one before ("일자리 190만개").
    not_counted = set(ctx.rule("NOT_COUNTED"))
    after = _HANGUL_NEXT.match(ctx.text, m.end())
    if ctx.text[m.end() : m.end() + 1] in (" ", "\t") and after:
        word = _strip_particle(ctx, after.group(1))
        return (None if word in not_counted else word), end
    before = _HANGUL_PREV.search(ctx.text, 0, m.start())
    if before:
        word = _strip_particle(ctx, before.group(1))
        return (None if word in not_counted else word), end
    return None, end


def _strip_particle(ctx: Context, word: str) -> str:
    for p in sorted(ctx.rule("PARTICLES"), key=len, reverse=True):
        if word.endswith(p) and len(word) > len(p) + 1:
            return word[: -len(p)]
    return word


def _is_plural(rules: ModuleType | None, word: str) -> bool:
    w = word.lower()
    irregular = _rule(rules, "IRREGULAR_PLURALS")
    return w in irregular or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def _plausible(ctx: Context, m: re.Match[str], type_: str, unit: str | None, value: float, groups: dict[str, Any]) -> bool:
    """Reject readings that are not amounts in news prose."""
    n1 = groups["n1"]
    has_digit = any(c.isdigit() for c in n1)
    if not has_digit and type_ == "count" and not (groups["unit"] or groups["u1"]):
        # a spelled number with no counter: only "more than a dozen" style counts
        if ctx.rule("SPELLED_DIGITS"):
            return False
    if type_ in ("count", "duration") and unit in (None, "year") and re.fullmatch(r"1[89]\d\d|20\d\d", n1.strip()):
        return False  # a year: "2020 elections", "2025년" (dates read those)
    if unit in ctx.rule("STRICT_COUNTERS"):
        # "3대 강국", "20대 남성": only "차량 3대가" (a particle follows, not a decade)
        nxt = ctx.text[m.end() : m.end() + 1]
        if not nxt or not re.match(_HANGUL_WORD, nxt) or (value % 10 == 0 and value < 100):
            return False
    return True
