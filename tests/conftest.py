"""Shared fixtures: paths to the samples and eval data, and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SEED = SAMPLES / "000_3a65b3409141d8c2.txt"
SAMPLE_PAGES = sorted(SAMPLES.glob("*.html"))
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"

# A response the test server gives: (status, headers, body).
Response = tuple[int, dict[str, str], bytes]


class Server:
    """A real HTTP server on 127.0.0.1 serving ``routes``: path -> Response, or a function
    of the request count on that path (for retries). ``hits`` counts requests per path
    and ``agents`` records the User-Agent of each request."""

    def __init__(self) -> None:
        self.routes: dict[str, Response | Callable[[int], Response]] = {}
        self.hits: dict[str, int] = {}
        self.agents: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = self.path
                server.hits[path] = server.hits.get(path, 0) + 1
                server.agents.append(self.headers.get("User-Agent", ""))
                route = server.routes.get(path, (404, {}, b"not found"))
                status, headers, body = route(server.hits[path]) if callable(route) else route
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts, caps)
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    thread = threading.Thread(target=srv.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


@pytest.fixture
def unreadable(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """``unreadable(folder)``: listing that folder fails with Permission denied (as root,
    chmod does not block reads, so the listing is refused instead)."""
    scandir = os.scandir

    def lock(folder: Path) -> None:
        def locked(path):
            if Path(path) == folder:
                raise PermissionError(13, "Permission denied", str(path))
            return scandir(path)

        monkeypatch.setattr(os, "scandir", locked)

    return lock


@pytest.fixture
def html_page() -> bytes:
    """A small, well-formed English news page."""
    return (
        b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        b"<title>Council approves new bridge</title></head><body>"
        b"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        b"<article><h1>Council approves new bridge</h1>"
        b"<p>The city council approved a $12 million bridge on Tuesday, officials said.</p>"
        b"<p>Construction will start in March 2025 and take about two years.</p>"
        b"<p>\"This is a great day for the city,\" the mayor said after the vote.</p>"
        b"</article><footer>Copyright 2024 Example News</footer></body></html>"
    )
