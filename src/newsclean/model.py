"""The data that flows through newsclean, one way: RawPage -> Document -> Cleaned -> Article.

Every type here is a frozen dataclass. ``to_dict()`` gives a JSON-safe dict whose keys are
the documented schema (see README "JSON schema").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping


@dataclass(frozen=True)
class RawPage:
    """Bytes as they came from a source, before any decoding."""

    source: str  # what the user gave: a path, a URL, "-", "file.warc.gz#record-12"
    data: bytes
    url: str | None = None  # the page's own URL when known (final URL after redirects)
    http_charset: str | None = None  # charset from the HTTP Content-Type, if any
    content_type: str | None = None  # media type from HTTP, if any
    fetched: datetime | None = None  # when the page was fetched (HTTP Date, WARC-Date)


@dataclass(frozen=True)
class Document:
    """A decoded page: text in Unicode, and whether it is HTML markup or plain text."""

    source: str
    text: str
    is_html: bool
    encoding: str
    url: str | None = None
    fetched: datetime | None = None


@dataclass(frozen=True)
class Block:
    """One unit of the clean article: a heading, paragraph, list item, table or quote."""

    kind: str  # "heading" | "paragraph" | "item" | "table" | "quote"
    text: str  # plain text (tables: cells separated by " | ", rows by "\n")
    level: int = 0  # heading level (1-6); list nesting depth for items
    markdown: str | None = None  # Markdown rendering when it differs from text (tables)


@dataclass(frozen=True)
class Removed:
    """A block or line the clean stage dropped, and why (for ``clean --explain``)."""

    text: str
    reason: str


@dataclass(frozen=True)
class Cleaned:
    """Output of the clean stage: the article's blocks, with what was set apart."""

    title: str | None
    blocks: tuple[Block, ...]
    captions: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    subtitle: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass(frozen=True)
class Author:
    name: str
    role: str | None = None
    email: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "email": self.email}


@dataclass(frozen=True)
class Metadata:
    """Facts about the article. Dates are ISO-8601 strings: with offset when known,
    date-only ("2020-07-15") when only the day is known; never an invented time."""

    title: str | None = None
    subtitle: str | None = None
    description: str | None = None
    authors: tuple[Author, ...] = ()
    published: str | None = None
    modified: str | None = None
    site: str | None = None
    lang: str | None = None
    url: str | None = None
    image: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """One fact found in the clean text.

    ``start``/``end`` are character offsets into ``Article.text`` (``text[start:end] ==
    fact.text``). ``value`` is the normalised value (a number, an ISO date or period, a
    name...). ``attrs`` holds the fields of the fact's type (unit, approx,
    qualifier, range, grain, role, org, speaker, ...); ``to_dict`` flattens them.
    """

    type: str
    text: str
    start: int
    end: int
    value: Any = None
    sentence: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "sentence": self.sentence,
        }
        d.update(self.attrs)
        return d


@dataclass(frozen=True)
class Article:
    """The result for one input: metadata, clean text and facts."""

    source: str
    text: str
    metadata: Metadata = field(default_factory=Metadata)
    blocks: tuple[Block, ...] = ()
    captions: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    removed: tuple[Removed, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        m = self.metadata
        return {
            "source": self.source,
            "url": m.url,
            "title": m.title,
            "subtitle": m.subtitle,
            "description": m.description,
            "authors": [a.to_dict() for a in m.authors],
            "published": m.published,
            "modified": m.modified,
            "site": m.site,
            "lang": m.lang,
            "image": m.image,
            "section": m.section,
            "tags": list(m.tags),
            "text": self.text,
            "captions": list(self.captions),
            "facts": [f.to_dict() for f in self.facts],
        }
