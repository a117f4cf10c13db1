"""Japanese rules: data for the clean and metadata stages (page chrome, date lines), no logic.

A module of some stages' sections (see ``lang/__init__.py``): the facts stage reads Japanese
text as a text in a language without rules.
"""

from __future__ import annotations

CODE = "ja"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (see en.py; merged with every language's)
# ---------------------------------------------------------------------------

# Words a date line holds besides numbers ("1月13日", "2025年1月14日 01時28分", Chinese pages too).
CLEAN_DATE_WORDS = ("年", "月", "日", "時", "分", "午前", "午後", "更新", "公開", "配信", "掲載")
# A heading opening a related section: related keywords, related articles, recommended.
CLEAN_END_HEADINGS = ("関連キーワード", "関連記事", "おすすめ情報", "おすすめ記事", "あわせて読みたい", "こちらもおすすめ")
# A paywall's first line ("この記事は会員限定です。"): chrome, and the promotion under it.
CLEAN_CHROME_PREFIXES = ("この記事は会員限定", "この記事は有料会員限定", "この記事は有料記事", "続きを読むには")

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: date lines, default time zone
# ---------------------------------------------------------------------------

# Words that introduce the published / modified date on a date line ("公開日：2025/01/31 11:30
# 更新日：2025/01/31 11:30"; "2025年1月14日 01時28分 (1月14日 01時40分更新)" puts it after).
PUBLISHED_LABELS = ("公開日", "配信日", "掲載日", "公開", "配信", "掲載")
MODIFIED_LABELS = ("最終更新", "更新日", "更新")
# Words after year, month, day, hour, minute: 2025年1月14日 01時28分.
DATE_UNITS = {"year": "年", "month": "月", "day": "日", "hour": "時", "minute": "分"}
# Before a time of twelve hours: 午前 (AM), 午後 (PM): "2024年5月3日 午後2時07分".
MERIDIEM = {"午前": "AM", "午後": "PM"}
# "3時間前": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>分|時間|日|週間)\s*前"
AGO_UNITS = {"分": 60, "時間": 3600, "日": 86400, "週間": 604800}
# Japanese pages state times in Japan Standard Time when they give no offset.
DEFAULT_TZ = "+09:00"
# The script that tells its text: kana, which no other language writes (its text is as much
# Han as kana; ``metadata/language.py`` reads a text with kana enough as this script).
SCRIPT = "HIRAGANA"

# (end of metadata section)
