"""Emails, URLs and phone numbers: the same in every language, so no language rules.

Values: an email or URL as written (trailing sentence punctuation excluded), with the
URL's ``domain``; a phone number as its digits, a country code as ``(+1) `` before them
and an extension as `` ext 897`` after (Duckling's notation).
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..model import Fact
from . import Context, make_fact

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")

# Scheme URLs take anything up to white space; bare ones need "www." or a known top-level
# domain, so "e.g." or "3.5" are never URLs.
_TLD = r"(?:com|org|net|edu|gov|int|io|co|info|biz|news|kr|uk|us|jp|cn|de|fr|eu|ca|au|in|ai|app|dev)"
URL = re.compile(
    r"(?<![\w@.-])(?:"
    r"(?:https?|ftp)://[^\s<>\"'“”‘’]+"
    r"|www\d?\.[^\s<>\"'“”‘’]+"
    r"|(?:[A-Za-z0-9-]+\.)+" + _TLD + r"(?![\w-])(?::\d+)?(?:[/?#][^\s<>\"'“”‘’]*)?"
    r")",
    re.IGNORECASE,
)
_URL_TRAIL = ".,;:!?)]}>"
_DOMAIN = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?([^/:?#]+)", re.IGNORECASE)

# A phone number: optional country code, then 2-4 digits, 3-4 digits, 4 digits, separated
# by - . or spaces (or 4-4 with a dash, Korean service numbers such as 1588-1234).
PHONE = re.compile(
    r"(?<![\w.,+-])"
    r"(?:(?P<cc>\(\+\d{1,3}\)|\+\d{1,3})[ \t]*-?[ \t]*)?"
    r"(?P<number>(?:\(\d{2,4}\)|\d{2,4})[ \t]*[-.]?[ \t]*\d{3,4}[ \t]*[-.]?[ \t]*\d{4}|1\d{3}-\d{4})"
    r"(?:[ \t]*(?:ext\.?|x|내선)[ \t]*(?P<ext>\d{1,5}))?"
    r"(?![\w.,-]\d|\w)"
)


def find(ctx: Context, found: Sequence[Fact]) -> Iterable[Fact]:
    text = ctx.text
    for m in EMAIL.finditer(text):
        yield make_fact(ctx, "email", m.start(), m.end(), m.group())
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _URL_TRAIL and not _balanced(text[m.start() : end]):
            end -= 1
        url = text[m.start() : end]
        domain = _DOMAIN.match(url)
        if domain is not None:
            yield make_fact(ctx, "url", m.start(), end, url, domain=domain.group(1).lower())
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group("number"))
        if not 7 <= len(digits) <= 12:
            continue
        value = digits
        if m.group("cc"):
            value = f"(+{m.group('cc').strip('(+)')}) {digits}"
        if m.group("ext"):
            value += f" ext {m.group('ext')}"
        yield make_fact(ctx, "phone", m.start(), m.end(), value)


def _balanced(url: str) -> bool:
    """True when the URL's last character is a bracket that closes one opened inside it."""
    pairs = {")": "(", "]": "[", "}": "{"}
    last = url[-1]
    return last in pairs and url.count(pairs[last]) >= url.count(last)
