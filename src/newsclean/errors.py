"""newsclean's exceptions. The CLI catches only ``NewscleanError`` and prints
``newsclean: <source>: <reason>`` on one line.

    NewscleanError              base class; ``source`` names the input
    ├── SourceError             the input cannot be read: missing file, unreadable folder, bad list
    │   └── FetchError          HTTP: status, timeout, too many redirects, refused scheme, too large
    ├── DecodeError             bytes are not text (binary, empty, undecodable)
    └── NoContentError          decoded, but no article text was found
"""

from __future__ import annotations


class NewscleanError(Exception):
    """Base of every error newsclean raises on purpose."""

    def __init__(self, reason: str, source: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}" if self.source else self.reason


class SourceError(NewscleanError):
    """An input cannot be read."""


class FetchError(SourceError):
    """A URL could not be fetched."""


class DecodeError(NewscleanError):
    """The input's bytes are not text newsclean can read."""


class NoContentError(NewscleanError):
    """The input was read, but holds no article text."""
