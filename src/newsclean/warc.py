"""WARC files as a source: every HTML ``response`` record with HTTP status 200 is one page.

A page's ``source`` is ``<file>#record-<n>`` (``n`` counts every record of the file from 0),
its ``url`` the WARC-Target-URI, ``fetched`` the WARC-Date (what relative dates in the
text resolve against) and ``http_charset`` the charset of the HTTP Content-Type. Other
response records (not HTML, not status 200) are skipped and counted by reason. A file cut
short ends with one ``SourceError`` after the pages read before the cut.

Large files are read in slices of whole records (``plan``), so a cluster can share one file
out. Paths may be local or any fsspec URL (``s3://...``). Reading needs fastwarc
(``pip install 'newsclean[scale]'``); sniffing does not.
"""

from __future__ import annotations

import sys
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from .errors import NewscleanError, SourceError
from .extras import need
from .model import RawPage

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SLICE_BYTES = 64 * 1024 * 1024  # a file larger than this is read in slices of about this size
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class WarcSlice:
    """The records of ``path`` that start at byte ``start`` or later and before ``stop``."""

    path: str
    start: int = 0
    stop: int | None = None  # None: to the end of the file
    first: int = 0  # number of the slice's first record within the file


def is_warc(head: bytes) -> bool:
    """Whether the first bytes of a file are a WARC, plain or gzip-compressed."""
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def plan(path: str, slice_bytes: int = SLICE_BYTES) -> list[WarcSlice]:
    """Cut a WARC file into slices of whole records, about ``slice_bytes`` each.

    A file that is small, or gzip-compressed as one stream rather than record by record,
    stays one slice."""
    with _open(path) as f:
        if f.seek(0, 2) <= slice_bytes:
            return [WarcSlice(path)]
        f.seek(0)
        starts, firsts = [0], [0]
        try:
            for n, record in enumerate(_records(f, parse_http=False)):
                if record.stream_pos - starts[-1] >= slice_bytes:
                    starts.append(record.stream_pos)
                    firsts.append(n)
        except OSError:
            pass  # a cut-off file: reading its last slice reports it
        if not all(_record_starts_at(f, offset) for offset in starts):
            return [WarcSlice(path)]
    stops: list[int | None] = [*starts[1:], None]
    return [WarcSlice(path, a, b, n) for a, b, n in zip(starts, stops, firsts)]


def read(part: WarcSlice | str, skipped: Counter[str] | None = None) -> Iterator[RawPage]:
    """Yield the HTML pages of a WARC file or slice; count skipped records in ``skipped``."""
    if isinstance(part, str):
        part = WarcSlice(part)
    skipped = Counter() if skipped is None else skipped
    n = part.first
    with _open(part.path) as f:
        f.seek(part.start)
        try:
            for record in _records(f, parse_http=True):
                if part.stop is not None and record.stream_pos >= part.stop:
                    return
                page = _page(record, f"{part.path}#record-{n}", skipped)
                n += 1
                if page is not None:
                    yield page
        except OSError as e:
            raise _truncated(part.path, n, str(e)) from None


def items(path: Path) -> Iterator[RawPage | NewscleanError]:
    """A WARC file as inputs of a run (``source.EXPANDERS``): its pages, then the error
    that ended the file early, if any. Skipped records are reported on stderr."""
    skipped: Counter[str] = Counter()
    try:
        yield from read(str(path), skipped)
    except NewscleanError as e:
        e.source = e.source or str(path)
        yield e
    if skipped:
        print(f"newsclean: {path}: {describe(skipped)}", file=sys.stderr, flush=True)


def describe(skipped: Counter[str]) -> str:
    """``"3 records skipped (2 not HTML, 1 HTTP 404)"``, for the run's summary."""
    total = sum(skipped.values())
    reasons = ", ".join(f"{count} {reason}" for reason, count in sorted(skipped.items()))
    return f"{total} record{'s' if total != 1 else ''} skipped ({reasons})"


def _page(record: Any, source: str, skipped: Counter[str]) -> RawPage | None:
    if record.record_type != need("fastwarc.warc", "WARC input").WarcRecordType.response:
        return None
    http = record.http_headers
    media = (record.http_content_type or "").lower()
    reason = (
        "not HTTP" if http is None
        else f"HTTP {http.status_code}" if http.status_code != 200
        else None if media in HTML_TYPES
        else "not HTML"
    )
    body = b"" if reason else record.reader.read()
    size = record.reader.consume() if reason else len(body)  # every response is read to its end
    if "Content-Length" not in record.headers or _short(record, http, size):
        raise OSError("record cut off")
    if reason:
        skipped[reason] += 1
        return None
    return RawPage(
        source=source,
        data=body,
        url=(record.headers.get("WARC-Target-URI") or "").strip("<>") or None,
        http_charset=record.http_charset,
        content_type=media,
        fetched=record.record_date,
    )


def _short(record: Any, http: Any, size: int) -> bool:
    """Whether the body is shorter than the record says. An encoded body (gzip, chunked)
    is decoded, so its length differs; a cut there fails in the decoder instead."""
    encoded = http is not None and (http.get("Content-Encoding") or http.get("Transfer-Encoding"))
    return not encoded and size < record.content_length


def _truncated(path: str, n: int, why: str) -> SourceError:
    return SourceError(f"WARC is truncated or corrupt at record {n} ({why}); stopped reading this file", path)


def _records(f: IO[bytes], *, parse_http: bool) -> Iterator[Any]:
    warc = need("fastwarc.warc", "WARC input")
    return iter(warc.ArchiveIterator(f, parse_http=parse_http, auto_decode="all"))


def _record_starts_at(f: IO[bytes], offset: int) -> bool:
    """Whether a record (or the gzip member holding it) starts at ``offset``."""
    f.seek(offset)
    head = f.read(5)
    return head.startswith(_GZIP_MAGIC) or head == b"WARC/"


def _open(path: str) -> IO[bytes]:
    if "://" in path:
        return need("fsspec", "Reading WARC from a URL").open(path, "rb").open()
    try:
        return open(path, "rb")
    except OSError as e:
        raise SourceError(f"cannot read: {e.strerror}", path) from None
