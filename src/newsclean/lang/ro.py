"""Romanian rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Romanian text as a language without rules
(see ``lang/__init__.py``).

Romanian pages write "ș" and "ț" with a comma below or, in older fonts, a cedilla ("ş",
"ţ"): a phrase holding one is listed in both spellings."""

from __future__ import annotations

CODE = "ro"


def _both(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Each phrase with the comma-below letters and with the cedilla ones."""
    return tuple(dict.fromkeys(form for p in phrases for form in (p, p.replace("ș", "ş").replace("ț", "ţ"))))


# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Romanian sites are English (see en.py). Not "Opinie": a rubric.
CLEAN_WIDGET_LABELS = _both((
    "distribuie", "printează", "tipărește", "comentarii", "comentează", "adaugă un comentariu",
    "citește mai mult", "citește și", "caută", "căutare", "autentificare", "intră în cont", "deconectare",
    "abonează-te", "abonare", "închide", "meniu", "acasă", "prima pagină", "înapoi", "articolul următor",
    "articolul anterior", "copiază linkul", "link copiat", "publicitate", "urmărește-ne", "ascultă",
    "ascultă articolul", "salvează", "anulează", "cele mai citite", "ultimele știri", "știri similare",
    "articole similare", "etichete", "mergi la conținut", "vezi mai mult", "vezi și",
))
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = _both((
    "citește și", "citește mai mult:", "vezi și:", "toate drepturile rezervate", "folosim cookie",
    "acest site folosește cookie", "click aici", "apasă aici", "urmărește-ne pe", "sursa:",
))
# A heading starting with one of these opens a related/comments section. Not "Citește și"
# (a box inside the article), nor "Cele mai citite" (it opens "Cele mai citite cărți ale
# anului", a part of an article; alone, it is a widget label).
CLEAN_END_HEADINGS = _both((
    "articole similare", "știri similare", "alte știri", "articole recomandate",
    "s-ar putea să te intereseze", "ți-ar putea plăcea", "despre autor", "ultimele știri",
))
# Words a date line may hold besides numbers ("14 mai 2025, ora 20:28", "Actualizat: 14.05.2025
# 21:05", "Azi, 12:05"). Not "noi" (November's short form, and "we").
CLEAN_DATE_WORDS = _both((
    "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
    "octombrie", "noiembrie", "decembrie", "ian", "feb", "mar", "apr", "iun", "iul", "aug", "sep", "sept",
    "oct", "nov", "dec", "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică", "ora", "azi",
    "astăzi", "ieri", "actualizat", "publicat",
))
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), _both(("acord", "confidențialitate", "setări", "date personale"))),
    "newsletter notice": (("newsletter",), _both(("abonează", "abonare", "gratuit"))),
}
CLEAN_COPYRIGHT_MARKERS = ("toate drepturile rezervate",)
# Markers of a photo credit; a line holding one is a caption ("Sursa foto: Agerpres",
# "Foto ilustrativ"; "Foto:" is German's too).
CLEAN_CREDIT_MARKERS = ("sursa foto", "foto ilustrativ", "imagine ilustrativă")

CLEAN_SOURCE_OPENERS = ("sursa:", "surse:")

# A teaser's age (see en.py CLEAN_NO_HEADLINE; opens with "\b", see ru.py): "acum 3 ore".
CLEAN_NO_HEADLINE = (r"\bacum\s+\d+\s?(?:minute|min|ore|oră|zile)\b",)

CLEAN_COMMENT_WORDS = ("comentariu", "comentarii")

CLEAN_PROFILE_LABELS = _both(("vârsta", "născut", "născută", "partid", "educație", "profesie", "copii"))  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = ("Reporter", "Jurnalist", "Jurnalistă", "Redactor", "Redactor-șef", "Corespondent", "Editor", "Fotoreporter")
# A name in a Romanian byline: capitalised words, perhaps joined by a hyphen; each word as
# short as the line allows, so that a role glued to it is left out.
_CAPITAL = "A-ZĂÂÎȘȚŞŢ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]+?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+(?:și|şi)\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Autor: Ion Popescu | Autori: Ion Popescu și Maria Ionescu | Scris de Ana Marin, Corespondent
    # (not a bare "de …": it opens prose, "De Ziua Națională, …")
    rf"(?:^|[|•]\s*)(?:Autor:|Autori:|Autoare:|Scris de|Text:)\s*{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}]|\s(?:din|la)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Publicat", "Data publicării")
MODIFIED_LABELS = ("Actualizat", "Ultima actualizare", "Modificat")
# "acum 3 ore": resolved against the fetch time (the day only).
AGO = r"acum\s+(?P<n>\d+)\s*(?P<unit>minut|min|or|zi|săptămân)\w*"
AGO_UNITS = {"minut": 60, "min": 60, "or": 3600, "zi": 86400, "săptămân": 604800}
# Month names and their abbreviations (lower case; a dot after one is read too).
MONTH_NAMES = {
    "ianuarie": 1, "ian": 1, "februarie": 2, "feb": 2, "martie": 3, "mar": 3, "aprilie": 4, "apr": 4, "mai": 5,
    "iunie": 6, "iun": 6, "iulie": 7, "iul": 7, "august": 8, "aug": 8, "septembrie": 9, "sep": 9, "sept": 9,
    "octombrie": 10, "oct": 10, "noiembrie": 11, "nov": 11, "decembrie": 12, "dec": 12,
}
# Slashed and dotted dates ("14.05.2025") are day first.
DATE_ORDER = "dmy"
# The word before a time ("14 mai 2025, ora 20:28").
TIME_WORDS = ("ora", "ora:")
TZ_NAMES = {"EET": "Europe/Bucharest", "EEST": "Europe/Bucharest"}
# A time given without a zone is in Romania's (summer time included).
DEFAULT_TZ = "Europe/Bucharest"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text
# (not "la", "de": French, Spanish and Italian words too).
COMMON_WORDS = frozenset({"și", "şi", "în", "să", "cu", "pe", "care", "că", "nu", "este", "din", "au", "pentru", "fost", "sunt", "dar", "mai", "ce"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redacția", "Redacţia", "Redactia")

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names, words that join two names.
BYLINE_WORDS = ("Autor", "Autori", "Autoare")
CONJUNCTIONS = ("și", "şi")

# (end of metadata section)
