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
    "advert", "sponsor", "cookie", "consent", "breadcrumb", "sidebar", "footer",
    "navbar", "navigation", "masthead", "popular", "trending", "mostread", "most-read",
    "signup", "sign-up", "outbrain", "taboola", "banner", "toolbar", "pagination", "author-bio",
    "byline", "dateline", "timestamp", "disclaimer", "read-more", "readmore", "more-stories",
    "tags", "topics", "widget", "modal", "dialog", "popup", "skip-link", "print-only", "more-news",
    "morenews", "more-from", "more-articles", "latest-news", "recirc", "read-next", "readnext",
    "up-next", "also-read", "you-may", "teaser", "newsfeed", "further-reading", "factbox", "fact-box",
    "infobox", "info-box", "placeholder", "expandable", "collaps", "accordion",
)
# Whole class/id tokens (split on space, "-", "_" and between the words of a camel-case name: "pollWidget",
# "VoteBox") that mark page chrome: a poll's, a quiz's or a survey's box too.
CLEAN_JUNK_CLASS_TOKENS = (
    "ad", "ads", "adv", "nav", "menu", "meta", "hidden", "hide", "aside", "rail", "share", "poll", "polls", "vote",
    "voting", "quiz", "survey",
)
# Class/id words of a post the page embeds from a social network ("social-media-embed"): it is
# quoted in the article, as a bare embed's blockquote is, though its name holds "social".
CLEAN_POST_CLASS_WORDS = ("social-embed", "social-media-embed", "embed-social", "embedded-social", "socialembed")
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
    "link", "copy link", "copied", "comments", "comment", "advertisement", "advertising", "advert", "ad", "tags",
    "sponsored", "read more", "continue reading", "subscribe", "sign up", "sign in", "log in",
    "login", "register", "newsletter", "related", "related articles", "related stories",
    "most read", "most popular", "trending", "recommended", "you may also like", "more",
    "skip to content", "skip to main content", "menu", "search", "close", "next", "previous",
    "back to top", "home", "save", "listen", "font size", "text size", "show comments",
    "view comments", "follow", "follow us", "gift article", "x", "vk", "mail", "send", "cancel",
    "open", "toggle", "this article", "article", "story", "best", "news", "top",
    "cookie settings", "privacy settings", "manage cookies", "manage privacy settings", "show more", "show less",
    "expand", "collapse", "like", "like this", "loading",  # a blog's like button ("Like Loading...")
    "icon",  # a button's icon named in its text ("Share icon", "X Icon")
    "next page", "previous page", "bookmark", "share via email", "feedback", "donate",  # a pager's and a toolbar's buttons ("Link copied Bookmark")
    "jump to comments", "skip to comments", "go to comments",  # a link down to the comments, under the headline
    "bluesky", "threads",  # share buttons
)
# Line starts of chrome lines that are longer than a label (lower case).
CLEAN_CHROME_PREFIXES = (
    "read more:", "read more about", "related:", "related coverage", "see also:", "also read:",
    "sign up for", "sign up to", "subscribe to", "follow us on", "click here to", "copyright",
    "all rights reserved", "©", "(c) copyright", "this article was originally published",
    "we use cookies", "by continuing to use", "share this article",
    # an ad slot's label ("Advertisement 2", "ADVERTISEMENT - SCROLL TO CONTINUE"); not the word alone,
    # which opens prose ("Advertisement spending rose …")
    "advertisement -", "advertisement –", "advertisement ·", "advertisement:", "advertisement scroll", "advertisement skip",
    *(f"advertisement {n}" for n in range(1, 10)),
    "you may also like", "recommended for you", "more from", "more stories",
    "sharing is caring", "this slideshow requires javascript", "to view this video please enable javascript",
    "first published:", "updated on:", "have a tip?", "get the latest updates", "if you enjoyed this article",
    "don't miss", "citation:", "there was an error", "the views expressed in this", "the opinions expressed in this",
    "this advertisement has not loaded yet", "open this photo in gallery", "read the original article",
    "don't have an account", "already have an account", "already a subscriber", "article continues below",
    "story continues below",
    # a post's tags, a share request and a legal line under the story ("Filed under: Politics | Courts")
    "filed under:", "published under:", "posted in:", "tagged with:", "like this story?", "like this article?",
    "this document is subject to copyright",
)
# A heading starting with one of these opens a related/comments section: it and what
# follows it in its section are not article.
CLEAN_END_HEADINGS = (
    "related", "you may also like", "you might also like", "you may like", "more from", "more stories",
    "more on this", "recommended", "read more", "read next", "most popular", "most read", "trending",
    "comments", "leave a comment", "leave a reply", "about the author", "share this", "sign up",
    "popular posts", "latest news", "top stories", "more news", "what to read next", "editor's picks",
    "popular on", "more great", "don't miss", "more in ", "explore further",
)
# Words a date line may hold besides numbers: such a block alone is a dateline, not text.
CLEAN_DATE_WORDS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "at", "on", "am", "pm",
    "a", "p", "m", "t", "z", "utc", "gmt", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet",
    "cest", "updated", "published", "posted", "modified", "last", "st", "nd", "rd", "th",
)
# Notices inside or around the article: a short line (clean/vocab.py MAX_NOTICE) holding a
# word of each of a notice's two sets is that notice. Lower case; substrings of the line.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), (
        "consent", "opt-out", "opt out", "privacy", "personal data", "personal information",
        "third part", "browser", "preferences", "accept", "advertising", "tracking",
    )),
    "newsletter notice": (("newsletter", "inbox"), ("sign up", "signing up", "subscribe", "consent to receive", "delivered", "get it")),
    "browser notice": (("browser",), ("no longer supported", "not supported", "out of date", "outdated", "upgrade")),
    "social media notice": (("follow ",), ("twitter", "facebook", "instagram", "linkedin", "tiktok", "bluesky", "threads", "youtube", "@")),
    "wire credits": (("reporting", "contributed"), (
        "reporting by", "editing by", "writing by", "additional reporting", "contributed reporting",
        "contributed to this report",
    )),
    # Said to the reader ("It looks like you are using an ad blocker", "please disable your ad
    # blocker"): news about ad blockers says "is enabled" and "may not work" too.
    "ad blocker notice": (("ad blocker",), (
        "disable your", "turn off your", "please disable", "please turn off", "you are using an", "you're using an",
        "whitelist us", "whitelist our", "allowlist us", "allowlist our", "add us to your", "pause your", "reload the page",
        "refresh the page",
    )),
    "donation request": (("donat",), (
        "please consider", "consider supporting", "support our", "support us", "our journalism", "our reporting",
        "donate now", "donate today", "make a donation", "reader-supported", "reader supported",
    )),
    # The terms under a sign-up form ("By signing up, you agree to our Privacy Policy", "By
    # providing your email address, you agree to …"): said to the reader, or naming the policy
    # (news says "by signing up, users gave … that privacy advocates …").
    "sign-up terms": (("by signing up", "by providing your"), (
        "you agree", "you confirm", "you consent", "you acknowledge", "you have read", "privacy policy", "privacy notice",
        "privacy statement", "terms of use", "terms of service", "terms and conditions", "unsubscribe",
    )),
    "search engine notice": (("preferred source",), ("google",)),
    # A feature or story kept from readers who have not signed in or paid ("This feature is only
    # available to registered users", "This article is for subscribers only").
    "members notice": (("this feature", "this content", "this article", "this story"), (
        "registered users", "for subscribers", "to subscribers", "subscribers only", "members only", "for members",
    )),  # "Add … as a preferred source on Google"
    # "If you buy something using links in our stories, we may earn a commission" (not "brokers earn a commission").
    "affiliate notice": (("affiliate", "commission"), (
        "if you buy", "if you purchase", "if you make a purchase", "when you buy", "when you purchase", "at no extra cost",
        "at no additional cost", "selected independently", "independently selected", "chosen independently", "we may earn",
        "we may receive", "may earn us", "we might earn",
    )),
    # Rules over a comment form ("Please keep comments relevant and respectful"); not "declined to comment".
    "comment policy": (("comment",), (
        "please keep comments", "keep comments", "commenting policy", "comment policy", "commenting guidelines",
        "house rules", "civil forum", "constructive and respectful", "relevant and respectful", "report this comment",
        "moderating all comments", "comments are moderated", "comments will be moderated",
    )),
    # A call to the reader to join the comments ("What do you think? Let us know in the comments below", "Share
    # your tips with the community"); news reporting such words names who said them ("…, the council said").
    "reader prompt": (("comments", "community"), (
        "let us know", "tell us", "share your", "join the conversation", "join the discussion", "have your say",
    )),
    # A call for tips ("Got a story? Get in touch with our news team", "Are protests breaking out in your area? Get in touch at …").
    "tip line": (("get in touch",), (
        "news team", "newsdesk", "news desk", "got a story", "have a story", "your story", "your stories", "your videos",
        "your photos", "in your area",
    )),
}
# Words that speak to the reader: a long line whose first sentence is a notice and holds one is a notice.
CLEAN_READER_WORDS = ("you", "your", "you're", "yours")
# A line starting with one of these is a copyright notice: the article is over.
CLEAN_COPYRIGHT_MARKERS = ("©", "copyright", "all rights reserved", "(c) 20")
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("by ", "published", "updated", "posted", "last modified", "reporter", "correspondent")
# Markers of a photo credit; a line holding one is a caption.
CLEAN_CREDIT_MARKERS = (
    "photo:", "photograph:", "image:", "credit:", "(photo", "getty images", "ap photo", "/ reuters",
    "/ afp", "(ap video", "photo by ", "illustration:", "(picture:", "picture:", "(image", "image credit", "photo credit",
    " © ",
    # how a wire caption says what the picture is ("… in this handout picture released by …");
    # a picture, photo or image only with how it was made ("in this photo taken on May 3"), as
    # prose says "where does China fit in this picture?"
    *(f"in this {shot} {made}" for shot in ("picture", "photo", "photograph", "image")
      for made in ("taken", "obtained", "released", "provided", "made available")),
    "in this handout", "in this file photo", "in this file picture", "in this file image", "in this still image",
    "in this undated", "in this photo illustration", "in this illustration picture", "in this screen grab",
    "in this screengrab", "mandatory credit", "/copyright ", "/ copyright ",  # "… Frank Franklin II/Copyright 2026 The AP."
    # who gave the picture, in brackets or after a colon ("(Courtesy of the family)", "Photo courtesy: NASA");
    # prose says "the letters, courtesy of a collector, …"
    "(courtesy of", "(courtesy ", "courtesy:", "photo courtesy", "image courtesy",
    # a credit a dump glued to the caption's last sentence ("… the bare ice.Photograph by Jane Roe")
    ".photograph by ", ".photographs by ", ".photo by ", ".photos by ", ".illustration by ",
)
# Markers of a caption at the start of a line only: prose says "The file – obtained by the BBC – shows …",
# "the photograph by Dorothea Lange".
CLEAN_CREDIT_OPENERS = ("file - ", "file – ", "photograph by ", "photographs by ", "photos by ", "illustration by ")
# Where a person stands in the picture ("Jane Doe, left, and John Roe"): a caption's marker in a
# line of a sentence or two, as a paragraph of prose may say "those who could, left, …".
CLEAN_PLACE_MARKERS = (
    ", left,", ", right,", ", center,", ", centre,", ", second left,", ", second right,", "second from left",
    "second from right", "from left:", "(left)", "(right)", "(center)", "(centre)", "left to right:",
)
# A comma's place marker (", left,") marks a caption only after a person: a name (a capital) or a
# word after one of these ("the mayor, left, and …"); not after a verb ("those who could, left, …",
# "He turned, left, and walked out"), nor before another place ("the party, left, right and centre").
CLEAN_NAMED_BEFORE = ("the", "a", "an", "his", "her", "their", "its", "our")
CLEAN_PLACE_WORDS = ("left", "right", "centre", "center")
# Words that report speech: a line holding one is news about a notice's or a bio's words, not the notice
# or the bio ("Please disable your ad blocker on sites you trust, the consumer group advised"; "…, the
# court heard"); whole words, lower case.
CLEAN_ATTRIBUTION_WORDS = ("said", "says", "told", "warned", "advised", "according to", "heard", "testified")
# An author's bio among the article's last lines ("Jane Roe is a senior correspondent for …"): the
# article ends before it (regexes, as written; clean/text.py reads them on the last BIO_WINDOW lines).
# A bio names the author in full and says what the author is now: a news story's last lines
# name a person by surname or title ("Smith was a professor …", "Mr Jones is a fellow
# Republican …"), and "fellow" is a bio's noun only before "at", "of", … .
CLEAN_BIO_PATTERNS = (
    r"^(?!(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Sir|Lord|Lady)\b)(?:[A-Z][\w'’.-]+ ){2,3}is (?:a|an|the) "
    r"[^.]{0,100}?\b(?:correspondents?|reporters?|writers?|editors?|columnists?|journalists?|contributors?|researchers?"
    r"|professors?|fellows? (?:at|of|with|in)|authors?|lecturers?)\b",
    r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:covers|reports on|writes about) [^.]{0,80}\bfor (?:the |The )?[A-Z]",  # "Doe covers politics for The Times."
)
# Regexes (as written, case ignored) of what a headline never holds: a reading time ("5 min
# read"; "Tiempo de lectura: 6 min", the abbreviation is the same in most languages of the
# Latin script) or a teaser's or post's age ("3h agoWhy …", "Published 1 day ago"; years ago
# are a headline's: "50 years ago, the first …").
CLEAN_NO_HEADLINE = (r"\b\d+\s?min\b", r"\b\d+[\s-]minutes?[\s-]read\b", r"\b\d+\s?[mhd] ago", r"\b\d+ (?:minute|hour|day|week)s? ago\b")
# The note a link's text ends with when the link opens elsewhere ("Careers (opens in a new
# window)", ", opens new tab"): a line ending in one is a link, not article text (lower case).
CLEAN_LINK_NOTES = ("opens in a new window", "opens in new window", "opens in a new tab", "opens in new tab", "opens new tab", "opens new window")

# The word between a price and the shop selling at it on a product's button ("$139 at REI",
# "£29.99 at Amazon"): such a line alone is a deal box's, not article text (clean/vocab.py is_deal).
CLEAN_SHOP_WORDS = ("at",)
# A poll's count of votes for an answer, alone on its line ("65 votes", "48% (1,204 votes)").
CLEAN_VOTE_WORDS = ("vote", "votes")

# A fact box inside the article in plain text: a short line opening with one of these ("Factbox",
# "Fakta om …"), closed a few lines below by a line naming its source ("Source: …"), with
# article text above it (clean/text.py _fact_boxes). Lower case.
CLEAN_BOX_OPENERS = ("factbox", "fact box", "fact file", "key facts", "fast facts")
# A line naming the source of a box or a chart ("Source: Eurostat"), lower case.
CLEAN_SOURCE_OPENERS = ("source:", "sources:")

# The word of a gallery's counter between the picture's number and their count ("Image 1 of 5"; a
# slash needs none: "3/12").
CLEAN_COUNTER_WORDS = ("of",)

# A membership or donation appeal's button, glued by a dump to the appeal's last sentence ("… the journalism
# you rely on.Become a Member"): the line is the appeal, not article text (lower case).
CLEAN_APPEAL_BUTTONS = ("become a member", "become a subscriber", "donate", "donate now", "donate today", "give now", "support us", "support our journalism", "join now", "subscribe now")

# A count of a story's comments opens the comments' section in plain text ("12 Comments", "Comments (3)",
# "Kommentare: 45"); the word alone may be a rubric over an opinion piece (lower case).
CLEAN_COMMENT_WORDS = ("comment", "comments")

# A poll's stock answers: a question over a few short lines, two of them opening with one of these ("Yes,
# definitely.", "No, that would be censorship."), is a poll in plain text (clean/text.py _polls; lower case).
CLEAN_POLL_ANSWERS = ("yes", "no", "not sure", "don't know", "i don't know", "undecided", "no opinion")
# A poll's answer in the reader's own voice, or the answer that picks none ("I don't get colds.", "None of
# these"): a question to the reader ("Which remedy do you swear by?") over three short lines or more, one of
# them opening with one of these words, is a poll with no stock answer (clean/text.py _polls; lower case,
# whole words). A list under a question in a story ("What do you need? A passport. Two photos.") has none.
CLEAN_POLL_SELF = ("i", "i'm", "i've", "none", "neither")
# Words that put a poll's question to the reader, besides CLEAN_READER_WORDS: read only there, beside an
# answer in the reader's voice, they may be words of other languages too (German "du", French "of the").
CLEAN_POLL_ASKS = ("you",)

# The labels of a person box's fields ("Age: 54", "Party: Labour", "Born: Leeds, 1970"): two such lines in a
# row, each a label and a short value, are a box about a person beside the article, not its text
# (clean/vocab.py profile_field; lower case, without the colon).
CLEAN_PROFILE_LABELS = ("age", "born", "party", "occupation", "profession", "position", "education", "spouse", "children", "family", "hometown", "nationality", "residence", "constituency", "political party", "career", "in office")

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

# News agencies English bylines sign with ("By Reuters", "Adam Vidler and AP"): each an author; after a
# person's names, the outlet the person writes for ("By JANE DOE Associated Press", "By Jane Doe, Reuters").
AGENCIES = (
    "AP", "Associated Press", "AFP", "Agence France-Presse", "Reuters", "PA", "PA Media", "UPI", "AAP",
    "PTI", "ANI", "IANS", "dpa", "EFE", "Xinhua", "Yonhap", "Kyodo", "Bernama",
)
# Bylines and datelines are read line by line from the visible text. A pattern names its
# parts: ``names`` (one or more authors), ``role``, ``site`` (the outlet), ``email``.
BYLINE_PATTERNS = (
    # By Jane Doe and John Roe | By Jane Doe on Monday, ... | By Jane Doe March 5, 2020 | By Jane Doe
    # in Washington | By Jane Doe Published May 3, 2024 | By Jane Doe with AP | By Jane Doe - Political Editor
    # | By Jane Doe and John Roe The Associated Press | By JANE DOE Associated Press (an outlet named with "The"
    # or an agency ends the names, but after "and": "Adam Vidler and AP" both wrote it)
    r"^(?:[Bb]y|BY|(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Tt]ext) by)\s+(?P<names>[A-Z][^|•·\d]{2,120}?)\s*(?:[|•·]|\d|$|\s[-–—]\s|\s(?:on|at|in|with|With|updated|published|Updated|Published)\s"
    r"|(?<!\band)(?<!&),?\s(?P<site>The(?:\s+[A-Z][\w&.-]*){1,3}|" + "|".join(sorted(AGENCIES, key=len, reverse=True)) + r")\s*(?:$|[|•\d])"
    r"|\s(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
    # Jane Doe, Reuters (a line of its own)
    r"^(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+(?P<site>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})$",
)
# A byline written in lower case ("by jane doe", "words by jane doe and john roe"): read only where
# every name opens with a known given name (GIVEN_NAMES), and the names written capitalised.
LOWER_CASE_BYLINE = (
    r"^(?:(?:written|words|story|text)\s+)?by:?\s+(?P<names>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){1,2}"
    r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){1,2})*)$"
)
# Words before a name in an author field: "By", "Posted by", "Analysis by".
NAME_PREFIX = r"^(?:[A-Za-z]+\s+)?[Bb][Yy]:?\s+"
# A name must look like this to be kept: 2-4 words, the first capitalised.
NAME_PATTERN = r"[A-Z][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*){1,3}"
AUTHOR_SEPARATORS = r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*"
AUTHOR_ROLES = (
    "Staff Writer", "Senior Writer", "Sports Writer", "Contributing Writer", "Writer",
    "Staff Reporter", "Reporter", "Correspondent", "Senior Correspondent", "Contributor",
    "Editor", "Senior Editor", "Editor-at-large", "Columnist", "Photographer", "Director",
)
# The label of a line naming where the article comes from ("Source: Reuters"): its names, if every
# one is an agency above, are its authors.
SOURCE_LABELS = ("Source",)
PUBLISHED_LABELS = ("Published", "Posted", "First published", "Created")
MODIFIED_LABELS = ("Updated", "Last updated", "Modified", "Last modified")
# "Published 2 hours ago", "Updated 3h ago": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>minute|min|hour|hr|day|week|h|m|d)s?\s+ago"
AGO_UNITS = {"min": 60, "minute": 60, "m": 60, "hr": 3600, "hour": 3600, "h": 3600, "day": 86400, "d": 86400, "week": 604800}
# A reading time on the date line ("2 minute read", "4 min read"; case ignored): no part of
# the date, cut off the date line a text dump glued it to ("2 minute readApril 25, 2023 …").
READING_TIMES = (r"\d+\s?(?:min|mins|minute|minutes)\.?\s+read",)
# Time zone abbreviations in English date lines -> IANA names.
TZ_NAMES = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris",
    "EET": "Europe/Athens", "EEST": "Europe/Athens", "SAST": "Africa/Johannesburg",
    "KST": "Asia/Seoul", "JST": "Asia/Tokyo", "HKT": "Asia/Hong_Kong", "SGT": "Asia/Singapore",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
}
# Slashed dates ("04/25/2026") are month first (US English; a first number over 12 is a day).
DATE_ORDER = "mdy"
# Regions (of "en-GB", og:locale "en_GB") whose English writes slashed dates day first
# ("10/07/2026" is 10 July), by CLDR's short date formats: the US and its territories, the
# Philippines and Canada (year first) are not here. South Africa's CLDR form is year first,
# read as such anyway; its slashed dates with the year last are day first.
DAY_FIRST_REGIONS = frozenset({
    "GB", "IE", "AU", "NZ", "IN", "PK", "SG", "MY", "HK", "ZA", "NG", "KE", "GH", "UG", "TZ",
    "ZM", "ZW", "JM", "MT", "CY", "150", "001",
})
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text.
# Words other languages write too ("a", "as": Portuguese) are in, so that they count for English
# as well: "Shares fell as much as 5% as investors sold" is English.
COMMON_WORDS = frozenset({
    "the", "and", "of", "to", "a", "in", "is", "that", "for", "it", "as", "was", "with", "on", "he",
    "at", "by", "his", "be", "this", "are", "from", "or", "have", "an", "they", "not", "but", "she",
    "her", "were", "has", "had", "will", "said", "would", "their", "been", "who", "its", "could", "than",
})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = (
    "email the author", "email", "staff", "admin", "administrator", "editor", "editors",
    "the editors", "editorial board", "news desk", "newsdesk", "web desk", "staff writer",
    "getty images", "follow", "contact", "more",
    "view all posts", "read more", "share", "subscribe", "guest", "anonymous", "unknown",
)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names, as written, on a line of its own over them or opening
# the line ("By Jane Doe"), maybe after a word saying what they did ("Written by", "Story by");
# words that join two names; lower-case words inside the names English news writes from
# languages without rules ("Robin van Persie", "Mohammed bin Salman").
BYLINE_WORDS = ("By", "BY", "by")
BYLINE_LEADS = ("Written", "Words", "Text", "Story")
CONJUNCTIONS = ("and",)
NAME_PARTICLES = ("van", "ter", "ten", "bin", "al")
# The opening of a surname written with a capital inside ("MacArthur", "VanderMeer", "DelGrosso"): no two
# names run together there (metadata/authors.py; "Jane DoeJohn Roe" is two).
NAME_INNER_CAPITAL = ("Mac", "Van", "Von", "Del", "Della", "Des", "Dal", "Den", "Der", "Ter", "Fitz")
# The place a byline's author writes from, after the names and a comma ("By Jane Doe, New York"): no
# author. A place of one word is no full name anyway; one of two or more words opens with one of
# BYLINE_PLACE_OPENERS ("New Delhi", "San Antonio", "Fort Worth", "St. Louis", "South Korea") or is one of
# BYLINE_PLACES, places of several words English bylines and datelines name most.
BYLINE_PLACE_OPENERS = (
    "New", "San", "Santa", "Los", "Las", "Fort", "Port", "Saint", "St.", "North", "South", "East", "West", "Lake", "Mount",
)
BYLINE_PLACES = (
    "Hong Kong", "Tel Aviv", "Abu Dhabi", "Buenos Aires", "Kuala Lumpur", "Rio de Janeiro", "Sao Paulo", "São Paulo",
    "Mexico City", "Cape Town", "Kansas City", "Salt Lake City", "Oklahoma City", "Des Moines", "Baton Rouge",
    "Palm Beach", "Capitol Hill", "Silicon Valley", "Wall Street", "Gaza City", "Addis Ababa", "Dar es Salaam",
    "Phnom Penh", "Sri Lanka", "Costa Rica", "Puerto Rico", "El Paso", "El Salvador", "Rhode Island", "United Nations",
    "Vatican City", "Panama City", "Guatemala City", "Kuwait City", "Ho Chi Minh City", "Quebec City", "Atlantic City",
    "Beverly Hills", "Palo Alto", "Long Beach", "Miami Beach", "Great Falls", "Little Rock", "Grand Rapids",
    "Saudi Arabia", "United Kingdom", "United States", "Sierra Leone", "Burkina Faso", "Ivory Coast", "Papua New Guinea",
)

# (end of metadata section)

# ---------------------------------------------------------------------------
# facts part 1: numbers, units, currencies, percentages, counters, dates
# ---------------------------------------------------------------------------

# Numbers: values that add up ("twenty" + "one"), multipliers inside a group of three
# digits (hundred, dozen) and multipliers of the whole number (thousand, million...).
NUMBER_WORDS = {
    "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
SMALL_SCALES = {"hundred": 100, "dozen": 12, "dozens": 12}
BIG_SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "lkh": 10**5, "lkhs": 10**5,
    "crore": 10**7, "crores": 10**7, "krore": 10**7, "krores": 10**7, "cr": 10**7,
    "thousands": 10**3, "millions": 10**6, "billions": 10**9,
}
# A scale glued to digits in any context: "100K", "7.8bn people" (not "5m", "3M", "5G": other things).
DIGIT_SUFFIXES = {"k": 10**3, "K": 10**3, "bn": 10**9, "mn": 10**6, "mln": 10**6, "tn": 10**12}
# A scale glued to a decimal number: "1.2M", "3.5B" ("3M" and "5B" are names).
DECIMAL_SUFFIXES = {"M": 10**6, "B": 10**9}
# Short scales written right after digits: "$2.5bn", "€40m", "100K".
SHORT_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "trn": 10**12}
DECIMAL_POINTS = ("point",)
# A fraction after a whole number: "two and a half years", "1 and a half million".
FRACTIONS_AFTER = {"and a half": 0.5, "and half": 0.5, "and a quarter": 0.25, "and three quarters": 0.75}
# A fraction before "a" and a scale: "half a million people", "half a billion dollars".
FRACTIONS_BEFORE = {
    "half a": 0.5, "half an": 0.5, "a quarter of a": 0.25, "a quarter of an": 0.25,
    "three quarters of a": 0.75, "three quarters of an": 0.75, "a half": 0.5,
}
NEGATIVE_WORDS = ("minus",)
# After these a negative word or sign is half of a margin, no sign: "$65 billion, plus or minus
# 2%", "+/-3 points" (the amount is 2%, 3 points).
NOT_NEGATIVE_AFTER = ("plus or ", "+/")
# "a"/"an" (or "half a") before these units is one of them: "a dollar", "half an hour",
# "more than a year", "a quarter of a percentage point". Not "a second" (an ordinal), "a ton
# of" or "a pair" (manners of speaking).
ARTICLE_UNITS = (
    "dollar", "euro", "pound", "cent", "year", "month", "week", "fortnight", "day", "hour", "minute", "decade",
    "kilogram", "kilo", "kg", "lb", "gram", "gallon", "barrel", "mile", "kilometre", "kilometer",
    "percentage point", "basis point", "quarter-point", "quarter point", "half-point", "half point",
    "three-quarter-point", "three-quarter point", "quarter-percentage-point", "half-percentage-point",
    "quarter percentage point", "half percentage point",
)
# ... and these after a fraction's "a" only: "rates rose half a point", "a quarter of a point"
# (not "a point" alone: "at a point where", "to make a point").
FRACTION_ARTICLE_UNITS = ("point",)
# "another" before a rate move is one more of it: "another half-point hike", "another
# quarter-point cut", "another percentage point" (the units of a percent above; not "another
# day", "another year": manners of speaking as often as amounts).
ONE_MORE = ("another",)
# ... but "twice a year", "$5 a day", "1 million barrels a day" are rates: after these words,
# or a number and up to two words, "a" is "per".
RATE_WORDS = ("once", "twice", "thrice", "times", "per")
# After a number, how many times (a multiple, a frequency), no count: "more than three times as long".
MULTIPLE_AFTER = ("times",)
# "1 in 10 children", "3 out of 4 voters": a share, where neither number is a count.
RATIO_WORDS = ("in", "out of")
# ... maybe with "every" before the whole: "1 in every 200 residents".
RATIO_EVERY = ("every",)
# So is "of" between two numbers ("nearly 3 of 4 voters", "nine of 10 doctors") when the whole
# is at most PART_OF_SHARE_UP_TO, the part more than one ("one of three diseases" is one among
# them) and the whole counts a population (RATIO_POPULATIONS, or a capitalised plural of people:
# "7 of 10 Americans"); else the whole alone is counted ("two of three requirements"). One of a
# population may stand between the numbers of a ratio: "one child in five", "one patient in 20".
SMALL_RATIO_WORDS = ("of",)
RATIO_POPULATIONS = (
    "people", "adults", "voters", "respondents", "residents", "citizens", "households", "families", "parents",
    "children", "kids", "teens", "teenagers", "students", "women", "men", "workers", "employees", "consumers",
    "customers", "shoppers", "users", "patients", "doctors", "nurses", "physicians", "teachers", "seniors",
    "smokers", "drivers", "homeowners", "renters", "investors", "economists", "analysts", "executives", "CEOs",
    "companies", "firms", "businesses", "employers", "members", "viewers", "readers", "fans", "travellers", "travelers",
    "homes", "person", "child", "man", "woman",  # the singular of "one child in five" (a regular one drops its "s")
)
# Words between a number and its unit: "two more years", "three straight months".
UNIT_MODIFIERS = ("more", "extra", "fewer", "additional", "straight", "consecutive", "full")

# Units after a number: surface (lower case) -> (fact type, unit). Money units are ISO 4217.
UNITS = {
    "dollars": ("money", "USD"), "dollar": ("money", "USD"), "us dollars": ("money", "USD"),
    "euros": ("money", "EUR"), "euro": ("money", "EUR"), "pounds sterling": ("money", "GBP"),
    "sterling": ("money", "GBP"), "yen": ("money", "JPY"), "yuan": ("money", "CNY"),
    "renminbi": ("money", "CNY"), "won": ("money", "KRW"), "rupees": ("money", "INR"),
    "rupee": ("money", "INR"), "francs": ("money", "CHF"), "roubles": ("money", "RUB"),
    "cents": ("money", "USD"), "cent": ("money", "USD"), "pence": ("money", "GBP"), "p": ("money", "GBP"),
    "u.s. cents": ("money", "USD"), "us cents": ("money", "USD"), "euro cents": ("money", "EUR"),
    "rubles": ("money", "RUB"), "ringgit": ("money", "MYR"), "ringgits": ("money", "MYR"),
    "malaysian ringgit": ("money", "MYR"), "malaysian ringgits": ("money", "MYR"), "tugrik": ("money", "MNT"),
    "tugriks": ("money", "MNT"), "baht": ("money", "THB"), "rand": ("money", "ZAR"), "naira": ("money", "NGN"),
    "RM": ("money", "MYR"), "malaysia ringgit": ("money", "MYR"), "egyptian pounds": ("money", "EGP"), "Rs": ("money", "INR"),
    "egyptian pound": ("money", "EGP"), "L.E": ("money", "EGP"), "shekels": ("money", "ILS"), "shekel": ("money", "ILS"),
    "zlotys": ("money", "PLN"), "zloty": ("money", "PLN"), "hryvnias": ("money", "UAH"), "hryvnia": ("money", "UAH"),
    "rupiah": ("money", "IDR"), "reais": ("money", "BRL"), "brazilian reais": ("money", "BRL"), "kronor": ("money", "SEK"),
    "swedish kronor": ("money", "SEK"), "swiss francs": ("money", "CHF"), "turkish lira": ("money", "TRY"),
    "turkish liras": ("money", "TRY"), "canadian dollars": ("money", "CAD"), "australian dollars": ("money", "AUD"),
    "hong kong dollars": ("money", "HKD"), "singapore dollars": ("money", "SGD"), "taiwan dollars": ("money", "TWD"),
    "new taiwan dollars": ("money", "TWD"), "new zealand dollars": ("money", "NZD"), "mexican pesos": ("money", "MXN"),
    "philippine pesos": ("money", "PHP"), "argentine pesos": ("money", "ARS"), "saudi riyals": ("money", "SAR"),
    "qatari riyals": ("money", "QAR"), "kuwaiti dinars": ("money", "KWD"), "iraqi dinars": ("money", "IQD"),
    "jordanian dinars": ("money", "JOD"), "bahraini dinars": ("money", "BHD"), "uae dirhams": ("money", "AED"),
    "moroccan dirhams": ("money", "MAD"),
    # A currency name that several countries use is kept as its name, not guessed as one code.
    "dinars": ("money", "Dinar"), "dinar": ("money", "Dinar"), "riyals": ("money", "Riyal"), "riyal": ("money", "Riyal"),
    "dirhams": ("money", "Dirham"), "dirham": ("money", "Dirham"), "pesos": ("money", "Peso"), "peso": ("money", "Peso"),
    "shillings": ("money", "Shilling"), "rials": ("money", "Rial"), "kroner": ("money", "Krone"), "kwacha": ("money", "Kwacha"),
    "kenyan shillings": ("money", "KES"), "ugandan shillings": ("money", "UGX"), "iranian rials": ("money", "IRR"),
    "cedis": ("money", "GHS"), "birr": ("money", "ETB"), "taka": ("money", "BDT"), "dong": ("money", "VND"),
    "forints": ("money", "HUF"), "forint": ("money", "HUF"), "korunas": ("money", "CZK"), "koruna": ("money", "CZK"),
    "lei": ("money", "RON"), "leva": ("money", "BGN"), "norwegian kroner": ("money", "NOK"), "danish kroner": ("money", "DKK"),
    "percent": ("percent", "percent"), "per cent": ("percent", "percent"), "pct": ("percent", "percent"),
    "percentage points": ("percent", "point"), "percentage point": ("percent", "point"),
    # a rate move in fractions of a point: "a quarter-point cut", "a half-point hike" (UNIT_FACTORS)
    "quarter-point": ("percent", "point"), "quarter point": ("percent", "point"), "half-point": ("percent", "point"),
    "half point": ("percent", "point"), "three-quarter-point": ("percent", "point"), "three-quarter point": ("percent", "point"),
    "quarter-percentage-point": ("percent", "point"), "half-percentage-point": ("percent", "point"),
    "quarter percentage point": ("percent", "point"), "half percentage point": ("percent", "point"),
    "percentage-point": ("percent", "point"), "basis-point": ("percent", "basis point"), "pc": ("percent", "percent"),
    "pp": ("percent", "point"), "ppt": ("percent", "point"),
    "points": ("percent", "point"), "point": ("percent", "point"),  # only in a poll's or a share's sentence: POINT_CUES
    "basis points": ("percent", "basis point"), "basis point": ("percent", "basis point"), "bps": ("percent", "basis point"),
    "years": ("duration", "year"), "year": ("duration", "year"), "months": ("duration", "month"),
    "month": ("duration", "month"), "weeks": ("duration", "week"), "week": ("duration", "week"),
    "days": ("duration", "day"), "day": ("duration", "day"), "hours": ("duration", "hour"),
    "hour": ("duration", "hour"), "minutes": ("duration", "minute"), "minute": ("duration", "minute"),
    "hrs": ("duration", "hour"), "hr": ("duration", "hour"), "mins": ("duration", "minute"), "min": ("duration", "minute"),
    "seconds": ("duration", "second"), "second": ("duration", "second"), "secs": ("duration", "second"), "sec": ("duration", "second"),
    "decades": ("duration", "decade"), "decade": ("duration", "decade"), "yrs": ("duration", "year"), "yr": ("duration", "year"),
    "fortnights": ("duration", "week"), "fortnight": ("duration", "week"),
    "barrels": ("quantity", "barrel"), "barrel": ("quantity", "barrel"), "bpd": ("quantity", "barrel/day"),
    "barrels per day": ("quantity", "barrel/day"), "barrels a day": ("quantity", "barrel/day"),  # ("barrels of oil a day": barrels of oil)
    "tons": ("quantity", "ton"), "ton": ("quantity", "ton"), "tonnes": ("quantity", "ton"), "tonne": ("quantity", "ton"),
    "kilograms": ("quantity", "kg"), "kilogram": ("quantity", "kg"), "kg": ("quantity", "kg"),
    "kilos": ("quantity", "kg"), "kilo": ("quantity", "kg"), "k.g.": ("quantity", "kg"),
    "grams": ("quantity", "g"), "gram": ("quantity", "g"), "g": ("quantity", "g"), "milligrams": ("quantity", "mg"), "mg": ("quantity", "mg"),
    "milligram": ("quantity", "mg"), "micrograms": ("quantity", "µg"), "microgram": ("quantity", "µg"), "mcg": ("quantity", "µg"),
    "milliliters": ("quantity", "ml"), "millilitres": ("quantity", "ml"), "milliliter": ("quantity", "ml"), "millilitre": ("quantity", "ml"),
    "ml": ("quantity", "ml"), "mL": ("quantity", "ml"), "IU": ("quantity", "IU"),  # a dose: "a 10-milligram dose", "5,000 IU of vitamin D"
    "pounds": ("quantity", "lb"), "pound": ("quantity", "lb"),
    "lbs": ("quantity", "lb"), "lb": ("quantity", "lb"), "ounces": ("quantity", "oz"), "ounce": ("quantity", "oz"), "oz": ("quantity", "oz"),
    "kilometres": ("quantity", "km"), "kilometers": ("quantity", "km"), "kilometre": ("quantity", "km"),
    "kilometer": ("quantity", "km"), "km": ("quantity", "km"), "miles": ("quantity", "mile"), "mile": ("quantity", "mile"),
    "light-years": ("quantity", "light-year"), "light-year": ("quantity", "light-year"), "light years": ("quantity", "light-year"),
    "metres": ("quantity", "m"), "meters": ("quantity", "m"), "feet": ("quantity", "ft"),
    "square feet": ("quantity", "sq ft"), "square metres": ("quantity", "m²"), "square meters": ("quantity", "m²"),
    "sq ft": ("quantity", "sq ft"), "sq. ft.": ("quantity", "sq ft"), "sq m": ("quantity", "m²"), "sq km": ("quantity", "km²"), "sq mi": ("quantity", "sq mi"),
    "acres": ("quantity", "acre"), "hectares": ("quantity", "ha"), "litres": ("quantity", "l"), "liters": ("quantity", "l"),
    "degrees celsius": ("quantity", "°C"), "degrees fahrenheit": ("quantity", "°F"), "degrees": ("quantity", "degree"),
    "°C": ("quantity", "°C"), "°F": ("quantity", "°F"), "C": ("quantity", "°C"), "F": ("quantity", "°F"),  # "45C (113F)"
    "gallons": ("quantity", "gallon"), "megawatts": ("quantity", "MW"), "MW": ("quantity", "MW"), "gigawatts": ("quantity", "GW"),
    "kW": ("quantity", "kW"), "kilowatts": ("quantity", "kW"), "MWh": ("quantity", "MWh"), "GWh": ("quantity", "GWh"),
    "TWh": ("quantity", "TWh"), "metre": ("quantity", "m"), "meter": ("quantity", "m"), "litre": ("quantity", "l"),
    "liter": ("quantity", "l"), "centimetres": ("quantity", "cm"), "centimeters": ("quantity", "cm"), "cm": ("quantity", "cm"),
    "millimetres": ("quantity", "mm"), "millimeters": ("quantity", "mm"), "mm": ("quantity", "mm"), "inches": ("quantity", "in"), "inch": ("quantity", "in"),
    "yards": ("quantity", "yd"), "mph": ("quantity", "mph"), "km/h": ("quantity", "km/h"), "square kilometres": ("quantity", "km²"),
    "square kilometers": ("quantity", "km²"), "square miles": ("quantity", "sq mi"), "cubic metres": ("quantity", "m³"),
    "cubic meters": ("quantity", "m³"), "metric tons": ("quantity", "ton"), "bushels": ("quantity", "bushel"),
    "GW": ("quantity", "GW"), "kWh": ("quantity", "kWh"), "cups": ("quantity", "cup"), "cup": ("quantity", "cup"),
    "gigawatt": ("quantity", "GW"), "megawatt": ("quantity", "MW"), "kilowatt": ("quantity", "kW"),
    "miles per hour": ("quantity", "mph"), "miles an hour": ("quantity", "mph"), "kilometres per hour": ("quantity", "km/h"),
    "kilometers per hour": ("quantity", "km/h"), "km per hour": ("quantity", "km/h"), "kph": ("quantity", "km/h"),
    "terabytes": ("quantity", "TB"), "terabyte": ("quantity", "TB"), "gigabytes": ("quantity", "GB"), "gigabyte": ("quantity", "GB"),
    "megabytes": ("quantity", "MB"), "megabyte": ("quantity", "MB"), "petabytes": ("quantity", "PB"),
    "TB": ("quantity", "TB"), "GB": ("quantity", "GB"), "MB": ("quantity", "MB"), "watts": ("quantity", "W"), "watt": ("quantity", "W"),
    "megabits per second": ("quantity", "Mbps"), "gigabits per second": ("quantity", "Gbps"), "Mbps": ("quantity", "Mbps"),
    "Gbps": ("quantity", "Gbps"), "megabits": ("quantity", "Mb"), "gigabits": ("quantity", "Gb"), "mAh": ("quantity", "mAh"),
    "Hz": ("quantity", "Hz"), "kHz": ("quantity", "kHz"), "MHz": ("quantity", "MHz"), "GHz": ("quantity", "GHz"),
    "kilowatt-hours": ("quantity", "kWh"), "kilowatt hours": ("quantity", "kWh"), "kilowatt-hour": ("quantity", "kWh"), "kilowatt hour": ("quantity", "kWh"),
    "megawatt-hours": ("quantity", "MWh"), "megawatt hours": ("quantity", "MWh"), "megawatt-hour": ("quantity", "MWh"), "megawatt hour": ("quantity", "MWh"),
    "gigawatt-hours": ("quantity", "GWh"), "gigawatt hours": ("quantity", "GWh"), "gigawatt-hour": ("quantity", "GWh"), "gigawatt hour": ("quantity", "GWh"),
    "terawatt-hours": ("quantity", "TWh"), "terawatt hours": ("quantity", "TWh"), "terawatt-hour": ("quantity", "TWh"), "terawatt hour": ("quantity", "TWh"),
    "knots": ("quantity", "knot"), "nautical miles": ("quantity", "nautical mile"),
    # the singular a size before a noun takes ("a 2,500-acre fire", "a 1,200-square-foot home", "a 40-foot container")
    "acre": ("quantity", "acre"), "hectare": ("quantity", "ha"), "foot": ("quantity", "ft"), "yard": ("quantity", "yd"),
    "gallon": ("quantity", "gallon"), "bushel": ("quantity", "bushel"), "square foot": ("quantity", "sq ft"),
    "square-foot": ("quantity", "sq ft"), "square mile": ("quantity", "sq mi"), "square-mile": ("quantity", "sq mi"),
    "square metre": ("quantity", "m²"), "square-metre": ("quantity", "m²"), "square meter": ("quantity", "m²"),
    "square-meter": ("quantity", "m²"), "square kilometre": ("quantity", "km²"), "square-kilometre": ("quantity", "km²"),
    "square kilometer": ("quantity", "km²"), "square-kilometer": ("quantity", "km²"),
    "short tons": ("quantity", "short ton"), "short ton": ("quantity", "short ton"), "metric ton": ("quantity", "ton"),
    "magnitude": ("quantity", "magnitude"),  # "a 7.5 magnitude quake", "a 6.1-magnitude earthquake"
    "megapixels": ("quantity", "MP"), "megapixel": ("quantity", "MP"), "frames per second": ("quantity", "fps"), "fps": ("quantity", "fps"),
}
# A word right before a bare decimal number that names its scale: an earthquake's magnitude ("a
# magnitude 7.5 earthquake"; after the number, "a 6.8-magnitude quake", it is a unit of UNITS).
SCALE_BEFORE = {"magnitude": "magnitude"}
# A length glued to its number before one of these nouns is the size that names a kind: a
# calibre ("a 9mm handgun", "155mm artillery shells"), a film's format ("35mm film"); no quantity.
SIZE_UNITS = ("mm",)
SIZE_NAMED = (
    "handgun", "handguns", "pistol", "pistols", "rifle", "rifles", "gun", "guns", "round", "rounds", "ammunition",
    "ammo", "bullet", "bullets", "shell", "shells", "cartridge", "cartridges", "casing", "casings", "artillery",
    "howitzer", "howitzers", "mortar", "mortars", "cannon", "cannons", "semi-automatic", "semiautomatic", "machine",
    "caliber", "calibre", "film", "films", "camera", "cameras", "lens", "lenses",
)
# Currency codes that glued to a number name a thing, no money: "COP30", "COP28" are UN
# climate conferences (Colombian pesos are written "COP 5,000" or "5,000 pesos").
GLUED_CODE_NAMES = ("COP",)
# Units of at most three letters are matched in the case written here ("5G" is not grams).
# Units counted in a part or a multiple of the unit they stand for: money in hundredths
# ("74.27 U.S. cents" is 0.7427 USD, "5p" 0.05 GBP), a rate move in parts of a point.
UNIT_FACTORS = {
    "cents": 0.01, "cent": 0.01, "pence": 0.01, "p": 0.01, "u.s. cents": 0.01, "us cents": 0.01, "euro cents": 0.01,
    "fortnights": 2, "fortnight": 2, "quarter-point": 0.25, "quarter point": 0.25, "half-point": 0.5, "half point": 0.5,
    "three-quarter-point": 0.75, "three-quarter point": 0.75, "quarter-percentage-point": 0.25, "half-percentage-point": 0.5,
    "quarter percentage point": 0.25, "half percentage point": 0.5,
}
# Units read only glued to their number ("5p", "99p"; not "page 5 p"), and the numbers
# they never follow: "1080p", "720p" are video resolutions.
GLUED_UNITS = {"p": (144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320)}
# Units that are money after a word of paying ("a fine of 5,000 pounds", "paid 2 million
# pounds for it"; not "2 million pounds of beef"): the currency, and those words.
MONEY_READINGS = {"pounds": "GBP", "pound": "GBP"}
# "Points" alone are percentage points only in a sentence about a poll, a vote, a rate or a
# share ("Harris gained 3 points among women, the poll showed", "approval fell 4 points to
# 38%", "the jobless rate rose half a point"), an election's margin ("won the state by 3
# points", "the Democrat leads by 4 points"), and not where the sentence tells a game, a score
# or an index ("scored 30 points", "the Dow fell 300 points, or 0.8%", "a credit score 50
# points higher"), or a list ("a five-point plan to curb inflation"): such points are no fact. The units read so, a sentence's words (or sign)
# that show the share, and those that show the game or the index.
CUED_UNITS = ("points", "point")
POINT_CUES = (
    "poll", "polls", "polling", "pollster", "pollsters", "survey", "surveys", "surveyed", "approval", "voters",
    "vote", "votes", "ballot", "ballots", "electorate", "share", "%", "percent", "per cent", "percentage",
    "rate", "rates", "unemployment", "inflation", "yield", "yields", "margin",
    "election", "elections", "electoral", "primaries", "caucus", "caucuses", "candidate", "candidates", "nominee",
    "incumbent", "Democrat", "Democrats", "Democratic", "Republican", "Republicans", "GOP", "constituency",
    "precinct", "precincts", "the state by", "the district by", "the county by", "the seat by", "the primary by",
)
# Before "one point" (the unit in the singular), a moment, no amount: "at one point the yield
# touched 5%".
POINT_MOMENT_BEFORE = ("at",)
# Where the sentence tells an index and no game nor list (INDEX_POINT_CUES, and no word of
# POINT_VETOES but those), points are an index's: a quantity of unit "index point" ("the Dow
# fell 412.5 points, or 1.1%", "the FTSE 100 hit a record 8,213.49 points", "the Kospi rose 12.5
# points"; the level after "to" has no unit written: "fell 42.5 points to 5,100" gives the move only).
INDEX_POINT_CUES = (
    "index", "indexes", "indices", "Dow", "Nasdaq", "S&P", "FTSE", "Kospi", "Kosdaq", "Nikkei", "Topix", "DAX",
    "CAC", "Hang Seng", "Stoxx", "Sensex", "Nifty", "benchmark", "PMI", "confidence", "sentiment",
)
# ... and no word of a rate or a poll, whose points they may be as well ("the S&P 500 rose 1% as
# the 10-year yield rose 5 points": no fact).
INDEX_POINT_VETOES = (
    "yield", "yields", "rate", "rates", "poll", "polls", "polling", "survey", "surveys", "approval", "voters", "vote",
    "votes", "ballot", "election", "elections", "unemployment", "inflation", "candidate", "candidates",
)
# ... and no stock named after the last index before the number: its points are the stock's
# ("Apple shares lost 5 points while the Nasdaq rose 1%": no fact; "Apple shares fell 3% as
# the Nasdaq lost 120 points" is the index's).
INDEX_POINT_STOCKS = ("shares", "stock", "stocks")
INDEX_POINT_UNIT = "index point"  # as Korean's "85.3포인트" (a percentage point is a percent of unit "point")
# A bare number before one of these and a currency is an exchange rate: money in the currency
# the sentence names before it ("the won traded at 1,382.5 per dollar": 1382.5 KRW; "India's
# rupee hit a record low of 83.57 against the dollar": INR), none when it names none.
EXCHANGE_RATE_PER = ("per", "to the", "against the")
POINT_VETOES = (
    "score", "scores", "scored", "scoring", "scorer", "rebounds", "assists", "game", "games", "match", "halftime",
    "season", "goals", "innings", *INDEX_POINT_CUES,
    "IQ", "licence", "license", "penalty", "plan", "plans", "programme", "program", "agenda", "proposal",
    "scale",
)
MONEY_CUES = (
    "paid", "pay", "pays", "paying", "fine", "fined", "cost", "costs", "costing", "worth", "price",
    "priced", "spent", "spend", "spending", "fee", "fees", "salary", "wage", "wages", "raised", "raise",
    "earn", "earned", "earns", "invest", "invested", "investment", "fund", "funding", "donated", "budget",
    "bill", "damages", "compensation", "bonus", "deal", "loan", "debt", "sold", "bought", "charge", "charged",
    "loss", "losses", "profit", "profits", "revenue", "revenues", "turnover", "tax", "taxes", "rent", "grant", "owed",
    "fare", "fares", "ticket", "tickets", "starting at", "start at", "starts at",
)
# ... or after a scale of millions: "set aside 1.1 billion pounds for bad loans", "rising to 50
# million pounds" (weights that large are of something: "2 million pounds of beef").
MONEY_READING_SCALES = ("million", "billion", "trillion", "m", "mn", "bn", "tn")
# ... or before a period it is paid by: "rents averaged 2,250 pounds a month", "earns 600
# pounds a week" (a weight is seldom given by the week or the month).
MONEY_READING_RATES = (" a week", " a month", " a year", " an hour", " per week", " per month", " per year", " per hour", " per annum")
# ... or in a sentence that names a price before them and no weight: "the average price of a
# home rose 1.2% to 285,000 pounds", "house prices averaged 290,000 pounds" (not "the price of
# beef rose as the steer weighed 1,200 pounds").
PRICE_WORDS = (
    "price", "prices", "valued", "valuation", "salary", "salaries", "wages", "earnings", "income", "ticket", "tickets",
    "fare", "fares", "fee", "fees", "rent", "rents", "bill", "bills",
)
WEIGHT_WORDS = ("weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "lift", "lifted", "lifts")
# Of those, the verbs that take whom it costs before the amount: "cost the average household
# 300 pounds a year", "charged each fan 40 pounds", "paid him 2 million pounds" (a determiner
# and up to two words, none ending in -ing, or a pronoun; not "spent the day carrying 50 pounds").
MONEY_CUE_OBJECTS = (
    ("cost", "costs", "costing", "charge", "charges", "charged", "charging", "owe", "owes", "owed", "paid", "pay",
     "pays", "fined", "save", "saves", "saved"),
    r"(?:(?:the|each|every|a|an|its|their|his|her|our|your)\W+(?:[a-z]+(?<!ing)\W+){0,2}|(?:him|her|them|us|me|you)\W+)",
)
# A plural noun after a number is what it counts ("3,000 workers"); these words are not.
NOT_COUNTED = (
    "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "is", "was",
    "are", "were", "has", "had", "its", "his", "hers", "theirs", "this", "these", "those",
    "times", "ago", "s", "years", "months", "days", "weeks", "hours", "minutes", "seconds",
    "ones", "less", "plus", "minus", "points", "tenths", "hundredths", "thousandths",  # "by five thousandths of a second"
    "that", "which", "who", "whom", "whose", "it", "they", "he", "she", "we", "say", "says", "said", "be", "been",
    "have", "will", "would", "can", "could", "do", "does", "did", "not",  # "eight that submitted proposals", "2 in 10 say it describes"
    "hundreds", "thousands", "millions", "billions", "dozens",  # "the two pour millions of dollars"
    # a preposition or a conjunction opens what follows: "the toll stood at 12 after rescuers found …"
    "after", "before", "since", "until", "than", "when", "while", "because", "if", "into", "over", "under",
    "against", "among", "between", "through", "during", "without", "within", "across", "despite", "amid", "via",
)
# A number before "of", a determiner and a count counts what that count counts, a part of it:
# "won 52 of the 99 seats", "two of its five plants", "six of their last eight games"; so
# without the determiner when the whole is over PART_OF_SHARE_UP_TO ("24 of 30 drones were
# shot down"; not "3 of 4 voters", "7 of 10 adults": a share).
PART_OF = ("of",)
PART_OF_DETERMINERS = ("the", "its", "their", "his", "her", "our", "your", "these", "those")
PART_OF_SHARE_UP_TO = 10
# ... or an owner in the possessive: "3 of the team's 5 goals", "two of Apple's four plants".
PART_OF_OWNER = r"(?:the[ \t]+)?[A-Za-z][\w.&-]*['’]s"
PART_OF_ORDERS = ("last", "first", "past", "previous", "top")
# "1.2 million barrels of oil": after "of", what is measured — unless it is one of these.
NOT_MEASURED = ("the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "which", "what", "whom")
# After "of", words that describe what is measured, read past to its noun when one follows:
# "tonnes of green hydrogen", "2 kg of pure cocaine", "500 tonnes of organic wheat", "cubic
# metres of liquefied natural gas" (with the endings of such words; not before a word of
# MEASURED_AFTER, NOT_COUNTED or NOT_MEASURED: "tonnes of metal a year", "litres of chemical per day").
MEASURED_MODIFIERS = (
    "green", "blue", "grey", "gray", "brown", "black", "white", "red", "yellow", "raw", "crude", "fresh", "pure",
    "dry", "wet", "liquid", "solid", "clean", "dirty", "heavy", "light", "fine", "low-grade", "high-grade",
    "weapons-grade", "frozen", "spent", "used", "illegal", "illicit", "contraband", "counterfeit", "fake", "rough",
    "free", "extra", "additional", "new",
)
MEASURED_MODIFIER_ENDINGS = ("ed", "al", "ic", "ous", "ive", "ly", "ing", "ar")  # "liquefied", "natural", "organic", "hazardous", "radioactive", "highly", "cooking", "lunar"
# ... and after the word so reached, a noun that heads a compound with it, the thing measured
# ("5GB of cloud storage", "gallons of jet fuel", "tonnes of iron ore", "tonnes of food aid").
MEASURED_HEADS = ("storage", "fuel", "oil", "gas", "water", "waste", "aid", "ore", "feed", "space", "data", "power", "grain", "meat", "oilseed", "debris", "capacity", "generation")
MEASURED_AFTER = ("a", "an", "per", "each", "every", "last", "next", "this", "annually", "equivalent", "daily", "yearly", "monthly", "weekly")
# Before a number, a noun that names a thing by it ("type 2 diabetes patients", "Phase 3
# trials", "room 101 guests", "Section 230 protections"): no count.
NUMBER_NAMERS = (
    "type", "phase", "stage", "level", "grade", "category", "class", "section", "article", "chapter",
    "title", "amendment", "proposition", "room", "route", "highway", "interstate", "gate", "platform",
    "row", "seat", "number", "no.", "version", "model", "tier", "channel", "flight", "bus", "exit",
    "apartment", "floor", "district", "ward", "precinct", "figure", "table", "page", "track", "episode",
    "season", "volume", "issue", "part", "act", "scene", "step", "week", "day", "round", "game",
)
# Numbers that name an emergency line before a noun of its service, no count: "911 calls",
# "999 calls", "112 operators" (not "hired 112 workers").
SERVICE_NUMBERS = ("911", "999", "112")
SERVICE_NOUNS = ("calls", "callers", "dispatchers", "operators", "centers", "centres", "lines", "services", "systems", "recordings", "tapes")
# The words that may open a sentence before a count in digits ("The 14 companies", "All 14
# companies", "With 6 million"): any other capitalised word there is a name with its number
# ("iPhone 15 users reported …", "Windows 11 users can …", "Thunderbolt 3 docks start at …").
COUNT_OPENERS = (
    "the", "a", "an", "all", "another", "these", "those", "this", "that", "its", "his", "her", "their", "our",
    "my", "your", "only", "just", "some", "both", "each", "every", "of", "in", "for", "with", "from", "by",
    "at", "on", "after", "before", "among", "including", "and", "but", "so", "when", "while", "since", "until",
    "now", "then", "still", "even", "also", "as", "if", "last", "first", "next", "nearly", "almost",
)
# Around a count, the word that makes it a rate's, no count: after it, the rate's base ("12.4
# cases per 100,000 people"); before it and a number, the rate ("30 deaths per 1,000 births").
RATE_BASE_BEFORE = ("per",)
# A capitalised plural with one of these endings is people a count counts ("1 million Americans",
# "five Republicans", "350,000 Teamsters", "about 1,200 Israelis"); other capitalised words after a number are a
# headline's or a name's ("5 Tips to Enjoy Game Day", "10 Things in Tech").
PEOPLE_ENDINGS = ("ans", "ats", "ists", "ites", "ons", "ers", "urs", "is", "ines")  # "is": "Israelis", "Iraqis", "Pakistanis"; "ines": "Marines", "Argentines"
# Words that name a model after its number: the number before is the model's, no count ("The 737
# MAX jets were grounded", "the 787 Dreamliners"); a count before it counts the plural after the
# name ("12 737 MAX jets", "five 787 Dreamliners").
MODEL_NAMES = ("max", "dreamliner", "dreamliners", "neo")  # lower case
# Nouns ending in -s that name a kind before the counted plural, after a word of their own
# ("1,312 new measles cases", "263 daily news organizations"; a plural there is the head: "three
# ad units results in", "two free throws moments later"). Right after the number, any such word
# does ("15 news sites", "two sports cars").
MODIFIERS_IN_S = ("news", "sports", "measles", "mumps", "rabies", "diabetes", "series", "species", "arms", "sales", "goods", "electronics", "politics", "economics", "physics", "athletics", "gymnastics")
# Plural nouns without a final -s.
IRREGULAR_PLURALS = ("people", "children", "men", "women", "staff", "crew", "police", "personnel", "cattle", "sheep", "fish")
# A noun of one of a herd, "of" and a noun after a number count that noun: "1.3 million head of cattle".
COUNT_HEADS = ("head",)
# A bare number after one of these nouns of a group and "of" counts the group's members: "a
# crew of 1,200", "a workforce of 4,000", "a population of 8 million", "a herd of 40"; so does
# one after a winner's margin, its votes or points ("won by a margin of 21,313").
GROUPS_OF = (
    "crew", "staff", "workforce", "population", "army", "garrison", "crowd", "audience", "team", "membership",
    "electorate", "congregation", "herd", "flock", "fleet", "convoy", "contingent", "delegation", "squad", "margin",
)
# ... but not a number with a second after it, a tally ("by a margin of 52 to 48", "218-214").
GROUPS_TALLY_AFTER = r"[-–]\d| to \d"
# Adjectives that stand for people right after a toll's number ("left 1,000 dead", "at least 30
# injured"); after a plural they describe it ("2 people injured": people are counted).
TOLL_ADJECTIVES = ("dead", "injured", "wounded", "missing")
# A bare number after a toll and its verb counts the dead: "the death toll rose to 236", "the
# toll from the quake stood at 1,200", "raised the toll to 57" (TOLL_WORD: the quick test).
TOLL_WORD = "toll"
# A bare number right after a verb of harm, flight or arrest counts the people it befell: "the
# attack killed 38", "the floods displaced 1.2 million", "police arrested 12" (amounts._amount).
TOLL_VERBS = (
    "killed", "killing", "kills", "injured", "injuring", "wounded", "wounding", "displaced", "evacuated",
    "arrested", "detained", "rescued", "hospitalized", "hospitalised", "sickened", "infected",
)
TOLL_BEFORE = r"\btoll\s+(?:[a-z]+\s+){0,4}?(?:to|at|of|is|was|reached|hit|passed|topped|neared|exceeded)\s+$"
# A bare number after "the number of" its plural and a verb counts that plural: "the number of
# cases doubled to 4,400", "the number of people who lost their jobs rose by 12,000", "the
# number of migrants stood at 3,100" (NUMBER_OF_WORD: the quick test; "what": the words after "of").
NUMBER_OF_WORD = "number of"
NUMBER_OF_BEFORE = (
    r"\b[Nn]umber\s+of\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:[^\s.;:!?]+\s+){0,6}?"
    r"(?:to|at|by|of|is|was|were|reached|hit|passed|topped|neared|exceeded|totalled|totaled)\s+$"
)
# A bare number after a plural and a verb of change or of reaching counts that plural: "Jobless
# claims rose by 13,000 to 231,000", "Overdose deaths fell 3% to 107,543", "Cases doubled to
# 4,400", "Arrests stood at 1,020"; maybe with a phrase after the plural, opened by one of
# SUBJECT_PHRASE_OPENERS ("Deaths from overdoses topped 107,000", "Downloads of the game topped
# 10 million"). Between the verb and the number: maybe the size of the change ("by 13,000", "3%",
# "12 percent": SUBJECT_CHANGE_WORDS) and one of SUBJECT_COUNT_LAST, which the text before such a
# number ends with, or the verb (the quick test).
SUBJECT_COUNT_VERBS = frozenset({
    "rose", "fell", "climbed", "jumped", "dropped", "declined", "increased", "decreased", "doubled", "tripled",
    "quadrupled", "halved", "soared", "surged", "plunged", "plummeted", "slipped", "grew", "dipped", "edged",
    "ticked", "topped", "reached", "hit", "totalled", "totaled", "exceeded", "surpassed", "passed", "neared",
    "stood", "numbered", "hovered", "swelled", "shrank", "slumped", "spiked",
})
# ... or a singular noun that names a number of people ("Attendance reached 74,512", "Enrollment
# fell 4% to 12,400", "Ridership topped 1.2 million"): the noun is what is counted.
SUBJECT_COUNT_NOUNS = (
    "attendance", "enrollment", "enrolment", "turnout", "ridership", "membership", "headcount", "viewership",
    "readership", "population", "crowd", "workforce",
)
SUBJECT_VERB_PARTICLES = ("up", "down")
SUBJECT_COUNT_AUXILIARIES = ("have", "has", "had")
SUBJECT_CHANGE_WORDS = ("percent", "cent", "million", "billion")
SUBJECT_PHRASE_OPENERS = ("of", "from", "in", "among", "at", "for", "on")
SUBJECT_COUNT_LAST = ("to", "at", "by")
SUBJECT_COUNT_ENDS = tuple(sorted({*SUBJECT_COUNT_LAST, *SUBJECT_COUNT_VERBS}))
# ... but not a plural that names a level, an amount or a measure, no things: "Prices rose to
# 4,400", "Shares closed at 245", "Temperatures hit 42", "Exports rose to 1.2 million".
SUBJECT_NOT_COUNTED = (
    "prices", "shares", "stocks", "equities", "yields", "rates", "futures", "bonds", "temperatures", "costs", "values",
    "valuations", "earnings", "revenues", "profits", "sales", "wages", "salaries", "incomes", "rents", "scores",
    "ratings", "levels", "readings", "exports", "imports", "odds", "margins", "premiums", "fees", "bills", "taxes",
    "tariffs", "fares", "savings", "assets", "deposits", "reserves", "loans", "payments", "funds", "indexes",
    "indices", "averages", "estimates", "forecasts", "figures", "totals", "balances", "returns", "gains", "losses",
    "stakes", "holdings", "volumes", "expenses", "budgets", "debts", "spreads", "bids", "offers",
    "highs", "lows", "winds", "gusts", "speeds", "depths", "heights", "weights", "distances",
    "numbers", "counts", "tallies", "amounts", "sums", "proceeds", "dividends", "subsidies",
    "benefits", "pensions", "bonuses", "markets", "currencies", "points", "hours", "minutes", "seconds",
    "emissions", "inventories", "stockpiles", "supplies", "inflows", "outflows", "flows", "receipts", "takings",
)
APPROX_BEFORE = ("about", "around", "roughly", "approximately", "nearly", "almost", "some", "an estimated", "close to", "circa", "~")
APPROX_INSIDE: tuple[str, ...] = ()
APPROX_AFTER = ("or so",)
QUALIFIERS_BEFORE = {
    "more than": "more than", "over": "more than", "above": "more than", "exceeding": "more than",
    "at least": "at least", "no less than": "at least", "up to": "at most", "at most": "at most",
    "no more than": "at most", "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than",
}
# After these verbs a qualifier's first word is the verb's particle, not a bound: "the rate
# ticked up to 4.2%" (it rose to 4.2%; "could rise up to 5%" is at most 5%), "handed over
# $5 million" (gave it). Verbs that also take "up to" as a bound ("could go up to $100",
# "will pick up to four finalists") only in the past.
QUALIFIER_PARTICLE_VERBS = {
    "up to": (
        "tick", "ticks", "ticked", "ticking", "edge", "edges", "edged", "edging", "creep", "creeps", "crept",
        "creeping", "inch", "inches", "inched", "inching", "revise", "revises", "revised", "revising", "bump",
        "bumps", "bumped", "bumping", "mark", "marks", "marked", "marking", "went", "gone", "moved", "shot",
        "ramped",
    ),
    "over": (
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs", "signed",
        "signing", "fork", "forks", "forked", "forking", "carry", "carries", "carried", "carrying",
    ),
}
# "over" before a duration is no bound where the duration is the span an amount right before
# it is spread across ("worth $1.2tn over 10 years", "rose 5% over three years"); "lived there
# for over 50 years", "after over 80 days of talks" are more than that.
SPAN_QUALIFIERS = ("over",)
# Nor is it where the amount is earlier in the clause ("will invest $3.2 billion in Sweden over
# two years"), unless one of these stands before "over": "has paid $2 million in rent for over
# two years" is more than two years.
SPAN_BOUND_AFTER = ("for", "in", "after", "of", "than", "within", "lasting", "taking", "took", "spanning", "since")
# Right after a plural noun, these before a number with nothing counted bound the noun's age or
# size, no count: "children under 5", "adults over 65" (not "kills at least 7").
NOUN_BOUNDS = ("under", "over", "above", "below")
QUALIFIERS_AFTER = {"or more": "at least", "or less": "at most", "or fewer": "at most", "plus": "at least", "-plus": "at least"}
# Of those, the words that after an amount with its unit and before a word add that word's
# amount, no bound: "$100,000 plus bonuses", "100 million euros plus add-ons", "$100 plus tax"
# (but "50 plus people", "a 1 million-plus audience", "$100 plus." are at least so much).
ADDITION_AFTER = ("plus",)
RANGE_SEPARATORS = ("-", "–", "to", "or")
# "between 10 and 20 dollars", "from 10 to 20 dollars": an opening word and its separator.
RANGE_OPENERS = {"between": "and", "from": "to"}
# After a verb of change, "X to Y" is a change and a level, not a range: "Oil rose $1.20 to
# $85.40", "Profit fell 10% to $5 billion".
CHANGE_VERBS = (
    "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "climbed", "climbs", "jumped", "jumps",
    "gained", "gains", "lost", "loses", "dropped", "drops", "slipped", "slips", "slid", "declined", "declines",
    "increased", "increases", "decreased", "decreases", "grew", "grows", "added", "adds", "shed", "sheds",
    "surged", "surges", "soared", "soars", "tumbled", "tumbles", "plunged", "plunges", "edged", "advanced",
    "up", "down", "rising", "falling", "increasing", "decreasing", "growing", "grown", "raised", "raising",
    "cut", "cutting", "reduced", "reducing", "lowered", "lowering", "boosted", "boosting", "doubled", "hiked",
)
# After such a verb earlier in the sentence, "from X to Y" is a change too, two levels, not a
# range: "rose by 25 percent, from 2.18 percent to 2.72 percent", "increasing intake from 15% to 30%".
CHANGE_OPENERS = ("from",)
# After a duration, the word that makes it an age ("the 47 year old", "I was 12 years old"):
# no fact.
AGE_AFTER = ("old", "olds")  # "18-24 year olds"
# After a duration joined to its number by a hyphen, the words that make it the name of a
# financial instrument, not a span of time ("the 10-year Treasury yield", "30-year bonds",
# "the 30-year mortgage rate", "three-month copper" on the metal exchange), or a level, the
# highest or lowest in that long ("hit a 10-year high", "a two-week low"): no fact.
INSTRUMENT_AFTER = (
    "treasury", "treasuries", "bond", "bonds", "note", "notes", "bill", "bills", "gilt", "gilts", "bund",
    "bunds", "yield", "yields", "swap", "swaps", "futures", "copper", "aluminium", "aluminum", "nickel", "zinc",
    "high", "highs", "low", "lows", "peak", "peaks", "trough", "mortgage", "mortgages",
)
# After a number, what makes it a time of day ("4 am shifts", "close to 2 a.m."): no amount.
CLOCK_AFTER = r"[ ]?(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b)"
# "two years and six months", "20 dollars and 43 cents": what joins the parts of one amount.
AMOUNT_JOINERS = ("and",)
# After a duration's unit, its half: "a month and a half", "an hour and a half".
HALF_AFTER = ("and a half",)

# Dates.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
# Before a date, a word that makes it recur, no one date ("every Monday", "each March"), and
# the dates listed with it ("every Tuesday and Friday", "every other Thursday"): the words
# between are names, "and", "or", "other", or a word of time ("each year May 1"). Not "every
# day in March", "each year since 2010" (a word of place or time opens the date), nor "Each
# side said Tuesday" (a subject and its verb: the date is the verb's).
RECURRING_BEFORE = frozenset(("every", "Every", "each", "Each"))
RECURRING_GAP = 3
RECURRING_BETWEEN = r"[A-Z][a-z]+,?|and|or|other|year|month|week|day|spring|summer|autumn|fall|winter"
# "the next day", "the following week" count from the story's own events, not from the
# publication date: not resolved.
DAY_WORDS = {
    "today": 0, "that day": 0, "the same day": 0, "yesterday": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
    # parts of the reference day and the night before it, as wire copy dates them
    "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1,
}
# Day words that stand for the day named last ("on Sunday … In a post the same day"): that
# day, or the reference day when the text named none before.
ANAPHORIC_DAY_WORDS = ("that day", "the same day")
# last/this/next + week, month, year, quarter or weekday.
RELATIVE_WORDS = {"last": -1, "past": -1, "this past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1}
# Of those, the ones that after "the" count their units from the reference day: "over the
# past year" is the twelve months up to it, "the last two years", "the past decade" the years up
# to it (not "last year", "past week": the calendar year, week before this one); "over the next
# two years", "the coming 12 months" the years, months on from it, as a forecast or a plan
# means them (not "next year": the calendar year after this one).
TO_TODAY_RELATIVE = ("past", "last", "next", "coming", "upcoming")
# The words of a span before "the" that let one unit count on from the reference day: "over
# the next year", "within the coming week" (not "will arrest him the next week").
TO_TODAY_SPAN = ("over", "within", "during", "in", "for", "throughout")
# Of those, the ones a count may come before: "the two past years", "2 upcoming weeks".
COUNT_FIRST = ("upcoming", "coming", "past")
# Of those, the ones that are also verbs: after a modal or "to", with a count or a plural
# unit, one says how long ("the trial will last six weeks", "expected to last months"), not
# which period ("the last six weeks"; "compared to last year" stays a date).
RELATIVE_VERBS = ("last",)
# The word before ends with one of VERB_MARKERS ("won't", "it'll").
VERB_MARKERS = ("to", "will", "would", "could", "can", "may", "might", "should", "must", "not", "n't", "'ll")
# After last/this/next: Saturday and Sunday of that week ("last weekend").
WEEKEND_UNITS = ("weekend",)
# The weekend under way, or else the one just gone (news reports the past); the coming one
# in a clause in the future tense ("talks will resume at the weekend").
LATEST_WEEKEND = ("over the weekend", "at the weekend")
# A weekday right after a present copula or a word of a start is the coming one (or today),
# as a bound's is, unless its sentence tells the past: "Stadia's launch day is Tuesday", "the
# deadline is Friday", "users can download it starting Tuesday", "effective Monday" (not
# "stores were shut starting Tuesday").
# After a date, what makes "from" before it the base of a change, no bound: "cut emissions 50%
# from 2005 levels" (as "up 12% from a year earlier").
BASELINE_AFTER = (" levels", " level")
# After a month, what makes it the coming one however the sentence is told: a futures
# contract's month ("corn for March delivery rose 3 cents" in November: next March).
DATE_COMING_AFTER = (" delivery",)
# After a date without its year, a deadline: the coming one unless its clause tells the past
# ("farmers have until the Jan. 1 deadline to sign up"; "missed the Jan. 1 deadline").
DEADLINE_AFTER = (" deadline",)
WEEKDAY_AHEAD_AFTER = ("is", "are", "starting", "beginning", "effective")
# A weekday right after these is the coming one (or today), whatever the clause's tense: what
# is done "ahead of" it waits for it ("Candidates made their final pitch ahead of Friday's
# election" in a Wednesday story).
WEEKDAY_AHEAD_BEFORE = ("ahead of ",)
# In a clause that tells the past, these count from the story's events: "The next two months
# were tough" is no date, "troops cleared barricades this weekend" (a Monday story) the weekend
# just gone.
TOLD_PAST_RELATIVE = ("next", "this")
# A line opening with a date and one of these lists a schedule (a tour's, a season's: "June 9 –
# West Palm Beach, FL"): a date without its year there is the coming one, unless the past is told.
SCHEDULE_DASHES = ("–", "—", "--", "- ")
# Decades: "the 1990s", "the 2010s", "the '90s" (two digits: the latest such decade over).
DECADE_SUFFIXES = ("s", "'s", "’s")
# A sentence opening with a year sets the year of the dates without theirs after it in its
# clause ("In 2019, the firm opened a plant on March 3": 2019-03-03), up to a verb of saying
# (not "In 2023, sales rose 5%, the company said on Feb. 14": the statement's).
YEAR_FRAME = r"In (?P<year>1[89]\d\d|20\d\d), "
YEAR_FRAME_ENDS = r"\b(?:said|says|told|announced|reported|according to)\b"
# An event named with its year, then a verb of its running, sets the year of the dates without
# theirs after the verb in the clause ("The 2024 Paris Olympics ran from July 26 to Aug. 11",
# "the 2022 World Cup, which began Nov. 20": in a 2025 story, still 2024 and 2022); not a
# thing named with a year ("the 2025 Camry started shipping in May": a model year), nor a date
# of something else done about the event ("tickets for the 2026 World Cup go on sale Sept. 10").
EVENT_YEAR_FRAME = (
    r"\b(?P<year>1[89]\d\d|20\d\d)[ \t]+(?:[\w.'’-]+[ \t]+){0,3}?"
    r"(?:Olympics|Olympic Games|Paralympics|Games|World Cup|Cup|Grand Prix|Championships?|World Series|Super Bowl"
    r"|Open|Expo|Tour|(?i:elections?|primary|primaries|caucuses|season|campaign|tournament|summit|festival|marathon|conference|census))"
    r"\b[^.;!?]*?\b(?:ran|runs|run|began|begins|begin|started|starts|start|opened|opens|closed|closes|ended|ends|concluded|concludes"
    r"|was held|were held|is held|will be held|kicked off|kicks off|kick off|took place|takes place|will take place|wrapped up|wraps up)\b"
)
# Holidays on the same day of the solar calendar wherever English is written: (month, day),
# read as that day without its year ("before Christmas", "on New Year's Eve": resolved by the
# tense as "before Dec. 25"). Holidays whose day differs by country (Thanksgiving, Labour Day,
# Independence Day) or by year (Easter) are not here: an article does not say which it means.
# Alone, each needs a word of a date before it ("on", "by", "until", "of": not "Christmas
# Day was quiet") and no noun after it ("for Christmas shopping"; ``HOLIDAY_FOLLOWERS`` may follow).
HOLIDAYS = {
    name.replace("'", q): day
    for name, day in {
        "Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26),
        "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Valentine's Day": (2, 14), "Halloween": (10, 31),
    }.items()
    for q in ("'", "’")
}
# Before a holiday's name: another calendar's holiday ("Orthodox Christmas", "Lunar New Year's Eve").
HOLIDAY_OTHER_CALENDARS = ("orthodox", "lunar", "chinese", "vietnamese", "korean", "persian", "jewish", "islamic", "hindu", "thai", "ethiopian", "coptic")
# Lower-case words that may follow a holiday's name: any other is a noun it qualifies ("Christmas
# shopping", "Halloween costumes").
HOLIDAY_FOLLOWERS = (
    "and", "or", "but", "in", "on", "at", "to", "as", "with", "this", "last", "next", "when", "while", "because",
    "after", "before", "until", "from", "for", "the", "a", "an", "is", "was", "will", "has", "had", "were", "are", "of",
)
# Before a weekday, the name of a holiday or an event, not a date ("Black Friday", "Super
# Tuesday"): holidays are not facts.
WEEKDAY_NAMERS = ("black", "cyber", "good", "ash", "super", "giving", "palm", "easter", "holy", "maundy", "shrove", "bloody")
# An article before a weekday and a capitalised word after it: a title ("The Sunday Times",
# "a Saturday Night Live sketch"), no date.
WEEKDAY_TITLE_BEFORE = ("the", "a", "an")
# Weekday abbreviations stand alone only in a full date ("Fri, Jul 18"): "The Sun" is a paper.
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun")
# "about one third": a number before these is a fraction, not a count. Each one's denominator.
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}
# A fraction that is a share of a whole is a percent fact (66.67, fraction "2/3"): a number
# before a fraction word ("two-thirds", "a third") or a word that is a fraction alone (SHARE_WORDS:
# "half", with no number: "one half of the rung" is a part), then "of" and the whole ("two-thirds
# of voters"; not "of a ...": "a quarter of a percentage point"), or a determiner after a word
# alone ("half the staff", "half its budget"). "half an hour", "a third term" and "the third
# quarter" are none.
SHARE_WORDS = {"half": (1, 2)}
SHARE_OF = ("of",)
# ... or, with no whole, after "by" and a verb of change (CHANGE_VERBS) in its clause: the size of
# the change, a share of what changed ("visitor numbers fell by a third", "cut its staff by half").
SHARE_CHANGE_BEFORE = ("by",)
SHARE_DETERMINERS = ("the", "its", "their", "his", "her", "our", "your", "all", "these", "those")
# Before a fraction, the words that make it a part in order or in space, no share ("the second
# half of", "the other half", "the top half of"); after "of", the wholes that make it a period or a member of a pair ("half of the
# year", "a third of the season", "one half of the duo"), or one thing ("of a", "of one").
NOT_SHARE_BEFORE = (
    "the", "first", "second", "final", "last", "other", "better", "latter", "former", "back", "front", "top", "bottom",
    "upper", "lower", "left", "right", "northern", "southern", "eastern", "western",
)
NOT_SHARED = (
    "a", "an", "one", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "decade", "decades",
    "century", "season", "term", "time", "game", "match", "night", "duo", "pair", "couple", "twins",
)
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1}
# Days of the month in words: "the first of March", "March second".
DAY_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}
# Month and weekday names are matched capitalised; in lower case too, except these
# (they are also common words) and abbreviations.
NOT_LOWERCASE_NAMES = ("may", "march", "sun", "sat", "wed", "mon", "jan", "mar", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "feb", "apr", "tue", "tues", "thu", "thurs", "fri")
# Numeric dates: 3/10/2021 is March 10 (month first) unless the first number is over 12.
NUMERIC_MONTH_FIRST = True
# Parts of a month or year: "early/mid/late March", "the end of 2020".
MONTH_PARTS = {
    "early": "early", "beginning of": "early", "the beginning of": "early", "start of": "early",
    "the start of": "early", "mid": "mid", "middle of": "mid", "the middle of": "mid",
    "late": "late", "end of": "late", "the end of": "late", "end-": "late",  # "end-2024", "end-March" (not "to end Saturday …")
    # of the current period only: its part before or after the reference day ("earlier this year")
    "earlier": "earlier", "later": "later",
}
PERIOD_WORDS = {"quarter": "quarter", "half": "half", "qtr": "quarter"}
# "the first nine months of 2025", "the last three months of the year": a span of a year's
# months from its start (1) or its end (-1).
MONTHS_OF_YEAR_ENDS = {"first": 1, "last": -1, "final": -1}
# After a quarter or half, what owns it when no year follows (a year would have been read with
# it): "the second half of the season", "the first half of the 1990s" are no calendar halves, and
# "Q3 FY24", "the third quarter fiscal 2024" a fiscal year's quarter.
PERIOD_OWNED_AFTER = (" of ", " FY", " fiscal")
# A quarter or half named without its year is a game's in a sentence about one (a score,
# "scored", "halftime"): "scored 24 points in the third quarter" is no date.
GAME_CONTEXT = r"\b(?:\d{1,3}-\d{1,3}|games?|match|halftime|half-time|scored|scoring|goals?|touchdowns?|innings?|fouls?|quarterback)\b"
# A part of the current month or year in one word, as business writing abbreviates it
# ("by EOY", "at the EOM"): (kind, part), as "the end of the year".
PERIOD_PARTS = {
    "EOM": ("month", "late"), "BOM": ("month", "early"), "EOY": ("year", "late"), "BOY": ("year", "early"),
    "year-end": ("year", "late"), "month-end": ("month", "late"),  # "by year-end", "at month-end"
}
# The words before a part written as a compound that make it a date ("by year-end"), not a
# noun's modifier ("year-end bonuses", "the year-end results").
COMPOUND_PART_BEFORE = ("by", "at", "until", "till", "before", "towards", "toward", "around", "near", "since", "from")
# A count of units that runs from a day: "for 10 days from 18th Dec", "18th Dec for 10 days".
LASTING = ("for",)
# After a year: its era ("in 14 a.d.", "1890 A.D."); a bare year still needs "in", "by"...
ERAS = ("AD", "A.D.", "a.d.", "CE", "C.E.")
# After a year, an era before year 1: no calendar date ("in 2014 B.C." is not 2014).
ERAS_BEFORE = ("BC", "B.C.", "b.c.", "BCE", "B.C.E.")
# A word before a date that bounds it ("by 2030"); PLAIN_BEFORE words only allow a bare year.
# "as soon as September", "as early as 2026": the earliest the date may be; "as late as
# December": the latest.
DATE_BEFORE = {
    "by": "by", "no later than": "by", "until": "by", "till": "by", "since": "from", "from": "from", "before": "before", "after": "after", "through": "by",
    "as soon as": "from", "as early as": "from", "no sooner than": "from", "no earlier than": "from", "as late as": "by",
}
# Of these, the bounds that tell the future themselves: "signaled it could cut them as soon as
# September" (a July story) is the coming September; "as early as March" may tell the past.
FUTURE_BEFORE = ("as soon as", "no sooner than")
PLAIN_BEFORE = ("in", "on", "during", "of", "for")
# A year alone after "to" is a date too where a verb of moving a date is before it in the
# clause ("would delay the first delivery of its jet to 2026", "pushed the launch back to
# 2027"; not "rose to 2030"), unless a plural noun follows it ("delay cuts to 2005 levels").
YEAR_MOVED_TO = (
    r"\b(?:delay(?:s|ed|ing)?|postpone[sd]?|postponing|defer(?:s|red|ring)?|reschedul(?:e|es|ed|ing)|"
    r"push(?:es|ed|ing)? (?:back|out)|mov(?:e|es|ed|ing)|extend(?:s|ed|ing)?)\b[^.,;!?\n]*\bto\s+$"
)
# A month or day without its year after a verb of putting off and "until" is the coming one (or
# this year's when that ended at most two weeks before the reference: dates._PUT_OFF_GRACE),
# though the clause tells the past: what was put off is still to come ("was
# remanded in custody until Dec. 14", "the hearing was adjourned until Jan. 6", "was postponed to
# Jan. 15" in November); so is a deadline given "until" a day ("the judge gave prosecutors until
# Dec. 20 to respond"; up to three words between: not "gave a speech and stayed until Dec. 2").
PUT_OFF_UNTIL = (
    r"\b(?:(?:remanded|adjourned|postponed|delayed|suspended|extended|deferred|pushed back|put off|put back|brought forward|rescheduled)\b[^.;!?\n]*\b(?:until|till|to)"
    r"|(?:gave|given|granted)(?:\s+[\w'’-]+){0,3}\s+(?:until|till))$"
)
# A year alone after a determiner is a date too before a period it names ("signed him for
# the 2025 season", "its 2024 season"; not "the 2025 budget", "the 2030 target": a name's).
YEAR_PERIOD_DETERMINERS = ("the", "its", "their", "his", "her", "our", "this", "next", "last")
YEAR_NAMED_PERIODS = ("season",)
# After these a month alone is a date too, a year alone is not ("in the year to March", "the
# 12 months to August", "prior to September"; not "a blow to May", "rose to 2030"); so after a
# verb that moves a date to it ("was postponed to March", "a pay rise backdated to September").
MONTH_ALONE_AFTER = (
    "year to", "years to", "month to", "months to", "week to", "weeks to", "quarter to", "quarters to", "prior to",
    "postponed to", "delayed to", "deferred to", "pushed back to", "put back to", "brought forward to", "backdated to",
    "rescheduled to", "adjourned to", "extended to",
)
# Before a date: it is approximate ("around next week", qualifier "around"); a bare year
# still needs "in", "by"... ("around 2000 people").
DATE_APPROX = ("around", "circa", "roughly", "approximately")
# Before a day: the week that holds it ("the week of October 7").
WEEK_OF = ("the week of",)
# Seasons (northern hemisphere, astronomical): first and last (month, day). Dates only
# with a year or a relative word: "this summer", "the summer of 2019", not "a fall in prices".
SEASONS = {
    "spring": ((3, 20), (6, 20)), "summer": ((6, 21), (9, 23)), "autumn": ((9, 23), (12, 20)),
    "fall": ((9, 23), (12, 20)), "winter": ((12, 21), (3, 20)),
}
# Between two days of one span: "July 13-15", "from the 13th to the 15th of July".
DATE_RANGE = ("-", "–", "—", "/", "to", "through", "until")
# "between 2019 and 2021": an opening word and the word between the two ends.
DATE_RANGE_OPENERS = {"between": "and"}
# "two years ago", "2 Thursdays ago" (the second Thursday before the reference date), "four
# Tuesdays from now". Not "back": "pushed the launch two weeks back".
AGO_WORDS = ("ago",)
# Before "N units ago", how near: loosely ("about a week ago": around that date) or as a bound
# ("more than two decades ago": before it; "less than a week ago": after it).
AGO_LEAD = {
    "about": "around", "around": "around", "roughly": "around", "approximately": "around", "nearly": "around",
    "almost": "around", "some": "around", "more than": "before", "over": "before", "at least": "before",
    "less than": "after", "under": "after", "fewer than": "after",
}
# Before "last year": the same part of it as the period its sentence names ("sales in the third
# quarter rose from the same period last year": last year's third quarter), as 전년 동기.
SAME_PERIOD_LEAD = ("the same period", "the same quarter", "the same month", "the same time", "the same week")
# Before "last year" ("next year"): that year's day of the reference ("This time last year,
# the index was at a record high": around the day a year back), not the whole year.
THIS_TIME_BEFORE = ("this time",)
# "a year earlier", "two months earlier": counted back from the date its sentence names before
# it, that period a year (two months) back ("revenue in the first half rose 8% from a year
# earlier": last year's first half); with none named, no date (it counts from the story's
# events, as "the next day").
EARLIER_WORDS = ("earlier",)
# "two days later", "a year later": counted on from the date its sentence names before it, as
# EARLIER_WORDS count back ("The truce began on Nov. 3 and collapsed two days later": Nov. 5);
# with none named, no date (the span stays a duration).
LATER_COUNTED = ("later",)
# What is or was expected of a date: "is unlikely", "were seen as likely", "was due" (see FUTURE_NEAREST).
_LIKELY = r"(?:(?:seen as|thought|considered|widely|highly|more|less|still) )?(?:un)?likely\b"
_EXPECTED = rf"(?:{_LIKELY}|(?:expected|due|scheduled|slated|set (?:to|for)|planned)\b)"
# A past verb of deciding or promising and its "to" tell the time of the plan, and the date after
# them is the plan's, after it: the nearer of this year's and next year's, as a future seen from
# the past (FUTURE_NEAREST: "OPEC+ agreed to raise output starting in November" in May, the
# coming November; "voted to extend the program through December"), no past (PAST_TENSE).
_PLAN_PASTS = "agreed|promised|pledged|vowed|aimed|decided|voted"
_PLAN_TO = r"(?: (?:on )?[A-Z][a-z]+day)? to\b"  # "agreed on Saturday to raise output"
# The tense of a sentence places a date written without its year ("Oct. 13", "in
# December", "the fourth quarter"): in the reference year, unless the tense marker nearest
# it in its clause (else its sentence) tells the past (PAST_TENSE) or the future
# (FUTURE_TENSE) and the same date a year before or after is nearer the reference. Pasts
# leave out participles after "be" ("will be honored", "will be held"), regular ones adjectives ("based",
# "limited") and reporting verbs ("added", "noted"; "said" is not listed either): "…is in
# October," he added; a reporting verb with an object after it is a past as any other ("The
# company posted a record loss in December", "reported a $2 billion loss", "added 50,000 jobs").
# Every marker starts with a lower-case letter: said first, the regex engine skips to those,
# where it tried the words at every position (1.5x faster).
PAST_TENSE = (
    rf"(?=[a-z])\b(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?:was(?! {_EXPECTED})|were(?! {_EXPECTED})|had|did|ago|rose|fell|grew|won(?<!\bthe won)|lost|made|took|came|went|saw|gave|began|"
    r"became|left|met|held|paid|sold|bought|built|brought|found|kept|led|ran|spent|struck|"
    r"wrote|drew|shot|fought|knew|flew|threw|stood|sent|broke|chose|spoke|drove|got|caught|"
    r"sought|sank|slid|swept|fled|"
    # a past that is a present's form too, with its object and no modal or "to" before it: "the
    # Fed cut rates in September", "rents hit a record in July" (not "a rate cut in September")
    r"(?:cut|hit|set|put)(?= (?:an?|the|its|their|his|her|our|rates?|prices?|costs?|jobs)\b| [\d$€£¥])"
    r"(?<!\bto [a-z]{3})(?<!\bwill [a-z]{3})(?<!\bwould [a-z]{3})(?<!\bcould [a-z]{3})(?<!\bcan [a-z]{3})(?<!\bmay [a-z]{3})(?<!\bmight [a-z]{3})"
    r"(?<!\bmust [a-z]{3})(?<!\bshould [a-z]{3})(?<!\bdid [a-z]{3})(?<!\bdo [a-z]{3})(?<!\bdoes [a-z]{3})(?<!n't [a-z]{3})(?<!\bnot [a-z]{3})(?<!\bhelp [a-z]{3})|"
    r"(?!(?:need|indeed|hundred|speed|feed|seed|red|bed|shed|bred|based|related|limited|"
    r"united|detailed|advanced|experienced|concerned|interested|supposed|used|expected|"
    r"scheduled|slated|planned|proposed|intended)\b)(?!(?:" + _PLAN_PASTS + ")" + _PLAN_TO + r")[a-z]+ed\b(?:(?<!\badded)(?<!\bnoted)(?<!\bstated)"
    r"(?<!\breported)(?<!\bexplained)(?<!\bargued)(?<!\bclaimed)(?<!\binsisted)(?<!\bwarned)(?<!\basked)"
    r"(?<!\breplied)(?<!\bcommented)(?<!\bsuggested)(?<!\btweeted)(?<!\bposted)"
    r"|(?= (?:(?:an?|the|its|their|his|her|our)\b|[\d$€£¥]))))\b"
)
# After a number, a street named by it: a house number, no year ("of 1909 Jolinda Drive").
HOUSE_NUMBER_AFTER = (
    r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|"
    r"Court|Ct|Place|Terrace|Highway|Hwy|Parkway|Pkwy|Way|Circle|Crescent)\b"
)
# Before a year alone, words that make it a name, no date: a school's cohort ("a member of the
# class of 2028", "the Class of 2025 graduated"; dates._date).
YEAR_NAMED_BEFORE = r"\b[Cc]lass (?:of )?$"
# A word that opens a relative clause: a past verb before it is not the verb of a date after
# it ("It launched consultations that end on Sept. 6": no past told for Sept. 6).
RELATIVE_CLAUSE = r"\b(?:that|which|who|whom|where)\b"
# A verb of planning and its "to": the date after it is the plan's, and a past verb before
# does not tell it ("Talks were expected to conclude by December", "agreed to pay by June").
PLANNED_TO = r"\b(?:expected|scheduled|due|set|slated|supposed|planned|agreed|promised|pledged|vowed|aimed|intended|decided|voted)\s+to\b"
# A modal of what may be or must be before a bare verb tells what may come ("prices could fall as
# early as March", "the deal may not close until June", "elections must be held by March", "the
# merger should close in the first quarter"), and so does a present aim ("aims to list its shares
# in March"), unless a perfect follows it ("could have closed in
# March": the past); "could not" tells a past inability as often ("could not say in March"). Not
# "would", the future of a past report: FUTURE_NEAREST.
FUTURE_TENSE = (
    r"\b(?:will|won't|shall|(?:could|(?:may|might|must|should)(?: not)?) (?!(?:have|been|had|not)\b(?! to\b))[a-z]+|(?:is|are) (?:(?:now|still|also|currently) )?(?:expected|scheduled|due|set|slated|planned)\b|(?:is|are) (?:going|planning) to|"
    r"plans? to|aims? to|intends? to|hopes? to|upcoming|later this|pending(?! since| for)|"  # "held without bail pending a hearing on June 12" (not "pending since March")
    # the present of a schedule: "the law takes effect Jan. 1", "the trial begins Monday", "early
    # voting starts Monday", "the exhibition opens Saturday", "the offer ends Sunday", "the window closes Aug. 30"
    r"(?:takes?|goes? into|comes? into) (?:effect|force)|expires|begins|starts|opens|reopens|resumes|ends|closes|concludes|wraps up|goes on sale|kicks? off|"
    # a company's calendar: "Lowe's reports earnings Wednesday", "releases its quarterly results Thursday"
    r"(?:reports|releases|posts|announces) (?:[\w-]+ ){0,3}?(?:earnings|results))\b|\w'll\b"
)
# A future that places a date by its distance alone, of this year's and next year's the
# nearer, not always after the reference as a FUTURE_TENSE marker in its clause does: the future
# seen from a past moment, a reported clause's "would" ("He said the bank would cut rates in
# March"; "would have" is a past's, and "would" with no reporting verb before it a habit or a
# condition: "In March, he would walk to work") and what was expected ("A cut in March was
# unlikely, analysts said"); the date is after that moment, not always after the reference
# ("his vow that Britain would leave the EU on Oct. 31" in November: that Oct. 31). And how
# likely something is, which may be said of a noun's date ("is likely to face questions about
# Trump's July 25 call" in November), and a forecast in the present ("said it expects revenue
# of $65 billion for the quarter ending in January" in November: the coming January). The marker
# is the group ``at``; a blank opens every match (the regex engine skips to blanks, where it
# tried the words at every character: 0.5x the cost).
FUTURE_NEAREST = (
    r"\s(?:(?:said|told|announced|confirmed|signall?ed|indicated|predicted|forecast|expected|promised|pledged|vowed|warned|"
    r"agreed|decided|hoped|believed|thought|estimated|insisted)\b[^,;:!?\n]{0,80}?\s(?=would\b(?! have\b))"
    rf"|(?=(?:was|were) {_EXPECTED}|(?:is|are) {_LIKELY}|(?:expects?|anticipates?)\b|(?:{_PLAN_PASTS}){_PLAN_TO}))(?P<at>would|was|were|is|are|expects?|anticipates?|{_PLAN_PASTS})\b"
)
# Right before a date, a reporting verb is the verb nearest it, and past: "said on Tuesday
# that it will…", "announced Oct. 13" (not "will be announced Saturday").
REPORTED_BEFORE = r"(?<!\bbe )(?<!\bbeen )\b(?:said|told|announced|added|wrote|reported|confirmed|stated|noted|tweeted)\s+$"
LATER_WORDS = ("from now", "from today", "hence")
# "the previous year (quarter, month)" counts back from the date its sentence names before
# it ("sales in 2018 rose from the previous year": 2017), else from the reference date (see
# lang/ko.py): words -> unit.
FROM_DATE_BEFORE = {"previous year": "year", "previous quarter": "quarter", "previous month": "month"}
# A month or day without its year after "until", "through", "by" in a clause not told in the
# past is the coming one ("applications are due by March 31" in May: next March): writers
# leave out next year's year (a weekday so bounded is the coming one in every language).
YEARLESS_BOUND_AHEAD = True
# A fiscal year: its word before the year ("fiscal 2023", "fiscal year 2024", "FY2023", "FY
# 2024/25") or after it ("the 2024-25 fiscal year"). Reported with ``fiscal`` True and no
# first or last day (they differ by organisation).
FISCAL_BEFORE = ("fiscal year", "fiscal", "Fiscal year", "Fiscal", "FY")
FISCAL_AFTER = ("fiscal year",)
# "Friday after next" (the second Friday from now), "the week after next".
AFTER_NEXT = ("after next",)
RELATIVE_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year", "yr": "year", "decade": "decade", "decades": "decade"}
# Labels of a byline's time stamp: a date right after one is page furniture, not a fact.
TIMESTAMP_LABELS = ("published", "updated", "posted", "last updated", "last modified", "first published")
# Abbreviations that end with a dot but not a sentence.
ABBREVIATIONS = (
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.", "col.", "lt.", "sgt.", "st.",
    "jr.", "sr.", "inc.", "corp.", "co.", "ltd.", "no.", "vs.", "etc.", "e.g.", "i.e.", "jan.", "feb.",
    "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "a.m.", "p.m.", "approx.",
)

# (end of facts part 1 section)

# ---------------------------------------------------------------------------
# facts part 2: people, roles, organisations, quote frames
# ---------------------------------------------------------------------------
# Patterns use placeholders that facts/names.py fills from this section: {word}, {name},
# {surname}, {org} (the shapes below) and {role}, {modifier}, {particle}, {type}, {suffix},
# {honorific}, {surnames}, {public}, {givenlike}, {occupation}, {field} (any word of ROLES, ROLE_MODIFIERS,
# PARTICLES, ORG_TYPE_NOUNS, ORG_SUFFIXES, HONORIFICS, SURNAMES, ORG_PUBLIC_SUFFIXES,
# GIVEN_NAMES_LIKE_PEOPLES, OCCUPATIONS, ROLE_FIELDS); so may ORG_NOT_SHAPE.
# A pattern written (anchors, pattern) is tried only where one of the words its matches
# open with stands ("said|according to", "{role}": names.Where), not at every word; with
# "{head}", only where NAME_HEAD matches.

# Shapes: a capitalised word, a personal name (given name, maybe hyphenated as "Jean-Pierre", optional initial, one or two
# family names, maybe after "van", "von der", "ten" (then the last: not "Tom Brady ten Super Bowls"), "Van Der", "De La", none of them an organisation suffix: not "Justice Department"), a family
# name, an organisation's form (up to four capitalised words).
# A word or name starts a word: "(?<![\w.][A-Z])" after its capital (a pattern that opens
# with a capital letter lets the regex engine skip the lower-case text fast). Their letters
# are read possessively ("[a-z]++"): what follows a word is never a letter of it, so the
# regex engine need not give letters back one by one when the rest fails; the particles before
# a surname are tried only after their first letters ("(?=[vdatVD])": names 1% faster).
# A middle initial, or two ("George R.R. Martin"), is no sentence's last word: a word opening a sentence does not follow it
# ("on the Xbox One X. So, a little better", "he wrote on X. The post"). A generation's suffix
# ends the name ("Ken Griffey Jr.", "Martin Luther King III"), no surname of its own.
WORD = r"[A-Z](?<![\w.][A-Z])[\w&.-]*+"
NAME = r"[A-Z](?<![\w.][A-Z])[a-zß-öø-ÿ]++(?:-[A-Z][a-zß-öø-ÿ]++)?(?: [A-Z]\.(?:[A-Z]\.)?(?! (?:So|The|A|An|It|He|She|They|We|In|On|At|But|And|Or|If|This|That|There|As|Then|Now|Yet)\b)| [B-HJ-Z](?= [A-Z][a-z]))?(?: (?:(?=[vdatVD])(?:(?:van|von|de|da|del)(?: (?:der|den|la|los))? |te[nr] (?=[A-Z][a-z]++(?! [A-Z]))|al-|(?:Van|De) (?:Der|Den|La|Los) ))?{surname}){1,2}(?: (?:Jr|Sr)\.?+(?![\w])| I(?:I{1,2}+|V)(?![\w.]))?+"
SURNAME = r"(?!(?:{suffix}|Jr|Sr)\b)(?:Mc|Mac|O['’]|De|Di|La|Le)?[A-Z][a-zß-öø-ÿ]++(?:-[A-Z]?[a-zß-öø-ÿ]++)*+"
ORG = r"{word}(?: (?:of |and (?!(?:{given}) )|& |for )?(?!(?:Former|Acting|Interim) ){word}){0,3}"  # a title word opens a new name: "in Columbia, S.C. Former Massachusetts Gov. Deval Patrick"; a given name after "and" a person's
# Where a name or organisation that the patterns below read can start: a capitalised word
# followed by another, a possessive, a bracket, a joining word or a title. Found in one
# search of the text, shared by the patterns written ("{head}", ...): most capitalised
# words (a sentence's first, a lone place) are followed by none, and are not tried.
# The space after the word is written once, not in each choice (the search 10% faster).
NAME_HEAD = r"[A-Z](?<![\w.][A-Z])(?=[\w&.-]*+(?:['’]| (?:[A-Z(]|of |and |& |for |van |de |von |da |del |ten |ter |al-|plc\b|(?:{role}) )))"
# What a name may hold before its closing word (a suffix): letters, digits, blanks, "&",
# ".", "-", apostrophes (names.Where).
NAME_RUN = r"[\w&.'’ -]*"

# What may follow a name and is not part of it (the possessive); English marks no subject.
PARTICLES = ("'s", "’s", "'", "’")
SUBJECT_PARTICLES = ()

# Words that end an organisation's name: "Goldman Sachs Group Inc.", "the Federal Reserve".
ORG_SUFFIXES = (
    "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Co", "Company", "Ltd.", "Ltd", "LLC", "PLC",
    "plc", "Plc", "AG", "SA", "SE", "NV", "AB", "ASA", "Oyj", "SpA", "GmbH", "Group", "Holdings", "Bank", "Reserve", "Ministry", "Department",
    "Agency", "Commission", "Committee", "Council", "Association", "Federation", "Union",
    "Organization", "Organisation", "University", "Institute", "Foundation", "Fund", "Authority", "Board", "Bureau", "Office",
    "Party", "Partners", "Capital", "Securities", "Motors", "Airlines", "Technologies",
    "Systems", "Electronics", "Industries", "Pharmaceuticals", "Energy", "Labs", "Lab", "Laboratory", "Laboratories", "Service",
    "Administration", "Parliament", "Assembly", "Force", "Guard", "Forces", "Senate", "Congress", "Court", "Police", "Army", "Navy",
    "Times", "Post", "Journal", "News", "Press", "Reuters", "Exchange",
    "International", "Center", "Centre", "School", "College", "Hospital", "Directorate", "Services",
    "Equities", "Chronicle", "Reporter", "Tribune", "Herald", "Gazette", "Club",
)
ORG_MIN_LEN = 2
# Capitalised words, the suffix last: Goldman Sachs Group Inc., Pacific Gas & Electric Co.,
# the Federal Reserve. "and" inside a name only before the suffix of a public body (the
# Securities and Exchange Commission, the Food and Drug Administration); before a company's
# it joins two names ("RBC and National Bank", "SpaceX and Tyvak Nano-Satellite Systems").
ORG_PUBLIC_SUFFIXES = (
    "Commission", "Administration", "Agency", "Services", "Service", "Police", "Department",
    "Committee", "Bureau", "Authority", "Council", "Institute", "Office", "Board", "Ministry",
)
# A suffixed name may run on over "of" or "for" and up to three capitalised words without a
# dot, within its sentence: "Federal Reserve Bank of New York", "Salk Institute for Biological
# Studies", "Michigan Department of Health and Human Services"; a people's possessive may open
# it ("People's Liberation Army", "Children's Hospital"). The words after "of" may hold "and"
# before the members a union or an association is of ("International Association of
# Machinists and Aerospace Workers"; not "Bank of America and Goldman Sachs").
ORG_MEMBERS = (
    "Workers", "Employees", "Engineers", "Machinists", "Teachers", "Nurses", "Pilots", "Attendants",
    "Manufacturers", "Producers", "Broadcasters", "Physicians", "Surgeons", "Scientists", "Officers",
    "Firefighters", "Journalists", "Writers", "Artists", "Retailers", "Dealers", "Professionals",
)
# Each is tried only at a name head that a suffix follows over the characters of a name
# (NAME_RUN; the public suffixes are suffixes too): most heads are followed by none. "&" may
# stand before the suffix ("JPMorgan Chase & Co"); a hyphen and a capital after it go on with a
# longer name, a newspaper's ("Pittsburgh Post-Gazette", "St. Louis Post-Dispatch", "Atlanta
# Journal-Constitution": the name's, after "Post", "Press", "Times", "Journal"; else no name), as
# "Co-op" is a word ("REI Co-op"; but "Democratic Party-controlled"). The words after "of" stop before a title and a name: "Bank of England
# Governor Andrew Bailey" is the bank's governor (not "Office of the Inspector General"). A council, committee, commission or institute may be "on" a
# field ("Council on Foreign Relations", "House Select Committee on Intelligence", "National
# Institute on Drug Abuse"), not on a day ("the Committee on Monday"). A given name after "and"
# opens a person's ("the Department of Homeland Security and Alex Azar").
_ON_FIELD = (
    r"(?:(?<=Council )|(?<=Committee )|(?<=Commission )|(?<=Institute ))on(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)
ORG_SUFFIXED = (
    ("{head}", r"(?P<org>(?:(?:People|Children|Women|Men)['’]s )?{word}(?: (?:& )?{word}){0,3} (?:& )?(?:{suffix})(?:(?:(?<=Post)|(?<=Press)|(?<=Times)|(?<=Journal))-[A-Z][a-z]++)?(?: (?:of|for|" + _ON_FIELD + r") (?:the )?[A-Z][\w&-]*+(?: (?:& )?(?!(?:{role}) [A-Z])[A-Z][\w&-]*+){0,2}"
     r"(?: and (?:[A-Z][\w&-]*+ ){0,2}(?:" + "|".join(ORG_MEMBERS) + "))?)?)(?![\\w]|-[A-Z]|(?<=Co)-)", "{suffix}"),
    ("{head}", r"(?P<org>{word}(?: (?:and |& )?{word}){0,3} (?:{public})(?: (?:of|for|" + _ON_FIELD + r") (?:the )?[A-Z][\w&-]*+(?: (?:and (?!(?:{given}) )|& )?(?!(?:{role}) [A-Z])[A-Z][\w&-]*+){0,3})?)(?![\w])", "{suffix}"),
)
# Suffixed words that name no organisation, or a suffix alone.
ORG_NOT = (
    "Oval Office", "The Office", "West Bank", "National Capital", "Office", "Board", "Lab", "Laboratory", "Court", "Group", "Party", "Post", "News", "Council", "Force",
    "College", "School", "High School", "Center", "Centre", "Hospital", "International",
    "Soviet Union",  # a state ("part of the Soviet Union"), as a country is no organisation
    "Incumbent", "Outgoing", "Embattled",  # a word before a title: "Incumbent Gov. Laura Kelly"
    "State", "County", "City", "Town", "Federal",  # a level of government before a title: "State Sen. John Lee", "County Clerk Mary Jones"
    "II", "III", "IV", "Jr", "Sr",  # a generation's suffix, the end of a person's name ("Martin Luther King III said")
)
# Last words of things that are no organisation, even with initials after them: a market's
# index, a programme, a law, a vehicle, a kind ("Kospi Index (KOSPI)", "Human Landing System
# (HLS)", "Inflation Reduction Act", "Intensive Care Units (ICUs)").
ORG_NOT_ENDINGS = (
    " Index", " Composite", " System", " Program", " Programme", " Mission", " Act", " Bill",
    " Treaty", " Rover", " Stage", " Units", " Things", " Platforms",
    "-winning", "-nominated", "-born", "-selling",  # "Oscar-winning actress Mary Steenburgen"
    "-based", "-owned", "-backed", "-run", "-led",  # an adjective alone: "chief executive of the London-based website"
)
# A name ending in "Center" or "Centre" is a venue, a place, when it is one word and that suffix
# ("Barclays Center", "Staples Center": a sponsor's arena) or a word of shows stands before the
# suffix ("Blossom Music Center", "Saratoga Performing Arts Center", "Javits Convention
# Center"); a body of research, policy or care has more words ("Pew Research Center",
# "Goddard Space Flight Center", "Tufts Medical Center").
ORG_VENUE_ENDINGS = (" Center", " Centre")
ORG_VENUE = r"[A-Z][\w&.'’-]*+ (?:(?:[A-Z][\w&.'’-]*+ )*?(?:Music|Arts|Convention|Events|Exhibition|Civic|Sports|Entertainment|Aquatic|Aquatics|Expo|Concert|Performance|Tennis|Golf|Ice) )?Cent(?:er|re)"
# Words before a name that are not part of it: "A Reuters investigation", "From The New York
# Times", "Former National Security Council adviser".
ORG_NOT_FIRST = (
    "The", "the", "A", "An", "Another", "This", "That", "These", "Those", "From", "Follow", "With", "Like",
    "Former", "Its", "His", "Her", "Their", "Our", "In", "On", "At", "By", "For", "To", "And",
    "But", "Or", "If", "When", "While", "After", "Before", "Since", "As", "Via", "About",
    "Interim", "Acting", "Deputy",  # "Interim BART Police Chief Ed Alvarez"
    "Incumbent", "Outgoing", "Embattled",  # "Incumbent Gov. Laura Kelly"
    "Key", "Several", "Many", "Some", "Most", "Both", "Each", "Every", "Other", "Such",  # "Key Security Council powers"
)
# Words of a place's name, the compass or a region's part: a name found by its context that
# opens or ends with one is a place ("director of Inner Mongolia's disease control centre", "the
# commander of Kowloon West district", "North Korea's leader"; "Western Union" has a suffix).
ORG_PLACE_WORDS = ("North", "South", "East", "West", "Inner", "Outer", "Upper", "Lower", "Greater")
# Endings of a first word that is not part of the name: "Delhi-based Council on Energy".
ORG_NOT_FIRST_ENDINGS = ("-based", "-owned", "-backed", "-run", "-led")
# A name's field after "of", "for" or "on" may be a list: "Ministry of Health, Labour and
# Welfare", "Council on Energy, Environment and Water". A name read up to its list's comma is
# cut short too (orgs._field_runs_on).
ORG_FIELD_LIST = r",(?: [A-Z][\w-]*+){1,2},? and [A-Z]"
# A name found by its context (ORG_PATTERNS) that "in" or "on" and capitalised words follow,
# then a lower-case word of the same noun phrase or a capitalised programme word, was cut short:
# those words are one name, a project's or a group's ("a researcher at the Refugees in Towns
# project", "administrator for the Refugees in Towns Project at Tufts University", "the Council on
# Energy, Environment and Water think tank"), better no organisation than a piece of one.
# Not when the word after "in" is a place, a month or a day ("an analyst at Jefferies in
# London who", orgs.cut_short), nor when a verb or a clause's word follows ("at Jefferies in
# Charlotte said"). So was one that "of" and a capitalised word follow: the pattern's words ran
# out ("executive director of the North Carolina Conference of Clerks of Superior Court"). So was
# one that lower-case words ending in a possessive follow: the name only says whose the office
# is ("a spokesperson for the Manhattan district attorney's office", "for the Texas attorney
# general's office"; no article or verb among the words: not "at Apple said the firm's").
ORG_CUT_AFTER = (
    r" (?:in|on) (?:the )?(?P<next>[A-Z][\w-]*+)(?:,? (?:and )?[A-Z][\w-]*+)*?(?: (?:Project|Program|Programme|Initiative|Campaign)\b| (?!(?:said|says|told|added|wrote|who|whose|which|that"
    r"|and|or|but|is|was|are|were|has|had|have|will|would|this|last|next|since|on|in|at|for|from|to|with|as)\b)[a-z])"
    r"| of (?:the )?[A-Z]"
    r"|(?: (?!(?:the|a|an|its|his|her|their|this|that|said|says|told|and|or|but|is|was|are|were|has|had|have|will|would|on|in|at|for|from|to|with|as|by)\b)[a-z]+){1,2}['’]s? (?=[a-z])"
)
# A name of two words in the possessive before a word of a person's kin is a person's, whatever
# its first word ("Venus Williams' husband", "Maye Musk's son"); before a word of a person's
# circle, that organisations have too ("Amazon's spokesperson", "Aston Villa's coach"), when it
# opens with a given name and its second word is none ("Taylor Swift's lawyer"; not "Morgan
# Stanley's lawyer"). orgs._possessive_people.
PERSON_KIN = (
    "husband", "wife", "ex-husband", "ex-wife", "mother", "father", "mom", "mum", "dad", "son", "sons",
    "daughter", "daughters", "brother", "brothers", "sister", "sisters", "parents", "girlfriend",
    "boyfriend", "fiancé", "fiancée", "fiance", "fiancee", "widow", "widower", "spouse", "uncle",
    "aunt", "cousin", "niece", "nephew", "grandmother", "grandfather", "grandson", "granddaughter",
    "stepfather", "stepmother", "stepson", "stepdaughter", "caddie",
)
PERSON_CIRCLE = (
    "coach", "agent", "lawyer", "lawyers", "attorney", "attorneys", "spokesperson", "spokesman",
    "spokeswoman", "publicist", "manager", "representative", "bodyguard",
)
# A name opening with a man's or a woman's given name after a word of a person's circle and
# "for" is the client's, a person's ("a lawyer for Sean Combs", "a spokesman for Elon Musk"; not
# "a spokesman for Goldman Sachs"): no organisation there (orgs._client).
ORG_CLIENT_BEFORE = r"\b(?:" + "|".join(PERSON_CIRCLE) + r")s? for $"
# Common family names (the most frequent in the US, UK and Australian censuses): a name of two
# words in the possessive before a word of a person's circle that ends in one is a person's,
# when its first word is no given name, stop word or place ("Venus Williams' coach"). Not the
# ones that end well-known names of companies ("Lockheed Martin", "Burger King", "Rolling Stone").
COMMON_SURNAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
    "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
    "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Evans",
    "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Cooper", "Peterson", "Reed",
    "Bailey", "Bell", "Kelly", "Howard", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
    "Gray", "Hughes", "Price", "Sanders", "Patel", "Myers", "Ross", "Foster", "Powell", "Jenkins", "Perry",
    "Russell", "Sullivan", "Butler", "Barnes", "Henderson", "Coleman", "Simmons", "Patterson",
    "Jordan", "Reynolds", "Hamilton", "Graham", "Kim", "Wallace", "Cole", "West", "Murray",
    "Ford", "Hunt", "Black", "Palmer", "Robertson", "Shaw", "Holmes", "Owen", "Lloyd", "Harrison",
    "Davies", "Knight", "Marshall", "Webb", "Ellis", "Chapman", "Mason", "Kennedy", "Fraser",
)
# Given names that end like a people's name ("-ian", "-ic", "-ish"): "Gov. Brian Kemp".
GIVEN_NAMES_LIKE_PEOPLES = (
    "Brian", "Bryan", "Adrian", "Julian", "Christian", "Kristian", "Sebastian", "Damian", "Fabian",
    "Vivian", "Lillian", "Gillian", "Jillian", "Marian", "Maximilian", "Florian", "Valerian",
    "Eric", "Erik", "Dominic", "Cedric", "Frederic", "Roderic", "Ulric", "Alaric", "Hamish",
)
# Words that name a people or a field, not an organisation: "Ukrainian President", "Foreign
# Minister". A one-word name found by its context must not have this shape.
# Bodies named by their seat, and a bare legislature: each is an organisation once the text
# makes it act, saying or deciding ("the White House said", "the Pentagon rejected") or
# speaking through its people ("a Kremlin spokesman", "White House press secretary Karine
# Jean-Pierre"); every mention is then the body's (orgs._acting). Elsewhere they stay out.
ORG_ACTING = ("White House", "Pentagon", "Kremlin", "Downing Street", "Congress")
_ACTING_VERBS = (
    r" (?:(?:has|had|have) )?(?:said|says|announced|confirmed|reported|warned|stated|denied"
    r"|rejected|declined|approved|passed|questioned|insisted|added|responded|argued"
    r"|cut|raised|lowered|downgraded|upgraded|fined|sued)\b"  # a decision: "Standard & Poor's cut the rating"
)
_ACTING_PEOPLE = r" (?:spokesman|spokeswoman|spokesperson|press secretary|officials?|advis[eo]rs?|aides?|chief of staff|counsel)\b"
ORG_ACTING_AFTER = r"(?:['’]s)?(?:" + _ACTING_VERBS + "|" + _ACTING_PEOPLE + ")"
# ORG_ACTING_AFTER is what follows a body's name when it acts (English marks no subject): a
# speech, a decision or the body's people. The names and it as one pattern (orgs._acting),
# tried where a name's first word stands.
ORG_ACTING_PATTERN = (("|".join(ORG_ACTING), "(?:" + "|".join(ORG_ACTING) + ")(?=" + ORG_ACTING_AFTER + ")"),)
# A name of two names joined by "&" acts as bodies do, the last name maybe a possessive of its
# own ("Johnson & Johnson said", "Standard & Poor's announced", "a Procter & Gamble spokesman";
# "War & Peace" and "Door & Window" act in no text): the joining word, and the pattern tried
# at the start of the word before it (orgs._acting; a plain search of the word is cheap).
ORG_JOINED_ACTING = (
    " & ",
    r"[A-Z](?<![\w.&-][A-Z])[\w.-]*+ & [A-Z][\w.-]*+(?:(?:['’]s)?(?=" + _ACTING_VERBS + ")|(?=(?:['’]s)?" + _ACTING_PEOPLE + "))",
)
# An acronym the text has speak is a body's ("NASA said", "VW says", "the FBI confirmed"): the
# verbs, and what stands right before one (orgs._speaking_acronyms; ORG_NOT_SHAPE keeps "the
# U.S. said" out); not a thing's ("the AI said") nor a condition's ("people with BED reported").
ORG_SPEECH_VERBS = ("said", "says", "announced", "confirmed", "reported", "warned", "stated")
ORG_ACRONYM_BEFORE = r"(?<![\w.&-])(?<!with )(?!(?:AI|TV|PC|IT|EV|VR|AR|ID|DNA|GDP|CPI|PMI)\b)(?P<org>[A-Z]{2,6}) $"
ORG_NOT_SHAPE = (
    r"(?!(?:{givenlike})\b)"  # "Brian", "Eric" end like a people's name
    r"(?:(?:(?:[A-Z][a-z]+(?:ian|ean|ican|ese|ish|ic)|German|French|Dutch|Swiss|Greek|Thai|Czech|Cuban|Venezuelan"
    r"|Kenyan|Moroccan|Ugandan|Filipino|Israeli|Iraqi|Pakistani|Saudi|Kuwaiti|Qatari|Emirati|Yemeni|Somali"
    r"|Nepali|Bangladeshi|Omani|Bahraini|Azerbaijani|Afghan|Kazakh|Uzbek|Turkish|Kurd)-?)+|U\.?[SKN]\.?|E\.?U\.?)"
    r"|(?:(?:[A-Z][a-z]+(?:ian|ean|ican|ese|ish|ic)|Israeli|Iraqi|Pakistani|Saudi|Afghan|Turkish|Greek|Dutch|French|German|Swiss) )?(?:Foreign|Defen[cs]e|Finance|Interior|Economy|Trade|Prime)"
)
# Bodies each country has one of: a name of one opening with its country ("U.S. Senate",
# "Chinese Ministry of State Security") is the one the text names without it ("the Senate"),
# where it names no other country's (orgs._without_country; not "American University").
ORG_NATIONAL_BODIES = (
    "Senate", "Parliament", "Congress", "Assembly", "Government", "Army", "Navy", "Force", "Forces",
    "Guard", "Police", "Party", "Ministry", "Department", "Embassy", "Council", "Court", "Agency",
)
# Kind-of-organisation nouns: a name found by its context never ends in one.
# A name right after one is an organisation's ("the fact-checking website Full Fact", "label
# Big Machine, which owns", "newspaper Dagens Nyheter").
ORG_TYPE_NOUNS = (
    "company", "firm", "bank", "lender", "carmaker", "startup", "group", "insurer", "retailer",
    "newspaper", "website", "magazine", "broadcaster", "label", "charity", "publisher", "airline",
    "manufacturer", "nonprofit",
)
# A short form: the initials of the long name (ECB), the long name without a last word such
# as "Inc." or "Department" (Apple Inc. -> Apple, Treasury Department -> Treasury), or its
# first word cut short ("the Fed").
ORG_ABBREVIATION = "initials"
# Last words a short form may drop; they are left out of initials too.
ORG_DROPPABLE_SUFFIXES = (
    "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Co", "Company", "Ltd.", "Ltd", "LLC", "PLC",
    "plc", "Plc", "AG", "SA", "SE", "NV", "AB", "ASA", "Oyj", "SpA", "GmbH", "Group", "Holdings", "Department", "Ministry",
)
ORG_PATTERNS = (
    # "Ministry of Economy and Finance", "University of Oxford", "Office for National Statistics",
    # "Organisation for Applied Scientific Research": a public body's field may hold "and"; a
    # bank's name does not ("the Bank of Korea"; "Bank of America and Goldman Sachs" are two)
    ("Ministry|Department|University|Institute|Office|Bureau|Council|Commission|Court|Board|Secretary|Minister|Organization|Organisation",
     r"\b(?P<org>(?:Ministry|Department|University|Institute|Office|Bureau|Council|Commission|Court|Board|Secretary|Minister|Organization|Organisation) (?:of|for|" + _ON_FIELD + r") (?:the )?{word}(?: (?:and (?!(?:{given}) )|& |of )?(?!(?:{role}) [A-Z]){word}){0,3})"),
    ("Bank", r"\b(?P<org>Bank of (?:the )?{word}(?: (?:& )?(?!(?:{role}) [A-Z]){word}){0,3})"),
    # a name, then: "Apple's chief executive" | "Apple CEO Tim Cook" | "European Central Bank (ECB)"
    # (not plural initials, a kind of thing: "Demand Side Platforms (DSPs)"; nor a role's own
    # possessive, a product's name: "Stadia's Founder's Edition"); tried only at the name heads
    # that a role or a bracket follows over the characters of a name (NAME_RUN)
    ("{head}", r"(?P<org>{org})(?:(?:{particle}) (?:{modifier} )*{role}\b(?!['’])| {role} (?!(?:{suffix})\b){name}| \((?P<alias>(?![A-Z]+s\))[A-Z][A-Za-z&]{1,7})\))", "{role}|("),
    # "the fact-checking website Full Fact", "the German bank Commerzbank"
    ("{type}", r"\b(?:{type}) (?P<org>{org})"),
    # "chief executive of Apple", "analysts at Goldman Sachs", "shares of Tesla"; a
    # capitalised title before "of" or "for" is one title with the words after it, a field
    # or a place ("Head of Research", "Secretary of State Marco Rubio", "Minister for Civil
    # Defence"): an organisation there ends in a suffix, found by ORG_SUFFIXED; a
    # legislator's is a seat ("the MP for Tottenham"), and a mayor's, a governor's or a premier's
    # "of" names a place ("the mayor of Austin", "the governor of Tamil Nadu")
    ("{role}|Analyst|analyst|Analysts|analysts|Economist|economist|Economists|economists|Strategist|strategist|Strategists|strategists|Shares|shares|Executive|executive|Executives|executives|Spokesperson|spokesperson|Spokesman|spokesman|Spokeswoman|spokeswoman|Employees|employees|Workers|workers|Staff|staff",
     r"\b(?:(?![A-Z][a-z][\w.-]*(?: [A-Z][\w.-]*)* (?:of|for) )(?:{role})|[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Ss]hares|[Ee]xecutives?|[Ss]pokes(?:person|man|woman)|[Ee]mployees|[Ww]orkers|[Ss]taff)(?<!MP)(?<!MEP)"
     r"(?: (?:at|for|from)|(?<![Mm]ayor)(?<![Gg]overnor)(?<![Pp]remier) of) (?:the )?(?P<org>{org})"),
    # a news outlet as a source: "told Bloomberg Television", "in an interview with CNBC",
    # "told Reuters", "told Business Insider", "told the Daily Mail" (a name ending in a word of
    # broadcasters or publications, an acronym, or Reuters alone;
    # "told John Smith" is a person, ORG_NOT_SHAPE keeps "told U.S. officials" out)
    ("told|interview|spoke|speaking",
     r"\b(?:told|interview with|spoke to|spoke with|speaking to|speaking with) (?:the )?"
     r"(?P<org>(?:{word} ){1,2}(?:Television|TV|Radio|News|Network|Insider|Magazine|Today|Daily|Weekly|Wire|Mail|Telegraph|Observer|Independent|Economist)|[A-Z]{2,6}|Reuters)(?![\w&’'-]|\.\w)"),
    # a data provider, by its acronym: "according to data from LSEG", "figures compiled by
    # IDC" (not a thing's: "data from AI models"; nor a country's: "data from the US"; a name
    # of one word there may be a place, "data from Texas": left out)
    ("data|figures", r"\b(?:data|figures) (?:compiled |provided |published )?(?:from|by) (?!(?:AI|TV|PC|IT|EV|VR|AR|ID|DNA|GDP|CPI|PMI)\b)(?P<org>[A-Z]{2,6})(?![\w&’'-]|\.\w)"),
)
# A name of another language joined by its particles, maybe with its company form, before its
# short form in brackets: "Petróleos de Venezuela, S.A. (PDVSA)", "Comisión Federal de
# Electricidad (CFE)", "Banco do Brasil (BB)" (orgs._joined_names; the bracket pattern above reads
# no lower-case word). Matched against the characters before " (", ending there; the name holds
# a particle, and the short form abbreviates the name with its form.
ORG_JOINED_BEFORE_BRACKET = (
    r"(?<![\w.’'-])(?P<org>[A-Z][\w’'&-]*+(?: (?:(?:de|del|de la|da|do|dos|das|di|della|des|du|y|e) )?[A-Z][\w’'&-]*+){0,2}"
    r" (?:de|del|de la|da|do|dos|das|di|della|des|du|y|e) [A-Z][\w’'&-]*+(?: (?:(?:de|del|da|do|dos|das|di|des|du|y|e) )?[A-Z][\w’'&-]*+){0,2})"
    r"(?P<form>,? (?:S\.A\.|SA|S\.A\.B\.|S\.p\.A\.|SpA|Ltda\.|GmbH|AG|Inc\.))?$"
)
# A name the sentence tells is an organisation's (orgs._cued): the words that tell it (found in
# the shared word pass), how far before one the name may start, what stands before the word
# (the name in ``org``, then the words up to the cue word) and right after it, and whether the
# name may be a common word capitalised only as its sentence's first ("Tech shares rose":
# orgs._capitalised_opening; a common word does not say "it would"). The name has no dotted
# word ("Reuters. Apple" spans two sentences); name_like turns down a weekday or a place.
# Kinds of organisation, as a name's apposition or back reference ("Tesla, the carmaker,").
_KINDS = (*ORG_TYPE_NOUNS, "club", "team", "automaker", "chipmaker", "drugmaker", "conglomerate", "giant", "operator", "developer", "owner", "supplier", "utility")
_CUED = r"(?P<org>[A-Z](?<![\w&.-][A-Z])[\w&-]*+(?: (?:of |and |& |for )?[A-Z][\w&-]*+){0,3})"
ORG_CUES = (
    # its shares or value quoted: "Apple shares rose", "Nvidia's market value", "Alibaba's
    # revenue", "WeWork's shareholders" (not someone's holding: "Smith's shares in the firm";
    # nor a class: "Class A shares")
    (("shares", "stock"), 40, _CUED + r"(?<! [A-Z])(?:['’]s?)? $", r"(?! (?:in|of|to|with|for)\b)", True),
    (("value", "capitalisation", "capitalization"), 50, _CUED + r"(?:['’]s?)? market $", "", False),
    (("price",), 50, _CUED + r"(?:['’]s?)? share $", "", False),
    (("revenue", "profit", "income", "shareholders", "stockholders", "directors"), 50, _CUED + r"['’]s (?:net |board of )?$", "", False),
    # itself as "it", and what it would do: "Tesla said it would cut 10% of its workforce" (a
    # person says "he" or "she", and of "it" what it was or would be: "Cook said it was",
    # "Smith said it would be hard")
    (("said", "says", "announced", "confirmed"), 40, _CUED + r"(?<!day) $",
     r" (?:on [A-Z][a-z]+ )?(?:that )?it (?=(?:would|will|had|has) (?!(?:be|been|not|take|make|happen|come|get)\b)[a-z]"
     r"|plans|planned|expects|expected|intends|agreed|reached|received)", False),
    # a kind of organisation in apposition after it: "Tesla, the carmaker, said", "Manchester
    # United, the Premier League club, sacked" (not a name the apposition only follows: "On
    # Monday, the bank said rates": it ends at a comma or "which", "that"; nor a person tied to
    # one: "John Park, an investor in the startup,", a preposition or article among the words)
    (_KINDS, 80, _CUED + r", (?:the|a|an) (?:(?!(?:in|of|at|for|with|to|from|by|on|the|a|an)\b)[\w-]+ ){0,3}?$", r"(?:,| (?:which|that|based|founded|owned)\b)", False),
    # the sentence's subject, its kind of organisation saying so after the clause: "Manchester
    # United sacked Erik ten Hag on Monday, the club said", "Boeing cut its forecast, the company
    # said on Wednesday" (the subject opens the sentence, maybe after a dateline; not after "Mr."
    # nor inside a quotation: "“We won,” the club said"; no person's name opening with a given
    # name: "Tim Cook will step down, the company said"; a one-word subject capitalised nowhere
    # but at a sentence's start is a common word there, orgs._capitalised_opening: "Revenue
    # rose 5%, the company said")
    ((*_KINDS, "ministry", "agency"), 250,
     r"(?:^|(?<=\n)|(?<=[.!?] )(?<!Mr\. )(?<!Ms\. )(?<!Dr\. )(?<!Mrs\. )(?<!St\. )|(?<=[.!?][\"”’] )|(?<=[—–-] ))(?!(?:{given}) )" + _CUED
     + r" (?=[a-z])[^\n.!?;:“”\"]*, (?:the|The) $", r" (?:said|says|added|announced|confirmed|told)\b", True),
)
ORG_COORDINATION = ""
# A list of names, one of them a known organisation: the others are organisations too, unless
# one is a place, a town or opens with a given name (orgs._coordinated). As ORG_CUES: the word
# joining the last name (from the shared word pass), how far before it the list may start, the
# names before it, the last name after it; and the separator of the names before it ("" for
# one). Three names or more: "Blue Origin, Ceres Robotics and SpaceX". (A pair, "Intel and
# AMD", read so with the look-backs it needs to take whole names, cost 1.5% of the facts
# stage's instructions on the speed texts: left out.)
_LISTED = r"[A-Z](?<![\w&.-][A-Z])[\w&.-]*+(?:(?<!\.) [A-Z][\w&.-]*+){0,2}"
ORG_LISTS = (
    ("and", 120, r"(?P<list>" + _LISTED + "(?:, " + _LISTED + r")+),?$", r" (?P<last>" + _LISTED + r")(?![\w&-])", ", "),
)
# A name the text writes only before a programme word or, after its short form in brackets,
# before a noun, once at least before a programme word, is a programme's (orgs._programmes):
# "the Commercial Lunar Payload Services program (CLPS)", "Commercial Lunar Payload Services
# (CLPS) contracts", "Commercial Orbital Transportation Services effort".
ORG_PROGRAMME_WORDS = ("program", "programme", "initiative", "effort", "scheme")
ORG_PROGRAMME_AFTER = r" (?P<programme>program|programme|initiative|effort|scheme)\b| \([A-Z][A-Za-z&]{1,7}\) (?=[a-z])"
# A found name followed by a capitalised word is part of a longer name, no mention of the
# organisation ("Nissan Connect", "Google Maps", "Amazon Prime Video", "DTE Energy Music
# Theatre"), unless the longer name is the organisation's own, one of its divisions or its
# people: up to three capitalised words, then a suffix or a word of divisions ("Nissan Motor
# Co.", "Take-Two Interactive", "Nissan Sales & Regional Operations", "IDF Military Advocate
# General's Corps"), or a role, occupation, place or given name right after it ("Apple CEO
# Tim Cook", "Nissan North America", "the European Union Gordon Sondland", "AP Photo"). A
# word with digits is a code ("London Metal Exchange CMAL3"). orgs._in_longer_name also
# leaves out stop words and found names. (The capital is looked for first: most names are
# followed by a lower-case word, turned down before the lists are tried.)
ORG_LONGER_NAME = (
    r" (?=[A-Z]|[a-z]{1,2}-?[A-Z])(?!(?:[A-Z][\w-]*+(?:['’]s)? (?:& )?){0,3}(?:{suffix}|Interactive|Entertainment|Media|Studios|Networks"
    r"|Communications|Solutions|Operations|Division|Unit|Corps|Management|Research|Ventures|Airline)(?![\w-])"
    r"|(?:{role}|{modifier}|{occupation}|{place}|{given}|Photo|Photographer|Staff|Correspondent)(?![\w-]))"
    r"(?P<next>[A-Z][A-Za-z&.-]*+|[a-z]{1,2}-?[A-Z][\w-]*+)(?!\w)"
)
# In a line in title case every word is capitalised: a headline's verb may follow the name
# ("Nissan Unveils All-New Sentra Sedan"), a mention of it. A product's name there (a line of
# deals, "Samsung Galaxy S24 Ultra: $899 at Best Buy", "Apple AirPods Pro 2") is told by a
# product word written in two capitals (AirPods, PlayStation, iPhone) or holding a digit
# (WH-1000XM5), maybe after one word: a model's code (S24; not a quarter, "Q3"), or a model's
# number before a line's end, a colon or a word of models ("Pixel 9 Pro"): no mention either.
ORG_PRODUCT_AFTER = (
    r" (?:(?:[A-Z][a-z]+[A-Z]|[a-z]{1,2}-?[A-Z])[\w-]*|(?!(?:Q[1-4]|H[12]|FY\d*)\b)[A-Z][\w-]*\d[\w-]*"
    r"|[A-Z][\w-]*+ (?:(?!(?:Q[1-4]|H[12]|FY\d*)\b)[A-Z][\w-]*\d[\w-]*|\d{1,2}(?=[:,\n]|$| (?:Pro|Ultra|Plus|Max|Mini|Lite|SE|XL)\b)))(?![\w%])"
)
# ... but such a longer name that acts (ORG_ACTING_AFTER: "Hanwha Q Cells said", "Tottenham
# Hotspur officials") is the organisation's own full name: its mentions are the longer name's.
ORG_OWN_LONGER_NAME = r"(?: [A-Z][\w&-]*+){1,3}(?=" + ORG_ACTING_AFTER + ")"
# A model's number right after a name makes it a product's name, no mention of the maker
# ("Boeing 737", "Airbus A320"; not "Apple 5% higher").
ORG_MODEL_AFTER = r" (?:[A-Z]{1,2}-?)?\d{2,4}(?![\d%]|[.,]\d)"
# A team's people after its name: a town there names its club ("Liverpool captain Virgil van
# Dijk", "Barcelona coach Hansi Flick"), an organisation though towns are none elsewhere (a
# country's or a capital's name stays a place: "England captain Harry Kane"). orgs._before_team_role.
ORG_TEAM_AFTER = r" (?:[Hh]ead )?(?:[Cc]aptain|[Mm]anager|[Cc]oach|[Ss]triker|[Mm]idfielder|[Dd]efender|[Gg]oalkeeper|[Gg]oalie|[Ww]inger|[Ff]orward|[Dd]efenseman|[Qq]uarterback|[Pp]itcher)\b"
# Sports clubs: a town's name (one or two words) and a word that names only a club after it
# ("Leeds United", "Tottenham Hotspur", "Wigan Athletic", "Bolton Wanderers"; orgs._clubs; not
# "City": "Mexico City", "New York City"; nor "Rovers": "Land Rovers").
ORG_CLUB_NICKNAMES = ("United", "Hotspur", "Athletic", "Wanderers")
ORG_CLUB_OWNER = r"(?<![\w&.'’-])(?P<owner>(?:[A-Z][a-z]+ )?[A-Z][a-z]+) $"
# Where a word puts a thing in a town ("grew up in Liverpool"), that mention is the town, not
# the club the text named after it (orgs._mention_places).
TOWN_PLACE_BEFORE = ("in", "near", "outside", "around", "across", "throughout", "downtown", "central")
# Well-known organisations, found with no cue wherever the text writes them (orgs._known): a
# list made from general knowledge, not from any text read here: the largest listed companies
# of the US, Europe and Asia and the best-known tech, car, drug, energy, bank, retail and
# airline firms; US federal agencies and a few British bodies; major international
# organisations; sports governing bodies and leagues; major news agencies, broadcasters and
# papers without a suffix word ("Times", "Post", "News" are suffixes already). A name in
# capitals counts only outside a line written in capitals ("WHO" of "WHO WILL WIN"). A name
# that is also a common word, a surname or a place is in ORG_KNOWN_COMMON instead.
ORG_KNOWN = (
    # technology
    "Microsoft", "Google", "Facebook", "Twitter", "TikTok", "ByteDance", "Nvidia", "Intel", "AMD", "Qualcomm",
    "IBM", "Cisco", "Samsung", "Sony", "Huawei", "Xiaomi", "Tencent", "Alibaba", "Baidu", "OpenAI",
    "Anthropic", "DeepMind", "Netflix", "Spotify", "Uber", "Lyft", "Airbnb", "PayPal", "eBay",
    "Salesforce", "Lenovo", "TSMC", "ASML", "Broadcom", "SpaceX", "Tesla", "LinkedIn", "Nokia",
    "Ericsson", "Siemens", "Panasonic", "Toshiba", "Hitachi", "Nintendo", "Foxconn", "Palantir",
    "Shopify", "Snapchat", "Pinterest", "Reddit", "Yahoo", "Cognizant", "Infosys", "Accenture",
    # cars, planes, industry
    "Toyota", "Volkswagen", "VW", "BMW", "Honda", "Nissan", "Hyundai", "Stellantis", "Renault", "Peugeot",
    "Volvo", "Audi", "Chrysler", "Subaru", "Mazda", "Mitsubishi", "BYD", "Rivian", "Boeing", "Airbus",
    "Lockheed Martin", "Raytheon", "Northrop Grumman", "General Electric", "Honeywell", "Bayer",
    # drugs, energy
    "Pfizer", "Moderna", "AstraZeneca", "Novartis", "Merck", "Sanofi", "GSK", "GlaxoSmithKline",
    "BioNTech", "Novo Nordisk", "Johnson & Johnson", "ExxonMobil", "Exxon Mobil", "Exxon", "Chevron", "BP",
    "TotalEnergies", "Aramco", "Saudi Aramco", "Gazprom", "Rosneft", "ConocoPhillips", "Petrobras", "Sinopec",
    # banks, markets, payments
    "Goldman Sachs", "Morgan Stanley", "JPMorgan", "Citigroup", "Citi", "Wells Fargo", "HSBC",
    "Barclays", "UBS", "Credit Suisse", "BlackRock", "Mastercard", "Nasdaq", "NYSE", "Santander",
    "Nomura", "SoftBank", "Binance", "Coinbase", "Blackstone",
    # retail, consumer, media groups, transport
    "Walmart", "Costco", "Nike", "Adidas", "Starbucks", "McDonald's", "Disney", "Coca-Cola",
    "PepsiCo", "Nestlé", "Nestle", "Unilever", "Procter & Gamble", "IKEA", "Tesco", "Carrefour",
    "LVMH", "Heineken", "FedEx", "UPS", "DHL", "Maersk", "Ryanair", "easyJet", "Lufthansa",
    "Qantas", "JetBlue",
    # US federal agencies, British bodies
    "FBI", "CIA", "NSA", "NASA", "NOAA", "FDA", "CDC", "EPA", "FAA", "FCC", "FTC", "SEC", "IRS",
    "DOJ", "DHS", "DEA", "ATF", "TSA", "FEMA", "NIH", "USDA", "NTSB", "NHTSA", "HHS", "CFTC",
    "FDIC", "Fed", "USGS", "U.S. Geological Survey", "Amtrak", "NHS", "GCHQ", "Ofcom", "Ofgem", "Ofsted", "Scotland Yard",
    # international bodies
    "UN", "U.N.", "United Nations", "NATO", "EU", "E.U.", "European Union", "WHO", "IMF", "WTO", "OPEC", "OECD",
    "ASEAN", "UNICEF", "UNESCO", "UNHCR", "IAEA", "ECB", "Interpol", "Europol", "Frontex",
    "Red Cross", "Amnesty International", "Human Rights Watch", "Greenpeace", "Oxfam",
    "Hamas", "Hezbollah", "Taliban",
    "Freddie Mac", "Fannie Mae", "Ginnie Mae", "Eli Lilly",  # US mortgage agencies and a drugmaker named like people
    # sport
    "FIFA", "UEFA", "IOC", "NFL", "NBA", "MLB", "NHL", "NCAA", "WNBA", "Premier League",
    # news agencies, broadcasters, papers
    "Reuters", "AP", "AFP", "Xinhua", "Yonhap", "Kyodo", "CNN", "BBC", "NBC", "CBS", "ABC", "MSNBC",
    "CNBC", "NPR", "PBS", "ITV", "Al Jazeera", "Politico", "Axios", "Newsweek", "BuzzFeed",
    "HuffPost", "TechCrunch",
)
# Known names that are common words, surnames or places too ("Apple", "Target", "Amazon" the
# river, "Ford" the surname, "Bloomberg" the man): one counts where the text writes it
# capitalised inside a sentence, after no capitalised word ("Harrison Ford") nor "the" ("the
# Amazon rainforest"), or where a possessive or a speech verb follows it ("Apple said").
ORG_KNOWN_COMMON = (
    "Apple", "Amazon", "Meta", "Alphabet", "Oracle", "Target", "Shell", "Visa", "Ford", "Dell",
    "Adobe", "Bloomberg", "Forbes", "Guardian", "Ferrari", "Porsche", "Emirates", "Vanguard",
)
# Short forms of known names and the full name each stands for (the value of their mentions,
# the short forms its aliases; orgs._known); AP style dots its initials ("U.N.", "E.U.").
ORG_KNOWN_ALIASES = {
    "Fed": "Federal Reserve", "FBI": "Federal Bureau of Investigation", "CIA": "Central Intelligence Agency",
    "FDA": "Food and Drug Administration", "CDC": "Centers for Disease Control and Prevention",
    "EPA": "Environmental Protection Agency", "SEC": "Securities and Exchange Commission",
    "IRS": "Internal Revenue Service", "FAA": "Federal Aviation Administration",
    "FCC": "Federal Communications Commission", "FTC": "Federal Trade Commission",
    "DHS": "Department of Homeland Security", "NHS": "National Health Service",
    "UN": "United Nations", "U.N.": "United Nations", "EU": "European Union", "E.U.": "European Union", "WHO": "World Health Organization",
    "IMF": "International Monetary Fund", "WTO": "World Trade Organization",
    "ECB": "European Central Bank", "IAEA": "International Atomic Energy Agency",
    "AP": "Associated Press", "AFP": "Agence France-Presse", "Exxon": "ExxonMobil", "Exxon Mobil": "ExxonMobil", "Aramco": "Saudi Aramco",
    "VW": "Volkswagen", "USGS": "U.S. Geological Survey",
}

# Titles before a name ("Treasury Secretary Janet Yellen") or after it ("Tim Cook, Apple's
# chief executive"). Capitalised or not.
ROLES = (
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Premier", "Vice Premier", "Vice-Premier", "Minister",
    "Foreign Minister", "Finance Minister", "Chancellor", "Secretary", "Press Secretary", "Secretary of State",
    "MP", "MEP", "Congressman", "Congresswoman",  # "Labour MP Jess Phillips", "Luke Pollard MP"
    "Secretary-General", "Secretary General", "Director-General", "Director General", "Senator", "Sen.", "Rep.", "Representative",
    "Governor", "Gov.", "Mayor", "Speaker", "Leader", "Majority Leader", "Minority Leader",
    "Chairman", "Chairwoman", "Chair", "Chairperson", "Vice Chairman", "Chief Executive",
    "Chief Executive Officer", "CEO", "CFO", "COO", "CTO", "Chief Financial Officer",
    "Chief Operating Officer", "Chief Economist", "Economist", "Analyst", "Strategist", "Director",
    "Managing Director", "Executive Director", "General", "Gen.", "Admiral", "Ambassador",
    "Judge", "Justice", "Associate Justice", "Chief Justice", "Attorney General", "Prosecutor", "Spokesperson",
    "Spokesman", "Spokeswoman", "Professor", "Prof.", "Dr.", "Founder", "Co-founder", "Co-chair", "Co-chairman",
    "Co-chairwoman", "Co-host", "Co-CEO", "co-CEO",
    "Head", "Commissioner", "Coach", "Manager", "Partner", "Vice President", "Founder and CEO",
    "Inspector General", "District Judge", "Inspector", "Detective", "Officer", "Sheriff",
    "Surgeon General", "Superintendent", "Treasurer", "Comptroller", "Auditor", "Recorder", "Clerk",  # "Superintendent Maria Lopez", "County Recorder Stephen Richer"
    "Commander", "Commandant", "Wing Commander", "Colonel", "Col.", "Lieutenant", "Lt.", "Lt. Gen.", "Captain",
    "Capt.", "Sergeant", "Sgt.", "Maj. Gen.", "Brig. Gen.", "Adm.", "Vice Adm.", "Rear Adm.", "Cmdr.", "Air Marshal", "Marshal",
    "King", "Queen", "Prince", "Pope", "Archbishop", "Lawyer", "Attorney", "Researcher",
    "Brigadier General", "Major General", "Lieutenant General", "Lieutenant Colonel", "Lt. Col.",
    "Rear Admiral", "Vice Admiral", "Administrator", "Cllr", "Editor", "Editor-in-Chief", "Negotiator",
    "Trader", "Broker", "Portfolio Manager", "Fund Manager", "Investment Officer", "chief", "Diplomat",
    # a team's players and staff: "Wild defenseman Ryan Suter", "Mercedes driver George Russell"
    "Striker", "Forward", "Midfielder", "Defender", "Goalkeeper", "Defenseman", "Goalie", "Winger",
    "Quarterback", "Pitcher", "Driver", "Team Principal",
    # a newsroom's: "Reuters photographer Thaier Al-Sudani" (not "correspondent": a beat comes
    # before it, "VOA Pentagon correspondent Carla Babb")
    "Photographer", "Cameraman",
)
# The field of a role, in lower case right before it: part of the role, between it and the
# organisation before it ("E.U. foreign policy chief Kaja Kallas", "the U.N.'s human rights
# chief, Volker Türk", "Chicago police chief Larry Snelling"; people._with_field). A list of
# fields, not any lower-case words: "Apple said chief executive Tim Cook" has none.
# Capitalised alone before a role, a field is a cabinet title's, no organisation: "Home
# Secretary Yvette Cooper", "Energy Secretary Rick Perry" (people._is_title_word,
# orgs._opens_title; "Duke Energy CEO Lynn Good" is a name). Not "labour": "Labour MP Jess
# Phillips" is the party's.
ROLE_FIELDS = (
    "foreign policy", "foreign affairs", "human rights", "home affairs", "financial services", "trade",
    "home", "culture", "business", "science", "commerce", "transportation", "homeland security", "veterans affairs",
    "security", "defence", "defense", "health", "climate", "energy", "economy", "economic", "finance",
    "budget", "justice", "interior", "migration", "immigration", "refugee", "intelligence", "spy",
    "military", "army", "navy", "police", "communications", "competition", "antitrust", "digital",
    "technology", "environment", "agriculture", "transport", "education",
    "housing", "humanitarian", "nuclear", "election", "enlargement", "counterterrorism", "border",
    "cybersecurity", "public health", "monetary policy", "news",
    # the place or line of work a manager, a director or an officer runs ("Store manager Jane
    # Roe", "Nurse manager Karen Holt": no organisation "Store", "Nurse")
    "nurse", "store", "shop", "project", "program", "programme", "sales", "marketing", "product",
    "account", "campaign", "case", "plant", "site", "branch", "ward", "office", "restaurant",
)
# Words of reach that may open a capitalised field before a role, with it the title's, and the
# words before them an organisation's: "AFP Global News Director Phil Chetwynd" (AFP's global
# news director, no "AFP Global News"), "International Trade Secretary Liam Fox" (names.field_title).
ROLE_SCOPES = ("Global", "International", "World", "Worldwide", "Regional")
# A field capitalised before a role is the role's after a word in lower case ("Cooper and
# Health Secretary Wes Streeting"), but not after a word that joins a name's words: there it
# ends an organisation's name ("Department of Health public information officer"). people._with_field.
ROLE_FIELD_NOT_AFTER = ("of", "for", "on")
# Occupations written before a name as titles are ("investor George Soros", "actor Kevin
# Spacey"): a role there, as in ROLES, but nothing else (an organisation's role, a title).
OCCUPATIONS = (
    "Journalist", "Investor", "Actor", "Actress", "Comedian", "Author", "Co-author", "Writer", "Novelist", "Singer",
    "Musician", "Rapper", "Producer", "Billionaire", "Businessman", "Businesswoman", "Entrepreneur",
    "Scientist", "Activist", "Historian", "Lawmaker", "Politician", "Physician", "Engineer",
    "Farmer", "Rancher", "Nurse", "Teacher", "Surgeon",  # "Tom Harlan, a wheat farmer in Kansas"
)
ROLE_MODIFIERS = (
    "former", "Former", "acting", "Acting", "then", "the", "a", "an", "its", "their", "longtime", "senior", "Senior",
    "chief", "Chief", "deputy", "Deputy", "top", "associate", "Associate", "assistant", "Assistant", "interim", "Interim",
    "opposition", "Opposition",
)
# An indefinite article before a role and a name run together, no comma between, makes them
# a title's words, a course's or a product's ("an Online Leader Success Mindset course"): no
# person, no organisation ("an Apple CEO Tim Cook" is not written; "a Ford spokeswoman, Emma
# Bergg," is, with its commas).
TITLE_ARTICLES = ("a ", "an ", "A ", "An ")
# Of those, the ones that are part of the title, kept in a role with a place or a people
# between them and the title ("chief U.S. economist", "deputy Israeli ambassador").
ROLE_TITLE_MODIFIERS = ("chief", "Chief", "deputy", "Deputy", "senior", "Senior", "associate", "Associate", "assistant", "Assistant", "acting", "Acting", "interim", "Interim", "top")
HONORIFICS = ("Mr.", "Ms.", "Mrs.", "Miss", "Dr.", "Mr", "Ms", "Mrs", "Dr", "Sir", "Lord", "Lady", "Dame")
# What an honorific before a name tells of the person, for the pronouns that say it too.
HONORIFIC_GENDERS = {
    "Mr.": "male", "Mr": "male", "Sir": "male", "Lord": "male",
    "Ms.": "female", "Ms": "female", "Mrs.": "female", "Mrs": "female", "Miss": "female", "Lady": "female", "Dame": "female",
}
# Common given names that tell a person's gender, for "he" and "she" as honorifics do
# (names given to both, such as Jordan or Alex, are left out).
MALE_GIVEN_NAMES = (
    "Aaron", "Adam", "Alan", "Albert", "Alexander", "Andrew", "Anthony", "Arthur", "Barack", "Ben",
    "Benjamin", "Bill", "Bob", "Boris", "Brad", "Brian", "Bruce", "Carl", "Charles", "Chris",
    "Christopher", "Craig", "Dale", "Daniel", "David", "Dennis", "Donald", "Doug", "Douglas",
    "Edward", "Eric", "Frank", "Gary", "George", "Gordon", "Greg", "Harry", "Henry", "Howard",
    "Ian", "Jack", "Jacob", "James", "Jason", "Jeff", "Jeffrey", "Jim", "Joe", "John", "Jonathan",
    "Joseph", "Josh", "Joshua", "Keith", "Ken", "Kenneth", "Kevin", "Larry", "Mark", "Martin",
    "Matt", "Matthew", "Michael", "Mike", "Nick", "Nicholas", "Patrick", "Paul", "Peter", "Philip",
    "Ralph", "Richard", "Rick", "Robert", "Roger", "Ron", "Ronald", "Ryan", "Scott", "Sean", "Simon",
    "Stephen", "Steve", "Steven", "Thomas", "Tim", "Timothy", "Todd", "Tom", "Tony", "Vladimir",
    "Walter", "William", "Xi",
    "Abdul", "Abraham", "Ahmed", "Alberto", "Aleksandr", "Alfred", "Ali", "Allen", "Alonso",
    "Andre", "Andrei", "Andres", "Andy", "Angelo", "Antonio", "Arnold", "Avi", "Barry", "Bernard",
    "Bernie", "Bobby", "Brandon", "Brendan", "Brent", "Brett", "Bryan", "Byron", "Calvin",
    "Carlos", "Charlie", "Chuck", "Clarence", "Clifford", "Colin", "Connor", "Conor", "Curtis",
    "Cyril", "Dan", "Danny", "Darren", "Dave", "Dean", "Derek", "Diego", "Dmitry", "Dominic", "Don",
    "Duncan", "Dylan", "Ed", "Eddie", "Eduardo", "Edwin", "Elijah", "Elon", "Emmanuel", "Enrique",
    "Ethan", "Eugene", "Evan", "Fernando", "Francis", "Francisco", "Fred", "Gareth", "Gavin", "Geoffrey",
    "Gerald", "Glen", "Glenn", "Graham", "Grant", "Gregory", "Hans", "Harold", "Hassan", "Hector",
    "Herbert", "Hugh", "Hugo", "Ibrahim", "Igor", "Ivan", "Jake", "Javier", "Jay", "Jeremy", "Jerome",
    "Jerry", "Joel", "Johnny", "Jon", "Jorge", "Jose", "Juan", "Justin", "Karl", "Keir",
    "Kurt", "Kyle", "Lawrence", "Lee", "Leon", "Leonard", "Liam", "Lloyd", "Louis", "Luis", "Luke",
    "Malcolm", "Manuel", "Marc", "Marco", "Marcus", "Mario", "Max", "Mehmet", "Miguel", "Mitch",
    "Mohamed", "Mohammad", "Mohammed", "Muhammad", "Nathan", "Neil", "Nigel", "Noah", "Norman", "Oliver",
    "Omar", "Oscar", "Owen", "Pablo", "Pedro", "Pete", "Phil", "Phillip", "Rafael", "Randy", "Raymond",
    "Reza", "Ricardo", "Rob", "Ross", "Robbie", "Rodney", "Roy", "Rudy", "Russell", "Samuel", "Sanjay",
    "Sergei", "Sergey", "Seth", "Shane", "Stanley", "Stuart", "Ted", "Theodore", "Tobias",
    "Travis", "Trevor", "Troy", "Tyler", "Victor", "Vincent", "Vicente", "Wayne", "Wesley", "Yusuf",
    "Zachary",
    # more common given names, of the US, Britain, Europe and beyond
    "Aidan", "Alec", "Alejandro", "Alfonso", "Amir", "Andrey", "Angus", "Anton", "Armando",
    "Arturo", "Axel", "Blake", "Brady", "Bruno", "Caleb", "Cesar", "Clayton", "Cody", "Cory",
    "Corey", "Damon", "Darius", "Declan", "Denis", "Derrick", "Desmond", "Dimitri", "Donovan",
    "Dwayne", "Eli", "Elias", "Emil", "Emilio", "Ernesto", "Erwin", "Esteban", "Everett",
    "Federico", "Felix", "Finn", "Floyd", "Franco", "Freddie", "Friedrich", "Gabriel", "Garrett",
    "Gerard", "Gilbert", "Giovanni", "Giuseppe", "Gustavo", "Hakeem", "Harvey", "Herman",
    "Horace", "Isaac", "Ismail", "Jamal", "Jared", "Jasper", "Jens", "Jimmy", "Joaquin", "Jonas",
    "Josef", "Julio", "Kai", "Karim", "Keegan", "Kelvin", "Khalid", "Klaus", "Kwame", "Lars",
    "Lenny", "Leo", "Leonardo", "Levi", "Lorenzo", "Lucas", "Luca", "Lukas", "Malik", "Marcel",
    "Marek", "Mateo", "Matthias", "Maurice", "Mikhail", "Miles", "Myles", "Nasser", "Nate", "Neal",
    "Nikolai", "Nolan", "Olaf", "Oskar", "Otto", "Pascal", "Patrice", "Percy", "Pierre", "Ramon",
    "Raul", "Reggie", "Reuben", "Ricky", "Roberto", "Rodrigo", "Roland", "Rory", "Salman", "Samir",
    "Sergio", "Shaun", "Sheldon", "Sidney", "Stefan", "Stephan", "Sven", "Tariq", "Terrence",
    "Thierry", "Tomas", "Trey", "Tristan", "Ulrich", "Uwe", "Vikram", "Vinod", "Warren", "Xavier",
    "Yuri", "Zach", "Zack",
    # Irish, Nordic, Slavic, Italian, French, Portuguese, Indian and Japanese ones
    "Mick", "Micky", "Ciaran", "Eoin", "Seamus", "Padraig", "Fergus", "Cormac", "Nicolas", "Anders",
    "Nils", "Piotr", "Tomasz", "Andrzej", "Oleg", "Alexei", "Giorgio", "Matteo", "Paolo", "Francesco",
    "Francois", "Olivier", "Joao", "Thiago", "Rahul", "Amit", "Anil", "Sunil", "Rishi", "Hiroshi",
    "Takeshi", "Kenji",
    # Spanish, Portuguese and French ones with their accents, Balkan, Ukrainian, Arabic, Hebrew,
    # Turkish and Indian ones
    "Nicolás", "José", "Andrés", "François", "João", "Raúl", "Ramón", "Joaquín", "Sebastián", "Martín",
    "Luiz", "Mauricio", "Jordi", "Mikel", "Gianni", "Enzo", "Didier", "Jürgen", "Holger", "Arne",
    "Viktor", "Dominik", "Novak", "Aleksandar", "Goran", "Zoran", "Dragan", "Milos", "Miloš", "Dusan",
    "Dušan", "Marko", "Luka", "Bojan", "Slobodan", "Volodymyr", "Mykola", "Oleksandr", "Oleksiy",
    "Mahmoud", "Mustafa", "Abdullah", "Yair", "Naftali", "Recep", "Kemal", "Narendra",
)
FEMALE_GIVEN_NAMES = (
    "Alice", "Amanda", "Amy", "Angela", "Ann", "Anna", "Anne", "Barbara", "Beth", "Betty",
    "Catherine", "Christine", "Claire", "Daisy", "Deborah", "Diana", "Donna", "Elizabeth", "Ellen",
    "Emily", "Emma", "Fiona", "Hannah", "Heather", "Helen", "Hillary", "Ilhan", "Jane", "Janet",
    "Jennifer", "Jessica", "Jill", "Joan", "Julia", "Julie", "Karen", "Kate", "Katherine", "Kathleen",
    "Kelly", "Kristi", "Laura", "Lauren", "Linda", "Lisa", "Louise", "Margaret", "Maria", "Marie",
    "Martha", "Mary", "Megan", "Melissa", "Michelle", "Nancy", "Nicole", "Nikki", "Olivia",
    "Pamela", "Patricia", "Rachel", "Rebecca", "Ruth", "Sandra", "Sarah", "Serena", "Sharon", "Sonya",
    "Sophie", "Stephanie", "Susan", "Teresa", "Valerie", "Victoria", "Virginia",
    "Abigail", "Adriana", "Agnes", "Aisha", "Alessandra", "Alexandra", "Alexis", "Alicia", "Alison",
    "Allison", "Alyssa", "Amelia", "Ana", "Andrea", "Angelina", "Anita", "Annette", "Ashley", "Audrey",
    "Becky", "Belinda", "Bernadette", "Bethany", "Beverly", "Brenda", "Bridget", "Brittany", "Camila",
    "Carla", "Carmen", "Carol", "Caroline", "Carolyn", "Cassandra", "Cathy", "Cecilia", "Charlotte",
    "Cheryl", "Chloe", "Cindy", "Claudia", "Colleen", "Courtney", "Cynthia", "Danielle", "Debbie",
    "Denise", "Dolores", "Doris", "Dorothy", "Eileen", "Elaine", "Elena", "Elise", "Ella",
    "Eleanor", "Eliza", "Elsa", "Emilia", "Erica", "Erin", "Esther", "Eva", "Evelyn", "Felicity",
    "Frances", "Francesca", "Gabriela", "Gabrielle", "Gina", "Gloria", "Gwen", "Gwyneth", "Hayley",
    "Helena", "Holly", "Ingrid", "Irene", "Isabel", "Isabella", "Jacqueline", "Janice", "Jasmine",
    "Jenna", "Jenny", "Jo", "Joanna", "Joanne", "Jodie", "Josephine", "Joyce", "Judith", "Judy",
    "Julianne", "Juliet", "Kamala", "Katharine", "Kathryn", "Katie", "Katrina", "Kayla", "Kimberly",
    "Kristen", "Kristin", "Leah", "Lena", "Lillian", "Lily", "Liz", "Lois", "Loretta", "Lorraine",
    "Lucy", "Luisa", "Lynn", "Madeleine", "Mandy", "Marcia", "Margarita", "Marianne", "Marilyn",
    "Marina", "Marjorie", "Marta", "Maureen", "Melanie", "Melinda", "Meredith", "Mia", "Michaela",
    "Mildred", "Miriam", "Molly", "Monica", "Nadia", "Naomi", "Natalia", "Natalie", "Natasha", "Nina",
    "Nora", "Norma", "Paula", "Pauline", "Peggy", "Penelope", "Phyllis", "Priscilla", "Priya", "Rachael",
    "Rita", "Roberta", "Rosa", "Rosalind", "Rosemary", "Roxanne", "Sabrina", "Sally", "Samantha", "Sara",
    "Sheila", "Shirley", "Silvia", "Simone", "Sofia", "Sonia", "Stella", "Svetlana", "Sylvia", "Tamara",
    "Tanya", "Tara", "Tatiana", "Theresa", "Tina", "Tracey", "Ursula", "Vanessa", "Vera",
    "Veronica", "Vivian", "Wendy", "Yvonne", "Zoe",
    # more common given names, of the US, Britain, Europe and beyond
    "Abby", "Adele", "Aileen", "Alana", "Alina", "Ava", "Bianca", "Brianna", "Brooke",
    "Caitlin", "Caitlyn", "Camille", "Cara", "Carly", "Celine", "Christina", "Ciara", "Clara",
    "Daphne", "Debora", "Deirdre", "Delia", "Diane", "Dina", "Edith", "Elisa", "Eloise", "Emilie",
    "Esme", "Fatima", "Freya", "Gemma", "Georgina", "Gisele", "Greta", "Hailey", "Harriet", "Hazel",
    "Heidi", "Hilary", "Ines", "Iris", "Isla", "Ivana", "Jade", "Janine", "Jeanette", "Jessie",
    "Julianna", "Karina", "Katarina", "Kaylee", "Keira", "Kendra", "Kylie", "Lana", "Laurie",
    "Leila", "Letitia", "Lila", "Lorna", "Maddie", "Maggie", "Marisa", "Marsha", "Martina", "Maya",
    "Meghan", "Melody", "Mila", "Miranda", "Mira", "Nadine", "Nellie", "Nicola", "Olga", "Paige",
    "Patsy", "Petra", "Raquel", "Rebekah", "Renee", "Rosie", "Sadie", "Selena", "Sienna", "Sinead",
    "Sonja", "Susanna", "Suzanne", "Tammy", "Tess", "Tessa", "Thea", "Tori", "Trisha", "Valentina",
    "Vicky", "Violet", "Wanda", "Yasmin", "Yolanda", "Zoey",
    "Clare", "Niamh", "Siobhan", "Aoife", "Olena", "Oksana", "Yulia", "Annalena",
    "Inés", "Hélène", "Zoë", "Jelena", "Milica", "Giorgia", "Mette", "Simona", "Aryna",
)
# Capitalised words that start sentences or name things other than people.
NAME_NOT = (
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "After",
    "Before", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You",
    "His", "Her", "Their", "Our", "As", "For", "From", "With", "By", "Of", "To", "Since", "So",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "New", "North", "South", "East", "West", "United", "States",
    "Street", "Wall", "House", "White", "Federal", "National", "American", "European", "Chinese",
    "Korean", "British", "Asian", "U.S.", "US", "UK", "EU", "Mr.", "Ms.", "Mrs.", "Dr.",
    "Justice", "First", "Still", "Yet", "Also", "Last", "Next", "Some", "Many", "Most", "Both", "Each", "Under",
    "Despite", "Although", "Meanwhile", "However", "Why", "What", "How", "Who", "Where", "Like", "Unlike",
    "Britain", "China", "Russia", "Japan", "Korea", "India", "France", "Germany", "America",
    "Europe", "Ukraine", "Israel", "Iran", "Canada", "Australia", "Mexico", "Brazil", "Italy",
    "Spain", "Washington", "London", "Beijing", "Seoul", "Tokyo", "Paris", "Moscow", "Pakistan",
    "Afghanistan", "Iraq", "Syria", "Turkey", "Egypt", "Taiwan", "Vietnam", "Indonesia",
    "Poland", "Hungary", "Greece", "Ireland", "Scotland", "Wales", "England", "Nigeria",
    "Kenya", "Argentina", "Chile", "Colombia", "Venezuela", "Cuba", "Gaza", "Kyiv", "Lt", "Dame",
)
# Places in NAME_NOT that are given names too: right after a role, before one capitalised word,
# the person's given name ("Defence Minister Israel Katz", "Senator India Walton";
# people._name_span), elsewhere a place ("Israel said", "But India Today reported").
GIVEN_NAMES_LIKE_PLACES = ("Israel", "India", "Kenya", "Paris", "Washington", "Chile")
# Countries and territories: "Albania's foreign minister" names a country, not an
# organisation (a word of NAME_NOT is neither; this list is for organisations only, as
# several are given names too: Jordan, Georgia, Chad).
PLACES = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
    "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil", "Brunei", "Bulgaria",
    "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China",
    "Colombia", "Comoros", "Congo", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Djibouti",
    "Dominica", "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Eswatini", "Ethiopia",
    "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
    "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
    "Kazakhstan", "Kenya", "Kiribati", "Korea", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia",
    "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
    "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius",
    "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
    "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger",
    "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestine",
    "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
    "Rwanda", "Samoa", "San Marino", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
    "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea",
    "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
    "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga", "Tunisia", "Turkey",
    "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican",
    "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Britain", "England", "Scotland",
    "Wales", "America", "Europe", "Africa", "Asia", "Asia-Pacific", "Gaza", "Hong Kong", "Crimea", "Tibet",
    "UAE", "U.A.E.", "USSR",
    # the states of the United States: "Montana senator Jon Tester", "Florida Governor Ron DeSantis"
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "West Virginia", "Wisconsin", "Wyoming",
    # the provinces of Canada and the states of Australia: "Ontario Premier Doug Ford"
    "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
    "New Brunswick", "Newfoundland", "Queensland", "New South Wales", "Victoria", "Tasmania",
    "Western Australia", "South Australia",
)
# Large cities: "Delhi's chief minister", "Chicago's mayor" name a city, not an organisation;
# but a city may open one's name ("Manchester City", "Dubai World Central").
# A country's or a state's possessive before a ministry or department named by its field
# alone is part of its name: "Japan's Defense Ministry" and "South Korea's Defense Ministry"
# are two organisations (orgs._with_region; "Japan's Financial Services Agency" keeps its own).
ORG_REGION_BEFORE = r"(?:" + "|".join(p for p in PLACES if " " not in p or p.count(" ") == 1) + r")['’]s "
ORG_REGION_NAMES = r"[A-Z][a-z]+ (?:Ministry|Department)"
TOWNS = (
    "Delhi", "New Delhi", "Mumbai", "Kolkata", "Karachi", "Lahore", "Dhaka", "Shanghai", "Hong Kong",
    "Singapore", "Bangkok", "Jakarta", "Manila", "Sydney", "Melbourne", "Toronto", "Montreal",
    "Vancouver", "Ottawa", "Chicago", "Los Angeles", "San Francisco", "Boston", "Houston",
    "Dallas", "Atlanta", "Miami", "Philadelphia", "Detroit", "Seattle", "Denver", "Phoenix",
    "Berlin", "Madrid", "Rome", "Vienna", "Brussels", "Amsterdam", "Dublin", "Edinburgh",
    "Manchester", "Birmingham", "Liverpool", "Glasgow", "Istanbul", "Ankara", "Tehran", "Baghdad",
    "Damascus", "Beirut", "Jerusalem", "Tel Aviv", "Cairo", "Riyadh", "Dubai", "Doha", "Nairobi",
    "Lagos", "Johannesburg", "Cape Town", "Kabul", "Islamabad", "Taipei", "Pyongyang", "Busan",
    "Osaka", "Kyiv", "Kiev", "Warsaw", "Budapest", "Prague", "Athens", "Lisbon", "Stockholm",
    "Oslo", "Copenhagen", "Helsinki", "Geneva", "Zurich", "Mexico City", "Bogota", "Lima",
    "Caracas", "Havana", "Buenos Aires", "Santiago", "Rio de Janeiro", "Sao Paulo",
)
SURNAME_FIRST = False
# What no personal name follows (a regex, ending right before the name): "The Dragon
# Waiting", "the Bright Ice Initiative, a group"; a capitalised word and "of" or "for" open a
# title or a body, the words after them a field ("Secretary of State Mike Pompeo said", "High
# Commissioner for Human Rights said"), where "those of Gary Heidnik, a murderer" names one;
# a place's first word ("San Francisco Bay Area", "St. Lawrence Island": PLACE_OPENERS, after
# which a surname alone is no mention either, "St. Martin's Press"). Not a word of a
# person's circle: "Lawyers for Sean Combs said" names their client.
PLACE_OPENERS = ("San", "Santa", "St.", "Saint", "Los", "Las", "Fort", "Mount", "Port", "Cape")
NAME_NOT_AFTER = r"\b(?:[Tt]he|(?!(?:" + "|".join(w.capitalize() for w in PERSON_CIRCLE) + r") )[A-Z][a-z]+ (?:of|for)|" + "|".join(w.replace(".", r"\.") for w in PLACE_OPENERS) + ")"
# Last words of things named after people, or of titles, that no personal name ends with:
# "Virginia Beach", "San Diego County", "the Stanley Cup", "a Taylor Swift-themed party".
NAME_NOT_ENDINGS = (
    " Street", " Road", " Avenue", " Square", " Park", " Gardens", " Beach", " Hills", " Island", " County",
    " Area", " Bay", " Lake", " River", " Valley", " Bridge", " Station", " Airport", " Cup", " Trophy",
    " Award", " Awards", " Prize", " Design", " Democrats", " Republicans", "-themed", "-style", "-era",
    " Residence", " Hotel", " Apartments", " Stadium", " Arena",  # "the King Road Residence"
    # a title no family name is (as "King", "Judge", "Driver" are): a tier's or a product's name
    # after a role, "a Premier Solution Partner", "the Premier Edition"
    " Partner", " Partners", " Manager", " Director", " Officer", " Edition",
)
# A given name of two initials, dotted or not, and a surname: "J.D. Vance", "AJ Brown"; no
# capitalised word after it ("US Steel Corp"). A name only after a role, beside a speech verb
# or with a sign of a person (people._initials_name: not "US Steel", "GE Healthcare said").
_INITIALS_NAME = r"(?:[A-Z]\.[A-Z]\.|[A-Z]{2}) {surname}(?![\w-]| [A-Z])"
# Two letters that are no given name: a place's, a body's, a time's, a post box's ("U.K. Sport
# said", "P.O. Box 1234"), and those that open the names of the companies of a business group
# ("SK Hynix said", "LG Display", "GS Caltex", "CJ Logistics", "LS Electric", "HD Hyundai").
INITIALS_NOT = (
    "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "N.J.", "A.M.", "P.M.", "P.O.",
    "US", "UK", "UN", "EU", "SK", "LG", "GS", "CJ", "LS", "KT", "HD",
)
# What tells that two initials and a word are a company's name ("JD Sports", "AB Foods", "KP
# Snacks"), not a person's: a word of trades and goods for the surname (INITIALS_TRADE_WORDS; a
# family name is no plural of goods), or the name followed, at any of its places, by what a
# company has or does (INITIALS_ORG_AFTER: "JD Sports shares", "JD Sports' profit", "JD Sports
# said its profit …", "AB Foods said on Tuesday that its sales …"; a person is "he" or "she").
# "its" is the company's only before what a company has (its profit, its stores, its chief
# executive): "JD Vance said its chances were slim" speaks of something else.
INITIALS_TRADE_WORDS = (
    "Sports", "Foods", "Snacks", "Fashion", "Brands", "Retail", "Stores", "Games", "Media", "Pharma",
    "Health", "Healthcare", "Logistics", "Electric", "Steel", "Telecom", "Software", "Insurance",
    "Finance", "Realty", "Properties", "Hotels", "Mining", "Resources", "Chemicals", "Materials",
    "Biotech", "Therapeutics", "Airways", "Aviation", "Shipping", "Wireless", "Mobile", "Digital",
    "Interactive", "Entertainment", "Studios", "Networks", "Communications", "Solutions", "Ventures",
    "Investments", "Petroleum", "Oil", "Gas", "Markets", "Supermarkets", "Homes", "Construction",
    "Engineering", "Automotive", "Robotics", "Semiconductor", "Semiconductors", "Cosmetics",
    "Beverages", "Brewing", "Tobacco", "Textiles", "Apparel", "Furniture", "Paints", "Plastics",
)
INITIALS_ORG_AFTER = (
    r"(?:['’]s?)? (?:shares|stock|profit|profits|revenue|sales|earnings|shareholders|chief executive|CEO)"
    r"|,? (?:said|says|reported|posted|announced|confirmed|expects|expected|forecast)(?: on [A-Z][a-z]+)?(?: that)? its (?:[\w-]+ ){0,2}?"
    r"(?:profits?|revenues?|sales|earnings|income|margins?|results|outlook|forecast|guidance|dividend|shares|stock|shareholders"
    r"|orders|output|production|customers|clients|employees|workers|staff|workforce|stores|shops|branches|plants?|factory|factories"
    r"|board|chief executive|CEO|subsidiary|unit|business|operations|products|brands?|debt|costs|prices)\b"
)
PERSON_PATTERNS = (
    # "Treasury Secretary Janet Yellen", "Apple CEO Tim Cook", "chief executive Tim Cook"; or set
    # apart by commas (``apposition``: see APPOSITION_AFTER), "Nvidia's chief executive, Jensen
    # Huang, said", "A Ford spokeswoman, Emma Bergg, said" (not "… elected president, Joe Biden said");
    # here a given name may be two initials: "Senator JD Vance", "coach P.J. Fleck" (elsewhere
    # "US Steel", "EU Commission" are no names); two roles joined are one ("Salesforce founder and
    # co-CEO Marc Benioff")
    ("{role}|{occupation}", r"\b(?P<role>(?:{role})(?: and (?:{role}))?|{occupation})(?P<apposition>,)? (?!(?:{suffix}|{role}) )(?P<name>{name}|" + _INITIALS_NAME + r")(?(apposition),|(?:\b|(?<=\.)))"),  # "… Jr."
    # a name, then: "…, Apple's chief executive" (or "the company's") | "…, chief executive of
    # Apple" (at, for) | "… said"
    # (``speech``: see below) | a description of a person: "…, who …", "…, 55,", "…, a senior
    # steward" (not "…, a large foundation", "…, an autonomous region", "…, a civilian patrol
    # vessel"; but "…, a state employee"),
    # "…, a NASA planetary scientist" (after capitalised words, a role or an occupation); the
    # organisation maybe after its kind: "…, a partner at the law firm Sullivan & Cromwell";
    # two roles joined ("…, president and chief operating officer of SpaceX") and a role's
    # field in lower case before "at" ("…, vice president of business development at SNC") are
    # one role (a mayor's, a governor's or a premier's "of" names a place: "…, the mayor of Austin")
    # | nothing, after a known given name (``bygiven``: see below), or after a given name of
    # two initials (``initials``: "When JD Vance spoke, he", only with a sign of a person)
    # The organisation after "of" (at, for) runs on to no word after a sentence's end: in "…, the
    # president of Ukraine. Ole Hansen, an analyst" the next name opens the next match (a word
    # ending in two small letters and a full stop ends a sentence, or "Inc.", "Corp.", the name's
    # last word, and a capital may follow it).
    ("{head}", r"(?:(?<!-)(?=(?:{given}) )(?P<known>))?(?P<name>{name}|(?P<ini>)" + _INITIALS_NAME + r")(?:, (?:(?:{modifier}) )*(?:(?P<org>{org})(?:{particle})? |[a-z]+['’]s )?(?:(?:{modifier}) )*(?P<role>(?P<pre>(?:(?!(?:and|or|of|at|for|in|on|to|with|who|is|was|has|had)\b)[a-z]+ ){1,2}?)??(?:{role}|{occupation})(?: and (?:(?:{modifier}) )*(?:{role}))?(?: (?:of|for) (?!the\b)[a-z][\w-]*+(?: (?:and )?[a-z][\w-]*+){0,3}(?= at\b))?)(?![\w-])(?(pre)(?=[,.;:)]| (?:of|at|for|with|in|on)\b))(?:(?: of(?<![Mm]ayor of)(?<![Gg]overnor of)(?<![Pp]remier of)| at| for) (?:the )?(?:(?:[a-z]+ )?(?:{type}) )?(?P<org2>{word}(?: (?:of |and |& |for )?(?<![a-z]{2}\. ){word}){0,3}))?(?!(?<![a-z]{2}\.) [A-Z])|(?=,? (?:said|says|told|added|wrote|noted|argued|explained|warned)\b)(?P<speech>)|(?=, (?:who|whose)\b|, \d{1,3},|, (?:a|an) (?:[A-Z][\w&.-]*+ ){1,3}(?:[a-z][\w-]* ){0,2}(?:{role}|{occupation})\b|, (?:a|an) (?!(?:[\w-]+ ){0,4}?(?:company|firm|group|foundation|organi[sz]ation|nonprofit|charity|agency|fund|bank|university|school|party|union|club|team|band|region|province|state|city|town|village|district|country|book|novel|story|tale|memoir|album|song|documentary|podcast|film|show|series|game|event|day|festival|project|program|programme|initiative|network|vessel|ship|warship|boat|tanker|ferry|yacht|submarine|frigate|destroyer|aircraft|plane|jet|rocket|spacecraft|satellite|vehicle|car|truck|train)\b(?! (?!(?:with|that|which|in|of|for|on|at|based|where|and|to)\b)[a-z]))[a-z])|(?(known)(?![\w®™-]|[”\"]| (?:hospital|medical center|school|university|college|academy|institute|center|centre|library|museum|airport|stadium|arena|bridge|park|foundation|prize|award|trophy|building|hall)\b)(?P<bygiven>)|(?(ini)(?P<initials>)|(?!))))"),
    # a person's kin, named after a possessive: "Trump's daughter Ivanka Trump", "her husband
    # Darnell Okafor" (a person with no role: "son" is no office; not a royal, "daughter Princess
    # Charlotte": ROYAL_TITLES)
    ("|".join(PERSON_KIN), r"(?:(?<=['’]s )|(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<=\bHis )|(?<=\bHer )|(?<=\bTheir ))(?:" + "|".join(PERSON_KIN) + r") (?!(?:{role}|{honorific}|Princess) )(?P<name>{name})(?![\w-])"),
    # "said Janet Yellen", "added Ken Bowersox", "according to Janet Yellen" (``speech``); a
    # given name of two initials too ("said J.D. Vance")
    ("said|says|added|according to", r"\b(?:said|says|added|according to) (?P<name>{name}\b|" + _INITIALS_NAME + r")(?P<speech>)"),
)
# A name matched only as speaking (the ``speech`` group) is a person's only with a sign that it
# is one (``people._person_sign``: a known given name, a role after it, an honorific, a he or
# she near it): organisations speak too ("Plymouth Citibus said", "said Big Machine").
# A known given name (GIVEN_NAMES) is a sign of a person's name anywhere: "Matthew O’Connor
# from UPS", "board member Nicole Lederer" (not inside a longer name found already: "Khawaja
# Mohammad Asif"; nor after a hyphen: "Rose-Lynn Harlan"; nor before a trademark sign: "Don
# Victor® Honey", a brand; nor before a closing quotation mark, a title: “Mary Poppins”; nor
# before a place or an institution named after a person: "Walter Reed hospital").
PERSON_SIGN_AFTER = r",(?: [\w’'.-]+){0,8}? (?:{role}|{occupation})\b"  # "…, the deputy White House press secretary"
# … or set apart by commas after one, its field maybe between: "the UN under-secretary general for
# legal affairs, Elinor Hammarskjöld, told the court" (a regex ending right before the name).
PERSON_SIGN_BEFORE = r"\b(?:{role}|{occupation})(?: (?:for|of) [\w’' -]{1,40})?, $"
PERSON_PRONOUNS = r"\b(?:he|she|He|She)\b"
# What stands right before a photographer's name in a photo's credit, left in a text: "©
# John Brecher for NBC News", "Photograph: Jane Smith", "(Photo by Mark Wilson/Getty Images)",
# "REUTERS/Kevin Lamarque", "AP Photo/Evan Vucci". No person of the story is named there.
# Capitalised, a credit's words: "a picture by Pablo Picasso" names one in prose; and "Image:"
# or "Photo:" may open a caption ("Image: Jose Mourinho, left, has replaced …").
PERSON_CREDIT_BEFORE = r"(?:©|\b(?:Photo(?:graph)?s?|Picture|Image) by|\b(?:Photograph|Credit):|\(photo by|\b[A-Z]{2,}(?: Photo)?/) ?$"
# His, her, him: a sign only in the sentence of a name opening it ("Danilo Gallinari added 25
# points in his former home arena"; not "accusing Big Machine of trying to stop her").
PERSON_POSSESSIVES = r"\b(?:his|her|him|His|Her)\b"
# Given names of either gender (with MALE_GIVEN_NAMES and FEMALE_GIVEN_NAMES: ``{given}``).
GIVEN_NAMES_ANY = (
    "Alex", "Jamie", "Jordan", "Taylor", "Casey", "Morgan", "Robin", "Sam", "Kim", "Pat", "Leslie",
    "Ashton", "Avery", "Cameron", "Dana", "Drew", "Jesse", "Kris", "Lindsay", "Lindsey", "Quinn",
    "Riley", "Shannon", "Terry", "Tracy", "Jean",
)
GIVEN_NAMES = (*MALE_GIVEN_NAMES, *FEMALE_GIVEN_NAMES, *GIVEN_NAMES_ANY, *GIVEN_NAMES_LIKE_PEOPLES)
# A lone capitalised word speaking right after a quotation is a person named by surname
# ("…," Field told me; "…," said Burrage.; "…," says Slemp, 33), maybe after a capitalised word
# ("…," said Josep Borrell, the EU's …: a given name no list holds): people.py finds the full name.
# So is one opening a sentence with an age after it ("Gauff, 20, lost", "Okafor, 34, was
# charged"), or "said he" or "said she" after it ("Minamino said he was happy"), or framing the
# quotation after it ("Merz said: “…”", "Lopez told reporters: “…”"):
# PERSON_OPENING pairs each cue, rare and plain, with the pattern of the word before it: the
# cue is searched, then that pattern in the 40 characters before it.
PERSON_SPEAKER = (
    ("”|\"", r"[”\"],? (?:(?P<surname>{surname}) (?:said|says|told|added|asked|wrote|explained|noted|continued)\b"
              r"|(?:said|says|added|asked) (?:(?P<given>[A-Z][a-z]++) )?(?P<after>{surname})(?=[.,;]))"),
)
PERSON_OPENING = (
    (r", \d{1,3},", r"(?:^|[.!?][”\"]? |\n)(?P<surname>{surname})$"),
    (r" said (?:he|she) ", r"(?:^|[.!?][”\"]? |\n)(?P<surname>{surname})$"),
    (r": [“\"]", r"(?:^|[.!?][”\"]? |\n)(?P<surname>{surname}) (?:said|says|added|wrote|told \w+)$"),
)
# The organisation of a title that opens a pattern stands right before it: "Apple CEO".
# A role set apart by commas before a name stands after a determiner or a possessive, with at
# most three words between ("its chief financial officer", "WeWork’s founder and former CEO",
# "Another officer"); a capitalised word right before it is more likely a name of a list ("in
# remembrance of Bebe King, Elsie Dot Stancombe, and …").
APPOSITION_AFTER = r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]nother)|\w['’]s)(?: (?!(?:of|for|in|at)\b)[\w-]+){0,3} $"
# The organisation right before a role that opens a pattern ("Apple CEO Tim Cook"); in the
# possessive ("Nvidia's chief executive, Jensen Huang"), one the organisations extractor found.
PERSON_ORG_BEFORE = r"\b(?P<org>{org})(?P<owner>['’]s)? (?:{field} )?$"  # "E.U. foreign policy chief"
# A possessive standing for an organisation named before, right before a role: "Arm said its
# chief executive, Rene Haas, …", "Tesla fell after the company's CFO, Vaibhav Taneja, …" (a
# word or two between: "its new chief executive"). people._owner_before finds which one.
PERSON_OWNER_BEFORE = r"\b(?:its|[Tt]he (?:{type}|club|team|agency|ministry|automaker|chipmaker|drugmaker)['’]s)(?: [a-z-]+){0,2} $"
# Family names of one syllable that open Chinese, Korean and Vietnamese names, written family
# name first in English ("Xi Jinping", "Yoon Suk Yeol", "Pham Minh Chinh"): a later mention by
# that word alone is the person's ("Xi said", "President Yoon"; people._family_first), when the
# words after it are syllables of a romanised given name (FAMILY_FIRST_GIVEN: not "Kim
# Kardashian", "Lee Anderson", where the family name is last). Not "Do" (a verb opening a
# sentence, and Do Kwon's given name).
FAMILY_NAMES_FIRST = (
    # Chinese (pinyin; Taiwan's and Hong Kong's spellings)
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
    "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Cao",
    "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng",
    "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Xi", "Qin", "Fu", "Fang", "Bai", "Kong", "Mao",
    "Lai", "Tsai", "Hou", "Wen", "Bo", "Jin", "Qi", "Meng", "Shi", "Lei", "Zhai", "Wan", "Chan", "Leung",
    "Wong", "Cheung", "Lam", "Chow", "Tse", "Ho", "Yip",
    # Korean
    "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh",
    "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Moon", "Ko", "Ban", "Roh",
    "Nam", "Baek", "Heo", "Byun", "Noh",
    # Vietnamese
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Ngo", "Duong", "Ly",
)
# A romanised syllable: an onset, a glide, one to three vowels and an ending ("Jin", "ping",
# "Qiang", "Yeol", "myung", "Minh", "Duck"); a given name is one or two words of one or two such
# syllables each, maybe joined by a hyphen ("Jinping", "Suk Yeol", "Jae-myung", "Minh Chinh").
_SYLLABLE = r"(?:ch|sh|zh|th|kh|ph|tr|ng|nh|gh|gi|qu|ts|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstvxz])?[yw]?[aeiouy]{1,3}(?:ng|nh|ch|ck|[nmptklc])?"
_GIVEN_WORD = r"(?i:" + _SYLLABLE + "){1,2}(?:-(?i:" + _SYLLABLE + "){1,2})?"
FAMILY_FIRST_GIVEN = r"(?=[A-Z])" + _GIVEN_WORD + r"(?: (?=[A-Z])" + _GIVEN_WORD + r")?"
PERSON_SHORT = r"\b(?:(?P<honorific>{honorific}) )?(?P<surname>(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]a|[Dd]el|[Tt]en|[Tt]er)(?: (?:der|den|la|los))? )?{surname})\b"
# Capitalised particles that open a family name ("De La Rosa", "Van Der Beek", "Di Maria", "Le
# Pen"): a name read as opening with one has no given name there (the particle read as one);
# the text's first "Given De La Rosa" is the person's full name (people._particle_surnames).
SURNAME_PARTICLES = ("De", "Del", "Della", "Di", "Da", "Du", "Dos", "Das", "Van", "Von", "Ter", "Ten", "La", "Le")
# A royal is named by a title and a given name alone: "Prince Andrew", "King Charles" (not
# "Prince Harry Windsor", a full name; nor "Queen Mary University").
ROYAL_TITLES = ("King", "Queen", "Prince", "Princess")
PERSON_BY_TITLE = r"(?P<role>King|Queen|Prince|Princess) (?P<name>{given})\b(?! [A-Z][a-z])"
# Honorifics written before a given name alone: "Sir Keir" is Sir Keir Starmer (not "Lord
# Alli", "Lady Starmer": a surname follows those).
GIVEN_NAME_HONORIFICS = ("Sir", "Dame")

# Unnamed speakers, a sentence's first word capitalised: "A Tory source said", "one legal
# expert", "one Weibo commenter", "one user", "a source close to the prime minister", "another
# victim", "a police officer", "her neighbour", "an analyst at Morgan Stanley", "a leader of
# the Sami Council" (the organisation inside it no speaker of its own), "a member of the
# public", "a company spokesperson", "the fire officer" speaking, "a World Health Organization
# spokesperson", "a spokesperson for the French foreign ministry" (what a spokesperson speaks
# for runs to the speech verb right after it, else it is an organisation found), "his
# spokesman", "her family" speaking; "the source", "the expert" and "the spokesman" refer back
# to one (PRONOUNS), or to one of a group counted or described ("two government officials"),
# not to a group named by its kind alone (ANONYMOUS_KINDS: "the experts advise …. “…,” the
# expert explains": the expert is not the experts; "police" before a word naming one of them
# is no group: "the police officer said").
ANONYMOUS_KINDS = r"\b(?:officials|sources|investigators|prosecutors|police(?! (?:officer|constable|sergeant|inspector|detective|chief|commander|commissioner|superintendent|spokes(?:man|woman|person)|source|official)\b)|analysts|economists|experts)\b"
# An unnamed source's organisation: its words, a dot only inside one ("U.S"), not a sentence's end.
_SOURCE_ORG = r"[A-Z][\w&’'-]*+(?:\.[\w&’'-]++)*+(?: (?:of |and |& |for )?[A-Z][\w&’'-]*+(?:\.[\w&’'-]++)*+){0,3}"
ANONYMOUS_SOURCES = (
    r"\b(?:a|an|one|another|two|three|several|other|some|his|her|their|A|An|One|Another|Two|Three|Several|Other|Some|His|Her|Their) (?<!the other )(?:of (?:the|his|her|their) (?=[a-z]+s\b))?(?:(?:senior|top|former|government|administration|company|industry|legal|police|{word}) )*(?:person|people|source|sources|official|officials|insider|insiders|officer|officers|aide|aides|executive|executives|diplomat|diplomats|expert|experts|witness|witnesses|resident|residents|commenter|commenters|user|users|victim|victims|survivor|survivors|neighbour|neighbours|neighbor|neighbors|friend|friends|relative|relatives|colleague|colleagues|co-worker|co-workers|analyst|analysts|economist|economists|strategist|strategists|researcher|researchers|scientist|scientists|trader|traders|banker|bankers|leader|leaders|member|members|representative|representatives)\b(?: (?:familiar with|close to|briefed on|with knowledge of|involved in|who (?:spoke|asked)[^,.]*)(?: the (?:{role}|[a-z]+))?| of the public| (?:at|with|from|of) (?:the )?" + _SOURCE_ORG + ")?",
    r"\b(?:a|an|the|his|her|their|A|An|The|His|Her|Their) (?:{org} |company |police |government )?(?:spokes(?:person|man|woman)|(?:[a-z]+ )?officer(?= (?:said|says|told|added|wrote)\b)|family(?= (?:said|says|told|added|wrote)\b))(?: for (?:the )?(?:[\w’'-]+(?: [\w’'-]+){0,4}?(?= (?:said|says|told|tells|added|adds|wrote|writes|confirmed|stated|noted)\b)|{org}))?",
    ANONYMOUS_KINDS,
)
# One unnamed source, not a group nor a family: "he" or "she" may stand for it when the text
# had it speak after the person it would stand for ("A neighbour, who asked not to be named,
# said …. “…,” she said": the neighbour; quotes._source_between). Its head word, and what
# goes before that (ONE_SOURCE_BEFORE: "a", "one", "her", and up to three words: not "two
# officials", "one of the officials").
ONE_SOURCE_HEADS = (
    "person", "source", "official", "insider", "officer", "aide", "executive", "diplomat", "expert", "witness",
    "resident", "commenter", "user", "victim", "survivor", "neighbour", "neighbor", "friend", "relative", "colleague",
    "analyst", "economist", "strategist", "researcher", "scientist", "trader", "banker", "leader",
    "member", "representative", "spokesperson", "spokesman", "spokeswoman",
)
ONE_SOURCE_BEFORE = r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir) (?:(?!of )[\w’'-]+ ){0,3}$"
# "The ministry said": a pronoun (below) standing only for an organisation whose name holds
# its last word (the Foreign Ministry), not for the last organisation named, whatever it is.
ORG_PRONOUN_HEADS = (
    "ministry", "department", "agency", "embassy", "commission", "committee", "council", "court",
    "university", "union", "party", "club", "army", "police",
)
# Endings of a name that say what it is as ORG_PRONOUN_HEADS' words do: "the club" is
# Manchester United (quotes._holds_head).
ORG_HEAD_ENDINGS = {"club": ORG_CLUB_NICKNAMES}
PRONOUNS = {"he": "person", "she": "person", "He": "person", "She": "person", "it": "organisation",
            "It": "organisation", "the company": "organisation", "The company": "organisation",
            "the bank": "organisation", "The bank": "organisation",
            "the source": "anonymous", "The source": "anonymous", "the person": "anonymous",
            "The person": "anonymous", "the official": "anonymous", "The official": "anonymous",
            "the insider": "anonymous", "The insider": "anonymous", "the diplomat": "anonymous",
            "The diplomat": "anonymous", "the expert": "anonymous", "The expert": "anonymous",
            "the officer": "anonymous", "The officer": "anonymous",
            # a spokesperson named before ("a Metropolitan Police spokesman said …. “…,” the spokesman added")
            **{f"{the} spokes{one}": "anonymous" for the in ("the", "The") for one in ("man", "woman", "person")},
            # who issued the statement named before ("said in a statement …. “…,” the statement said")
            "the statement": "statement", "The statement": "statement",
            **{f"{the} {head}": "organisation" for the in ("the", "The") for head in ORG_PRONOUN_HEADS}}
PRONOUN_GENDERS = {"he": "male", "He": "male", "she": "female", "She": "female"}
# "The statement said" stands for the one a speech verb marks in the last sentence naming a
# statement, or the one issuing it there ("Aldermoor Council issued a statement on Friday").
STATEMENT_ISSUED_AFTER = r"\s(?:issued|released|put out|published) (?:a|an|its|their|the) (?:[a-z]+ )?$"
# A person described by age alone ("“I am done,” said the 36-year-old") stands for the person
# the text gives that age ("Lucy Hart, 29,", "29-year-old Lucy Hart"), else for the one "he"
# would, of either gender, and not one of another age. The pattern is searched only in a text
# where its cue is written.
PERSON_BY_AGE = ("-year-old", r"[Tt]he (?P<age>\d{1,3})-year-old(?![\w’'-])")
# A person described by what they are, not by name, speaking ("“I am disappointed,” said the
# former world number one", "the defending champion said"): the one "he" or "she" would be.
PERSON_EPITHETS = (
    r"[Tt]he (?:(?:former|reigning|defending|current|\d+-time|two-time|three-time|Olympic|world) )*"
    r"(?:world number one|world No\. ?1|champion|title ?holder|veteran|teenager|youngster)(?![\w’'-])"
)
PERSON_AGE_AFTER = r",\s(?P<age>\d{1,3}),"
PERSON_AGE_BEFORE = r"\b(?P<age>\d{1,3})-year-old (?:[a-z][\w-]* ){0,3}$"
# "it" and "the company" stand for an organisation of their paragraph or the one before, not
# one named far above (a credit line's "Associated Press").
ORG_PRONOUN_PARAGRAPHS = True
# A surname after an honorific that goes before surnames alone (SURNAME_HONORIFICS, their
# genders in HONORIFIC_GENDERS; not "Lord Mayor", nor "Sir Keir") that no person found covers
# ("Ms Yellen met Mr Powell", or "Mr. Trump" after two Trumps) is a speaker for quotes, no
# person fact: the person of that surname and gender named first, else the surname itself
# ("Mr Speaker" is none: a role). TITLED_SURNAME is matched right after the honorific.
SURNAME_HONORIFICS = ("Mr", "Mrs", "Ms", "Miss")
TITLED_SURNAME = r"\.? (?P<surname>[A-Z]\w+(?:[’'-][A-Z]\w+)*)(?![\w’'-]| [A-Z])"
# "He said" stands for a person named (or so resolved by a pronoun before) within this many
# characters before it, some paragraphs of wire copy; not for one named far above ("“…,” she
# said" about a mother never named, after a writer named 5,000 characters before): no one.
PERSON_PRONOUN_REACH = 1500
# A quotation is attributed by a frame right after it ("…," he said / "…," said Tim Cook, a
# dozen words at most: "…," Suter acknowledged; "…," explains Jennifer Ngo-Anh) or right
# before it (Cook said: "…"); then the quotation itself ends in punctuation ("…," or "….",
# maybe before the end of a quotation inside it: "…,’”"; or right after the closing mark, the
# British way: "…”, he said") — a quoted term in running prose does not. The words before the
# frame's verb end no sentence ("…,” air bases and depots. The ministry added" frames no
# quotation of the sentence before: a word of three small letters and a full stop ends one,
# not "Mrs.").
QUOTE_FRAME_AFTER = (
    r"[,.!?]?\s*(?!(?:and|but|or|while|because|although|though|when|after|before|if|so)\b)(?:\S+(?<![a-z]{3}[.!?]) ){0,12}?(?:said|says|added|adds|told|tells|asked|asks|wrote|writes|noted|notes|argued|argues"
    r"|explained|explains|warned|warns|continued|continues|stressed|insisted|recalled|recalls|recounted|recounts|replied|responded|stated|states"
    r"|admitted|acknowledged|announced|declared|tweeted|posted|testified|remarked|commented|concluded|shouted|shouts"
    r"|ordered|joked|quipped|laughed|reported|according to)\b",
    # a name and its apposition set off by commas, longer than the words above ("…,” Panganga
    # Pungowiyi, an organizer at …, and a Native resident of …, in Alaska, told me")
    r"[,.!?]?\s*(?:[A-Z][\w’'.-]* ){1,3}[A-Z][\w’'.-]*(?:,[^,“”\"\n]{1,90}){1,3}, (?:said|says|added|adds|told|tells|wrote|writes|explained|explains|noted|notes)\b",
    # a plural subject's verb ("…," officials say; "…", the experts explain) only right after a comma
    r"(?:(?<=[,?!][”\"])|,)\s*(?:[\w’'-]+ ){0,3}?(?:say|tell|add|write|note|argue|explain|warn|insist|recall|admit|acknowledge)\b",
)
QUOTE_FRAME_BEFORE = r"(?:said|says|added|told [\w ]{1,30}?|asked|wrote|noted|warned|stressed|saying|adding|according to [^,.]{1,60}?)[,:]?\s*$"
# A thing written (a heading, a sign, a banner) before a verb saying it, right before a
# quotation, is no one: the quotation has no speaker ("a heading that said: “…”").
QUOTE_WRITTEN_VERBS = ("said", "says", "saying", "read", "reads", "reading")
QUOTE_WRITTEN_BEFORE = (
    r"\b(?:heading|headline|caption|sign|banner|placard|poster|plaque|label|notice|slogan|sticker)s? (?:that |which )?$"
)
QUOTE_FRAMED_INNER = r"[,.!?…—-][’']?\s*$"
# A person named by their role alone ("the French president said", "the chief executive told"):
# the last person named before with that role speaks (quotes.py); when none is, the quotation
# does not carry on the speaker before it (QUOTE_OTHER_SUBJECT), nor when any subject the text
# has not recognised speaks: one described by age ("the 78-year-old said") or a full name ("said Josep
# Borrell", "Josep Borrell said"), or several people of a role or a trade ("the physicians
# stated", "said the nurses"; never a named speaker).
SPEAKER_BY_ROLE = r"\b[Tt]he (?:[A-Z][a-z]+ )?(?P<role>{role}|{occupation})(?= (?:said|says|added|told|wrote)\b)"
_PEOPLE_OF_A_TRADE = "[Dd]octor|[Nn]urse|[Tt]eacher|[Rr]esident|[Ww]itness|[Ss]tudent|[Pp]arent|[Vv]olunteer|[Ff]armer|[Ww]orker"
QUOTE_OTHER_SUBJECT = (
    r"\b(?:[Tt]he(?: [a-z]+[’']s)?|[Ii]ts|[Tt]heir) (?:[A-Za-z][a-z]+ )?(?:{role}|{occupation}|[\w’'-]*\d[\w’'-]*) (?:has |had )?(?:said|says|added|told|wrote)\b"
    r"|\b(?:said|says|added) [A-Z][\w’'-]+ [A-Z][\w’'-]+|\b[A-Z][\w’'-]+ [A-Z][\w’'-]+ (?:said|says|added|told)\b"
    # several people of a role or a trade ("the physicians stated", "said the nurses"): no one found
    r"|\b(?:{role}|{occupation}|" + _PEOPLE_OF_A_TRADE + r")e?s (?:have |had )?(?:said|say|added|told|wrote|stated)\b"
    r"|\b(?:said|added|stated|wrote|told) the (?:[a-z]+ )?(?:{role}|{occupation}|" + _PEOPLE_OF_A_TRADE + r")e?s\b"
)
# A lone surname in the frame right after a quotation ("…," Manzara said / "…," said Strömmer)
# is the speaker when exactly one person of the text has that surname; not after a quotation
# ending a sentence ('….” Martha added: “…”' is about the next one), nor before a colon ('“…?”
# Reeves replied: “…”': her frame of the next one), nor on the next line.
# A person named in the possessive ("Baba criticized Ishiba’s stance, saying, “…”") is not the
# speaker of their sentence.
# Nor is one asked, or the object of a verb or a preposition ("Ford’s father told Starner that
# “…”", "Hartsell said of Fischer, “…”", "said of firefighter John Doyle", "Ishiba brushed
# Tamaki off", "citing Hill", "named the victim as Tom Baker", "a win over Parry", "beat
# Parry": "she said" after it is the winner's); but "according to Hill", "as
# Fischer put it", and '“…?” asked Hill' right after a quotation, where Hill asks).
# Each pattern of the words before a mention ends at it ("$"), as SPEAKER_VERB_BEFORE and
# AUDIENCE_BEFORE do.
NOT_SPEAKER_AFTER = ("’s ", "'s ", " was asked", " were asked", " is asked", " was told", " off,", " off ")
# A pronoun asked or told is no speaker either ("When he was asked, “…?”"; "she's" is "she is").
PRONOUN_NOT_SPEAKER_AFTER = (" was asked", " were asked", " is asked", " was told")
NOT_SPEAKER_BEFORE = (
    r"\b(?:(?<![”\"] )(?:told|tells|asked|asks)|urged|thanked|citing|of|about|against|over|beat|beating|defeated|with|per|into|from|for|at|on|by|like|than|between"
    r"|(?<!according )to|(?:[a-z]+ed|known)(?: the [a-z]+)? as) (?:[a-z]+ )?$"
)
# An organisation or an unnamed source right after a verb of telling is the one spoken to
# ("Thunberg told AFP: “…”", "Speaking to Manchester City …, Phil said: “…”", "…," he told
# police), or cited ("…," the agency said, citing the Health Ministry).
AUDIENCE_BEFORE = r"\b(?:told|tells|telling|asked|asks|citing|[Ss]peaking to|[Tt]alking to) (?:the )?$"
# The one speaking: a speech verb right after the name or its apposition ("Gelner, who is 60
# years old, said"), or before it and its title when no verb or quotation follows the name
# (REPORTED_AFTER: "said Hill, who", "said White House Press Secretary Stephanie Grisham.",
# "according to Hill", "according to Bank of England governor Andrew Bailey"; not "Anzalone
# said Harris “put…”", nor across a sentence's end: "said Tom Cotton. Susan Collins disagreed"):
# such a one wins. An apposition has up to three parts set off by commas, none running over a
# sentence's end ("Michael Thomas, a guard, was charged. Montell Figgins, …, said").
SPEAKER_VERB_AFTER = (
    r"(?:(?:,(?:(?![a-z]{2}\. [A-Z])[^,“”\"\n]){1,90}){1,3},)?\s(?:also |then |later |further |previously |once |has |had |have )?"
    r"(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|argued|argues|explained|explains|warned|warns"
    r"|continued|continues|stressed|insisted|recalled|recalls|replied|responded|asked|asks|acknowledged|agreed"
    r"|remembered|admitted|announced|confirmed|declared|stated|claimed|tweeted|posted|quipped|joked|laughed|recounted"
    r"|remarked|commented|comments|testified|concluded|described|reported|put it|went on|weighed in|chimed in)\b"
)
# A person's organisation between the person and the verb ("Inspector Sarah Mills of Thames
# Valley Police said"): the person speaks (quotes._verb_after); for a group the organisation
# does ("economists at Goldman Sachs wrote": Goldman Sachs).
SPEAKER_AFFILIATION = r" (?:of|at|from) (?:the )?[A-Z][\w&.’'-]*(?: (?:of |for |and )?[A-Z][\w&.’'-]*){0,5}(?=\s)"
# What opens a clause another reports ("argued that", "said in a statement that", "told
# reporters that", "…,” she said, adding that"): the names after it in the sentence are what
# is said, not who says it.
REPORTED_CLAUSE = (
    r"\b(?:said|says|say|saying|argued|argues|noted|notes|added|adding|explained|warned|insisted|claimed|claims|stated"
    r"|wrote|believes|thinks|told)(?: [\w’'-]+){0,4}? that\b"
)
# A lower-case quotation after a determiner, a naming verb or a preposition is a term, not
# words spoken ("said that the “levelling up” agenda would go on", "its “zero tolerance” policy",
# "it is called “pigeon breeder’s lung.”", "standing next to “…”").
QUOTE_TERM_BEFORE = (
    r"\b(?:the|a|an|its|their|his|her|our|this|these|those|so-called|called|dubbed|termed|named|known as"
    r"|at|by|with|of|for|from|in|on|like|about|into|than|as|to)\s$"
)
# A quotation between a determiner or a possessive and a word naming a kind of thing (a
# campaign, a slogan, a song, a film) is that thing's name, not words spoken, however it ends
# ("the state’s “Meth. We’re on it.” ad campaign", "his “Yes We Can” speech"). An adjective
# may stand before it ("the state’s viral “…”"), two words of lower case after it ("theft
# prevention campaign"); a frame's comma inside the quotation never ends a name ("“We will
# win,” the campaign said").
QUOTE_NAME_BEFORE_KIND = r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)|[’']s)\s(?:[a-z]+\s)?$"
QUOTE_NAME_KIND = (
    r"\s(?:(?!(?:the|a|an)\s)[a-z]+\s){0,2}(?:campaign|slogan|motto|tagline|catchphrase|hashtag|ad|advert|advertisement"
    r"|commercial|song|single|album|film|movie|documentary|book|novel|memoir|show|series|episode|podcast|tour"
    r"|speech|doctrine|initiative|programme|program|plan|strategy|agenda|rally|movement|sign|banner|poster)s?\b"
)
# A quotation no frame attributes right after a word naming a kind of work or message is its
# name, however it ends ("Al Gore’s documentary “An Inconvenient Truth.”", "the prevention
# campaign “Starts with one.”"); not after a speech, an interview or a show, whose guests speak
# ("told the podcast “I never wanted this.”").
QUOTE_KIND_BEFORE_NAME = (
    r"\b(?:campaign|slogan|motto|tagline|catchphrase|hashtag|advert|advertisement|commercial|song|single|album"
    r"|film|movie|documentary|book|novel|memoir|biography|play|musical|poem|opera|painting|exhibition|title)s?\s$"
)
REPORTED_AFTER = (
    r"\s*(?:“|\"(?=\w)|(?:is|was|were|are|has|had|have|will|would|could|should|can|did|does|do|may|might|must"
    r"|\w+ed)\b)"
)
SPEAKER_VERB_BEFORE = (
    r"\b(?:said|says|added|adds|wrote|writes|noted|explained|asked|continued|recalled|replied|according to)"
    r" (?:(?:[A-Z][\w.&’'-]*(?<![a-z]{2}\.)(?: of)?|{role}|{modifier}) ){0,5}$"
)
# "According to AFP, one user on Weibo posted: “…”": a source a clause opens with, a comma after
# it, reports what the sentence tells; the subject of the speech verb speaks (quotes.py).
REPORTER_BEFORE = r"\b[Aa]ccording to (?:(?:[A-Z][\w.&’'-]*|{role}|{modifier}) ){0,5}$"
QUOTE_SURNAME_AFTER = (
    r"(?<!\.[”\"])[,!?]?[ \t]*(?P<surname>[A-Z][\w’'-]+) (?:said|says|added|told|asked|wrote|noted|recalled|explained|replied|reported)\b(?!:)",
    r"(?<!\.[”\"])[,!?]?[ \t]*(?:said|says|added|asked|wrote|noted|recalled|explained|replied) (?P<surname>[A-Z][\w’'-]+)\b(?! [A-Z])",
)
# A lone name framing the quotation right before it, a surname or a given name of a person
# found ("Speaking to Manchester City …, Phil said: “…”": Phil Foden).
QUOTE_NAME_BEFORE = r"(?<![\w’'.-])(?P<surname>[A-Z][a-z][\w’'-]*) (?:said|says|added|wrote|told [\w ]{1,30}?)[,:]?[ \t]*$"
# A quotation that no frame attributes has a speaker only when its sentence speaks of speech
# (not a title in prose: "hit singles like “What a Fool Believes.”", "it is called “…”").
QUOTE_SPEECH = (
    r"\b(?:said|says|say|saying|told|tells|tell|telling|added|adds|adding|wrote|writes|write|writing|noted|argued"
    r"|explained|warned|continued|stressed|insisted|recalled|recalls|replied|respond|responds|responded|asked"
    r"|asks|asking|acknowledged|agreed|remembered|admitted|announced|confirmed|declared|stated|stating|claim|claims"
    r"|claimed|tweeted|posted|quipped|joked|laughed|recounted|remarked|commented|comments|testified|concluded"
    r"|described|[Aa]ccording|put it|went on|chimed in|weighed in|exclaimed|shouted|ordered|suggest|suggested"
    r"|urged|vowed|promised|answered|denied|denies|bemoans|bemoaned|read|reads|statements?|interview|speech"
    r"|letter|email|memo|post|tweet|quote|quoted|words|calls|(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )called)\b"
    r"|:\s*$"  # "…, he went on: “…”"
)
# A quotation that no frame attributes is still a quote when it is a whole sentence.
QUOTE_SENTENCE_END = r"[.!?…][\s'’)]*$"

# (end of facts part 2 section)
