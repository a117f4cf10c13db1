"""Author strings -> Authors. Fewer authors is better than wrong ones: a string that does
not look like a person's name is dropped, never guessed at."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from dataclasses import dataclass, replace
from types import ModuleType, SimpleNamespace
from typing import Iterable, Sequence

from .. import lang as languages
from ..lang import alternation
from ..model import Author

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_LIKE = re.compile(r"https?:|www\.|/|\.(?:com|net|org|co|kr|de|uk)\b", re.I)
URL = re.compile(r"(?:https?://|www\.)\S*", re.I)  # a link names no one, and its '/'s separate no names
NAME_PUNCTUATION = " .'’-"  # anything else ("Foto: ...", "Name *", "srf/hosb") is not a name
# "by", "von", "par" before a capitalised name: a byline word, not part of the name.
LEAD_WORD = re.compile(r"^[a-z]{2,4}\s+(?=[A-Z])")
# Words of languages with no rules module yet (Catalan "i"), read as a module's names are:
# a module for one of them takes its words from here.
WITHOUT_MODULE = SimpleNamespace(CONJUNCTIONS=("i",))


def _every(name: str, unless: str = "") -> list[str]:
    """Every language's words of the list ``name`` (lang modules: their metadata sections),
    but those of a language whose flag ``unless`` is set."""
    return [w for m in (*languages.all_modules(), WITHOUT_MODULE) if not getattr(m, unless, False) for w in getattr(m, name, ())]


# The word before the names in a byline ("Von", "Par", "Por", "Av"; ``BYLINE_WORDS``) is
# dropped from an author string, but where a language's also opens surnames ("Di Maio").
# Names are split at punctuation ('/' is not: "Name/Agency" is a photo credit), and at a word
# that joins two names (``CONJUNCTIONS``) only where every piece is a full name ("Le Figaro
# et AFP", "Ortega y Gasset" stay). The languages with rules of their own may say otherwise
# (``NAME_PREFIX``, ``AUTHOR_SEPARATORS``).
DEFAULT_PREFIX = rf"^(?:{alternation(_every('BYLINE_WORDS', unless='BYLINE_WORDS_IN_NAMES'))}):?\s+(?=[^\W\d_])"
DEFAULT_SEPARATORS = r"\s*[,;&]\s*"
CONJUNCTIONS = alternation(_every("CONJUNCTIONS"))  # words that join two names
CONJUNCTION = re.compile(rf"\s+(?:{CONJUNCTIONS})\s+")
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 5
ROLE_PHRASE_WORDS = 3  # "AP Sports Writer" after a name describes it; "김태연 기자" is a name
NAME_WORDS = 2  # capitalised words before a role word beyond a name's first two describe the role
# A trailing parenthesis after a name says what the person is: "Martí Abad (Enviado especial)".
PARENTHESIS = re.compile(r"\s*\(([^()]*)\)?\s*$")
# A line holding only the word that introduces a byline, its names on the next line ("By",
# "Von"), maybe after a word saying what the names did ("Written by": ``BYLINE_LEADS``).
BYLINE_WORD = re.compile(rf"(?:(?:{alternation(_every('BYLINE_LEADS'))})\s+)?(?:{alternation(_every('BYLINE_WORDS'))})(?!\w)\s*:?")
SEPARATOR_LINE = re.compile(rf"[,;&|·]|{CONJUNCTIONS}")  # a line between two name lines
# Initials beside the names of a byline line ("Adam Vidler and CNN", "DPA"): an agency or an
# outlet, known or not, in any language; no person, so left out of the names. Not the
# language's AGENCIES (``agency``): the agencies its bylines sign with ("Von dpa", "Adam
# Vidler and AP"), each an author. Both are needed: a list cannot hold every outlet's initials, and initials alone
# do not make an author.
INITIALS = re.compile(r"[A-Z]{2,5}")
# A byline's part opening with an outlet's initials ("By Jane Doe, CNN Business", "BBC News"): the
# outlet, no person (three capitals or more, then a word in lower case: "JR Smith", "STEVE PEOPLES" are names).
OUTLET_INITIALS = re.compile(r"[A-Z]{3,5}\s+[A-Z][a-z]")
MAX_NAME_LINE_CHARS = 120
HANDLE = re.compile(r"\s*@\w+$")  # a social media handle ending a line of names
# Between a line's names and what follows them, their role or the place the authors write
# from: a bar, a bullet, a middle dot or a spaced slash ("Jane Doe | Senior Reporter", "María
# García / Madrid"); or more names ("Jane Doe | John Roe": ``_more_names``).
NAME_TAIL = re.compile(r"\s*[|•·]\s*|\s+/\s+")
PLACE_WORDS = 3  # a place after a byline's names: "Madrid", "Los Gallardos", "Corresponsal en Atenas"
NAME_LINE = re.compile(r"[^\W\d_][\w\s.'’,;&()-]*(?<!\.)", re.UNICODE)  # names, their punctuation, no digits, no full stop at the end
# Lower-case words inside a name: "Chus del Pino", "Anna von der Heide", "Vincent van Gogh".
PARTICLES = frozenset(_every("NAME_PARTICLES"))
ORGANIZATION = "organization"  # the role of an author that is an outlet or agency, not a person


@dataclass(frozen=True)
class Byline:
    authors: tuple[Author, ...]
    site: str | None = None


def from_line(line: str, rules: Sequence[ModuleType | None], pieces: Sequence[str] = ()) -> Byline | None:
    """A byline in one line of visible text, by the first language pattern that matches;
    ``pieces`` as for ``names``."""
    for module in rules:
        for pattern in _byline_patterns(module):
            if m := pattern.search(line):
                found = m.groupdict()
                authors = names(found["names"], module, role=found.get("role"), email=found.get("email"), pieces=pieces)
                authors = tuple(a for a in authors if _looks_like(a.name, module) and not OUTLET_INITIALS.match(a.name))
                if authors and NAME_TAIL.match(rest := line[m.end("names") :]):
                    authors += _more_names(NAME_TAIL.split(rest)[1:], module)
                if authors:
                    return Byline(authors, (found.get("site") or "").strip() or None)
    return _in_lower_case(line, rules) if line[:1].islower() and len(line) <= MAX_NAME_LINE_CHARS else None


def _in_lower_case(line: str, rules: Sequence[ModuleType | None]) -> Byline | None:
    """A byline in lower case, by the first language pattern that matches ("by jane doe":
    ``LOWER_CASE_BYLINE``), where every name opens with a known given name."""
    for module in rules:
        if (lower := _lower_case_byline(module)) is not None and (m := lower.match(line)):
            authors = names(_capitalised_words(m["names"]), module)
            if authors and all(a.name.split()[0] in _given_names() and _looks_like(a.name, module) for a in authors):
                return Byline(authors)
    return None


@cache
def _lower_case_byline(module: ModuleType | None) -> re.Pattern[str] | None:
    """The language's byline in lower case ("by jane doe": ``LOWER_CASE_BYLINE``), if it has one."""
    pattern = getattr(module, "LOWER_CASE_BYLINE", None)
    return re.compile(pattern) if pattern else None


def _capitalised_words(text: str) -> str:
    """"jane o'neil and john roe-smith" -> "Jane O'Neil and John Roe-Smith": each word but the
    words joining two names and the particles inside one ("van", ``NAME_PARTICLES``)."""
    keep = {*PARTICLES, *_every("CONJUNCTIONS")}
    return " ".join(w if w in keep else w.title() for w in text.split())


@cache
def _byline_patterns(module: ModuleType | None) -> tuple[re.Pattern[str], ...]:
    """Compiled once: ``from_line`` is tried on every visible line of a page."""
    return tuple(re.compile(p) for p in getattr(module, "BYLINE_PATTERNS", ()))


def from_value(value: str, rules: Sequence[ModuleType | None], role: str | None = None, pieces: Sequence[str] = ()) -> tuple[Author, ...]:
    """An author string from structured data or a byline element: a byline pattern if one
    matches ("홍길동 기자 hong@..."), else a list of names; ``pieces`` as for ``names``."""
    if (byline := from_line(value, rules, pieces)) is not None:
        return byline.authors
    return names(value, rules[0] if rules else None, role=role, pieces=pieces)


def name_line(line: str, module: ModuleType | None, pieces: Sequence[str] = ()) -> tuple[Author, ...]:
    """The names of a line that holds nothing else ("Angus Thompson", "Chus del Pino, Martí
    Abad", "Steffan Rhys Deputy Content Hub Director"): every part a full name (a language's
    agency is one: "Anna Schmidt, dpa") or initials, which are left out (``INITIALS``: "Adam
    Vidler and AP"), perhaps with a social media handle after them ("Greg Iacurci@GregIacurci");
    ``pieces`` as for ``names``."""
    if len(line) > 2 * MAX_NAME_LINE_CHARS:  # the cheap test first: most lines of a page are longer than names
        return ()
    if ":" in line and (found := source_line(line, module)):
        return found
    line = HANDLE.sub("", line)
    line = line[1:-1] if line[:1] == "(" and line[-1:] == ")" else line  # "(EFE)"
    line, *tails = NAME_TAIL.split(line) if "|" in line or "•" in line or "·" in line or " / " in line else (line,)
    if len(line) > MAX_NAME_LINE_CHARS or not NAME_LINE.fullmatch(line) or (line.isupper() and not agency(line, module)):
        return ()
    more = _more_names(tails, module) if tails else ()
    tails = tails[len(more) :]
    if tails and (not all(role_phrase(t, module) or place(t) for t in tails) or any(map(_widget_label, (line, *tails)))):
        return ()  # not a menu's labels ("Log In / Register")
    role = next((t for t in tails if role_phrase(t, module)), None)
    found = names(line, module, role=role, pieces=pieces)
    people = tuple(
        a for a in found
        if full_name(a.name, module) and _acceptable(a.name) and (_capitalised(a.name) or agency(a.name, module))
    )
    return (*people, *more) if people and all(a in people or INITIALS.fullmatch(a.name) for a in found) else ()


def _more_names(parts: Sequence[str], module: ModuleType | None) -> tuple[Author, ...]:
    """The names among the parts after a byline's first names, split off by a bar, a bullet
    or a middle dot ("By Jane Doe | John Roe", "Jane Doe · John Roe · Mark Smith"): the parts
    up to the first that is no full name opening with a known given name (``GIVEN_NAMES``),
    which a role, a desk, a place or an outlet is not ("| Senior Reporter", "| Fox News");
    each part read as ``names`` reads a byline ("John Roe, Staff Writer")."""
    given = _given_names()
    out: list[Author] = []
    for part in parts:
        found = names(part, module)  # "John Roe, Staff Writer": the name and its role
        if not found or not all(a.name.split()[0] in given and _capitalised(a.name) and full_name(a.name, module) for a in found):
            break
        out.extend(found)
    return tuple(out)


@cache
def _given_names() -> frozenset[str]:
    """Every language's known given names (``GIVEN_NAMES``)."""
    return frozenset(_every("GIVEN_NAMES"))


def source_line(line: str, module: ModuleType | None) -> tuple[Author, ...]:
    """The agencies of a line naming where the article comes from ("Quelle: dpa/AFP",
    "Fuente: EFE": a label of the language's ``SOURCE_LABELS``, then only its ``AGENCIES``)."""
    if not (m := _source_label(module).match(line)):
        return ()
    found = names(line[m.end() :].replace("/", ","), module)
    return found if found and all(agency(a.name, module) for a in found) else ()


@cache
def _source_label(module: ModuleType | None) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(getattr(module, 'SOURCE_LABELS', ())) or '(?!)'})\s*:\s*")


def role_phrase(text: str, module: ModuleType | None) -> bool:
    """A role of the language, perhaps with words before it or a desk after it ("Senior
    Reporter", "Redakteurin Politik"), and nothing else."""
    roles = getattr(module, "AUTHOR_ROLES", ())
    return len(text.split()) <= MAX_NAME_WORDS and (ends_with_role(text, module) or (bool(roles) and _peel_role(text, roles)[0] == ""))


def place(text: str) -> bool:
    """A line or a part of one that may name the place a byline's author writes from
    ("Córdoba", "Los Gallardos", "Corresponsal en Atenas"): capitalised words and short ones
    between, no digit, no slash (a breadcrumb: "Nyheter / Sverige / Lundsberg"); not a
    credit's agency or initials ("Reuters", "AFP", "Getty Images")."""
    words = text.split()
    return (
        0 < len(words) <= PLACE_WORDS and all(w[0].isupper() or len(w) <= 3 for w in words)
        and not any(ch.isdigit() or ch in ".:!?|•/" for ch in text)
        and not text.isupper() and not _is_junk(text) and text.casefold() not in _every_agency()
    )


def _widget_label(text: str) -> bool:
    """Is the text a button's or a menu's label in a language (``CLEAN_WIDGET_LABELS``: "Log In")?"""
    return text.casefold() in _widget_labels()


@cache
def _widget_labels() -> frozenset[str]:
    return frozenset(w.casefold() for w in _every("CLEAN_WIDGET_LABELS"))


@cache
def _every_agency() -> frozenset[str]:
    """Every language's news agencies (``AGENCIES``), case folded."""
    return frozenset(a.casefold() for a in _every("AGENCIES"))


def _capitalised(name: str) -> bool:
    """Every word capitalised but particles inside ("Chus del Pino"); not "Lesen und hören",
    "Samsung hat Probleme". Words of scripts without case pass."""
    words = name.split()
    return all(not w[0].islower() or (0 < i < len(words) - 1 and w in PARTICLES) for i, w in enumerate(words))


def linked(name: str, pieces: Sequence[str]) -> bool:
    """Is the name the whole text of one of ``pieces`` (the page's author links)?"""
    return _key(name) in {_key(p) for p in pieces}


def _apart(name: str, known: dict[str, str], module: ModuleType | None) -> list[str]:
    """A name made of two or more ``known`` pieces in a row as those pieces, each split
    again if it is no name ("Greg Iacurci @GregIacurci"), and without pieces that are no
    name or are a button's capitals ("Twitter", "WATCH LIVE"); else the name."""
    words = name.split()
    split = next((s for n in range(len(words) - 1, 0, -1) if (s := _cover(words, known, n)) is not None), None) if known else None
    if split is None:
        return [name]
    found = [n for piece in split for n in ([piece] if _acceptable(piece) else _apart(piece, known, module))]
    return [n for n in found if _acceptable(n) and full_name(n, module) and _capitalised(n) and not n.isupper()]


def _cover(words: list[str], known: dict[str, str], most: int = MAX_NAME_WORDS) -> list[str] | None:
    """``words`` as known pieces in a row, the first of at most ``most`` words, the longest
    first at each point; None if they are not."""
    if not words:
        return []
    for n in range(min(len(words), most), 0, -1):
        if (piece := known.get(_key(" ".join(words[:n])))) is not None and (rest := _cover(words[n:], known)) is not None:
            return [piece, *rest]
    return None


def names(
    raw: str, module: ModuleType | None, *, role: str | None = None, email: str | None = None, pieces: Sequence[str] = ()
) -> tuple[Author, ...]:
    """Split a list of names ("Jane Doe and John Roe"), peel role words, drop junk.
    ``pieces``: texts the page sets apart (author links), which split names a line runs
    together ("Jasper Riemann Barbara Schneider", "Sarah Lazare Twitter")."""
    known = {_key(p): " ".join(p.split()) for p in pieces if 0 < len(p.split()) <= MAX_NAME_WORDS}
    found = EMAIL.search(raw)
    email = email or (found.group() if found else None)
    raw = URL.sub(" ", EMAIL.sub(" ", raw))
    raw = re.sub(getattr(module, "NAME_PREFIX", DEFAULT_PREFIX), "", raw.strip())
    roles = sorted(getattr(module, "AUTHOR_ROLES", ()), key=len, reverse=True)
    out: list[Author] = []
    parts = _parts(raw, module)
    if len(parts) > 1 and _place(parts[-1].strip(" -–—:|()[]·")):
        parts = parts[:-1]  # "By Jane Doe, New York": where she writes from
    for part in parts:
        part, said = _parenthesis(" ".join(part.split()))
        part = _once(LEAD_WORD.sub("", part.strip(" -–—:|()[]·")))
        name, part_role = _peel_role(part, roles)
        part_role = part_role or said
        if part_role and out and (not name or len(part.split()) >= ROLE_PHRASE_WORDS):
            out[-1] = replace(out[-1], role=part)  # "Jane Doe, Staff Writer" / ", AP Sports Writer"
        else:
            named = [piece for n in _apart(name, known, module) for piece in _run_together(n, module)]
            out.extend(Author(n, part_role or role, None) for n in named if n and _acceptable(n))
    if len(out) == 1 and email:
        out[0] = replace(out[0], email=email)
    return tuple(out)


def _parenthesis(part: str) -> tuple[str, str | None]:
    """"Martí Abad (Enviado especial)" -> ("Martí Abad", "Enviado especial"); a part that is
    only a parenthesis ("(Reuters)") stays as it is."""
    m = PARENTHESIS.search(part)
    if m is None or m.start() == 0 or not m[1].strip():
        return part, None
    return part[: m.start()], m[1].strip()


def _once(part: str) -> str:
    """"Sidney Wiltgen Sidney Wiltgen" (a byline's photo caption and link read as one) -> once."""
    words = part.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else part


def _parts(raw: str, module: ModuleType | None) -> list[str]:
    """The pieces of an author string that may each be a name: by the language's separators,
    else by punctuation and then by a conjunction between full names."""
    if (separators := getattr(module, "AUTHOR_SEPARATORS", None)) is not None:
        return re.split(separators, raw)
    return [name for part in re.split(DEFAULT_SEPARATORS, raw) for name in _joined(part.strip(), module)]


def _joined(part: str, module: ModuleType | None) -> list[str]:
    """"Monika Bolliger und Anna Trechsel" -> both names, when every piece is a full name or
    a news agency of the language ("Anna Schmidt und dpa")."""
    pieces = CONJUNCTION.split(part)
    return pieces if len(pieces) > 1 and all(full_name(p, None) or agency(p, module) for p in pieces) else [part]


def _peel_role(part: str, roles: Sequence[str]) -> tuple[str, str | None]:
    """"Jane Doe Staff Writer" / "오세은기자" -> (name, role); a bare role -> ("", role), and so
    a role with its desk or place after it, no name there ("Redakteurin Politik",
    "Korrespondentin in Brüssel", "inviato a Kiev"; not "Autorin Anna Schmidt").
    Capitalised words between a two-word name and the role word describe the role:
    "Emma Mackenzie Lifestyle Writer" -> ("Emma Mackenzie", "Lifestyle Writer")."""
    for word in roles:
        if part.lower() == word.lower():
            return "", word
        if part.lower().startswith(word.lower() + " ") and _desk_or_place(part[len(word) :].split()):
            return "", part
        if part.lower().endswith(" " + word.lower()) or (part.endswith(word) and not word.isascii()):
            name = part[: -len(word)].split()
            capitals = [i for i, w in enumerate(name) if w[0].isupper()]  # "Anna von der Heide": two of four
            keep = capitals[NAME_WORDS] if len(capitals) > NAME_WORDS else len(name)
            return " ".join(name[:keep]), " ".join([*name[keep:], part[-len(word):]])
    return part, None


def _desk_or_place(words: list[str]) -> bool:
    """Words after a role: one (a desk: "Politik"), or with a word in lower case among them
    ("in Brüssel"); not a name of two capitalised words."""
    return len(words) == 1 or any(w[:1].islower() for w in words)


def _place(part: str) -> bool:
    """Does a byline's last part, after its names, name the place the author writes from
    ("New York", "Hong Kong", "NEW DELHI"; any language's ``BYLINE_PLACES`` and
    ``BYLINE_PLACE_OPENERS``)? A place of one word is no full name anyway."""
    words = part.split()
    if len(words) < 2:
        return False
    places, openers = _places()
    return " ".join(words).casefold() in places or words[0].casefold() in openers


@cache
def _places() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(p.casefold() for p in _every("BYLINE_PLACES")), frozenset(w.casefold() for w in _every("BYLINE_PLACE_OPENERS"))


@cache
def _inner_capitals() -> tuple[str, ...]:
    return tuple(_every("NAME_INNER_CAPITAL"))


CAMEL_JOIN = re.compile(r"(?<=[^\W\d_]{3})(?<=[a-z])(?=[A-Z][a-z])")  # two names a dump ran together: "Jane DoeJohn Roe"


def _run_together(name: str, module: ModuleType | None) -> list[str]:
    """Two names a line runs together with no space ("Jane DoeJohn Roe", the texts of two
    author links), each a full name of two words or more; else the name ("Ron DeSantis",
    "Jeff VanderMeer": the piece after the capital is one word; "Mary MacDonald Smith": a
    surname's opening, ``NAME_INNER_CAPITAL``)."""
    for m in CAMEL_JOIN.finditer(name):
        left, right = name[: m.start()], name[m.start() :]
        if not left.split()[-1].startswith(_inner_capitals()) and len(left.split()) >= 2 and len(right.split()) >= 2 and full_name(left, module) and full_name(right, module):
            return [left, *_run_together(right, module)]
    return [name]


def _acceptable(name: str) -> bool:
    """Could this be a person's name (in any language)?"""
    return (
        1 < len(name) <= MAX_NAME_CHARS
        and len(name.split()) <= MAX_NAME_WORDS
        and not any(ch.isdigit() for ch in name)
        and not URL_LIKE.search(name)
        and all(ch.isalpha() or ch in NAME_PUNCTUATION or unicodedata.category(ch)[0] == "M" for ch in name)
        and not re.fullmatch(r"[a-z]+(?:-[a-z]+)+", name)  # a URL slug, not a name
        and not re.search(r"\s[-–—]\s", name)  # "María García - Madrid": a name and its place or role, not one name
        and any(ch.isalpha() for ch in name)
        and not _is_junk(name)
    )


def _is_junk(name: str) -> bool:
    return name.lower() in _junk()


@cache
def _junk() -> frozenset[str]:
    """Every language's strings that sit where a byline goes but name no one, lower case."""
    return frozenset(junk.lower() for m in languages.all_modules() for junk in getattr(m, "JUNK_AUTHORS", ()))


def _looks_like(name: str, module: ModuleType | None) -> bool:
    pattern = getattr(module, "NAME_PATTERN", None)
    return pattern is None or re.fullmatch(pattern, name) is not None


def is_person(author: Author, module: ModuleType | None) -> bool:
    """Not an Organization, and shaped like a name in the page's language (when it has a
    name pattern): "Rachael Link" is, "MS" and "Futurism" are not."""
    return author.role != ORGANIZATION and (module is None or _looks_like(author.name, module))


def agency(name: str, module: ModuleType | None) -> bool:
    """Is the name a news agency of the language ("dpa": ``AGENCIES``)?"""
    return name.casefold() in (a.casefold() for a in getattr(module, "AGENCIES", ()))


def full_name(name: str, module: ModuleType | None) -> bool:
    """Strict check for names read from page text: a news agency of the language
    (``AGENCIES``: "dpa"), the language's name pattern, or (no rules for the language) two
    or more words, each capitalised or a short particle."""
    if agency(name, module):
        return True
    if module is not None and getattr(module, "NAME_PATTERN", None):
        return _looks_like(name, module)
    words = name.split()
    return len(words) >= 2 and words[0][0].isupper() and all(w[0].isupper() or len(w) <= 3 for w in words)


def unique(authors: Iterable[Author], *, not_named: Iterable[str] = ()) -> tuple[Author, ...]:
    """First occurrence of each name, without outlets: names holding every word of one of
    ``not_named`` or held in one ("CNN Business" when the site is "CNN")."""
    outlets = [set(_words(n)) for n in not_named if n and _words(n)]
    seen: set[str] = set()
    out = []
    for a in authors:
        words = set(_words(a.name))
        if (k := _key(a.name)) not in seen and not any(o <= words or words <= o for o in outlets):
            seen.add(k)
            out.append(a)
    return tuple(out)


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", name.casefold())


def _key(name: str) -> str:
    return re.sub(r"\W+", "", name.lower())


def ends_with_role(line: str, rules: ModuleType | None) -> bool:
    """Does the line end with a role word of the language ("... sports writer")?"""
    return line.lower().endswith(tuple(" " + role.lower() for role in getattr(rules, "AUTHOR_ROLES", ())))
