"""Facts in the clean text. (First cut: the facts issues replace this.)"""

from __future__ import annotations

from datetime import date, datetime
from typing import Sequence

from ..model import Author, Fact


def extract_facts(
    text: str,
    *,
    lang: str | None = None,
    ref_date: date | datetime | None = None,
    authors: Sequence[Author] = (),
) -> tuple[Fact, ...]:
    return ()
