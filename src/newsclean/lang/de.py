"""German rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads German text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "de"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in English text too.
# Class/id words of German sites are mostly English (see en.py); German ones here.
# Not "kommentar": German sites mark opinion articles so.
CLEAN_JUNK_CLASS_WORDS = ("werbung", "empfehlung", "teilen")
CLEAN_CAPTION_CLASS_WORDS = ("bildunterschrift", "bildtext", "bildquelle")
CLEAN_SUBTITLE_CLASS_WORDS = ("vorspann", "unterzeile")
# Labels of share/print/font buttons, menus and footer widgets (case, spaces and
# punctuation ignored; a line made only of these words is chrome). Not "Kommentar": also
# the rubric of an opinion piece and the heading of a comment form, which the article's
# lines must not then reach across.
CLEAN_WIDGET_LABELS = (
    "teilen", "artikel teilen", "beitrag teilen", "jetzt teilen", "drucken", "artikel drucken",
    "kommentare", "anzeige", "werbung", "zum artikel", "weiterlesen",
    "mehr lesen", "mehr", "merken", "artikel merken", "speichern", "vorlesen", "anhören",
    "artikel anhören", "schließen", "suche", "suchen", "menü", "startseite", "zur startseite",
    "anmelden", "abmelden", "registrieren", "einloggen", "abonnieren", "abo", "jetzt abonnieren",
    "zurück", "weiter", "nach oben", "link kopieren", "kopieren", "schriftgröße", "empfehlen",
    "folgen", "zum inhalt", "zum hauptinhalt", "direkt zum inhalt", "mehr zum thema",
    "weitere artikel", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren",
    "meistgelesen", "meistgelesene artikel", "schlagworte", "themen", "artikel", "nachrichten",
    "zum inhalt springen", "nächster artikel", "vorheriger artikel", "textgröße", "kommentare anzeigen",
    "artikel verschenken", "gesponsert", "senden", "abbrechen", "öffnen", "kopiert", "link kopiert",
    "empfohlen", "verwandte artikel", "datenschutzeinstellungen", "datenschutzeinstellungen anpassen",
    "cookie-einstellungen", "privatsphäre-einstellungen", "einstellungen anpassen", "box", "infobox", "info-box", "personen-box",
    "faktenbox", "fakten-box",
    "aufklappen", "zuklappen", "ausklappen", "einklappen", "mehr anzeigen", "weniger anzeigen",
    "detailansicht öffnen", "in pocket speichern",
    "zu den kommentaren", "zu den kommentaren springen",  # a link down to the comments, under the headline
    "ich folge", "zitieren", "hören", "zur app", "weitere videos", "detailsuche", "podcast freigeben", "nächste seite", "vorherige seite",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never a word that opens prose.
CLEAN_CHROME_PREFIXES = (
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "weitere artikel", "das könnte sie auch interessieren",
    "auch interessant:", "zum artikel:", "mehr dazu:", "alle rechte vorbehalten", "wir verwenden cookies",
    "diese website verwendet cookies", "jetzt abonnieren", "jetzt registrieren", "jetzt anmelden",
    "hier klicken", "klicken sie hier", "newsletter abonnieren", "folgen sie uns",
    "dieser artikel erschien zuerst", "dieser beitrag erschien zuerst", "siehe auch:", "mehr lesen:",
    "teilen sie diesen artikel", "erstmals veröffentlicht", "melden sie sich jetzt", "abonnieren sie",
    "quelle:",
    # who made the piece ("Redaktion: Erika Muster", "Aus dem Englischen von …", "Sendung: hr-INFO, 25.04.2024")
    "redaktion:", "schlussredaktion:", "übersetzung:", "faktencheck:", "mitarbeit:", "sendung:", "aus dem englischen von",
    "aus dem amerikanischen von", "aus dem französischen von", "lest den originalartikel", "lesen sie den originalartikel",
    "hier können sie die rechte",
)
# A heading starting with one of these opens a related/comments section. Not "Lesen Sie
# auch", "Mehr zum Thema", "Auch interessant" (German pages put such boxes inside the
# article), nor "Kommentar(e)" (also the name of the opinion genre, a rubric over the text).
CLEAN_END_HEADINGS = (
    "weitere artikel", "das könnte sie auch interessieren", "meistgelesen", "am meisten gelesen", "beliebte artikel",
    "ähnliche artikel", "verwandte artikel", "weitere nachrichten", "neueste artikel", "unsere empfehlungen",
    "über den autor", "über die autorin", "zitiervorschlag", "weitere themen",
)
# Words a date line may hold besides numbers ("Do 25.04.24 | 14:07 Uhr", "Stand: 3. Mai 2024").
CLEAN_DATE_WORDS = (
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept",
    "okt", "nov", "dez", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonnabend", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so", "uhr", "am", "um", "stand",
    "aktualisiert", "veröffentlicht", "erstellt", "zuletzt", "mez", "mesz",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), (
        "datenschutz", "einwilligung", "zustimmen", "akzeptieren", "einstellungen", "personenbezogen",
        "drittanbieter",
    )),
    "newsletter notice": (("newsletter",), ("anmelden", "abonnieren", "abonniert", "postfach", "kostenlos")),
    "browser notice": (("browser",), ("nicht mehr unterstützt", "nicht unterstützt", "veraltet")),
    "social media notice": (("folgen sie", "abonniere"), (
        "twitter", "facebook", "instagram", "tiktok", "youtube", "whatsapp", "telegram",
    )),
    "wire credits": (("material",), ("mit material von", "mit agenturmaterial")),
    "sign-up terms": (("anmeldung",), ("erkläre ich", "erklären sie sich", "erklärst du dich", "willige", "einverständnis", "stimme ich", "stimmen sie")),
    "translation notice": (("maschinell",), ("übersetz",)),
    # The placeholder of an embed the reader has not allowed ("Um eingebettete Inhalte anzuzeigen, ist
    # deine Einwilligung … nötig").
    "embed consent": (("eingebettete",), ("einwilligung", "zustimm", "akzeptier", "aktivier", "freigeben")),
    "affiliate notice": (("affiliate",), ("kauf", "provision", "unabhängig", "vergütung")),
    "reader prompt": (("community", "kommentar"), (
        "teile deine", "teilt eure", "teilen sie ihre", "schreib uns", "schreibt uns", "schreiben sie uns", "schreib es",
        "verrate uns", "verratet uns", "verraten sie uns", "sag uns", "sagt uns", "sagen sie uns", "diskutiere mit", "diskutiert mit",
        "diskutieren sie mit",
    )),
    "comment policy": (("kommentar",), ("kommentarfunktion", "kommentar melden", "netiquette", "kommentarbereich", "kommentarregeln")),
}
CLEAN_COPYRIGHT_MARKERS = ("alle rechte vorbehalten",)
CLEAN_READER_WORDS = ("dein", "deine", "deinen", "deiner", "dich", "dir")  # see en.py (not "Sie": also "they"; not "du": French "of the")
# An author's bio among the article's last lines ("Erika Muster ist Korrespondentin für …", "Redakteur
# Max Muster ist bei … für … zuständig"): the name in full (a story says "Müller ist Autor eines
# Buches …", "Die Ministerin ist …"), the noun whole (not "Autorität").
CLEAN_BIO_PATTERNS = (
    r"^(?!(?:Der|Die|Das|Ein|Eine|Herr|Frau|Dr)\b)(?:[A-ZÄÖÜ][\w'’.-]+ ){2,3}ist [^.]{0,80}?"
    r"(?:Korrespondent|Reporter|Redakteur|Autor|Journalist|Kolumnist)(?:in|en|innen)?\b",
    r"^(?:Korrespondent|Reporter|Redakteur|Autor|Journalist|Kolumnist)(?:in)? (?:[A-ZÄÖÜ][\w'’.-]+ ){1,3}ist ",
    r"^(?:Korrespondent|Reporter|Redakteur|Autor|Journalist|Kolumnist)(?:in)? (?:in der|im|bei|für) [^.]{0,80}(?:,|$)",  # "Redakteur im Ressort Politik, zuständig für …"
)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("von ", "veröffentlicht", "aktualisiert", "stand:", "redakteur", "korrespondent", "autor")
# Markers of a photo credit; a line holding one is a caption ("Symbolbild:", "Archivbild:"
# too). Few: the text cleaner looks for each in every line.
CLEAN_CREDIT_MARKERS = ("foto:", "fotos:", "bild:", "(foto", "picture alliance", "legende:")
CLEAN_PLACE_MARKERS = ("(l.)", "(r.)")  # where a person stands in the picture (see en.py)
# A link's note (see en.py): "(öffnet im neuen Fenster)", "Link wird in einem neuen Tab geöffnet".
CLEAN_LINK_NOTES = (
    "öffnet im neuen fenster", "öffnet in einem neuen fenster", "öffnet im neuen tab", "öffnet in einem neuen tab",
    "in einem neuen fenster geöffnet", "in einem neuen tab geöffnet", "im neuen fenster geöffnet", "im neuen tab geöffnet",
)

CLEAN_SHOP_WORDS = ("bei",)
CLEAN_VOTE_WORDS = ("stimme", "stimmen")

CLEAN_BOX_OPENERS = ("faktenbox", "fakten:", "fakten zu", "fakten über", "infobox", "zur person")
CLEAN_SOURCE_OPENERS = ("quelle:", "quellen:")

CLEAN_COUNTER_WORDS = ("von",)

# A reading time's label (see en.py CLEAN_NO_HEADLINE).
CLEAN_NO_HEADLINE = (r"\blesezeit\b",)

CLEAN_APPEAL_BUTTONS = ("jetzt spenden", "jetzt unterstützen", "mitglied werden", "unterstützen sie uns")

CLEAN_COMMENT_WORDS = ("kommentar", "kommentare")

# Words that report speech (see en.py).
CLEAN_ATTRIBUTION_WORDS = ("sagte", "sagt", "erklärte", "warnte", "berichtete")

CLEAN_POLL_ANSWERS = ("ja", "nein", "weiß nicht", "ich weiß nicht", "ich bin mir nicht sicher", "keine ahnung", "egal")
CLEAN_POLL_SELF = ("ich", "mir", "mich", "keins", "keines", "keiner", "nichts davon")  # see en.py
CLEAN_POLL_ASKS = ("du", "ihr", "sie")  # see en.py

CLEAN_PROFILE_LABELS = ("alter", "geboren", "partei", "beruf", "ausbildung", "familie", "wohnort", "kinder", "familienstand", "studium", "wahlkreis", "nationalität", "herkunft")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Redakteur", "Redakteurin", "Chefredakteur", "Chefredakteurin", "Korrespondent", "Korrespondentin",
    "Reporter", "Reporterin", "Kolumnist", "Kolumnistin", "Fotograf", "Fotografin", "Autor", "Autorin",
)
# A name in a German byline: capitalised words, perhaps a particle ("Anna von der Heide");
# each word as short as the line allows, so that a role glued to it is left out.
_NAME = r"[A-ZÄÖÜ][\w'’.-]+?(?:\s+(?:(?:von|van|vom|zu|de|der|den|di|da|la|le)\s+)*[A-ZÄÖÜ][\w'’.-]+?){1,3}?"
# News agencies that sign articles ("Von dpa", "Von DPA"): an author of a byline, as a name is.
AGENCIES = ("dpa", "AFP", "AP", "Reuters", "KNA", "epd", "APA", "SDA", "Keystone-SDA", "sid", "dts")
_AGENCY = "(?i:" + "|".join(sorted(AGENCIES, key=len, reverse=True)) + r")(?!\w)"
_NAMES = rf"(?P<names>(?:{_NAME}|{_AGENCY})(?:\s*(?:,|und|&)\s*(?:{_NAME}|{_AGENCY}))*)"
# A role after the names, perhaps after an adjective (nouns and the names are capitalised
# alike): "Landespolitische Korrespondentin", "ExnerKorrespondent".
_ROLE = rf"(?:,?\s*(?:[A-ZÄÖÜ][\w-]+\s+)?(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
# The kind of piece before "von": "Ein Kommentar von Anna Schmidt", "Analyse von …".
_GENRE = r"(?:(?:Ein|Eine)\s+)?(?:Kommentar|Analyse|Gastbeitrag|Gastkommentar|Essay|Kolumne|Reportage|Interview)\s+"
BYLINE_PATTERNS = (
    # Von Anna Schmidt und Max Mustermann | von Anna Schmidt, Berlin | 14:07 Uhr | Von Anna Schmidt
    # | Von Anna Schmidt mit AP | Ein Kommentar von Anna Schmidt | Von: Bill MCCARTHY, Marisha GOLDHAMER
    rf"(?:^|[|•]\s*)(?:Von:|Von|VON|von|Text:|Autor:|Autorin:|Text von|{_GENRE}von)\s+{_NAMES}{_ROLE}"
    r"\s*(?:$|[|•,(/]|\d|\s(?:am|um|vom|aus|in|für|mit)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Veröffentlicht", "Zuerst veröffentlicht", "Erstellt", "Publiziert", "Erschienen", "Geschrieben")
MODIFIED_LABELS = ("Aktualisiert", "Akt.", "Zuletzt aktualisiert", "Geändert")
# A date "as of" the page's last edit: the modified date, and the published one when the page
# names no other (German sites show only "Stand: 28.04.2023 17:23 Uhr", their publication
# time until an edit moves it).
AS_OF_LABELS = ("Stand",)
# "vor 3 Stunden": resolved against the fetch time (the day only).
AGO = r"vor\s+(?P<n>\d+)\s*(?P<unit>Minute|Min|Stunde|Std|Tag|Woche)(?:n|en|e)?\b"
AGO_UNITS = {"minute": 60, "min": 60, "stunde": 3600, "std": 3600, "tag": 86400, "woche": 604800}
# A reading time on the date line ("Lesedauer: 4 Minuten"; case ignored): no part of the date.
READING_TIMES = (r"(?:Lesedauer|Lesezeit):?\s*\d+\s*(?:Minuten|Min\.?)",)
# Month names and their abbreviations (lower case; a dot after one is read too), for date
# lines such as "13. Mai 2026, 14:07 Uhr", "5. Febr. 2025", "3. Mrz 2024". Austria: Jänner, Feber.
MONTH_NAMES = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6,
    "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
# Slashed dates ("25/04/2026") are day first.
DATE_ORDER = "dmy"
# Hours and minutes split by a dot too ("28. Juni 2025 - 16.03 Uhr").
DATE_UNITS = {"hour": "."}
# Time zone names of German date lines (Germany, Austria, Switzerland, Luxembourg and
# Liechtenstein share one zone), and the zone of a time given without one (summer time included).
TZ_NAMES = {"MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin", "CET": "Europe/Berlin", "CEST": "Europe/Berlin"}
DEFAULT_TZ = "Europe/Berlin"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text.
COMMON_WORDS = frozenset({"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "auf", "für", "ein", "eine", "sich", "dem", "auch", "wird", "sind"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redaktion", "Online-Redaktion", "Onlineredaktion", "Nachrichtenredaktion", "Gastautor", "Gastautorin")
# The label of a line naming where the article comes from ("Quelle: dpa"): its names, if every
# one is an agency above, are its authors.
SOURCE_LABELS = ("Quelle",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Von Anna Schmidt", "Text von"), words that join two
# names, lower-case words inside a name ("Anna von der Heide").
BYLINE_WORDS = ("Von", "VON", "von")
BYLINE_LEADS = ("Text",)
CONJUNCTIONS = ("und",)
NAME_PARTICLES = ("von", "vom", "zu", "der", "den")

# (end of metadata section)
