"""Language rules, one data module per language (``en.py``, ``ko.py``, ``de.py``).

A language module holds words and patterns only, no algorithm. Each stage reads the
names it needs (see the section headers inside ``ko.py``) and treats a missing name as
"this language has no rule for that". Adding a language = adding a module here and its
code to ``LANGUAGES``.

A module may hold only some stages' sections (``de.py``: clean and metadata). The facts
stage reads its section as a whole, so it takes a module only when that has the section
(``with_section``: its first name, ``NUMBER_WORDS``); else it reads the text as it reads
one in a language without rules.

Stages turn word lists into regexes with ``alternation``, one way for all of them.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from types import ModuleType
from typing import Iterable

LANGUAGES = ("en", "ko", "de", "es", "fr", "no", "sv", "da", "pt", "it", "nl", "pl", "ja", "zh", "ru", "vi", "lt", "is", "hi", "uk", "tr", "cs", "ro", "el", "fi")
# Codes read with another language's rules: Norwegian Bokmål and Nynorsk.
ALIASES = {"nb": "no", "nn": "no"}
REGION = re.compile(r"[A-Za-z]{2}|\d{3}")  # the region subtag of a language tag ("GB", "419")


def split_tag(tag: str) -> tuple[str, str | None]:
    """A BCP-47 tag or POSIX locale as its base language code, lower case, and its region,
    upper case, if the part after the code names one: "ko-KR" -> ("ko", "KR"), "en_GB" ->
    ("en", "GB"), "es-419" -> ("es", "419"), "zh-Hant-TW" -> ("zh", None), "de" -> ("de", None)."""
    base, *rest = re.split(r"[-_]", tag.strip())
    return base.lower(), rest[0].upper() if rest and REGION.fullmatch(rest[0]) else None


@cache
def get(code: str | None) -> ModuleType | None:
    """The rules module for a BCP-47 code ("ko", "ko-KR", "en-US"), or None."""
    if not code:
        return None
    base, _ = split_tag(code)
    base = ALIASES.get(base, base)
    if base not in LANGUAGES:
        return None
    return importlib.import_module(f"{__name__}.{base}")


def with_section(code: str | None, first_name: str) -> ModuleType | None:
    """The rules module for ``code`` if it has the section whose first name is given, else None."""
    module = get(code)
    return module if hasattr(module, first_name) else None


def all_modules() -> tuple[ModuleType, ...]:
    """Every language module (for stages that run before the language is known)."""
    return tuple(m for m in (get(c) for c in LANGUAGES) if m is not None)


def alternation(words: Iterable[str]) -> str:
    """Regex matching any of ``words``, longest first ("개국" before "개"), written as a trie
    ("개(?:국|월)?") so that the regex engine branches on each character instead of trying
    every word in turn; "" for no words."""
    return _trie(sorted(set(words)))


def _trie(words: list[str]) -> str:
    ends_here = "" in words
    branches: dict[str, list[str]] = {}
    for w in words:
        if w:
            branches.setdefault(w[0], []).append(w[1:])
    parts = [re.escape(c) + _trie(rest) for c, rest in branches.items()]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
    if not ends_here:
        return body
    return f"{body}?" if len(parts) > 1 else f"(?:{body})?"
