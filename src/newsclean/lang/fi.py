"""Finnish rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Finnish text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "fi"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Finnish sites are English (see en.py).
CLEAN_WIDGET_LABELS = (
    "jaa", "jaa artikkeli", "tulosta", "kommentit", "kommentoi", "lue lisää", "lue myös", "näytä lisää", "hae",
    "haku", "kirjaudu", "kirjaudu sisään", "kirjaudu ulos", "rekisteröidy", "tilaa", "sulje", "valikko",
    "etusivu", "takaisin", "seuraava artikkeli", "edellinen artikkeli", "kopioi linkki", "linkki kopioitu",
    "kopioitu", "mainos", "seuraa", "seuraa meitä", "kuuntele", "kuuntele artikkeli", "tallenna", "peruuta",
    "lähetä", "luetuimmat", "uusimmat", "tuoreimmat", "aiheet", "siirry sisältöön",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "lue myös", "lue lisää:", "kaikki oikeudet pidätetään", "käytämme evästeitä", "tämä sivusto käyttää evästeitä",
    "klikkaa tästä", "seuraa meitä", "lähde:",
)
# A heading starting with one of these opens a related/comments section. Not "Lue myös" (a
# box inside the article), nor a bare "Luetuimmat" (it opens "Luetuimmat kirjat", a part of
# an article; alone, it is a widget label).
CLEAN_END_HEADINGS = (
    "luetuimmat uutiset", "luetuimmat artikkelit", "aiheeseen liittyvät", "lue seuraavaksi", "muut uutiset",
    "kirjoittajasta",
)
# Words a date line may hold besides numbers ("14.5.2025 klo 20.28", "Päivitetty tänään klo
# 14.07", "14. toukokuuta 2025"), month names in the partitive a date writes them in.
CLEAN_DATE_WORDS = (
    "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
    "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta", "tammikuu", "helmikuu", "maaliskuu",
    "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu",
    "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai", "klo", "tänään",
    "eilen", "päivitetty", "julkaistu",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("eväste",), ("hyväksy", "suostumus", "tietosuoja", "asetukset", "henkilötie")),
    "newsletter notice": (("uutiskirje",), ("tilaa", "sähköposti", "maksuton")),
}
CLEAN_COPYRIGHT_MARKERS = ("kaikki oikeudet pidätetään",)
# Markers of a photo credit; a line holding one is a caption ("Kuva: Lehtikuva").
CLEAN_CREDIT_MARKERS = ("kuva:", "kuvat:", "(kuva")

CLEAN_SOURCE_OPENERS = ("lähde:", "lähteet:")

# A reading time's label (see en.py CLEAN_NO_HEADLINE; opens with "\b", see ru.py).
CLEAN_NO_HEADLINE = (r"\blukuaika\b",)

CLEAN_COMMENT_WORDS = ("kommentti", "kommenttia", "kommentit")

CLEAN_PROFILE_LABELS = ("ikä", "syntynyt", "puolue", "koulutus", "ammatti", "perhe", "lapset")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = ("Toimittaja", "Uutistoimittaja", "Kirjeenvaihtaja", "Päätoimittaja", "Kuvaaja", "Kolumnisti")
# A name in a Finnish byline: capitalised words; each word as short as the line allows, so
# that a role glued to it is left out.
_CAPITAL = "A-ZÄÖÅ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]+?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+ja\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Teksti: Matti Virtanen | Kirjoittaja: Anna Korhonen ja Pekka Nieminen | Toimittaja: …
    rf"(?:^|[|•]\s*)(?:Teksti:|Kirjoittaja:|Kirjoittajat:|Toimittaja:)\s*{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}])",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Julkaistu",)
MODIFIED_LABELS = ("Päivitetty", "Muokattu")
# "3 tuntia sitten": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>minuut|min|tun|päiv|viik)\w*\.?\s+sitten"
AGO_UNITS = {"minuut": 60, "min": 60, "tun": 3600, "päiv": 86400, "viik": 604800}
# Month names (in the partitive a date writes them in, "14. toukokuuta 2025"; the
# nominative too), lower case.
MONTH_NAMES = {
    "tammikuuta": 1, "tammikuu": 1, "helmikuuta": 2, "helmikuu": 2, "maaliskuuta": 3, "maaliskuu": 3,
    "huhtikuuta": 4, "huhtikuu": 4, "toukokuuta": 5, "toukokuu": 5, "kesäkuuta": 6, "kesäkuu": 6,
    "heinäkuuta": 7, "heinäkuu": 7, "elokuuta": 8, "elokuu": 8, "syyskuuta": 9, "syyskuu": 9,
    "lokakuuta": 10, "lokakuu": 10, "marraskuuta": 11, "marraskuu": 11, "joulukuuta": 12, "joulukuu": 12,
}
# Dotted and slashed dates ("14.5.2025") are day first.
DATE_ORDER = "dmy"
# The word before a time ("14.5.2025 klo 20.28"); hours and minutes split by a dot too.
TIME_WORDS = ("klo",)
DATE_UNITS = {"hour": "."}
TZ_NAMES = {"EET": "Europe/Helsinki", "EEST": "Europe/Helsinki"}
# A time given without a zone is in Finland's (summer time included).
DEFAULT_TZ = "Europe/Helsinki"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text
# ("on", "ja" are French or German words too, among more of theirs; not "se": Spanish, Czech).
COMMON_WORDS = frozenset({"ja", "on", "ei", "että", "oli", "mutta", "myös", "kun", "joka", "ovat", "hän", "mukaan", "vain", "jo", "sen", "hänen"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Toimitus",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names, words that join two names.
BYLINE_WORDS = ("Kirjoittaja", "Kirjoittajat")
CONJUNCTIONS = ("ja",)

# (end of metadata section)
