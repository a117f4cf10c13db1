"""Hindi rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Hindi text as a language without rules
(see ``lang/__init__.py``).

No date words for the clean stage: it splits a line into words at what ``\\w`` does not
match, and Devanagari's vowel signs (ि, ी, े, ं …) are no ``\\w`` characters, so "सितंबर"
reaches it as "स", "त", "बर". Widget labels are compared as ``vocab.compact`` leaves both the
line and the label, so they are read."""

from __future__ import annotations

CODE = "hi"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): Devanagari words meet no other script's prose.
# Class/id words of Hindi sites are English (see en.py).
CLEAN_WIDGET_LABELS = (
    "शेयर", "शेयर करें", "प्रिंट", "प्रिंट करें", "कमेंट", "कमेंट करें", "टिप्पणी करें", "और पढ़ें", "आगे पढ़ें",
    "पूरा पढ़ें", "पूरी खबर पढ़ें", "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "खोजें", "सर्च", "लॉगिन", "लॉग इन",
    "साइन इन", "रजिस्टर करें", "सब्सक्राइब", "सब्सक्राइब करें", "बंद करें", "मेन्यू", "होम", "वापस जाएं", "अगली खबर",
    "पिछली खबर", "कॉपी लिंक", "लिंक कॉपी करें", "लिंक कॉपी हो गया", "विज्ञापन", "फॉलो करें", "सुनें", "खबर सुनें",
    "सेव करें", "रद्द करें", "भेजें", "ताज़ा खबरें", "ताजा खबरें", "टॉप न्यूज़", "टॉप न्यूज", "संबंधित खबरें",
    "और देखें", "ऐप खोलें", "ऐप डाउनलोड करें", "फीडबैक दें",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "ये खबर भी पढ़ें", "यह खबर भी पढ़ें", "सर्वाधिकार सुरक्षित",
    "हम कुकीज़ का उपयोग", "हम कुकीज का उपयोग", "यहां क्लिक करें", "यहाँ क्लिक करें", "हमें फॉलो करें",
    "पूरी खबर पढ़ें", "ऐप डाउनलोड करने के लिए",
)
# A heading starting with one of these opens a related/comments section. Not "ये भी पढ़ें"
# (a box inside the article).
CLEAN_END_HEADINGS = (
    "संबंधित खबरें", "संबंधित ख़बरें", "संबंधित लेख", "और खबरें", "अन्य खबरें", "सबसे ज्यादा पढ़ी गई",
    "सबसे ज़्यादा पढ़ी गई", "सबसे ज्यादा पढ़ी गईं", "लेखक के बारे में",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("कुकी", "कुकीज"), ("सहमति", "स्वीकार", "गोपनीयता", "सेटिंग")),
    "newsletter notice": (("न्यूज़लेटर", "न्यूजलेटर"), ("सब्सक्राइब", "ईमेल", "मुफ्त", "मुफ़्त")),
}
CLEAN_COPYRIGHT_MARKERS = ("सर्वाधिकार सुरक्षित",)
# Markers of a photo credit; a line holding one is a caption ("फोटो: पीटीआई", "फाइल फोटो").
CLEAN_CREDIT_MARKERS = ("फोटो:", "फ़ोटो:", "तस्वीर:", "फाइल फोटो", "फ़ाइल फ़ोटो", "प्रतीकात्मक तस्वीर", "सांकेतिक तस्वीर")

CLEAN_SOURCE_OPENERS = ("स्रोत:",)

# A teaser's age (see en.py CLEAN_NO_HEADLINE): "3 घंटे पहले".
CLEAN_NO_HEADLINE = (r"\b\d+\s?(?:मिनट|घंटे|घंटा|दिन)\s+(?:पहले|पूर्व)",)

CLEAN_PROFILE_LABELS = ("उम्र", "आयु", "जन्म", "पार्टी", "शिक्षा", "परिवार", "पद")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = ("संवाददाता", "वरिष्ठ संवाददाता", "रिपोर्टर", "पत्रकार", "संपादक")
# A name in a Hindi byline: two to four words of Devanagari (no capitals tell a name).
_NAME = r"[\u0900-\u097F]+(?:\s+[\u0900-\u097F]+){1,3}?"
# The shape of a name read from page text (``metadata/authors.py``: no capital letter tells it).
NAME_PATTERN = r"[\u0900-\u097F]+(?:\s+[\u0900-\u097F]+){1,3}"
# What splits a list of names ("राम कुमार और सीमा शर्मा"): no capital tells a name after "और".
AUTHOR_SEPARATORS = r"\s*[,;&]\s*|\s+और\s+"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+और\s+){_NAME})*)"
BYLINE_PATTERNS = (
    # लेखक: राम कुमार | रिपोर्ट: सीमा शर्मा और अजय सिंह
    rf"(?:^|[|•]\s*)(?:लेखक|रिपोर्ट|रिपोर्टर)\s*:\s*{_NAMES}\s*(?:$|[|•(/,]|\d)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("प्रकाशित", "पब्लिश्ड", "प्रकाशन तिथि")
MODIFIED_LABELS = ("अपडेटेड", "अपडेट", "अंतिम अपडेट")
# "3 घंटे पहले": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>मिनट|घंटे|घंटा|दिन|सप्ताह|हफ्ते)\s*(?:पहले|पूर्व)"
AGO_UNITS = {"मिनट": 60, "घंटे": 3600, "घंटा": 3600, "दिन": 86400, "सप्ताह": 604800, "हफ्ते": 604800}
# Month names as Hindi pages spell them ("4 सितंबर 2024", "सितम्बर" too).
MONTH_NAMES = {
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8,
    "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
}
# Slashed dates ("04/09/2024") are day first.
DATE_ORDER = "dmy"
TZ_NAMES = {"IST": "Asia/Kolkata"}
# A time given without a zone is in India's.
DEFAULT_TZ = "Asia/Kolkata"
# The script of its letters: Marathi and Nepali write it too (``metadata/language.py``: a
# shared script, which disproves no claim).
SCRIPT = "DEVANAGARI"
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("न्यूज डेस्क", "न्यूज़ डेस्क", "डेस्क")

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names, words that join two names.
BYLINE_WORDS = ("लेखक",)
CONJUNCTIONS = ("और",)

# (end of metadata section)
