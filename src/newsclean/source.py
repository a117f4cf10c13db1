"""Sources -> RawPages. The only module that touches the disk or the network.

Listing is lazy and cheap: ``list_inputs()`` turns what the user typed (paths, folders,
``-``, URLs, ``-i`` list files) into *items*, and ``read()`` turns one item into a RawPage.
An item is a path or URL string, a RawPage already read (stdin, archive records), or the
error of an input that failed while listed (a cut-off archive), so an item can be sent to
another process. One path may expand into many items: a folder into its files, and a file
whose first bytes an expander in ``EXPANDERS`` recognises (a WARC), whatever its name,
into that expander's items.
"""

from __future__ import annotations

import fnmatch
import io
import os
import re
import sys
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TextIO
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from . import __version__, warc
from .errors import FetchError, NewscleanError, SourceError
from .model import RawPage

if TYPE_CHECKING:  # imported where a URL is fetched: a run on files need not pay ~85 ms for it
    import httpx

Item = str | RawPage | NewscleanError

# (sniff, expand): a file whose first bytes ``sniff`` accepts expands into ``expand``'s items.
EXPANDERS: list[tuple[Callable[[bytes], bool], Callable[[Path], Iterator[Item]]]] = [(warc.is_warc, warc.items)]

USER_AGENT = f"newsclean/{__version__} (+https://pypi.org/project/newsclean/; article cleaner)"
SCHEMES = ("http", "https")
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
SECRET_PARAMS = frozenset(
    {"token", "access_token", "auth", "key", "apikey", "api_key", "password", "pass",
     "secret", "signature", "sig", "session", "sessionid", "sid", "code", "client_secret"}
)
GZIP_MAGIC = b"\x1f\x8b"
SKIPPED_IN_FOLDERS = ("readme*", "license*", "licence*", "copying*")  # named directly, they are read


@dataclass(frozen=True)
class FetchOptions:
    """How to read one input: size cap, network timeout, redirect cap and retries."""

    max_bytes: int = 20_000_000
    timeout: float = 20.0
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 0.5  # seconds; doubles at each retry
    max_wait: float = 30.0  # longest Retry-After honoured, in seconds


# -- listing ---------------------------------------------------------------------------


def list_inputs(
    specs: Iterable[str], *, input_file: str | None = None, glob: str | None = None, max_bytes: int = FetchOptions.max_bytes
) -> Iterator[Item]:
    """Every input the user named, in order: ``specs``, then the lines of ``input_file``.
    Stdin is read here, at most ``max_bytes`` of it."""
    for spec in specs:
        yield from _expand(spec, glob, max_bytes)
    if input_file is not None:
        for spec in read_list(input_file):
            yield from _expand(spec, glob, max_bytes)


def read_list(path: str) -> Iterator[str]:
    """The sources listed in a file (``-`` = stdin), one per line; blanks and ``#`` skipped."""
    try:
        raw = sys.stdin.buffer if path == "-" else open(path, "rb")
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace")
    except OSError as e:
        raise SourceError(f"cannot read input list: {e.strerror}", path) from None
    with stream:
        for line in stream:
            if (spec := line.strip()) and not spec.startswith("#"):
                yield spec


def _expand(spec: str, glob: str | None, max_bytes: int) -> Iterator[Item]:
    if spec == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)  # a byte more than allowed: too large, stop there
        if len(data) > max_bytes:
            yield SourceError(f"input is over --max-bytes {max_bytes}", "-")
        else:
            yield RawPage(source="-", data=data)
    elif is_url(spec) or not os.path.isdir(spec):
        yield from _expand_file(spec)
    else:
        found = False
        for path in walk(Path(spec), glob):
            found = True
            if isinstance(path, SourceError):
                yield path
            else:
                yield from _expand_file(str(path))
        if not found:
            yield spec  # read() explains: an empty folder


def _expand_file(spec: str) -> Iterator[Item]:
    head = b"" if is_url(spec) else _head(spec)
    for sniff, expand in EXPANDERS:
        if sniff(head):
            yield from expand(Path(spec))
            return
    yield spec


def _head(path: str, size: int = 512) -> bytes:
    """The first bytes of a regular file (a pipe is left whole for read())."""
    try:
        if not os.path.isfile(path):
            return b""
        with open(path, "rb") as f:
            return f.read(size)
    except (OSError, ValueError):
        return b""  # read() explains


def walk(root: Path, glob: str | None = None) -> Iterator[Path | SourceError]:
    """Files under ``root``, recursively, in sorted order, skipping hidden entries and the
    documentation that travels with a folder of pages (``SKIPPED_IN_FOLDERS``). ``glob``
    matches a file's name, or its path under ``root`` when it holds a ``/``. A folder that
    cannot be listed is a SourceError in its place, and the walk goes on."""
    for path in _files(root):
        if isinstance(path, SourceError):
            yield path
            continue
        target = path.relative_to(root).as_posix() if glob and "/" in glob else path.name
        if glob is None or fnmatch.fnmatch(target, glob):
            yield path


def _files(folder: Path, above: frozenset[tuple[int, int]] = frozenset()) -> Iterator[Path | SourceError]:
    """``above``: the (device, inode) of the folders being walked, so a symlink back to
    one of them (a loop) is not followed."""
    try:
        here = os.stat(folder)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except FileNotFoundError:  # gone since it was listed
        return
    except OSError as e:
        yield SourceError(f"cannot read folder: {e.strerror or e}", str(folder))
        return
    key = (here.st_dev, here.st_ino)
    if key in above:
        return
    for entry in entries:
        if entry.name.startswith(".") or any(fnmatch.fnmatch(entry.name.lower(), p) for p in SKIPPED_IN_FOLDERS):
            continue
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError:  # a symlink to itself
            continue
        if is_dir:
            yield from _files(Path(entry.path), above | {key})
        elif is_file:
            yield Path(entry.path)


# -- reading ---------------------------------------------------------------------------


def read(item: Item, options: FetchOptions = FetchOptions()) -> RawPage:
    """The RawPage for one item; SourceError (FetchError for URLs) if it cannot be read."""
    if isinstance(item, NewscleanError):
        raise item
    if isinstance(item, RawPage):
        return replace(item, data=_limited(item.data, item.source, options))
    if is_url(item):
        return fetch(item, options)
    if "://" in item:
        raise SourceError(f"only http and https URLs are supported, not {item.partition('://')[0]}:", redact(item))
    return read_file(item, options)


def read_file(path: str, options: FetchOptions = FetchOptions()) -> RawPage:
    p = Path(path)
    if p.is_dir():
        raise SourceError("folder holds no files to read", path)
    try:
        size = p.stat().st_size
        if size > options.max_bytes:
            raise SourceError(f"file is {size} bytes, over --max-bytes {options.max_bytes}", path)
        data = p.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such file or folder", path) from None
    except OSError as e:
        raise SourceError(f"cannot read: {e.strerror}", path) from None
    except ValueError:  # a NUL in the name
        raise SourceError("not a valid file name", path) from None
    return RawPage(source=path, data=_limited(data, path, options))


def _limited(data: bytes, source: str, options: FetchOptions) -> bytes:
    """Decompress gzip data (sniffed, not trusted from the name) and apply the size cap."""
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, options.max_bytes, source)
    if len(data) > options.max_bytes:
        raise SourceError(f"input is {len(data)} bytes, over --max-bytes {options.max_bytes}", source)
    return data


def gunzip(data: bytes, max_bytes: int, source: str) -> bytes:
    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise SourceError("corrupt gzip data", source) from None
    if len(out) > max_bytes:
        raise SourceError(f"decompresses to over --max-bytes {max_bytes} bytes", source)
    if not inflater.eof:
        raise SourceError("truncated gzip data", source)
    return out


# -- the network -----------------------------------------------------------------------


def is_url(spec: str) -> bool:
    return spec[:8].lower().startswith(tuple(f"{scheme}://" for scheme in SCHEMES))


def redact(source: str) -> str:
    """``source`` safe to print: no ``user:pass@`` and no secret-looking query values."""
    if "://" not in source:
        return source
    try:
        parts = urlsplit(source)
    except ValueError:  # not even a URL: drop anything that could be a secret
        return re.sub(r"(?<=://)[^/?#]*@", "", source).partition("?")[0]
    netloc = parts.netloc.rpartition("@")[2]
    query = urlencode(
        [(k, "***" if k.lower() in SECRET_PARAMS else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)],
        safe="*",
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def fetch(url: str, options: FetchOptions = FetchOptions()) -> RawPage:
    """GET a http(s) URL, following at most ``max_redirects`` redirects within http(s)."""
    import httpx

    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"}
    with httpx.Client(timeout=options.timeout, headers=headers, follow_redirects=False) as client:
        current = url
        for _ in range(options.max_redirects + 1):
            response_url, status, head, data = _get_with_retries(client, current, url, options)
            if status in (301, 302, 303, 307, 308) and "location" in head:
                try:
                    current = urljoin(response_url, head["location"])
                    scheme = urlsplit(current).scheme.lower()
                except ValueError:
                    raise FetchError("redirect to an invalid URL refused", url) from None
                if scheme not in SCHEMES:
                    raise FetchError(f"redirect to a {scheme}: URL refused", url)
                continue
            if status >= 400:
                raise FetchError(f"HTTP {status} {httpx.codes.get_reason_phrase(status)}".rstrip(), url)
            return _raw_page(url, response_url, head, data)
    raise FetchError(f"more than {options.max_redirects} redirects", url)


def _get_with_retries(
    client: httpx.Client, url: str, source: str, options: FetchOptions
) -> tuple[str, int, httpx.Headers, bytes]:
    import httpx

    for attempt in range(options.retries + 1):
        last = attempt == options.retries
        try:
            with client.stream("GET", url) as response:
                if response.status_code in RETRY_STATUS and not last:
                    wait = retry_after(response.headers.get("retry-after"), options.backoff * 2**attempt)
                    if wait <= options.max_wait:
                        time.sleep(wait)
                        continue
                data = _read_body(response, source, options.max_bytes)
                return str(response.url), response.status_code, response.headers, data
        except httpx.TimeoutException:
            if last:
                raise FetchError(f"timed out after {options.timeout:g}s", source) from None
        except httpx.InvalidURL as e:  # also a redirect's Location httpx cannot parse
            raise FetchError(f"refused: not a valid http(s) URL ({e})", source) from None
        except httpx.TransportError as e:
            if last:
                raise FetchError(connection_failure(e), source) from None
        time.sleep(options.backoff * 2**attempt)
    raise AssertionError("unreachable")  # the last attempt returns or raises


def connection_failure(error: httpx.TransportError) -> str:
    """One line: could not connect at all, or the connection broke mid-response (reset,
    or closed before the Content-Length the server promised)."""
    import httpx

    detail = (str(error).splitlines() or [""])[0][:200] or type(error).__name__
    return f"cannot connect: {detail}" if isinstance(error, httpx.ConnectError) else f"connection broken: {detail}"


def retry_after(header: str | None, default: float) -> float:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not header:
        return default
    if header.strip().isdigit():
        return float(header.strip())
    try:
        when = parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return default
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _read_body(response: httpx.Response, source: str, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"response is {declared} bytes, over --max-bytes {max_bytes}", source)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"response is over --max-bytes {max_bytes}", source)
        chunks.append(chunk)
    return b"".join(chunks)


def _raw_page(source: str, url: str, headers: httpx.Headers, data: bytes) -> RawPage:
    msg = Message()
    msg["content-type"] = headers.get("content-type", "")
    try:
        fetched = parsedate_to_datetime(headers["date"]) if "date" in headers else None
    except (TypeError, ValueError):
        fetched = None
    return RawPage(
        source=source,
        data=data,
        url=url,
        http_charset=msg.get_content_charset(),
        content_type=msg.get_content_type() if headers.get("content-type") else None,
        fetched=fetched or datetime.now(timezone.utc),
    )


# -- writing ---------------------------------------------------------------------------


@contextmanager
def atomic_output(path: Path) -> Iterator[TextIO]:
    """A text file written through a temporary sibling renamed into place on success, so
    a failed or interrupted run never leaves a half-written file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            yield f
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def save_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
