"""Icelandic rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Icelandic text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "is"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Icelandic sites are English (see en.py).
CLEAN_WIDGET_LABELS = (
    "deila", "deila grein", "deila frétt", "prenta", "athugasemdir", "skrifa athugasemd", "lesa meira",
    "sjá meira", "sjá einnig", "leita", "innskráning", "skrá inn", "skrá út", "nýskráning", "áskrift",
    "gerast áskrifandi", "loka", "valmynd", "forsíða", "til baka", "næsta frétt", "fyrri frétt",
    "afrita hlekk", "afrita slóð", "hlekkur afritaður", "auglýsing", "fylgja", "hlusta", "hlusta á frétt",
    "setja bókamerki", "hætta við", "mest lesið", "nýjast", "nýjustu fréttir", "fleiri fréttir",
    "tengdar fréttir", "efnisorð", "fara í efni", "sýna meira", "meira",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "sjá einnig:", "lestu einnig", "lesa einnig:", "öll réttindi áskilin", "allur réttur áskilinn",
    "við notum vafrakökur", "þessi vefur notar vafrakökur", "vefurinn notar vafrakökur", "smelltu hér",
    "fylgstu með okkur", "skráðu þig á póstlista", "heimild:",
)
# A heading starting with one of these opens a related/comments section. Not "Sjá einnig"
# (a box inside the article), nor "Meira úr …" (it opens "Meira úrval …" too).
CLEAN_END_HEADINGS = (
    "mest lesið", "tengdar fréttir", "fleiri fréttir", "nýjustu fréttir", "um höfundinn",
)
# Words a date line may hold besides numbers ("16. apríl 2025 kl. 23:55", "Birt: 16.4.2025
# 23.55", "Uppfært í gær kl. 14:07").
CLEAN_DATE_WORDS = (
    "janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
    "desember", "jan", "feb", "mar", "apr", "jún", "júl", "ágú", "sep", "okt", "nóv", "des", "mánudagur",
    "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur", "mánudaginn",
    "þriðjudaginn", "miðvikudaginn", "fimmtudaginn", "föstudaginn", "laugardaginn", "sunnudaginn", "kl",
    "í", "dag", "gær", "birt", "uppfært", "síðast",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("vafrakök",), ("samþykk", "persónuvernd", "stillingar", "leyfa")),
    "newsletter notice": (("fréttabréf", "póstlist"), ("skráðu", "áskrift", "netfang", "ókeypis")),
}
CLEAN_COPYRIGHT_MARKERS = ("öll réttindi áskilin", "allur réttur áskilinn")
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("höfundur:",)
# Markers of a photo credit ("Ljósmynd/Jón Jónsson", "Mynd: Reuters"); a line holding one is
# a caption.
CLEAN_CREDIT_MARKERS = ("ljósmynd/", "ljósmynd:", "mynd:", "skjáskot")

CLEAN_SOURCE_OPENERS = ("heimild:", "heimildir:")

CLEAN_COUNTER_WORDS = ("af",)

# A reading time (see en.py CLEAN_NO_HEADLINE): "Lestrartími: 3 mínútur".
CLEAN_NO_HEADLINE = (r"\blestrartími\b",)

CLEAN_COMMENT_WORDS = ("athugasemd", "athugasemdir")

CLEAN_PROFILE_LABELS = ("aldur", "fæddur", "fædd", "flokkur", "menntun", "starf", "fjölskylda", "börn")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = ("Blaðamaður", "Fréttamaður", "Ljósmyndari", "Ritstjóri", "Fréttastjóri", "Fréttaritari")
# A name in an Icelandic byline: capitalised words ("Jón Jónsson", "Anna María Sigurðardóttir").
_CAPITAL = "A-ZÁÐÉÍÓÚÝÞÆÖ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]+?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+og\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Eftir Jón Jónsson og Önnu Maríu | Höfundur: Anna María Sigurðardóttir | Texti: …
    rf"(?:^|[|•]\s*)(?:Eftir|EFTIR|Höfundur:|Texti:)\s+{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}]|\s(?:í|frá)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Birt", "Birtist", "Fyrst birt")
MODIFIED_LABELS = ("Uppfært", "Síðast uppfært", "Breytt")
# "fyrir 3 klst. síðan", "fyrir 5 mínútum": resolved against the fetch time (the day only).
AGO = r"fyrir\s+(?P<n>\d+)\s*(?P<unit>mínút|mín|klukkustund|klst|dög|dag|degi|vik)\w*\.?"
AGO_UNITS = {"mínút": 60, "mín": 60, "klukkustund": 3600, "klst": 3600, "dög": 86400, "dag": 86400, "degi": 86400, "vik": 604800}
# Month names and their abbreviations (lower case; a dot after one is read too), for date
# lines such as "16. apríl 2025", "16. apr. 2025 kl. 23:55".
MONTH_NAMES = {
    "janúar": 1, "jan": 1, "febrúar": 2, "feb": 2, "mars": 3, "mar": 3, "apríl": 4, "apr": 4, "maí": 5,
    "júní": 6, "jún": 6, "júlí": 7, "júl": 7, "ágúst": 8, "ágú": 8, "september": 9, "sep": 9, "sept": 9,
    "október": 10, "okt": 10, "nóvember": 11, "nóv": 11, "desember": 12, "des": 12,
}
# Dotted and slashed dates are day first ("16.4.2025").
DATE_ORDER = "dmy"
# Words before a time ("16. apríl 2025 kl. 23:55"); hours and minutes split by a dot too ("23.55").
TIME_WORDS = ("kl.", "klukkan")
DATE_UNITS = {"hour": "."}
# Iceland keeps UTC all year.
DEFAULT_TZ = "Atlantic/Reykjavik"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text
# (not "og", "er", "til", "en", "var": Norwegian, Danish or Swedish too; not "um", "sem":
# Portuguese).
COMMON_WORDS = frozenset({"að", "það", "ekki", "hann", "hún", "við", "á", "í", "sér", "þess", "þegar", "hefur", "verið", "voru", "vegna", "með", "fyrir"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Ritstjórn", "Fréttastofa")

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Eftir Jón Jónsson"), words that join two names.
BYLINE_WORDS = ("Eftir", "Höfundur")
CONJUNCTIONS = ("og",)

# (end of metadata section)
