"""Organisations, with their short forms linked to one canonical name.

Three steps, each driven by the language's data:

1. *Introductions*: a word ending in an organisation suffix (``ORG_SUFFIXES``:
   산업통상자원부, 삼성전자, Goldman Sachs Group Inc.; with the region before it,
   ``ORG_REGION_BEFORE``: 인천시 선거관리위원회; with a unit after it, ``ORG_UNIT_AFTER``: 대법원
   3부), or a name in one of the language's
   ``ORG_PATTERNS`` ("Apple's chief executive", "analysts at Goldman Sachs", "European
   Central Bank (ECB)", "SK하이닉스"), or a name right before one of the words of
   ``ORG_BEFORE`` (a list before "등 …기업", "청와대 관계자"), or a name the sentence tells
   is an organisation's by a word after it (``ORG_CUES``: "Apple shares rose", "Tesla said
   it would cut", "Tesla, the carmaker,"), or a name coordinated with a
   known one (``ORG_COORDINATION``: "삼성전자와 LG디스플레이"; ``ORG_LISTS``: "Blue Origin, Ceres
   Robotics and SpaceX"), or a body the text makes act (``ORG_ACTING_PATTERN``: "서울시는", "the
   White House said"; ``ORG_JOINED_ACTING``: "Johnson & Johnson said"); not a programme's name
   (``ORG_PROGRAMME_WORDS``: "the Commercial Lunar Payload Services program"), nor a name read
   short of its words ("the Refugees in Towns project": ``ORG_CUT_AFTER``, ``ORG_FIELD_LIST``).
2. *Short forms*: words of the text that abbreviate a known name (``ORG_ABBREVIATION``:
   Korean 산업부 for 산업통상자원부; English initials "ECB", the name without a last word
   such as "Inc." or "Department", or its first word cut short, "the Fed", or its words before
   "of", "National Bank" of National Bank of Canada; a country's body
   without its country, "the Senate" of the U.S. Senate, ``ORG_NATIONAL_BODIES``).
3. *Mentions*: every occurrence of every form is a fact, but one inside a longer capitalised
   name (``ORG_LONGER_NAME``: "Nissan Connect" is a product, "DTE Energy Music Theatre" a
   venue, in a headline's line too when a product's word follows, ``ORG_PRODUCT_AFTER``:
   "Samsung Galaxy S24 Ultra: $899"; but a longer name that acts is the organisation's own,
   ``ORG_OWN_LONGER_NAME``: "Hanwha Q Cells said"); ``value`` is the group's longest form,
   ``aliases`` its other forms.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from types import ModuleType
from typing import Collection, Iterable, Sequence


from ..model import Fact
from . import Context, make_fact, scan
from .names import after_word, expand, field_title, finditer, occurrences, optional_shape, rule_endings, rule_shape, rule_words, shared_words, strip_particle, word_set

_LIST_SEPARATOR = re.compile(r"[·ㆍ‧・,]\s*")
# "the Fed": the pattern opens with the literal "he " (the capital after it, then the "T"
# and the word start are checked) so that the regex engine jumps from one "he " to the next,
# as str.find does: 4x faster than opening with "[Tt]", a letter found at every other word.
_ENGLISH_SHORTENED = re.compile(r"he (?=[A-Z])(?<=\b[Tt]he )([A-Z][a-z]{2,})\b")
_MAY_END_SENTENCE = re.compile(r"[.!?\n]")
_IN_LONGER_NAME = re.compile(r"(?: [a-z]{1,3})? [A-Z]")  # "Refugees in Towns Project", "Online Leader"
_INITIALS_SKIP = {"of", "and", "the", "for", "&", "on", "in"}


def find(ctx: Context, found: Sequence[Fact]) -> Iterable[Fact]:
    lang = ctx.lang
    if lang is None:
        return ()
    forms, bracketed, teams = _introductions(ctx, lang)
    links = _short_forms(ctx.text, lang, forms, teams) | {alias: whole for alias, name in bracketed.items() if alias in forms and (whole := _whole_name(ctx.text, forms, alias, name)) in forms}
    return _mentions(ctx, lang, forms | set(links), links, teams)


_BRACKETED_SHORT = re.compile(r" \(([A-Z][A-Z&]{1,7})\)")
_JOINED_REACH = 100  # characters before a short form in brackets read for a name joined by particles


def _joined_names(text: str, lang: ModuleType) -> dict[str, str]:
    """Names of another language joined by their particles (``ORG_JOINED_BEFORE_BRACKET``:
    "Petróleos de Venezuela, S.A. (PDVSA)") right before a short form in capitals in brackets
    that abbreviates them with their company form: the short form -> the name without its form."""
    before = optional_shape(lang, "ORG_JOINED_BEFORE_BRACKET")
    if before is None or " (" not in text:
        return {}
    found = {}
    for b in _BRACKETED_SHORT.finditer(text):
        m = before.search(text, max(0, b.start() - _JOINED_REACH), b.start())
        if m is not None and _abbreviation_of(alias := b.group(1), m.group("org") + (m.group("form") or "")) and alias[:1] == m.group("org")[:1]:
            found[alias] = m.group("org")
    return found


def _whole_name(text: str, forms: set[str], alias: str, name: str) -> str:
    """The longest name found that ends in ``name`` and stands before the short form in
    brackets: "Netherlands Organisation for Applied Scientific Research (TNO)", where a pattern
    read "Organisation for Applied Scientific Research"; "UN Relief and Works Agency for
    Palestine (UNRWA)", where the words the pattern read are no name by themselves."""
    whole = [form for form in forms if form.endswith(f" {name}") and f"{form} ({alias})" in text]
    return max(whole, key=len, default=name)


# --- 1. introductions --------------------------------------------------------------------


def _introductions(ctx: Context, lang: ModuleType) -> tuple[set[str], dict[str, str], set[str]]:
    """The names the text introduces, the short forms it gives them in brackets, and the names
    it writes before a team's people ("Pittsburgh quarterback": a club named by its town)."""
    text, sentences = ctx.text, ctx.sentences
    matches = [
        m for m in finditer(lang, "ORG_SUFFIXED", text)
        if not _opens_title(lang, text, m.end("org"), m.group("org")) and not _field_runs_on(lang, m) and not _in_longer_of_name(lang, text, m.start("org"), m.end("org"))
    ]
    suffixed = [_one_sentence_name(m, "org", sentences, keep_tail=True) for m in matches]
    if (region := optional_shape(lang, "ORG_REGION_BEFORE")) is not None:
        suffixed = [_with_region(lang, region, m, name) for m, name in zip(matches, suffixed)]
    if (unit := optional_shape(lang, "ORG_UNIT_AFTER")) is not None:  # "대법원 3부": a court's bench
        suffixed = [name + u.group("unit") if (u := unit.match(text, m.end("org"))) else name for m, name in zip(matches, suffixed)]
    in_context: list[str] = []
    teams: set[str] = set()  # towns read before a team's people ("Liverpool captain")
    named: dict[str, str] = {}  # a short form in brackets -> the name before it
    joined = _joined_names(text, lang)  # "Petróleos de Venezuela, S.A. (PDVSA)": rare, read first
    for alias, name in joined.items():
        in_context += [name, alias]
        named[alias] = name
    for m in finditer(lang, "ORG_PATTERNS", text):
        groups = m.groupdict()
        if groups.get("alias") in joined and joined[groups["alias"]].endswith(groups["org"]):
            continue  # "Comisión Federal de Electricidad (CFE)": the pattern read "Electricidad"
        if groups.get("alias") and not (_abbreviation_of(groups["alias"], groups["org"].removeprefix("The ")) and _acceptable(lang, groups["org"])):
            continue  # "WASHINGTON (Reuters)": a dateline and its agency; "Human Landing System (HLS)": a thing
        if not groups.get("alias") and m.string.startswith(" ", m.end("org")) and _after_article(lang, m):
            continue  # a role and a name after it: "an Online Leader Success Mindset course", a title's words
        name = _one_sentence_name(m, "org", sentences, keep_tail=m.end("org") < m.end()) if groups.get("org") else ""
        if name and m.end("org") < m.end() and text.startswith(" ", m.end("org")) and not groups.get("alias"):
            name = _without_title(lang, name)  # "Marine Corps Commandant Gen. Eric Smith": the corps' commandant
        place = _place_before(lang, text, m.start("org")) if name and text.startswith(name, m.start("org")) else ""
        name = place + name  # "New York State Attorney General (NYAG)": the pattern's four words read from "York"
        if name and not _opens_title(lang, text, m.end("org"), name) and not cut_short(lang, text, m.end("org")) and not _field_runs_on(lang, m) and not _client(lang, m):
            in_context.append(name)
            if _before_team_role(lang, m):
                teams.add(name)
        if groups.get("alias"):
            in_context.append(groups["alias"])
            named[groups["alias"]] = _normalise(lang, place + groups["org"], ("The", "the"))
    before, bracketed = _before_words(text, lang)
    in_context.extend(before)
    in_context.extend(_cued(text, lang))
    forms = {f for c in set(suffixed) if (f := _normalise(lang, c)) and _acceptable(lang, f)}  # each name once
    forms |= {f for c in set(in_context) if (f := _normalise(lang, c, ("The", "the"))) and _acceptable(lang, f) and name_like(lang, f) and not _written_lower(text, f)}
    forms |= {f for c in teams if (f := _normalise(lang, c, ("The", "the"))) in rule_words(lang, "TOWNS") and f not in _not_names(lang)}
    # a short form in brackets tells its name is one ("한국개발연구원(KDI)", not a researcher)
    # (the short form however short: "연방준비제도(연준)")
    forms |= {f for pair in bracketed.items() for f in pair if (len(f) >= getattr(lang, "ORG_MIN_LEN", 2) or f == pair[0]) and f not in rule_words(lang, "ORG_NOT")}
    known, full_names = _known(text, lang)
    # the name the text itself gives a short form in brackets first ("Centre for Disease Control
    # (CDC)"; not a dateline's place: "HANOI, Vietnam (AP)", no name found)
    full_names = {alias: own if (own := named.get(alias)) in forms else name for alias, name in full_names.items() if alias not in bracketed}
    forms |= known | set(full_names.values())
    # a person the text names after a known name is no reason to doubt it ("Nikola Tesla"):
    # those mentions alone are left out (_after_name_word); a common word's is
    forms -= _people(text, lang, forms - (known - rule_words(lang, "ORG_KNOWN_COMMON")))
    forms -= _programmes(text, lang, forms, named)
    forms |= _acting(text, lang) | _speaking_acronyms(text, lang) | _clubs(text, lang)
    if coordinated := _coordinated(text, lang, forms):
        forms |= coordinated - _people(text, lang, coordinated)
    return forms, bracketed | {alias: name for alias, name in named.items() if _spelled_out(alias, name)} | full_names, teams


def _known(text: str, lang: ModuleType) -> tuple[set[str], dict[str, str]]:
    """The well-known names the text writes (``ORG_KNOWN``; ``ORG_KNOWN_COMMON`` only where
    ``_named_there`` says it is no common word; not as the first word of a venue,
    ``ORG_VENUE_ENDINGS``), and the full names of those that are short
    forms (``ORG_KNOWN_ALIASES``: "FBI" -> Federal Bureau of Investigation).
    Each name's first word comes from the shared word pass, the rest is compared there; one
    in capitals counts only outside a line in capitals (``_in_capitals``)."""
    entries = _known_entries(lang)
    if not entries:
        return set(), {}
    found = set()
    venues = rule_endings(lang, "ORG_VENUE_ENDINGS")
    for first, places in scan.word_places(text).items():  # (fewer than the names: a text's anchor words)
        for name, common in entries.get(first, ()):
            if any(
                text.startswith(name, at) and _word_ends(text, at + len(name))
                and not text.startswith(venues, at + len(name))  # "the Barclays Center": a venue's name, no bank
                and not (name.isupper() and _in_capitals(text, at, at + len(name)))
                and not (common and not _named_there(lang, text, at, at + len(name)))
                for at in places
            ):
                found.add(name)
    found |= _glued_known(text, lang)
    found -= {name for name in found if name in rule_words(lang, "ORG_KNOWN_COMMON") and _written_lower(text, name)}
    aliases = getattr(lang, "ORG_KNOWN_ALIASES", {})
    return found, {name: aliases[name] for name in found if name in aliases}


@cache
def _known_entries(lang: ModuleType) -> dict[str, tuple[tuple[str, bool], ...]]:
    """The known names by their first word (its letters: "Coca" of Coca-Cola), made anchor
    words of the shared word pass; each with whether it may be a common word."""
    entries: dict[str, list[tuple[str, bool]]] = {}
    for names, common in ((getattr(lang, "ORG_KNOWN", ()), False), (getattr(lang, "ORG_KNOWN_COMMON", ()), True)):
        for name in names:
            entries.setdefault(_FIRST_LETTERS.match(name).group(), []).append((name, common))  # type: ignore[union-attr]
    scan.word_anchors(tuple(entries))
    return {first: tuple(names) for first, names in entries.items()}


_FIRST_LETTERS = re.compile(r"[^\W\d_]+")


def _glued_known(text: str, lang: ModuleType) -> set[str]:
    """The known names (``ORG_KNOWN``) the text writes with a particle glued to them, in a
    language whose particles are letters ("현대차는", "카카오와"; the shared word pass finds only
    whole words): the names found anywhere in one pass of an automaton, then those standing as
    a word, maybe with a particle (``occurrences``: not inside "김한화", "카카오톡")."""
    names = _glued_names(lang)
    inside = scan.substrings(text, names) if names else set()
    return {form for _, _, form in occurrences(lang, text, inside)} if inside else set()


@cache
def _glued_names(lang: ModuleType) -> frozenset[str]:
    """The known names, for a language whose particles are letters (none for another)."""
    names = getattr(lang, "ORG_KNOWN", ())
    if not names or not any(p[:1].isalpha() for p in getattr(lang, "PARTICLES", ())):
        return frozenset()
    return frozenset(names)


def _word_ends(text: str, end: int) -> bool:
    return end == len(text) or not (text[end].isalnum() or text[end] in "_&")


_LOWER_LETTER = re.compile(r"[a-z]")
_CAPITALS_AROUND = re.compile(r"[A-Z]{2,}[ ,:]+$")
_CAPITALS_AFTER = re.compile(r"[ ,:]+[A-Z]{2,}")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether a word in capitals stands in a line written in capitals ("WHO WILL WIN"), where
    an acronym is maybe a plain word: another word in capitals beside it, no lower-case letter
    within 20 characters of its line (not "WASHINGTON (AP) — The", "the US EPA test")."""
    if _CAPITALS_AROUND.search(text, max(0, start - 12), start) is None and _CAPITALS_AFTER.match(text, end) is None:
        return False
    line_end = text.find("\n", end)
    lo, hi = max(text.rfind("\n", 0, start) + 1, start - 20), min(end + 20, len(text) if line_end < 0 else line_end)
    return _LOWER_LETTER.search(text, lo, hi) is None


_NAMED_AFTER = re.compile(r"['’]s (?P<owned>[a-z-]+)| (?:[Ss]aid|[Ss]ays|announced|confirmed|reported|told|declined)\b")


def _named_there(lang: ModuleType, text: str, start: int, end: int) -> bool:
    """Whether a known name that may be a common word names the organisation there: written
    inside a sentence, after no capitalised word (a person's given name, a longer name's
    word: "Harrison Ford", "Big Apple") nor "the" ("the Amazon rainforest"), or followed by a
    possessive, but not a person's before a word of kin ("Apple's shares", not "Ford's
    father"; ``PERSON_KIN``), or a speech verb ("Apple said", a headline's "Apple Says")."""
    if (m := _NAMED_AFTER.match(text, end)) is not None:
        return m.group("owned") not in rule_words(lang, "PERSON_KIN")
    if start < 2 or text[start - 1] != " ":
        return False
    before = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    return before.endswith((",", ";", ":")) or (before.isalpha() and before.islower() and before != "the")


def _written_lower(text: str, form: str) -> bool:
    """A one-word name found by its context that the text also writes in lower case and writes
    capitalised only inside a longer name: a common word, its capital the longer name's, that
    the context cut ("administrator for the Refugees in Towns Project" beside "refugees"; "an
    Online Leader Success Mindset" beside "online doors"; not "Flydubai said" beside "a flydubai
    plane")."""
    if " " in form or not form[1:].islower() or not scan.whole_word_places(text, form.lower()):
        return False
    return all(_IN_LONGER_NAME.match(text, at + len(form)) for at in scan.whole_word_places(text, form))


def _people(text: str, lang: ModuleType, forms: set[str]) -> set[str]:
    """The forms the text writes as people's names ("Biden" of "President Joe Biden")."""
    return _surnames_of_people(text, lang, forms) | _titled_people(text, lang, forms) | _possessive_people(text, lang, forms)


def _with_region(lang: ModuleType, before: re.Pattern[str], m: re.Match[str], name: str) -> str:
    """The suffixed name with the region in the one or two words right before it
    (``ORG_REGION_BEFORE``: "인천시 선거관리위원회", "경기도 연천군청"), where the name alone is one
    ("서울시 동부" is a part of the city), and where the language restricts them, only a name of
    that shape (``ORG_REGION_NAMES``: "Japan's Defense Ministry", two countries' "Defense
    Ministry" are two). Matched at those two words' starts only."""
    text, start = m.string, m.end("org") - len(name)
    if text[start - 1 : start] != " " or (generic := optional_shape(lang, "ORG_REGION_NAMES")) is not None and not generic.fullmatch(name):
        return name
    one = _word_start(text, start - 1)
    for at in (_word_start(text, one - 1), one) if text[one - 1 : one] == " " else (one,):
        if before.fullmatch(text, at, start) and _acceptable(lang, _normalise(lang, name)):
            return text[at:start] + name
    return name


def _programmes(text: str, lang: ModuleType, forms: set[str], named: dict[str, str]) -> set[str]:
    """Names of several words that the text writes only before a programme word or, after
    their short form in brackets, before a lower-case noun (``ORG_PROGRAMME_AFTER``), once at
    least before a programme word: a programme's name, not an organisation's ("the
    Commercial Lunar Payload Services program (CLPS)", "Commercial Lunar Payload Services
    (CLPS) contracts"; not "The Federal Reserve program buys bonds. The Federal Reserve
    said"), with the short forms given them in brackets. Only the names right before a
    programme word (``ORG_PROGRAMME_WORDS``, from the shared word pass) are looked at further."""
    places = scan.word_places(text)
    candidates: set[str] = set()
    for at in (at for word in shared_words(lang, "ORG_PROGRAMME_WORDS") for at in places.get(word, ())):
        words = text[max(0, at - 120) : at - 1].rsplit(" ", 8)[1:]  # the name's words end at the blank before
        candidates.update(name for i in range(len(words) - 1) if (name := " ".join(words[i:])) in forms)
    if not candidates:
        return set()
    after = rule_shape(lang, "ORG_PROGRAMME_AFTER")
    found = {form for form in candidates if all(after.match(text, at + len(form)) for at in scan.whole_word_places(text, form))}
    return found | {alias for alias, name in named.items() if name in found}


def _acting(text: str, lang: ModuleType) -> set[str]:
    """The bodies of ``ORG_ACTING`` (a legislature, a city's government, a seat of power) the
    text makes act: a body's name with ``ORG_ACTING_AFTER`` right after it, the language's
    mark of a subject or of the body's people ("서울시는", "국회가"; "the White House said", "a
    Pentagon spokesman"). The language writes both as one pattern, ``ORG_ACTING_PATTERN``."""
    return {m.group("org" if "org" in m.re.groupindex else 0) for m in finditer(lang, "ORG_ACTING_PATTERN", text)} | _joined_acting(text, lang)


def _clubs(text: str, lang: ModuleType) -> set[str]:
    """Sports clubs named by their town or owner and their nickname (``ORG_CLUB_NICKNAMES``,
    the word before them read by ``ORG_CLUB_OWNER``: "삼성 라이온즈", "KIA 타이거즈", "포항
    스틸러스", "Leeds United", "Wigan Athletic"; or its town and its owner's capitals,
    ``ORG_CLUB_HOME_OWNER``: "원주 DB"): the whole name, one organisation; not where a
    stop word or a place opens it ("After United won", "England United") or a capitalised word
    follows ("United Nations"). Each nickname is found by a plain string search."""
    owner = optional_shape(lang, "ORG_CLUB_OWNER")
    if owner is None:
        return set()
    found, stop = set(), _not_names(lang)
    for nickname in getattr(lang, "ORG_CLUB_NICKNAMES", ()):
        at = text.find(nickname)
        while at >= 0:
            end = at + len(nickname)
            if (not text[end : end + 1].isalnum() or text.startswith(_particles(lang), end)) and not _NAME_GOES_ON.match(text, end):
                if (m := owner.search(text, max(0, at - CLUB_OWNER_REACH), at)) is not None and not _common_opening(text, _town_word(lang, m), stop):
                    found.add(text[m.start("owner") : end])
            at = text.find(nickname, end)
    found.update(m["org"] for m in finditer(lang, "ORG_CLUB_HOME_OWNER", text))  # "원주 DB는": a town and its owner
    return found


def _town_word(lang: ModuleType, m: re.Match[str]) -> int:
    """Where the word of a club's town or owner that is judged starts: its second, after a
    word of the compass ("West Ham United", ``ORG_PLACE_WORDS``: a stop word alone), unless
    the two make a country or a town ("South Africa United"); else its first."""
    first, _, second = m.group("owner").partition(" ")
    if second and first in rule_words(lang, "ORG_PLACE_WORDS") and m.group("owner") not in _places(lang):
        return m.start("owner") + len(first) + 1
    return m.start("owner")


@cache
def _places(lang: ModuleType) -> frozenset[str]:
    return rule_words(lang, "PLACES") | rule_words(lang, "TOWNS")


def _common_opening(text: str, start: int, stop: frozenset[str]) -> bool:
    """Whether the word at ``start`` is a stop word or a place, or opens its sentence and is
    written in lower case elsewhere in the text: a common word there ("Then United scored"),
    no club's town."""
    word = m.group() if (m := _FIRST_LETTERS.match(text, start)) else ""
    if word in stop:
        return True
    lower = word.lower()
    return lower != word and _OPENING.search(text, max(0, start - 4), start) is not None and bool(scan.whole_word_places(text, lower))


CLUB_OWNER_REACH = 30  # characters before a nickname where its town or owner may start
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")  # "United Nations", "United Airlines": the word opens another name


@cache
def _particles(lang: ModuleType) -> tuple[str, ...]:
    return tuple(getattr(lang, "PARTICLES", ()))


def _joined_acting(text: str, lang: ModuleType) -> set[str]:
    """Names of two names joined by a word that act (``ORG_JOINED_ACTING``: the word, " & ",
    and the pattern matched at the start of the word before it: "Johnson & Johnson said")."""
    word = getattr(lang, "ORG_JOINED_ACTING", ("",))[0]
    found = set()
    at = text.find(word) if word else -1
    while at >= 0:
        if (m := _joined_pattern(lang).match(text, _word_start(text, at))) is not None:
            found.add(m.group())
        at = text.find(word, at + len(word))
    return found


@cache
def _joined_pattern(lang: ModuleType) -> re.Pattern[str]:
    return re.compile(expand(lang, lang.ORG_JOINED_ACTING[1]))


def _speaking_acronyms(text: str, lang: ModuleType) -> set[str]:
    """Acronyms the text has speak ("NASA said", "the FBI confirmed"; ``ORG_SPEECH_VERBS``,
    ``ORG_ACRONYM_BEFORE``): a body, not a thing (``ORG_NOT_SHAPE``: "the U.S. said"; nor a
    role: "the CEO said"). Each verb's places come from the shared word pass."""
    verbs = shared_words(lang, "ORG_SPEECH_VERBS")
    if not verbs:
        return set()
    before = rule_shape(lang, "ORG_ACRONYM_BEFORE")
    places = scan.word_places(text)
    found = set()
    for verb in verbs:
        for at in places.get(verb, ()):
            if (m := before.search(text, max(0, at - 12), at)) is not None:
                found.add(m.group("org"))
    return {f for f in found if not rule_shape(lang, "ORG_NOT_SHAPE").fullmatch(f) and f not in word_set(lang, "role") and _acceptable(lang, f)}


def _before_words(text: str, lang: ModuleType) -> tuple[list[str], dict[str, str]]:
    """Names right before the words of ``ORG_BEFORE`` ("청와대 관계자", "A·B·C 등 기업",
    "국제통화기금(IMF)"), and the short forms in brackets after them (alias -> name). Each word
    is found by a plain string search, its pattern after it matched right after it and its
    pattern before it against the ``reach`` characters before it (a pattern opening with the
    names would be tried at every position of the text). A ``list`` group gives the names it
    separates; an ``alias`` group after the word, the short form of the name before it."""
    found: list[str] = []
    aliases: dict[str, str] = {}
    for word, reach, before, after in _before_patterns(lang):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (a := after().match(text, end) if after else True) and (m := before().search(text, max(0, at - reach), at)):
                if "list" in m.re.groupindex:
                    found.extend(_LIST_SEPARATOR.split(m.group("list")))
                elif isinstance(a, re.Match) and "alias" in a.re.groupindex:
                    alias, name = a.group("alias"), m.group("org").strip()  # (no particle before a bracket: "연방준비제도")
                    # a Hangul one takes its letters from the name, in order, maybe past its first
                    # words ("한전" of 한국전력공사, "건보공단" of 국민건강보험공단); both a name's (not
                    # "전기자동차", "저비용항공사(LCC)": a kind of company)
                    if _acceptable(lang, name) and (alias.isascii() or _abbreviation_of(alias, name[max(0, name.find(alias[0])) :])):
                        aliases[alias] = name
                else:
                    found.append(m.group("org"))
            at = text.find(word, end)
    return found, aliases


def _cued(text: str, lang: ModuleType) -> list[str]:
    """Names the sentence tells are organisations' by a word after them (``ORG_CUES``: "Apple
    shares rose", "Tesla said it would", "Tesla, the carmaker,"). Each cue word's places come
    from the shared word pass; the pattern after it is matched right after it, the pattern
    before it against the ``reach`` characters before it, ending there. Where the cue says
    so, a name that may be a common word opening its sentence is left out (``_capitalised_opening``).
    A title inside the words ends the name: a person's title and name follow it ("Apple CEO Tim
    Cook said it would": Apple; ``_before_title``)."""
    cues = _cue_patterns(lang)
    places = scan.word_places(text) if cues else {}
    return [
        _before_title(lang, m.group("org"))
        for words, reach, before, after, common in cues
        for word in words
        for at in places.get(word, ())
        if after().match(text, at + len(word)) and (m := before().search(text, max(0, at - reach), at))
        and not (common and _capitalised_opening(text, m.start("org"), m.end("org")))
    ]


_OPENING = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n)$")  # what ends before a sentence's first word


def _before_title(lang: ModuleType, name: str) -> str:
    """The words of a name before the first title or occupation that more words follow
    ("Apple" of "Apple CEO Tim Cook", "" of "President Joe Biden"): those are a person's."""
    if " " not in name:
        return name
    words = name.split(" ")
    titles = _roles(lang)
    return next((" ".join(words[:i]) for i, word in enumerate(words[:-1]) if word in titles), name)


def _capitalised_opening(text: str, start: int, end: int) -> bool:
    """A one-word name that opens its sentence and is written capitalised nowhere else in the
    text but at a sentence's start: maybe only a common word there ("Tech shares led the
    gains", "Energy shares gained", "Revenue rose 5%, the company said"), not a name."""
    name = text[start:end]
    if " " in name or not _OPENING.search(text, max(0, start - 4), start):
        return False
    return not any(text[at - 1 : at] == " " and (text[at - 2 : at - 1].isalnum() or text[at - 2 : at - 1] in ",;:_") for at in scan.whole_word_places(text, name) if at > 1)


@cache
def _cue_patterns(lang: ModuleType) -> tuple[tuple[tuple[str, ...], int, scan.Lazy, scan.Lazy, bool], ...]:
    cues = getattr(lang, "ORG_CUES", ())
    scan.word_anchors(tuple(word for words, *_ in cues for word in words))
    return tuple((words, reach, scan.Lazy(expand(lang, before)), scan.Lazy(expand(lang, after)), common) for words, reach, before, after, common in cues)


@cache
def _before_patterns(lang: ModuleType) -> tuple[tuple[str, int, scan.Lazy, scan.Lazy | None], ...]:
    return tuple(
        (word, reach, scan.Lazy(expand(lang, before)), scan.Lazy(expand(lang, after)) if after else None)
        for word, reach, before, after in getattr(lang, "ORG_BEFORE", ())
    )


_NEXT_WORDS = re.compile(r" ([^\W\d_][\w.-]*)(?: ([^\W\d_][\w.-]*))?")


def _opens_title(lang: ModuleType, text: str, end: int, name: str) -> bool:
    """Whether the name ending at ``end`` and the words after it are a title, no organisation:
    its last word opens a role with the one or two words after it ("White House Press
    Secretary Stephanie Grisham", "Israeli Prime Minister Benjamin Netanyahu": a press
    secretary, a people's prime minister), or a role follows a name that is the title's field
    (``field_title``: "Home" of "Home Secretary Yvette Cooper", "U.S. Energy Secretary Chris
    Wright"; "He met Bob. Health Secretary Wes Streeting": the name's words in one sentence)."""
    after = _NEXT_WORDS.match(text, end)
    if after is None:
        return False
    roles, (first, second) = word_set(lang, "role"), after.groups()
    if first in roles and field_title(lang, name):
        return True
    last = name.rsplit(" ", 1)[-1]
    return last in _role_first_words(lang) and (f"{last} {first}" in roles or (second is not None and f"{last} {first} {second}" in roles))


def _without_title(lang: ModuleType, name: str) -> str:
    """The name read before a role and a name without the capitalised roles of one word that
    end it: a post the person holds in it, before their rank ("Philippine Marine Corps
    Commandant Major General Arturo Rojas", "Joint Chiefs Chairman Gen. Dan Caine"); "" when
    every word is one."""
    roles = word_set(lang, "role")
    words = name.split(" ")
    while words and words[-1] in roles and words[-1][:1].isupper():
        words.pop()
    return " ".join(words)


@cache
def _role_first_words(lang: ModuleType) -> frozenset[str]:
    return frozenset(role.split(" ", 1)[0] for role in word_set(lang, "role") if " " in role)


def _one_sentence_name(m: re.Match[str], group: str, sentences: Sequence[tuple[int, int]], keep_tail: bool) -> str:
    """The group's words within one sentence: a name never spans a sentence end ("from
    Washington. Associated Press writers"). The part kept is the one next to what found
    it: the tail for a suffix or a role after the name, else the head."""
    words = m.group(group)
    if not _MAY_END_SENTENCE.search(words):
        return words
    lo, hi = m.span(group)
    i, j = bisect.bisect_right(sentences, (lo, len(m.string))), bisect.bisect_left(sentences, (hi, 0))
    if i >= j:  # no sentence starts after lo and before hi
        return words
    return m.string[sentences[j - 1][0] : hi] if keep_tail else m.string[lo : sentences[i][0]]


def _place_before(lang: ModuleType, text: str, start: int) -> str:
    """The word before a name, with the blank after it, when it and the name's first word are
    a place of two words (``PLACES``, ``TOWNS``: "New " of "York State Attorney General", a
    pattern's four words read short of "New York State Attorney General"); "" when they are not."""
    if start < 2 or text[start - 1] != " ":
        return ""
    at = _word_start(text, start - 1)
    first = _FIRST_LETTERS.match(text, start)
    return text[at:start] if first is not None and f"{text[at : start - 1]} {first.group()}" in _two_word_places(lang) else ""


@cache
def _two_word_places(lang: ModuleType) -> frozenset[str]:
    return frozenset(p for key in ("PLACES", "TOWNS") for p in getattr(lang, key, ()) if p.count(" ") == 1)


_OF_NAME_OF = re.compile(r"(?<![\w.&-])([A-Z][\w-]*) of (?:the )?[A-Z][\w-]* of (?:the )?$")
_OF_NAME = re.compile(r" of (?:the )?[A-Z]")


def _in_longer_of_name(lang: ModuleType, text: str, start: int, end: int) -> bool:
    """Whether a suffixed name is a piece of a longer name that runs over two "of"s after
    capitalised words: it ends one ("North Carolina Conference of Clerks of Superior Court": no
    "Superior Court"; not "Alex Horton of the Washington Post", a person's; nor "the Secretary
    of State of New York Bar Association", a title's), or "of" and a capitalised word follow
    its own "of" field ("Ohio Association of Chiefs of Police": no "Ohio Association of
    Chiefs"). Better no organisation than a piece of one."""
    if _OF_NAME.match(text, end) is not None:
        return True
    if not text.endswith(("of ", "of the "), max(0, start - 7), start):
        return False
    m = _OF_NAME_OF.search(text, max(0, start - 60), start)
    return m is not None and m.group(1) not in _titles(lang)


def _before_team_role(lang: ModuleType, m: re.Match[str]) -> bool:
    """Whether a team's people follow the name a pattern read (``ORG_TEAM_AFTER``: "Liverpool
    captain"): a town there is a club."""
    after = optional_shape(lang, "ORG_TEAM_AFTER")
    return after is not None and after.match(m.string, m.end("org")) is not None


def _client(lang: ModuleType, m: re.Match[str]) -> bool:
    """Whether the name a pattern read after a word of a person's circle and "for" opens with
    a man's or a woman's given name (``ORG_CLIENT_BEFORE``): a client, a person ("a lawyer for
    Sean Combs"; not "a spokesman for Goldman Sachs")."""
    first = m.group("org").split(" ", 1)[0]
    if first not in _gendered_given_names(lang):
        return False
    before = optional_shape(lang, "ORG_CLIENT_BEFORE")
    start = m.start("org") - 4 if m.string.endswith("the ", 0, m.start("org")) else m.start("org")
    return before is not None and before.search(m.string, max(0, start - 40), start) is not None


def _field_runs_on(lang: ModuleType, m: re.Match[str]) -> bool:
    """Whether the field of a name ("Ministry of Health", "Council on Energy") is the first of
    a list the name goes on with (``ORG_FIELD_LIST``: "Ministry of Health, Labour and Welfare",
    "Council on Energy, Environment and Water"): better no organisation than a piece of one.
    Not a list of known names ("the Department of Energy, Boeing and Lockheed Martin")."""
    name, shape = m.group("org"), optional_shape(lang, "ORG_FIELD_LIST")
    if shape is None or not (" of " in name or " for " in name or " on " in name) or (listed := shape.match(m.string, m.end("org"))) is None:
        return False
    return not any(word in _known_entries(lang) for word in _FIRST_LETTERS.findall(listed.group()))  # "Department of Energy, Boeing and Lockheed"


def cut_short(lang: ModuleType, text: str, end: int) -> bool:
    """Whether the name a pattern read, ending at ``end``, is the head of a longer one
    ("Refugees" of "at the Refugees in Towns project"): "in" or "on" and capitalised words
    follow it, then a word of the same noun phrase (``ORG_CUT_AFTER``), and the word after
    "in" is no place, month or day ("at Jefferies in London who", ``_not_names``); or it only
    says whose an office is ("for the Manhattan district attorney's office")."""
    after = optional_shape(lang, "ORG_CUT_AFTER")
    cut = after.match(text, end) if after is not None else None
    return cut is not None and cut.group("next") not in _not_names(lang) and cut.group("next") not in rule_words(lang, "TOWNS")  # (None after "of")


def _after_article(lang: ModuleType, m: re.Match[str]) -> bool:
    """Whether the name of a match stands after an indefinite article (``TITLE_ARTICLES``,
    maybe read as the name's first word: "An Online")."""
    articles, start, text = rule_endings(lang, "TITLE_ARTICLES"), m.start("org"), m.string
    first, _, rest = m.group("org").partition(" ")
    return after_word(text, start, articles) or (bool(rest) and first + " " in articles)


def _abbreviation_of(alias: str, name: str) -> bool:
    """Whether "(alias)" after the name abbreviates it: "ECB" of "European Central Bank" (the
    same first letter, then the others in order), or capitals after a long name, maybe in
    another language ("Organisation for Applied Scientific Research (TNO)"). Not a dateline's
    agency: "WASHINGTON (Reuters)", "LA CROSSE, Wis. (AP)" (a city in capitals, a state cut short)."""
    rest = iter(name.upper())
    in_order = alias[:1].upper() == name[:1].upper() and all(ch in rest for ch in alias.upper())
    return in_order or (alias.isupper() and not name.isupper() and not name.endswith("."))


def _spelled_out(alias: str, name: str) -> bool:
    """Whether the name before a short form in brackets is the one it stands for, to link the
    two: its initials in order ("Sierra Nevada Corporation (SNC)", "Department of International
    Relations and Cooperation (Dirco)") or, capitals after a name of three words or more, a
    name in another language ("Netherlands Organisation for Applied Scientific Research (TNO)";
    not a name cut short: "Democratic Union (TDU)")."""
    rest = iter(name.upper())
    return (alias[:1].upper() == name[:1].upper() and all(ch in rest for ch in alias.upper())) or name.count(" ") >= 2


def _surnames_of_people(text: str, lang: ModuleType, forms: set[str], given_alone: bool = True) -> set[str]:
    """One-word forms that end a personal name in the text: one written with a title or a
    description ("Biden" of "President Joe Biden", "Morrison" of "Tim Morrison, a former
    aide"), or, unless ``given_alone`` is False, with a given name that is no place, stop word
    or people and no longer name after it ("Ford" of "author John M. Ford", "Carlineo" of
    "Patrick Carlineo Jr."; not "Walt Disney Co."): "Biden's vice president" is a person's
    possessive, not an organisation's."""
    if getattr(lang, "SURNAME_FIRST", False):
        return set()
    name, titled, described = _titled_name(lang)
    found = set()
    for form in forms:
        i = text.find(" " + form) if " " not in form else -1
        while i >= 0:  # a plain string search: one regex per form would scan every position
            start = _word_start(text, i)
            initial = _INITIAL.fullmatch(text, start, i) is not None and start > 1
            if initial:  # "John M. Ford"
                start = _word_start(text, start - 1)
            end = i + 1 + len(form)
            whole = end == len(text) or not text[end].isalnum()
            if whole and name().fullmatch(text, start, end) and (
                titled().search(text, max(0, start - 40), start) or described().match(text, end) or (given_alone and _given_alone(lang, text, start, end, initial))
            ):
                found.add(form)
                break
            i = text.find(" " + form, end)
    return found


def _titled_people(text: str, lang: ModuleType, forms: set[str]) -> set[str]:
    """Forms of two words opening with a known given name (``GIVEN_NAMES``; "journalist Alex
    Press": a person whose surname is a word of organisations, not "Howard University") or
    of a personal name's shape ("Conservative leader Kemi Badenoch said it would") that the
    text writes right after a title, an occupation or an honorific: a person."""
    given, name = rule_words(lang, "GIVEN_NAMES"), _titled_name(lang)[0]
    found = set()
    for form in forms:
        if form.count(" ") == 1 and (form.split(" ", 1)[0] in given or name().fullmatch(form)):
            if any(_after_title(lang, text, i) for i in scan.whole_word_places(text, form)):
                found.add(form)
    return found


def _after_title(lang: ModuleType, text: str, at: int) -> bool:
    """Whether a title, an occupation or an honorific of up to three words ends at the blank
    right before ``at`` ("journalist ", "Chief Executive Officer "): a look-up of the words,
    not a search of the text before."""
    if at < 2 or text[at - 1] != " ":
        return False
    words, titles = text[max(0, at - 40) : at - 1].split()[-3:], _titles(lang)
    return any(" ".join(words[i:]) in titles for i in range(len(words)))


def _possessive_people(text: str, lang: ModuleType, forms: set[str]) -> set[str]:
    """Forms of two words ending in no suffix that the text writes in the possessive (a bare
    apostrophe after a final "s": "Serena Williams' coach") as a person's, not an
    organisation's: opening with a man's or a woman's given name (``MALE_GIVEN_NAMES``,
    ``FEMALE_GIVEN_NAMES``; not one of either, "Morgan Stanley": "Elon Musk's lawyer, Alex
    Spiro", "Chris Pine's Captain Kirk"), or before a word of a person's kin (``PERSON_KIN``:
    "Venus Williams' husband"), or before a word of a person's circle (``PERSON_CIRCLE``) when
    it opens with any given name and its second word is none ("Taylor Swift's lawyer"), or
    ends in a common family name (``COMMON_SURNAMES``) after a word that is no stop word, place,
    suffix or given name ("Venus Williams' coach"; not "Morgan Stanley's lawyer"), or ends in the family name of a person the text gives a title or a description ("Hunter
    Biden's lawyer" after "President Joe Biden", ``_surnames_of_people``; not "Al Jazeera's
    manager" after "an Al Jazeera video camera")."""
    gendered, given = _gendered_given_names(lang), rule_words(lang, "GIVEN_NAMES")
    kin, circle = rule_words(lang, "PERSON_KIN"), rule_words(lang, "PERSON_CIRCLE")
    surnames, stop = rule_words(lang, "COMMON_SURNAMES"), _first_word_stop(lang)
    owned: dict[str, set[str]] = {}  # a form in the possessive -> the words after it
    for form in forms:
        first, _, last = form.partition(" ")
        if last and " " not in last and last not in rule_words(lang, "ORG_SUFFIXES") and (form + "'" in text or form + "’" in text):
            words = {w for i in scan.whole_word_places(text, form) if (w := _possessed_word(text, i + len(form))) is not None}
            if words:
                owned[form] = words
    in_circle = {form: form.split(" ") for form, words in owned.items() if words & circle}
    families = _surnames_of_people(text, lang, {last for _, last in in_circle.values()}, given_alone=False) if in_circle else set()
    return {form for form, words in owned.items() if form.split(" ")[0] in gendered or words & kin} | {
        form for form, (first, last) in in_circle.items() if (first in given and last not in given) or last in families or (last in surnames and first not in stop)
    }


_OWNED_WORD = re.compile(r" ([\w-]+)")


def _possessed_word(text: str, end: int) -> str | None:
    """The word after the name ending at ``end`` when the name stands in the possessive ("'s",
    or a bare apostrophe after its final "s" and before no letter: "Williams' coach", not
    "Williams'd"), "" when no word follows; None when the name is no possessive."""
    mark = text[end : end + 2]
    if mark in ("'s", "’s"):
        after = end + 2
    elif text[end - 1 : end] == "s" and mark[:1] in ("'", "’") and not mark[1:].isalpha():
        after = end + 1
    else:
        return None
    m = _OWNED_WORD.match(text, after)
    return m.group(1) if m is not None else ""


@cache
def _gendered_given_names(lang: ModuleType) -> frozenset[str]:
    return rule_words(lang, "MALE_GIVEN_NAMES") | rule_words(lang, "FEMALE_GIVEN_NAMES")


@cache
def _roles(lang: ModuleType) -> frozenset[str]:
    """Roles and occupations: the words of a title before a person's name."""
    return word_set(lang, "role") | word_set(lang, "occupation")


@cache
def _titles(lang: ModuleType) -> frozenset[str]:
    return _roles(lang) | word_set(lang, "honorific")


_INITIAL = re.compile(r"[A-Z]\.")


def _word_start(text: str, blank: int) -> int:
    """Where the word ending right before the blank at ``blank`` starts (its line's start at most)."""
    return max(text.rfind(" ", 0, blank), text.rfind("\n", 0, blank)) + 1
_LONGER_NAME = re.compile(r",? (?!(?:Jr|Sr)\b|I{2,3}\b)(?:[A-Z&]|of |and |for )")  # not "Jr.", "III"


def _given_alone(lang: ModuleType, text: str, start: int, end: int, initial: bool) -> bool:
    """Whether the name's first word is a given name: no stop word, place, people or word of
    an organisation, with no article or capitalised word before the name ("the United Arab
    Emirates") and no capitalised word after it. A sentence's first word is capitalised
    anyway ("Maybe Instagram likes it"): there, the name needs a middle initial or a "Jr."."""
    first = text[start : text.find(" ", start)]
    stop = rule_words(lang, "NAME_NOT") | rule_words(lang, "PLACES") | rule_words(lang, "TOWNS") | rule_words(lang, "ORG_SUFFIXES") | rule_words(lang, "ORG_NOT_FIRST")
    if first in stop or rule_shape(lang, "ORG_NOT_SHAPE").fullmatch(first) or _LONGER_NAME.match(text, end):
        return False
    if _WORD_BEFORE.search(text, max(0, start - 40), start) is not None:
        return False
    return initial or _SUFFIX_AFTER.match(text, end) is not None or _SENTENCE_BEFORE.search(text, max(0, start - 4), start) is None


_WORD_BEFORE = re.compile(r"(?:\b[Tt]he|[A-Z][\w.&-]*) $")
_SENTENCE_BEFORE = re.compile(r"(?:^|\n|[.!?:][\"”’)]? )$")
_SUFFIX_AFTER = re.compile(r",? (?:Jr|Sr)\b")


@cache
def _titled_name(lang: ModuleType) -> tuple[scan.Lazy, scan.Lazy, scan.Lazy]:
    """A personal name's shape, a title or honorific right before a name, and a description
    right after it (", a former aide", ", 55,", ", chief executive")."""
    before = scan.Lazy(expand(lang, r"\b(?:{role}|{honorific}) $"))
    after = scan.Lazy(expand(lang, r", (?:\d|(?:{modifier}) |(?:{role})\b)"))
    return scan.Lazy(expand(lang, "{name}")), before, after


def _coordinated(text: str, lang: ModuleType, forms: set[str]) -> set[str]:
    """Names coordinated with a known organisation are organisations too: a pair
    (``ORG_COORDINATION``: "삼성전자와 LG디스플레이") or a list (``ORG_LISTS``: "Blue Origin, Ceres
    Robotics and SpaceX"), once every other name of it is name-like and opens with no given
    name (no town, no person: "Paris, Lyon and Airbus" adds nothing)."""
    raw = {(m.group("a"), m.group("b")) for m in finditer(lang, "ORG_COORDINATION", text)} | set(lists(text, lang))
    names = {word: _normalise(lang, word) for group in raw for word in group}  # each word once
    groups = {tuple(names[word] for word in group) for group in raw}
    given = rule_words(lang, "GIVEN_NAMES")
    added: set[str] = set()
    for _ in range(3):  # a pair in a chain of pairs is known after the pair before it
        known = forms | added
        new = set()
        for group in groups:
            others = [name for name in group if name not in known]
            if others and len(others) < len(group) and all(name_like(lang, o) and o.split(" ", 1)[0] not in given for o in others):
                new.update(others)
        if not new:
            break
        added |= new
    return added


def lists(text: str, lang: ModuleType) -> Iterable[tuple[str, ...]]:
    """The lists of names of ``ORG_LISTS``: (the word joining
    the last name, how many characters before it the list may start, the pattern the text
    before it ends with, the pattern after it, the separator of the names before it, "" for
    one name: a pair). The word's places come from the shared word pass, and only those with
    a name, a capitalised word, right before them are read further (most are not): the
    pattern after the word is matched right after it, then the pattern before it, the other
    names (``list``), searched through up to ``reach`` characters ending at the blank before
    the word, where the separator stands within reach."""
    patterns = _list_patterns(lang)
    places = scan.word_places(text) if patterns else {}
    for word, entries in patterns:
        for at in places.get(word, ()):
            at -= 1  # the blank before the word
            if at <= 0 or text[at] != " " or not text[_word_start(text, at)].isupper():
                continue
            for reach, before, after, separator in entries:
                lo = max(0, at - reach)
                if (last := after.match(text, at + 1 + len(word))) is not None and text.find(separator, lo, at) >= 0 and (m := before.search(text, lo, at)) is not None:
                    names = m.group("list").split(separator) if separator else [m.group("list")]
                    yield (*names, last.group("last"))


@cache
def _list_patterns(lang: ModuleType) -> tuple[tuple[str, tuple[tuple[int, re.Pattern[str], re.Pattern[str], str], ...]], ...]:
    """The entries of ``ORG_LISTS`` compiled, grouped by their word (its places read once)."""
    by_word: dict[str, list[tuple[int, re.Pattern[str], re.Pattern[str], str]]] = {}
    for word, reach, before, after, separator in getattr(lang, "ORG_LISTS", ()):
        by_word.setdefault(word, []).append((reach, re.compile(expand(lang, before)), re.compile(expand(lang, after)), separator))
    scan.word_anchors(tuple(by_word))
    return tuple((word, tuple(entries)) for word, entries in by_word.items())


@lru_cache(maxsize=4096)
def _normalise(lang: ModuleType, form: str, not_first: Collection[str] | None = None) -> str:
    """The name without its particle, leading words such as "the" or "from" (``not_first``:
    ``ORG_NOT_FIRST`` unless given; a name found by its context keeps its other first words,
    for ``name_like`` to judge: "As Taylor Swift's partner"), or a sentence's full stop (but "Inc."
    and "U.S." keep theirs)."""
    form = form.strip()
    if not form.endswith(rule_endings(lang, "ORG_SUFFIXES")):  # 디스플레이: no particle 이
        form = strip_particle(lang, form)
    first, _, rest = form.partition(" ")
    if rest:  # (most names are one word: no look-up of the lists below)
        not_first = rule_words(lang, "ORG_NOT_FIRST") if not_first is None else not_first
        endings = rule_endings(lang, "ORG_NOT_FIRST_ENDINGS")
        while rest and (first in not_first or first.endswith(endings)):  # "A Reuters investigation", "Delhi-based"
            form = rest
            first, _, rest = form.partition(" ")
    if form.endswith("."):
        last = form.split()[-1]
        if last not in rule_words(lang, "ORG_SUFFIXES") and "." not in last[:-1]:
            form = form[:-1]
    return form


def _acceptable(lang: ModuleType, form: str) -> bool:
    if form in rule_words(lang, "ORG_NOT"):
        return False
    if len(form) < getattr(lang, "ORG_MIN_LEN", 2) and not _short_name(lang, form):
        return False
    if form.endswith(rule_endings(lang, "ORG_VENUE_ENDINGS")) and rule_shape(lang, "ORG_VENUE").fullmatch(form):
        return False  # "Barclays Center", "Blossom Music Center": a venue, a place
    return not form.endswith(rule_endings(lang, "ORG_NOT_ENDINGS"))


def _short_name(lang: ModuleType, form: str) -> bool:
    """Whether a name shorter than ``ORG_MIN_LEN`` still is one by its shape
    (``ORG_SHORT_SHAPE``: capitals in Korean text, "LG", "SK")."""
    shape = optional_shape(lang, "ORG_SHORT_SHAPE")
    return shape is not None and shape.fullmatch(form) is not None


def name_like(lang: ModuleType, word: str) -> bool:
    """A name found by its context, not a common noun: it has Latin letters or at least
    three syllables, and neither it nor its first word is a kind-of-organisation noun, a role
    or a stop word; nor does it end like a noun of people or fields (``ORG_NAMED_NOT_ENDINGS``:
    "소상공인", "금융권")."""
    if not _acceptable(lang, word) or (word.endswith(rule_endings(lang, "ORG_TYPE_NOUNS")) and _kind_of_organisation(lang).search(word)):
        return False
    if word.endswith(rule_endings(lang, "ORG_NAMED_NOT_ENDINGS")):
        return False
    if rule_shape(lang, "ORG_NOT_SHAPE").fullmatch(word):
        return False
    stop, words = _not_names(lang), word.split()
    if len(words) > 3 and f"{words[0]} {words[1]}" in _two_word_places(lang):
        words = words[2:]  # a state's office: "New York State Attorney General" is judged by "State Attorney General"
    if word in stop or words[0] in stop or word in rule_words(lang, "TOWNS"):
        return False
    if " " in word and words[0].endswith(rule_endings(lang, "ORG_NOT_FIRST_ENDINGS")):
        return False  # a description: "the Delhi-based Council" (the organisations extractor drops the word)
    if not rule_words(lang, "ORG_PLACE_WORDS").isdisjoint((words[0], words[-1])):
        return False  # a place: "Inner Mongolia", "Kowloon West"
    if " and " in word and " of " not in word.split(" and ")[0]:
        return False  # two names joined: "between Trump and Georgia Gov. Brian Kemp"
    return len(word) >= 3 or re.search(r"[A-Za-z]", word) is not None


@cache
def _kind_of_organisation(lang: ModuleType) -> re.Pattern[str]:
    """A name ending in a kind-of-organisation noun, as a word or a Korean word's end:
    "German bank", "중소기업"; not "Commerzbank"."""
    return re.compile("(?<![a-z])(?:" + expand(lang, "{type}") + ")$")


@cache
def _not_names(lang: ModuleType) -> frozenset[str]:
    """Stop words, roles, role modifiers and places ("Albania's foreign minister"): no
    organisation's name is one or opens with one."""
    words = ("NAME_NOT", "ROLES", "ROLE_MODIFIERS", "PLACES")
    return frozenset(w for key in words for w in getattr(lang, key, ()))


# --- 2. short forms ----------------------------------------------------------------------


def _short_forms(text: str, lang: ModuleType, forms: set[str], teams: Collection[str] = ()) -> dict[str, str]:
    """short form -> the long form it abbreviates (the longest, when several; by subsequence,
    the shortest, the one it keeps most of: 금융위 of 금융위원회, not of 금융통화위원회)."""
    links: dict[str, str] = {}
    by_first: dict[str, list[str]] = {}  # every rule keeps the first character...
    tails: dict[str, str] = {}  # ...but a Korean tail: 산업지능화협회 -> 한국산업지능화협회
    subsequence = _by_subsequence(lang)
    regions = rule_words(lang, "ORG_PROVINCES_SHORT")  # "서울경찰청": 경찰청 is the national body, no short form
    for long in sorted(forms, key=len, reverse=True):
        by_first.setdefault(long[0], []).append(long)
        if subsequence:
            for i in range(1, len(long) - 2):
                if long[:i] not in regions:
                    tails.setdefault(long[i:], long)
    # Each name's initials and its form without a last word, made once (not for every word tried).
    shortened = {} if subsequence else {f: (_initials(lang, f), _without_suffix(lang, f)) for f in forms}
    for short in sorted(_candidates(text, lang, forms, shortened)):
        longs = by_first.get(short[:1], [])
        full = tails.get(short) or next((f for f in (longs[::-1] if subsequence else longs) if len(short) < len(f) and _abbreviates(lang, short, f, shortened)), None)
        if full is None:  # most words of a Korean text abbreviate no name: not judged further
            continue
        if _named_by_itself(lang, short, subsequence) and short not in word_set(lang, "role"):  # "an MP": no Metropolitan Police
            links[short] = full
    return links if subsequence else _first_words(text, lang, forms, teams) | _without_country(lang, forms) | links


def _first_words(text: str, lang: ModuleType, forms: set[str], teams: Collection[str] = ()) -> dict[str, str]:
    """The first word of a found name of several words, standing alone, is its short form (of
    the longest such name) where it is a found name itself ("Goldman" and Goldman Sachs,
    "SoftBank" and SoftBank Group Corp) or, after the full name, the subject of a speech verb
    (``ORG_SPEECH_VERBS``: "Goldman said"; their places from the shared word pass). Not an
    acronym (AFP of AFP Global News, a service the agency names after itself), a stop word,
    role, place, organisation word or given name (``_first_word_stop``: "Israel", "University",
    "John" of John Lewis Partnership: "John said" is a person's) or a people (``ORG_NOT_SHAPE``:
    "Indian" of the Indian Air Force), nor a town's name or a club's, one the text writes
    before a team's people (``teams``: "Pittsburgh" of the Pittsburgh Post-Gazette where
    "Pittsburgh quarterback Mason Rudolph" names the team)."""
    stop, not_shape = _first_word_stop(lang), rule_shape(lang, "ORG_NOT_SHAPE")
    opening = {first: long for long in sorted(forms, key=len) if " " in long and (first := long.split(" ", 1)[0]) not in stop}
    opening = {
        first: long for first, long in opening.items()
        if not first.isupper() and not not_shape.fullmatch(first) and first not in teams
    }
    if not opening:
        return {}
    places = scan.word_places(text)
    speaking = {
        first for verb in shared_words(lang, "ORG_SPEECH_VERBS") for at in places.get(verb, ())
        if at > 1 and text[at - 1] == " " and (first := text[text.rfind(" ", 0, at - 1) + 1 : at - 1]) in opening
        and 0 <= text.find(opening[first]) < at - len(first) - 1
    }
    return {first: long for first, long in opening.items() if first in forms or first in speaking}


def _without_country(lang: ModuleType, forms: set[str]) -> dict[str, str]:
    """A found name of a country's body opening with the country (a word of ``ORG_NOT_SHAPE``
    before one of ``ORG_NATIONAL_BODIES``: "U.S. Senate", "Chinese Ministry of State Security")
    is the one the text names without it where it names no other country's ("the Senate"; not
    "the Foreign Ministry" beside the Chinese and the Russian ones; not "University of Kabul"
    of the American University of Kabul); so is the same name written with or without dots in
    the country ("US Senate")."""
    not_shape, bodies = rule_shape(lang, "ORG_NOT_SHAPE"), rule_words(lang, "ORG_NATIONAL_BODIES")
    by_rest: dict[str, list[str]] = {}
    for form in forms:
        first, _, rest = form.partition(" ")
        if rest and not bodies.isdisjoint((rest.split(" ", 1)[0], rest.rsplit(" ", 1)[-1])) and not_shape.fullmatch(first):
            by_rest.setdefault(rest, []).append(form)
    links: dict[str, str] = {}
    for rest, longs in by_rest.items():
        longs.sort(key=lambda f: (-len(f), f))  # the dotted form, the one with most letters
        if len({f.replace(".", "") for f in longs}) == 1:
            links |= {f: longs[0] for f in longs[1:]} | ({rest: longs[0]} if rest in forms else {})
    return links


@cache
def _first_word_stop(lang: ModuleType) -> frozenset[str]:
    return _not_names(lang) | rule_words(lang, "ORG_SUFFIXES") | rule_words(lang, "GIVEN_NAMES") | rule_words(lang, "TOWNS")


def _named_by_itself(lang: ModuleType, short: str, subsequence: bool) -> bool:
    """Whether a short form that abbreviates a name is a name itself: of several words, an
    acronym or name-like (not "Justice" of Justice Department, "Defense" of Defense
    Ministry). A short form of two syllables taken by subsequence is one too: ``_abbreviates``
    took it only as the first syllables of a name and of its suffix (한은, 한전), where
    ``name_like`` wants three."""
    return " " in short or short.isupper() or (subsequence and len(short) == 2) or name_like(lang, short)


def _candidates(text: str, lang: ModuleType, forms: set[str], shortened: dict[str, tuple[str, str]]) -> set[str]:
    """Words that may be a short form; ``shortened``: each name's initials and its form
    without a last word ("initials" rule only)."""
    if _by_subsequence(lang):
        words = set(re.findall(expand(lang, "{word}"), text))  # each word once
        letters = set("".join(forms))  # a short form or a tail opens with a letter of a name
        stripped = ((w, strip_particle(lang, w, forms)) for w in words if w[0] in letters)
        # a particle that leaves one letter or none is none: "한은 본관" is 한은 (no short form has one letter)
        return {s if len(s) > 1 else w for w, s in stripped}
    candidates = set(forms)
    candidates.update(_ENGLISH_SHORTENED.findall(text))
    initials = {i for i, _ in shortened.values() if len(i) >= 2}
    if initials:
        candidates.update(form for _, _, form in occurrences(lang, text, initials))
    candidates.update(without for _, without in shortened.values())
    return candidates


def _abbreviates(lang: ModuleType, short: str, long: str, shortened: dict[str, tuple[str, str]]) -> bool:
    if _by_subsequence(lang):
        rest = iter(long)
        if len(short) < 2 or short[0] != long[0] or not all(ch in rest for ch in short):
            return False
        suffix = next((s for s in _suffixes(lang) if long.endswith(s)), "")
        if len(short) == 2:  # the first syllables of the name and of its suffix: 한은 (한국은행), 한전 (한국전력)
            return suffix in rule_words(lang, "ORG_SHORT_TWO_SUFFIXES") and short[1] == suffix[0]
        if not suffix or (short.endswith(suffix) and len(suffix) >= 3):  # "금융위원회" is none of 금융통화위원회
            return False
        return short.endswith((suffix, suffix[0], *getattr(lang, "ORG_SUFFIX_SHORT", {}).get(suffix, ())))
    initials, without_suffix = shortened[long]
    return (
        (short == initials and not long.startswith(short + " "))  # not "US" of "US State Department": its first word
        or short == without_suffix != long
        or (" " not in short and len(short) >= 3 and long.split()[0][len(short) : len(short) + 1].islower() and long.startswith(short))
        or (" " in short and long.startswith(short + " of "))  # "National Bank" of "National Bank of Canada"
    )


def _by_subsequence(lang: ModuleType) -> bool:
    return getattr(lang, "ORG_ABBREVIATION", "initials") == "subsequence"


@cache
def _suffixes(lang: ModuleType) -> list[str]:
    return sorted(getattr(lang, "ORG_SUFFIXES", ()), key=len, reverse=True)


def _initials(lang: ModuleType, form: str) -> str:
    words = _without_suffix(lang, form).split()
    return "".join(w[0] for w in words if w not in _INITIALS_SKIP) if len(words) > 1 else ""


def _without_suffix(lang: ModuleType, form: str) -> str:
    words = form.split()
    if len(words) > 1 and words[-1] in rule_words(lang, "ORG_DROPPABLE_SUFFIXES"):
        return " ".join(words[:-1]).rstrip(",")
    return form


# --- 3. mentions -------------------------------------------------------------------------


def _mentions(ctx: Context, lang: ModuleType, forms: set[str], links: dict[str, str], teams: Collection[str] = ()) -> list[Fact]:
    if not forms:
        return []
    places, forms = _mention_places(ctx.text, lang, forms, teams)
    canonical = {f: _root(f, links) for f in forms}
    groups: dict[str, set[str]] = {}
    for form, root in canonical.items():
        groups.setdefault(root, set()).add(form)
    aliases = {root: sorted(group - {root}) for root, group in groups.items()}  # once per organisation
    return [make_fact(ctx, "organisation", start, end, canonical[form], aliases=list(aliases[canonical[form]])) for start, end, form in places]


def _mention_places(text: str, lang: ModuleType, forms: set[str], teams: Collection[str] = ()) -> tuple[list[tuple[int, int, str]], set[str]]:
    """Where the forms stand, but not inside a longer capitalised name (``_in_longer_name``),
    nor at the end of a person's or a longer name (``_after_name_word``; a name of several words
    ending in a dot is never inside one, ``_dot_ends``), nor before a model's
    number (``ORG_MODEL_AFTER``: "Boeing 737", a product),
    and the forms: with the longer names that act (``ORG_OWN_LONGER_NAME``), the organisations'
    own full names, whose places are then looked for again (rare: "Hanwha Q Cells said")."""
    longer, model = optional_shape(lang, "ORG_LONGER_NAME"), optional_shape(lang, "ORG_MODEL_AFTER")
    towns = (forms & rule_words(lang, "TOWNS")) | set(teams)  # a town's name, or one before a team's people: a club there, its town elsewhere
    venues = rule_endings(lang, "ORG_VENUE_ENDINGS")
    while True:
        firsts = {form.split(" ", 1)[0] for form in forms}
        places, own = [], set()
        for start, end, form in occurrences(lang, text, forms):
            if (" " not in form and not form.isupper() and _after_name_word(lang, text, start, firsts)) or (model is not None and model.match(text, end)):
                continue
            if venues and text.startswith(venues, end):
                continue  # "Barclays said …, at the Barclays Center": the venue's name, no bank
            if form in towns and scan.word_before(text, start) in rule_words(lang, "TOWN_PLACE_BEFORE"):
                continue  # "grew up in Liverpool", "the rematch in Pittsburgh": the town, though "Liverpool captain" named its club
            if longer is not None and not _dot_ends(form) and (m := longer.match(text, end)) is not None and _in_longer_name(lang, m, start, firsts):
                if (acting := rule_shape(lang, "ORG_OWN_LONGER_NAME").match(text, end)) is not None and _acceptable(lang, name := text[start : acting.end()]):
                    own.add(name)
                continue
            places.append((start, end, form))
        if own <= forms:
            return places, forms
        forms = forms | own


def _dot_ends(form: str) -> bool:
    """Whether a name of several words ends in a dot that may end its sentence too ("Sierra
    Nevada Corp. Roth said": Roth opens the next sentence); the capitalised words after it
    are no longer name of it. (One word in capitals with dots, "U.N.", opens a longer name:
    "U.N. Security Council".)"""
    return form.endswith(".") and " " in form


def _after_name_word(lang: ModuleType, text: str, start: int, firsts: set[str]) -> bool:
    """Whether a one-word name opening at ``start`` comes right after a capitalised word of
    its sentence, the end of a person's name or of a longer name ("Harrison Ford", "Nikola
    Tesla"; not an acronym: "Die TI"): not a possessive ("Elon Musk's SpaceX"), stop word, place, people, role or found name ("In Apple's", "German
    Siemens", "SpaceX Blue Origin"), nor an adjective ("Redmond-based"), nor in a headline in
    title case (``_in_title_case``). A word opening the sentence is capitalised anyway: there
    it must be a given name (``GIVEN_NAMES``) or written capitalised inside a sentence too
    ("Maybe Instagram likes it", "Getting Disney+ right")."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    at = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    before = text[at : start - 1]
    if before.endswith(("'s", "’s")) or not before[:1].isupper() or before.isupper() or "-" in before or before in firsts or before in _before_name_stop(lang):
        return False
    if rule_shape(lang, "ORG_NOT_SHAPE").fullmatch(before) or _in_title_case(text, start):
        return False
    return not _OPENING.search(text, max(0, at - 4), at) or before in rule_words(lang, "GIVEN_NAMES") or not _capitalised_opening(text, at, start - 1)


@cache
def _before_name_stop(lang: ModuleType) -> frozenset[str]:
    return _not_names(lang) | word_set(lang, "role") | rule_words(lang, "ORG_NOT_FIRST") | rule_words(lang, "TOWNS")


def _in_title_case(text: str, at: int) -> bool:
    """Whether the line holding ``at`` has no lower-case word of four letters or more: a
    headline in title case."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return _LOWER_WORD.search(text, start, len(text) if end < 0 else end) is None


def _in_longer_name(lang: ModuleType, after: re.Match[str], start: int, firsts: set[str]) -> bool:
    """Whether a found name opening at ``start`` is part of a longer capitalised name, no
    mention of its organisation: ``after`` is the language's ``ORG_LONGER_NAME`` matched right
    after it, a capitalised word that is no suffix, role or place ("Nissan Connect", "Google
    Maps", "DTE Energy Music Theatre": a product, a venue; not "Apple CEO Tim Cook", "Nissan
    North America"). Not where that word is a stop word or the first word of a found name
    ("Apple Monday said", "SpaceX Blue Origin"), nor for a name opening a line in title
    case, a headline whose every word is capitalised ("Nissan Unveils Its New Sentra"), unless
    a product's word follows it there (``ORG_PRODUCT_AFTER``: "Samsung Galaxy S24 Ultra: $899")."""
    word, stop = after.group("next"), rule_words(lang, "NAME_NOT")
    if word in stop or word.rstrip(".") in stop or word.rstrip(".") in firsts:
        return False
    return not _opens_headline(after.string, start) or rule_shape(lang, "ORG_PRODUCT_AFTER").match(after.string, after.start()) is not None


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}")
_LINE_OPENING = re.compile(r"(?:^|\n)[\"“‘']?$")


def _opens_headline(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens a line with no lower-case word of four letters or
    more: a headline in title case."""
    if _LINE_OPENING.search(text, max(0, start - 2), start) is None:
        return False
    end = text.find("\n", start)
    return _LOWER_WORD.search(text, start, len(text) if end < 0 else end) is None


def _root(form: str, links: dict[str, str]) -> str:
    seen = {form}
    while form in links and links[form] not in seen:
        form = links[form]
        seen.add(form)
    return form
