"""Chinese rules: data for the metadata stage only (its date lines), no logic.

A module of one stage's section (see ``lang/__init__.py``): the clean stage and the facts
stage read Chinese text as a text in a language without rules.
"""

from __future__ import annotations

CODE = "zh"

# ---------------------------------------------------------------------------
# metadata: date lines, default time zone
# ---------------------------------------------------------------------------

# Words that introduce the published / modified date on a date line ("发布时间：2024-04-24 23:52").
PUBLISHED_LABELS = ("发布时间", "發佈時間", "发布日期", "发布", "發佈")
MODIFIED_LABELS = ("更新时间", "更新時間", "更新")
# Words after year, month, day, hour, minute: 2024年04月24日 23时52分.
DATE_UNITS = {"year": "年", "month": "月", "day": "日", "hour": "时", "minute": "分"}
# "3小时前": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>分钟|小时|天|周)\s*前"
AGO_UNITS = {"分钟": 60, "小时": 3600, "天": 86400, "周": 604800}
# Chinese pages state times in China Standard Time when they give no offset.
DEFAULT_TZ = "+08:00"
# The script of the language's text, to check the markup's language claim (Japanese text, as
# much Han, has kana: ``metadata/language.py`` reads it as "HIRAGANA").
SCRIPT = "CJK"

# (end of metadata section)
