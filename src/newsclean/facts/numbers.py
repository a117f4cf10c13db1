"""Numbers written in digits or words, in any language with number words as data.

``number_pattern(rules)`` is the regular expression of one number in a language;
``parse_number(text, rules)`` reads one. One algorithm serves every language: a number is
a run of tokens, each a value that adds up ("twenty" "one", "스물" "두"), a small scale that
multiplies the value before it inside a group ("hundred", "천"), or a big scale that closes
the group and multiplies it ("million", "억"). So "58조2000억" is 58·10¹² + 2000·10⁸, "5천만"
is 5·1000·10⁴ and "seven hundred twenty-one thousand twelve" is 721,012.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType
from typing import NamedTuple

from .scan import alternation as _alternation
from .scan import guard, guarded

LARGEST = 1e18  # larger numbers are not amounts in news (world GDP is about 1e14 dollars)
# Digits: "3,000,000", "12.5", ".5" (no thousands separator after a decimal point).
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_DIGITS = re.compile(DIGITS)
# A fraction in digits: "3/4", "1/5", "1 1/2", "1-1/2" (not a part of a date: "3/10/2021").
# Read only when the numerator is the smaller: "24/7" is no fraction. After the digits of a number.
SLASH_FRACTION = r"(?:[ -]\d{1,3})?/\d{1,3}(?![\d/])"
_SLASH_FRACTION = re.compile(r"\s*(?:(\d{1,3})[ -])?(\d{1,3})/(\d{1,3})\s*")
# A spelled number restated in digits, as contracts and court rulings write: "forty-five (45)".
RESTATED = r"(?:[ ]?\((?:\d{1,3}(?:,\d{3})+|\d+)\))?"


@cache
def number_pattern(rules: ModuleType | None) -> str:
    """The regex (no groups) of one number in the language of ``rules``. Digits carry no
    left boundary (callers put one, or a currency sign: "USD3.14")."""
    negative = r"(?:(?<![\w.,%])-[ ]?)?"
    if rules is None:
        return rf"{negative}(?:{DIGITS})"
    words = dict(getattr(rules, "NUMBER_WORDS", {}))
    small = getattr(rules, "SMALL_SCALES", {})
    big = getattr(rules, "BIG_SCALES", {})
    negatives = getattr(rules, "NEGATIVE_WORDS", ())
    if negatives:  # not "plus or minus 2%" (``NOT_NEGATIVE_AFTER``): a margin, looked behind only once a sign is read
        margins = getattr(rules, "NOT_NEGATIVE_AFTER", ())
        signs = guard("|".join(rf"{re.escape(w)}{''.join(rf'(?<!{re.escape(m + w)})' for m in margins)}" for w in sorted(negatives, key=len, reverse=True)))
        minus = "".join(rf"(?<!{re.escape(m)}-)" for m in margins)
        negative = rf"(?:(?:{signs})[ ]?|(?<![\w.,%])-{minus}[ ]?)?"
    if hasattr(rules, "SPELLED_DIGITS"):  # Hangul: scales stick to digits, no spaces
        return _hangul_pattern(rules, small, big, negative, negatives)
    articles = [w for w, v in words.items() if v == 1 and len(w) <= 2]  # "a", "an"
    scales = guarded([*small, *big])
    word = guarded([w for w in [*words, *small, *big] if w not in articles])
    fractions = getattr(rules, "FRACTIONS_AFTER", {})
    fraction = rf"(?:\s+(?:{guarded(fractions)})\b(?:\s+(?:{scales})\b)*)?" if fractions else ""
    points = getattr(rules, "DECIMAL_POINTS", ())
    digits = guarded([w for w, v in words.items() if v < 10 and w not in articles])
    decimals = rf"(?:\s+(?:{guarded(points)})(?:\s+(?:{digits})\b)+)?" if points else ""  # "one point five"
    # "and" only after a scale: "two hundred and fifty" is one number, "two and three" two
    after_scale = "|".join(rf"(?<={w})" for s in (small, big) for w in sorted({*s, *(w.capitalize() for w in s)}))
    spelled = (
        rf"(?:(?:{guarded([*getattr(rules, 'FRACTIONS_BEFORE', {}), *articles])})\s+(?=(?:{scales})\b))?(?:{word})\b"
        rf"(?:(?:\s+|-)(?:{word})\b|(?=\s+and\s)(?:{after_scale})\s+and\s+(?:{word})\b)*{decimals}{fraction}"
    )
    suffixes = getattr(rules, "DIGIT_SUFFIXES", {})
    suffix = rf"(?:{guarded(suffixes)})(?![A-Za-z])" if suffixes else "(?!)"
    decimal_suffixes = getattr(rules, "DECIMAL_SUFFIXES", {})  # "1.2M" (not "3M", a company)
    if decimal_suffixes:
        after_decimal = r"(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d)"
        # in capitals only, also where the caller ignores case: "£1.2m" is a short scale's, "1.2 m" metres
        suffix += rf"|(?-i:(?=[{''.join(decimal_suffixes)}])(?:{after_decimal})(?:{guarded(decimal_suffixes)}))(?![A-Za-z])"
    with_digits = rf"(?:{DIGITS})(?![\d])(?:{suffix}|{SLASH_FRACTION}|{fraction}(?:[ -]?(?:{scales})\b)*)"
    return rf"{negative}(?:{with_digits}|(?<![\w'-]){spelled}{RESTATED})"


def number_words(rules: ModuleType | None) -> tuple[list[str], list[str]]:
    """Words a number starts with, as (whole words, Hangul syllables that may start a
    word): for anchors (see scan.py). "a" and "an" count only before a scale word."""
    if rules is None:
        return [], []
    if hasattr(rules, "SPELLED_DIGITS"):
        return [], [*rules.SPELLED_DIGITS, *rules.NATIVE_NUMBERS]
    words = [*getattr(rules, "NUMBER_WORDS", {}), *getattr(rules, "SMALL_SCALES", {}), *getattr(rules, "BIG_SCALES", {})]
    return [w for w in words if len(w) > 2], []


def _hangul_pattern(rules: ModuleType, small: dict[str, int], big: dict[str, int], negative: str, negatives: tuple[str, ...]) -> str:
    small_c = "".join(small)
    big_c = "".join(big)
    # digits with scales: "58조2000억", "5천만", "1억 2천만"
    group = rf"(?:{DIGITS})[{small_c}]?(?:(?<=[{small_c}])(?:{DIGITS})[{small_c}]?)*"  # "2천500"
    with_digits = rf"{group}(?:[{big_c}]+(?:[ ]?{group})?)*"
    digits = rules.SPELLED_DIGITS
    spelled = rf"[{digits}]{{2,}}|(?:{_alternation(rules.SPELLED_ALONE)})"
    # a native number is a tens word and maybe a ones word ("스물두", "열한") or a ones word alone:
    # two ones words are an approximate pair ("두세 명", "서너 곳": two or three), no sum
    values = getattr(rules, "NUMBER_WORDS", {})
    tens = _alternation(tuple(w for w in rules.NATIVE_NUMBERS if values.get(w, 0) >= 10))
    ones = _alternation(tuple(w for w in rules.NATIVE_NUMBERS if values.get(w, 0) < 10))
    native = rf"(?:{tens})(?:{ones})?|(?:{ones})"
    # A lone Sino-Korean digit is a number only glued to a unit that takes no word's place:
    # "구파운드", "이달러" (not "사원", "구원", "이유로").
    lone_units = getattr(rules, "LONE_DIGIT_UNITS", ())
    lone = rf"|[{digits}](?={_alternation(lone_units)})" if lone_units else ""
    number = rf"(?:{with_digits}|(?<![\w])(?:{spelled}|{native}{lone}))"
    # After 마이너스 any run of digits is the number: "마이너스삼".
    after_sign = rf"(?:{_alternation(negatives)})[ ]?[{digits}]+(?![가-힣])|" if negatives else ""
    # "3분의 1", "사분의삼": the denominator first.
    of = getattr(rules, "FRACTION_OF", None)
    fraction = rf"(?:\d+|(?<![\w])[{digits}]+){of}[ ]?(?:{DIGITS}|[{digits}]+(?![가-힣]))|" if of else ""
    return rf"(?:{after_sign}{negative}(?:{fraction}\d+{SLASH_FRACTION}|{number}))"


@cache
def _token_pattern(rules: ModuleType | None) -> re.Pattern[str]:
    words = [] if rules is None else [
        *getattr(rules, "NUMBER_WORDS", {}),
        *getattr(rules, "SMALL_SCALES", {}),
        *getattr(rules, "BIG_SCALES", {}),
        *getattr(rules, "DECIMAL_POINTS", ()),
        *getattr(rules, "NEGATIVE_WORDS", ()),
        *getattr(rules, "DIGIT_SUFFIXES", {}),
        *(w.lower() for w in getattr(rules, "DECIMAL_SUFFIXES", {})),  # in the trie of "million"
    ]
    # a word only whole: the "an" of "and" is no number ("two hundred and fifty")
    alternatives = f"{DIGITS}|(?<![A-Za-z])(?:{_alternation(words)})(?![A-Za-z])" if words else DIGITS
    return re.compile(alternatives, re.IGNORECASE)


def parse_number(text: str, rules: ModuleType | None) -> int | float | None:
    """The value of a number as matched by ``number_pattern`` (None if it holds none)."""
    if _DIGITS.fullmatch(text):  # most numbers are digits alone: "2020", "3,000", "12.5"
        value = float(text.replace(",", ""))
        return as_number(value) if value <= LARGEST else None
    alone = _word_values(rules)
    if text in alone:  # a number word alone ("three", "Hundred"), read once per language
        return alone[text]
    return _read(text, rules)


class _Words(NamedTuple):
    """A language's number words by kind (built once per language)."""

    words: dict[str, int | float]
    small: dict[str, int | float]
    big: dict[str, int | float]  # scales that close a group, and suffixes of digits ("bn")
    points: tuple[str, ...]
    negatives: tuple[str, ...]
    before: dict[str, float]  # fractions before a number ("half")
    after: dict[str, float]  # fractions after one ("and a half")


@cache
def _words(rules: ModuleType | None) -> _Words:
    big = {**getattr(rules, "BIG_SCALES", {}), **getattr(rules, "DIGIT_SUFFIXES", {}), **getattr(rules, "DECIMAL_SUFFIXES", {})}
    return _Words(
        getattr(rules, "NUMBER_WORDS", {}), getattr(rules, "SMALL_SCALES", {}), big, getattr(rules, "DECIMAL_POINTS", ()),
        getattr(rules, "NEGATIVE_WORDS", ()), getattr(rules, "FRACTIONS_BEFORE", {}), getattr(rules, "FRACTIONS_AFTER", {}),
    )


@cache
def _word_values(rules: ModuleType | None) -> dict[str, int | float | None]:
    """The value of each number word alone, as written and Capitalised."""
    tables = _words(rules)
    alone = {v for w in (*tables.words, *tables.small, *getattr(rules, "BIG_SCALES", {})) for v in (w, w.capitalize())}
    return {w: _read(w, rules) for w in alone}


def _read(text: str, rules: ModuleType | None) -> int | float | None:
    """``parse_number`` of all but digits alone."""
    if (parts := _fraction_parts(text, rules)) is not None:
        whole, numerator, denominator = parts
        if numerator is None or denominator is None or not 0 < numerator < denominator:
            return None  # "24/7" is no fraction
        return as_number(whole + numerator / denominator)
    if "/" in text:
        return None  # "1,000/3": digits no fraction is written with
    if text.endswith(")"):  # "forty-five (45)": the digits must say the same
        spelled, _, digits = text[:-1].rpartition("(")
        value = parse_number(spelled, rules)
        return value if value == parse_number(digits, None) else None
    tables = _words(rules)
    lower = text.lower()
    for phrase, part in tables.before.items():  # "half a million", "half an (hour)"
        if lower.startswith(phrase + " ") or lower == phrase:
            base = parse_number(text[len(phrase) :], rules) if len(text) > len(phrase) else 1
            return None if base is None else as_number(part * base)
    for phrase, part in tables.after.items():  # "two and a half (million)"
        head, found, tail = lower.partition(phrase)
        if found:
            base, scale = parse_number(head, rules), parse_number(tail, rules) if tail.strip() else 1
            if base is None or scale is None:
                return None
            last = head.split()[-1] if head.split() else ""
            if scale == 1 and last in tables.big:  # "a million and a half": half of the scale
                return as_number(base + part * tables.big[last])
            return as_number((base + part) * scale)
    words, small, big, points, negatives = tables.words, tables.small, tables.big, tables.points, tables.negatives
    sign = -1 if text.lstrip().startswith("-") else 1
    total = group = 0.0
    current: float | None = None
    decimals: str | None = None  # digits after a spelled decimal point ("일점이삼")
    seen = False
    for m in _token_pattern(rules).finditer(text):
        token = m.group()
        key = token if token in words or token in small or token in big else token.lower()
        if decimals is not None and key in words:
            decimals += str(words[key])
        elif _DIGITS.fullmatch(token):
            current = (current or 0) + float(token.replace(",", ""))
        elif key in negatives:
            sign = -1
        elif key in points:
            decimals = ""
        elif key in words:
            current = (current or 0) + words[key]
        elif key in small:
            group += (1 if current is None else current) * small[key]
            current = None
        elif key in big:
            part = group + (current or 0)
            total = total * big[key] if part == 0 and total else total + (part or 1) * big[key]
            group, current = 0.0, None
        else:
            continue
        seen = True
    if not seen:
        return None
    value = total + group + (current or 0)
    if decimals:
        value += float("0." + decimals)
    if not value <= LARGEST:  # also NaN; "9999…조" is a typo or an ID, not an amount
        return None
    return as_number(sign * value)


def _fraction_parts(text: str, rules: ModuleType | None) -> tuple[float, float | None, float | None] | None:
    """The whole part, numerator and denominator of a fraction ("1 1/2", "사분의삼"), or None
    when the text is no fraction."""
    if slash := _SLASH_FRACTION.fullmatch(text):
        return int(slash[1] or 0), int(slash[2]), int(slash[3])
    of = getattr(rules, "FRACTION_OF", None)
    if of and of in text:
        below, _, above = text.partition(of)
        return 0, parse_number(above, rules), parse_number(below, rules)
    return None


def as_number(value: float) -> int | float:
    """An int when the value is whole (JSON shows 800 rather than 800.0)."""
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded
