"""The clean stage's vocabulary, merged from every language module.

The stage runs before the language is known, so it reads all languages' words at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from .. import lang


@dataclass(frozen=True)
class Vocab:
    junk_class: re.Pattern[str]  # finds a chrome word in a class/id string
    caption_class: re.Pattern[str]
    post_class: re.Pattern[str]  # finds the class/id of a post the page embeds, not chrome whatever other word it holds
    subtitle_class: re.Pattern[str]
    body_class: re.Pattern[str]
    class_words: AhoCorasick  # finds the words of the three above, overlapping
    class_word_kinds: tuple[frozenset[str], ...]  # for each of class_words' words, whose it is: "junk", "caption", "body", "part"
    junk_parts: frozenset[str]  # junk_class's tokens with no separator ("part"): chrome as a whole part of a name ("ad" of "ad-slot", not of "header")
    widget_line: re.Pattern[str]  # matches a compacted line made only of widget labels
    widget_starts: frozenset[str]  # the first two characters of every line widget_line matches: most lines open otherwise and need no compacting
    chrome_start: re.Pattern[str]  # matches at the start of a short line of chrome: one regex costs less than startswith of every prefix
    date_words: frozenset[str]  # words a dateline holds besides numbers
    year_mark: re.Pattern[str]  # finds a year's abbreviation right after its four digits ("2026 r.")
    year_marks: tuple[str, ...]  # those abbreviations: most lines hold none, and the regex is then not run
    end_heading_start: re.Pattern[str]  # matches at the start of a heading that opens a related/comments section
    marked_start: re.Pattern[str]  # matches where either of the two above does: most lines are tried once, not twice
    notices: tuple[tuple[str, frozenset[str], frozenset[str]], ...]  # (reason, words, other words)
    notice_terms: AhoCorasick  # finds every word of every notice's two sets in a lower-cased line, overlapping
    notice_term_words: tuple[str, ...]  # notice_terms' words, by the index it reports
    attribution: re.Pattern[str]  # finds, in a lower-cased line, words that report speech ("said", "told"): news, no notice or bio
    notice_words: tuple[str, ...]  # the words of the first sets of all notices
    notice_cues: AhoCorasick  # finds the same without a cased first letter (so in either case), all in one pass over a text
    notice_reasons: frozenset[str]  # the notices' names
    copyright_markers: tuple[str, ...]  # a line starting with one is a copyright notice
    byline_markers: tuple[str, ...]
    by_words: tuple[str, ...]  # the byline markers that open a byline before its names ("by ", "von ")
    byline_tail: re.Pattern[str]  # finds the end of a byline after its last marker ("외 1명": and one other)
    credit_marker: re.Pattern[str]  # finds a marker that makes a line a photo caption
    credit_opener: re.Pattern[str]  # matches a marker that makes a line a photo caption at its start only ("FILE - ")
    place_marker: re.Pattern[str]  # finds where a person stands in a picture (", left,"): a caption's mark in a line of a sentence or two
    named_before: frozenset[str]  # a word right before the person a comma's place marker follows ("the mayor, left,")
    place_words: frozenset[str]  # the places themselves: after a comma's marker, an enumeration ("left, right and centre")
    no_headline: re.Pattern[str]  # finds what a headline never holds (a reading time, a teaser's age)
    bio: re.Pattern[str]  # matches at the start of an author's bio ("Jane Roe is a correspondent for …")
    link_notes: tuple[str, ...]  # what a link's text ends with when the link opens elsewhere ("opens in new tab")
    reader: re.Pattern[str]  # finds a word that speaks to the reader ("you", "deine"), in a lower-cased line
    box_openers: tuple[str, ...]  # a fact box's heading starts with one ("fakta om")
    source_openers: tuple[str, ...]  # a line naming a box's source starts with one ("source:")
    comment_count: re.Pattern[str]  # matches at the start of a lower-cased count of comments ("12 comments", "kommentare: 45")
    appeal: re.Pattern[str]  # finds an appeal's button glued to its last sentence, at a lower-cased line's end ("….become a member")
    poll_answer: re.Pattern[str]  # matches a lower-cased line opening with a poll's stock answer ("yes", "nein, …")
    poll_asks: re.Pattern[str]  # finds, in a lower-cased question, a word that puts it to the reader (``reader``'s and more)
    poll_self: re.Pattern[str]  # matches a lower-cased line opening with an answer in the reader's voice ("i …", "none …")
    profile_labels: frozenset[str]  # the labels of a person box's fields ("age", "party", "geboren"), lower case
    counter: re.Pattern[str]  # matches a gallery's counter ("Image 1 of 5", "3/12")
    deal: re.Pattern[str]  # matches a short line of a price and the shop selling at it ("$139 at REI", "29,99 € bei Otto")
    tally: re.Pattern[str]  # matches a poll's count of votes for an answer ("65 votes", "48% (1,204 votes)")


def _words(name: str) -> list[str]:
    """Every language's words of the list ``name``, lower case, the longest first."""
    return sorted({w.lower() for m in lang.all_modules() for w in getattr(m, name, ())}, key=len, reverse=True)


def _patterns(name: str) -> str:
    """Every language's regexes of the list ``name``, as written (not words: no case folding,
    no escaping), as one regex."""
    return "|".join(p for m in lang.all_modules() for p in getattr(m, name, ())) or "(?!)"


def _label_words() -> frozenset[str]:
    """The words of every language's labels of a published, modified or as-of date
    ("Offentliggjort", "Zuletzt aktualisiert", "Stand"): a date line's words, as its date words are."""
    names = ("PUBLISHED_LABELS", "MODIFIED_LABELS", "AS_OF_LABELS")
    return frozenset(w for m in lang.all_modules() for name in names for label in getattr(m, name, ()) for w in _LETTERS.findall(label.lower()))


def _any(words: list[str]) -> re.Pattern[str]:
    return re.compile(lang.alternation(words) or "(?!)")


def compact(text: str) -> str:
    """Lower case, without spaces, punctuation or bullets: how widget labels are compared.
    An ASCII line loses its characters as bytes, through one table of deletions with no
    regex (half the time of ``str.translate``, which looks every character up in a dict);
    in others, most short lines are words and spaces only: their spaces are dropped with no
    regex (``isalnum`` is exactly what ``_NON_WORD`` does not remove)."""
    low = text.lower()
    if low.isascii():
        return low.encode().translate(None, _ASCII_NON_WORD).decode()
    joined = low.replace(" ", "")
    return joined if joined.isalnum() else _NON_WORD.sub("", low)


# A price: a currency's sign before or after the amount, or its code after it ("$139", "£29.99",
# "29,99 €", "1.299 kr", "19,99 EUR"); not a bare number (no deal: "3 at the door").
_PRICE = r"(?:[$£€¥₩]|(?:US|A|C|NZ|HK)\$)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$£€]|eur|euro|usd|gbp|chf|kr|zł|pln)"
COUNT_FIRST = frozenset("0123456789$£€¥₩%")  # what a price or a count of votes opens with (but "US$")
MAX_SHOP = 40  # characters of a shop's name, with what the button adds in brackets ("(Women's Regular)")
_SHARE = r"(?:\d{1,3}(?:[.,]\d+)?\s?%\s*)?"  # an answer's share before its votes ("48% ")
MAX_NOTICE = 500  # characters: a longer line is article text whatever words it holds
_NON_WORD = re.compile(r"[\W_]+")
_ASCII_NON_WORD = bytes(c for c in range(128) if not chr(c).isalnum())  # what _NON_WORD removes of ASCII text
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
_TWO_NUMBERS = re.compile(r"\d\D++\d")  # finds two runs of digits (stops there, where findall of the runs lists them all)
_FULL_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_TIME = re.compile(r"\d{1,2}:\d{2}")
MAX_OTHER_WORDS = 2  # words of no date vocabulary beside a numeric date and a time in a date line
SENTENCE_END = re.compile(r"[.。][\"”’'»)]?$")  # a statement's end (a teaser or promo may end in ? or !)
MIN_SENTENCE_WORDS = 3  # words besides date words: a short sentence, not "Posted Nov. 19 at 5 p.m."


def is_dateline(text: str, v: Vocab) -> bool:
    """A short line made only of a date or time and date words ("Nov. 19, 2019 at 5:10 pm"),
    or of a numeric date, a time and a word or two of a language without date words (a
    weekday: "Thứ tư, 22/10/2025, 19:25 (GMT+7)")."""
    if len(text) > 60 or _TWO_NUMBERS.search(text) is None:
        return False
    low = text.lower()
    if any(m in low for m in v.year_marks):  # year_mark's look-behind would be tried at every character
        low = v.year_mark.sub("", low)
    words = _LETTERS.findall(low)
    others = sum(w not in v.date_words for w in words)
    if not others:
        return bool(words or _FULL_DATE.search(text) or _TIME.search(text))
    return others <= MAX_OTHER_WORDS and bool(_FULL_DATE.search(text)) and bool(_TIME.search(text))


_SIGNATURE = re.compile(r"\(@\w{1,30}\)\s*")  # an account's handle in brackets ("Jane Roe (@janeroe)")
MAX_SIGNATURE = 120  # characters of an embedded post's signature line


def is_post_signature(text: str, v: Vocab) -> bool:
    """The signature under a post the page embeds: a name, the account's handle in brackets
    and the post's date ("— Jane Roe (@janeroe) May 6, 2025"), nothing after the date."""
    if len(text) > MAX_SIGNATURE or "(@" not in text:
        return False
    m = _SIGNATURE.search(text)
    return m is not None and m.start() > 0 and is_dateline(text[m.end() :], v)


def may_count(text: str) -> bool:
    """Does the line open as a price or a count of votes does (a digit, a currency's sign, "%",
    or "US$")? Most lines do not: the regexes of ``is_deal`` and ``Vocab.tally`` are then not tried."""
    return text[:1] in COUNT_FIRST or "$" in text[1:3]


def is_counter(text: str, v: Vocab) -> bool:
    """A gallery's counter ("Image 1 of 5", "1 of 6", "3/12", "1 /", "6 of 12 |" before the
    caption's bar): a word maybe, a number, "of" or a slash, and a number, nothing else."""
    if text[-1:] == "|":
        text = text[:-1].rstrip()
    return (text[-1:].isdigit() or text[-1:] == "/") and v.counter.fullmatch(text) is not None


MIN_PAGES = 3  # numbers of a pager's line


def is_pager(text: str) -> bool:
    """A pager's numbered links run together on one line ("1 2 3 4 5", "4 | 5 | 6"): only
    numbers of up to three digits (not a row of years), MIN_PAGES or more, each one more
    than the one before."""
    numbers = text.replace("|", " ").split()
    return (
        len(numbers) >= MIN_PAGES and all(n.isdigit() and len(n) <= 3 for n in numbers)
        and all(int(b) == int(a) + 1 for a, b in zip(numbers, numbers[1:]))
    )  # fmt: skip


DEAL = "deal box"  # a shop's button under a product ("$139 at REI")
WIDGET = "widget label"


def widget(text: str, v: Vocab) -> str | None:
    """What a line is when it is a widget's by itself, in either cleaner: a deal's button
    (``DEAL``: "$139 at REI"), a poll's count of votes, a gallery's counter or a pager
    (``WIDGET``: "48% (1,204 votes)", "Image 1 of 5", "1 2 3 4 5"); else None."""
    if may_count(text):
        if is_deal(text, v):
            return DEAL
        if v.tally.fullmatch(text) or is_pager(text):
            return WIDGET
    return WIDGET if is_counter(text, v) else None


def is_deal(text: str, v: Vocab) -> bool:
    """A shop's button under a product: its price and where it is sold ("$139 at REI",
    "£29.99 at Amazon (Medium)", "29,99 € bei Otto"), the shop named with a capital or a digit."""
    m = v.deal.fullmatch(text)
    return m is not None and not m["shop"][0].islower()


def is_sentence(text: str, v: Vocab) -> bool:
    """A line that ends as a statement does and says more than a date ("The vote is set for
    Tuesday." against "Updated Nov. 19, 2019 at 5:10 p.m.")."""
    if not SENTENCE_END.search(text):
        return False
    return sum(w not in v.date_words for w in _LETTERS.findall(text.lower())) >= MIN_SENTENCE_WORDS


READING_TIME, READING_TIME_WORDS = 40, 5  # characters and words of a line that is a reading time or an age alone


def is_reading_time(text: str, v: Vocab) -> bool:
    """A reading time or a teaser's age alone on its line ("5 min read", "Lesezeit: 4 Minuten",
    "Temps de lecture : 3 min", the colon after a space no word; "3h ago"; ``vocab.no_headline``),
    a few words at most, its number among them (looked for
    first: the language's regexes cost several times that)."""
    return (
        len(text) <= READING_TIME and _DIGITS.search(text) is not None
        and len(text.replace(" :", ":").split()) <= READING_TIME_WORDS and v.no_headline.search(text) is not None
    )  # fmt: skip


COPYRIGHT_SIGN = re.compile(r"[©ⓒ]|\(c\)|\b(?:19|20)\d\d\b")  # in a copyright notice, not in prose about copyright
PROSE_WORD = 4  # letters at least of the lower-case word after a copyright marker that makes the line prose


def copyright_prose(text: str, low: str, v: Vocab) -> bool:
    """Does a line opening with a copyright marker's word go on as prose about copyright: it
    reports speech, or a word in lower case follows the marker ("Copyright lawyers say the
    ruling, issued in March 2024, …"; a notice names its year or holder there: "Copyright 2024
    …", "Copyright The Associated Press", "© Example Media")?"""
    if v.attribution.search(low):
        return True
    words = text.split(maxsplit=2)
    return len(words) > 1 and words[0].lower() in v.copyright_markers and len(after := words[1]) >= PROSE_WORD and after.isalpha() and after.islower()


PROFILE_FIELD, PROFILE_LABEL, PROFILE_VALUE = 80, 25, 40  # characters of a person box's field, its label and its value


def profile_field(text: str, v: Vocab) -> bool:
    """A field of a box about a person: a label of ``vocab.profile_labels`` ("Age", "Partei"),
    a colon and a short value ("Age: 54", "Born: Leeds, 1970"), no more. Most lines are longer
    or hold no colon: they are told apart before the line is split."""
    if len(text) > PROFILE_FIELD or ":" not in text:
        return False
    label, _, value = text.partition(":")
    return len(label) <= PROFILE_LABEL and 0 < len(value.strip()) <= PROFILE_VALUE and label.strip().lower() in v.profile_labels


PROFILE_FIELDS = 2  # fields in a row at least of a person box
PROFILE_NAME = 50  # characters of the line over a person box's fields that names the person ("Jane Doe")
_CLAUSE_END = re.compile(r"[.!?:;。][\"”’'»)]*$")


def person_boxes(texts: list[str], fields: list[int]) -> list[int]:
    """The indices of the lines of boxes about a person in ``texts`` (lines or blocks in page
    order), given the indices of the ``fields`` among them (``profile_field``: "Age: 54",
    "Party: Labour"), ascending: PROFILE_FIELDS fields or more in a row, and the short line
    right over them that names the person, not a sentence nor a label ("Jane Doe")."""
    found: list[int] = []
    run: list[int] = []
    for i in [*fields, -2]:  # -2 ends the last run
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) >= PROFILE_FIELDS:
            above = run[0] - 1
            if above >= 0 and len(texts[above]) <= PROFILE_NAME and not _CLAUSE_END.search(texts[above]):
                found.append(above)
            found.extend(run)
        run = [i]
    return found


def notice(low: str, v: Vocab) -> str | None:
    """Which notice (cookie, newsletter, ...) a lower-cased line is, or None: a line of at
    most MAX_NOTICE characters that holds a word of each of the notice's two sets. The words
    it holds are found in one pass of an automaton, not by a substring search per word (290
    of them, each set tried in turn)."""
    if len(low) > MAX_NOTICE:
        return None
    matches = v.notice_terms.find_matches_as_indexes(low, overlapping=True)
    if not matches:
        return None
    found = {v.notice_term_words[i] for i, _, _ in matches}
    for reason, first, second in v.notices:
        if not found.isdisjoint(first) and not found.isdisjoint(second):
            return None if v.attribution.search(low) else reason  # "…, the regulator warned": news reporting the words
    return None


def _notices() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Every language's CLEAN_NOTICES, the word sets of a notice merged across languages."""
    merged: dict[str, tuple[set[str], set[str]]] = {}
    for m in lang.all_modules():
        for reason, (first, second) in getattr(m, "CLEAN_NOTICES", {}).items():
            sets = merged.setdefault(reason, (set(), set()))
            sets[0].update(w.lower() for w in first)
            sets[1].update(w.lower() for w in second)
    return tuple((reason, frozenset(a), frozenset(b)) for reason, (a, b) in merged.items())


def _cues(words: tuple[str, ...]) -> AhoCorasick:
    """An automaton finding the notice words as a line holds them in either case (less a
    cased first letter), less those that hold another ("ommentar" is found by "omment").
    Leftmost-first matching: half the time of the standard kind over the same text, and
    the same lines found, since a line holding a cue yields a match inside it either way
    (no cue holds a newline, so no match runs from one line into the next)."""
    cues = {w[1:] if w[:1] != w[:1].upper() else w for w in words}
    kept = sorted(c for c in cues if not any(o != c and o in c for o in cues))
    return AhoCorasick(kept, matchkind=MatchKind.LeftmostFirst, implementation=Implementation.DFA)


def class_kinds(label: str, v: Vocab) -> set[str]:
    """Which of junk_class ("junk"), caption_class ("caption") and body_class ("body") find
    something in a lower-cased class/id label (no "_" in it), as one pass of an automaton
    over the label tells: most labels hold none of their words, and searching the three
    regexes costs a few times that. A token of junk_class ("part") counts only as a whole
    part of the label, between its ends, whitespace and "-", as the regex finds it."""
    matches = v.class_words.find_matches_as_indexes(label, overlapping=True)
    if not matches:
        return set()
    found = {kind for i, _, _ in matches for kind in v.class_word_kinds[i]}
    if "part" in found:  # a token inside the label: a whole part of it?
        found.discard("part")
        if "junk" not in found and not v.junk_parts.isdisjoint(label.replace("-", " ").split()):
            found.add("junk")
    return found


def _class_words(lists: dict[str, list[str]]) -> tuple[AhoCorasick, tuple[frozenset[str], ...]]:
    """The automaton of ``Vocab.class_words`` (each word once) and the kinds of each of its words."""
    kinds: dict[str, set[str]] = {}
    for kind, words in lists.items():
        for w in words:
            if w:
                kinds.setdefault(w, set()).add(kind)
    ordered = sorted(kinds)
    automaton = AhoCorasick(ordered, matchkind=MatchKind.Standard, implementation=Implementation.DFA)
    return automaton, tuple(frozenset(kinds[w]) for w in ordered)


def _starts(labels: Iterable[str]) -> frozenset[str]:
    """The first two characters of every run of ``labels``: a label's own, or a one-character
    label's and the next label's first."""
    words = [w for w in labels if w]
    firsts = {w[0] for w in words}
    return frozenset({w[:2] for w in words if len(w) > 1} | {w + f for w in words if len(w) == 1 for f in firsts})


@cache
def vocab() -> Vocab:
    tokens = lang.alternation(_words("CLEAN_JUNK_CLASS_TOKENS"))
    junk = lang.alternation(_words("CLEAN_JUNK_CLASS_WORDS"))
    parts = frozenset(t for t in _words("CLEAN_JUNK_CLASS_TOKENS") if not re.search(r"[\s_-]", t))
    class_words, class_word_kinds = _class_words(
        {
            "junk": _words("CLEAN_JUNK_CLASS_WORDS") + [t for t in _words("CLEAN_JUNK_CLASS_TOKENS") if t not in parts],
            "caption": _words("CLEAN_CAPTION_CLASS_WORDS"),
            "body": _words("CLEAN_BODY_CLASS_WORDS"),
            "part": sorted(parts),
        }
    )
    labels = lang.alternation(compact(w) for w in _words("CLEAN_WIDGET_LABELS"))
    notices = _notices()
    return Vocab(
        junk_class=re.compile(f"{junk}|(?:^|[\\s_-])(?:{tokens})(?:$|[\\s_-])"),
        caption_class=_any(_words("CLEAN_CAPTION_CLASS_WORDS")),
        post_class=_any(_words("CLEAN_POST_CLASS_WORDS")),
        subtitle_class=_any(_words("CLEAN_SUBTITLE_CLASS_WORDS")),
        body_class=_any(_words("CLEAN_BODY_CLASS_WORDS")),
        class_words=class_words,
        class_word_kinds=class_word_kinds,
        junk_parts=parts,
        widget_line=re.compile(f"(?:{labels})+"),
        widget_starts=_starts(compact(w) for w in _words("CLEAN_WIDGET_LABELS")),
        chrome_start=_any(_words("CLEAN_CHROME_PREFIXES")),
        end_heading_start=_any(_words("CLEAN_END_HEADINGS")),
        marked_start=_any(_words("CLEAN_CHROME_PREFIXES") + _words("CLEAN_END_HEADINGS")),
        notices=notices,
        attribution=re.compile(rf"\b(?:{lang.alternation(_words('CLEAN_ATTRIBUTION_WORDS')) or '(?!)'})\b"),
        notice_terms=AhoCorasick(terms := sorted({w for _, first, second in notices for w in first | second}), matchkind=MatchKind.Standard, implementation=Implementation.DFA),
        notice_term_words=tuple(terms),
        notice_words=(words := tuple(sorted({w for _, first, _ in notices for w in first}))),
        notice_cues=_cues(words),
        notice_reasons=frozenset(reason for reason, _, _ in notices),
        copyright_markers=tuple(_words("CLEAN_COPYRIGHT_MARKERS")),
        date_words=frozenset(_words("CLEAN_DATE_WORDS")) | _label_words(),
        year_mark=re.compile(rf"(?<=\d{{4}})\s?(?:{lang.alternation(_words('CLEAN_YEAR_MARKS')) or '(?!)'})"),
        year_marks=tuple(_words("CLEAN_YEAR_MARKS")),
        byline_markers=(markers := tuple(_words("CLEAN_BYLINE_MARKERS"))),
        by_words=tuple(m for m in markers if m.endswith(" ")),
        byline_tail=re.compile(f"(?:{_patterns('CLEAN_BYLINE_TAILS')})$"),
        credit_marker=_any(_words("CLEAN_CREDIT_MARKERS")),
        credit_opener=_any(_words("CLEAN_CREDIT_OPENERS")),
        place_marker=_any(_words("CLEAN_PLACE_MARKERS")),
        named_before=frozenset(_words("CLEAN_NAMED_BEFORE")),
        place_words=frozenset(_words("CLEAN_PLACE_WORDS")),
        no_headline=re.compile(_patterns("CLEAN_NO_HEADLINE"), re.IGNORECASE),
        bio=re.compile(_patterns("CLEAN_BIO_PATTERNS")),
        link_notes=tuple(_words("CLEAN_LINK_NOTES")),
        reader=re.compile(rf"\b(?:{lang.alternation(_words('CLEAN_READER_WORDS')) or '(?!)'})\b"),
        box_openers=tuple(_words("CLEAN_BOX_OPENERS")),
        source_openers=tuple(_words("CLEAN_SOURCE_OPENERS")),
        comment_count=re.compile(rf"\d+ ?(?:{(cw := lang.alternation(_words('CLEAN_COMMENT_WORDS')) or '(?!)')})\b|(?:{cw}) ?[:(] ?\d+"),
        appeal=re.compile(rf"[.!?](?:{lang.alternation(_words('CLEAN_APPEAL_BUTTONS')) or '(?!)'})[.!]?$"),
        poll_answer=re.compile(rf"(?:{lang.alternation(_words('CLEAN_POLL_ANSWERS')) or '(?!)'})(?:[,.!]|$)"),
        poll_asks=re.compile(rf"\b(?:{lang.alternation(_words('CLEAN_READER_WORDS') + _words('CLEAN_POLL_ASKS')) or '(?!)'})\b"),
        poll_self=re.compile(rf"(?:{lang.alternation(_words('CLEAN_POLL_SELF')) or '(?!)'})(?!\w)"),
        profile_labels=frozenset(_words("CLEAN_PROFILE_LABELS")),
        counter=re.compile(rf"(?:[^\W\d_]+ )?\d{{1,3}} ?(?:/ ?|(?:{lang.alternation(_words('CLEAN_COUNTER_WORDS')) or '(?!)'}) )\d{{0,3}}", re.IGNORECASE),
        deal=re.compile(rf"(?:{_PRICE}) (?:{lang.alternation(_words('CLEAN_SHOP_WORDS')) or '(?!)'}) (?P<shop>\w[^!?]{{0,{MAX_SHOP}}}(?<!\.))", re.IGNORECASE),
        tally=re.compile(rf"%?{_SHARE}\s*(?:\(\s*)?\d[\d.,]*\s?(?:{lang.alternation(_words('CLEAN_VOTE_WORDS')) or '(?!)'})\)?", re.IGNORECASE),
    )
