"""Which language the article is in, and its region: the rules the byline and date lines
are read with.

Decides from the markup's claims (html lang, JSON-LD inLanguage, <meta> og:locale ...),
checked against the Unicode script most letters of the text are written in; with no claim,
or one the script disproves, from the language of our rules that writes that script, of
several the one whose common words (``COMMON_WORDS``) the text uses most.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from types import ModuleType
from typing import Sequence

from .. import lang as languages
from ..model import Cleaned
from .markup import Signals, first, ld_values, meta_values

LANG_KEYS = ("og:locale", "content-language", "language", "dc.language", "inlanguage")
# Scripts many languages share: the text's script cannot disprove a markup claim (Devanagari:
# Hindi, Marathi, Nepali).
SHARED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "ARABIC", "CJK", "DEVANAGARI"})
SCRIPT_SAMPLE_CHARS = 1000  # enough text to tell the script
SCRIPT_SAMPLE_LINES = 200
KANA_SHARE = 0.2  # of a text's letters, in kana: Japanese (a third or more in news text; a Chinese or Korean text quoting a Japanese name, a few)
MIN_COMMON_SHARE = 0.08  # of a text's words, in a language's common words: 10-25% in news text of that language


def language(sig: Signals, cleaned: Cleaned) -> str | None:
    """The markup's language, checked against the script of the text; plain text (or a
    claim the script disproves): the language of our rules that writes that script, of
    several the one whose common words the text uses most (German text is not read with
    English rules)."""
    sample = cleaned.text or "\n".join(sig.lines[:SCRIPT_SAMPLE_LINES])
    script = _script(sample)
    writers = [m for m in languages.all_modules() if getattr(m, "SCRIPT", None) == script]
    claim = first(_claims(sig))
    code = languages.split_tag(claim)[0] if claim and claim.strip() else None
    if not code or not code.isalpha():
        return _by_words(writers, sample)
    module = languages.get(code)
    if module is not None and script and getattr(module, "SCRIPT", script) != script:
        return _by_words(writers, sample)
    if module is None and script not in SHARED_SCRIPTS and writers:
        return _by_words(writers, sample)
    return code



def region(sig: Signals, code: str | None) -> str | None:
    """The region of the language ``code`` ("en-GB" -> "GB"), else of the first claim in the
    markup of that language naming one (html lang "en", og:locale "en_GB" -> "GB")."""
    if not code:
        return None
    base, _ = languages.split_tag(code)
    tags = (languages.split_tag(tag) for tag in (code, *(c for c in _claims(sig) if c)))
    return next((region for tag_base, region in tags if tag_base == base and region), None)



def _claims(sig: Signals) -> list[str | None]:
    """The languages the markup claims: html lang, JSON-LD inLanguage, <meta> (og:locale ...)."""
    return [sig.html_lang, *ld_values(sig, "inLanguage"), *meta_values(sig, LANG_KEYS)]



def _by_words(modules: Sequence[ModuleType], text: str) -> str | None:
    """The code of the module whose ``COMMON_WORDS`` are most of the words of the text's
    sample, if they are a good share of them; else of the first module (a text in a
    language we have no rules for uses a few words of another: Icelandic, before it had
    rules, 6.5% Norwegian ones)."""
    if not modules:
        return None
    words = Counter(re.findall(r"\w+", text[:SCRIPT_SAMPLE_CHARS].casefold()))
    scores = [sum(n for w, n in words.items() if w in getattr(m, "COMMON_WORDS", ())) for m in modules]
    best = scores.index(max(scores))
    return modules[best if scores[best] >= MIN_COMMON_SHARE * sum(words.values()) else 0].CODE



def _script(text: str) -> str | None:
    """The Unicode script most letters of the text are written in ("LATIN", "HANGUL"); but
    "HIRAGANA" for a text with kana (hiragana and katakana) among its letters, a share of
    them at least: only Japanese writes kana, beside as many Han characters or more."""
    counts: Counter[str] = Counter()
    for ch, n in Counter(text[:SCRIPT_SAMPLE_CHARS]).items():  # each letter named once, in order of first use
        if ch.isalpha():
            counts[unicodedata.name(ch, "?").split(" ")[0]] += n
    if counts["HIRAGANA"] + counts["KATAKANA"] >= KANA_SHARE * sum(counts.values()) > 0:
        return "HIRAGANA"
    return counts.most_common(1)[0][0] if counts else None
