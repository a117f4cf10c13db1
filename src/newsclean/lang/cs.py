"""Czech rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Czech text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "cs"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Czech sites are English (see en.py). Not "Komentář": the rubric of
# an opinion piece.
CLEAN_WIDGET_LABELS = (
    "sdílet", "sdílejte", "sdílet článek", "tisk", "vytisknout", "komentáře", "komentovat", "diskuse",
    "číst dál", "čtěte také", "přečtěte si také", "více", "zobrazit více", "hledat", "vyhledávání",
    "přihlásit", "přihlásit se", "odhlásit", "registrace", "předplatné", "předplatit", "zavřít",
    "hlavní stránka", "zpět", "další", "předchozí", "další článek", "předchozí článek", "kopírovat odkaz",
    "odkaz zkopírován", "zkopírováno", "sledovat", "sledujte nás", "poslechnout", "poslechněte si článek",
    "uložit", "zrušit", "odeslat", "nejčtenější", "nejnovější", "související články", "témata", "štítky",
    "přejít na obsah", "doporučujeme",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "čtěte také", "přečtěte si také", "všechna práva vyhrazena", "používáme cookies", "tento web používá cookies",
    "tyto stránky používají cookies", "klikněte zde", "sledujte nás", "zdroj:", "související:",
)
# A heading starting with one of these opens a related/comments section. Not "Čtěte také"
# (a box inside the article), nor a bare "Související" or "Nejčtenější" (they open
# "Související otázky", "Nejčtenější knihy roku", parts of an article; alone, each is a
# widget label).
CLEAN_END_HEADINGS = (
    "související články", "nejčtenější články", "nejčtenější zprávy", "další zprávy", "další články",
    "mohlo by vás zajímat", "o autorovi", "o autorce", "diskuse k článku",
)
# Words a date line may hold besides numbers ("14. května 2025 20:28", "Aktualizováno: 14. 5.
# 2025 v 21:05", "dnes 12:05"), month names in the genitive a date writes them in.
CLEAN_DATE_WORDS = (
    "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
    "listopadu", "prosince", "leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen",
    "říjen", "listopad", "prosinec", "pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle",
    "v", "dnes", "včera", "hod", "aktualizováno", "publikováno",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), ("souhlas", "soukromí", "nastavení", "přijmout", "osobních údaj")),
    "newsletter notice": (("newsletter",), ("přihlas", "odebír", "zdarma")),
}
CLEAN_COPYRIGHT_MARKERS = ("všechna práva vyhrazena",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("autor:", "autorka:", "autoři:")
# Markers of a photo credit; a line holding one is a caption ("Ilustrační foto", "Snímek: ČTK";
# "Foto:" is German's too).
CLEAN_CREDIT_MARKERS = ("ilustrační foto", "ilustrační snímek", "snímek:")

CLEAN_SOURCE_OPENERS = ("zdroj:", "zdroje:")

# A reading time (see en.py CLEAN_NO_HEADLINE; opens with "\b", see ru.py): "5 min čtení".
CLEAN_NO_HEADLINE = (r"\b\d+\s?min\.?\s+čtení",)

CLEAN_COMMENT_WORDS = ("komentář", "komentáře", "komentářů")

CLEAN_PROFILE_LABELS = ("věk", "narozen", "narozena", "strana", "vzdělání", "povolání", "rodina", "děti")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Redaktor", "Redaktorka", "Reportér", "Reportérka", "Zpravodaj", "Zpravodajka", "Komentátor", "Komentátorka",
    "Fotograf", "Fotografka", "Šéfredaktor", "Šéfredaktorka",
)
# A name in a Czech byline: capitalised words, perhaps joined by a hyphen; each word as short
# as the line allows, so that a role glued to it is left out.
_CAPITAL = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]+?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+a\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Autor: Jan Novák | Autoři: Jan Novák a Petra Svobodová | Autorka: Eva Dvořáková, Zpravodajka
    rf"(?:^|[|•]\s*)(?:Autor:|Autorka:|Autoři:|AUTOR:)\s*{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}]|\s(?:z|ze|v|ve|pro)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Publikováno", "Vydáno", "Zveřejněno")
MODIFIED_LABELS = ("Aktualizováno", "Aktualizace", "Upraveno")
# "před 3 hodinami": resolved against the fetch time (the day only).
AGO = r"před\s+(?P<n>\d+)\s*(?P<unit>min|hod|dn|týd)\w*\.?"
AGO_UNITS = {"min": 60, "hod": 3600, "dn": 86400, "týd": 604800}
# Month names (in the genitive a date writes them in, "14. května 2025"; the nominative too),
# lower case.
MONTH_NAMES = {
    "ledna": 1, "leden": 1, "února": 2, "únor": 2, "března": 3, "březen": 3, "dubna": 4, "duben": 4, "května": 5,
    "květen": 5, "června": 6, "červen": 6, "července": 7, "červenec": 7, "srpna": 8, "srpen": 8, "září": 9,
    "října": 10, "říjen": 10, "listopadu": 11, "listopad": 11, "prosince": 12, "prosinec": 12,
}
# Slashed and dotted dates ("14. 5. 2025") are day first.
DATE_ORDER = "dmy"
TZ_NAMES = {"CET": "Europe/Prague", "CEST": "Europe/Prague"}
# A time given without a zone is in Czechia's (summer time included).
DEFAULT_TZ = "Europe/Prague"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text
# ("a", "se", "na" are Italian, Spanish, Portuguese or Polish words too, among more of theirs;
# not "do", "to").
COMMON_WORDS = frozenset({"a", "v", "že", "je", "se", "na", "pro", "jako", "ale", "jsou", "byl", "byla", "není", "také", "které", "který", "podle", "jeho", "již"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redakce",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Autor: Jan Novák"), words that join two names.
BYLINE_WORDS = ("Autor", "Autorka", "Autoři")
CONJUNCTIONS = ("a",)

# (end of metadata section)
