"""Italian rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Italian text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "it"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Italian sites are mostly English (see en.py); Italian ones here.
CLEAN_JUNK_CLASS_WORDS = ("pubblicit", "correlat")
CLEAN_CAPTION_CLASS_WORDS = ("didascalia",)
# Labels of share/print/font buttons, menus and footer widgets (case, spaces and
# punctuation ignored; a line made only of these words is chrome).
CLEAN_WIDGET_LABELS = (
    "condividi", "stampa", "commenti", "commenta", "pubblicità", "leggi anche", "leggi di più", "chiudi",
    "cerca", "accedi", "esci", "registrati", "abbonati", "torna su", "successivo", "precedente", "copia link",
    "link copiato", "copiato", "invia", "annulla", "salva", "ascolta", "segui", "vai al contenuto",
    "più letti", "ultime notizie", "sponsorizzato", "articoli correlati", "argomenti",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
    "riproduzione riservata", "tutti i diritti riservati", "utilizziamo i cookie", "questo sito utilizza",
    "clicca qui", "seguici su", "iscriviti alla", "continua a leggere",
)
# A heading starting with one of these opens a related/comments section. Not "Leggi anche"
# (a box inside the article).
CLEAN_END_HEADINGS = (
    "articoli correlati", "potrebbe interessarti", "ti potrebbe interessare", "i più letti", "più letti",
    "commenti", "altri articoli", "dello stesso autore",
)
# Words a date line may hold besides numbers ("5 febbraio 2025, ore 14:07", "Aggiornato
# il 5 feb 2025 alle 14:07").
CLEAN_DATE_WORDS = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
    "ottobre", "novembre", "dicembre", "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott",
    "nov", "dic", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "lun",
    "mer", "gio", "ven", "sab", "dom", "ore", "alle", "il", "aggiornato", "aggiornata", "pubblicato",
    "pubblicata", "modificato",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), ("consenso", "accetta", "privacy", "dati personali", "impostazioni", "terze parti")),
    "newsletter notice": (("newsletter",), ("iscriviti", "ricevi", "gratuita")),
}
# "© RIPRODUZIONE RISERVATA" closes Italian articles.
CLEAN_COPYRIGHT_MARKERS = ("riproduzione riservata", "tutti i diritti riservati")
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("di ", "pubblicato", "aggiornato", "corrispondente")

CLEAN_SHOP_WORDS = ("su",)
CLEAN_VOTE_WORDS = ("voto", "voti")

CLEAN_SOURCE_OPENERS = ("fonte:", "fonti:")

CLEAN_COUNTER_WORDS = ("di",)

# A reading time's label (see en.py CLEAN_NO_HEADLINE).
CLEAN_NO_HEADLINE = (r"\btempo di lettura\b",)

CLEAN_COMMENT_WORDS = ("commento", "commenti")

CLEAN_POLL_ANSWERS = ("sì", "no", "non so")
CLEAN_POLL_SELF = ("io", "nessuno", "nessuna")  # see en.py
CLEAN_POLL_ASKS = ("tu", "voi", "ti")  # see en.py
CLEAN_READER_WORDS = ("tuo", "tua", "tuoi", "tue")  # see en.py

CLEAN_PROFILE_LABELS = ("età", "nato", "nata", "partito", "professione", "formazione", "famiglia", "figli", "nazionalità")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Corrispondente", "Inviato", "Inviata", "Giornalista", "Redattore", "Redattrice", "Editorialista",
    "Fotografo", "Fotografa",
)
# A name in an Italian byline: capitalised words, perhaps a particle ("Marco De Luca",
# "Anna della Rovere").
_NAME = r"[A-ZÀÈÉÌÒÙ][\w'’.-]+?(?:\s+(?:(?:di|de|del|della|da|dal|lo|la)\s+)*[A-ZÀÈÉÌÒÙ][\w'’.-]+?){1,3}?"
_NAMES = rf"(?P<names>{_NAME}(?:\s*(?:,|e|&)\s*{_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # di Viviana Mazza | Di Marco Rossi e Anna Bianchi | di Marco Rossi, inviato a Kiev
    rf"(?:^|[|•]\s*)(?:di|Di|DI|A cura di|a cura di)\s+{_NAMES}{_ROLE}"
    r"\s*(?:$|[|•(/]|\d|,\s*(?:[A-ZÀÈÉÌÒÙ]|inviat[oa]\s|corrispondente\s)|\s(?:da|a|per)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Pubblicato", "Pubblicata", "Pubbl.")
MODIFIED_LABELS = ("Aggiornato", "Aggiornata", "Ultimo aggiornamento", "Agg.", "Modificato", "modifica il")  # "5 gennaio 2025 (modifica il 6 gennaio …)"
# "3 ore fa": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>minut|min|or|giorn|settiman)[oaie]?\s+fa\b"
AGO_UNITS = {"minut": 60, "min": 60, "or": 3600, "giorn": 86400, "settiman": 604800}
# Month names and their abbreviations (lower case; a dot after one is read too), for date
# lines such as "5 febbraio 2025", "5 feb 2025".
MONTH_NAMES = {
    "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4,
    "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
    "settembre": 9, "set": 9, "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
}
# Slashed dates ("25/04/2026") are day first.
DATE_ORDER = "dmy"
# Words before a time ("5 febbraio 2025 alle 14:07", "ore 14:07").
TIME_WORDS = ("alle", "ore")
TZ_NAMES = {"CET": "Europe/Rome", "CEST": "Europe/Rome"}
# A time given without a zone is in the one zone of Italy, San Marino, the Vatican and Ticino (summer time included).
DEFAULT_TZ = "Europe/Rome"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text.
COMMON_WORDS = frozenset({"il", "la", "che", "di", "e", "per", "una", "del", "della", "con", "non", "sono", "gli", "alla", "anche", "è"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redazione", "Redazione online", "La redazione")
# News agencies Italian bylines sign with ("ANSA", "di Mario Rossi e ANSA"): each an author.
AGENCIES = ("ANSA", "Adnkronos", "AGI", "LaPresse", "Askanews", "AFP", "Reuters", "AP")
# The label of a line naming where the article comes from ("Fonte: ANSA"): its names, if every
# one is an agency above, are its authors.
SOURCE_LABELS = ("Fonte",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("di Viviana Mazza"), words that join two names,
# lower-case words inside a name ("Anna della Rovere"). The byline word also opens surnames
# ("Di Maio"): an author string that starts with it keeps it (BYLINE_WORDS_IN_NAMES).
BYLINE_WORDS = ("Di", "di")
BYLINE_WORDS_IN_NAMES = True
CONJUNCTIONS = ("e",)
NAME_PARTICLES = ("di", "da", "del", "della", "dei")

# (end of metadata section)
