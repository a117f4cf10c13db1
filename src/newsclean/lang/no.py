"""Norwegian rules (Bokmål and Nynorsk: "no", "nb" and "nn" pages): data for the clean and
metadata stages, no logic. Sections are owned by stages. No facts section: the facts stage
reads Norwegian text as a language without rules (see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "no"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Norwegian sites are mostly English (see en.py); Norwegian ones here.
CLEAN_JUNK_CLASS_WORDS = ("annons", "reklame")  # "annons" finds "annonse" too
CLEAN_SUBTITLE_CLASS_WORDS = ("ingress",)
# Labels of share/print/font buttons, menus and footer widgets (case, spaces and
# punctuation ignored; a line made only of these words is chrome). Not "Kommentar": the
# rubric of an opinion piece.
CLEAN_WIDGET_LABELS = (
    "del", "del artikkelen", "del saken", "annonse", "reklame", "kommentarer", "les også", "les mer",
    "skriv ut", "lukk", "søk", "meny", "forsiden", "til forsiden", "logg inn", "logg ut", "abonner",
    "bli abonnent", "kjøp abonnement", "tilbake", "neste", "forrige", "kopier lenke", "lenke kopiert",
    "kopiert", "avbryt", "lagre", "lytt", "lytt til artikkelen", "følg", "hopp til innhold", "mest lest",
    "siste nytt", "vis mer", "tips oss", "tips meg", "sponset", "annonsørinnhold", "relaterte artikler", "relaterte saker", "emner",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "les også", "les òg", "se også:", "les hele saken", "alle rettigheter reservert",
    "vi bruker informasjonskapsler", "følg oss på", "klikk her", "abonner på", "meld deg på",
)
# A heading starting with one of these opens a related/comments section. Not "Les også"
# (a box inside the article).
CLEAN_END_HEADINGS = (
    "mest lest", "relaterte saker", "relaterte artikler", "flere saker", "flere nyheter",
    "kommentarer", "om forfatteren", "anbefalte saker",
)
# Words a date line may hold besides numbers ("Publisert 15. okt. 2024 kl. 21:35",
# "Oppdatert i dag 14:07").
CLEAN_DATE_WORDS = (
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
    "des", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tysdag",
    "laurdag", "sundag", "man", "tir", "ons", "tor", "fre", "lør", "søn", "kl", "klokken", "publisert",
    "oppdatert", "sist", "endret", "i", "dag", "går",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name. Few first words: each is sought in every line of every page (a social media
# notice is a chrome prefix here: "følg oss på").
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), ("samtykke", "personvern", "innstillinger", "godta", "tredjepart")),
    "newsletter notice": (("nyhetsbrev",), ("meld deg på", "abonner", "innboks", "gratis")),
}
CLEAN_COPYRIGHT_MARKERS = ("alle rettigheter reservert",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
# Not the published / updated labels: a page that runs on into the next article has its
# date line as the plain line that keeps the two apart.
CLEAN_BYLINE_MARKERS = ("av ",)

CLEAN_SHOP_WORDS = ("hos",)
CLEAN_VOTE_WORDS = ("stemme", "stemmer")

CLEAN_BOX_OPENERS = ("fakta om", "fakta:", "faktaboks")
CLEAN_SOURCE_OPENERS = ("kilde:", "kilder:")

CLEAN_COUNTER_WORDS = ("av",)

CLEAN_COMMENT_WORDS = ("kommentar", "kommentarer")

CLEAN_POLL_ANSWERS = ("ja", "nei", "vet ikke")
CLEAN_POLL_SELF = ("jeg", "ingen", "ingenting")  # see en.py
CLEAN_POLL_ASKS = ("du", "dere")  # see en.py
CLEAN_READER_WORDS = ("din", "ditt", "dine", "deg")  # see en.py

CLEAN_PROFILE_LABELS = ("alder", "født", "parti", "yrke", "utdanning", "familie", "bosted")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Journalist", "Reporter", "Fotograf", "Kommentator", "Redaktør", "Politisk redaktør", "Sjefredaktør",
    "Korrespondent", "Utenrikskorrespondent", "Kommentarredaktør",
)
# A name in a Norwegian byline: capitalised words, perhaps a particle ("Erik de Vibe").
_NAME = r"[A-ZÆØÅ][\w'’.-]+?(?:\s+(?:(?:de|von|van)\s+)*[A-ZÆØÅ][\w'’.-]+?){1,3}?"
_NAMES = rf"(?P<names>{_NAME}(?:\s*(?:,|og|&)\s*{_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Av Ingrid Treborg og Marlene Lundberg Holm | Av Ola Nordmann, NTB | Tekst: Ola Nordmann
    rf"(?:^|[|•]\s*)(?:Av|AV|Tekst:|Skrevet av)\s+{_NAMES}{_ROLE}"
    r"\s*(?:$|[|•(/]|\d|,\s*[A-ZÆØÅ]|\s(?:i|fra|for)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Publisert", "Publ.")
MODIFIED_LABELS = ("Oppdatert", "Sist oppdatert", "Oppd.", "Endret", "Sist endret")
# "3 timer siden": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>minutt|min|time|dag|uke)(?:er|r|e)?\s+siden"
AGO_UNITS = {"minutt": 60, "min": 60, "time": 3600, "dag": 86400, "uke": 604800}
# Month names and their abbreviations (lower case; a dot after one is read too), for date
# lines such as "15. oktober 2024", "15. okt. 2024 kl. 21:35".
MONTH_NAMES = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "desember": 12, "des": 12,
}
# Slashed dates ("25/04/2026") are day first.
DATE_ORDER = "dmy"
# Words before a time ("15. okt. 2024 kl. 21:35"); hours and minutes split by a dot too ("21.35").
TIME_WORDS = ("kl.", "klokken")
DATE_UNITS = {"hour": "."}
TZ_NAMES = {"CET": "Europe/Oslo", "CEST": "Europe/Oslo"}
# A time given without a zone is in Norway's (summer time included).
DEFAULT_TZ = "Europe/Oslo"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text.
COMMON_WORDS = frozenset({"og", "det", "er", "som", "på", "ikke", "til", "med", "har", "en", "av", "for", "jeg", "var", "ble", "seg"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redaksjonen",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Av Ola Nordmann"), words that join two names, lower-case
# words inside a name ("Erik de Vibe").
BYLINE_WORDS = ("Av", "av")
CONJUNCTIONS = ("og",)
NAME_PARTICLES = ("de", "von", "van")

# (end of metadata section)
