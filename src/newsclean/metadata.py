"""Document + Cleaned -> Metadata. (First cut: the metadata issue replaces this.)"""

from __future__ import annotations

from datetime import date, datetime

from .model import Cleaned, Document, Metadata


def extract_metadata(doc: Document, cleaned: Cleaned, *, lang: str | None = None) -> Metadata:
    return Metadata(title=cleaned.title, lang=lang, url=doc.url)


def reference_date(meta: Metadata, doc: Document) -> date | datetime | None:
    """The date relative expressions in the text are resolved against."""
    if meta.published:
        return datetime.fromisoformat(meta.published)
    return doc.fetched
