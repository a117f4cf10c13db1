"""newsclean: clean news pages and extract their metadata and facts."""

from __future__ import annotations

__version__ = "0.1.0"  # first: modules imported below read it (the User-Agent)

from .errors import DecodeError, FetchError, NewscleanError, NoContentError, SourceError
from .model import Article, Author, Block, Fact, Metadata, RawPage
from .pipeline import extract, process


__all__ = [
    "Article",
    "Author",
    "Block",
    "DecodeError",
    "Fact",
    "FetchError",
    "Metadata",
    "NewscleanError",
    "NoContentError",
    "RawPage",
    "SourceError",
    "__version__",
    "extract",
    "process",
]
