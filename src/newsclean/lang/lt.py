"""Lithuanian rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Lithuanian text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "lt"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Lithuanian sites are English (see en.py). Not "Komentarai" as a
# heading: also the rubric of opinion pieces.
CLEAN_WIDGET_LABELS = (
    "dalintis", "pasidalinti", "pasidalink", "dalintis straipsniu", "spausdinti", "komentarai", "komentuoti",
    "rašyti komentarą", "skaityti daugiau", "skaitykite daugiau", "daugiau", "plačiau", "taip pat skaitykite",
    "skaitykite taip pat", "paieška", "ieškoti", "prisijungti", "atsijungti", "registruotis", "prenumeruoti",
    "prenumerata", "uždaryti", "meniu", "pagrindinis", "grįžti", "atgal", "kitas straipsnis",
    "ankstesnis straipsnis", "kopijuoti nuorodą", "nuoroda nukopijuota", "nukopijuota", "reklama", "sekti",
    "sekite mus", "klausyti", "klausytis", "išsaugoti", "atšaukti", "siųsti", "naujausi", "skaitomiausi",
    "populiariausi", "susiję straipsniai", "temos", "žymės", "praleisti meniu", "rodyti daugiau",
    "daugiau naujienų", "visos naujienos", "naujienų srautas", "slapukų nustatymai", "privatumo politika",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "taip pat skaitykite", "skaitykite taip pat", "visos teisės saugomos", "mes naudojame slapukus",
    "ši svetainė naudoja slapukus", "svetainėje naudojami slapukai", "spauskite čia", "paspauskite čia",
    "sekite mus", "šaltinis:", "naudojant medžiagą", "be raštiško sutikimo",
)
# A heading starting with one of these opens a related/comments section. Not "Taip pat
# skaitykite" (a box inside the article, as German's "Lesen Sie auch"), nor "Skaitomiausi",
# "Populiariausi" (they open "Populiariausios kryptys", a part of the article; alone, each is
# a widget label).
CLEAN_END_HEADINGS = (
    "susiję straipsniai", "susijusios naujienos", "daugiau naujienų", "kitos naujienos", "jums gali patikti",
    "jums taip pat gali patikti", "apie autorių",
)
# Words a date line may hold besides numbers ("2024 m. kovo 31 d. 19:59", "Atnaujinta
# šiandien 14:07", "prieš 3 val."), month names in the genitive a date writes them in.
CLEAN_DATE_WORDS = (
    "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
    "spalio", "lapkričio", "gruodžio", "sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis",
    "liepa", "rugpjūtis", "rugsėjis", "spalis", "lapkritis", "gruodis", "pirmadienis", "antradienis",
    "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis", "val", "prieš",
    "šiandien", "vakar", "atnaujinta", "paskelbta", "publikuota",
)
# Abbreviation of "year" right after a year's digits ("2024 m. kovo 31 d."): part of a date line.
CLEAN_YEAR_MARKS = ("m.",)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("slapuk",), ("sutink", "privatum", "nustatym", "priimti", "asmens duomen")),
    "newsletter notice": (("naujienlaišk",), ("prenumer", "el. pašt", "nemokam")),
}
CLEAN_COPYRIGHT_MARKERS = ("visos teisės saugomos",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("autorius:", "autorė:", "parengė")
# Markers of a photo credit ("J. Jonaitienės / LRT nuotr.", "Asociatyvi nuotr."); a line
# holding one is a caption.
CLEAN_CREDIT_MARKERS = ("nuotr.", "nuotrauka:")

CLEAN_SOURCE_OPENERS = ("šaltinis:", "šaltiniai:")

CLEAN_COUNTER_WORDS = ("iš",)

# A reading time or a teaser's age (see en.py CLEAN_NO_HEADLINE): "5 min. skaitymo", "Prieš 8 min.".
CLEAN_NO_HEADLINE = (r"\b\d+\s?min\.?\s+skaitymo", r"\bprieš\s+\d+\s?(?:min|val|d|sav)\.?(?!\w)")

CLEAN_COMMENT_WORDS = ("komentaras", "komentarai", "komentarų")

CLEAN_PROFILE_LABELS = ("amžius", "gimė", "gimimo data", "partija", "išsilavinimas", "šeima", "vaikai", "pareigos")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Žurnalistas", "Žurnalistė", "Korespondentas", "Korespondentė", "Redaktorius", "Redaktorė",
    "Vyriausiasis redaktorius", "Vyriausioji redaktorė", "Apžvalgininkas", "Apžvalgininkė", "Fotografas", "Fotografė",
)
# A name in a Lithuanian byline: capitalised words, perhaps joined by a hyphen; each word as
# short as the line allows, so that a role glued to it is left out.
_CAPITAL = "A-ZĄČĘĖĮŠŲŪŽ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]+?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+ir\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Autorius: Jonas Jonaitis | Autorė: Ona Petraitienė | Parengė Jonas Jonaitis ir Ona Petraitienė
    rf"(?:^|[|•]\s*)(?:Autorius:|Autorė:|Autoriai:|Parengė:?|Tekstas:)\s*{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}]|\s(?:iš|nuo)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Paskelbta", "Publikuota", "Paskelbimo data")
MODIFIED_LABELS = ("Atnaujinta", "Atnaujinimo data", "Paskutinį kartą atnaujinta")
# "prieš 3 val.": resolved against the fetch time (the day only).
AGO = r"prieš\s+(?P<n>\d+)\s*(?P<unit>min|val|d|sav)\w*\.?"
AGO_UNITS = {"min": 60, "val": 3600, "d": 86400, "sav": 604800}
# Month names (in the genitive a date writes them in; the nominative too), lower case.
MONTH_NAMES = {
    "sausio": 1, "sausis": 1, "vasario": 2, "vasaris": 2, "kovo": 3, "kovas": 3, "balandžio": 4, "balandis": 4,
    "gegužės": 5, "gegužė": 5, "birželio": 6, "birželis": 6, "liepos": 7, "liepa": 7, "rugpjūčio": 8,
    "rugpjūtis": 8, "rugsėjo": 9, "rugsėjis": 9, "spalio": 10, "spalis": 10, "lapkričio": 11, "lapkritis": 11,
    "gruodžio": 12, "gruodis": 12,
}
# Slashed dates are day first (Lithuanian pages write the year first: "2024.03.31", "2024-03-31").
DATE_ORDER = "dmy"
TZ_NAMES = {"EET": "Europe/Vilnius", "EEST": "Europe/Vilnius"}
# A time given without a zone is in Lithuania's (summer time included).
DEFAULT_TZ = "Europe/Vilnius"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text
# (not "o", "su", "per": Portuguese and Italian words too).
COMMON_WORDS = frozenset({"ir", "yra", "kad", "į", "iš", "ne", "bet", "tai", "jo", "jis", "buvo", "kaip", "dėl", "apie", "jau", "taip", "nuo", "tik"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redakcija",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Autorius: Jonas Jonaitis"), words that join two names.
BYLINE_WORDS = ("Autorius", "Autorė", "Parengė")
CONJUNCTIONS = ("ir",)

# (end of metadata section)
