"""Small WARC files for the tests, built with warcio from real pages in ../shared/eval/.

``build()`` writes a WARC holding a warcinfo record, one request + response pair per page,
and the records a crawl also holds that are not pages: an image, a 404, a redirect and a
PDF. ``truncate()`` cuts a copy short in the middle of a page's record.
"""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
AEB = EVAL / "scrapinghub-aeb" / "html"
NAVER = EVAL / "korean-dev" / "naver"

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402


@dataclass(frozen=True)
class Page:
    url: str
    html: bytes
    content_type: str  # the HTTP Content-Type header
    fetched: datetime


# Records a crawl holds that are not pages: (url, status line, content type, body).
NOT_PAGES = (
    ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    ("https://news.example/gone", "404 Not Found", "text/html; charset=utf-8", b"<html>gone</html>"),
    ("https://news.example/moved", "301 Moved Permanently", "text/html", b""),
    ("https://news.example/report.pdf", "200 OK", "application/pdf", b"%PDF-1.4\n%%EOF\n"),
)


def eval_pages(count: int) -> list[Page]:
    """``count`` English pages from the AEB benchmark, then the two Korean Naver pages, one
    of them re-encoded to CP949 with the charset given only in the HTTP header."""
    start = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)
    files = sorted(AEB.glob("*.html.gz"))[:count]
    pages = [
        Page(f"https://news.example/en/{i}", gzip.decompress(p.read_bytes()), "text/html; charset=utf-8", start + timedelta(days=i))
        for i, p in enumerate(files)
    ]
    yeoncheon, sports = (NAVER / "news-read-yeoncheon.html", NAVER / "sports-read-infantino.html")
    pages.append(Page("https://news.example/ko/1", yeoncheon.read_bytes(), "text/html; charset=UTF-8", start))
    cp949 = sports.read_text(encoding="utf-8").encode("cp949", errors="replace")
    pages.append(Page("https://news.example/ko/2", cp949, "text/html;charset=cp949", start))
    return pages


def build(path: Path, pages: list[Page], *, compress: bool = True, not_pages: bool = True) -> Path:
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsclean tests"}))
        for page in pages:
            _pair(writer, page.url, "200 OK", page.content_type, page.html, page.fetched)
        if not_pages:
            for url, status, content_type, body in NOT_PAGES:
                _pair(writer, url, status, content_type, body, datetime(2024, 3, 1, tzinfo=timezone.utc))
    return path


def truncate(source: Path, target: Path, fraction: float = 0.6) -> Path:
    target.write_bytes(source.read_bytes()[: int(source.stat().st_size * fraction)])
    return target


def _pair(writer: WARCWriter, url: str, status: str, content_type: str, body: bytes, when: datetime) -> None:
    date = {"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")}
    request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "news.example")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record(url, "request", http_headers=request, warc_headers_dict=dict(date))
    )
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
    response = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=response, warc_headers_dict=dict(date))
    )
