"""Greek rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Greek text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "el"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): Greek words meet no other script's prose.
# Class/id words of Greek sites are English (see en.py).
CLEAN_WIDGET_LABELS = (
    "κοινοποίηση", "μοιραστείτε", "εκτύπωση", "σχόλια", "σχολιάστε", "διαβάστε περισσότερα", "διαβάστε επίσης",
    "δείτε επίσης", "περισσότερα", "αναζήτηση", "σύνδεση", "αποσύνδεση", "εγγραφή", "συνδρομή", "κλείσιμο",
    "μενού", "αρχική", "αρχική σελίδα", "πίσω", "επόμενο άρθρο", "προηγούμενο άρθρο", "αντιγραφή συνδέσμου",
    "αντιγράφηκε", "διαφήμιση", "ακολουθήστε μας", "ακούστε", "ακούστε το άρθρο", "αποθήκευση", "ακύρωση",
    "αποστολή", "δημοφιλή", "πιο δημοφιλή", "τελευταία νέα", "σχετικά άρθρα", "σχετικά θέματα", "ετικέτες",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "διαβάστε επίσης", "δείτε επίσης", "διαβάστε ακόμη", "με επιφύλαξη παντός δικαιώματος",
    "όλα τα δικαιώματα διατηρούνται", "χρησιμοποιούμε cookies", "ο ιστότοπος χρησιμοποιεί cookies",
    "πατήστε εδώ", "κάντε κλικ εδώ", "ακολουθήστε μας", "πηγή:",
)
# A heading starting with one of these opens a related/comments section. Not "Διαβάστε
# επίσης" (a box inside the article), nor a bare "Δημοφιλή" (it opens "Δημοφιλείς
# προορισμοί", a part of an article; alone, it is a widget label).
CLEAN_END_HEADINGS = (
    "σχετικά άρθρα", "σχετικά θέματα", "πιο δημοφιλή", "τα πιο δημοφιλή", "περισσότερα άρθρα", "τελευταία νέα",
    "μπορεί να σας ενδιαφέρει", "σας προτείνουμε", "για τον συγγραφέα", "ροή ειδήσεων",
)
# Words a date line may hold besides numbers ("14 Μαΐου 2025, 20:28", "Ενημερώθηκε: 14.05.2025
# 21:05"), month names in the genitive a date writes them in (with and without the accent a
# page in capitals loses).
CLEAN_DATE_WORDS = (
    "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "μαϊου", "ιουνίου", "ιουλίου", "αυγούστου",
    "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου", "ιανουαριου", "φεβρουαριου", "μαρτιου", "απριλιου",
    "ιουνιου", "ιουλιου", "αυγουστου", "σεπτεμβριου", "οκτωβριου", "νοεμβριου", "δεκεμβριου", "ιαν", "φεβ",
    "μαρ", "απρ", "ιουν", "ιουλ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ", "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη",
    "παρασκευή", "σάββατο", "κυριακή", "σήμερα", "χθες", "ώρα", "ενημερώθηκε", "δημοσιεύθηκε",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), ("συναίνεση", "αποδοχή", "απόρρητο", "ρυθμίσεις", "προσωπικά δεδομένα")),
    "newsletter notice": (("newsletter",), ("εγγραφ", "δωρεάν")),
}
CLEAN_COPYRIGHT_MARKERS = ("με επιφύλαξη παντός δικαιώματος", "όλα τα δικαιώματα διατηρούνται")
# Markers of a photo credit; a line holding one is a caption ("Φωτογραφία: Eurokinissi").
CLEAN_CREDIT_MARKERS = ("φωτογραφία:", "φωτ.:", "(φωτογραφία", "πηγή φωτογραφίας")

CLEAN_SOURCE_OPENERS = ("πηγή:",)

# A teaser's age (see en.py CLEAN_NO_HEADLINE; opens with "\b", see ru.py): "πριν από 3 ώρες".
CLEAN_NO_HEADLINE = (r"\bπριν\s+(?:από\s+)?\d+\s?(?:λεπτά|ώρες|ώρα|ημέρες|μέρες)",)

CLEAN_COMMENT_WORDS = ("σχόλιο", "σχόλια")

CLEAN_PROFILE_LABELS = ("ηλικία", "γέννηση", "κόμμα", "σπουδές", "επάγγελμα", "οικογένεια", "παιδιά")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = ("Δημοσιογράφος", "Ρεπόρτερ", "Συντάκτης", "Συντάκτρια", "Ανταποκριτής", "Ανταποκρίτρια", "Αρχισυντάκτης", "Φωτογράφος")
# A name in a Greek byline: capitalised words; each word as short as the line allows, so
# that a role glued to it is left out. Bylines name the author in the genitive ("Της Μαρίας
# Παπαδοπούλου": "by Maria Papadopoulou"), as the page writes it.
_CAPITAL = "Α-ΩΆΈΉΊΌΎΏΪΫ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]+?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+και\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Του Γιώργου Παπαδόπουλου | Της Μαρίας Νικολάου και του Νίκου Γεωργίου | Γράφει ο Νίκος Γεωργίου
    rf"(?:^|[|•]\s*)(?:Του|Της|ΤΟΥ|ΤΗΣ|Γράφει ο|Γράφει η|Συντάκτης:|Συντάκτρια:)\s+{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}])",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Δημοσιεύθηκε", "Δημοσίευση")
MODIFIED_LABELS = ("Ενημερώθηκε", "Ενημέρωση", "Τελευταία ενημέρωση")
# "πριν από 3 ώρες": resolved against the fetch time (the day only).
AGO = r"πριν\s+(?:από\s+)?(?P<n>\d+)\s*(?P<unit>λεπτ|ώρ|ημέρ|μέρ|εβδομάδ)\w*"
AGO_UNITS = {"λεπτ": 60, "ώρ": 3600, "ημέρ": 86400, "μέρ": 86400, "εβδομάδ": 604800}
# Month names (genitive, as dates write them, "14 Μαΐου 2025"; nominative; abbreviations),
# each as written (the date parser's regex matches it so) and case-folded (it looks the match
# up so: a final "ς" folds to "σ", "ΐ" to three characters).
MONTH_NAMES = {
    form: n
    for name, n in {
        "ιανουαρίου": 1, "ιανουάριος": 1, "ιαν": 1, "φεβρουαρίου": 2, "φεβρουάριος": 2, "φεβ": 2, "μαρτίου": 3,
        "μάρτιος": 3, "μαρ": 3, "απριλίου": 4, "απρίλιος": 4, "απρ": 4, "μαΐου": 5, "μάιος": 5, "ιουνίου": 6,
        "ιούνιος": 6, "ιουν": 6, "ιουλίου": 7, "ιούλιος": 7, "ιουλ": 7, "αυγούστου": 8, "αύγουστος": 8, "αυγ": 8,
        "σεπτεμβρίου": 9, "σεπτέμβριος": 9, "σεπ": 9, "οκτωβρίου": 10, "οκτώβριος": 10, "οκτ": 10,
        "νοεμβρίου": 11, "νοέμβριος": 11, "νοε": 11, "δεκεμβρίου": 12, "δεκέμβριος": 12, "δεκ": 12,
    }.items()
    for form in (name, name.casefold())
}
# Slashed and dotted dates ("14.05.2025") are day first.
DATE_ORDER = "dmy"
TZ_NAMES = {"EET": "Europe/Athens", "EEST": "Europe/Athens"}
# A time given without a zone is in Greece's (summer time included).
DEFAULT_TZ = "Europe/Athens"
SCRIPT = "GREEK"  # Unicode script name of its letters
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Σύνταξη", "Newsroom")

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word that joins two names.
CONJUNCTIONS = ("και",)

# (end of metadata section)
