"""Plain text's lines mended where a text dump broke a date line or a byline.

A naive scraper's text dump loses the spaces between a page's pieces ("Jen MillsPublished
Jul 17", "April 25, 20232:26 PM", "Sarah LazareTwitter") and may set a time on its own line
under its day. The language's date labels, month names, author roles and button labels tell
where the pieces were glued; HTML pages need none of this.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Callable, Sequence

from dateutil.parser import parserinfo

from ..lang import alternation
from . import dates
from .published import DATE_LABELS, NEAR_DATE_CHARS

# A year with an hour glued on, as a text dump joins a page's date and time ("April 25, 20232:26 PM"),
# or after a day and a comma with a count glued on ("April 10, 20233 years", "May 2, 2024142 Views").
YEAR_TIME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}:\d\d)|(?<=\d, )((?:19|20)\d\d)(?=\d{1,4} [^\W\d_])")
MENDED_CHARS = 120  # a longer line of plain text is no date line or byline: its pieces are left as they are
# A time alone on its line, perhaps with a word or two ("15:59 Uhr", "03:26 pm", "4.34 p.m.").
TIME_ALONE = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[^\W\d]{1,4}\.?){0,2}")


def mended(lines: Sequence[str], rules: ModuleType | None, parse: Callable[[str], dates.Stamp | None]) -> tuple[str, ...]:
    """Plain text's lines with what a text dump broke mended where a date or byline needs
    it: the spaces lost between a page's pieces (``_unglue``; in lines short enough to be a
    date line or byline), and a time alone on its line joined to the day on the line before
    it ("30. Juni 2025," over "15:59 Uhr")."""
    glued, roles, widgets = _glued_words(rules), tuple(getattr(rules, "AUTHOR_ROLES", ())), _glued_widget(rules)
    reading = _reading_time(rules)
    out = [_unglue(line, glued, roles, widgets, reading) if len(line) <= MENDED_CHARS else line for line in lines]
    for i in range(len(out) - 1):
        if TIME_ALONE.fullmatch(out[i + 1]) and len(out[i]) <= 2 * NEAR_DATE_CHARS and type(parse(out[i])) is date:
            out[i] = f"{out[i]} {out[i + 1]}"
    return tuple(out)


def _unglue(
    line: str, glued: tuple[re.Pattern[str], re.Pattern[str]], roles: tuple[str, ...], widgets: re.Pattern[str], reading: re.Pattern[str]
) -> str:
    """A line with the spaces a text dump lost between a page's pieces put back: before a
    date label or month name glued to the word or number before it ("Jen MillsPublished Jul
    17", "Associated PressApril 28, 2023", "06 Jan 2026Updated 08:41") and after one a number
    is glued to ("Updated20:49"), between a year and the hour glued to it ("20232:26 PM"),
    and before a byline's role (one of ``roles``, perhaps after a capitalised word) glued to
    the name ("Emma MackenzieLifestyle Writer"); a reading time (``reading``: "2 minute
    readApril 25, 2023") and a button's label glued to the end of a name (``widgets``: "Sarah
    LazareTwitter") are dropped."""
    if dates.DIGIT.search(line):  # a date line
        before, after = glued
        line = YEAR_TIME.sub(lambda m: f"{m[0]} ", after.sub(r"\1 ", before.sub(" ", line)))
        if (cut := reading.sub("", line)) != line:
            line = cut.strip(" |•·")
    if roles and line.endswith(roles):
        line = _glued_role(roles).sub(" ", line)
    return widgets.sub("", line)


@cache
def _glued_words(rules: ModuleType | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's date labels and month names, and the English month names the date
    parser reads on every page, capitalised, right after a letter or a digit ("UTCUpdated"),
    but in a script without case ("기사입력" is one word); the labels, as written, right
    before a digit ("Updated20:49", "입력2024.05.03")."""
    labels = [label for kind in DATE_LABELS for label in getattr(rules, kind, ())]
    months = [*getattr(rules, "MONTH_NAMES", {}), *(name for pair in parserinfo.MONTHS for name in pair)]
    cased = [w[:1].upper() + w[1:] for w in (*labels, *months) if w[:1].isalpha() and w[:1].lower() != w[:1].upper()]
    return (
        re.compile(rf"(?<=[^\W_])(?=(?:{alternation(cased) or '(?!)'})(?![^\W\d_]))"),
        re.compile(rf"(?<![^\W\d_])({alternation(labels) or '(?!)'})(?=\d)"),
    )


@cache
def _reading_time(rules: ModuleType | None) -> re.Pattern[str]:
    """A reading time of the language (``READING_TIMES``, case ignored) and the bar or bullet
    after it: no part of a date line."""
    patterns = "|".join(f"(?:{p})" for p in getattr(rules, "READING_TIMES", ())) or "(?!)"
    return re.compile(rf"(?:{patterns})\s*[|•·]?", re.I)


@cache
def _glued_widget(rules: ModuleType | None) -> re.Pattern[str]:
    """A button's label of the language (its clean section's ``CLEAN_WIDGET_LABELS`` of four
    letters or more, capitalised: "Twitter", "Follow") glued to the three lower-case letters
    or more that end a line; or one of two words or more after them and a space ("Tuva
    Mathilde Løland Tips meg": a one-word label after a space may be the line's last word)."""
    widgets = getattr(rules, "CLEAN_WIDGET_LABELS", ())
    glued = [w.capitalize() for w in widgets if len(w) >= 4 and w.isalpha()]
    spaced = [w.capitalize() for w in widgets if " " in w]
    return re.compile(rf"(?<=[^\W\d_]{{3}})(?:(?<=[a-z]{{3}})(?:{alternation(glued) or '(?!)'})| (?:{alternation(spaced) or '(?!)'}))$")


@cache
def _glued_role(roles: tuple[str, ...]) -> re.Pattern[str]:
    """A role word ending the line, or a capitalised word and one, glued to the three lower-case
    letters or more that end a name (not "Mc" in "McDonald")."""
    return re.compile(rf"(?<=[a-z]{{3}})(?=(?:[A-Z][^\W\d_]*\s+)?(?:{alternation(roles)})$)")
