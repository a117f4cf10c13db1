"""Bytes -> Document. (First cut: the frame issue replaces this with full detection.)"""

from __future__ import annotations

from .errors import DecodeError
from .model import Document, RawPage


def decode(raw: RawPage) -> Document:
    if not raw.data.strip():
        raise DecodeError("empty input", raw.source)
    text = raw.data.decode(raw.http_charset or "utf-8", errors="replace")
    head = text.lstrip()[:1000].lower()
    is_html = head.startswith("<") and ("<html" in head or "<!doctype" in head or "<body" in head or "<p" in head)
    return Document(raw.source, text, is_html, raw.http_charset or "utf-8", raw.url, raw.fetched)
