"""People named in the article, with their role and organisation, and later mentions
linked back to the full name.

A person is *introduced* by one of the language's ``PERSON_PATTERNS``: a name next to a
role ("성윤모 산업통상자원부 장관", "Treasury Secretary Janet Yellen", "Tim Cook, Apple's chief
executive") or next to a speech verb ("Janet Yellen said"). The organisation in a pattern
is kept only when the organisations extractor found it there, and is reported by its
canonical name; a possessive before the role ("its chief executive", "the company's CFO";
``PERSON_OWNER_BEFORE``) stands for the one organisation named before it in its sentence or
the one before. A *later mention* (``PERSON_SHORT``: "성 장관", "Mr. Cook", "Cook") is linked
when exactly one introduced person carries that surname. The article's own authors are
metadata, not people of the story, and are skipped.

Foreign names written in Hangul, given name first, do not have the shape of a Korean name:
they are introduced by what follows them (``FOREIGN_PERSON_AFTER``: "도널드 트럼프 미국
대통령", "잔니 인판티노 FIFA 회장"), read back word by word from there, and later mentioned by
their last word ("트럼프 대통령", "트럼프는").

Each mention is a fact: ``value`` the full name, ``role``, ``org``, and ``aliases`` (the
other forms the article uses for the same person). Where names are written surname first,
an organisation found only between a name and its role ("장동혁 국민의힘 대표") is reported
too, as an organisation at each of its occurrences.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType
from typing import Iterable, Iterator, Sequence

from ..model import Author, Fact
from . import Context, make_fact, scan
from .names import CAPITAL, Spans, after_word, alternation, compiled, expand, field_title, finditer, lazy_shape, occurrences, optional_shape, particle_after, rule_endings, rule_pattern, rule_shape, rule_words, shared_words, strip_particle, trie_alternation, word_set
from .orgs import cut_short, lists, name_like


@dataclass
class _Person:
    name: str
    role: str | None = None
    org: str | None = None


def find(ctx: Context, found: Sequence[Fact]) -> Iterable[Fact]:
    lang = ctx.lang
    if lang is None:
        return []
    orgs = sorted((f for f in found if f.type == "organisation"), key=lambda f: f.start)
    org_spans = Spans((f.start, f.end) for f in orgs)
    org_ends = {f.end: str(f.value) for f in orgs}
    org_starts = {f.start: str(f.value) for f in orgs}
    authors = _author_names(lang, ctx.authors)
    people: dict[str, _Person] = {}
    mentions: list[tuple[int, int, str]] = []  # start, end, full name
    named_orgs: set[str] = set()  # words only a person's role names as their organisation
    slots: set[str] = set()  # words in a person's organisation slot, kept or not ("정용진 신세계 회장")

    def introduce(m: re.Match[str], names: list[tuple[int, int] | None], sure: bool = False) -> None:
        """``sure``: the name opens with a known given name; the word before its role is then
        its organisation however short ("팀 쿡 애플 CEO")."""
        spans = _org_spans(ctx, lang, m, org_spans)
        if _titled_run(lang, ctx.text, m, spans):
            return
        if len(spans) > 1 and _surname_first(lang) and _group(m, "org") is not None:
            spans = spans[:1]  # "김민수 서울대 경제학부 교수": the university, not its school
        role = _group(m, "role")
        if role is not None:
            role = _with_field(lang, ctx.text, m.start("role"), _listed_role(lang, ctx.text, m.start("role"), role))
        if role is not None and len(spans) > 1 and spans[0][1] <= m.start("role") and not org_spans.overlaps(*spans[0]):
            if _is_title_word(lang, title := ctx.text[spans[0][0] : spans[0][1]]):
                role, spans = _role_with_title(_title_lead(lang, ctx.text, spans[0][0]), title, role), spans[1:]  # "the U.S. attorney for the Southern District"
        org, known = _org_of(spans, ctx.text, orgs)
        if known and role is not None and (rest := _slot_rest(ctx.text, spans[0], orgs)) and (field_title(lang, rest) or _opens_role(lang, rest, role) or _posts(lang, rest)):
            role = f"{rest} {role}"  # "AFP Global News Director": AFP's, the rest of the slot the title's; "Marine Corps Commandant Gen."
        if org is not None and not known and cut_short(lang, ctx.text, spans[-1][1]):
            org = None  # "a researcher at the Refugees in Towns project": no piece of a name
        if org is None and role is not None and (owner := _owner_before(ctx, m.start("role"), orgs)) is not None:
            org, known = owner, True  # "Arm Holdings said its chief executive, Rene Haas,"
        if org is not None and not known and (described := _described_org(ctx.text, spans[-1][1], org_starts)) is not None:
            org, known = described, True  # "an analyst at Danish investment company Saxo Bank"
        if org is not None and not known and _possessive_slot(lang, ctx.text, spans[-1][1]):
            org = None  # "Venus Williams' coach": a possessive the organisations extractor turned down
        if org is not None and not known and role is not None and spans[0][1] <= m.start("role") and (_is_title_word(lang, org) or _opens_role(lang, org, role)):
            head, _, last = org.rpartition(" ")
            found_head, known = _org_of([(spans[0][0], spans[0][0] + len(head))], ctx.text, orgs) if head else (None, False)
            if known:  # "White House Press Secretary" when the White House is found: a press secretary of it
                org, role = found_head, f"{last} {role}"
            else:
                role = _role_with_title(_title_lead(lang, ctx.text, spans[0][0]), org, role)  # "Chief Justice", "US District Judge", "chief U.S. economist" (not "spokeswoman for the White House")
                org = None
        elif org is not None and not known and not _org_as_written(lang, org, sure):
            org = None
            if _surname_first(lang):  # a noun is no organisation: the word before it is judged as next to its role
                names = [span for span in names if span is None or not _verb_before_noun(lang, ctx.text, span, org_spans)]
        if org is not None and not known and role is not None and role.lower() in _occupations(lang):
            org = None  # "Liberal billionaire George Soros": an occupation names no organisation but a found one ("Google engineer")
        if org is not None and not known and not sure and _is_name(lang, org, role, _bare_role(lang, m, spans[0][1], m.groupdict().get("name"))):
            if not _name_before_name(lang, ctx.text, names[0], org, role):
                names, org = [spans[0]], None  # "중재에 나선 한병도 대표": the name is the word before the role
        if spans and spans[0] not in names:
            slots.add(ctx.text[spans[0][0] : spans[0][1]])
        if org is None and _surname_first(lang):
            org = _org_right_before(ctx.text, org_ends, names, optional_shape(lang, "PERSON_UNIT_BEFORE"))
        for span in names:
            if span is None or org_spans.overlaps(*span) or ctx.text[span[0] : span[1]] in authors or _in_title_case(ctx, *span) or _credited(lang, ctx.text, span[0]):
                continue
            name = ctx.text[span[0] : span[1]]
            person = people.setdefault(name, _Person(name))
            person.role = person.role or role
            person.org = person.org or org
            mentions.append((*span, name))
            if org is not None and not known:
                named_orgs.add(org)

    known_given = list(_given_first_names(ctx.text, lang))
    foreign = known_given + list(_foreign_names(ctx.text, lang))
    read = Spans(span for _, span in foreign)
    foreign += [(m, span) for m, span in _foreign_before_bodies(ctx.text, lang) if not read.overlaps(*span)]
    # A given name and a surname before a country win over the surname read as a Korean name
    # ("에마뉘엘 마크롱 프랑스 대통령"); a name opening with a known given name wins over any
    # Korean name read up to its role ("사티아 나델라 마이크로소프트 CEO", "존 커비 백악관
    # 대변인"); any other foreign reading gives way to a Korean one.
    placed = [span for m, span in foreign if m.groupdict().get("place") is not None and " " in ctx.text[span[0] : span[1]]]
    sure = {span for _, span in known_given}
    given = Spans([*placed, *(m.span() for m, _ in known_given)])
    # A match through the (empty) group "speech" or "bygiven", the last it closes, is of a name
    # that only speaks or only opens with a known given name: checked when all else is in.
    later: list[tuple[re.Match[str], list[tuple[int, int] | None]]] = []
    pending: set[str] = set()
    for m in finditer(lang, "PERSON_PATTERNS", ctx.text):
        cue = m.lastgroup
        if _group(m, "apposition") is not None and not _apposed(lang, ctx.text, m.start()):
            continue
        if cue in ("bygiven", "initials") and (m.group("name") in people or m.group("name") in pending):
            continue  # a name found already: its other mentions are found below (_repeated_names)
        names = [_name_span(lang, m, key, org_spans) for key in ("name", "name2")]
        if _group(m, "ini") is not None and names[0] is not None and not _initials_name(lang, ctx.text, *names[0]):
            continue  # "GE Healthcare, a unit of": initials that stand alone too
        if cue in ("speech", "bygiven", "initials"):
            later.append((m, names))
            pending.add(m.group("name"))
        elif not any(span is not None and given.overlaps(*span) for span in names):
            introduce(m, names)
    longer = _name_ends(people)
    bodies: frozenset[str] | None = None
    joining, reach = _list_words(lang)
    for m, names in later:
        span = names[0]
        if span is None:
            continue
        if ctx.text.endswith(joining, 0, span[0]) and any(ctx.text.startswith(", ", end) for end in org_ends if span[0] - reach < end < span[0]):
            if bodies is None:
                bodies = _listed_among_bodies(ctx.text, lang, orgs)
            if ctx.text[span[0] : span[1]] in bodies:
                continue
        if _initialled(name := ctx.text[span[0] : span[1]]):
            if _initials_name(lang, ctx.text, *span) and (m.lastgroup == "speech" or _surname_again(ctx.text, name) or _person_sign(lang, ctx.text, name, people)):
                introduce(m, names)
            continue
        if m.lastgroup == "bygiven":
            if not _inside_a_name(ctx.text, span, longer) and not _surname_after_name(lang, ctx.text, span[0]):
                introduce(m, names)
                if (name := ctx.text[span[0] : span[1]]) in people:
                    _add_ends(longer, name)
        elif len(owners := longer.get(ctx.text[span[0] : span[1]], [])) == 1:
            mentions.append((*span, owners[0]))  # "Van Der Beek said" of James Van Der Beek
        elif m.groupdict().get("known") is not None or _person_sign(lang, ctx.text, ctx.text[span[0] : span[1]], people):
            introduce(m, names)
    if not _surname_first(lang):
        _merge_short_given_names(people, mentions)
    taken = Spans((s, e) for s, e, _ in mentions)
    for m, span in foreign:
        if not taken.overlaps(span[0], m.end()):
            introduce(m, [span], sure=span in sure)
    # A leader named by one word, not a Korean name read there, and named again in the text (a
    # figure of speech is written once: "허수아비 대통령이라는 비판"); after a full name ("도널드
    # 트럼프"), "트럼프 대통령" is a later mention.
    leaders = list(_leaders(ctx.text, lang))
    words = _name_words(people) if leaders else {}
    for m in leaders:
        word = m.group("name")
        if word not in words and not taken.overlaps(m.start(), m.end()) and len(occurrences(lang, ctx.text, [word])) > 1:
            introduce(m, [m.span("name")])
    for m in _royals(ctx.text, lang):
        if not taken.overlaps(*m.span()) and not org_spans.overlaps(*m.span()):
            introduce(m, [m.span("name")])
    for m in _stage_names(ctx.text, lang):
        if not taken.overlaps(*m.span("name")) and not org_spans.overlaps(*m.span("name")):
            introduce(m, [m.span("name")])
    if performers := list(_performers(ctx.text, lang)):
        taken = Spans((s, e) for s, e, _ in mentions)
        for m in performers:
            if not taken.overlaps(*m.span("name")) and not org_spans.overlaps(*m.span("name")):
                introduce(m, [m.span("name")])
    taken = Spans((s, e) for s, e, _ in mentions)
    for m in _speaking_subjects(ctx, lang, people):
        if not taken.overlaps(*m.span("name")) and not _names_an_organisation(ctx, lang, m.group("name"), orgs, slots):
            introduce(m, [m.span("name")])
    for span in _named_by_surname(ctx, lang, people, orgs):
        name = ctx.text[span[0] : span[1]]
        if not org_spans.overlaps(*span) and name not in authors:
            people.setdefault(name, _Person(name))
            mentions.append((*span, name))
    merged: dict[str, str] = {}
    if _surname_first(lang):
        _merge_name_words(people, mentions)
    else:
        merged = _merge_first_words(people, mentions)
        _particle_surnames(ctx, lang, people, mentions)
    mentions += _repeated_names(ctx, people, mentions, merged)
    mentions += _short_mentions(ctx, lang, people, [(s, e) for s, e, _ in mentions] + [(f.start, f.end) for f in orgs])
    mentions += _titled_given_names(ctx, lang, people, mentions, orgs)
    return _facts(ctx, people, mentions) + _named_organisations(ctx, lang, named_orgs, mentions)


@cache
def _list_words(lang: ModuleType) -> tuple[tuple[str, ...], int]:
    """The words before the last name of a list (``ORG_LISTS``), with their blanks (" and "),
    and the lists' longest reach. Only a name after one, in a list with a found organisation
    (one before a comma, within reach), has the lists read."""
    entries = getattr(lang, "ORG_LISTS", ())
    return tuple(f" {word} " for word, *_ in entries), max((reach for _, reach, *_ in entries), default=0)


def _listed_among_bodies(text: str, lang: ModuleType, orgs: Sequence[Fact]) -> frozenset[str]:
    """Names opening with a known given name in a list of names (``ORG_LISTS``) with a found
    organisation and no other name opening with one: a list of organisations, whose names may
    open like a person's ("Goldman Sachs, JPMorgan and Morgan Stanley"; not "Jeff Bezos, Elon
    Musk and Morgan Freeman", nor "Kamala Harris, Klobuchar and Steyer")."""
    given = rule_words(lang, "GIVEN_NAMES")
    known = {f.text for f in orgs}
    found = set()
    for group in lists(text, lang):
        if len(like_people := [name for name in group if name.split(" ", 1)[0] in given]) == 1 and not known.isdisjoint(group):
            found.add(like_people[0])
    return frozenset(found)


def _credited(lang: ModuleType, text: str, start: int) -> bool:
    """Whether the name at ``start`` credits a photograph (``PERSON_CREDIT_BEFORE``: "© John
    Brecher", "Photograph: Jane Smith", "REUTERS/Kevin Lamarque"): a photographer, no one of the story."""
    before = optional_shape(lang, "PERSON_CREDIT_BEFORE")
    return before is not None and before.search(text, max(0, start - 24), start) is not None


def _royals(text: str, lang: ModuleType) -> Iterator[re.Match[str]]:
    """A royal title before a given name (``ROYAL_TITLES``, ``PERSON_BY_TITLE``): each title
    found in the shared pass of ``scan.word_places``, the pattern matched there."""
    pattern = lazy_shape(lang, "PERSON_BY_TITLE")
    if pattern is None:
        return
    titles = shared_words(lang, "ROYAL_TITLES")
    places = scan.word_places(text)
    for title in titles:
        for at in places.get(title, ()):
            if (m := pattern().match(text, at)) is not None:
                yield m


def _stage_names(text: str, lang: ModuleType) -> Iterator[re.Match[str]]:
    """A stage or pen name the text gives the real name of in brackets right after it
    (``REAL_NAME_WORDS``, ``PERSON_STAGE_NAME``: "가수 아이유(본명 이지은)가"): each word found
    in the shared pass of ``scan.word_places``, the pattern matched from the word before the
    bracket, or from the one before that (an occupation: the person's role)."""
    pattern = optional_shape(lang, "PERSON_STAGE_NAME")
    if pattern is None:
        return
    words = shared_words(lang, "REAL_NAME_WORDS")  # (made anchor words before the pass)
    places = scan.word_places(text)
    for word in words:
        for at in places.get(word, ()):
            if at < 2 or text[at - 1] != "(":
                continue
            start = max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1)) + 1
            before = text.rfind(" ", 0, start - 1) + 1 if start > 1 and text[start - 1] == " " else start
            m = pattern.match(text, before) or pattern.match(text, start)
            if m is not None and m.end("name") == at - 1:
                yield m


def _performers(text: str, lang: ModuleType) -> Iterator[re.Match[str]]:
    """A stage name right after a performer's occupation (``PERFORMERS``, ``PERSON_BY_PERFORMER``:
    "가수 아이유가"): each occupation found in the shared pass of ``scan.word_places``, the
    pattern matched there; not a common noun (``NAME_NOT``, ``FOREIGN_NAME_NOT``,
    ``PERFORMER_NAME_NOT``, ``PERFORMER_NAME_NOT_ENDINGS``: "가수 출신이", "배우 지망생이")."""
    pattern = rule_pattern(lang, "PERSON_BY_PERFORMER")
    if pattern is None:
        return
    performers = shared_words(lang, "PERFORMERS")
    places = scan.word_places(text)
    not_names = _performer_not_names(lang)
    endings = tuple(getattr(lang, "PERFORMER_NAME_NOT_ENDINGS", ()))
    for word in performers:
        for at in places.get(word, ()):
            if (m := pattern.match(text, at)) is not None and m.group("name") not in not_names and not m.group("name").endswith(endings):
                yield m


@cache
def _performer_not_names(lang: ModuleType) -> frozenset[str]:
    return rule_words(lang, "NAME_NOT") | rule_words(lang, "FOREIGN_NAME_NOT") | rule_words(lang, "PERFORMER_NAME_NOT") | rule_words(lang, "TITLES")


_APPOSITION_REACH = 60  # characters before a role read for the determiner or possessive before it


def _apposed(lang: ModuleType, text: str, role: int) -> bool:
    """Whether a role set apart by commas before a name, at ``role``, stands after a determiner
    or a possessive (``APPOSITION_AFTER``: "Nvidia's chief executive, Jensen Huang,")."""
    return rule_shape(lang, "APPOSITION_AFTER").search(text, max(0, role - _APPOSITION_REACH), role) is not None


def _speaking_subjects(ctx: Context, lang: ModuleType, people: dict[str, _Person]) -> Iterator[re.Match[str]]:
    """People named with no role as the subject of a sentence that quotes them
    (``PERSON_SPEAKING``: "손흥민은 경기 후 “…”라고 말했다"), matched at each sentence's start:
    a word after no word with a particle, no common noun (``_no_korean_name``,
    ``SPEAKER_NOT_ENDINGS``, a body's short name), and with a sign of a person as strong as its
    shape needs (``_speaker_signed``)."""
    pattern = optional_shape(lang, "PERSON_SPEAKING")
    if pattern is None:
        return
    marks = [m.start() for m in _QUOTATION_MARK.finditer(ctx.text)]
    for start, _ in ctx.sentences:
        i = bisect.bisect_left(marks, start)
        if i == len(marks) or marks[i] - start > _SPEAKING_REACH:
            continue  # no quotation near: most sentences (the pattern is tried at the others)
        m = pattern.match(ctx.text, start)
        if m is None or len(m.group("gap")) > (_SPEAKING_GAP_HE if m.group("he") else 80) or len(m.group("he") or "") > 48:
            continue
        if (name := m.group("name")).endswith(rule_endings(lang, "SPEAKER_NOT_ENDINGS")):
            continue
        lead = m.group("lead")
        if lead is not None and any(strip_particle(lang, word) != word for word in lead.split(" ")):
            continue  # "숨진 학생의 어머니는": the subject is another's
        if name not in _not_names(lang) and not _body_name(lang, name, None) and not _no_korean_name(lang, name, None):
            if _speaker_signed(ctx, lang, m, people):
                yield m


# Characters of the name's sentence when the quotation is in the next one, opened by 그는: a
# whole sentence, as a sports lead writes it ("손흥민은 24일(한국시간) 영국 런던 … 결승골을 넣었다.").
_SPEAKING_GAP_HE = 120
_SPEAKING_REACH = 240  # characters from a sentence's start to the quotation of ``PERSON_SPEAKING``, at most (its words are short)
_QUOTATION_MARK = re.compile("[“\"]")


def _speaker_signed(ctx: Context, lang: ModuleType, m: re.Match[str], people: dict[str, _Person]) -> bool:
    """Whether a subject with no role that speaks is a person's (see ``PERSON_SPEAKING``): a
    name of three syllables or more (``{name}``) with any sign, a verb only people do after
    the quote frame among them (``SPEAKER_PERSON_VERBS``); a shorter name, or a word of no
    name's shape, with a strong one: 그는 after it, an age or a team in brackets, a word only a
    person says in the sentence (``SPEAKER_PERSON_WORDS``), or a title the text gives its
    surname, or the word itself when it has no name's shape (``_titled``)."""
    name, note = m.group("name"), m.group("note")
    if note is not None and note.isdigit() and len(note) > 3:
        return False  # "오리온(271560)은": a company's code
    if m.group("he") is not None or note is not None or rule_shape(lang, "SPEAKER_PERSON_WORDS").search(ctx.text, m.end("name"), m.end()):
        return True
    shaped = _name_shape(lang).fullmatch(name) is not None
    if shaped and len(name) > 2 and rule_shape(lang, "SPEAKER_PERSON_VERBS").match(ctx.text, m.end()):
        return True
    if shaped:
        surname = _surname(lang, name)
        return not any(_surname(lang, other) == surname for other in people) and _titled(ctx, lang, surname)
    return _titled(ctx, lang, name, before=True)


def _titled(ctx: Context, lang: ModuleType, word: str, before: bool = False) -> bool:
    """Whether the text writes ``word``, opening a word, before a title, maybe over modifiers
    ("조 대표는", "조 전 장관", "아이유 씨"), or (``before``) after an occupation ("가수 아이유가")."""
    after = _title_after(lang)
    occupations = word_set(lang, "occupation")
    for at in _places_of(ctx.text, word):
        if at > 0 and ctx.text[at - 1].isalnum():
            continue
        if after.match(ctx.text, at + len(word)):
            return True
        if before and ctx.text[max(0, at - 8) : at].rstrip(" ").rpartition(" ")[2] in occupations:
            return True
    return False


@cache
def _title_after(lang: ModuleType) -> re.Pattern[str]:
    return re.compile(expand(lang, r"(?: (?:{modifier}))* (?:{title})(?:{particle})?(?!\w)"))


def _names_an_organisation(ctx: Context, lang: ModuleType, name: str, orgs: Sequence[Fact], slots: set[str]) -> bool:
    """Whether a subject with no role names an organisation: one the organisations extractor
    found opens with it ("신세계는" and 신세계그룹), it stands in a person's organisation slot
    (``slots``: "정용진 신세계 회장"), or the text writes it with a listed company's code
    (``COMPANY_CODE_AFTER``: "오리온(271560)") or before a noun only a company has
    (``COMPANY_NOUNS_AFTER``: "오리온 관계자", "오리온 주가")."""
    if name in slots or any(f.text.startswith(name) or str(f.value).startswith(name) for f in orgs):
        return True
    after = _company_after(lang)
    return any(after.match(ctx.text, at + len(name)) for at in _places_of(ctx.text, name))


@cache
def _company_after(lang: ModuleType) -> re.Pattern[str]:
    """A company's code or one of its nouns, with its particle (``COMPANY_CODE_AFTER``, ``COMPANY_NOUNS_AFTER``)."""
    code, nouns = getattr(lang, "COMPANY_CODE_AFTER", r"(?!x)x"), alternation(getattr(lang, "COMPANY_NOUNS_AFTER", ()))
    return re.compile(expand(lang, f"{code}| (?:{nouns})(?:{{particle}})?(?!\\w)"))


def _places_of(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


_SIGN_BEFORE_REACH = 80  # characters before a name read for a role set apart before it


def _person_sign(lang: ModuleType, text: str, name: str, people: dict[str, _Person]) -> bool:
    """Whether a name that only speaks ("Ed Hirs said") is a person's, not an organisation's
    ("Plymouth Citibus said"): introduced already, or opening with a known given name
    (``GIVEN_NAMES``: the ``known`` group of the pattern, or a given name of the other
    patterns' lists), or followed by a role (``PERSON_SIGN_AFTER``: "Hogan Gidley, the
    deputy White House press secretary") or set apart after one (``PERSON_SIGN_BEFORE``: "the
    UN under-secretary general for legal affairs, Elinor Hammarskjöld, told"), or its surname after an honorific ("Mr. Hirs"), or
    a he or she (``PERSON_PRONOUNS``) in the sentence of one of its mentions or the next, or
    a his, her or him (``PERSON_POSSESSIVES``) in the sentence of a mention opening it; a
    mention after a pronoun in its sentence gives no sign (the pronouns may be another's)."""
    if name in people or not rule_words(lang, "GIVEN_NAMES").isdisjoint(name.split(" ", 1)[0].split("-")):
        return True  # (either part of a hyphenated given name: "Eva-Marie Persson")
    surname = _surname(lang, name)
    role, pronoun = rule_shape(lang, "PERSON_SIGN_AFTER"), rule_shape(lang, "PERSON_PRONOUNS")
    possessive, role_before = rule_shape(lang, "PERSON_POSSESSIVES"), rule_shape(lang, "PERSON_SIGN_BEFORE")
    for i in scan.whole_word_places(text, surname):
        end = i + len(surname)
        before = text[max(0, i - 6) : i].split(" ")
        if role.match(text, end) or (len(before) > 1 and before[-2] in word_set(lang, "honorific")):
            return True
        start = end - len(name) if text.endswith(name, 0, end) else i
        if text.startswith(", ", start - 2) and role_before.search(text, max(0, start - _SIGN_BEFORE_REACH), start):
            return True
        stop = text.rfind(". ", 0, start)
        opening = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
        if pronoun.search(text, opening, start) or possessive.search(text, opening, start):
            continue  # one after it may well be the same ("most of her music, Big Machine, says she")
        if pronoun.search(text, end, min(_sentence_end(text, i), end + 300)):
            return True
        if opening == start and possessive.search(text, end, min(_sentence_end(text, i, own=True), end + 300)):
            return True
    return False


def _initialled(name: str) -> bool:
    """Whether a name opens with initials, no letter of its first word in lower case ("J.D. Vance")."""
    first = name.partition(" ")[0]
    return first.upper() == first


def _initials_name(lang: ModuleType, text: str, start: int, end: int) -> bool:
    """Whether the words at ``start``-``end``, two initials and a surname found beside a speech
    verb, a description or with a sign of a person, are a person's name: no capitalised word
    stands before them (they are the middle initials of a name, "George R.R. Martin", or a
    title's; a stop word may open the sentence), the text writes the initials only before the
    surname, and the surname never in lower case ("GE Healthcare said", where "GE" stands alone
    too; "JD Sports said" in a text about sports: a company's); not letters of ``INITIALS_NOT``,
    nor a surname of ``INITIALS_TRADE_WORDS`` ("JD Sports"), nor a name followed anywhere by what
    a company has or does (``INITIALS_ORG_AFTER``: "… shares", "… said its")."""
    if start > 1 and text[start - 1] == " " and (before := text[text.rfind(" ", 0, start - 1) + 1 : start - 1]).istitle() and before not in _not_names(lang):
        return False
    initials, _, surname = text[start:end].partition(" ")
    if initials in rule_words(lang, "INITIALS_NOT") or surname in rule_words(lang, "INITIALS_TRADE_WORDS"):
        return False  # "P.O. Box", "JD Sports"
    if (company := rule_pattern(lang, "INITIALS_ORG_AFTER")) is not None and any(company.match(text, at + end - start) for at in scan.whole_word_places(text, text[start:end])):
        return False  # "KP Snacks said its …", "MJ Holt's shares": a company's
    alone = [at for at in scan.whole_word_places(text, initials) if not text.startswith(surname, at + len(initials) + 1)]
    return not alone and not scan.whole_word_places(text, surname.lower())


def _surname_again(text: str, name: str) -> bool:
    """Whether the text names again by the surname alone a person it names with initials
    ("directed by J.J. Abrams. Abrams was a producer"): the surname as a word with no
    capitalised word right before or after it (not "Jane Abrams", "Abrams Street")."""
    surname = name.rpartition(" ")[2]
    for at in scan.whole_word_places(text, surname):
        before = text[text.rfind(" ", 0, max(at - 1, 0)) + 1 : at].strip()
        if (not before or not before[0].isupper() or before[-1] in ".!?\"”") and not _CAPITAL_AFTER.match(text, at + len(surname)):
            return True
    return False


_CAPITAL_AFTER = re.compile(r" ?[A-Z]|-")


def _name_ends(people: Iterable[str]) -> dict[str, list[str]]:
    """The last words of each name of several words -> the names ending in them ("Mohammad
    Asif" and "Asif" -> "Khawaja Mohammad Asif")."""
    ends: dict[str, list[str]] = {}
    for name in people:
        _add_ends(ends, name)
    return ends


def _add_ends(ends: dict[str, list[str]], name: str) -> None:
    at = name.find(" ")
    while at >= 0:
        end = name[at + 1 :]
        for form in {end, _capitalised(end)}:  # "Ten Hag said" of Erik ten Hag
            if name not in (owners := ends.setdefault(form, [])):
                owners.append(name)
        at = name.find(" ", at + 1)


def _inside_a_name(text: str, span: tuple[int, int], longer: dict[str, list[str]]) -> bool:
    """Whether the words at ``span`` end, there, a longer name introduced before ("Mohammad
    Asif" of "Khawaja Mohammad Asif"; ``longer``: ``_name_ends``)."""
    return any(text.endswith(name, 0, span[1]) for name in longer.get(text[span[0] : span[1]], ()))


def _merge_short_given_names(people: dict[str, _Person], mentions: list[tuple[int, int, str]]) -> None:
    """A name whose given name is the short form of another's with the same surname ("Josh
    Apte" and "Joshua Apte", "Pat Carlineo" and "Patrick W. Carlineo") is that person's."""
    by_surname: dict[str, list[str]] = {}
    for name in people:
        if " " in name:
            by_surname.setdefault(name.rsplit(" ", 1)[1], []).append(name)
    full = {}
    for names in by_surname.values():
        for name in names if len(names) > 1 else ():
            given = name.split(" ", 1)[0]
            for other in names:
                other_given = other.split(" ", 1)[0]
                if len(other_given) > len(given) >= 3 and other_given.startswith(given):
                    full[name] = other
    for short, long in full.items():
        _merge(people, mentions, short, long)


def _merge_first_words(people: dict[str, _Person], mentions: list[tuple[int, int, str]]) -> dict[str, str]:
    """A person known by one word and nothing else (no role, no organisation: a speaker, "“…,”
    Lin said") that is the first word of exactly one name of several words is that person: a
    name written surname first in English ("Lin Jian", "Xi Jinping"), or a given name alone
    ("Doria" of Doria Ragland). Not "Prince Harry" and Harry Kane: a title is a role. Returns
    each word merged and its name: the word's other occurrences are the person's too."""
    firsts: dict[str, list[str]] = {}
    for name in people:
        if " " in name:
            firsts.setdefault(name.split(" ", 1)[0], []).append(name)
    merged = {}
    for short in [name for name in people if name in firsts and len(firsts[name]) == 1]:
        if people[short].role is None and people[short].org is None:
            _merge(people, mentions, short, firsts[short][0])
            merged[short] = firsts[short][0]
    return merged


def _particle_surnames(ctx: Context, lang: ModuleType, people: dict[str, _Person], mentions: list[tuple[int, int, str]]) -> None:
    """A person read as a name opening with a capitalised particle ("De La Rosa said": "De"
    read as a given name; ``SURNAME_PARTICLES``) is named by the family name alone: the text's
    first "Given De La Rosa" (``_given_name_before``: "Alano De La Rosa holds the top office",
    written with no cue) is the full name, and every mention the person's."""
    particles = rule_words(lang, "SURNAME_PARTICLES")
    for name in [name for name in people if " " in name and name.split(" ", 1)[0] in particles]:
        span = _given_name_before(lang, ctx.text, name)
        if span is not None and (full := ctx.text[span[0] : span[1]]) != name:
            people.setdefault(full, _Person(full))
            _merge(people, mentions, name, full)


def _merge(people: dict[str, _Person], mentions: list[tuple[int, int, str]], short: str, name: str) -> None:
    """The person ``short`` is ``name``: its role and organisation fill theirs where they
    have none, and its mentions become theirs."""
    person, other = people[name], people.pop(short)
    person.role = person.role or other.role
    person.org = person.org or other.org
    mentions[:] = [(s, e, name if n == short else n) for s, e, n in mentions]


def _sentence_end(text: str, at: int, own: bool = False) -> int:
    """Where the next sentence after ``at`` ends (of its paragraph): a sign of a person is
    looked for in the sentence of a mention and the one after it; ``own``: where the
    sentence at ``at`` ends."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    first = text.find(". ", at, line_end)
    if own:
        return first if first >= 0 else line_end
    second = text.find(". ", first + 2, line_end) if first >= 0 else -1
    return second if second >= 0 else line_end


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_LOWER_AFTER = re.compile(r"[,;:]? (?:[a-z]+ )?[a-z][^\W\d_]{3}|[,;:]? (?:is|was|has|had|who|are|were|did)\b|['’]s? [a-z]")  # (title case writes these capitalised)
_LOWER_WORD = re.compile(r"[a-z](?<![^\W\d_].)[^\W\d_]{3}")


def _in_title_case(ctx: Context, at: int, end: int) -> bool:
    """Whether the name at ``at``-``end`` stands in a line written in title case, a title ("Why
    Can’t Taylor Swift Perform Her Own Songs?"), where the words after a name are capitalised
    too and no name ends where it seems to: each of the line's words of four letters or more
    is capitalised, at least two of them written in lower case elsewhere in the text (common
    words, not names: "Donald Trump and Melania Trump" is no title)."""
    text = ctx.text
    if _surname_first(ctx.lang) or _LOWER_AFTER.match(text, end):
        return False  # (a script without capitals; most names: "Tim Cook said", "Ed Hirs, who is")
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    if _LOWER_WORD.search(text, start, stop):
        return False  # (most lines: a word in lower case is found near their start)
    words = _LONG_WORD.findall(text, start, stop)
    return len(words) >= 4 and sum(1 for w in words if scan.whole_word_places(text, w.lower())) >= 2


def _author_names(lang: ModuleType, authors: Sequence[Author]) -> set[str]:
    """Authors' names, also without a trailing role ("오세은 기자" -> "오세은")."""
    roles = set(getattr(lang, "ROLES", ()))
    names = {a.name for a in authors}
    return names | {n.rsplit(" ", 1)[0] for n in names if n.rsplit(" ", 1)[-1] in roles}


def _name_span(lang: ModuleType, m: re.Match[str], key: str, org_spans: Spans | None = None) -> tuple[int, int] | None:
    """The name group's span without the words before the name proper: stop words, titles
    and peoples ("But Tim Cook" -> "Tim Cook", "Prime Minister Modi" -> no full name).
    ``org_spans``: the organisations found, for ``_opens_clause``."""
    if _group(m, key) is None:
        return None
    start, end = m.span(key)
    text = m.string
    article = _article_before(lang)
    while start < end and (lead := _leading_title(lang).match(text, start, end)):
        if article is not None and article.search(text, max(0, start - 30), start):
            return None
        if _given_place(lang, m, start, lead.end(), end):
            break  # "Defence Minister Israel Katz": a given name
        start = lead.end()
    if article is not None and article.search(text, max(0, start - 30), start):
        return None  # "The Dragon Waiting", "the Bright Ice Initiative": a title, a body
    first = text[start:end].split(" ", 1)[0]
    if "-" in first and first.split("-", 1)[0] in _not_names(lang):
        return None  # "General Secretary-Treasurer Fred Zuckerman": a hyphenated title, read apart
    name = text[start:end]
    if not name or name in _not_names(lang) or name.endswith(rule_endings(lang, "NAME_NOT_ENDINGS")) and not _role_after(m, end):
        return None  # "Virginia Beach", "Hyde Park"; but "Linda Park, a nurse at the hospital," is a person
    if not _surname_first(lang):
        return (start, end) if " " in name else None
    if _body_name(lang, name, _group(m, "role")) and not _given_name_like_body(lang, m, name, end):
        return None
    opens = _verb_like(lang, name) and org_spans is not None and _opens_clause(text, start, org_spans)
    return None if _no_korean_name(lang, name, _bare_role(lang, m, end), opens) else (start, end)


def _role_after(m: re.Match[str], end: int) -> bool:
    """Whether the match gives the name ending at ``end`` a role set apart after it ("…, a
    nurse"; not a Korean role after its name, "선출된 의장": no comma)."""
    return _group(m, "role") is not None and m.start("role") > end and m.string.startswith(",", end)


def _given_place(lang: ModuleType, m: re.Match[str], start: int, rest: int, end: int) -> bool:
    """Whether the word at ``start`` a name's leading titles would drop is a given name: a place
    that is one too (``GIVEN_NAMES_LIKE_PLACES``) right after the match's role, one word after it
    ("Defence Minister Israel Katz"; not "Prime Minister Modi", nor "Israel Hayom said")."""
    return (
        _group(m, "role") is not None
        and m.end("role") < start
        and m.string[start : rest - 1] in rule_words(lang, "GIVEN_NAMES_LIKE_PLACES")
        and " " not in m.string[rest:end]
    )


_CLAUSE_BREAK = frozenset(".!?,;:”\"’')]\n")


def _opens_clause(text: str, start: int, org_spans: Spans) -> bool:
    """Whether the word at ``start`` opens its sentence or clause, or follows an organisation
    with no particle: no verb's form stands there, which needs a word before it to govern
    ("회의를 주재한 총리"), so a word ending like one is a name ("이정한 교수는", "경제학부 이정한
    교수는")."""
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i < 0 or text[i] in _CLAUSE_BREAK or (i < start - 1 and org_spans.overlaps(i, i + 1))


def _body_name(lang: ModuleType, word: str, role: str | None) -> bool:
    """Whether a word ends like a body's short name (``NAME_BODY_ENDINGS``: "서울시 대변인";
    ``NAME_NOT_ENDINGS_BEFORE``, before the body's roles: "서울대 교수")."""
    return word.endswith(rule_endings(lang, "NAME_BODY_ENDINGS")) or role in getattr(lang, "NAME_NOT_ENDINGS_BEFORE", {}).get(word[-1:], ())


def _given_name_like_body(lang: ModuleType, m: re.Match[str], name: str, end: int) -> bool:
    """Whether a word ending like a body's name in a syllable given names end in too
    (``NAME_BODY_ENDINGS_GIVEN``) is a name: an age or an organisation with its suffix stands
    between it and its role, or the text names it later by its surname and the role
    ("김용관(54) 교수", "김정관 산업통상자원부 장관", "윤재관 대변인 … 윤 대변인"; not "백악관 대변인")."""
    role = _group(m, "role")
    if role is None or not name.endswith(rule_endings(lang, "NAME_BODY_ENDINGS_GIVEN")):
        return False
    org = _group(m, "org")
    suffixed = org is not None and org.endswith(rule_endings(lang, "ORG_SUFFIXES"))
    return m.string.startswith("(", end) or suffixed or f"{_surname(lang, name)} {role}" in m.string


def _name_before_name(lang: ModuleType, text: str, span: tuple[int, int] | None, second: str, role: str | None) -> bool:
    """Whether the first of two words of a name's shape before a role is the name and the
    second its organisation ("방시혁 하이브 의장"), not the other way round ("하이브 방시혁 의장",
    "중재에 나선 한병도 대표"): the text mentions the first later by its surname and the role
    ("방 의장"), and not the second."""
    if span is None or role is None:
        return False
    later = [f"{_surname(lang, word)} {role}" for word in (text[span[0] : span[1]], second)]
    return later[0] in text and later[1] not in text


def _verb_before_noun(lang: ModuleType, text: str, span: tuple[int, int], org_spans: Spans) -> bool:
    """Whether a word read as a name before a noun that names no organisation and a role is a
    verb's form, as it would be right before the role ("경찰은 정확한 사고 경위를": no person;
    "이정한 경제학 교수는", opening its clause, is one)."""
    return _verb_like(lang, text[span[0] : span[1]]) and not _opens_clause(text, span[0], org_spans)


def _verb_like(lang: ModuleType, word: str) -> bool:
    """Whether a word of a name's shape ends like a verb's attributive form (``NAME_BARE_NOT_ENDINGS``)."""
    return word.endswith(rule_endings(lang, "NAME_BARE_NOT_ENDINGS"))


def _bare_role(lang: ModuleType, m: re.Match[str], end: int, before: str | None = None) -> str | None:
    """The match's role when nothing tells the word ending at ``end`` is a name: the role
    stands before it ("시장 전망치는") or after it with nothing but a country between ("방한한
    미국 국무장관"); None when an age, a modifier or an organisation stands between, or
    before the word (``before``, a body's short name: "서울대 이정한 교수")."""
    if _group(m, "role") is None:
        return None
    if m.start("role") > end and not all(word in rule_words(lang, "PLACES") for word in m.string[end : m.start("role")].split()):
        return None
    if before is not None and _body_name(lang, before, m.group("role")):
        return None
    return m.group("role")


def _no_korean_name(lang: ModuleType, word: str, bare_role: str | None, opens_clause: bool = False) -> bool:
    """Whether a word of a name's shape (surname first) is an ordinary word: one that is no
    foreign name's word either (``FOREIGN_NAME_NOT``: "보수 진영", "대선 주자"), an organisation's
    suffix or kind ("반도체 부문"), a stop word with a particle ("이들이", "이번에"), or, next to
    a role with nothing between (``bare_role``), a verb's form (``NAME_BARE_NOT_ENDINGS``:
    "주재한 총리"; not where the word opens its clause, ``opens_clause``: "이정한 교수는") or any
    word when the role is also a common noun (``NOUN_ROLES``: "부동산 시장", "시장 전망치")."""
    if word in _foreign_not(lang) or word in _organisation_words(lang) or word[:-1] in _not_names(lang):
        return True
    if bare_role is None:
        return False
    return (_verb_like(lang, word) and not opens_clause) or bare_role in rule_words(lang, "NOUN_ROLES")


@cache
def _organisation_words(lang: ModuleType) -> frozenset[str]:
    return rule_words(lang, "ORG_SUFFIXES") | rule_words(lang, "ORG_TYPE_NOUNS")


@cache
def _article_before(lang: ModuleType) -> re.Pattern[str] | None:
    """What no personal name follows (``NAME_NOT_AFTER``: "the", "Secretary of"); None in a
    language that has none."""
    after = getattr(lang, "NAME_NOT_AFTER", None)
    return None if after is None else re.compile("(?:" + after + ") $")


@cache
def _occupations(lang: ModuleType) -> frozenset[str]:
    """The language's occupations, in lower case (``OCCUPATIONS``)."""
    return frozenset(w.lower() for w in getattr(lang, "OCCUPATIONS", ()))


@cache
def _not_names(lang: ModuleType) -> frozenset[str]:
    """Stop words and roles: no name is one."""
    return frozenset((*getattr(lang, "NAME_NOT", ()), *getattr(lang, "ROLES", ())))


@cache
def _leading_title(lang: ModuleType) -> re.Pattern[str]:
    """A word that cannot open a name: a stop word, a title, an occupation ("Actor Tom Hanks
    said" at a sentence's start), an honorific, a people."""
    words = [*getattr(lang, "NAME_NOT", ()), *getattr(lang, "HONORIFICS", ())]
    shape = getattr(lang, "ORG_NOT_SHAPE", r"(?!x)x")
    return re.compile(expand(lang, "(?:{role}|{occupation}|{modifier}|" + trie_alternation(words) + "|" + shape + ") "))


_ORG_BEFORE_REACH = 80  # characters before a role read for the organisation before it ("Apple CEO")


def _org_spans(ctx: Context, lang: ModuleType, m: re.Match[str], found: Spans) -> list[tuple[int, int]]:
    """Where the match names an organisation: its org groups or, when it opens with the
    role, the words right before it (``PERSON_ORG_BEFORE``: "Apple CEO Tim Cook"; in the
    possessive, only an organisation ``found`` by the organisations extractor: "Nvidia's")."""
    spans = [m.span(k) for k in ("org", "org2", "org3") if _group(m, k) is not None]
    if not spans and _group(m, "role") is not None and m.start("role") == m.start():
        lo = max(0, m.start() - _ORG_BEFORE_REACH)
        for before in compiled(lang, "PERSON_ORG_BEFORE"):
            if b := before.search(ctx.text[lo : m.start()]):
                span = (lo + _past_first_words(lang, b.group("org")) + b.start("org"), lo + b.end("org"))
                if span[0] < span[1] and (_group(b, "owner") is None or found.overlaps(*span)):
                    spans.append(span)  # (not "Another" of "Another officer, John Cannon")
    at = m.start("role") if _group(m, "role") is not None else m.start()
    return [span for span in (_slot_in_role_sentence(ctx, at, *span) for span in spans) if span[0] < span[1]]


def _slot_in_role_sentence(ctx: Context, at: int, lo: int, hi: int) -> tuple[int, int]:
    """The part of an organisation slot in the sentence of ``at`` (the role), without the
    sentence's closing mark: "the president of Ukraine. Ole Hansen, an analyst" is of Ukraine,
    "… Club of New York. WHO Director-General" of WHO (the sentences know abbreviations:
    "U.S." ends none)."""
    sentences = ctx.sentences
    i = bisect.bisect_right(ctx.starts, at) - 1  # the last sentence starting at or before at
    if i < 0 or (sentences[i][0] <= lo and hi < sentences[i][1]):
        return lo, hi
    start, end = sentences[i]
    lo = max(lo, start)
    if hi >= end:
        hi = end
        while hi > lo and ctx.text[hi - 1] in _CLOSING_MARKS:
            hi -= 1
    return lo, hi


_CLOSING_MARKS = frozenset(".!?\"'”’)]")


def _past_first_words(lang: ModuleType, org: str) -> int:
    """How many characters of words that open no organisation nor a title (``ORG_NOT_FIRST``
    but no ``ROLE_MODIFIERS``: "When", "But"; not "Former") stand at the start of ``org``
    ("When Afghan President Ashraf Ghani"); past its end when every word is one ("When": no
    organisation left)."""
    at = 0
    first = _not_first_words(lang)
    words = org + " "  # each word ends at a space, the last one too
    while (space := words.find(" ", at)) >= 0 and words[at:space] in first:
        at = space + 1
    return at


@cache
def _not_first_words(lang: ModuleType) -> frozenset[str]:
    return rule_words(lang, "ORG_NOT_FIRST") - rule_words(lang, "ROLE_MODIFIERS")


def _org_right_before(text: str, org_ends: dict[int, str], names: list[tuple[int, int] | None], unit: re.Pattern[str] | None) -> str | None:
    """The organisation found right before the first name, with no particle between, where
    names are written surname first ("삼성전자 이재용 회장", "한국은행 이창용 총재"), or past one word
    of its unit, first (``unit``, the language's ``PERSON_UNIT_BEFORE``: "강원대 농업경제학과 이영수
    교수"): its canonical name (``org_ends``: the end of each organisation found, and that name)."""
    span = next((span for span in names if span is not None), None)
    if span is None or span[0] < 2 or text[span[0] - 1] != " ":
        return None
    if unit is not None and (m := unit.search(text, max(0, span[0] - _UNIT_REACH), span[0])) and (org := _org_ending_at(text, org_ends, m.start())):
        return org  # the unit's organisation, though the unit was found as one ("서울대 경제학부 김성한 교수")
    return _org_ending_at(text, org_ends, span[0] - 1)


def _org_ending_at(text: str, org_ends: dict[int, str], end: int) -> str | None:
    """The organisation found ending at ``end``, or before its short form in brackets ending
    there ("한국과학기술원(KAIST) 물리학과 김용훈 교수")."""
    if (org := org_ends.get(end)) is None and text[end - 1 : end] == ")":
        opening = text.rfind("(", max(0, end - 12), end)
        org = org_ends.get(opening) if opening > 0 else None
    return org


_UNIT_REACH = 20  # characters before a name read for a unit's word (PERSON_UNIT_BEFORE)


# The words that describe an organisation between a person's organisation slot and its name:
# one to three lower-case words ("Danish investment company Saxo Bank", "Head of Research at
# ICICI Securities"), none that ends the slot's phrase ("…, said", "Apple and Google").
_DESCRIPTION = re.compile(r"(?: (?!(?:said|says|told|and|or|but|with|to|from|than)\b)[a-z][a-z-]*){1,3} ")


def _described_org(text: str, end: int, org_starts: dict[int, str]) -> str | None:
    """The organisation found right after a description of it that follows an unknown
    organisation slot ending at ``end``: its canonical name (``org_starts``: the start of each
    organisation found, and that name)."""
    m = _DESCRIPTION.match(text, end)
    return org_starts.get(m.end()) if m is not None else None


def _org_of(spans: list[tuple[int, int]], text: str, orgs: list[Fact]) -> tuple[str | None, bool]:
    """The organisation, and whether it is a found one: its canonical name when the
    organisations extractor found it there (``orgs`` sorted by start; one starting there and
    running on, the pattern read short: "the president of the Federal Reserve Bank of New
    York"; one starting before it and ending where it ends, the pattern's four words read
    short at the front: "Federal Reserve Bank of New York President John Williams"), else the
    words as written ("장동혁 국민의힘 대표")."""
    for lo, hi in spans:
        i = bisect.bisect_left(orgs, lo, key=lambda f: f.start)
        if i < len(orgs) and (orgs[i].end <= hi or orgs[i].start == lo):
            return str(orgs[i].value), True
        if i > 0 and orgs[i - 1].end == hi:
            return str(orgs[i - 1].value), True
    return (text[spans[0][0] : spans[0][1]], False) if spans else (None, False)


def _slot_rest(text: str, span: tuple[int, int], orgs: list[Fact]) -> str:
    """The words of an organisation slot after the found organisation that opens it ("Global
    News" of "AFP Global News" when AFP is found); "" when none opens it or it fills the slot."""
    i = bisect.bisect_left(orgs, span[0], key=lambda f: f.start)
    if i == len(orgs) or orgs[i].start != span[0] or orgs[i].end >= span[1]:
        return ""
    return text[orgs[i].end : span[1]].strip()


def _is_name(lang: ModuleType, words: str, role: str | None, bare_role: str | None) -> bool:
    """Whether an unknown organisation slot is a personal name, in a language whose names
    are one word (surname first): then the word the pattern read as the name is not one."""
    if not _surname_first(lang) or words in _not_names(lang) or words.endswith(rule_endings(lang, "NAME_NOT_ENDINGS")):
        return False
    if _body_name(lang, words, role) or _no_korean_name(lang, words, bare_role):
        return False
    return _name_shape(lang).fullmatch(words) is not None


@cache
def _name_shape(lang: ModuleType) -> re.Pattern[str]:
    return re.compile(expand(lang, "{name}"))


def _posts(lang: ModuleType, words: str) -> bool:
    """Whether the words are capitalised roles of one word, a post held before a rank
    ("Commandant" of "Marine Corps Commandant Gen. Eric Smith")."""
    roles = word_set(lang, "role")
    return all(word in roles and word[:1].isupper() for word in words.split(" "))


def _opens_role(lang: ModuleType, words: str, role: str) -> bool:
    """Whether the slot's last word opens the title: "Vice" of "Vice President", "Lt." of "Lt. Col."."""
    return f"{words.rsplit(' ', 1)[-1]} {role}" in word_set(lang, "role")


def _owner_before(ctx: Context, at: int, orgs: list[Fact]) -> str | None:
    """The organisation a possessive before a role stands for (``PERSON_OWNER_BEFORE``: "its
    chief executive", "the company's CFO"): the one organisation the sentence names before
    it, or else the sentence before (not one of two: "Apple sued Samsung, and its chief
    executive …"). Looked for only where such a word stands right before the role."""
    window = ctx.text[max(0, at - 40) : at]
    if "its " not in window and "'s " not in window and "’s " not in window:  # most roles: no possessive
        return None
    before = optional_shape(ctx.lang, "PERSON_OWNER_BEFORE") if ctx.lang is not None else None
    if before is None or before.search(window) is None:
        return None
    i = bisect.bisect_right(ctx.starts, at)  # the sentence of the role is the i-th's, i - 1
    for lo in reversed(ctx.starts[max(0, i - 2) : i]):  # its start, then the sentence's before
        first = bisect.bisect_left(orgs, lo, key=lambda f: f.start)
        named = {str(f.value) for f in itertools.takewhile(lambda f: f.start < at, itertools.islice(orgs, first, None)) if f.end <= at}
        if named:
            return named.pop() if len(named) == 1 else None
        at = lo
    return None


def _possessive_slot(lang: ModuleType, text: str, end: int) -> bool:
    """Whether an organisation slot ending at ``end`` is in the possessive, where names are
    written given name first ("Apple's", "Williams'"): the organisations extractor reads every
    such slot before a role, and one it did not find is no organisation."""
    return not _surname_first(lang) and text.startswith(rule_endings(lang, "PARTICLES"), end)


def _titled_run(lang: ModuleType, text: str, m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a role and a name run on, no comma between, after an indefinite article
    (``TITLE_ARTICLES``: "an Online Leader Success Mindset course"): a title's words, no
    person's ("an Apple CEO Tim Cook" is not written). The article is looked for first: most
    names have none."""
    at = min(m.start(), spans[0][0]) if spans else m.start()
    if not text.endswith(rule_endings(lang, "TITLE_ARTICLES"), max(0, at - 4), at):
        return False
    if not after_word(text, at, rule_endings(lang, "TITLE_ARTICLES")):
        return False  # "Pizza Leader …"
    return _group(m, "role") is not None and m.start("role") == m.start() and not _group(m, "apposition")


def _listed_role(lang: ModuleType, text: str, start: int, role: str) -> str:
    """The role with the modifier right before it when the two make one listed role
    ("chief economist", "deputy prime minister": the patterns' modifiers take the word)."""
    if start < 2 or text[start - 1] != " ":
        return role
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    return f"{word} {role}" if word in word_set(lang, "modifier") and f"{word} {role}" in word_set(lang, "role") else role


def _with_field(lang: ModuleType, text: str, start: int, role: str) -> str:
    """The role with the field written right before it (``ROLE_FIELDS``: "foreign policy
    chief", "police chief"), of one word or two; capitalised after a word in lower case too
    ("Cooper and Health Secretary Wes Streeting"; not "Duke Energy CEO", a name's word)."""
    fields = rule_words(lang, "ROLE_FIELDS")
    at = start - 1
    for _ in range(2):
        if at < 1 or text[at] != " ":
            break
        at = text.rfind(" ", 0, at)
        if (words := text[at + 1 : start - 1]) in fields or (words.lower() in fields and _after_lower_word(lang, text, at)):
            return f"{words} {role}"
    return role


def _role_with_title(lead: str, title: str, role: str) -> str:
    """The role with the title's words (and the lead before them) before it, unless the role
    opens with them already (``_with_field`` took a field: "He said Health Secretary …")."""
    return role if role.startswith(f"{title} ") else f"{lead}{title} {role}"


def _after_lower_word(lang: ModuleType, text: str, at: int) -> bool:
    """Whether a word in lower case ends right before the blank at ``at``, not one that joins
    a name's words (``ROLE_FIELD_NOT_AFTER``: "Department of Health public information officer")."""
    word = text[text.rfind(" ", 0, at) + 1 : at]
    return word.isalpha() and word.islower() and word not in rule_words(lang, "ROLE_FIELD_NOT_AFTER")


def _title_lead(lang: ModuleType, text: str, at: int) -> str:
    """The words right before an organisation slot read as part of the title after it that
    are the title's too (``ROLE_TITLE_MODIFIERS``: "chief" of "chief U.S. economist"; not "a
    former" of "a former U.S. ambassador"), with the blank after them; "" when none is."""
    words = rule_words(lang, "ROLE_TITLE_MODIFIERS")
    start = at
    while start > 1 and text[start - 1] == " " and text[(word := text.rfind(" ", 0, start - 1) + 1) : start - 1] in words:
        start = word
    return text[start:at]


def _is_title_word(lang: ModuleType, words: str) -> bool:
    """An unknown organisation slot that is part of the title: "Chief", "New Mexico",
    "Ukrainian" (``ORG_NOT_SHAPE``), a field ("Home" of "Home Secretary", "U.S. Energy" of "U.S.
    Energy Secretary": ``field_title``)."""
    first = words.split()[0]
    if rule_shape(lang, "ORG_NOT_SHAPE").fullmatch(words) or field_title(lang, words):
        return True
    return first in rule_words(lang, "NAME_NOT") or first in rule_words(lang, "ROLE_MODIFIERS")


def _foreign_names(text: str, lang: ModuleType) -> Iterator[tuple[re.Match[str], tuple[int, int]]]:
    """Foreign names written given name first ("도널드 트럼프 미국 대통령"): where what follows a
    name (``FOREIGN_PERSON_AFTER``: a country or organisation and a role) matches, the one to
    three words right before it that may make a name. The pattern is tried only at its
    anchors (``_foreign_after``)."""
    found = _foreign_after(lang)
    if found is None:
        return
    pattern, anchors = found
    done = 0
    for at in scan.starts(text, anchors):
        at += text[at] == " "  # a one-letter country's blank
        if at < done or (m := pattern.match(text, at)) is None:
            continue
        done = m.end()
        if (span := _name_before(lang, text, m)) is not None:
            yield m, span


def _foreign_before_bodies(text: str, lang: ModuleType) -> Iterator[tuple[re.Match[str], tuple[int, int]]]:
    """Foreign names of two words before a body written in Hangul and a role, as the subject of
    the sentence (``FOREIGN_PERSON_BODY``: "앤지 포스테코글루 토트넘 감독은", "카린 장피에르
    백악관 대변인은"), where no country, Latin name or known given name tells them. The body is
    a word that may name one (``_org_word``: not "부문") and no Korean name (``_is_name``: "축구
    대표팀 홍명보 감독은" names 홍명보); the surname
    a foreign word of three syllables or more and no Korean name's shape, the given name a
    foreign word of two or more; no word before them that may be a name's too (a chain of
    nouns). Each role is found with its particle by one search; the pattern is matched from
    the word before it."""
    found = _body_pattern(lang)
    if found is None:
        return
    role_search, pattern = found
    for r in role_search.finditer(text):
        first = text.rfind(" ", 0, r.start()) + 1  # the body's word
        if first < 2 or (m := pattern.match(text, first)) is None or m.start("role") != r.start() + 1:
            continue
        words = text[text.rfind("\n", 0, first) + 1 : first - 1].split(" ")
        if len(words) < 2:
            continue
        given, surname = words[-2:]
        if len(surname) < 3 or _name_shape(lang).fullmatch(surname) or not _foreign_word(lang, surname, last=True):
            continue
        if len(given) < 2 or not _foreign_word(lang, given, last=False) or _verb_form(lang, given, words[-3] if len(words) > 2 else ""):
            continue
        if len(words) > 2 and _foreign_word(lang, words[-3], last=False):
            continue
        if not _org_word(lang, m.group("org")) or _is_name(lang, m.group("org"), m.group("role"), None):
            continue  # "데이터센터 부문 부사장": a department; "대표팀 홍명보 감독": a name
        yield m, (first - 2 - len(surname) - len(given), first - 1)


@cache
def _body_pattern(lang: ModuleType) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A role as a subject (``SUBJECT_PARTICLES``) after a blank, and ``FOREIGN_PERSON_BODY``."""
    pattern, subject = getattr(lang, "FOREIGN_PERSON_BODY", None), particle_after(lang, "SUBJECT_PARTICLES")
    if pattern is None or subject is None:
        return None
    return re.compile(expand(lang, " (?:{role})") + subject.pattern), re.compile(expand(lang, pattern))


@cache
def _foreign_after(lang: ModuleType) -> tuple[re.Pattern[str], scan.Anchors] | None:
    """The pattern after a foreign name, and its anchors: the countries and the modifiers of
    two letters or more standing as words, and capital letters. A one-letter country ("미")
    is found with the blanks around it: as a word of the shared word search, it would be found
    inside every word holding it. A one-letter modifier is no anchor ("전": every "3일 전" and
    "한 전 대표" would be tried); ``_name_before`` steps over it before a country ("조 바이든 전
    미국 대통령")."""
    pattern = getattr(lang, "FOREIGN_PERSON_AFTER", None)
    if pattern is None:
        return None
    places = getattr(lang, "PLACES", ())
    words = (*(w for w in places if len(w) > 1), *(w for w in getattr(lang, "ROLE_MODIFIERS", ()) if len(w) > 1))
    chars = tuple(f" {w} " for w in places if len(w) == 1)
    return re.compile(expand(lang, pattern)), scan.word_anchors(words)._replace(patterns=(CAPITAL,), chars=chars)




def _name_before(lang: ModuleType, text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the words of a foreign name right before the match: the last word (two
    syllables or more) and up to two given names before it, each a word that may be part of
    a name (``_foreign_word``). Before a Latin short form in brackets, the name stands before
    the organisation's Korean name ("잔니 인판티노 국제축구연맹(FIFA) 회장"). A name before a
    modifier alone ("제프 블라터 전임 회장") needs two words, and no word before them that may be
    a name's too: a run of such words is more likely a chain of nouns ("반도체 부문 전 사장")."""
    end = m.start()
    if m.group("org2") is not None:
        end = text.rfind(" ", max(0, end - 20), end) + 1
    if end < 2 or text[end - 1] != " ":
        return None
    while (before := text.rfind(" ", max(0, end - 6), end - 1) + 1) and text[before : end - 1] in rule_words(lang, "ROLE_MODIFIERS"):
        end = before  # "조 바이든 전 미국 대통령"
    line = text.rfind("\n", 0, end) + 1
    lo = max(line, end - 40)
    words = text[lo : end - 1].split(" ")
    if lo > line:
        words = words[1:]  # cut by the window: no whole word
    name: list[str] = []
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        if not _foreign_word(lang, words[i], last=not name) or (i > 0 and _verb_form(lang, words[i], words[i - 1])):
            break
        name.append(words[i])
    if m.group("mod") is not None and not 2 <= len(name) <= 3:
        return None
    name = name[:3]
    return (end - 1 - sum(map(len, name)) - len(name) + 1, end - 1) if name else None


def _given_first_names(text: str, lang: ModuleType) -> Iterator[tuple[re.Match[str], tuple[int, int]]]:
    """Foreign names opening with a known given name (``FOREIGN_PERSON_GIVEN``: "일론 머스크
    테슬라 CEO", "조 바이든 대통령"): the words after the given name may be a name's
    (``_foreign_word``), and the last of them may be one syllable where it is no position or
    bound noun (``FOREIGN_SURNAME_NOT``: "젠슨 황", "팀 쿡"; not "팀 내") and a country, an
    organisation or a modifier stands before the role ("젠슨 황 엔비디아 CEO")."""
    found = _given_pattern(lang)
    if found is None:
        return
    pattern, given_names = found
    places = scan.word_places(text)
    done = 0
    for at in sorted(at for word in places.keys() & given_names for at in places[word]):
        if at < done or (m := pattern().match(text, at)) is None:
            continue
        done = m.end()
        _, *middle, last = m.group("name").split(" ")
        if not all(_foreign_word(lang, word, last=False) for word in middle):
            continue
        if _foreign_word(lang, last, last=True, after_given=True) or (_one_syllable_surname(lang, last) and m.start("role") > m.end("name") + 1):
            yield m, m.span("name")


@cache
def _given_pattern(lang: ModuleType) -> tuple[scan.Lazy, frozenset[str]] | None:
    """The pattern of a name opening with a known given name, and the given names: it is
    tried only where one stands as a word (found in the shared pass of ``scan.word_places``;
    a search for the names' first letters stops at every other syllable of a Korean text)."""
    pattern = getattr(lang, "FOREIGN_PERSON_GIVEN", None)
    if pattern is None:
        return None
    return scan.Lazy(expand(lang, pattern)), scan.word_anchors(getattr(lang, "GIVEN_NAMES", ())).words


def _leaders(text: str, lang: ModuleType) -> Iterator[re.Match[str]]:
    """Foreign names of one word right before the title of a head of state or government
    (``FOREIGN_LEADER``: "트럼프 대통령", "네타냐후 총리", "바이든 전 대통령"), where the word may
    end a foreign name (``_foreign_word``). Each title is found by a plain string search, and
    the pattern matched from the word before it."""
    found = _leader_pattern(lang)
    if found is None:
        return
    titles, pattern = found
    modifiers = rule_words(lang, "ROLE_MODIFIERS")
    for title in titles:
        at = text.find(title)
        while at >= 0:
            if at > 1 and text[at - 1] == " ":
                first = text.rfind(" ", 0, at - 1) + 1  # the word before the title
                if text[first : at - 1] in modifiers and first > 1:
                    first = text.rfind(" ", 0, first - 1) + 1  # "바이든 전 대통령"
                word = text[first : text.find(" ", first)]
                if 3 <= len(word) <= 7 and _foreign_word(lang, word, last=True):
                    m = pattern.match(text, first)
                    if m is not None and m.start("role") == at:
                        yield m
            at = text.find(title, at + len(title))


@cache
def _leader_pattern(lang: ModuleType) -> tuple[tuple[str, ...], re.Pattern[str]] | None:
    pattern = getattr(lang, "FOREIGN_LEADER", None)
    return None if pattern is None else (tuple(getattr(lang, "FOREIGN_LEADER_TITLES", ())), re.compile(expand(lang, pattern)))


def _org_word(lang: ModuleType, word: str) -> bool:
    """Whether a word may be an organisation's name: no stop word, role, place or modifier."""
    return word not in _not_names(lang) and word not in _foreign_not(lang)


def _one_syllable_surname(lang: ModuleType, word: str) -> bool:
    return len(word) == 1 and _foreign_word(lang, word, last=False) and word not in rule_words(lang, "FOREIGN_SURNAME_NOT")


def _verb_form(lang: ModuleType, word: str, before: str) -> bool:
    """Whether a word is a verb's attributive form, not a name's: it ends in a syllable with
    a final ㄴ right after a word with an object or instrumental particle (``FOREIGN_VERB_AFTER``:
    "협상을 앞둔", "강경파로 알려진"; but "조 바이든", "블라디미르 푸틴")."""
    last = ord(word[-1]) - 0xAC00
    return 0 <= last < 11172 and last % 28 == 4 and before.endswith(rule_endings(lang, "FOREIGN_VERB_AFTER"))


@lru_cache(maxsize=4096)  # the same few words stand before the roles of every article
def _foreign_word(lang: ModuleType, word: str, last: bool, after_given: bool = False) -> bool:
    """Whether a word may be part of a foreign name: Hangul (``FOREIGN_NAME_WORD``), no stop
    word, role, modifier, country or ``FOREIGN_NAME_NOT``, no ending of a particle or a verb
    (``FOREIGN_NAME_NOT_ENDINGS``; before the last word also ``FOREIGN_GIVEN_NOT_ENDINGS``; after
    a known given name, a surname may end in ``FOREIGN_SURNAME_ENDINGS``: "미셸 바르니에");
    the last word of two syllables or more; no word ending like an organisation ("삼성그룹",
    "정보통신기업": ``ORG_SUFFIXES`` of two letters or more, ``ORG_TYPE_NOUNS``)."""
    if (last and len(word) < 2) or rule_shape(lang, "FOREIGN_NAME_WORD").fullmatch(word) is None:
        return False
    if word in _not_names(lang) or word in _foreign_not(lang) or word.endswith(_organisation_endings(lang)):
        return False
    endings = rule_endings(lang, "FOREIGN_NAME_NOT_ENDINGS") + (() if last else rule_endings(lang, "FOREIGN_GIVEN_NOT_ENDINGS"))
    return not word.endswith(endings) or (after_given and word.endswith(rule_endings(lang, "FOREIGN_SURNAME_ENDINGS")))


@cache
def _organisation_endings(lang: ModuleType) -> tuple[str, ...]:
    suffixes = (w for w in getattr(lang, "ORG_SUFFIXES", ()) if len(w) > 1)
    return tuple({*suffixes, *getattr(lang, "ORG_TYPE_NOUNS", ())})


@cache
def _foreign_not(lang: ModuleType) -> frozenset[str]:
    return rule_words(lang, "FOREIGN_NAME_NOT") | rule_words(lang, "PLACES") | rule_words(lang, "ROLE_MODIFIERS")


def _group(m: re.Match[str], name: str) -> str | None:
    """The text of the match's group ``name``; None when its pattern has no such group or
    the match did not go through it (a language's patterns differ in their groups)."""
    return m.group(name) if name in m.re.groupindex else None


def _merge_name_words(people: dict[str, _Person], mentions: list[tuple[int, int, str]]) -> None:
    """A person introduced by one word that is a word of one foreign name ("이시바 총리", read
    as a Korean name, and "이시바 시게루 일본 총리"; "트럼프 미국 대통령 당선인" and "도널드
    트럼프") is that person: their mentions go to the full name."""
    words = _name_words(people)
    for short in [name for name in people if name in words]:
        _merge(people, mentions, short, words[short])


def _name_words(people: Iterable[str], first: bool = True) -> dict[str, str]:
    """The words a later mention may use for a name of several words, written given name
    first or, as Japanese names are, surname first: the last ("도널드 트럼프" -> "트럼프"), and
    (when ``first``) the first of two syllables or more ("이시바 시게루" -> "이시바"); each for the
    one name that has it."""
    owners: dict[str, set[str]] = {}
    for name in people:
        if " " in name:
            head, *_, last = name.split(" ")
            for word in (last, head) if first and len(head) > 1 else (last,):
                owners.setdefault(word, set()).add(name)
    return {word: names.pop() for word, names in owners.items() if len(names) == 1}


def _repeated_names(ctx: Context, people: dict[str, _Person], seen: list[tuple[int, int, str]], merged: dict[str, str]) -> list[tuple[int, int, str]]:
    """Every other occurrence of an introduced full name; and, where names are written surname
    first, the last word of a foreign name as a subject ("트럼프는", "인판티노가"; not the first:
    "알리는" is a verb more often than 알리 알 후세인; nor a last word of one syllable: "수는" of
    "할 수는 없다" is no 리사 수); and every occurrence of a name's last words a quote's frame gave
    it ("Hawk Sawyer said" of Kathleen Hawk Sawyer), or of a word ``merged`` into a name ("Xi"
    of Xi Jinping, ``_merge_first_words``)."""
    if not people:
        return []
    forms = {name: name for name in people}
    tails = {text: name for start, end, name in seen if (text := ctx.text[start:end]) != name and " " in text} | merged
    forms |= tails
    if _surname_first(ctx.lang):
        forms |= {word: name for word, name in _name_words(people, first=False).items() if word not in people and len(word) > 1}
    taken = Spans((s, e) for s, e, _ in seen)
    subject = particle_after(ctx.lang, "SUBJECT_PARTICLES")
    found = []
    for start, end, form in occurrences(ctx.lang, ctx.text, forms):
        if taken.overlaps(start, end) or (form not in people and form not in tails and (subject is None or not subject.match(ctx.text, start + len(form)))):
            continue
        found.append((start, end, forms[form]))
    return found


def _short_mentions(
    ctx: Context,
    lang: ModuleType,
    people: dict[str, _Person],
    seen: list[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """"성 장관", "Mr. Cook", "Cook", "트럼프 대통령": a surname shared by exactly one introduced
    person (of a foreign name written in Hangul, one of ``_name_words``), or with a role by
    exactly one of those whose role ends in it ("박 시장" of 박형준 부산시장, not of 박민수 기자)."""
    by_surname: dict[str, list[str]] = {}
    families: set[str] = set()  # words that open a name ("Xi" of Xi Jinping): no mention before a capital
    foreign = _surname_first(lang)
    for name in people:
        if not (foreign and " " in name):
            surname = _surname(lang, name)
            for form in {surname, _capitalised(surname)}:  # "von der Leyen", "Von der Leyen"
                by_surname.setdefault(form, []).append(name)
            if (family := _family_first(lang, name)) is not None:  # "Xi" of Xi Jinping
                by_surname.setdefault(family, []).append(name)
                families.add(family)
    for word, name in _name_words(people).items() if foreign else ():
        by_surname.setdefault(word, []).append(name)
    if not by_surname:
        return []
    if not foreign and (given := _namesakes_given(lang, ctx.text, people, by_surname)):
        by_surname |= given  # "Kamala" of Kamala Harris beside Donald Harris
        families |= set(given)  # (not before a capitalised word either: "Donald Trump")
    taken = Spans(seen)  # full names and organisations
    found = []
    text = ctx.text
    honorifics = word_set(lang, "honorific")
    for pattern in compiled(lang, "PERSON_SHORT"):
        honorific = "honorific" in pattern.groupindex
        for surname, names in by_surname.items():
            if len(names) != 1 and "role" not in pattern.groupindex:
                continue
            # Where the surname stands as a whole word (not "Cooking", "가능성 장관") outside
            # the full names and organisations, as any match there would be; the pattern
            # opens at it or, through its group "honorific", at an honorific right before it
            # ("Mr."): tried there only where the word before is one.
            places = [i for i in scan.whole_word_places(text, surname) if not taken.overlaps(i, i + len(surname))]
            if not places or _another_bearer(lang, text, surname, names[0]):
                continue
            for i in places:
                if taken.overlaps(i, i + len(surname)):
                    continue
                before = text.rfind(" ", 0, max(i - 1, 0)) + 1
                for start in (before, i) if honorific and text[before : i - 1] in honorifics else (i,):
                    m = pattern.match(text, start)
                    if m and m.span("surname") == (i, i + len(surname)) and not taken.overlaps(m.start(), m.end()):
                        if (owner := _role_owner(lang, names, people, _group(m, "role"))) is None:
                            break  # "김 기자" where two people are 김s and neither or both are 기자
                        if surname in _not_names(lang) and not (honorific and m.group("honorific")):
                            break  # a stop word alone, "He" of Liu He: the pronoun ("Mr. He" is the man)
                        if text[before : i - 1] in rule_words(lang, "PLACE_OPENERS"):
                            break  # "St. Martin's Press", "Fort Worth": a place's name
                        if surname in families and _CAPITAL_NEXT.match(text, m.end("surname")):
                            break  # "Li Hongzhong" is not Li Qiang: a family name opening another name
                        if honorific and m.group("honorific") and _other_gender(lang, text, m.group("honorific"), owner):
                            break  # "Lady Starmer" is not Sir Keir Starmer
                        end = m.end("role") if _group(m, "role") else m.end("surname")
                        found.append((m.start(), end, owner))
                        taken.add(m.start(), end)
                        break
    return found


_CAPITAL_NEXT = re.compile(r" [A-Z]")


def _namesakes_given(lang: ModuleType, text: str, people: dict[str, _Person], by_surname: dict[str, list[str]]) -> dict[str, list[str]]:
    """The given name alone of a person whose surname another person found shares, the word
    the text tells them apart by ("Kamala was 12" of Kamala Harris, with Donald Harris named
    too): the first word of exactly one name, no one's surname, no stop word nor initials, and
    a word the text never writes in lower case ("Will" of Will Smith in a text that says "will")."""
    firsts: dict[str, list[str]] = {}
    for name in people:
        if " " in name:
            firsts.setdefault(name.split(" ", 1)[0], []).append(name)
    stop = _not_names(lang)
    found: dict[str, list[str]] = {}
    for names in by_surname.values():
        for name in set(names) if len(set(names)) > 1 else ():
            given = name.split(" ", 1)[0]
            if len(firsts.get(given, ())) == 1 and given not in by_surname and given not in stop and not given.isupper() and "." not in given:
                if not scan.whole_word_places(text, given.lower()):
                    found[given] = [name]
    return found


def _family_first(lang: ModuleType, name: str) -> str | None:
    """The family name of a name written family name first in English ("Xi Jinping", "Yoon Suk
    Yeol"): its first word, one of ``FAMILY_NAMES_FIRST``, when the words after it have the shape
    of a romanised given name (``FAMILY_FIRST_GIVEN``: not "Lee Anderson"); else None."""
    first, _, given = name.partition(" ")
    if not given or first not in rule_words(lang, "FAMILY_NAMES_FIRST"):
        return None
    shape = rule_pattern(lang, "FAMILY_FIRST_GIVEN")
    return first if shape is not None and shape.fullmatch(given) else None


def _role_owner(lang: ModuleType, names: list[str], people: dict[str, _Person], role: str | None) -> str | None:
    """The one of ``names`` a later mention stands for: the only one, or else the only one
    whose role ends in the mention's ``role`` (an office keeps its place: "부산시장", "시장").
    A role of ``SHORT_ROLE_OWN`` stands only for one who has it ("박 기자" is no 박형준 부산시장)."""
    if len(names) == 1 and role not in rule_words(lang, "SHORT_ROLE_OWN"):
        return names[0]
    owners = [name for name in names if role and (own := people[name].role) and own.endswith(role)]
    return owners[0] if len(owners) == 1 else None


def _other_gender(lang: ModuleType, text: str, honorific: str, name: str) -> bool:
    """Whether an honorific before a surname ("Lady Starmer") says another gender than the
    person of that surname has: by an honorific before their full name ("Sir Keir Starmer"),
    else by their given name (``MALE_GIVEN_NAMES``, ``FEMALE_GIVEN_NAMES``)."""
    genders: dict[str, str] = getattr(lang, "HONORIFIC_GENDERS", {})
    said = genders.get(honorific)
    if said is None or " " not in name:
        return False
    for i in scan.whole_word_places(text, name):
        before = text[max(0, i - 6) : i].split(" ")
        if len(before) > 1 and before[-2] in genders:
            return genders[before[-2]] != said
    given = name.split(" ", 1)[0]
    other = "FEMALE_GIVEN_NAMES" if said == "male" else "MALE_GIVEN_NAMES"
    return given in rule_words(lang, other)


def _titled_given_names(
    ctx: Context, lang: ModuleType, people: dict[str, _Person], mentions: list[tuple[int, int, str]], orgs: Sequence[Fact]
) -> list[tuple[int, int, str]]:
    """"Sir Keir", "Dame Judi": an honorific that goes with a given name
    (``GIVEN_NAME_HONORIFICS``) before the first word of exactly one introduced name of
    several words, and no capitalised word after it, is that person."""
    text = ctx.text
    honorifics = shared_words(lang, "GIVEN_NAME_HONORIFICS")
    places = scan.word_places(text)
    titled = [  # the honorifics' places, then the pattern (most texts have none)
        (at, m)
        for honorific in honorifics
        for at in places.get(honorific, ())
        if (m := _TITLED_GIVEN.match(text, at + len(honorific))) is not None
    ]
    if not titled:
        return []
    owners: dict[str, list[str]] = {}
    for name in people:
        if " " in name:
            owners.setdefault(name.split(" ", 1)[0], []).append(name)
    taken = Spans([*((s, e) for s, e, _ in mentions), *((f.start, f.end) for f in orgs)])
    found = []
    for at, m in titled:
        names = owners.get(m.group("given"), [])
        if len(names) == 1 and not taken.overlaps(at, m.end()):
            found.append((at, m.end(), names[0]))
    return found


_TITLED_GIVEN = re.compile(r" (?P<given>[A-Z][a-z]+)\b(?! [A-Z])")


_GIVEN_BEFORE = re.compile(r"(?<![\w.])(?<!\b[Tt]he )([A-Z][a-z]+) $")  # not "the Environmental Kuznets Curve"


def _surname_after_name(lang: ModuleType, text: str, start: int) -> bool:
    """Whether a name opening with a known given name that is a common family name too ("Kim",
    "Lee"; ``COMMON_SURNAMES``) follows a short capitalised word that may be a name's (no title,
    stop word or place, five letters at most): the end of a name written surname first, no
    name of its own ("the 1898 ruling in Wong Kim Ark": no "Kim Ark")."""
    first = text[start:].split(" ", 1)[0]
    if first not in rule_words(lang, "COMMON_SURNAMES"):
        return False
    m = _GIVEN_BEFORE.search(text, max(0, start - 8), start)
    return m is not None and len(m.group(1)) <= 5 and m.group(1) not in _no_given_names(lang) and m.group(1) not in _places(lang)


def _another_bearer(lang: ModuleType, text: str, surname: str, name: str) -> bool:
    """Whether the text first writes the surname after another given name ("If Kamala
    Harris becomes…", then "Donald Harris, her father"): a lone "Harris" is then more
    likely the first one's, and is left unlinked. Titles and stop words before the surname
    ("President Harris", "But Harris") are no given names. Only where names are written
    given name first."""
    if _surname_first(lang):
        return False
    own = set(name.replace("-", " ").split())  # "Owen John Dempsey", "De La Rosa", "Eva-Marie Persson"
    others = _no_given_names(lang)
    for i in scan.whole_word_places(text, surname):
        word = _GIVEN_BEFORE.search(text, max(0, i - 24), i)
        if word is not None and word.group(1) not in others:
            return word.group(1) not in own
    return False


def _named_by_surname(ctx: Context, lang: ModuleType, people: dict[str, _Person], orgs: Sequence[Fact]) -> list[tuple[int, int]]:
    """People the text names by their surname alone, as the speaker of a quotation
    (``PERSON_SPEAKER``: "…," Field said; "…," said Burrage): a capitalised word there that
    no introduced person carries and that names no organisation, place or stop word. The
    person is the text's first "Given Surname" (``_GIVEN_BEFORE``: "Jennifer Field", written
    with no cue), else the surname where it speaks."""
    known: set[str] | None = None  # built at the first match: most texts have none
    spans = []
    for m, key in _lone_surnames(ctx.text, lang):
        surname = m.group(key)
        if known is None:
            known = {_surname(lang, name) for name in people} | {f.text for f in orgs} | {str(f.value) for f in orgs}
        if surname in known or surname in _not_names(lang) or f"{surname}." in _not_names(lang) or surname in _places(lang):
            continue  # "said Rep. Brian Babin": a title cut short
        if (given := m.groupdict().get("given")) and f"{given} {surname}" in _places(lang):
            continue  # "said New York"
        known.add(surname)
        spans.append(_given_name_before(lang, ctx.text, surname) or m.span(key))
    return spans


def _lone_surnames(text: str, lang: ModuleType) -> Iterator[tuple[re.Match[str], str]]:
    """The matches of ``PERSON_SPEAKER``, then of each pattern of ``PERSON_OPENING`` right
    before its cue ("Gauff, 20,"; the cue is rare, the word before it found from it) that the
    text never writes in lower case, with the group holding the surname."""
    for m in finditer(lang, "PERSON_SPEAKER", text):
        yield m, "surname" if m.group("surname") else "after"
    for cue, opening in _opening_patterns(lang):
        for c in cue.finditer(text):
            if (word := opening.search(text, max(0, c.start() - 40), c.start())) is not None and not scan.whole_word_places(text, word.group("surname").lower()):
                yield word, "surname"  # (not a common word opening a sentence: "Never said he was sorry", beside "never")


@cache
def _opening_patterns(lang: ModuleType) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """``PERSON_OPENING``'s pairs compiled: a cue, and the pattern of the word before it."""
    return tuple((re.compile(cue), re.compile(expand(lang, opening))) for cue, opening in getattr(lang, "PERSON_OPENING", ()))


def _given_name_before(lang: ModuleType, text: str, surname: str) -> tuple[int, int] | None:
    """The span of the first "Given Surname" of the text, a given name being no title or stop word."""
    others = _no_given_names(lang)
    for i in scan.whole_word_places(text, surname):
        word = _GIVEN_BEFORE.search(text, max(0, i - 24), i)
        if word is not None and word.group(1) not in others:
            return word.start(1), i + len(surname)
    return None


@cache
def _no_given_names(lang: ModuleType) -> frozenset[str]:
    """Titles, honorifics and stop words: no given name is one."""
    return word_set(lang, "role") | word_set(lang, "honorific") | _not_names(lang)


@cache
def _places(lang: ModuleType) -> frozenset[str]:
    return rule_words(lang, "PLACES") | rule_words(lang, "TOWNS")


def _surname_first(lang: ModuleType | None) -> bool:
    """Whether names are written surname first (Korean 성윤모: surname 성)."""
    return bool(getattr(lang, "SURNAME_FIRST", False))


def _surname(lang: ModuleType, name: str) -> str:
    """The family name: of a name written surname first its first syllable or two; else the
    last word, with the lower-case particles before it ("Erik ten Hag": "ten Hag", "Ursula
    von der Leyen": "von der Leyen")."""
    if _surname_first(lang):
        two = name[:2]
        return two if len(name) > 3 and two in rule_words(lang, "SURNAMES") else name[0]
    words = name.split()
    first = len(words) - 1
    while first > 1 and words[first - 1].islower():
        first -= 1
    return " ".join(words[first:])


def _capitalised(words: str) -> str:
    """``words`` as they open a sentence: "ten Hag" -> "Ten Hag"."""
    return words[:1].upper() + words[1:]


def _org_as_written(lang: ModuleType, org: str, sure: bool) -> bool:
    """Whether words the organisations extractor did not find may still be a person's
    organisation: a name (``orgs.name_like``; not a place or two names: "Montana senator",
    "Trump and Chinese leader"; nor a noun of people or fields: "소상공인 대표", "경제학
    교수"); after a known given name, any word but a stop word ("팀 쿡 애플 CEO")."""
    if org.endswith(rule_endings(lang, "ORG_NAMED_NOT_ENDINGS")):
        return False
    return name_like(lang, org) or (sure and _org_word(lang, org))


def _named_organisations(ctx: Context, lang: ModuleType, orgs: set[str], mentions: list[tuple[int, int, str]]) -> list[Fact]:
    """Where names are written surname first, a person's organisation that only their role
    names ("장동혁 국민의힘 대표", "인판티노 FIFA 회장") is an organisation at each of its
    occurrences that is no person's, when it has Latin letters or the text also makes it the
    subject of a sentence ("국민의힘은", "카카오가")."""
    if not orgs or not _surname_first(lang):
        return []
    hits = occurrences(lang, ctx.text, orgs)
    subject = particle_after(lang, "SUBJECT_PARTICLES")
    named = {form for form in orgs if _LATIN.search(form)}
    if subject is not None:
        named |= {form for _, end, form in hits if subject.match(ctx.text, end)}
    taken = Spans((s, e) for s, e, _ in mentions)
    return [
        make_fact(ctx, "organisation", start, end, form, aliases=[])
        for start, end, form in hits
        if form in named and not taken.overlaps(start, end)
    ]


_LATIN = re.compile(r"[A-Za-z]")


def _facts(ctx: Context, people: dict[str, _Person], mentions: list[tuple[int, int, str]]) -> list[Fact]:
    forms: dict[str, set[str]] = {}
    for start, end, name in mentions:
        forms.setdefault(name, set()).add(ctx.text[start:end])
    aliases = {name: sorted(texts - {name}) for name, texts in forms.items()}
    facts = []
    for start, end, name in sorted(set(mentions)):
        person = people[name]
        facts.append(make_fact(ctx, "person", start, end, name, role=person.role, org=person.org, aliases=list(aliases[name])))
    return facts

