"""Plain text that still carries page chrome -> Cleaned.

Each line is first judged on its own (widget label, byline, photo file name, caption,
chrome phrase), then by position: the article is the densest run of sentence-like lines;
the title and subtitle are the lines just before it; everything else is chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, Cleaned, Removed
from .vocab import Vocab, compact, vocab

BULLET = re.compile(r"^[•·◦▪▫‣∙*\-–—]\s+")
SUBHEAD_MARK = re.compile(r"^[■□◆◇●○▲△▶▷◎※]\s*")
IMAGE_FILE = re.compile(r"^\S.{0,80}\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)$", re.IGNORECASE)
DATE = re.compile(r"\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}|\d{1,2}:\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b", re.IGNORECASE)
TERMINAL = re.compile(r"[.!?。…\"”’'」』)\]]$")

GOOD_MIN = 40  # a sentence-like line at least this long is article text...
GOOD_LONG = 200  # ...and so is any line this long
MAX_GAP = 4  # lines of other text that may sit between two article lines
TITLE_WINDOW = 6  # how far above the article the title is looked for


@dataclass(frozen=True)
class Line:
    text: str
    reason: str | None  # why the line is chrome on its own, or None
    good: bool  # sentence-like article text


def clean_plain(text: str) -> Cleaned:
    v = vocab()
    lines = [_judge(t, v) for raw in text.splitlines() if (t := " ".join(raw.split()))]
    start, end = _article_span(lines)
    title_at, subtitle_at = _title(lines, start)
    title = lines[title_at].text if title_at is not None else None
    blocks: list[Block] = []
    captions: list[str] = []
    removed: list[Removed] = []
    after_image = False
    for i, line in enumerate(lines):
        if i in (title_at, subtitle_at):
            continue
        reason = line.reason or ("caption" if after_image and start <= i < end else None)
        after_image = line.reason == "photo file name"
        if reason == "caption" and start <= i < end:
            captions.append(line.text)
        elif reason:
            removed.append(Removed(line.text, reason))
        elif not start <= i < end:
            where = "repeats the title" if line.text == title else ("before" if i < start else "after") + " the article"
            removed.append(Removed(line.text, where))
        else:
            blocks.append(_block(line.text))
    subtitle = lines[subtitle_at].text if subtitle_at is not None else None
    return Cleaned(title, tuple(blocks), tuple(captions), tuple(removed), subtitle)


def _judge(text: str, v: Vocab) -> Line:
    bare = BULLET.sub("", text)
    low = bare.lower()
    key = compact(bare)
    reason = None
    if not key:
        reason = "no words"
    elif v.widget_line.fullmatch(key):
        reason = "widget label"
    elif IMAGE_FILE.match(bare):
        reason = "photo file name"
    elif low.startswith(v.chrome_prefixes):
        reason = "page chrome"
    elif _is_byline(bare, low, v):
        reason = "byline"
    elif len(bare) < 400 and any(m in low for m in v.credit_markers):
        reason = "caption"
    good = reason is None and (len(bare) >= GOOD_LONG or (len(bare) >= GOOD_MIN and bool(TERMINAL.search(bare))))
    return Line(text, reason, good)


def _is_byline(text: str, low: str, v: Vocab) -> bool:
    if len(text) > 150 or TERMINAL.search(text) and len(text) > 60:
        return False
    if DATE.search(text):
        return any(m in low for m in v.byline_markers) or len(DATE.sub("", text).split()) <= 2
    words = low.split()
    return len(words) <= 6 and (low.startswith("by ") or words[-1] in v.byline_markers)


def _article_span(lines: list[Line]) -> tuple[int, int]:
    """[start, end) of the densest run of article lines; all plain lines if there is none."""
    best, best_size = (0, 0), 0
    run_start, run_end, size, gap = -1, -1, 0, 0
    for i, line in enumerate(lines):
        if line.good:
            if run_start < 0 or gap > MAX_GAP:
                run_start, size = i, 0
            run_end, gap = i + 1, 0
            size += len(line.text)
            if size > best_size:
                best, best_size = (run_start, run_end), size
        elif line.reason not in ("caption", "photo file name"):
            gap += 1
    if best_size:
        return best
    return 0, len(lines)


def _title(lines: list[Line], start: int) -> tuple[int | None, int | None]:
    """Indexes of the title and subtitle among the plain lines just above the article."""
    above = [i for i in range(start) if lines[i].reason is None][-TITLE_WINDOW:]
    if not above:
        return None, None
    texts = [ln.text for ln in lines]
    repeated = [i for i in above if texts.count(texts[i]) > 1]
    title = repeated[0] if repeated else max(above, key=lambda i: len(texts[i]))
    later = [i for i in above if i > title]
    return title, (later[0] if later else None)


def _block(text: str) -> Block:
    if BULLET.match(text):
        return Block("item", BULLET.sub("", text), 1)
    if SUBHEAD_MARK.match(text) or (len(text) < 100 and not TERMINAL.search(text)):
        return Block("heading", text, 2)
    return Block("paragraph", text)
