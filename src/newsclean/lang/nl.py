"""Dutch rules (the Netherlands and Flanders): data for the clean and metadata stages, no
logic. Sections are owned by stages. No facts section: the facts stage reads Dutch text as a
language without rules (see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "nl"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Dutch sites are mostly English (see en.py: "advert" finds
# "advertentie" too); Dutch ones here.
CLEAN_JUNK_CLASS_WORDS = ("reclame",)
CLEAN_CAPTION_CLASS_WORDS = ("onderschrift",)
# Labels of share/print/font buttons, menus and footer widgets (case, spaces and
# punctuation ignored; a line made only of these words is chrome). Not "Column",
# "Commentaar": rubrics of an opinion piece.
CLEAN_WIDGET_LABELS = (
    "delen", "deel", "deel dit artikel", "advertentie", "reclame", "reacties", "reageer", "lees ook",
    "lees meer", "lees verder", "afdrukken", "sluiten", "zoeken", "inloggen", "uitloggen", "abonneren",
    "word abonnee", "neem een abonnement", "terug", "volgende", "vorige", "kopieer link", "link kopiëren",
    "link gekopieerd", "gekopieerd", "annuleren", "opslaan", "bewaren", "bewaar artikel", "luister",
    "luister naar dit artikel", "volgen", "volg", "naar de inhoud", "ga naar de inhoud", "naar boven",
    "meest gelezen", "laatste nieuws", "meer nieuws", "toon meer", "bekijk meer", "gesponsord",
    "gerelateerde artikelen", "onderwerpen",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "lees ook", "lees meer:", "lees verder:", "bekijk ook", "zie ook:", "alle rechten voorbehouden",
    "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies", "klik hier",
    "volg ons op", "meld je aan voor", "schrijf je in voor", "bron:",
)
# A heading starting with one of these opens a related/comments section. Not "Lees ook"
# (a box inside the article), nor "Reacties" (also "reactions": "Reacties uit de politiek"
# heads a part of the article; alone, it is a widget label).
CLEAN_END_HEADINGS = (
    "meest gelezen", "gerelateerde artikelen", "meer artikelen", "meer nieuws", "over de auteur",
    "aanbevolen artikelen",
)
# Words a date line may hold besides numbers ("Gepubliceerd op 27 november 2026 om 14:30",
# "za 27 nov. 2026, 14.30 uur", "Bijgewerkt: vandaag 14:07").
CLEAN_DATE_WORDS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
    "dec", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "ma", "di",
    "wo", "do", "vr", "za", "zo", "om", "op", "uur", "gepubliceerd", "geplaatst", "bijgewerkt",
    "aangepast", "gewijzigd", "laatst", "update", "vandaag", "gisteren",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), ("toestemming", "instellingen", "accepteren", "akkoord", "persoonsgegevens", "derde partijen")),
    "newsletter notice": (("nieuwsbrief",), ("aanmelden", "meld je aan", "schrijf je in", "gratis")),
}
CLEAN_COPYRIGHT_MARKERS = ("alle rechten voorbehouden",)
# Markers of a photo credit; a line holding one is a caption ("Beeld: ANP", "Foto:" is
# German's too).
CLEAN_CREDIT_MARKERS = ("beeld:",)
# No byline markers: "door " (by) is an English word too, and would make a short English
# line with a date ("On May 3, 2024 the door …") a byline.

CLEAN_SHOP_WORDS = ("bij",)
CLEAN_VOTE_WORDS = ("stem", "stemmen")

CLEAN_SOURCE_OPENERS = ("bron:", "bronnen:")

CLEAN_COUNTER_WORDS = ("van",)

CLEAN_COMMENT_WORDS = ("reactie", "reacties")

CLEAN_POLL_ANSWERS = ("ja", "nee", "weet niet", "geen mening")
CLEAN_POLL_SELF = ("ik", "geen van")  # see en.py
CLEAN_POLL_ASKS = ("je", "jij", "u")  # see en.py
CLEAN_READER_WORDS = ("jouw", "jij")  # see en.py

CLEAN_PROFILE_LABELS = ("leeftijd", "geboren", "partij", "beroep", "opleiding", "familie", "kinderen", "woonplaats")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Journalist", "Verslaggever", "Verslaggeefster", "Correspondent", "Redacteur", "Hoofdredacteur",
    "Columnist", "Fotograaf", "Commentator", "Politiek verslaggever", "Politiek redacteur", "Buitenlandredacteur",
    "Economieredacteur",
)
# A name in a Dutch byline: capitalised words, perhaps particles ("Jan de Vries", "Pieter
# van den Berg", "Anne ter Horst"); each word as short as the line allows, so that a role
# glued to it is left out.
_NAME = r"[A-Z][\w'’.-]+?(?:\s+(?:(?:van|de|der|den|ter|ten|te|het|'t)\s+)*[A-Z][\w'’.-]+?){1,3}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+en\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Door Jan de Vries en Pieter van den Berg | Door Jan de Vries, ANP | Tekst: Jan de Vries
    rf"(?:^|[|•]\s*)(?:Door|DOOR|Door:|Tekst:|Geschreven door)\s+{_NAMES}{_ROLE}"
    r"\s*(?:$|[|•(/]|\d|,\s*[A-Z]|\s(?:in|uit|voor|vanuit)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Gepubliceerd", "Geplaatst", "Gepubliceerd op", "Geplaatst op")
MODIFIED_LABELS = ("Bijgewerkt", "Laatst bijgewerkt", "Aangepast", "Laatst aangepast", "Gewijzigd", "Geüpdatet")
# "3 uur geleden": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>minuten|minuut|min|uur|dagen|dag|weken|week)\s+geleden\b"
AGO_UNITS = {"minuten": 60, "minuut": 60, "min": 60, "uur": 3600, "dagen": 86400, "dag": 86400, "weken": 604800, "week": 604800}
# Month names and their abbreviations (lower case; a dot after one is read too), for date
# lines such as "27 november 2026", "27 nov. 2026 om 14:30", "3 mrt 2025".
MONTH_NAMES = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Slashed dates ("25/04/2026") are day first.
DATE_ORDER = "dmy"
# Words before a time ("27 november 2026 om 14:30"); hours and minutes split by a dot too
# ("om 14.30 uur").
TIME_WORDS = ("om",)
DATE_UNITS = {"hour": "."}
# Time zone names of Dutch date lines (the Netherlands and Belgium share one zone).
TZ_NAMES = {"CET": "Europe/Amsterdam", "CEST": "Europe/Amsterdam"}
# A time given without a zone is in the Netherlands' and Belgium's (summer time included).
DEFAULT_TZ = "Europe/Amsterdam"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text
# (not "de", "en", "in", "is", "die", "er": Spanish, French, English, German words too).
COMMON_WORDS = frozenset({"het", "een", "van", "niet", "zijn", "voor", "dat", "ook", "naar", "maar", "wordt", "werd", "bij", "heeft", "hij", "deze", "worden"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redactie", "Onze redactie", "Webredactie")

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Door Jan de Vries"), words that join two names,
# lower-case words inside a name ("Jan de Vries", "Pieter van den Berg").
BYLINE_WORDS = ("Door", "door")
CONJUNCTIONS = ("en",)
NAME_PARTICLES = ("van", "de", "der", "den", "ter", "ten")

# (end of metadata section)
