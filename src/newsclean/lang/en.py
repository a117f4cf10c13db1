"""English rules: data for every stage, no logic. Sections are owned by stages."""

from __future__ import annotations

CODE = "en"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Words in class/id attributes that mark page chrome. Matched as substrings of the
# lower-cased class and id (so keep them distinctive); short ones go in the TOKENS list.
CLEAN_JUNK_CLASS_WORDS = (
    "share", "social", "related", "recommend", "comment", "newsletter", "subscri", "promo",
    "advert", "sponsor", "cookie", "consent", "paywall", "breadcrumb", "sidebar", "footer",
    "navbar", "navigation", "masthead", "popular", "trending", "mostread", "most-read",
    "signup", "sign-up", "outbrain", "taboola", "banner", "toolbar", "pagination", "author-bio",
    "byline", "dateline", "timestamp", "disclaimer", "read-more", "readmore", "more-stories",
    "tags", "topics", "widget", "modal", "popup", "skip-link", "print-only",
)
# Whole class/id tokens (split on space, "-" and "_") that mark page chrome.
CLEAN_JUNK_CLASS_TOKENS = ("ad", "ads", "adv", "nav", "menu", "meta", "hidden", "hide", "aside", "rail", "share")
# Class/id words of photo captions and credits (they go to ``captions``).
CLEAN_CAPTION_CLASS_WORDS = ("caption", "credit", "photo-desc", "img-desc")
# Class/id words of a standfirst / subtitle under the headline.
CLEAN_SUBTITLE_CLASS_WORDS = ("standfirst", "subtitle", "sub-title", "subhead", "sub-head", "dek", "summary", "lede")
# Class/id words that mark the article body (a bonus when choosing the main block).
CLEAN_BODY_CLASS_WORDS = ("article", "story", "content", "body", "entry", "post", "text", "main")
# Labels of share/print/font buttons, menus and footer widgets. A line made only of
# these words (case, spaces and punctuation ignored) is chrome.
CLEAN_WIDGET_LABELS = (
    "share", "share this", "share on", "tweet", "email", "e-mail", "print", "facebook", "twitter",
    "linkedin", "whatsapp", "reddit", "pinterest", "flipboard", "messenger", "telegram", "copy",
    "link", "copy link", "copied", "comments", "comment", "advertisement", "advertising", "ad",
    "sponsored", "read more", "continue reading", "subscribe", "sign up", "sign in", "log in",
    "login", "register", "newsletter", "related", "related articles", "related stories",
    "most read", "most popular", "trending", "recommended", "you may also like", "more",
    "skip to content", "skip to main content", "menu", "search", "close", "next", "previous",
    "back to top", "home", "save", "listen", "font size", "text size", "show comments",
    "view comments", "follow", "follow us", "gift article", "x", "mail", "send", "cancel",
    "open", "toggle", "this article", "article", "story", "best", "news", "top",
)
# Line starts of chrome lines that are longer than a label (lower case).
CLEAN_CHROME_PREFIXES = (
    "read more:", "read more about", "related:", "related coverage", "see also:", "also read:",
    "sign up for", "sign up to", "subscribe to", "follow us on", "click here to", "copyright",
    "all rights reserved", "©", "(c) copyright", "this article was originally published",
    "we use cookies", "by continuing to use", "share this article", "advertisement",
    "you may also like", "recommended for you", "more from", "more stories",
)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("by ", "published", "updated", "posted", "last modified", "reporter", "correspondent")
# Markers of a photo credit; a line holding one is a caption.
CLEAN_CREDIT_MARKERS = ("photo:", "photograph:", "image:", "credit:", "(photo", "getty images", "ap photo", "/ reuters", "/ afp", "photo by ", "illustration:")

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

# Bylines and datelines are read line by line from the visible text. A pattern names its
# parts: ``names`` (one or more authors), ``role``, ``site`` (the outlet), ``email``.
BYLINE_PATTERNS = (
    r"^(?:[Bb]y|BY|Written by|Words by)\s+(?P<names>[A-Z][^|•\d]{2,120}?)\s*(?:[|•]|\d|$)",  # By Jane Doe and John Roe
)
# A name must look like this to be kept: 2-4 words, the first capitalised.
NAME_PATTERN = r"[A-Z][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*){1,3}"
AUTHOR_SEPARATORS = r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*"
AUTHOR_ROLES = (
    "Staff Writer", "Senior Writer", "Staff Reporter", "Reporter", "Correspondent",
    "Senior Correspondent", "Contributor", "Editor", "Columnist", "Photographer",
)
PUBLISHED_LABELS = ("Published", "Posted", "First published", "Created")
MODIFIED_LABELS = ("Updated", "Last updated", "Modified", "Last modified")
MERIDIEM = {"AM": "AM", "PM": "PM"}
# Time zone abbreviations in English date lines -> IANA names.
TZ_NAMES = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London", "KST": "Asia/Seoul",
}
SCRIPT = r"[A-Za-z]"
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = (
    "email the author", "email", "staff", "admin", "administrator", "editor", "editors",
    "the editors", "editorial board", "news desk", "newsdesk", "web desk", "staff writer",
    "associated press", "reuters", "afp", "getty images", "follow", "contact", "more",
    "view all posts", "read more", "share", "subscribe", "guest", "anonymous", "unknown",
)

# (end of metadata section)

# ---------------------------------------------------------------------------
# facts part 1: numbers, units, currencies, percentages, counters, dates
# ---------------------------------------------------------------------------

# (end of facts part 1 section)

# ---------------------------------------------------------------------------
# facts part 2: people, roles, organisations, quote frames
# ---------------------------------------------------------------------------

# (end of facts part 2 section)
