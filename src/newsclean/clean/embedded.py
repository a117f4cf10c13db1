"""Article markup that a page holds only in its script data.

Some pages are rendered in the browser: their <body> is empty or chrome only, and the
article's HTML travels inside scripts as JSON strings (React server components'
``self.__next_f.push``, ``__NEXT_DATA__``, other hydration state), escaped once or twice.
``embedded_markup`` finds the string that holds the most paragraphs, for the HTML cleaner
to read as the page's body. It runs only when the page itself gave no article.
"""

from __future__ import annotations

import json
import re
from typing import Iterator

_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.DOTALL | re.IGNORECASE)
# A JSON string literal long enough to hold an article (linear: no nested repetition).
_STRING = re.compile(r'"((?:[^"\\]|\\.){200,})"', re.DOTALL)
_PARAGRAPH = re.compile(r"<p[\s>]", re.IGNORECASE)
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
MIN_PARAGRAPHS = 2
MAX_DEPTH = 3  # a string inside a string inside a script


def embedded_markup(page: str) -> str | None:
    """The page rebuilt around the embedded fragment with the most paragraphs (its own
    <head> kept, for the title), or None when its scripts hold none."""
    best, most = None, MIN_PARAGRAPHS
    for script in _SCRIPT.finditer(page):
        for value in _strings(script.group(1), 1):
            count = len(_PARAGRAPH.findall(value))
            if count >= most:  # on a tie the string inside wins: it comes after the one holding it
                best, most = value, count
    if best is None:
        return None
    head = _HEAD_END.search(page)
    return f"{page[: head.end()] if head else '<html>'}<body><article>{best}</article></body></html>"


def _strings(text: str, depth: int) -> Iterator[str]:
    """The JSON strings in ``text`` that hold markup, and the strings inside those."""
    for m in _STRING.finditer(text):
        if "<" not in m.group(1) and "\\u003c" not in m.group(1).lower():
            continue  # no tag, escaped or not: not markup
        try:
            value = json.loads(f'"{m.group(1)}"')
        except ValueError:
            continue
        yield value
        if depth < MAX_DEPTH and '"' in value:
            yield from _strings(value, depth + 1)
