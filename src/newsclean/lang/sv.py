"""Swedish rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Swedish text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "sv"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Swedish sites are mostly English (see en.py); Swedish ones here.
CLEAN_JUNK_CLASS_WORDS = ("annons",)
CLEAN_SUBTITLE_CLASS_WORDS = ("ingress",)
# Labels of share/print/font buttons, menus and footer widgets (case, spaces and
# punctuation ignored; a line made only of these words is chrome).
CLEAN_WIDGET_LABELS = (
    "dela", "dela artikeln", "annons", "reklam", "kommentarer", "läs också", "läs mer", "skriv ut", "stäng",
    "sök", "meny", "startsidan", "logga in", "logga ut", "prenumerera", "bli prenumerant", "tillbaka", "nästa",
    "föregående", "kopiera länk", "länk kopierad", "kopierad", "skicka", "avbryt", "spara", "lyssna",
    "lyssna på artikeln", "lyssna på artikel", "följ", "hoppa till innehåll", "mest läst", "senaste nytt", "sponsrat",
    "relaterade artiklar", "ämnen",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "läs också", "läs även", "se även:", "alla rättigheter förbehållna", "vi använder cookies",
    "den här webbplatsen använder", "följ oss på", "klicka här", "prenumerera på", "anmäl dig",
)
# A heading starting with one of these opens a related/comments section. Not "Läs också"
# (a box inside the article).
CLEAN_END_HEADINGS = (
    "mest läst", "relaterade artiklar", "fler artiklar", "fler nyheter", "kommentarer",
    "om skribenten",
)
# Words a date line may hold besides numbers ("Publicerad 23 okt 2025 kl 10.23",
# "Uppdaterad i dag 14:07").
CLEAN_DATE_WORDS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
    "dec", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons",
    "tor", "fre", "lör", "sön", "kl", "publicerad", "uppdaterad", "idag", "igår", "i", "dag", "går",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), ("samtycke", "personuppgifter", "inställningar", "godkänn", "acceptera", "tredje part")),
    "newsletter notice": (("nyhetsbrev",), ("prenumerera", "anmäl dig", "inkorg", "gratis")),
}
CLEAN_COPYRIGHT_MARKERS = ("alla rättigheter förbehållna",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
# Not the published / updated labels: a page that runs on into the next article has its
# date line as the plain line that keeps the two apart.
CLEAN_BYLINE_MARKERS = ("av ",)

CLEAN_SHOP_WORDS = ("hos",)
CLEAN_VOTE_WORDS = ("röst", "röster")

CLEAN_BOX_OPENERS = ("fakta om", "fakta:", "faktaruta")
CLEAN_SOURCE_OPENERS = ("källa:", "källor:")

CLEAN_COUNTER_WORDS = ("av",)

CLEAN_COMMENT_WORDS = ("kommentar", "kommentarer")

CLEAN_POLL_ANSWERS = ("ja", "nej", "vet inte")
CLEAN_POLL_SELF = ("jag", "ingen", "inget", "inga")  # see en.py
CLEAN_POLL_ASKS = ("du", "ni")  # see en.py
CLEAN_READER_WORDS = ("din", "ditt", "dina")  # see en.py

CLEAN_PROFILE_LABELS = ("ålder", "född", "parti", "yrke", "utbildning", "familj", "bor")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Journalist", "Reporter", "Fotograf", "Krönikör", "Redaktör", "Chefredaktör", "Korrespondent",
    "Utrikeskorrespondent", "Kulturchef", "Politisk kommentator", "Kommentator",
)
# A name in a Swedish byline: capitalised words, perhaps a particle ("Anna af Sillén").
_NAME = r"[A-ZÅÄÖ][\w'’.-]+?(?:\s+(?:(?:af|von|de|van)\s+)*[A-ZÅÄÖ][\w'’.-]+?){1,3}?"
_NAMES = rf"(?P<names>{_NAME}(?:\s*(?:,|och|&)\s*{_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Av Viktor Hedlund och Anna Svensson | Av Anna Svensson, TT | Text: Anna Svensson
    rf"(?:^|[|•]\s*)(?:Av|AV|Text:|Skriven av)\s+{_NAMES}{_ROLE}"
    r"\s*(?:$|[|•(/]|\d|,\s*[A-ZÅÄÖ]|\s(?:i|från|för)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Publicerad", "Publ.")
MODIFIED_LABELS = ("Uppdaterad", "Senast uppdaterad", "Uppd.", "Ändrad")
# "för 3 timmar sedan": resolved against the fetch time (the day only).
AGO = r"(?:för\s+)?(?P<n>\d+)\s*(?P<unit>minut|min|timm|tim|dag|veck)(?:er|ar|or|e|a)?\s+sedan"
AGO_UNITS = {"minut": 60, "min": 60, "timm": 3600, "tim": 3600, "dag": 86400, "veck": 604800}
# Month names and their abbreviations (lower case; a dot after one is read too), for date
# lines such as "23 oktober 2025", "23 okt. 2025 kl. 10.23".
MONTH_NAMES = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Slashed dates ("25/04/2026") are day first.
DATE_ORDER = "dmy"
# Words before a time ("23 okt. 2025 kl. 10.23"); hours and minutes split by a dot ("10.23").
TIME_WORDS = ("kl.", "klockan")
DATE_UNITS = {"hour": "."}
TZ_NAMES = {"CET": "Europe/Stockholm", "CEST": "Europe/Stockholm"}
# A time given without a zone is in Sweden's (summer time included).
DEFAULT_TZ = "Europe/Stockholm"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text.
COMMON_WORDS = frozenset({"och", "det", "är", "som", "på", "inte", "till", "med", "har", "en", "av", "för", "att", "var", "blev", "sig"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redaktionen",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Av Anna Svensson"), words that join two names, lower-case
# words inside a name ("Anna von Sydow").
BYLINE_WORDS = ("Av", "av")
CONJUNCTIONS = ("och",)
NAME_PARTICLES = ("de", "von", "van")

# (end of metadata section)
