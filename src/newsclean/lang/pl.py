"""Polish rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Polish text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "pl"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Polish sites are mostly English (see en.py); Polish ones here.
CLEAN_JUNK_CLASS_WORDS = ("reklama",)
# Labels of share/print/font buttons, menus and footer widgets (case, spaces and
# punctuation ignored; a line made only of these words is chrome). Not "Komentarz": the
# rubric of an opinion piece.
CLEAN_WIDGET_LABELS = (
    "udostępnij", "udostępnij artykuł", "reklama", "komentarze", "skomentuj", "czytaj więcej", "czytaj też",
    "czytaj także", "czytaj również", "zobacz też", "zobacz także", "drukuj", "zamknij", "szukaj", "wyszukaj",
    "zaloguj", "zaloguj się", "wyloguj", "zarejestruj się", "subskrybuj", "wykup subskrypcję", "powrót",
    "wróć", "następny", "poprzedni", "kopiuj link", "skopiuj link", "link skopiowany", "skopiowano",
    "anuluj", "zapisz", "posłuchaj", "odsłuchaj artykuł", "obserwuj", "przejdź do treści",
    "przejdź do artykułu", "pokaż więcej", "najczęściej czytane", "najpopularniejsze", "materiał sponsorowany",
    "artykuł sponsorowany", "powiązane artykuły", "tematy", "tagi",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "czytaj więcej", "czytaj też", "czytaj także", "czytaj również", "zobacz też:", "zobacz także:",
    "przeczytaj też", "przeczytaj także", "wszelkie prawa zastrzeżone", "ta strona używa plików cookie",
    "używamy plików cookie", "kliknij tutaj", "obserwuj nas", "zapisz się do newslettera", "źródło:",
)
# A heading starting with one of these opens a related/comments section. Not "Czytaj też"
# (a box inside the article), nor "Komentarze" or a bare "Najpopularniejsze" (they also head
# a part of the article: "Komentarze polityków", "Najpopularniejsze kierunki"; alone, each
# is a widget label).
CLEAN_END_HEADINGS = (
    "najczęściej czytane", "najpopularniejsze artykuły", "najpopularniejsze teksty", "powiązane artykuły",
    "podobne artykuły", "więcej artykułów", "o autorze",
)
# Words a date line may hold besides numbers ("Publikacja: 27.11.2026 14:30", "27 listopada
# 2026, godz. 14:30", "Aktualizacja: dziś 14:07"). Not "r" ("27 listopada 2026 r."): a line
# of a letter and numbers is often no date ("R : 50,000₩"); it is a year mark.
CLEAN_DATE_WORDS = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
    "października", "listopada", "grudnia", "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
    "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień", "sty", "lut", "mar", "kwi",
    "cze", "lip", "sie", "wrz", "paź", "lis", "gru", "poniedziałek", "wtorek", "środa", "czwartek",
    "piątek", "sobota", "niedziela", "pon", "wt", "śr", "czw", "pt", "sob", "niedz", "roku", "godz",
    "o", "publikacja", "aktualizacja", "opublikowano", "zaktualizowano", "dziś", "dzisiaj", "wczoraj",
)
# Abbreviations of "year" right after a year's digits ("27 listopada 2026 r.", "w 2026 r."):
# part of a date line.
CLEAN_YEAR_MARKS = ("r.",)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), ("zgod", "prywatności", "ustawienia", "akceptuj", "dane osobowe", "partnerzy")),
    "newsletter notice": (("newsletter",), ("zapisz się", "zapisując się", "skrzynk", "bezpłatn")),
}
CLEAN_COPYRIGHT_MARKERS = ("wszelkie prawa zastrzeżone",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines):
# "Autor: …", "oprac. …" (compiled by).
CLEAN_BYLINE_MARKERS = ("autor:", "autorka:", "oprac.")
# Markers of a photo credit; a line holding one is a caption ("Fot. PAP/…", "(fot. …)";
# "Foto:" is German's too).
CLEAN_CREDIT_MARKERS = ("fot. ",)

CLEAN_VOTE_WORDS = ("głos", "głosy", "głosów")

CLEAN_SOURCE_OPENERS = ("źródło:",)

CLEAN_COUNTER_WORDS = ("z",)

CLEAN_COMMENT_WORDS = ("komentarz", "komentarze", "komentarzy")

CLEAN_PROFILE_LABELS = ("wiek", "urodzony", "urodzona", "partia", "zawód", "wykształcenie", "rodzina", "dzieci")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Dziennikarz", "Dziennikarka", "Reporter", "Reporterka", "Korespondent", "Korespondentka", "Redaktor",
    "Redaktorka", "Redaktor naczelny", "Redaktor naczelna", "Publicysta", "Publicystka", "Komentator",
    "Fotoreporter", "Fotograf",
)
# A name in a Polish byline: capitalised words, perhaps joined by a hyphen ("Anna
# Nowak-Kowalska"); each word as short as the line allows, so that a role glued to it is left out.
_CAPITAL = "A-ZĄĆĘŁŃÓŚŹŻ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]+?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+(?:i|oraz)\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Autor: Anna Nowak | Autorzy: Anna Nowak i Jan Kowalski | oprac. Jan Kowalski, PAP | Tekst: …
    rf"(?:^|[|•]\s*)(?:Autor:|Autorka:|Autorzy:|AUTOR:|Tekst:|Opracowanie:|Oprac\.|oprac\.)\s*{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}]|\s(?:z|ze|w|we|dla)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Publikacja", "Opublikowano", "Data publikacji", "Data dodania", "Dodano")
MODIFIED_LABELS = ("Aktualizacja", "Zaktualizowano", "Data aktualizacji", "Ostatnia aktualizacja")
# "3 godziny temu": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>minut|min|godzin|godz|dni|dzień|tydzień|tygodni)\w*\.?\s+temu\b"
AGO_UNITS = {"minut": 60, "min": 60, "godzin": 3600, "godz": 3600, "dni": 86400, "dzień": 86400, "tydzień": 604800, "tygodni": 604800}
# Month names (in the genitive a date writes them in, "27 listopada 2026"; the nominative
# too) and their abbreviations (lower case; a dot after one is read too).
MONTH_NAMES = {
    "stycznia": 1, "styczeń": 1, "sty": 1, "lutego": 2, "luty": 2, "lut": 2, "marca": 3, "marzec": 3, "mar": 3,
    "kwietnia": 4, "kwiecień": 4, "kwi": 4, "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6, "cze": 6,
    "lipca": 7, "lipiec": 7, "lip": 7, "sierpnia": 8, "sierpień": 8, "sie": 8, "września": 9, "wrzesień": 9,
    "wrz": 9, "października": 10, "październik": 10, "paź": 10, "listopada": 11, "listopad": 11, "lis": 11,
    "grudnia": 12, "grudzień": 12, "gru": 12,
}
# Slashed dates ("25/04/2026") are day first.
DATE_ORDER = "dmy"
# Words before a time: "r." (roku, "of the year") and "godz." (hour), as a date line joins
# them: "27 listopada 2026 r., 14:30", "27.11.2026 r. o godz. 14:30". Hours and minutes
# split by a dot too ("godz. 14.30").
TIME_WORDS = ("r.,", "r.", "r., godz.", "r. godz.", "r., o godz.", "r. o godz.", "r. o", "o godz.", "godz.", "o godzinie")
DATE_UNITS = {"hour": "."}
TZ_NAMES = {"CET": "Europe/Warsaw", "CEST": "Europe/Warsaw"}
# A time given without a zone is in Poland's (summer time included).
DEFAULT_TZ = "Europe/Warsaw"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text
# (not "i", "o", "do", "to", "po": Italian, Portuguese, English and Lithuanian words too).
COMMON_WORDS = frozenset({"się", "nie", "że", "w", "z", "na", "jest", "od", "za", "jak", "ale", "przez", "przy", "oraz", "już", "dla", "jego"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redakcja", "Opracowanie")

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Autor: Anna Nowak"), words that join two names.
BYLINE_WORDS = ("Autor", "Autorka", "Autorzy")
CONJUNCTIONS = ("i", "oraz")

# (end of metadata section)
