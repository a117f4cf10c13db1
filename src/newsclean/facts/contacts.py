"""Emails, URLs and phone numbers: the same in every language, so no language rules.

Values: an email or URL as written (trailing sentence punctuation excluded), with the
URL's ``domain``; a phone number as its digits, a country code as ``(+1) `` before them
and an extension as `` ext 897`` after (Duckling's notation).
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..model import Fact
from . import Context, make_fact, scan

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")

# Scheme URLs take anything up to white space; bare ones need "www." or a known top-level
# domain, so "e.g." or "3.5" are never URLs.
_TLD = "(?:" + scan.guarded(("com", "org", "net", "edu", "gov", "int", "io", "co", "info", "biz", "news", "kr", "uk", "us", "jp", "cn", "de", "fr", "eu", "ca", "au", "in", "ai", "app", "dev")) + ")"  # a dot ending a sentence fails at once
URL = re.compile(
    r"(?<![\w@.-])(?:"
    r"(?:https?|ftp)://[^\s<>\"'“”‘’]+"
    r"|www\d?\.[^\s<>\"'“”‘’]+"
    r"|(?:[A-Za-z0-9-]+\.)+" + _TLD + r"(?![\w-])(?::\d+)?(?:[/?#][^\s<>\"'“”‘’]*)?"
    r")",
    re.IGNORECASE,
)
_URL_TRAIL = ".,;:!?)]}>"
# One letter, a dot, a two-letter domain and a dot: an abbreviation written with dots (Polish
# "m.in." for "among others"), not a bare domain.
_DOTTED_ABBREVIATION = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]{2}\.")
_DOMAIN = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?([^/:?#]+)", re.IGNORECASE)

# A phone number: optional country code, then 2-4 digits (1-4 after a country code: Seoul's
# "+82-2-..."; a trunk "1-" before a US area code: "1-800-273-8255"), 3-4 digits, 4 digits,
# separated by - . or spaces (or 4-4 with a dash: Korean nationwide numbers such as
# 1588-1234, which start 15, 16 or 18 — and are not a range of things: "1800-2000 troops").
# A Korean particle may follow ("010-1234-5678로"); a letter or digit of another word not.
PHONE = re.compile(
    r"(?<![\w.,+-])"
    r"(?:(?P<cc>\(\+\d{1,3}\)|\+\d{1,3})[ \t]*-?[ \t]*)?"
    r"(?P<number>(?:1[-.](?=\d{3}[-.]\d{3}[-.]\d{4}))?(?:\(\d{2,4}\)|(?(cc)\d{1,4}|\d{2,4}))[ \t]*[-.]?[ \t]*\d{3,4}[ \t]*[-.]?[ \t]*\d{4}|1[568]\d{2}-\d{4}(?![ \t]+[^\W\d_]))"
    r"(?:[ \t]*(?:ext\.?|x|내선)[ \t]*(?P<ext>\d{1,5}))?"
    r"(?![\w.,-]\d|[A-Za-z0-9_])"
)


# Where each kind can be seen, and what may come before that place (see scan.read).
EMAIL_ANCHORS = scan.Anchors((re.compile("@"),))
EMAIL_PREFIX = scan.Prefix(re.compile(r"(?<![\w.+-])[\w.+-]+$"), 64)
# "://" or "www." (any case): found from "://" and the first two letters of "www" with
# str.find (rare in prose), the pattern checked only there, instead of a regex scan trying
# every position of the text; and a dot before a known top-level domain.
URL_ANCHORS = scan.Anchors(
    (re.compile(r"\.(?i:" + _TLD + r")(?![\w-])"),),
    chars=("://", "ww", "wW", "Ww", "WW"),
    chars_where=re.compile(r"[:wW](?:(?<=:)//|(?<!:)[wW][wW]\d?\.)"),
)
URL_PREFIX = scan.Prefix(re.compile(r"(?<![\w@.-])(?:(?:[A-Za-z]+:/?/?)|(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+)$"), 64)
# Where a phone number starts: "+", "(" (found with str.find: a "[+(]" regex tries every
# place) or a digit run, only where the pattern matches (checked in one quick loop).
PHONE_ANCHORS = scan.anchors(chars="+(", digits_where=PHONE, chars_where=PHONE)


def find(ctx: Context, found: Sequence[Fact]) -> Iterable[Fact]:
    text = ctx.text
    yield from scan.read(text, (EMAIL,), EMAIL_ANCHORS, EMAIL_PREFIX, lambda m: make_fact(ctx, "email", m.start(), m.end(), m.group()))
    yield from scan.read(text, (URL,), URL_ANCHORS, URL_PREFIX, lambda m: _url(ctx, m))
    yield from scan.read(text, (PHONE,), PHONE_ANCHORS, None, lambda m: _phone(ctx, m))


def _url(ctx: Context, m: re.Match[str]) -> Fact | None:
    end = m.end()
    while end > m.start() and ctx.text[end - 1] in _URL_TRAIL and not _balanced(ctx.text[m.start() : end]):
        end -= 1
    url = ctx.text[m.start() : end]
    if _DOTTED_ABBREVIATION.fullmatch(ctx.text, m.start(), end + 1):
        return None
    domain = _DOMAIN.match(url)
    return make_fact(ctx, "url", m.start(), end, url, domain=domain.group(1).lower()) if domain else None


def _phone(ctx: Context, m: re.Match[str]) -> Fact | None:
    digits = re.sub(r"\D", "", m.group("number"))
    if not 7 <= len(digits) <= 12:
        return None
    value = digits
    if m.group("cc"):
        value = f"(+{m.group('cc').strip('(+)')}) {digits}"
    if m.group("ext"):
        value += f" ext {m.group('ext')}"
    return make_fact(ctx, "phone", m.start(), m.end(), value)


def _balanced(url: str) -> bool:
    """True when the URL's last character is a bracket that closes one opened inside it."""
    pairs = {")": "(", "]": "[", "}": "{"}
    last = url[-1]
    return last in pairs and url.count(pairs[last]) >= url.count(last)
