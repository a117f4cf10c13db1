"""Russian rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Russian text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "ru"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): Cyrillic words meet no Latin-script prose.
# Class/id words of Russian sites are English (see en.py). Not "Комментарий": the rubric of
# an opinion piece; not "Мир", "Политика": rubrics that also head the article.
CLEAN_WIDGET_LABELS = (
    "поделиться", "поделитесь", "комментарии", "комментировать", "написать комментарий", "печать",
    "версия для печати", "распечатать", "подписаться", "подписка", "оформить подписку", "войти", "вход",
    "выйти", "выход", "регистрация", "зарегистрироваться", "поиск", "найти", "закрыть", "меню", "главная",
    "на главную", "назад", "вперед", "вперёд", "далее", "следующая страница", "предыдущая страница",
    "следующая статья", "предыдущая статья", "читать далее", "читать полностью", "читать также",
    "читайте также", "смотрите также", "подробнее", "показать еще", "показать ещё", "загрузить еще",
    "загрузить ещё", "еще", "ещё", "копировать ссылку", "скопировать ссылку", "ссылка скопирована",
    "скопировано", "реклама", "на правах рекламы", "новости партнеров", "новости партнёров",
    "самое читаемое", "самое популярное", "популярное", "последние новости", "все новости",
    "лента новостей", "теги", "темы", "в закладки", "добавить в закладки", "в избранное", "слушать",
    "прослушать", "слушать статью", "развернуть", "свернуть", "развернуть на весь экран",
    "выйти из полноэкранного режима", "отмена", "отправить", "сохранить", "мне нравится", "ответить",
    "перейти к содержанию", "наверх", "рекомендуем", "обратная связь", "контакты", "о проекте", "о нас",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "читайте также", "читать также", "смотрите также", "читайте нас в", "читайте нас на", "подписывайтесь на",
    "подпишитесь на", "все права защищены", "при цитировании", "при использовании материалов",
    "при полном или частичном использовании", "использование материалов", "мы используем cookie",
    "мы используем файлы cookie", "сайт использует файлы cookie", "этот сайт использует", "нажмите здесь",
    "источник:", "если вы заметили ошибку", "нашли ошибку?", "выделите её и нажмите", "выделите ее и нажмите",
)
# A heading starting with one of these opens a related/comments section. Not "Читайте также"
# nor "По теме" (boxes inside the article), nor "Комментарии" (also the heading of quotes
# from experts inside it).
CLEAN_END_HEADINGS = (
    "самое читаемое", "самое популярное", "самые читаемые", "похожие новости", "похожие материалы",
    "похожие статьи", "другие новости", "новости партнеров", "новости партнёров", "вам может быть интересно",
    "это может быть интересно", "может быть интересно", "выбор редакции", "об авторе",
    "последние новости",
)
# Words a date line may hold besides numbers ("14 мая 2025, 20:28", "Опубликовано: 14.05.2025
# в 20:28 мск", "Сегодня, 12:05"), month names in the genitive a date writes them in.
CLEAN_DATE_WORDS = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
    "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
    "сентябрь", "октябрь", "ноябрь", "декабрь", "янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен",
    "сент", "окт", "ноя", "нояб", "дек", "понедельник", "вторник", "среда", "четверг", "пятница",
    "суббота", "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс", "года", "год", "в", "сегодня",
    "вчера", "мск", "обновлено", "опубликовано", "изменено", "время", "публикации",
)
# Abbreviation of "year" right after a year's digits ("14 мая 2025 г."): part of a date line.
CLEAN_YEAR_MARKS = ("г.",)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie", "куки"), ("соглас", "персональных данных", "настройк", "принять", "политик")),
    "newsletter notice": (("рассылк",), ("подпи", "почт", "e-mail", "бесплатн")),
    "social media notice": (("подписывайтесь", "подпишитесь"), ("telegram", "телеграм", "вконтакте", "youtube", "дзен")),
}
CLEAN_COPYRIGHT_MARKERS = ("все права защищены",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("автор:", "авторы:", "текст:")
# Markers of a photo credit; a line holding one is a caption ("Фото: Иван Петров, ТАСС").
CLEAN_CREDIT_MARKERS = ("фото:", "(фото", "фото —", "иллюстрация:", "кадр из видео")

CLEAN_BOX_OPENERS = ("справка", "досье", "факты о")
CLEAN_SOURCE_OPENERS = ("источник:", "источники:")

CLEAN_COUNTER_WORDS = ("из",)

# A reading time or a teaser's age (see en.py CLEAN_NO_HEADLINE): "5 минут на чтение",
# "Время чтения: 4 мин", "3 часа назад". Each opens with "\b", as every language's do: the
# regex engine then tries the merged patterns only where a word starts (one that does not
# made the search of every line three times as long); few, each alternative costing every
# word of every short line.
CLEAN_NO_HEADLINE = (
    r"\b\d+\s?(?:мин(?:ут[аы]?|\.)?\s+(?:на\s+)?чтени[ея]|(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей))\s+назад\b)",
    r"\bвремя\s+чтения",
)

CLEAN_COMMENT_WORDS = ("комментарий", "комментария", "комментариев", "комментарии")

# Words that report speech (see en.py).
CLEAN_ATTRIBUTION_WORDS = ("сказал", "сказала", "заявил", "заявила", "сообщил", "сообщила", "рассказал", "рассказала")

CLEAN_PROFILE_LABELS = ("возраст", "родился", "родилась", "партия", "образование", "семья", "дети", "должность")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Корреспондент", "Специальный корреспондент", "Спецкор", "Обозреватель", "Журналист", "Журналистка",
    "Редактор", "Главный редактор", "Фотограф", "Колумнист", "Политический обозреватель",
)
# A name in a Russian byline: capitalised words, perhaps joined by a hyphen; each word as
# short as the line allows, so that a role glued to it is left out.
_CAPITAL = "А-ЯЁ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]+?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+и\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Автор: Анна Иванова | Авторы: Анна Иванова и Иван Петров | Текст: Иван Петров, Москва
    rf"(?:^|[|•]\s*)(?:Автор:|Авторы:|АВТОР:|Текст:|Автор материала:)\s*{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}]|\s(?:из|в|во|для)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Опубликовано", "Дата публикации", "Размещено")
MODIFIED_LABELS = ("Обновлено", "Изменено", "Дата обновления", "Последнее обновление")
# "3 часа назад": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>минут|мин|час|дн|день|недел)\w*\.?\s+назад\b"
AGO_UNITS = {"минут": 60, "мин": 60, "час": 3600, "дн": 86400, "день": 86400, "недел": 604800}
# Month names (in the genitive a date writes them in, "14 мая 2025"; the nominative too) and
# their abbreviations (lower case; a dot after one is read too).
MONTH_NAMES = {
    "января": 1, "январь": 1, "янв": 1, "февраля": 2, "февраль": 2, "фев": 2, "марта": 3, "март": 3, "мар": 3,
    "апреля": 4, "апрель": 4, "апр": 4, "мая": 5, "май": 5, "июня": 6, "июнь": 6, "июн": 6, "июля": 7, "июль": 7,
    "июл": 7, "августа": 8, "август": 8, "авг": 8, "сентября": 9, "сентябрь": 9, "сен": 9, "сент": 9,
    "октября": 10, "октябрь": 10, "окт": 10, "ноября": 11, "ноябрь": 11, "ноя": 11, "нояб": 11,
    "декабря": 12, "декабрь": 12, "дек": 12,
}
# Slashed dates ("14/05/2025") are day first.
DATE_ORDER = "dmy"
# Words before a time, as a date line joins them: "14 мая 2025 года в 20:28", "14 мая 2025 г., 20:28".
TIME_WORDS = ("года в", "года,", "года", "г. в", "г.,", "г.")
TZ_NAMES = {"MSK": "Europe/Moscow"}
# A time given without a zone is in Moscow's.
DEFAULT_TZ = "Europe/Moscow"
SCRIPT = "CYRILLIC"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text
# (not "і", "та", "що": Ukrainian).
COMMON_WORDS = frozenset({"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "за", "он", "для", "от", "так", "но", "его", "был", "была", "также"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Редакция",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Автор: Анна Иванова"), words that join two names.
BYLINE_WORDS = ("Автор", "Авторы")
CONJUNCTIONS = ("и",)

# (end of metadata section)
