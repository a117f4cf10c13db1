"""Ukrainian rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Ukrainian text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "uk"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): Cyrillic words meet no Latin-script prose, and
# Russian's (ru.py) are no Ukrainian prose. Class/id words of Ukrainian sites are English
# (see en.py). Not "Коментар": the rubric of an opinion piece.
CLEAN_WIDGET_LABELS = (
    "поділитися", "коментарі", "коментувати", "друк", "друкувати", "версія для друку", "підписатися",
    "підписка", "увійти", "вхід", "вийти", "реєстрація", "пошук", "шукати", "закрити", "меню", "головна",
    "на головну", "назад", "далі", "наступна сторінка", "попередня сторінка", "наступна стаття",
    "попередня стаття", "читати далі", "читати повністю", "читайте також", "дивіться також", "детальніше",
    "докладніше", "показати більше", "завантажити ще", "ще", "копіювати посилання", "скопіювати посилання",
    "посилання скопійовано", "скопійовано", "реклама", "новини партнерів", "найпопулярніше", "популярне",
    "останні новини", "усі новини", "всі новини", "стрічка новин", "теги", "теми", "в закладки",
    "додати в закладки", "слухати", "прослухати", "розгорнути", "згорнути", "скасувати", "надіслати",
    "зберегти", "відповісти", "перейти до змісту", "нагору", "контакти", "про нас", "рекомендуємо",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "читайте також", "дивіться також", "читати також", "підписуйтесь на", "підписуйтеся на", "підпишіться на",
    "усі права захищені", "всі права захищені", "при цитуванні", "у разі використання матеріалів",
    "при використанні матеріалів", "використання матеріалів", "ми використовуємо cookie",
    "ми використовуємо файли cookie", "сайт використовує файли cookie", "натисніть тут", "джерело:",
    "якщо ви помітили помилку", "помітили помилку?",
)
# A heading starting with one of these opens a related/comments section. Not "Читайте також"
# nor "По темі" (boxes inside the article), nor "Коментарі" (also the heading of quotes from
# experts inside it).
CLEAN_END_HEADINGS = (
    "найпопулярніше", "найчитаніше", "схожі новини", "схожі матеріали", "схожі статті", "інші новини",
    "новини партнерів", "вас може зацікавити", "може бути цікаво", "вибір редакції", "про автора",
    "останні новини",
)
# Words a date line may hold besides numbers ("14 травня 2025, 20:28", "Опубліковано: 14.05.2025
# о 20:28", "Сьогодні, 12:05"), month names in the genitive a date writes them in.
CLEAN_DATE_WORDS = (
    "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
    "листопада", "грудня", "січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
    "серпень", "вересень", "жовтень", "листопад", "грудень", "січ", "лют", "бер", "квіт", "трав", "черв",
    "лип", "серп", "вер", "жовт", "лист", "груд", "понеділок", "вівторок", "середа", "четвер", "субота",
    "неділя", "пн", "вт", "ср", "чт", "пт", "сб", "нд", "року", "рік", "о", "в", "сьогодні", "вчора",
    "оновлено", "опубліковано", "змінено", "публікації",
)
# Abbreviation of "year" right after a year's digits ("14 травня 2025 р."): part of a date line.
CLEAN_YEAR_MARKS = ("р.",)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie", "кукі"), ("згод", "персональних даних", "налаштуван", "прийняти", "політик")),
    "newsletter notice": (("розсилк",), ("підпи", "пошт", "безкоштовн")),
}
CLEAN_COPYRIGHT_MARKERS = ("усі права захищені", "всі права захищені")
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("автор:", "авторка:", "автори:", "текст:")
# Markers of a photo credit; a line holding one is a caption ("Фото: Олена Коваль, УНІАН").
CLEAN_CREDIT_MARKERS = ("фото:", "(фото", "фото —", "ілюстрація:")

CLEAN_BOX_OPENERS = ("довідка", "досьє")
CLEAN_SOURCE_OPENERS = ("джерело:", "джерела:")

CLEAN_COUNTER_WORDS = ("з", "із")

CLEAN_COMMENT_WORDS = ("коментар", "коментарі", "коментарів", "коментаря")

CLEAN_PROFILE_LABELS = ("вік", "народився", "народилася", "партія", "освіта", "родина", "діти", "посада")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Кореспондент", "Кореспондентка", "Власний кореспондент", "Журналіст", "Журналістка", "Редактор",
    "Редакторка", "Головний редактор", "Оглядач", "Оглядачка", "Фотограф", "Колумніст", "Колумністка",
)
# A name in a Ukrainian byline: capitalised words, perhaps joined by a hyphen; each word as
# short as the line allows, so that a role glued to it is left out.
_CAPITAL = "А-ЯЄІЇҐ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]+?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+(?:і|та|й)\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Автор: Олена Коваль | Автори: Олена Коваль та Іван Мельник | Текст: Іван Мельник, Київ
    rf"(?:^|[|•]\s*)(?:Автор:|Авторка:|Автори:|АВТОР:|Текст:)\s*{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}]|\s(?:з|із|у|в|для)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Опубліковано", "Дата публікації")
MODIFIED_LABELS = ("Оновлено", "Змінено", "Дата оновлення", "Останнє оновлення")
# "3 години тому": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>хвилин|хв|годин|год|дн|день|тижн)\w*\.?\s+тому\b"
AGO_UNITS = {"хвилин": 60, "хв": 60, "годин": 3600, "год": 3600, "дн": 86400, "день": 86400, "тижн": 604800}
# Month names (in the genitive a date writes them in, "14 травня 2025"; the nominative too)
# and their abbreviations (lower case; a dot after one is read too).
MONTH_NAMES = {
    "січня": 1, "січень": 1, "січ": 1, "лютого": 2, "лютий": 2, "лют": 2, "березня": 3, "березень": 3, "бер": 3,
    "квітня": 4, "квітень": 4, "квіт": 4, "травня": 5, "травень": 5, "трав": 5, "червня": 6, "червень": 6,
    "черв": 6, "липня": 7, "липень": 7, "лип": 7, "серпня": 8, "серпень": 8, "серп": 8, "вересня": 9,
    "вересень": 9, "вер": 9, "жовтня": 10, "жовтень": 10, "жовт": 10, "листопада": 11, "листопад": 11,
    "лист": 11, "грудня": 12, "грудень": 12, "груд": 12,
}
# Slashed dates ("14/05/2025") are day first.
DATE_ORDER = "dmy"
# Words before a time, as a date line joins them: "14 травня 2025 року о 20:28", "14 травня 2025 р., 20:28".
TIME_WORDS = ("року о", "року,", "року", "р. о", "р.,", "р.")
# A time given without a zone is in Kyiv's (summer time included; the zone's older name,
# which every copy of the zone data knows).
DEFAULT_TZ = "Europe/Kiev"
TZ_NAMES = {"EET": "Europe/Kiev", "EEST": "Europe/Kiev"}
SCRIPT = "CYRILLIC"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text
# (not "не", "на", "в", "за", "для": Russian too).
COMMON_WORDS = frozenset({"і", "та", "що", "це", "від", "його", "але", "також", "був", "була", "який", "які", "як", "до", "у", "з", "ще", "вже"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Редакція",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Автор: Олена Коваль"), words that join two names.
BYLINE_WORDS = ("Автор", "Авторка", "Автори")
CONJUNCTIONS = ("і", "та", "й")

# (end of metadata section)
