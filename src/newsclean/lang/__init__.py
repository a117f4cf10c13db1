"""Language rules, one data module per language (``en.py``, ``ko.py``).

A language module holds words and patterns only, no algorithm. Each stage reads the
names it needs (see the section headers inside ``ko.py``) and treats a missing name as
"this language has no rule for that". Adding a language = adding a module here and its
code to ``LANGUAGES``.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

LANGUAGES = ("en", "ko")


@cache
def get(code: str | None) -> ModuleType | None:
    """The rules module for a BCP-47 code ("ko", "ko-KR", "en-US"), or None."""
    if not code:
        return None
    base = code.split("-")[0].split("_")[0].lower()
    if base not in LANGUAGES:
        return None
    return importlib.import_module(f"{__name__}.{base}")


def all_modules() -> tuple[ModuleType, ...]:
    """Every language module (for stages that run before the language is known)."""
    return tuple(m for m in (get(c) for c in LANGUAGES) if m is not None)
