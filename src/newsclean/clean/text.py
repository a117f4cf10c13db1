"""Plain text that still carries page chrome -> Cleaned.

Lines a ruby reading split (base word, "（", reading, "）") are first joined back, and so
are lines a dump broke at a colon (": Stadt der Superlative"). Each line is then judged on
its own: a second copy of the article (a long line holding other lines whole), widget label
(also any line repeated on the page: labels, placeholders of ads and blocked embeds), byline,
photo file name, caption, notice (cookie, newsletter, social media, wire credits;
``vocab.notice``), copyright notice, chrome phrase, a "related"/"comments" heading, a deal's button, an
embedded post's signature; a photo credit alone on its line makes the line over it a caption
too (``_credited``), and a box goes whole, known by its widget or its frame: the product's
name over a deal's button, a post's text over its signature (``_headed_widgets``), a
newsletter's name and blurb over its sign-up form (``_signup_boxes``), a fact box from its
heading to its source (``_fact_boxes``). Then by
position: the article is the run of sentence-like lines with the most text (short sentences
count for it; joined with nearby runs a widget split off, unless one is a list); the title
and subtitle are plain lines above it (``_title``: near it, or further up past a box; the
title may also open it, and loses a label or kicker glued to it). Inside it, a short line
stays when it is a sentence or article text follows it (a sub-head), a teaser box the
article shows twice goes (``_boxed_twice``), and a related list (after its heading, or a
teaser's headline said twice in its line) lasts until the article resumes (a long line, or
two article lines in a row once a teaser's date was seen). Everything else is chrome, each
line with its reason.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from ..model import Block, Cleaned, Removed
from .vocab import (
    COPYRIGHT_SIGN, DEAL, MAX_NOTICE, Vocab, compact, copyright_prose, is_dateline, is_post_signature, is_reading_time, notice,
    PROFILE_FIELDS, person_boxes, profile_field, vocab, widget,
)

BULLET = re.compile(r"^[•·◦▪▫‣∙*\-–—]\s+")
SUBHEAD_MARK = re.compile(r"^[■□◆◇●○▲△▶▷◎※]\s*")
IMAGE_FILE = re.compile(r"^\S.{0,80}\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)$", re.IGNORECASE)
DATE = re.compile(r"\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}|\d{1,2}:\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b", re.IGNORECASE)
# A sentence followed by a short unpunctuated credit ("... 연설하고 있다. 뉴시스"): a photo caption.
# The same in CJK papers: a caption ends in its credit after a full-width equals sign ("…国民＝ＡＰ").
# The full stop ends a sentence, not a title before a name or an initialism ("… Trans Rep. Zooey
# Zephyr", "… Japan-U.S. Pact"), nor a list's number ("3. Workers' rights strengthened"); an initial
# does ("(Robert F. Bukaty / AP)").
# (One leading class, so the search tries one pattern per character.)
CREDIT_TAIL = re.compile(r"[.＝](?:(?<=[.])(?<!\.[A-Z]\.)(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)(?<!^\d\.)(?<!^\d\d\.)\s+[^\s.!?]{1,12}(?:\s[^\s.!?]{1,12}){0,2}|(?<=＝)[^＝。]{1,20})$")
# A photo credit at a line's end, the photographer or picture desk and the agency joined by a slash
# ("… Stefan Rousseau/via Reuters", "Martin Schutt/dpa", "Getty Images/iStockphoto)"): a caption's, or
# a menu's pair of sections ("TV/Radio"); an agency named "… Images" ("Jane Roe/GC Images"); never how article text ends ("… 301 Wh/kg."), nor a job ad's
# "(m/w/d)".
SLASHED_CREDIT = re.compile(r"(?<![/.:\w])[^\W\d_][\w.'’-]+(?: (?:via )?[^\W\d_][\w.'’-]*)?/(?:via )?[^\W\d_][\w.'’-]*(?: Images)?(?:/[\w.'’-]+)*(?<![.'’-])\)?$")
# A photo credit with a slash a dump glued to the caption's last sentence ("… wieder zu Kräften zu
# kommen.Unsplash/Jane Roe"): a word with a capital right after the full stop, no space; not a URL's
# path nor an abbreviation ("U.S./Canada").
GLUED_CREDIT = re.compile(r"(?<=[^\W\d_]{2}[.!?])[^\W\d_a-z][\w'’-]*(?: [^\W\d_][\w'’-]*)?/[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}(?<![.'’-])$")
SENTENCE_BREAK = re.compile(r"[.!?。] ")  # before the credit, a caption has one such break at most: more is a signed paragraph
TERMINAL = re.compile(r"[.!?。\"”’'」』)\]]$")
WIDE = re.compile(r"[\u1100-\u11ff\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff60]")
RUBY_BRACKETS = {"（": "）", "(": ")"}  # a ruby reading's brackets, each on a line of its own
TRUNCATED = re.compile(r"(?:\.\.\.|…)\W{0,2}$")  # a teaser cut short, not article text
# A line ending as a sentence or a clause of one ends ("… are expected to:", "… infrastructure;"), a
# closing quote or bracket after it ("„Ich weiß, welche Namen sie mir genannt haben.“"): no sub-head.
CLAUSE_END = re.compile(r"[.!?:;。？！][\"”’'“»」』)]*$")

END = "heads a related/comments section"
NO_WORDS = "no words"
DOUBLED = "the same text twice"  # a teaser's headline and its picture's text, a button's label and its tooltip
COPY = "holds other lines of the page"
REPEATS = "repeated on the page"
TWICE = "shown twice in the article"  # a teaser box the article shows twice: its headline and blurb are no article text
COPYRIGHT = "copyright notice"  # the article does not go on past one
DATE_LINE = "date line"  # a date and its label's words only ("Offentliggjort torsdag 06. feb 2025 17:25"), no byline's marker
CHROME = "page chrome"  # a chrome phrase (``vocab.chrome_start``)
SIGNUP_NOTICES = frozenset({"sign-up terms", "newsletter notice"})  # the terms under a sign-up form
FORM_REASONS = frozenset({"widget label", END, CHROME, "link", NO_WORDS})  # a form's labels and buttons
BOX_FORM = 4  # lines of a sign-up form between a newsletter's blurb and its terms, at most
BOX_BLURB = 250  # characters of a newsletter's blurb
BOX_NAME = 50  # characters of a newsletter's name, or of a form's field
COPY_MIN = 1000  # characters of a line that may be a second copy of the article
MAX_LONG_NOTICE = 1500  # characters of a notice whose first sentence says what it is (``_long_notice``)
FIRST_SENTENCE = re.compile(r".*?[.!?](?=\s|$)")
MAX_CAPTION = 500  # characters: a longer line is no caption, whatever credit it ends in (a wire caption may run to 450)
APPEAL_TAIL = 40  # characters at a line's end where an appeal's button glued to it is looked for
WIDGET_MAX = 120  # characters of a widget's line: a deal's button, an embedded post's signature, a poll's count
POST = "embedded post"  # a post the page embeds: its signature ("— Jane Roe (@janeroe) May 6, 2025") and its text over it
FACT_BOX = "fact box"  # a box of facts inside the article, from its heading to its source (``_fact_boxes``)
NEWSLETTER = "newsletter box"  # a newsletter's name and blurb over its sign-up form (``_signup_boxes``)
POLL = "poll"  # a poll's question and answers (``_polls``)
POLL_QUESTION, POLL_ANSWER, POLL_ANSWERS = 200, 60, 8  # characters of a poll's question and of an answer; answers at most
POLL_OPEN = 3  # answers at least of a poll with no stock answers (a yes and a no are two)
ATTRIBUTION = "a quote's attribution"  # "Jana Berg, Deutsches Institut für Wirtschaftsforschung" on its own line (``_attribution``)
ATTRIBUTION_WORDS = 8  # words of the role or organisation after the name
PERSON = "person box"  # a box about a person: "Jane Doe", "Age: 54", "Party: Labour" (``vocab.person_boxes``)
BOXED = frozenset({DEAL, POST, NEWSLETTER, FACT_BOX, POLL, PERSON})  # lines of a box, known by the widget beside them or the lines around them
BOX_HEADING = 40  # characters of a fact box's heading
BOX_LINES = 15  # lines of a fact box at most, and lines above it where the article is
BOX_LINE = 300  # characters of a fact box's line at most
PRODUCT_NAME = 100  # characters of a product's name over a deal's button
MAX_POST = 400  # characters of an embedded post's text (a post of 280 and its links)
CREDIT_MAX = 40  # characters of a photo credit on a line of its own
MIN_HELD = 30  # characters of a line that a caption beside it holds whole, to be that caption's text
REPEATED = 3  # a line seen this often on the page is a label or a placeholder (ad slot, blocked embed), not text
GOOD_MIN = 80  # a sentence-like line at least this long is article text...
GOOD_LONG = 200  # ...and so is any line this long (sizes count CJK characters twice)
MAX_GAP = 4  # lines of other text that may sit between two article lines
LATE_DISCOUNT = 0.5  # a run starting at the end of the page counts this much less (footers, consent)
JOIN_GAP = 12  # plain lines between two runs that are still one article
JOIN_MIN = 600  # characters of article text in each of two runs joined...
JOIN_SHARE = 0.4  # ...or this share of the best run, when less
TITLE_WINDOW = 8  # how far above the article the title is looked for (plain lines)...
FRAMED_WINDOW = 40  # ...and one the page shows again, past a paywall, video or share box
OPENING_WINDOW = 5  # lines after the article's first line where its title may be, and after the title its date
DATED_MAX = 80  # characters of a line that is a date line or byline when it holds a date
HEADLINE_WORDS = 4  # words of a headline at least (menu labels, topic links, kickers, names have fewer)...
HEADLINE_WIDE = 10  # ...or wide characters (Han, kana, Hangul: few spaces or none)...
HEADLINE_MAX = 200  # ...and its size at most
MENU_RUN = 16  # capitalised words in a row on a line like a headline: a menu's labels run together
MENU_WORDS = 6  # fewer words, between two such lines: a menu item (a headline has this many most often)
PART_BREAK = re.compile(r"\s*[|•·]\s*")  # between the parts of a byline's or date line's line ("Jane Roe | 3 May 2024 • 4 min read")
SHORT_PART = 40  # characters of such a part at most
SITE_SEPARATORS = "|-–—:/·•"  # between a headline and the site's name in a line that repeats it
HEADLINE_ENDS = (".", ":", ",", "…")  # a sentence, a label, a teaser cut short: no headline
# A kicker glued before the headline on its line ("Minderheit in Syrien - Drusen fordern Teilhabe …"): a
# few words, then the hyphen a page puts between two parts of a line (a dash inside a headline is "–"; a
# bar is as often part of the headline: "Milan Design Week 2018 | Michael Anastassiades’ light installation").
GLUED_WORDS = 3  # words glued to a headline the page shows alone elsewhere ("… Back to video")
GLUED_KICKER = re.compile(r"(?P<kicker>[^\s.!?:]+(?: [^\s.!?:]+){0,3}) - (?P<headline>\S.*)")
# A handle ("@MetroUK"), an icon's name ("account_circle") or a breadcrumb ("Home › News › Politics", "Home »
# News » South Africa"): no headline (nor are a language's shapes, ``vocab.no_headline``: "5 min read").
NO_HEADLINE = re.compile(r"(?<!\S)@\w|\w_\w|\s[›>»]\s.*\s[›>»]\s")
# A menu's labels a dump ran together with no space ("NewsSportWeatherTV", "FootballBoxingMMAGolf"): three
# times or more in one word a capital right after a small letter or a digit. Names have one or two
# ("iPhone", "McDonald's", "OpenAI", "PlayStation"); a headline spaces its words.
GLUED_LABELS = re.compile(r"(?:[^\s]*?[a-z0-9ß-öø-ÿ][A-ZÀ-ÖØ-Þ]){3}")
RUBY_MAX = 20  # characters of a ruby reading
LINE_COST = 20  # characters each plain line inside a run counts against it, besides its own
LIST_MIN = 5  # good lines, each apart from the one before: a list of teasers (a name above each blurb)...
LIST_DISCOUNT = 0.5  # ...counts this much less
BYLINE_WORDS = 6  # words of a byline at most
SIGNED_PREFIX = 6  # characters of a line that hold its by-word ("von ", "par ")
BIO_WINDOW = 5  # the article's last lines where an author's bio is looked for
JOINER_MAX = 3  # letters of a lower-case word joining the names of a byline ("et", "und", "and", "von")


@dataclass(frozen=True)
class Line:
    text: str
    reason: str | None  # why the line is chrome on its own, or None
    good: bool  # sentence-like article text


class Run(NamedTuple):
    """Lines ``start`` to ``end`` (not included): good lines at most MAX_GAP plain lines apart."""

    start: int
    end: int
    size: int  # its article text, less what lies between (``_runs``)
    listed: bool  # good lines each apart from the one before: a list (teasers, a box of notices)


class Page(NamedTuple):
    """What the title rules read: the lines, their texts, how often the page shows each text
    and each two texts in a row, and the texts joined (where a line shown once is found once)."""

    lines: list[Line]
    texts: list[str]
    counts: Counter[str]
    pairs: Counter[tuple[str, str]]
    joined: str


def clean_plain(text: str) -> Cleaned:
    v = vocab()
    texts = [t for raw in text.splitlines() if (t := " ".join(raw.split()))]
    counts = Counter(texts)
    if any(bracket in counts for bracket in RUBY_BRACKETS):
        texts = _join_ruby(texts)
        counts = Counter(texts)
    if any(t[0] == ":" for t in texts[1:]):
        texts = _join_colons(texts)
        counts = Counter(texts)
    copies = _copies(texts)
    lines = _credited([Line(t, COPY, False) if i in copies else _judge(t, v, counts[t]) for i, t in enumerate(texts)], v)
    lines = _person_boxes(_polls(_fact_boxes(_signup_boxes(_headed_widgets(lines)), v), v), v)
    span = _article_span(lines)
    start, end = span or (0, len(lines))  # no sentence-like lines: keep every plain line
    title_at, title, subtitle_at = _title(lines, start, end, counts)
    boxed = _boxed_twice(lines, start, end)
    blocks: list[Block] = []
    captions: list[str] = []
    removed: list[Removed] = []
    after_image = related = dated = False
    for i, line in enumerate(lines):
        if i == start:
            related = False  # a related list above the article ends where the article starts (its title may open it)
        if i in (title_at, subtitle_at):
            continue
        reason = line.reason or ("caption" if after_image and start <= i < end else None)
        if reason is None and i in boxed:
            reason = TWICE
        after_image = line.reason == "photo file name"
        if reason is None and len(line.text) <= 40 and v.comment_count.match(line.text.lower()):
            reason = END  # a count of comments ("12 Comments"), judged here: the title rules read it as a plain line
        if reason == END or line.reason == END or reason is None and _doubled(line.text):  # until the article resumes: a long article line, or two in a row
            related, dated = True, False
            reason = reason or DOUBLED
        elif related and line.reason == "byline":
            dated = True  # teasers, each with its date: their blurbs are long, only two article lines in a row end them
        elif related and start <= i < end and reason is None:
            after = _next_plain(lines, i, end)
            long = not dated and _size(line.text) >= GOOD_LONG
            related = not (line.good and (long or (after is not None and after.good)))
            reason = "in a related/comments section" if related else None
        if reason == "caption" and start <= i < end:
            captions.append(line.text)
        elif reason:
            removed.append(Removed(line.text, reason))
        elif not start <= i < end:
            where = "repeats the title" if line.text == title else ("before" if i < start else "after") + " the article"
            removed.append(Removed(line.text, where))
        elif span and not line.good and not _sentence(line.text) and (after := _next_plain(lines, i, end)) is not None and not after.good:
            removed.append(Removed(line.text, "short line between article lines"))  # not a sub-head
        elif _signed(line.text, v) or _named_over_date(lines, i):
            removed.append(Removed(line.text, "byline"))
        elif not line.good and _attribution(line.text):
            removed.append(Removed(line.text, ATTRIBUTION))
        elif is_reading_time(line.text, v):
            removed.append(Removed(line.text, "reading time"))  # "3 Min.", "Lesezeit: 4 Minuten" (the title rules read it as a plain line)
        else:
            blocks.append(_block(line.text))
    blocks = _before_bio(blocks, removed, v)
    subtitle = lines[subtitle_at].text if subtitle_at is not None else None
    return Cleaned(title, tuple(blocks), tuple(captions), tuple(removed), subtitle)


def _before_bio(blocks: list[Block], removed: list[Removed], v: Vocab) -> list[Block]:
    """The blocks up to an author's bio among the last BIO_WINDOW (``vocab.bio``: "Jane Roe is a
    senior correspondent for …"), which ends the article: it and what follows it go (a promo or
    two, less than half the text above it: the article). Not a line of news about a source
    (``_news_of``)."""
    sizes = [len(b.text) for b in blocks]
    for i in range(max(0, len(blocks) - BIO_WINDOW), len(blocks)):
        if v.bio.match(blocks[i].text) and sum(sizes[i + 1 :]) < sum(sizes[:i]) / 2 and not _news_of(blocks[i].text, blocks[i + 1 :], v):
            removed.extend(Removed(b.text, "about the author") for b in blocks[i:])
            return blocks[:i]
    return blocks


def _news_of(text: str, later: list[Block], v: Vocab) -> bool:
    """Is a line like a bio news about a source: it reports speech ("…, the court heard"), or a
    later line names its person again ("Maria Lopez is a professor … who led the study." and
    "Lopez said …")?"""
    if v.attribution.search(text.lower()):
        return True
    words = text.split()
    name = words[: next((i for i, w in enumerate(words) if not _capitalised(w)), len(words))]  # "Maria Lopez", "Manuela Conrad" (before "is", "ist")
    return bool(name) and any(name[-1] in b.text for b in later)


def _boxed_twice(lines: list[Line], start: int, end: int) -> set[int]:
    """Indexes of the lines of a box the article shows twice: lines with a headline's words
    or more, each shown twice in the article with the line before or after it both times, in
    a run that opens with a line like a headline right after a line of chrome (after "Czytaj
    więcej" and "Polityka", a teaser's headline and blurb). Not a run after a line of text (a
    page may show a notice twice where the article holds two embeds, and the article holds
    the notice), nor one opening with a sentence (a recipe's lines under a repeated label)."""
    texts = [ln.text for ln in lines[start:end]]
    pairs = Counter(zip(texts, texts[1:]))

    def twice(i: int) -> bool:  # i: an index into ``texts``
        return (i > 0 and pairs[(texts[i - 1], texts[i])] > 1) or (i + 1 < len(texts) and pairs[(texts[i], texts[i + 1])] > 1)

    def plain(i: int) -> bool:
        return lines[start + i].reason is None

    boxed = set()
    for i in (i for i in range(len(texts)) if plain(i) and twice(i)):
        first = i
        while first > 0 and plain(first - 1) and twice(first - 1):
            first -= 1
        if first > 0 and not plain(first - 1) and _headline_like(texts[first]) and not _few_words(texts[i]):
            boxed.add(start + i)
    return boxed


def _copies(texts: list[str]) -> set[int]:
    """Indexes of the long lines that hold other lines of the page whole, for half their
    length at least: the article a second time in one line (a hidden copy for print or
    read-aloud)."""
    long = [i for i, t in enumerate(texts) if len(t) >= COPY_MIN]
    if not long:
        return set()
    parts = [t for t in texts if GOOD_MIN <= len(t) < COPY_MIN]
    return {i for i in long if 2 * sum(len(p) for p in parts if p in texts[i]) >= len(texts[i])}


def _join_ruby(texts: list[str]) -> list[str]:
    """Lines a ruby reading split ("…韓国の", "尹錫悦", "（", "ユンソンニョル", "）", "大統領は…")
    joined back into one line: the base word with its reading in brackets, and the lines
    around them (the one before unless it ends a sentence), each break a space as elsewhere."""
    out: list[str] = []
    i = 0
    while i < len(texts):
        close = RUBY_BRACKETS.get(texts[i])
        if close and out and i + 2 < len(texts) and texts[i + 2] == close and len(texts[i + 1]) <= RUBY_MAX:
            group = [f"{out.pop()}{texts[i]}{texts[i + 1]}{close}"]
            if out and not TERMINAL.search(out[-1]):
                group.insert(0, out.pop())
            out.append(" ".join(group + texts[i + 3 : i + 4]))
            i += 4
        else:
            out.append(texts[i])
            i += 1
    return out


def _credited(lines: list[Line], v: Vocab) -> list[Line]:
    """The lines with each photo credit on a line of its own (``_credit``) and the line right
    before it (its caption, when a plain line of a caption's size) set apart as captions; and
    a plain line that a caption next to it holds whole (the picture's text shown twice, once
    alone and once glued to its credit: "Photo: Jane Roe/APThe mayor speaks …")."""
    out = list(lines)
    for i, line in enumerate(lines):
        if _credit(line.text, v):
            out[i] = Line(line.text, "caption", False)
            j = i - 1
            while j > 0 and lines[j].reason == NO_WORDS:  # "V. l.: Katja Wolf (BSW), …", ":", "Martin Schutt/dpa"
                j -= 1
            if j >= 0 and lines[j].reason is None and len(lines[j].text) < MAX_CAPTION:
                out[j] = Line(lines[j].text, "caption", False)
        elif line.reason == "caption":
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and lines[j].reason is None and len(lines[j].text) >= MIN_HELD and lines[j].text in line.text:
                    out[j] = Line(lines[j].text, "caption", False)
    return out


def _headed_widgets(lines: list[Line]) -> list[Line]:
    """The lines with the plain line over a deal's button (the product's name, no sentence:
    "Acme Trail 20 Sleeping Bag" over "$139 at REI") or over an embedded post's signature (the
    post's text, a post's length at most) set apart with it."""
    out = list(lines)
    for i, line in enumerate(lines[1:], 1):
        above = lines[i - 1]
        if above.reason is not None:
            continue
        if line.reason == DEAL and len(above.text) <= PRODUCT_NAME and not CLAUSE_END.search(above.text) or line.reason == POST and len(above.text) <= MAX_POST:
            out[i - 1] = Line(above.text, line.reason, False)
    return out


def _signup_boxes(lines: list[Line]) -> list[Line]:
    """The lines with a newsletter's box set apart: over the terms of a sign-up form (a sign-up
    or newsletter notice), at most BOX_FORM short lines of the form ("Email", "Sign Up", "First
    name (optional)"), over them a blurb, a line of text BOX_BLURB characters at most ("A weekly
    digest of the best of our coverage."), and over it the newsletter's name, a short line that
    is no sentence ("The Weekly"). Both go; not a paragraph of the article over a form with no
    name above it."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.reason not in SIGNUP_NOTICES:
            continue
        j = i - 1
        while j > 0 and i - j <= BOX_FORM and _form_line(lines[j]):
            j -= 1
        blurb, name = lines[j], lines[j - 1]
        if j == i - 1 or j < 1 or blurb.reason is not None or len(blurb.text) > BOX_BLURB or not _box_name(name.text):
            continue
        out[j] = Line(blurb.text, NEWSLETTER, False)
        if name.reason is None:
            out[j - 1] = Line(name.text, NEWSLETTER, False)
    return out


def _fact_boxes(lines: list[Line], v: Vocab) -> list[Line]:
    """The lines with a fact box inside the article set apart: a short heading opening as a
    box's does ("Fakta om …", "Factbox", ``vocab.box_openers``; no sentence), with an article
    line at most BOX_LINES lines above it, down to a line naming the box's source ("Kilde: …",
    "Source: …") at most BOX_LINES lines below, no line between longer than a box's."""
    out = list(lines)
    i = 1
    while i < len(lines):
        heading = lines[i]
        low = heading.text.lower()
        end = None
        if len(low) <= BOX_HEADING and low.startswith(v.box_openers) and not CLAUSE_END.search(low) and any(ln.good for ln in lines[max(0, i - BOX_LINES) : i]):
            for j in range(i + 1, min(len(lines), i + 1 + BOX_LINES)):
                text = lines[j].text
                if len(text) > BOX_LINE:
                    break
                if text.lower().startswith(v.source_openers):
                    end = j
                    break
        if end is None:
            i += 1
            continue
        out[i : end + 1] = [Line(ln.text, ln.reason or FACT_BOX, False) for ln in lines[i : end + 1]]
        i = end + 1
    return out


def _polls(lines: list[Line], v: Vocab) -> list[Line]:
    """The lines with a poll set apart: a question (POLL_QUESTION characters at most) over
    POLL_ANSWERS short lines at most (POLL_ANSWER characters each), up to the next line of
    another size, two of them or more opening with a stock answer ("Ja, unbedingt.", "Nein,
    das wäre Zensur.", "Not sure"; ``vocab.poll_answer``); or a question to the reader
    (``vocab.poll_asks``: "Which remedy do you swear by?") over POLL_OPEN answers or more, one
    of them a stock answer or one in the reader's own voice or picking none ("I never get
    colds.", "None of these"; ``vocab.poll_self``)."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.reason is not None or not line.text.endswith("?") or len(line.text) > POLL_QUESTION:
            continue
        end = i + 1
        while end < len(lines) and end - i <= POLL_ANSWERS and len(lines[end].text) <= POLL_ANSWER and not lines[end].good:
            end += 1
        answers = [a.text.lower() for a in lines[i + 1 : end]]
        stock = sum(v.poll_answer.match(a) is not None for a in answers)
        if stock >= 2 or len(answers) >= POLL_OPEN and v.poll_asks.search(line.text.lower()) and (stock or any(v.poll_self.match(a) for a in answers)):
            out[i:end] = [Line(ln.text, ln.reason or POLL, False) for ln in lines[i:end]]
    return out


def _person_boxes(lines: list[Line], v: Vocab) -> list[Line]:
    """The lines with boxes about a person set apart (``vocab.person_boxes``: "Jane Doe",
    "Age: 54", "Party: Labour"); not a sentence-like line."""
    fields = [i for i, ln in enumerate(lines) if profile_field(ln.text, v)]
    at = frozenset(person_boxes([ln.text for ln in lines], fields)) if len(fields) >= PROFILE_FIELDS else frozenset()
    return [Line(ln.text, ln.reason or PERSON, False) if i in at and not ln.good else ln for i, ln in enumerate(lines)] if at else lines


def _named_over_date(lines: list[Line], i: int) -> bool:
    """An author's names alone on a line right over a date line ("Jane Roe", "Trine Juncher
    Jørgensen og Tôrtia Reimer-Johansen" over "Published: 09:15, 3 Mar 2026"): a byline with no
    by-word, two to BYLINE_WORDS capitalised words of letters besides short joiners. Judged
    only where the article's lines are set out, as ``_signed``."""
    text = lines[i].text
    return i + 1 < len(lines) and lines[i + 1].reason in ("byline", DATE_LINE) and _names_alone(text) and not _doubled(text)


def _attribution(text: str) -> bool:
    """Who a pull quote or an expert's box is by, on a line of its own: a name of two or three
    capitalised words, a comma, and a role or organisation of up to ATTRIBUTION_WORDS words
    opening with a capital ("Jana Berg, Deutsches Institut für Wirtschaftsforschung", "Tom
    Lind, Chief Economist at Nordbank"), no sentence's end. Not a sub-head whose words a
    language capitalises, then goes on in lower case ("Starker Basistarif, auch im Vergleich")."""
    if len(text) > DATED_MAX or CLAUSE_END.search(text):
        return False
    name, comma, tail = text.partition(", ")
    return bool(comma) and 2 <= len(name.split()) <= 3 and _names_alone(name) and tail[:1].isupper() and len(tail.split()) <= ATTRIBUTION_WORDS


def _names_alone(text: str) -> bool:
    names = _names(text.replace(",", " ").split())
    return 2 <= len(names) <= BYLINE_WORDS and all(w[0].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in names)


def _form_line(line: Line) -> bool:
    """A line of a sign-up form: a field's or button's label, a chrome phrase, or a short plain line."""
    return line.reason in FORM_REASONS or line.reason is None and not line.good and len(line.text) <= BOX_NAME


def _box_name(text: str) -> bool:
    """A box's name: short, no sentence ("The Morning Briefing", "Daily Digest")."""
    return len(text) <= BOX_NAME and not CLAUSE_END.search(text)


def _credit(text: str, v: Vocab) -> bool:
    """A photo credit alone: in brackets, a few names, each word capitalised ("(Christie's)",
    "(Bespoke Real Estate)"; not a note: "(öffnet im neuen Fenster)", "(1)"), the names of a
    photographer and an agency joined by a slash ("Martin Schutt/dpa"), or after a credit
    word ("Foto: picture alliance / prisma TPX")."""
    if len(text) > CREDIT_MAX:
        return False
    if not (text.startswith("(") and text.endswith(")")):
        return SLASHED_CREDIT.fullmatch(text) is not None or v.credit_marker.match(text.lower()) is not None
    words = text[1:-1].replace("/", " ").split()
    return bool(words) and all(w[0].isupper() for w in words)


def _join_colons(texts: list[str]) -> list[str]:
    """Lines that open with a colon joined to the line before: a dump breaks a headline and
    its kicker, or a label and its value, where the page set them in two pieces ("Stuttgart
    hat's drauf", ": Stadt der Superlative"; "Ressort", ":Deutschland")."""
    out = texts[:1]
    for t in texts[1:]:
        if t[0] == ":" and len(t) > 1:
            out[-1] = f"{out[-1]}: {t[1:].lstrip()}"
        else:
            out.append(t)
    return out


def _next_plain(lines: list[Line], i: int, end: int) -> Line | None:
    """The next line after ``i`` (before ``end``) that is not chrome on its own, or that is a
    box's line only beside its widget (``BOXED``: it was a plain line until a rule knew the
    widget, and adding rules must not make a short line over it a sub-head)."""
    return next((ln for ln in lines[i + 1 : end] if ln.reason is None or ln.reason in BOXED), None)


def _judge(text: str, v: Vocab, count: int = 1) -> Line:
    bare = BULLET.sub("", text)
    low = bare.lower()
    key = compact(bare)
    reason = None
    if not key:
        reason = NO_WORDS
    elif count >= REPEATED:
        reason = REPEATS
    elif len(bare) <= 40 and v.end_heading_start.match(low):
        reason = END
    elif v.widget_line.fullmatch(key):
        reason = "widget label"
    elif low.rstrip(" .)").endswith(v.link_notes):
        reason = "link"  # "Careers (opens in a new window)", a job ad's or a menu's link
    elif IMAGE_FILE.match(bare):
        reason = "photo file name"
    elif kind := notice(low, v) or _long_notice(low, v):
        reason = kind
    elif len(bare) < 300 and low.startswith(v.copyright_markers) and not _copyright_prose(bare, low, v):
        reason = COPYRIGHT
    elif v.chrome_start.match(low) and not _copyright_prose(bare, low, v):
        reason = CHROME
    elif _is_byline(bare, low, v):
        reason = "byline"
    elif len(bare) <= DATED_MAX and DATE.search(bare) and is_dateline(bare, v):
        reason = DATE_LINE
    elif len(bare) <= WIDGET_MAX and (kind := widget(bare, v)):
        reason = kind  # a deal's button, a poll's count of votes, a gallery's counter
    elif len(bare) <= WIDGET_MAX and is_post_signature(bare, v):
        reason = POST
    elif len(bare) <= MAX_LONG_NOTICE and v.appeal.search(low, max(0, len(low) - APPEAL_TAIL)):
        reason = "appeal"  # "… the journalism you rely on.Become a Member": a donation or membership box and its button
    elif bare.startswith('{"'):
        reason = "code"  # a script's data shown as text
    elif len(bare) < MAX_CAPTION and (
        v.credit_marker.search(low) or v.credit_opener.match(low) or bare.endswith(" (")
        or (_credit_tail(bare) or _placed(bare, low, v)) and len(SENTENCE_BREAK.findall(bare)) < 2
        or "/" in bare[-CREDIT_MAX:] and (SLASHED_CREDIT.search(bare) or GLUED_CREDIT.search(bare))
    ):
        # a credit word, "FILE - " opening it, a sentence or two ending in a credit ("… 연설하고 있다. 뉴시스") or
        # saying where a person stands ("Jane Doe, left, and …"), or cut before a credit ("… to grow (")
        reason = "caption"
    good = (
        reason is None
        and not TRUNCATED.search(bare)
        and ((size := _size(bare)) >= GOOD_LONG or (size >= GOOD_MIN and bool(TERMINAL.search(bare))))
    )
    return Line(text, reason, good)


def _placed(text: str, low: str, v: Vocab) -> bool:
    """Does the line say where a person stands in the picture (``vocab.place_marker``)? A
    comma's marker (", left,") only after a name or a word after a determiner ("Jane Doe, left,",
    "The mayor, left,"), not after a verb ("those who could, left, …") nor before another place
    ("left, right and centre")."""
    for m in v.place_marker.finditer(low):
        if not m.group().startswith(","):
            return True  # "(left)", "from left:", "second from right"
        before = text[: m.start()].split()
        after = low[m.end() :].split()
        if after and after[0].strip(",.") in v.place_words:
            continue
        if before and (before[-1][:1].isupper() or len(before) > 1 and before[-2].lower() in v.named_before):
            return True
    return False


def _credit_tail(text: str) -> bool:
    """A short credit after the line's sentence (``CREDIT_TAIL``): names, so no word of several
    in lower case, and no colon or comma at its end ("… on Monday. Jane Roe", "… 있다. 뉴시스";
    not a sentence's first words a dump broke off, "… genannt. Es soll", nor a list's lead-in,
    "… trading. Key elements include:")."""
    m = CREDIT_TAIL.search(text)
    if m is None:
        return False
    words = m.group()[1:].split()
    return not words[-1].endswith((":", ",", ";")) and (len(words) == 1 or not any(w[0].islower() for w in words))


def _copyright_prose(text: str, low: str, v: Vocab) -> bool:
    """A sentence that opens with a copyright marker's word and holds no sign or year of a
    notice ("Copyright holders say the rules …"), or goes on as prose (``copyright_prose``:
    "Copyright lawyers say the ruling, issued in March 2024, …"): not a notice that ends the article."""
    return low.startswith(v.copyright_markers) and _sentence(text) and (not COPYRIGHT_SIGN.search(low) or copyright_prose(text, low, v))


def _long_notice(low: str, v: Vocab) -> str | None:
    """A notice too long for ``notice`` (a consent text for embeds may run to 800 characters):
    its first sentence alone is a notice and speaks to the reader ("Um eingebettete Inhalte
    anzuzeigen, ist deine Einwilligung … notwendig …"; a story's long paragraph about cookies
    and consent does not say "you" in its first sentence)."""
    if len(low) <= MAX_NOTICE or len(low) > MAX_LONG_NOTICE:
        return None
    head = FIRST_SENTENCE.match(low)
    return notice(head[0], v) if head and v.reader.search(head[0]) else None


def _doubled(text: str) -> bool:
    """Is the line one text said twice ("Mike Johnson’s Art of the Deal Mike Johnson’s Art of
    the Deal", "Link kopieren Link kopieren"): a link's text and its picture's, a label and its
    tooltip, never a line of prose."""
    half, odd = divmod(len(text), 2)
    if odd:
        return text[half] == " " and text[:half] == text[half + 1 :]
    return half > 0 and text[:half] == text[half:]


def _size(text: str) -> int:
    """Length with Hangul, kana, Han, CJK punctuation and full-width forms counted twice (they
    say more per character, or take two columns)."""
    return len(text) + len(WIDE.findall(text))


def _is_byline(text: str, low: str, v: Vocab) -> bool:
    if len(text) > 150 or TERMINAL.search(text) and len(text) > 60:
        return False
    if text[0].isdigit() and is_dateline(text, v):
        return True  # "3. Mai 2024, 17:47", "21. Mai 2026": a date line, no list's numbered sub-head
    if DATE.search(text):
        return any(m in low for m in v.byline_markers) or len(DATE.sub("", text).split()) <= 2
    words = v.byline_tail.sub("", low).split()
    if low.startswith("by "):
        return len(words) <= BYLINE_WORDS or _signed(text, v)  # "By Jane Doe, John Roe and Ann Poe"
    return len(words) <= BYLINE_WORDS and words[-1] in v.byline_markers


def _signed(text: str, v: Vocab) -> bool:
    """A byline inside the article in any language: a language's "by" and then names (up to
    BYLINE_WORDS words besides the joiners), every word capitalised but a short joiner ("Von Eileen Wagner", "Von Robin Amberg, Volontär
    (Sport)", "Par Le Figaro et AFP"); not a sub-head or sentence opening with the same word
    ("Von der Leyen warnt vor …", "Di Maio attacca Conte"). Judged only where the article's
    lines are set out, so that the title rules read the page as before."""
    if len(text) > DATED_MAX or not text[:SIGNED_PREFIX].lower().startswith(v.by_words):
        return False
    names = _names(text.split()[1:])
    return 0 < len(names) <= BYLINE_WORDS and all(_capitalised(w) for w in names)


def _names(words: list[str]) -> list[str]:
    """A byline's words less the short lower-case joiners ("and", "und", "et"): three authors
    ("By Jane Doe, John Roe and Ann Poe") have as many words as two with their role."""
    return [w for w in words if not (len(w) <= JOINER_MAX and w.islower())]


def _capitalised(word: str) -> bool:
    """Does the word's first letter stand in upper case ("(Sport)", "Amberg,")?"""
    first = next((c for c in word if c.isalpha()), "")
    return first.isupper() or not first


def _article_span(lines: list[Line]) -> tuple[int, int] | None:
    """[start, end) of the article: the run of sentence-like lines with the most text (less
    the other text inside it, and less when it starts late), joined with nearby runs; None
    if there is no such line."""
    runs = _runs(lines)
    if not runs:
        return None
    weight = [run.size * (1 - LATE_DISCOUNT * run.start / len(lines)) for run in runs]
    best = max(range(len(runs)), key=weight.__getitem__)
    first = last = best
    least = min(JOIN_MIN, JOIN_SHARE * runs[best].size)  # a short article's parts are short
    while first > 0 and _joinable(lines, runs[first - 1], runs[first], least):
        first -= 1
    while last + 1 < len(runs) and _joinable(lines, runs[last], runs[last + 1], least):
        last += 1
    end = runs[last].end
    return runs[first].start, end + (end < len(lines) and _cut_short(lines[end]))


def _cut_short(line: Line) -> bool:
    """A paragraph cut off where a paywall begins ("...の想定震源域..."): sentence-long text
    ending in an ellipsis, right after the article's last line."""
    return line.reason is None and bool(TRUNCATED.search(line.text)) and _size(line.text) >= GOOD_MIN


def _runs(lines: list[Line]) -> list[Run]:
    """The runs of good lines; each plain line (or notice, ``_parting``) inside a run counts
    against it, its text and LINE_COST more (text broken by many short lines is less likely one
    article), but a plain short sentence (``_sentence``) for it, as article text; a list (good
    lines each apart from the one before, no sentence between) counts less."""
    runs: list[Run] = []
    start, end, size, gap, between, ended, count, split = -1, -1, 0, 0, 0, False, 0, 0
    prose = -1  # the index after the last short sentence

    def close() -> None:
        listed = count >= LIST_MIN and split == count - 1
        runs.append(Run(start, end, int(size * (1 - LIST_DISCOUNT)) if listed else size, listed))

    for i, line in enumerate(lines):
        if line.good:
            if start >= 0 and (gap > MAX_GAP or ended):
                close()
                start = -1
            if start < 0:
                start, size, count, split = i, 0, 0, 0
            else:
                size -= between
                split += i > max(end, prose)
            end, gap, between, ended = i + 1, 0, 0, False
            size += len(line.text)
            count += 1
        elif line.reason == COPYRIGHT:
            ended = True
        elif line.reason is None or _parting(line):
            gap += 1
            if line.reason is None and _sentence(line.text):
                between -= len(line.text)
                prose = i + 1
            else:
                between += len(line.text) + LINE_COST
    if start >= 0:
        close()
    return runs


def _parting(line: Line) -> bool:
    """A notice, a chrome phrase or a date line (``DATE_LINE``): other text between two article lines, as a plain line is
    (each was a plain line until a rule knew it, and adding rules must not join runs)."""
    return line.reason in (CHROME, DATE_LINE) or line.reason in vocab().notice_reasons


def _joinable(lines: list[Line], left: Run, right: Run, least: float) -> bool:
    """Two runs are one article split by a widget: a short gap (plain lines and notices),
    and neither run is smaller than ``least`` nor a list."""
    between = lines[left.end : right.start]
    if any(line.reason == COPYRIGHT for line in between):
        return False
    gap = sum(1 for line in between if line.reason is None or _parting(line))
    return gap <= JOIN_GAP and min(left.size, right.size) >= least and not (left.listed or right.listed)


def _title(lines: list[Line], start: int, end: int, counts: Counter[str]) -> tuple[int | None, str | None, int | None]:
    """The title's line, the title, and the subtitle's line. The title's line is above the
    article, found by the first of these rules that finds one:

    1. a near headline the page shows again or frames (``_shown_again``);
    2. a line further up the page frames, shows again or sets over its date (``_further_up``);
    3. a title that opens the article (``_opening_title``);
    4. the first near headline, else the longest near line (``_fallback``).

    Near lines are the plain lines just above the article (``_near_window``), less date
    lines; near headlines are those like a headline (``_headline_like``) in no box, menu or
    related list (``_boxed_in``). The title is the headline in its line (``_headline``); the
    subtitle is the near line right after it, when it is like one (``_dek``)."""
    texts = [ln.text for ln in lines]
    page = Page(lines, texts, counts, Counter(zip(texts, texts[1:])), "\n".join(texts))
    plain = _plain_above(page, start)
    window = _near_window(lines, plain)
    near = [i for i in window if not _dated(lines[i])]  # a date line is never the title
    heads = [i for i in near if _headline_like(texts[i]) and not _boxed_in(page, i)]
    title = _shown_again(page, heads)
    if title is None:
        title = _further_up(page, plain, heads)
    if title is None and (opening := _opening_title(page, start, end, heads)) is not None:
        return opening, _headline(texts[opening], counts), None
    if title is None:
        title = _fallback(lines, near, heads, start)
    if title is None:
        return None, None, None
    headline = _headline(texts[title], counts)
    after = next((i for i in window if i > title and texts[i] not in (texts[title], headline)), None)
    if after is not None and not _headline_like(texts[after]) and any(_dated(line) for line in lines[title + 1 : after]):
        after = None  # under the byline or date line, only a line like a headline is the subtitle (not "Shares", "Email App")
    subtitle = after if title in window and after in near and _dek(lines[after]) else None  # a date line under the title is none
    return title, headline, subtitle


def _dek(line: Line) -> bool:
    """Can the line under the title be its subtitle: a headline's words or a sentence, not a
    byline ("By …", "Von …", names alone), a line of a byline's or date line's short parts, a
    kicker, a label or a count ("FAQ", "Dive Deeper", "vor 14 Minuten", "571K")?"""
    text = line.text
    return (
        (line.good or _wordy(text) or _sentence(text))
        and not text.lower().startswith(vocab().byline_markers) and not _names_alone(text) and not _short_parts(text)
    )


def _short_parts(text: str) -> bool:
    """A line of short parts split by bars or bullets: a byline's and date line's ("27. Januar
    2026 • Gregor Meier • 3 Minuten", "Jane Roe|Published 4 months ago") or a menu's, no dek."""
    parts = PART_BREAK.split(text)
    return len(parts) > 1 and all(len(part) <= SHORT_PART for part in parts)


def _plain_above(page: Page, start: int) -> list[int]:
    """The lines above the article that are not chrome on their own, or are shown three times
    or more but have a headline's words and are no chrome shown once either (a title the menu
    and the footer show too, not a gallery's photo credit nor a list's item after a bullet)."""
    lines, texts, v = page.lines, page.texts, vocab()
    return [
        i for i in range(start)
        if lines[i].reason is None
        or lines[i].reason == REPEATS and _wordy(texts[i]) and _judge(texts[i], v).reason is None and not BULLET.match(texts[i])
    ]


def _near_window(lines: list[Line], plain: list[int]) -> list[int]:
    """The plain lines just above the article: the last TITLE_WINDOW of them, not counting
    sentence-like ones (a lead, a summary box) among the last FRAMED_WINDOW."""
    counted = [i for i in plain[-FRAMED_WINDOW:] if not lines[i].good][-TITLE_WINDOW:]
    return [i for i in plain if i >= counted[0]] if counted else plain[-TITLE_WINDOW:]


def _shown_again(page: Page, heads: list[int]) -> int | None:
    """The first near headline the page shows again (a share box, a footer) or frames ("Title |
    Site", "Start / Ausland / Title")."""
    return next((i for i in heads if page.counts[page.texts[i]] > 1 or _framed(page, page.texts[i])), None)


def _further_up(page: Page, plain: list[int], heads: list[int]) -> int | None:
    """The nearest line up to FRAMED_WINDOW plain lines above the article that the page frames
    after a kicker ending in a separator ("Share this Story : Title"); or, when no near
    headline has a headline's words, shows again outside a box; or, when no near headline sits
    right over a byline or date line, has a headline's words and does (not "By …" itself): a
    paywall, video, share or settings box came between the title and the article."""
    texts, lines = page.texts, page.lines
    weak = not any(_wordy(texts[i]) for i in heads)
    unsigned = not any(_dated(lines[i + 1]) for i in heads)
    further = (
        i for i in reversed(plain[-FRAMED_WINDOW:])
        if not _dated(lines[i]) and (
            _headline_like(texts[i]) and _framed(page, texts[i], strict=True)
            or weak and page.counts[texts[i]] > 1 and _wordy(texts[i]) and not _boxed(page, i)
            or unsigned and _wordy(texts[i]) and _dated(lines[i + 1]) and not _boxed_in(page, i)
            and not texts[i].lower().startswith(vocab().byline_markers)
        )
    )
    return next(further, None)


def _fallback(lines: list[Line], near: list[int], heads: list[int], start: int) -> int | None:
    """The first near headline (a subtitle or a video's title may follow it, a kicker or menu
    labels precede it, too short to be one); but the last one when only it has a byline or a
    date line a few lines below and nothing but chrome between it and the article (a "Story
    Saved" box above it, not below); and when the first has a label's few words ("View Full
    Weather Report") and a later one sits right over a byline or a date line (or over its
    subtitle that does), that one. Else the longest near line."""
    if not heads:
        return max(near, key=lambda i: len(lines[i].text), default=None)
    last = heads[-1]
    if not _dated_below(lines, heads[0]) and _dated_below(lines, last) and all(ln.reason for ln in lines[last + 1 : start]):
        return last  # right over the article, with its byline or date line under it
    signed = next((i for i in heads if i + 1 < len(lines) and _dated(lines[i + 1])), None)
    if signed is None or _wordy(lines[heads[0]].text):
        return heads[0]
    while signed - 1 in heads:
        signed -= 1
    return signed


def _headline(text: str, counts: Counter[str]) -> str:
    """The headline in the title's line, without a label, breadcrumb or kicker glued to it."""
    return _without_kicker(_shown_alone(text, counts))


def _shown_alone(text: str, counts: Counter[str]) -> str:
    """The headline in a title line with a few words glued before or after it ("India fires
    missiles … killing at least 26 Back to video", "HomeLatest NewsNollywood Actress, Kate
    Henshaw Is …"), when the page shows it alone too (a label or a breadcrumb took the
    headline's line): the longest such line. Not after a kicker with a colon: pages write it as
    part of the headline ("LTE-Patent: Samsung soll …"); nor with only a time or number glued
    ("… 39 more protests17:56": a live blog's entry, not the headline's own line)."""
    parts = (
        t for t in counts
        if len(t) < len(text) and (text.startswith(t) or text.endswith(t) and not text[: -len(t)].rstrip().endswith(":"))
        and len(glued := text.replace(t, "", 1).split()) <= GLUED_WORDS and any(c.isalpha() for c in "".join(glued)) and _wordy(t)
    )
    return max(parts, key=len, default=text)


def _without_kicker(text: str) -> str:
    """The headline without a kicker glued before it ("Premiere in Eisenhüttenstadt - DDR-Hotel
    Lunik öffnet als Theater …"): the kicker has four words at most, the headline after it more
    words, and starts as a sentence does (not "Zwei Rücktritte - und viele offene Fragen")."""
    m = GLUED_KICKER.fullmatch(text)
    if not m:
        return text
    kicker, headline = m["kicker"], m["headline"]
    starts = not headline[:1].islower()
    return headline if starts and _headline_like(headline) and len(headline.split()) > len(kicker.split()) else text


def _wordy(text: str) -> bool:
    """Like a headline, with a headline's words (not a label of four or five)."""
    return _headline_like(text) and not _few_words(text)


def _boxed_in(page: Page, i: int) -> bool:
    """Is line ``i`` in a box the page shows twice, a menu or a related list?"""
    return _boxed(page, i) or _menu_item(page.lines, i) or _teaser(page.lines, i) or _menu_again(page, i)


def _menu_again(page: Page, i: int) -> bool:
    """Is line ``i`` an item of a menu the page shows twice or more (the header's and the
    footer's, a drawer's): the line and both lines beside it come again together, all three
    shown elsewhere too (an e-book's or a guide's teaser among the site's sections)? ``_boxed``
    does not see it when the lines beside it are on the page everywhere."""
    texts, counts = page.texts, page.counts
    if not 0 < i < len(texts) - 1 or min(counts[texts[j]] for j in (i - 1, i, i + 1)) < 2:
        return False
    three = texts[i - 1 : i + 2]
    return any(texts[j - 1 : j + 2] == three for j in range(1, len(texts) - 1) if j != i and texts[j] == texts[i])


def _opening_title(page: Page, start: int, end: int, heads: list[int]) -> int | None:
    """A title inside the article's first lines: its first line, like a headline and shown
    again by the page, or signed right under it when no near line is like a headline
    (``_signed_below``); or the article opens with a lone line (a photo's caption, a notice, a
    teaser) and a line like a headline follows before the next article line, with a byline or
    a date line a few lines below it (not a byline itself: "By …", "Von …"). None when the
    first near headline has a byline or a date line below it: that one is the title."""
    lines = page.lines
    if heads and _dated_below(lines, heads[0]):
        return None
    if start >= end or not lines[start].good:  # no article
        return None
    if _headline_like(lines[start].text) and (page.counts[lines[start].text] > 1 or not heads and _signed_below(lines, start)):
        return start
    for i in range(start + 1, min(end, start + OPENING_WINDOW)):
        if lines[i].good:
            return None
        text = lines[i].text
        if lines[i].reason is None and _headline_like(text) and not text.lower().startswith(vocab().byline_markers):
            return i if _dated_below(lines, i) else None
    return None


def _signed_below(lines: list[Line], i: int) -> bool:
    """Is a byline or a date line right under line ``i``, or under a short line (the author's
    name over "Published: …") right under it?"""
    below = lines[i + 1 : i + 3]
    return bool(below) and (_dated(below[0]) or len(below) > 1 and not below[0].good and _few_words(below[0].text) and _dated(below[1]))


def _dated_below(lines: list[Line], i: int) -> bool:
    """Is there a byline or a date line a few lines below line ``i``?"""
    return any(_dated(line) for line in lines[i + 1 : i + 1 + OPENING_WINDOW])


def _dated(line: Line) -> bool:
    """A byline, or a short line holding a date."""
    text = line.text
    return line.reason == "byline" or len(text) < DATED_MAX and bool(DATE.search(text)) or is_dateline(text, vocab())


def _teaser(lines: list[Line], i: int) -> bool:
    """Is line ``i`` one of the headlines listed under a related/more heading ("RELATED
    ARTICLES", one headline, another)?"""
    j = i - 1
    while j >= 0 and (lines[j].reason == REPEATS or lines[j].reason is None and _headline_like(lines[j].text)):
        j -= 1
    return j >= 0 and lines[j].reason == END


def _menu_item(lines: list[Line], i: int) -> bool:
    """Is line ``i`` one of a menu's items: short, between two other short plain lines
    ("Cheap broadband", "Broadband in my area", "Broadband and TV deals")?"""
    return _short(lines[i]) and 0 < i < len(lines) - 1 and _short(lines[i - 1]) and _short(lines[i + 1])


def _short(line: Line) -> bool:
    return line.reason is None and _few_words(line.text)


def _sentence(text: str) -> bool:
    """A short paragraph inside the article ("Chris Christie is no angel.", a list's lead-in or item
    "Avoid restricted or prohibited spaces;"): a headline's words, ending as a sentence or a clause
    does, not cut short."""
    wordy = len(text.split()) >= HEADLINE_WORDS or _size(text) - len(text) >= HEADLINE_WIDE
    return wordy and bool(CLAUSE_END.search(text)) and not TRUNCATED.search(text)


def _few_words(text: str) -> bool:
    """Fewer words than a headline has most often (a label, a menu item)."""
    return len(text.split()) < MENU_WORDS and _size(text) - len(text) < HEADLINE_WIDE


def _boxed(page: Page, i: int) -> bool:
    """Is line ``i`` part of a box the page shows twice (share buttons, a menu, a teaser with
    its author)? A line beside it comes again beside it too, one not on the page everywhere
    (a section's name is, above a headline and its teaser both)."""
    texts, counts, pairs = page.texts, page.counts, page.pairs
    text = texts[i]
    return any(
        0 <= j < len(texts) and texts[j] != text and counts[texts[j]] < REPEATED and pairs[(texts[j], text) if j < i else (text, texts[j])] > 1
        for j in (i - 1, i + 1)
    )


def _framed(page: Page, text: str, strict: bool = False) -> bool:
    """Does the page show the line again after a kicker or breadcrumb ("Start / Ausland /
    Title"), or before a separator and the site's name ("Title | Site")? ``strict``: the
    kicker ends in a separator too ("Share this Story : Title", not "x Send this page")."""
    n = len(text)
    return page.joined.count(text) > 1 and any(
        len(t) > n and (t.endswith(text) and _kicker_end(t[:-n], strict) or t.startswith(text) and t[n:].lstrip()[:1] in SITE_SEPARATORS)
        for t in page.texts
    )


def _kicker_end(kicker: str, strict: bool) -> bool:
    return kicker.rstrip()[-1:] in SITE_SEPARATORS if strict else not kicker[-1].isalnum()


def _headline_like(text: str) -> bool:
    """Four words or more (or ten wide characters) and no longer than a headline; not a
    sentence ending with a full stop, a label with a colon or a teaser cut short; at most one
    sentence break inside ("Niemcy. Stałe zamknięcie granic..."); no date (a date line), no
    handle, icon name or breadcrumb (a follow box, an account menu, the path to the page), no
    reading time or teaser's age; not a menu's labels run together (``_menu_run``, or with no
    space: ``GLUED_LABELS``)."""
    size = _size(text)
    words = text.split()
    wordy = len(words) >= HEADLINE_WORDS or size - len(text) >= HEADLINE_WIDE
    return (
        wordy and size <= HEADLINE_MAX and not text.endswith(HEADLINE_ENDS)
        and len(SENTENCE_BREAK.findall(text)) < 2 and not DATE.search(text)
        and not NO_HEADLINE.search(text) and not vocab().no_headline.search(text) and not _menu_run(words)
        and not GLUED_LABELS.search(text)
    )


def _menu_run(words: list[str]) -> bool:
    """A menu's labels run together on one line ("Destination Dubai Discover Sharjah Explore
    Azerbaijan From Qatar …"): MENU_RUN words or more, every one capitalised; a headline in title
    case is shorter, one in sentence case has words in lower case."""
    return len(words) >= MENU_RUN and all(_capitalised(w) for w in words)


def _block(text: str) -> Block:
    if BULLET.match(text):
        return Block("item", BULLET.sub("", text), 1)
    if SUBHEAD_MARK.match(text) or (len(text) < 100 and not TERMINAL.search(text)):
        return Block("heading", text, 2)
    return Block("paragraph", text)
