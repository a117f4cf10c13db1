"""Danish rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Danish text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "da"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Danish sites are mostly English (see en.py); Danish ones here.
CLEAN_JUNK_CLASS_WORDS = ("annonce", "reklame")
# Labels of share/print/font buttons, menus and footer widgets (case, spaces and
# punctuation ignored; a line made only of these words is chrome). Not "Kommentar": the
# rubric of an opinion piece.
CLEAN_WIDGET_LABELS = (
    "del", "del artiklen", "annonce", "reklame", "kommentarer", "læs også", "læs mere", "udskriv", "luk",
    "søg", "forsiden", "log ind", "log ud", "køb abonnement", "tilbage", "næste", "forrige", "kopiér link",
    "kopier link", "link kopieret", "kopieret", "annuller", "gem", "lyt", "lyt til artiklen", "følg",
    "gå til indhold", "vis mere", "mest læste", "seneste nyt", "sponsoreret", "relaterede artikler", "emner",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "læs også", "læs mere:", "se også:", "alle rettigheder forbeholdes", "vi bruger cookies", "følg os på",
    "klik her", "tilmeld dig", "abonnér på",
)
# A heading starting with one of these opens a related/comments section. Not "Læs også"
# (a box inside the article).
CLEAN_END_HEADINGS = (
    "mest læste", "relaterede artikler", "flere artikler", "flere nyheder", "kommentarer",
    "om forfatteren",
)
# Words a date line may hold besides numbers ("Publiceret 6. feb. 2025 kl. 19.25",
# "Opdateret i dag kl. 14:07").
CLEAN_DATE_WORDS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
    "dec", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "man", "tir", "ons",
    "tor", "fre", "lør", "søn", "kl", "publiceret", "opdateret", "sidst", "i", "dag", "går", "den",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), ("samtykke", "personoplysninger", "indstillinger", "accepter", "tredjepart")),
    "newsletter notice": (("nyhedsbrev",), ("tilmeld", "abonnér", "indbakke", "gratis")),
}
CLEAN_COPYRIGHT_MARKERS = ("alle rettigheder forbeholdes",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
# Not the published / updated labels: a page that runs on into the next article has its
# date line as the plain line that keeps the two apart.
CLEAN_BYLINE_MARKERS = ("af ",)

CLEAN_SHOP_WORDS = ("hos",)
CLEAN_VOTE_WORDS = ("stemme", "stemmer")

CLEAN_BOX_OPENERS = ("fakta om", "fakta:", "faktaboks")
CLEAN_SOURCE_OPENERS = ("kilde:", "kilder:")

CLEAN_COUNTER_WORDS = ("af",)

CLEAN_COMMENT_WORDS = ("kommentar", "kommentarer")

CLEAN_POLL_ANSWERS = ("ja", "nej", "ved ikke")
CLEAN_POLL_SELF = ("jeg", "ingen", "intet")  # see en.py
CLEAN_POLL_ASKS = ("du", "i")  # see en.py
CLEAN_READER_WORDS = ("din", "dine")  # see en.py (not "dit": Dutch "this")

CLEAN_PROFILE_LABELS = ("alder", "født", "parti", "uddannelse", "familie", "børn", "bopæl")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Journalist", "Reporter", "Fotograf", "Kommentator", "Redaktør", "Chefredaktør", "Korrespondent",
    "Udlandskorrespondent", "Politisk redaktør", "Klummeskribent",
)
# A name in a Danish byline: capitalised words, perhaps a particle ("Anne de Vries").
_NAME = r"[A-ZÆØÅ][\w'’.-]+?(?:\s+(?:(?:de|von|van)\s+)*[A-ZÆØÅ][\w'’.-]+?){1,3}?"
_NAMES = rf"(?P<names>{_NAME}(?:\s*(?:,|og|&)\s*{_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Af Trine Juncher Jørgensen og Anne Hansen | Af Anne Hansen, Ritzau | Tekst: Anne Hansen
    rf"(?:^|[|•]\s*)(?:Af|AF|Tekst:|Skrevet af)\s+{_NAMES}{_ROLE}"
    r"\s*(?:$|[|•(/]|\d|,\s*[A-ZÆØÅ]|\s(?:i|fra|for)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Publiceret", "Offentliggjort")
MODIFIED_LABELS = ("Opdateret", "Sidst opdateret")
# "for 3 timer siden": resolved against the fetch time (the day only).
AGO = r"for\s+(?P<n>\d+)\s*(?P<unit>minut|min|time|dag|uge)(?:ter|er|r|e)?\s+siden"
AGO_UNITS = {"minut": 60, "min": 60, "time": 3600, "dag": 86400, "uge": 604800}
# Month names and their abbreviations (lower case; a dot after one is read too), for date
# lines such as "6. februar 2025", "6. feb. 2025 kl. 19.25".
MONTH_NAMES = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Slashed dates ("25/04/2026") are day first.
DATE_ORDER = "dmy"
# Words before a time ("6. feb. 2025 kl. 19.25"); hours and minutes split by a dot ("19.25").
TIME_WORDS = ("kl.", "klokken")
DATE_UNITS = {"hour": "."}
TZ_NAMES = {"CET": "Europe/Copenhagen", "CEST": "Europe/Copenhagen"}
# A time given without a zone is in Denmark's (summer time included).
DEFAULT_TZ = "Europe/Copenhagen"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text.
COMMON_WORDS = frozenset({"og", "det", "er", "som", "på", "ikke", "til", "med", "har", "en", "af", "for", "at", "var", "blev", "sig"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redaktionen",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Af Anne Hansen"), words that join two names, lower-case
# words inside a name ("Anne de Vries").
BYLINE_WORDS = ("Af", "af")
CONJUNCTIONS = ("og",)
NAME_PARTICLES = ("de", "von", "van")

# (end of metadata section)
