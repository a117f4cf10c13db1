"""Direct quotations and who said them.

A double-quoted passage (“…”, "…", or mixed: an opening mark to the next closing one on its
line; or 「…」) is a quote when a frame attributes it (``QUOTE_FRAME_AFTER``: “…”라고 말했다, “…”며,
"…," he said; ``QUOTE_FRAME_BEFORE``: X said: "…"), or when it is a whole sentence on its own
(``QUOTE_SENTENCE_END``), or a partial one ending its clause that a person or organisation
named in its sentence speaks ('Sir Keir said that “all MPs get gifts”.'), or a lower-case one
inside the clause such a speaker's verb opens ('Musk wrote that Tesla would “double production”
next year'). A comma right after
the closing mark ends a quotation framed after it as one inside it does (British style: '“…”,
adds X'). Anything else in double quotes (a title, a term) is not a quote, and single quotes
(‘디지털 뉴딜’) never are.

The speaker is found in the quote's own sentence, outside the quoted text, among the people
and organisations found before, unnamed sources (``ANONYMOUS_SOURCES``: 산업부 관계자, "a
person familiar with the matter") and pronouns (``PRONOUNS``: 그는, "he", "the company", "the source"),
which stand for the last person, organisation or unnamed source mentioned before them ("he"
or "she" for one unnamed source the text had speak after the person named: "A neighbour, who
asked not to be named, said …. “…,” she said"; ``_source_between``) (a person
named, or stood for by a pronoun, within ``PERSON_PRONOUN_REACH`` characters, else no one): for "he" and "she"
(``PRONOUN_GENDERS``) not one an honorific says is of the other gender (``HONORIFIC_GENDERS``:
Ms. Yellen) or an earlier pronoun resolved to them, and nobody when two people of the
pronoun's paragraph fit or it names only people of the other gender; a pronoun standing for
nobody leaves no organisation and nobody of the other gender to speak, and when it speaks
("…," she said; "…," the agency said) it is a speaker not found: no one, and not the speaker
before carried on. A person described by age (``PERSON_BY_AGE``: "said the 36-year-old") is
the one the text gives that age ("Lucy Hart, 29,"), else the one "he" would be; one described
by what they are (``PERSON_EPITHETS``: "said the former world number one"), speaking, is the one
"he" or "she" would be. With subject
particles, a subject pronoun (그는, 이 회사는) stands for the last subject, an unnamed source too.
"The source" (and "the spokesman") with no unnamed source before it is one itself ("…," the insider added); it
stands for no group named by its kind alone ("the experts" are not "the expert"). "The
statement said" is who a speech verb marks in the last sentence naming a statement; a thing
written that says it (``QUOTE_WRITTEN_BEFORE``: "a heading that said: “…”") is no one, nor is
"it" no speech verb follows ("We called it “…”"), and a source opening the clause
(``REPORTER_BEFORE``: "According to AFP, one user posted: “…”") reports the event, not the speech. A
person in the possessive (``NOT_SPEAKER_AFTER``: "Ishiba’s") does not speak. One carrying a
subject particle (``SUBJECT_PARTICLES``: 성 장관은) wins, then a person over an unnamed source
over an organisation (이창용 한국은행 총재는: the person), then the one nearest the quote;
failing all, a lone surname in the frame after it (``QUOTE_SURNAME_AFTER``: "…," Manzara said:
the one of that name named last before).
A quote with no speaker in its sentence continues the previous quote of its paragraph
("…," he said. "…"; not to one the sentence names as told: "X told Starner that “…”"), or of
the paragraph before when the quote opens its own paragraph or its sentence opens with a word
that carries the speaker on (``QUOTE_CONTINUES``: 그러면서); a sentence that is all quotation
after one of its paragraph that speaks of speech has that one's speaker ("Fischer said that
…. “…”"), as has one opening its paragraph after a paragraph ending in a sentence whose subject
a speech verb follows ("Erekat said it was …. / “They wanted …”"). A quotation running on over paragraphs with no speaker of its own is the speaker's
of the paragraph it runs on into ('“…. / “…,” said Powell.'). A quotation ending in "!" or "?"
is one sentence with the frame after it ('"Got her!" an officer said.').

Facts: ``value`` the quoted text, ``speaker`` (a full name, an organisation's canonical
name, or the unnamed source as written; None when unattributed) and ``speaker_type``
("person", "organisation", "anonymous" or None).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Iterable, NamedTuple, Sequence

from ..model import Fact
from . import Context, make_fact, scan, sentence_bounds
from .names import Spans, compiled, optional_shape, particle_after, rule_pattern, rule_shape, shared_words, word_set, word_start_alternation

# An opening mark (“ or ") closes at the next closing mark of either kind on its line: pages
# mix them ("…” or “…", or two single marks: “…’’), and a quotation running on over paragraphs
# has no closing mark at the end of the first one.
_QUOTED = re.compile(r"[“\"]((?:[^“”\"\n’]++|’(?!’))++)(?:[”\"]|’’)")
# Corner brackets (「…」, in Korean and Japanese copy) pair only with each other.
_CORNERED = re.compile(r"「([^「」\n]++)」")
# Unclosed, a quotation opening after a space or at a line start and ending its paragraph in a
# sentence's end runs on when the next paragraph opens with a quotation mark (wire copy's
# quotation over paragraphs: "…. / "…," he said.).
_RUNS_ON = re.compile(r"(?<!\S)[“\"]([^“”\"\n]+[.!?…])[ \t]*(?=\n\s*[“\"])")
_MIN_SENTENCE_WORDS = 3
_TERM_WORDS = 4  # words of a quoted term at most ("guilt by association.")
_TAIL = 12  # characters at a quotation's end that its end patterns are read in (_tail)
_FRAME_REACH = 200  # characters a frame may span next to the quote
_FRAME_BEFORE_REACH = 80  # characters a frame before it spans at most ('according to' a name): searched in no more
_WRITTEN_REACH = 40  # characters a written thing's frame before it spans at most ("a headline which said: ")
_KIND_RANK = {"person": 0, "anonymous": 1, "organisation": 2}
_INTRODUCES_NEXT = re.compile(r":\s*[“\"]")  # a frame's verb before the next quotation ("she wrote: “")


class _Speaker(NamedTuple):  # a tuple: hundreds are built per article
    start: int
    end: int
    name: str  # empty: a pronoun that speaks but stands for no one found ("…," she said): no one else speaks
    kind: str


@dataclass(frozen=True, slots=True)
class _Cast:
    """What the speaker search reads of a text, built once in ``find``: the people and
    organisations found outside quotations (``named``, in order; ``starts``, theirs), each
    person's gender where known (``genders``; a pronoun resolved adds its own), each one's role
    (``roles``), where the quotations are (``quote_spans``), the pattern of its pronouns
    (``_pronoun_pattern``: with people described by age, in a text that describes one so), and
    where a pronoun last stood for each person (``resolved``, added to as they are resolved)."""

    ctx: Context
    lang: ModuleType
    named: list[_Speaker]
    starts: list[int]
    genders: dict[str, str]
    roles: dict[str, str]
    quote_spans: Spans
    pronouns: re.Pattern[str]
    resolved: dict[str, int]  # person -> where the last pronoun standing for them stood
    unlinked: list[tuple[int, int, tuple[str, ...]]]  # a surname people share, alone: where, and whose it may be (_unlinked)


def find(ctx: Context, found: Sequence[Fact]) -> Iterable[Fact]:
    lang = ctx.lang
    if lang is None:
        return []
    quoted = _quotations(ctx.text)
    quote_spans = Spans(m.span() for m in quoted)
    quote_starts = [m.start() for m in quoted]
    names = sorted((f for f in found if f.type in ("person", "organisation")), key=lambda f: f.start)
    named = [_Speaker(f.start, f.end, str(f.value), f.type) for f in names if not quote_spans.overlaps(f.start, f.end)]
    roles = {str(f.value): f.attrs["role"] for f in names if f.attrs.get("role")}
    cue = getattr(lang, "PERSON_BY_AGE", ("",))[0]  # "-year-old": most texts have none
    aged = bool(cue) and cue in ctx.text
    genders = _genders(ctx, lang, names)
    titled = _titled(ctx.text, lang, names, genders, quote_spans)
    if titled:
        named = sorted(named + titled, key=lambda s: s.start)
    cast = _Cast(ctx, lang, named, [s.start for s in named], genders, roles, quote_spans, _pronoun_pattern(lang, aged), {}, _unlinked(ctx.text, lang, names))
    facts: list[Fact] = []
    surnames: dict[str, dict[str, list[tuple[int, str]]]] = {}  # surnames, given names -> mentions of people, built at the first need
    last: tuple[int, _Speaker | None] = (-1, None)  # paragraph start, speaker of its last quote
    said: list[tuple[re.Match[str], str, _Speaker | None]] = []  # each quote, its value and speaker
    for m in quoted:
        inner_start, inner_end = m.span(1)
        inner = ctx.text[inner_start:inner_end]
        framed = _framed(ctx, lang, m.start(), m.end(), inner)
        reporter = None
        if not framed and (not _is_sentence(lang, inner) or _term(ctx.text, lang, m, inner)):
            reporter = _reported_by(cast, m, inner)
            if reporter is None:
                continue
        elif _names_a_thing(ctx.text, lang, m, inner, framed):
            continue  # 'the “Meth. We’re on it.” campaign', 'the documentary “An Inconvenient Truth.”': a whole sentence, but a name
        first, end = _sentence_bounds(ctx, m.start(), m.end())
        if framed and end == m.end() and inner.rstrip().rstrip("’'")[-1:] in "!?" and _LOWER_NEXT.match(ctx.text, end):
            end = _sentence_bounds(ctx, end + 1, end + 1)[1]  # '"Got her!" an officer said.': one sentence
        gaps = _without_next_frame(ctx.text, _unquoted(quoted, quote_starts, first, end), m.end(), inner)
        paragraph = ctx.text.rfind("\n", 0, m.start()) + 1
        speaker = reporter
        if reporter is None and (framed or not _unspoken(ctx.text, lang, gaps) or _partial(ctx.text, lang, m, inner)) and not _written(ctx.text, lang, m.start()):
            candidates = _candidates(cast, gaps)
            speaker = _choose(lang, ctx.text, candidates, m.start(), roles)
            speaker = speaker or _by_surname(ctx.text, lang, names, m.start(), m.end(), surnames)
            if speaker is None and (
                last[0] in (paragraph, _previous_paragraph(ctx.text, paragraph, m.start()))
                or any(p.match(ctx.text, first) for p in compiled(lang, "QUOTE_CONTINUES"))
            ) and not _another_subject(ctx.text, lang, gaps) and not _not_speaking(cast, gaps, last[1]):
                speaker = last[1]
            speaker = speaker or _source_itself(ctx.text, lang, gaps)
            if speaker is None and not any(_WORD.search(ctx.text, lo, hi) for lo, hi in gaps):
                # "Fischer said that UPS can’t dodge it. “If they …”": who spoke in the sentence before,
                # of the paragraph before when the quotation opens its own ("Erekat said … / “They …”")
                previous = _previous_paragraph(ctx.text, paragraph, m.start()) if first == paragraph else None
                if previous is not None or first > paragraph:
                    at = first if previous is None else len(ctx.text[:paragraph].rstrip())
                    before = _sentence_bounds(ctx, at - 1, at - 1)
                    gaps = _unquoted(quoted, quote_starts, max(before[0], paragraph if previous is None else previous), before[1])
                    if _speaks(ctx.text, lang, gaps):
                        candidates = _candidates(cast, gaps)
                        if previous is not None:  # across paragraphs, only one a speech verb marks ("A doctor told Ruptly that he …": no one)
                            candidates = [c for c in candidates if _marked(lang, ctx.text, c, roles.get(c.name or ""))]
                        speaker = _choose(lang, ctx.text, candidates, m.start(), roles)
        last = (paragraph, speaker)
        said.append((m, inner.strip().rstrip(",").strip(), speaker))
    for i in range(len(said) - 2, -1, -1):  # from the last: a run of such paragraphs takes the speaker of its end
        m, value, speaker = said[i]
        if speaker is None and m.re is _RUNS_ON and not ctx.text[m.end() : said[i + 1][0].start()].strip():
            said[i] = (m, value, said[i + 1][2])  # "…. / “…,” said Powell.": the quotation runs on, Powell's
    return [
        make_fact(
            ctx, "quote", m.start(), m.end(), value,
            speaker=speaker.name if speaker else None,
            speaker_type=speaker.kind if speaker else None,
        )
        for m, value, found in said
        for speaker in [found if found and found.name else None]  # one not found ("…," she said) is no speaker
    ]


def _quotations(text: str) -> list[re.Match[str]]:
    """What ``_QUOTED.finditer`` gives (or ``_CORNERED``, ``_RUNS_ON``), the pattern tried only at the quotation marks, which
    ``str.find`` jumps to (a regex search checks every character: 2.5x slower)."""
    marks = []
    for mark in "“\"「":
        at = text.find(mark)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1)
    found: list[re.Match[str]] = []
    for at in sorted(marks):
        if found and at < found[-1].end():
            continue
        if text[at] == "「":
            m = _CORNERED.match(text, at)
        else:
            m = _QUOTED.match(text, at) or _RUNS_ON.match(text, at)
        if m is not None:
            found.append(m)
    return found


def _reported_by(cast: _Cast, m: re.Match[str], inner: str) -> _Speaker | None:
    """Who a partial quotation ending its clause is spoken by, the British way with the clause's
    mark after the closing one ('Sir Keir said that “all MPs get gifts”.', 'told the court that
    “…”,'): the first person or organisation found in its sentence before it that a speech
    verb follows there (``SPEAKER_VERB_AFTER``). A quotation of a few words inside the clause,
    lower-case, is one too when that speaker's verb opens the clause it stands in
    (``REPORTED_CLAUSE``, no comma between: 'Musk wrote on X that the company would “double
    production” next year'), unless a determiner makes it a term (``QUOTE_TERM_BEFORE``: 'said
    that the “levelling up” agenda'). None, and no quote, when no such named subject speaks: a
    narrative's fragment ('A week later she “heard his voice”.', 'the “house of horrors”.') is
    none."""
    text, lang = cast.ctx.text, cast.lang
    words = len(inner.split(None, _MIN_SENTENCE_WORDS))
    clause = None  # the reported clause a quotation inside it stands in
    if text[m.end() : m.end() + 1] not in (".", ",", ";") or words < _MIN_SENTENCE_WORDS:
        clause = _clause_of(cast, m) if words >= _MIN_INSIDE_WORDS and _partial(text, lang, m, inner) else None
        if clause is None:
            return None
    first = _sentence_bounds(cast.ctx, m.start(), m.start())[0]
    for s in _named_in(cast, first, m.start() if clause is None else clause.start()):
        verb = _verb_after(lang, text, s, m.start())
        if verb is None or (clause is not None and clause.start() > verb.end()):  # not the clause's speaker
            continue
        if not (_not_speaker(lang, text, s) if s.kind == "person" else _audience(lang, text, s)):
            return s
    return None


def _partial(text: str, lang: ModuleType, m: re.Match[str], inner: str) -> bool:
    """Whether a quotation is part of a sentence of speech: opening lower-case (a title or a name
    is capitalised), not a term a determiner or a naming verb stands before (``QUOTE_TERM_BEFORE``:
    "the “levelling up” agenda", "it is called “pigeon breeder’s lung.”")."""
    if not inner[:1].islower():
        return False
    term = optional_shape(lang, "QUOTE_TERM_BEFORE")
    return term is None or term.search(text, max(0, m.start() - 20), m.start()) is None


def _term(text: str, lang: ModuleType, m: re.Match[str], inner: str) -> bool:
    """Whether a quotation of a few words (``_TERM_WORDS`` at most) opening lower-case is a term
    a determiner, a naming verb or a preposition stands before (``QUOTE_TERM_BEFORE``), not a
    whole sentence however it ends ('dismissed them as attempts at “guilt by association.”', 'it
    is called “pigeon breeder’s lung.”'; a longer one is a speaker's words cut into the clause)."""
    return inner.lstrip()[:1].islower() and len(inner.split(None, _TERM_WORDS)) <= _TERM_WORDS and not _partial(text, lang, m, inner.lstrip())


def _names_a_thing(text: str, lang: ModuleType, m: re.Match[str], inner: str, framed: bool) -> bool:
    """Whether a whole sentence quoted is the name of a thing, not words spoken: a word of its
    kind right after it (``QUOTE_NAME_KIND``: a campaign, a slogan, a song) and a determiner or
    a possessive before it, an adjective at most between (``QUOTE_NAME_BEFORE_KIND``): 'the
    state’s viral “Meth. We’re on it.” ad campaign', read only when a small letter follows it and
    it does not end in a frame's comma ('“We will win,” the campaign said'); or, with no frame,
    a word of its kind right before it (``QUOTE_KIND_BEFORE_NAME``: 'the documentary “An
    Inconvenient Truth.”')."""
    if not framed and (kind_before := optional_shape(lang, "QUOTE_KIND_BEFORE_NAME")) is not None:
        if kind_before.search(text, max(0, m.start() - 16), m.start()) is not None:
            return True
    if not _LOWER_NEXT.match(text, m.end()) or inner.rstrip()[-1:] == ",":
        return False
    kind = optional_shape(lang, "QUOTE_NAME_KIND")
    if kind is None or kind.match(text, m.end()) is None:
        return False
    before = rule_shape(lang, "QUOTE_NAME_BEFORE_KIND")
    return before.search(text, max(0, m.start() - 24), m.start()) is not None


def _clause_of(cast: _Cast, m: re.Match[str]) -> re.Match[str] | None:
    """The reported clause (``REPORTED_CLAUSE``: "wrote on X that") a quotation inside it stands
    in, with no comma nor other quotation between; None when there is none."""
    text, lang = cast.ctx.text, cast.lang
    pattern = rule_pattern(lang, "REPORTED_CLAUSE")
    if pattern is None:
        return None
    first = _sentence_bounds(cast.ctx, m.start(), m.start())[0]
    clause = None
    for clause in pattern.finditer(text, first, m.start()):
        pass  # the last one
    if clause is None or _CLAUSE_BREAK.search(text, clause.end(), m.start()):
        return None
    return clause


_MIN_INSIDE_WORDS = 2  # a partial quotation inside a reported clause: a phrase, not a word
_CLAUSE_BREAK = re.compile(r"[,;:“”\"]")


def _written(text: str, lang: ModuleType, start: int) -> bool:
    """Whether a thing written frames the quotation starting at ``start``: one of
    ``QUOTE_WRITTEN_VERBS`` right before it, ``QUOTE_WRITTEN_BEFORE`` before that ('a heading that
    said: “…”', 'a sign reading'): no one speaks it. The verb is read first: most quotations
    have none of them before them."""
    lo = max(text.rfind("\n", 0, start) + 1, start - _WRITTEN_REACH)
    before = text[lo:start].rstrip().rstrip(",:")
    verb = before[before.rfind(" ") + 1 :]
    if verb not in getattr(lang, "QUOTE_WRITTEN_VERBS", ()):
        return False
    pattern = optional_shape(lang, "QUOTE_WRITTEN_BEFORE")
    return pattern is not None and pattern.search(text, lo, lo + len(before) - len(verb)) is not None


def _unspoken(text: str, lang: ModuleType, gaps: list[tuple[int, int]]) -> bool:
    """Whether the sentence of a quotation that no frame attributes says nothing of speech
    (``QUOTE_SPEECH``, searched outside the quotation marks): a song's or a book's title in
    prose ("appearing on hit singles like “What a Fool Believes.”") has no speaker. A sentence
    that is all quotation may continue the speaker before, as may one whose quotation is
    partial (``_partial``: 'As a parent, “we're supposed to …”')."""
    if not getattr(lang, "QUOTE_SPEECH", "") or not any(_WORD.search(text, lo, hi) for lo, hi in gaps):
        return False
    return not _speaks(text, lang, gaps)


_WORD = re.compile(r"\w")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")  # a sentence going on after a quotation's "!" or "?"


def _speaks(text: str, lang: ModuleType, gaps: list[tuple[int, int]]) -> bool:
    """Whether a sentence says something of speech outside its quotations (``QUOTE_SPEECH``)."""
    if not getattr(lang, "QUOTE_SPEECH", ""):
        return False
    speech = _quote_speech(lang)
    for lo, hi in gaps:
        if speech.search(text, lo, hi):
            return True
    return False


@cache
def _quote_speech(lang: ModuleType) -> re.Pattern[str]:
    return re.compile(getattr(lang, "QUOTE_SPEECH"))


def _another_subject(text: str, lang: ModuleType, gaps: list[tuple[int, int]]) -> bool:
    """Whether the sentence of a quotation no one found speaks names another speaker, one not
    recognised (``QUOTE_OTHER_SUBJECT``: a role with a subject particle, "앤지 포스테코글루 토트넘
    감독은 “…”라고 칭찬했다"; "…," said Josep Borrell): it does not carry the speaker before on."""
    pattern = rule_shape(lang, "QUOTE_OTHER_SUBJECT")
    return any(pattern.search(text, lo, hi) for lo, hi in gaps)


def _not_speaking(cast: _Cast, gaps: list[tuple[int, int]], speaker: _Speaker | None) -> bool:
    """Whether the sentence names ``speaker`` as no speaker (``_not_speaker``: "Ford’s father
    told Starner that “…”"): the speaker before is not carried on to it."""
    if speaker is None or speaker.kind != "person":
        return False
    return any(s.name == speaker.name and _not_speaker(cast.lang, cast.ctx.text, s) for s in _named_in(cast, gaps[0][0], gaps[-1][1]))


def _named_in(cast: _Cast, start: int, end: int) -> list[_Speaker]:
    """The people and organisations named from ``start`` on, before ``end``."""
    return cast.named[bisect.bisect_left(cast.starts, start) : bisect.bisect_left(cast.starts, end)]


def _source_itself(text: str, lang: ModuleType, gaps: list[tuple[int, int]]) -> _Speaker | None:
    """An unnamed source's pronoun speaking (``PRONOUNS``: "…," the insider added; "according
    to the expert") that stands
    for no one found before it, nor for the speaker carried on: that unnamed source itself."""
    kinds: dict[str, str] = getattr(lang, "PRONOUNS", {})
    if "anonymous" not in kinds.values():
        return None
    speaks, spoken = _speaker_verbs(lang)
    for lo, hi in gaps:
        for m in _pronoun_pattern(lang).finditer(text, lo, hi):
            if kinds[m.group(1)] == "anonymous" and (speaks.match(text, m.end(1)) or spoken.search(text, max(0, m.start(1) - 80), m.start(1))):
                return _Speaker(m.start(1), m.end(1), m.group(1), "anonymous")
    return None


def _previous_paragraph(text: str, paragraph: int, quote_start: int) -> int | None:
    """Where the paragraph before starts, when this one opens with the quote: a quoted
    paragraph continues the speaker of the one before ("…," he said. / "More.")."""
    if quote_start != paragraph or paragraph == 0:
        return None
    end = len(text[:paragraph].rstrip())
    return text.rfind("\n", 0, end) + 1


# --- is it a quote? ----------------------------------------------------------------------


def _framed(ctx: Context, lang: ModuleType, start: int, end: int, inner: str) -> bool:
    """A frame right after the closing mark (``QUOTE_FRAME_AFTER``, matched there) or right
    before the opening one (``QUOTE_FRAME_BEFORE``, ending there), within the line. A quotation
    of a few words at least with a comma right after its closing mark, the British way, is
    framed after it as one with the comma inside ('“…”, adds Olivier Bosc'; not a term's few
    words: 'the “Star Wars”, Marvel and …'). A frame after it whose verb a colon and an opening
    mark follow introduces the next quotation, not this one ('as to her “Fav Ex,” she wrote: “…”')."""
    text = ctx.text
    inside = _ends_like_framed(lang).search(inner, _tail(inner)) is not None
    if not inside and not (text.startswith(",", end) and len(inner.split(None, _MIN_SENTENCE_WORDS)) >= _MIN_SENTENCE_WORDS) and not _sentence_cut(inner):
        return ":" in text[start - 2 : start] and _introduced(text, lang, start, inner)
    line_end = text.find("\n", end)
    after_end = min(line_end if line_end >= 0 else len(text), end + _FRAME_REACH)
    for p in compiled(lang, "QUOTE_FRAME_AFTER"):  # (loops, not any() of a generator: a quotation's hot path)
        if (f := p.match(text, end, after_end)) is not None and not _INTRODUCES_NEXT.match(text, f.end()):
            return True
    if not inside:
        return ":" in text[start - 2 : start] and _introduced(text, lang, start, inner)
    before_start = max(text.rfind("\n", 0, start) + 1, start - _FRAME_BEFORE_REACH)
    for p in compiled(lang, "QUOTE_FRAME_BEFORE"):
        if p.search(text, before_start, start):
            return True
    return False


def _introduced(text: str, lang: ModuleType, start: int, inner: str) -> bool:
    """Whether a speech verb and a colon introduce a quotation of a few words at least however
    it ends ('A voice is heard saying: “We’ll have to stop the show, sorry”.'): its words are
    spoken. Called only with a colon right before it (most quotations with no end of their own
    are terms)."""
    if not text[max(0, start - 2) : start].rstrip().endswith(":") or len(inner.split(None, _MIN_SENTENCE_WORDS)) < _MIN_SENTENCE_WORDS:
        return False
    before_start = max(text.rfind("\n", 0, start) + 1, start - _FRAME_BEFORE_REACH)
    return any(p.search(text, before_start, start) for p in compiled(lang, "QUOTE_FRAME_BEFORE"))


_CUT_WORDS = 5  # words of a sentence quoted up to a word of the clause that goes on after it, at least


def _sentence_cut(inner: str) -> bool:
    """Whether a quotation with no mark at its end is a speaker's sentence that the clause goes
    on after, its frame later ('“We are not exercising to join the fight” over Taiwan, he
    added'): ``_CUT_WORDS`` words at least, the first capitalised and most of the others in lower
    case (not a title in title case: '“Gone With the Wind” won, critics said')."""
    words = inner.split()
    if len(words) < _CUT_WORDS or not words[0][:1].isupper():
        return False
    return sum(word[:1].islower() for word in words[1:]) * 2 > len(words) - 1


@cache
def _ends_like_framed(lang: ModuleType) -> re.Pattern[str]:
    return re.compile(getattr(lang, "QUOTE_FRAMED_INNER", ""))


def _is_sentence(lang: ModuleType, inner: str) -> bool:
    ends = compiled(lang, "QUOTE_SENTENCE_END")
    words = len(inner.split(None, _MIN_SENTENCE_WORDS))  # enough words, not all of a long quotation
    if words < _MIN_SENTENCE_WORDS:
        return False
    tail = _tail(inner)
    for p in ends:
        if p.search(inner, tail):
            return True
    return False


def _tail(inner: str) -> int:
    """Where the end patterns of a quotation (``QUOTE_FRAMED_INNER``, ``QUOTE_SENTENCE_END``: a
    mark and the closing characters after it, anchored at the end) are searched from: its last
    ``_TAIL`` characters, not the whole quotation (its every character a start to try)."""
    return max(0, len(inner.rstrip()) - _TAIL)


def _sentence_bounds(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """Start of the sentence holding ``start``, end of the one holding ``end`` (the line,
    when the text was not split into sentences)."""
    bounds = sentence_bounds(ctx, start, end)
    if bounds is None:
        line_end = ctx.text.find("\n", end)
        return ctx.text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(ctx.text)
    return min(bounds[0], start), max(bounds[1], end)


# --- who said it -------------------------------------------------------------------------


def _candidates(cast: _Cast, gaps: list[tuple[int, int]]) -> list[_Speaker]:
    """Possible speakers in the stretches ``gaps`` of a sentence outside quotation marks:
    people and organisations, unnamed sources (which swallow the organisation inside them),
    pronouns, resolved to the person or organisation they stand for; failing all, a person named
    by their role (``SPEAKER_BY_ROLE``: "the French president said": the last one of that role).
    A pronoun that speaks but stands for no one found is a speaker not found (no name): the
    only candidate, for an organisation's ("…," the agency said), when no one fits a person's."""
    text, lang, named, starts, genders = cast.ctx.text, cast.lang, cast.named, cast.starts, cast.genders
    end = gaps[-1][1]
    here = [
        s for s in _named_in(cast, gaps[0][0], end)
        if s.end <= end and not (_not_speaker(lang, text, s, cast.roles.get(s.name)) if s.kind == "person" else _audience(lang, text, s))
    ]
    anonymous = _merge(
        [
            _Speaker(m.start(), m.end(), m.group(), "anonymous")
            for p in compiled(lang, "ANONYMOUS_SOURCES")
            for lo, hi in gaps
            for m in p.finditer(text, lo, hi)
        ]
    )
    kinds: dict[str, str] = getattr(lang, "PRONOUNS", {})
    pronoun_genders: dict[str, str] = getattr(lang, "PRONOUN_GENDERS", {})
    pronouns = []
    unresolved: set[str | None] = set()  # genders of person pronouns standing for nobody found
    unknown: _Speaker | None = None  # the first of them: one speaks who was not found (no name)
    asked = tuple(getattr(lang, "PRONOUN_NOT_SPEAKER_AFTER", ()))
    for m in (m for lo, hi in gaps for m in cast.pronouns.finditer(text, lo, hi)) if kinds else ():
        if asked and text.startswith(asked, m.end(1)):
            continue  # "When he was asked, “…?”": not the one speaking
        kind, gender = kinds.get(m.group(1)) or ("age" if m.groupdict().get("age") else "epithet"), pronoun_genders.get(m.group(1))
        upto = bisect.bisect_left(starts, m.start())
        if kind == "epithet":  # "said the former world number one": the one "he" or "she" would be, when speaking
            if not _speaking(lang, text, m):
                continue
            target = _person(text, lang, named, upto, m.start(), None, genders)
            kind = "person"
        elif kind == "age":  # "said the 36-year-old"
            if _object(lang, text, _Speaker(m.start(1), m.end(1), "", kind)):
                continue  # "Guardiola said of the 36-year-old": not one speaking
            target = _aged(text, lang, named, upto, m.start(), m["age"])
            kind = "person"
        elif kind == "person":
            target = _last_subject(text, lang, named, upto, m.start(), gender, genders, cast.roles, cast.quote_spans)  # 그는
            target = target or _unlinked_after(cast, _person(text, lang, named, upto, m.start(), gender, genders), m.start(), gender)
            target = _source_between(cast, target, m.start()) or target
            if gender and target is not None and target.kind == "person":
                genders.setdefault(target.name, gender)  # "Fischer …," he said: a later "she" is not Fischer
        elif kind == "anonymous":  # "the source said": the unnamed source named last before
            target = _last_source(text, lang, m.start(), cast.quote_spans)
        elif kind == "statement":  # "the statement said": who issued it
            target = _issuer(cast, m.start(), m.group(1).rpartition(" ")[2])
        else:
            head = m.group(1).rpartition(" ")[2].lower()
            target = _organisation(text, lang, named, upto, m.start(), head if head in getattr(lang, "ORG_PRONOUN_HEADS", ()) else None)
            if target is not None and target.start < _reach(text, lang, m.start()):
                target = None  # "It said …" paragraphs after the last organisation named
            elif target is not None and particle_after(lang, "SUBJECT_PARTICLES") is None and not _speaker_verbs(lang)[0].match(text, m.end(1)):
                target = None  # "We called it “…”": with no particle marking it the subject (이 회사는), "it" speaks only before a speech verb
        if target is not None and target.kind == "person" and not _within_reach(cast, target.name, upto, m.start()):
            target = None  # "she said" of one named pages above: the one meant was not found
        if target is not None:
            if target.kind == "person":
                cast.resolved[target.name] = max(m.start(), cast.resolved.get(target.name, -1))
            pronouns.append(_Speaker(m.start(1), m.end(1), target.name, target.kind))
        elif kind == "person":
            unresolved.add(gender)
            if unknown is None and _speaking(lang, text, m):
                unknown = _Speaker(m.start(1), m.end(1), "", kind)
        elif kind == "organisation" and _speaking(lang, text, m):
            return [_Speaker(m.start(1), m.end(1), "", kind)]  # "…," the agency said, no agency found: one not found speaks
    clause = rule_pattern(lang, "REPORTED_CLAUSE")
    if clause is not None and here:  # "He argued that DeSantis and Haley were “afraid …”": not them
        cuts = [cut.end() for lo, hi in gaps if (cut := clause.search(text, lo, hi)) is not None]
        here = [s for s in here if not cuts or s.start < min(cuts)]
    if anonymous:  # "…," he told police: not a source spoken to; "the spokesman" resolved: the one it stands for
        resolved = {(p.start, p.end) for p in pronouns if p.kind == "anonymous"}
        anonymous = [a for a in anonymous if not _audience(lang, text, a) and (a.start, a.end) not in resolved]
    if anonymous and here:  # "Another officer, John Cannon, said", "John Cannon, an analyst at UBS, said": the person the source is
        anonymous = [a for a in anonymous if not any(s.kind == "person" and (_APPOSITION.fullmatch(text, a.end, s.start) or text.startswith(", ", s.end) and s.end + 2 == a.start) for s in here)]
    if anonymous:  # an unnamed source swallows the names inside it
        taken = Spans((a.start, a.end) for a in anonymous)
        here = [s for s in here if not taken.overlaps(s.start, s.end)]
    if unresolved:  # "…," she said, she unknown: the speaker is no organisation, nor a man
        others = _others(unresolved)
        people = [s for s in here + pronouns if s.kind == "person" and genders.get(s.name or "") not in others]
        return people + anonymous or ([unknown] if unknown else [])
    by_role = optional_shape(lang, "SPEAKER_BY_ROLE")
    if here or anonymous or pronouns or by_role is None:
        return here + anonymous + pronouns
    return _by_role(text, by_role, named, starts, cast.roles, gaps)  # (sought only where no one else is)


def _unlinked(text: str, lang: ModuleType, names: Sequence[Fact]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Where a surname that two people found share stands alone, in no mention of a person or
    organisation, after no capitalised word but a title and not in the possessive ("The elder
    Soros gives …" of George and Alexander Soros; not "Mike Ford said", a full name no fact holds,
    nor "Ford’s family"): one the text names
    there, whom no fact tells; each place, its end and the people it may be, in text order."""
    bearers: dict[str, set[str]] = {}
    for f in names:
        if f.type == "person" and " " in (name := str(f.value)):
            bearers.setdefault(name.rpartition(" ")[2], set()).add(name)
    shared = {surname: tuple(sorted(people)) for surname, people in bearers.items() if len(people) > 1}
    if not shared:  # most texts
        return []
    taken = Spans((f.start, f.end) for f in names)
    titles = word_set(lang, "role") | word_set(lang, "honorific") | word_set(lang, "title")
    return sorted(
        (at, at + len(surname), people)
        for surname, people in shared.items()
        for at in scan.whole_word_places(text, surname)
        if not taken.overlaps(at, at + len(surname))
        and not ((before := text[text.rfind(" ", 0, max(at - 1, 0)) + 1 : at - 1])[:1].isupper() and text[at - 1 : at] == " " and before not in titles)
        and not text.startswith(("’s", "'s"), at + len(surname))  # "Ford’s family": not the one the text tells of
    )


def _unlinked_after(cast: _Cast, person: _Speaker | None, before: int, gender: str | None) -> _Speaker | None:
    """The person a pronoun at ``before`` stands for, given ``person``, the last one found
    named before it: when a surname two people share stands alone between them (``cast.unlinked``:
    "Tester … / The elder Soros gives …. He funds … and has stated, “…”"), the text has moved on
    to that one: the one of its bearers of the pronoun's gender, else nobody."""
    if person is None or not cast.unlinked:
        return person
    last = max((s.end for s in cast.named if s.name == person.name and s.end <= before), default=person.end)  # maybe an object's
    between = [u for u in cast.unlinked if last <= u[0] and u[1] <= before]
    if not between or person.name in between[-1][2]:  # "Shehbaz Sharif said …. Sharif said …": the one named last
        return person
    start, end, people = between[-1]
    fits = [name for name in people if not gender or cast.genders.get(name, gender) == gender]
    return _Speaker(start, end, fits[0], "person") if len(fits) == 1 else None


def _within_reach(cast: _Cast, name: str, upto: int, at: int) -> bool:
    """Whether the person ``name`` that a pronoun at ``at`` stands for was named (among
    ``cast.named[:upto]``) or stood for by a pronoun before within ``PERSON_PRONOUN_REACH``
    characters before it; a language without it sets no bound."""
    reach: int | None = getattr(cast.lang, "PERSON_PRONOUN_REACH", None)
    if reach is None or cast.resolved.get(name, -1) >= at - reach:
        return True
    for s in map(cast.named.__getitem__, range(upto - 1, -1, -1)):
        if s.end < at - reach:
            return False
        if s.name == name:
            return True
    return False


def _speaking(lang: ModuleType, text: str, pronoun: re.Match[str]) -> bool:
    """Whether a pronoun is the one speaking, as ``_marked`` tells of a name: a speech verb right
    after it ("…," she said) or right before it ("said the 36-year-old"; not "said it was")."""
    return _marked(lang, text, _Speaker(pronoun.start(1), pronoun.end(1), "", ""), None)


def _issuer(cast: _Cast, at: int, word: str) -> _Speaker | None:
    """Who issued the statement a pronoun at ``at`` stands for ("“…,” the statement said":
    ``PRONOUNS`` of the kind "statement"): the speaker of the last sentence before it, within a
    pronoun's reach (``_reach``), that names a ``word`` ("statement") outside quotations: the one
    a speech verb marks there (``_marked``: "Pakistan’s Ministry of Foreign Affairs said …. In a
    statement, it said …") or that issues it (``STATEMENT_ISSUED_AFTER``: "Big Machine Records
    issued a statement after Swift scolded …": not Swift); None when no sentence there names
    one, or no one there speaks or issues it."""
    text, lang, roles = cast.ctx.text, cast.lang, cast.roles
    reach = _reach(text, lang, at)
    place = text.rfind(word, reach, at)
    while place >= 0 and cast.quote_spans.overlaps(place, place + len(word)):
        place = text.rfind(word, reach, place)
    if place < 0:
        return None
    first, end = _sentence_bounds(cast.ctx, place, place)
    candidates = _candidates(cast, [(first, min(end, at))])
    issued = optional_shape(lang, "STATEMENT_ISSUED_AFTER")
    marked = [
        c for c in candidates
        if _marked(lang, text, c, roles.get(c.name or "")) or (issued is not None and issued.match(text, c.end, place))
    ]
    return _choose(lang, text, marked, place, roles)


def _appositive(cast: _Cast, source: _Speaker) -> bool:
    """Whether an unnamed source is set off by a comma beside a person named, who it is ("John
    Cannon, an analyst at UBS, said"; "Another officer, John Cannon, said")."""
    text = cast.ctx.text
    return any(
        s.kind == "person" and (s.end + 2 == source.start and text.startswith(", ", s.end) or _APPOSITION.fullmatch(text, source.end, s.start) is not None)
        for s in _named_in(cast, source.start - 100, source.end + 60)
    )


# What stands between an unnamed source and the person named in apposition to it: a comma and
# their title ("Another officer, Wing Commander Vyomika Singh, said").
_APPOSITION = re.compile(r",\s(?:[\w.’'-]+\s){0,4}")


def _by_role(
    text: str, by_role: re.Pattern[str], named: list[_Speaker], starts: list[int], roles: dict[str, str], gaps: list[tuple[int, int]]
) -> list[_Speaker]:
    """People a sentence names by their role alone (``SPEAKER_BY_ROLE``: "the French president
    said"): each the last person named before it whose role ends in that one ("President")."""
    found = []
    for lo, hi in gaps:
        for m in by_role.finditer(text, lo, hi):
            role = m.group("role").lower()
            upto = bisect.bisect_left(starts, m.start())
            person = next((s for s in reversed(named[:upto]) if s.kind == "person" and roles.get(s.name, "").lower().endswith(role)), None)
            if person is not None:
                found.append(_Speaker(m.start(), m.end(), person.name, "person"))
    return found


def _not_speaker(lang: ModuleType, text: str, person: _Speaker, role: str | None = None) -> bool:
    """Whether a person's mention is no speaker of its sentence: in the possessive, or asked
    (``NOT_SPEAKER_AFTER``: "Ishiba’s stance", "Ishiba was asked"; "TNO's report" may speak), after
    the name or after its ``role`` right behind it (유승민 전 의원을, an object; or at the end of the
    list it opens, ``NAME_LIST_AFTER``: 홍준표 전 대구시장·유승민 전 의원을), or after a verb or
    preposition that makes them its object (``NOT_SPEAKER_BEFORE``: "told Starner that", "said of
    Fischer"), or the subject of what another says ("He said Thomas is", "Anzalone said Harris
    “put…”")."""
    after = getattr(lang, "NOT_SPEAKER_AFTER", ())
    if text.startswith(after, person.end):
        return True
    if role:
        end = _phrase_end(text, person, role)
        listed = optional_shape(lang, "NAME_LIST_AFTER")  # the list it opens shares the particle (홍준표 전 대구시장·유승민 전 의원을)
        if text.startswith(after, (found.end() if listed is not None and (found := listed.match(text, end)) else end)):
            return True
    return _object(lang, text, person)


def _object(lang: ModuleType, text: str, person: _Speaker) -> bool:
    """Whether a person's mention is the object of a verb or preposition (``NOT_SPEAKER_BEFORE``)
    or the subject of a clause another reports (``_reported``)."""
    pattern = optional_shape(lang, "NOT_SPEAKER_BEFORE")
    if pattern is None:
        return False
    if pattern.search(text, max(0, person.start - 20), person.start) is not None:
        return True
    return _reported(lang, text, person) and _speaker_verbs(lang)[1].search(text, max(0, person.start - 80), person.start) is not None


def _audience(lang: ModuleType, text: str, organisation: _Speaker) -> bool:
    """Whether an organisation is the one spoken to (``AUDIENCE_BEFORE``: "Greta Thunberg told
    AFP: “…”"), not the speaker."""
    pattern = optional_shape(lang, "AUDIENCE_BEFORE")
    return pattern is not None and pattern.search(text, max(0, organisation.start - 16), organisation.start) is not None


def _reported(lang: ModuleType, text: str, person: _Speaker) -> bool:
    """Whether a verb or a quotation follows a mention (``REPORTED_AFTER``): after "said", it
    is then the subject of what is said ("said Thomas is", "said Harris “put…”"), not the one
    saying it ("said CEO Craig Menear in a statement")."""
    pattern = rule_pattern(lang, "REPORTED_AFTER")
    return pattern is not None and pattern.match(text, person.end) is not None


def _last_source(text: str, lang: ModuleType, before: int, quote_spans: Spans) -> _Speaker | None:
    """The unnamed source (``ANONYMOUS_SOURCES``) written last before ``before``, outside
    quotations, within the reach of a pronoun (``_reach``): "A person familiar with the matter
    said …. “…,” the source said." Not a group named by its kind alone (``ANONYMOUS_KINDS``:
    "the experts advise …. “…,” the expert explains"), which no one of them stands for."""
    kinds = rule_pattern(lang, "ANONYMOUS_KINDS")
    sources = [
        _Speaker(m.start(), m.end(), m.group(), "anonymous")
        for p in compiled(lang, "ANONYMOUS_SOURCES")
        for m in p.finditer(text, _reach(text, lang, before), before)
        if not quote_spans.overlaps(m.start(), m.end()) and (kinds is None or not kinds.fullmatch(m.group()))
    ]
    return max(sources, key=lambda s: (s.end, -s.start), default=None)  # the longest of the last ones


def _source_between(cast: _Cast, person: _Speaker | None, before: int) -> _Speaker | None:
    """In a language without subject particles (which ``_last_subject`` reads), the one unnamed
    source a pronoun at ``before`` stands for instead of the ``person`` it would: the last one
    written after that person, within ``_SOURCE_BETWEEN_REACH`` characters before the pronoun,
    that the text has speak (``_marked``: "Sarah Mills was at home. A neighbour, who asked not
    to be named, said she heard a bang. “…,” she said": the neighbour), one and not a group
    (``ONE_SOURCE_HEADS`` and ``ONE_SOURCE_BEFORE``: not "two officials", "police", "her
    family"). None when no such one is there. Its head word is sought first (most pronouns have
    none before them: in the shared pass of ``scan.word_places``), then the source's whole words
    (``ANONYMOUS_SOURCES``) matched where it opens."""
    text, lang = cast.ctx.text, cast.lang
    opening = optional_shape(lang, "ONE_SOURCE_BEFORE")
    if opening is None or particle_after(lang, "SUBJECT_PARTICLES") is not None:
        return None
    start = max(person.end if person is not None else 0, before - _SOURCE_BETWEEN_REACH)
    words = shared_words(lang, "ONE_SOURCE_HEADS")  # (made anchor words before the pass: found in the one pass over the text)
    places = scan.word_places(text)
    heads = sorted((at, at + len(word)) for word in words for at in places.get(word, ()) if start <= at < before)
    found = None
    for head_start, head_end in heads:
        if (opens := opening.search(text, max(start, head_start - 40), head_start)) is None or cast.quote_spans.overlaps(opens.start(), head_end):
            continue
        source = max((m for p in compiled(lang, "ANONYMOUS_SOURCES") if (m := p.match(text, opens.start(), before))), key=lambda m: m.end(), default=None)
        if source is not None and source.end() >= head_end:
            candidate = _Speaker(source.start(), source.end(), source.group(), "anonymous")
            if _marked(lang, text, candidate, None) and not _appositive(cast, candidate):
                found = candidate
    return found


_SOURCE_BETWEEN_REACH = 400  # characters before a pronoun an unnamed source it stands for is sought in: a sentence or two


def _reach(text: str, lang: ModuleType, at: int) -> int:
    """How far back an organisation a pronoun at ``at`` stands for may be named: the start of
    the paragraph before the pronoun's, in a language that bounds it (``ORG_PRONOUN_PARAGRAPHS``)."""
    if not getattr(lang, "ORG_PRONOUN_PARAGRAPHS", False):
        return 0
    paragraph = text.rfind("\n", 0, at)
    return text.rfind("\n", 0, max(paragraph, 0)) + 1 if paragraph > 0 else 0


def _others(genders: set[str | None]) -> set[str]:
    """The genders that none of ``genders`` (None: either) is."""
    return set() if None in genders else {"male", "female"} - genders


def _without_next_frame(text: str, gaps: list[tuple[int, int]], end: int, inner: str) -> list[tuple[int, int]]:
    """``gaps`` less the stretch right after a quotation ending a sentence (in ".", "?" or "!",
    at ``end``) that ends in a colon before the next quotation: the next one's frame ('When he
    was asked, “Will you …?” Ishiba responded: “We’ll …”': Ishiba answers, he did not ask). After
    a quotation ending in a comma the stretch is its own frame too ('“…,” Smith said, adding: “…”')."""
    if len(gaps) < 2 or inner.rstrip().rstrip("’'")[-1:] not in ".?!":
        return gaps
    return [(lo, hi) for lo, hi in gaps if lo != end or not text[lo:hi].rstrip().endswith(":") or hi == len(text) or text[hi] not in "“\"「"]


def _unquoted(quoted: list[re.Match[str]], starts: list[int], first: int, end: int) -> list[tuple[int, int]]:
    """The stretches of text[first:end] outside quotation marks (``quoted``, in order; their
    ``starts``): no speaker is inside a quotation, so only these are searched. Never empty:
    a sentence that is all quotation keeps its first place, as an empty stretch."""
    gaps = []
    at = first
    for m in quoted[max(bisect.bisect_left(starts, first) - 1, 0) :]:
        if m.start() >= end:
            break
        if m.start() > at:
            gaps.append((at, m.start()))
        at = max(at, m.end())
    if at < end:
        gaps.append((at, end))
    return gaps or [(first, first)]


def _holds_head(lang: ModuleType, name: str, head: str) -> bool:
    """Whether an organisation's name says it is a ``head`` ("ministry" of the Foreign Ministry),
    in its words or by an ending that names only such a one (``ORG_HEAD_ENDINGS``: a club's
    nickname, "Manchester United" for "the club")."""
    return head in name.lower() or name.endswith(tuple(getattr(lang, "ORG_HEAD_ENDINGS", {}).get(head, ())))


def _organisation(text: str, lang: ModuleType, named: list[_Speaker], upto: int, before: int, head: str | None = None) -> _Speaker | None:
    """The organisation a pronoun at ``before`` stands for ("the company", 이 회사는): the last of
    ``named[:upto]`` (whose name holds ``head``, when given: "the ministry", ``ORG_PRONOUN_HEADS``);
    in a language with subject particles, the last one named as a subject (삼성전자는 …, LG전자와 …
    이 회사는: 삼성전자), when one is."""
    subject = particle_after(lang, "SUBJECT_PARTICLES")
    last = None
    for s in map(named.__getitem__, range(upto - 1, -1, -1)):
        if s.kind != "organisation" or s.end > before or (head is not None and not _holds_head(lang, s.name, head)):
            continue
        if subject is None or subject.match(text, s.end):
            return s
        last = last or s
    return last


def _aged(text: str, lang: ModuleType, named: list[_Speaker], upto: int, before: int, age: str) -> _Speaker | None:
    """The person a description by age at ``before`` stands for ("“I am done,” said the
    36-year-old"): the last of ``named[:upto]`` in its paragraph or the one before that the text
    gives that age there (``PERSON_AGE_AFTER``: "Lucy Hart, 29,"; ``PERSON_AGE_BEFORE``:
    "29-year-old Lucy Hart"), else the one "he" or "she" there would be (``_person``), of either
    gender and not one given another age."""
    after, ahead = optional_shape(lang, "PERSON_AGE_AFTER"), optional_shape(lang, "PERSON_AGE_BEFORE")
    ages: dict[str, str] = {}
    paragraph = text.rfind("\n", 0, before)
    start = text.rfind("\n", 0, max(paragraph, 0)) + 1 if paragraph > 0 else 0
    people = [s for s in named[bisect.bisect_left(named, start, key=lambda s: s.start) : upto] if s.kind == "person"]
    for s in people:
        found = (after.match(text, s.end) if after else None) or (ahead.search(text, max(0, s.start - 40), s.start) if ahead else None)
        if found is not None:
            ages[s.name] = found["age"]
    aged = [s for s in people if ages.get(s.name) == age]
    return aged[-1] if aged else _person(text, lang, named, upto, before, age, ages)


# What stands between the last of several speakers and a pronoun that ends the quotation
# opening the next sentence: the rest of that speaker's sentence, then the quotation ("Kaseya,
# head of …, said the continent needed vaccines. “We cannot wait,” he said": Kaseya).
_SENTENCE_OPENED = re.compile(r"(?:^|[.!?] |\n)$")
_QUOTED_NEXT = re.compile(r"[^.!?“”\"\n]*[.!?]\s+[“\"][^“”\"\n]*[”\"]\s*$")


def _person(
    text: str,
    lang: ModuleType,
    named: list[_Speaker],
    upto: int,
    before: int,
    gender: str | None,
    genders: dict[str, str],
) -> _Speaker | None:
    """The person a pronoun standing at ``before`` refers to: the last of ``named[:upto]``
    that may be of its ``gender`` (or age, ``genders`` then the ages known: ``_aged``), unless
    another person of the pronoun's paragraph may be too and the honorifics do not tell them
    apart. Nobody when the paragraph names only people of the other gender: the pronoun's one
    there was not recognised as a name. A mention as an object (``_object``: "some of
    Epstein’s accusers", "chats with Epstein") is passed over: "he" is the one the text was
    telling of, not one it told of; of several, the only one the text had speak
    (``SPEAKER_VERB_AFTER``: "Figgins, who represents Thomas, said") is meant; of several that
    speak, the last when the pronoun frames the quotation right after its sentence
    (``_QUOTED_NEXT``), as is the last when it opens that sentence, its subject ("Manzara
    directed my gaze to …. “…,” he said"); else the only one named other than in the
    possessive or as asked (``NOT_SPEAKER_AFTER``: "Sandra Lee’s sister, Tracy Moss, told CNN
    …. She said": Tracy Moss)."""
    paragraph = text.rfind("\n", 0, before) + 1
    fits: list[_Speaker] = []  # the last fitting mention, then the others of the paragraph
    other_here = False  # a person of the other gender in the pronoun's paragraph
    for s in map(named.__getitem__, range(upto - 1, -1, -1)):
        if s.kind != "person" or s.end > before:
            continue
        if gender and genders.get(s.name, gender) != gender:
            other_here = other_here or s.start >= paragraph
            continue
        if (fits or other_here) and s.start < paragraph:
            break
        if not _object(lang, text, s):
            fits.append(s)
    people = {s.name for s in fits}
    if len(people) > 1:
        # the one of them the text had speak ("Figgins, who represents Thomas, said …. He said"),
        # else the one an honorific or given name tells is of the pronoun's gender
        speaking = [s for s in fits if _verb_after(lang, text, s)]
        if len({s.name for s in speaking}) == 1 or (speaking and _QUOTED_NEXT.match(text, speaking[0].end, before)):
            return speaking[0]
        if any(s.name == fits[0].name for s in speaking):  # of several that spoke, the one named last
            return fits[0]
        if _SENTENCE_OPENED.search(text, max(0, fits[0].start - 2), fits[0].start) and _QUOTED_NEXT.match(text, fits[0].end, before):
            return fits[0]  # "Manzara directed my gaze to …. “…,” he said": the subject of the sentence before
        after = getattr(lang, "NOT_SPEAKER_AFTER", ())
        acting = {s.name for s in fits if not text.startswith(after, s.end)}
        if len(acting) == 1:  # "Sandra Lee’s sister, Tracy Moss, told CNN …. She said": not the one in the possessive
            return next(s for s in fits if s.name in acting)
        told = [s for s in fits if genders.get(s.name) == gender] if gender else []
        return told[0] if len({s.name for s in told}) == 1 else None
    return fits[0] if fits else None


def _last_subject(
    text: str,
    lang: ModuleType,
    named: list[_Speaker],
    upto: int,
    before: int,
    gender: str | None,
    genders: dict[str, str],
    roles: dict[str, str],
    quote_spans: Spans,
) -> _Speaker | None:
    """In a language with subject particles, what a subject pronoun (그는) at ``before`` stands
    for: the last person or unnamed source of its paragraph or the one before that carries a
    subject particle, after the name or after the person's role (``roles``) right behind it
    (이창용 한국은행 총재도) — a source too (한 중진 의원은 “…”며 장 대표 리더십의 … 그는 “…”: the
    source, not 장 대표, named later but not as the subject), but not several of them
    (``PLURAL_SOURCE_END``: 직원들은). None when no such one is there."""
    subject = particle_after(lang, "SUBJECT_PARTICLES")
    if subject is None:
        return None
    paragraph = text.rfind("\n", 0, before) + 1
    start = text.rfind("\n", 0, len(text[:paragraph].rstrip())) + 1 if paragraph else 0
    people = [
        s for s in named[bisect.bisect_left(named, start, key=lambda s: s.start) : upto]
        if s.kind == "person" and s.end <= before and (not gender or genders.get(s.name, gender) == gender)
    ]
    person = next(
        (s for s in reversed(people) if subject.match(text, _phrase_end(text, s, roles.get(s.name or "")))), None
    )
    plural = getattr(lang, "PLURAL_SOURCE_END", None)
    sources = [  # only a source after that person may stand for the pronoun instead, one and not several (전문가들)
        _Speaker(m.start(), m.end(), m.group(), "anonymous")
        for p in compiled(lang, "ANONYMOUS_SOURCES")
        for m in p.finditer(text, person.end if person else start, before)
        if not quote_spans.overlaps(m.start(), m.end()) and subject.match(text, m.end()) and not (plural and m.group().endswith(plural))
    ]
    return max(sources, key=lambda s: s.end, default=person)


def _phrase_end(text: str, mention: _Speaker, role: str | None) -> int:
    """Where a mention's phrase ends: after the person's role when it follows the name within
    two words (이창용 한국은행 총재), else at the mention's end."""
    if role:
        at = text.find(role, mention.end, mention.end + 40)
        if at >= 0 and text.count(" ", mention.end, at) <= 2 and _ONE_PHRASE.fullmatch(text, mention.end, at):
            return at + len(role)
    return mention.end


_ONE_PHRASE = re.compile(r"[\w ]*")


def _by_surname(
    text: str, lang: ModuleType, names: Sequence[Fact], start: int, at: int, surnames: dict[str, dict[str, list[tuple[int, str]]]]
) -> _Speaker | None:
    """The person a lone surname in the frame right after a quotation from ``start`` to ``at``
    names (``QUOTE_SURNAME_AFTER``: "…," Manzara said), or a lone surname or given name in the
    frame right before it, on its line (``QUOTE_NAME_BEFORE``: "Speaking to …, Phil said: “…”"):
    of the people found with it (``surnames``: "surname" and "given" -> that name -> their
    mentions, filled here at the first match; a surname first, a given name only of one person),
    the one named last before the quotation ("Rajnath Singh said …. “…,” Singh said", a Vyomika
    Singh named later); with none named before it, the only one."""
    found = [(m, False) for p in compiled(lang, "QUOTE_SURNAME_AFTER") if (m := p.match(text, at, at + _FRAME_REACH)) is not None][:1]
    before_frame = optional_shape(lang, "QUOTE_NAME_BEFORE")
    if not found and before_frame is not None:
        lo = max(text.rfind("\n", 0, start) + 1, start - _FRAME_BEFORE_REACH)
        found = [(m, True) for m in [before_frame.search(text, lo, start)] if m is not None]
    for m, given_too in found:
        if not surnames:
            surnames.update(surname={}, given={})
            for f in names:
                if f.type == "person":
                    name = str(f.value)
                    surnames["surname"].setdefault(name.rsplit(" ", 1)[-1], []).append((f.start, name))
                    if " " in name:  # a lone "Martha" may be a surname
                        surnames["given"].setdefault(name.split(" ", 1)[0], []).append((f.start, name))
        word = m.group("surname")
        mentions = surnames["surname"].get(word, [])
        if not mentions and given_too:  # a given name stands only for the one person of that name
            mentions = surnames["given"].get(word, [])
            mentions = mentions if len({name for _, name in mentions}) == 1 else []
        before = [name for place, name in mentions if place < start]
        if before or len({name for _, name in mentions}) == 1:
            return _Speaker(m.start("surname"), m.end("surname"), (before or [mentions[0][1]])[-1], "person")
    return None


def _genders(ctx: Context, lang: ModuleType, names: Sequence[Fact]) -> dict[str, str]:
    """Person (full name) -> gender, where an honorific before one of their mentions
    (``names``: the people and organisations found) gives it ("Ms. Yellen", "Mr. Tim Cook"),
    or else their given name (``MALE_GIVEN_NAMES``, ``FEMALE_GIVEN_NAMES``: "Patrick Carlineo")."""
    honorifics: dict[str, str] = getattr(lang, "HONORIFIC_GENDERS", {})
    if not honorifics:
        return {}
    genders: dict[str, str] = {}
    given: dict[str, str] = {}
    names_given = _given_genders(lang)
    text = ctx.text
    words = _honorific_words(lang)  # (made anchor words before the look-up)
    written = not scan.word_places(text).keys().isdisjoint(words)  # most texts have none
    for f in names:
        if f.type != "person":
            continue
        name = str(f.value)
        if name not in given:
            first, _, rest = name.partition(" ")
            given[name] = names_given.get(first, "") if rest else ""  # a lone "Martha" may be a surname
        if name in genders or not written:
            continue
        before = text[max(0, f.start - 8) : f.start].split()
        for word in (f.text.split(" ", 1)[0], before[-1] if before else ""):
            if word in honorifics:
                genders[name] = honorifics[word]
                break
    return {name: gender for name, gender in given.items() if gender} | genders  # an honorific wins


def _titled(text: str, lang: ModuleType, names: Sequence[Fact], genders: dict[str, str], quote_spans: Spans) -> list[_Speaker]:
    """People an honorific and a surname name (``TITLED_SURNAME`` after one of
    ``SURNAME_HONORIFICS``: "Mr Powell", "Ms. Yellen"; not a role: "Mr Speaker") where no person
    found (``names``) stands:
    each the person of that surname and of the honorific's gender named first (of two Trumps,
    the one the story opened with: a paper writing "Mr. Trump" names the others in full), else
    the surname itself ("Powell"), its gender added to ``genders``. Speakers of quotes only: no
    person fact is made of a surname."""
    pattern = optional_shape(lang, "TITLED_SURNAME")
    if pattern is None:
        return []
    places = scan.word_places(text)  # (the honorifics are anchor words: _honorific_words)
    words = _honorific_words(lang).intersection(getattr(lang, "SURNAME_HONORIFICS", ()))
    if places.keys().isdisjoint(words):  # most texts have none
        return []
    honorifics: dict[str, str] = getattr(lang, "HONORIFIC_GENDERS", {})
    roles = word_set(lang, "role") | word_set(lang, "occupation")
    people = [f for f in names if f.type == "person"]
    taken = Spans((f.start, f.end) for f in people)
    found = []
    for word in words.intersection(places):
        gender = honorifics.get(word) or honorifics[word + "."]
        for at in places[word]:
            m = pattern.match(text, at + len(word))
            if m is None or taken.overlaps(at, m.end()) or quote_spans.overlaps(at, m.end()):
                continue
            surname = m.group("surname")
            if surname in roles:  # "Mr Speaker", "Madam President"
                continue
            bearers = [f for f in people if str(f.value).rpartition(" ")[2] == surname and genders.get(str(f.value), gender) == gender]
            name = str(bearers[0].value) if bearers else surname  # of several, the one introduced first
            genders.setdefault(name, gender)
            found.append(_Speaker(at, m.end(), name, "person"))
    return found


@cache
def _honorific_words(lang: ModuleType) -> frozenset[str]:
    """The gendered honorifics without their dot ("Mr." -> "Mr"), anchor words: the shared one-pass
    word look-up (``scan.word_places``) tells whether a text has one."""
    return scan.word_anchors({word.rstrip(".") for word in getattr(lang, "HONORIFIC_GENDERS", {})}).words


@cache
def _given_genders(lang: ModuleType) -> dict[str, str]:
    return {
        **{name: "male" for name in getattr(lang, "MALE_GIVEN_NAMES", ())},
        **{name: "female" for name in getattr(lang, "FEMALE_GIVEN_NAMES", ())},
    }


def _merge(spans: list[_Speaker]) -> list[_Speaker]:
    """The longest of overlapping unnamed-source matches."""
    if len(spans) < 2:  # most sentences have none
        return spans
    kept: list[_Speaker] = []
    taken = Spans()
    for s in sorted(spans, key=lambda s: s.start - s.end):
        if not taken.overlaps(s.start, s.end):
            kept.append(s)
            taken.add(s.start, s.end)
    return sorted(kept, key=lambda s: s.start)


@cache
def _pronoun_pattern(lang: ModuleType, aged: bool = False) -> re.Pattern[str]:
    """A pronoun or a person described by what they are (``PERSON_EPITHETS``: "the defending
    champion"), or when ``aged`` also by age (``PERSON_BY_AGE``: "the 36-year-old"); in a
    language with subject particles, one carrying such a particle."""
    words = word_start_alternation(getattr(lang, "PRONOUNS", {}))
    if getattr(lang, "PERSON_EPITHETS", ""):
        words += "|" + getattr(lang, "PERSON_EPITHETS")
    if aged:
        words += "|" + getattr(lang, "PERSON_BY_AGE")[1]
    subject = particle_after(lang, "SUBJECT_PARTICLES")
    return re.compile(r"(" + words + r")" + (rf"(?={subject.pattern})" if subject is not None else r"\b"))


def _choose(lang: ModuleType, text: str, candidates: list[_Speaker], quote_start: int, roles: dict[str, str]) -> _Speaker | None:
    """The candidate marked as the one speaking (``_marked``) if any, then a person over an
    unnamed source over an organisation, then the one nearest the quote."""
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    marked = [c for c in candidates if _marked(lang, text, c, roles.get(c.name or "")) and not _reporter(lang, text, c, quote_start)]
    pool = marked or candidates
    return min(pool, key=lambda c: (_KIND_RANK.get(c.kind, 3), abs(c.start - quote_start)))


def _reporter(lang: ModuleType, text: str, c: _Speaker, quote_start: int) -> bool:
    """Whether a candidate opens a clause before the quotation as its source, a comma after it
    (``REPORTER_BEFORE``: "According to AFP, one user … posted: “…”"): it reports the event,
    not marked as the one speaking."""
    pattern = optional_shape(lang, "REPORTER_BEFORE")
    return (
        c.end < quote_start and text.startswith(",", c.end)
        and pattern is not None and pattern.search(text, max(0, c.start - 80), c.start) is not None
    )


def _marked(lang: ModuleType, text: str, c: _Speaker, role: str | None) -> bool:
    """Whether the text marks a candidate as the one speaking: by a particle
    (``_particle_marked``), or by a speech verb right after it or its apposition
    (``SPEAKER_VERB_AFTER``: "Gelner, who is 60 years old, said"; not "Hartsell said of
    Fischer") or right before it (``SPEAKER_VERB_BEFORE``: "said Hill") when no verb follows
    it (``_reported``: "Anzalone said Harris put…": Harris does not speak)."""
    if _particle_marked(lang, text, c, role):
        return True
    if _verb_after(lang, text, c) is not None:
        return True
    before = _speaker_verbs(lang)[1]
    return not _reported(lang, text, c) and before.search(text, max(0, c.start - 80), c.start) is not None


def _verb_after(lang: ModuleType, text: str, c: _Speaker, end: int | None = None) -> re.Match[str] | None:
    """A speech verb right after a mention (``SPEAKER_VERB_AFTER``), or after the comma closing
    it when a comma opens it too: a name set off as the subject's apposition ("The central bank
    governor, Andrew Bailey, said"; not "The committee, chaired by Prime Minister Shehbaz Sharif,
    said", nor "a professor at Columbia University, commented"), or after a person's organisation
    (``SPEAKER_AFFILIATION``: "Sarah Mills of Thames Valley Police said"), before ``end``."""
    after = _speaker_verbs(lang)[0]
    end = len(text) if end is None else end
    found = after.match(text, c.end, end)
    if found is None and text.startswith(", ", c.end) and text.endswith(", ", 0, c.start):
        found = after.match(text, c.end + 1, end)
    if found is None and c.kind == "person" and text.startswith(" ", c.end):
        affiliation = optional_shape(lang, "SPEAKER_AFFILIATION")
        if affiliation is not None and (at := affiliation.match(text, c.end, end)) is not None:
            found = after.match(text, at.end(), end)
    return found


def _particle_marked(lang: ModuleType, text: str, c: _Speaker, role: str | None) -> bool:
    """A subject particle right after the candidate (``SUBJECT_PARTICLES``), or a topic
    particle after its ``role`` right behind it (``TOPIC_PARTICLES``: 성 장관은, 조 바이든 미국
    대통령은; not "김상욱 무소속 의원이 … 표명한 데 대해", a clause's subject). Each list is read
    on its own; a language with neither (English) marks no one so."""
    subject = particle_after(lang, "SUBJECT_PARTICLES")
    if subject is not None and subject.match(text, c.end):
        return True
    topic = particle_after(lang, "TOPIC_PARTICLES")
    return bool(role) and topic is not None and topic.match(text, _phrase_end(text, c, role)) is not None


def _speaker_verbs(lang: ModuleType) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A speech verb right after a mention (``SPEAKER_VERB_AFTER``, matched there) and one
    right before it (``SPEAKER_VERB_BEFORE``, ending there)."""
    return rule_shape(lang, "SPEAKER_VERB_AFTER"), rule_shape(lang, "SPEAKER_VERB_BEFORE")
