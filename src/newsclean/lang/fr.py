"""French rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads French text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "fr"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of French sites are mostly English (see en.py); French ones here.
CLEAN_JUNK_CLASS_WORDS = ("publicite", "partage")
CLEAN_CAPTION_CLASS_WORDS = ("legende",)
CLEAN_SUBTITLE_CLASS_WORDS = ("chapo",)  # "chapeau" too
# Labels of share/print/font buttons, menus and footer widgets (case, spaces and
# punctuation ignored; a line made only of these words is chrome).
CLEAN_WIDGET_LABELS = (
    "partager", "partage", "partager sur", "imprimer", "commenter", "commentaires", "réagir", "publicité",
    "lire la suite", "lire aussi", "à lire aussi", "lire plus tard", "s'abonner", "abonnez-vous",
    "se connecter", "connexion", "s'inscrire", "fermer", "rechercher", "recherche", "accueil",
    "retour en haut", "suivant", "précédent", "copier le lien", "lien copié", "copié", "envoyer",
    "sauvegarder", "enregistrer", "écouter", "écouter cet article", "suivre", "suivez-nous",
    "offrir", "offrir cet article", "sur le même sujet", "les plus lus", "mots-clés", "sponsorisé",
    "contenu sponsorisé", "aller au contenu", "annuler", "voir plus", "en savoir plus", "plus",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "lire aussi", "à lire aussi", "lire également", "à lire également", "à voir aussi", "voir aussi :",
    "sur le même sujet", "tous droits réservés", "nous utilisons des cookies", "ce site utilise des cookies",
    "abonnez-vous", "inscrivez-vous", "suivez-nous", "cliquez ici", "retrouvez-nous",
    "cet article est réservé aux abonnés", "ne manquez pas",
)
# A heading starting with one of these opens a related/comments section. Not "À lire aussi"
# (a box inside the article).
CLEAN_END_HEADINGS = (
    "sur le même sujet", "les plus lus", "les plus lues", "articles les plus lus", "dans la même rubrique",
    "nos derniers articles", "derniers articles", "commentaires", "à propos de l'auteur", "à propos de l’auteur",
    "vous aimerez aussi", "vous aimerez peut-être", "ces articles pourraient vous intéresser",
    "à découvrir aussi", "contenus sponsorisés", "pour aller plus loin", "la rédaction vous conseille",
)
# Words a date line may hold besides numbers ("Publié le 22 novembre 2024 à 07h22, mis à
# jour le 23 novembre").
CLEAN_DATE_WORDS = (
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
    "septembre", "octobre", "novembre", "décembre", "decembre", "janv", "févr", "fév", "avr", "juil",
    "sept", "oct", "nov", "déc", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "le", "er", "à", "h", "publié", "publiée", "mis", "mise", "jour", "modifié", "actualisé",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), (
        "consentement", "accepter", "confidentialité", "données personnelles", "paramètres", "partenaires",
    )),
    "newsletter notice": (("newsletter",), ("inscrivez-vous", "abonnez-vous", "recevez", "gratuite")),
}
CLEAN_COPYRIGHT_MARKERS = ("tous droits réservés",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("par ", "publié", "mis à jour", "correspondant")
# Markers of a photo credit; a line holding one is a caption (French puts a space before
# the colon).
CLEAN_CREDIT_MARKERS = ("photo :", "crédit photo", "illustration :")

CLEAN_SHOP_WORDS = ("chez",)
CLEAN_VOTE_WORDS = ("vote", "votes", "voix")

CLEAN_SOURCE_OPENERS = ("source :", "sources :")

CLEAN_COUNTER_WORDS = ("sur",)

# A reading time's label (see en.py CLEAN_NO_HEADLINE).
CLEAN_NO_HEADLINE = (r"\btemps de lecture\b",)

CLEAN_APPEAL_BUTTONS = ("faire un don", "je fais un don", "soutenez-nous")

CLEAN_COMMENT_WORDS = ("commentaire", "commentaires")

CLEAN_POLL_ANSWERS = ("oui", "non", "je ne sais pas", "sans opinion")
CLEAN_POLL_SELF = ("je", "j'", "aucun", "aucune")  # see en.py
CLEAN_POLL_ASKS = ("vous", "tu")  # see en.py
CLEAN_READER_WORDS = ("votre", "vos", "tes")  # see en.py (not "ton": English "a ton of")

CLEAN_PROFILE_LABELS = ("âge", "né", "née", "parti", "profession", "formation", "famille", "enfants", "nationalité")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Journaliste", "Correspondant", "Correspondante", "Envoyé spécial", "Envoyée spéciale", "Rédacteur",
    "Rédactrice", "Chroniqueur", "Chroniqueuse", "Éditorialiste", "Photographe",
)
# A name in a French byline: capitalised words, perhaps a particle ("Anne de La Tour");
# each word as short as the line allows, so that a role glued to it is left out.
_NAME = r"[A-ZÀÂÉÈÊÎÔÛÇ][\w'’.-]+?(?:\s+(?:(?:de|du|des|la|le|d’|d')\s*)*[A-ZÀÂÉÈÊÎÔÛÇ][\w'’.-]+?){1,3}?"
_NAMES = rf"(?P<names>{_NAME}(?:\s*(?:,|et|&)\s*{_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>(?i:{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))})))?"  # "…, envoyé spécial à Kiev"
BYLINE_PATTERNS = (
    # Par Jean Dupont et Marie Martin | Par Jean Dupont, à Bruxelles | Par Jean Dupont Publié le …
    rf"(?:^|[|•]\s*)(?:Par|PAR|Texte :|Texte:)\s+{_NAMES}{_ROLE}"
    r"\s*(?:$|[|•(/]|\d|,\s*(?:à\s|[A-ZÀÂÉÈÊÎÔÛÇ])|\s(?:Publié|publié|Mis|le|à|pour|avec)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Publié", "Publiée", "Publié le", "Créé")
MODIFIED_LABELS = ("Mis à jour", "Mise à jour", "Modifié", "Actualisé")
# "il y a 3 heures": resolved against the fetch time (the day only).
AGO = r"il y a\s+(?P<n>\d+)\s*(?P<unit>minute|min|heure|h|jour|semaine)s?\b"
AGO_UNITS = {"minute": 60, "min": 60, "heure": 3600, "h": 3600, "jour": 86400, "semaine": 604800}
# Month names and their abbreviations (lower case; a dot after one is read too), for date
# lines such as "22 novembre 2024 à 07h22", "1er févr. 2025".
MONTH_NAMES = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
}
# Slashed dates ("25/04/2026") are day first.
DATE_ORDER = "dmy"
# Hours and minutes split by "h" ("à 07h22"; the other units are the numeric forms' own).
DATE_UNITS = {"hour": "h"}
# Time zone names of French date lines (France, Belgium, Luxembourg, Switzerland share one zone).
TZ_NAMES = {"CET": "Europe/Paris", "CEST": "Europe/Paris"}
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text.
COMMON_WORDS = frozenset({"le", "la", "les", "des", "et", "est", "une", "que", "pour", "dans", "sur", "pas", "du", "au", "avec", "qui", "sont"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("La rédaction", "Rédaction")

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Par Jean Dupont"), words that join two names,
# lower-case words inside a name ("Anne de La Tour").
BYLINE_WORDS = ("Par", "PAR", "par")
CONJUNCTIONS = ("et",)
NAME_PARTICLES = ("de", "du", "la", "le")

# (end of metadata section)
