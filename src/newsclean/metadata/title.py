"""Which line is the article's headline, and where it is among the page's lines.

Decides from the declared headline (JSON-LD, microdata, <meta>, the <title>) with the site
or section name trimmed off, the headline the clean stage saw, and the <h1>; in plain text,
which has no markup to name it, from the line like a headline over the date line above the
body. The byline and date readers look for their lines near the headline's (``near_headline``).
"""

from __future__ import annotations

import re
from types import ModuleType
from typing import Callable, Iterable, Sequence
from urllib.parse import urlsplit

from ..model import Cleaned, Document
from . import authors as authors_
from .markup import Signals, first, ld_values, meta_values

TITLE_KEYS = ("og:title", "twitter:title", "title", "dc.title", "sailthru.title")
# A title segment after one of these, naming the site or section, is not the headline.
TITLE_SEPARATORS = r"\s+[|\-–—:·»«]\s+|\s*[|ㅣ｜]\s*|\s*-\s*(?=\S+$)"
MIN_HOST_NAME = 4  # a title segment this long found in the host name is the site's name
MAX_HEADLINE_CHARS = 250
WIDE = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # Hangul, kana, Han
HEADLINE_WIDE = 10  # such characters in a headline at least, when it has fewer than three words
HEAD_LINES = 15  # plain text: a date line this close above the body's first paragraph dates the article
NEAR_HEADLINE_LINES = 15
NEAR_ABOVE_HEADLINE_LINES = 5  # a <time> or short line this close above the headline may be its date (a picture between)


def find_headline(
    sig: Signals, cleaned: Cleaned, not_headline: tuple[str | None, ...], doc: Document,
    rules: ModuleType | None, is_date: Callable[[str], bool],
) -> tuple[str | None, int | None]:
    """The headline, and the index of its line among the page's lines (None if none is it):
    the declared one (``_title``), but in plain text the line like a headline over the date
    line, unless the clean stage's is higher, and of its copies the one with the most
    punctuation; its line is the one over the date line, else the declared headline's, else
    the one the clean stage saw, else the first heading's."""
    headline = _title(sig, cleaned, not_headline, doc.url)
    over_at = _over_date_line(sig.lines, cleaned, rules, is_date) if not doc.is_html else None
    over_date = sig.lines[over_at] if over_at is not None else None
    # the headline over the date line, else the declared headline, else the one shown
    at = over_at if over_at is not None else _first_at(sig.lines, (headline, cleaned.title, *sig.headings[:1]))
    headline = _higher_headline(sig.lines, over_date, headline, rules) if over_date else headline
    headline = _most_punctuated(sig.lines, headline) if not doc.is_html else headline
    return headline, at


def _title(sig: Signals, cleaned: Cleaned, not_headline: tuple[str | None, ...], url: str | None = None) -> str | None:
    """The declared headline (JSON-LD, microdata, then <meta>) without the site or section
    name tacked on; else the one the clean stage saw; else the <h1> if the <title> holds
    it (a logo in an <h1> does not), else the <title> trimmed, else the <h1>."""
    declared = [*ld_values(sig, "headline"), *meta_values(sig, ("headline", *TITLE_KEYS))]
    host = urlsplit(url).hostname or "" if url else ""
    trimmed = [_trim_title(d, not_headline, host) for d in [*declared, sig.title_tag] if d]
    h1 = next(iter(sig.headings), None)
    confirmed = h1 if h1 and sig.title_tag and _squash(h1) in _squash(sig.title_tag) else None
    return first([*trimmed[: len(declared)], cleaned.title, confirmed, *trimmed[len(declared) :], h1])



def _over_date_line(lines: Sequence[str], cleaned: Cleaned, rules: ModuleType | None, is_date: Callable[[str], bool]) -> int | None:
    """The index of plain text's headline, which has no markup to name it: the line like a
    headline nearest above the last date line over the body's first paragraph (not a line
    of names; not an earlier copy of it in a menu or a teaser); none if the headline the
    clean stage saw is between that date line and the body (the page dates its article
    over its headline: the line over the date is a share button or a link back to the section)."""
    first = cleaned.blocks[0].text if cleaned.blocks else None
    body = next((i for i, line in enumerate(lines) if line == first), None)
    if body is None:
        return None
    dated = next((i for i in range(body, max(-1, body - HEAD_LINES), -1) if is_date(lines[i])), None)
    if dated is None or _under_date(lines, cleaned.title, dated, body, rules):
        return None
    return next((i for i in range(dated - 1, max(-1, dated - NEAR_ABOVE_HEADLINE_LINES - 1), -1) if _headline_like(lines[i], rules) and not is_date(lines[i])), None)



def _under_date(lines: Sequence[str], shown: str | None, dated: int, body: int, rules: ModuleType | None) -> bool:
    """Is the headline the clean stage saw like a headline and a line between the date line
    ``dated`` and the body's first paragraph ``body``?"""
    if not shown or not _headline_like(shown, rules):
        return False
    key = _squash(shown)
    return any(_squash(lines[i]) == key for i in range(dated + 1, body))



def _higher_headline(lines: Sequence[str], over_date: str, shown: str | None, rules: ModuleType | None) -> str:
    """The headline over the date line, unless the one the clean stage saw is like a headline
    too and higher on the page (the other is then a subtitle, caption or byline under it),
    or found on the same line: the same headline but for its punctuation (a page shows it
    twice, once without the colon after its kicker) or a kicker before it; the clean
    stage's is the one it read as the headline."""
    if shown and _headline_like(shown, rules):
        at, other = _headline_at(lines, shown), _headline_at(lines, over_date)
        if at is not None and other is not None and at <= other:
            return shown
    return over_date



def _most_punctuated(lines: Sequence[str], headline: str | None) -> str | None:
    """Of the copies of plain text's headline on the page, the same but for punctuation, the
    one with the most inside it: a text dump drops the colon a page puts between a kicker and
    the headline where they are two pieces ("Ausschuss zur Ahrtal-Flut Zwei Rücktritte …"
    under the bar's "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte …"); not one with a mark
    before or after it (":Warum Putin …": a piece of a kicker's line)."""
    if not headline:
        return headline
    key = _squash(headline)
    copies = (ln for ln in lines if len(ln) > len(headline) and ln[0] == headline[0] and ln[-1] == headline[-1] and _squash(ln) == key)
    return max(copies, key=len, default=headline)



def _headline_like(line: str, rules: ModuleType | None) -> bool:
    """Three words or more (or ten Han, kana or Hangul characters: Chinese and Japanese put no
    spaces between words), not a sentence ending with a full stop, nor a label ending with a
    colon; no line of names, nor one that ends with a role ("Freelance sports writer")."""
    wordy = len(line.split()) >= 3 or len(WIDE.findall(line)) >= HEADLINE_WIDE
    return (
        wordy and len(line) <= MAX_HEADLINE_CHARS and not line.endswith((".", ":", "…"))
        and not authors_.ends_with_role(line, rules) and not authors_.name_line(line, rules)
    )



def _trim_title(text: str, names: tuple[str | None, ...], host: str = "") -> str:
    """Drop leading or trailing segments that name the site or section ("| Site",
    "- Section"), or the host the page is on ("- Entermedia" on entermedia.co.kr)."""
    keys = {_squash(n) for n in names if n}

    def outlet(segment: str) -> bool:
        key = _squash(segment)
        return key == "" or key in keys or (len(key) >= MIN_HOST_NAME and key in _squash(host))

    parts = re.split(f"({TITLE_SEPARATORS})", text)
    while len(parts) >= 3 and outlet(parts[-1]):
        parts = parts[:-2]
    while len(parts) >= 3 and outlet(parts[0]):
        parts = parts[2:]
    return "".join(parts).strip()



def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())



def near_headline(lines: Sequence[str], at: int | None) -> list[int]:
    """The indices of the lines under the headline's line ``at``, then of those just above
    it; then the same around each later copy of it (a page may show its headline in a bar
    at the top too)."""
    if at is None:
        return []
    copies = [i for i in range(at, len(lines)) if lines[i] == lines[at]]
    return [
        j for i in copies
        for j in (*range(i, min(i + NEAR_HEADLINE_LINES, len(lines))), *reversed(range(max(0, i - NEAR_ABOVE_HEADLINE_LINES), i)))
    ]



def _first_at(lines: Sequence[str], headlines: Iterable[str | None]) -> int | None:
    return next((at for h in headlines if (at := _headline_at(lines, h)) is not None), None)



def _headline_at(lines: Sequence[str], headline: str | None) -> int | None:
    """The index of the line that is the headline, if one is; else of the first line that
    ends with it (a kicker before the headline: "Premiere in X - Headline"); else of the
    second of two lines that make it up (an <h1> of two blocks: "Stuttgart hat's drauf",
    ": Stadt der Superlative")."""
    key = _squash(headline or "")
    kicker = split = None
    previous = ""
    for i, line in enumerate(lines if key else ()):
        squashed = _squash(line)
        if squashed == key:
            return i
        if kicker is None and len(squashed) > len(key) and squashed.endswith(key):
            kicker = i
        if split is None and previous and key.startswith(previous) and previous + squashed == key:
            split = i
        previous = squashed
    return kicker if kicker is not None else split
